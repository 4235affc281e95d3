//! `set` and `frozenset`: membership, the set algebra (operators, in-place operators
//! and methods), comparisons as subset relations, `repr`, the frozenset hash, the
//! constructors and the `rt_build_set` entry point.
//!
//! Storage is [`crate::table::Set`], which mirrors CPython 3.11's set table slot for
//! slot. Every operation here drives the table's primitives in the order CPython's
//! `Objects/setobject.c` does, so the iteration order of every result matches
//! CPython's. Stored keys own one reference each; the table copies `Value`s without
//! touching reference counts, so sets copied by the table get their references added
//! in [`wrap`], and keys added or removed one at a time are increfed or decrefed here.
//!
//! A key comparison may run Python code (`__eq__`) that changes or clears any set
//! involved, so no borrow of a table is held across one: lookups drive the table's
//! probe and start again when the comparison changed the table (CPython's
//! `set_lookkey` and `set_add_entry`), and the algorithms walk a set by slot position,
//! reading its table afresh at each step and holding a reference to the key in hand
//! (CPython's `set_next` loops).

use crate::call::Args;
use crate::dicts::{self, same_or_eq, view_of, ViewKind};
use crate::exc::{raise, raise_with};
use crate::objects::*;
use crate::ops;
use crate::table::{Set, SetStep};
use crate::types::*;
use crate::value::{abi, Header, Obj, Value, R};
use krait_abi::{BinOp, CmpOp};

/// The methods of `set` and `frozenset` that [`call_method`] answers (a frozenset
/// raises AttributeError for the mutating ones).
pub const METHODS: &[&str] = &[
    "add",
    "remove",
    "discard",
    "pop",
    "clear",
    "copy",
    "update",
    "union",
    "intersection",
    "intersection_update",
    "difference",
    "difference_update",
    "symmetric_difference",
    "symmetric_difference_update",
    "issubset",
    "issuperset",
    "isdisjoint",
    "__contains__",
    "__len__",
    "__iter__",
    "__and__",
    "__or__",
    "__sub__",
    "__xor__",
    "__rand__",
    "__ror__",
    "__rsub__",
    "__rxor__",
    "__iand__",
    "__ior__",
    "__isub__",
    "__ixor__",
    "__eq__",
    "__ne__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
    "__repr__",
    "__str__",
    "__format__",
    "__reduce__",
    "__reduce_ex__",
];

/// The methods a frozenset has (the non-mutating subset of [`METHODS`]).
pub const FROZENSET_METHODS: &[&str] = &[
    "copy",
    "union",
    "intersection",
    "difference",
    "symmetric_difference",
    "issubset",
    "issuperset",
    "isdisjoint",
    "__contains__",
    "__len__",
    "__iter__",
    "__and__",
    "__or__",
    "__sub__",
    "__xor__",
    "__rand__",
    "__ror__",
    "__rsub__",
    "__rxor__",
    "__hash__",
    "__eq__",
    "__ne__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
    "__repr__",
    "__str__",
    "__format__",
    "__reduce__",
    "__reduce_ex__",
];

// ---------------------------------------------------------------------------
// Helpers.
// ---------------------------------------------------------------------------

/// The table of a value known to be a set or frozenset, shared.
fn st<'a>(v: Value) -> &'a Set<Value> {
    debug_assert!(as_set(v).is_some());
    unsafe { &v.as_ref::<SetObj>().table }
}

/// The table of a value known to be a set, for mutation.
fn st_mut<'a>(v: Value) -> &'a mut Set<Value> {
    debug_assert!(as_set(v).is_some());
    unsafe { &mut v.as_mut::<SetObj>().table }
}

fn is_anyset(v: Value) -> bool {
    as_set(v).is_some()
}

fn is_frozen(v: Value) -> bool {
    !v.is_small() && !v.is_null() && v.ty().kind == Kind::FrozenSet
}

/// A new set or frozenset object holding `table`, whose keys do not own references
/// yet (they were copied by the table): adds one reference per key.
fn wrap(table: Set<Value>, frozen: bool) -> Obj {
    for k in table.iter() {
        k.incref();
    }
    let ty = if frozen { &FROZENSET_TYPE } else { &SET_TYPE };
    crate::gc::new_obj(SetObj { head: Header::new(ty), table })
}

/// A snapshot of a set's keys with their hashes, holding references.
fn keys_hashed(v: Value) -> Vec<(i64, Obj)> {
    st(v).iter_hashed().map(|(h, k)| (h, (*k).to_owned())).collect()
}

/// `set_next`: the first key at slot `*pos` or later of the set as it is now, with
/// its hash and a new reference; moves `*pos` past it.
fn next_key(s: Value, pos: &mut usize) -> Option<(i64, Obj)> {
    let (i, h, k) = st(s).next_entry(*pos)?;
    *pos = i + 1;
    Some((h, (*k).to_owned()))
}

/// `_PyDict_Next` over an exact dict's keys: as [`next_key`].
fn next_dict_key(d: Value, pos: &mut usize) -> Option<(i64, Obj)> {
    let (i, h, k, _) = unsafe { d.as_ref::<DictObj>() }.table.next_entry_hashed(*pos)?;
    *pos = i + 1;
    Some((h, (*k).to_owned()))
}

/// Is `v` a dict and not an instance of a subclass (CPython's `PyDict_CheckExact`)?
fn is_exact_dict(v: Value) -> bool {
    !v.is_small() && !v.is_null() && std::ptr::eq(v.ty(), &DICT_TYPE)
}

