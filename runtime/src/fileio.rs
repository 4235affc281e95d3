//! `open()` and file objects: text files (`TextIOWrapper`: encoding, universal
//! newlines on reading, newline translation on writing) and binary files
//! (`BufferedReader`, `BufferedWriter`, `BufferedRandom`), with CPython's mode checks
//! and `OSError` messages. This is the seed of the `_io` module: one object kind whose
//! type tells the layer CPython would stack.
//!
//! Reading takes the rest of the file into a buffer on first use; writing goes to the
//! file at once (so another file object sees it without `flush`). `tell()` is the byte
//! position (CPython's text cookie is the same for the files this supports).

use crate::call::Args;
use crate::exc::{raise, type_error, value_error};
use crate::objects::*;
use crate::types::*;
use crate::value::{Header, Obj, Value, R};
use std::io::{Read, Seek, SeekFrom, Write};

macro_rules! io_type {
    ($id:ident, $name:expr) => {
        pub static $id: TypeObj = TypeObj { head: Header::immortal(&TYPE_TYPE), name: $name, base: Some(&OBJECT_TYPE), kind: Kind::Object, call: None, heap: std::ptr::null_mut() };
    };
}
io_type!(TEXT_IO_TYPE, "_io.TextIOWrapper");
io_type!(BUFFERED_READER_TYPE, "_io.BufferedReader");
io_type!(BUFFERED_WRITER_TYPE, "_io.BufferedWriter");
io_type!(BUFFERED_RANDOM_TYPE, "_io.BufferedRandom");

/// An open (or closed) file.
#[repr(C)]
pub struct FileObj {
    pub head: Header,
    file: Option<std::fs::File>,
    /// The name given to `open` (a str).
    name: Value,
    mode: String,
    binary: bool,
    readable: bool,
    writable: bool,
    append: bool,
    encoding: String,
    /// `newline`: None (universal on read, `\n` on write) or the given string.
    newline: Option<String>,
    /// Bytes read ahead and the position in them.
    rbuf: Vec<u8>,
    rpos: usize,
}

/// Is `v` a file object?
pub fn as_file<'a>(v: Value) -> Option<&'a mut FileObj> {
    if v.is_small() || v.is_null() {
        return None;
    }
    let t = v.ty();
    let ours = [&TEXT_IO_TYPE, &BUFFERED_READER_TYPE, &BUFFERED_WRITER_TYPE, &BUFFERED_RANDOM_TYPE];
    if ours.iter().any(|o| std::ptr::eq(*o, t)) {
        Some(unsafe { v.as_mut::<FileObj>() })
    } else {
        None
    }
}

/// Frees a file object, closing the file (`true` if `v` is one).
pub unsafe fn dealloc(v: Value) -> bool {
    if as_file(v).is_none() {
        return false;
    }
    let f = Box::from_raw(v.0 as *mut FileObj);
    f.name.decref();
    drop(f);
    true
}

/// The OSError subclass and message for an error of the operating system, with the
/// file name, as CPython raises them (`[Errno 2] No such file or directory: 'x'`).
pub fn os_error(e: &std::io::Error, filename: Option<Value>) -> crate::value::Raised {
    let errno = e.raw_os_error().unwrap_or(0);
    let ty: &'static TypeObj = match errno {
        2 => &FILE_NOT_FOUND_ERROR,
        13 | 1 => &PERMISSION_ERROR,
        17 => &FILE_EXISTS_ERROR,
        20 => &NOT_A_DIRECTORY_ERROR,
        21 => &IS_A_DIRECTORY_ERROR,
        _ => &OS_ERROR,
    };
    let text = e.to_string();
    let strerror = match text.rfind(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    };
    let args = tuple_from(vec![int_from_i64(errno as i64).into_raw(), str_from(strerror).into_raw()]);
    let exc = crate::exc::new_exc(ty, args);
    if let Some(f) = filename {
        let _ = crate::exc::exc_setattr(exc.v(), "filename", f);
    }
    crate::exc::set_current(exc)
}

