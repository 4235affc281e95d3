//! The iterators that combine items or iterators: `accumulate`, `chain` (and
//! `chain.from_iterable`), `pairwise` and `zip_longest`.

use super::{check_positional, clinic, iter_type, no_keywords, type_attr, type_err, Attrs};
use krait_abi::BinOp;
use krait_runtime::builtin;
use krait_runtime::call::{call, Args};
use krait_runtime::native_iter::{self, NativeIter, Slot};
use krait_runtime::objects::*;
use krait_runtime::ops;
use krait_runtime::value::{Obj, Value, R};
use std::cell::Cell;

iter_type!(ACCUMULATE_TYPE, "itertools.accumulate", Some(accumulate_new));
iter_type!(CHAIN_TYPE, "itertools.chain", Some(chain_new));
iter_type!(PAIRWISE_TYPE, "itertools.pairwise", Some(pairwise_new));
iter_type!(ZIP_LONGEST_TYPE, "itertools.zip_longest", Some(zip_longest_new));

pub(super) fn attrs(a: &mut Attrs) {
    native_iter::register_type_method(&CHAIN_TYPE, "from_iterable", chain_from_iterable);
    a.push(("accumulate", type_attr(&ACCUMULATE_TYPE)));
    a.push(("chain", type_attr(&CHAIN_TYPE)));
    a.push(("pairwise", type_attr(&PAIRWISE_TYPE)));
    a.push(("zip_longest", type_attr(&ZIP_LONGEST_TYPE)));
}

/// `accumulate(iterable, func=None, *, initial=None)`: `total` is the running value,
/// `initial` what to return first (emptied once returned).
struct Accumulate {
    it: Slot,
    func: Slot,
    total: Slot,
    initial: Slot,
}

builtin!(accumulate_new, |a| {
    let b = clinic(a, "accumulate", &["iterable", "func", "initial"], 1, 2)?;
    let it = ops::iter(b[0].unwrap())?;
    let func = b[1].filter(|v| !is_none(*v)).map(|v| v.to_owned());
    let initial = b[2].filter(|v| !is_none(*v)).map(|v| v.to_owned());
    let state = Accumulate { it: Slot::new(Some(it)), func: Slot::new(func), total: Slot::empty(), initial: Slot::new(initial) };
    Ok(native_iter::new(&ACCUMULATE_TYPE, state))
});

impl NativeIter for Accumulate {
    fn next(&self, _it: Value) -> R<Option<Obj>> {
        if let Some(init) = self.initial.take() {
            self.total.set(Some(init.clone()));
            return Ok(Some(init));
        }
        let Some(it) = self.it.owned() else { return Ok(None) };
        let Some(val) = ops::next(it.v())? else { return Ok(None) };
        let Some(total) = self.total.owned() else {
            self.total.set(Some(val.clone()));
            return Ok(Some(val));
        };
        let new = match self.func.owned() {
            None => ops::binary(BinOp::Add, total.v(), val.v())?,
            Some(f) => call(f.v(), &Args::positional(&[total.v(), val.v()]))?,
        };
        self.total.set(Some(new.clone()));
        Ok(Some(new))
    }
    fn traverse(&self, visit: &mut dyn FnMut(Value)) {
        self.it.visit(visit);
        self.func.visit(visit);
        self.total.visit(visit);
        self.initial.visit(visit);
    }
}

/// `chain(*iterables)`: `source` iterates over the iterables, `active` over the
/// current one.
struct Chain {
    source: Slot,
    active: Slot,
}

fn chain_of(source: Obj) -> Obj {
    native_iter::new(&CHAIN_TYPE, Chain { source: Slot::new(Some(source)), active: Slot::empty() })
}

builtin!(chain_new, |a| {
    no_keywords(a, "chain")?;
    let args = tuple_from(a.pos.iter().map(|&v| v.to_owned().into_raw()).collect());
    Ok(chain_of(ops::iter(args.v())?))
});

builtin!(chain_from_iterable, |a| {
    if !a.kwnames.is_empty() {
        return type_err("chain.from_iterable() takes no keyword arguments");
    }
    if a.pos.len() != 1 {
        return type_error_exactly_one(a.pos.len());
    }
    Ok(chain_of(ops::iter(a.pos[0])?))
});

fn type_error_exactly_one(n: usize) -> R<Obj> {
    krait_runtime::exc::type_error(format!("chain.from_iterable() takes exactly one argument ({} given)", n))
}

