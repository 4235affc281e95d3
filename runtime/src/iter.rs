//! The iteration protocol and the builtin iterators: `iter()`/`next()` for every
//! builtin iterable, `enumerate`, `zip`, `reversed`, and the `range` type (its
//! constructor, repr, comparison, length, membership, subscripts and attributes).
//!
//! Every builtin iterator is an [`IterObj`] whose header type names it
//! (`list_iterator`, `range_iterator`, ...) and whose [`IterState`] says how to step it.
//! An exhausted iterator drops what it holds and becomes `IterState::Done`, as CPython's
//! iterators release their sequence. Dict and set iterators remember the size of their
//! container and raise RuntimeError when it changes, as CPython does.

use crate::call::Args;
use crate::exc::{raise, type_error, value_error};
use crate::objects::*;
use crate::ops;
use crate::seq::{self, int_of, int_to_big, IntRef};
use crate::types::*;
use crate::value::{abi, Header, Obj, Raised, Value, R};
use krait_abi::CmpOp;
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

// The iteration protocol.

/// Does `get_iter` iterate values of this layout itself?
pub fn iterable_kind(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Generator
            | Kind::Awaitable
            | Kind::Bytes
            | Kind::ByteArray
            | Kind::MemoryView
            | Kind::List
            | Kind::Tuple
            | Kind::Str
            | Kind::Dict
            | Kind::DictView
            | Kind::Set
            | Kind::FrozenSet
            | Kind::Range
            | Kind::Iter
    )
}

/// `iter(v)`: a new iterator over any builtin iterable; an iterator returns itself.
pub fn get_iter(v: Value) -> R<Obj> {
    let kind = v.ty().kind;
    match kind {
        Kind::Generator | Kind::Awaitable => Ok(v.to_owned()),
        Kind::Bytes => Ok(iter_new(&BYTES_ITER_TYPE, IterState::Seq { seq: v.to_owned().into_raw(), idx: 0 })),
        Kind::ByteArray => Ok(iter_new(&BYTEARRAY_ITER_TYPE, IterState::Seq { seq: v.to_owned().into_raw(), idx: 0 })),
        Kind::MemoryView => crate::memoryview::iter(v),
        Kind::List => Ok(iter_new(&LIST_ITER_TYPE, IterState::Seq { seq: v.to_owned().into_raw(), idx: 0 })),
        Kind::Tuple => Ok(iter_new(&TUPLE_ITER_TYPE, IterState::Seq { seq: v.to_owned().into_raw(), idx: 0 })),
        Kind::Str => {
            let ty: &'static TypeObj = if as_str(v).unwrap().is_ascii() { &STR_ASCII_ITER_TYPE } else { &STR_ITER_TYPE };
            Ok(iter_new(ty, IterState::Seq { seq: v.to_owned().into_raw(), idx: 0 }))
        }
        Kind::Dict => Ok(dict_iter(&DICT_KEYITER_TYPE, v)),
        Kind::DictView => {
            let d = as_dictview(v).unwrap().dict;
            let ty = v.ty();
            let it_ty: &'static TypeObj = if std::ptr::eq(ty, &DICT_VALUES_TYPE) {
                &DICT_VALUEITER_TYPE
            } else if std::ptr::eq(ty, &DICT_ITEMS_TYPE) {
                &DICT_ITEMITER_TYPE
            } else {
                &DICT_KEYITER_TYPE
            };
            Ok(dict_iter(it_ty, d))
        }
        Kind::Set | Kind::FrozenSet => {
            let len = as_set(v).unwrap().table.len();
            Ok(iter_new(&SET_ITER_TYPE, IterState::Set { set: v.to_owned().into_raw(), pos: 0, len }))
        }
        Kind::Range => {
            // The common case, without big-int arithmetic: small bounds. Every value
            // produced lies between start and stop, so it is small too.
            if let Some((cur, stop, step)) = range_small(v) {
                return Ok(iter_new(&RANGE_ITER_TYPE, IterState::Range { cur, stop, step }));
            }
            let (start, stop, step) = range_parts(v);
            Ok(range_iter(start, stop, step))
        }
        Kind::Iter => Ok(v.to_owned()),
        _ => type_error(format!("'{}' object is not iterable", ops::type_name(v))),
    }
}

fn dict_iter(ty: &'static TypeObj, d: Value) -> Obj {
    let len = as_dict(d).map_or(0, |x| x.table.len());
    iter_new(ty, IterState::Dict { dict: d.to_owned().into_raw(), pos: 0, len, left: len })
}

/// An iterator over `range(start, stop, step)`: machine ints when every value it can
/// produce fits a small int, big ints otherwise.
fn range_iter(start: BigInt, stop: BigInt, step: BigInt) -> Obj {
    // CPython's name depends on whether the bounds and the length fit a C long.
    let fits_long = start.to_i64().is_some()
        && stop.to_i64().is_some()
        && step.to_i64().is_some()
        && range_length(&start, &stop, &step).to_i64().is_some();
    let ty: &'static TypeObj = if fits_long { &RANGE_ITER_TYPE } else { &LONGRANGE_ITER_TYPE };
    let small = |b: &BigInt| b.to_i64().filter(|&n| Value::fits_small(n));
    let state = match (small(&start), small(&stop), small(&step)) {
        (Some(cur), Some(stop), Some(step)) => IterState::Range { cur, stop, step },
        _ => IterState::BigRange { cur: start, stop, step },
    };
    iter_new(ty, state)
}

