//! Native classes: classes a native module defines in Rust whose instances carry a
//! Rust state (`_random.Random`, `_struct.Struct`), and which Python classes may
//! subclass.
//!
//! A native class is a heap class made by `class::new_class_native` with a
//! [`NewState`] function; its instances have the `Kind::Native` layout, a
//! [`NativeObj`]: the header and a boxed state implementing [`NativeState`]. A class
//! defined in Python whose base is a native class inherits the layout and the
//! `NewState` (its attributes live in the side dict of builtin-layout instances), so
//! `__new__` makes every instance with an empty state, as CPython's zero-filled
//! allocation does, and `__init__` (a method like any other) fills it.
//!
//! The methods in a native class's dict are builtin functions made by [`method`]:
//! they bind to an instance like Python functions (`is_method`), so `obj.m(...)`,
//! `C.m(obj, ...)`, `super().m(...)` and overriding in subclasses all work as for
//! classes written in Python; each receives the instance as its first argument and
//! finds its state with [`state`] (`None` for an object of another class).
//!
//! A state that holds references reports them in `traverse` (exactly) and drops them
//! in `clear`; both take `&self` because methods may run Python code that re-enters
//! the same object, so states keep their data in cells.

use crate::objects::*;
use crate::types::{BuiltinFn, Kind, TypeObj, OBJECT_TYPE, TYPE_TYPE};
use crate::value::{Header, Obj, Value};
use std::any::Any;

/// The Rust state of a native object.
pub trait NativeState: Any {
    /// Calls `visit` with each reference the state owns, and no other.
    fn traverse(&self, _visit: &mut dyn FnMut(Value)) {}
    /// Releases the references the state owns (the collector breaking a cycle).
    fn clear(&self) {}
}

/// Makes the empty state of a new instance of a native class.
pub type NewState = fn() -> Box<dyn NativeState>;

/// The layout of an instance of a native class.
#[repr(C)]
pub struct NativeObj {
    pub head: Header,
    pub state: Box<dyn NativeState>,
}

/// A new instance of the native-layout class `t` with `state`.
pub fn new(t: &'static TypeObj, state: Box<dyn NativeState>) -> Obj {
    crate::gc::new_obj(NativeObj { head: Header::new(t), state })
}

/// The state of a native-layout object (the caller checked the kind).
pub fn state_dyn<'a>(v: Value) -> &'a dyn NativeState {
    &*unsafe { v.as_ref::<NativeObj>() }.state
}

/// The state of `v` as a `T`, if `v` is a native object with that state.
pub fn state<'a, T: NativeState>(v: Value) -> Option<&'a T> {
    if v.is_small() || v.is_null() || v.ty().kind != Kind::Native {
        return None;
    }
    let d: &dyn Any = state_dyn(v);
    d.downcast_ref::<T>()
}

/// The type of the methods of native classes: builtin functions that bind to an
/// instance like Python functions (CPython's `method_descriptor`).
pub static METHOD_DESCRIPTOR_TYPE: TypeObj =
    TypeObj { head: Header::immortal(&TYPE_TYPE), name: "method_descriptor", base: Some(&OBJECT_TYPE), kind: Kind::Builtin, call: None, heap: std::ptr::null_mut() };

/// A method of a native class: `f` receives the instance as its first argument.
pub fn method(name: &'static str, f: BuiltinFn) -> Obj {
    crate::gc::new_obj(BuiltinObj { head: Header::new(&METHOD_DESCRIPTOR_TYPE), name, f })
}

/// Is `f` a method of a native class (which binds like a Python function)?
pub fn is_method(f: Value) -> bool {
    !f.is_small() && !f.is_null() && std::ptr::eq(f.ty(), &METHOD_DESCRIPTOR_TYPE)
}
