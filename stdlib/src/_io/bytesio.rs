//! `_io.BytesIO`: an in-memory binary stream over a byte vector, with CPython's
//! position rules (seeking past the end and writing pads with zero bytes) and messages.
//! `getbuffer()` moves the bytes into a bytearray and returns a memoryview of it, so
//! the view and the stream share them; while a view is exported, what would resize
//! the buffer (`write`, `truncate`, `close`...) raises BufferError, as in CPython.

use krait_runtime::call::Args;
use krait_runtime::exc::{raise, type_error, value_error};
use krait_runtime::iobase::{opt_size, split_self};
use krait_runtime::native_obj::{self, NativeState};
use krait_runtime::objects::*;
use krait_runtime::types::*;
use krait_runtime::value::{Obj, Value, R};
use std::cell::RefCell;

#[derive(Default)]
struct Bytes {
    closed: bool,
    buf: Vec<u8>,
    pos: usize,
    /// The bytearray holding the bytes (instead of `buf`) since `getbuffer()`.
    shared: Option<Obj>,
}

struct BytesIoState(RefCell<Bytes>);
impl NativeState for BytesIoState {}

pub fn new_state() -> Box<dyn NativeState> {
    Box::new(BytesIoState(RefCell::new(Bytes::default())))
}

impl Bytes {
    /// The contents.
    fn data(&self) -> &[u8] {
        match &self.shared {
            Some(b) => krait_runtime::bytearray::data(b.v()),
            None => &self.buf,
        }
    }

    /// Takes the bytes back from the bytearray of `getbuffer()` before they change
    /// size: BufferError while a view of them is exported.
    fn unshare(&mut self) -> R<()> {
        if let Some(b) = &self.shared {
            let ba = unsafe { b.v().as_mut::<krait_runtime::bytearray::ByteArrayObj>() };
            if ba.exports.get() > 0 {
                return Err(raise(&BUFFER_ERROR, "Existing exports of data: object cannot be re-sized"));
            }
            self.buf = std::mem::take(&mut ba.b);
            self.shared = None;
        }
        Ok(())
    }

    fn read(&mut self, n: Option<usize>) -> Vec<u8> {
        let buf = self.data();
        let start = self.pos.min(buf.len());
        let end = match n {
            None => buf.len(),
            Some(n) => (start + n).min(buf.len()),
        };
        let out = buf[start..end].to_vec();
        self.pos = self.pos.max(end);
        out
    }

    fn readline(&mut self, limit: Option<usize>) -> Vec<u8> {
        let buf = self.data();
        let start = self.pos.min(buf.len());
        let rest = &buf[start..];
        let mut end = rest.iter().position(|&c| c == b'\n').map_or(rest.len(), |i| i + 1);
        if let Some(l) = limit {
            end = end.min(l);
        }
        let out = rest[..end].to_vec();
        self.pos = start + end;
        out
    }

    fn write(&mut self, data: &[u8]) -> R<()> {
        self.unshare()?;
        if data.is_empty() {
            return Ok(());
        }
        let end = self.pos + data.len();
        if self.buf.len() < end {
            self.buf.resize(end, 0);
        }
        self.buf[self.pos..end].copy_from_slice(data);
        self.pos = end;
        Ok(())
    }
}

/// A method's state, checked open.
fn this<'a>(a: &Args<'a>, name: &str) -> R<(Value, &'a RefCell<Bytes>, Args<'a>)> {
    let (o, rest) = split_self(a, "BytesIO", name)?;
    let Some(st) = native_obj::state::<BytesIoState>(o) else {
        return crate::support::wrong_self(name, "_io.BytesIO", o);
    };
    if st.0.borrow().closed {
        return value_error("I/O operation on closed file.");
    }
    Ok((o, &st.0, rest))
}

/// The contents of a bytes-like argument.
fn data_arg(v: Value) -> R<Vec<u8>> {
    match krait_runtime::bytes::buffer(v)? {
        Some(b) => Ok(b.to_vec()),
        None => type_error(format!("a bytes-like object is required, not '{}'", krait_runtime::ops::type_name(v))),
    }
}

fn size_arg(r: &Args, name: &str) -> R<Option<usize>> {
    crate::clinic::no_keywords(r, name)?;
    crate::clinic::check_positional(r, name, 0, 1)?;
    let n = opt_size(r.pos.first().copied())?;
    Ok((n >= 0).then_some(n as usize))
}

krait_runtime::builtin!(bio_init, |a| {
    let (o, rest) = split_self(a, "BytesIO", "__init__")?;
    let Some(st) = native_obj::state::<BytesIoState>(o) else {
        return crate::support::wrong_self("__init__", "_io.BytesIO", o);
    };
    let b = crate::clinic::unpack_keywords(&rest, "BytesIO", &["initial_bytes"], 0, 0, 1)?;
    let data = match b[0] {
        Some(v) if !is_none(v) => data_arg(v)?,
        _ => vec![],
    };
    st.0.borrow_mut().unshare()?;
    *st.0.borrow_mut() = Bytes { closed: false, buf: data, pos: 0, shared: None };
    Ok(none())
});

