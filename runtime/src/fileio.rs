//! `open()` and the stream underneath file objects: the mode checks and OSError
//! messages of CPython's `_io.open`, and [`Inner`], the one buffered stream that the
//! layers CPython stacks (`FileIO` ← `BufferedReader`/`Writer`/`Random` ←
//! `TextIOWrapper`) share. A text file's `buffer` and its buffer's `raw` are objects
//! of the other classes over the same `Inner`, so reading through any of them sees
//! the same position, and closing one closes all (as in CPython, where each layer
//! closes the one below).
//!
//! An `Inner` reads ahead in chunks and collects writes in a buffer written out at
//! [`DEFAULT_BUFFER_SIZE`], on `flush`, `seek`, `tell`, a read, `close`, and when the
//! last layer goes (its `Drop`). Its backing is an OS file, a standard stream (through
//! `io.rs`, whose stdout buffer keeps its order with `print`), or a Python object
//! (`TextIOWrapper(BytesIO())`, `BufferedReader(raw)`) whose methods it calls.
//!
//! The classes and their methods are in `filemethods.rs`; the `_io` base classes in
//! `iobase.rs`.

use crate::call::Args;
use crate::exc::{type_error, value_error};
use crate::iobase::DEFAULT_BUFFER_SIZE;
use crate::objects::*;
use crate::types::*;
use crate::value::{Obj, Value, R};
use std::cell::RefCell;
use std::io::{Read, Seek, SeekFrom, Write};
use std::rc::Rc;

pub use crate::filemethods::{class_attrs, new_random_state, new_raw_state, new_reader_state, new_text_state, new_writer_state};

/// Where the bytes of a stream go.
pub enum Backing {
    Closed,
    File(std::fs::File),
    /// A standard stream: 0, 1 or 2.
    Std(i32),
    /// A Python raw or buffered stream.
    Py(Obj),
}

/// The stream the layers of one file share.
pub struct Inner {
    pub backing: Backing,
    /// The `name` attribute (None for streams without one).
    pub name: Option<Obj>,
    /// `FileIO.mode` (`rb`, `wb`, `ab+`...).
    pub mode: String,
    pub readable: bool,
    pub writable: bool,
    pub closefd: bool,
    rbuf: Vec<u8>,
    rpos: usize,
    wbuf: Vec<u8>,
}

/// A shared stream.
pub type Shared = Rc<RefCell<Inner>>;

impl Drop for Inner {
    fn drop(&mut self) {
        // Writes still buffered go out; Python backings were flushed by `close`.
        let _ = self.flush_os();
        if let Backing::File(f) = std::mem::replace(&mut self.backing, Backing::Closed) {
            if !self.closefd {
                use std::os::unix::io::IntoRawFd;
                let _ = f.into_raw_fd();
            }
        }
    }
}

impl Inner {
    pub fn new(backing: Backing, name: Option<Obj>, mode: String, readable: bool, writable: bool) -> Shared {
        Rc::new(RefCell::new(Inner { backing, name, mode, readable, writable, closefd: true, rbuf: vec![], rpos: 0, wbuf: vec![] }))
    }

    /// Bytes read ahead and not yet consumed.
    pub fn ahead(&self) -> usize {
        self.rbuf.len() - self.rpos
    }

    pub fn buffered(&self) -> &[u8] {
        &self.rbuf[self.rpos..]
    }

    /// Consumes `n` read-ahead bytes.
    pub fn take(&mut self, n: usize) -> Vec<u8> {
        let out = self.rbuf[self.rpos..self.rpos + n].to_vec();
        self.rpos += n;
        if self.rpos == self.rbuf.len() {
            self.rbuf.clear();
            self.rpos = 0;
        }
        out
    }

    /// Writes the write buffer to an OS backing (not a Python one).
    fn flush_os(&mut self) -> std::io::Result<()> {
        if self.wbuf.is_empty() {
            return Ok(());
        }
        let data = std::mem::take(&mut self.wbuf);
        match &mut self.backing {
            Backing::File(f) => f.write_all(&data),
            Backing::Std(2) => {
                crate::io::write_stderr_bytes(&data);
                Ok(())
            }
            Backing::Std(_) => {
                crate::io::write_stdout_bytes(&data);
                Ok(())
            }
            _ => {
                self.wbuf = data;
                Ok(())
            }
        }
    }

    pub fn is_py(&self) -> Option<Obj> {
        match &self.backing {
            Backing::Py(o) => Some(o.v().to_owned()),
            _ => None,
        }
    }
}

