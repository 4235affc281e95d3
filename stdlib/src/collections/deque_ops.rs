//! `collections.deque`: reading (`count`, `index`, subscripts, `in`), `repr`,
//! comparisons, `+`/`*` and their in-place forms, and the iterator types
//! `_collections._deque_iterator` and `_collections._deque_reverse_iterator`.

use super::deque::{copy, Deque};
use crate::support::*;
use krait_abi::CmpOp;
use krait_runtime::call::Args;
use krait_runtime::exc::raise;
use krait_runtime::native_iter::{NativeIter, Slot};
use krait_runtime::native_obj::state;
use krait_runtime::objects::*;
use krait_runtime::types::{BuiltinFn, INDEX_ERROR, RUNTIME_ERROR, VALUE_ERROR};
use krait_runtime::value::{Obj, Value, R};
use std::cell::Cell;

/// An index into a deque of length `len` (negative from the end), or IndexError.
fn item_index(k: Value, len: usize) -> R<usize> {
    let Some(i) = index_of(k)? else {
        return type_err(&format!("sequence index must be integer, not '{}'", k.ty().name));
    };
    let i = crate::support::ssize(i.v())?;
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(raise(&INDEX_ERROR, "deque index out of range"));
    }
    Ok(j as usize)
}

method!(deque_len, Deque, "deque", "collections.deque", "__len__", |d, _o, a| {
    no_args(a, "deque.__len__")?;
    Ok(int_from_i64(d.len() as i64))
});
method!(deque_getitem, Deque, "deque", "collections.deque", "__getitem__", |d, _o, a| {
    let k = one_arg(a, "deque.__getitem__")?;
    let i = item_index(k, d.len())?;
    Ok(d.get(i).unwrap())
});
method!(deque_setitem, Deque, "deque", "collections.deque", "__setitem__", |d, _o, a| {
    check_positional(a, "deque.__setitem__", 2, 2)?;
    let i = item_index(a.pos[0], d.len())?;
    let old = std::mem::replace(&mut d.items.borrow_mut()[i], a.pos[1].to_owned().into_raw());
    old.decref();
    Ok(none())
});
method!(deque_delitem, Deque, "deque", "collections.deque", "__delitem__", |d, _o, a| {
    let k = one_arg(a, "deque.__delitem__")?;
    let i = item_index(k, d.len())?;
    let old = d.items.borrow_mut().remove(i);
    d.bump();
    if let Some(v) = old {
        v.decref();
    }
    Ok(none())
});

/// Compares `x` with each item from `start` until `stop`, checking that the deque is
/// not mutated meanwhile; the position of the first equal one.
pub fn find(d: &Deque, x: Value, start: usize, stop: usize, count: &mut usize, all: bool) -> R<Option<usize>> {
    let st = d.state.get();
    let mut i = start;
    while i < stop {
        let Some(item) = d.get(i) else { break };
        let eq = krait_runtime::seq::item_eq(item.v(), x)?;
        if d.state.get() != st {
            return Err(raise(&RUNTIME_ERROR, "deque mutated during iteration"));
        }
        if eq {
            *count += 1;
            if !all {
                return Ok(Some(i));
            }
        }
        i += 1;
    }
    Ok(None)
}

method!(deque_contains, Deque, "deque", "collections.deque", "__contains__", |d, _o, a| {
    let x = one_arg(a, "deque.__contains__")?;
    let mut n = 0;
    Ok(bool_obj(find(d, x, 0, d.len(), &mut n, false)?.is_some()))
});
method!(deque_count, Deque, "deque", "collections.deque", "count", |d, _o, a| {
    let x = one_arg(a, "deque.count")?;
    let mut n = 0;
    find(d, x, 0, d.len(), &mut n, true)?;
    Ok(int_from_i64(n as i64))
});

/// A slice bound of `index()` (`_PyEval_SliceIndexNotNone`).
fn slice_bound(v: Value) -> R<i64> {
    match ssize_clamped(v)? {
        Some(n) => Ok(n),
        None => type_err("slice indices must be integers or have an __index__ method"),
    }
}

method!(deque_index, Deque, "deque", "collections.deque", "index", |d, _o, a| {
    no_keywords(a, "deque.index")?;
    let n = a.pos.len();
    if n < 1 {
        return type_err(&format!("index() takes at least 1 argument ({} given)", n));
    }
    if n > 3 {
        return type_err(&format!("index() takes at most 3 arguments ({} given)", n));
    }
    let len = d.len() as i64;
    let clamp = |i: i64| -> usize {
        let i = if i < 0 { (i + len).max(0) } else { i };
        i.min(len) as usize
    };
    let start = if n > 1 { clamp(slice_bound(a.pos[1])?) } else { 0 };
    let stop = if n > 2 { clamp(slice_bound(a.pos[2])?) } else { len as usize };
    let mut c = 0;
    match find(d, a.pos[0], start, stop, &mut c, false)? {
        Some(i) => Ok(int_from_i64(i as i64)),
        None => Err(raise(&VALUE_ERROR, format!("{} is not in deque", repr_text(a.pos[0])?))),
    }
});

