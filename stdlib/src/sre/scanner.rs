//! `_sre.SRE_Scanner` (`Pattern.scanner`) and the iterator `Pattern.finditer`
//! returns (CPython's is `callable_iterator` over the scanner's `search`): successive
//! matches over one subject, each starting where the previous one ended, an empty
//! match never twice at the same place.

use super::pattern::{data_of, find, make_match, prepare, Mode};
use super::text::Subject;
use crate::clinic::{no_args, rest};
use krait_runtime::builtin;
use krait_runtime::call::Args;
use krait_runtime::exc::type_error;
use krait_runtime::native_iter::NativeIter;
use krait_runtime::native_obj::NativeState;
use krait_runtime::objects::*;
use krait_runtime::types::{Kind, TypeObj};
use krait_runtime::value::{Obj, Value, R};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Where a scan stands.
pub struct Scan {
    pattern: Obj,
    string: Obj,
    subject: Rc<Subject>,
    pos: isize,
    endpos: isize,
    /// Where the next attempt starts; `None` once an attempt failed.
    start: Cell<Option<isize>>,
    must_advance: Cell<bool>,
}

impl Scan {
    pub fn new(pattern: Value, string: Value, pos: Option<Value>, endpos: Option<Value>) -> R<Scan> {
        let p = data_of(pattern, "scanner")?;
        let (subject, start, end) = prepare(&p, string, pos, endpos)?;
        Ok(Scan { pattern: pattern.to_owned(), string: string.to_owned(), subject, pos: start, endpos: end, start: Cell::new(Some(start)), must_advance: Cell::new(false) })
    }

    /// The next match (`scanner_match`, `scanner_search`), or None.
    pub fn step(&self, mode: Mode) -> R<Obj> {
        let Some(start) = self.start.get() else { return Ok(none()) };
        let p = data_of(self.pattern.v(), "scanner")?;
        match find(&p, &self.subject, start, self.endpos, self.must_advance.get(), mode)? {
            None => {
                self.start.set(None);
                Ok(none())
            }
            Some(f) => {
                self.must_advance.set(f.end == f.start);
                self.start.set(Some(f.end));
                make_match(self.pattern.v(), &p, self.string.v(), &self.subject, &f, self.pos, self.endpos)
            }
        }
    }

    fn visit(&self, visit: &mut dyn FnMut(Value)) {
        visit(self.pattern.v());
        visit(self.string.v());
    }
}

/// The state of an `SRE_Scanner`.
pub struct ScannerState(pub RefCell<Option<Rc<Scan>>>);

impl NativeState for ScannerState {
    fn traverse(&self, visit: &mut dyn FnMut(Value)) {
        if let Some(s) = &*self.0.borrow() {
            s.visit(visit);
        }
    }
    fn clear(&self) {
        let old = self.0.borrow_mut().take();
        drop(old);
    }
}

pub fn new_state() -> Box<dyn NativeState> {
    Box::new(ScannerState(RefCell::new(None)))
}

fn this(a: &Args, method: &str) -> R<Rc<Scan>> {
    let Some(&s) = a.pos.first() else {
        return type_error(format!("unbound method SRE_Scanner.{}() needs an argument", method));
    };
    match krait_runtime::native_obj::state::<ScannerState>(s).and_then(|m| m.0.borrow().clone()) {
        Some(d) => Ok(d),
        None => type_error(format!("descriptor '{}' for '_sre.SRE_Scanner' objects doesn't apply to a '{}' object", method, krait_runtime::ops::type_name(s))),
    }
}

builtin!(scanner_match, |a| {
    let s = this(a, "match")?;
    no_args(&rest(a), "match")?;
    s.step(Mode::Match)
});
builtin!(scanner_search, |a| {
    let s = this(a, "search")?;
    no_args(&rest(a), "search")?;
    s.step(Mode::Search)
});
builtin!(scanner_get_pattern, |a| Ok(this(a, "pattern")?.pattern.clone()));

/// The class attributes of `_sre.SRE_Scanner`.
pub fn attrs() -> R<Vec<(&'static str, Obj)>> {
    let m = krait_runtime::native_obj::method;
    Ok(vec![
        ("match", m("match", scanner_match)),
        ("search", m("search", scanner_search)),
        ("pattern", crate::support::property(builtin_fn("getter", scanner_get_pattern), None)?),
    ])
}

/// The iterator `finditer` returns.
pub struct FindIter(pub Scan);

pub static FINDITER_TYPE: TypeObj = TypeObj {
    head: krait_runtime::value::Header::immortal(&krait_runtime::types::TYPE_TYPE),
    name: "callable_iterator",
    base: Some(&krait_runtime::types::OBJECT_TYPE),
    kind: Kind::Iter,
    call: None,
    heap: std::ptr::null_mut(),
};

impl NativeIter for FindIter {
    fn next(&self, _it: Value) -> R<Option<Obj>> {
        let m = self.0.step(Mode::Search)?;
        Ok(if is_none(m.v()) { None } else { Some(m) })
    }
    fn traverse(&self, visit: &mut dyn FnMut(Value)) {
        self.0.visit(visit);
    }
}
