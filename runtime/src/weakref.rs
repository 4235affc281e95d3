//! Weak references (`weakref.ref`, CPython's `_weakref`): a reference that does not
//! keep its object alive, and a callback called when the object goes.
//!
//! Only objects with a collector head can be weakly referenced (instances of classes
//! defined in Python, functions, sets, generators, bound methods; types too, which
//! are never freed): the head's `WEAKREFS` flag says that the table below has an
//! entry for the object, so freeing an object without weak references costs one
//! flag test. The table maps an object's address to its weak references, oldest
//! first; a weak reference does not own its object and is cleared (its object set
//! to 0) when the object is freed, before the callbacks run, newest first — the
//! order CPython calls them in.

use crate::call::Args;
use crate::exc::type_error;
use crate::objects::*;
use crate::types::*;
use crate::value::{Header, Obj, Value, R};
use std::cell::UnsafeCell;
use std::collections::HashMap;

pub static WEAKREF_TYPE: TypeObj = TypeObj {
    head: Header::immortal(&TYPE_TYPE),
    name: "weakref.ReferenceType",
    base: Some(&OBJECT_TYPE),
    kind: Kind::WeakRef,
    call: Some(new_ref),
    heap: std::ptr::null_mut(),
};

#[repr(C)]
pub struct WeakRefObj {
    pub head: Header,
    /// The object, not owned; 0 once it is gone.
    pub obj: Value,
    /// The callback (owned), or 0.
    pub callback: Value,
    /// The object's hash once computed (-1 before).
    pub hash: i64,
}

struct Table(UnsafeCell<Option<HashMap<u64, Vec<Value>>>>);
unsafe impl Sync for Table {}
static TABLE: Table = Table(UnsafeCell::new(None));

fn table() -> &'static mut HashMap<u64, Vec<Value>> {
    unsafe { (*TABLE.0.get()).get_or_insert_with(HashMap::new) }
}

pub fn as_weakref<'a>(v: Value) -> Option<&'a mut WeakRefObj> {
    if !v.is_small() && !v.is_null() && v.ty().kind == Kind::WeakRef {
        Some(unsafe { v.as_mut::<WeakRefObj>() })
    } else {
        None
    }
}

/// Can `o` be weakly referenced? (CPython: types with a weak reference list.)
fn weakrefable(o: Value) -> bool {
    if o.is_small() {
        return false;
    }
    let ty = o.ty();
    match ty.kind {
        Kind::Type | Kind::Function | Kind::Set | Kind::FrozenSet | Kind::Generator | Kind::BoundMethod | Kind::Instance => true,
        // Subclasses of variable-size builtins have no room for a weak reference list.
        Kind::Int | Kind::Tuple | Kind::Str | Kind::Bytes => false,
        _ => crate::class::is_heap(ty),
    }
}

/// `weakref.ref(obj[, callback])`.
unsafe extern "C" fn new_ref(args: *const Value, nargs: i64, kwnames: Value) -> Value {
    let a = Args::from_abi(args, nargs, kwnames);
    crate::value::abi(make(&a))
}

fn make(a: &Args) -> R<Obj> {
    a.no_kwargs("ref")?;
    if a.pos.is_empty() || a.pos.len() > 2 {
        return type_error(format!("__new__ expected at most 2 arguments, got {}", a.pos.len()));
    }
    let o = a.pos[0];
    let cb = a.pos.get(1).copied().filter(|&c| !is_none(c));
    new(o, cb)
}

/// A weak reference to `o`, with an optional callback.
pub fn new(o: Value, cb: Option<Value>) -> R<Obj> {
    if !weakrefable(o) {
        return type_error(format!("cannot create weak reference to '{}' object", crate::ops::type_name(o)));
    }
    let refs = table().entry(o.0).or_default();
    // A reference without a callback is shared, as in CPython.
    if cb.is_none() {
        if let Some(&r) = refs.iter().find(|&&r| unsafe { r.as_ref::<WeakRefObj>() }.callback.is_null()) {
            return Ok(r.to_owned());
        }
    }
    let r = crate::gc::new_obj(WeakRefObj { head: Header::new(&WEAKREF_TYPE), obj: o, callback: cb.map(|c| c.to_owned().into_raw()).unwrap_or(Value::NULL), hash: -1 });
    // Objects that are never freed need no entry: their references never die.
    if crate::gc::set_weakrefs(o, true) {
        table().entry(o.0).or_default().push(r.v());
    } else {
        table().remove(&o.0);
    }
    Ok(r)
}

/// The referent of a weak reference, or None (a new reference).
pub fn get(r: Value) -> Obj {
    let w = as_weakref(r).unwrap();
    if w.obj.is_null() {
        none()
    } else {
        w.obj.to_owned()
    }
}