/// What a dict iterator of type `ty` yields for an entry: the value, a `(key, value)`
/// pair, or the key, depending on whether `ty` is its values or items iterator type.
fn dict_item(ty: &TypeObj, values: &TypeObj, items: &TypeObj, k: Value, v: Value) -> Obj {
    if std::ptr::eq(ty, values) {
        v.to_owned()
    } else if std::ptr::eq(ty, items) {
        tuple_from(vec![k.to_owned().into_raw(), v.to_owned().into_raw()])
    } else {
        k.to_owned()
    }
}

/// Releases the references an iterator state holds (it is being replaced).
fn release_state(state: IterState) {
    match state {
        IterState::Seq { seq, .. } | IterState::Rev { seq, .. } => seq.decref(),
        IterState::Dict { dict, .. } | IterState::DictRev { dict, .. } => dict.decref(),
        IterState::Set { set, .. } => set.decref(),
        IterState::Enumerate { it, count } => {
            it.decref();
            count.decref();
        }
        IterState::Zip { its, .. } => its.into_iter().for_each(|v| v.decref()),
        IterState::Callable { func, sentinel } => {
            func.decref();
            sentinel.decref();
        }
        IterState::SeqProto { seq, .. } => seq.decref(),
        IterState::Map { func, its } => {
            func.decref();
            its.into_iter().for_each(|v| v.decref());
        }
        IterState::Filter { func, it } => {
            func.decref();
            it.decref();
        }
        IterState::Native(n) => drop(n),
        IterState::Range { .. } | IterState::BigRange { .. } | IterState::Done => {}
    }
}

/// Marks an iterator exhausted, releasing its container.
fn finish(it: Value) {
    if let Some(io) = as_iter(it) {
        let old = std::mem::replace(&mut io.state, IterState::Done);
        release_state(old);
    }
}

