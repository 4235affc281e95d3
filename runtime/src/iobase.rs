//! The class tree of the `_io` module: the abstract bases `_IOBase`, `_RawIOBase`,
//! `_BufferedIOBase` and `_TextIOBase` with CPython's default methods (written in
//! terms of the methods a subclass defines, so a Python class deriving from
//! `io.RawIOBase` gets `read`, `readline`, iteration and `with` from its `readinto`),
//! `io.UnsupportedOperation`, and the registry of the concrete classes `open()`
//! returns (`fileio.rs`) so that the builtin `open`, `sys.stdout` and `import _io` all
//! share one `_io.TextIOWrapper`.
//!
//! The classes are heap classes made on first use (by `open()`, by `sys`, or by
//! `import _io`); the base classes have the plain instance layout, the concrete ones
//! the native layout (`native_obj`).

use crate::call::Args;
use crate::exc::{raise, type_error};
use crate::native_obj::method;
use crate::objects::*;
use crate::ops;
use crate::types::*;
use crate::value::{Obj, Value, R};
use std::cell::UnsafeCell;

/// `io.DEFAULT_BUFFER_SIZE`.
pub const DEFAULT_BUFFER_SIZE: usize = 8192;

/// The classes of the `_io` module that the runtime itself needs.
pub struct IoTypes {
    pub iobase: &'static TypeObj,
    pub raw: &'static TypeObj,
    pub buffered: &'static TypeObj,
    pub text: &'static TypeObj,
    pub unsupported: &'static TypeObj,
    pub fileio: &'static TypeObj,
    pub reader: &'static TypeObj,
    pub writer: &'static TypeObj,
    pub random: &'static TypeObj,
    pub wrapper: &'static TypeObj,
}

struct Registry(UnsafeCell<Option<&'static IoTypes>>);
// Python code runs on one thread.
unsafe impl Sync for Registry {}
static TYPES: Registry = Registry(UnsafeCell::new(None));

/// The `_io` classes, made on first use.
pub fn types() -> R<&'static IoTypes> {
    if let Some(t) = unsafe { *TYPES.0.get() } {
        return Ok(t);
    }
    let t: &'static IoTypes = Box::leak(Box::new(make_types()?));
    unsafe { *TYPES.0.get() = Some(t) };
    Ok(t)
}

/// The type object of a class just made (classes are never freed).
fn leak_type(o: Obj) -> &'static TypeObj {
    let t = crate::builtins::as_type(o.v()).expect("a class");
    std::mem::forget(o);
    t
}

/// What an `_io` class is made of.
pub struct ClassSpec<'a> {
    pub name: &'a str,
    pub module: &'a str,
    pub bases: &'a [&'static TypeObj],
    pub new_state: Option<crate::native_obj::NewState>,
    pub attrs: Vec<(&'a str, Obj)>,
}

/// Makes a class named `module.name` in messages (as CPython's static types are),
/// whose `__name__` is `name`.
pub fn new_class(spec: ClassSpec) -> R<Obj> {
    let ns = dict_new();
    let set = |k: &str, v: Value| crate::dicts::dict_set(ns.v(), str_from(k).v(), v);
    set("__module__", str_from(spec.module).v())?;
    set("__qualname__", str_from(spec.name).v())?;
    for (k, v) in &spec.attrs {
        set(k, v.v())?;
    }
    let bases = tuple_from(spec.bases.iter().map(|b| b.as_value().to_owned().into_raw()).collect());
    let name = str_from(format!("{}.{}", spec.module, spec.name));
    crate::class::new_class_native(&TYPE_TYPE, name.v(), bases.v(), ns.v(), &Args::positional(&[]), spec.new_state)
}

/// `property(get)`.
pub fn property(get: Obj) -> R<Obj> {
    crate::call::call(crate::class::PROPERTY_TYPE.as_value(), &Args::positional(&[get.v()]))
}

