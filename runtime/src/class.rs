//! Classes defined in Python: `__build_class__`, heap type objects with their dict,
//! bases and C3 MRO, instances, attribute lookup with descriptors (functions become
//! bound methods; `staticmethod`, `classmethod`, `property`, user descriptors), `super`,
//! and the dunder-method hooks the operator dispatch in `ops` calls first for objects
//! whose class is a heap type.
//!
//! Layout: a class's `kind` is the layout of its instances — `Instance` (a header and
//! an attribute dict) for classes whose only builtin ancestor is `object`, or the kind
//! of the builtin base (`Exception`, `List`, `Dict`, `Set`, `Type` for metaclasses).
//! Instances of builtin-layout subclasses keep their attribute dict in a side table.
//! Heap type objects are never freed (like most classes in practice); see ARCHITECTURE.md.

use crate::call::{call, Args};
use crate::exc::{raise, type_error};
use crate::objects::*;
use crate::ops;
use crate::types::*;
use crate::value::{abi, Header, Obj, Value, R};
use std::cell::UnsafeCell;
use std::collections::HashMap;

/// What a class defined in Python has beyond a builtin type.
pub struct ClassData {
    /// The class namespace (a dict).
    pub dict: Value,
    pub bases: Vec<&'static TypeObj>,
    /// The method resolution order, starting with the class itself.
    pub mro: Vec<&'static TypeObj>,
    pub qualname: String,
    pub module: String,
    /// `__slots__`, when the class and its bases restrict instance attributes.
    pub slots: Option<Vec<String>>,
    /// For the `Kind::Native` layout: makes the empty state of an instance.
    pub native: Option<crate::native_obj::NewState>,
}

#[inline]
pub fn is_heap(t: &TypeObj) -> bool {
    !t.heap.is_null()
}

fn data(t: &TypeObj) -> &'static mut ClassData {
    unsafe { &mut *t.heap }
}

/// The class data of a class defined in Python (`None` for builtin types).
pub fn class_data(t: &TypeObj) -> Option<&'static ClassData> {
    if is_heap(t) {
        Some(data(t))
    } else {
        None
    }
}

/// The MRO of any type.
pub fn mro_of(t: &'static TypeObj) -> Vec<&'static TypeObj> {
    if is_heap(t) {
        return data(t).mro.clone();
    }
    if std::ptr::eq(t, &EXCEPTION_GROUP) {
        return vec![&EXCEPTION_GROUP, &BASE_EXCEPTION_GROUP, &EXCEPTION, &BASE_EXCEPTION, &OBJECT_TYPE];
    }
    let mut v = vec![];
    let mut c = Some(t);
    while let Some(x) = c {
        v.push(x);
        c = x.base;
    }
    v
}

/// Looks `name` up in a dict by text (borrowed result).
fn dict_get_str(d: Value, name: &str) -> Option<Value> {
    let key = str_from(name);
    let r = crate::dicts::dict_get(d, key.v()).ok().flatten()?;
    let v = r.v();
    drop(r);
    Some(v)
}

/// `name` in the dicts of the heap classes of `t`'s MRO (borrowed).
pub fn lookup_type(t: &'static TypeObj, name: &str) -> Option<Value> {
    if !is_heap(t) {
        return None;
    }
    for c in &data(t).mro {
        if is_heap(c) {
            if let Some(v) = dict_get_str(data(c).dict, name) {
                return Some(v);
            }
        }
    }
    None
}

/// The builtin type an instance of `t` is laid out as (`object`, `list`, ...).
fn builtin_base(t: &'static TypeObj) -> &'static TypeObj {
    mro_of(t).into_iter().find(|c| !is_heap(c)).unwrap_or(&OBJECT_TYPE)
}

// Instances and side dicts.

/// An instance of a class whose builtin layout is `object`'s.
#[repr(C)]
pub struct InstanceObj {
    pub head: Header,
    /// The attribute dict, or 0 until the first attribute is set.
    pub dict: Value,
}

struct Side(UnsafeCell<Option<HashMap<u64, Value>>>);
unsafe impl Sync for Side {}
static EXTRA: Side = Side(UnsafeCell::new(None));

fn extra() -> &'static mut HashMap<u64, Value> {
    unsafe { (*EXTRA.0.get()).get_or_insert_with(HashMap::new) }
}

/// The attribute dict of an instance of a heap class (created when `create`).
pub fn instance_dict(o: Value, create: bool) -> Option<Value> {
    if o.ty().kind == Kind::Instance {
        let inst = unsafe { o.as_mut::<InstanceObj>() };
        if inst.dict.is_null() && create {
            // Attribute dicts are not tracked: the collector sees their items as the
            // instance's own (see `gc::traverse`).
            inst.dict = dict_new().into_raw();
            crate::gc::untrack(inst.dict);
        }
        return if inst.dict.is_null() { None } else { Some(inst.dict) };
    }
    // A module's attributes are its dict.
    if o.ty().kind == Kind::Module {
        return as_module(o).map(|m| m.attrs);
    }
    if o.ty().kind == Kind::Exception && is_heap(o.ty()) {
        // Exceptions have their attribute dict in the object.
        let e = crate::exc::as_exc(o).unwrap();
        return if e.dict.is_null() && !create { None } else { Some(crate::exc::exc_dict(e)) };
    }
    if !is_heap(o.ty()) {
        return None;
    }
    let e = extra();
    if let Some(d) = e.get(&o.0) {
        return Some(*d);
    }
    if create {
        let d = dict_new().into_raw();
        crate::gc::untrack(d);
        e.insert(o.0, d);
        return Some(d);
    }
    None
}

/// Releases the side dict of a builtin-layout instance being freed.
pub fn drop_extra(o: Value) {
    if let Some(d) = extra().remove(&o.0) {
        d.decref();
    }
}

/// A bound method: a function and the object it was looked up on.
#[repr(C)]
pub struct BoundObj {
    pub head: Header,
    pub func: Value,
    pub self_: Value,
}

/// `staticmethod`, `classmethod`, `property` and `super` objects.
#[repr(C)]
pub struct DescrObj {
    pub head: Header,
    pub a: Value,
    pub b: Value,
    pub c: Value,
    pub d: Value,
    /// A property's attribute name (from `__set_name__`), or 0.
    pub e: Value,
    /// Whether a property's doc was taken from its getter (`property.rs`).
    pub getter_doc: bool,
}

macro_rules! descr_type {
    ($id:ident, $name:expr, $call:expr) => {
        pub static $id: TypeObj = TypeObj {
            head: Header::immortal(&TYPE_TYPE),
            name: $name,
            base: Some(&OBJECT_TYPE),
            kind: Kind::Descriptor,
            call: Some($call),
            heap: std::ptr::null_mut(),
        };
    };
}
descr_type!(STATICMETHOD_TYPE, "staticmethod", staticmethod_new);
descr_type!(CLASSMETHOD_TYPE, "classmethod", classmethod_new);
descr_type!(PROPERTY_TYPE, "property", property_new);
descr_type!(SUPER_TYPE, "super", super_new);

fn descr(ty: &'static TypeObj, a: Value, b: Value, c: Value, d: Value) -> Obj {
    for v in [a, b, c, d] {
        v.incref();
    }
    crate::gc::new_obj(DescrObj { head: Header::new(ty), a, b, c, d, e: Value::NULL, getter_doc: false })
}

/// Is `v` a property (of `property` or a subclass)?
pub fn is_property(v: Value) -> bool {
    as_descr(v, &PROPERTY_TYPE).is_some()
}

fn as_descr<'a>(v: Value, ty: &TypeObj) -> Option<&'a mut DescrObj> {
    if !v.is_small() && !v.is_null() && v.ty().kind == Kind::Descriptor && v.ty().is_subtype(ty) {
        Some(unsafe { v.as_mut::<DescrObj>() })
    } else {
        None
    }
}

thread_local! {
    /// The direct subclasses of each class, in the order they were made (classes are
    /// never freed, so the list needs no weak references).
    static SUBCLASSES: std::cell::RefCell<std::collections::HashMap<usize, Vec<&'static TypeObj>>> = std::cell::RefCell::new(std::collections::HashMap::new());
}

crate::builtin!(type_subclasses, |a| {
    let Some(t) = a.pos.first().and_then(|v| crate::builtins::as_type(*v)) else {
        return type_error("descriptor '__subclasses__' of 'type' object needs an argument");
    };
    a.arity("__subclasses__", 1, 1)?;
    let subs = SUBCLASSES.with(|m| m.borrow().get(&(t as *const TypeObj as usize)).cloned().unwrap_or_default());
    Ok(list_from(subs.into_iter().map(|s| s.as_value().to_owned().into_raw()).collect()))
});

/// `cls.__subclasses__`, bound to `cls`.
pub fn subclasses_method(cls: Value) -> Obj {
    let f = builtin_fn("__subclasses__", type_subclasses);
    bound(f.v(), cls)
}

pub fn bound(func: Value, self_: Value) -> Obj {
    func.incref();
    self_.incref();
    crate::gc::new_obj(BoundObj { head: Header::new(&BOUND_METHOD_TYPE), func, self_ })
}

/// The function of a bound method.
pub fn bound_func(v: Value) -> Value {
    unsafe { v.as_ref::<BoundObj>() }.func
}

/// Frees an instance, a bound method or a descriptor object.
pub unsafe fn dealloc(v: Value) {
    let p = v.0 as *mut u8;
    match v.ty().kind {
        Kind::Instance => {
            let inst = &mut *(p as *mut InstanceObj);
            std::mem::replace(&mut inst.dict, Value::NULL).decref();
            crate::gc::free::<InstanceObj>(p);
        }
        Kind::BoundMethod => {
            let b = &*(p as *mut BoundObj);
            b.func.decref();
            b.self_.decref();
            crate::gc::free::<BoundObj>(p);
        }
        _ => {
            let d = &*(p as *mut DescrObj);
            for x in [d.a, d.b, d.c, d.d, d.e] {
                x.decref();
            }
            crate::gc::free::<DescrObj>(p);
        }
    }
}

/// Runs `__del__` of an object whose count reached zero. Returns false when the
/// object was resurrected (and must not be freed).
pub unsafe fn call_del(v: Value) -> bool {
    // A finalizer runs once in an object's life (PEP 442), even if it resurrected it.
    if crate::gc::is_finalized(v) {
        return true;
    }
    let Some(f) = lookup_type(v.ty(), "__del__") else { return true };
    crate::gc::set_finalized(v);
    *(*v.header()).rc.0.get() = 1;
    let saved = crate::exc::take_current();
    if call_attr(f, v, &[]).is_err() {
        crate::exc::print_unraisable("Exception ignored in", f);
    }
    crate::exc::restore_saved(saved);
    let rc = (*v.header()).rc.0.get();
    *rc -= 1;
    *rc == 0
}

// Calling what a class attribute holds.

/// Calls the class attribute `f` as a method of `obj` (what `obj.name(*args)` does
/// when `name` is found on the class), without making a bound method for functions.
pub fn call_attr(f: Value, obj: Value, args: &[Value]) -> R<Obj> {
    call_attr_kw(f, obj, &Args::positional(args))
}

fn call_attr_kw(f: Value, obj: Value, args: &Args) -> R<Obj> {
    if f.ty().kind == Kind::Function || crate::native_obj::is_method(f) {
        let mut pos = Vec::with_capacity(args.pos.len() + 1);
        pos.push(obj);
        pos.extend_from_slice(args.pos);
        return call(f, &Args { pos: &pos, kwnames: args.kwnames, kwvals: args.kwvals });
    }
    let m = descr_get(f, obj, obj.ty().as_value())?;
    call(m.v(), args)
}

/// Calls a dunder method of a heap-class object, if its class defines one.
pub fn dunder(o: Value, name: &str, args: &[Value]) -> R<Option<Obj>> {
    if o.is_small() || !is_heap(o.ty()) {
        return Ok(None);
    }
    match lookup_type(o.ty(), name) {
        Some(f) => Ok(Some(call_attr(f, o, args)?)),
        None => Ok(None),
    }
}

/// `descr.__get__(obj, owner)`: what a class attribute becomes when looked up on an
/// instance (`obj`) or on the class itself (`obj` None).
pub fn descr_get(d: Value, obj: Value, owner: Value) -> R<Obj> {
    let on_class = obj.is_null() || is_none(obj) && owner != NONE_TYPE.as_value();
    match d.ty().kind {
        Kind::Function if !on_class => return Ok(bound(d, obj)),
        Kind::Function => return Ok(d.to_owned()),
        Kind::Builtin if crate::native_obj::is_method(d) && !on_class => return Ok(bound(d, obj)),
        Kind::Descriptor if !(is_heap(d.ty()) && lookup_type(d.ty(), "__get__").is_some()) => return builtin_descr_get(d, obj, owner, on_class),
        Kind::Method if !on_class => {
            if let Some(m) = bind_builtin_descr(d, obj)? {
                return Ok(m);
            }
        }
        _ => {}
    }
    if is_heap(d.ty()) {
        if let Some(g) = lookup_type(d.ty(), "__get__") {
            let o = if on_class { none() } else { obj.to_owned() };
            return call_attr(g, d, &[o.v(), owner]);
        }
    }
    Ok(d.to_owned())
}

/// `__get__` of a method of a builtin type (`str.upper`, `int.__repr__`, a
/// `method_descriptor` or `wrapper_descriptor`) stored in a class: the method bound
/// to `obj`, which must be an instance of that type. `None` for other method objects.
fn bind_builtin_descr(d: Value, obj: Value) -> R<Option<Obj>> {
    let bound_ty: &'static TypeObj = if std::ptr::eq(d.ty(), &METHOD_DESCR_TYPE) {
        &METHOD_TYPE
    } else if std::ptr::eq(d.ty(), &WRAPPER_DESCR_TYPE) {
        &METHOD_WRAPPER_TYPE
    } else {
        return Ok(None);
    };
    let m = as_method(d).unwrap();
    let Some(t) = crate::builtins::as_type(m.self_) else { return Ok(None) };
    // bool's methods are int's.
    let owner: &TypeObj = if std::ptr::eq(t, &BOOL_TYPE) { &INT_TYPE } else { t };
    if !obj.ty().is_subtype(owner) {
        return type_error(format!("descriptor '{}' for '{}' objects doesn't apply to a '{}' object", str_text(m.name), owner.name, ops::type_name(obj)));
    }
    Ok(Some(crate::gc::new_obj(MethodObj { head: Header::new(bound_ty), self_: obj.to_owned().into_raw(), name: m.name.to_owned().into_raw(), raw: true })))
}

