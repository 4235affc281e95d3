//! Weak references (`weakref.ref`, CPython's `_weakref`): a reference that does not
//! keep its object alive, and a callback called when the object goes.
//!
//! Only objects with a collector head can be weakly referenced (instances of classes
//! defined in Python, functions, sets, generators, bound methods; types too, which
//! are never freed): the head's `WEAKREFS` flag says that the table below has an
//! entry for the object, so freeing an object without weak references costs one
//! flag test. The table maps an object's address to its weak references in
//! CPython's list order: the shared reference without callback first, then the
//! shared proxy (`weakproxy.rs`), then the others, newest first. A weak reference
//! does not own its object and is cleared (its object set to 0) when the object is
//! freed, before the callbacks run in that order.
//!
//! `ref` can be subclassed (`weakref.KeyedRef`): instances of a subclass have this
//! layout and are never shared.

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
    /// For the weak reference a proxy owns: the proxy (not owned), else 0.
    pub proxy: Value,
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
        Kind::Type | Kind::Function | Kind::Set | Kind::FrozenSet | Kind::Generator | Kind::Coroutine | Kind::BoundMethod | Kind::Instance => true,
        // Subclasses of variable-size builtins have no room for a weak reference list.
        Kind::Int | Kind::Tuple | Kind::Str | Kind::Bytes => false,
        _ if crate::weakproxy::is_proxy(o) => false,
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
    new_of(&WEAKREF_TYPE, o, cb)
}

/// Is `r` the shared reference (no callback, not a subclass, not a proxy's)?
fn is_basic_ref(r: Value) -> bool {
    let w = unsafe { r.as_ref::<WeakRefObj>() };
    std::ptr::eq(r.ty(), &WEAKREF_TYPE) && w.callback.is_null() && w.proxy.is_null()
}

/// Is `r` the weak reference of the shared proxy (one without callback)?
fn is_basic_proxy(r: Value) -> bool {
    let w = unsafe { r.as_ref::<WeakRefObj>() };
    w.callback.is_null() && !w.proxy.is_null()
}

/// A weak reference of class `t` (`ref` or a subclass) to `o`.
pub fn new_of(t: &'static TypeObj, o: Value, cb: Option<Value>) -> R<Obj> {
    if !weakrefable(o) {
        return type_error(format!("cannot create weak reference to '{}' object", crate::ops::type_name(o)));
    }
    // A reference without a callback is shared, as in CPython.
    if cb.is_none() && std::ptr::eq(t, &WEAKREF_TYPE) {
        if let Some(&r) = refs_of(o).iter().find(|&&r| is_basic_ref(r)) {
            return Ok(r.to_owned());
        }
    }
    Ok(insert(t, o, cb, Value::NULL))
}

/// The weak reference a new proxy `proxy` to `o` owns, or the shared proxy when
/// there is one and no callback is given (returned as `Err`-free `Obj` of the proxy's
/// reference; the caller checks `proxy`).
pub fn new_for_proxy(o: Value, cb: Option<Value>, proxy: Value) -> R<Obj> {
    if !weakrefable(o) {
        return type_error(format!("cannot create weak reference to '{}' object", crate::ops::type_name(o)));
    }
    Ok(insert(&WEAKREF_TYPE, o, cb, proxy))
}

/// The shared proxy of `o`, if it has one of the right kind.
pub fn shared_proxy(o: Value, callable: bool) -> Option<Obj> {
    refs_of(o).into_iter().find(|&r| is_basic_proxy(r)).and_then(|r| {
        let p = unsafe { r.as_ref::<WeakRefObj>() }.proxy;
        let want = crate::weakproxy::proxy_type(callable).ok()?;
        std::ptr::eq(p.ty(), want).then(|| p.to_owned())
    })
}

/// Makes a weak reference object and files it in `o`'s list at CPython's place.
fn insert(t: &'static TypeObj, o: Value, cb: Option<Value>, proxy: Value) -> Obj {
    let r = crate::gc::new_obj(WeakRefObj { head: Header::new(t), obj: o, callback: cb.map(|c| c.to_owned().into_raw()).unwrap_or(Value::NULL), hash: -1, proxy });
    // Objects that are never freed need no entry: their references never die.
    if crate::gc::set_weakrefs(o, true) {
        let refs = table().entry(o.0).or_default();
        let basic_ref = refs.first().is_some_and(|&x| is_basic_ref(x)) as usize;
        let basic_proxy = refs.get(basic_ref).is_some_and(|&x| is_basic_proxy(x)) as usize;
        let at = if is_basic_ref(r.v()) {
            0
        } else if is_basic_proxy(r.v()) {
            basic_ref
        } else {
            basic_ref + basic_proxy
        };
        refs.insert(at, r.v());
    } else {
        table().remove(&o.0);
    }
    r
}

