//! Native iterators: iterator types whose behaviour is Rust code, for native modules
//! (`itertools`) that define iterator classes of their own.
//!
//! A native iterator is an ordinary [`IterObj`] whose state is
//! `IterState::Native(Box<dyn NativeIter>)`, so it is a `Kind::Iter` object: `iter(x)
//! is x`, `next()`, `for`, unpacking, the collector's head and `types::dealloc` work as
//! for the builtin iterators. Its type is a static [`TypeObj`] of kind `Iter` defined
//! by the module (its `call` slot is the constructor). The [`NativeIter`] trait
//! supplies `__next__`, the references it owns (`traverse`, which must be exact), and
//! optionally a repr and methods. Breaking a cycle drops the whole state (the box),
//! so a state releases its references in its `Drop`.
//!
//! The trait's methods take `&self`: `next` calls Python code, which may re-enter the
//! same iterator, so mutable state lives in cells ([`Slot`] for an owned reference,
//! `Cell`, `RefCell` borrowed only where no Python code runs).
//!
//! Type-level methods (`chain.from_iterable`) are registered with
//! [`register_type_method`] and found by attribute lookup on the type.

use crate::call::Args;
use crate::objects::*;
use crate::types::{BuiltinFn, Kind, TypeObj};
use crate::value::{Obj, Value, R};
use std::any::Any;
use std::cell::{Cell, UnsafeCell};

/// The behaviour of a native iterator type.
pub trait NativeIter: Any {
    /// The next item, `Ok(None)` when exhausted; `it` is the iterator object.
    fn next(&self, it: Value) -> R<Option<Obj>>;
    /// Calls `visit` with each reference the state owns, and no other.
    fn traverse(&self, visit: &mut dyn FnMut(Value));
    /// `repr(it)`; `None` gives the default `<name object at 0x...>`.
    fn repr(&self, _it: Value) -> R<Option<Obj>> {
        Ok(None)
    }
    /// The names of the methods `call_method` implements (beyond `__next__`, `__iter__`).
    fn methods(&self) -> &'static [&'static str] {
        &[]
    }
    /// Calls the method `name` (one of `methods()`).
    fn call_method(&self, _it: Value, _name: &str, _args: &Args) -> R<Option<Obj>> {
        Ok(None)
    }
}

/// A new native iterator of type `ty` (a static type of kind `Iter`).
pub fn new(ty: &'static TypeObj, state: impl NativeIter) -> Obj {
    debug_assert!(ty.kind == Kind::Iter);
    iter_new(ty, IterState::Native(Box::new(state)))
}

/// The native state of `v`, if it is a native iterator.
pub fn state_dyn<'a>(v: Value) -> Option<&'a dyn NativeIter> {
    match as_iter(v) {
        Some(io) => match &io.state {
            IterState::Native(b) => Some(&**b),
            _ => None,
        },
        None => None,
    }
}

/// The state of `v` as a `T`, if `v` is a native iterator with that state.
pub fn state<'a, T: NativeIter>(v: Value) -> Option<&'a T> {
    let d: &dyn Any = state_dyn(v)?;
    d.downcast_ref::<T>()
}

/// `repr()` of a native iterator; `Ok(None)` for the default.
pub fn repr(v: Value) -> R<Option<Obj>> {
    match state_dyn(v) {
        Some(n) => n.repr(v),
        None => Ok(None),
    }
}

/// Is `name` a method of the iterator `v` (any builtin iterator has `__next__` and
/// `__iter__`)?
pub fn has_method(v: Value, name: &str) -> bool {
    matches!(name, "__next__" | "__iter__")
        || crate::iter::has_seq_iter_method(v, name)
        || state_dyn(v).is_some_and(|n| n.methods().contains(&name))
}

/// The checks of a slot wrapper without arguments (`it.__next__()`).
fn wrapper_no_args(args: &Args, name: &str) -> R<()> {
    if !args.kwnames.is_empty() {
        return crate::exc::type_error(format!("wrapper {}() takes no keyword arguments", name));
    }
    if !args.pos.is_empty() {
        return crate::exc::type_error(format!("expected 0 arguments, got {}", args.pos.len()));
    }
    Ok(())
}