fn with_methods(ms: Vec<(&'static str, BuiltinFn)>) -> Vec<(&'static str, Obj)> {
    methods(&ms)
}

fn doc(s: &'static str) -> (&'static str, Obj) {
    ("__doc__", str_from(s))
}

fn make_types() -> R<IoTypes> {
    let mut attrs = with_methods(vec![
        ("seek", iobase_seek),
        ("tell", iobase_tell),
        ("truncate", iobase_truncate),
        ("flush", iobase_flush),
        ("close", iobase_close),
        ("seekable", iobase_false),
        ("readable", iobase_false),
        ("writable", iobase_false),
        ("_checkClosed", iobase_check_closed),
        ("_checkSeekable", iobase_check_seekable),
        ("_checkReadable", iobase_check_readable),
        ("_checkWritable", iobase_check_writable),
        ("fileno", iobase_fileno),
        ("isatty", iobase_isatty),
        ("__enter__", iobase_enter),
        ("__exit__", iobase_exit),
        ("__iter__", iobase_iter),
        ("__next__", iobase_next),
        ("readline", iobase_readline),
        ("readlines", iobase_readlines),
        ("writelines", iobase_writelines),
        ("__del__", iobase_del),
    ]);
    attrs.push(("closed", property(builtin_fn("closed", iobase_closed_get))?));
    attrs.push(doc("The abstract base class for all I/O classes."));
    let iobase = leak_type(new_class(ClassSpec { name: "_IOBase", module: "_io", bases: &[], new_state: None, attrs })?);

    let mut attrs = with_methods(vec![("read", raw_read), ("readall", raw_readall), ("readinto", raw_readinto), ("write", raw_write)]);
    attrs.push(doc("Base class for raw binary I/O."));
    let raw = leak_type(new_class(ClassSpec { name: "_RawIOBase", module: "_io", bases: &[iobase], new_state: None, attrs })?);

    let mut attrs = with_methods(vec![
        ("read", buffered_read),
        ("read1", buffered_read1),
        ("write", buffered_write),
        ("detach", buffered_detach),
        ("readinto", buffered_readinto),
        ("readinto1", buffered_readinto1),
    ]);
    attrs.push(doc("Base class for buffered IO objects."));
    let buffered = leak_type(new_class(ClassSpec { name: "_BufferedIOBase", module: "_io", bases: &[iobase], new_state: None, attrs })?);

    let mut attrs = with_methods(vec![("read", text_read), ("readline", text_readline), ("write", text_write), ("detach", text_detach)]);
    for name in ["encoding", "newlines", "errors"] {
        attrs.push((name, property(builtin_fn(name, text_none_get))?));
    }
    attrs.push(doc("Base class for text I/O."));
    let text = leak_type(new_class(ClassSpec { name: "_TextIOBase", module: "_io", bases: &[iobase], new_state: None, attrs })?);

    let unsupported = leak_type(new_class(ClassSpec { name: "UnsupportedOperation", module: "io", bases: &[&OS_ERROR, &VALUE_ERROR], new_state: None, attrs: vec![] })?);

    let cls = |name: &'static str, base: &'static TypeObj, new_state: crate::native_obj::NewState| -> R<&'static TypeObj> {
        let attrs = crate::fileio::class_attrs(name)?;
        Ok(leak_type(new_class(ClassSpec { name, module: "_io", bases: &[base], new_state: Some(new_state), attrs })?))
    };
    Ok(IoTypes {
        iobase,
        raw,
        buffered,
        text,
        unsupported,
        fileio: cls("FileIO", raw, crate::fileio::new_raw_state)?,
        reader: cls("BufferedReader", buffered, crate::fileio::new_reader_state)?,
        writer: cls("BufferedWriter", buffered, crate::fileio::new_writer_state)?,
        random: cls("BufferedRandom", buffered, crate::fileio::new_random_state)?,
        wrapper: cls("TextIOWrapper", text, crate::fileio::new_text_state)?,
    })
}

/// Raises `io.UnsupportedOperation(msg)`.
pub fn unsupported(msg: &str) -> crate::value::Raised {
    match types() {
        Ok(t) => raise(t.unsupported, msg),
        Err(e) => e,
    }
}

/// `ValueError: I/O operation on closed file.`
pub fn closed_error<T>() -> R<T> {
    crate::exc::value_error("I/O operation on closed file.")
}

/// The instance a method was called on, and the other arguments.
pub fn split_self<'a>(a: &Args<'a>, cls: &str, name: &str) -> R<(Value, Args<'a>)> {
    match a.pos.split_first() {
        Some((&s, rest)) => Ok((s, Args { pos: rest, kwnames: a.kwnames, kwvals: a.kwvals })),
        None => type_error(format!("unbound method {}.{}() needs an argument", cls, name)),
    }
}

/// `obj.name()`.
pub fn call0(o: Value, name: &str) -> R<Obj> {
    ops::call_method(o, name, &Args::positional(&[]))
}

/// `obj.name(x)`.
pub fn call1(o: Value, name: &str, x: Value) -> R<Obj> {
    ops::call_method(o, name, &Args::positional(&[x]))
}

/// `self.closed`, as a truth value.
pub fn is_closed(o: Value) -> R<bool> {
    let c = ops::getattr(o, "closed")?;
    ops::truthy(c.v())
}