/// `next(it)`: the next item as a new reference, `Ok(None)` when exhausted.
pub fn next(it: Value) -> R<Option<Obj>> {
    if it.ty().kind == Kind::Generator {
        return crate::gen::next(it);
    }
    if it.ty().kind == Kind::Awaitable {
        return crate::coro::aw_next(it);
    }
    if !it.is_small() && crate::class::is_heap(it.ty()) {
        if let Some(r) = crate::class::next_hook(it)? {
            return Ok(r);
        }
    }
    let io = match as_iter(it) {
        Some(io) => io,
        None => return type_error(format!("'{}' object is not an iterator", ops::type_name(it))),
    };
    if let IterState::Native(n) = &io.state {
        // Through a shared reference: the state may be re-entered (see `native_iter`).
        let n: *const dyn crate::native_iter::NativeIter = &**n;
        return unsafe { (*n).next(it) };
    }
    match &mut io.state {
        IterState::Seq { seq, idx } => {
            let s = *seq;
            if let Some(l) = as_list(s) {
                if let Some(&x) = l.items.get(*idx) {
                    *idx += 1;
                    return Ok(Some(x.to_owned()));
                }
            } else if let Some(t) = as_tuple(s) {
                if let Some(&x) = t.items.get(*idx) {
                    *idx += 1;
                    return Ok(Some(x.to_owned()));
                }
            } else if let Some(b) = crate::bytes::as_bytes(s) {
                if let Some(&c) = b.get(*idx) {
                    *idx += 1;
                    return Ok(Some(int_from_i64(c as i64)));
                }
            } else if matches!(s.ty().kind, Kind::ByteArray | Kind::MemoryView) {
                if let Some(c) = crate::bytearray::item_at(s, *idx)? {
                    *idx += 1;
                    return Ok(Some(int_from_i64(c as i64)));
                }
            } else if let Some(st) = as_str(s) {
                if let Some(c) = st.s[*idx..].chars().next() {
                    let w = c.len_utf8();
                    let ch = str_from(&st.s[*idx..*idx + w]);
                    *idx += w;
                    return Ok(Some(ch));
                }
            }
            finish(it);
            Ok(None)
        }
        IterState::Rev { seq, idx } => {
            let s = *seq;
            if *idx > 0 && std::ptr::eq(it.ty(), &REVERSED_TYPE) && !seq::is_exact_tuple(s) {
                // A `reversed` object over any sequence: `seq[idx - 1]`, which may run
                // Python code (CPython's `PySequence_GetItem`).
                let (s, k) = (s.to_owned(), int_from_i64(*idx as i64 - 1));
                return match ops::getitem(s.v(), k.v()) {
                    Ok(x) => {
                        if let Some(IterState::Rev { idx, .. }) = as_iter(it).map(|io| &mut io.state) {
                            *idx = idx.saturating_sub(1);
                        }
                        Ok(Some(x))
                    }
                    Err(_) if crate::exc::current_is(&INDEX_ERROR) || crate::exc::current_is(&STOP_ITERATION) => {
                        crate::exc::clear_current();
                        finish(it);
                        Ok(None)
                    }
                    Err(e) => Err(e),
                };
            }
            let items: &[Value] = match (as_list(s), as_tuple(s)) {
                (Some(l), _) => &l.items,
                (_, Some(t)) => &t.items,
                _ => &[],
            };
            if *idx > 0 && *idx <= items.len() {
                *idx -= 1;
                return Ok(Some(items[*idx].to_owned()));
            }
            finish(it);
            Ok(None)
        }
        IterState::Range { cur, stop, step } => {
            let more = if *step > 0 { *cur < *stop } else { *cur > *stop };
            if more {
                let x = *cur;
                *cur += *step;
                return Ok(Some(int_from_i64(x)));
            }
            finish(it);
            Ok(None)
        }
        IterState::BigRange { cur, stop, step } => {
            let more = if step.is_positive() { *cur < *stop } else { *cur > *stop };
            if more {
                let x = cur.clone();
                *cur += &*step;
                return Ok(Some(int_from_big(x)));
            }
            finish(it);
            Ok(None)
        }
        IterState::Dict { dict, pos, len, left } => {
            let d = as_dict(*dict).unwrap();
            if d.table.len() != *len {
                // Sticky, as CPython: every later call raises too.
                *len = usize::MAX;
                return Err(raise(&RUNTIME_ERROR, "dictionary changed size during iteration"));
            }
            let (k, v) = match d.table.next_entry(*pos) {
                // An item beyond the count the dict had: keys were deleted and added
                // (the size is the same), as CPython detects.
                Some(_) if *left == 0 => {
                    finish(it);
                    return Err(raise(&RUNTIME_ERROR, "dictionary keys changed during iteration"));
                }
                Some((i, &k, &v)) => {
                    *pos = i + 1;
                    *left -= 1;
                    (k, v)
                }
                None => {
                    finish(it);
                    return Ok(None);
                }
            };
            Ok(Some(dict_item(it.ty(), &DICT_VALUEITER_TYPE, &DICT_ITEMITER_TYPE, k, v)))
        }
        IterState::DictRev { dict, pos, len } => {
            let d = as_dict(*dict).unwrap();
            if d.table.len() != *len {
                *len = usize::MAX;
                return Err(raise(&RUNTIME_ERROR, "dictionary changed size during iteration"));
            }
            let (k, v) = match d.table.prev_entry(*pos) {
                Some((i, &k, &v)) => {
                    *pos = i;
                    (k, v)
                }
                None => {
                    finish(it);
                    return Ok(None);
                }
            };
            Ok(Some(dict_item(it.ty(), &DICT_REVVALUEITER_TYPE, &DICT_REVITEMITER_TYPE, k, v)))
        }
        IterState::Set { set, pos, len } => {
            let s = as_set(*set).unwrap();
            if s.table.len() != *len {
                *len = usize::MAX;
                return Err(raise(&RUNTIME_ERROR, "Set changed size during iteration"));
            }
            match s.table.next_entry(*pos) {
                Some((i, _, &k)) => {
                    *pos = i + 1;
                    Ok(Some(k.to_owned()))
                }
                None => {
                    finish(it);
                    Ok(None)
                }
            }
        }
        IterState::Enumerate { it: inner, .. } => {
            // The inner iterator may run code; hold our own reference meanwhile and
            // look at this iterator's state afresh afterwards.
            let inner = (*inner).to_owned();
            let x = match next(inner.v())? {
                Some(x) => x,
                None => return Ok(None),
            };
            let io = as_iter(it).unwrap();
            let count = match &mut io.state {
                IterState::Enumerate { count, .. } => count,
                _ => return Ok(None),
            };
            let c = unsafe { count.owned() };
            let next_count = int_add_one(c.v());
            *count = next_count.into_raw();
            Ok(Some(tuple_from(vec![c.into_raw(), x.into_raw()])))
        }
        IterState::Zip { its, strict } => {
            if its.is_empty() {
                return Ok(None);
            }
            let strict = *strict;
            let its: Vec<Obj> = its.iter().map(|&v| v.to_owned()).collect();
            let mut items: Vec<Obj> = Vec::with_capacity(its.len());
            for (i, it_i) in its.iter().enumerate() {
                match ops::next(it_i.v())? {
                    Some(x) => items.push(x),
                    // As CPython, zip keeps its iterators: a later call tries again.
                    None if !strict => return Ok(None),
                    None => {
                        // strict=True: every iterator must end at the same time.
                        let plural = |i: usize| if i == 1 { " 1".to_string() } else { format!("s 1-{}", i) };
                        if i > 0 {
                            return value_error(format!("zip() argument {} is shorter than argument{}", i + 1, plural(i)));
                        }
                        for (j, other) in its.iter().enumerate().skip(1) {
                            if next(other.v())?.is_some() {
                                return value_error(format!("zip() argument {} is longer than argument{}", j + 1, plural(j)));
                            }
                        }
                        return Ok(None);
                    }
                }
            }
            Ok(Some(tuple_from(items.into_iter().map(Obj::into_raw).collect())))
        }
        IterState::Callable { func, sentinel } => {
            let (func, sentinel) = ((*func).to_owned(), (*sentinel).to_owned());
            let x = crate::call::call(func.v(), &Args::positional(&[]))?;
            if ops::eq(x.v(), sentinel.v())? {
                finish(it);
                return Ok(None);
            }
            Ok(Some(x))
        }
        IterState::SeqProto { seq, idx } => {
            let (seq, i) = ((*seq).to_owned(), *idx);
            *idx += 1;
            let k = int_from_i64(i);
            match ops::getitem(seq.v(), k.v()) {
                Ok(v) => Ok(Some(v)),
                Err(e) => {
                    if crate::exc::current_is(&INDEX_ERROR) || crate::exc::current_is(&STOP_ITERATION) {
                        crate::exc::clear_current();
                        finish(it);
                        return Ok(None);
                    }
                    Err(e)
                }
            }
        }
        IterState::Map { func, its } => {
            let (func, its): (Obj, Vec<Obj>) = ((*func).to_owned(), its.iter().map(|v| (*v).to_owned()).collect());
            let mut items = Vec::with_capacity(its.len());
            for i in &its {
                match ops::next(i.v())? {
                    Some(x) => items.push(x),
                    None => {
                        finish(it);
                        return Ok(None);
                    }
                }
            }
            let vals: Vec<Value> = items.iter().map(|x| x.v()).collect();
            Ok(Some(crate::call::call(func.v(), &Args::positional(&vals))?))
        }
        IterState::Filter { func, it: src } => {
            let (func, src) = ((*func).to_owned(), (*src).to_owned());
            loop {
                let Some(x) = ops::next(src.v())? else {
                    finish(it);
                    return Ok(None);
                };
                let keep = if is_none(func.v()) {
                    ops::truthy(x.v())?
                } else {
                    let r = crate::call::call(func.v(), &Args::positional(&[x.v()]))?;
                    ops::truthy(r.v())?
                };
                if keep {
                    return Ok(Some(x));
                }
            }
        }
        IterState::Native(_) | IterState::Done => Ok(None),
    }
}