/// `__get__` of staticmethod, classmethod and property (and their subclasses that
/// do not override it): what `super().__get__(obj, owner)` reaches too.
fn builtin_descr_get(d: Value, obj: Value, owner: Value, on_class: bool) -> R<Obj> {
    let x = unsafe { d.as_ref::<DescrObj>() };
    if d.ty().is_subtype(&STATICMETHOD_TYPE) {
        return Ok(x.a.to_owned());
    }
    if d.ty().is_subtype(&CLASSMETHOD_TYPE) {
        return Ok(bound(x.a, owner));
    }
    if d.ty().is_subtype(&PROPERTY_TYPE) {
        if on_class {
            return Ok(d.to_owned());
        }
        if x.a.is_null() || is_none(x.a) {
            return Err(raise(&ATTRIBUTE_ERROR, format!("property {} of '{}' object has no getter", prop_name(d), ops::type_name(obj))));
        }
        return call(x.a, &Args::positional(&[obj]));
    }
    Ok(d.to_owned())
}

fn prop_name(p: Value) -> String {
    let x = unsafe { p.as_ref::<DescrObj>() };
    if !x.e.is_null() {
        return format!("'{}'", str_text(x.e));
    }
    if !x.a.is_null() && x.a.ty().kind == Kind::Function {
        return format!("'{}'", crate::func::func_name(x.a));
    }
    "'?'".into()
}

fn is_data_descr(d: Value) -> bool {
    if d.ty().is_subtype(&PROPERTY_TYPE) {
        return true;
    }
    is_heap(d.ty()) && (lookup_type(d.ty(), "__set__").is_some() || lookup_type(d.ty(), "__delete__").is_some())
}

// Attribute access on instances.

/// `getattr(o, name)` for an object of a heap class.
pub fn getattr(o: Value, name: &str) -> R<Obj> {
    let t = o.ty();
    if let Some(ga) = lookup_type(t, "__getattribute__") {
        let n = str_from(name);
        return match call_attr(ga, o, &[n.v()]) {
            Err(e) if crate::exc::current_is(&ATTRIBUTE_ERROR) => match lookup_type(t, "__getattr__") {
                Some(g) => {
                    crate::exc::clear_current();
                    call_attr(g, o, &[n.v()])
                }
                None => Err(e),
            },
            r => r,
        };
    }
    match generic_getattr(o, name)? {
        Some(v) => Ok(v),
        None => {
            if let Some(g) = lookup_type(t, "__getattr__") {
                let n = str_from(name);
                return call_attr(g, o, &[n.v()]);
            }
            Err(no_attr(o, name))
        }
    }
}

fn no_attr(o: Value, name: &str) -> crate::value::Raised {
    raise(&ATTRIBUTE_ERROR, format!("'{}' object has no attribute '{}'", ops::type_name(o), name))
}

