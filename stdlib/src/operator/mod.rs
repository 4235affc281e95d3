//! The `_operator` module (CPython's `Modules/_operator.c`): the operators as
//! functions, and the callable classes `itemgetter`, `attrgetter` and `methodcaller`;
//! CPython's pure-Python `operator.py` re-exports them (`from _operator import *`).
//!
//! The operator functions are in `funcs.rs` and `sequence.rs`, the classes in
//! `getters.rs`; this file makes the module.

mod funcs;
mod getters;
mod sequence;

use crate::support::Attrs;
use krait_runtime::objects::*;
use krait_runtime::value::{abi, Obj, Value, R};

const DOC: &str = "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience.";

fn make_module() -> R<Obj> {
    let mut attrs: Attrs = Vec::new();
    funcs::attrs(&mut attrs);
    sequence::attrs(&mut attrs);
    getters::attrs(&mut attrs)?;
    attrs.push(("__doc__", str_from(DOC)));
    attrs.sort_by(|a, b| a.0.cmp(b.0));
    krait_runtime::sysmod::new_module("_operator", attrs)
}

/// `import _operator`.
#[no_mangle]
pub extern "C" fn krait_module__operator() -> Value {
    abi(make_module())
}
