//! The sequence and call functions of `_operator`: `concat`, `contains`, `countOf`,
//! `indexOf`, item access, `length_hint`, `call` and `_compare_digest`.

use super::funcs::two;
use crate::support::*;
use krait_abi::BinOp;
use krait_runtime::call::{call, Args};
use krait_runtime::exc::{clear_current, current_is, raise};
use krait_runtime::objects::*;
use krait_runtime::ops;
use krait_runtime::types::{Kind, TYPE_ERROR, VALUE_ERROR};
use krait_runtime::value::{Obj, Value, R};

/// Does `v` support concatenation (CPython's `sq_concat`)?
fn is_sequence(v: Value) -> bool {
    if v.is_small() {
        return false;
    }
    if krait_runtime::class::is_heap(v.ty()) && krait_runtime::class::lookup_type(v.ty(), "__getitem__").is_some() {
        return true;
    }
    matches!(v.ty().kind, Kind::Str | Kind::List | Kind::Tuple | Kind::Bytes | Kind::ByteArray)
}

fn concat(a: &Args, name: &str, inplace: bool) -> R<Obj> {
    let (x, y) = two(a, name)?;
    if !is_sequence(x) {
        return type_err(&format!("'{}' object can't be concatenated", x.ty().name));
    }
    if inplace {
        ops::inplace(BinOp::Add, x, y)
    } else {
        ops::binary(BinOp::Add, x, y)
    }
}

krait_runtime::builtin!(op_concat, |a| concat(a, "concat", false));
krait_runtime::builtin!(op_iconcat, |a| concat(a, "iconcat", true));
krait_runtime::builtin!(op_contains, |a| {
    let (x, y) = two(a, "contains")?;
    Ok(bool_obj(ops::contains(x, y)?))
});

/// Counts the items of `seq` equal to `x`, or finds the first (`first`).
fn search(seq: Value, x: Value, first: bool) -> R<Option<i64>> {
    let it = match ops::iter(seq) {
        Ok(it) => it,
        Err(e) => {
            if current_is(&TYPE_ERROR) {
                clear_current();
                return type_err(&format!("argument of type '{}' is not iterable", seq.ty().name));
            }
            return Err(e);
        }
    };
    let mut n = 0;
    let mut i = 0;
    while let Some(item) = ops::next(it.v())? {
        if krait_runtime::seq::item_eq(item.v(), x)? {
            if first {
                return Ok(Some(i));
            }
            n += 1;
        }
        i += 1;
    }
    Ok(if first { None } else { Some(n) })
}

krait_runtime::builtin!(op_count_of, |a| {
    let (s, x) = two(a, "countOf")?;
    Ok(int_from_i64(search(s, x, false)?.unwrap()))
});
krait_runtime::builtin!(op_index_of, |a| {
    let (s, x) = two(a, "indexOf")?;
    match search(s, x, true)? {
        Some(i) => Ok(int_from_i64(i)),
        None => Err(raise(&VALUE_ERROR, "sequence.index(x): x not in sequence")),
    }
});
krait_runtime::builtin!(op_getitem, |a| {
    let (s, k) = two(a, "getitem")?;
    ops::getitem(s, k)
});
krait_runtime::builtin!(op_setitem, |a| {
    no_keywords(a, "_operator.setitem")?;
    check_positional(a, "setitem", 3, 3)?;
    ops::setitem(a.pos[0], a.pos[1], a.pos[2])?;
    Ok(none())
});
krait_runtime::builtin!(op_delitem, |a| {
    let (s, k) = two(a, "delitem")?;
    ops::delitem(s, k)?;
    Ok(none())
});

// `PyObject_LengthHint`: `len()`, else `__length_hint__()`, else the default.
krait_runtime::builtin!(op_length_hint, |a| {
    no_keywords(a, "_operator.length_hint")?;
    check_positional(a, "length_hint", 1, 2)?;
    let default = match a.pos.get(1) {
        Some(&d) => crate::support::ssize(d)?,
        None => 0,
    };
    let o = a.pos[0];
    match ops::len(o) {
        Ok(n) => return Ok(int_from_i64(n as i64)),
        Err(e) => {
            if !current_is(&TYPE_ERROR) {
                return Err(e);
            }
            clear_current();
        }
    }
    let r = match ops::call_method(o, "__length_hint__", &Args::positional(&[])) {
        Ok(r) => r,
        Err(e) => {
            if !current_is(&krait_runtime::types::ATTRIBUTE_ERROR) {
                return Err(e);
            }
            clear_current();
            return Ok(int_from_i64(default));
        }
    };
    if r.v() == not_implemented().v() {
        return Ok(int_from_i64(default));
    }
    if !krait_runtime::seq::is_int(r.v()) {
        return type_err(&format!("__length_hint__ must be an integer, not {}", r.v().ty().name));
    }
    let n = crate::support::ssize(r.v())?;
    if n < 0 {
        return Err(raise(&VALUE_ERROR, "__length_hint__() should return >= 0"));
    }
    Ok(int_from_i64(n))
});

krait_runtime::builtin!(op_call, |a| {
    let Some((&f, rest)) = a.pos.split_first() else {
        return type_err(&format!("call expected at least 1 argument, got {}", a.pos.len()));
    };
    call(f, &Args { pos: rest, kwnames: a.kwnames, kwvals: a.kwvals })
});

// `_compare_digest(a, b)`: equality of two ASCII strs or two bytes-like objects.
krait_runtime::builtin!(op_compare_digest, |a| {
    let (x, y) = two(a, "_compare_digest")?;
    if let (Some(s), Some(t)) = (as_str(x), as_str(y)) {
        if !s.s.is_ascii() || !t.s.is_ascii() {
            return type_err("comparing strings with non-ASCII characters is not supported");
        }
        return Ok(bool_obj(equal_bytes(s.s.as_bytes(), t.s.as_bytes())));
    }
    if !krait_runtime::bytes::is_bytes_like(x) && !krait_runtime::bytes::is_bytes_like(y) {
        return type_err(&format!("unsupported operand types(s) or combination of types: '{}' and '{}'", x.ty().name, y.ty().name));
    }
    let bx = krait_runtime::bytes::buffer_arg(x)?;
    let by = krait_runtime::bytes::buffer_arg(y)?;
    Ok(bool_obj(equal_bytes(&bx, &by)))
});

/// Equality in time that depends only on the length of `b`, as CPython's.
fn equal_bytes(a: &[u8], b: &[u8]) -> bool {
    let mut diff = (a.len() != b.len()) as u8;
    let left = if a.len() == b.len() { a } else { b };
    for (x, y) in left.iter().zip(b) {
        diff |= x ^ y;
    }
    diff == 0
}

/// The functions defined here.
pub fn attrs(out: &mut Attrs) {
    let fs: [(&'static str, krait_runtime::types::BuiltinFn); 11] = [
        ("concat", op_concat),
        ("iconcat", op_iconcat),
        ("contains", op_contains),
        ("countOf", op_count_of),
        ("indexOf", op_index_of),
        ("getitem", op_getitem),
        ("setitem", op_setitem),
        ("delitem", op_delitem),
        ("length_hint", op_length_hint),
        ("call", op_call),
        ("_compare_digest", op_compare_digest),
    ];
    for (n, f) in fs {
        out.push((n, builtin_fn(n, f)));
    }
}