/// `object.__getattribute__`: data descriptors, the instance dict, other class
/// attributes, then the builtin layout's attributes. `None` when not found.
pub fn generic_getattr(o: Value, name: &str) -> R<Option<Obj>> {
    let t = o.ty();
    let d = lookup_type(t, name);
    if let Some(d) = d {
        if is_data_descr(d) {
            return Ok(Some(descr_get(d, o, t.as_value())?));
        }
    }
    if let Some(dict) = instance_dict(o, false) {
        if let Some(v) = dict_get_str(dict, name) {
            return Ok(Some(v.to_owned()));
        }
    }
    if let Some(d) = d {
        return Ok(Some(descr_get(d, o, t.as_value())?));
    }
    match name {
        "__dict__" if (t.kind == Kind::Instance || is_heap(t)) && data(t).slots.is_none() => {
            return Ok(Some(instance_dict(o, true).unwrap().to_owned()));
        }
        "__class__" => return Ok(Some(t.as_value().to_owned())),
        _ => {}
    }
    if t.kind == Kind::Instance {
        return Ok(match name {
            "__module__" | "__doc__" => Some(none()),
            _ => None,
        });
    }
    match ops::getattr_base(o, name) {
        Ok(v) => Ok(Some(v)),
        Err(_) if crate::exc::current_is(&ATTRIBUTE_ERROR) => {
            crate::exc::clear_current();
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// `setattr(o, name, v)` for an object of a heap class.
pub fn setattr(o: Value, name: &str, v: Value) -> R<()> {
    if let Some(sa) = lookup_type(o.ty(), "__setattr__") {
        let n = str_from(name);
        call_attr(sa, o, &[n.v(), v])?;
        return Ok(());
    }
    generic_setattr(o, name, v)
}

/// `object.__setattr__`.
pub fn generic_setattr(o: Value, name: &str, v: Value) -> R<()> {
    let t = o.ty();
    if let Some(d) = lookup_type(t, name) {
        if d.ty().is_subtype(&PROPERTY_TYPE) {
            let x = unsafe { d.as_ref::<DescrObj>() };
            if x.b.is_null() || is_none(x.b) {
                return Err(raise(&ATTRIBUTE_ERROR, format!("property {} of '{}' object has no setter", prop_name(d), ops::type_name(o))));
            }
            call(x.b, &Args::positional(&[o, v]))?;
            return Ok(());
        }
        if is_heap(d.ty()) {
            if let Some(s) = lookup_type(d.ty(), "__set__") {
                call_attr(s, d, &[o, v])?;
                return Ok(());
            }
        }
    }
    if !is_heap(t) {
        return ops::setattr_base(o, name, v);
    }
    if t.kind == Kind::Exception && crate::exc::exc_set_special(o, name, v)? {
        return Ok(());
    }
    if name == "__class__" {
        return set_class(o, v);
    }
    if let Some(slots) = &data(t).slots {
        if !slots.iter().any(|s| s == name) {
            return Err(if lookup_type(t, name).is_some() {
                raise(&ATTRIBUTE_ERROR, format!("'{}' object attribute '{}' is read-only", t.name, name))
            } else {
                raise(&ATTRIBUTE_ERROR, format!("'{}' object has no attribute '{}'", t.name, name))
            });
        }
    }
    let d = instance_dict(o, true).unwrap();
    let key = str_from(name);
    crate::dicts::dict_set(d, key.v(), v)
}

/// `o.__class__ = v` for an instance of a heap class: allowed between classes defined
/// in Python whose instances have the same layout, as CPython checks.
pub(crate) fn set_class(o: Value, v: Value) -> R<()> {
    let t = o.ty();
    if v.is_small() || v.ty().kind != Kind::Type {
        return type_error(format!("__class__ must be set to a class, not '{}' object", ops::type_name(v)));
    }
    let nt: &'static TypeObj = unsafe { v.as_ref::<TypeObj>() };
    // Modules may become instances of a ModuleType subclass and back.
    if t.kind == Kind::Module && nt.kind == Kind::Module && (!is_heap(t) || !is_heap(nt)) {
        unsafe { (*o.header()).ty = nt };
        return Ok(());
    }
    if !is_heap(nt) {
        return type_error("__class__ assignment only supported for mutable types or ModuleType subclasses");
    }
    if nt.kind != t.kind || data(nt).slots != data(t).slots || data(nt).native.map(|f| f as usize) != data(t).native.map(|f| f as usize) {
        return type_error(format!("__class__ assignment: '{}' object layout differs from '{}'", nt.name, t.name));
    }
    unsafe { (*o.header()).ty = nt };
    Ok(())
}

/// `delattr(o, name)` for an object of a heap class.
pub fn delattr(o: Value, name: &str) -> R<()> {
    let t = o.ty();
    if let Some(da) = lookup_type(t, "__delattr__") {
        let n = str_from(name);
        call_attr(da, o, &[n.v()])?;
        return Ok(());
    }
    generic_delattr(o, name)
}

pub fn generic_delattr(o: Value, name: &str) -> R<()> {
    let t = o.ty();
    if let Some(d) = lookup_type(t, name) {
        if d.ty().is_subtype(&PROPERTY_TYPE) {
            let x = unsafe { d.as_ref::<DescrObj>() };
            if x.c.is_null() || is_none(x.c) {
                return Err(raise(&ATTRIBUTE_ERROR, format!("property {} of '{}' object has no deleter", prop_name(d), ops::type_name(o))));
            }
            call(x.c, &Args::positional(&[o]))?;
            return Ok(());
        }
        if is_heap(d.ty()) {
            if let Some(s) = lookup_type(d.ty(), "__delete__") {
                call_attr(s, d, &[o])?;
                return Ok(());
            }
        }
    }
    if let Some(d) = instance_dict(o, false) {
        let key = str_from(name);
        if crate::dicts::dict_get(d, key.v())?.is_some() {
            return crate::dicts::delitem(d, key.v());
        }
    }
    Err(no_attr(o, name))
}

/// `obj.name(args)` for an object of a heap class: a function found on the class is
/// called directly, without a bound method. `None`: let the builtin layout handle it.
pub fn call_method(o: Value, name: &str, args: &Args) -> R<Option<Obj>> {
    let t = o.ty();
    if lookup_type(t, "__getattribute__").is_none() {
        if let Some(f) = lookup_type(t, name) {
            let shadowed = instance_dict(o, false).map(|d| dict_get_str(d, name).is_some()).unwrap_or(false);
            if !shadowed && (f.ty().kind == Kind::Function || crate::native_obj::is_method(f)) {
                return Ok(Some(call_attr_kw(f, o, args)?));
            }
        } else if t.kind != Kind::Instance && instance_dict(o, false).map(|d| dict_get_str(d, name).is_none()).unwrap_or(true) {
            if ops::getattr_base(o, name).is_ok() {
                return Ok(None);
            }
            crate::exc::clear_current();
        }
    }
    let m = getattr(o, name)?;
    Ok(Some(call(m.v(), args)?))
}

// Attribute access on classes.

/// `C.name` for a heap class `C` (or a class whose metaclass is a heap class).
pub fn type_getattr(cls: Value, name: &str) -> R<Option<Obj>> {
    let t: &'static TypeObj = unsafe { cls.as_ref::<TypeObj>() };
    let meta = cls.ty();
    // `type.__annotations__` reads the class's own dict, never a base's, and makes
    // an empty dict there when the body had no annotations.
    if name == "__annotations__" && is_heap(t) {
        let d = data(t).dict;
        let key = str_from(name);
        if let Some(v) = crate::dicts::dict_get(d, key.v())? {
            return Ok(Some(v));
        }
        let v = dict_new();
        crate::dicts::dict_set(d, key.v(), v.v())?;
        return Ok(Some(v));
    }
    if let Some(d) = lookup_type(meta, name) {
        if is_data_descr(d) {
            return Ok(Some(descr_get(d, cls, meta.as_value())?));
        }
    }
    if let Some(d) = lookup_type(t, name) {
        return Ok(Some(descr_get(d, Value::NULL, cls)?));
    }
    if is_heap(t) {
        let cd = data(t);
        match name {
            // A native class is named `module.name`, as CPython's static types are.
            "__name__" if t.name.len() > cd.module.len() && t.name.starts_with(cd.module.as_str()) && t.name[cd.module.len()..] == *format!(".{}", cd.qualname) => {
                return Ok(Some(str_from(cd.qualname.as_str())));
            }
            "__name__" => return Ok(Some(str_from(t.name))),
            "__qualname__" => return Ok(Some(str_from(cd.qualname.as_str()))),
            "__module__" => return Ok(Some(str_from(cd.module.as_str()))),
            "__dict__" => return Ok(Some(crate::mappingproxy::new(cd.dict)?)),
            "__doc__" => return Ok(Some(none())),
            "__bases__" => return Ok(Some(tuple_from(cd.bases.iter().map(|b| b.as_value().to_owned().into_raw()).collect()))),
            "__base__" => return Ok(Some(cd.bases[0].as_value().to_owned())),
            "__mro__" => return Ok(Some(tuple_from(cd.mro.iter().map(|b| b.as_value().to_owned().into_raw()).collect()))),
            "__class__" => return Ok(Some(meta.as_value().to_owned())),
            "__subclasses__" => return Ok(Some(subclasses_method(cls))),
            _ => {}
        }
    }
    if let Some(d) = lookup_type(meta, name) {
        return Ok(Some(descr_get(d, cls, meta.as_value())?));
    }
    if name == "__mro__" {
        return Ok(Some(tuple_from(mro_of(t).iter().map(|b| b.as_value().to_owned().into_raw()).collect())));
    }
    if name == "mro" {
        return Ok(None);
    }
    // A builtin base's attributes (`C.__init__` reaching `object.__init__`).
    if is_heap(t) {
        let b = builtin_base(t);
        if let Ok(v) = ops::getattr(b.as_value(), name) {
            return Ok(Some(v));
        }
        crate::exc::clear_current();
        if let Some(m) = builtin_type_dunder(b.as_value(), name) {
            return Ok(Some(m));
        }
    }
    Ok(None)
}

/// `C.name = v` for a heap class.
pub fn type_setattr(cls: Value, name: &str, v: Value) -> R<()> {
    let t: &'static TypeObj = unsafe { cls.as_ref::<TypeObj>() };
    if let Some(sa) = lookup_type(cls.ty(), "__setattr__") {
        let n = str_from(name);
        call_attr(sa, cls, &[n.v(), v])?;
        return Ok(());
    }
    type_setattr_base(t, name, v)
}

/// `type.__setattr__(cls, name, v)`: stores in the class dict, without the
/// metaclass's own `__setattr__` (which is what calls this through `super()`).
pub fn type_setattr_base(t: &'static TypeObj, name: &str, v: Value) -> R<()> {
    if !is_heap(t) {
        return type_error(format!("cannot set '{}' attribute of immutable type '{}'", name, t.name));
    }
    let key = str_from(name);
    crate::dicts::dict_set(data(t).dict, key.v(), v)
}

pub fn type_delattr(cls: Value, name: &str) -> R<()> {
    let t: &'static TypeObj = unsafe { cls.as_ref::<TypeObj>() };
    if !is_heap(t) {
        return type_error(format!("cannot delete '{}' attribute of immutable type '{}'", name, t.name));
    }
    let key = str_from(name);
    if crate::dicts::dict_get(data(t).dict, key.v())?.is_none() {
        return Err(raise(&ATTRIBUTE_ERROR, format!("type object '{}' has no attribute '{}'", t.name, name)));
    }
    crate::dicts::delitem(data(t).dict, key.v())
}

/// A builtin method of `obj`'s builtin layout, bypassing its class's overrides.
fn raw_method(obj: Value, name: &str, unbound: bool) -> Obj {
    let ty = if unbound { &WRAPPER_DESCR_TYPE } else { &METHOD_TYPE };
    crate::gc::new_obj(MethodObj { head: Header::new(ty), self_: obj.to_owned().into_raw(), name: str_from(name).into_raw(), raw: true })
}

/// `object.__new__`, `object.__init__`, `list.__getitem__`...: the builtin behaviour,
/// called with the instance (or, for `__new__`, the class) first.
pub const OBJECT_DUNDERS: &[&str] = &[
    "__init__", "__new__", "__repr__", "__str__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__hash__", "__setattr__", "__getattribute__",
    "__delattr__", "__format__", "__init_subclass__", "__reduce_ex__", "__reduce__", "__getstate__", "__dir__",
];

/// `object.__reduce_ex__(protocol)` for protocol 2 and up (what `copy` and `pickle`
/// use): `(copyreg.__newobj__, (cls, *obj.__getnewargs__()), obj.__getstate__(),
/// list items, dict items)`.
fn reduce_newobj(obj: Value) -> R<Obj> {
    let Some(copyreg) = crate::module::lookup("copyreg") else {
        return type_error(format!("cannot pickle '{}' object: copyreg is not imported", obj.ty().name));
    };
    let newobj = ops::getattr(copyreg.v(), "__newobj__")?;
    let mut newargs = vec![obj.ty().as_value().to_owned().into_raw()];
    if lookup_type(obj.ty(), "__getnewargs__").is_some() {
        let a = ops::call_method(obj, "__getnewargs__", &Args::positional(&[]))?;
        for x in ops::collect(a.v())? {
            newargs.push(x.into_raw());
        }
    } else if let Some(v) = builtin_newarg(obj) {
        newargs.push(v.into_raw());
    }
    let state = ops::call_method(obj, "__getstate__", &Args::positional(&[]))?;
    let listitems = if obj.ty().kind == Kind::List && is_heap(obj.ty()) { ops::iter(obj)? } else { none() };
    let dictitems = if obj.ty().kind == Kind::Dict && is_heap(obj.ty()) {
        let items = ops::call_method(obj, "items", &Args::positional(&[]))?;
        ops::iter(items.v())?
    } else {
        none()
    };
    Ok(tuple_from(vec![newobj.into_raw(), tuple_from(newargs).into_raw(), state.into_raw(), listitems.into_raw(), dictitems.into_raw()]))
}

/// The argument of the builtin `__getnewargs__` of `tuple`, `int`, `float`, `str` and
/// `bytes`: the value as a plain object of the builtin type (a subclass instance is
/// remade from it).
fn builtin_newarg(obj: Value) -> Option<Obj> {
    Some(match obj.ty().kind {
        Kind::Tuple => tuple_from(as_tuple(obj)?.items.iter().map(|&x| x.to_owned().into_raw()).collect()),
        Kind::Int | Kind::Bool => int_from_big(crate::seq::int_to_big(obj)?),
        Kind::Float => float(as_float(obj)?.v),
        Kind::Str => str_from(str_text(obj)),
        Kind::Bytes => crate::bytes::bytes_from(crate::bytes::as_bytes(obj)?.to_vec()),
        _ => return None,
    })
}

/// `object().__str__`: an object's builtin slot, bound (CPython's `method-wrapper`).
pub fn method_wrapper(obj: Value, name: &str) -> Option<Obj> {
    if !OBJECT_DUNDERS.contains(&name) || name == "__new__" || name == "__init_subclass__" {
        return None;
    }
    Some(slot_wrapper(obj, name))
}

/// The `method-wrapper` of the slot `name` of `obj`, called by `call_builtin_method`.
pub fn slot_wrapper(obj: Value, name: &str) -> Obj {
    crate::gc::new_obj(MethodObj { head: Header::new(&METHOD_WRAPPER_TYPE), self_: obj.to_owned().into_raw(), name: str_from(name).into_raw(), raw: true })
}

pub fn builtin_type_dunder(t: Value, name: &str) -> Option<Obj> {
    const CONTAINER_DUNDERS: &[&str] = &["__getitem__", "__setitem__", "__delitem__", "__len__", "__contains__", "__iter__", "__add__", "__mul__"];
    let tt = crate::builtins::as_type(t)?;
    if OBJECT_DUNDERS.contains(&name) || (tt.kind != Kind::Object && CONTAINER_DUNDERS.contains(&name)) {
        return Some(raw_method(t, name, true));
    }
    None
}

/// A method of a builtin-layout object dispatched normally when called.
fn plain_method(obj: Value, name: &str) -> Obj {
    crate::gc::new_obj(MethodObj { head: Header::new(&METHOD_TYPE), self_: obj.to_owned().into_raw(), name: str_from(name).into_raw(), raw: false })
}

// Calling classes and instances.

/// Calls a bound method.
pub unsafe fn call_bound(m: Value, args: *const Value, nargs: i64, kwnames: Value) -> Value {
    let b = m.as_ref::<BoundObj>();
    let mut v = Vec::with_capacity(nargs as usize + 1);
    v.push(b.self_);
    if nargs > 0 {
        v.extend_from_slice(std::slice::from_raw_parts(args, nargs as usize));
    }
    crate::call::rt_call(b.func, v.as_ptr(), nargs + 1, kwnames)
}

/// Calls an instance of a heap class (`__call__`).
pub fn call_instance(o: Value, args: &Args) -> R<Obj> {
    match lookup_type(o.ty(), "__call__") {
        Some(f) => call_attr_kw(f, o, args),
        None if o.ty().kind == Kind::WeakRef => call_builtin_method(o, "__call__", args),
        None => type_error(format!("'{}' object is not callable", ops::type_name(o))),
    }
}

/// Calls a class whose class or metaclass is a heap type.
pub fn call_type(cls: Value, args: &Args) -> R<Obj> {
    let meta = cls.ty();
    if let Some(c) = lookup_type(meta, "__call__") {
        return call_attr_kw(c, cls, args);
    }
    type_call(cls, args)
}

/// `type.__call__(cls, *args)`: `__new__`, then `__init__` if the result is an instance.
pub fn type_call(cls: Value, args: &Args) -> R<Obj> {
    let t: &'static TypeObj = unsafe { cls.as_ref::<TypeObj>() };
    if std::ptr::eq(t, &TYPE_TYPE) || (!is_heap(t) && t.kind != Kind::Type) {
        // A builtin class (reached through a metaclass's super().__call__).
        return call(cls, args);
    }
    let user_new = lookup_type(t, "__new__");
    let obj = match user_new {
        Some(f) => {
            let f = match as_descr(f, &STATICMETHOD_TYPE) {
                Some(s) => s.a,
                None => f,
            };
            let mut pos = vec![cls];
            pos.extend_from_slice(args.pos);
            call(f, &Args { pos: &pos, kwnames: args.kwnames, kwvals: args.kwvals })?
        }
        None => builtin_new(t, args, lookup_type(t, "__init__").is_some())?,
    };
    if !obj.ty().is_subtype(t) {
        return Ok(obj);
    }
    match lookup_type(t, "__init__") {
        Some(init) => {
            let r = call_attr_kw(init, obj.v(), args)?;
            if !is_none(r.v()) {
                return type_error(format!("__init__() should return None, not '{}'", ops::type_name(r.v())));
            }
        }
        // The builtin `__init__`: a list's or a set's also runs after a `__new__` the
        // class defines (it fills the container from the arguments).
        None => {
            if user_new.is_none() || matches!(obj.ty().kind, Kind::List | Kind::Set) {
                builtin_init(obj.v(), args, false)?;
            }
        }
    }
    Ok(obj)
}

/// `object.__new__(cls)` and the builtin layouts' `__new__`.
fn builtin_new(t: &'static TypeObj, args: &Args, init_overridden: bool) -> R<Obj> {
    match t.kind {
        Kind::Instance => {
            if (!args.pos.is_empty() || !args.kwnames.is_empty()) && !init_overridden {
                return type_error(format!("{}() takes no arguments", t.name));
            }
            Ok(crate::gc::new_obj(InstanceObj { head: Header::new(t), dict: Value::NULL }))
        }
        Kind::Exception => crate::exc::construct(t, args.pos),
        Kind::WeakRef => crate::weakref::new_subclass(t, args),
        // `module.__new__`: an empty module dict, filled by `module.__init__`.
        Kind::Module => Ok(crate::gc::new_obj(ModuleObj { head: Header::new(t), name: "?", attrs: dict_new().into_raw() })),
        Kind::List => Ok(crate::gc::new_obj(ListObj { head: Header::new(t), items: vec![] })),
        Kind::Object if crate::generic::is_alias_type(t) => {
            if args.pos.len() != 2 {
                return type_error(format!("GenericAlias expected 2 arguments, got {}", args.pos.len()));
            }
            Ok(crate::generic::new_alias(t, args.pos[0], args.pos[1]))
        }
        Kind::Native => match data(t).native {
            Some(f) => Ok(crate::native_obj::new(t, f())),
            None => type_error(format!("cannot create '{}' instances", t.name)),
        },
        Kind::Dict => {
            let d = dict_new();
            unsafe { (*d.v().header()).ty = t };
            Ok(d)
        }
        // `property.__new__` makes an empty property; `__init__` fills it.
        Kind::Descriptor if t.is_subtype(&PROPERTY_TYPE) => Ok(crate::property::empty(t)),
        Kind::Descriptor => {
            // The builtin descriptor's constructor, then the subclass as the type.
            let base = builtin_base(t);
            let d = call(base.as_value(), args)?;
            unsafe { (*d.v().header()).ty = t };
            Ok(d)
        }
        Kind::Set => {
            let s = set_new(false);
            unsafe { (*s.v().header()).ty = t };
            Ok(s)
        }
        Kind::Type => {
            if args.pos.len() == 1 && std::ptr::eq(t, &TYPE_TYPE) {
                return Ok(args.pos[0].ty().as_value().to_owned());
            }
            if args.pos.len() != 3 {
                return type_error("type() takes 1 or 3 arguments");
            }
            new_class(t, args.pos[0], args.pos[1], args.pos[2], args)
        }
        Kind::Int | Kind::Float | Kind::Str | Kind::Tuple | Kind::FrozenSet => {
            let base = builtin_base(t);
            // `tuple.__new__`, `float.__new__` and `frozenset.__new__` ignore keyword
            // arguments when the class defines `__init__` (which takes them).
            let kw_ignored = matches!(t.kind, Kind::Float | Kind::Tuple | Kind::FrozenSet) && lookup_type(t, "__init__").is_some();
            let v = if kw_ignored && !args.kwnames.is_empty() {
                call(base.as_value(), &Args::positional(args.pos))?
            } else {
                call(base.as_value(), args)?
            };
            Ok(retag(v.v(), t))
        }
        _ => type_error(format!("cannot create '{}' instances", t.name)),
    }
}

/// A copy of an immutable builtin value whose class is the subclass `t`.
fn retag(v: Value, t: &'static TypeObj) -> Obj {
    let head = Header::new(t);
    match t.kind {
        Kind::Int => {
            let b = match crate::seq::int_of(v) {
                Some(crate::seq::IntRef::Small(n)) => num_bigint::BigInt::from(n),
                Some(crate::seq::IntRef::Big(b)) => b.clone(),
                None => num_bigint::BigInt::from(0),
            };
            crate::gc::new_obj(IntObj { head, v: b })
        }
        Kind::Float => crate::gc::new_obj(FloatObj { head, v: as_float(v).map(|f| f.v).unwrap_or(0.0) }),
        Kind::Str => {
            let s = as_str(v).unwrap();
            crate::gc::new_obj(StrObj { head, hash: std::cell::Cell::new(0), nchars: s.nchars, s: s.s.clone(), index: Default::default() })
        }
        Kind::Tuple => {
            let items: Vec<Value> = as_tuple(v).unwrap().items.iter().map(|&x| x.to_owned().into_raw()).collect();
            crate::gc::new_obj(TupleObj { head, items: items.into_boxed_slice() })
        }
        _ => crate::sets::frozenset_retag(v, t),
    }
}

/// The builtin layouts' `__init__`.
fn builtin_init(o: Value, args: &Args, explicit: bool) -> R<()> {
    match o.ty().kind {
        Kind::Module => crate::module::module_init(o, args),
        Kind::Exception => {
            if explicit {
                let items: Vec<Value> = args.pos.iter().map(|v| (*v).to_owned().into_raw()).collect();
                let e = crate::exc::as_exc(o).unwrap();
                std::mem::replace(&mut e.args, tuple_from(items).into_raw()).decref();
            }
            Ok(())
        }
        // CPython's `list.__init__`: keywords are refused unless the class defines
        // `__new__` (which took them), then the list is emptied and extended.
        Kind::List => {
            if !args.kwnames.is_empty() && lookup_type(o.ty(), "__new__").is_none() {
                args.no_kwargs("list")?;
            }
            args.arity("list", 0, 1)?;
            let old = std::mem::take(&mut as_list(o).unwrap().items);
            for v in old {
                v.decref();
            }
            if let Some(&it) = args.pos.first() {
                crate::seq::extend(o, it)?;
            }
            Ok(())
        }
        Kind::Dict => {
            let tmp = crate::dicts::dict_construct(args)?;
            for (k, v) in as_dict(tmp.v()).unwrap().table.iter() {
                crate::dicts::dict_set(o, *k, *v)?;
            }
            Ok(())
        }
        Kind::Set => crate::sets::set_init(o, args),
        Kind::Descriptor if o.ty().is_subtype(&PROPERTY_TYPE) => crate::property::init(o, args),
        // `super().__init__(f)` in a subclass of classmethod or staticmethod.
        Kind::Descriptor if explicit => {
            let base = builtin_base(o.ty());
            let fresh = call(base.as_value(), args)?;
            let (src, dst) = unsafe { (fresh.v().as_mut::<DescrObj>(), o.as_mut::<DescrObj>()) };
            for (s, d) in [(&mut src.a, &mut dst.a), (&mut src.b, &mut dst.b), (&mut src.c, &mut dst.c), (&mut src.d, &mut dst.d)] {
                std::mem::swap(s, d);
            }
            Ok(())
        }
        Kind::Instance if explicit && (!args.pos.is_empty() || !args.kwnames.is_empty()) => {
            let t = o.ty();
            if lookup_type(t, "__init__").is_none() || lookup_type(t, "__new__").is_none() {
                return type_error(format!("{}.__init__() takes exactly one argument (the instance to initialize)", t.name));
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// The class whose `__new__` creates instances of `t`, as CPython's `tp_new_wrapper`
/// finds it: the first class along the bases that does not define `__new__` in Python.
fn static_base(t: &'static TypeObj) -> &'static TypeObj {
    let mut c = t;
    while is_heap(c) && lookup_type(c, "__new__").is_some() {
        let layout = builtin_base(c);
        match data(c).bases.iter().find(|b| b.is_subtype(layout)) {
            Some(b) => c = b,
            None => break,
        }
    }
    c
}

/// The builtin class whose `__new__` (CPython's `tp_new` function) `t` has: a class
/// without its own inherits its builtin base's, and a builtin class shares its base's
/// when both have the same layout (the exceptions, except `OSError`'s subclasses).
fn new_owner(t: &'static TypeObj) -> &'static TypeObj {
    let mut c = if is_heap(t) { builtin_base(t) } else { t };
    while let Some(b) = c.base {
        if b.kind != c.kind || std::ptr::eq(c, &OS_ERROR) {
            break;
        }
        c = b;
    }
    c
}

/// Calls a builtin method of `obj`'s layout by name, bypassing its class's overrides:
/// what `super().name(...)` and `object.name(obj, ...)` reach.
pub fn call_builtin_method(obj: Value, name: &str, args: &Args) -> R<Obj> {
    // `type.__call__(cls, ...)` reached from a metaclass's `super().__call__(...)`.
    if name == "__call__" && crate::builtins::as_type(obj).is_some() {
        return type_call(obj, args);
    }
    // Unbound (`object.__init__(self)`): the first argument is the object.
    if let Some(t) = crate::builtins::as_type(obj) {
        if !args.pos.is_empty() && name != "__new__" && (args.pos[0].ty().is_subtype(t) || std::ptr::eq(t, &OBJECT_TYPE)) {
            let rest = Args { pos: &args.pos[1..], kwnames: args.kwnames, kwvals: args.kwvals };
            return call_builtin_method(args.pos[0], name, &rest);
        }
    }
    let one = |args: &Args| -> R<Value> {
        args.arity(name, 1, 1)?;
        Ok(args.pos[0])
    };
    match name {
        "__new__" => {
            // `obj` is the class whose `__new__` this is (CPython's `tp_new_wrapper`).
            let provider = crate::builtins::as_type(obj).unwrap_or(&OBJECT_TYPE);
            let pname = provider.name;
            let Some(&cls) = args.pos.first() else { return type_error(format!("{}.__new__(): not enough arguments", pname)) };
            let Some(t) = crate::builtins::as_type(cls) else {
                return type_error(format!("{}.__new__(X): X is not a type object ({})", pname, ops::type_name(cls)));
            };
            if !t.is_subtype(provider) {
                return type_error(format!("{}.__new__({}): {} is not a subtype of {}", pname, t.name, t.name, pname));
            }
            let sb = static_base(t);
            if !std::ptr::eq(new_owner(sb), new_owner(provider)) {
                return type_error(format!("{}.__new__({}) is not safe, use {}.__new__()", pname, t.name, sb.name));
            }
            let rest = Args { pos: &args.pos[1..], kwnames: args.kwnames, kwvals: args.kwvals };
            if t.kind == Kind::Instance && (!rest.pos.is_empty() || !rest.kwnames.is_empty()) {
                if lookup_type(t, "__new__").is_some() || lookup_type(t, "__init__").is_none() {
                    return type_error("object.__new__() takes exactly one argument (the type to instantiate)");
                }
                return builtin_new(t, &Args::positional(&[]), true);
            }
            if !is_heap(t) {
                return call(cls, &rest);
            }
            builtin_new(t, &rest, true)
        }
        "__init__" => {
            builtin_init(obj, args, true)?;
            Ok(none())
        }
        "__init_subclass__" => Ok(none()),
        // `f.__get__(obj, type=None)` of a function: a bound method, or the function
        // itself when `obj` is None (CPython's `wrap_descr_get`, whose argument
        // unpacking has an empty name).
        "__get__" if obj.ty().kind == Kind::Function => {
            args.no_kwargs("wrapper __get__")?;
            match args.pos.len() {
                0 => return type_error(" expected at least 1 argument, got 0"),
                n if n > 2 => return type_error(format!(" expected at most 2 arguments, got {}", n)),
                _ => {}
            }
            let inst = args.pos[0];
            if is_none(inst) && args.pos.get(1).map_or(true, |&t| is_none(t)) {
                return type_error("__get__(None, None) is invalid");
            }
            Ok(if is_none(inst) { obj.to_owned() } else { bound(obj, inst) })
        }
        "__get__" if obj.ty().kind == Kind::Descriptor && !obj.ty().is_subtype(&SUPER_TYPE) => {
            args.arity("__get__", 1, 2)?;
            let inst = args.pos[0];
            let owner = match args.pos.get(1) {
                Some(&o) if !is_none(o) => o,
                _ if !is_none(inst) => inst.ty().as_value(),
                _ => return type_error("__get__(None, None) is invalid"),
            };
            let on_class = is_none(inst);
            builtin_descr_get(obj, inst, owner, on_class)
        }
        "__setattr__" => {
            args.arity("__setattr__", 2, 2)?;
            let n = attr_name(args.pos[0])?;
            if let Some(t) = crate::builtins::as_type(obj) {
                type_setattr_base(t, n, args.pos[1])?;
            } else {
                generic_setattr(obj, n, args.pos[1])?;
            }
            Ok(none())
        }
        "__getattribute__" | "__getattr__" => {
            let n = attr_name(one(args)?)?;
            if crate::builtins::as_type(obj).is_some() {
                return ops::getattr(obj, n);
            }
            match generic_getattr(obj, n)? {
                Some(v) => Ok(v),
                None => Err(no_attr(obj, n)),
            }
        }
        "__delattr__" => {
            let n = attr_name(one(args)?)?;
            generic_delattr(obj, n)?;
            Ok(none())
        }
        "__call__" if obj.ty().kind == Kind::WeakRef => {
            args.no_kwargs("weakref")?;
            args.arity("weakref", 0, 0)?;
            Ok(crate::weakref::get(obj))
        }
        "__repr__" => ops::repr_base(obj),
        "__str__" => {
            if obj.ty().kind == Kind::Exception {
                return crate::exc::exc_str(crate::exc::as_exc(obj).unwrap(), obj.ty());
            }
            if obj.ty().kind == Kind::Instance {
                return ops::repr(obj);
            }
            ops::str_base(obj)
        }
        "__hash__" => Ok(int_from_i64(ops::hash_base(obj)?)),
        "__format__" => {
            let spec = one(args)?;
            if as_str(spec).map(|s| !s.s.is_empty()).unwrap_or(true) && obj.ty().kind == Kind::Instance {
                return type_error(format!("unsupported format string passed to {}.__format__", ops::type_name(obj)));
            }
            if obj.ty().kind == Kind::Instance {
                return ops::str_of(obj);
            }
            crate::strs::format(obj, as_str(spec).map(|s| &*s.s).unwrap_or(""))
        }
        "__eq__" | "__ne__" | "__lt__" | "__le__" | "__gt__" | "__ge__" => {
            let other = one(args)?;
            if obj.ty().kind == Kind::Instance || other.ty().kind == Kind::Instance {
                return Ok(match name {
                    "__eq__" if obj == other => bool_obj(true),
                    "__ne__" if obj == other => bool_obj(false),
                    _ => not_implemented(),
                });
            }
            let op = match name {
                "__eq__" => krait_abi::CmpOp::Eq,
                "__ne__" => krait_abi::CmpOp::Ne,
                "__lt__" => krait_abi::CmpOp::Lt,
                "__le__" => krait_abi::CmpOp::Le,
                "__gt__" => krait_abi::CmpOp::Gt,
                _ => krait_abi::CmpOp::Ge,
            };
            ops::compare_base(op, obj, other)
        }
        "__len__" => Ok(int_from_i64(ops::len_base(obj)? as i64)),
        "__getitem__" => ops::getitem_base(obj, one(args)?),
        "__setitem__" => {
            args.arity("__setitem__", 2, 2)?;
            ops::setitem_base(obj, args.pos[0], args.pos[1])?;
            Ok(none())
        }
        "__delitem__" => {
            ops::delitem_base(obj, one(args)?)?;
            Ok(none())
        }
        "__contains__" => Ok(bool_obj(ops::contains_base(obj, one(args)?)?)),
        "__iter__" => ops::iter_base(obj),
        "__bool__" => Ok(bool_obj(ops::truthy_base(obj)?)),
        // A builtin iterator's own `__reduce__` (`object.__reduce_ex__` calls an
        // overriding `__reduce__`).
        "__reduce_ex__" if crate::iter::has_seq_iter_method(obj, "__reduce__") => {
            crate::iter::seq_iter_method(obj, "__reduce__", &Args::positional(&[])).map(|r| r.unwrap_or_else(none))
        }
        // A builtin function pickles as its name (found in its module); a builtin
        // method as `getattr(self, name)` (CPython's `meth_reduce`).
        "__reduce_ex__" | "__reduce__" if as_builtin(obj).is_some() => Ok(str_from(as_builtin(obj).unwrap().name)),
        "__reduce_ex__" | "__reduce__" if as_method(obj).is_some() => {
            let m = as_method(obj).unwrap();
            let getattr = crate::builtins::lookup("getattr").expect("the builtin getattr");
            let args = tuple_from(vec![m.self_.to_owned().into_raw(), m.name.to_owned().into_raw()]);
            Ok(tuple_from(vec![getattr.into_raw(), args.into_raw()]))
        }
        "__reduce_ex__" | "__reduce__" => reduce_newobj(obj),
        "__getstate__" => {
            args.arity("__getstate__", 0, 0)?;
            Ok(match instance_dict(obj, false) {
                Some(d) if crate::ops::len(d)? > 0 => d.to_owned(),
                _ => none(),
            })
        }
        "__dir__" => {
            args.arity("__dir__", 0, 0)?;
            crate::introspect::dir_of(obj)
        }
        _ => {
            if let Some(op) = binop_of(name) {
                return match ops::binary_base(op, obj, one(args)?)? {
                    Some(v) => Ok(v),
                    None => Ok(not_implemented()),
                };
            }
            match ops::call_method_known(obj, name, args)? {
                Some(r) => Ok(r),
                None => Err(raise(&ATTRIBUTE_ERROR, format!("'{}' object has no attribute '{}'", builtin_base(obj.ty()).name, name))),
            }
        }
    }
}

fn attr_name<'a>(v: Value) -> R<&'a str> {
    match as_str(v) {
        Some(s) => Ok(unsafe { std::mem::transmute::<&str, &'a str>(&s.s) }),
        None => type_error(format!("attribute name must be string, not '{}'", ops::type_name(v))),
    }
}

// Operator dunders.

const BINOPS: [(&str, &str, &str); 13] = [
    ("__add__", "__radd__", "__iadd__"),
    ("__sub__", "__rsub__", "__isub__"),
    ("__mul__", "__rmul__", "__imul__"),
    ("__truediv__", "__rtruediv__", "__itruediv__"),
    ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    ("__mod__", "__rmod__", "__imod__"),
    ("__pow__", "__rpow__", "__ipow__"),
    ("__lshift__", "__rlshift__", "__ilshift__"),
    ("__rshift__", "__rrshift__", "__irshift__"),
    ("__and__", "__rand__", "__iand__"),
    ("__or__", "__ror__", "__ior__"),
    ("__xor__", "__rxor__", "__ixor__"),
    ("__matmul__", "__rmatmul__", "__imatmul__"),
];

fn binop_of(name: &str) -> Option<krait_abi::BinOp> {
    BINOPS.iter().position(|(f, _, _)| *f == name).and_then(|i| krait_abi::BinOp::from_i32(i as i32))
}

fn is_notimpl(v: &Obj) -> bool {
    v.v() == Value::from_ptr(&rt_NotImplemented)
}

fn heapv(v: Value) -> bool {
    !v.is_small() && is_heap(v.ty())
}

/// `a op b` through `__op__`/`__rop__` (and `__iop__` when `inplace`). `None` when no
/// dunder handled it.
pub fn binary_hook(op: krait_abi::BinOp, a: Value, b: Value, inplace: bool) -> R<Option<Obj>> {
    let (fwd, refl, inpl) = BINOPS[op as usize];
    let (ta, tb) = (a.ty(), b.ty());
    if inplace && heapv(a) {
        if let Some(f) = lookup_type(ta, inpl) {
            let r = call_attr(f, a, &[b])?;
            if !is_notimpl(&r) {
                return Ok(Some(r));
            }
        }
    }
    let af = if heapv(a) { lookup_type(ta, fwd) } else { None };
    let bf = if heapv(b) && !std::ptr::eq(ta, tb) { lookup_type(tb, refl) } else { None };
    if let Some(g) = bf {
        if tb.is_subtype(ta) {
            let r = call_attr(g, b, &[a])?;
            if !is_notimpl(&r) {
                return Ok(Some(r));
            }
            if let Some(f) = af {
                let r = call_attr(f, a, &[b])?;
                if !is_notimpl(&r) {
                    return Ok(Some(r));
                }
            }
            return Ok(None);
        }
    }
    if let Some(f) = af {
        let r = call_attr(f, a, &[b])?;
        if !is_notimpl(&r) {
            return Ok(Some(r));
        }
    }
    if let Some(g) = bf {
        let r = call_attr(g, b, &[a])?;
        if !is_notimpl(&r) {
            return Ok(Some(r));
        }
    }
    // A builtin left operand with a heap right operand that only has `__rop__`.
    if !heapv(a) && heapv(b) && std::ptr::eq(ta, tb) {
        return Ok(None);
    }
    Ok(None)
}

/// Rich comparison through `__lt__`... with reflection. `None` when no dunder decided.
pub fn compare_hook(op: krait_abi::CmpOp, a: Value, b: Value) -> R<Option<Obj>> {
    use krait_abi::CmpOp as C;
    let name = |o: C| match o {
        C::Lt => "__lt__",
        C::Le => "__le__",
        C::Eq => "__eq__",
        C::Ne => "__ne__",
        C::Gt => "__gt__",
        C::Ge => "__ge__",
    };
    let try_one = |x: Value, y: Value, o: C| -> R<Option<Obj>> {
        if !heapv(x) {
            return Ok(None);
        }
        if let Some(f) = lookup_type(x.ty(), name(o)) {
            let r = call_attr(f, x, &[y])?;
            return Ok(if is_notimpl(&r) { None } else { Some(r) });
        }
        // `__ne__` defaults to the inverse of `__eq__`.
        if o == C::Ne {
            if let Some(f) = lookup_type(x.ty(), "__eq__") {
                let r = call_attr(f, x, &[y])?;
                if is_notimpl(&r) {
                    return Ok(None);
                }
                return Ok(Some(bool_obj(!ops::truthy(r.v())?)));
            }
        }
        Ok(None)
    };
    let (ta, tb) = (a.ty(), b.ty());
    let reflected_first = heapv(b) && !std::ptr::eq(ta, tb) && tb.is_subtype(ta);
    if reflected_first {
        if let Some(r) = try_one(b, a, op.swapped())? {
            return Ok(Some(r));
        }
    }
    if let Some(r) = try_one(a, b, op)? {
        return Ok(Some(r));
    }
    if !reflected_first {
        if let Some(r) = try_one(b, a, op.swapped())? {
            return Ok(Some(r));
        }
    }
    let plain = |v: Value| !v.is_small() && matches!(v.ty().kind, Kind::Instance | Kind::Type | Kind::BoundMethod | Kind::Descriptor);
    if matches!(op, C::Eq | C::Ne) && (plain(a) || plain(b)) {
        return Ok(Some(bool_obj((a == b) == (op == C::Eq))));
    }
    Ok(None)
}

/// `hash(o)` for a heap-class object; `None` to use the builtin layout's hash.
pub fn hash_hook(o: Value) -> R<Option<i64>> {
    match lookup_type(o.ty(), "__hash__") {
        Some(h) if is_none(h) => type_error(format!("unhashable type: '{}'", ops::type_name(o))),
        Some(h) => {
            let r = call_attr(h, o, &[])?;
            match crate::num::to_i64(r.v()) {
                Ok(Some(n)) => Ok(Some(if n == -1 { -2 } else { n })),
                Ok(None) if r.v().ty().kind == Kind::Int => Ok(Some(ops::hash(r.v())?)),
                _ => type_error("__hash__ method should return an integer"),
            }
        }
        None if o.ty().kind == Kind::Instance => {
            let p = o.0;
            Ok(Some(((p >> 4) | (p << 60)) as i64))
        }
        None => Ok(None),
    }
}

/// `bool(o)`: `__bool__`, then `__len__`.
pub fn truthy_hook(o: Value) -> R<Option<bool>> {
    if let Some(f) = lookup_type(o.ty(), "__bool__") {
        let r = call_attr(f, o, &[])?;
        return match r.v().ty().kind {
            Kind::Bool => Ok(Some(ops::as_bool(r.v()).unwrap())),
            _ => type_error(format!("__bool__ should return bool, returned {}", ops::type_name(r.v()))),
        };
    }
    if lookup_type(o.ty(), "__len__").is_some() {
        return Ok(Some(len_hook(o)?.unwrap() > 0));
    }
    Ok(if o.ty().kind == Kind::Instance { Some(true) } else { None })
}

/// `len(o)` through `__len__`.
pub fn len_hook(o: Value) -> R<Option<usize>> {
    let Some(f) = lookup_type(o.ty(), "__len__") else {
        return Ok(None);
    };
    let r = call_attr(f, o, &[])?;
    if r.v().ty().kind != Kind::Int && r.v().ty().kind != Kind::Bool {
        return type_error(format!("'{}' object cannot be interpreted as an integer", ops::type_name(r.v())));
    }
    match crate::num::to_i64(r.v())? {
        Some(n) if n >= 0 => Ok(Some(n as usize)),
        Some(_) => Err(raise(&VALUE_ERROR, "__len__() should return >= 0")),
        None => Err(raise(&OVERFLOW_ERROR, "cannot fit 'int' into an index-sized integer")),
    }
}

/// `repr(o)` through `__repr__`; the default for plain instances.
pub fn repr_hook(o: Value) -> R<Option<Obj>> {
    if let Some(f) = lookup_type(o.ty(), "__repr__") {
        let r = call_attr(f, o, &[])?;
        if as_str(r.v()).is_none() {
            return type_error(format!("__repr__ returned non-string (type {})", ops::type_name(r.v())));
        }
        return Ok(Some(r));
    }
    if o.ty().kind == Kind::Instance {
        return Ok(Some(str_from(format!("<{}.{} object at {:#x}>", data(o.ty()).module, data(o.ty()).qualname, o.0))));
    }
    Ok(None)
}

/// `str(o)` through `__str__`.
pub fn str_hook(o: Value) -> R<Option<Obj>> {
    if let Some(f) = lookup_type(o.ty(), "__str__") {
        let r = call_attr(f, o, &[])?;
        if as_str(r.v()).is_none() {
            return type_error(format!("__str__ returned non-string (type {})", ops::type_name(r.v())));
        }
        return Ok(Some(r));
    }
    if o.ty().kind == Kind::Instance || lookup_type(o.ty(), "__repr__").is_some() && o.ty().kind != Kind::Exception {
        return Ok(Some(ops::repr(o)?));
    }
    Ok(None)
}

/// `iter(o)`: `__iter__`, or the sequence protocol over `__getitem__`.
pub fn iter_hook(o: Value) -> R<Option<Obj>> {
    if let Some(f) = lookup_type(o.ty(), "__iter__") {
        if is_none(f) {
            return type_error(format!("'{}' object is not iterable", ops::type_name(o)));
        }
        let r = call_attr(f, o, &[])?;
        if !is_iterator(r.v()) {
            return type_error(format!("iter() returned non-iterator of type '{}'", ops::type_name(r.v())));
        }
        return Ok(Some(r));
    }
    // A builtin base that iterates (`tuple`, `list`...) comes before a `__getitem__`
    // the class defines: CPython's subclass inherits the base's `tp_iter`.
    if crate::iter::iterable_kind(o.ty().kind) {
        return Ok(None);
    }
    if lookup_type(o.ty(), "__getitem__").is_some() {
        return Ok(Some(iter_new(&SEQ_ITER_TYPE, IterState::SeqProto { seq: o.to_owned().into_raw(), idx: 0 })));
    }
    if o.ty().kind == Kind::Instance {
        return type_error(format!("'{}' object is not iterable", ops::type_name(o)));
    }
    Ok(None)
}

/// Is `v` an iterator (has `__next__`)?
pub fn is_iterator(v: Value) -> bool {
    if v.is_small() {
        return false;
    }
    if is_heap(v.ty()) {
        return lookup_type(v.ty(), "__next__").is_some() || v.ty().kind == Kind::Iter;
    }
    matches!(v.ty().kind, Kind::Iter | Kind::Generator)
}

/// `next(o)` through `__next__`: `Ok(None)` at StopIteration.
pub fn next_hook(o: Value) -> R<Option<Option<Obj>>> {
    let Some(f) = lookup_type(o.ty(), "__next__") else {
        return Ok(None);
    };
    match call_attr(f, o, &[]) {
        Ok(v) => Ok(Some(Some(v))),
        Err(_) if crate::exc::current_is(&STOP_ITERATION) => {
            crate::exc::clear_current();
            Ok(Some(None))
        }
        Err(e) => Err(e),
    }
}

// `__build_class__` and class creation.

/// `__build_class__(body, name, *bases, metaclass=..., **kwds)`.
unsafe extern "C" fn build_class(args: *const Value, nargs: i64, kwnames: Value) -> Value {
    let a = Args::from_abi(args, nargs, kwnames);
    abi(build_class_impl(&a))
}

fn build_class_impl(a: &Args) -> R<Obj> {
    let body = a.pos[0];
    let name = a.pos[1];
    let mut meta: Option<Value> = None;
    let mut kwn: Vec<Value> = vec![];
    let mut kwv: Vec<Value> = vec![];
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        if str_text(*k) == "metaclass" {
            meta = Some(*v);
        } else {
            kwn.push(*k);
            kwv.push(*v);
        }
    }
    // PEP 560: bases that are not classes may stand for others (`Generic[T]`).
    let (bases_owned, resolved) = match update_bases(&a.pos[2..])? {
        Some(b) => (b, true),
        None => (a.pos[2..].iter().map(|&b| b.to_owned()).collect(), false),
    };
    let bases_v: Vec<Value> = bases_owned.iter().map(|b| b.v()).collect();
    // The most derived metaclass of the explicit one and the bases' ones.
    let mut winner: Value = meta.unwrap_or_else(|| bases_v.first().map(|b| b.ty().as_value()).unwrap_or(TYPE_TYPE.as_value()));
    if crate::builtins::as_type(winner).is_some() {
        for b in &bases_v {
            let bm = b.ty();
            let w: &TypeObj = unsafe { winner.as_ref::<TypeObj>() };
            if bm.is_subtype(w) {
                winner = bm.as_value();
            } else if !w.is_subtype(bm) {
                return type_error(METACLASS_CONFLICT);
            }
        }
    }
    let bases = tuple_from(bases_v.iter().map(|b| (*b).to_owned().into_raw()).collect());
    let kw_names = tuple_from(kwn.iter().map(|k| (*k).to_owned().into_raw()).collect());
    let _ = &kw_names;
    let ns = match crate::builtins::as_type(winner).and_then(|t| lookup_type(t, "__prepare__")) {
        Some(p) => {
            let f = match as_descr(p, &CLASSMETHOD_TYPE) {
                Some(c) => bound(c.a, winner),
                None => p.to_owned(),
            };
            let mut pos = vec![name, bases.v()];
            pos.extend(kwv.iter().copied());
            let mut all_pos = pos[..2].to_vec();
            all_pos.extend(kwv.iter().copied());
            call(f.v(), &Args { pos: &all_pos[..2], kwnames: &kwn, kwvals: &kwv })?
        }
        None => dict_new(),
    };
    call(body, &Args::positional(&[ns.v()]))?;
    if resolved {
        let orig = tuple_from(a.pos[2..].iter().map(|&b| b.to_owned().into_raw()).collect());
        ops::setitem(ns.v(), str_from("__orig_bases__").v(), orig.v())?;
    }
    let mut pos = vec![name, bases.v(), ns.v()];
    pos.extend(kwv.iter().copied());
    let cls = call(winner, &Args { pos: &pos[..3], kwnames: &kwn, kwvals: &kwv })?;
    // The `__class__` cell of zero-argument super().
    if let Some(d) = as_dict(ns.v()).map(|_| ns.v()) {
        if let Some(cell) = dict_get_str(d, "__classcell__") {
            if let Some(c) = as_cell(cell) {
                let old = std::mem::replace(&mut c.v, cls.clone().into_raw());
                old.decref();
            }
        }
    }
    Ok(cls)
}

const METACLASS_CONFLICT: &str = "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases";

/// CPython's `update_bases`: each base that is not a class but has `__mro_entries__`
/// is replaced by the tuple that method returns for the original bases; `None` when
/// no base was replaced.
fn update_bases(orig: &[Value]) -> R<Option<Vec<Obj>>> {
    let mut out: Option<Vec<Obj>> = None;
    let mut orig_tuple: Option<Obj> = None;
    for (i, &b) in orig.iter().enumerate() {
        let meth = if crate::builtins::as_type(b).is_some() { None } else { ops::getattr_opt(b, "__mro_entries__")? };
        let Some(meth) = meth else {
            if let Some(o) = out.as_mut() {
                o.push(b.to_owned());
            }
            continue;
        };
        let t = orig_tuple.get_or_insert_with(|| tuple_from(orig.iter().map(|&x| x.to_owned().into_raw()).collect()));
        let new = call(meth.v(), &Args::positional(&[t.v()]))?;
        let Some(items) = as_tuple(new.v()) else { return type_error("__mro_entries__ must return a tuple") };
        let o = out.get_or_insert_with(|| orig[..i].iter().map(|&x| x.to_owned()).collect());
        o.extend(items.items.iter().map(|&x| x.to_owned()));
    }
    Ok(out)
}

/// C3 linearisation of a class with these bases.
fn c3(bases: &[&'static TypeObj]) -> R<Vec<&'static TypeObj>> {
    let mut seqs: Vec<Vec<&'static TypeObj>> = bases.iter().map(|b| mro_of(b)).collect();
    seqs.push(bases.to_vec());
    let mut out = vec![];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let cand = s[0];
            if !seqs.iter().any(|t| t[1..].iter().any(|x| std::ptr::eq(*x, cand))) {
                found = Some(cand);
                break;
            }
        }
        let Some(c) = found else {
            let names: Vec<&str> = bases.iter().map(|b| b.name).collect();
            return type_error(format!("Cannot create a consistent method resolution\norder (MRO) for bases {}", names.join(", ")));
        };
        out.push(c);
        for s in seqs.iter_mut() {
            if std::ptr::eq(s[0], c) {
                s.remove(0);
            }
        }
    }
}

/// `type(name, bases, ns)` with metaclass `meta`: makes a heap class.
pub fn new_class(meta: &'static TypeObj, name: Value, bases: Value, ns: Value, args: &Args) -> R<Obj> {
    new_class_native(meta, name, bases, ns, args, None)
}

/// `new_class`, with the `Kind::Native` layout when `native` is given (see `native_obj`).
pub fn new_class_native(meta: &'static TypeObj, name: Value, bases: Value, ns: Value, args: &Args, native: Option<crate::native_obj::NewState>) -> R<Obj> {
    let mut native = native;
    let Some(name_s) = as_str(name) else { return type_error("type.__new__() argument 1 must be str") };
    let Some(bt) = as_tuple(bases) else { return type_error("type.__new__() argument 2 must be tuple") };
    let Some(nsd) = as_dict(ns) else { return type_error("type.__new__() argument 3 must be dict") };
    let mut base_types: Vec<&'static TypeObj> = vec![];
    for b in bt.items.iter() {
        match crate::builtins::as_type(*b) {
            Some(t) => base_types.push(t),
            None if ops::getattr_opt(*b, "__mro_entries__")?.is_some() => {
                return type_error("type() doesn't support MRO entry resolution; use types.new_class()");
            }
            // CPython finds the metaclass before it checks the bases.
            None if !meta.is_subtype(b.ty()) => return type_error(METACLASS_CONFLICT),
            None => return type_error("bases must be types"),
        }
    }
    if base_types.is_empty() {
        base_types.push(&OBJECT_TYPE);
    }
    // The layout: the builtin bases must agree.
    let mut kind = if native.is_some() { Kind::Native } else { Kind::Instance };
    for b in &base_types {
        let bk = builtin_base(b);
        let k = match bk.kind {
            // A native class's layout (`native_obj`), inherited with its state.
            _ if is_heap(b) && b.kind == Kind::Native => {
                let f = data(b).native;
                if native.is_some() && native.map(|g| g as usize) != f.map(|g| g as usize) {
                    return type_error("multiple bases have instance lay-out conflict");
                }
                native = f;
                Kind::Native
            }
            Kind::Object if std::ptr::eq(bk, &OBJECT_TYPE) => Kind::Instance,
            // `_collections_abc._CallableGenericAlias`: the alias layout.
            Kind::Object if std::ptr::eq(bk, &crate::generic::GENERIC_ALIAS_TYPE) => Kind::Object,
            Kind::Exception | Kind::List | Kind::Dict | Kind::Set | Kind::Type | Kind::Int | Kind::Float | Kind::Str | Kind::Tuple | Kind::FrozenSet | Kind::WeakRef | Kind::Module => bk.kind,
            // staticmethod, classmethod and property (abc's abstract* subclass them).
            Kind::Descriptor if !std::ptr::eq(bk, &SUPER_TYPE) => Kind::Descriptor,
            _ => {
                return type_error(format!("subclassing '{}' is not supported yet", bk.name));
            }
        };
        if k != Kind::Instance {
            if kind != Kind::Instance && kind != k {
                return type_error("multiple bases have instance lay-out conflict");
            }
            kind = k;
        }
        if !is_heap(b) && matches!(b.kind, Kind::Bool | Kind::Function | Kind::NoneType | Kind::Range | Kind::Slice) {
            return type_error(format!("type '{}' is not an acceptable base type", b.name));
        }
    }
    let mro_rest = c3(&base_types)?;
    // A copy of the namespace becomes the class dict.
    let dict = dict_new();
    for (k, v) in nsd.table.iter() {
        crate::dicts::dict_set(dict.v(), *k, *v)?;
    }
    let has = |n: &str| dict_get_str(dict.v(), n).is_some();
    // Defining __eq__ without __hash__ makes instances unhashable.
    if has("__eq__") && !has("__hash__") {
        let k = str_from("__hash__");
        crate::dicts::dict_set(dict.v(), k.v(), none_v())?;
    }
    for special in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f) = dict_get_str(dict.v(), special) {
            if f.ty().kind == Kind::Function {
                let c = descr(&CLASSMETHOD_TYPE, f, Value::NULL, Value::NULL, Value::NULL);
                let k = str_from(special);
                crate::dicts::dict_set(dict.v(), k.v(), c.v())?;
            }
        }
    }
    let qualname = dict_get_str(dict.v(), "__qualname__").and_then(|q| as_str(q).map(|s| s.s.to_string())).unwrap_or_else(|| name_s.s.to_string());
    let module = dict_get_str(dict.v(), "__module__").and_then(|q| as_str(q).map(|s| s.s.to_string())).unwrap_or_else(|| "__main__".into());
    if has("__qualname__") {
        let k = str_from("__qualname__");
        crate::dicts::delitem(dict.v(), k.v())?;
    }
    if has("__classcell__") {
        let k = str_from("__classcell__");
        crate::dicts::delitem(dict.v(), k.v())?;
    }
    // CPython's type_new gives every class a `__doc__` (None without a docstring).
    if !has("__doc__") {
        let k = str_from("__doc__");
        crate::dicts::dict_set(dict.v(), k.v(), none_v())?;
    }
    // __slots__ without __dict__ restricts instance attributes.
    let mut slots = None;
    if let Some(s) = dict_get_str(dict.v(), "__slots__") {
        let names: Vec<String> = if let Some(st) = as_str(s) {
            vec![st.s.to_string()]
        } else {
            ops::collect(s)?.iter().map(|x| as_str(x.v()).map(|t| t.s.to_string()).unwrap_or_default()).collect()
        };
        let mut all = names.clone();
        let mut open = names.iter().any(|n| n == "__dict__");
        for b in &mro_rest {
            if is_heap(b) {
                match &data(b).slots {
                    Some(bs) => all.extend(bs.iter().cloned()),
                    None => open = true,
                }
            }
        }
        if !open {
            slots = Some(all);
        }
    }
    let base = base_types[0];
    let name_static: &'static str = Box::leak(name_s.s.to_string().into_boxed_str());
    let cd = Box::new(ClassData { dict: dict.into_raw(), bases: base_types.clone(), mro: vec![], qualname, module, slots, native });
    let t: &'static mut TypeObj = Box::leak(Box::new(TypeObj {
        head: Header::immortal(meta),
        name: name_static,
        base: Some(base),
        kind,
        call: None,
        heap: Box::into_raw(cd),
    }));
    let heap_ptr = t.heap;
    let t: &'static TypeObj = t;
    let mut mro = vec![t];
    mro.extend(mro_rest);
    unsafe { (*heap_ptr).mro = mro };
    for b in base_types.iter() {
        SUBCLASSES.with(|m| m.borrow_mut().entry(*b as *const TypeObj as usize).or_default().push(t));
    }
    let cls = t.as_value().to_owned();
    // __set_name__ of the attributes, then the parent's __init_subclass__.
    let items: Vec<(Value, Value)> = as_dict(data(t).dict).unwrap().table.iter().map(|(k, v)| (*k, *v)).collect();
    for (k, v) in items {
        if let Some(p) = as_descr(v, &PROPERTY_TYPE) {
            if p.e.is_null() {
                k.incref();
                p.e = k;
            }
        }
        if heapv(v) {
            if let Some(sn) = lookup_type(v.ty(), "__set_name__") {
                call_attr(sn, v, &[cls.v(), k])?;
            }
        }
    }
    for b in data(t).mro[1..].iter() {
        if !is_heap(b) {
            break;
        }
        if let Some(f) = dict_get_str(data(b).dict, "__init_subclass__") {
            let m = descr_get(f, Value::NULL, cls.v())?;
            call(m.v(), &Args { pos: &[], kwnames: args.kwnames, kwvals: args.kwvals })?;
            break;
        }
    }
    Ok(cls)
}

// Builtin types and functions defined here.

unsafe extern "C" fn staticmethod_new(args: *const Value, nargs: i64, kwnames: Value) -> Value {
    let a = Args::from_abi(args, nargs, kwnames);
    abi((|| {
        a.no_kwargs("staticmethod")?;
        a.arity("staticmethod", 1, 1)?;
        Ok(descr(&STATICMETHOD_TYPE, a.pos[0], Value::NULL, Value::NULL, Value::NULL))
    })())
}

unsafe extern "C" fn classmethod_new(args: *const Value, nargs: i64, kwnames: Value) -> Value {
    let a = Args::from_abi(args, nargs, kwnames);
    abi((|| {
        a.no_kwargs("classmethod")?;
        a.arity("classmethod", 1, 1)?;
        Ok(descr(&CLASSMETHOD_TYPE, a.pos[0], Value::NULL, Value::NULL, Value::NULL))
    })())
}

unsafe extern "C" fn property_new(args: *const Value, nargs: i64, kwnames: Value) -> Value {
    let a = Args::from_abi(args, nargs, kwnames);
    abi((|| {
        crate::property::new(&a)
    })())
}

unsafe extern "C" fn super_new(args: *const Value, nargs: i64, kwnames: Value) -> Value {
    let a = Args::from_abi(args, nargs, kwnames);
    abi((|| {
        a.no_kwargs("super")?;
        if a.pos.is_empty() {
            return Err(raise(&RUNTIME_ERROR, "super(): no arguments"));
        }
        a.arity("super", 1, 2)?;
        let Some(t) = crate::builtins::as_type(a.pos[0]) else {
            return type_error(format!("super() argument 1 must be a type, not {}", ops::type_name(a.pos[0])));
        };
        let obj = a.pos.get(1).copied().unwrap_or(Value::NULL);
        let obj_type = if obj.is_null() {
            Value::NULL
        } else if let Some(ot) = crate::builtins::as_type(obj).filter(|ot| ot.is_subtype(t)) {
            ot.as_value()
        } else if obj.ty().is_subtype(t) {
            obj.ty().as_value()
        } else {
            return type_error("super(type, obj): obj must be an instance or subtype of type");
        };
        Ok(descr(&SUPER_TYPE, a.pos[0], obj, obj_type, Value::NULL))
    })())
}

/// Attributes of `staticmethod`, `classmethod`, `property` and `super` objects.
pub fn descr_getattr(o: Value, name: &str) -> R<Option<Obj>> {
    let x = unsafe { o.as_ref::<DescrObj>() };
    if std::ptr::eq(o.ty(), &SUPER_TYPE) {
        return super_getattr(o, name).map(Some);
    }
    if o.ty().is_subtype(&PROPERTY_TYPE) {
        return Ok(match name {
            "getter" | "setter" | "deleter" | "__get__" | "__set__" | "__delete__" => Some(plain_method(o, name)),
            _ => crate::property::getattr(o, name)?,
        });
    }
    Ok(match name {
        "__func__" | "__wrapped__" => Some(x.a.to_owned()),
        "__isabstractmethod__" => Some(bool_obj(crate::property::is_abstract(x.a)?)),
        "__get__" => Some(plain_method(o, name)),
        _ => match ops::getattr(x.a, name) {
            Ok(v) => Some(v),
            Err(_) => {
                crate::exc::clear_current();
                None
            }
        },
    })
}

/// Methods of descriptor objects: `property.setter(f)` and friends.
pub fn descr_call_method(o: Value, name: &str, args: &Args) -> R<Option<Obj>> {
    if o.ty().is_subtype(&PROPERTY_TYPE) {
        let f = || -> R<Value> {
            args.arity(name, 1, 1)?;
            Ok(args.pos[0])
        };
        return Ok(Some(match name {
            "getter" | "setter" | "deleter" => crate::property::copy(o, name, f()?)?,
            "__get__" => descr_get(o, args.pos[0], args.pos.get(1).copied().unwrap_or(Value::NULL))?,
            "__set__" => {
                generic_setattr_via(o, args.pos[0], args.pos[1])?;
                none()
            }
            _ => return Ok(None),
        }));
    }
    if std::ptr::eq(o.ty(), &SUPER_TYPE) {
        let m = super_getattr(o, name)?;
        return Ok(Some(call(m.v(), args)?));
    }
    if name == "__get__" {
        return Ok(Some(descr_get(o, args.pos[0], args.pos.get(1).copied().unwrap_or(Value::NULL))?));
    }
    Ok(None)
}

fn generic_setattr_via(prop: Value, obj: Value, v: Value) -> R<()> {
    let x = unsafe { prop.as_ref::<DescrObj>() };
    if x.b.is_null() {
        return Err(raise(&ATTRIBUTE_ERROR, "can't set attribute"));
    }
    call(x.b, &Args::positional(&[obj, v]))?;
    Ok(())
}

/// Calls a `staticmethod` (callable since 3.10) or reports the object not callable.
pub fn call_descriptor(o: Value, args: &Args) -> R<Obj> {
    if o.ty().is_subtype(&STATICMETHOD_TYPE) {
        return call(unsafe { o.as_ref::<DescrObj>() }.a, args);
    }
    type_error(format!("'{}' object is not callable", ops::type_name(o)))
}

/// `super(T, obj).name`: the MRO of `obj`'s type after `T`.
fn super_getattr(s: Value, name: &str) -> R<Obj> {
    let x = unsafe { s.as_ref::<DescrObj>() };
    let start: &'static TypeObj = unsafe { x.a.as_ref::<TypeObj>() };
    if x.c.is_null() {
        return Err(raise(&ATTRIBUTE_ERROR, format!("'super' object has no attribute '{}'", name)));
    }
    let obj_type: &'static TypeObj = unsafe { x.c.as_ref::<TypeObj>() };
    let mro = mro_of(obj_type);
    let pos = mro.iter().position(|t| std::ptr::eq(*t, start)).map(|p| p + 1).unwrap_or(mro.len());
    let inst = if x.b == x.c { Value::NULL } else { x.b };
    for t in &mro[pos..] {
        if is_heap(t) {
            if let Some(d) = dict_get_str(data(t).dict, name) {
                if name == "__new__" && d.ty().kind == Kind::Function {
                    return Ok(d.to_owned());
                }
                return descr_get(d, inst, x.c);
            }
        } else {
            // A builtin class: its behaviour for the object's layout.
            if name == "__class__" {
                return Ok(SUPER_TYPE.as_value().to_owned());
            }
            if name == "__new__" {
                return Ok(raw_method(t.as_value(), name, true));
            }
            if inst.is_null() {
                return match ops::getattr(t.as_value(), name) {
                    Ok(v) => Ok(v),
                    Err(_) => {
                        crate::exc::clear_current();
                        Ok(raw_method(x.b, name, false))
                    }
                };
            }
            if name.starts_with("__") && name.ends_with("__") || ops::getattr_base(inst, name).is_ok() {
                crate::exc::clear_current();
                return Ok(raw_method(inst, name, false));
            }
            crate::exc::clear_current();
        }
    }
    Err(raise(&ATTRIBUTE_ERROR, format!("'super' object has no attribute '{}'", name)))
}

fn builtin_fn_impl(name: &str) -> Option<crate::types::BuiltinFn> {
    Some(match name {
        "__build_class__" => build_class,
        "getattr" => bi_getattr,
        "setattr" => bi_setattr,
        "hasattr" => bi_hasattr,
        "delattr" => bi_delattr,
        "vars" => bi_vars,
        "__with_enter__" => bi_with_enter,
        "exit" | "quit" => bi_exit,
        "ascii" => bi_ascii,
        "input" => bi_input,
        "__match_seq__" => bi_match_seq,
        "__match_map__" => bi_match_map,
        "__match_class__" => bi_match_class,
        _ => return None,
    })
}

/// The builtins this module provides, by name.
pub fn builtin(name: &str) -> Option<Obj> {
    if let Some(f) = builtin_fn_impl(name) {
        let n: &'static str = match name {
            "__build_class__" => "__build_class__",
            "getattr" => "getattr",
            "setattr" => "setattr",
            "hasattr" => "hasattr",
            "delattr" => "delattr",
            "__with_enter__" => "__with_enter__",
            "exit" => "exit",
            "quit" => "quit",
            "ascii" => "ascii",
            "input" => "input",
            "__match_seq__" => "__match_seq__",
            "__match_map__" => "__match_map__",
            "__match_class__" => "__match_class__",
            _ => "vars",
        };
        return Some(builtin_fn(n, f));
    }
    let t: &'static TypeObj = match name {
        "staticmethod" => &STATICMETHOD_TYPE,
        "classmethod" => &CLASSMETHOD_TYPE,
        "property" => &PROPERTY_TYPE,
        "super" => &SUPER_TYPE,
        _ => return None,
    };
    Some(t.as_value().to_owned())
}

pub const BUILTIN_NAMES: &[&str] = &["exit", "quit", "ascii", "input", "__with_enter__", "__match_seq__", "__match_map__", "__match_class__", "__build_class__", "getattr", "setattr", "hasattr", "delattr", "vars", "staticmethod", "classmethod", "property", "super"];

macro_rules! bi {
    ($name:ident, $body:expr) => {
        unsafe extern "C" fn $name(args: *const Value, nargs: i64, kwnames: Value) -> Value {
            let a = Args::from_abi(args, nargs, kwnames);
            let f: fn(&Args) -> R<Obj> = $body;
            abi(f(&a))
        }
    };
}

// The start of a `with` block: looks up `__enter__` and `__exit__` on the manager's
// class, calls `__enter__`, and returns `(entered value, bound __exit__)`.
bi!(bi_with_enter, |a| {
    let m = a.pos[0];
    let t = m.ty();
    if !m.is_small() && t.kind == Kind::MemoryView {
        // A builtin context manager: its methods are called by name.
        let v = ops::call_method(m, "__enter__", &Args::positional(&[]))?;
        return Ok(tuple_from(vec![v.into_raw(), plain_method(m, "__exit__").into_raw()]));
    }
    let (enter, exit) = (lookup_type(t, "__enter__"), lookup_type(t, "__exit__"));
    let Some(enter) = enter else {
        return type_error(format!("'{}' object does not support the context manager protocol", ops::type_name(m)));
    };
    let Some(exit) = exit else {
        return type_error(format!("'{}' object does not support the context manager protocol (missed __exit__ method)", ops::type_name(m)));
    };
    let exit_b = descr_get(exit, m, t.as_value())?;
    let v = call_attr(enter, m, &[])?;
    Ok(tuple_from(vec![v.into_raw(), exit_b.into_raw()]))
});

// `case [a, *b, c]`: (subject, number of patterns, index of the star or -1) →
// the items (the star's part as a list), or None when the subject is not a
// sequence of a fitting length.
bi!(bi_match_seq, |a| {
    let s = a.pos[0];
    let n = crate::num::to_i64(a.pos[1])?.unwrap_or(0) as usize;
    let star = crate::num::to_i64(a.pos[2])?.unwrap_or(-1);
    let seq = !s.is_small() && matches!(s.ty().kind, Kind::List | Kind::Tuple | Kind::Range);
    if !seq {
        return Ok(none());
    }
    let items = ops::collect(s)?;
    if star < 0 {
        if items.len() != n {
            return Ok(none());
        }
        return Ok(tuple_from(items.into_iter().map(Obj::into_raw).collect()));
    }
    let star = star as usize;
    let after = n - star - 1;
    if items.len() < n - 1 {
        return Ok(none());
    }
    let mut out: Vec<Value> = items[..star].iter().map(|x| x.clone().into_raw()).collect();
    let mid: Vec<Value> = items[star..items.len() - after].iter().map(|x| x.clone().into_raw()).collect();
    out.push(list_from(mid).into_raw());
    out.extend(items[items.len() - after..].iter().map(|x| x.clone().into_raw()));
    Ok(tuple_from(out))
});

// `case {k: p, **rest}`: (subject, keys, has rest) → the values (then the rest as
// a dict), or None when the subject is not a mapping with those keys.
bi!(bi_match_map, |a| {
    let s = a.pos[0];
    if s.is_small() || s.ty().kind != Kind::Dict {
        return Ok(none());
    }
    let keys = &as_tuple(a.pos[1]).unwrap().items;
    for (i, k) in keys.iter().enumerate() {
        for k2 in keys[..i].iter() {
            if ops::eq(*k, *k2)? {
                let r = ops::repr(*k)?;
                return Err(raise(&VALUE_ERROR, format!("mapping pattern checks duplicate key ({})", str_text(r.v()))));
            }
        }
    }
    let mut out = vec![];
    for k in keys.iter() {
        match crate::dicts::dict_get(s, *k)? {
            Some(v) => out.push(v.into_raw()),
            None => {
                out.into_iter().for_each(|v: Value| v.decref());
                return Ok(none());
            }
        }
    }
    if ops::truthy(a.pos[2])? {
        let rest = dict_new();
        for (k, v) in as_dict(s).unwrap().table.iter() {
            let mut skip = false;
            for kk in keys.iter() {
                if ops::eq(*k, *kk)? {
                    skip = true;
                }
            }
            if !skip {
                crate::dicts::dict_set(rest.v(), *k, *v)?;
            }
        }
        out.push(rest.into_raw());
    }
    Ok(tuple_from(out))
});

// `case C(p, q, x=r)`: (subject, class, number of positional patterns, keyword
// names) → the values to match, or None when the subject is not an instance or
// lacks an attribute.
bi!(bi_match_class, |a| {
    let (s, cls) = (a.pos[0], a.pos[1]);
    let Some(t) = crate::builtins::as_type(cls) else {
        return type_error("called match pattern must be a class");
    };
    if !s.ty().is_subtype(t) {
        return Ok(none());
    }
    let npos = crate::num::to_i64(a.pos[2])?.unwrap_or(0) as usize;
    let kw = &as_tuple(a.pos[3]).unwrap().items;
    let mut names: Vec<Value> = vec![];
    let mut out: Vec<Value> = vec![];
    let self_match = !is_heap(t) || matches!(t.kind, Kind::List | Kind::Dict | Kind::Set);
    let builtin_self = matches!(builtin_base(t).kind, Kind::Bool | Kind::Int | Kind::Float | Kind::Str | Kind::List | Kind::Tuple | Kind::Dict | Kind::Set | Kind::FrozenSet)
        && lookup_type(t, "__match_args__").is_none();
    if npos > 0 {
        if builtin_self && self_match || builtin_self && !is_heap(t) {
            if npos > 1 {
                return type_error(format!("{}() accepts 1 positional sub-pattern ({} given)", t.name, npos));
            }
            out.push(s.to_owned().into_raw());
        } else {
            let ma = match ops::getattr(cls, "__match_args__") {
                Ok(m) => m,
                Err(_) => {
                    crate::exc::clear_current();
                    return type_error(format!("{}() accepts 0 positional sub-patterns ({} given)", t.name, npos));
                }
            };
            let Some(mt) = as_tuple(ma.v()) else {
                return type_error(format!("{}.__match_args__ must be a tuple (got {})", t.name, ops::type_name(ma.v())));
            };
            if npos > mt.items.len() {
                let k = mt.items.len();
                return type_error(format!("{}() accepts {} positional sub-pattern{} ({} given)", t.name, k, if k == 1 { "" } else { "s" }, npos));
            }
            names.extend(mt.items[..npos].iter().copied());
        }
    }
    names.extend(kw.iter().copied());
    for (i, n) in names.iter().enumerate() {
        for m in names[..i].iter() {
            if ops::eq(*n, *m)? {
                return type_error(format!("{}() got multiple sub-patterns for attribute '{}'", t.name, str_text(*n)));
            }
        }
        match ops::getattr(s, str_text(*n)) {
            Ok(v) => out.push(v.into_raw()),
            Err(e) => {
                if crate::exc::current_is(&ATTRIBUTE_ERROR) {
                    crate::exc::clear_current();
                    out.into_iter().for_each(|v| v.decref());
                    return Ok(none());
                }
                return Err(e);
            }
        }
    }
    Ok(tuple_from(out))
});

bi!(bi_exit, |a| {
    let args: Vec<Value> = a.pos.iter().take(1).map(|&v| v.to_owned().into_raw()).collect();
    Err(crate::exc::set_current(crate::exc::new_exc(&SYSTEM_EXIT, tuple_from(args))))
});
bi!(bi_ascii, |a| {
    a.no_kwargs("ascii")?;
    a.arity("ascii", 1, 1)?;
    crate::strs::ascii_of(a.pos[0])
});
bi!(bi_input, |a| {
    a.no_kwargs("input")?;
    a.arity("input", 0, 1)?;
    if let Some(&p) = a.pos.first() {
        let s = ops::str_of(p)?;
        crate::io::write_stdout(str_text(s.v()));
    }
    crate::io::flush_stdout();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) | Err(_) => Err(raise(&EOF_ERROR, "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
            }
            Ok(str_from(line))
        }
    }
});

bi!(bi_getattr, |a| {
    a.no_kwargs("getattr")?;
    a.arity("getattr", 2, 3)?;
    let n = match as_str(a.pos[1]) {
        Some(s) => s.s.to_string(),
        None => return type_error(format!("attribute name must be string, not '{}'", ops::type_name(a.pos[1]))),
    };
    match ops::getattr(a.pos[0], &n) {
        Ok(v) => Ok(v),
        Err(e) => {
            if a.pos.len() == 3 && crate::exc::current_is(&ATTRIBUTE_ERROR) {
                crate::exc::clear_current();
                return Ok(a.pos[2].to_owned());
            }
            Err(e)
        }
    }
});
bi!(bi_setattr, |a| {
    a.no_kwargs("setattr")?;
    a.arity("setattr", 3, 3)?;
    let n = attr_name(a.pos[1])?;
    ops::setattr(a.pos[0], n, a.pos[2])?;
    Ok(none())
});
bi!(bi_delattr, |a| {
    a.no_kwargs("delattr")?;
    a.arity("delattr", 2, 2)?;
    let n = attr_name(a.pos[1])?;
    ops::delattr(a.pos[0], n)?;
    Ok(none())
});
bi!(bi_hasattr, |a| {
    a.no_kwargs("hasattr")?;
    a.arity("hasattr", 2, 2)?;
    let n = attr_name(a.pos[1])?;
    match ops::getattr(a.pos[0], n) {
        Ok(_) => Ok(bool_obj(true)),
        Err(e) => {
            if crate::exc::current_is(&ATTRIBUTE_ERROR) {
                crate::exc::clear_current();
                return Ok(bool_obj(false));
            }
            Err(e)
        }
    }
});
bi!(bi_vars, |a| {
    a.no_kwargs("vars")?;
    a.arity("vars", 1, 1)?;
    match ops::getattr(a.pos[0], "__dict__") {
        Ok(v) => Ok(v),
        Err(e) => {
            if crate::exc::current_is(&ATTRIBUTE_ERROR) {
                crate::exc::clear_current();
                return type_error("vars() argument must have __dict__ attribute");
            }
            Err(e)
        }
    }
});

/// A class body's name lookup: the namespace, the module global, the builtin.
#[no_mangle]
pub unsafe extern "C" fn rt_ns_load(ns: Value, name: Value, global: *const u8) -> Value {
    let r = if as_dict(ns).is_some() { crate::dicts::dict_get(ns, name) } else { ops::getitem(ns, name).map(Some).or_else(|e| {
        if crate::exc::current_is(&KEY_ERROR) {
            crate::exc::clear_current();
            Ok(None)
        } else {
            Err(e)
        }
    }) };
    match r {
        Ok(Some(v)) => return v.into_raw(),
        Ok(None) => {}
        Err(_) => return Value::NULL,
    }
    let g = *(global as *const Value);
    if !g.is_null() {
        g.incref();
        return g;
    }
    let n = str_text(name);
    match crate::builtins::lookup(n) {
        Some(o) => o.into_raw(),
        None => {
            raise(&NAME_ERROR, format!("name '{}' is not defined", n));
            Value::NULL
        }
    }
}

/// `module.qualname` of a heap class (`None` for builtins).
pub fn qualified_name(t: &TypeObj) -> Option<String> {
    if !is_heap(t) {
        return None;
    }
    let d = data(t);
    Some(if d.module == "builtins" { d.qualname.clone() } else { format!("{}.{}", d.module, d.qualname) })
}

/// The name of an exception class in the last line of a traceback: its qualified
/// name, with the module unless it is `__main__` or `builtins`.
pub fn exc_type_name(t: &TypeObj) -> String {
    if !is_heap(t) {
        return t.name.to_string();
    }
    let d = data(t);
    if d.module == "__main__" || d.module == "builtins" {
        d.qualname.clone()
    } else {
        format!("{}.{}", d.module, d.qualname)
    }
}

/// The object of a bound method.
pub fn bound_self(v: Value) -> Value {
    unsafe { v.as_ref::<BoundObj>() }.self_
}

/// Attributes of a bound method.
pub fn bound_getattr(o: Value, name: &str) -> R<Option<Obj>> {
    let b = unsafe { o.as_ref::<BoundObj>() };
    Ok(match name {
        "__self__" => Some(b.self_.to_owned()),
        "__func__" => Some(b.func.to_owned()),
        _ => ops::getattr(b.func, name).ok().or_else(|| {
            crate::exc::clear_current();
            None
        }),
    })
}

/// `C[k]` for a heap class: `__class_getitem__`.
pub fn class_getitem(cls: Value, k: Value) -> R<Option<Obj>> {
    let t: &'static TypeObj = unsafe { cls.as_ref::<TypeObj>() };
    if let Some(f) = lookup_type(cls.ty(), "__getitem__") {
        return Ok(Some(call_attr(f, cls, &[k])?));
    }
    match lookup_type(t, "__class_getitem__") {
        Some(f) => {
            let m = descr_get(f, Value::NULL, cls)?;
            Ok(Some(call(m.v(), &Args::positional(&[k]))?))
        }
        None if is_heap(t) => type_error(format!("type '{}' is not subscriptable", t.name)),
        None => Ok(None),
    }
}

/// `format(o, spec)` for a heap-class object: `__format__`, or `object.__format__`.
pub fn format_hook(o: Value, spec: &str) -> R<Option<Obj>> {
    if o.is_small() || !is_heap(o.ty()) {
        return Ok(None);
    }
    if let Some(f) = lookup_type(o.ty(), "__format__") {
        let sp = str_from(spec);
        let r = call_attr(f, o, &[sp.v()])?;
        if as_str(r.v()).is_none() {
            return type_error(format!("__format__ must return a str, not {}", ops::type_name(r.v())));
        }
        return Ok(Some(r));
    }
    if o.ty().kind == Kind::Instance || lookup_type(o.ty(), "__str__").is_some() || lookup_type(o.ty(), "__repr__").is_some() {
        if !spec.is_empty() {
            return type_error(format!("unsupported format string passed to {}.__format__", ops::type_name(o)));
        }
        return Ok(Some(ops::str_of(o)?));
    }
    Ok(None)
}

/// An int for an object of a heap class with `__index__` (`None` for other values).
pub fn index_value(v: Value) -> R<Option<Obj>> {
    if !heapv(v) {
        return Ok(None);
    }
    match dunder(v, "__index__", &[])? {
        Some(r) if matches!(r.ty().kind, Kind::Int | Kind::Bool) => Ok(Some(r)),
        Some(r) => type_error(format!("__index__ returned non-int (type {})", ops::type_name(r.v()))),
        None => Ok(None),
    }
}

/// A subscript key with `__index__` objects replaced by ints (a slice's parts too).
pub fn normalize_key(k: Value) -> R<Option<Obj>> {
    if let Some(i) = index_value(k)? {
        return Ok(Some(i));
    }
    if let Some(s) = as_slice(k) {
        if heapv(s.start) || heapv(s.stop) || heapv(s.step) {
            let f = |v: Value| -> R<Obj> { Ok(index_value(v)?.unwrap_or_else(|| v.to_owned())) };
            let (a, b, c) = (f(s.start)?, f(s.stop)?, f(s.step)?);
            let n = SliceObj { head: Header::new(&SLICE_TYPE), start: a.into_raw(), stop: b.into_raw(), step: c.into_raw() };
            return Ok(Some(crate::gc::new_obj(n)));
        }
    }
    Ok(None)
}

/// Can `iter(v)` work on `v` (without calling anything)?
pub fn is_iterable(v: Value) -> bool {
    if v.is_small() {
        return false;
    }
    if is_heap(v.ty()) && (lookup_type(v.ty(), "__iter__").is_some() || lookup_type(v.ty(), "__getitem__").is_some()) {
        return true;
    }
    matches!(v.ty().kind, Kind::Str | Kind::List | Kind::Tuple | Kind::Dict | Kind::Set | Kind::FrozenSet | Kind::Range | Kind::Iter | Kind::DictView | Kind::Generator)
}