impl NativeIter for Chain {
    fn next(&self, _it: Value) -> R<Option<Obj>> {
        while let Some(source) = self.source.owned() {
            let active = match self.active.owned() {
                Some(a) => a,
                None => {
                    let a = match ops::next(source.v()).and_then(|x| x.map(|x| ops::iter(x.v())).transpose()) {
                        Ok(Some(a)) => a,
                        // No more iterables, or one that is not iterable: the end.
                        r => {
                            let saved = krait_runtime::exc::take_current();
                            self.source.set(None);
                            krait_runtime::exc::restore_saved(saved);
                            r?;
                            return Ok(None);
                        }
                    };
                    self.active.set(Some(a.clone()));
                    a
                }
            };
            if let Some(x) = ops::next(active.v())? {
                return Ok(Some(x));
            }
            self.active.set(None);
        }
        Ok(None)
    }
    fn traverse(&self, visit: &mut dyn FnMut(Value)) {
        self.source.visit(visit);
        self.active.visit(visit);
    }
}

/// `pairwise(iterable)`: `old` is the previous item.
struct Pairwise {
    it: Slot,
    old: Slot,
}

builtin!(pairwise_new, |a| {
    no_keywords(a, "pairwise")?;
    check_positional(a, "pairwise", 1, 1)?;
    let it = ops::iter(a.pos[0])?;
    Ok(native_iter::new(&PAIRWISE_TYPE, Pairwise { it: Slot::new(Some(it)), old: Slot::empty() }))
});

impl Pairwise {
    fn end(&self, r: R<Option<Obj>>) -> R<Option<Obj>> {
        let saved = krait_runtime::exc::take_current();
        self.it.set(None);
        self.old.set(None);
        krait_runtime::exc::restore_saved(saved);
        r?;
        Ok(None)
    }
}

impl NativeIter for Pairwise {
    fn next(&self, _it: Value) -> R<Option<Obj>> {
        let Some(it) = self.it.owned() else { return Ok(None) };
        let old = match self.old.owned() {
            Some(o) => o,
            None => match ops::next(it.v()) {
                Ok(Some(o)) => {
                    self.old.set(Some(o.clone()));
                    o
                }
                r => return self.end(r),
            },
        };
        let new = match ops::next(it.v()) {
            Ok(Some(n)) => n,
            r => return self.end(r),
        };
        let pair = tuple_from(vec![old.into_raw(), new.v().to_owned().into_raw()]);
        self.old.set(Some(new));
        Ok(Some(pair))
    }
    fn traverse(&self, visit: &mut dyn FnMut(Value)) {
        self.it.visit(visit);
        self.old.visit(visit);
    }
}

/// `zip_longest(*iterables, fillvalue=None)`: an exhausted iterator's slot is emptied;
/// `active` counts the others.
struct ZipLongest {
    its: Vec<Slot>,
    active: Cell<usize>,
    fill: Slot,
}

builtin!(zip_longest_new, |a| {
    let mut fill = None;
    if !a.kwnames.is_empty() {
        fill = if a.kwnames.len() == 1 { a.kw("fillvalue") } else { None };
        if fill.is_none() {
            return type_err("zip_longest() got an unexpected keyword argument");
        }
    }
    let mut its = Vec::with_capacity(a.pos.len());
    for &v in a.pos {
        its.push(Slot::new(Some(ops::iter(v)?)));
    }
    let active = Cell::new(its.len());
    let state = ZipLongest { its, active, fill: Slot::new(Some(fill.map_or_else(none, |v| v.to_owned()))) };
    Ok(native_iter::new(&ZIP_LONGEST_TYPE, state))
});

impl NativeIter for ZipLongest {
    fn next(&self, _it: Value) -> R<Option<Obj>> {
        if self.its.is_empty() || self.active.get() == 0 {
            return Ok(None);
        }
        let mut items: Vec<Obj> = Vec::with_capacity(self.its.len());
        for slot in &self.its {
            let item = match slot.owned() {
                None => self.fill.owned().unwrap_or_else(none),
                Some(it) => match ops::next(it.v()) {
                    Ok(Some(x)) => x,
                    r => {
                        let left = self.active.get().saturating_sub(1);
                        if left == 0 || r.is_err() {
                            self.active.set(0);
                            r?;
                            return Ok(None);
                        }
                        self.active.set(left);
                        slot.set(None);
                        self.fill.owned().unwrap_or_else(none)
                    }
                },
            };
            items.push(item);
        }
        Ok(Some(tuple_from(items.into_iter().map(Obj::into_raw).collect())))
    }
    fn traverse(&self, visit: &mut dyn FnMut(Value)) {
        self.its.iter().for_each(|s| s.visit(visit));
        self.fill.visit(visit);
    }
}