/// The weak references to `o`, oldest first (borrowed).
pub fn refs_of(o: Value) -> Vec<Value> {
    if !crate::gc::has_weakrefs(o) {
        return Vec::new();
    }
    table().get(&o.0).cloned().unwrap_or_default()
}

/// Clears the weak references to `o`, which is going away, then calls their callbacks
/// (newest first) for those for which `call` says so.
pub fn clear_refs(o: Value, call: impl Fn(Value) -> bool) {
    crate::gc::set_weakrefs(o, false);
    let Some(refs) = table().remove(&o.0) else { return };
    let mut pending = Vec::new();
    for &r in &refs {
        let w = unsafe { r.as_mut::<WeakRefObj>() };
        w.obj = Value::NULL;
        if !w.callback.is_null() && call(r) {
            pending.push(r.to_owned());
        }
    }
    for r in pending.into_iter().rev() {
        let w = unsafe { r.v().as_mut::<WeakRefObj>() };
        let cb = std::mem::replace(&mut w.callback, Value::NULL);
        if cb.is_null() {
            continue;
        }
        let cb = unsafe { cb.owned() };
        let saved = crate::exc::take_current();
        if crate::call::call(cb.v(), &Args::positional(&[r.v()])).is_err() {
            crate::exc::print_unraisable("Exception ignored in", cb.v());
        }
        crate::exc::restore_saved(saved);
    }
}

/// Frees a weak reference object.
pub unsafe fn dealloc(v: Value) {
    let w = v.as_mut::<WeakRefObj>();
    if !w.obj.is_null() {
        if let Some(refs) = table().get_mut(&w.obj.0) {
            refs.retain(|&r| r != v);
            if refs.is_empty() {
                table().remove(&w.obj.0);
                crate::gc::set_weakrefs(w.obj, false);
            }
        }
    }
    std::mem::replace(&mut w.callback, Value::NULL).decref();
    crate::gc::free::<WeakRefObj>(v.0 as *mut u8);
}

pub fn repr(v: Value) -> String {
    let w = as_weakref(v).unwrap();
    if w.obj.is_null() {
        return format!("<weakref at {:#x}; dead>", v.0);
    }
    let o = w.obj;
    let name = match crate::ops::getattr(o, "__name__") {
        Ok(n) if n.ty().kind == Kind::Str => format!(" ({})", str_text(n.v())),
        Ok(_) => String::new(),
        Err(_) => {
            crate::exc::clear_current();
            String::new()
        }
    };
    format!("<weakref at {:#x}; to '{}' at {:#x}{}>", v.0, crate::ops::type_name(o), o.0, name)
}

pub fn hash(v: Value) -> R<i64> {
    let w = as_weakref(v).unwrap();
    if w.hash != -1 {
        return Ok(w.hash);
    }
    if w.obj.is_null() {
        return type_error("weak object has gone away");
    }
    let h = crate::ops::hash(w.obj)?;
    w.hash = h;
    Ok(h)
}

/// `a == b` for weak references: their objects when both are alive, else identity.
pub fn equal(a: Value, b: Value) -> R<Option<bool>> {
    let (Some(x), Some(y)) = (as_weakref(a), as_weakref(b)) else { return Ok(None) };
    if x.obj.is_null() || y.obj.is_null() {
        return Ok(Some(a == b));
    }
    crate::ops::eq(x.obj, y.obj).map(Some)
}

pub fn getattr(v: Value, name: &str) -> R<Option<Obj>> {
    let w = as_weakref(v).unwrap();
    Ok(match name {
        "__callback__" => Some(if w.callback.is_null() { none() } else { w.callback.to_owned() }),
        _ => None,
    })
}

/// `weakref.getweakrefcount(o)`.
pub fn count(o: Value) -> usize {
    refs_of(o).len()
}

crate::builtin!(weakref_getweakrefcount, |a| {
    a.arity("getweakrefcount", 1, 1)?;
    Ok(int_from_i64(count(a.pos[0]) as i64))
});

crate::builtin!(weakref_getweakrefs, |a| {
    a.arity("getweakrefs", 1, 1)?;
    Ok(list_from(refs_of(a.pos[0]).into_iter().map(|r| r.to_owned().into_raw()).collect()))
});

/// The native weak reference module (`_weakref`; `import weakref` gets it too until
/// the standard library's `weakref.py` is compiled in).
pub fn make_module() -> R<Obj> {
    let ty = || Value::from_ptr(&WEAKREF_TYPE).to_owned();
    crate::sysmod::new_module(
        "weakref",
        vec![
            ("ref", ty()),
            ("ReferenceType", ty()),
            ("getweakrefcount", builtin_fn("getweakrefcount", weakref_getweakrefcount)),
            ("getweakrefs", builtin_fn("getweakrefs", weakref_getweakrefs)),
        ],
    )
}
