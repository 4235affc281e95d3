//! Objects CPython makes once and krait would otherwise make at each lookup: the
//! builtin functions (`open is builtins.open is _io.open`) and the descriptors of
//! builtin types (`str.upper is str.upper`, `int.__str__ is object.__str__`, which
//! `enum` tests). Each is made on first use and kept, immortal, for the program's
//! life.

use crate::value::{Obj, RefCnt, Value, R};
use std::cell::RefCell;
use std::collections::HashMap;

thread_local! {
    /// The objects made so far, by owner (a type's address, or 0 for builtins) and name.
    static MADE: RefCell<HashMap<(usize, String), Value>> = RefCell::new(HashMap::new());
}

/// The object `make` gives for (`owner`, `name`), made once; `None` (not kept) when
/// `make` finds nothing.
pub fn get_or_make(owner: usize, name: &str, make: impl FnOnce() -> R<Option<Obj>>) -> R<Option<Obj>> {
    let key = (owner, name.to_string());
    if let Some(v) = MADE.with(|m| m.borrow().get(&key).copied()) {
        return Ok(Some(v.to_owned()));
    }
    let Some(o) = make()? else { return Ok(None) };
    let v = o.into_raw();
    if !v.is_small() {
        unsafe { *(*v.header()).rc.0.get() = RefCnt::IMMORTAL };
    }
    MADE.with(|m| m.borrow_mut().insert(key, v));
    Ok(Some(v.to_owned()))
}