method!(deque_repr, Deque, "deque", "collections.deque", "__repr__", |d, o, a| {
    no_args(a, "deque.__repr__")?;
    let r = repr_guard(o, || {
        let l = list_from(d.snapshot().into_iter().map(Obj::into_raw).collect());
        let items = repr_text(l.v())?;
        Ok(match d.maxlen.get() {
            Some(m) => format!("{}({}, maxlen={})", short_type_name(o), items, m),
            None => format!("{}({})", short_type_name(o), items),
        })
    })?;
    Ok(str_from(r.unwrap_or_else(|| "[...]".to_string())))
});

/// `deque <op> other`: NotImplemented unless both are deques.
fn compare(op: CmpOp, o: Value, other: Value) -> R<Obj> {
    let (Some(x), Some(y)) = (state::<Deque>(o), state::<Deque>(other)) else {
        return Ok(not_implemented());
    };
    let l1 = list_from(x.snapshot().into_iter().map(Obj::into_raw).collect());
    let l2 = list_from(y.snapshot().into_iter().map(Obj::into_raw).collect());
    Ok(bool_obj(krait_runtime::seq::compare(op, l1.v(), l2.v())?))
}

macro_rules! cmp_method {
    ($fn:ident, $name:expr, $op:expr) => {
        method!($fn, Deque, "deque", "collections.deque", $name, |_d, o, a| {
            let other = one_arg(a, $name)?;
            compare($op, o, other)
        });
    };
}
cmp_method!(deque_eq, "__eq__", CmpOp::Eq);
cmp_method!(deque_ne, "__ne__", CmpOp::Ne);
cmp_method!(deque_lt, "__lt__", CmpOp::Lt);
cmp_method!(deque_le, "__le__", CmpOp::Le);
cmp_method!(deque_gt, "__gt__", CmpOp::Gt);
cmp_method!(deque_ge, "__ge__", CmpOp::Ge);

/// Is `v` an object of a class defined in Python (which may answer a reflected operator)?
fn is_heap_obj(v: Value) -> bool {
    !v.is_small() && krait_runtime::class::is_heap(v.ty()) && state::<Deque>(v).is_none()
}

method!(deque_add, Deque, "deque", "collections.deque", "__add__", |_d, o, a| {
    let other = one_arg(a, "deque.__add__")?;
    let Some(od) = state::<Deque>(other) else {
        if is_heap_obj(other) {
            return Ok(not_implemented());
        }
        return type_err(&format!("can only concatenate deque (not \"{}\") to deque", other.ty().name));
    };
    let new = copy(o)?;
    let nd = state::<Deque>(new.v()).unwrap();
    for x in od.snapshot() {
        nd.push_back(x);
    }
    Ok(new)
});
method!(deque_iadd, Deque, "deque", "collections.deque", "__iadd__", |d, o, a| {
    let other = one_arg(a, "deque.__iadd__")?;
    d.extend(o, other, false)?;
    Ok(o.to_owned())
});

/// The repeat count of `d * n`; `None` when `n` is not an integer.
fn repeat_count(n: Value) -> R<Option<i64>> {
    match index_of(n)? {
        Some(i) => Ok(Some(crate::support::ssize(i.v())?)),
        None => Ok(None),
    }
}

/// Repeats the items of `d` in place (`d *= n`), trimmed to `maxlen` from the left.
fn repeat_in_place(d: &Deque, n: i64) -> R<()> {
    if n <= 0 {
        d.clear_items();
        return Ok(());
    }
    if n == 1 || d.len() == 0 {
        return Ok(());
    }
    let src = d.snapshot();
    if (src.len() as u128) * (n as u128) > (isize::MAX as u128) / 8 {
        return Err(krait_runtime::exc::raise(&krait_runtime::types::MEMORY_ERROR, ""));
    }
    let keep = d.maxlen.get().map_or(u64::MAX, |m| m as u64);
    // Only the last `maxlen` items survive: skip whole copies that would be dropped.
    let total = src.len() as u64 * n as u64;
    let mut skip = total.saturating_sub(keep.max(src.len() as u64)) / src.len() as u64;
    skip = skip.min(n as u64 - 1);
    for _ in skip + 1..n as u64 {
        for x in &src {
            d.push_back(x.clone());
        }
    }
    Ok(())
}

fn mul_error(n: Value) -> R<Obj> {
    type_err(&format!("can't multiply sequence by non-int of type '{}'", n.ty().name))
}