/// The hash used to look a key up for `in`, `remove` and `discard`: as CPython does,
/// a set that is unhashable (TypeError) is looked up as the equal frozenset.
fn lookup_hash(item: Value) -> R<i64> {
    match ops::hash(item) {
        Ok(h) => Ok(h),
        Err(e) => {
            let is_set = !item.is_small() && !item.is_null() && item.ty().kind == Kind::Set;
            if is_set && crate::exc::current_is(&TYPE_ERROR) {
                crate::exc::clear_current();
                return Ok(st(item).frozen_hash());
            }
            Err(e)
        }
    }
}

/// `set_lookkey`: the slot of the key equal to `k` (hash `h`), comparing as
/// `PyObject_RichCompareBool(stored, k)`; a comparison that changes the table starts
/// the search again.
fn lookkey(s: Value, h: i64, k: Value) -> R<Option<usize>> {
    if st(s).is_empty() {
        return Ok(None);
    }
    'restart: loop {
        let mut p = st(s).probe(h);
        loop {
            let (slot, stored) = match st(s).probe_next(&mut p) {
                SetStep::Vacant { .. } => return Ok(None),
                SetStep::Candidate { slot, key } => (slot, *key),
            };
            if stored == k {
                return Ok(Some(slot));
            }
            // Held while the comparison runs, which may remove it from the set.
            let startkey = stored.to_owned();
            let cmp = ops::eq(startkey.v(), k)?;
            if !st(s).probe_unchanged(&p, slot, |now| *now == startkey.v()) {
                continue 'restart;
            }
            if cmp {
                return Ok(Some(slot));
            }
        }
    }
}

/// `set_add_entry`: adds `k` (borrowed) with a known hash; returns whether it was new.
fn add_hashed(s: Value, h: i64, k: Value) -> R<bool> {
    // Held from the start, as CPython does: a comparison may drop the caller's.
    let mut key = k.to_owned();
    'restart: loop {
        let mut p = st(s).probe(h);
        loop {
            let (slot, stored) = match st(s).probe_next(&mut p) {
                SetStep::Vacant { slot, fresh } => {
                    match st_mut(s).insert_vacant(slot, fresh, h, key.into_raw()) {
                        Ok(()) => return Ok(true),
                        // The dummy it would reuse was taken by a comparison's code.
                        Err(back) => {
                            key = unsafe { back.owned() };
                            continue 'restart;
                        }
                    }
                }
                SetStep::Candidate { slot, key } => (slot, *key),
            };
            if stored == k {
                return Ok(false);
            }
            let startkey = stored.to_owned();
            let cmp = ops::eq(startkey.v(), k)?;
            if cmp {
                return Ok(false);
            }
            if !st(s).probe_unchanged(&p, slot, |now| *now == startkey.v()) {
                continue 'restart;
            }
        }
    }
}

/// `set_discard_entry`: removes `k` with a known hash; returns whether it was present.
fn discard_hashed(s: Value, h: i64, k: Value) -> R<bool> {
    match lookkey(s, h, k)? {
        Some(slot) => {
            let old = st_mut(s).take_at(slot);
            // Released once the table is consistent: freeing may run code.
            old.decref();
            Ok(true)
        }
        None => Ok(false),
    }
}

/// `set_contains_entry`: does the set hold `k` (hash known)?
fn contains_hashed(s: Value, h: i64, k: Value) -> R<bool> {
    Ok(lookkey(s, h, k)?.is_some())
}

/// Empties a set, releasing its keys.
fn clear(s: Value) {
    for k in st_mut(s).clear() {
        k.decref();
    }
}

/// A new empty set (or frozenset).
fn new_empty(frozen: bool) -> Obj {
    set_new(frozen)
}

/// `set_copy`: a new set of the given kind with `so`'s keys, copying its layout as
/// CPython's `set_merge` into an empty set does.
fn copy_as(so: Value, frozen: bool) -> Obj {
    wrap(st(so).copy(), frozen)
}

/// A frozenset of the subclass `t` with the keys of the frozenset `v`, laid out as
/// `v` is (which is how CPython builds it from the same operand), without hashing
/// the keys again.
pub fn frozenset_retag(v: Value, t: &'static TypeObj) -> Obj {
    let s = copy_as(v, true);
    unsafe { (*s.v().header()).ty = t };
    s
}

// ---------------------------------------------------------------------------
// The algorithms of setobject.c.
// ---------------------------------------------------------------------------

/// `set_merge`: adds every key of the set or frozenset `other` to `so`.
fn merge(so: Value, other: Value) -> R<()> {
    if so == other || st(other).is_empty() {
        return Ok(());
    }
    // Do one big resize at the start rather than growing step by step.
    st_mut(so).presize(st(other).len());
    if st(so).fill() == 0 {
        // Into an empty table without dummies the table copies the layout (or
        // reinserts in slot order) without comparing anything; its keys are copies,
        // which get their references here.
        st_mut(so)
            .update_from_set(st(other), |_: &Value, _: &Value| -> Result<bool, std::convert::Infallible> {
                unreachable!("merging into an empty set never compares")
            })
            .unwrap_or_else(|e| match e {});
        for k in st(so).iter() {
            k.incref();
        }
        return Ok(());
    }
    let mut pos = 0;
    while let Some((h, k)) = next_key(other, &mut pos) {
        add_hashed(so, h, k.v())?;
    }
    Ok(())
}

