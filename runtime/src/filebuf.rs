//! The buffered layer of file objects: `BufferedReader`, `BufferedWriter` and
//! `BufferedRandom` over a shared stream (`fileio::Inner`), made by `open()` in binary
//! mode or over a raw stream (`BufferedReader(FileIO(...))`, or any Python object with
//! `readinto`/`read` and `write`).

use crate::call::Args;
use crate::exc::value_error;
use crate::filemethods::shared::*;
use crate::filemethods::{m_readable_fn, m_writable_fn};
use crate::fileio::{self, Shared};
use crate::iobase::{opt_size, unsupported};
use crate::objects::*;
use crate::types::*;
use crate::value::{Obj, R};

fn cls(c: &Call) -> &'static str {
    match c.st.layer {
        Layer::Reader => "BufferedReader",
        Layer::Writer => "BufferedWriter",
        _ => "BufferedRandom",
    }
}

crate::builtin!(b_init, |a| {
    let c = call(a, "BufferedReader", "__init__")?;
    let b = c.args.bind(cls(&c), &["raw", "buffer_size"], 1)?;
    let raw = b[0].unwrap();
    if let Some(n) = b[1] {
        if int_arg(n)? <= 0 {
            return value_error("buffer size must be strictly positive");
        }
    }
    let (r, w) = match c.st.layer {
        Layer::Reader => (true, false),
        Layer::Writer => (false, true),
        _ => (true, true),
    };
    if c.st.layer == Layer::Random {
        crate::filemethods::require(raw, "seek")?;
    }
    if r {
        crate::filemethods::require(raw, "read")?;
    }
    if w {
        crate::filemethods::require(raw, "writ")?;
    }
    let inner = match crate::filemethods::inner_of(raw) {
        Some(s) => s,
        None => crate::filemethods::py_inner(raw, r, w),
    };
    *c.st.inner.borrow_mut() = Some(inner);
    c.st.set_below(Some(raw.to_owned()));
    Ok(none())
});

crate::builtin!(b_repr, |a| {
    let c = call(a, "BufferedReader", "__repr__")?;
    let tname = c.obj.ty().name;
    match crate::ops::getattr(c.obj, "name") {
        Ok(n) => Ok(str_from(format!("<{} name={}>", tname, str_text(crate::ops::repr(n.v())?.v())))),
        Err(_) if crate::exc::current_is(&ATTRIBUTE_ERROR) || crate::exc::current_is(&VALUE_ERROR) => {
            crate::exc::clear_current();
            Ok(str_from(format!("<{}>", tname)))
        }
        Err(e) => Err(e),
    }
});

/// The stream for a read operation: open and readable.
fn for_read(c: &Call, op: &str) -> R<Shared> {
    let s = c.open(&closed_of(op))?;
    if c.st.layer == Layer::Writer {
        return Err(unsupported(op));
    }
    Ok(s)
}

crate::builtin!(b_read, |a| {
    let c = call(a, "BufferedReader", "read")?;
    c.nargs("read", 0, 1)?;
    let n = opt_size(c.args.pos.first().copied())?;
    if n < -1 {
        return value_error("read length must be non-negative or -1");
    }
    let s = for_read(&c, "read")?;
    if n < 0 {
        return Ok(crate::bytes::bytes_from(read_all(&s)?));
    }
    let n = n as usize;
    fileio::fill_until(&s, |b| b.len() >= n)?;
    let mut i = s.borrow_mut();
    let k = i.ahead().min(n);
    Ok(crate::bytes::bytes_from(i.take(k)))
});

crate::builtin!(b_read1, |a| {
    let c = call(a, "BufferedReader", "read1")?;
    c.nargs("read1", 0, 1)?;
    let n = opt_size(c.args.pos.first().copied())?;
    let s = for_read(&c, "read")?;
    if n == 0 {
        return Ok(crate::bytes::bytes_from(vec![]));
    }
    if s.borrow().ahead() == 0 {
        fileio::fill(&s)?;
    }
    let mut i = s.borrow_mut();
    let k = if n < 0 { i.ahead() } else { i.ahead().min(n as usize) };
    Ok(crate::bytes::bytes_from(i.take(k)))
});

crate::builtin!(b_peek, |a| {
    let c = call(a, "BufferedReader", "peek")?;
    c.nargs("peek", 0, 1)?;
    let s = for_read(&c, "peek")?;
    if s.borrow().ahead() == 0 {
        fileio::fill(&s)?;
    }
    let b = s.borrow().buffered().to_vec();
    Ok(crate::bytes::bytes_from(b))
});

fn readinto_impl(a: &Args, name: &str, one: bool) -> R<Obj> {
    let c = call(a, "BufferedReader", name)?;
    c.nargs(name, 1, 1)?;
    let s = for_read(&c, name)?;
    let buf = c.args.pos[0];
    let n = crate::ops::len(buf)?;
    if one {
        if s.borrow().ahead() == 0 {
            fileio::fill(&s)?;
        }
    } else {
        fileio::fill_until(&s, |b| b.len() >= n)?;
    }
    let data = {
        let mut i = s.borrow_mut();
        let k = i.ahead().min(n);
        i.take(k)
    };
    let b = crate::bytes::bytes_from(data);
    Ok(int_from_i64(crate::iobase::fill_buffer(buf, b.v())? as i64))
}
crate::builtin!(b_readinto, |a| readinto_impl(a, "readinto", false));
crate::builtin!(b_readinto1, |a| readinto_impl(a, "readinto1", true));

