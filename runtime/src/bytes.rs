//! `bytes`: immutable byte strings — literals, `bytes(...)`, `str.encode`/`decode`
//! (UTF-8, ASCII, Latin-1), repr, comparison, hashing, indexing (ints), slicing,
//! iteration, `+`, `*`, `in` — and what every bytes-like type shares: reading the
//! contents of bytes, `bytearray` and `memoryview` objects ([`buffer`]). The methods
//! live in `bytes_methods`, `%` formatting in `bytes_percent`.

use crate::call::Args;
use crate::exc::{raise, type_error};
use crate::objects::*;
use crate::ops;
use crate::types::*;
use crate::value::{Header, Obj, Value, R};
use krait_abi::{BinOp, CmpOp};
use std::borrow::Cow;

#[repr(C)]
pub struct BytesObj {
    pub head: Header,
    pub b: Box<[u8]>,
}

/// The contents of a `bytes` object (not of other bytes-like objects).
pub fn as_bytes<'a>(v: Value) -> Option<&'a [u8]> {
    if !v.is_small() && !v.is_null() && v.ty().kind == Kind::Bytes {
        Some(&unsafe { v.as_ref::<BytesObj>() }.b)
    } else {
        None
    }
}

pub fn bytes_from(b: impl Into<Box<[u8]>>) -> Obj {
    Obj::from_box(Box::new(BytesObj { head: Header::new(&BYTES_TYPE), b: b.into() }))
}

/// Is `v` a bytes, bytearray or memoryview?
pub fn is_bytes_like(v: Value) -> bool {
    !v.is_small() && !v.is_null() && matches!(v.ty().kind, Kind::Bytes | Kind::ByteArray | Kind::MemoryView)
}

/// The contents of a bytes-like object (the buffer protocol): `Ok(None)` for other
/// objects, ValueError for a released memoryview. Borrowed contents must not be held
/// across calls into Python code, which could resize a bytearray.
pub fn buffer<'a>(v: Value) -> R<Option<Cow<'a, [u8]>>> {
    if v.is_small() || v.is_null() {
        return Ok(None);
    }
    Ok(match v.ty().kind {
        Kind::Bytes => Some(Cow::Borrowed(as_bytes(v).unwrap())),
        Kind::ByteArray => Some(Cow::Borrowed(crate::bytearray::data(v))),
        Kind::MemoryView => Some(crate::memoryview::contents(v)?),
        _ => None,
    })
}

/// The contents of a bytes-like argument, or CPython's TypeError for other objects.
pub fn buffer_arg(v: Value) -> R<Vec<u8>> {
    match buffer(v)? {
        Some(b) => Ok(b.into_owned()),
        None => type_error(format!("a bytes-like object is required, not '{}'", ops::type_name(v))),
    }
}

/// A bytes constant (made immortal by the caller's module initialisation).
#[no_mangle]
pub unsafe extern "C" fn rt_const_bytes(p: *const u8, n: i64) -> Value {
    let b = std::slice::from_raw_parts(p, n as usize).to_vec();
    let o = bytes_from(b).into_raw();
    *(*o.header()).rc.0.get() = crate::value::RefCnt::IMMORTAL;
    o
}

/// The repr of a byte string, `b'...'`: CPython's quoting and escapes.
pub fn repr_of(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut s = String::from("b");
    s.push(quote);
    for &c in b {
        match c {
            b'\\' => s.push_str("\\\\"),
            b'\t' => s.push_str("\\t"),
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            c if c as char == quote => {
                s.push('\\');
                s.push(quote);
            }
            0x20..=0x7e => s.push(c as char),
            _ => s.push_str(&format!("\\x{:02x}", c)),
        }
    }
    s.push(quote);
    s
}

/// `repr(b)`.
pub fn repr(v: Value) -> String {
    repr_of(as_bytes(v).unwrap())
}

