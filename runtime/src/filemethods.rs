//! The classes of file objects: `FileIO`, `BufferedReader`, `BufferedWriter`,
//! `BufferedRandom` and `TextIOWrapper`, each a native class over a shared stream
//! (`fileio::Inner`), with CPython's methods, attributes and messages (which differ
//! by layer: a closed `FileIO` says "I/O operation on closed file", a closed buffer
//! "read of closed file", a closed text file "I/O operation on closed file.").
//!
//! The text layer decodes from the stream's read-ahead bytes: it finds where `n`
//! characters or a line end (by the `newline` mode) fall in the bytes, reading more
//! when a character or a `\r\n` may continue, then decodes that span. The encodings
//! are the ASCII-compatible ones `bytes.decode` supports (UTF-8, Latin-1, ASCII).

use crate::call::Args;
use crate::exc::{raise, type_error, value_error};
use crate::fileio::{self, Backing, Inner, Shared};
use crate::iobase::{check_closed, opt_size, split_self, unsupported};
use crate::native_obj::{self, NativeState};
use crate::objects::*;
use crate::types::*;
use crate::value::{Obj, Value, R};
use std::cell::{Cell, RefCell};

/// Which layer an object is.
#[derive(Clone, Copy, PartialEq)]
pub enum Layer {
    Raw,
    Reader,
    Writer,
    Random,
    Text,
}

/// The text layer's settings.
#[derive(Default)]
pub struct TextConf {
    pub encoding: String,
    pub errors: String,
    pub newline: Option<String>,
    pub line_buffering: bool,
    pub write_through: bool,
    /// The kinds of newline seen on reading: 1 `\r`, 2 `\n`, 4 `\r\n`.
    pub seen: u8,
}

/// The state of a file object.
pub struct FileState {
    pub layer: Layer,
    pub inner: RefCell<Option<Shared>>,
    pub text: RefCell<TextConf>,
    /// The layer below (a text file's buffer, a buffer's raw file), made on first use.
    below: RefCell<Option<Obj>>,
    /// `next()` disables `tell()` on a text file until the end or a seek.
    iterating: Cell<bool>,
}

impl NativeState for FileState {
    fn traverse(&self, visit: &mut dyn FnMut(Value)) {
        // The shared stream's references (its name, a Python backing) are not
        // reported: other layers hold the same stream, and each reference must be
        // reported once. Unreported, they only keep what they refer to alive.
        if let Some(b) = &*self.below.borrow() {
            visit(b.v());
        }
    }
    fn clear(&self) {
        let b = self.below.borrow_mut().take();
        drop(b);
    }
}

fn state(layer: Layer) -> Box<dyn NativeState> {
    Box::new(FileState { layer, inner: RefCell::new(None), text: RefCell::new(TextConf::default()), below: RefCell::new(None), iterating: Cell::new(false) })
}
pub fn new_raw_state() -> Box<dyn NativeState> {
    state(Layer::Raw)
}
pub fn new_reader_state() -> Box<dyn NativeState> {
    state(Layer::Reader)
}
pub fn new_writer_state() -> Box<dyn NativeState> {
    state(Layer::Writer)
}
pub fn new_random_state() -> Box<dyn NativeState> {
    state(Layer::Random)
}
pub fn new_text_state() -> Box<dyn NativeState> {
    state(Layer::Text)
}

/// A new object of the layer class `ty` over `inner`.
pub fn layer_obj(ty: &'static TypeObj, inner: Shared) -> Obj {
    let o = native_obj::new(ty, layer_state_for(ty));
    *native_obj::state::<FileState>(o.v()).unwrap().inner.borrow_mut() = Some(inner);
    o
}

fn layer_state_for(ty: &'static TypeObj) -> Box<dyn NativeState> {
    match crate::class::class_data(ty).and_then(|d| d.native) {
        Some(f) => f(),
        None => new_raw_state(),
    }
}

/// A text file over `inner`, whose buffer object is `buffer`.
pub fn text_obj(ty: &'static TypeObj, inner: Shared, buffer: Obj, encoding: &str, errors: &str, newline: Option<&str>, line_buffering: bool) -> R<Obj> {
    let o = native_obj::new(ty, new_text_state());
    let st = native_obj::state::<FileState>(o.v()).unwrap();
    configure(st, encoding, errors, newline, line_buffering, false)?;
    *st.inner.borrow_mut() = Some(inner);
    *st.below.borrow_mut() = Some(buffer);
    Ok(o)
}

