//! Standard streams: a buffered stdout (block-buffered like CPython's when it is not a
//! terminal, line-buffered when it is), stderr, and the `sys.stdin`/`sys.stdout`/
//! `sys.stderr` objects, which are `_io.TextIOWrapper` objects (`filetext.rs`) over a
//! stream whose backing is the descriptor (`fileio::Backing::Std`), so they have
//! every method of a text file and `isinstance(sys.stdout, io.TextIOWrapper)` holds.

use crate::objects::*;
use crate::value::{Obj, Value, R};
use std::cell::UnsafeCell;
use std::io::Write;

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
    write_stdout_bytes(s.as_bytes());
}

/// Writes bytes to stdout through the buffer (`sys.stdout.buffer.write`).
pub fn write_stdout_bytes(s: &[u8]) {
    let b = out();
    b.data.extend_from_slice(s);
    let tty = *b.tty.get_or_insert_with(|| isatty(1));
    if b.data.len() >= 8192 || (tty && s.contains(&b'\n')) {
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

/// Writes text to stdout through the buffer, encoded as the standard stream encodes
/// (with [`stdio_errors`]): under `strict` a lone surrogate raises UnicodeEncodeError
/// and writes nothing.
pub fn write_stdout_encoded(s: &str) -> R<()> {
    if crate::strs::surrogates::contains(s) {
        let b = crate::codecs::utf::utf8_encode(s, stdio_errors())?;
        write_stdout_bytes(&b);
    } else {
        write_stdout(s);
    }
    Ok(())
}

/// The error handler of stdin and stdout, by CPython's rule: the one
/// `PYTHONIOENCODING=encoding:errors` names (`strict` when it names only an
/// encoding); else `surrogateescape` in UTF-8 mode (`PYTHONUTF8=1`) and in the C and
/// POSIX locales and the UTF-8 locales CPython coerces them to (`C.UTF-8`, `C.utf8`,
/// `UTF-8`), else `strict`.
pub fn stdio_errors() -> &'static str {
    static ERRORS: std::sync::OnceLock<&'static str> = std::sync::OnceLock::new();
    ERRORS.get_or_init(|| {
        if let Some(v) = std::env::var_os("PYTHONIOENCODING").and_then(|v| v.into_string().ok()).filter(|v| !v.is_empty()) {
            let (enc, errors) = v.split_once(':').unwrap_or((v.as_str(), ""));
            if !errors.is_empty() {
                return Box::leak(errors.to_string().into_boxed_str());
            }
            if !enc.is_empty() {
                return "strict";
            }
        }
        if std::env::var_os("PYTHONUTF8").is_some_and(|v| v == "1") {
            return "surrogateescape";
        }
        const LENIENT: [&str; 5] = ["C", "POSIX", "C.UTF-8", "C.utf8", "UTF-8"];
        // The locale the environment selects for LC_CTYPE. When it names one of the
        // locales above (or none, which is "C") the answer needs no lookup; only another
        // name is given to setlocale(LC_CTYPE, ""), which takes tens of microseconds at
        // start-up, to learn whether it exists (an unknown name leaves "C"). The
        // program's own locale is restored.
        let var = ["LC_ALL", "LC_CTYPE", "LANG"].iter().find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()));
        if var.as_deref().map_or(true, |v| LENIENT.contains(&v)) {
            return "surrogateescape";
        }
        let name = unsafe {
            let old = setlocale(LC_CTYPE, std::ptr::null());
            let old = (!old.is_null()).then(|| std::ffi::CStr::from_ptr(old).to_owned());
            let p = setlocale(LC_CTYPE, c"".as_ptr());
            let name = if p.is_null() { "C".to_string() } else { std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned() };
            if let Some(old) = old {
                setlocale(LC_CTYPE, old.as_ptr());
            }
            name
        };
        if LENIENT.contains(&name.as_str()) {
            "surrogateescape"
        } else {
            "strict"
        }
    })
}

/// Writes text to stderr at once, with lone surrogates backslash-escaped as the
/// standard error stream's `backslashreplace` does.
pub fn write_stderr(s: &str) {
    if crate::strs::surrogates::contains(s) {
        if let Ok(b) = crate::codecs::utf::utf8_encode(s, "backslashreplace") {
            write_stderr_bytes(&b);
            return;
        }
    }
    write_stderr_bytes(s.as_bytes());
}

/// Writes bytes to stderr at once.
pub fn write_stderr_bytes(s: &[u8]) {
    let mut se = std::io::stderr().lock();
    let _ = se.write_all(s);
}

/// Writes to the stream object `file`: the standard streams directly, other objects
/// through their `write` method.
pub fn write_to(file: Value, s: &str) -> R<()> {
    match stream_fd(file) {
        Some(2) => write_stderr(s),
        Some(1) if !crate::strs::surrogates::contains(s) => write_stdout(s),
        _ => {
            let text = str_from(s);
            crate::ops::call_method(file, "write", &crate::call::Args::positional(&[text.v()]))?;
        }
    }
    Ok(())
}

/// The descriptor of a standard stream object (an open text file of the exact
/// `TextIOWrapper` class over a descriptor, whose writes need no translation).
pub fn stream_fd(v: Value) -> Option<i32> {
    if v.is_small() || v.is_null() || v.ty().kind != crate::types::Kind::Native {
        return None;
    }
    let st = crate::native_obj::state::<crate::filemethods::FileState>(v)?;
    if st.layer != crate::filemethods::Layer::Text {
        return None;
    }
    let t = crate::iobase::types().ok()?;
    if !std::ptr::eq(v.ty(), t.wrapper) {
        return None;
    }
    let inner = st.inner.borrow();
    let i = inner.as_ref()?.borrow();
    let text = st.text.borrow();
    match i.backing {
        crate::fileio::Backing::Std(fd) if text.newline.is_none() && !text.line_buffering && !text.write_through && text.encoding.eq_ignore_ascii_case("utf-8") => Some(fd),
        _ => None,
    }
}

/// A new object for the standard stream `fd` (`sys.stdin`, `sys.stdout`, `sys.stderr`).
pub fn std_stream(fd: i32) -> R<Obj> {
    use crate::fileio::{Backing, Inner};
    let t = crate::iobase::types()?;
    let (name, readable) = match fd {
        0 => ("<stdin>", true),
        1 => ("<stdout>", false),
        _ => ("<stderr>", false),
    };
    let mode = if readable { "rb" } else { "wb" };
    let inner = Inner::new(Backing::Std(fd), Some(str_from(name)), mode.to_string(), readable, !readable);
    let bty = if readable { t.reader } else { t.writer };
    let buffer = crate::filemethods::layer_obj(bty, inner.clone());
    let errors = if fd == 2 { "backslashreplace" } else { stdio_errors() };
    let text = crate::filemethods::text_obj(t.wrapper, inner, buffer, "utf-8", errors, None, false)?;
    crate::ops::setattr(text.v(), "mode", str_from(if readable { "r" } else { "w" }).v())?;
    Ok(text)
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
    fn setlocale(category: i32, locale: *const std::ffi::c_char) -> *const std::ffi::c_char;
}

/// glibc's `LC_CTYPE`.
const LC_CTYPE: i32 = 0;

/// Is the descriptor a terminal?
pub fn isatty(fd: i32) -> bool {
    unsafe { libc_isatty_raw(fd) == 1 }
}
