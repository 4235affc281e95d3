//! `bytearray`: mutable byte strings — the constructor forms, item and slice
//! assignment and deletion, `append`/`extend`/`insert`/`pop`/`remove`/`clear`/
//! `reverse`/`copy`, `+=` and `*=`, every `bytes` method (returning bytearrays),
//! comparisons with bytes, and the export count that keeps a bytearray from being
//! resized while a `memoryview` looks at it (BufferError, as in CPython).

use crate::bytes::{buffer, byte_value};
use crate::call::Args;
use crate::exc::{raise, type_error};
use crate::objects::*;
use crate::ops;
use crate::types::*;
use crate::value::{Header, Obj, Value, R};
use krait_abi::BinOp;
use std::cell::Cell;

#[repr(C)]
pub struct ByteArrayObj {
    pub head: Header,
    pub b: Vec<u8>,
    /// How many memoryviews look at the contents (which may then not be resized).
    pub exports: Cell<usize>,
}

pub fn bytearray_from(b: Vec<u8>) -> Obj {
    Obj::from_box(Box::new(ByteArrayObj { head: Header::new(&BYTEARRAY_TYPE), b, exports: Cell::new(0) }))
}

fn obj<'a>(v: Value) -> &'a mut ByteArrayObj {
    debug_assert!(v.ty().kind == Kind::ByteArray);
    unsafe { v.as_mut::<ByteArrayObj>() }
}

/// The contents of a bytearray.
pub fn data<'a>(v: Value) -> &'a [u8] {
    &obj(v).b
}

/// Byte `i` of a bytearray or memoryview, for iteration (`None` past the end).
pub fn item_at(v: Value, i: usize) -> R<Option<u8>> {
    if v.ty().kind == Kind::ByteArray {
        return Ok(data(v).get(i).copied());
    }
    crate::memoryview::item_at(v, i)
}

/// The contents for writing; `resize` checks that no memoryview is exported.
fn data_mut<'a>(v: Value, resize: bool) -> R<&'a mut Vec<u8>> {
    let o = obj(v);
    if resize && o.exports.get() > 0 {
        return Err(raise(&BUFFER_ERROR, "Existing exports of data: object cannot be re-sized"));
    }
    Ok(&mut o.b)
}

/// Registers (`+1`) or drops (`-1`) a memoryview of the bytearray.
pub fn export(v: Value, delta: isize) {
    let o = obj(v);
    o.exports.set((o.exports.get() as isize + delta).max(0) as usize);
}

/// `repr(ba)`: as CPython's `bytearray_repr`, which prefers single quotes, takes double
/// quotes when a `'` comes before any `"`, and escapes `'` either way.
pub fn repr(v: Value) -> String {
    let b = data(v);
    let mut quote = '\'';
    for &c in b {
        if c == b'"' {
            quote = '\'';
            break;
        } else if c == b'\'' {
            quote = '"';
        }
    }
    let mut s = String::from("bytearray(b");
    s.push(quote);
    for &c in b {
        match c {
            b'\'' | b'\\' => {
                s.push('\\');
                s.push(c as char);
            }
            b'\t' => s.push_str("\\t"),
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            0x20..=0x7e => s.push(c as char),
            _ => s.push_str(&format!("\\x{:02x}", c)),
        }
    }
    s.push(quote);
    s.push(')');
    s
}

/// `+` and `*` with a bytearray operand.
pub fn binary(op: BinOp, a: Value, b: Value) -> R<Option<Obj>> {
    match op {
        BinOp::Add if a.ty().kind == Kind::ByteArray => match buffer(b)? {
            Some(y) => Ok(Some(bytearray_from([data(a), &y[..]].concat()))),
            None => type_error(format!("can't concat {} to bytearray", ops::type_name(b))),
        },
        BinOp::Mul => {
            let (s, n) = if a.ty().kind == Kind::ByteArray { (a, b) } else { (b, a) };
            match crate::bytes::repeat_count(n)? {
                Some(k) => Ok(Some(bytearray_from(crate::bytes::repeat(data(s), k)?))),
                None => Ok(None),
            }
        }
        BinOp::Mod if a.ty().kind == Kind::ByteArray => crate::bytes_percent::format(a, b).map(Some),
        _ => Ok(None),
    }
}