/// `map(func, *iterables)`.
pub unsafe extern "C" fn map_new(args: *const Value, nargs: i64, kwnames: Value) -> Value {
    let a = Args::from_abi(args, nargs, kwnames);
    crate::value::abi((|| {
        a.no_kwargs("map")?;
        if a.pos.len() < 2 {
            return type_error("map() must have at least two arguments.");
        }
        let mut its = vec![];
        for v in &a.pos[1..] {
            its.push(ops::iter(*v)?.into_raw());
        }
        Ok(iter_new(&MAP_TYPE, IterState::Map { func: a.pos[0].to_owned().into_raw(), its }))
    })())
}

/// `filter(func, iterable)`.
pub unsafe extern "C" fn filter_new(args: *const Value, nargs: i64, kwnames: Value) -> Value {
    let a = Args::from_abi(args, nargs, kwnames);
    crate::value::abi((|| {
        a.no_kwargs("filter")?;
        a.arity("filter", 2, 2)?;
        let src = ops::iter(a.pos[1])?;
        Ok(iter_new(&FILTER_TYPE, IterState::Filter { func: a.pos[0].to_owned().into_raw(), it: src.into_raw() }))
    })())
}

/// `iter(func, sentinel)`.
pub fn callable_iter(func: Value, sentinel: Value) -> R<Obj> {
    if !crate::call::is_callable(func) {
        return type_error("iter(v, w): v must be callable");
    }
    Ok(iter_new(&CALLABLE_ITER_TYPE, IterState::Callable { func: func.to_owned().into_raw(), sentinel: sentinel.to_owned().into_raw() }))
}

/// `n + 1` for an int.
fn int_add_one(n: Value) -> Obj {
    match int_of(n) {
        Some(IntRef::Small(k)) => int_from_i64(k + 1),
        Some(IntRef::Big(b)) => int_from_big(b + 1),
        None => n.to_owned(),
    }
}

// Constructors of the iterator types.

/// `enumerate(iterable, start=0)`.
pub fn enumerate_construct(args: &Args) -> R<Obj> {
    let total = args.pos.len() + args.kwvals.len();
    if total > 2 {
        return type_error(format!("enumerate() takes at most 2 arguments ({} given)", total));
    }
    let names = ["iterable", "start"];
    let mut slots: [Option<Value>; 2] = [None, None];
    for (i, &v) in args.pos.iter().enumerate() {
        slots[i] = Some(v);
    }
    for (&k, &v) in args.kwnames.iter().zip(args.kwvals) {
        let k = str_text(k);
        match names.iter().position(|n| *n == k) {
            Some(i) if slots[i].is_some() => {
                return type_error(format!("argument for enumerate() given by name ('{}') and position ({})", k, i + 1));
            }
            Some(i) => slots[i] = Some(v),
            None => return type_error(format!("'{}' is an invalid keyword argument for enumerate()", k)),
        }
    }
    let iterable = match slots[0] {
        Some(v) => v,
        None => return type_error("enumerate() missing required argument 'iterable'"),
    };
    let start = match slots[1] {
        Some(s) => seq::index_value(s)?,
        None => int_from_i64(0),
    };
    let it = ops::iter(iterable)?;
    Ok(iter_new(&ENUMERATE_TYPE, IterState::Enumerate { it: it.into_raw(), count: start.into_raw() }))
}

/// `zip(*iterables)`; `strict=` is accepted but not enforced.
pub fn zip_construct(args: &Args) -> R<Obj> {
    for &k in args.kwnames {
        let k = str_text(k);
        if k != "strict" {
            return type_error(format!("'{}' is an invalid keyword argument for zip()", k));
        }
    }
    let strict = match args.kw("strict") {
        Some(v) => ops::truthy(v)?,
        None => false,
    };
    let its = args.pos.iter().map(|&v| ops::iter(v)).collect::<R<Vec<Obj>>>()?;
    Ok(iter_new(&ZIP_TYPE, IterState::Zip { its: its.into_iter().map(Obj::into_raw).collect(), strict }))
}

