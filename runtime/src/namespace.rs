//! `types.SimpleNamespace`: an object whose attributes are its keyword arguments, with
//! CPython's repr (`namespace(a=1)`) and equality by attributes. It is also the type of
//! `sys.implementation`.

use crate::call::Args;
use crate::exc::type_error;
use crate::native_obj::{self, ClassSpec};
use crate::objects::*;
use crate::value::{Obj, Value, R};
use std::cell::RefCell;

thread_local! {
    static CLASS: RefCell<Option<Obj>> = const { RefCell::new(None) };
}

fn is_namespace(v: Value) -> R<bool> {
    let c = class()?;
    Ok(!v.is_small() && v.ty().is_subtype(crate::builtins::as_type(c).unwrap()))
}

fn self_of(a: &Args, m: &str) -> R<Value> {
    match a.pos.first() {
        Some(&o) if is_namespace(o)? => Ok(o),
        Some(&o) => type_error(format!("descriptor '{}' requires a 'types.SimpleNamespace' object but received a '{}'", m, o.ty().name)),
        None => type_error(format!("descriptor '{}' of 'types.SimpleNamespace' object needs an argument", m)),
    }
}

crate::builtin!(ns_init, |a| {
    let o = self_of(a, "__init__")?;
    if a.pos.len() > 1 {
        return type_error("no positional arguments expected");
    }
    let d = crate::class::instance_dict(o, true).unwrap();
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        crate::dicts::dict_set(d, *k, *v)?;
    }
    Ok(none())
});

crate::builtin!(ns_repr, |a| {
    let o = self_of(a, "__repr__")?;
    let name = if std::ptr::eq(o.ty(), crate::builtins::as_type(class()?).unwrap()) {
        "namespace".to_string()
    } else {
        str_text(crate::ops::getattr(o.ty().as_value(), "__name__")?.v()).to_string()
    };
    let r = crate::dicts::with_repr_guard(o, || {
        let mut parts = vec![];
        if let Some(d) = crate::class::instance_dict(o, false) {
            let items = crate::ops::call_method(d, "items", &Args::positional(&[]))?;
            let it = crate::ops::iter(items.v())?;
            while let Some(kv) = crate::iter::next(it.v())? {
                let k = crate::ops::getitem(kv.v(), Value::small(0))?;
                let v = crate::ops::getitem(kv.v(), Value::small(1))?;
                if let Some(s) = as_str(k.v()) {
                    let r = crate::ops::repr(v.v())?;
                    parts.push(format!("{}={}", s.s, str_text(r.v())));
                }
            }
        }
        Ok(format!("{}({})", name, parts.join(", ")))
    })?;
    Ok(str_from(r.unwrap_or_else(|| format!("{}(...)", name))))
});

/// `a == b` (or `!=`): both namespaces, compared by their attribute dicts.
fn compare(a: &Args, op: krait_abi::CmpOp, m: &str) -> R<Obj> {
    let o = self_of(a, m)?;
    let Some(&other) = a.pos.get(1) else { return type_error(format!("expected 1 argument, got 0")) };
    if !is_namespace(other)? {
        return Ok(not_implemented());
    }
    let d1 = crate::class::instance_dict(o, true).unwrap();
    let d2 = crate::class::instance_dict(other, true).unwrap();
    crate::ops::compare(op, d1, d2)
}

crate::builtin!(ns_eq, |a| compare(a, krait_abi::CmpOp::Eq, "__eq__"));
crate::builtin!(ns_ne, |a| compare(a, krait_abi::CmpOp::Ne, "__ne__"));

crate::builtin!(ns_reduce, |a| {
    let o = self_of(a, "__reduce__")?;
    let d = crate::class::instance_dict(o, true).unwrap();
    Ok(tuple_from(vec![o.ty().as_value().to_owned().into_raw(), tuple_from(vec![]).into_raw(), d.to_owned().into_raw()]))
});

/// The class `types.SimpleNamespace`.
pub fn class() -> R<Value> {
    if let Some(c) = CLASS.with(|c| c.borrow().as_ref().map(|o| o.v())) {
        return Ok(c);
    }
    let mut attrs = native_obj::with_methods(vec![("__init__", ns_init), ("__repr__", ns_repr), ("__eq__", ns_eq), ("__ne__", ns_ne), ("__reduce__", ns_reduce)]);
    attrs.push(("__hash__", none()));
    let cls = native_obj::new_class(ClassSpec { name: "SimpleNamespace", module: "types", bases: &[], new_state: None, attrs })?;
    let v = cls.v();
    CLASS.with(|c| *c.borrow_mut() = Some(cls));
    Ok(v)
}

/// A namespace with these attributes.
pub fn new(attrs: &[(&str, Obj)]) -> R<Obj> {
    let o = crate::call::call(class()?, &Args::positional(&[]))?;
    let d = crate::class::instance_dict(o.v(), true).unwrap();
    for (k, v) in attrs {
        let key = str_from(*k);
        crate::dicts::dict_set(d, key.v(), v.v())?;
    }
    Ok(o)
}