/// `ba += x`, `ba *= n`: in place; `Ok(None)` for other operators.
pub fn inplace(op: BinOp, a: Value, b: Value) -> R<Option<Obj>> {
    match op {
        BinOp::Add => {
            let Some(y) = buffer(b)?.map(|c| c.into_owned()) else {
                return type_error(format!("can't concat {} to bytearray", ops::type_name(b)));
            };
            if !y.is_empty() {
                data_mut(a, true)?.extend_from_slice(&y);
            }
            Ok(Some(a.to_owned()))
        }
        BinOp::Mul => {
            let Some(k) = crate::bytes::repeat_count(b)? else {
                return type_error(format!("can't multiply sequence by non-int of type '{}'", ops::type_name(b)));
            };
            let cur = data(a).to_vec();
            if k != 1 && !cur.is_empty() {
                let r = crate::bytes::repeat(&cur, k)?;
                *data_mut(a, true)? = r;
            }
            Ok(Some(a.to_owned()))
        }
        _ => Ok(None),
    }
}

pub fn getitem(o: Value, k: Value) -> R<Obj> {
    crate::bytes::getitem_of(data(o), k, "bytearray", bytearray_from)
}

/// The index of an item assignment or deletion, or IndexError.
fn item_index(k: Value, len: usize) -> R<Option<usize>> {
    let idx = crate::class::index_value(k)?;
    let kv = idx.as_ref().map(|o| o.v()).unwrap_or(k);
    if !crate::num::is_int(kv) {
        return Ok(None);
    }
    match crate::seq::index_of(kv, len)? {
        Some(i) => Ok(Some(i)),
        None => Err(raise(&INDEX_ERROR, "bytearray index out of range")),
    }
}

/// The contents of the right side of a slice assignment.
fn assigned_bytes(v: Value) -> R<Vec<u8>> {
    if let Some(b) = buffer(v)? {
        return Ok(b.into_owned());
    }
    if as_str(v).is_some() || crate::num::is_int(v) || crate::class::index_value(v)?.is_some() {
        return type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    }
    let items = match ops::collect(v) {
        Ok(i) => i,
        Err(e) => {
            if crate::exc::current_is(&TYPE_ERROR) {
                crate::exc::clear_current();
                return type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            }
            return Err(e);
        }
    };
    items.iter().map(|x| byte_value(x.v())).collect()
}

/// `ba[k] = v`.
pub fn setitem(o: Value, k: Value, v: Value) -> R<()> {
    if let Some(s) = as_slice(k) {
        let new = assigned_bytes(v)?;
        let len = data(o).len();
        let (start, stop, step, n) = crate::seq::slice_indices(s, len)?;
        if step == 1 {
            let start = start as usize;
            let stop = (stop.max(start as isize)) as usize;
            let resize = stop - start != new.len();
            data_mut(o, resize)?.splice(start..stop, new);
            return Ok(());
        }
        if new.len() != n {
            return Err(raise(&VALUE_ERROR, format!("attempt to assign bytes of size {} to extended slice of size {}", new.len(), n)));
        }
        let d = data_mut(o, false)?;
        for (j, c) in new.into_iter().enumerate() {
            d[(start + j as isize * step) as usize] = c;
        }
        return Ok(());
    }
    match item_index(k, data(o).len())? {
        Some(i) => {
            let c = byte_value(v)?;
            data_mut(o, false)?[i] = c;
            Ok(())
        }
        None => type_error(format!("bytearray indices must be integers or slices, not {}", ops::type_name(k))),
    }
}

/// `del ba[k]`.
pub fn delitem(o: Value, k: Value) -> R<()> {
    if let Some(s) = as_slice(k) {
        let len = data(o).len();
        let (start, _stop, step, n) = crate::seq::slice_indices(s, len)?;
        if n == 0 {
            return Ok(());
        }
        let d = data_mut(o, true)?;
        let mut drop = vec![false; len];
        for j in 0..n {
            drop[(start + j as isize * step) as usize] = true;
        }
        let mut i = 0;
        d.retain(|_| {
            i += 1;
            !drop[i - 1]
        });
        return Ok(());
    }
    match item_index(k, data(o).len())? {
        Some(i) => {
            data_mut(o, true)?.remove(i);
            Ok(())
        }
        None => type_error(format!("bytearray indices must be integers or slices, not {}", ops::type_name(k))),
    }
}

/// The methods of `bytearray` beyond those of `bytes`.
pub const OWN_METHODS: &[&str] = &["append", "clear", "copy", "extend", "insert", "pop", "remove", "reverse", "__alloc__"];

/// The method names of `bytearray`.
pub fn methods() -> &'static [&'static str] {
    static ALL: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    ALL.get_or_init(|| crate::bytes_methods::METHODS.iter().chain(OWN_METHODS).copied().collect())
}