/// `reversed(seq)`.
pub fn reversed_construct(args: &Args) -> R<Obj> {
    args.no_kwargs("reversed")?;
    if args.pos.len() != 1 {
        return type_error(format!("reversed expected 1 argument, got {}", args.pos.len()));
    }
    let v = args.pos[0];
    match v.ty().kind {
        Kind::List => {
            let n = as_list(v).unwrap().items.len();
            Ok(iter_new(&LIST_REVITER_TYPE, IterState::Rev { seq: v.to_owned().into_raw(), idx: n }))
        }
        Kind::Range => {
            let (start, stop, step) = range_parts(v);
            let n = range_length(&start, &stop, &step);
            // The last item, walking back to one step before the first.
            let last = &start + (&n - 1) * &step;
            let end = &start - &step;
            Ok(range_iter(last, end, -step))
        }
        Kind::Str => {
            let rev: String = str_text(v).chars().rev().collect();
            Ok(iter_new(&REVERSED_TYPE, IterState::Seq { seq: str_from(rev).into_raw(), idx: 0 }))
        }
        Kind::Dict | Kind::DictView => {
            let ty = v.ty();
            let (d, it_ty): (Value, &'static TypeObj) = if ty.kind == Kind::Dict {
                (v, &DICT_REVKEYITER_TYPE)
            } else if std::ptr::eq(ty, &DICT_VALUES_TYPE) {
                (as_dictview(v).unwrap().dict, &DICT_REVVALUEITER_TYPE)
            } else if std::ptr::eq(ty, &DICT_ITEMS_TYPE) {
                (as_dictview(v).unwrap().dict, &DICT_REVITEMITER_TYPE)
            } else {
                (as_dictview(v).unwrap().dict, &DICT_REVKEYITER_TYPE)
            };
            let dict = as_dict(d).unwrap();
            let (len, pos) = (dict.table.len(), dict.table.entries_capacity());
            Ok(iter_new(it_ty, IterState::DictRev { dict: d.to_owned().into_raw(), pos, len }))
        }
        // A `reversed` object reading the tuple from its end (through `__getitem__`
        // for a subclass that defines it).
        Kind::Tuple => {
            let n = seq::seq_len(v);
            Ok(iter_new(&REVERSED_TYPE, IterState::Rev { seq: v.to_owned().into_raw(), idx: n }))
        }
        _ => type_error(format!("'{}' object is not reversible", ops::type_name(v))),
    }
}

/// A `reversed` object over a sequence of `n` items that defines `__getitem__` and
/// `__len__`, read from its end through `__getitem__`.
pub fn reversed_sequence(v: Value, n: usize) -> Obj {
    iter_new(&REVERSED_TYPE, IterState::Rev { seq: v.to_owned().into_raw(), idx: n })
}

// Pickling the iterators of lists and tuples and `reversed` objects.

/// Does the iterator `it` have the method `name` of the list, tuple and `reversed`
/// iterators (`__reduce__`, `__setstate__`, `__length_hint__`)?
pub fn has_seq_iter_method(it: Value, name: &str) -> bool {
    matches!(name, "__reduce__" | "__setstate__" | "__length_hint__") && seq_iter_kind(it).is_some()
}

/// Which of the pickled iterator types `it` is.
fn seq_iter_kind(it: Value) -> Option<&'static TypeObj> {
    let ty = it.ty();
    [&LIST_ITER_TYPE, &TUPLE_ITER_TYPE, &LIST_REVITER_TYPE, &REVERSED_TYPE].into_iter().find(|t| std::ptr::eq(ty, *t))
}

/// The sequence a forward or reverse iterator reads and its position, in CPython's
/// terms: the index of the next item (forward), or of the next item counting down,
/// -1 at the end (reverse). `None` once exhausted (CPython drops the sequence).
fn seq_iter_position(it: Value) -> Option<(Value, isize)> {
    match &as_iter(it)?.state {
        IterState::Seq { seq, idx } if as_str(*seq).is_some() => {
            // `reversed(str)` reads a reversed copy: the original and the index of the
            // next character counting down.
            let rest = str_text(*seq)[*idx..].chars().count() as isize;
            Some((*seq, rest - 1))
        }
        IterState::Seq { seq, idx } => Some((*seq, *idx as isize)),
        IterState::Rev { seq, idx } => Some((*seq, *idx as isize - 1)),
        _ => None,
    }
}

