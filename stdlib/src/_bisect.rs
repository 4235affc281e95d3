//! The `_bisect` module (CPython's `Modules/_bisectmodule.c`): binary search and
//! insertion in sorted sequences, which `bisect.py` re-exports. The comparisons are
//! CPython's (`x < a[mid]` for the right variants, `a[mid] < x` for the left ones),
//! so objects with side-effecting or inconsistent `__lt__` see the same calls.

use crate::clinic::{ssize, unpack_keywords};
use krait_abi::CmpOp;
use krait_runtime::builtin;
use krait_runtime::call::{call1, Args};
use krait_runtime::exc::{raise, type_error, value_error};
use krait_runtime::objects::*;
use krait_runtime::types::{Kind, OVERFLOW_ERROR, TYPE_ERROR};
use krait_runtime::value::{abi, Obj, Value, R};
use krait_runtime::{class, ops};

/// `PySequence_Size`: a dict is "not a sequence".
fn seq_len(a: Value) -> R<i64> {
    if a.ty().kind == Kind::Dict && class::lookup_type(a.ty(), "__len__").is_none() {
        return Err(raise(&TYPE_ERROR, format!("{} is not a sequence", ops::type_name(a))));
    }
    Ok(ops::len(a)? as i64)
}

/// `PySequence_GetItem(a, i)` for `0 <= i`.
fn seq_item(a: Value, i: i64) -> R<Obj> {
    let ty = a.ty();
    if let Some(l) = as_list(a) {
        if !class::is_heap(ty) || class::lookup_type(ty, "__getitem__").is_none() {
            return match l.items.get(i as usize) {
                Some(&v) => Ok(v.to_owned()),
                None => Err(raise(&krait_runtime::types::INDEX_ERROR, "list index out of range")),
            };
        }
    }
    let indexable = matches!(ty.kind, Kind::List | Kind::Tuple | Kind::Str | Kind::Bytes | Kind::ByteArray | Kind::Range | Kind::MemoryView)
        || class::lookup_type(ty, "__getitem__").is_some();
    if !indexable {
        if ty.kind == Kind::Dict {
            return Err(raise(&TYPE_ERROR, format!("{} is not a sequence", ops::type_name(a))));
        }
        return type_error(format!("'{}' object does not support indexing", ops::type_name(a)));
    }
    let k = int_from_i64(i);
    ops::getitem(a, k.v())
}

/// The parsed arguments of the four functions: `(a, x, lo, hi, key)`, `hi` -1 for
/// the sequence's length as in CPython.
struct Parsed {
    a: Value,
    x: Value,
    lo: i64,
    hi: i64,
    key: Option<Value>,
}

fn parse(args: &Args, fname: &str) -> R<Parsed> {
    let b = unpack_keywords(args, fname, &["a", "x", "lo", "hi", "key"], 0, 2, 4)?;
    let lo = match b[2] {
        Some(v) => ssize(v)?,
        None => 0,
    };
    // `hi`: `_Py_convert_optional_to_ssize_t` (None, or an index clipped to an error).
    let hi = match b[3] {
        None => -1,
        Some(v) if is_none(v) => -1,
        Some(v) => {
            let i = match class::index_value(v)? {
                Some(i) => i,
                None if crate::clinic::is_int(v) => v.to_owned(),
                None => return type_error(format!("argument should be integer or None, not '{}'", ops::type_name(v))),
            };
            match crate::clinic::as_i64(i.v()) {
                Some(n) => n,
                None => return Err(raise(&OVERFLOW_ERROR, format!("cannot fit '{}' into an index-sized integer", ops::type_name(i.v())))),
            }
        }
    };
    let key = b[4].filter(|k| !is_none(*k));
    Ok(Parsed { a: b[0].unwrap(), x: b[1].unwrap(), lo, hi, key })
}

/// `internal_bisect_right` / `internal_bisect_left`: the insertion point of `item`
/// (already passed through `key` by the insort functions).
fn search(p: &Parsed, item: Value, right: bool) -> R<i64> {
    let (mut lo, mut hi) = (p.lo, p.hi);
    if lo < 0 {
        return value_error("lo must be non-negative");
    }
    if hi == -1 {
        hi = seq_len(p.a)?;
    }
    while lo < hi {
        // `lo + hi` cannot overflow as an unsigned sum (CPython's `(size_t)lo + hi`).
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        let mut litem = seq_item(p.a, mid)?;
        if let Some(k) = p.key {
            litem = call1(k, litem.v())?;
        }
        if right {
            if ops::compare_bool(CmpOp::Lt, item, litem.v())? {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        } else if ops::compare_bool(CmpOp::Lt, litem.v(), item)? {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    Ok(lo)
}

fn bisect(args: &Args, fname: &str, right: bool) -> R<Obj> {
    let p = parse(args, fname)?;
    Ok(int_from_i64(search(&p, p.x, right)?))
}

/// `insort_*`: the search on `key(x)`, then `list.insert` (the method, for anything
/// but an exact list).
fn insort(args: &Args, fname: &str, right: bool) -> R<Obj> {
    let p = parse(args, fname)?;
    let index = match p.key {
        None => search(&p, p.x, right)?,
        Some(k) => {
            let kx = call1(k, p.x)?;
            search(&p, kx.v(), right)?
        }
    };
    if std::ptr::eq(p.a.ty(), &krait_runtime::types::LIST_TYPE) {
        let l = as_list(p.a).unwrap();
        let n = l.items.len() as i64;
        let at = if index < 0 { (index + n).max(0) } else { index.min(n) };
        l.items.insert(at as usize, p.x.to_owned().into_raw());
    } else {
        let i = int_from_i64(index);
        ops::call_method(p.a, "insert", &Args::positional(&[i.v(), p.x]))?;
    }
    Ok(none())
}

builtin!(bisect_right, |a| bisect(a, "bisect_right", true));
builtin!(bisect_left, |a| bisect(a, "bisect_left", false));
builtin!(insort_right, |a| insort(a, "insort_right", true));
builtin!(insort_left, |a| insort(a, "insort_left", false));

/// `import _bisect`.
#[no_mangle]
pub extern "C" fn krait_module__bisect() -> Value {
    abi(krait_runtime::sysmod::new_module(
        "_bisect",
        vec![
            ("__doc__", str_from("Bisection algorithms.\n\nThis module provides support for maintaining a list in sorted order without\nhaving to sort the list after each insertion. For long lists of items with\nexpensive comparison operations, this can be an improvement over the more\ncommon approach.\n")),
            ("bisect_left", builtin_fn("bisect_left", bisect_left)),
            ("bisect_right", builtin_fn("bisect_right", bisect_right)),
            ("insort_left", builtin_fn("insort_left", insort_left)),
            ("insort_right", builtin_fn("insort_right", insort_right)),
        ],
    ))
}
