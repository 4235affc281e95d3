//! Standard streams: a buffered stdout (block-buffered like CPython's when it is not a
//! terminal, line-buffered when it is), stderr, and the `sys.stdout`/`sys.stderr`
//! objects with their `write` and `flush` methods.

use crate::call::Args;
use crate::objects::*;
use crate::types::*;
use crate::value::{Header, Obj, Value, R};
use std::cell::UnsafeCell;
use std::io::Write;

/// The type of the standard stream objects.
pub static IO_TYPE: TypeObj = TypeObj { head: Header::immortal(&TYPE_TYPE), name: "TextIOWrapper", base: Some(&OBJECT_TYPE), kind: Kind::Object, call: None, heap: std::ptr::null_mut() };

/// A standard stream: which file descriptor it writes to.
#[repr(C)]
pub struct StreamObj {
    pub head: Header,
    pub fd: i32,
}
unsafe impl Sync for StreamObj {}

pub static STDIN: StreamObj = StreamObj { head: Header::immortal(&IO_TYPE), fd: 0 };
pub static STDOUT: StreamObj = StreamObj { head: Header::immortal(&IO_TYPE), fd: 1 };
pub static STDERR: StreamObj = StreamObj { head: Header::immortal(&IO_TYPE), fd: 2 };

struct Buf {
    data: Vec<u8>,
    tty: Option<bool>,
}
struct BufCell(UnsafeCell<Buf>);
// Python code runs on one thread.
unsafe impl Sync for BufCell {}
static OUT: BufCell = BufCell(UnsafeCell::new(Buf { data: Vec::new(), tty: None }));

fn out() -> &'static mut Buf {
    unsafe { &mut *OUT.0.get() }
}

/// Writes text to stdout through the buffer.
pub fn write_stdout(s: &str) {
    let b = out();
    b.data.extend_from_slice(s.as_bytes());
    let tty = *b.tty.get_or_insert_with(|| unsafe { libc_isatty(1) });
    if b.data.len() >= 8192 || (tty && s.contains('\n')) {
        flush_stdout();
    }
}

/// Writes everything buffered for stdout.
pub fn flush_stdout() {
    let b = out();
    if !b.data.is_empty() {
        let mut so = std::io::stdout().lock();
        let _ = so.write_all(&b.data);
        let _ = so.flush();
        b.data.clear();
    }
}

/// Writes text to stderr at once.
pub fn write_stderr(s: &str) {
    let mut se = std::io::stderr().lock();
    let _ = se.write_all(s.as_bytes());
}

/// Writes to the stream object `file` (stdout or stderr).
pub fn write_to(file: Value, s: &str) -> R<()> {
    match stream_fd(file) {
        Some(2) => write_stderr(s),
        Some(_) => write_stdout(s),
        None => {
            let text = str_from(s);
            crate::ops::call_method(file, "write", &Args::positional(&[text.v()]))?;
        }
    }
    Ok(())
}

/// The descriptor of a standard stream object.
pub fn stream_fd(v: Value) -> Option<i32> {
    if !v.is_small() && !v.is_null() && std::ptr::eq(v.ty(), &IO_TYPE) {
        Some(unsafe { v.as_ref::<StreamObj>() }.fd)
    } else {
        None
    }
}

/// Methods of the stream objects.
pub fn call_method(o: Value, name: &str, args: &Args) -> R<Option<Obj>> {
    if crate::fileio::as_file(o).is_some() {
        return crate::fileio::call_method(o, name, args);
    }
    let fd = match stream_fd(o) {
        Some(fd) => fd,
        None => return Ok(None),
    };
    match name {
        "write" => {
            args.no_kwargs("write")?;
            args.arity("write", 1, 1)?;
            let s = match as_str(args.pos[0]) {
                Some(s) => s,
                None => return crate::exc::type_error(format!("write() argument must be str, not {}", crate::ops::arg_type_name(args.pos[0]))),
            };
            if fd == 2 {
                write_stderr(&s.s);
            } else {
                write_stdout(&s.s);
            }
            Ok(Some(int_from_i64(s.nchars as i64)))
        }
        "flush" => {
            if fd == 1 {
                flush_stdout();
            }
            Ok(Some(none()))
        }
        "read" | "readline" | "readlines" if fd == 0 => {
            args.no_kwargs(name)?;
            args.arity(name, 0, 1)?;
            // Output written so far appears before the program waits for input.
            flush_stdout();
            use std::io::{BufRead, Read};
            if name == "readlines" {
                return Ok(Some(read_lines()));
            }
            let stdin = std::io::stdin();
            let mut lock = stdin.lock();
            let mut buf = Vec::new();
            match name {
                "read" => {
                    let _ = lock.read_to_end(&mut buf);
                    Ok(Some(str_from(String::from_utf8_lossy(&buf).into_owned())))
                }
                _ => {
                    let _ = lock.read_until(b'\n', &mut buf);
                    Ok(Some(str_from(String::from_utf8_lossy(&buf).into_owned())))
                }
            }
        }
        _ => Ok(None),
    }
}

/// The remaining lines of standard input, as a list of str (`sys.stdin.readlines()`).
pub fn read_lines() -> Obj {
    use std::io::BufRead;
    flush_stdout();
    let stdin = std::io::stdin();
    let mut lock = stdin.lock();
    let mut lines = Vec::new();
    loop {
        let mut buf = Vec::new();
        match lock.read_until(b'\n', &mut buf) {
            Ok(0) | Err(_) => break,
            Ok(_) => lines.push(str_from(String::from_utf8_lossy(&buf).into_owned()).into_raw()),
        }
    }
    list_from(lines)
}

extern "C" {
    #[link_name = "isatty"]
    fn libc_isatty_raw(fd: i32) -> i32;
}

unsafe fn libc_isatty(fd: i32) -> bool {
    libc_isatty_raw(fd) == 1
}