/// `set_update_internal`: adds the keys of any iterable to `so`.
fn update_internal(so: Value, other: Value) -> R<()> {
    if is_anyset(other) {
        return merge(so, other);
    }
    if is_exact_dict(other) {
        // One big resize first, then the keys with their stored hashes.
        st_mut(so).presize(dicts::dict_len(other));
        let mut pos = 0;
        while let Some((h, k)) = next_dict_key(other, &mut pos) {
            add_hashed(so, h, k.v())?;
        }
        return Ok(());
    }
    let it = ops::iter(other)?;
    while let Some(k) = ops::next(it.v())? {
        let h = ops::hash(k.v())?;
        add_hashed(so, h, k.v())?;
    }
    Ok(())
}

/// `make_new_set`: a new set or frozenset filled from an iterable.
fn new_from(frozen: bool, iterable: Value) -> R<Obj> {
    let s = new_empty(frozen);
    update_internal(s.v(), iterable)?;
    Ok(s)
}

/// `set_intersection`: the keys of `so` that are in `other`, as a set of `so`'s kind.
fn intersection(so: Value, other: Value) -> R<Obj> {
    let frozen = is_frozen(so);
    if so == other {
        return Ok(copy_as(so, frozen));
    }
    let result = new_empty(frozen);
    if is_anyset(other) {
        // Walk the smaller set (`other` on a tie), probing the larger.
        let (big, small) = if st(other).len() > st(so).len() { (other, so) } else { (so, other) };
        let (big, small) = (big.to_owned(), small.to_owned());
        let mut pos = 0;
        while let Some((h, k)) = next_key(small.v(), &mut pos) {
            if contains_hashed(big.v(), h, k.v())? {
                add_hashed(result.v(), h, k.v())?;
            }
        }
        return Ok(result);
    }
    let it = ops::iter(other)?;
    while let Some(k) = ops::next(it.v())? {
        let h = ops::hash(k.v())?;
        if contains_hashed(so, h, k.v())? {
            add_hashed(result.v(), h, k.v())?;
            if st(result.v()).len() >= st(so).len() {
                break;
            }
        }
    }
    Ok(result)
}

/// `set_intersection_multi`: `so.intersection(*others)`.
fn intersection_multi(so: Value, others: &[Value]) -> R<Obj> {
    if others.is_empty() {
        return Ok(copy_as(so, is_frozen(so)));
    }
    let mut result = so.to_owned();
    for &o in others {
        result = intersection(result.v(), o)?;
    }
    Ok(result)
}

/// `set_difference_update_internal`: removes the keys of `other` from `so`.
fn difference_update_internal(so: Value, other: Value) -> R<()> {
    if so == other {
        clear(so);
        return Ok(());
    }
    if is_anyset(other) {
        // When `other` is more than eight times larger, only the common keys matter.
        let keys = if (st(other).len() >> 3) > st(so).len() { intersection(so, other)? } else { other.to_owned() };
        let mut pos = 0;
        while let Some((h, k)) = next_key(keys.v(), &mut pos) {
            discard_hashed(so, h, k.v())?;
        }
    } else {
        let it = ops::iter(other)?;
        while let Some(k) = ops::next(it.v())? {
            let h = ops::hash(k.v())?;
            discard_hashed(so, h, k.v())?;
        }
    }
    // If more than a quarter of the slots are dummies, resize them away.
    st_mut(so).shrink_after_discards();
    Ok(())
}

/// `set_copy_and_difference`.
fn copy_and_difference(so: Value, other: Value) -> R<Obj> {
    let result = copy_as(so, is_frozen(so));
    difference_update_internal(result.v(), other)?;
    Ok(result)
}

/// `set_difference`: the keys of `so` not in `other`, as a set of `so`'s kind.
fn difference(so: Value, other: Value) -> R<Obj> {
    let other_size = if is_anyset(other) {
        st(other).len()
    } else if is_exact_dict(other) {
        dicts::dict_len(other)
    } else {
        return copy_and_difference(so, other);
    };
    // If `so` is much larger than `other`, copy it and discard `other`'s keys.
    if (st(so).len() >> 2) > other_size {
        return copy_and_difference(so, other);
    }
    let result = new_empty(is_frozen(so));
    let other_is_dict = !is_anyset(other);
    let mut pos = 0;
    while let Some((h, k)) = next_key(so, &mut pos) {
        let found = if other_is_dict {
            dicts::lookup_hashed(other, h, k.v())?.is_some()
        } else {
            contains_hashed(other, h, k.v())?
        };
        if !found {
            add_hashed(result.v(), h, k.v())?;
        }
    }
    Ok(result)
}

/// `set_difference_multi`: `so.difference(*others)`.
fn difference_multi(so: Value, others: &[Value]) -> R<Obj> {
    let Some((&first, rest)) = others.split_first() else {
        return Ok(copy_as(so, is_frozen(so)));
    };
    let result = difference(so, first)?;
    for &o in rest {
        difference_update_internal(result.v(), o)?;
    }
    Ok(result)
}

/// `set_symmetric_difference_update`.
fn symmetric_difference_update(so: Value, other: Value) -> R<()> {
    if so == other {
        clear(so);
        return Ok(());
    }
    let toggle = |h: i64, k: Value| -> R<()> {
        if !discard_hashed(so, h, k)? {
            add_hashed(so, h, k)?;
        }
        Ok(())
    };
    if is_exact_dict(other) {
        let d = other.to_owned();
        let mut pos = 0;
        while let Some((h, k)) = next_dict_key(d.v(), &mut pos) {
            toggle(h, k.v())?;
        }
        return Ok(());
    }
    let otherset = if is_anyset(other) { other.to_owned() } else { new_from(is_frozen(so), other)? };
    let mut pos = 0;
    while let Some((h, k)) = next_key(otherset.v(), &mut pos) {
        toggle(h, k.v())?;
    }
    Ok(())
}