/// `self._checkClosed()`'s test: ValueError when `self.closed` is true.
pub fn check_closed(o: Value) -> R<()> {
    if is_closed(o)? {
        return closed_error();
    }
    Ok(())
}

/// A method taking no argument besides `self`.
fn no_more(a: &Args, cls: &str, name: &str) -> R<Value> {
    let (s, rest) = split_self(a, cls, name)?;
    rest.no_kwargs(name)?;
    if !rest.pos.is_empty() {
        return type_error(format!("{}.{}() takes no arguments ({} given)", cls, name, rest.pos.len()));
    }
    Ok(s)
}

/// An optional size argument (`_Py_convert_optional_to_ssize_t`): None is -1.
pub fn opt_size(v: Option<Value>) -> R<i64> {
    match v {
        None => Ok(-1),
        Some(v) if is_none(v) => Ok(-1),
        Some(v) => {
            if !crate::seq::is_int(v) && crate::class::index_value(v)?.is_none() {
                return type_error(format!("argument should be integer or None, not '{}'", ops::type_name(v)));
            }
            let i = match crate::class::index_value(v)? {
                Some(i) => i,
                None => v.to_owned(),
            };
            match crate::num::to_i64(i.v())? {
                Some(n) => Ok(n),
                None => Err(raise(&OVERFLOW_ERROR, "Python int too large to convert to C ssize_t")),
            }
        }
    }
}

// `_IOBase`.

crate::builtin!(iobase_seek, |a| {
    split_self(a, "_IOBase", "seek")?;
    Err(unsupported("seek"))
});
crate::builtin!(iobase_tell, |a| {
    let s = no_more(a, "_IOBase", "tell")?;
    ops::call_method(s, "seek", &Args::positional(&[Value::small(0), Value::small(1)]))
});
crate::builtin!(iobase_truncate, |a| {
    split_self(a, "_IOBase", "truncate")?;
    Err(unsupported("truncate"))
});
crate::builtin!(iobase_fileno, |a| {
    no_more(a, "_IOBase", "fileno")?;
    Err(unsupported("fileno"))
});
crate::builtin!(iobase_false, |a| {
    split_self(a, "_IOBase", "readable")?;
    Ok(bool_obj(false))
});
crate::builtin!(iobase_isatty, |a| {
    let s = no_more(a, "_IOBase", "isatty")?;
    check_closed(s)?;
    Ok(bool_obj(false))
});

/// The flag `_IOBase.close` sets (`__IOBase_closed` in the instance's dict).
fn base_closed(o: Value) -> bool {
    match ops::getattr(o, "__IOBase_closed") {
        Ok(v) => ops::truthy(v.v()).unwrap_or(false),
        Err(_) => {
            crate::exc::clear_current();
            false
        }
    }
}

crate::builtin!(iobase_closed_get, |a| {
    let (s, _) = split_self(a, "_IOBase", "closed")?;
    Ok(bool_obj(base_closed(s)))
});
crate::builtin!(iobase_flush, |a| {
    let s = no_more(a, "_IOBase", "flush")?;
    if base_closed(s) {
        return closed_error();
    }
    Ok(none())
});
crate::builtin!(iobase_close, |a| {
    let s = no_more(a, "_IOBase", "close")?;
    if base_closed(s) {
        return Ok(none());
    }
    let r = call0(s, "flush");
    // The object is closed even when flushing failed.
    let saved = crate::exc::take_current();
    ops::setattr(s, "__IOBase_closed", bool_v(true))?;
    crate::exc::restore_saved(saved);
    r.map(|_| none())
});
crate::builtin!(iobase_check_closed, |a| {
    let (s, _) = split_self(a, "_IOBase", "_checkClosed")?;
    check_closed(s)?;
    Ok(none())
});

/// `_checkReadable` and friends: `self.<what>able()` must be true.
fn check_able(a: &Args, what: &str, msg: &str) -> R<Obj> {
    let (s, _) = split_self(a, "_IOBase", what)?;
    let r = call0(s, what)?;
    if r.v() != bool_v(true) {
        return Err(unsupported(msg));
    }
    Ok(r)
}
crate::builtin!(iobase_check_seekable, |a| check_able(a, "seekable", "File or stream is not seekable."));
crate::builtin!(iobase_check_readable, |a| check_able(a, "readable", "File or stream is not readable."));
crate::builtin!(iobase_check_writable, |a| check_able(a, "writable", "File or stream is not writable."));