fn no_args(a: &Args, name: &str) -> R<()> {
    a.no_kwargs(&format!("bytearray.{}", name))?;
    if !a.pos.is_empty() {
        return type_error(format!("bytearray.{}() takes no arguments ({} given)", name, a.pos.len()));
    }
    Ok(())
}

fn one_arg(a: &Args, name: &str) -> R<Value> {
    a.no_kwargs(&format!("bytearray.{}", name))?;
    if a.pos.len() != 1 {
        return type_error(format!("bytearray.{}() takes exactly one argument ({} given)", name, a.pos.len()));
    }
    Ok(a.pos[0])
}

/// A method of a bytearray; `Ok(None)` for unknown names.
pub fn call_method(o: Value, name: &str, a: &Args) -> R<Option<Obj>> {
    Ok(Some(match name {
        "append" => {
            let c = byte_value(one_arg(a, name)?)?;
            data_mut(o, true)?.push(c);
            none()
        }
        "extend" => {
            let x = one_arg(a, name)?;
            let new = match buffer(x)? {
                Some(b) => b.into_owned(),
                None => {
                    if as_str(x).is_some() {
                        // CPython iterates the str and fails on its first item.
                        return type_error("'str' object cannot be interpreted as an integer");
                    }
                    let it = match ops::iter(x) {
                        Ok(it) => it,
                        Err(e) => {
                            if crate::exc::current_is(&TYPE_ERROR) {
                                crate::exc::clear_current();
                                return type_error(format!("can't extend bytearray with {}", ops::type_name(x)));
                            }
                            return Err(e);
                        }
                    };
                    let mut out = vec![];
                    while let Some(item) = ops::next(it.v())? {
                        out.push(byte_value(item.v())?);
                    }
                    out
                }
            };
            if !new.is_empty() {
                data_mut(o, true)?.extend_from_slice(&new);
            }
            none()
        }
        "insert" => {
            a.no_kwargs("insert")?;
            a.arity("insert", 2, 2)?;
            let i = crate::bytes_methods::ssize(a.pos[0])?;
            let c = byte_value(a.pos[1])?;
            let d = data_mut(o, true)?;
            let n = d.len() as i64;
            let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
            d.insert(i as usize, c);
            none()
        }
        "pop" => {
            a.no_kwargs("pop")?;
            a.arity("pop", 0, 1)?;
            let i = match a.pos.first() {
                Some(&v) => crate::bytes_methods::ssize(v)?,
                None => -1,
            };
            let n = data(o).len() as i64;
            if n == 0 {
                return Err(raise(&INDEX_ERROR, "pop from empty bytearray"));
            }
            let j = if i < 0 { i + n } else { i };
            if j < 0 || j >= n {
                return Err(raise(&INDEX_ERROR, "pop index out of range"));
            }
            let c = data_mut(o, true)?.remove(j as usize);
            int_from_i64(c as i64)
        }
        "remove" => {
            let c = byte_value(one_arg(a, name)?)?;
            match data(o).iter().position(|&x| x == c) {
                Some(i) => {
                    data_mut(o, true)?.remove(i);
                }
                None => return Err(raise(&VALUE_ERROR, "value not found in bytearray")),
            }
            none()
        }
        "clear" => {
            no_args(a, name)?;
            data_mut(o, true)?.clear();
            none()
        }
        "reverse" => {
            no_args(a, name)?;
            data_mut(o, false)?.reverse();
            none()
        }
        "copy" => {
            no_args(a, name)?;
            bytearray_from(data(o).to_vec())
        }
        "__alloc__" => {
            no_args(a, name)?;
            let d = &obj(o).b;
            int_from_i64(if d.is_empty() { 0 } else { d.capacity().max(d.len() + 1) as i64 })
        }
        _ => {
            // Copied, because a method may run Python code that changes the bytearray.
            let contents = data(o).to_vec();
            return crate::bytes_methods::call_method(&contents, true, name, a);
        }
    }))
}

/// `bytearray()`, `bytearray(n)`, `bytearray(iterable of ints)`, `bytearray(str, encoding)`,
/// `bytearray(bytes-like)`.
pub unsafe extern "C" fn bytearray_new(args: *const Value, nargs: i64, kwnames: Value) -> Value {
    let a = Args::from_abi(args, nargs, kwnames);
    crate::value::abi(crate::bytes::from_source(&a, "bytearray").map(bytearray_from))
}
