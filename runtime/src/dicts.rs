//! `dict` and its views (`dict_keys`, `dict_values`, `dict_items`): lookup, insertion,
//! deletion, comparison, `repr`, the `|` and `|=` operators, the methods, the
//! constructor and the `rt_build_dict` entry point.
//!
//! A dict's storage is [`crate::table::Dict`], keyed by `Value` with the key's hash
//! from [`ops::hash`]. Stored keys and values each own one reference. Keys are
//! compared as CPython's `PyObject_RichCompareBool` does: identity first, then `==`.
//! Iteration over dicts and views lives in `iter.rs`, which walks the table by entry
//! position.
//!
//! A key comparison may run Python code (`__eq__`) that changes or clears the dict
//! being searched, so no borrow of the table is held across one: [`lookup_pos`] drives
//! the table's probe and starts again when the comparison changed the dict, as
//! CPython's `_Py_dict_lookup` does, and the mutation that follows a lookup happens
//! with no code run in between.

use crate::call::Args;
use crate::exc::{raise, raise_with, type_error};
use crate::objects::*;
use crate::ops;
use crate::table::{Dict, DictStep};
use crate::types::*;
use crate::value::{abi, Header, Obj, Raised, Value, R};
use krait_abi::{BinOp, CmpOp};
use std::cell::RefCell;

/// The methods of `dict` that [`call_method`] answers.
pub const METHODS: &[&str] = &[
    "get",
    "setdefault",
    "pop",
    "popitem",
    "keys",
    "values",
    "items",
    "update",
    "clear",
    "copy",
    "__contains__",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__len__",
    "fromkeys",
    "__iter__",
    "__reversed__",
    "__or__",
    "__ror__",
    "__ior__",
    "__eq__",
    "__ne__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
    "__repr__",
    "__str__",
    "__format__",
];

// ---------------------------------------------------------------------------
// Helpers shared with `sets`.
// ---------------------------------------------------------------------------

/// `a == b` as CPython's `PyObject_RichCompareBool` decides it for container
/// lookups: identical objects are equal (even a float NaN), otherwise `==`.
pub(crate) fn same_or_eq(a: Value, b: Value) -> R<bool> {
    if a == b {
        return Ok(true);
    }
    ops::eq(a, b)
}

/// The table of a value known to be a dict, shared.
fn table<'a>(d: Value) -> &'a Dict<Value, Value> {
    debug_assert!(as_dict(d).is_some());
    unsafe { &d.as_ref::<DictObj>().table }
}

/// The table of a value known to be a dict, for mutation.
fn table_mut<'a>(d: Value) -> &'a mut Dict<Value, Value> {
    debug_assert!(as_dict(d).is_some());
    unsafe { &mut d.as_mut::<DictObj>().table }
}

/// The watch of a module dict (null for other dicts).
#[inline]
fn watch(d: Value) -> *mut crate::module::Watch {
    unsafe { d.as_ref::<DictObj>().watch }
}

/// Checks that `d` is a dict (the runtime's internal callers pass dicts; anything
/// else is reported rather than trusted).
fn check_dict(d: Value) -> R<()> {
    if as_dict(d).is_some() {
        Ok(())
    } else {
        type_error(format!("descriptor requires a 'dict' object but received a '{}'", ops::type_name(d)))
    }
}

/// A snapshot of a dict's entries (hash, key, value) in insertion order, holding
/// references, so that callbacks into `ops` cannot invalidate the walk.
pub(crate) fn entries(d: Value) -> Vec<(i64, Obj, Obj)> {
    table(d).iter_hashed().map(|(h, k, v)| (h, (*k).to_owned(), (*v).to_owned())).collect()
}

/// The number of pairs in a dict.
pub(crate) fn dict_len(d: Value) -> usize {
    table(d).len()
}

/// CPython's `_Py_dict_lookup`: the entry position of the key equal to `k` (hash
/// `h`), comparing as `PyObject_RichCompareBool(stored, k)`. A comparison that
/// rebuilds or clears the dict, or removes the compared key, starts the search again.
pub(crate) fn lookup_pos(d: Value, h: i64, k: Value) -> R<Option<usize>> {
    'restart: loop {
        let mut p = table(d).probe(h);
        loop {
            let (pos, stored) = match table(d).probe_next(&mut p) {
                DictStep::Absent => return Ok(None),
                DictStep::Candidate { pos, key } => (pos, *key),
            };
            if stored == k {
                return Ok(Some(pos));
            }
            // Held while the comparison runs, which may remove it from the dict.
            let startkey = stored.to_owned();
            let cmp = ops::eq(startkey.v(), k)?;
            if !table(d).probe_unchanged(&p, pos, |now| *now == startkey.v()) {
                continue 'restart;
            }
            if cmp {
                return Ok(Some(pos));
            }
        }
    }
}

/// Looks up a key whose hash is known.
pub(crate) fn lookup_hashed(d: Value, h: i64, k: Value) -> R<Option<Obj>> {
    Ok(lookup_pos(d, h, k)?.and_then(|pos| table(d).entry_at(pos)).map(|(_, v)| (*v).to_owned()))
}

