//! The attribute descriptors of builtin types as Python code sees them on the type:
//! `FunctionType.__code__` is a `getset_descriptor`, `FunctionType.__globals__` a
//! `member_descriptor` (what `types.GetSetDescriptorType` and
//! `types.MemberDescriptorType` are taken from), `int.real` reads the attribute of an
//! int passed to its `__get__`. And the `__dict__` of a builtin type: a mappingproxy
//! of the names CPython's type has in its own dict (`dirnames.rs`), each bound to
//! what the type answers for it.
//!
//! The runtime answers attribute reads on builtin objects by name (`ops::getattr`),
//! so a descriptor here only forwards to that; it exists for the code that looks
//! attributes up on the type.

use crate::exc::{raise, type_error};
use crate::native_obj::{self, ClassSpec, NativeState};
use crate::objects::*;
use crate::types::{TypeObj, TYPE_ERROR};
use crate::value::{Obj, Value, R};
use std::cell::RefCell;
use std::collections::HashMap;

/// The data attributes CPython implements as getsets (`PyGetSetDef`).
const GETSETS: &[(&str, &[&str])] = &[
    ("function", &["__code__", "__defaults__", "__kwdefaults__", "__annotations__", "__name__", "__qualname__"]),
    ("int", &["real", "imag", "numerator", "denominator"]),
    ("float", &["real", "imag"]),
    ("BaseException", &["args", "__traceback__", "__context__", "__cause__"]),
    ("traceback", &["tb_next"]),
    ("generator", &["gi_frame", "gi_running", "gi_code", "gi_yieldfrom", "gi_suspended", "__name__", "__qualname__"]),
    ("coroutine", &["cr_frame", "cr_running", "cr_code", "cr_await", "cr_suspended", "__name__", "__qualname__"]),
    ("property", &["__isabstractmethod__"]),
    ("classmethod", &["__isabstractmethod__"]),
    ("staticmethod", &["__isabstractmethod__"]),
    ("memoryview", &["obj", "nbytes", "readonly", "itemsize", "format", "ndim", "shape", "strides", "suboffsets", "c_contiguous", "f_contiguous", "contiguous"]),
];

/// The data attributes CPython implements as members (`PyMemberDef`).
const MEMBERS: &[(&str, &[&str])] = &[
    ("function", &["__globals__", "__closure__", "__doc__", "__module__", "__builtins__"]),
    ("complex", &["real", "imag"]),
    ("slice", &["start", "stop", "step"]),
    ("range", &["start", "stop", "step"]),
    ("property", &["fget", "fset", "fdel"]),
    ("classmethod", &["__func__", "__wrapped__"]),
    ("staticmethod", &["__func__", "__wrapped__"]),
    ("BaseException", &["__suppress_context__"]),
    ("traceback", &["tb_frame", "tb_lasti", "tb_lineno"]),
    ("StopIteration", &["value"]),
    ("SystemExit", &["code"]),
    ("ImportError", &["msg", "name", "path"]),
    ("OSError", &["errno", "strerror", "filename", "filename2", "characters_written"]),
    ("SyntaxError", &["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"]),
    ("UnicodeError", &["encoding", "object", "start", "end", "reason"]),
    ("AttributeError", &["name", "obj"]),
    ("NameError", &["name"]),
];

struct Descr {
    owner: &'static TypeObj,
    name: &'static str,
}

impl NativeState for Descr {}

fn descr<'a>(v: Value) -> R<&'a Descr> {
    match native_obj::state::<Descr>(v) {
        Some(d) if !d.name.is_empty() => Ok(d),
        _ => Err(raise(&TYPE_ERROR, format!("descriptor needs a descriptor object, not '{}'", v.ty().name))),
    }
}

fn check_instance(d: &Descr, obj: Value) -> R<()> {
    if !obj.ty().is_subtype(d.owner) {
        return type_error(format!("descriptor '{}' for '{}' objects doesn't apply to a '{}' object", d.name, d.owner.name, obj.ty().name));
    }
    Ok(())
}

crate::builtin!(d_get, |a| {
    let d = descr(a.pos[0])?;
    let obj = a.pos.get(1).copied().unwrap_or(Value::NULL);
    if obj.is_null() || is_none(obj) {
        return Ok(a.pos[0].to_owned());
    }
    check_instance(d, obj)?;
    crate::ops::getattr(obj, d.name)
});

crate::builtin!(d_set, |a| {
    let d = descr(a.pos[0])?;
    if a.pos.len() != 3 {
        return type_error(format!("expected 2 arguments, got {}", a.pos.len().saturating_sub(1)));
    }
    check_instance(d, a.pos[1])?;
    crate::ops::setattr(a.pos[1], d.name, a.pos[2])?;
    Ok(none())
});