/// The canonical name of a supported encoding.
pub(crate) fn canonical(enc: &str) -> Option<&'static str> {
    match enc.to_ascii_lowercase().replace('_', "-").as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Some("utf-8"),
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" | "l1" | "latin" | "iso-ir-100" => Some("latin-1"),
        "ascii" | "us-ascii" | "646" | "us" => Some("ascii"),
        _ => None,
    }
}

pub(crate) fn configure(st: &FileState, encoding: &str, errors: &str, newline: Option<&str>, line_buffering: bool, write_through: bool) -> R<()> {
    if let Some(nl) = newline {
        if !matches!(nl, "" | "\n" | "\r" | "\r\n") {
            return value_error(format!("illegal newline value: {}", nl));
        }
    }
    if canonical(encoding).is_none() {
        return Err(raise(&LOOKUP_ERROR, format!("unknown encoding: {}", encoding)));
    }
    let mut t = st.text.borrow_mut();
    t.encoding = encoding.to_string();
    t.errors = errors.to_string();
    t.newline = newline.map(str::to_string);
    t.line_buffering = line_buffering;
    t.write_through = write_through;
    Ok(())
}

/// The path of a str, bytes or `os.PathLike` object, as the system takes it (a str
/// encoded as `os.fsencode` does).
pub fn fspath(v: Value) -> R<std::ffi::OsString> {
    use std::os::unix::ffi::OsStringExt;
    if let Some(s) = as_str(v) {
        return Ok(std::ffi::OsString::from_vec(crate::codecs::fs_encode(&s.s)?));
    }
    if let Some(b) = crate::bytes::as_bytes(v) {
        return Ok(std::ffi::OsString::from_vec(b.to_vec()));
    }
    if let Some(f) = crate::class::lookup_type(v.ty(), "__fspath__") {
        let r = crate::class::call_attr(f, v, &[])?;
        if as_str(r.v()).is_some() || crate::bytes::as_bytes(r.v()).is_some() {
            return fspath(r.v());
        }
        return type_error(format!("expected {}.__fspath__() to return str or bytes, not {}", crate::ops::type_name(v), crate::ops::type_name(r.v())));
    }
    type_error(format!("expected str, bytes or os.PathLike object, not {}", crate::ops::type_name(v)))
}

/// An int argument through `__index__`.
pub fn int_arg(v: Value) -> R<i64> {
    if !v.is_small() && v.ty().kind == Kind::Float {
        return type_error("'float' object cannot be interpreted as an integer");
    }
    let i = match crate::class::index_value(v)? {
        Some(i) => i,
        None if crate::seq::is_int(v) => v.to_owned(),
        None => return type_error(format!("'{}' object cannot be interpreted as an integer", crate::ops::type_name(v))),
    };
    match crate::num::to_i64(i.v())? {
        Some(n) => Ok(n),
        None => Err(raise(&OVERFLOW_ERROR, "Python int too large to convert to C long")),
    }
}

/// A method's `self` state, its stream and its other arguments.
pub(crate) struct Call<'a> {
    pub obj: Value,
    pub st: &'a FileState,
    pub args: Args<'a>,
}

pub(crate) fn call<'a>(a: &Args<'a>, cls: &str, name: &str) -> R<Call<'a>> {
    let (obj, args) = split_self(a, cls, name)?;
    match native_obj::state::<FileState>(obj) {
        Some(st) => Ok(Call { obj, st, args }),
        None => type_error(format!("descriptor '{}' for '_io.{}' objects doesn't apply to a '{}' object", name, cls, crate::ops::type_name(obj))),
    }
}

impl<'a> Call<'a> {
    /// The stream, or the error of an object never initialised or detached.
    pub(crate) fn inner(&self) -> R<Shared> {
        match &*self.st.inner.borrow() {
            Some(s) => Ok(s.clone()),
            None if self.st.layer == Layer::Text && self.st.below.borrow().is_none() && self.st.text.borrow().encoding.is_empty() => value_error("I/O operation on uninitialized object"),
            None => match self.st.layer {
                Layer::Text => value_error("underlying buffer has been detached"),
                Layer::Raw => value_error("I/O operation on uninitialized object"),
                _ => value_error("raw stream has been detached"),
            },
        }
    }