/// Stores `d[k] = v` for a key whose hash is known. A present key keeps its stored
/// key object and gets the new value.
pub(crate) fn insert_hashed(d: Value, h: i64, k: Value, v: Value) -> R<()> {
    // Held from the start, as CPython's `insertdict` does: a comparison may drop the
    // caller's references.
    let (key, val) = (k.to_owned(), v.to_owned());
    let old = match lookup_pos(d, h, k)? {
        Some(pos) => table_mut(d).value_at_mut(pos).map(|slot| std::mem::replace(slot, val.into_raw())),
        None => {
            table_mut(d).insert_unique(h, key.into_raw(), val.into_raw());
            None
        }
    };
    let w = watch(d);
    if !w.is_null() {
        crate::module::on_set(w, k, v);
    }
    // Released after the table is consistent again: freeing may run other code.
    if let Some(old) = old {
        old.decref();
    }
    Ok(())
}

/// Removes a key whose hash is known; returns its value if it was present.
pub(crate) fn remove_hashed(d: Value, h: i64, k: Value) -> R<Option<Obj>> {
    let removed = match lookup_pos(d, h, k)? {
        Some(pos) => table_mut(d).remove_at(pos),
        None => None,
    };
    let w = watch(d);
    if !w.is_null() && removed.is_some() {
        crate::module::on_remove(w, k);
    }
    Ok(removed.map(|(key, val)| {
        key.decref();
        unsafe { val.owned() }
    }))
}

/// A new dict with the same pairs, in the same order (CPython's `PyDict_Copy`: the
/// table as it is when at most a third of its entries are holes, else a merge into a
/// new dict, whose insertions compare keys with colliding hashes).
pub(crate) fn dict_copy(d: Value) -> R<Obj> {
    let new = |t: Dict<Value, Value>| crate::gc::new_obj(DictObj { head: Header::new(&DICT_TYPE), table: t, watch: std::ptr::null_mut() });
    let src = table(d);
    if src.is_empty() {
        return Ok(new(Dict::new()));
    }
    if src.clones_whole(true) {
        return Ok(new(clone_table(d)));
    }
    let copy = new(Dict::new());
    merge_dict(copy.v(), d)?;
    Ok(copy)
}

/// A copy of a dict's table, holes and layout included, whose keys and values own
/// their references.
fn clone_table(d: Value) -> Dict<Value, Value> {
    let t = table(d).clone();
    for (k, v) in t.iter() {
        k.incref();
        v.incref();
    }
    t
}

/// Empties a dict, releasing its contents.
fn dict_clear(d: Value) {
    let old = table_mut(d).clear();
    let w = watch(d);
    if !w.is_null() {
        crate::module::on_clear(w);
    }
    for (k, v) in old {
        k.decref();
        v.decref();
    }
}

// ---------------------------------------------------------------------------
// The public element API.
// ---------------------------------------------------------------------------

/// `d.get(k)` without a default: the value (a new reference) or `None` if absent.
pub fn dict_get(d: Value, k: Value) -> R<Option<Obj>> {
    check_dict(d)?;
    let h = ops::hash(k)?;
    lookup_hashed(d, h, k)
}

/// `d[k] = v`; `k` and `v` are borrowed.
pub fn dict_set(d: Value, k: Value, v: Value) -> R<()> {
    check_dict(d)?;
    let h = ops::hash(k)?;
    insert_hashed(d, h, k, v)
}

/// `d[k]`, raising KeyError(k) when absent; a subclass of dict with a `__missing__`
/// method answers for absent keys.
pub fn getitem(d: Value, k: Value) -> R<Obj> {
    match dict_get(d, k)? {
        Some(v) => Ok(v),
        None if !d.ty().heap.is_null() && crate::class::lookup_type(d.ty(), "__missing__").is_some() => {
            ops::call_method(d, "__missing__", &Args::positional(&[k]))
        }
        None => Err(raise_with(&KEY_ERROR, k.to_owned())),
    }
}

/// `d[k] = v`.
pub fn setitem(d: Value, k: Value, v: Value) -> R<()> {
    dict_set(d, k, v)
}

/// `del d[k]`, raising KeyError(k) when absent.
pub fn delitem(d: Value, k: Value) -> R<()> {
    check_dict(d)?;
    let h = ops::hash(k)?;
    match remove_hashed(d, h, k)? {
        Some(_) => Ok(()),
        None => Err(raise_with(&KEY_ERROR, k.to_owned())),
    }
}

// ---------------------------------------------------------------------------
// Views.
// ---------------------------------------------------------------------------

/// Which view a view object is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum ViewKind {
    Keys,
    Values,
    Items,
}

/// The kind and dict of a view object, or `None` for anything else.
pub(crate) fn view_of(v: Value) -> Option<(ViewKind, Value)> {
    let view = as_dictview(v)?;
    let ty = v.ty();
    let kind = if std::ptr::eq(ty, &DICT_KEYS_TYPE) {
        ViewKind::Keys
    } else if std::ptr::eq(ty, &DICT_VALUES_TYPE) {
        ViewKind::Values
    } else {
        ViewKind::Items
    };
    Some((kind, view.dict))
}