/// The parts of a mode string.
struct Mode {
    read: bool,
    write: bool,
    append: bool,
    create: bool,
    plus: bool,
    binary: bool,
}

fn parse_mode(mode: &str) -> R<Mode> {
    let mut m = Mode { read: false, write: false, append: false, create: false, plus: false, binary: false };
    let mut text = false;
    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwaxbt+".contains(c) || seen.contains(c) {
            return value_error(format!("invalid mode: '{}'", mode));
        }
        seen.push(c);
        match c {
            'r' => m.read = true,
            'w' => m.write = true,
            'a' => m.append = true,
            'x' => m.create = true,
            '+' => m.plus = true,
            'b' => m.binary = true,
            _ => text = true,
        }
    }
    if text && m.binary {
        return value_error("can't have text and binary mode at once");
    }
    match [m.read, m.write, m.append, m.create].iter().filter(|&&b| b).count() {
        1 => {}
        0 => return value_error("Must have exactly one of create/read/write/append mode and at most one plus"),
        _ => return value_error("must have exactly one of create/read/write/append mode"),
    }
    Ok(m)
}

/// The canonical name of a supported encoding (as `f.encoding` shows what was given).
fn check_encoding(enc: &str) -> R<()> {
    match enc.to_ascii_lowercase().replace('_', "-").as_str() {
        "utf-8" | "utf8" | "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "ascii" | "us-ascii" => Ok(()),
        _ => Err(raise(&LOOKUP_ERROR, format!("unknown encoding: {}", enc))),
    }
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)`.
pub fn open(args: &Args) -> R<Obj> {
    let b = args.bind("open", &["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"], 1)?;
    let file = b[0].unwrap();
    let Some(path) = as_str(file) else {
        return type_error(format!("expected str, bytes or os.PathLike object, not {}", crate::ops::type_name(file)));
    };
    let opt_str = |v: Option<Value>, what: &str| -> R<Option<String>> {
        match v {
            None => Ok(None),
            Some(v) if is_none(v) => Ok(None),
            Some(v) => match as_str(v) {
                Some(s) => Ok(Some(s.s.to_string())),
                None => type_error(format!("open() argument '{}' must be str or None, not {}", what, crate::ops::type_name(v))),
            },
        }
    };
    let mode_s = match b[1] {
        None => "r".to_string(),
        Some(v) => match as_str(v) {
            Some(s) => s.s.to_string(),
            None => return type_error(format!("open() argument 'mode' must be str, not {}", crate::ops::type_name(v))),
        },
    };
    let encoding = opt_str(b[3], "encoding")?;
    let newline = opt_str(b[5], "newline")?;
    let m = parse_mode(&mode_s)?;
    if m.binary && encoding.is_some() {
        return value_error("binary mode doesn't take an encoding argument");
    }
    if m.binary && b[4].map_or(false, |v| !is_none(v)) {
        return value_error("binary mode doesn't take an errors argument");
    }
    if m.binary && newline.is_some() {
        return value_error("binary mode doesn't take a newline argument");
    }
    let encoding = encoding.unwrap_or_else(|| "UTF-8".to_string());
    let mut o = std::fs::OpenOptions::new();
    o.read(m.read || m.plus).write(m.write || m.append || m.create || m.plus);
    if m.write {
        o.create(true).truncate(true);
    }
    if m.append {
        o.create(true).append(true);
    }
    if m.create {
        o.create_new(true);
    }
    let f = o.open(&*path.s).map_err(|e| os_error(&e, Some(file)))?;
    // Opening a directory for reading succeeds at the OS level; CPython refuses it.
    if f.metadata().map(|md| md.is_dir()).unwrap_or(false) {
        let e = std::io::Error::from_raw_os_error(21);
        return Err(os_error(&e, Some(file)));
    }
    // The text layer checks its arguments once the file is open, as in CPython.
    if !m.binary {
        if let Some(nl) = &newline {
            if !matches!(nl.as_str(), "" | "\n" | "\r" | "\r\n") {
                return value_error(format!("illegal newline value: {}", nl));
            }
        }
        check_encoding(&encoding)?;
    }
    let ty: &'static TypeObj = if !m.binary {
        &TEXT_IO_TYPE
    } else if m.plus {
        &BUFFERED_RANDOM_TYPE
    } else if m.read {
        &BUFFERED_READER_TYPE
    } else {
        &BUFFERED_WRITER_TYPE
    };
    // CPython's `mode` attribute drops 't' and keeps the order r/w/a/x, then 'b', then '+'.
    let shown = if m.binary {
        let base = if m.read { "r" } else if m.write { "w" } else if m.append { "a" } else { "x" };
        format!("{}b{}", base, if m.plus { "+" } else { "" })
    } else {
        mode_s.replace('t', "")
    };
    let fo = FileObj {
        head: Header::new(ty),
        file: Some(f),
        name: file.to_owned().into_raw(),
        mode: shown,
        binary: m.binary,
        readable: m.read || m.plus,
        writable: !m.read || m.plus,
        append: m.append,
        encoding,
        newline,
        rbuf: vec![],
        rpos: 0,
    };
    Ok(Obj::from_box(Box::new(fo)))
}

/// The builtin `open`.
pub unsafe extern "C" fn bi_open(args: *const Value, nargs: i64, kwnames: Value) -> Value {
    let a = Args::from_abi(args, nargs, kwnames);
    crate::value::abi(open(&a))
}

fn unsupported(what: &str) -> crate::value::Raised {
    raise(&UNSUPPORTED_OPERATION, what)
}

impl FileObj {
    fn check_open(&mut self) -> R<&mut std::fs::File> {
        match self.file.as_mut() {
            Some(f) => Ok(f),
            None => value_error("I/O operation on closed file."),
        }
    }

    /// Loads the rest of the file into the read buffer when it is empty.
    fn fill(&mut self) -> R<()> {
        if self.rpos < self.rbuf.len() {
            return Ok(());
        }
        let f = self.check_open()?;
        let mut buf = vec![];
        f.read_to_end(&mut buf).map_err(|e| os_error(&e, None))?;
        self.rbuf = buf;
        self.rpos = 0;
        Ok(())
    }

    /// Drops read-ahead bytes, moving the OS position back to the logical one.
    fn drop_readahead(&mut self) -> R<()> {
        let ahead = (self.rbuf.len() - self.rpos) as i64;
        if ahead > 0 {
            let f = self.check_open()?;
            f.seek(SeekFrom::Current(-ahead)).map_err(|e| os_error(&e, None))?;
        }
        self.rbuf.clear();
        self.rpos = 0;
        Ok(())
    }

    fn decode(&self, b: &[u8]) -> R<String> {
        let s = crate::bytes::decode_bytes(b, &self.encoding, "strict")?;
        Ok(str_text(s.v()).to_string())
    }

    /// Universal newlines: `\r\n` and `\r` become `\n` when `newline` is None.
    fn translate_in(&self, s: String) -> String {
        if self.newline.is_none() && s.contains('\r') {
            s.replace("\r\n", "\n").replace('\r', "\n")
        } else {
            s
        }
    }

    /// The end of the line starting at `rpos` (exclusive), by the newline mode.
    fn line_end(&self, limit: Option<usize>) -> usize {
        let b = &self.rbuf[self.rpos..];
        let universal = self.binary || matches!(self.newline.as_deref(), None | Some(""));
        let mut i = 0;
        while i < b.len() {
            if let Some(l) = limit {
                if i >= l {
                    break;
                }
            }
            let c = b[i];
            if c == b'\n' {
                return self.rpos + i + 1;
            }
            if c == b'\r' && !self.binary {
                match self.newline.as_deref() {
                    Some("\r") => return self.rpos + i + 1,
                    Some("\r\n") if b.get(i + 1) == Some(&b'\n') => return self.rpos + i + 2,
                    _ if universal => {
                        return self.rpos + i + if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
                    }
                    _ => {}
                }
            }
            i += 1;
        }
        self.rpos + i
    }

    /// One line (at most `limit` bytes for binary files, characters for text).
    fn readline(&mut self, limit: Option<usize>) -> R<Obj> {
        self.fill()?;
        let end = if self.binary {
            self.line_end(limit)
        } else {
            // A character limit: count characters up to the line end.
            let full = self.line_end(None);
            match limit {
                Some(l) => {
                    let text = self.decode(&self.rbuf[self.rpos..full])?;
                    let taken: String = text.chars().take(l).collect();
                    self.rpos + crate::bytes::encode_vec(&taken, &self.encoding, "strict")?.len()
                }
                None => full,
            }
        };
        let chunk = self.rbuf[self.rpos..end].to_vec();
        self.rpos = end;
        self.make(chunk)
    }

    fn make(&self, chunk: Vec<u8>) -> R<Obj> {
        if self.binary {
            Ok(crate::bytes::bytes_from(chunk))
        } else {
            let s = self.decode(&chunk)?;
            Ok(str_from(self.translate_in(s)))
        }
    }

    fn read(&mut self, n: Option<usize>) -> R<Obj> {
        self.fill()?;
        let end = match n {
            None => self.rbuf.len(),
            Some(n) if self.binary => (self.rpos + n).min(self.rbuf.len()),
            Some(n) => {
                // `n` characters after newline translation.
                let mut end = self.rpos;
                let mut count = 0;
                while count < n && end < self.rbuf.len() {
                    let b = self.rbuf[end];
                    let len = if b == b'\r' && self.newline.is_none() && self.rbuf.get(end + 1) == Some(&b'\n') {
                        2
                    } else if b < 0x80 || self.encoding.to_ascii_lowercase().contains("latin") || self.encoding.to_ascii_lowercase().contains("8859") {
                        1
                    } else if b >= 0xf0 {
                        4
                    } else if b >= 0xe0 {
                        3
                    } else {
                        2
                    };
                    end = (end + len).min(self.rbuf.len());
                    count += 1;
                }
                end
            }
        };
        let chunk = self.rbuf[self.rpos..end].to_vec();
        self.rpos = end;
        self.make(chunk)
    }

    fn write(&mut self, v: Value) -> R<Obj> {
        let data: Vec<u8> = if self.binary {
            match crate::bytes::as_bytes(v) {
                Some(b) => b.to_vec(),
                None => return type_error(format!("a bytes-like object is required, not '{}'", crate::ops::type_name(v))),
            }
        } else {
            match as_str(v) {
                Some(s) => {
                    let text = match self.newline.as_deref() {
                        Some(nl) if nl == "\r" || nl == "\r\n" => s.s.replace('\n', nl),
                        _ => s.s.to_string(),
                    };
                    crate::bytes::encode_vec(&text, &self.encoding, "strict")?
                }
                None => return type_error(format!("write() argument must be str, not {}", crate::ops::type_name(v))),
            }
        };
        self.drop_readahead()?;
        let f = self.check_open()?;
        f.write_all(&data).map_err(|e| os_error(&e, None))?;
        let n = if self.binary { data.len() } else { as_str(v).unwrap().nchars };
        Ok(int_from_i64(n as i64))
    }

    fn tell(&mut self) -> R<i64> {
        let ahead = (self.rbuf.len() - self.rpos) as i64;
        let f = self.check_open()?;
        let pos = f.stream_position().map_err(|e| os_error(&e, None))?;
        Ok(pos as i64 - ahead)
    }
}

/// The names of file objects' methods.
pub const METHODS: &[&str] = &[
    "read", "readline", "readlines", "write", "writelines", "seek", "tell", "close", "flush", "fileno",
    "readable", "writable", "seekable", "isatty", "__enter__", "__exit__", "__iter__", "__next__", "truncate",
];

/// An optional size argument: None or negative means "all".
fn size_arg(args: &Args, fname: &str) -> R<Option<usize>> {
    args.no_kwargs(fname)?;
    args.arity(fname, 0, 1)?;
    match args.pos.first() {
        None => Ok(None),
        Some(&v) if is_none(v) => Ok(None),
        Some(&v) => match crate::num::to_i64(v)? {
            Some(n) if n < 0 => Ok(None),
            Some(n) => Ok(Some(n as usize)),
            None => type_error(format!("argument should be integer or None, not '{}'", crate::ops::type_name(v))),
        },
    }
}

/// `file.name(args)`; `Ok(None)` when `o` is no file or has no such method.
pub fn call_method(o: Value, name: &str, args: &Args) -> R<Option<Obj>> {
    let Some(f) = as_file(o) else { return Ok(None) };
    let r = match name {
        "read" => {
            let n = size_arg(args, "read")?;
            f.check_open()?;
            if !f.readable {
                return Err(unsupported("not readable"));
            }
            f.read(n)?
        }
        "readline" => {
            let n = size_arg(args, "readline")?;
            f.check_open()?;
            if !f.readable {
                return Err(unsupported("not readable"));
            }
            f.readline(n)?
        }
        "readlines" => {
            let hint = size_arg(args, "readlines")?;
            f.check_open()?;
            if !f.readable {
                return Err(unsupported("not readable"));
            }
            let mut lines = vec![];
            let mut total = 0;
            loop {
                let l = f.readline(None)?;
                let n = crate::ops::len(l.v())?;
                if n == 0 {
                    break;
                }
                total += n;
                lines.push(l.into_raw());
                if hint.map_or(false, |h| h > 0 && total >= h) {
                    break;
                }
            }
            list_from(lines)
        }
        "__next__" => {
            f.check_open()?;
            let l = f.readline(None)?;
            if crate::ops::len(l.v())? == 0 {
                return Err(raise(&STOP_ITERATION, ""));
            }
            l
        }
        "write" => {
            args.no_kwargs("write")?;
            args.arity("write", 1, 1)?;
            f.check_open()?;
            if !f.writable {
                return Err(unsupported("not writable"));
            }
            f.write(args.pos[0])?
        }
        "writelines" => {
            args.no_kwargs("writelines")?;
            args.arity("writelines", 1, 1)?;
            f.check_open()?;
            if !f.writable {
                return Err(unsupported("not writable"));
            }
            for line in crate::ops::collect(args.pos[0])? {
                f.write(line.v())?;
            }
            none()
        }
        "seek" => {
            args.no_kwargs("seek")?;
            args.arity("seek", 1, 2)?;
            let off = crate::num::to_i64(args.pos[0])?.unwrap_or(0);
            let whence = match args.pos.get(1) {
                Some(&w) => crate::num::to_i64(w)?.unwrap_or(0),
                None => 0,
            };
            f.check_open()?;
            if !f.binary && whence != 0 && off != 0 {
                return Err(unsupported(if whence == 1 { "can't do nonzero cur-relative seeks" } else { "can't do nonzero end-relative seeks" }));
            }
            let pos = match whence {
                0 => {
                    if off < 0 {
                        return value_error(format!("negative seek position {}", off));
                    }
                    SeekFrom::Start(off as u64)
                }
                1 => SeekFrom::Current(off - (f.rbuf.len() - f.rpos) as i64),
                2 => SeekFrom::End(off),
                _ => return value_error(format!("invalid whence ({}, should be 0, 1 or 2)", whence)),
            };
            f.rbuf.clear();
            f.rpos = 0;
            let file = f.check_open()?;
            let p = file.seek(pos).map_err(|e| os_error(&e, None))?;
            int_from_i64(p as i64)
        }
        "tell" => {
            args.arity("tell", 0, 0)?;
            int_from_i64(f.tell()?)
        }
        "truncate" => {
            args.arity("truncate", 0, 1)?;
            let pos = match args.pos.first() {
                Some(&v) if !is_none(v) => crate::num::to_i64(v)?.unwrap_or(0),
                _ => f.tell()?,
            };
            if !f.writable {
                return Err(unsupported("truncate"));
            }
            f.drop_readahead()?;
            f.check_open()?.set_len(pos as u64).map_err(|e| os_error(&e, None))?;
            int_from_i64(pos)
        }
        "close" => {
            f.file = None;
            none()
        }
        "flush" => {
            f.check_open()?;
            none()
        }
        "fileno" => {
            use std::os::unix::io::AsRawFd;
            int_from_i64(f.check_open()?.as_raw_fd() as i64)
        }
        "readable" => {
            f.check_open()?;
            bool_obj(f.readable)
        }
        "writable" => {
            f.check_open()?;
            bool_obj(f.writable)
        }
        "seekable" => {
            f.check_open()?;
            bool_obj(true)
        }
        "isatty" => {
            f.check_open()?;
            bool_obj(false)
        }
        "__enter__" => {
            f.check_open()?;
            o.to_owned()
        }
        "__exit__" => {
            f.file = None;
            none()
        }
        "__iter__" => {
            f.check_open()?;
            o.to_owned()
        }
        _ => return Ok(None),
    };
    Ok(Some(r))
}

/// Attributes of file objects: `name`, `mode`, `closed`, `encoding`, `newlines`, and
/// methods looked up without a call.
pub fn getattr(o: Value, name: &str) -> R<Option<Obj>> {
    let Some(f) = as_file(o) else { return Ok(None) };
    Ok(Some(match name {
        "name" => f.name.to_owned(),
        "mode" => str_from(f.mode.as_str()),
        "closed" => bool_obj(f.file.is_none()),
        "encoding" if !f.binary => str_from(f.encoding.as_str()),
        "errors" if !f.binary => str_from("strict"),
        "line_buffering" if !f.binary => bool_obj(false),
        _ if METHODS.contains(&name) => {
            let m = MethodObj { head: Header::new(&METHOD_TYPE), self_: o.to_owned().into_raw(), name: str_from(name).into_raw(), raw: false };
            Obj::from_box(Box::new(m))
        }
        _ => return Ok(None),
    }))
}

/// `repr(file)`.
pub fn repr(o: Value) -> Option<String> {
    let f = as_file(o)?;
    let name = crate::ops::repr(f.name).map(|r| str_text(r.v()).to_string()).unwrap_or_default();
    let tname = o.ty().name;
    Some(if f.binary {
        format!("<{} name={}>", tname, name)
    } else {
        format!("<{} name={} mode='{}' encoding='{}'>", tname, name, f.mode, f.encoding)
    })
}

/// `with open(...) as f`: the entered value and the bound `__exit__`.
pub fn with_enter(o: Value) -> R<Option<Obj>> {
    if as_file(o).is_none() {
        return Ok(None);
    }
    let entered = call_method(o, "__enter__", &Args::positional(&[]))?.unwrap();
    let exit = getattr(o, "__exit__")?.unwrap();
    Ok(Some(tuple_from(vec![entered.into_raw(), exit.into_raw()])))
}

/// `io.UnsupportedOperation` (a subclass of OSError and, in CPython, ValueError).
pub static UNSUPPORTED_OPERATION: TypeObj = TypeObj {
    head: Header::immortal(&TYPE_TYPE),
    name: "io.UnsupportedOperation",
    base: Some(&OS_ERROR),
    kind: Kind::Exception,
    call: Some(crate::exc::exception_new),
    heap: std::ptr::null_mut(),
};
