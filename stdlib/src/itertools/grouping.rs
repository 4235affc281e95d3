//! `groupby` and its groups (`_grouper`). The groups share the groupby's iterator: a
//! group yields items while the current item's key equals its key, and only the most
//! recent group yields anything (advancing the groupby ends the previous group).

use super::{clinic, iter_type, type_attr, type_err, Attrs};
use krait_runtime::builtin;
use krait_runtime::call::call1;
use krait_runtime::native_iter::{self, NativeIter, Slot};
use krait_runtime::objects::*;
use krait_runtime::ops;
use krait_runtime::value::{Obj, Value, R};
use std::cell::Cell;

iter_type!(GROUPBY_TYPE, "itertools.groupby", Some(groupby_new));
iter_type!(GROUPER_TYPE, "itertools._grouper", Some(grouper_new));

pub(super) fn attrs(a: &mut Attrs) {
    a.push(("groupby", type_attr(&GROUPBY_TYPE)));
    a.push(("_grouper", type_attr(&GROUPER_TYPE)));
}

/// CPython's `groupbyobject`. `currgrouper` is the address of the current group, kept
/// only to recognise it (CPython's borrowed reference): it is never dereferenced.
struct GroupBy {
    it: Slot,
    keyfunc: Slot,
    tgtkey: Slot,
    currkey: Slot,
    currvalue: Slot,
    currgrouper: Cell<u64>,
}

builtin!(groupby_new, |a| {
    let b = clinic(a, "groupby", &["iterable", "key"], 1, 2)?;
    let it = ops::iter(b[0].unwrap())?;
    let keyfunc = b[1].filter(|v| !is_none(*v)).map(|v| v.to_owned());
    let state = GroupBy {
        it: Slot::new(Some(it)),
        keyfunc: Slot::new(keyfunc),
        tgtkey: Slot::empty(),
        currkey: Slot::empty(),
        currvalue: Slot::empty(),
        currgrouper: Cell::new(0),
    };
    Ok(native_iter::new(&GROUPBY_TYPE, state))
});

// `_grouper(parent, tgtkey)`: CPython lets Python code make one directly.
builtin!(grouper_new, |a| {
    if !a.kwnames.is_empty() {
        return type_err("_grouper() takes no keyword arguments");
    }
    if a.pos.len() != 2 {
        return krait_runtime::exc::type_error(format!("_grouper expected 2 arguments, got {}", a.pos.len()));
    }
    if native_iter::state::<GroupBy>(a.pos[0]).is_none() {
        return krait_runtime::exc::type_error(format!(
            "_grouper() argument 1 must be itertools.groupby, not {}",
            a.pos[0].ty().name
        ));
    }
    Ok(grouper(a.pos[0], a.pos[1]))
});

/// A new group of `parent` for `tgtkey`, made the parent's current group.
fn grouper(parent: Value, tgtkey: Value) -> Obj {
    let g = native_iter::new(&GROUPER_TYPE, Grouper { parent: Slot::new(Some(parent.to_owned())), tgtkey: Slot::new(Some(tgtkey.to_owned())) });
    if let Some(gb) = native_iter::state::<GroupBy>(parent) {
        gb.currgrouper.set(g.v().0);
    }
    g
}

impl GroupBy {
    /// Reads the next item and its key into `currvalue` and `currkey`; `false` at the end.
    fn step(&self) -> R<bool> {
        let Some(it) = self.it.owned() else { return Ok(false) };
        let Some(value) = ops::next(it.v())? else { return Ok(false) };
        let key = match self.keyfunc.owned() {
            None => value.clone(),
            Some(f) => call1(f.v(), value.v())?,
        };
        let old = self.currvalue.take();
        self.currvalue.set(Some(value));
        self.currkey.set(Some(key));
        drop(old);
        Ok(true)
    }
}

impl NativeIter for GroupBy {
    fn next(&self, it: Value) -> R<Option<Obj>> {
        self.currgrouper.set(0);
        // Skip the rest of the current group.
        loop {
            if let Some(cur) = self.currkey.owned() {
                let Some(tgt) = self.tgtkey.owned() else { break };
                if !ops::eq(tgt.v(), cur.v())? {
                    break;
                }
            }
            if !self.step()? {
                return Ok(None);
            }
        }
        let key = self.currkey.owned().unwrap_or_else(none);
        self.tgtkey.set(Some(key.clone()));
        let g = grouper(it, key.v());
        Ok(Some(tuple_from(vec![key.into_raw(), g.into_raw()])))
    }
    fn traverse(&self, visit: &mut dyn FnMut(Value)) {
        self.it.visit(visit);
        self.keyfunc.visit(visit);
        self.tgtkey.visit(visit);
        self.currkey.visit(visit);
        self.currvalue.visit(visit);
    }
}

/// One group: its groupby and its key.
struct Grouper {
    parent: Slot,
    tgtkey: Slot,
}

impl NativeIter for Grouper {
    fn next(&self, it: Value) -> R<Option<Obj>> {
        let Some(parent) = self.parent.owned() else { return Ok(None) };
        let Some(gb) = native_iter::state::<GroupBy>(parent.v()) else { return Ok(None) };
        if gb.currgrouper.get() != it.0 {
            return Ok(None);
        }
        if gb.currvalue.is_empty() && !gb.step()? {
            return Ok(None);
        }
        let tgt = self.tgtkey.owned().unwrap_or_else(none);
        let cur = gb.currkey.owned().unwrap_or_else(none);
        if !ops::eq(tgt.v(), cur.v())? {
            return Ok(None);
        }
        let r = gb.currvalue.take();
        gb.currkey.set(None);
        Ok(r)
    }
    fn traverse(&self, visit: &mut dyn FnMut(Value)) {
        self.parent.visit(visit);
        self.tgtkey.visit(visit);
    }
}
