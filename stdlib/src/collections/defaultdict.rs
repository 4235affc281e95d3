//! `collections.defaultdict`: a subclass of dict whose `__missing__` calls
//! `default_factory`. Its instances are dicts (the dict layout, `isinstance(d, dict)`);
//! `default_factory` lives in the instance's side attribute dict, behind a property.

use crate::support::*;
use krait_runtime::call::{call, Args};
use krait_runtime::exc::{new_exc, set_current};
use krait_runtime::objects::*;
use krait_runtime::types::{BuiltinFn, KEY_ERROR};
use krait_runtime::value::{Obj, Value, R};

const QUAL: &str = "collections.defaultdict";

/// Is `v` a defaultdict (or an instance of a subclass)?
fn is_defaultdict(v: Value) -> bool {
    !v.is_small() && krait_runtime::class::mro_of(v.ty()).iter().any(|t| t.name == QUAL && krait_runtime::class::is_heap(t))
}

/// The first argument as a defaultdict, with CPython's messages otherwise.
fn self_of<'a>(a: &'a Args, name: &str) -> R<(Value, Args<'a>)> {
    let Some((&o, rest)) = a.pos.split_first() else {
        return type_err(&format!("unbound method defaultdict.{}() needs an argument", name));
    };
    if !is_defaultdict(o) {
        return wrong_self(name, QUAL, o);
    }
    Ok((o, Args { pos: rest, kwnames: a.kwnames, kwvals: a.kwvals }))
}

const KEY: &str = "default_factory";

/// `d.default_factory` (None when unset).
pub fn factory(o: Value) -> R<Obj> {
    if let Some(d) = krait_runtime::class::instance_dict(o, false) {
        let k = str_from(KEY);
        if let Some(f) = krait_runtime::dicts::dict_get(d, k.v())? {
            return Ok(f);
        }
    }
    Ok(none())
}

fn set_factory(o: Value, f: Value) -> R<()> {
    let d = krait_runtime::class::instance_dict(o, true).unwrap();
    let k = str_from(KEY);
    krait_runtime::dicts::dict_set(d, k.v(), f)
}

fn is_callable(v: Value) -> bool {
    krait_runtime::call::is_callable(v) || (!v.is_small() && krait_runtime::class::is_heap(v.ty()) && krait_runtime::class::lookup_type(v.ty(), "__call__").is_some())
}

krait_runtime::builtin!(dd_init, |a| {
    let (o, rest) = self_of(a, "__init__")?;
    let (f, pos) = match rest.pos.split_first() {
        Some((&f, p)) => (f, p),
        None => (none_v(), &[][..]),
    };
    if !is_none(f) && !is_callable(f) {
        return type_err("first argument must be callable or None");
    }
    set_factory(o, f)?;
    krait_runtime::class::call_builtin_method(o, "__init__", &Args { pos, kwnames: rest.kwnames, kwvals: rest.kwvals })?;
    Ok(none())
});

krait_runtime::builtin!(dd_missing, |a| {
    let (o, rest) = self_of(a, "__missing__")?;
    let key = one_arg(&rest, "defaultdict.__missing__")?;
    let f = factory(o)?;
    if is_none(f.v()) {
        let e = new_exc(&KEY_ERROR, tuple_from(vec![key.to_owned().into_raw()]));
        return Err(set_current(e));
    }
    let v = call(f.v(), &Args::positional(&[]))?;
    krait_runtime::ops::setitem(o, key, v.v())?;
    Ok(v)
});

krait_runtime::builtin!(dd_repr, |a| {
    let (o, rest) = self_of(a, "__repr__")?;
    no_args(&rest, "defaultdict.__repr__")?;
    let f = factory(o)?;
    let fr = if is_none(f.v()) {
        "None".to_string()
    } else {
        repr_guard(f.v(), || repr_text(f.v()))?.unwrap_or_else(|| "...".to_string())
    };
    let base = krait_runtime::dicts::repr(o)?;
    Ok(str_from(format!("{}({}, {})", short_type_name(o), fr, str_text(base.v()))))
});

/// `type(d)(d.default_factory, arg)`: copies and `|` call the object's class.
fn new_like(o: Value, arg: Value) -> R<Obj> {
    let f = factory(o)?;
    call(o.ty().as_value(), &Args::positional(&[f.v(), arg]))
}

krait_runtime::builtin!(dd_copy, |a| {
    let (o, rest) = self_of(a, "copy")?;
    no_args(&rest, "defaultdict.copy")?;
    new_like(o, o)
});

krait_runtime::builtin!(dd_reduce, |a| {
    let (o, rest) = self_of(a, "__reduce__")?;
    no_args(&rest, "defaultdict.__reduce__")?;
    let f = factory(o)?;
    let args = if is_none(f.v()) { tuple_from(vec![]) } else { tuple_from(vec![f.into_raw()]) };
    let items = krait_runtime::ops::call_method(o, "items", &Args::positional(&[]))?;
    let it = krait_runtime::ops::iter(items.v())?;
    Ok(tuple_from(vec![o.ty().as_value().to_owned().into_raw(), args.into_raw(), none().into_raw(), none().into_raw(), it.into_raw()]))
});

/// `a | b` where `self_first` says whether the defaultdict is the left operand.
fn or(a: &Args, name: &str, self_first: bool) -> R<Obj> {
    let (o, rest) = self_of(a, name)?;
    let other = one_arg(&rest, name)?;
    if other.is_small() || !other.ty().is_subtype(&krait_runtime::types::DICT_TYPE) {
        return Ok(not_implemented());
    }
    let (left, right) = if self_first { (o, other) } else { (other, o) };
    let new = new_like(o, left)?;
    krait_runtime::ops::call_method(new.v(), "update", &Args::positional(&[right]))?;
    Ok(new)
}

krait_runtime::builtin!(dd_or, |a| or(a, "__or__", true));
krait_runtime::builtin!(dd_ror, |a| or(a, "__ror__", false));

krait_runtime::builtin!(dd_factory_get, |a| {
    let (o, _) = self_of(a, "default_factory")?;
    factory(o)
});
krait_runtime::builtin!(dd_factory_set, |a| {
    let (o, rest) = self_of(a, "default_factory")?;
    set_factory(o, rest.pos.first().copied().unwrap_or_else(none_v))?;
    Ok(none())
});

/// The `default_factory` property.
pub fn factory_property() -> R<Obj> {
    property(builtin_fn("default_factory", dd_factory_get), Some(builtin_fn("default_factory", dd_factory_set)))
}

/// The methods of defaultdict.
pub fn methods() -> Vec<(&'static str, BuiltinFn)> {
    vec![
        ("__init__", dd_init as BuiltinFn),
        ("__missing__", dd_missing),
        ("__repr__", dd_repr),
        ("copy", dd_copy),
        ("__copy__", dd_copy),
        ("__reduce__", dd_reduce),
        ("__or__", dd_or),
        ("__ror__", dd_ror),
    ]
}