/// `ref.__new__(cls, ob[, callback])` for a subclass `cls` of `ref`.
pub fn new_subclass(t: &'static TypeObj, a: &Args) -> R<Obj> {
    a.no_kwargs("ref")?;
    if a.pos.is_empty() || a.pos.len() > 2 {
        return type_error(format!("__new__ expected at most 2 arguments, got {}", a.pos.len()));
    }
    let cb = a.pos.get(1).copied().filter(|&c| !is_none(c));
    new_of(t, a.pos[0], cb)
}

/// What a weak reference stands for in `getweakrefs` and callbacks: its proxy, if
/// it is a proxy's.
fn public(r: Value) -> Value {
    let p = unsafe { r.as_ref::<WeakRefObj>() }.proxy;
    if p.is_null() {
        r
    } else {
        p
    }
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
            // The proxy is alive while its reference points back at it.
            pending.push((r.to_owned(), public(r).to_owned()));
        }
    }
    for (r, arg) in pending {
        let w = unsafe { r.v().as_mut::<WeakRefObj>() };
        let cb = std::mem::replace(&mut w.callback, Value::NULL);
        if cb.is_null() {
            continue;
        }
        let cb = unsafe { cb.owned() };
        let saved = crate::exc::take_current();
        if crate::call::call(cb.v(), &Args::positional(&[arg.v()])).is_err() {
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
    Ok(list_from(refs_of(a.pos[0]).into_iter().map(|r| public(r).to_owned().into_raw()).collect()))
});

crate::builtin!(weakref_proxy, |a| {
    a.no_kwargs("proxy")?;
    if a.pos.is_empty() || a.pos.len() > 2 {
        let at = if a.pos.is_empty() { "at least 1 argument" } else { "at most 2 arguments" };
        return type_error(format!("proxy expected {}, got {}", at, a.pos.len()));
    }
    let o = a.pos[0];
    let cb = a.pos.get(1).copied().filter(|&c| !is_none(c));
    if cb.is_none() && weakrefable(o) {
        if let Some(p) = shared_proxy(o, crate::call::is_callable(o)) {
            return Ok(p);
        }
    }
    crate::weakproxy::new(o, cb)
});

crate::builtin!(weakref_remove_dead_weakref, |a| {
    a.no_kwargs("_remove_dead_weakref")?;
    a.arity("_remove_dead_weakref", 2, 2)?;
    let (d, key) = (a.pos[0], a.pos[1]);
    if d.is_small() || !std::ptr::eq(d.ty(), &DICT_TYPE) {
        return type_error(format!("_remove_dead_weakref() argument 1 must be dict, not {}", crate::ops::type_name(d)));
    }
    let Some(v) = crate::dicts::dict_get(d, key)? else { return Ok(none()) };
    let Some(w) = as_weakref(v.v()) else { return type_error("not a weakref") };
    if w.obj.is_null() {
        drop(v);
        crate::dicts::delitem(d, key)?;
    }
    Ok(none())
});

/// The native weak reference module `_weakref`, under the standard library's
/// `weakref.py`.
pub fn make_module() -> R<Obj> {
    let ty = || Value::from_ptr(&WEAKREF_TYPE).to_owned();
    let proxy = crate::weakproxy::proxy_type(false)?.as_value().to_owned();
    let callable = crate::weakproxy::proxy_type(true)?.as_value().to_owned();
    crate::sysmod::new_module(
        "_weakref",
        vec![
            ("ref", ty()),
            ("ReferenceType", ty()),
            ("ProxyType", proxy),
            ("CallableProxyType", callable),
            ("proxy", builtin_fn("proxy", weakref_proxy)),
            ("getweakrefcount", builtin_fn("getweakrefcount", weakref_getweakrefcount)),
            ("getweakrefs", builtin_fn("getweakrefs", weakref_getweakrefs)),
            ("_remove_dead_weakref", builtin_fn("_remove_dead_weakref", weakref_remove_dead_weakref)),
        ],
    )
}