    /// The stream, checked open; `msg` is the layer's closed-file message.
    pub(crate) fn open(&self, msg: &str) -> R<Shared> {
        let s = self.inner()?;
        if fileio::is_closed(&s)? {
            return value_error(msg.to_string());
        }
        Ok(s)
    }

    pub(crate) fn nargs(&self, name: &str, min: usize, max: usize) -> R<()> {
        self.args.no_kwargs(name)?;
        self.args.arity(name, min, max)
    }
}

pub(crate) const CLOSED_RAW: &str = "I/O operation on closed file";
pub(crate) const CLOSED_TEXT: &str = "I/O operation on closed file.";

/// The closed-file message of a buffered operation.
pub(crate) fn closed_of(op: &str) -> String {
    format!("{} of closed file", op)
}

// Methods every layer has.

crate::builtin!(m_close, |a| {
    let c = call(a, "FileIO", "close")?;
    let s = c.inner()?;
    let r = fileio::close(&s);
    // `_IOBase.close` records the object as closed as well.
    let saved = crate::exc::take_current();
    let _ = crate::ops::setattr(c.obj, "__IOBase_closed", bool_v(true));
    crate::exc::clear_current();
    crate::exc::restore_saved(saved);
    r.map(|_| none())
});
crate::builtin!(m_closed, |a| {
    let c = call(a, "FileIO", "closed")?;
    let s = c.inner()?;
    Ok(bool_obj(fileio::is_closed(&s)?))
});
crate::builtin!(m_fileno, |a| {
    let c = call(a, "FileIO", "fileno")?;
    c.nargs("fileno", 0, 0)?;
    let s = c.open(CLOSED_RAW)?;
    fileio::fileno(&s)
});
crate::builtin!(m_isatty, |a| {
    let c = call(a, "FileIO", "isatty")?;
    c.nargs("isatty", 0, 0)?;
    let s = c.open(CLOSED_RAW)?;
    Ok(bool_obj(fileio::isatty(&s)?))
});
crate::builtin!(m_readable, |a| {
    let c = call(a, "FileIO", "readable")?;
    c.nargs("readable", 0, 0)?;
    let s = c.open(CLOSED_RAW)?;
    let py = s.borrow().is_py();
    if let Some(o) = py {
        return crate::iobase::call0(o.v(), "readable");
    }
    let r = s.borrow().readable;
    Ok(bool_obj(r))
});
crate::builtin!(m_writable, |a| {
    let c = call(a, "FileIO", "writable")?;
    c.nargs("writable", 0, 0)?;
    let s = c.open(CLOSED_RAW)?;
    let py = s.borrow().is_py();
    if let Some(o) = py {
        return crate::iobase::call0(o.v(), "writable");
    }
    let r = s.borrow().writable;
    Ok(bool_obj(r))
});
crate::builtin!(m_seekable, |a| {
    let c = call(a, "FileIO", "seekable")?;
    c.nargs("seekable", 0, 0)?;
    let s = c.open(CLOSED_RAW)?;
    let py = s.borrow().is_py();
    if let Some(o) = py {
        return crate::iobase::call0(o.v(), "seekable");
    }
    let r = match &mut s.borrow_mut().backing {
        Backing::File(f) => {
            use std::io::Seek;
            f.stream_position().is_ok()
        }
        _ => false,
    };
    Ok(bool_obj(r))
});
crate::builtin!(m_name, |a| {
    let c = call(a, "FileIO", "name")?;
    let s = c.inner()?;
    let (name, py) = {
        let i = s.borrow();
        (i.name.as_ref().map(|n| n.v().to_owned()), i.is_py())
    };
    match (name, py) {
        (Some(n), _) => Ok(n),
        (None, Some(o)) => crate::ops::getattr(o.v(), "name"),
        _ => Err(raise(&ATTRIBUTE_ERROR, format!("'{}' object has no attribute 'name'", crate::ops::type_name(c.obj)))),
    }
});
// `FileIO.name` is an instance attribute in CPython, which `tempfile` sets.
crate::builtin!(raw_set_name, |a| {
    let c = call(a, "FileIO", "name")?;
    c.nargs("name", 1, 1)?;
    let s = c.inner()?;
    s.borrow_mut().name = Some(c.args.pos[0].to_owned());
    Ok(none())
});
crate::builtin!(m_mode, |a| {
    let c = call(a, "FileIO", "mode")?;
    let s = c.inner()?;
    let py = s.borrow().is_py();
    if let Some(o) = py {
        return crate::ops::getattr(o.v(), "mode");
    }
    let m = s.borrow().mode.clone();
    Ok(str_from(m))
});