krait_runtime::builtin!(bio_getvalue, |a| {
    let (_, t, r) = this(a, "getvalue")?;
    crate::clinic::no_args(&r, "getvalue")?;
    let b = t.borrow().data().to_vec();
    Ok(krait_runtime::bytes::bytes_from(b))
});

krait_runtime::builtin!(bio_getbuffer, |a| {
    let (_, t, r) = this(a, "getbuffer")?;
    crate::clinic::no_args(&r, "getbuffer")?;
    let shared = {
        let mut t = t.borrow_mut();
        if t.shared.is_none() {
            let b = std::mem::take(&mut t.buf);
            t.shared = Some(krait_runtime::bytearray::bytearray_from(b));
        }
        t.shared.as_ref().unwrap().v().to_owned()
    };
    krait_runtime::call::call(MEMORYVIEW_TYPE.as_value(), &Args::positional(&[shared.v()]))
});

krait_runtime::builtin!(bio_read, |a| {
    let (_, t, r) = this(a, "read")?;
    let n = size_arg(&r, "read")?;
    let b = t.borrow_mut().read(n);
    Ok(krait_runtime::bytes::bytes_from(b))
});

krait_runtime::builtin!(bio_read1, |a| {
    let (_, t, r) = this(a, "read1")?;
    let n = size_arg(&r, "read1")?;
    let b = t.borrow_mut().read(n);
    Ok(krait_runtime::bytes::bytes_from(b))
});

krait_runtime::builtin!(bio_readline, |a| {
    let (_, t, r) = this(a, "readline")?;
    let n = size_arg(&r, "readline")?;
    let b = t.borrow_mut().readline(n);
    Ok(krait_runtime::bytes::bytes_from(b))
});