/// A line of bytes, at most `limit` long.
fn readline_bytes(s: &Shared, limit: i64) -> R<Obj> {
    let lim = if limit < 0 { usize::MAX } else { limit as usize };
    fileio::fill_until(s, |b| b.len() >= lim || b.contains(&b'\n'))?;
    let mut i = s.borrow_mut();
    let buf = i.buffered();
    let mut end = match buf.iter().position(|&c| c == b'\n') {
        Some(p) => p + 1,
        None => buf.len(),
    };
    end = end.min(lim);
    Ok(crate::bytes::bytes_from(i.take(end)))
}

crate::builtin!(b_readline, |a| {
    let c = call(a, "BufferedReader", "readline")?;
    c.nargs("readline", 0, 1)?;
    let n = opt_size(c.args.pos.first().copied())?;
    let s = for_read(&c, "readline")?;
    readline_bytes(&s, n)
});

crate::builtin!(b_next, |a| {
    let c = call(a, "BufferedReader", "__next__")?;
    let s = for_read(&c, "readline")?;
    let line = readline_bytes(&s, -1)?;
    if crate::bytes::as_bytes(line.v()).map_or(true, |b| b.is_empty()) {
        return Err(crate::exc::raise(&STOP_ITERATION, ""));
    }
    Ok(line)
});

crate::builtin!(b_write, |a| {
    let c = call(a, "BufferedWriter", "write")?;
    c.nargs("write", 1, 1)?;
    let data = bytes_arg(c.args.pos[0])?;
    let s = c.open("write to closed file")?;
    fileio::write(&s, &data)?;
    Ok(int_from_i64(data.len() as i64))
});

crate::builtin!(b_flush, |a| {
    let c = call(a, "BufferedWriter", "flush")?;
    c.nargs("flush", 0, 0)?;
    let msg = if c.st.layer == Layer::Reader { CLOSED_TEXT.to_string() } else { closed_of("flush") };
    let s = c.open(&msg)?;
    fileio::flush_writes(&s)?;
    let py = s.borrow().is_py();
    if let Some(o) = py {
        crate::iobase::call0(o.v(), "flush")?;
    }
    Ok(none())
});

crate::builtin!(b_seek, |a| {
    let c = call(a, "BufferedReader", "seek")?;
    c.nargs("seek", 1, 2)?;
    let off = int_arg(c.args.pos[0])?;
    let whence = match c.args.pos.get(1) {
        Some(&w) => int_arg(w)?,
        None => 0,
    };
    if !(0..=2).contains(&whence) && whence != 3 && whence != 4 {
        return value_error(format!("whence value {} unsupported", whence));
    }
    let s = c.open(&closed_of("seek"))?;
    Ok(int_from_i64(seek_any(&s, off, whence)?))
});

crate::builtin!(b_tell, |a| {
    let c = call(a, "BufferedReader", "tell")?;
    c.nargs("tell", 0, 0)?;
    let s = c.open(CLOSED_RAW)?;
    Ok(int_from_i64(fileio::tell(&s)?))
});

crate::builtin!(b_truncate, |a| {
    let c = call(a, "BufferedReader", "truncate")?;
    c.nargs("truncate", 0, 1)?;
    let s = c.open(&closed_of("truncate"))?;
    if !s.borrow().writable {
        return Err(unsupported("File not open for writing"));
    }
    let pos = match c.args.pos.first() {
        Some(&v) if !is_none(v) => Some(int_arg(v)?),
        _ => None,
    };
    Ok(int_from_i64(fileio::truncate(&s, pos)?))
});

crate::builtin!(b_detach, |a| {
    let c = call(a, "BufferedReader", "detach")?;
    c.nargs("detach", 0, 0)?;
    let msg = if c.st.layer == Layer::Reader { CLOSED_TEXT.to_string() } else { closed_of("flush") };
    let s = c.open(&msg)?;
    fileio::flush_writes(&s)?;
    let raw = match c.st.below() {
        Some(r) => r,
        None => crate::filemethods::layer_obj(crate::iobase::types()?.fileio, s),
    };
    *c.st.inner.borrow_mut() = None;
    c.st.set_below(None);
    Ok(raw)
});

crate::builtin!(b_raw, |a| {
    let c = call(a, "BufferedReader", "raw")?;
    if let Some(r) = c.st.below() {
        return Ok(r);
    }
    let s = c.inner()?;
    let raw = crate::filemethods::layer_obj(crate::iobase::types()?.fileio, s);
    c.st.set_below(Some(raw.v().to_owned()));
    Ok(raw)
});

/// The methods and attributes of the buffered class `name`.
pub fn buffered_attrs(name: &str, ms: &mut Vec<(&'static str, BuiltinFn)>, attrs: &mut Vec<(&'static str, Obj)>) -> R<()> {
    ms.extend_from_slice(&[
        ("__init__", b_init),
        ("__repr__", b_repr),
        ("flush", b_flush),
        ("seek", b_seek),
        ("tell", b_tell),
        ("truncate", b_truncate),
        ("detach", b_detach),
    ]);
    if name != "BufferedWriter" {
        ms.extend_from_slice(&[
            ("read", b_read),
            ("read1", b_read1),
            ("peek", b_peek),
            ("readinto", b_readinto),
            ("readinto1", b_readinto1),
            ("readline", b_readline),
            ("__next__", b_next),
            ("readable", m_readable_fn()),
        ]);
    }
    if name != "BufferedReader" {
        ms.extend_from_slice(&[("write", b_write), ("writable", m_writable_fn())]);
    }
    attrs.push(("raw", crate::iobase::property(builtin_fn("raw", b_raw))?));
    Ok(())
}