/// `it.name(*args)` for a builtin iterator; `Ok(None)` when it has no such method.
pub fn call_method(v: Value, name: &str, args: &Args) -> R<Option<Obj>> {
    match name {
        "__next__" => {
            wrapper_no_args(args, "__next__")?;
            match crate::iter::next(v)? {
                Some(x) => Ok(Some(x)),
                None => {
                    let e = crate::exc::new_exc(&crate::types::STOP_ITERATION, tuple_from(Vec::new()));
                    Err(crate::exc::set_current(e))
                }
            }
        }
        "__iter__" => {
            wrapper_no_args(args, "__iter__")?;
            Ok(Some(v.to_owned()))
        }
        _ if crate::iter::has_seq_iter_method(v, name) => crate::iter::seq_iter_method(v, name, args),
        _ => match state_dyn(v) {
            Some(n) if n.methods().contains(&name) => n.call_method(v, name, args),
            _ => Ok(None),
        },
    }
}

// Methods of native types.

struct Registry(UnsafeCell<Vec<(&'static TypeObj, &'static str, BuiltinFn)>>);
// The runtime is single-threaded (see ARCHITECTURE.md).
unsafe impl Sync for Registry {}
static TYPE_METHODS: Registry = Registry(UnsafeCell::new(Vec::new()));

/// Makes `ty.name` the builtin `f` (a class method that ignores its class, such as
/// `chain.from_iterable`). Registering twice is harmless.
pub fn register_type_method(ty: &'static TypeObj, name: &'static str, f: BuiltinFn) {
    let r = unsafe { &mut *TYPE_METHODS.0.get() };
    if !r.iter().any(|(t, n, _)| std::ptr::eq(*t, ty) && *n == name) {
        r.push((ty, name, f));
    }
}

/// The registered method `name` of the type `t`, as a builtin function.
pub fn type_attr(t: &TypeObj, name: &str) -> Option<Obj> {
    let r = unsafe { &*TYPE_METHODS.0.get() };
    r.iter().find(|(ty, n, _)| std::ptr::eq(*ty, t) && *n == name).map(|(_, n, f)| builtin_fn(n, *f))
}

/// An owned reference (or nothing) in a cell: the field type of native iterator states.
/// It is released when replaced or dropped.
pub struct Slot(Cell<Value>);

impl Slot {
    pub fn new(v: Option<Obj>) -> Slot {
        Slot(Cell::new(v.map_or(Value::NULL, Obj::into_raw)))
    }
    pub fn empty() -> Slot {
        Slot(Cell::new(Value::NULL))
    }
    /// The value, borrowed (NULL when empty). Take a new reference before running
    /// Python code with it: that code may replace the slot.
    #[inline]
    pub fn get(&self) -> Value {
        self.0.get()
    }
    pub fn is_empty(&self) -> bool {
        self.0.get().is_null()
    }
    /// A new reference to the value.
    pub fn owned(&self) -> Option<Obj> {
        let v = self.0.get();
        if v.is_null() {
            None
        } else {
            Some(v.to_owned())
        }
    }
    /// Stores `v`, then releases the old value (whose release may run Python code,
    /// which then sees the new state).
    pub fn set(&self, v: Option<Obj>) {
        let old = self.0.replace(v.map_or(Value::NULL, Obj::into_raw));
        old.decref();
    }
    /// Takes the value out, leaving the slot empty.
    pub fn take(&self) -> Option<Obj> {
        let v = self.0.replace(Value::NULL);
        if v.is_null() {
            None
        } else {
            Some(unsafe { v.owned() })
        }
    }
    /// Reports the value to a collector visit.
    #[inline]
    pub fn visit(&self, visit: &mut dyn FnMut(Value)) {
        let v = self.0.get();
        if !v.is_null() {
            visit(v);
        }
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.replace(Value::NULL).decref();
    }
}
