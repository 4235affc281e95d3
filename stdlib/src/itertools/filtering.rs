//! The iterators that select or map items of one iterator: `compress`, `dropwhile`,
//! `takewhile`, `filterfalse`, `islice` and `starmap`.

use super::{check_positional, clinic, iter_type, no_keywords, ssize_or_none, to_tuple, tuple_items, type_attr, Attrs};
use krait_runtime::builtin;
use krait_runtime::call::{call, call1, Args};
use krait_runtime::exc::value_error;
use krait_runtime::native_iter::{self, NativeIter, Slot};
use krait_runtime::objects::*;
use krait_runtime::ops;
use krait_runtime::types::BOOL_TYPE;
use krait_runtime::value::{Obj, Value, R};
use std::cell::Cell;

iter_type!(COMPRESS_TYPE, "itertools.compress", Some(compress_new));
iter_type!(DROPWHILE_TYPE, "itertools.dropwhile", Some(dropwhile_new));
iter_type!(TAKEWHILE_TYPE, "itertools.takewhile", Some(takewhile_new));
iter_type!(FILTERFALSE_TYPE, "itertools.filterfalse", Some(filterfalse_new));
iter_type!(ISLICE_TYPE, "itertools.islice", Some(islice_new));
iter_type!(STARMAP_TYPE, "itertools.starmap", Some(starmap_new));

pub(super) fn attrs(a: &mut Attrs) {
    a.push(("compress", type_attr(&COMPRESS_TYPE)));
    a.push(("dropwhile", type_attr(&DROPWHILE_TYPE)));
    a.push(("takewhile", type_attr(&TAKEWHILE_TYPE)));
    a.push(("filterfalse", type_attr(&FILTERFALSE_TYPE)));
    a.push(("islice", type_attr(&ISLICE_TYPE)));
    a.push(("starmap", type_attr(&STARMAP_TYPE)));
}

/// The next item of the iterator in `slot` (the slot may be replaced meanwhile).
fn next_in(slot: &Slot) -> R<Option<Obj>> {
    match slot.owned() {
        Some(it) => ops::next(it.v()),
        None => Ok(None),
    }
}

/// `compress(data, selectors)`.
struct Compress {
    data: Slot,
    selectors: Slot,
}

builtin!(compress_new, |a| {
    let b = clinic(a, "compress", &["data", "selectors"], 2, 2)?;
    let data = ops::iter(b[0].unwrap())?;
    let selectors = ops::iter(b[1].unwrap())?;
    Ok(native_iter::new(&COMPRESS_TYPE, Compress { data: Slot::new(Some(data)), selectors: Slot::new(Some(selectors)) }))
});

impl NativeIter for Compress {
    fn next(&self, _it: Value) -> R<Option<Obj>> {
        loop {
            let Some(datum) = next_in(&self.data)? else { return Ok(None) };
            let Some(sel) = next_in(&self.selectors)? else { return Ok(None) };
            if ops::truthy(sel.v())? {
                return Ok(Some(datum));
            }
        }
    }
    fn traverse(&self, visit: &mut dyn FnMut(Value)) {
        self.data.visit(visit);
        self.selectors.visit(visit);
    }
}

/// A predicate and an iterator: the state of `dropwhile`, `takewhile`, `filterfalse`
/// and `starmap`; `flag` is dropwhile's "started" and takewhile's "stopped".
struct PredIter {
    func: Slot,
    it: Slot,
    flag: Cell<bool>,
}

impl PredIter {
    fn new(a: &Args, name: &str) -> R<PredIter> {
        no_keywords(a, name)?;
        check_positional(a, name, 2, 2)?;
        let it = ops::iter(a.pos[1])?;
        Ok(PredIter { func: Slot::new(Some(a.pos[0].to_owned())), it: Slot::new(Some(it)), flag: Cell::new(false) })
    }
    fn call_pred(&self, x: Value) -> R<bool> {
        let f = self.func.owned().unwrap_or_else(none);
        let r = call1(f.v(), x)?;
        ops::truthy(r.v())
    }
    fn visit(&self, visit: &mut dyn FnMut(Value)) {
        self.func.visit(visit);
        self.it.visit(visit);
    }
}

struct DropWhile(PredIter);
struct TakeWhile(PredIter);
struct FilterFalse(PredIter);
struct StarMap(PredIter);

builtin!(dropwhile_new, |a| Ok(native_iter::new(&DROPWHILE_TYPE, DropWhile(PredIter::new(a, "dropwhile")?))));
builtin!(takewhile_new, |a| Ok(native_iter::new(&TAKEWHILE_TYPE, TakeWhile(PredIter::new(a, "takewhile")?))));
builtin!(filterfalse_new, |a| Ok(native_iter::new(&FILTERFALSE_TYPE, FilterFalse(PredIter::new(a, "filterfalse")?))));
builtin!(starmap_new, |a| Ok(native_iter::new(&STARMAP_TYPE, StarMap(PredIter::new(a, "starmap")?))));