/// `readable` and `writable` for the other layers' classes.
pub fn m_readable_fn() -> BuiltinFn {
    m_readable
}
pub fn m_writable_fn() -> BuiltinFn {
    m_writable
}

// `FileIO`.

crate::builtin!(raw_init, |a| {
    let c = call(a, "FileIO", "__init__")?;
    let b = c.args.bind("FileIO", &["file", "mode", "closefd", "opener"], 1)?;
    let mode_s = match b[1] {
        None => "r".to_string(),
        Some(v) => match as_str(v) {
            Some(s) => s.s.to_string(),
            None => return type_error(format!("FileIO() argument 'mode' must be str, not {}", crate::ops::type_name(v))),
        },
    };
    let m = raw_mode_parse(&mode_s)?;
    let closefd = match b[2] {
        None => true,
        Some(v) => crate::ops::truthy(v)?,
    };
    let file = b[0].unwrap();
    if !crate::seq::is_int(file) {
        fspath(file)?;
    } else if !file.is_small() && crate::num::to_i64(file)?.is_none() {
        return Err(raise(&OVERFLOW_ERROR, "Python int too large to convert to C int"));
    }
    if !crate::seq::is_int(file) && !closefd {
        return value_error("Cannot use closefd=False with file name");
    }
    let inner = fileio::open_raw(file, &m, closefd, b[3])?;
    *c.st.inner.borrow_mut() = Some(inner);
    Ok(none())
});
crate::builtin!(raw_repr, |a| {
    let c = call(a, "FileIO", "__repr__")?;
    let s = c.inner()?;
    let tname = c.obj.ty().name;
    if fileio::is_closed(&s)? {
        return Ok(str_from(format!("<{} [closed]>", tname)));
    }
    let (name, mode, closefd) = {
        let i = s.borrow();
        (i.name.as_ref().map(|n| n.v().to_owned()), i.mode.clone(), i.closefd)
    };
    let name = match name {
        Some(n) => format!("name={} ", str_text(crate::ops::repr(n.v())?.v())),
        None => String::new(),
    };
    Ok(str_from(format!("<{} {}mode='{}' closefd={}>", tname, name, mode, if closefd { "True" } else { "False" })))
});
crate::builtin!(raw_closefd, |a| {
    let c = call(a, "FileIO", "closefd")?;
    let s = c.inner()?;
    let r = s.borrow().closefd;
    Ok(bool_obj(r))
});
crate::builtin!(raw_read, |a| {
    let c = call(a, "FileIO", "read")?;
    c.nargs("read", 0, 1)?;
    let n = opt_size(c.args.pos.first().copied())?;
    let s = c.open(CLOSED_RAW)?;
    if !s.borrow().readable {
        return Err(unsupported("File not open for reading"));
    }
    if n < 0 {
        return Ok(crate::bytes::bytes_from(read_all(&s)?));
    }
    Ok(crate::bytes::bytes_from(fileio::read_raw(&s, n as usize)?))
});
crate::builtin!(raw_readall, |a| {
    let c = call(a, "FileIO", "readall")?;
    c.nargs("readall", 0, 0)?;
    let s = c.open(CLOSED_RAW)?;
    if !s.borrow().readable {
        return Err(unsupported("File not open for reading"));
    }
    Ok(crate::bytes::bytes_from(read_all(&s)?))
});
crate::builtin!(raw_write, |a| {
    let c = call(a, "FileIO", "write")?;
    c.nargs("write", 1, 1)?;
    let s = c.open(CLOSED_RAW)?;
    if !s.borrow().writable {
        return Err(unsupported("File not open for writing"));
    }
    let data = bytes_arg(c.args.pos[0])?;
    fileio::write(&s, &data)?;
    fileio::flush_writes(&s)?;
    Ok(int_from_i64(data.len() as i64))
});
crate::builtin!(raw_seek, |a| {
    let c = call(a, "FileIO", "seek")?;
    c.nargs("seek", 1, 2)?;
    let off = int_arg(c.args.pos[0])?;
    let whence = match c.args.pos.get(1) {
        Some(&w) => int_arg(w)?,
        None => 0,
    };
    let s = c.open(CLOSED_RAW)?;
    Ok(int_from_i64(seek_any(&s, off, whence)?))
});
crate::builtin!(raw_tell, |a| {
    let c = call(a, "FileIO", "tell")?;
    c.nargs("tell", 0, 0)?;
    let s = c.open(CLOSED_RAW)?;
    Ok(int_from_i64(fileio::tell(&s)?))
});
crate::builtin!(raw_truncate, |a| {
    let c = call(a, "FileIO", "truncate")?;
    c.nargs("truncate", 0, 1)?;
    let s = c.open(CLOSED_RAW)?;
    if !s.borrow().writable {
        return Err(unsupported("File not open for writing"));
    }
    let pos = match c.args.pos.first() {
        Some(&v) if !is_none(v) => Some(int_arg(v)?),
        _ => None,
    };
    Ok(int_from_i64(fileio::truncate(&s, pos)?))
});
crate::builtin!(raw_flush, |a| {
    let c = call(a, "FileIO", "flush")?;
    let s = c.inner()?;
    if fileio::is_closed(&s)? {
        return value_error(CLOSED_TEXT);
    }
    fileio::flush_writes(&s)?;
    Ok(none())
});
crate::builtin!(raw_readinto, |a| {
    let c = call(a, "FileIO", "readinto")?;
    c.nargs("readinto", 1, 1)?;
    let s = c.open(CLOSED_RAW)?;
    if !s.borrow().readable {
        return Err(unsupported("File not open for reading"));
    }
    let n = crate::ops::len(c.args.pos[0])?;
    let b = crate::bytes::bytes_from(fileio::read_raw(&s, n)?);
    Ok(int_from_i64(crate::iobase::fill_buffer(c.args.pos[0], b.v())? as i64))
});

