//! `zlib.Compress` and `zlib.Decompress`, the streaming objects `compressobj()` and
//! `decompressobj()` make: `compress`/`flush`/`copy`, and `decompress` (with
//! `max_length`)/`flush`/`copy` with `unused_data`, `unconsumed_tail` and `eof`,
//! following CPython's `zlibmodule.c` step by step (when input is kept, when the
//! stream is ended, which errors are raised).

use super::stream::{Stream, DEF_BUF_SIZE};
use super::{data_arg, error, int_arg, zlib_error};
use crate::clinic::{check_positional, native_class, no_keywords, rest, ssize, unpack_keywords};
use krait_runtime::builtin;
use krait_runtime::call::Args;
use krait_runtime::exc::{raise, type_error, value_error};
use krait_runtime::native_obj::{self, NativeState};
use krait_runtime::objects::*;
use krait_runtime::types::{TypeObj, MEMORY_ERROR};
use krait_runtime::value::{Obj, Raised, Value, R};
use krait_runtime::bytes;
use libz_rs_sys as z;
use std::cell::RefCell;

/// The state of a `Compress` or `Decompress` object: the stream (`None` once ended)
/// and, for decompression, the data kept and the dictionary.
#[derive(Default)]
struct Inner {
    stream: Option<Stream>,
    unused_data: Vec<u8>,
    unconsumed_tail: Vec<u8>,
    eof: bool,
    zdict: Option<Vec<u8>>,
}

struct ZState(RefCell<Inner>);

impl NativeState for ZState {}

fn new_state() -> Box<dyn NativeState> {
    Box::new(ZState(RefCell::new(Inner::default())))
}

thread_local! {
    static CLASSES: RefCell<Option<(Obj, Obj)>> = const { RefCell::new(None) };
}

fn class(decompress: bool) -> &'static TypeObj {
    CLASSES.with(|c| {
        let c = c.borrow();
        let (comp, decomp) = c.as_ref().expect("zlib module made");
        let o = if decompress { decomp } else { comp };
        unsafe { o.v().as_ref::<TypeObj>() }
    })
}

fn make(decompress: bool, inner: Inner) -> Obj {
    native_obj::new(class(decompress), Box::new(ZState(RefCell::new(inner))))
}

/// The state of a method's `self`.
fn this<'a>(a: &Args, cls: &str, method: &str) -> R<&'a ZState> {
    crate::clinic::self_state::<ZState>(a, cls, method)
}

/// A zdict argument: anything with the buffer protocol.
fn zdict_arg(v: Option<Value>) -> R<Option<Vec<u8>>> {
    match v {
        None => Ok(None),
        Some(v) => match bytes::buffer(v)? {
            Some(b) => Ok(Some(b.into_owned())),
            None => type_error("zdict argument must support the buffer protocol"),
        },
    }
}

// `compressobj(level=-1, method=DEFLATED, wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,
// strategy=Z_DEFAULT_STRATEGY, zdict=None)`.
builtin!(compressobj_fn, |a| {
    let b = unpack_keywords(a, "compressobj", &["level", "method", "wbits", "memLevel", "strategy", "zdict"], 0, 0, 6)?;
    let level = int_arg(b[0], z::Z_DEFAULT_COMPRESSION)?;
    let method = int_arg(b[1], z::Z_DEFLATED)?;
    let wbits = int_arg(b[2], super::MAX_WBITS)?;
    let mem_level = int_arg(b[3], 8)?;
    let strategy = int_arg(b[4], z::Z_DEFAULT_STRATEGY)?;
    let zdict = match b[5] {
        Some(v) => Some(bytes::buffer_arg(v)?),
        None => None,
    };
    let mut s = match Stream::deflate(level, method, wbits, mem_level, strategy) {
        Ok(s) => s,
        Err((z::Z_MEM_ERROR, _)) => return Err(raise(&MEMORY_ERROR, "Can't allocate memory for compression object")),
        Err((z::Z_STREAM_ERROR, _)) => return value_error("Invalid initialization option"),
        Err((e, zs)) => return Err(zlib_error(&zs, e, "while creating compression object")),
    };
    if let Some(d) = &zdict {
        let e = s.set_dictionary(d);
        if e == z::Z_STREAM_ERROR {
            return value_error("Invalid dictionary");
        }
        if e != z::Z_OK {
            return value_error("deflateSetDictionary()");
        }
    }
    Ok(make(false, Inner { stream: Some(s), ..Default::default() }))
});

// `decompressobj(wbits=MAX_WBITS, zdict=b'')`.
builtin!(decompressobj_fn, |a| {
    let b = unpack_keywords(a, "decompressobj", &["wbits", "zdict"], 0, 0, 2)?;
    let wbits = int_arg(b[0], super::MAX_WBITS)?;
    let zdict = zdict_arg(b[1])?;
    let mut s = match Stream::inflate(wbits) {
        Ok(s) => s,
        Err((z::Z_MEM_ERROR, _)) => return Err(raise(&MEMORY_ERROR, "Can't allocate memory for decompression object")),
        Err((z::Z_STREAM_ERROR, _)) => return value_error("Invalid initialization option"),
        Err((e, zs)) => return Err(zlib_error(&zs, e, "while creating decompression object")),
    };
    // A raw stream never asks for its dictionary: it is set now.
    if let (Some(d), true) = (&zdict, wbits < 0) {
        let e = s.set_dictionary(d);
        if e != z::Z_OK {
            return Err(zlib_error(&s.z, e, "while setting zdict"));
        }
    }
    Ok(make(true, Inner { stream: Some(s), zdict, ..Default::default() }))
});