/// `__reduce__`, `__setstate__` and `__length_hint__` of the list, tuple and
/// `reversed` iterators, as CPython's.
pub fn seq_iter_method(it: Value, name: &str, args: &Args) -> R<Option<Obj>> {
    let Some(ty) = seq_iter_kind(it) else { return Ok(None) };
    let reverse = std::ptr::eq(ty, &LIST_REVITER_TYPE) || std::ptr::eq(ty, &REVERSED_TYPE);
    match name {
        "__length_hint__" => {
            args.no_kwargs("__length_hint__")?;
            args.arity("__length_hint__", 0, 0)?;
            let n = match seq_iter_position(it) {
                None => 0,
                Some((s, i)) => {
                    let len = if as_str(s).is_some() { (i + 1).max(0) as usize } else { ops::len(s)? };
                    if reverse {
                        if (len as isize) < i + 1 { 0 } else { (i + 1).max(0) as usize }
                    } else {
                        len.saturating_sub(i.max(0) as usize)
                    }
                }
            };
            Ok(Some(int_from_i64(n as i64)))
        }
        "__reduce__" => {
            args.no_kwargs("__reduce__")?;
            args.arity("__reduce__", 0, 0)?;
            let builtin = |n: &str| crate::builtins::lookup(n).expect("a builtin");
            Ok(Some(match seq_iter_position(it) {
                Some((s, i)) => {
                    let s = if let Some(st) = as_str(s) { str_from(st.s.chars().rev().collect::<String>()) } else { s.to_owned() };
                    let f = if std::ptr::eq(ty, &LIST_ITER_TYPE) || std::ptr::eq(ty, &TUPLE_ITER_TYPE) {
                        builtin("iter")
                    } else {
                        REVERSED_TYPE.as_value().to_owned()
                    };
                    tuple_from(vec![f.into_raw(), tuple_from(vec![s.into_raw()]).into_raw(), int_from_i64(i as i64).into_raw()])
                }
                // Exhausted: an iterator over an empty sequence of the same kind.
                None => {
                    let (f, empty) = if std::ptr::eq(ty, &REVERSED_TYPE) {
                        (ty.as_value().to_owned(), tuple_from(vec![]))
                    } else if std::ptr::eq(ty, &TUPLE_ITER_TYPE) {
                        (builtin("iter"), tuple_from(vec![]))
                    } else {
                        (builtin("iter"), list_from(vec![]))
                    };
                    tuple_from(vec![f.into_raw(), tuple_from(vec![empty.into_raw()]).into_raw()])
                }
            }))
        }
        "__setstate__" => {
            args.no_kwargs("__setstate__")?;
            args.arity("__setstate__", 1, 1)?;
            let index = seq::ssize_arg(args.pos[0])?;
            let Some((s, _)) = seq_iter_position(it) else { return Ok(Some(none())) };
            let io = as_iter(it).unwrap();
            if let (Some(st), IterState::Seq { idx, .. }) = (as_str(s), &mut io.state) {
                // The reversed copy of `reversed(str)`: skip to the character that
                // leaves `index + 1` to read.
                let n = st.s.chars().count() as isize;
                let skip = (n - 1 - index.clamp(-1, n - 1)) as usize;
                *idx = st.s.char_indices().nth(skip).map_or(st.s.len(), |(b, _)| b);
                return Ok(Some(none()));
            }
            let len = ops::len(s)? as isize;
            let io = as_iter(it).unwrap();
            match &mut io.state {
                IterState::Seq { idx, .. } => *idx = index.clamp(0, len) as usize,
                IterState::Rev { idx, .. } => *idx = (index.clamp(-1, len - 1) + 1) as usize,
                _ => {}
            }
            Ok(Some(none()))
        }
        _ => Ok(None),
    }
}

// range.

/// The start, stop and step of a range as big ints.
fn range_parts(r: Value) -> (BigInt, BigInt, BigInt) {
    let r = as_range(r).unwrap();
    let f = |v: Value| int_to_big(v).unwrap_or_default();
    (f(r.start), f(r.stop), f(r.step))
}

/// The start, stop and step of a range as machine ints, when they all are small.
fn range_small(r: Value) -> Option<(i64, i64, i64)> {
    let r = as_range(r).unwrap();
    if r.start.is_small() && r.stop.is_small() && r.step.is_small() {
        Some((r.start.as_small(), r.stop.as_small(), r.step.as_small()))
    } else {
        None
    }
}

/// The number of items of `range(start, stop, step)`, as CPython's `compute_range_length`.
fn range_length(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    if step.is_positive() && start < stop {
        (stop - start - 1) / step + 1
    } else if step.is_negative() && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        BigInt::zero()
    }
}

fn small_range_length(start: i64, stop: i64, step: i64) -> i64 {
    // Small ints are below 2**62 in magnitude, so these differences fit an i64.
    if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    }
}

fn new_range(start: Obj, stop: Obj, step: Obj) -> Obj {
    crate::gc::new_obj(RangeObj {
        head: Header::new(&RANGE_TYPE),
        start: start.into_raw(),
        stop: stop.into_raw(),
        step: step.into_raw(),
    })
}

/// `range(stop)`, `range(start, stop[, step])`.
pub fn range_construct(args: &Args) -> R<Obj> {
    args.no_kwargs("range")?;
    args.arity("range", 1, 3)?;
    let vals = args.pos.iter().map(|&v| seq::index_value(v)).collect::<R<Vec<Obj>>>()?;
    let mut vals = vals.into_iter();
    let (start, stop, step) = match args.pos.len() {
        1 => (int_from_i64(0), vals.next().unwrap(), int_from_i64(1)),
        2 => (vals.next().unwrap(), vals.next().unwrap(), int_from_i64(1)),
        _ => (vals.next().unwrap(), vals.next().unwrap(), vals.next().unwrap()),
    };
    if step.v() == Value::small(0) {
        return value_error("range() arg 3 must not be zero");
    }
    Ok(new_range(start, stop, step))
}

fn int_text(v: Value) -> String {
    match int_of(v) {
        Some(IntRef::Small(n)) => n.to_string(),
        Some(IntRef::Big(b)) => b.to_string(),
        None => String::new(),
    }
}

/// `repr(range)`: `range(0, 5)` or `range(0, 10, 2)`.
pub fn range_repr(v: Value) -> R<Obj> {
    let r = as_range(v).unwrap();
    let s = if r.step == Value::small(1) {
        format!("range({}, {})", int_text(r.start), int_text(r.stop))
    } else {
        format!("range({}, {}, {})", int_text(r.start), int_text(r.stop), int_text(r.step))
    };
    Ok(str_from(s))
}

/// `==` and `!=` between ranges compare the sequences they produce; other operators
/// are not defined (`Ok(None)`).
pub fn range_compare(op: CmpOp, a: Value, b: Value) -> R<Option<bool>> {
    let eq = match op {
        CmpOp::Eq | CmpOp::Ne => a == b || {
            let (s1, e1, st1) = range_parts(a);
            let (s2, e2, st2) = range_parts(b);
            let n1 = range_length(&s1, &e1, &st1);
            let n2 = range_length(&s2, &e2, &st2);
            if n1 != n2 {
                false
            } else if n1.is_zero() {
                true
            } else if s1 != s2 {
                false
            } else {
                n1.is_one() || st1 == st2
            }
        },
        _ => return Ok(None),
    };
    Ok(Some(if op == CmpOp::Eq { eq } else { !eq }))
}