crate::builtin!(iobase_enter, |a| {
    let s = no_more(a, "_IOBase", "__enter__")?;
    check_closed(s)?;
    Ok(s.to_owned())
});
crate::builtin!(iobase_exit, |a| {
    let (s, _) = split_self(a, "_IOBase", "__exit__")?;
    call0(s, "close")
});
crate::builtin!(iobase_iter, |a| {
    let s = no_more(a, "_IOBase", "__iter__")?;
    check_closed(s)?;
    Ok(s.to_owned())
});
crate::builtin!(iobase_next, |a| {
    let s = no_more(a, "_IOBase", "__next__")?;
    let line = call0(s, "readline")?;
    if ops::len(line.v())? == 0 {
        return Err(raise(&STOP_ITERATION, ""));
    }
    Ok(line)
});

/// `_IOBase.readline(size=-1)`: bytes up to a newline, through `peek` when the object
/// has one and `read` otherwise.
fn iobase_readline_impl(s: Value, limit: i64) -> R<Obj> {
    let peek = match ops::getattr(s, "peek") {
        Ok(p) => Some(p),
        Err(_) if crate::exc::current_is(&ATTRIBUTE_ERROR) => {
            crate::exc::clear_current();
            None
        }
        Err(e) => return Err(e),
    };
    let mut res: Vec<u8> = vec![];
    while limit < 0 || (res.len() as i64) < limit {
        let mut nreadahead = 1usize;
        if let Some(p) = &peek {
            let ahead = crate::call::call(p.v(), &Args::positional(&[Value::small(1)]))?;
            let Some(b) = crate::bytes::as_bytes(ahead.v()) else {
                return Err(raise(&OS_ERROR, format!("peek() should have returned a bytes object, not '{}'", ops::type_name(ahead.v()))));
            };
            if !b.is_empty() {
                let mut n = 0;
                let room = if limit < 0 { b.len() } else { b.len().min(limit as usize - res.len()) };
                while n < room {
                    n += 1;
                    if b[n - 1] == b'\n' {
                        break;
                    }
                }
                nreadahead = n.max(1);
            }
        }
        let chunk = call1(s, "read", int_from_i64(nreadahead as i64).v())?;
        let Some(b) = crate::bytes::as_bytes(chunk.v()) else {
            return Err(raise(&OS_ERROR, format!("read() should have returned a bytes object, not '{}'", ops::type_name(chunk.v()))));
        };
        if b.is_empty() {
            break;
        }
        res.extend_from_slice(b);
        if res.last() == Some(&b'\n') {
            break;
        }
    }
    Ok(crate::bytes::bytes_from(res))
}

crate::builtin!(iobase_readline, |a| {
    let (s, rest) = split_self(a, "_IOBase", "readline")?;
    rest.no_kwargs("readline")?;
    rest.arity("readline", 0, 1)?;
    iobase_readline_impl(s, opt_size(rest.pos.first().copied())?)
});

/// `readlines(hint=-1)` by iterating over the object: lines until their total length
/// reaches `hint`.
pub fn readlines_by_iter(s: Value, hint: i64) -> R<Obj> {
    let it = crate::ops::iter(s)?;
    let mut lines = vec![];
    let mut total = 0usize;
    while let Some(line) = crate::ops::next(it.v())? {
        total += ops::len(line.v())?;
        lines.push(line.into_raw());
        if hint > 0 && total > hint as usize {
            break;
        }
    }
    Ok(list_from(lines))
}

crate::builtin!(iobase_readlines, |a| {
    let (s, rest) = split_self(a, "_IOBase", "readlines")?;
    rest.no_kwargs("readlines")?;
    rest.arity("readlines", 0, 1)?;
    readlines_by_iter(s, opt_size(rest.pos.first().copied())?)
});
crate::builtin!(iobase_writelines, |a| {
    let (s, rest) = split_self(a, "_IOBase", "writelines")?;
    rest.no_kwargs("writelines")?;
    rest.arity("writelines", 1, 1)?;
    check_closed(s)?;
    let it = crate::ops::iter(rest.pos[0])?;
    while let Some(line) = crate::ops::next(it.v())? {
        call1(s, "write", line.v())?;
    }
    Ok(none())
});
crate::builtin!(iobase_del, |a| {
    let (s, _) = split_self(a, "_IOBase", "__del__")?;
    // A finalizer closes what is still open; errors reading `closed` are ignored.
    let closed = match ops::getattr(s, "closed").and_then(|c| ops::truthy(c.v())) {
        Ok(c) => c,
        Err(_) => {
            crate::exc::clear_current();
            return Ok(none());
        }
    };
    if !closed {
        call0(s, "close")?;
    }
    Ok(none())
});

// `_RawIOBase`.