/// The OSError subclass and message for an error of the operating system, with the
/// file name, as CPython raises them (`[Errno 2] No such file or directory: 'x'`).
pub fn os_error(e: &std::io::Error, filename: Option<Value>) -> crate::value::Raised {
    let errno = e.raw_os_error().unwrap_or(0);
    let ty: &'static TypeObj = crate::exc::os_error_class(errno as i64);
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

fn os_err(e: std::io::Error) -> crate::value::Raised {
    os_error(&e, None)
}

/// `[Errno 22] Invalid argument`.
pub fn einval() -> crate::value::Raised {
    os_err(std::io::Error::from_raw_os_error(22))
}

// The stream operations. Each takes the shared cell and borrows it only while no
// Python code runs (a Python backing's methods may touch the same file).

/// Writes out the write buffer (to a Python backing too).
pub fn flush_writes(s: &Shared) -> R<()> {
    let py = {
        let mut i = s.borrow_mut();
        if i.wbuf.is_empty() {
            return Ok(());
        }
        match i.is_py() {
            None => return i.flush_os().map_err(os_err),
            Some(o) => (o, std::mem::take(&mut i.wbuf)),
        }
    };
    let data = crate::bytes::bytes_from(py.1);
    crate::ops::call_method(py.0.v(), "write", &Args::positional(&[data.v()]))?;
    Ok(())
}

/// Reads one chunk from the backing into the read buffer; false at the end.
pub fn fill(s: &Shared) -> R<bool> {
    flush_writes(s)?;
    let py = s.borrow().is_py();
    let chunk: Vec<u8> = match py {
        Some(o) => {
            let n = int_from_i64(DEFAULT_BUFFER_SIZE as i64);
            let has_read1 = crate::class::lookup_type(o.v().ty(), "read1").is_some();
            let r = crate::ops::call_method(o.v(), if has_read1 { "read1" } else { "read" }, &Args::positional(&[n.v()]))?;
            if is_none(r.v()) {
                return Ok(false);
            }
            match crate::bytes::buffer(r.v())? {
                Some(b) => b.to_vec(),
                None => return type_error(format!("underlying read() should have returned a bytes-like object, not '{}'", crate::ops::type_name(r.v()))),
            }
        }
        None => {
            let mut i = s.borrow_mut();
            let mut buf = vec![0u8; DEFAULT_BUFFER_SIZE];
            let n = match &mut i.backing {
                Backing::File(f) => f.read(&mut buf).map_err(os_err)?,
                Backing::Std(_) => {
                    crate::io::flush_stdout();
                    std::io::stdin().lock().read(&mut buf).map_err(os_err)?
                }
                _ => 0,
            };
            buf.truncate(n);
            buf
        }
    };
    if chunk.is_empty() {
        return Ok(false);
    }
    let mut i = s.borrow_mut();
    if i.rpos > 0 {
        let rpos = i.rpos;
        i.rbuf.drain(..rpos);
        i.rpos = 0;
    }
    i.rbuf.extend_from_slice(&chunk);
    Ok(true)
}

/// Reads at most `n` bytes with one read of the backing (FileIO's unbuffered read),
/// after any bytes a buffered layer read ahead.
pub fn read_raw(s: &Shared, n: usize) -> R<Vec<u8>> {
    flush_writes(s)?;
    {
        let mut i = s.borrow_mut();
        if i.ahead() > 0 {
            let k = i.ahead().min(n);
            return Ok(i.take(k));
        }
    }
    let py = s.borrow().is_py();
    if let Some(o) = py {
        let r = crate::ops::call_method(o.v(), "read", &Args::positional(&[int_from_i64(n as i64).v()]))?;
        return Ok(crate::bytes::buffer(r.v())?.map(|b| b.to_vec()).unwrap_or_default());
    }
    let mut buf = vec![0u8; n];
    let mut i = s.borrow_mut();
    let got = match &mut i.backing {
        Backing::File(f) => f.read(&mut buf).map_err(os_err)?,
        Backing::Std(_) => {
            crate::io::flush_stdout();
            std::io::stdin().lock().read(&mut buf).map_err(os_err)?
        }
        _ => 0,
    };
    buf.truncate(got);
    Ok(buf)
}

/// Fills until `done` holds for the read-ahead bytes or the stream ends.
pub fn fill_until(s: &Shared, done: impl Fn(&[u8]) -> bool) -> R<()> {
    while !done(s.borrow().buffered()) {
        if !fill(s)? {
            break;
        }
    }
    Ok(())
}

/// Moves the backing's position back over bytes read ahead, and forgets them.
pub fn drop_ahead(s: &Shared) -> R<()> {
    let (ahead, py) = {
        let i = s.borrow();
        (i.ahead() as i64, i.is_py())
    };
    if ahead > 0 {
        match py {
            Some(o) => {
                crate::ops::call_method(o.v(), "seek", &Args::positional(&[int_from_i64(-ahead).v(), Value::small(1)]))?;
            }
            None => {
                let mut i = s.borrow_mut();
                if let Backing::File(f) = &mut i.backing {
                    f.seek(SeekFrom::Current(-ahead)).map_err(os_err)?;
                }
            }
        }
    }
    let mut i = s.borrow_mut();
    i.rbuf.clear();
    i.rpos = 0;
    Ok(())
}

/// Buffers `data` for writing.
pub fn write(s: &Shared, data: &[u8]) -> R<()> {
    drop_ahead(s)?;
    let full = {
        let mut i = s.borrow_mut();
        i.wbuf.extend_from_slice(data);
        i.wbuf.len() >= DEFAULT_BUFFER_SIZE || matches!(i.backing, Backing::Std(_))
    };
    if full {
        flush_writes(s)?;
    }
    Ok(())
}

/// The logical position.
pub fn tell(s: &Shared) -> R<i64> {
    flush_writes(s)?;
    let (ahead, py) = {
        let i = s.borrow();
        (i.ahead() as i64, i.is_py())
    };
    let pos = match py {
        Some(o) => {
            let p = crate::ops::call_method(o.v(), "tell", &Args::positional(&[]))?;
            crate::num::to_i64(p.v())?.unwrap_or(0)
        }
        None => {
            let mut i = s.borrow_mut();
            match &mut i.backing {
                Backing::File(f) => f.stream_position().map_err(os_err)? as i64,
                _ => return Err(os_err(std::io::Error::from_raw_os_error(29))),
            }
        }
    };
    Ok(pos - ahead)
}

/// Seeks; returns the new position.
pub fn seek(s: &Shared, off: i64, whence: i64) -> R<i64> {
    flush_writes(s)?;
    let ahead = s.borrow().ahead() as i64;
    let off = if whence == 1 { off - ahead } else { off };
    {
        let mut i = s.borrow_mut();
        i.rbuf.clear();
        i.rpos = 0;
    }
    let py = s.borrow().is_py();
    match py {
        Some(o) => {
            let p = crate::ops::call_method(o.v(), "seek", &Args::positional(&[int_from_i64(off).v(), int_from_i64(whence).v()]))?;
            Ok(crate::num::to_i64(p.v())?.unwrap_or(0))
        }
        None => {
            let mut i = s.borrow_mut();
            let Backing::File(f) = &mut i.backing else { return Err(os_err(std::io::Error::from_raw_os_error(29))) };
            let pos = match whence {
                0 if off < 0 => return Err(einval()),
                0 => SeekFrom::Start(off as u64),
                1 => SeekFrom::Current(off),
                _ => SeekFrom::End(off),
            };
            Ok(f.seek(pos).map_err(os_err)? as i64)
        }
    }
}

/// Truncates at `pos` (the current position when None); returns the size.
pub fn truncate(s: &Shared, pos: Option<i64>) -> R<i64> {
    let pos = match pos {
        Some(p) => p,
        None => tell(s)?,
    };
    flush_writes(s)?;
    drop_ahead(s)?;
    let py = s.borrow().is_py();
    match py {
        Some(o) => {
            let r = crate::ops::call_method(o.v(), "truncate", &Args::positional(&[int_from_i64(pos).v()]))?;
            Ok(crate::num::to_i64(r.v())?.unwrap_or(pos))
        }
        None => {
            let mut i = s.borrow_mut();
            let Backing::File(f) = &mut i.backing else { return Err(einval()) };
            if pos < 0 {
                return Err(einval());
            }
            f.set_len(pos as u64).map_err(os_err)?;
            Ok(pos)
        }
    }
}

/// Is the stream closed (a Python backing answers itself)?
pub fn is_closed(s: &Shared) -> R<bool> {
    let py = {
        let i = s.borrow();
        match &i.backing {
            Backing::Closed => return Ok(true),
            Backing::Py(o) => o.v().to_owned(),
            _ => return Ok(false),
        }
    };
    crate::iobase::is_closed(py.v())
}

/// Flushes and closes; closing a closed stream does nothing.
pub fn close(s: &Shared) -> R<()> {
    if is_closed(s)? {
        return Ok(());
    }
    let flushed = flush_writes(s);
    let py = s.borrow().is_py();
    if let Some(o) = py {
        if flushed.is_ok() {
            crate::ops::call_method(o.v(), "flush", &Args::positional(&[]))?;
        }
        crate::ops::call_method(o.v(), "close", &Args::positional(&[]))?;
        return flushed;
    }
    let mut i = s.borrow_mut();
    let old = std::mem::replace(&mut i.backing, Backing::Closed);
    if let Backing::File(f) = old {
        if !i.closefd {
            use std::os::unix::io::IntoRawFd;
            let _ = f.into_raw_fd();
        }
    }
    i.rbuf.clear();
    i.rpos = 0;
    flushed
}

/// The descriptor under the stream.
pub fn fileno(s: &Shared) -> R<Obj> {
    let py = s.borrow().is_py();
    if let Some(o) = py {
        return crate::ops::call_method(o.v(), "fileno", &Args::positional(&[]));
    }
    let i = s.borrow();
    match &i.backing {
        Backing::File(f) => {
            use std::os::unix::io::AsRawFd;
            Ok(int_from_i64(f.as_raw_fd() as i64))
        }
        Backing::Std(fd) => Ok(int_from_i64(*fd as i64)),
        _ => crate::iobase::closed_error(),
    }
}

/// `isatty()` of the descriptor.
pub fn isatty(s: &Shared) -> R<bool> {
    let py = s.borrow().is_py();
    if let Some(o) = py {
        let r = crate::ops::call_method(o.v(), "isatty", &Args::positional(&[]))?;
        return crate::ops::truthy(r.v());
    }
    let fd = fileno(s)?;
    let fd = crate::num::to_i64(fd.v())?.unwrap_or(-1);
    Ok(crate::io::isatty(fd as i32))
}

/// The parts of a mode string.
pub struct Mode {
    pub read: bool,
    pub write: bool,
    pub append: bool,
    pub create: bool,
    pub plus: bool,
    pub binary: bool,
    pub text: bool,
}

pub fn parse_mode(mode: &str) -> R<Mode> {
    let mut m = Mode { read: false, write: false, append: false, create: false, plus: false, binary: false, text: false };
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
            _ => m.text = true,
        }
    }
    if m.text && m.binary {
        return value_error("can't have text and binary mode at once");
    }
    match [m.read, m.write, m.append, m.create].iter().filter(|&&b| b).count() {
        1 => {}
        0 => return value_error("Must have exactly one of create/read/write/append mode and at most one plus"),
        _ => return value_error("must have exactly one of create/read/write/append mode"),
    }
    Ok(m)
}

