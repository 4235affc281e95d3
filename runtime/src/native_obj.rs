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
use crate::call::Args;
use crate::value::{Header, Obj, Value, R};
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

/// What a native class (`crate::native_obj`) is made of.
pub struct ClassSpec<'a> {
    pub name: &'a str,
    /// The module as `__module__` shows it (`collections`, not `_collections`).
    pub module: &'a str,
    /// The bases (`object` when empty); a builtin base gives its layout.
    pub bases: &'a [&'static crate::types::TypeObj],
    /// `Some` for the `Kind::Native` layout.
    pub new_state: Option<crate::native_obj::NewState>,
    /// The class attributes: methods (`native_obj::method`) and anything else.
    pub attrs: Vec<(&'a str, Obj)>,
}

/// Makes a native class, named `module.name` like CPython's static types (for
/// messages: `'collections.deque' object ...`); `__name__` is the plain name.
pub fn new_class(spec: ClassSpec) -> R<Obj> {
    let ns = dict_new();
    let set = |k: &str, v: Value| -> R<()> {
        let key = str_from(k);
        crate::dicts::dict_set(ns.v(), key.v(), v)
    };
    set("__module__", str_from(spec.module).v())?;
    set("__qualname__", str_from(spec.name).v())?;
    for (k, v) in &spec.attrs {
        set(k, v.v())?;
    }
    let bases = tuple_from(spec.bases.iter().map(|b| b.as_value().to_owned().into_raw()).collect());
    // The runtime's own classes (`code`, `mappingproxy`) are plain-named, as CPython's
    // builtin types are.
    let name = if spec.module == "builtins" { str_from(spec.name) } else { str_from(format!("{}.{}", spec.module, spec.name)) };
    let meta = &crate::types::TYPE_TYPE;
    crate::class::new_class_native(meta, name.v(), bases.v(), ns.v(), &Args::positional(&[]), spec.new_state)
}

/// Class attributes made of named native methods.
pub fn with_methods(ms: Vec<(&'static str, crate::types::BuiltinFn)>) -> Vec<(&'static str, Obj)> {
    ms.into_iter().map(|(n, f)| (n, crate::native_obj::method(n, f))).collect()
}

/// `property(getter, setter)`.
pub fn property(get: Obj, set: Option<Obj>) -> R<Obj> {
    let mut args = vec![get.v()];
    if let Some(s) = &set {
        args.push(s.v());
    }
    crate::call::call(crate::class::PROPERTY_TYPE.as_value(), &Args::positional(&args))
}