crate::builtin!(raw_read, |a| {
    let (s, rest) = split_self(a, "_RawIOBase", "read")?;
    rest.no_kwargs("read")?;
    rest.arity("read", 0, 1)?;
    let n = opt_size(rest.pos.first().copied())?;
    if n < 0 {
        return call0(s, "readall");
    }
    let buf = crate::bytearray::bytearray_from(vec![0; n as usize]);
    let got = call1(s, "readinto", buf.v())?;
    if is_none(got.v()) {
        return Ok(got);
    }
    let got = crate::num::to_i64(got.v())?.unwrap_or(i64::MAX);
    let data = crate::bytearray::data(buf.v());
    if got < 0 || got as usize > data.len() {
        return crate::exc::value_error(format!("readinto returned {} outside buffer size {}", got, data.len()));
    }
    Ok(crate::bytes::bytes_from(data[..got as usize].to_vec()))
});
crate::builtin!(raw_readall, |a| {
    let s = no_more(a, "_RawIOBase", "readall")?;
    let mut out: Vec<u8> = vec![];
    let mut any = false;
    loop {
        let chunk = call1(s, "read", int_from_i64(DEFAULT_BUFFER_SIZE as i64).v())?;
        if is_none(chunk.v()) {
            if !any {
                return Ok(chunk);
            }
            break;
        }
        let Some(b) = crate::bytes::as_bytes(chunk.v()) else {
            return type_error("read() should return bytes");
        };
        if b.is_empty() {
            break;
        }
        any = true;
        out.extend_from_slice(b);
    }
    Ok(crate::bytes::bytes_from(out))
});
crate::builtin!(raw_readinto, |a| {
    split_self(a, "_RawIOBase", "readinto")?;
    Err(raise(&NOT_IMPLEMENTED_ERROR, ""))
});
crate::builtin!(raw_write, |a| {
    split_self(a, "_RawIOBase", "write")?;
    Err(raise(&NOT_IMPLEMENTED_ERROR, ""))
});

// `_BufferedIOBase`.

crate::builtin!(buffered_read, |a| {
    split_self(a, "_BufferedIOBase", "read")?;
    Err(unsupported("read"))
});
crate::builtin!(buffered_read1, |a| {
    split_self(a, "_BufferedIOBase", "read1")?;
    Err(unsupported("read1"))
});
crate::builtin!(buffered_write, |a| {
    split_self(a, "_BufferedIOBase", "write")?;
    Err(unsupported("write"))
});
crate::builtin!(buffered_detach, |a| {
    split_self(a, "_BufferedIOBase", "detach")?;
    Err(unsupported("detach"))
});

/// Copies `data` into the writable buffer `buf` (`buf[:len(data)] = data`).
pub fn fill_buffer(buf: Value, data: Value) -> R<usize> {
    let n = ops::len(data)?;
    let sl = unsafe { crate::ops::rt_slice_new(Value::NULL, int_from_i64(n as i64).v(), Value::NULL).owned() };
    ops::setitem(buf, sl.v(), data)?;
    Ok(n)
}

fn readinto_with(a: &Args, name: &str, read: &str) -> R<Obj> {
    let (s, rest) = split_self(a, "_BufferedIOBase", name)?;
    rest.no_kwargs(name)?;
    rest.arity(name, 1, 1)?;
    let buf = rest.pos[0];
    let len = ops::len(buf)?;
    let data = call1(s, read, int_from_i64(len as i64).v())?;
    if crate::bytes::as_bytes(data.v()).is_none() {
        return type_error("read() should return bytes");
    }
    Ok(int_from_i64(fill_buffer(buf, data.v())? as i64))
}
crate::builtin!(buffered_readinto, |a| readinto_with(a, "readinto", "read"));
crate::builtin!(buffered_readinto1, |a| readinto_with(a, "readinto1", "read1"));

// `_TextIOBase`.

crate::builtin!(text_read, |a| {
    split_self(a, "_TextIOBase", "read")?;
    Err(unsupported("read"))
});
crate::builtin!(text_readline, |a| {
    split_self(a, "_TextIOBase", "readline")?;
    Err(unsupported("readline"))
});
crate::builtin!(text_write, |a| {
    split_self(a, "_TextIOBase", "write")?;
    Err(unsupported("write"))
});
crate::builtin!(text_detach, |a| {
    split_self(a, "_TextIOBase", "detach")?;
    Err(unsupported("detach"))
});
crate::builtin!(text_none_get, |a| {
    split_self(a, "_TextIOBase", "encoding")?;
    Ok(none())
});

/// Makes the method objects of a class from names and functions.
pub fn methods(ms: &[(&'static str, BuiltinFn)]) -> Vec<(&'static str, Obj)> {
    ms.iter().map(|(n, f)| (*n, method(n, *f))).collect()
}
