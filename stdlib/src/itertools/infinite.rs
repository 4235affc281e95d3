//! The infinite iterators: `count`, `cycle` and `repeat`.

use super::{check_positional, clinic, iter_type, no_keywords, ssize, type_attr, type_err, Attrs};
use krait_runtime::builtin;
use krait_runtime::call::Args;
use krait_runtime::native_iter::{self, NativeIter, Slot};
use krait_runtime::objects::*;
use krait_runtime::ops;
use krait_runtime::types::Kind;
use krait_runtime::value::{Obj, Value, R};
use krait_abi::BinOp;
use std::cell::Cell;

iter_type!(COUNT_TYPE, "itertools.count", Some(count_new));
iter_type!(CYCLE_TYPE, "itertools.cycle", Some(cycle_new));
iter_type!(REPEAT_TYPE, "itertools.repeat", Some(repeat_new));

pub(super) fn attrs(a: &mut Attrs) {
    a.push(("count", type_attr(&COUNT_TYPE)));
    a.push(("cycle", type_attr(&CYCLE_TYPE)));
    a.push(("repeat", type_attr(&REPEAT_TYPE)));
}

/// `PyNumber_Check`: ints, floats, complex numbers, and objects with `__index__`,
/// `__int__` or `__float__`.
fn is_number(v: Value) -> bool {
    let ty = v.ty();
    matches!(ty.kind, Kind::Int | Kind::Bool | Kind::Float | Kind::Complex)
        || (krait_runtime::class::is_heap(ty)
            && ["__index__", "__int__", "__float__"].iter().any(|n| krait_runtime::class::lookup_type(ty, n).is_some()))
}

fn is_int(v: Value) -> bool {
    matches!(v.ty().kind, Kind::Int | Kind::Bool)
}

/// `count(start, step)`. As in CPython, an int start and a step of exactly 1 count in
/// machine integers ("fast mode", `cnt`); otherwise `cnt` is `None` and the counter is
/// the object `start` plus the steps so far.
struct Count {
    cnt: Cell<Option<i64>>,
    long_cnt: Slot,
    step: Slot,
}

builtin!(count_new, |a| {
    let b = clinic(a, "count", &["start", "step"], 0, 2)?;
    let (start, step) = (b[0], b[1]);
    if start.is_some_and(|v| !is_number(v)) || step.is_some_and(|v| !is_number(v)) {
        return type_err("a number is required");
    }
    let mut fast = start.map_or(true, is_int) && step.map_or(true, is_int);
    let mut cnt = 0;
    if let Some(s) = start {
        if fast {
            match krait_runtime::num::to_i64(s) {
                Ok(Some(n)) if n != i64::MAX => cnt = n,
                _ => {
                    drop(krait_runtime::exc::take_current());
                    fast = false;
                }
            }
        }
    }
    let step = step.map_or_else(|| int_from_i64(1), |v| v.to_owned());
    if fast && !matches!(krait_runtime::num::to_i64(step.v()), Ok(Some(1))) {
        drop(krait_runtime::exc::take_current());
        fast = false;
    }
    let long_cnt = if fast { None } else { Some(start.map_or_else(|| int_from_i64(0), |v| v.to_owned())) };
    let state = Count { cnt: Cell::new(fast.then_some(cnt)), long_cnt: Slot::new(long_cnt), step: Slot::new(Some(step)) };
    Ok(native_iter::new(&COUNT_TYPE, state))
});

impl NativeIter for Count {
    fn next(&self, _it: Value) -> R<Option<Obj>> {
        if let Some(n) = self.cnt.get() {
            if n < i64::MAX {
                self.cnt.set(Some(n + 1));
                return Ok(Some(int_from_i64(n)));
            }
            // The machine counter is spent: go on with int objects.
            self.cnt.set(None);
            self.long_cnt.set(Some(int_from_i64(n)));
        }
        let cur = self.long_cnt.owned().unwrap_or_else(none);
        let step = self.step.owned().unwrap_or_else(none);
        let up = ops::binary(BinOp::Add, cur.v(), step.v())?;
        self.long_cnt.set(Some(up));
        Ok(Some(cur))
    }
    fn traverse(&self, visit: &mut dyn FnMut(Value)) {
        self.long_cnt.visit(visit);
        self.step.visit(visit);
    }
    fn repr(&self, _it: Value) -> R<Option<Obj>> {
        if let Some(n) = self.cnt.get() {
            return Ok(Some(str_from(format!("count({})", n))));
        }
        let cur = self.long_cnt.owned().unwrap_or_else(none);
        let step = self.step.owned().unwrap_or_else(none);
        let c = ops::repr(cur.v())?;
        if is_int(step.v()) && matches!(krait_runtime::num::to_i64(step.v()), Ok(Some(1))) {
            return Ok(Some(str_from(format!("count({})", str_text(c.v())))));
        }
        drop(krait_runtime::exc::take_current());
        let s = ops::repr(step.v())?;
        Ok(Some(str_from(format!("count({}, {})", str_text(c.v()), str_text(s.v())))))
    }
}