method!(deque_mul, Deque, "deque", "collections.deque", "__mul__", |_d, o, a| {
    let n = one_arg(a, "deque.__mul__")?;
    let Some(k) = repeat_count(n)? else {
        return if is_heap_obj(n) { Ok(not_implemented()) } else { mul_error(n) };
    };
    let new = copy(o)?;
    repeat_in_place(state::<Deque>(new.v()).unwrap(), k)?;
    Ok(new)
});
method!(deque_rmul, Deque, "deque", "collections.deque", "__rmul__", |_d, o, a| {
    let n = one_arg(a, "deque.__rmul__")?;
    let Some(k) = repeat_count(n)? else {
        return if is_heap_obj(n) { Ok(not_implemented()) } else { mul_error(n) };
    };
    let new = copy(o)?;
    repeat_in_place(state::<Deque>(new.v()).unwrap(), k)?;
    Ok(new)
});
method!(deque_imul, Deque, "deque", "collections.deque", "__imul__", |d, o, a| {
    let n = one_arg(a, "deque.__imul__")?;
    let Some(k) = repeat_count(n)? else {
        return if is_heap_obj(n) { Ok(not_implemented()) } else { mul_error(n) };
    };
    repeat_in_place(d, k)?;
    Ok(o.to_owned())
});

// Iterators.

super::iter_type!(DEQUE_ITER_TYPE, "_collections._deque_iterator");
super::iter_type!(DEQUE_REVITER_TYPE, "_collections._deque_reverse_iterator");

/// A deque iterator: the deque, the next position, what is left, and the deque's
/// mutation counter when the iterator was made.
struct DequeIter {
    deque: Slot,
    pos: Cell<usize>,
    left: Cell<usize>,
    state: u64,
    reverse: bool,
}

impl NativeIter for DequeIter {
    fn next(&self, _it: Value) -> R<Option<Obj>> {
        let Some(dv) = self.deque.owned() else { return Ok(None) };
        let d = state::<Deque>(dv.v()).unwrap();
        if d.state.get() != self.state {
            self.left.set(0);
            return Err(raise(&RUNTIME_ERROR, "deque mutated during iteration"));
        }
        if self.left.get() == 0 {
            return Ok(None);
        }
        self.left.set(self.left.get() - 1);
        let p = self.pos.get();
        let item = if self.reverse {
            self.pos.set(p.wrapping_sub(1));
            d.get(p)
        } else {
            self.pos.set(p + 1);
            d.get(p)
        };
        Ok(item)
    }
    fn traverse(&self, visit: &mut dyn FnMut(Value)) {
        self.deque.visit(visit);
    }
    fn methods(&self) -> &'static [&'static str] {
        &["__length_hint__"]
    }
    fn call_method(&self, _it: Value, name: &str, args: &Args) -> R<Option<Obj>> {
        match name {
            "__length_hint__" => {
                no_args(args, "__length_hint__")?;
                Ok(Some(int_from_i64(self.left.get() as i64)))
            }
            _ => Ok(None),
        }
    }
}

fn new_iter(d: &Deque, o: Value, reverse: bool) -> Obj {
    let n = d.len();
    let st = DequeIter { deque: Slot::new(Some(o.to_owned())), pos: Cell::new(if reverse { n.wrapping_sub(1) } else { 0 }), left: Cell::new(n), state: d.state.get(), reverse };
    krait_runtime::native_iter::new(if reverse { &DEQUE_REVITER_TYPE } else { &DEQUE_ITER_TYPE }, st)
}

method!(deque_iter, Deque, "deque", "collections.deque", "__iter__", |d, o, a| {
    no_args(a, "deque.__iter__")?;
    Ok(new_iter(d, o, false))
});
method!(deque_reversed, Deque, "deque", "collections.deque", "__reversed__", |d, o, a| {
    no_args(a, "deque.__reversed__")?;
    Ok(new_iter(d, o, true))
});

krait_runtime::builtin!(deque_maxlen, |a| {
    let Some(d) = a.pos.first().and_then(|&o| state::<Deque>(o)) else {
        return type_err("descriptor 'maxlen' for 'collections.deque' objects doesn't apply to this object");
    };
    Ok(match d.maxlen.get() {
        Some(m) => int_from_i64(m as i64),
        None => none(),
    })
});

/// The methods defined here.
pub fn methods(out: &mut Vec<(&'static str, BuiltinFn)>) {
    out.extend([
        ("__len__", deque_len as BuiltinFn),
        ("__getitem__", deque_getitem),
        ("__setitem__", deque_setitem),
        ("__delitem__", deque_delitem),
        ("__contains__", deque_contains),
        ("count", deque_count),
        ("index", deque_index),
        ("__repr__", deque_repr),
        ("__eq__", deque_eq),
        ("__ne__", deque_ne),
        ("__lt__", deque_lt),
        ("__le__", deque_le),
        ("__gt__", deque_gt),
        ("__ge__", deque_ge),
        ("__add__", deque_add),
        ("__iadd__", deque_iadd),
        ("__mul__", deque_mul),
        ("__rmul__", deque_rmul),
        ("__imul__", deque_imul),
        ("__iter__", deque_iter),
        ("__reversed__", deque_reversed),
    ]);
}

krait_runtime::builtin!(deque_maxlen_set, |_a| {
    Err(raise(&krait_runtime::types::ATTRIBUTE_ERROR, "attribute 'maxlen' of 'collections.deque' objects is not writable"))
});

/// The `maxlen` property's getter and setter (which refuses).
pub fn maxlen_accessors() -> (Obj, Obj) {
    (builtin_fn("maxlen", deque_maxlen), builtin_fn("maxlen", deque_maxlen_set))
}
