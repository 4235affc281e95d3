//! `_thread._ExceptHookArgs` (a struct sequence of `exc_type`, `exc_value`,
//! `exc_traceback`, `thread`) and `_thread._excepthook`, which `threading.excepthook`
//! is: it reports an exception a thread's `run()` raised.

use krait_runtime::exc::type_error;
use krait_runtime::call::Args;
use krait_runtime::native_obj;
use krait_runtime::objects::*;
use krait_runtime::types::{Kind, TypeObj, SYSTEM_EXIT, TUPLE_TYPE};
use krait_runtime::value::{Obj, Value, R};
use std::cell::Cell;

const FIELDS: [&str; 4] = ["exc_type", "exc_value", "exc_traceback", "thread"];

thread_local! {
    static ARGS_TYPE: Cell<Option<&'static TypeObj>> = const { Cell::new(None) };
}

/// Does the class `cls` (or a base other than `_thread._local`) define `__init__`?
pub fn defines_init(cls: Value) -> bool {
    let Some(t) = krait_runtime::builtins::as_type(cls) else { return false };
    krait_runtime::class::lookup_type(t, "__init__").is_some()
}

/// The items of an `_ExceptHookArgs` (borrowed).
fn items<'a>(v: Value) -> Option<&'a [Value]> {
    let t = ARGS_TYPE.with(|t| t.get())?;
    if !v.ty().is_subtype(t) {
        return None;
    }
    as_tuple(v).map(|t| &t.items[..])
}

macro_rules! field {
    ($name:ident, $i:expr) => {
        krait_runtime::builtin!($name, |a| {
            crate::clinic::check_positional(a, "getter", 1, 1)?;
            match items(a.pos[0]) {
                Some(it) => Ok(it[$i].to_owned()),
                None => type_error("descriptor doesn't apply to this object"),
            }
        });
    };
}
field!(field0, 0);
field!(field1, 1);
field!(field2, 2);
field!(field3, 3);

krait_runtime::builtin!(args_init, |a| {
    let n = a.pos.get(0).and_then(|&v| as_tuple(v)).map_or(0, |t| t.items.len());
    if n != FIELDS.len() {
        return type_error(format!("_thread._ExceptHookArgs() takes a 4-sequence ({}-sequence given)", n));
    }
    Ok(none())
});

krait_runtime::builtin!(args_repr, |a| {
    let Some(it) = a.pos.first().and_then(|&v| items(v)) else { return type_error("descriptor '__repr__' requires a '_thread._ExceptHookArgs' object") };
    let mut parts = Vec::new();
    for (name, &v) in FIELDS.iter().zip(it) {
        let r = krait_runtime::ops::repr(v)?;
        parts.push(format!("{}={}", name, str_text(r.v())));
    }
    Ok(str_from(format!("_thread._ExceptHookArgs({})", parts.join(", "))))
});

krait_runtime::builtin!(thread_excepthook, |a| {
    let args = crate::clinic::one_arg(a, "_thread._excepthook")?;
    let Some(it) = items(args) else {
        return type_error("_thread.excepthook argument type must be ExceptHookArgs");
    };
    let (exc_type, exc_value, thread) = (it[0], it[1], it[3]);
    if exc_type == SYSTEM_EXIT.as_value() {
        return Ok(none());
    }
    let name = if is_none(thread) {
        krait_runtime::ops::str_of(int_from_big(num_bigint::BigInt::from(super::ident())).v())?
    } else {
        let n = krait_runtime::ops::getattr(thread, "name")?;
        krait_runtime::ops::str_of(n.v())?
    };
    let mut out = format!("Exception in thread {}:\n", str_text(name.v()));
    if exc_value.ty().kind == Kind::Exception {
        out.push_str(&krait_runtime::traceback::format_uncaught(exc_value));
    } else {
        let r = krait_runtime::ops::str_of(exc_type)?;
        out.push_str(&format!("{}\n", str_text(r.v())));
    }
    krait_runtime::io::write_stderr(&out);
    Ok(none())
});

/// Makes `_ExceptHookArgs` and `_excepthook`.
pub fn make() -> R<(Obj, Obj)> {
    let mut attrs: Vec<(&str, Obj)> = vec![
        ("__init__", native_obj::method("__init__", args_init)),
        ("__repr__", native_obj::method("__repr__", args_repr)),
        ("n_fields", int_from_i64(4)),
        ("n_sequence_fields", int_from_i64(4)),
        ("n_unnamed_fields", int_from_i64(0)),
    ];
    let getters = [field0 as krait_runtime::types::BuiltinFn, field1, field2, field3];
    for (name, g) in FIELDS.iter().zip(getters) {
        let getter = builtin_fn("getter", g);
        attrs.push((name, krait_runtime::call::call(krait_runtime::class::PROPERTY_TYPE.as_value(), &Args::positional(&[getter.v()]))?));
    }
    let cls = class("_ExceptHookArgs", &[&TUPLE_TYPE], attrs)?;
    ARGS_TYPE.with(|t| t.set(Some(unsafe { cls.v().as_ref::<TypeObj>() })));
    Ok((cls, builtin_fn("_excepthook", thread_excepthook)))
}

/// A class `_thread.name` defined here, with builtin `bases` and `attrs` in its dict.
pub fn class(name: &str, bases: &[&'static TypeObj], attrs: Vec<(&str, Obj)>) -> R<Obj> {
    let ns = dict_new();
    let set = |k: &str, v: Value| krait_runtime::dicts::dict_set(ns.v(), str_from(k).v(), v);
    set("__module__", str_from("_thread").v())?;
    set("__qualname__", str_from(name).v())?;
    for (k, v) in &attrs {
        set(k, v.v())?;
    }
    let bases = tuple_from(bases.iter().map(|b| b.as_value().to_owned().into_raw()).collect());
    let full = str_from(format!("_thread.{}", name));
    krait_runtime::class::new_class_native(&krait_runtime::types::TYPE_TYPE, full.v(), bases.v(), ns.v(), &Args::positional(&[]), None)
}