/// The stream of an object that `flush(Z_FINISH)` or the end of its data ended.
fn ended(what: &str) -> Raised {
    error(format!("Error {} {}: inconsistent stream state", z::Z_STREAM_ERROR, what))
}

builtin!(c_compress, |a| {
    let st = this(a, "zlib.Compress", "compress")?;
    let args = rest(a);
    no_keywords(&args, "compress")?;
    check_positional(&args, "compress", 1, 1)?;
    let data = data_arg(args.pos[0])?;
    let mut inner = st.0.borrow_mut();
    let Some(s) = inner.stream.as_mut() else { return Err(ended("while compressing data")) };
    let (out, err, _) = s.pump(&data, z::Z_NO_FLUSH, DEF_BUF_SIZE, usize::MAX, None)?;
    if err != z::Z_OK && err != z::Z_BUF_ERROR {
        return Err(zlib_error(&s.z, err, "while compressing data"));
    }
    Ok(bytes::bytes_from(out))
});

builtin!(c_flush, |a| {
    let st = this(a, "zlib.Compress", "flush")?;
    let args = rest(a);
    no_keywords(&args, "flush")?;
    check_positional(&args, "flush", 0, 1)?;
    let mode = int_arg(args.pos.first().copied(), z::Z_FINISH)?;
    if mode == z::Z_NO_FLUSH {
        return Ok(bytes::bytes_from(Vec::new()));
    }
    let mut inner = st.0.borrow_mut();
    let Some(s) = inner.stream.as_mut() else { return Err(ended("while flushing")) };
    let (out, err, _) = s.pump(&[], mode, DEF_BUF_SIZE, usize::MAX, None)?;
    if err == z::Z_STREAM_END && mode == z::Z_FINISH {
        inner.stream = None;
    } else if err != z::Z_OK && err != z::Z_BUF_ERROR {
        return Err(zlib_error(&s.z, err, "while flushing"));
    }
    Ok(bytes::bytes_from(out))
});

/// `copy()`, `__copy__()`: a new object with a copy of the stream.
fn copy(a: &Args, decompress: bool, method: &str) -> R<Obj> {
    let cls = if decompress { "zlib.Decompress" } else { "zlib.Compress" };
    let st = this(a, cls, method)?;
    let args = rest(a);
    if method == "__deepcopy__" {
        no_keywords(&args, "__deepcopy__")?;
        if args.pos.len() != 1 {
            return type_error(format!("{}.__deepcopy__() takes exactly one argument ({} given)", &cls[5..], args.pos.len()));
        }
    } else {
        crate::clinic::no_args(&args, &format!("{}.{}", &cls[5..], method))?;
    }
    let inner = st.0.borrow();
    let Some(s) = inner.stream.as_ref() else { return value_error("Inconsistent stream state") };
    let s2 = match s.copy() {
        Ok(s2) => s2,
        Err((z::Z_STREAM_ERROR, _)) => return value_error("Inconsistent stream state"),
        Err((z::Z_MEM_ERROR, _)) => return Err(raise(&MEMORY_ERROR, "Can't allocate memory for compression object")),
        Err((e, zs)) => return Err(zlib_error(&zs, e, "while copying compression object")),
    };
    let copy = Inner {
        stream: Some(s2),
        unused_data: inner.unused_data.clone(),
        unconsumed_tail: inner.unconsumed_tail.clone(),
        eof: inner.eof,
        zdict: inner.zdict.clone(),
    };
    Ok(make(decompress, copy))
}

builtin!(c_copy, |a| copy(a, false, "copy"));
builtin!(c_copy2, |a| copy(a, false, "__copy__"));
builtin!(c_deepcopy, |a| copy(a, false, "__deepcopy__"));
builtin!(d_copy, |a| copy(a, true, "copy"));
builtin!(d_copy2, |a| copy(a, true, "__copy__"));
builtin!(d_deepcopy, |a| copy(a, true, "__deepcopy__"));

/// CPython's `save_unconsumed_input`: after the end of the stream what is left is
/// `unused_data`; otherwise it is the new `unconsumed_tail`.
fn save_unconsumed(inner: &mut Inner, data: &[u8], left: usize, err: i32) {
    let tail = &data[data.len() - left..];
    let mut left_now = tail;
    if err == z::Z_STREAM_END && !tail.is_empty() {
        inner.unused_data.extend_from_slice(tail);
        left_now = &[];
    }
    if !left_now.is_empty() || !inner.unconsumed_tail.is_empty() {
        inner.unconsumed_tail = left_now.to_vec();
    }
}

