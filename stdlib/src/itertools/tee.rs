//! `tee(iterable, n=2)`: `n` independent iterators over one iterator.
//!
//! As in CPython, the items read are kept in a linked list of `_tee_dataobject`
//! chunks of 57 items, each chunk a (native iterator) object that holds the
//! underlying iterator and the next chunk. A `_tee` iterator holds its current chunk
//! and an index in it; copying a `_tee` (`__copy__`, or `tee()` of a `_tee`) shares the
//! chunk. Reference counting frees the chunks every iterator has passed.

use super::{check_positional, iter_type, no_args, ssize, type_attr, Attrs};
use krait_runtime::builtin;
use krait_runtime::call::Args;
use krait_runtime::exc::{raise, type_error, value_error};
use krait_runtime::native_iter::{self, NativeIter, Slot};
use krait_runtime::objects::*;
use krait_runtime::ops;
use krait_runtime::types::RUNTIME_ERROR;
use krait_runtime::value::{Obj, Value, R};
use std::cell::{Cell, RefCell};

iter_type!(TEE_TYPE, "itertools._tee", Some(tee_new));
iter_type!(TEEDATA_TYPE, "itertools._tee_dataobject", None);

/// Items per chunk (CPython's `LINKCELLS`).
const LINKCELLS: usize = 57;

pub(super) fn attrs(a: &mut Attrs) {
    a.push(("tee", builtin_fn("tee", tee_fn)));
    a.push(("_tee", type_attr(&TEE_TYPE)));
    a.push(("_tee_dataobject", type_attr(&TEEDATA_TYPE)));
}

/// A chunk of items read from the underlying iterator.
struct TeeData {
    it: Slot,
    values: RefCell<Vec<Obj>>,
    running: Cell<bool>,
    nextlink: Slot,
}

fn teedata_new(it: Obj) -> Obj {
    let d = TeeData { it: Slot::new(Some(it)), values: RefCell::new(Vec::new()), running: Cell::new(false), nextlink: Slot::empty() };
    native_iter::new(&TEEDATA_TYPE, d)
}

impl TeeData {
    /// Item `i` of this chunk, reading it when `i` is the next one.
    fn get(&self, i: usize) -> R<Option<Obj>> {
        if let Ok(v) = self.values.try_borrow() {
            if let Some(x) = v.get(i) {
                return Ok(Some(x.clone()));
            }
        }
        if self.running.get() {
            return Err(raise(&RUNTIME_ERROR, "cannot re-enter the tee iterator"));
        }
        let Some(it) = self.it.owned() else { return Ok(None) };
        self.running.set(true);
        let r = ops::next(it.v());
        self.running.set(false);
        let Some(x) = r? else { return Ok(None) };
        match self.values.try_borrow_mut() {
            Ok(mut v) => v.push(x.clone()),
            Err(_) => return Err(raise(&RUNTIME_ERROR, "cannot re-enter the tee iterator")),
        }
        Ok(Some(x))
    }
    /// The next chunk, made when first needed.
    fn jumplink(&self) -> Obj {
        if let Some(n) = self.nextlink.owned() {
            return n;
        }
        let it = self.it.owned().unwrap_or_else(none);
        let n = teedata_new(it);
        self.nextlink.set(Some(n.clone()));
        n
    }
}

impl NativeIter for TeeData {
    fn next(&self, _it: Value) -> R<Option<Obj>> {
        Ok(None)
    }
    fn traverse(&self, visit: &mut dyn FnMut(Value)) {
        self.it.visit(visit);
        if let Ok(v) = self.values.try_borrow() {
            v.iter().for_each(|x| visit(x.v()));
        }
        self.nextlink.visit(visit);
    }
}

