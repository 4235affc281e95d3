//! Lists and tuples: repr, hashing, comparison, concatenation and repetition,
//! subscripts (indices and slices, including slice assignment and deletion), the
//! methods of `list` and `tuple`, the constructors `list()` and `tuple()`, Python's
//! stable sort, and the ABI entry points for building and unpacking sequences.
//!
//! Also home to the integer helpers that every sequence type shares: converting an
//! index (`index_of`), unpacking a slice against a length (`slice_indices`, CPython's
//! `PySlice_Unpack` plus `PySlice_AdjustIndices`) and `__index__`-style conversions.
//!
//! Element operations go through the generic protocol in `ops`, which may one day run
//! user code that mutates the very list being walked. So loops over a list re-read its
//! length on each step and take a reference to an element before calling back.

use crate::call::{self, Args};
use crate::exc::{raise, type_error, value_error};
use crate::objects::*;
use crate::ops;
use crate::types::*;
use crate::value::{Obj, Raised, Value, R};
use krait_abi::{BinOp, CmpOp};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use std::cell::RefCell;

/// The methods of `list`, for attribute lookup.
pub const LIST_METHODS: &[&str] = &[
    "append", "clear", "copy", "count", "extend", "index", "insert", "pop", "remove", "reverse", "sort", "__len__",
    "__contains__", "__getitem__", "__setitem__", "__delitem__", "__iter__", "__reversed__", "__add__", "__iadd__",
    "__mul__", "__rmul__", "__imul__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__repr__", "__str__",
    "__format__",
];

/// The methods of `tuple`, for attribute lookup.
pub const TUPLE_METHODS: &[&str] = &[
    "count", "index", "__len__", "__contains__", "__getitem__", "__iter__", "__add__", "__mul__", "__rmul__", "__hash__",
    "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__repr__", "__str__", "__format__", "__getnewargs__",
];

// Integer helpers shared by the sequence types.

/// A borrowed view of an int (or bool) value.
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

/// The int value of an int or bool, or `None` for any other value.
pub fn int_of<'a>(v: Value) -> Option<IntRef<'a>> {
    if v.is_small() {
        return Some(IntRef::Small(v.as_small()));
    }
    if let Some(b) = ops::as_bool(v) {
        return Some(IntRef::Small(b as i64));
    }
    as_bigint(v).map(IntRef::Big)
}

/// Is `v` an int or a bool (something with an exact `__index__`)?
pub fn is_int(v: Value) -> bool {
    int_of(v).is_some()
}

/// The value of an int or bool as a big integer.
pub fn int_to_big(v: Value) -> Option<BigInt> {
    match int_of(v)? {
        IntRef::Small(n) => Some(BigInt::from(n)),
        IntRef::Big(b) => Some(b.clone()),
    }
}

/// The value of an int or bool as an `i64`, if it fits.
fn int_to_i64(v: Value) -> Option<i64> {
    match int_of(v)? {
        IntRef::Small(n) => Some(n),
        IntRef::Big(b) => b.to_i64(),
    }
}

/// `operator.index(v)`: the int itself (a bool becomes 0 or 1), or CPython's TypeError.
pub fn index_value(v: Value) -> R<Obj> {
    match int_of(v) {
        Some(IntRef::Small(n)) => Ok(int_from_i64(n)),
        Some(IntRef::Big(_)) => Ok(v.to_owned()),
        None => type_error(format!("'{}' object cannot be interpreted as an integer", ops::type_name(v))),
    }
}

/// An `__index__` argument converted to a C `Py_ssize_t`, as argument clinic does:
/// TypeError for a non-int, OverflowError for an int that does not fit.
pub fn ssize_arg(v: Value) -> R<isize> {
    if !is_int(v) {
        return type_error(format!("'{}' object cannot be interpreted as an integer", ops::type_name(v)));
    }
    match int_to_i64(v) {
        Some(n) => Ok(n as isize),
        None => Err(raise(&OVERFLOW_ERROR, "Python int too large to convert to C ssize_t")),
    }
}

/// An int clamped to the `Py_ssize_t` range, as CPython's `_PyEval_SliceIndex` does;
/// `None` for a non-int.
fn clamped_index(v: Value) -> Option<isize> {
    match int_of(v)? {
        IntRef::Small(n) => Some(n as isize),
        IntRef::Big(b) => Some(match b.to_i64() {
            Some(n) => n as isize,
            None if b.is_negative() => isize::MIN,
            None => isize::MAX,
        }),
    }
}

/// The position an index designates in a sequence of `len` items: negative indices
/// count from the end; `Ok(None)` when out of range. An int too large for a machine
/// index raises IndexError "cannot fit 'int' into an index-sized integer", as CPython.
/// The caller has checked that `idx` is an int or bool (see [`is_int`]); any other
/// value raises a generic TypeError.
pub fn index_of(idx: Value, len: usize) -> R<Option<usize>> {
    let n = match int_of(idx) {
        Some(IntRef::Small(n)) => n,
        Some(IntRef::Big(b)) => match b.to_i64() {
            Some(n) => n,
            None => return Err(raise(&INDEX_ERROR, "cannot fit 'int' into an index-sized integer")),
        },
        None => return type_error(format!("indices must be integers or slices, not {}", ops::type_name(idx))),
    };
    let len = len as i64;
    let n = if n < 0 { n + len } else { n };
    Ok(if n >= 0 && n < len { Some(n as usize) } else { None })
}

fn slice_part(v: Value) -> R<isize> {
    match clamped_index(v) {
        Some(n) => Ok(n),
        None => type_error("slice indices must be integers or None or have an __index__ method"),
    }
}

/// Unpacks a slice against a sequence of `len` items: `(start, stop, step, slicelength)`
/// exactly as CPython's `PySlice_Unpack` followed by `PySlice_AdjustIndices`. The
/// items selected are `start + i*step` for `i` in `0..slicelength`.
pub fn slice_indices(s: &SliceObj, len: usize) -> R<(isize, isize, isize, usize)> {
    let step = if is_none(s.step) { 1 } else { slice_part(s.step)? };
    if step == 0 {
        return value_error("slice step cannot be zero");
    }
    // Keep -step representable, as CPython does.
    let step = step.max(-isize::MAX);
    let start = if is_none(s.start) {
        if step < 0 {
            isize::MAX
        } else {
            0
        }
    } else {
        slice_part(s.start)?
    };
    let stop = if is_none(s.stop) {
        if step < 0 {
            isize::MIN
        } else {
            isize::MAX
        }
    } else {
        slice_part(s.stop)?
    };
    Ok(adjust_indices(len as isize, start, stop, step))
}

/// CPython's `PySlice_AdjustIndices`.
fn adjust_indices(length: isize, mut start: isize, mut stop: isize, step: isize) -> (isize, isize, isize, usize) {
    if start < 0 {
        start += length;
        if start < 0 {
            start = if step < 0 { -1 } else { 0 };
        }
    } else if start >= length {
        start = if step < 0 { length - 1 } else { length };
    }
    if stop < 0 {
        stop += length;
        if stop < 0 {
            stop = if step < 0 { -1 } else { 0 };
        }
    } else if stop >= length {
        stop = if step < 0 { length - 1 } else { length };
    }
    let n = if step < 0 {
        if stop < start {
            ((start - stop - 1) / (-step) + 1) as usize
        } else {
            0
        }
    } else if start < stop {
        ((stop - start - 1) / step + 1) as usize
    } else {
        0
    };
    (start, stop, step, n)
}

// Element access.

/// The items of a list or tuple (empty for anything else). The slice is only valid
/// until the list is next mutated.
fn items<'a>(v: Value) -> &'a [Value] {
    if let Some(l) = as_list(v) {
        &l.items
    } else if let Some(t) = as_tuple(v) {
        &t.items
    } else {
        &[]
    }
}

/// A new reference to item `i` of a list or tuple, if it exists now.
fn item_at(v: Value, i: usize) -> Option<Obj> {
    items(v).get(i).map(|&x| x.to_owned())
}

pub fn seq_len(v: Value) -> usize {
    items(v).len()
}

/// Element equality as containers compare: identity first, then `==`
/// (CPython's `PyObject_RichCompareBool`, so a NaN equals itself here).
pub fn item_eq(a: Value, b: Value) -> R<bool> {
    if a == b {
        return Ok(true);
    }
    ops::eq(a, b)
}

fn kind_name(v: Value) -> &'static str {
    if v.ty().kind == Kind::List {
        "list"
    } else {
        "tuple"
    }
}

/// Takes new references to a run of values.
fn owned_vec(vals: &[Value]) -> Vec<Value> {
    vals.iter().map(|&x| x.to_owned().into_raw()).collect()
}

/// Releases values taken out of a container.
fn release(vals: Vec<Value>) {
    for v in vals {
        v.decref();
    }
}

fn memory_error() -> Raised {
    crate::exc::set_current(crate::exc::new_exc(&MEMORY_ERROR, tuple_from(Vec::new())))
}

// repr.

thread_local! {
    /// The containers whose repr is being built, to print `[...]` for self-references.
    static IN_REPR: RefCell<Vec<u64>> = const { RefCell::new(Vec::new()) };
}

/// `repr` of a list or tuple: `[1, 'a']`, `(1,)`, `()`, and `[...]` for a list that
/// contains itself.
pub fn repr(v: Value) -> R<Obj> {
    let is_list = v.ty().kind == Kind::List;
    let busy = IN_REPR.with(|s| s.borrow().contains(&v.0));
    if busy {
        return Ok(str_from(if is_list { "[...]" } else { "(...)" }));
    }
    IN_REPR.with(|s| s.borrow_mut().push(v.0));
    let r = repr_items(v, is_list);
    IN_REPR.with(|s| {
        let mut s = s.borrow_mut();
        if let Some(p) = s.iter().rposition(|&x| x == v.0) {
            s.remove(p);
        }
    });
    r
}

fn repr_items(v: Value, is_list: bool) -> R<Obj> {
    let mut out = String::from(if is_list { "[" } else { "(" });
    let mut i = 0;
    while let Some(x) = item_at(v, i) {
        if i > 0 {
            out.push_str(", ");
        }
        let r = ops::repr(x.v())?;
        out.push_str(str_text(r.v()));
        i += 1;
    }
    if !is_list && i == 1 {
        out.push(',');
    }
    out.push(if is_list { ']' } else { ')' });
    Ok(str_from(out))
}

// Hashing and comparison.

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// CPython 3.11's xxHash-based tuple hash, combining the items' hashes.
pub fn tuple_hash(v: Value) -> R<i64> {
    let t = as_tuple(v).expect("tuple_hash on a non-tuple");
    let hashes = t.items.iter().map(|&x| ops::hash(x)).collect::<R<Vec<i64>>>()?;
    Ok(combine_hashes(&hashes))
}