/// `FileIO.mode` for a parsed mode.
pub fn raw_mode(m: &Mode) -> String {
    let base = if m.create {
        "xb"
    } else if m.append {
        "ab"
    } else if m.read || m.plus {
        "rb"
    } else {
        "wb"
    };
    format!("{}{}", if m.read || m.create || m.append || !m.plus { base } else { "rb" }, if m.plus { "+" } else { "" })
}

/// Opens `file` (a path, or a descriptor) as a raw stream, as `FileIO` does.
pub fn open_raw(file: Value, m: &Mode, closefd: bool, opener: Option<Value>) -> R<Shared> {
    let readable = m.read || m.plus;
    let writable = m.write || m.append || m.create || m.plus;
    let f = if let Some(fd) = crate::seq::is_int(file).then(|| crate::num::to_i64(file)).transpose()? {
        let fd = fd.unwrap_or(-1);
        if fd < 0 {
            return value_error("negative file descriptor");
        }
        use std::os::unix::io::FromRawFd;
        unsafe { std::fs::File::from_raw_fd(fd as i32) }
    } else {
        if !closefd {
            return value_error("Cannot use closefd=False with file name");
        }
        let path = crate::filemethods::fspath(file)?;
        if let Some(op) = opener.filter(|o| !is_none(*o)) {
            let flags = open_flags(m);
            let fd = crate::call::call(op, &Args::positional(&[file, int_from_i64(flags).v()]))?;
            let Some(fd) = crate::seq::is_int(fd.v()).then(|| crate::num::to_i64(fd.v())).transpose()?.flatten() else {
                return type_error("expected integer from opener");
            };
            if fd < 0 {
                return value_error(format!("opener returned {}", fd));
            }
            use std::os::unix::io::FromRawFd;
            unsafe { std::fs::File::from_raw_fd(fd as i32) }
        } else {
            let mut o = std::fs::OpenOptions::new();
            o.read(readable).write(writable);
            if m.write {
                o.create(true).truncate(true);
            }
            if m.append {
                o.create(true).append(true);
            }
            if m.create {
                o.create_new(true);
            }
            let f = o.open(&path).map_err(|e| os_error(&e, Some(file)))?;
            // Opening a directory for reading succeeds at the OS level; CPython refuses it.
            if f.metadata().map(|md| md.is_dir()).unwrap_or(false) {
                let e = std::io::Error::from_raw_os_error(21);
                return Err(os_error(&e, Some(file)));
            }
            f
        }
    };
    let s = Inner::new(Backing::File(f), Some(file.to_owned()), raw_mode(m), readable, writable);
    s.borrow_mut().closefd = closefd;
    if m.append {
        // Appending starts at the end, so `tell()` says where writes go.
        if let Backing::File(f) = &mut s.borrow_mut().backing {
            let _ = f.seek(SeekFrom::End(0));
        }
    }
    Ok(s)
}