/// `set_symmetric_difference`: a new set of `so`'s kind built from `other`, updated
/// with the symmetric difference against `so`.
fn symmetric_difference(so: Value, other: Value) -> R<Obj> {
    let result = new_from(is_frozen(so), other)?;
    symmetric_difference_update(result.v(), so)?;
    Ok(result)
}

/// `set_issubset`.
fn issubset(so: Value, other: Value) -> R<bool> {
    if !is_anyset(other) {
        let tmp = new_from(false, other)?;
        return issubset(so, tmp.v());
    }
    if st(so).len() > st(other).len() {
        return Ok(false);
    }
    let mut pos = 0;
    while let Some((h, k)) = next_key(so, &mut pos) {
        if !contains_hashed(other, h, k.v())? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `set_issuperset`.
fn issuperset(so: Value, other: Value) -> R<bool> {
    if is_anyset(other) {
        return issubset(other, so);
    }
    let it = ops::iter(other)?;
    while let Some(k) = ops::next(it.v())? {
        let h = ops::hash(k.v())?;
        if !contains_hashed(so, h, k.v())? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `set_isdisjoint`.
fn isdisjoint(so: Value, other: Value) -> R<bool> {
    if so == other {
        return Ok(st(so).is_empty());
    }
    if is_anyset(other) {
        // Walk the smaller set (`other` on a tie), probing the larger.
        let (big, small) = if st(other).len() > st(so).len() { (other, so) } else { (so, other) };
        let mut pos = 0;
        while let Some((h, k)) = next_key(small, &mut pos) {
            if contains_hashed(big, h, k.v())? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let it = ops::iter(other)?;
    while let Some(k) = ops::next(it.v())? {
        let h = ops::hash(k.v())?;
        if contains_hashed(so, h, k.v())? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `set_intersection_update` / `_multi`: replaces the contents of `so` with the
/// intersection, swapping the tables as CPython does.
fn intersection_update(so: Value, others: &[Value]) -> R<()> {
    let tmp = intersection_multi(so, others)?;
    if tmp.v() != so {
        st_mut(so).swap_bodies(st_mut(tmp.v()));
    }
    // `tmp` now holds the old contents and releases them when dropped.
    Ok(())
}

// ---------------------------------------------------------------------------
// Dict views as set operands.
// ---------------------------------------------------------------------------

/// `dictviews_to_set`: a new set from a view operand (a keys view goes through its
/// dict, as CPython's fast path does) or any other iterable.
fn view_to_set(v: Value) -> R<Obj> {
    match view_of(v) {
        Some((ViewKind::Keys, d)) => new_from(false, d),
        _ => new_from(false, v),
    }
}

/// `_PyDictView_Intersect`.
fn view_intersect(a: Value, b: Value) -> R<Obj> {
    // Make `view` the keys/items view operand.
    let (mut view, mut other) = if dicts::is_set_view(a) { (a, b) } else { (b, a) };
    let len_view = ops::len(view)?;
    // With a set that is at least as large, reuse the set's intersection.
    if !other.is_small() && !other.is_null() && other.ty().kind == Kind::Set && len_view <= st(other).len() {
        return intersection(other, view);
    }
    // With another view that is larger, iterate the smaller one.
    if dicts::is_set_view(other) && ops::len(other)? > len_view {
        std::mem::swap(&mut view, &mut other);
    }
    let result = new_empty(false);
    let it = ops::iter(other)?;
    while let Some(k) = ops::next(it.v())? {
        if dicts::contains(view, k.v())? {
            set_add(result.v(), k.v())?;
        }
    }
    Ok(result)
}

/// `dictitems_xor`: `a.items() ^ b.items()`.
fn items_xor(a: Value, b: Value) -> R<Obj> {
    let (_, d1) = view_of(a).unwrap();
    let (_, d2) = view_of(b).unwrap();
    let temp = dicts::dict_copy(d1)?;
    let result = new_empty(false);
    for (h, k, v2) in dicts::entries(d2) {
        let to_delete = match dicts::lookup_hashed(temp.v(), h, k.v())? {
            Some(v1) => same_or_eq(v1.v(), v2.v())?,
            None => false,
        };
        if to_delete {
            dicts::remove_hashed(temp.v(), h, k.v())?;
        } else {
            let p = tuple_from(vec![k.clone().into_raw(), v2.clone().into_raw()]);
            set_add(result.v(), p.v())?;
        }
    }
    let remaining = crate::gc::new_obj(DictViewObj { head: Header::new(&DICT_ITEMS_TYPE), dict: temp.into_raw() });
    update_internal(result.v(), remaining.v())?;
    Ok(result)
}

/// `a <op> b` where one operand is a keys or items view (CPython's `dictviews_*`
/// number slots, called with the operands in their original order).
fn view_binary(op: BinOp, a: Value, b: Value) -> R<Option<Obj>> {
    let r = match op {
        BinOp::Or => {
            let r = view_to_set(a)?;
            update_internal(r.v(), b)?;
            r
        }
        BinOp::Sub => {
            let r = view_to_set(a)?;
            difference_update_internal(r.v(), b)?;
            r
        }
        BinOp::Xor => {
            if matches!(view_of(a), Some((ViewKind::Items, _))) && matches!(view_of(b), Some((ViewKind::Items, _))) {
                items_xor(a, b)?
            } else {
                let r = view_to_set(a)?;
                symmetric_difference_update(r.v(), b)?;
                r
            }
        }
        BinOp::And => view_intersect(a, b)?,
        _ => return Ok(None),
    };
    Ok(Some(r))
}

// ---------------------------------------------------------------------------
// The protocol entry points called by `ops`.
// ---------------------------------------------------------------------------

/// `repr` of a set or frozenset: `{1, 2}`, `set()`, `frozenset({1, 2})`, `frozenset()`.
/// A set that contains itself (through its keys' reprs) shows as `set(...)`.
pub fn repr(v: Value) -> R<Obj> {
    let name = v.ty().name;
    let text = dicts::with_repr_guard(v, || {
        let keys: Vec<Obj> = st(v).iter().map(|k| (*k).to_owned()).collect();
        if keys.is_empty() {
            return Ok(format!("{}()", name));
        }
        let mut s = String::from("{");
        for (i, k) in keys.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            let r = ops::repr(k.v())?;
            s.push_str(str_text(r.v()));
        }
        s.push('}');
        // Only an exact set shows bare braces (a subclass shows its name).
        if std::ptr::eq(v.ty(), &SET_TYPE) {
            Ok(s)
        } else {
            Ok(format!("{}({})", name, s))
        }
    })?;
    Ok(str_from(text.unwrap_or_else(|| format!("{}(...)", name))))
}

/// `hash(frozenset)`, computed as CPython's `frozenset_hash`.
pub fn frozenset_hash(v: Value) -> R<i64> {
    Ok(st(v).frozen_hash())
}

/// `a <op> b` for two sets/frozensets: equality, and subset/superset relations.
pub fn compare(op: CmpOp, a: Value, b: Value) -> R<bool> {
    let (la, lb) = (st(a).len(), st(b).len());
    Ok(match op {
        CmpOp::Eq => la == lb && issubset(a, b)?,
        CmpOp::Ne => !(la == lb && issubset(a, b)?),
        CmpOp::Le => issubset(a, b)?,
        CmpOp::Ge => issuperset(a, b)?,
        CmpOp::Lt => la < lb && issubset(a, b)?,
        CmpOp::Gt => la > lb && issuperset(a, b)?,
    })
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` between sets/frozensets (the result has the
/// left operand's type) or with a dict keys/items view (the result is a set).
pub fn binary(op: BinOp, a: Value, b: Value) -> R<Option<Obj>> {
    if !matches!(op, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) {
        return Ok(None);
    }
    if is_anyset(a) && is_anyset(b) {
        let r = match op {
            BinOp::Or => {
                let r = copy_as(a, is_frozen(a));
                if a != b {
                    update_internal(r.v(), b)?;
                }
                r
            }
            BinOp::And => intersection(a, b)?,
            BinOp::Sub => difference(a, b)?,
            _ => symmetric_difference(a, b)?,
        };
        return Ok(Some(r));
    }
    if dicts::is_set_view(a) || dicts::is_set_view(b) {
        return view_binary(op, a, b);
    }
    Ok(None)
}

/// `a |= b`, `a &= b`, `a -= b`, `a ^= b` for a set `a` and a set/frozenset `b`:
/// mutates `a` and returns it.
pub fn inplace(op: BinOp, a: Value, b: Value) -> R<Option<Obj>> {
    if a.is_small() || a.is_null() || a.ty().kind != Kind::Set || !is_anyset(b) {
        return Ok(None);
    }
    match op {
        BinOp::Or => update_internal(a, b)?,
        BinOp::And => intersection_update(a, &[b])?,
        BinOp::Sub => difference_update_internal(a, b)?,
        BinOp::Xor => symmetric_difference_update(a, b)?,
        _ => return Ok(None),
    }
    Ok(Some(a.to_owned()))
}

/// `item in s`; a set item is looked up as the equal frozenset.
pub fn contains(s: Value, item: Value) -> R<bool> {
    let h = lookup_hash(item)?;
    contains_hashed(s, h, item)
}

/// `s.add(v)` (`v` borrowed).
pub fn set_add(s: Value, v: Value) -> R<()> {
    let h = ops::hash(v)?;
    add_hashed(s, h, v)?;
    Ok(())
}

/// `set(...)` and `frozenset(...)`.
pub fn set_construct(args: &Args, frozen: bool) -> R<Obj> {
    let name = if frozen { "frozenset" } else { "set" };
    args.no_kwargs(name)?;
    args.arity(name, 0, 1)?;
    match args.pos.first() {
        None => Ok(new_empty(frozen)),
        // A frozenset is immutable: frozenset(fs) is fs itself.
        Some(&v) if frozen && is_frozen(v) => Ok(v.to_owned()),
        Some(&v) => new_from(frozen, v),
    }
}

/// `s.name(*args)` for the methods listed in [`METHODS`].
pub fn call_method(o: Value, name: &str, args: &Args) -> R<Option<Obj>> {
    if !is_anyset(o) {
        return Ok(None);
    }
    let frozen = is_frozen(o);
    let known = if frozen { FROZENSET_METHODS } else { METHODS };
    // (Only a frozenset and the special methods need the list: other unknown names fall
    // through the match below.)
    if (frozen || name.starts_with("__")) && !known.contains(&name) {
        return Ok(None);
    }
    let tname = if frozen { "frozenset" } else { "set" };
    if name.starts_with("__") && name != "__contains__" {
        return set_dunder(o, name, args);
    }
    // The qualified name is only formatted for an error message.
    let fname = || format!("{}.{}", tname, name);
    if !args.kwnames.is_empty() && known.contains(&name) {
        args.no_kwargs(&fname())?;
    }
    let arity = |min: usize, max: usize| -> R<()> {
        let n = args.pos.len();
        if n >= min && n <= max {
            return Ok(());
        }
        args.arity(&fname(), min, max)
    };
    let one = || -> R<Value> {
        arity(1, 1)?;
        Ok(args.pos[0])
    };
    let none_ = || -> R<()> { arity(0, 0) };
    let r = match name {
        "add" => {
            set_add(o, one()?)?;
            none()
        }
        "remove" => {
            let k = one()?;
            let h = lookup_hash(k)?;
            if !discard_hashed(o, h, k)? {
                return Err(raise_with(&KEY_ERROR, k.to_owned()));
            }
            none()
        }
        "discard" => {
            let k = one()?;
            let h = lookup_hash(k)?;
            discard_hashed(o, h, k)?;
            none()
        }
        "pop" => {
            none_()?;
            match st_mut(o).pop() {
                Some(k) => unsafe { k.owned() },
                None => return Err(raise(&KEY_ERROR, "pop from an empty set")),
            }
        }
        "clear" => {
            none_()?;
            clear(o);
            none()
        }
        "copy" => {
            none_()?;
            // An exact frozenset is its own copy; a subclass copies to a frozenset.
            if frozen && std::ptr::eq(o.ty(), &FROZENSET_TYPE) {
                o.to_owned()
            } else {
                copy_as(o, frozen)
            }
        }
        "update" => {
            for &x in args.pos {
                update_internal(o, x)?;
            }
            none()
        }
        "union" => {
            let r = copy_as(o, frozen);
            for &x in args.pos {
                if x != o {
                    update_internal(r.v(), x)?;
                }
            }
            r
        }
        "intersection" => intersection_multi(o, args.pos)?,
        "intersection_update" => {
            intersection_update(o, args.pos)?;
            none()
        }
        "difference" => difference_multi(o, args.pos)?,
        "difference_update" => {
            for &x in args.pos {
                difference_update_internal(o, x)?;
            }
            none()
        }
        "symmetric_difference" => symmetric_difference(o, one()?)?,
        "symmetric_difference_update" => {
            symmetric_difference_update(o, one()?)?;
            none()
        }
        "issubset" => bool_obj(issubset(o, one()?)?),
        "issuperset" => bool_obj(issuperset(o, one()?)?),
        "isdisjoint" => bool_obj(isdisjoint(o, one()?)?),
        "__contains__" => bool_obj(contains(o, one()?)?),
        _ => return Ok(None),
    };
    Ok(Some(r))
}

/// `set_reduce`: `(type(s), (list(s),), s.__getstate__())`, the state being a
/// subclass instance's attributes (or None), for `pickle` and `copy`.
fn reduce(o: Value) -> R<Obj> {
    let keys: Vec<Value> = st(o).iter().map(|k| (*k).to_owned().into_raw()).collect();
    let args = tuple_from(vec![list_from(keys).into_raw()]);
    let state = ops::call_method(o, "__getstate__", &Args::positional(&[]))?;
    Ok(tuple_from(vec![o.ty().as_value().to_owned().into_raw(), args.into_raw(), state.into_raw()]))
}

/// `set.__init__(self, iterable=(), /)`: refuses keywords (even in a subclass, whose
/// `__new__` may take them), empties the set, then adds the iterable's keys.
pub fn set_init(o: Value, args: &Args) -> R<()> {
    args.no_kwargs("set")?;
    args.arity(o.ty().name, 0, 1)?;
    if st(o).fill() > 0 {
        clear(o);
    }
    match args.pos.first() {
        Some(&it) => update_internal(o, it),
        None => Ok(()),
    }
}

/// The slot wrappers of sets: `__len__`, `__iter__`, `__hash__`, the operators (NotImplemented
/// unless the other operand is a set or frozenset; the result has the left operand's type),
/// the in-place operators of `set`, and the comparisons.
fn set_dunder(o: Value, name: &str, args: &Args) -> R<Option<Obj>> {
    let binop = |n: &str| match n {
        "and" => Some(BinOp::And),
        "or" => Some(BinOp::Or),
        "sub" => Some(BinOp::Sub),
        "xor" => Some(BinOp::Xor),
        _ => None,
    };
    let core = name.trim_start_matches("__").trim_end_matches("__");
    if let Some(op) = binop(core).or_else(|| core.strip_prefix('r').and_then(binop)).or_else(|| core.strip_prefix('i').and_then(binop)) {
        dicts::wrapper_arity(args, name, 1)?;
        let other = args.pos[0];
        if !is_anyset(other) {
            return Ok(Some(not_implemented()));
        }
        let r = if core.starts_with('i') {
            inplace(op, o, other)?
        } else if core.starts_with('r') {
            binary(op, other, o)?
        } else {
            binary(op, o, other)?
        };
        return Ok(Some(r.unwrap_or_else(not_implemented)));
    }
    let r = match name {
        "__len__" => {
            dicts::wrapper_arity(args, name, 0)?;
            int_from_i64(st(o).len() as i64)
        }
        "__iter__" => {
            dicts::wrapper_arity(args, name, 0)?;
            ops::iter_base(o)?
        }
        "__hash__" => {
            dicts::wrapper_arity(args, name, 0)?;
            int_from_i64(ops::hash_base(o)?)
        }
        "__reduce__" => {
            args.no_kwargs("__reduce__")?;
            args.arity("__reduce__", 0, 0)?;
            reduce(o)?
        }
        // `object.__reduce_ex__(protocol)` calls the `__reduce__` sets define (or one a
        // subclass overrides it with).
        "__reduce_ex__" => {
            args.no_kwargs("__reduce_ex__")?;
            args.arity("__reduce_ex__", 1, 1)?;
            ops::call_method(o, "__reduce__", &Args::positional(&[]))?
        }
        _ => return dicts::shared_dunder(o, name, args, &|v| is_anyset(v), true),
    };
    Ok(Some(r))
}

/// The frozenset constant CPython's compiler makes for a set display or `in`/`for`
/// target whose items are all constants (3 or more): `frozenset(items)`, rebuilt
/// once in its own iteration order when the compiler merges constants. Iterating a
/// `for x in {1, 2, 3}` target sees this layout.
pub fn const_frozenset(items: &[Value]) -> R<Obj> {
    let first = new_empty(true);
    for &v in items {
        set_add(first.v(), v)?;
    }
    let rebuilt = new_empty(true);
    for (h, k) in keys_hashed(first.v()) {
        add_hashed(rebuilt.v(), h, k.v())?;
    }
    Ok(rebuilt)
}

/// A set display whose items are all constants (3 or more), which CPython compiles to
/// `BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE`: a new set merged from
/// [`const_frozenset`]. Its layout (so its order) can differ from adding the items
/// one by one, which is what `rt_build_set` does for other displays.
pub fn const_set_display(items: &[Value]) -> R<Obj> {
    let f = const_frozenset(items)?;
    new_from(false, f.v())
}

/// `{a, b, c}`: a new set with the `n` borrowed values of `items`, added in order.
#[no_mangle]
pub unsafe extern "C" fn rt_build_set(items: *const Value, n: i64) -> Value {
    let n = n.max(0) as usize;
    let items: &[Value] = if n == 0 { &[] } else { std::slice::from_raw_parts(items, n) };
    let s = new_empty(false);
    let r = (|| -> R<Obj> {
        for &v in items {
            set_add(s.v(), v)?;
        }
        Ok(s)
    })();
    abi(r)
}

#[cfg(test)]
mod tests {
    //! Every expected text below was printed by CPython 3.11.7, with sets built the
    //! way a display of non-constant items is (`BUILD_SET`: items added in order).
    use super::*;
    use num_bigint::BigInt;

    fn int(n: i64) -> Obj {
        int_from_i64(n)
    }
    fn big(s: &str) -> Obj {
        int_from_big(s.parse::<BigInt>().unwrap())
    }
    fn build(items: &[Obj]) -> Obj {
        let vals: Vec<Value> = items.iter().map(|o| o.v()).collect();
        let r = unsafe { rt_build_set(vals.as_ptr(), vals.len() as i64) };
        assert!(!r.is_null());
        unsafe { r.owned() }
    }
    fn ints(xs: &[i64]) -> Obj {
        build(&xs.iter().map(|&x| int(x)).collect::<Vec<_>>())
    }
    fn text(v: Value) -> String {
        str_text(ops::repr(v).unwrap().v()).to_string()
    }
    fn bin(op: BinOp, a: Value, b: Value) -> String {
        text(ops::binary(op, a, b).unwrap().v())
    }
    fn method(o: Value, name: &str, args: &[Value]) -> Obj {
        ops::call_method(o, name, &Args::positional(args)).unwrap()
    }

    #[test]
    fn algebra_orders_match_cpython() {
        let a = ints(&[5, 3, 17, 9, 33, 1, 40, 8]);
        let b = ints(&[17, 8, 1, 100, 33]);
        let (a, b) = (a.v(), b.v());
        assert_eq!(text(a), "{33, 1, 3, 5, 40, 9, 8, 17}");
        assert_eq!(text(b), "{1, 33, 100, 8, 17}");
        assert_eq!(bin(BinOp::Or, a, b), "{33, 1, 3, 100, 5, 40, 9, 8, 17}");
        assert_eq!(bin(BinOp::Or, b, a), "{1, 33, 3, 100, 5, 8, 40, 9, 17}");
        assert_eq!(bin(BinOp::And, a, b), "{8, 1, 17, 33}");
        assert_eq!(bin(BinOp::And, b, a), "{8, 1, 17, 33}");
        assert_eq!(bin(BinOp::Sub, a, b), "{40, 9, 3, 5}");
        assert_eq!(bin(BinOp::Sub, b, a), "{100}");
        assert_eq!(bin(BinOp::Xor, a, b), "{3, 100, 5, 9, 40}");
        assert_eq!(bin(BinOp::Xor, b, a), "{3, 100, 5, 40, 9}");
        assert_eq!(bin(BinOp::And, ints(&[1, 2, 3, 100]).v(), ints(&[100, 3, 200]).v()), "{3, 100}");
        assert_eq!(bin(BinOp::Or, ints(&[9, 17, 1]).v(), ints(&[33, 2]).v()), "{17, 1, 33, 2, 9}");
        let l = list_from(vec![int(5).into_raw(), int(3).into_raw(), int(8).into_raw(), int(1).into_raw()]);
        let s = set_construct(&Args::positional(&[l.v()]), false).unwrap();
        assert_eq!(bin(BinOp::Sub, s.v(), ints(&[3]).v()), "{8, 1, 5}");
    }

    #[test]
    fn negative_and_big_ints() {
        assert_eq!(text(ints(&[-1, -2, -3, 0, 7, -8]).v()), "{0, 7, -2, -8, -3, -1}");
        let s = build(&[big("2305843009213693956"), int(5), big("2305843009213693951"), int(0), big("18446744073709551616")]);
        assert_eq!(text(s.v()), "{2305843009213693951, 0, 5, 2305843009213693956, 18446744073709551616}");
    }

    #[test]
    fn discards_pops_and_in_place_operators() {
        let s = ints(&(0..20).collect::<Vec<_>>());
        for x in [3, 7, 11, 19, 0] {
            method(s.v(), "discard", &[int(x).v()]);
        }
        for x in [35, 64, -5] {
            method(s.v(), "add", &[int(x).v()]);
        }
        assert_eq!(text(s.v()), "{1, 2, 4, 5, 6, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18, 35, 64, -5}");
        let popped: Vec<String> = (0..4).map(|_| text(method(s.v(), "pop", &[]).v())).collect();
        assert_eq!(popped, ["1", "2", "4", "5"]);
        let x = ints(&[1, 2, 3, 4, 5, 6]);
        for (op, b) in [(BinOp::And, ints(&[6, 4, 2, 64])), (BinOp::Or, ints(&[32, 16])), (BinOp::Xor, ints(&[1, 2, 96])), (BinOp::Sub, ints(&[16]))] {
            let r = inplace(op, x.v(), b.v()).unwrap().unwrap();
            assert_eq!(r.v(), x.v());
        }
        assert_eq!(text(x.v()), "{32, 96, 4, 1, 6}");
    }

    #[test]
    fn constant_displays_go_through_a_frozenset() {
        let items: Vec<Obj> = [-4, 23, 59, 12, 17, 64, 6].iter().map(|&x| int(x)).collect();
        let vals: Vec<Value> = items.iter().map(|o| o.v()).collect();
        assert_eq!(text(const_set_display(&vals).unwrap().v()), "{64, 17, 6, 23, 59, 12, -4}");
        assert_eq!(text(build(&items).v()), "{64, 6, 12, 17, 23, 59, -4}");
    }

    #[test]
    fn dict_views_as_operands() {
        let pairs = [int(5), int(1), int(3), int(2), int(17), int(3)];
        let vals: Vec<Value> = pairs.iter().map(|o| o.v()).collect();
        let d = unsafe { dicts::rt_build_dict(vals.as_ptr(), 3).owned() };
        let k = method(d.v(), "keys", &[]);
        assert_eq!(bin(BinOp::And, k.v(), ints(&[17, 5, 99]).v()), "{17, 5}");
        assert_eq!(bin(BinOp::And, ints(&[17, 5, 99]).v(), k.v()), "{17, 5}");
        assert_eq!(bin(BinOp::Or, k.v(), ints(&[1, 33]).v()), "{17, 1, 3, 33, 5}");
        assert_eq!(bin(BinOp::Xor, k.v(), ints(&[3, 9]).v()), "{17, 5, 9}");
        assert_eq!(bin(BinOp::Sub, ints(&[3, 9, 1]).v(), k.v()), "{9, 1}");
        assert_eq!(text(set_construct(&Args::positional(&[d.v()]), false).unwrap().v()), "{17, 3, 5}");
    }

    #[test]
    fn frozenset_hash_and_identity() {
        let f = set_construct(&Args::positional(&[ints(&[1, 2, 3]).v()]), true).unwrap();
        assert_eq!(ops::hash(f.v()).unwrap(), -272375401224217160);
        let g = set_construct(&Args::positional(&[build(&[int(-5), big("100000000000000000000")]).v()]), true).unwrap();
        assert_eq!(ops::hash(g.v()).unwrap(), 2459393504969260603);
        assert_eq!(set_construct(&Args::positional(&[f.v()]), true).unwrap().v(), f.v());
        assert_eq!(text(f.v()), "frozenset({1, 2, 3})");
        assert_eq!(text(set_new(true).v()), "frozenset()");
        assert_eq!(text(set_new(false).v()), "set()");
    }

    #[test]
    fn references_are_balanced() {
        let b1 = big("18446744073709551616");
        let b2 = big("-9223372036854775817");
        {
            let a = build(&[b1.clone(), int(3), b2.clone()]);
            let b = build(&[b2.clone(), int(4)]);
            for op in [BinOp::Or, BinOp::And, BinOp::Sub, BinOp::Xor] {
                ops::binary(op, a.v(), b.v()).unwrap();
                let c = method(a.v(), "copy", &[]);
                inplace(op, c.v(), b.v()).unwrap();
            }
            method(a.v(), "remove", &[b1.v()]);
            method(a.v(), "add", &[b1.v()]);
            let p = method(a.v(), "pop", &[]);
            drop(p);
            method(a.v(), "clear", &[]);
        }
        assert_eq!(b1.v().refcount(), 1);
        assert_eq!(b2.v().refcount(), 1);
    }
}

/// A set display whose items are all constants (three or more): CPython folds it into
/// a frozenset constant first, which fixes the iteration order (`const_set_display`).
#[no_mangle]
pub unsafe extern "C" fn rt_build_const_set(items: *const Value, n: i64) -> Value {
    let items: &[Value] = if n == 0 { &[] } else { std::slice::from_raw_parts(items, n as usize) };
    crate::value::abi(const_set_display(items))
}