/// Is `v` a keys or items view (the views that behave like sets)?
pub(crate) fn is_set_view(v: Value) -> bool {
    matches!(view_of(v), Some((ViewKind::Keys | ViewKind::Items, _)))
}

/// A new view object of `d`.
fn new_view(d: Value, ty: &'static TypeObj) -> Obj {
    crate::gc::new_obj(DictViewObj { head: Header::new(ty), dict: d.to_owned().into_raw() })
}

/// A `(key, value)` tuple.
fn pair(k: Value, v: Value) -> Obj {
    tuple_from(vec![k.to_owned().into_raw(), v.to_owned().into_raw()])
}

/// The elements a view yields (keys, values or `(key, value)` tuples), as a snapshot.
pub(crate) fn view_elements(kind: ViewKind, d: Value) -> Vec<Obj> {
    let t = table(d);
    match kind {
        ViewKind::Keys => t.keys().map(|k| (*k).to_owned()).collect(),
        ViewKind::Values => t.values().map(|v| (*v).to_owned()).collect(),
        ViewKind::Items => t.iter().map(|(k, v)| pair(*k, *v)).collect(),
    }
}

// ---------------------------------------------------------------------------
// repr.
// ---------------------------------------------------------------------------

thread_local! {
    /// Dicts and views whose repr is being built, to print `{...}` / `...` for a
    /// container that contains itself (CPython's `Py_ReprEnter`).
    static REPR_STACK: RefCell<Vec<Value>> = RefCell::new(Vec::new());
}

/// `Py_ReprEnter`/`Py_ReprLeave`: runs `f` with `v` marked as being repr'd; `None`
/// when `v` already is (a container that contains itself). Shared by every
/// container repr in the runtime and the native modules.
pub fn with_repr_guard(v: Value, f: impl FnOnce() -> R<String>) -> R<Option<String>> {
    let entered = REPR_STACK.with(|s| {
        let mut s = s.borrow_mut();
        if s.contains(&v) {
            false
        } else {
            s.push(v);
            true
        }
    });
    if !entered {
        return Ok(None);
    }
    let r = f();
    REPR_STACK.with(|s| {
        let mut s = s.borrow_mut();
        if let Some(i) = s.iter().rposition(|x| *x == v) {
            s.remove(i);
        }
    });
    r.map(Some)
}

/// The text of `repr(v)`.
fn repr_text(v: Value) -> R<String> {
    let r = ops::repr(v)?;
    Ok(str_text(r.v()).to_string())
}

/// `repr` of a dict or a dict view.
pub fn repr(v: Value) -> R<Obj> {
    if let Some((kind, d)) = view_of(v) {
        let name = v.ty().name;
        let inner = with_repr_guard(v, || {
            let mut s = String::from("[");
            let t = table(d);
            let items: Vec<(Obj, Obj)> = t.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect();
            for (i, (k, val)) in items.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                match kind {
                    ViewKind::Keys => s.push_str(&repr_text(k.v())?),
                    ViewKind::Values => s.push_str(&repr_text(val.v())?),
                    ViewKind::Items => {
                        s.push('(');
                        s.push_str(&repr_text(k.v())?);
                        s.push_str(", ");
                        s.push_str(&repr_text(val.v())?);
                        s.push(')');
                    }
                }
            }
            s.push(']');
            Ok(s)
        })?;
        return Ok(str_from(format!("{}({})", name, inner.as_deref().unwrap_or("..."))));
    }
    check_dict(v)?;
    if table(v).is_empty() {
        return Ok(str_from("{}"));
    }
    let text = with_repr_guard(v, || {
        let items: Vec<(Obj, Obj)> = table(v).iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect();
        let mut s = String::from("{");
        for (i, (k, val)) in items.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&repr_text(k.v())?);
            s.push_str(": ");
            s.push_str(&repr_text(val.v())?);
        }
        s.push('}');
        Ok(s)
    })?;
    Ok(str_from(text.unwrap_or_else(|| "{...}".to_string())))
}

// ---------------------------------------------------------------------------
// Comparison.
// ---------------------------------------------------------------------------

/// CPython's `dict_equal`: same size, and every key of `a` maps to an equal value in `b`.
fn dict_equal(a: Value, b: Value) -> R<bool> {
    if dict_len(a) != dict_len(b) {
        return Ok(false);
    }
    // By entry position, reading `a` afresh each time: comparisons may change it.
    let mut i = 0;
    while let Some((pos, h, k, v)) = table(a).next_entry_hashed(i) {
        i = pos + 1;
        let (k, v) = ((*k).to_owned(), (*v).to_owned());
        match lookup_hashed(b, h, k.v())? {
            None => return Ok(false),
            Some(bv) => {
                if !same_or_eq(v.v(), bv.v())? {
                    return Ok(false);
                }
            }
        }
    }
    Ok(true)
}