/// `hash(b)`: as `str` hashes its text, so `hash(b"a")` is consistent within a run.
pub fn hash(v: Value) -> i64 {
    hash_of(as_bytes(v).unwrap())
}

/// The hash of a byte string (bytes and read-only memoryviews hash alike).
pub fn hash_of(b: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &c in b {
        h ^= c as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

fn ordering(op: CmpOp, x: &[u8], y: &[u8]) -> bool {
    match op {
        CmpOp::Lt => x < y,
        CmpOp::Le => x <= y,
        CmpOp::Eq => x == y,
        CmpOp::Ne => x != y,
        CmpOp::Gt => x > y,
        CmpOp::Ge => x >= y,
    }
}

/// Comparisons between bytes-like objects: bytes with bytes, and bytearray with any
/// bytes-like object, compare their contents in every order; a memoryview supports
/// `==` and `!=` only (a released one equals only itself). `Ok(None)`: not supported.
pub fn compare(op: CmpOp, a: Value, b: Value) -> R<Option<bool>> {
    if !is_bytes_like(a) || !is_bytes_like(b) {
        return Ok(None);
    }
    let (ka, kb) = (a.ty().kind, b.ty().kind);
    let eq_only = matches!(op, CmpOp::Eq | CmpOp::Ne);
    if ka == Kind::MemoryView || kb == Kind::MemoryView {
        let bytearray_involved = ka == Kind::ByteArray || kb == Kind::ByteArray;
        if !eq_only && !bytearray_involved {
            return Ok(None);
        }
        let released = |v: Value| v.ty().kind == Kind::MemoryView && crate::memoryview::is_released(v);
        if released(a) || released(b) {
            if !eq_only {
                return Err(raise(&VALUE_ERROR, "operation forbidden on released memoryview object"));
            }
            return Ok(Some((a == b) == (op == CmpOp::Eq)));
        }
        if eq_only {
            // Views compare their items in their formats and shapes.
            return Ok(Some(crate::memoryview::equal(a, b)? == (op == CmpOp::Eq)));
        }
    }
    let (x, y) = (buffer(a)?.unwrap(), buffer(b)?.unwrap());
    Ok(Some(ordering(op, &x, &y)))
}

/// `+` and `*` on bytes (`%` is `bytes_percent`).
pub fn binary(op: BinOp, a: Value, b: Value) -> R<Option<Obj>> {
    match op {
        BinOp::Add => match (as_bytes(a), buffer(b)?) {
            (Some(x), Some(y)) => Ok(Some(bytes_from([x, &y[..]].concat()))),
            (Some(_), None) => type_error(format!("can't concat {} to bytes", ops::type_name(b))),
            _ => Ok(None),
        },
        BinOp::Mul => {
            let (s, n) = match (as_bytes(a), as_bytes(b)) {
                (Some(x), None) => (x, b),
                (None, Some(y)) => (y, a),
                _ => return Ok(None),
            };
            match repeat_count(n)? {
                Some(k) => Ok(Some(bytes_from(repeat(s, k)?))),
                None => Ok(None),
            }
        }
        BinOp::Mod if as_bytes(a).is_some() => crate::bytes_percent::format(a, b).map(Some),
        _ => Ok(None),
    }
}

/// The count of a repetition: `Ok(None)` when `n` is not an int.
pub fn repeat_count(n: Value) -> R<Option<i64>> {
    match crate::num::to_i64(n) {
        Ok(Some(k)) => Ok(Some(k.max(0))),
        Ok(None) => Ok(None),
        Err(e) => {
            // A repetition too large to represent cannot be allocated either.
            if crate::exc::current_is(&OVERFLOW_ERROR) {
                crate::exc::clear_current();
                return Err(raise(&OVERFLOW_ERROR, "cannot fit 'int' into an index-sized integer"));
            }
            Err(e)
        }
    }
}

/// `s * k`, raising MemoryError for results no machine could hold.
pub fn repeat(s: &[u8], k: i64) -> R<Vec<u8>> {
    if k > 0 && s.len() as u64 > (isize::MAX as u64) / (k as u64) {
        return Err(crate::exc::raise(&MEMORY_ERROR, ""));
    }
    Ok(s.repeat(k as usize))
}

/// `data[k]` for a bytes-like type named `tyname`: an int, or `make` of a slice.
pub fn getitem_of(data: &[u8], k: Value, tyname: &str, make: impl Fn(Vec<u8>) -> Obj) -> R<Obj> {
    if let Some(s) = as_slice(k) {
        let (start, _stop, step, n) = crate::seq::slice_indices(s, data.len())?;
        let mut out = Vec::with_capacity(n);
        let mut i = start as i64;
        for _ in 0..n {
            out.push(data[i as usize]);
            i += step as i64;
        }
        return Ok(make(out));
    }
    let (out_of_range, indices) = if tyname == "bytes" { ("index out of range", "byte") } else { ("bytearray index out of range", "bytearray") };
    match crate::seq::index_of(k, data.len()) {
        Ok(Some(i)) => Ok(int_from_i64(data[i] as i64)),
        Ok(None) => Err(raise(&INDEX_ERROR, out_of_range)),
        Err(e) => {
            if crate::exc::current_is(&TYPE_ERROR) {
                crate::exc::clear_current();
                return type_error(format!("{} indices must be integers or slices, not {}", indices, ops::type_name(k)));
            }
            Err(e)
        }
    }
}

pub fn getitem(o: Value, k: Value) -> R<Obj> {
    getitem_of(as_bytes(o).unwrap(), k, "bytes", bytes_from)
}

/// `x in data` for bytes-like containers: a bytes-like substring or a byte value.
pub fn contains_in(data: &[u8], x: Value) -> R<bool> {
    if let Some(y) = buffer(x)? {
        return Ok(y.is_empty() || data.windows(y.len()).any(|w| w == &y[..]));
    }
    Ok(data.contains(&byte_value(x)?))
}

pub fn contains(o: Value, x: Value) -> R<bool> {
    contains_in(as_bytes(o).unwrap(), x)
}

/// An int in `range(256)` (a byte value): `__index__` objects are accepted, other
/// objects are a TypeError, and ints out of range a ValueError.
pub fn byte_value(x: Value) -> R<u8> {
    let idx = crate::class::index_value(x)?;
    let v = idx.as_ref().map(|o| o.v()).unwrap_or(x);
    if !crate::num::is_int(v) {
        return type_error(format!("'{}' object cannot be interpreted as an integer", ops::type_name(x)));
    }
    match crate::num::to_i64(v) {
        Ok(Some(n)) if (0..256).contains(&n) => Ok(n as u8),
        Ok(_) => Err(raise(&VALUE_ERROR, "byte must be in range(0, 256)")),
        Err(_) => {
            // An int too large for a machine word is out of range too.
            crate::exc::clear_current();
            Err(raise(&VALUE_ERROR, "byte must be in range(0, 256)"))
        }
    }
}

/// `b.decode(encoding, errors)` on the contents of any bytes-like object.
pub fn decode_bytes(b: &[u8], encoding: &str, errors: &str) -> R<Obj> {
    crate::codecs::decode_bytes(b, encoding, errors)
}

/// `str.encode(encoding, errors)`.
pub fn encode(s: &str, encoding: &str, errors: &str) -> R<Obj> {
    encode_vec(s, encoding, errors).map(bytes_from)
}

/// The bytes of `str.encode(encoding, errors)`.
pub fn encode_vec(s: &str, encoding: &str, errors: &str) -> R<Vec<u8>> {
    crate::codecs::encode_str(s, encoding, errors)
}

/// The contents `bytes(...)` or `bytearray(...)` (`what`) makes of its arguments:
/// nothing, a str with an encoding, a count of zero bytes, a bytes-like object, or an
/// iterable of ints.
pub fn from_source(a: &Args, what: &str) -> R<Vec<u8>> {
    let b = a.bind(what, &["source", "encoding", "errors"], 0)?;
    let text_arg = |v: Option<Value>, name: &str| -> R<Option<String>> {
        match v {
            None => Ok(None),
            Some(v) => match as_str(v) {
                Some(s) => Ok(Some(s.s.to_string())),
                None => type_error(format!("{}() argument '{}' must be str, not {}", what, name, ops::arg_type_name(v))),
            },
        }
    };
    let enc = text_arg(b[1], "encoding")?;
    let errors = text_arg(b[2], "errors")?;
    let Some(x) = b[0] else {
        if enc.is_some() {
            return type_error("encoding without a string argument");
        }
        if errors.is_some() {
            return type_error("errors without a string argument");
        }
        return Ok(Vec::new());
    };
    if let Some(s) = as_str(x) {
        let Some(enc) = enc else {
            return type_error("string argument without an encoding");
        };
        return encode_vec(&s.s, &enc, errors.as_deref().unwrap_or("strict"));
    }
    if enc.is_some() {
        return type_error("encoding without a string argument");
    }
    if errors.is_some() {
        return type_error("errors without a string argument");
    }
    if what == "bytes" {
        if let Some(r) = crate::class::dunder(x, "__bytes__", &[])? {
            return match as_bytes(r.v()) {
                Some(b) => Ok(b.to_vec()),
                None => type_error(format!("__bytes__ returned non-bytes (type {})", ops::type_name(r.v()))),
            };
        }
    }
    if let Some(b) = buffer(x)? {
        return Ok(b.into_owned());
    }
    let idx = crate::class::index_value(x)?;
    let n = idx.as_ref().map(|o| o.v()).unwrap_or(x);
    if crate::num::is_int(n) {
        let n = match crate::num::to_i64(n) {
            Ok(Some(n)) => n,
            _ => {
                crate::exc::clear_current();
                return Err(raise(&OVERFLOW_ERROR, "cannot fit 'int' into an index-sized integer"));
            }
        };
        if n < 0 {
            return Err(raise(&VALUE_ERROR, "negative count"));
        }
        if n as u64 > isize::MAX as u64 / 2 {
            return Err(raise(&MEMORY_ERROR, ""));
        }
        return Ok(vec![0u8; n as usize]);
    }
    let it = match ops::iter(x) {
        Ok(it) => it,
        Err(e) => {
            if crate::exc::current_is(&TYPE_ERROR) {
                crate::exc::clear_current();
                return type_error(format!("cannot convert '{}' object to {}", ops::type_name(x), what));
            }
            return Err(e);
        }
    };
    let mut out = Vec::new();
    while let Some(item) = ops::next(it.v())? {
        match byte_value(item.v()) {
            Ok(c) => out.push(c),
            Err(e) => {
                if what == "bytes" && crate::exc::current_is(&VALUE_ERROR) {
                    crate::exc::clear_current();
                    return Err(raise(&VALUE_ERROR, "bytes must be in range(0, 256)"));
                }
                return Err(e);
            }
        }
    }
    Ok(out)
}

/// `bytes()`, `bytes(n)`, `bytes(iterable of ints)`, `bytes(str, encoding)`, `bytes(obj)`
/// with `__bytes__`.
pub unsafe extern "C" fn bytes_new(args: *const Value, nargs: i64, kwnames: Value) -> Value {
    let a = Args::from_abi(args, nargs, kwnames);
    crate::value::abi((|| {
        if a.pos.len() == 1 && a.kwnames.is_empty() && as_bytes(a.pos[0]).is_some() && a.pos[0].ty().heap.is_null() {
            return Ok(a.pos[0].to_owned());
        }
        from_source(&a, "bytes").map(bytes_from)
    })())
}
