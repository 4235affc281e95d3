//! The `_collections` module (CPython's `Modules/_collectionsmodule.c`): `deque`,
//! `defaultdict`, `_count_elements` and the deque iterator types, on which CPython's
//! pure-Python `collections/__init__.py` builds.
//!
//! `deque` and `defaultdict` are native classes (`krait_runtime::native_obj`): heap
//! classes whose methods are Rust, so Python code can subclass them. This file makes
//! the module and the classes.

mod count;
mod defaultdict;
mod deque;
mod deque_ops;

use crate::support::{new_class, property, with_methods, Attrs, ClassSpec};
use krait_runtime::objects::*;
use krait_runtime::types::{TypeObj, DICT_TYPE};
use krait_runtime::value::{abi, Obj, Value, R};
use std::cell::Cell;

/// Defines the static type object of an iterator type of this module.
macro_rules! iter_type {
    ($id:ident, $name:expr) => {
        pub static $id: krait_runtime::types::TypeObj = krait_runtime::types::TypeObj {
            head: krait_runtime::value::Header::immortal(&krait_runtime::types::TYPE_TYPE),
            name: $name,
            base: Some(&krait_runtime::types::OBJECT_TYPE),
            kind: krait_runtime::types::Kind::Iter,
            call: None,
            heap: std::ptr::null_mut(),
        };
    };
}
pub(crate) use iter_type;

thread_local! {
    /// The `deque` class, made with the module.
    static DEQUE: Cell<Option<&'static TypeObj>> = const { Cell::new(None) };
}

/// The `deque` class (the module is made before any deque exists).
pub fn deque_type() -> &'static TypeObj {
    DEQUE.with(|d| d.get()).expect("_collections not initialised")
}

fn make_deque() -> R<Obj> {
    let mut ms = Vec::new();
    deque::methods(&mut ms);
    deque_ops::methods(&mut ms);
    let mut attrs = with_methods(ms);
    let (get, set) = deque_ops::maxlen_accessors();
    attrs.push(("maxlen", property(get, Some(set))?));
    attrs.push(("__hash__", none()));
    attrs.push(("__slots__", tuple_from(vec![])));
    let cls = new_class(ClassSpec { name: "deque", module: "collections", bases: &[], new_state: Some(deque::new_state), attrs })?;
    let t: &'static TypeObj = unsafe { cls.v().as_ref::<TypeObj>() };
    DEQUE.with(|d| d.set(Some(t)));
    Ok(cls)
}

fn make_defaultdict() -> R<Obj> {
    let mut attrs = with_methods(defaultdict::methods());
    attrs.push(("default_factory", defaultdict::factory_property()?));
    attrs.push(("__slots__", tuple_from(vec![])));
    new_class(ClassSpec { name: "defaultdict", module: "collections", bases: &[&DICT_TYPE], new_state: None, attrs })
}

fn make_module() -> R<Obj> {
    let mut attrs: Attrs = vec![
        ("deque", make_deque()?),
        ("defaultdict", make_defaultdict()?),
        ("_count_elements", count::attr()),
        ("_deque_iterator", deque_ops::DEQUE_ITER_TYPE.as_value().to_owned()),
        ("_deque_reverse_iterator", deque_ops::DEQUE_REVITER_TYPE.as_value().to_owned()),
    ];
    attrs.sort_by(|a, b| a.0.cmp(b.0));
    krait_runtime::sysmod::new_module("_collections", attrs)
}

/// `import _collections`.
#[no_mangle]
pub extern "C" fn krait_module__collections() -> Value {
    abi(make_module())
}