/// The tuple hash of items with these hashes.
fn combine_hashes(hashes: &[i64]) -> i64 {
    let mut acc: u64 = XXPRIME_5;
    for &h in hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add((hashes.len() as u64) ^ (XXPRIME_5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

/// Rich comparison of two lists or two tuples: lexicographic, the first unequal items
/// decide.
pub fn compare(op: CmpOp, a: Value, b: Value) -> R<bool> {
    // Lists of different lengths are never equal (tuples have no such shortcut).
    if a.ty().kind == Kind::List && matches!(op, CmpOp::Eq | CmpOp::Ne) && seq_len(a) != seq_len(b) {
        return Ok(op == CmpOp::Ne);
    }
    let mut i = 0;
    loop {
        let (x, y) = match (item_at(a, i), item_at(b, i)) {
            (Some(x), Some(y)) => (x, y),
            _ => break,
        };
        if !item_eq(x.v(), y.v())? {
            // An `__eq__` may have shrunk either list: with no item left at `i`, the
            // sizes decide, as in CPython's `list_richcompare`.
            if i >= seq_len(a) || i >= seq_len(b) {
                break;
            }
            return match op {
                CmpOp::Eq => Ok(false),
                CmpOp::Ne => Ok(true),
                _ => ops::compare_bool(op, x.v(), y.v()),
            };
        }
        i += 1;
    }
    let (la, lb) = (seq_len(a), seq_len(b));
    Ok(match op {
        CmpOp::Lt => la < lb,
        CmpOp::Le => la <= lb,
        CmpOp::Eq => la == lb,
        CmpOp::Ne => la != lb,
        CmpOp::Gt => la > lb,
        CmpOp::Ge => la >= lb,
    })
}

// Operators.

/// The repeat count of `seq * n`: negative counts are 0; an int beyond a machine
/// index raises OverflowError as CPython.
fn repeat_count(n: Value) -> R<usize> {
    match int_to_i64(n) {
        Some(k) => Ok(k.max(0) as usize),
        None => Err(raise(&OVERFLOW_ERROR, "cannot fit 'int' into an index-sized integer")),
    }
}

/// `items` repeated `n` times, as new references; MemoryError if it cannot fit.
fn repeated(src: &[Value], n: usize) -> R<Vec<Value>> {
    if src.is_empty() || n == 0 {
        return Ok(Vec::new());
    }
    let total = match src.len().checked_mul(n) {
        Some(t) if t <= isize::MAX as usize / 8 => t,
        _ => return Err(memory_error()),
    };
    let mut out: Vec<Value> = Vec::new();
    if out.try_reserve_exact(total).is_err() {
        return Err(memory_error());
    }
    for _ in 0..n {
        out.extend(src.iter().map(|&x| x.to_owned().into_raw()));
    }
    Ok(out)
}

/// Is `v` exactly a list (not an instance of a subclass)?
pub fn is_exact_list(v: Value) -> bool {
    std::ptr::eq(v.ty(), &crate::types::LIST_TYPE)
}

/// Is `v` exactly a tuple (not an instance of a subclass, such as a struct sequence)?
pub fn is_exact_tuple(v: Value) -> bool {
    std::ptr::eq(v.ty(), &crate::types::TUPLE_TYPE)
}

/// Does iterating `v` give its items as they are stored: a list or a tuple whose class
/// does not define `__iter__` (CPython takes the items directly only for exact lists
/// and tuples, and iterates anything else, which comes to the same for these)?
pub fn iterates_items(v: Value) -> bool {
    if is_exact_list(v) || is_exact_tuple(v) {
        return true;
    }
    matches!(v.ty().kind, Kind::List | Kind::Tuple) && crate::class::lookup_type(v.ty(), "__iter__").is_none()
}

fn repeat(seq: Value, n: Value) -> R<Obj> {
    let count = repeat_count(n)?;
    if let Some(t) = as_tuple(seq) {
        // Only an exact tuple is returned itself; an instance of a subclass gives a
        // new plain tuple.
        if (count == 1 || t.items.is_empty()) && is_exact_tuple(seq) {
            return Ok(seq.to_owned());
        }
        return Ok(tuple_from(repeated(&t.items, count)?));
    }
    Ok(list_from(repeated(items(seq), count)?))
}

/// `a + b` and `a * b` where one operand is a list or tuple; `Ok(None)` when the
/// operation is not defined for these operands.
pub fn binary(op: BinOp, a: Value, b: Value) -> R<Option<Obj>> {
    let (ka, kb) = (a.ty().kind, b.ty().kind);
    match op {
        BinOp::Add => match (ka, kb) {
            (Kind::List, Kind::List) => {
                let mut v = owned_vec(items(a));
                v.extend(owned_vec(items(b)));
                Ok(Some(list_from(v)))
            }
            (Kind::Tuple, Kind::Tuple) => {
                if seq_len(b) == 0 && is_exact_tuple(a) {
                    return Ok(Some(a.to_owned()));
                }
                if seq_len(a) == 0 && is_exact_tuple(b) {
                    return Ok(Some(b.to_owned()));
                }
                let mut v = owned_vec(items(a));
                v.extend(owned_vec(items(b)));
                Ok(Some(tuple_from(v)))
            }
            _ => Ok(None),
        },
        BinOp::Mul => {
            if matches!(ka, Kind::List | Kind::Tuple) && is_int(b) {
                Ok(Some(repeat(a, b)?))
            } else if matches!(kb, Kind::List | Kind::Tuple) && is_int(a) {
                Ok(Some(repeat(b, a)?))
            } else {
                Ok(None)
            }
        }
        _ => Ok(None),
    }
}

/// Appends every item of `src` (any iterable) to the list `l`.
pub fn extend(l: Value, src: Value) -> R<()> {
    // An instance of a subclass is iterated if its class defines `__iter__`.
    if iterates_items(src) || src == l {
        // A snapshot first: `l.extend(l)` doubles the list once.
        let v = owned_vec(items(src));
        as_list(l).unwrap().items.extend(v);
        return Ok(());
    }
    let it = ops::iter(src)?;
    while let Some(x) = ops::next(it.v())? {
        as_list(l).unwrap().items.push(x.into_raw());
    }
    Ok(())
}

/// `a += b` and `a *= n` for a list `a`: mutate it and return it.
pub fn inplace(op: BinOp, a: Value, b: Value) -> R<Option<Obj>> {
    if as_list(a).is_none() {
        return Ok(None);
    }
    match op {
        BinOp::Add => {
            extend(a, b)?;
            Ok(Some(a.to_owned()))
        }
        BinOp::Mul if is_int(b) => {
            let count = repeat_count(b)?;
            let l = as_list(a).unwrap();
            if count == 0 {
                release(std::mem::take(&mut l.items));
            } else if count > 1 {
                let extra = repeated(&l.items, count - 1)?;
                as_list(a).unwrap().items.extend(extra);
            }
            Ok(Some(a.to_owned()))
        }
        _ => Ok(None),
    }
}

/// `item in seq` for a list or tuple.
pub fn contains(c: Value, item: Value) -> R<bool> {
    let mut i = 0;
    while let Some(x) = item_at(c, i) {
        if item_eq(x.v(), item)? {
            return Ok(true);
        }
        i += 1;
    }
    Ok(false)
}

// Subscripts.

/// `o[k]` for a list or tuple: an index or a slice.
pub fn getitem(o: Value, k: Value) -> R<Obj> {
    let is_list = o.ty().kind == Kind::List;
    if let Some(s) = as_slice(k) {
        let len = seq_len(o);
        let (start, _, step, n) = slice_indices(s, len)?;
        if !is_list && step == 1 && n == len {
            return Ok(o.to_owned());
        }
        let src = items(o);
        let v: Vec<Value> = if step == 1 {
            owned_vec(&src[start as usize..start as usize + n])
        } else {
            (0..n).map(|i| src[(start + i as isize * step) as usize].to_owned().into_raw()).collect()
        };
        return Ok(if is_list { list_from(v) } else { tuple_from(v) });
    }
    if is_int(k) {
        let src = items(o);
        return match index_of(k, src.len())? {
            Some(i) => Ok(src[i].to_owned()),
            None => Err(raise(&INDEX_ERROR, format!("{} index out of range", kind_name(o)))),
        };
    }
    type_error(format!("{} indices must be integers or slices, not {}", kind_name(o), ops::type_name(k)))
}

/// Collects the right-hand side of a slice assignment; `msg` replaces the TypeError of
/// a value that is not iterable (CPython's `PySequence_Fast`).
fn assigned_items(l: Value, v: Value, msg: &str) -> R<Vec<Value>> {
    if v == l || iterates_items(v) {
        return Ok(owned_vec(items(v)));
    }
    let it = match ops::iter(v) {
        Ok(it) => it,
        Err(Raised) => {
            let e = crate::exc::take_current();
            return match e {
                Some(e) if e.ty().is_subtype(&TYPE_ERROR) => type_error(msg),
                Some(e) => Err(crate::exc::set_current(e)),
                None => Err(Raised),
            };
        }
    };
    let mut out: Vec<Obj> = Vec::new();
    while let Some(x) = ops::next(it.v())? {
        out.push(x);
    }
    Ok(out.into_iter().map(Obj::into_raw).collect())
}

/// Replaces `l[lo:hi]` (clamped to the current length) by `new` (owned values).
fn replace_range(l: Value, lo: isize, hi: isize, new: Vec<Value>) {
    let list = as_list(l).unwrap();
    let len = list.items.len() as isize;
    let lo = lo.clamp(0, len);
    let hi = hi.clamp(lo, len);
    let old: Vec<Value> = list.items.splice(lo as usize..hi as usize, new).collect();
    release(old);
}

/// `l[k] = v` for a list.
pub fn setitem(o: Value, k: Value, v: Value) -> R<()> {
    if let Some(s) = as_slice(k) {
        let (start, stop, step, n) = slice_indices(s, seq_len(o))?;
        if step == 1 {
            let new = assigned_items(o, v, "can only assign an iterable")?;
            replace_range(o, start, stop, new);
            return Ok(());
        }
        let new = assigned_items(o, v, "must assign iterable to extended slice")?;
        if new.len() != n {
            let msg = format!("attempt to assign sequence of size {} to extended slice of size {}", new.len(), n);
            release(new);
            return value_error(msg);
        }
        let list = as_list(o).unwrap();
        // Collecting the items may have run code that resized the list.
        let len = list.items.len() as isize;
        if n > 0 && (start >= len || start + (n as isize - 1) * step >= len || start + (n as isize - 1) * step < 0) {
            release(new);
            return value_error("list changed size during slice assignment");
        }
        let mut old = Vec::with_capacity(n);
        for (i, x) in new.into_iter().enumerate() {
            let p = (start + i as isize * step) as usize;
            old.push(std::mem::replace(&mut list.items[p], x));
        }
        release(old);
        return Ok(());
    }
    if is_int(k) {
        let list = as_list(o).unwrap();
        return match index_of(k, list.items.len())? {
            Some(i) => {
                let old = std::mem::replace(&mut list.items[i], v.to_owned().into_raw());
                old.decref();
                Ok(())
            }
            None => Err(raise(&INDEX_ERROR, "list assignment index out of range")),
        };
    }
    type_error(format!("list indices must be integers or slices, not {}", ops::type_name(k)))
}

/// `del l[k]` for a list.
pub fn delitem(o: Value, k: Value) -> R<()> {
    if let Some(s) = as_slice(k) {
        let (start, stop, step, n) = slice_indices(s, seq_len(o))?;
        if step == 1 {
            replace_range(o, start, stop, Vec::new());
            return Ok(());
        }
        if n == 0 {
            return Ok(());
        }
        // Walk the selected positions upwards.
        let (first, step) = if step < 0 { (start + (n as isize - 1) * step, -step) } else { (start, step) };
        let (first, step) = (first as usize, step as usize);
        let list = as_list(o).unwrap();
        let mut kept = Vec::with_capacity(list.items.len() - n);
        let mut gone = Vec::with_capacity(n);
        for (i, x) in std::mem::take(&mut list.items).into_iter().enumerate() {
            if i >= first && (i - first) % step == 0 && (i - first) / step < n {
                gone.push(x);
            } else {
                kept.push(x);
            }
        }
        list.items = kept;
        release(gone);
        return Ok(());
    }
    if is_int(k) {
        let list = as_list(o).unwrap();
        return match index_of(k, list.items.len())? {
            Some(i) => {
                list.items.remove(i).decref();
                Ok(())
            }
            None => Err(raise(&INDEX_ERROR, "list assignment index out of range")),
        };
    }
    type_error(format!("list indices must be integers or slices, not {}", ops::type_name(k)))
}

// Methods.

/// The start or stop of `index()`: an int clamped to the machine range.
fn index_bound(v: Value) -> R<isize> {
    match clamped_index(v) {
        Some(n) => Ok(n),
        None => type_error("slice indices must be integers or have an __index__ method"),
    }
}

/// `seq.index(x[, start[, stop]])`.
fn seq_index(o: Value, args: &Args) -> R<Obj> {
    args.arity("index", 1, 3)?;
    let x = args.pos[0];
    let len = seq_len(o) as isize;
    let fix = |n: isize| if n < 0 { (n + len).max(0) } else { n };
    let start = match args.pos.get(1) {
        Some(&v) => fix(index_bound(v)?),
        None => 0,
    };
    let stop = match args.pos.get(2) {
        Some(&v) => fix(index_bound(v)?),
        None => isize::MAX,
    };
    let mut i = start;
    while i < stop {
        let y = match item_at(o, i as usize) {
            Some(y) => y,
            None => break,
        };
        if item_eq(y.v(), x)? {
            return Ok(int_from_i64(i as i64));
        }
        i += 1;
    }
    if o.ty().kind == Kind::List {
        let r = ops::repr(x)?;
        value_error(format!("{} is not in list", str_text(r.v())))
    } else {
        value_error("tuple.index(x): x not in tuple")
    }
}

fn seq_count(o: Value, x: Value) -> R<Obj> {
    let mut n = 0;
    let mut i = 0;
    while let Some(y) = item_at(o, i) {
        if item_eq(y.v(), x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(int_from_i64(n))
}

/// Calls a method of a list or tuple; `Ok(None)` when there is no such method.
pub fn call_method(o: Value, name: &str, args: &Args) -> R<Option<Obj>> {
    if name.starts_with("__") {
        return seq_dunder(o, name, args);
    }
    if o.ty().kind == Kind::Tuple {
        return match name {
            "index" => {
                args.no_kwargs("tuple.index")?;
                seq_index(o, args).map(Some)
            }
            "count" => {
                args.no_kwargs("tuple.count")?;
                args.arity("tuple.count", 1, 1)?;
                seq_count(o, args.pos[0]).map(Some)
            }
            _ => Ok(None),
        };
    }
    if as_list(o).is_none() {
        return Ok(None);
    }
    if name == "sort" {
        return list_sort(o, args).map(Some);
    }
    // The qualified name is only formatted for an error message.
    if !args.kwnames.is_empty() && LIST_METHODS.contains(&name) {
        args.no_kwargs(&format!("list.{}", name))?;
    }
    let arity = |min: usize, max: usize| -> R<()> {
        let n = args.pos.len();
        if n >= min && n <= max {
            return Ok(());
        }
        args.arity(&format!("list.{}", name), min, max)
    };
    let r = match name {
        "append" => {
            arity(1, 1)?;
            as_list(o).unwrap().items.push(args.pos[0].to_owned().into_raw());
            none()
        }
        "extend" => {
            arity(1, 1)?;
            extend(o, args.pos[0])?;
            none()
        }
        "insert" => {
            args.arity("insert", 2, 2)?;
            let i = ssize_arg(args.pos[0])?;
            let list = as_list(o).unwrap();
            let len = list.items.len() as isize;
            let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
            list.items.insert(i as usize, args.pos[1].to_owned().into_raw());
            none()
        }
        "pop" => {
            args.arity("pop", 0, 1)?;
            let i = match args.pos.first() {
                Some(&v) => ssize_arg(v)?,
                None => -1,
            };
            let list = as_list(o).unwrap();
            let len = list.items.len() as isize;
            if len == 0 {
                return Err(raise(&INDEX_ERROR, "pop from empty list"));
            }
            let j = if i < 0 { i + len } else { i };
            if j < 0 || j >= len {
                return Err(raise(&INDEX_ERROR, "pop index out of range"));
            }
            unsafe { list.items.remove(j as usize).owned() }
        }
        "remove" => {
            arity(1, 1)?;
            let x = args.pos[0];
            let mut i = 0;
            loop {
                let y = match item_at(o, i) {
                    Some(y) => y,
                    None => return value_error("list.remove(x): x not in list"),
                };
                if item_eq(y.v(), x)? {
                    break;
                }
                i += 1;
            }
            let list = as_list(o).unwrap();
            if i < list.items.len() {
                list.items.remove(i).decref();
            }
            none()
        }
        "index" => seq_index(o, args)?,
        "count" => {
            arity(1, 1)?;
            seq_count(o, args.pos[0])?
        }
        "clear" => {
            arity(0, 0)?;
            release(std::mem::take(&mut as_list(o).unwrap().items));
            none()
        }
        "copy" => {
            arity(0, 0)?;
            list_from(owned_vec(items(o)))
        }
        "reverse" => {
            arity(0, 0)?;
            as_list(o).unwrap().items.reverse();
            none()
        }
        _ => return Ok(None),
    };
    Ok(Some(r))
}

/// The special methods of lists and tuples.
fn seq_dunder(o: Value, name: &str, args: &Args) -> R<Option<Obj>> {
    use crate::dicts::wrapper_arity;
    let is_list = as_list(o).is_some();
    match name {
        "__len__" => {
            wrapper_arity(args, name, 0)?;
            return Ok(Some(int_from_i64(seq_len(o) as i64)));
        }
        "__contains__" => {
            wrapper_arity(args, name, 1)?;
            return Ok(Some(bool_obj(contains(o, args.pos[0])?)));
        }
        "__getitem__" => {
            if is_list {
                args.no_kwargs("list.__getitem__")?;
                args.arity("list.__getitem__", 1, 1)?;
            } else {
                wrapper_arity(args, name, 1)?;
            }
            return getitem(o, args.pos[0]).map(Some);
        }
        "__setitem__" if is_list => {
            wrapper_arity(args, name, 2)?;
            setitem(o, args.pos[0], args.pos[1])?;
            return Ok(Some(none()));
        }
        "__delitem__" if is_list => {
            wrapper_arity(args, name, 1)?;
            delitem(o, args.pos[0])?;
            return Ok(Some(none()));
        }
        "__iter__" => {
            wrapper_arity(args, name, 0)?;
            return ops::iter_base(o).map(Some);
        }
        "__reversed__" if is_list => {
            args.no_kwargs("list.__reversed__")?;
            args.arity("list.__reversed__", 0, 0)?;
            return crate::iter::reversed_construct(&Args::positional(&[o])).map(Some);
        }
        // `(tuple(self),)`: what `copy` and `pickle` remake a subclass instance from.
        "__getnewargs__" if !is_list => {
            args.no_kwargs("tuple.__getnewargs__")?;
            args.arity("tuple.__getnewargs__", 0, 0)?;
            let plain = tuple_from(owned_vec(items(o)));
            return Ok(Some(tuple_from(vec![plain.into_raw()])));
        }
        "__hash__" if !is_list => {
            wrapper_arity(args, name, 0)?;
            return Ok(Some(int_from_i64(tuple_hash(o)?)));
        }
        "__add__" => {
            wrapper_arity(args, name, 1)?;
            let other = args.pos[0];
            if other.ty().kind != o.ty().kind {
                return type_error(format!(
                    "can only concatenate {} (not \"{}\") to {}",
                    kind_name(o),
                    ops::type_name(other),
                    kind_name(o)
                ));
            }
            return binary(BinOp::Add, o, other);
        }
        "__iadd__" if is_list => {
            wrapper_arity(args, name, 1)?;
            extend(o, args.pos[0])?;
            return Ok(Some(o.to_owned()));
        }
        "__mul__" | "__rmul__" | "__imul__" if is_list || name != "__imul__" => {
            crate::dicts::wrapper_unpack(args, name, 1, 1)?;
            let n = args.pos[0];
            if !is_int(n) {
                return type_error(format!("'{}' object cannot be interpreted as an integer", ops::type_name(n)));
            }
            return if name == "__imul__" { inplace(BinOp::Mul, o, n) } else { repeat(o, n).map(Some) };
        }
        "__eq__" | "__ne__" | "__lt__" | "__le__" | "__gt__" | "__ge__" | "__repr__" | "__str__" | "__format__" => {
            let kind = o.ty().kind;
            return crate::dicts::shared_dunder(o, name, args, &|v| v.ty().kind == kind, true);
        }
        _ => {}
    }
    Ok(None)
}

/// `list.sort(*, key=None, reverse=False)`.
fn list_sort(o: Value, args: &Args) -> R<Obj> {
    let given = args.pos.len() + args.kwnames.len();
    if given > 2 {
        return type_error(format!("sort() takes at most 2 arguments ({} given)", given));
    }
    if !args.pos.is_empty() {
        return type_error("sort() takes no positional arguments");
    }
    for &k in args.kwnames {
        let k = str_text(k);
        if k != "key" && k != "reverse" {
            return type_error(format!("'{}' is an invalid keyword argument for sort()", k));
        }
    }
    let key = args.kw("key").filter(|&k| !is_none(k));
    let reverse = match args.kw("reverse") {
        None => false,
        Some(r) => {
            if !is_int(r) {
                return type_error(format!("'{}' object cannot be interpreted as an integer", ops::type_name(r)));
            }
            match int_to_i64(r) {
                Some(n) if i32::try_from(n).is_ok() => n != 0,
                _ => return Err(raise(&OVERFLOW_ERROR, "Python int too large to convert to C int")),
            }
        }
    };
    // As CPython, the list is empty while it is being sorted, so that changes made by
    // key functions or comparisons can be detected.
    let mut work = std::mem::take(&mut as_list(o).unwrap().items);
    let r = sort(&mut work, key, reverse);
    let list = as_list(o).unwrap();
    let meddled = std::mem::replace(&mut list.items, work);
    let modified = !meddled.is_empty();
    release(meddled);
    r?;
    if modified {
        return value_error("list modified during sort");
    }
    Ok(none())
}

/// Python's stable sort of `items` (owned by the caller), ordering by `<` only. The
/// key function, if any, is applied once per item. `reverse` keeps equal items in
/// their original order, as CPython's reverse-sort-reverse does. On an exception the
/// items are left as a permutation of the input and the error is returned.
pub fn sort(items: &mut Vec<Value>, key: Option<Value>, reverse: bool) -> R<()> {
    let key = key.filter(|&k| !is_none(k));
    let n = items.len();
    let key_objs: Vec<Obj> = match key {
        Some(f) => items.iter().map(|&x| call::call1(f, x)).collect::<R<Vec<Obj>>>()?,
        None => Vec::new(),
    };
    if n < 2 {
        return Ok(());
    }
    let keys: Vec<Value> = if key.is_some() { key_objs.iter().map(|k| k.v()).collect() } else { items.clone() };
    let mut perm: Vec<usize> = (0..n).collect();
    if reverse {
        perm.reverse();
    }
    // Keys with a total order have one stable sorted order, which any stable sort finds;
    // everything else goes through CPython's own algorithm.
    let mut r = Ok(());
    if keys.iter().all(|k| k.is_small()) {
        perm.sort_by_key(|&i| keys[i].as_small());
    } else if keys.iter().all(|&k| as_str(k).is_some()) {
        // Code-point order (UTF-8 byte order but for surrogates, see strs::surrogates).
        perm.sort_by(|&i, &j| crate::strs::surrogates::cmp_text(str_text(keys[i]), str_text(keys[j])));
    } else if keys.iter().all(|&k| as_float(k).is_some_and(|f| !f.v.is_nan())) {
        perm.sort_by(|&i, &j| as_float(keys[i]).unwrap().v.partial_cmp(&as_float(keys[j]).unwrap().v).unwrap());
    } else {
        r = merge_sort(&mut perm, &mut |i, j| ops::compare_bool(CmpOp::Lt, keys[i], keys[j]));
    }
    // Even after an error the items take the (partly sorted) order, as in CPython.
    if reverse {
        perm.reverse();
    }
    let sorted: Vec<Value> = perm.iter().map(|&i| items[i]).collect();
    *items = sorted;
    drop(key_objs);
    r
}

/// CPython's timsort (Objects/listobject.c, 3.11) over `v` with a fallible "less than",
/// ported step for step so that the comparisons made, and the state `v` is left in when
/// one raises, are CPython's. On an error `v` is a permutation of its input.
fn merge_sort<F: FnMut(usize, usize) -> R<bool>>(v: &mut [usize], lt: &mut F) -> R<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let mut ms = MergeState { min_gallop: MIN_GALLOP, listlen: n, pending: Vec::new() };
    let minrun = compute_minrun(n);
    let mut lo = 0;
    let mut nremaining = n;
    loop {
        let (mut run, descending) = count_run(v, lo, lo + nremaining, lt)?;
        if descending {
            v[lo..lo + run].reverse();
        }
        if run < minrun {
            let force = nremaining.min(minrun);
            binarysort(v, lo, lo + force, lo + run, lt)?;
            run = force;
        }
        ms.found_new_run(v, run, lt)?;
        ms.pending.push(Run { base: lo, len: run, power: 0 });
        lo += run;
        nremaining -= run;
        if nremaining == 0 {
            break;
        }
    }
    while ms.pending.len() > 1 {
        let mut k = ms.pending.len() - 2;
        if k > 0 && ms.pending[k - 1].len < ms.pending[k + 1].len {
            k -= 1;
        }
        ms.merge_at(v, k, lt)?;
    }
    Ok(())
}

const MIN_GALLOP: usize = 7;

#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

struct MergeState {
    min_gallop: usize,
    listlen: usize,
    pending: Vec<Run>,
}

fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// Sorts `v[lo..hi]` by binary insertion; `v[lo..start]` is already sorted.
fn binarysort<F: FnMut(usize, usize) -> R<bool>>(v: &mut [usize], lo: usize, hi: usize, mut start: usize, lt: &mut F) -> R<()> {
    if lo == start {
        start += 1;
    }
    while start < hi {
        let pivot = v[start];
        let (mut l, mut r) = (lo, start);
        loop {
            let p = l + ((r - l) >> 1);
            if lt(pivot, v[p])? {
                r = p;
            } else {
                l = p + 1;
            }
            if l >= r {
                break;
            }
        }
        v.copy_within(l..start, l + 1);
        v[l] = pivot;
        start += 1;
    }
    Ok(())
}

/// The length of the run starting at `lo` and whether it is strictly descending.
fn count_run<F: FnMut(usize, usize) -> R<bool>>(v: &[usize], lo: usize, hi: usize, lt: &mut F) -> R<(usize, bool)> {
    if lo + 1 == hi {
        return Ok((1, false));
    }
    let mut n = 2;
    if lt(v[lo + 1], v[lo])? {
        let mut j = lo + 2;
        while j < hi {
            if lt(v[j], v[j - 1])? {
                n += 1;
                j += 1;
            } else {
                break;
            }
        }
        Ok((n, true))
    } else {
        let mut j = lo + 2;
        while j < hi {
            if lt(v[j], v[j - 1])? {
                break;
            }
            n += 1;
            j += 1;
        }
        Ok((n, false))
    }
}

/// The position in sorted `a` where `key` belongs, left of any equal items.
fn gallop_left<F: FnMut(usize, usize) -> R<bool>>(key: usize, a: &[usize], hint: usize, lt: &mut F) -> R<usize> {
    let n = a.len() as isize;
    let hint = hint as isize;
    let mut lastofs: isize = 0;
    let mut ofs: isize = 1;
    if lt(a[hint as usize], key)? {
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt(a[(hint + ofs) as usize], key)? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        if ofs > maxofs {
            ofs = maxofs;
        }
        lastofs += hint;
        ofs += hint;
    } else {
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt(a[(hint - ofs) as usize], key)? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if ofs > maxofs {
            ofs = maxofs;
        }
        let k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    }
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if lt(a[m as usize], key)? {
            lastofs = m + 1;
        } else {
            ofs = m;
        }
    }
    Ok(ofs as usize)
}

/// The position in sorted `a` where `key` belongs, right of any equal items.
fn gallop_right<F: FnMut(usize, usize) -> R<bool>>(key: usize, a: &[usize], hint: usize, lt: &mut F) -> R<usize> {
    let n = a.len() as isize;
    let hint = hint as isize;
    let mut lastofs: isize = 0;
    let mut ofs: isize = 1;
    if lt(key, a[hint as usize])? {
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt(key, a[(hint - ofs) as usize])? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        if ofs > maxofs {
            ofs = maxofs;
        }
        let k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    } else {
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt(key, a[(hint + ofs) as usize])? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if ofs > maxofs {
            ofs = maxofs;
        }
        lastofs += hint;
        ofs += hint;
    }
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if lt(key, a[m as usize])? {
            ofs = m;
        } else {
            lastofs = m + 1;
        }
    }
    Ok(ofs as usize)
}

fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

impl MergeState {
    fn found_new_run<F: FnMut(usize, usize) -> R<bool>>(&mut self, v: &mut [usize], n2: usize, lt: &mut F) -> R<()> {
        if let Some(top) = self.pending.last().copied() {
            let power = powerloop(top.base, top.len, n2, self.listlen);
            while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
                let i = self.pending.len() - 2;
                self.merge_at(v, i, lt)?;
            }
            self.pending.last_mut().unwrap().power = power;
        }
        Ok(())
    }

    /// Merges the runs at stack positions `i` and `i + 1`.
    fn merge_at<F: FnMut(usize, usize) -> R<bool>>(&mut self, v: &mut [usize], i: usize, lt: &mut F) -> R<()> {
        let (mut a, mut na) = (self.pending[i].base, self.pending[i].len);
        let (b, nb) = (self.pending[i + 1].base, self.pending[i + 1].len);
        self.pending[i].len = na + nb;
        if i + 3 == self.pending.len() {
            self.pending[i + 1] = self.pending[i + 2];
        }
        self.pending.pop();
        let k = gallop_right(v[b], &v[a..a + na], 0, lt)?;
        a += k;
        na -= k;
        if na == 0 {
            return Ok(());
        }
        let nb = gallop_left(v[a + na - 1], &v[b..b + nb], nb - 1, lt)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(v, a, na, b, nb, lt)
        } else {
            self.merge_hi(v, a, na, b, nb, lt)
        }
    }

    fn merge_lo<F: FnMut(usize, usize) -> R<bool>>(&mut self, v: &mut [usize], a: usize, mut na: usize, b: usize, mut nb: usize, lt: &mut F) -> R<()> {
        let tmp: Vec<usize> = v[a..a + na].to_vec();
        let (mut ia, mut ib, mut dest) = (0usize, b, a);
        let mut result: R<()> = Ok(());
        v[dest] = v[ib];
        dest += 1;
        ib += 1;
        nb -= 1;
        'done: {
            if nb == 0 {
                break 'done;
            }
            if na == 1 {
                // CopyB: the last item of a belongs at the end.
                v.copy_within(ib..ib + nb, dest);
                v[dest + nb] = tmp[ia];
                return Ok(());
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let mut acount = 0usize;
                let mut bcount = 0usize;
                loop {
                    let k = match lt(v[ib], tmp[ia]) {
                        Ok(k) => k,
                        Err(e) => {
                            result = Err(e);
                            break 'done;
                        }
                    };
                    if k {
                        v[dest] = v[ib];
                        dest += 1;
                        ib += 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 0 {
                            break 'done;
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    } else {
                        v[dest] = tmp[ia];
                        dest += 1;
                        ia += 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 1 {
                            v.copy_within(ib..ib + nb, dest);
                            v[dest + nb] = tmp[ia];
                            return Ok(());
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = match gallop_right(v[ib], &tmp[ia..ia + na], 0, lt) {
                        Ok(k) => k,
                        Err(e) => {
                            result = Err(e);
                            break 'done;
                        }
                    };
                    acount = k;
                    if k > 0 {
                        v[dest..dest + k].copy_from_slice(&tmp[ia..ia + k]);
                        dest += k;
                        ia += k;
                        na -= k;
                        if na == 1 {
                            v.copy_within(ib..ib + nb, dest);
                            v[dest + nb] = tmp[ia];
                            return Ok(());
                        }
                        if na == 0 {
                            break 'done;
                        }
                    }
                    v[dest] = v[ib];
                    dest += 1;
                    ib += 1;
                    nb -= 1;
                    if nb == 0 {
                        break 'done;
                    }
                    let k = match gallop_left(tmp[ia], &v[ib..ib + nb], 0, lt) {
                        Ok(k) => k,
                        Err(e) => {
                            result = Err(e);
                            break 'done;
                        }
                    };
                    bcount = k;
                    if k > 0 {
                        v.copy_within(ib..ib + k, dest);
                        dest += k;
                        ib += k;
                        nb -= k;
                        if nb == 0 {
                            break 'done;
                        }
                    }
                    v[dest] = tmp[ia];
                    dest += 1;
                    ia += 1;
                    na -= 1;
                    if na == 1 {
                        v.copy_within(ib..ib + nb, dest);
                        v[dest + nb] = tmp[ia];
                        return Ok(());
                    }
                    if !(acount >= MIN_GALLOP || bcount >= MIN_GALLOP) {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        }
        // Succeed or Fail: what is left of a goes to the end.
        if na > 0 {
            v[dest..dest + na].copy_from_slice(&tmp[ia..ia + na]);
        }
        result
    }

    fn merge_hi<F: FnMut(usize, usize) -> R<bool>>(&mut self, v: &mut [usize], a: usize, mut na: usize, b: usize, mut nb: usize, lt: &mut F) -> R<()> {
        let tmp: Vec<usize> = v[b..b + nb].to_vec();
        let basea = a as isize;
        // Signed positions: they may step one before the start of their array.
        let mut dest: isize = (b + nb - 1) as isize;
        let mut ia: isize = (a + na - 1) as isize;
        let mut ib: isize = nb as isize - 1;
        let mut result: R<()> = Ok(());
        let u = |x: isize| x as usize;
        v[u(dest)] = v[u(ia)];
        dest -= 1;
        ia -= 1;
        na -= 1;
        'done: {
            if na == 0 {
                break 'done;
            }
            macro_rules! copy_a {
                () => {{
                    // CopyA: the first item of b belongs at the front.
                    let n = na as isize;
                    v.copy_within(u(ia + 1 - n)..u(ia + 1), u(dest + 1 - n));
                    dest -= n;
                    v[u(dest)] = tmp[u(ib)];
                    return Ok(());
                }};
            }
            if nb == 1 {
                copy_a!();
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let mut acount = 0usize;
                let mut bcount = 0usize;
                loop {
                    let k = match lt(tmp[u(ib)], v[u(ia)]) {
                        Ok(k) => k,
                        Err(e) => {
                            result = Err(e);
                            break 'done;
                        }
                    };
                    if k {
                        v[u(dest)] = v[u(ia)];
                        dest -= 1;
                        ia -= 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 0 {
                            break 'done;
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    } else {
                        v[u(dest)] = tmp[u(ib)];
                        dest -= 1;
                        ib -= 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 1 {
                            copy_a!();
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = match gallop_right(tmp[u(ib)], &v[u(basea)..u(basea) + na], na - 1, lt) {
                        Ok(k) => k,
                        Err(e) => {
                            result = Err(e);
                            break 'done;
                        }
                    };
                    let k = na - k;
                    acount = k;
                    if k > 0 {
                        let kk = k as isize;
                        dest -= kk;
                        ia -= kk;
                        v.copy_within(u(ia + 1)..u(ia + 1 + kk), u(dest + 1));
                        na -= k;
                        if na == 0 {
                            break 'done;
                        }
                    }
                    v[u(dest)] = tmp[u(ib)];
                    dest -= 1;
                    ib -= 1;
                    nb -= 1;
                    if nb == 1 {
                        copy_a!();
                    }
                    let k = match gallop_left(v[u(ia)], &tmp[..nb], nb - 1, lt) {
                        Ok(k) => k,
                        Err(e) => {
                            result = Err(e);
                            break 'done;
                        }
                    };
                    let k = nb - k;
                    bcount = k;
                    if k > 0 {
                        let kk = k as isize;
                        dest -= kk;
                        ib -= kk;
                        v[u(dest + 1)..u(dest + 1 + kk)].copy_from_slice(&tmp[u(ib + 1)..u(ib + 1 + kk)]);
                        nb -= k;
                        if nb == 1 {
                            copy_a!();
                        }
                        if nb == 0 {
                            break 'done;
                        }
                    }
                    v[u(dest)] = v[u(ia)];
                    dest -= 1;
                    ia -= 1;
                    na -= 1;
                    if na == 0 {
                        break 'done;
                    }
                    if !(acount >= MIN_GALLOP || bcount >= MIN_GALLOP) {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        }
        // Succeed or Fail: what is left of b goes to the front.
        if nb > 0 {
            let n = nb as isize;
            v[u(dest - (n - 1))..u(dest + 1)].copy_from_slice(&tmp[..nb]);
        }
        result
    }
}

// Constructors.

/// `list()` and `list(iterable)`.
pub fn list_construct(args: &Args) -> R<Obj> {
    args.no_kwargs("list")?;
    args.arity("list", 0, 1)?;
    match args.pos.first() {
        None => Ok(list_from(Vec::new())),
        Some(&v) => {
            let items = ops::collect(v)?;
            Ok(list_from(items.into_iter().map(Obj::into_raw).collect()))
        }
    }
}

/// `tuple()` and `tuple(iterable)`; a tuple argument is returned itself.
pub fn tuple_construct(args: &Args) -> R<Obj> {
    args.no_kwargs("tuple")?;
    args.arity("tuple", 0, 1)?;
    match args.pos.first() {
        None => Ok(tuple_from(Vec::new())),
        // Only an exact tuple is its own copy: a subclass instance (a struct
        // sequence) becomes a plain tuple.
        Some(&v) if std::ptr::eq(v.ty(), &crate::types::TUPLE_TYPE) => Ok(v.to_owned()),
        Some(&v) => {
            let items = ops::collect(v)?;
            Ok(tuple_from(items.into_iter().map(Obj::into_raw).collect()))
        }
    }
}

/// Unpacks any iterable into exactly `n` items, with CPython's messages.
fn unpack(v: Value, n: usize) -> R<Obj> {
    if iterates_items(v) {
        let src = items(v);
        if src.len() > n {
            return value_error(format!("too many values to unpack (expected {})", n));
        }
        if src.len() < n {
            return value_error(format!("not enough values to unpack (expected {}, got {})", n, src.len()));
        }
        if as_tuple(v).is_some() {
            return Ok(v.to_owned());
        }
        return Ok(tuple_from(owned_vec(src)));
    }
    let it = match ops::iter(v) {
        Ok(it) => it,
        Err(Raised) => {
            return match crate::exc::take_current() {
                Some(e) if e.ty().is_subtype(&TYPE_ERROR) => {
                    type_error(format!("cannot unpack non-iterable {} object", ops::type_name(v)))
                }
                Some(e) => Err(crate::exc::set_current(e)),
                None => Err(Raised),
            };
        }
    };
    let mut out: Vec<Obj> = Vec::with_capacity(n);
    while out.len() < n {
        match ops::next(it.v())? {
            Some(x) => out.push(x),
            None => {
                return value_error(format!("not enough values to unpack (expected {}, got {})", n, out.len()));
            }
        }
    }
    if ops::next(it.v())?.is_some() {
        return value_error(format!("too many values to unpack (expected {})", n));
    }
    Ok(tuple_from(out.into_iter().map(Obj::into_raw).collect()))
}

// ABI entry points.

unsafe fn borrowed<'a>(items: *const Value, n: i64) -> &'a [Value] {
    if n <= 0 {
        &[]
    } else {
        std::slice::from_raw_parts(items, n as usize)
    }
}

/// A list display `[a, b, c]`: the items are borrowed.
#[no_mangle]
pub unsafe extern "C" fn rt_build_list(items: *const Value, n: i64) -> Value {
    list_from(owned_vec(borrowed(items, n))).into_raw()
}

/// A tuple display `(a, b, c)`: the items are borrowed.
#[no_mangle]
pub unsafe extern "C" fn rt_build_tuple(items: *const Value, n: i64) -> Value {
    tuple_from(owned_vec(borrowed(items, n))).into_raw()
}

/// `a, b = v`: a tuple of exactly `n` items taken from the iterable `v`.
#[no_mangle]
pub unsafe extern "C" fn rt_unpack(v: Value, n: i64) -> Value {
    crate::value::abi(unpack(v, n.max(0) as usize))
}

/// Item `i` of a tuple, as a new reference; the caller guarantees it exists.
#[no_mangle]
pub unsafe extern "C" fn rt_tuple_item(t: Value, i: i64) -> Value {
    let x = t.as_ref::<TupleObj>().items[i as usize];
    x.incref();
    x
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::value::Header;

    /// `slice(a, b, c).indices(n)` and `len(range(*that))` printed by CPython 3.11 for
    /// every combination of `PARTS` (start, stop), `STEPS` and `LENS`, in that nesting
    /// order (length outermost); `M` is `PY_SSIZE_T_MAX`, to which CPython clamps a step.
    const EXPECTED: &str = "
        0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0
        -1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0
        0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0
        -1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0
        0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0
        -1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0
        0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0
        0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0
        -1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0
        0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0
        -1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0
        0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0
        -1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0
        0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0
        0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0
        -1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0
        0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0
        -1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0
        0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0
        -1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0
        0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0
        0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0
        -1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0
        0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0
        -1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0
        0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0
        -1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0
        0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0
        0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0
        -1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0
        0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0
        -1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0
        0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0
        -1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0
        0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0
        0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0
        -1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0
        0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0
        -1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0
        0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0
        -1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0
        0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0
        0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0
        -1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0
        0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0
        -1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0
        0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0
        -1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0
        0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0
        0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0
        -1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0
        0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0
        -1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0
        0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0
        -1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0
        0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0
        0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0
        -1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0
        0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0
        -1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0
        0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0
        -1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0
        0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0
        0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0
        -1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0
        0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0
        -1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0
        0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0
        -1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0
        0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0
        0 3 1 3,2 -1 -M 1,2 -1 -3 1,2 -1 -1 3,0 3 2 2,0 3 3 1,0 3 M 1,0 0 1 0,2 -1 -M 1,2 -1 -3 1
        2 -1 -1 3,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,2 -1 -M 1,2 -1 -3 1,2 -1 -1 3,0 0 2 0,0 0 3 0
        0 0 M 0,0 0 1 0,2 -1 -M 1,2 -1 -3 1,2 -1 -1 3,0 0 2 0,0 0 3 0,0 0 M 0,0 2 1 2,2 2 -M 0
        2 2 -3 0,2 2 -1 0,0 2 2 1,0 2 3 1,0 2 M 1,0 0 1 0,2 0 -M 1,2 0 -3 1,2 0 -1 2,0 0 2 0
        0 0 3 0,0 0 M 0,0 1 1 1,2 1 -M 1,2 1 -3 1,2 1 -1 1,0 1 2 1,0 1 3 1,0 1 M 1,0 3 1 3
        2 2 -M 0,2 2 -3 0,2 2 -1 0,0 3 2 2,0 3 3 1,0 3 M 1,0 3 1 3,2 2 -M 0,2 2 -3 0,2 2 -1 0
        0 3 2 2,0 3 3 1,0 3 M 1,0 3 1 3,2 2 -M 0,2 2 -3 0,2 2 -1 0,0 3 2 2,0 3 3 1,0 3 M 1
        0 3 1 3,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 3 2 2,0 3 3 1,0 3 M 1,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0
        -1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0
        0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 2 1 2,-1 2 -M 0
        -1 2 -3 0,-1 2 -1 0,0 2 2 1,0 2 3 1,0 2 M 1,0 0 1 0,-1 0 -M 0,-1 0 -3 0,-1 0 -1 0,0 0 2 0
        0 0 3 0,0 0 M 0,0 1 1 1,-1 1 -M 0,-1 1 -3 0,-1 1 -1 0,0 1 2 1,0 1 3 1,0 1 M 1,0 3 1 3
        -1 2 -M 0,-1 2 -3 0,-1 2 -1 0,0 3 2 2,0 3 3 1,0 3 M 1,0 3 1 3,-1 2 -M 0,-1 2 -3 0,-1 2 -1 0
        0 3 2 2,0 3 3 1,0 3 M 1,0 3 1 3,-1 2 -M 0,-1 2 -3 0,-1 2 -1 0,0 3 2 2,0 3 3 1,0 3 M 1
        0 3 1 3,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 3 2 2,0 3 3 1,0 3 M 1,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0
        -1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0
        0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 2 1 2,-1 2 -M 0
        -1 2 -3 0,-1 2 -1 0,0 2 2 1,0 2 3 1,0 2 M 1,0 0 1 0,-1 0 -M 0,-1 0 -3 0,-1 0 -1 0,0 0 2 0
        0 0 3 0,0 0 M 0,0 1 1 1,-1 1 -M 0,-1 1 -3 0,-1 1 -1 0,0 1 2 1,0 1 3 1,0 1 M 1,0 3 1 3
        -1 2 -M 0,-1 2 -3 0,-1 2 -1 0,0 3 2 2,0 3 3 1,0 3 M 1,0 3 1 3,-1 2 -M 0,-1 2 -3 0,-1 2 -1 0
        0 3 2 2,0 3 3 1,0 3 M 1,0 3 1 3,-1 2 -M 0,-1 2 -3 0,-1 2 -1 0,0 3 2 2,0 3 3 1,0 3 M 1
        0 3 1 3,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 3 2 2,0 3 3 1,0 3 M 1,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0
        -1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0
        0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 2 1 2,-1 2 -M 0
        -1 2 -3 0,-1 2 -1 0,0 2 2 1,0 2 3 1,0 2 M 1,0 0 1 0,-1 0 -M 0,-1 0 -3 0,-1 0 -1 0,0 0 2 0
        0 0 3 0,0 0 M 0,0 1 1 1,-1 1 -M 0,-1 1 -3 0,-1 1 -1 0,0 1 2 1,0 1 3 1,0 1 M 1,0 3 1 3
        -1 2 -M 0,-1 2 -3 0,-1 2 -1 0,0 3 2 2,0 3 3 1,0 3 M 1,0 3 1 3,-1 2 -M 0,-1 2 -3 0,-1 2 -1 0
        0 3 2 2,0 3 3 1,0 3 M 1,0 3 1 3,-1 2 -M 0,-1 2 -3 0,-1 2 -1 0,0 3 2 2,0 3 3 1,0 3 M 1
        2 3 1 1,2 -1 -M 1,2 -1 -3 1,2 -1 -1 3,2 3 2 1,2 3 3 1,2 3 M 1,2 0 1 0,2 -1 -M 1,2 -1 -3 1
        2 -1 -1 3,2 0 2 0,2 0 3 0,2 0 M 0,2 0 1 0,2 -1 -M 1,2 -1 -3 1,2 -1 -1 3,2 0 2 0,2 0 3 0
        2 0 M 0,2 0 1 0,2 -1 -M 1,2 -1 -3 1,2 -1 -1 3,2 0 2 0,2 0 3 0,2 0 M 0,2 2 1 0,2 2 -M 0
        2 2 -3 0,2 2 -1 0,2 2 2 0,2 2 3 0,2 2 M 0,2 0 1 0,2 0 -M 1,2 0 -3 1,2 0 -1 2,2 0 2 0
        2 0 3 0,2 0 M 0,2 1 1 0,2 1 -M 1,2 1 -3 1,2 1 -1 1,2 1 2 0,2 1 3 0,2 1 M 0,2 3 1 1
        2 2 -M 0,2 2 -3 0,2 2 -1 0,2 3 2 1,2 3 3 1,2 3 M 1,2 3 1 1,2 2 -M 0,2 2 -3 0,2 2 -1 0
        2 3 2 1,2 3 3 1,2 3 M 1,2 3 1 1,2 2 -M 0,2 2 -3 0,2 2 -1 0,2 3 2 1,2 3 3 1,2 3 M 1
        0 3 1 3,0 -1 -M 1,0 -1 -3 1,0 -1 -1 1,0 3 2 2,0 3 3 1,0 3 M 1,0 0 1 0,0 -1 -M 1,0 -1 -3 1
        0 -1 -1 1,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,0 -1 -M 1,0 -1 -3 1,0 -1 -1 1,0 0 2 0,0 0 3 0
        0 0 M 0,0 0 1 0,0 -1 -M 1,0 -1 -3 1,0 -1 -1 1,0 0 2 0,0 0 3 0,0 0 M 0,0 2 1 2,0 2 -M 0
        0 2 -3 0,0 2 -1 0,0 2 2 1,0 2 3 1,0 2 M 1,0 0 1 0,0 0 -M 0,0 0 -3 0,0 0 -1 0,0 0 2 0
        0 0 3 0,0 0 M 0,0 1 1 1,0 1 -M 0,0 1 -3 0,0 1 -1 0,0 1 2 1,0 1 3 1,0 1 M 1,0 3 1 3
        0 2 -M 0,0 2 -3 0,0 2 -1 0,0 3 2 2,0 3 3 1,0 3 M 1,0 3 1 3,0 2 -M 0,0 2 -3 0,0 2 -1 0
        0 3 2 2,0 3 3 1,0 3 M 1,0 3 1 3,0 2 -M 0,0 2 -3 0,0 2 -1 0,0 3 2 2,0 3 3 1,0 3 M 1
        1 3 1 2,1 -1 -M 1,1 -1 -3 1,1 -1 -1 2,1 3 2 1,1 3 3 1,1 3 M 1,1 0 1 0,1 -1 -M 1,1 -1 -3 1
        1 -1 -1 2,1 0 2 0,1 0 3 0,1 0 M 0,1 0 1 0,1 -1 -M 1,1 -1 -3 1,1 -1 -1 2,1 0 2 0,1 0 3 0
        1 0 M 0,1 0 1 0,1 -1 -M 1,1 -1 -3 1,1 -1 -1 2,1 0 2 0,1 0 3 0,1 0 M 0,1 2 1 1,1 2 -M 0
        1 2 -3 0,1 2 -1 0,1 2 2 1,1 2 3 1,1 2 M 1,1 0 1 0,1 0 -M 1,1 0 -3 1,1 0 -1 1,1 0 2 0
        1 0 3 0,1 0 M 0,1 1 1 0,1 1 -M 0,1 1 -3 0,1 1 -1 0,1 1 2 0,1 1 3 0,1 1 M 0,1 3 1 2
        1 2 -M 0,1 2 -3 0,1 2 -1 0,1 3 2 1,1 3 3 1,1 3 M 1,1 3 1 2,1 2 -M 0,1 2 -3 0,1 2 -1 0
        1 3 2 1,1 3 3 1,1 3 M 1,1 3 1 2,1 2 -M 0,1 2 -3 0,1 2 -1 0,1 3 2 1,1 3 3 1,1 3 M 1
        3 3 1 0,2 -1 -M 1,2 -1 -3 1,2 -1 -1 3,3 3 2 0,3 3 3 0,3 3 M 0,3 0 1 0,2 -1 -M 1,2 -1 -3 1
        2 -1 -1 3,3 0 2 0,3 0 3 0,3 0 M 0,3 0 1 0,2 -1 -M 1,2 -1 -3 1,2 -1 -1 3,3 0 2 0,3 0 3 0
        3 0 M 0,3 0 1 0,2 -1 -M 1,2 -1 -3 1,2 -1 -1 3,3 0 2 0,3 0 3 0,3 0 M 0,3 2 1 0,2 2 -M 0
        2 2 -3 0,2 2 -1 0,3 2 2 0,3 2 3 0,3 2 M 0,3 0 1 0,2 0 -M 1,2 0 -3 1,2 0 -1 2,3 0 2 0
        3 0 3 0,3 0 M 0,3 1 1 0,2 1 -M 1,2 1 -3 1,2 1 -1 1,3 1 2 0,3 1 3 0,3 1 M 0,3 3 1 0
        2 2 -M 0,2 2 -3 0,2 2 -1 0,3 3 2 0,3 3 3 0,3 3 M 0,3 3 1 0,2 2 -M 0,2 2 -3 0,2 2 -1 0
        3 3 2 0,3 3 3 0,3 3 M 0,3 3 1 0,2 2 -M 0,2 2 -3 0,2 2 -1 0,3 3 2 0,3 3 3 0,3 3 M 0
        3 3 1 0,2 -1 -M 1,2 -1 -3 1,2 -1 -1 3,3 3 2 0,3 3 3 0,3 3 M 0,3 0 1 0,2 -1 -M 1,2 -1 -3 1
        2 -1 -1 3,3 0 2 0,3 0 3 0,3 0 M 0,3 0 1 0,2 -1 -M 1,2 -1 -3 1,2 -1 -1 3,3 0 2 0,3 0 3 0
        3 0 M 0,3 0 1 0,2 -1 -M 1,2 -1 -3 1,2 -1 -1 3,3 0 2 0,3 0 3 0,3 0 M 0,3 2 1 0,2 2 -M 0
        2 2 -3 0,2 2 -1 0,3 2 2 0,3 2 3 0,3 2 M 0,3 0 1 0,2 0 -M 1,2 0 -3 1,2 0 -1 2,3 0 2 0
        3 0 3 0,3 0 M 0,3 1 1 0,2 1 -M 1,2 1 -3 1,2 1 -1 1,3 1 2 0,3 1 3 0,3 1 M 0,3 3 1 0
        2 2 -M 0,2 2 -3 0,2 2 -1 0,3 3 2 0,3 3 3 0,3 3 M 0,3 3 1 0,2 2 -M 0,2 2 -3 0,2 2 -1 0
        3 3 2 0,3 3 3 0,3 3 M 0,3 3 1 0,2 2 -M 0,2 2 -3 0,2 2 -1 0,3 3 2 0,3 3 3 0,3 3 M 0
        3 3 1 0,2 -1 -M 1,2 -1 -3 1,2 -1 -1 3,3 3 2 0,3 3 3 0,3 3 M 0,3 0 1 0,2 -1 -M 1,2 -1 -3 1
        2 -1 -1 3,3 0 2 0,3 0 3 0,3 0 M 0,3 0 1 0,2 -1 -M 1,2 -1 -3 1,2 -1 -1 3,3 0 2 0,3 0 3 0
        3 0 M 0,3 0 1 0,2 -1 -M 1,2 -1 -3 1,2 -1 -1 3,3 0 2 0,3 0 3 0,3 0 M 0,3 2 1 0,2 2 -M 0
        2 2 -3 0,2 2 -1 0,3 2 2 0,3 2 3 0,3 2 M 0,3 0 1 0,2 0 -M 1,2 0 -3 1,2 0 -1 2,3 0 2 0
        3 0 3 0,3 0 M 0,3 1 1 0,2 1 -M 1,2 1 -3 1,2 1 -1 1,3 1 2 0,3 1 3 0,3 1 M 0,3 3 1 0
        2 2 -M 0,2 2 -3 0,2 2 -1 0,3 3 2 0,3 3 3 0,3 3 M 0,3 3 1 0,2 2 -M 0,2 2 -3 0,2 2 -1 0
        3 3 2 0,3 3 3 0,3 3 M 0,3 3 1 0,2 2 -M 0,2 2 -3 0,2 2 -1 0,3 3 2 0,3 3 3 0,3 3 M 0
        0 7 1 7,6 -1 -M 1,6 -1 -3 3,6 -1 -1 7,0 7 2 4,0 7 3 3,0 7 M 1,0 0 1 0,6 -1 -M 1,6 -1 -3 3
        6 -1 -1 7,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,6 -1 -M 1,6 -1 -3 3,6 -1 -1 7,0 0 2 0,0 0 3 0
        0 0 M 0,0 3 1 3,6 3 -M 1,6 3 -3 1,6 3 -1 3,0 3 2 2,0 3 3 1,0 3 M 1,0 6 1 6,6 6 -M 0
        6 6 -3 0,6 6 -1 0,0 6 2 3,0 6 3 2,0 6 M 1,0 0 1 0,6 0 -M 1,6 0 -3 2,6 0 -1 6,0 0 2 0
        0 0 3 0,0 0 M 0,0 1 1 1,6 1 -M 1,6 1 -3 2,6 1 -1 5,0 1 2 1,0 1 3 1,0 1 M 1,0 4 1 4
        6 4 -M 1,6 4 -3 1,6 4 -1 2,0 4 2 2,0 4 3 2,0 4 M 1,0 7 1 7,6 6 -M 0,6 6 -3 0,6 6 -1 0
        0 7 2 4,0 7 3 3,0 7 M 1,0 7 1 7,6 6 -M 0,6 6 -3 0,6 6 -1 0,0 7 2 4,0 7 3 3,0 7 M 1
        0 7 1 7,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 7 2 4,0 7 3 3,0 7 M 1,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0
        -1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0
        0 0 M 0,0 3 1 3,-1 3 -M 0,-1 3 -3 0,-1 3 -1 0,0 3 2 2,0 3 3 1,0 3 M 1,0 6 1 6,-1 6 -M 0
        -1 6 -3 0,-1 6 -1 0,0 6 2 3,0 6 3 2,0 6 M 1,0 0 1 0,-1 0 -M 0,-1 0 -3 0,-1 0 -1 0,0 0 2 0
        0 0 3 0,0 0 M 0,0 1 1 1,-1 1 -M 0,-1 1 -3 0,-1 1 -1 0,0 1 2 1,0 1 3 1,0 1 M 1,0 4 1 4
        -1 4 -M 0,-1 4 -3 0,-1 4 -1 0,0 4 2 2,0 4 3 2,0 4 M 1,0 7 1 7,-1 6 -M 0,-1 6 -3 0,-1 6 -1 0
        0 7 2 4,0 7 3 3,0 7 M 1,0 7 1 7,-1 6 -M 0,-1 6 -3 0,-1 6 -1 0,0 7 2 4,0 7 3 3,0 7 M 1
        0 7 1 7,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 7 2 4,0 7 3 3,0 7 M 1,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0
        -1 -1 -1 0,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,-1 -1 -M 0,-1 -1 -3 0,-1 -1 -1 0,0 0 2 0,0 0 3 0
        0 0 M 0,0 3 1 3,-1 3 -M 0,-1 3 -3 0,-1 3 -1 0,0 3 2 2,0 3 3 1,0 3 M 1,0 6 1 6,-1 6 -M 0
        -1 6 -3 0,-1 6 -1 0,0 6 2 3,0 6 3 2,0 6 M 1,0 0 1 0,-1 0 -M 0,-1 0 -3 0,-1 0 -1 0,0 0 2 0
        0 0 3 0,0 0 M 0,0 1 1 1,-1 1 -M 0,-1 1 -3 0,-1 1 -1 0,0 1 2 1,0 1 3 1,0 1 M 1,0 4 1 4
        -1 4 -M 0,-1 4 -3 0,-1 4 -1 0,0 4 2 2,0 4 3 2,0 4 M 1,0 7 1 7,-1 6 -M 0,-1 6 -3 0,-1 6 -1 0
        0 7 2 4,0 7 3 3,0 7 M 1,0 7 1 7,-1 6 -M 0,-1 6 -3 0,-1 6 -1 0,0 7 2 4,0 7 3 3,0 7 M 1
        3 7 1 4,3 -1 -M 1,3 -1 -3 2,3 -1 -1 4,3 7 2 2,3 7 3 2,3 7 M 1,3 0 1 0,3 -1 -M 1,3 -1 -3 2
        3 -1 -1 4,3 0 2 0,3 0 3 0,3 0 M 0,3 0 1 0,3 -1 -M 1,3 -1 -3 2,3 -1 -1 4,3 0 2 0,3 0 3 0
        3 0 M 0,3 3 1 0,3 3 -M 0,3 3 -3 0,3 3 -1 0,3 3 2 0,3 3 3 0,3 3 M 0,3 6 1 3,3 6 -M 0
        3 6 -3 0,3 6 -1 0,3 6 2 2,3 6 3 1,3 6 M 1,3 0 1 0,3 0 -M 1,3 0 -3 1,3 0 -1 3,3 0 2 0
        3 0 3 0,3 0 M 0,3 1 1 0,3 1 -M 1,3 1 -3 1,3 1 -1 2,3 1 2 0,3 1 3 0,3 1 M 0,3 4 1 1
        3 4 -M 0,3 4 -3 0,3 4 -1 0,3 4 2 1,3 4 3 1,3 4 M 1,3 7 1 4,3 6 -M 0,3 6 -3 0,3 6 -1 0
        3 7 2 2,3 7 3 2,3 7 M 1,3 7 1 4,3 6 -M 0,3 6 -3 0,3 6 -1 0,3 7 2 2,3 7 3 2,3 7 M 1
        6 7 1 1,6 -1 -M 1,6 -1 -3 3,6 -1 -1 7,6 7 2 1,6 7 3 1,6 7 M 1,6 0 1 0,6 -1 -M 1,6 -1 -3 3
        6 -1 -1 7,6 0 2 0,6 0 3 0,6 0 M 0,6 0 1 0,6 -1 -M 1,6 -1 -3 3,6 -1 -1 7,6 0 2 0,6 0 3 0
        6 0 M 0,6 3 1 0,6 3 -M 1,6 3 -3 1,6 3 -1 3,6 3 2 0,6 3 3 0,6 3 M 0,6 6 1 0,6 6 -M 0
        6 6 -3 0,6 6 -1 0,6 6 2 0,6 6 3 0,6 6 M 0,6 0 1 0,6 0 -M 1,6 0 -3 2,6 0 -1 6,6 0 2 0
        6 0 3 0,6 0 M 0,6 1 1 0,6 1 -M 1,6 1 -3 2,6 1 -1 5,6 1 2 0,6 1 3 0,6 1 M 0,6 4 1 0
        6 4 -M 1,6 4 -3 1,6 4 -1 2,6 4 2 0,6 4 3 0,6 4 M 0,6 7 1 1,6 6 -M 0,6 6 -3 0,6 6 -1 0
        6 7 2 1,6 7 3 1,6 7 M 1,6 7 1 1,6 6 -M 0,6 6 -3 0,6 6 -1 0,6 7 2 1,6 7 3 1,6 7 M 1
        0 7 1 7,0 -1 -M 1,0 -1 -3 1,0 -1 -1 1,0 7 2 4,0 7 3 3,0 7 M 1,0 0 1 0,0 -1 -M 1,0 -1 -3 1
        0 -1 -1 1,0 0 2 0,0 0 3 0,0 0 M 0,0 0 1 0,0 -1 -M 1,0 -1 -3 1,0 -1 -1 1,0 0 2 0,0 0 3 0
        0 0 M 0,0 3 1 3,0 3 -M 0,0 3 -3 0,0 3 -1 0,0 3 2 2,0 3 3 1,0 3 M 1,0 6 1 6,0 6 -M 0
        0 6 -3 0,0 6 -1 0,0 6 2 3,0 6 3 2,0 6 M 1,0 0 1 0,0 0 -M 0,0 0 -3 0,0 0 -1 0,0 0 2 0
        0 0 3 0,0 0 M 0,0 1 1 1,0 1 -M 0,0 1 -3 0,0 1 -1 0,0 1 2 1,0 1 3 1,0 1 M 1,0 4 1 4
        0 4 -M 0,0 4 -3 0,0 4 -1 0,0 4 2 2,0 4 3 2,0 4 M 1,0 7 1 7,0 6 -M 0,0 6 -3 0,0 6 -1 0
        0 7 2 4,0 7 3 3,0 7 M 1,0 7 1 7,0 6 -M 0,0 6 -3 0,0 6 -1 0,0 7 2 4,0 7 3 3,0 7 M 1
        1 7 1 6,1 -1 -M 1,1 -1 -3 1,1 -1 -1 2,1 7 2 3,1 7 3 2,1 7 M 1,1 0 1 0,1 -1 -M 1,1 -1 -3 1
        1 -1 -1 2,1 0 2 0,1 0 3 0,1 0 M 0,1 0 1 0,1 -1 -M 1,1 -1 -3 1,1 -1 -1 2,1 0 2 0,1 0 3 0
        1 0 M 0,1 3 1 2,1 3 -M 0,1 3 -3 0,1 3 -1 0,1 3 2 1,1 3 3 1,1 3 M 1,1 6 1 5,1 6 -M 0
        1 6 -3 0,1 6 -1 0,1 6 2 3,1 6 3 2,1 6 M 1,1 0 1 0,1 0 -M 1,1 0 -3 1,1 0 -1 1,1 0 2 0
        1 0 3 0,1 0 M 0,1 1 1 0,1 1 -M 0,1 1 -3 0,1 1 -1 0,1 1 2 0,1 1 3 0,1 1 M 0,1 4 1 3
        1 4 -M 0,1 4 -3 0,1 4 -1 0,1 4 2 2,1 4 3 1,1 4 M 1,1 7 1 6,1 6 -M 0,1 6 -3 0,1 6 -1 0
        1 7 2 3,1 7 3 2,1 7 M 1,1 7 1 6,1 6 -M 0,1 6 -3 0,1 6 -1 0,1 7 2 3,1 7 3 2,1 7 M 1
        4 7 1 3,4 -1 -M 1,4 -1 -3 2,4 -1 -1 5,4 7 2 2,4 7 3 1,4 7 M 1,4 0 1 0,4 -1 -M 1,4 -1 -3 2
        4 -1 -1 5,4 0 2 0,4 0 3 0,4 0 M 0,4 0 1 0,4 -1 -M 1,4 -1 -3 2,4 -1 -1 5,4 0 2 0,4 0 3 0
        4 0 M 0,4 3 1 0,4 3 -M 1,4 3 -3 1,4 3 -1 1,4 3 2 0,4 3 3 0,4 3 M 0,4 6 1 2,4 6 -M 0
        4 6 -3 0,4 6 -1 0,4 6 2 1,4 6 3 1,4 6 M 1,4 0 1 0,4 0 -M 1,4 0 -3 2,4 0 -1 4,4 0 2 0
        4 0 3 0,4 0 M 0,4 1 1 0,4 1 -M 1,4 1 -3 1,4 1 -1 3,4 1 2 0,4 1 3 0,4 1 M 0,4 4 1 0
        4 4 -M 0,4 4 -3 0,4 4 -1 0,4 4 2 0,4 4 3 0,4 4 M 0,4 7 1 3,4 6 -M 0,4 6 -3 0,4 6 -1 0
        4 7 2 2,4 7 3 1,4 7 M 1,4 7 1 3,4 6 -M 0,4 6 -3 0,4 6 -1 0,4 7 2 2,4 7 3 1,4 7 M 1
        7 7 1 0,6 -1 -M 1,6 -1 -3 3,6 -1 -1 7,7 7 2 0,7 7 3 0,7 7 M 0,7 0 1 0,6 -1 -M 1,6 -1 -3 3
        6 -1 -1 7,7 0 2 0,7 0 3 0,7 0 M 0,7 0 1 0,6 -1 -M 1,6 -1 -3 3,6 -1 -1 7,7 0 2 0,7 0 3 0
        7 0 M 0,7 3 1 0,6 3 -M 1,6 3 -3 1,6 3 -1 3,7 3 2 0,7 3 3 0,7 3 M 0,7 6 1 0,6 6 -M 0
        6 6 -3 0,6 6 -1 0,7 6 2 0,7 6 3 0,7 6 M 0,7 0 1 0,6 0 -M 1,6 0 -3 2,6 0 -1 6,7 0 2 0
        7 0 3 0,7 0 M 0,7 1 1 0,6 1 -M 1,6 1 -3 2,6 1 -1 5,7 1 2 0,7 1 3 0,7 1 M 0,7 4 1 0
        6 4 -M 1,6 4 -3 1,6 4 -1 2,7 4 2 0,7 4 3 0,7 4 M 0,7 7 1 0,6 6 -M 0,6 6 -3 0,6 6 -1 0
        7 7 2 0,7 7 3 0,7 7 M 0,7 7 1 0,6 6 -M 0,6 6 -3 0,6 6 -1 0,7 7 2 0,7 7 3 0,7 7 M 0
        7 7 1 0,6 -1 -M 1,6 -1 -3 3,6 -1 -1 7,7 7 2 0,7 7 3 0,7 7 M 0,7 0 1 0,6 -1 -M 1,6 -1 -3 3
        6 -1 -1 7,7 0 2 0,7 0 3 0,7 0 M 0,7 0 1 0,6 -1 -M 1,6 -1 -3 3,6 -1 -1 7,7 0 2 0,7 0 3 0
        7 0 M 0,7 3 1 0,6 3 -M 1,6 3 -3 1,6 3 -1 3,7 3 2 0,7 3 3 0,7 3 M 0,7 6 1 0,6 6 -M 0
        6 6 -3 0,6 6 -1 0,7 6 2 0,7 6 3 0,7 6 M 0,7 0 1 0,6 0 -M 1,6 0 -3 2,6 0 -1 6,7 0 2 0
        7 0 3 0,7 0 M 0,7 1 1 0,6 1 -M 1,6 1 -3 2,6 1 -1 5,7 1 2 0,7 1 3 0,7 1 M 0,7 4 1 0
        6 4 -M 1,6 4 -3 1,6 4 -1 2,7 4 2 0,7 4 3 0,7 4 M 0,7 7 1 0,6 6 -M 0,6 6 -3 0,6 6 -1 0
        7 7 2 0,7 7 3 0,7 7 M 0,7 7 1 0,6 6 -M 0,6 6 -3 0,6 6 -1 0,7 7 2 0,7 7 3 0,7 7 M 0";

    /// A slice part: `None`, a small int, or plus or minus 2**100 (`B` / `-B`).
    #[derive(Clone, Copy)]
    enum Part {
        No,
        N(i64),
        Big(bool),
    }
    use Part::*;
    const PARTS: [Part; 10] = [No, Big(true), N(-11), N(-4), N(-1), N(0), N(1), N(4), N(11), Big(false)];
    const STEPS: [Part; 7] = [No, Big(true), N(-3), N(-1), N(2), N(3), Big(false)];
    const LENS: [usize; 3] = [0, 3, 7];

    fn part_value(p: Part) -> Value {
        match p {
            No => none().into_raw(),
            N(n) => int_from_i64(n).into_raw(),
            Big(neg) => {
                let b: BigInt = BigInt::from(1) << 100usize;
                int_from_big(if neg { -b } else { b }).into_raw()
            }
        }
    }

    #[test]
    fn slice_indices_match_cpython() {
        let expected: Vec<&str> = EXPECTED.split(|c| c == ',' || c == '\n').map(str::trim).filter(|s| !s.is_empty()).collect();
        let mut k = 0;
        for &n in &LENS {
            for &a in &PARTS {
                for &b in &PARTS {
                    for &c in &STEPS {
                        let s = SliceObj { head: Header::new(&SLICE_TYPE), start: part_value(a), stop: part_value(b), step: part_value(c) };
                        let (start, stop, step, len) = slice_indices(&s, n).unwrap();
                        let step = match step {
                            isize::MAX => "M".to_string(),
                            x if x == -isize::MAX => "-M".to_string(),
                            x => x.to_string(),
                        };
                        let got = format!("{} {} {} {}", start, stop, step, len);
                        assert_eq!(got, expected[k], "case {}", k);
                        k += 1;
                    }
                }
            }
        }
        assert_eq!(k, expected.len());
    }

    #[test]
    fn slice_step_zero_raises() {
        let s = SliceObj { head: Header::new(&SLICE_TYPE), start: part_value(No), stop: part_value(No), step: part_value(N(0)) };
        assert!(slice_indices(&s, 3).is_err());
        let _ = crate::exc::take_current();
    }

    #[test]
    fn index_of_wraps_negatives() {
        assert_eq!(index_of(Value::small(-1), 3), Ok(Some(2)));
        assert_eq!(index_of(Value::small(3), 3), Ok(None));
        assert_eq!(index_of(Value::small(-4), 3), Ok(None));
        assert_eq!(index_of(bool_v(true), 3), Ok(Some(1)));
    }

    #[test]
    fn tuple_hashes() {
        // hash(()) and hash((1, 2)) from CPython 3.11 on 64-bit.
        assert_eq!(combine_hashes(&[]), 5740354900026072187);
        assert_eq!(combine_hashes(&[1, 2]), -3550055125485641917);
        // hash((-1,)): the element hash of -1 is -2.
        assert_eq!(combine_hashes(&[-2]), 8078679518589016365);
        // hash(((),)).
        assert_eq!(combine_hashes(&[5740354900026072187]), -5486347211504344842);
    }

    #[test]
    fn merge_sort_is_stable() {
        let keys: Vec<i64> = (0..200).map(|i| (i * 7919) % 13).collect();
        let mut perm: Vec<usize> = (0..keys.len()).collect();
        merge_sort(&mut perm, &mut |i, j| Ok(keys[i] < keys[j])).unwrap();
        for w in perm.windows(2) {
            assert!(keys[w[0]] < keys[w[1]] || keys[w[0]] == keys[w[1]] && w[0] < w[1]);
        }
    }
}
