//! `property` objects (CPython 3.11's `Objects/descrobject.c`): `__init__`, which
//! takes the getter's `__doc__` when no doc is given (into the instance dict of a
//! subclass, where the class's own `__doc__` would hide the slot), `getter`/`setter`/
//! `deleter` (a new object made by calling the property's class), the writable
//! `__doc__` and `__isabstractmethod__`. The object is a `class::DescrObj`: `a`, `b`,
//! `c` the accessors, `d` the doc, `e` the name from `__set_name__`.

use crate::call::{call, Args};
use crate::class::{DescrObj, PROPERTY_TYPE};
use crate::objects::*;
use crate::types::TypeObj;
use crate::value::{Obj, Value, R};

fn fields<'a>(o: Value) -> &'a mut DescrObj {
    unsafe { o.as_mut::<DescrObj>() }
}

fn opt(v: Value) -> Obj {
    if v.is_null() {
        none()
    } else {
        v.to_owned()
    }
}

/// Stores `v` (borrowed; None is kept as 0) in `slot`, releasing the old value.
fn put(slot: &mut Value, v: Value) {
    let v = if v.is_null() || is_none(v) { Value::NULL } else { v.to_owned().into_raw() };
    std::mem::replace(slot, v).decref();
}

/// A property of class `t` with nothing set (`property.__new__`).
pub fn empty(t: &'static TypeObj) -> Obj {
    crate::gc::new_obj(DescrObj { head: crate::value::Header::new(t), a: Value::NULL, b: Value::NULL, c: Value::NULL, d: Value::NULL, e: Value::NULL, getter_doc: false })
}

/// `property(fget=None, fset=None, fdel=None, doc=None)`.
pub fn new(args: &Args) -> R<Obj> {
    let p = empty(&PROPERTY_TYPE);
    init(p.v(), args)?;
    Ok(p)
}

/// `property.__init__(self, fget=None, fset=None, fdel=None, doc=None)`.
pub fn init(o: Value, args: &Args) -> R<()> {
    let b = args.bind("property", &["fget", "fset", "fdel", "doc"], 0)?;
    let arg = |i: usize| b[i].unwrap_or(Value::NULL);
    let x = fields(o);
    put(&mut x.a, arg(0));
    put(&mut x.b, arg(1));
    put(&mut x.c, arg(2));
    put(&mut x.d, arg(3));
    x.getter_doc = false;
    if !x.d.is_null() || x.a.is_null() {
        return Ok(());
    }
    let Some(get_doc) = crate::ops::getattr_opt(x.a, "__doc__")? else { return Ok(()) };
    if std::ptr::eq(o.ty(), &PROPERTY_TYPE) {
        put(&mut fields(o).d, get_doc.v());
    } else {
        crate::ops::setattr(o, "__doc__", get_doc.v())?;
    }
    fields(o).getter_doc = true;
    Ok(())
}

/// `prop.getter(f)`, `prop.setter(f)`, `prop.deleter(f)`: `type(prop)(fget, fset,
/// fdel, doc)` with `f` in place of one accessor; a doc taken from the old getter is
/// taken again from the new one.
pub fn copy(o: Value, which: &str, f: Value) -> R<Obj> {
    let x = fields(o);
    let (mut get, mut set, mut del) = (opt(x.a), opt(x.b), opt(x.c));
    match which {
        "getter" => get = f.to_owned(),
        "setter" => set = f.to_owned(),
        _ => del = f.to_owned(),
    }
    let doc = if x.getter_doc && !is_none(get.v()) { none() } else { opt(x.d) };
    let name = x.e;
    let new = call(o.ty().as_value(), &Args::positional(&[get.v(), set.v(), del.v(), doc.v()]))?;
    if crate::class::is_property(new.v()) {
        let n = fields(new.v());
        name.incref();
        std::mem::replace(&mut n.e, name).decref();
    }
    Ok(new)
}

/// The attributes of a property.
pub fn getattr(o: Value, name: &str) -> R<Option<Obj>> {
    let x = fields(o);
    Ok(Some(match name {
        "fget" => opt(x.a),
        "fset" => opt(x.b),
        "fdel" => opt(x.c),
        "__doc__" => opt(x.d),
        "__isabstractmethod__" => {
            for f in [x.a, x.b, x.c] {
                if is_abstract(f)? {
                    return Ok(Some(bool_obj(true)));
                }
            }
            bool_obj(false)
        }
        _ => return Ok(None),
    }))
}

/// CPython's `_PyObject_IsAbstract`: is `f.__isabstractmethod__` true (0 counts as
/// no object)?
pub fn is_abstract(f: Value) -> R<bool> {
    if f.is_null() {
        return Ok(false);
    }
    match crate::ops::getattr_opt(f, "__isabstractmethod__")? {
        Some(v) => crate::ops::truthy(v.v()),
        None => Ok(false),
    }
}

/// `prop.__doc__ = v` (`None` for `del prop.__doc__`): the doc slot, a writable
/// member.
pub fn set_doc(o: Value, v: Value) {
    put(&mut fields(o).d, v);
}