krait_runtime::builtin!(bio_readlines, |a| {
    let (_, t, r) = this(a, "readlines")?;
    let hint = size_arg(&r, "readlines")?.filter(|&h| h > 0);
    let mut t = t.borrow_mut();
    let mut lines = vec![];
    let mut total = 0;
    loop {
        let l = t.readline(None);
        if l.is_empty() {
            break;
        }
        total += l.len();
        lines.push(krait_runtime::bytes::bytes_from(l).into_raw());
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(list_from(lines))
});

krait_runtime::builtin!(bio_readinto, |a| {
    let (_, t, r) = this(a, "readinto")?;
    let buf = crate::clinic::one_arg(&r, "readinto")?;
    let n = krait_runtime::ops::len(buf)?;
    let data = t.borrow_mut().read(Some(n));
    let b = krait_runtime::bytes::bytes_from(data);
    Ok(int_from_i64(krait_runtime::iobase::fill_buffer(buf, b.v())? as i64))
});

krait_runtime::builtin!(bio_iter, |a| {
    // CPython's BytesIO iterates without checking that it is open (next() does).
    let (o, _) = split_self(a, "BytesIO", "__iter__")?;
    Ok(o.to_owned())
});

krait_runtime::builtin!(bio_next, |a| {
    let (_, t, _) = this(a, "__next__")?;
    let l = t.borrow_mut().readline(None);
    if l.is_empty() {
        return Err(raise(&STOP_ITERATION, ""));
    }
    Ok(krait_runtime::bytes::bytes_from(l))
});

krait_runtime::builtin!(bio_write, |a| {
    let (_, t, r) = this(a, "write")?;
    let v = crate::clinic::one_arg(&r, "write")?;
    let data = data_arg(v)?;
    t.borrow_mut().write(&data)?;
    Ok(int_from_i64(data.len() as i64))
});

krait_runtime::builtin!(bio_writelines, |a| {
    let (_, t, r) = this(a, "writelines")?;
    let lines = crate::clinic::one_arg(&r, "writelines")?;
    let it = krait_runtime::ops::iter(lines)?;
    while let Some(line) = krait_runtime::ops::next(it.v())? {
        let data = data_arg(line.v())?;
        t.borrow_mut().write(&data)?;
    }
    Ok(none())
});

krait_runtime::builtin!(bio_tell, |a| {
    let (_, t, r) = this(a, "tell")?;
    crate::clinic::no_args(&r, "tell")?;
    let p = t.borrow().pos;
    Ok(int_from_i64(p as i64))
});

krait_runtime::builtin!(bio_seek, |a| {
    let (_, t, r) = this(a, "seek")?;
    crate::clinic::no_keywords(&r, "seek")?;
    crate::clinic::check_positional(&r, "seek", 1, 2)?;
    let pos = crate::clinic::ssize(r.pos[0])?;
    let whence = match r.pos.get(1) {
        Some(&w) => crate::clinic::c_int(w)?,
        None => 0,
    };
    if !(0..=2).contains(&whence) {
        return value_error(format!("invalid whence ({}, should be 0, 1 or 2)", whence));
    }
    if pos < 0 && whence == 0 {
        return value_error(format!("negative seek value {}", pos));
    }
    let mut t = t.borrow_mut();
    let base = match whence {
        0 => 0,
        1 => t.pos as i64,
        _ => t.data().len() as i64,
    };
    t.pos = (base.saturating_add(pos)).max(0) as usize;
    Ok(int_from_i64(t.pos as i64))
});

krait_runtime::builtin!(bio_truncate, |a| {
    let (_, t, r) = this(a, "truncate")?;
    crate::clinic::no_keywords(&r, "truncate")?;
    crate::clinic::check_positional(&r, "truncate", 0, 1)?;
    let mut t = t.borrow_mut();
    let size = match r.pos.first() {
        Some(&v) if !is_none(v) => crate::clinic::ssize(v)?,
        _ => t.pos as i64,
    };
    t.unshare()?;
    if size < 0 {
        return value_error(format!("negative size value {}", size));
    }
    if (size as usize) < t.buf.len() {
        t.buf.truncate(size as usize);
    }
    Ok(int_from_i64(size))
});

krait_runtime::builtin!(bio_close, |a| {
    let (o, _) = split_self(a, "BytesIO", "close")?;
    let Some(st) = native_obj::state::<BytesIoState>(o) else {
        return crate::support::wrong_self("close", "_io.BytesIO", o);
    };
    let mut t = st.0.borrow_mut();
    t.unshare()?;
    t.closed = true;
    t.buf = vec![];
    Ok(none())
});

krait_runtime::builtin!(bio_del, |a| {
    let (o, _) = split_self(a, "BytesIO", "__del__")?;
    // A view of the bytes may outlive the stream (in CPython it keeps the stream
    // alive): the stream is closed and leaves the bytes to the view.
    if let Some(st) = native_obj::state::<BytesIoState>(o) {
        let mut t = st.0.borrow_mut();
        if t.shared.as_ref().is_some_and(|b| unsafe { b.v().as_ref::<krait_runtime::bytearray::ByteArrayObj>() }.exports.get() > 0) {
            t.shared = None;
            t.closed = true;
            return Ok(none());
        }
    }
    // Otherwise `_IOBase.__del__`: close what is still open.
    let closed = match krait_runtime::ops::getattr(o, "closed").and_then(|c| krait_runtime::ops::truthy(c.v())) {
        Ok(c) => c,
        Err(_) => {
            krait_runtime::exc::clear_current();
            return Ok(none());
        }
    };
    if !closed {
        krait_runtime::ops::call_method(o, "close", &Args::positional(&[]))?;
    }
    Ok(none())
});

krait_runtime::builtin!(bio_closed, |a| {
    let (o, _) = split_self(a, "BytesIO", "closed")?;
    let Some(st) = native_obj::state::<BytesIoState>(o) else {
        return crate::support::wrong_self("closed", "_io.BytesIO", o);
    };
    let c = st.0.borrow().closed;
    Ok(bool_obj(c))
});

krait_runtime::builtin!(bio_true, |a| {
    let (_, _, r) = this(a, "readable")?;
    crate::clinic::no_args(&r, "readable")?;
    Ok(bool_obj(true))
});

krait_runtime::builtin!(bio_false, |a| {
    let (_, _, r) = this(a, "isatty")?;
    crate::clinic::no_args(&r, "isatty")?;
    Ok(bool_obj(false))
});

krait_runtime::builtin!(bio_flush, |a| {
    let (_, _, r) = this(a, "flush")?;
    crate::clinic::no_args(&r, "flush")?;
    Ok(none())
});

/// The class attributes of `BytesIO`.
pub fn attrs() -> R<Vec<(&'static str, Obj)>> {
    let mut attrs = crate::support::with_methods(vec![
        ("__init__", bio_init),
        ("getvalue", bio_getvalue),
        ("getbuffer", bio_getbuffer),
        ("read", bio_read),
        ("read1", bio_read1),
        ("readline", bio_readline),
        ("readlines", bio_readlines),
        ("readinto", bio_readinto),
        ("__iter__", bio_iter),
        ("__next__", bio_next),
        ("write", bio_write),
        ("writelines", bio_writelines),
        ("tell", bio_tell),
        ("seek", bio_seek),
        ("truncate", bio_truncate),
        ("close", bio_close),
        ("__del__", bio_del),
        ("flush", bio_flush),
        ("readable", bio_true),
        ("writable", bio_true),
        ("seekable", bio_true),
        ("isatty", bio_false),
    ]);
    attrs.push(("closed", crate::support::property(builtin_fn("closed", bio_closed), None)?));
    attrs.push(("__doc__", str_from("Buffered I/O implementation using an in-memory bytes buffer.")));
    Ok(attrs)
}