/// `cycle(iterable)`: the items, saved in a list while the iterator runs, then the
/// saved items over and over.
struct Cycle {
    it: Slot,
    saved: Slot,
    index: Cell<usize>,
}

builtin!(cycle_new, |a| {
    no_keywords(a, "cycle")?;
    check_positional(a, "cycle", 1, 1)?;
    let it = ops::iter(a.pos[0])?;
    let state = Cycle { it: Slot::new(Some(it)), saved: Slot::new(Some(list_from(Vec::new()))), index: Cell::new(0) };
    Ok(native_iter::new(&CYCLE_TYPE, state))
});

impl NativeIter for Cycle {
    fn next(&self, _it: Value) -> R<Option<Obj>> {
        if let Some(it) = self.it.owned() {
            if let Some(x) = ops::next(it.v())? {
                if let Some(l) = as_list(self.saved.get()) {
                    l.items.push(x.v().to_owned().into_raw());
                }
                return Ok(Some(x));
            }
            self.it.set(None);
        }
        let Some(l) = as_list(self.saved.get()) else { return Ok(None) };
        if l.items.is_empty() {
            return Ok(None);
        }
        let i = self.index.get().min(l.items.len() - 1);
        let x = l.items[i].to_owned();
        self.index.set(if i + 1 >= l.items.len() { 0 } else { i + 1 });
        Ok(Some(x))
    }
    fn traverse(&self, visit: &mut dyn FnMut(Value)) {
        self.it.visit(visit);
        self.saved.visit(visit);
    }
}

/// `repeat(object, times)`: `cnt` items left, or -1 for ever.
struct Repeat {
    element: Slot,
    cnt: Cell<i64>,
}

builtin!(repeat_new, |a| {
    let b = clinic(a, "repeat", &["object", "times"], 1, 2)?;
    let mut cnt = match b[1] {
        Some(t) => ssize(t)?,
        None => -1,
    };
    if b[1].is_some() && cnt < 0 {
        cnt = 0;
    }
    let state = Repeat { element: Slot::new(b[0].map(|v| v.to_owned())), cnt: Cell::new(cnt) };
    Ok(native_iter::new(&REPEAT_TYPE, state))
});

impl NativeIter for Repeat {
    fn next(&self, _it: Value) -> R<Option<Obj>> {
        match self.cnt.get() {
            0 => return Ok(None),
            n if n > 0 => self.cnt.set(n - 1),
            _ => {}
        }
        Ok(self.element.owned())
    }
    fn traverse(&self, visit: &mut dyn FnMut(Value)) {
        self.element.visit(visit);
    }
    fn repr(&self, _it: Value) -> R<Option<Obj>> {
        let e = self.element.owned().unwrap_or_else(none);
        let r = ops::repr(e.v())?;
        let s = match self.cnt.get() {
            n if n < 0 => format!("repeat({})", str_text(r.v())),
            n => format!("repeat({}, {})", str_text(r.v()), n),
        };
        Ok(Some(str_from(s)))
    }
    fn methods(&self) -> &'static [&'static str] {
        &["__length_hint__"]
    }
    fn call_method(&self, _it: Value, name: &str, args: &Args) -> R<Option<Obj>> {
        if name != "__length_hint__" {
            return Ok(None);
        }
        super::no_args(args, "repeat.__length_hint__")?;
        match self.cnt.get() {
            n if n < 0 => type_err("len() of unsized object"),
            n => Ok(Some(int_from_i64(n))),
        }
    }
}