builtin!(d_decompress, |a| {
    let st = this(a, "zlib.Decompress", "decompress")?;
    let b = unpack_keywords(&rest(a), "decompress", &["", "max_length"], 1, 1, 2)?;
    let data = data_arg(b[0].unwrap())?;
    let max_length = match b[1] {
        Some(v) => ssize(v)?,
        None => 0,
    };
    if max_length < 0 {
        return value_error("max_length must be non-negative");
    }
    let limit = if max_length == 0 { usize::MAX } else { max_length as usize };
    let mut guard = st.0.borrow_mut();
    let inner = &mut *guard;
    let zdict = inner.zdict.clone();
    let Some(s) = inner.stream.as_mut() else { return Err(ended("while decompressing data")) };
    let (out, err, left) = s.pump(&data, z::Z_SYNC_FLUSH, DEF_BUF_SIZE.min(limit), limit, zdict.as_deref())?;
    let zerr = if err != z::Z_OK && err != z::Z_BUF_ERROR && err != z::Z_STREAM_END { Some(zlib_error(&s.z, err, "while decompressing data")) } else { None };
    save_unconsumed(inner, &data, left, err);
    if err == z::Z_STREAM_END {
        inner.eof = true;
    }
    if let Some(e) = zerr {
        return Err(e);
    }
    Ok(bytes::bytes_from(out))
});

builtin!(d_flush, |a| {
    let st = this(a, "zlib.Decompress", "flush")?;
    let args = rest(a);
    no_keywords(&args, "flush")?;
    check_positional(&args, "flush", 0, 1)?;
    let length = match args.pos.first() {
        Some(&v) => ssize(v)?,
        None => DEF_BUF_SIZE as i64,
    };
    if length <= 0 {
        return value_error("length must be greater than zero");
    }
    let mut guard = st.0.borrow_mut();
    let inner = &mut *guard;
    let zdict = inner.zdict.clone();
    let data = std::mem::take(&mut inner.unconsumed_tail);
    let Some(s) = inner.stream.as_mut() else {
        inner.unconsumed_tail = data;
        return Ok(bytes::bytes_from(Vec::new()));
    };
    let flush = if data.is_empty() { z::Z_FINISH } else { z::Z_NO_FLUSH };
    let (out, err, left) = s.pump(&data, flush, length as usize, usize::MAX, zdict.as_deref())?;
    inner.unconsumed_tail = data.clone();
    save_unconsumed(inner, &data, left, err);
    if err == z::Z_STREAM_END {
        inner.eof = true;
        inner.stream = None;
    }
    Ok(bytes::bytes_from(out))
});

builtin!(d_unused_data, |a| Ok(bytes::bytes_from(this(a, "zlib.Decompress", "unused_data")?.0.borrow().unused_data.clone())));
builtin!(d_unconsumed_tail, |a| Ok(bytes::bytes_from(this(a, "zlib.Decompress", "unconsumed_tail")?.0.borrow().unconsumed_tail.clone())));
builtin!(d_eof, |a| Ok(bool_obj(this(a, "zlib.Decompress", "eof")?.0.borrow().eof)));

// The classes have no constructor in CPython.
builtin!(no_init, |a| {
    let name = a.pos.first().map(|s| s.ty().name).unwrap_or("zlib.Compress");
    type_error(format!("cannot create '{}' instances", name))
});

/// The module functions `compressobj` and `decompressobj`.
pub const COMPRESSOBJ: krait_runtime::types::BuiltinFn = compressobj_fn;
pub const DECOMPRESSOBJ: krait_runtime::types::BuiltinFn = decompressobj_fn;

/// Makes `zlib.Compress` and `zlib.Decompress`.
pub fn make_classes() -> R<()> {
    let m = native_obj::method;
    let prop = |n, f| crate::support::property(builtin_fn(n, f), None);
    let comp = native_class(
        "zlib",
        "Compress",
        vec![
            ("__init__", m("__init__", no_init)),
            ("compress", m("compress", c_compress)),
            ("flush", m("flush", c_flush)),
            ("copy", m("copy", c_copy)),
            ("__copy__", m("__copy__", c_copy2)),
            ("__deepcopy__", m("__deepcopy__", c_deepcopy)),
        ],
        new_state,
    )?;
    let decomp = native_class(
        "zlib",
        "Decompress",
        vec![
            ("__init__", m("__init__", no_init)),
            ("decompress", m("decompress", d_decompress)),
            ("flush", m("flush", d_flush)),
            ("copy", m("copy", d_copy)),
            ("__copy__", m("__copy__", d_copy2)),
            ("__deepcopy__", m("__deepcopy__", d_deepcopy)),
            ("unused_data", prop("unused_data", d_unused_data)?),
            ("unconsumed_tail", prop("unconsumed_tail", d_unconsumed_tail)?),
            ("eof", prop("eof", d_eof)?),
        ],
        new_state,
    )?;
    CLASSES.with(|c| *c.borrow_mut() = Some((comp, decomp)));
    Ok(())
}