/// `FileIO`'s mode: one of `rwax`, optionally `+` and `b`.
fn raw_mode_parse(mode: &str) -> R<fileio::Mode> {
    let mut m = fileio::Mode { read: false, write: false, append: false, create: false, plus: false, binary: true, text: false };
    let mut rwa = false;
    let bad = || value_error(format!("invalid mode: {}", mode));
    let one = || value_error("Must have exactly one of create/read/write/append mode and at most one plus");
    for c in mode.chars() {
        match c {
            'r' | 'w' | 'a' | 'x' => {
                if rwa {
                    return one();
                }
                rwa = true;
                match c {
                    'r' => m.read = true,
                    'w' => m.write = true,
                    'a' => m.append = true,
                    _ => m.create = true,
                }
            }
            '+' => {
                if m.plus {
                    return one();
                }
                m.plus = true;
            }
            'b' => {}
            _ => return bad(),
        }
    }
    if !rwa {
        return one();
    }
    Ok(m)
}

/// Seeks with the checks of the OS (`lseek`).
pub(crate) fn seek_any(s: &Shared, off: i64, whence: i64) -> R<i64> {
    if !(0..=2).contains(&whence) {
        let is_file = matches!(s.borrow().backing, Backing::File(_));
        if is_file {
            return Err(fileio::os_error(&std::io::Error::from_raw_os_error(if whence == 3 || whence == 4 { 6 } else { 22 }), None));
        }
    }
    fileio::seek(s, off, whence)
}

/// Everything to the end of the stream.
pub(crate) fn read_all(s: &Shared) -> R<Vec<u8>> {
    fileio::fill_until(s, |_| false)?;
    let mut i = s.borrow_mut();
    let n = i.ahead();
    Ok(i.take(n))
}