impl NativeIter for DropWhile {
    fn next(&self, _it: Value) -> R<Option<Obj>> {
        let p = &self.0;
        loop {
            let Some(x) = next_in(&p.it)? else { return Ok(None) };
            if p.flag.get() || !p.call_pred(x.v())? {
                p.flag.set(true);
                return Ok(Some(x));
            }
        }
    }
    fn traverse(&self, visit: &mut dyn FnMut(Value)) {
        self.0.visit(visit);
    }
}

impl NativeIter for TakeWhile {
    fn next(&self, _it: Value) -> R<Option<Obj>> {
        let p = &self.0;
        if p.flag.get() {
            return Ok(None);
        }
        let Some(x) = next_in(&p.it)? else { return Ok(None) };
        if p.call_pred(x.v())? {
            return Ok(Some(x));
        }
        p.flag.set(true);
        Ok(None)
    }
    fn traverse(&self, visit: &mut dyn FnMut(Value)) {
        self.0.visit(visit);
    }
}

impl NativeIter for FilterFalse {
    fn next(&self, _it: Value) -> R<Option<Obj>> {
        let p = &self.0;
        loop {
            let Some(x) = next_in(&p.it)? else { return Ok(None) };
            // None and `bool` test the items' truth directly, as CPython does.
            let f = p.func.get();
            let ok = if is_none(f) || f == BOOL_TYPE.as_value() { ops::truthy(x.v())? } else { p.call_pred(x.v())? };
            if !ok {
                return Ok(Some(x));
            }
        }
    }
    fn traverse(&self, visit: &mut dyn FnMut(Value)) {
        self.0.visit(visit);
    }
}

impl NativeIter for StarMap {
    fn next(&self, _it: Value) -> R<Option<Obj>> {
        let p = &self.0;
        let Some(x) = next_in(&p.it)? else { return Ok(None) };
        let args = to_tuple(x.v())?;
        let f = p.func.owned().unwrap_or_else(none);
        call(f.v(), &Args::positional(tuple_items(args.v()))).map(Some)
    }
    fn traverse(&self, visit: &mut dyn FnMut(Value)) {
        self.0.visit(visit);
    }
}

/// `islice(iterable, [start,] stop [, step])`: `stop` -1 for None; `next` is the
/// index of the next item to return, `cnt` the number of items consumed.
struct ISlice {
    it: Slot,
    next: Cell<i64>,
    stop: i64,
    step: i64,
    cnt: Cell<i64>,
}

const STOP_MSG: &str = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

builtin!(islice_new, |a| {
    no_keywords(a, "islice")?;
    check_positional(a, "islice", 2, 4)?;
    let (mut start, mut stop, mut step) = (0i64, -1i64, 1i64);
    let stop_arg = |v: Value| -> R<i64> {
        match ssize_or_none(v) {
            Some(n) if n != -1 => Ok(n),
            _ => value_error(STOP_MSG),
        }
    };
    if a.pos.len() == 2 {
        if !is_none(a.pos[1]) {
            stop = stop_arg(a.pos[1])?;
        }
    } else {
        if !is_none(a.pos[1]) {
            start = ssize_or_none(a.pos[1]).unwrap_or(-1);
        }
        if !is_none(a.pos[2]) {
            stop = stop_arg(a.pos[2])?;
        }
    }
    if start < 0 || stop < -1 {
        return value_error("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    }
    if a.pos.len() == 4 && !is_none(a.pos[3]) {
        step = ssize_or_none(a.pos[3]).unwrap_or(-1);
    }
    if step < 1 {
        return value_error("Step for islice() must be a positive integer or None.");
    }
    let it = ops::iter(a.pos[0])?;
    let state = ISlice { it: Slot::new(Some(it)), next: Cell::new(start), stop, step, cnt: Cell::new(0) };
    Ok(native_iter::new(&ISLICE_TYPE, state))
});

impl ISlice {
    fn step_once(&self, it: Value) -> R<Option<Obj>> {
        while self.cnt.get() < self.next.get() {
            if ops::next(it)?.is_none() {
                return Ok(None);
            }
            self.cnt.set(self.cnt.get() + 1);
        }
        if self.stop != -1 && self.cnt.get() >= self.stop {
            return Ok(None);
        }
        let Some(x) = ops::next(it)? else { return Ok(None) };
        self.cnt.set(self.cnt.get() + 1);
        let old = self.next.get();
        let mut n = old.wrapping_add(self.step);
        if n < old || (self.stop != -1 && n > self.stop) {
            n = self.stop;
        }
        self.next.set(n);
        Ok(Some(x))
    }
}

impl NativeIter for ISlice {
    fn next(&self, _it: Value) -> R<Option<Obj>> {
        let Some(it) = self.it.owned() else { return Ok(None) };
        let r = self.step_once(it.v());
        // Exhausted or failed: the iterator is released, as CPython does.
        if !matches!(r, Ok(Some(_))) {
            let saved = krait_runtime::exc::take_current();
            drop(it);
            self.it.set(None);
            krait_runtime::exc::restore_saved(saved);
        }
        r
    }
    fn traverse(&self, visit: &mut dyn FnMut(Value)) {
        self.it.visit(visit);
    }
}