impl Drop for TeeData {
    /// Frees a long chain of chunks without deep recursion, as CPython's
    /// `teedataobject_safe_decref` does: a chunk only this one holds gives up its
    /// successor before it is released.
    fn drop(&mut self) {
        let mut next = self.nextlink.take();
        while let Some(n) = next {
            if n.v().refcount() != 1 {
                break;
            }
            next = native_iter::state::<TeeData>(n.v()).and_then(|d| d.nextlink.take());
            drop(n);
        }
    }
}

/// One of the iterators `tee()` returns: a chunk and the index of its next item.
struct Tee {
    data: Slot,
    index: Cell<usize>,
}

fn tee_from_data(data: Obj, index: usize) -> Obj {
    native_iter::new(&TEE_TYPE, Tee { data: Slot::new(Some(data)), index: Cell::new(index) })
}

/// A `_tee` over any iterable (a `_tee` is copied).
fn tee_fromiterable(iterable: Value) -> R<Obj> {
    let it = ops::iter(iterable)?;
    if let Some(t) = native_iter::state::<Tee>(it.v()) {
        return Ok(t.copy());
    }
    Ok(tee_from_data(teedata_new(it), 0))
}

impl Tee {
    fn copy(&self) -> Obj {
        tee_from_data(self.data.owned().unwrap_or_else(none), self.index.get())
    }
}

impl NativeIter for Tee {
    fn next(&self, _it: Value) -> R<Option<Obj>> {
        let Some(mut data) = self.data.owned() else { return Ok(None) };
        if self.index.get() >= LINKCELLS {
            let Some(d) = native_iter::state::<TeeData>(data.v()) else { return Ok(None) };
            let link = d.jumplink();
            self.data.set(Some(link.clone()));
            self.index.set(0);
            data = link;
        }
        let Some(d) = native_iter::state::<TeeData>(data.v()) else { return Ok(None) };
        let Some(x) = d.get(self.index.get())? else { return Ok(None) };
        self.index.set(self.index.get() + 1);
        Ok(Some(x))
    }
    fn traverse(&self, visit: &mut dyn FnMut(Value)) {
        self.data.visit(visit);
    }
    fn methods(&self) -> &'static [&'static str] {
        &["__copy__"]
    }
    fn call_method(&self, _it: Value, name: &str, args: &Args) -> R<Option<Obj>> {
        if name != "__copy__" {
            return Ok(None);
        }
        no_args(args, "_tee.__copy__")?;
        Ok(Some(self.copy()))
    }
}

// `itertools._tee(iterable)`.
builtin!(tee_new, |a| {
    if !a.kwnames.is_empty() {
        return type_error("_tee() takes no keyword arguments");
    }
    check_positional(a, "_tee", 1, 1)?;
    tee_fromiterable(a.pos[0])
});

// `tee(iterable, n=2)`: a tuple of `n` iterators. The first is the iterator of
// `iterable` itself when it can be copied (a `_tee`, or an object with `__copy__`).
builtin!(tee_fn, |a| {
    if !a.kwnames.is_empty() {
        return type_error("itertools.tee() takes no keyword arguments");
    }
    check_positional(a, "tee", 1, 2)?;
    let n = match a.pos.get(1) {
        Some(&v) => ssize(v)?,
        None => 2,
    };
    if n < 0 {
        return value_error("n must be >= 0");
    }
    if n == 0 {
        return Ok(tuple_from(Vec::new()));
    }
    let it = ops::iter(a.pos[0])?;
    let mut out: Vec<Obj> = Vec::with_capacity(n as usize);
    let has_copy = native_iter::state::<Tee>(it.v()).is_some()
        || (krait_runtime::class::is_heap(it.ty()) && krait_runtime::class::lookup_type(it.ty(), "__copy__").is_some());
    let first = if has_copy { it } else { tee_from_data(teedata_new(it), 0) };
    for _ in 1..n {
        out.push(ops::call_method(first.v(), "__copy__", &Args::positional(&[]))?);
    }
    out.insert(0, first);
    Ok(tuple_from(out.into_iter().map(Obj::into_raw).collect()))
});