/// The bytes of a bytes-like argument.
pub(crate) fn bytes_arg(v: Value) -> R<Vec<u8>> {
    match crate::bytes::buffer(v)? {
        Some(b) => Ok(b.to_vec()),
        None => type_error(format!("a bytes-like object is required, not '{}'", crate::ops::type_name(v))),
    }
}

/// The class attributes of a file class.
pub fn class_attrs(name: &str) -> R<Vec<(&'static str, Obj)>> {
    let prop = |n: &'static str, f: BuiltinFn| -> R<(&'static str, Obj)> { Ok((n, crate::iobase::property(builtin_fn(n, f))?)) };
    let mut attrs = vec![prop("closed", m_closed)?, prop("name", m_name)?, prop("mode", m_mode)?];
    let common: &[(&'static str, BuiltinFn)] = &[("close", m_close), ("fileno", m_fileno), ("isatty", m_isatty), ("seekable", m_seekable)];
    let mut ms: Vec<(&'static str, BuiltinFn)> = common.to_vec();
    match name {
        "FileIO" => {
            ms.extend_from_slice(&[
                ("__init__", raw_init),
                ("__repr__", raw_repr),
                ("read", raw_read),
                ("readall", raw_readall),
                ("readinto", raw_readinto),
                ("write", raw_write),
                ("seek", raw_seek),
                ("tell", raw_tell),
                ("truncate", raw_truncate),
                ("flush", raw_flush),
                ("readable", m_readable),
                ("writable", m_writable),
            ]);
            attrs.push(prop("closefd", raw_closefd)?);
            let name = crate::call::call(crate::class::PROPERTY_TYPE.as_value(), &Args::positional(&[builtin_fn("name", m_name).v(), builtin_fn("name", raw_set_name).v()]))?;
            attrs.retain(|(n, _)| *n != "name");
            attrs.push(("name", name));
            attrs.push(("_blksize", int_from_i64(4096)));
        }
        "TextIOWrapper" => {
            attrs.retain(|(n, _)| *n != "mode");
            crate::filetext::text_attrs(&mut ms, &mut attrs)?;
            ms.extend_from_slice(&[("readable", m_readable), ("writable", m_writable)]);
        }
        _ => crate::filebuf::buffered_attrs(name, &mut ms, &mut attrs)?,
    }
    attrs.extend(crate::iobase::methods(&ms));
    Ok(attrs)
}

/// Helpers the buffered and text layers share.
pub(crate) mod shared {
    pub(crate) use super::{bytes_arg, call, canonical, closed_of, configure, int_arg, read_all, seek_any, Call, Layer, CLOSED_RAW, CLOSED_TEXT};
}

impl FileState {
    pub fn below(&self) -> Option<Obj> {
        self.below.borrow().as_ref().map(|o| o.v().to_owned())
    }
    pub fn set_below(&self, o: Option<Obj>) {
        let old = std::mem::replace(&mut *self.below.borrow_mut(), o);
        drop(old);
    }
    pub fn iterating(&self) -> &Cell<bool> {
        &self.iterating
    }
}

/// A new stream over a Python object, for `BufferedReader(raw)` and
/// `TextIOWrapper(buffer)` over objects that are not file objects of ours.
pub fn py_inner(o: Value, readable: bool, writable: bool) -> Shared {
    Inner::new(Backing::Py(o.to_owned()), None, String::new(), readable, writable)
}

/// The stream of a file object of ours (`None` for other objects).
pub fn inner_of(o: Value) -> Option<Shared> {
    native_obj::state::<FileState>(o).and_then(|st| st.inner.borrow().clone())
}

/// `raw._checkReadable()` and friends: `o.<what>able()` must be true.
pub fn require(o: Value, what: &str) -> R<()> {
    let r = crate::iobase::call0(o, &format!("{}able", what))?;
    if r.v() != bool_v(true) {
        return Err(unsupported(&format!("File or stream is not {}able.", what)));
    }
    Ok(())
}

/// Is the object's stream closed (for code outside the methods)?
pub fn closed_obj(o: Value) -> R<bool> {
    check_closed(o).map(|_| false).or_else(|_| {
        crate::exc::clear_current();
        Ok(true)
    })
}