/// The `os.open` flags for a mode (what an `opener` receives).
fn open_flags(m: &Mode) -> i64 {
    let mut flags: i64 = if m.plus { 2 } else if m.read { 0 } else { 1 };
    if m.write {
        flags |= 0o100 | 0o1000;
    }
    if m.append {
        flags |= 0o100 | 0o2000;
    }
    if m.create {
        flags |= 0o100 | 0o200;
    }
    flags | 0o2000000
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)`.
pub fn open(args: &Args) -> R<Obj> {
    let b = args.bind("open", &["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"], 1)?;
    let file = b[0].unwrap();
    if as_str(file).is_none() && !crate::seq::is_int(file) && crate::bytes::as_bytes(file).is_none() && crate::filemethods::fspath(file).is_err() {
        crate::exc::clear_current();
        return type_error(format!("expected str, bytes or os.PathLike object, not {}", crate::ops::type_name(file)));
    }
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
    let buffering = match b[2] {
        None => -1,
        Some(v) => crate::filemethods::int_arg(v)?,
    };
    let encoding = opt_str(b[3], "encoding")?;
    let errors = opt_str(b[4], "errors")?;
    let newline = opt_str(b[5], "newline")?;
    let closefd = match b[6] {
        None => true,
        Some(v) => crate::ops::truthy(v)?,
    };
    let m = parse_mode(&mode_s)?;
    if m.binary && encoding.is_some() {
        return value_error("binary mode doesn't take an encoding argument");
    }
    if m.binary && errors.is_some() {
        return value_error("binary mode doesn't take an errors argument");
    }
    if m.binary && newline.is_some() {
        return value_error("binary mode doesn't take a newline argument");
    }
    if buffering == 0 && !m.binary {
        return value_error("can't have unbuffered text I/O");
    }
    let inner = open_raw(file, &m, closefd, b[7])?;
    let t = crate::iobase::types()?;
    if buffering == 0 {
        return Ok(crate::filemethods::layer_obj(t.fileio, inner));
    }
    let bty = if m.plus {
        t.random
    } else if m.read {
        t.reader
    } else {
        t.writer
    };
    if m.binary {
        return Ok(crate::filemethods::layer_obj(bty, inner));
    }
    let buffer = crate::filemethods::layer_obj(bty, inner.clone());
    let enc = match encoding.as_deref() {
        None | Some("locale") => "UTF-8".to_string(),
        Some(e) => e.to_string(),
    };
    let text = crate::filemethods::text_obj(t.wrapper, inner, buffer, &enc, errors.as_deref().unwrap_or("strict"), newline.as_deref(), buffering == 1);
    let text = match text {
        Ok(t) => t,
        Err(e) => {
            return Err(e);
        }
    };
    crate::ops::setattr(text.v(), "mode", str_from(mode_s.as_str()).v())?;
    Ok(text)
}

/// The builtin `open`.
pub unsafe extern "C" fn bi_open(args: *const Value, nargs: i64, kwnames: Value) -> Value {
    let a = Args::from_abi(args, nargs, kwnames);
    crate::value::abi(open(&a))
}