crate::builtin!(d_delete, |a| {
    let d = descr(a.pos[0])?;
    let Some(&obj) = a.pos.get(1) else { return type_error("expected 1 argument, got 0") };
    check_instance(d, obj)?;
    crate::ops::delattr(obj, d.name)?;
    Ok(none())
});

crate::builtin!(d_name, |a| Ok(str_from(descr(a.pos[0])?.name)));
crate::builtin!(d_qualname, |a| {
    let d = descr(a.pos[0])?;
    Ok(str_from(format!("{}.{}", d.owner.name, d.name)))
});
crate::builtin!(d_objclass, |a| Ok(descr(a.pos[0])?.owner.as_value().to_owned()));

crate::builtin!(getset_repr, |a| {
    let d = descr(a.pos[0])?;
    Ok(str_from(format!("<attribute '{}' of '{}' objects>", d.name, d.owner.name)))
});
crate::builtin!(member_repr, |a| {
    let d = descr(a.pos[0])?;
    Ok(str_from(format!("<member '{}' of '{}' objects>", d.name, d.owner.name)))
});

thread_local! {
    static CLASSES: RefCell<Option<(Obj, Obj)>> = const { RefCell::new(None) };
    static TYPE_DICTS: RefCell<HashMap<usize, Obj>> = RefCell::new(HashMap::new());
}

fn make_class(name: &str, repr: crate::types::BuiltinFn) -> R<Obj> {
    let mut attrs = native_obj::with_methods(vec![("__get__", d_get), ("__set__", d_set), ("__delete__", d_delete), ("__repr__", repr)]);
    attrs.push(("__name__", native_obj::property(builtin_fn("__name__", d_name), None)?));
    attrs.push(("__qualname__", native_obj::property(builtin_fn("__qualname__", d_qualname), None)?));
    attrs.push(("__objclass__", native_obj::property(builtin_fn("__objclass__", d_objclass), None)?));
    native_obj::new_class(ClassSpec { name, module: "builtins", bases: &[], new_state: Some(|| Box::new(Descr { owner: &crate::types::OBJECT_TYPE, name: "" })), attrs })
}

/// The types `getset_descriptor` and `member_descriptor`.
fn classes() -> R<(Value, Value)> {
    if let Some(c) = CLASSES.with(|c| c.borrow().as_ref().map(|(a, b)| (a.v(), b.v()))) {
        return Ok(c);
    }
    let g = make_class("getset_descriptor", getset_repr)?;
    let m = make_class("member_descriptor", member_repr)?;
    let r = (g.v(), m.v());
    CLASSES.with(|c| *c.borrow_mut() = Some((g, m)));
    Ok(r)
}

/// The names in `t`'s own dict in CPython.
fn own_names(t: &TypeObj) -> &'static [&'static str] {
    crate::dirnames::TYPE_DICT_NAMES.iter().find(|(n, _)| *n == t.name).map_or(&[], |(_, names)| names)
}

/// `T.name` for an instance attribute `name` of the builtin type `T` (or of a builtin
/// base along its chain): its descriptor, or `None` when `T` has no such attribute.
pub fn lookup(t: &'static TypeObj, name: &str) -> R<Option<Obj>> {
    let mut owner = Some(t);
    while let Some(o) = owner {
        let member = MEMBERS.iter().find(|(tn, _)| *tn == o.name).and_then(|(_, ns)| ns.iter().find(|n| **n == name));
        let getset = GETSETS.iter().find(|(tn, _)| *tn == o.name).and_then(|(_, ns)| ns.iter().find(|n| **n == name));
        if let Some(&n) = member.or(getset) {
            let member = member.is_some();
            let (g, m) = classes()?;
            let cls = crate::builtins::as_type(if member { m } else { g }).unwrap();
            return Ok(Some(native_obj::new(cls, Box::new(Descr { owner: o, name: n }))));
        }
        owner = o.base;
    }
    Ok(None)
}

/// `T.__dict__` for a builtin type `T`: a mappingproxy of its own names (made once).
pub fn type_dict(t: &'static TypeObj) -> R<Obj> {
    let key = t as *const TypeObj as usize;
    if let Some(d) = TYPE_DICTS.with(|m| m.borrow().get(&key).map(|o| o.v().to_owned())) {
        return crate::mappingproxy::new(d.v());
    }
    let d = dict_new();
    for &n in own_names(t) {
        if n == "__dict__" {
            continue;
        }
        match crate::ops::getattr(t.as_value(), n) {
            Ok(v) => {
                let k = str_from(n);
                crate::dicts::dict_set(d.v(), k.v(), v.v())?;
            }
            Err(_) => crate::exc::clear_current(),
        }
    }
    TYPE_DICTS.with(|m| m.borrow_mut().insert(key, d.v().to_owned()));
    crate::mappingproxy::new(d.v())
}