/// `a <op> b` for two dicts: only `==` and `!=` are defined.
pub fn compare(op: CmpOp, a: Value, b: Value) -> R<Option<bool>> {
    match op {
        CmpOp::Eq => Ok(Some(dict_equal(a, b)?)),
        CmpOp::Ne => Ok(Some(!dict_equal(a, b)?)),
        _ => Ok(None),
    }
}

/// The elements of a set or view, as a snapshot.
fn set_like_elements(v: Value) -> R<Vec<Obj>> {
    if let Some((kind, d)) = view_of(v) {
        return Ok(view_elements(kind, d));
    }
    if let Some(s) = as_set(v) {
        return Ok(s.table.iter().map(|k| (*k).to_owned()).collect());
    }
    ops::collect(v)
}

/// Is every element of `a` in `b`?
fn all_contained_in(a: Value, b: Value) -> R<bool> {
    for x in set_like_elements(a)? {
        if !ops::contains(b, x.v())? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// CPython's `dictview_richcompare` with `a` a keys or items view and `b` a set or
/// such a view.
fn view_richcompare(op: CmpOp, a: Value, b: Value) -> R<bool> {
    let (la, lb) = (ops::len(a)?, ops::len(b)?);
    Ok(match op {
        CmpOp::Eq => la == lb && all_contained_in(a, b)?,
        CmpOp::Ne => !(la == lb && all_contained_in(a, b)?),
        CmpOp::Lt => la < lb && all_contained_in(a, b)?,
        CmpOp::Le => la <= lb && all_contained_in(a, b)?,
        CmpOp::Gt => la > lb && all_contained_in(b, a)?,
        CmpOp::Ge => la >= lb && all_contained_in(b, a)?,
    })
}

/// A comparison where at least one operand is a dict view. Keys and items views
/// compare like sets with sets and other such views; everything else is not ours.
pub fn view_compare(op: CmpOp, a: Value, b: Value) -> R<Option<bool>> {
    let set_like = |v: Value| as_set(v).is_some() || is_set_view(v);
    if is_set_view(a) && set_like(b) {
        return Ok(Some(view_richcompare(op, a, b)?));
    }
    if is_set_view(b) && set_like(a) {
        return Ok(Some(view_richcompare(op.swapped(), b, a)?));
    }
    Ok(None)
}

// ---------------------------------------------------------------------------
// Operators.
// ---------------------------------------------------------------------------

/// `a | b` for two dicts: a copy of `a` updated with `b`.
pub fn binary(op: BinOp, a: Value, b: Value) -> R<Option<Obj>> {
    if op != BinOp::Or || as_dict(a).is_none() || as_dict(b).is_none() {
        return Ok(None);
    }
    let r = dict_copy(a)?;
    merge_dict(r.v(), b)?;
    Ok(Some(r))
}

/// `a |= b`: updates `a` from a dict or an iterable of pairs and returns it.
pub fn inplace_or(a: Value, b: Value) -> R<Option<Obj>> {
    if as_dict(a).is_none() {
        return Ok(None);
    }
    update_arg(a, b)?;
    Ok(Some(a.to_owned()))
}

/// `item in c` for a dict or a dict view.
pub fn contains(c: Value, item: Value) -> R<bool> {
    if let Some((kind, d)) = view_of(c) {
        return match kind {
            ViewKind::Keys => Ok(dict_get(d, item)?.is_some()),
            ViewKind::Items => {
                let t = match as_tuple(item) {
                    Some(t) if t.items.len() == 2 => t,
                    _ => return Ok(false),
                };
                let (k, v) = (t.items[0].to_owned(), t.items[1].to_owned());
                match dict_get(d, k.v())? {
                    Some(found) => same_or_eq(found.v(), v.v()),
                    None => Ok(false),
                }
            }
            ViewKind::Values => {
                for v in view_elements(ViewKind::Values, d) {
                    if same_or_eq(v.v(), item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        };
    }
    Ok(dict_get(c, item)?.is_some())
}

// ---------------------------------------------------------------------------
// Updating.
// ---------------------------------------------------------------------------

/// Adds every pair of the dict `src` to `dst`, replacing values of present keys
/// (CPython's `dict_merge`: by entry position, raising RuntimeError if an insertion
/// changed the number of `src`'s entries).
pub(crate) fn merge_dict(dst: Value, src: Value) -> R<()> {
    if dst == src || table(src).is_empty() {
        return Ok(());
    }
    // Into an empty dict, a source without holes is copied as it is.
    if table(dst).is_empty() && watch(dst).is_null() && table(src).clones_whole(false) {
        let old = std::mem::replace(table_mut(dst), clone_table(src));
        drop(old);
        return Ok(());
    }
    // One big resize at the start rather than growing step by step.
    table_mut(dst).presize_for_merge(table(src).len());
    let src = src.to_owned();
    let n = table(src.v()).entries_capacity();
    for i in 0..n {
        let (h, k, v) = match table(src.v()).entry_at_hashed(i) {
            Some((h, k, v)) => (h, (*k).to_owned(), (*v).to_owned()),
            None => continue,
        };
        insert_hashed(dst, h, k.v(), v.v())?;
        if table(src.v()).entries_capacity() != n {
            return Err(raise(&RUNTIME_ERROR, "dict mutated during update"));
        }
    }
    Ok(())
}

/// Raises CPython's TypeError for an element of a pair sequence that is not itself
/// iterable, replacing the TypeError that was raised.
fn not_a_sequence(i: usize) -> Raised {
    match crate::exc::take_current() {
        Some(e) if !e.ty().is_subtype(&TYPE_ERROR) => crate::exc::set_current(e),
        _ => raise(&TYPE_ERROR, format!("cannot convert dictionary update sequence element #{} to a sequence", i)),
    }
}

/// Adds the pairs of an iterable of 2-element iterables to `dst`.
fn merge_pairs(dst: Value, src: Value) -> R<()> {
    let it = ops::iter(src)?;
    let mut i = 0usize;
    while let Some(item) = ops::next(it.v())? {
        let elems = match ops::collect(item.v()) {
            Ok(e) => e,
            Err(Raised) => return Err(not_a_sequence(i)),
        };
        if elems.len() != 2 {
            return Err(raise(
                &VALUE_ERROR,
                format!("dictionary update sequence element #{} has length {}; 2 is required", i, elems.len()),
            ));
        }
        dict_set(dst, elems[0].v(), elems[1].v())?;
        i += 1;
    }
    Ok(())
}

/// `dst.update(arg)` for one positional argument: a dict, or an iterable of pairs.
fn update_arg(dst: Value, arg: Value) -> R<()> {
    // A dict whose iteration is dict's own is merged directly, as in CPython.
    if as_dict(arg).is_some() && (!crate::class::is_heap(arg.ty()) || crate::class::lookup_type(arg.ty(), "__iter__").is_none()) {
        return merge_dict(dst, arg);
    }
    // CPython's `PyDict_Merge`: anything with a `keys` method is a mapping.
    match crate::ops::getattr(arg, "keys") {
        Ok(keys) => {
            let ks = crate::call::call(keys.v(), &Args::positional(&[]))?;
            let it = crate::ops::iter(ks.v())?;
            while let Some(k) = crate::iter::next(it.v())? {
                let v = crate::ops::getitem(arg, k.v())?;
                dict_set(dst, k.v(), v.v())?;
            }
            Ok(())
        }
        Err(_) if crate::exc::current_is(&ATTRIBUTE_ERROR) => {
            crate::exc::clear_current();
            merge_pairs(dst, arg)
        }
        Err(e) => Err(e),
    }
}

/// Applies `update`'s (and `dict()`'s) arguments: at most one positional, then the
/// keyword arguments in order.
fn update_from_args(dst: Value, fname: &str, args: &Args) -> R<()> {
    args.arity(fname, 0, 1)?;
    if let Some(&a) = args.pos.first() {
        update_arg(dst, a)?;
    }
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        dict_set(dst, *k, *v)?;
    }
    Ok(())
}

/// `dict(...)`: `dict()`, `dict(mapping)`, `dict(iterable_of_pairs)`, plus keywords.
pub fn dict_construct(args: &Args) -> R<Obj> {
    let d = dict_new();
    update_from_args(d.v(), "dict", args)?;
    Ok(d)
}

// ---------------------------------------------------------------------------
// Methods.
// ---------------------------------------------------------------------------

/// Checks the arguments of a slot wrapper method (`d.__len__()`, `d.__setitem__(k, v)`)
/// with CPython's messages for them.
pub(crate) fn wrapper_arity(args: &Args, name: &str, n: usize) -> R<()> {
    if !args.kwnames.is_empty() {
        return type_error(format!("wrapper {}() takes no keyword arguments", name));
    }
    if args.pos.len() != n {
        // Two-argument slot wrappers unpack with an empty function name, hence the space.
        let lead = if n == 2 { " " } else { "" };
        return type_error(format!("{}expected {} argument{}, got {}", lead, n, if n == 1 { "" } else { "s" }, args.pos.len()));
    }
    Ok(())
}

/// Checks the arguments of a slot wrapper that unpacks them with `PyArg_UnpackTuple(args,
/// "", min, max)` (`x.__pow__(y[, mod])`, `s.__mul__(n)`): the empty function name leaves
/// CPython's messages with a leading space.
pub(crate) fn wrapper_unpack(args: &Args, name: &str, min: usize, max: usize) -> R<()> {
    if !args.kwnames.is_empty() {
        return type_error(format!("wrapper {}() takes no keyword arguments", name));
    }
    let n = args.pos.len();
    let (bound, which) = if n < min {
        (min, "at least ")
    } else if n > max {
        (max, "at most ")
    } else {
        return Ok(());
    };
    let which = if min == max { "" } else { which };
    type_error(format!(" expected {}{} argument{}, got {}", which, bound, if bound == 1 { "" } else { "s" }, n))
}

/// The special methods the builtin types share: `__repr__`, `__str__`, object's
/// `__format__` (`type_format` says whether the type has its own: then `__format__` is
/// left to it) and the rich comparisons. `comparable(other)` says whether the type's
/// comparison handles `other`, and `ordered` whether it defines `<`, `<=`, `>`, `>=`; the
/// wrapper answers NotImplemented otherwise, as CPython's slots do. `Ok(None)` for
/// other names.
pub(crate) fn shared_dunder(o: Value, name: &str, args: &Args, comparable: &dyn Fn(Value) -> bool, ordered: bool) -> R<Option<Obj>> {
    let op = match name {
        "__eq__" => CmpOp::Eq,
        "__ne__" => CmpOp::Ne,
        "__lt__" => CmpOp::Lt,
        "__le__" => CmpOp::Le,
        "__gt__" => CmpOp::Gt,
        "__ge__" => CmpOp::Ge,
        // The type's own repr, even when a subclass overrides `__repr__`.
        "__repr__" => {
            wrapper_arity(args, name, 0)?;
            return ops::repr_base(o).map(Some);
        }
        // str's own `__str__` makes an exact str; the others are object's, which calls
        // `repr(self)` (a subclass's `__repr__` included).
        "__str__" => {
            wrapper_arity(args, name, 0)?;
            return match as_str(o) {
                Some(_) if o.ty().heap.is_null() => Ok(Some(o.to_owned())),
                Some(s) => Ok(Some(str_from(&*s.s))),
                None => ops::repr(o).map(Some),
            };
        }
        "__format__" => {
            args.no_kwargs("object.__format__")?;
            args.arity("object.__format__", 1, 1)?;
            let spec = match as_str(args.pos[0]) {
                Some(s) => &s.s,
                None => return type_error(format!("__format__() argument must be str, not {}", ops::arg_type_name(args.pos[0]))),
            };
            return crate::strs::format(o, spec).map(Some);
        }
        _ => return Ok(None),
    };
    wrapper_arity(args, name, 1)?;
    let other = args.pos[0];
    if !comparable(other) || (!ordered && !matches!(op, CmpOp::Eq | CmpOp::Ne)) {
        return Ok(Some(not_implemented()));
    }
    ops::compare_base(op, o, other).map(Some)
}

/// `dict.fromkeys(iterable[, value])` (CPython's `_PyDict_FromKeys`): the keys of an
/// exact dict, set or frozenset are inserted with their stored hashes, walking the
/// operand by position; other iterables are iterated.
pub fn fromkeys(args: &Args) -> R<Obj> {
    args.no_kwargs("dict.fromkeys")?;
    args.arity("fromkeys", 1, 2)?;
    let value = args.pos.get(1).copied().unwrap_or(none_v());
    let iterable = args.pos[0];
    let d = dict_new();
    let exact = |t: &'static TypeObj| !iterable.is_small() && !iterable.is_null() && std::ptr::eq(iterable.ty(), t);
    if exact(&DICT_TYPE) {
        let mut pos = 0;
        while let Some((i, h, k, _)) = table(iterable).next_entry_hashed(pos) {
            pos = i + 1;
            let k = (*k).to_owned();
            insert_hashed(d.v(), h, k.v(), value)?;
        }
        return Ok(d);
    }
    if exact(&SET_TYPE) || exact(&FROZENSET_TYPE) {
        let mut pos = 0;
        while let Some((i, h, k)) = as_set(iterable).unwrap().table.next_entry(pos) {
            pos = i + 1;
            let k = (*k).to_owned();
            insert_hashed(d.v(), h, k.v(), value)?;
        }
        return Ok(d);
    }
    let it = ops::iter(iterable)?;
    while let Some(k) = ops::next(it.v())? {
        setitem(d.v(), k.v(), value)?;
    }
    Ok(d)
}

/// `d.name(*args)` for the methods listed in [`METHODS`].
pub fn call_method(o: Value, name: &str, args: &Args) -> R<Option<Obj>> {
    if as_dict(o).is_none() {
        return Ok(None);
    }
    let noargs = |n: &str| -> R<()> {
        let f = format!("dict.{}", n);
        args.no_kwargs(&f)?;
        args.arity(&f, 0, 0)
    };
    let r = match name {
        "get" => {
            args.no_kwargs("dict.get")?;
            args.arity("get", 1, 2)?;
            match dict_get(o, args.pos[0])? {
                Some(v) => v,
                None => args.pos.get(1).map(|v| (*v).to_owned()).unwrap_or_else(none),
            }
        }
        "setdefault" => {
            args.no_kwargs("dict.setdefault")?;
            args.arity("setdefault", 1, 2)?;
            let k = args.pos[0];
            let default = args.pos.get(1).map(|v| (*v).to_owned()).unwrap_or_else(none);
            let h = ops::hash(k)?;
            let key = k.to_owned();
            match lookup_pos(o, h, k)?.and_then(|pos| table(o).entry_at(pos)) {
                Some((_, v)) => (*v).to_owned(),
                None => {
                    table_mut(o).insert_unique(h, key.into_raw(), default.clone().into_raw());
                    let w = watch(o);
                    if !w.is_null() {
                        crate::module::on_set(w, k, default.v());
                    }
                    default
                }
            }
        }
        "pop" => {
            args.no_kwargs("dict.pop")?;
            args.arity("pop", 1, 2)?;
            let k = args.pos[0];
            let default = args.pos.get(1).copied();
            // CPython answers an empty dict without hashing the key.
            if table(o).is_empty() {
                return match default {
                    Some(d) => Ok(Some(d.to_owned())),
                    None => Err(raise_with(&KEY_ERROR, k.to_owned())),
                };
            }
            let h = ops::hash(k)?;
            match remove_hashed(o, h, k)? {
                Some(v) => v,
                None => match default {
                    Some(d) => d.to_owned(),
                    None => return Err(raise_with(&KEY_ERROR, k.to_owned())),
                },
            }
        }
        "popitem" => {
            noargs("popitem")?;
            match table_mut(o).pop_last() {
                Some((k, v)) => {
                    let w = watch(o);
                    if !w.is_null() {
                        crate::module::on_remove(w, k);
                    }
                    tuple_from(vec![k, v])
                }
                None => return Err(raise(&KEY_ERROR, "popitem(): dictionary is empty")),
            }
        }
        "keys" => {
            noargs("keys")?;
            new_view(o, &DICT_KEYS_TYPE)
        }
        "values" => {
            noargs("values")?;
            new_view(o, &DICT_VALUES_TYPE)
        }
        "items" => {
            noargs("items")?;
            new_view(o, &DICT_ITEMS_TYPE)
        }
        "update" => {
            update_from_args(o, "update", args)?;
            none()
        }
        "clear" => {
            noargs("clear")?;
            dict_clear(o);
            none()
        }
        "copy" => {
            noargs("copy")?;
            dict_copy(o)?
        }
        "__contains__" => {
            args.no_kwargs("dict.__contains__")?;
            args.arity("dict.__contains__", 1, 1)?;
            bool_obj(contains(o, args.pos[0])?)
        }
        "__getitem__" => {
            args.no_kwargs("dict.__getitem__")?;
            args.arity("dict.__getitem__", 1, 1)?;
            getitem(o, args.pos[0])?
        }
        "__setitem__" => {
            wrapper_arity(args, "__setitem__", 2)?;
            setitem(o, args.pos[0], args.pos[1])?;
            none()
        }
        "__delitem__" => {
            wrapper_arity(args, "__delitem__", 1)?;
            delitem(o, args.pos[0])?;
            none()
        }
        "__len__" => {
            wrapper_arity(args, "__len__", 0)?;
            int_from_i64(dict_len(o) as i64)
        }
        "fromkeys" => fromkeys(args)?,
        "__iter__" => {
            wrapper_arity(args, name, 0)?;
            ops::iter_base(o)?
        }
        "__reversed__" => {
            noargs("__reversed__")?;
            crate::iter::reversed_construct(&Args::positional(&[o]))?
        }
        "__or__" | "__ror__" => {
            wrapper_arity(args, name, 1)?;
            let other = args.pos[0];
            let (a, b) = if name == "__or__" { (o, other) } else { (other, o) };
            binary(BinOp::Or, a, b)?.unwrap_or_else(not_implemented)
        }
        "__ior__" => {
            wrapper_arity(args, name, 1)?;
            update_arg(o, args.pos[0])?;
            o.to_owned()
        }
        _ => return shared_dunder(o, name, args, &|v| as_dict(v).is_some(), false),
    };
    Ok(Some(r))
}

// ---------------------------------------------------------------------------
// ABI.
// ---------------------------------------------------------------------------

/// `{k0: v0, k1: v1, ...}`: `items` holds `n` key/value pairs laid out
/// `k0, v0, k1, v1, ...` (borrowed); later keys override earlier ones.
#[no_mangle]
pub unsafe extern "C" fn rt_build_dict(items: *const Value, n: i64) -> Value {
    let n = n.max(0) as usize;
    let items: &[Value] = if n == 0 { &[] } else { std::slice::from_raw_parts(items, 2 * n) };
    let d = crate::gc::new_obj(DictObj { head: Header::new(&DICT_TYPE), table: Dict::with_capacity(n), watch: std::ptr::null_mut() });
    let r = (|| -> R<Obj> {
        for kv in items.chunks_exact(2) {
            dict_set(d.v(), kv[0], kv[1])?;
        }
        Ok(d)
    })();
    abi(r)
}

#[cfg(test)]
mod tests {
    //! Expected texts were printed by CPython 3.11.7.
    use super::*;
    use num_bigint::BigInt;

    fn int(n: i64) -> Obj {
        int_from_i64(n)
    }
    fn build(pairs: &[(i64, i64)]) -> Obj {
        let objs: Vec<Obj> = pairs.iter().flat_map(|&(k, v)| [int(k), int(v)]).collect();
        let vals: Vec<Value> = objs.iter().map(|o| o.v()).collect();
        let r = unsafe { rt_build_dict(vals.as_ptr(), pairs.len() as i64) };
        assert!(!r.is_null());
        unsafe { r.owned() }
    }
    fn text(v: Value) -> String {
        str_text(ops::repr(v).unwrap().v()).to_string()
    }
    fn method(o: Value, name: &str, args: &[Value]) -> R<Obj> {
        ops::call_method(o, name, &Args::positional(args))
    }
    fn error_text() -> String {
        let e = crate::exc::take_current().unwrap();
        let m = crate::exc::exc_str(crate::exc::as_exc(e.v()).unwrap(), e.ty()).unwrap();
        format!("{}: {}", e.ty().name, str_text(m.v()))
    }

    #[test]
    fn insertion_order_and_replacement() {
        let d = build(&[(1, 10), (2, 20), (3, 30), (1, 11)]);
        assert_eq!(text(d.v()), "{1: 11, 2: 20, 3: 30}");
        delitem(d.v(), int(2).v()).unwrap();
        setitem(d.v(), int(2).v(), int(22).v()).unwrap();
        assert_eq!(text(d.v()), "{1: 11, 3: 30, 2: 22}");
        assert_eq!(text(method(d.v(), "popitem", &[]).unwrap().v()), "(2, 22)");
        assert_eq!(text(method(d.v(), "keys", &[]).unwrap().v()), "dict_keys([1, 3])");
        assert_eq!(text(method(d.v(), "values", &[]).unwrap().v()), "dict_values([11, 30])");
        assert_eq!(text(method(d.v(), "items", &[]).unwrap().v()), "dict_items([(1, 11), (3, 30)])");
        assert_eq!(text(build(&[]).v()), "{}");
    }

    #[test]
    fn equality_and_or() {
        let a = build(&[(1, 2), (3, 4)]);
        let b = build(&[(3, 4), (1, 2)]);
        assert_eq!(compare(CmpOp::Eq, a.v(), b.v()).unwrap(), Some(true));
        assert_eq!(compare(CmpOp::Lt, a.v(), b.v()).unwrap(), None);
        let c = binary(BinOp::Or, a.v(), build(&[(5, 6), (1, 0)]).v()).unwrap().unwrap();
        assert_eq!(text(c.v()), "{1: 0, 3: 4, 5: 6}");
        let nan = float(f64::NAN);
        let x = dict_new();
        dict_set(x.v(), int(1).v(), nan.v()).unwrap();
        let y = dict_new();
        dict_set(y.v(), int(1).v(), nan.v()).unwrap();
        assert_eq!(compare(CmpOp::Eq, x.v(), y.v()).unwrap(), Some(true));
    }

    #[test]
    fn errors_match_cpython() {
        let d = build(&[(1, 2)]);
        assert!(getitem(d.v(), int(5).v()).is_err());
        assert_eq!(error_text(), "KeyError: 5");
        assert!(method(build(&[]).v(), "popitem", &[]).is_err());
        assert_eq!(error_text(), "KeyError: 'popitem(): dictionary is empty'");
        assert!(method(d.v(), "get", &[]).is_err());
        assert_eq!(error_text(), "TypeError: get expected at least 1 argument, got 0");
        assert!(method(d.v(), "keys", &[int(1).v()]).is_err());
        assert_eq!(error_text(), "TypeError: dict.keys() takes no arguments (1 given)");
        let triple = tuple_from(vec![int(1).into_raw(), int(2).into_raw(), int(3).into_raw()]);
        let seq = list_from(vec![triple.into_raw()]);
        assert!(dict_construct(&Args::positional(&[seq.v()])).is_err());
        assert_eq!(error_text(), "ValueError: dictionary update sequence element #0 has length 3; 2 is required");
        let seq = list_from(vec![int(1).into_raw()]);
        assert!(method(d.v(), "update", &[seq.v()]).is_err());
        assert_eq!(error_text(), "TypeError: cannot convert dictionary update sequence element #0 to a sequence");
        assert!(dict_set(d.v(), list_from(vec![]).v(), int(1).v()).is_err());
        assert_eq!(error_text(), "TypeError: unhashable type: 'list'");
    }

    #[test]
    fn references_are_balanced() {
        let k = int_from_big(BigInt::from(1u64) << 80);
        let v = int_from_big(BigInt::from(1u64) << 90);
        {
            let d = dict_new();
            dict_set(d.v(), k.v(), v.v()).unwrap();
            dict_set(d.v(), k.v(), v.v()).unwrap();
            let e = method(d.v(), "copy", &[]).unwrap();
            method(e.v(), "pop", &[k.v()]).unwrap();
            method(d.v(), "setdefault", &[int(3).v(), v.v()]).unwrap();
            let items = method(d.v(), "items", &[]).unwrap();
            assert!(contains(items.v(), tuple_from(vec![k.clone().into_raw(), v.clone().into_raw()]).v()).unwrap());
            inplace_or(e.v(), d.v()).unwrap();
            method(d.v(), "clear", &[]).unwrap();
        }
        assert_eq!(k.v().refcount(), 1);
        assert_eq!(v.v().refcount(), 1);
    }
}