/// The length of a range as a big int.
fn range_len_big(v: Value) -> BigInt {
    if let Some((a, b, c)) = range_small(v) {
        return BigInt::from(small_range_length(a, b, c));
    }
    let (a, b, c) = range_parts(v);
    range_length(&a, &b, &c)
}

/// `bool(range)`: whether it has any item (never overflows, unlike `len`).
pub fn range_truthy(v: Value) -> bool {
    !range_len_big(v).is_zero()
}

/// `len(range)`; OverflowError when it does not fit a machine size, as CPython.
pub fn range_len(v: Value) -> R<usize> {
    if let Some((a, b, c)) = range_small(v) {
        return Ok(small_range_length(a, b, c) as usize);
    }
    match range_len_big(v).to_i64() {
        Some(n) => Ok(n as usize),
        None => Err(raise(&OVERFLOW_ERROR, "Python int too large to convert to C ssize_t")),
    }
}

/// `x in range`: arithmetic for ints, a scan comparing with `==` otherwise.
pub fn range_contains(r: Value, x: Value) -> R<bool> {
    if let Some(n) = int_of(x) {
        if let (Some((start, stop, step)), IntRef::Small(n)) = (range_small(r), &n) {
            let n = *n;
            return Ok(if step > 0 {
                start <= n && n < stop && (n - start) % step == 0
            } else {
                stop < n && n <= start && (start - n) % (-step) == 0
            });
        }
        let n = match n {
            IntRef::Small(k) => BigInt::from(k),
            IntRef::Big(b) => b.clone(),
        };
        let (start, stop, step) = range_parts(r);
        return Ok(if step.is_positive() {
            start <= n && n < stop && ((&n - &start) % &step).is_zero()
        } else {
            stop < n && n <= start && ((&start - &n) % (-&step)).is_zero()
        });
    }
    let it = ops::iter(r)?;
    while let Some(y) = ops::next(it.v())? {
        if seq::item_eq(y.v(), x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// A slice part as a big int: `None` is `None`, non-ints raise TypeError.
fn big_slice_part(v: Value) -> R<Option<BigInt>> {
    if is_none(v) {
        return Ok(None);
    }
    match int_to_big(v) {
        Some(b) => Ok(Some(b)),
        None => type_error("slice indices must be integers or None or have an __index__ method"),
    }
}

/// CPython's `_PySlice_GetLongIndices`: start, stop and step of a slice applied to a
/// sequence of `length` items, in big ints.
fn big_slice_indices(s: &SliceObj, length: &BigInt) -> R<(BigInt, BigInt, BigInt)> {
    let step = big_slice_part(s.step)?.unwrap_or_else(BigInt::one);
    if step.is_zero() {
        return value_error("slice step cannot be zero");
    }
    let neg = step.is_negative();
    let (lower, upper) = if neg { (BigInt::from(-1), length - 1) } else { (BigInt::zero(), length.clone()) };
    let fix = |v: Option<BigInt>, dflt: &BigInt| -> BigInt {
        match v {
            None => dflt.clone(),
            Some(v) if v.is_negative() => {
                let v = v + length;
                if v < lower {
                    lower.clone()
                } else {
                    v
                }
            }
            Some(v) => {
                if v > upper {
                    upper.clone()
                } else {
                    v
                }
            }
        }
    };
    let start = fix(big_slice_part(s.start)?, if neg { &upper } else { &lower });
    let stop = fix(big_slice_part(s.stop)?, if neg { &lower } else { &upper });
    Ok((start, stop, step))
}

/// `range[k]`: an item, or a range for a slice.
pub fn range_getitem(r: Value, k: Value) -> R<Obj> {
    if let Some(s) = as_slice(k) {
        let (start, _, step) = range_parts(r);
        let len = range_len_big(r);
        let (i, j, st) = big_slice_indices(s, &len)?;
        let new_start = &start + i * &step;
        let new_stop = &start + j * &step;
        let new_step = step * st;
        return Ok(new_range(int_from_big(new_start), int_from_big(new_stop), int_from_big(new_step)));
    }
    if let Some(n) = int_of(k) {
        if let (Some((start, stop, step)), IntRef::Small(i)) = (range_small(r), &n) {
            let len = small_range_length(start, stop, step);
            let i = if *i < 0 { *i + len } else { *i };
            if i < 0 || i >= len {
                return Err(raise(&INDEX_ERROR, "range object index out of range"));
            }
            return Ok(int_from_big(BigInt::from(start) + BigInt::from(i) * step));
        }
        let i = match n {
            IntRef::Small(x) => BigInt::from(x),
            IntRef::Big(b) => b.clone(),
        };
        let (start, _, step) = range_parts(r);
        let len = range_len_big(r);
        let i = if i.is_negative() { i + &len } else { i };
        if i.is_negative() || i >= len {
            return Err(raise(&INDEX_ERROR, "range object index out of range"));
        }
        return Ok(int_from_big(start + i * step));
    }
    type_error(format!("range indices must be integers or slices, not {}", ops::type_name(k)))
}

/// The attributes of a range: `start`, `stop`, `step`.
pub fn range_getattr(o: Value, name: &str) -> R<Option<Obj>> {
    let r = as_range(o).unwrap();
    Ok(match name {
        "start" => Some(r.start.to_owned()),
        "stop" => Some(r.stop.to_owned()),
        "step" => Some(r.step.to_owned()),
        _ => None,
    })
}

/// The methods of `range`, for attribute lookup.
pub const RANGE_METHODS: &[&str] = &["count", "index"];

/// The position of the int `x` in a range, if it is one of its items.
fn range_position(r: Value, x: Value) -> Option<BigInt> {
    let n = int_to_big(x)?;
    let (start, stop, step) = range_parts(r);
    let inside = if step.is_positive() { start <= n && n < stop } else { stop < n && n <= start };
    let off = &n - &start;
    if inside && (&off % &step).is_zero() {
        Some(off / step)
    } else {
        None
    }
}

/// Calls a method of a range (`count`, `index`); `Ok(None)` when there is no such method.
pub fn range_call_method(o: Value, name: &str, args: &Args) -> R<Option<Obj>> {
    let fname = match name {
        "count" => "range.count",
        "index" => "range.index",
        _ => return Ok(None),
    };
    args.no_kwargs(fname)?;
    args.arity(fname, 1, 1)?;
    let x = args.pos[0];
    if int_of(x).is_some() {
        let pos = range_position(o, x);
        return match (name, pos) {
            ("count", p) => Ok(Some(int_from_i64(p.is_some() as i64))),
            (_, Some(p)) => Ok(Some(int_from_big(p))),
            (_, None) => {
                let r = ops::repr(x)?;
                value_error(format!("{} is not in range", str_text(r.v())))
            }
        };
    }
    // Anything else is searched for with `==`, item by item.
    let it = ops::iter(o)?;
    let (mut count, mut i) = (0i64, 0i64);
    while let Some(y) = ops::next(it.v())? {
        if seq::item_eq(y.v(), x)? {
            if name == "index" {
                return Ok(Some(int_from_i64(i)));
            }
            count += 1;
        }
        i += 1;
    }
    if name == "index" {
        return value_error("sequence.index(x): x not in sequence");
    }
    Ok(Some(int_from_i64(count)))
}

/// `hash(range)`: CPython hashes `(len, start, step)`, with `None` for the parts that
/// do not matter to equality (`(0, None, None)` when empty, `(1, start, None)` for one item).
pub fn range_hash(v: Value) -> R<i64> {
    let r = as_range(v).unwrap();
    let len = range_len_big(v);
    let parts = if len.is_zero() {
        vec![int_from_i64(0), none(), none()]
    } else if len.is_one() {
        vec![int_from_i64(1), r.start.to_owned(), none()]
    } else {
        vec![int_from_big(len), r.start.to_owned(), r.step.to_owned()]
    };
    let t = tuple_from(parts.into_iter().map(Obj::into_raw).collect());
    seq::tuple_hash(t.v())
}

// ABI entry points.

/// `iter(v)` for a `for` loop: a new reference, or 0 after raising.
#[no_mangle]
pub unsafe extern "C" fn rt_get_iter(v: Value) -> Value {
    abi(ops::iter(v))
}

/// One step of a `for` loop: 1 with a new reference in `*out`, 0 when exhausted, -1
/// after raising.
#[no_mangle]
pub unsafe extern "C" fn rt_iter_next(it: Value, out: *mut Value) -> i32 {
    match ops::next(it) {
        Ok(Some(x)) => {
            *out = x.into_raw();
            1
        }
        Ok(None) => 0,
        Err(Raised) => -1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn range_lengths() {
        assert_eq!(small_range_length(0, 10, 3), 4);
        assert_eq!(small_range_length(10, 0, -3), 4);
        assert_eq!(small_range_length(0, 0, 1), 0);
        assert_eq!(small_range_length(5, 0, 1), 0);
        let b = |n: i64| BigInt::from(n);
        assert_eq!(range_length(&b(-5), &b(5), &b(2)), b(5));
        assert_eq!(range_length(&b(5), &b(-5), &b(-2)), b(5));
    }

    fn collect_ints(it: Obj) -> Vec<i64> {
        let mut out = Vec::new();
        while let Some(x) = next(it.v()).unwrap() {
            out.push(x.v().as_small());
        }
        out
    }

    #[test]
    fn range_iterates_and_reverses() {
        let r = new_range(int_from_i64(1), int_from_i64(10), int_from_i64(3));
        assert_eq!(collect_ints(get_iter(r.v()).unwrap()), vec![1, 4, 7]);
        let pos = [r.v()];
        let rev = reversed_construct(&Args::positional(&pos)).unwrap();
        assert_eq!(collect_ints(rev), vec![7, 4, 1]);
        let empty = new_range(int_from_i64(5), int_from_i64(0), int_from_i64(1));
        let pos = [empty.v()];
        let rev = reversed_construct(&Args::positional(&pos)).unwrap();
        assert_eq!(collect_ints(rev), Vec::<i64>::new());
    }

    #[test]
    fn range_membership() {
        let r = new_range(int_from_i64(0), int_from_i64(10), int_from_i64(3));
        assert!(range_contains(r.v(), Value::small(9)).unwrap());
        assert!(!range_contains(r.v(), Value::small(10)).unwrap());
        assert!(!range_contains(r.v(), Value::small(-3)).unwrap());
        let r = new_range(int_from_i64(10), int_from_i64(0), int_from_i64(-2));
        assert!(range_contains(r.v(), Value::small(2)).unwrap());
        assert!(!range_contains(r.v(), Value::small(0)).unwrap());
    }
}
