//! `functools.partial`: a callable with some arguments already given. A partial of a
//! partial (without instance attributes) is flattened, as CPython does.

use crate::support::*;
use krait_runtime::call::{call, Args};
use krait_runtime::native_iter::Slot;
use krait_runtime::native_obj::{self, state, NativeState};
use krait_runtime::objects::*;
use krait_runtime::types::{BuiltinFn, TypeObj};
use krait_runtime::value::{Obj, Value, R};
use std::cell::Cell;

/// The state of a partial: the function, a tuple of arguments and a dict of keywords
/// (all empty for an instance made by `object.__new__`).
pub struct Partial {
    func: Slot,
    args: Slot,
    kw: Slot,
}

impl NativeState for Partial {
    fn traverse(&self, visit: &mut dyn FnMut(Value)) {
        self.func.visit(visit);
        self.args.visit(visit);
        self.kw.visit(visit);
    }
    fn clear(&self) {
        self.func.set(None);
        self.args.set(None);
        self.kw.set(None);
    }
}

fn new_state() -> Box<dyn NativeState> {
    Box::new(Partial { func: Slot::empty(), args: Slot::empty(), kw: Slot::empty() })
}

thread_local! {
    static PARTIAL: Cell<Option<&'static TypeObj>> = const { Cell::new(None) };
}

fn args_of(p: &Partial) -> Obj {
    p.args.owned().unwrap_or_else(|| tuple_from(vec![]))
}

fn kw_of(p: &Partial) -> Obj {
    p.kw.owned().unwrap_or_else(dict_new)
}

fn is_callable(v: Value) -> bool {
    krait_runtime::call::is_callable(v) || (!v.is_small() && krait_runtime::class::is_heap(v.ty()) && krait_runtime::class::lookup_type(v.ty(), "__call__").is_some())
}

// `partial.__new__(cls, func, /, *args, **keywords)`.
krait_runtime::builtin!(partial_new, |a| {
    let base = PARTIAL.with(|p| p.get()).unwrap();
    let Some((&cls, rest)) = a.pos.split_first() else {
        return type_err("partial.__new__(): not enough arguments");
    };
    let Some(t) = krait_runtime::builtins::as_type(cls).filter(|t| t.is_subtype(base)) else {
        return type_err(&format!("partial.__new__(X): X is not a subtype of partial ({})", cls.ty().name));
    };
    let Some((&func, more)) = rest.split_first() else {
        return type_err("type 'partial' takes at least one argument");
    };
    if !is_callable(func) {
        return type_err("the first argument must be callable");
    }
    let (mut func, mut args, kw) = (func.to_owned(), more.iter().map(|&v| v.to_owned()).collect::<Vec<_>>(), dict_new());
    // A partial of a partial without attributes takes the inner one's function and arguments.
    if let Some(inner) = state::<Partial>(func.v()) {
        let plain = krait_runtime::class::lookup_type(func.v().ty(), "__call__") == krait_runtime::class::lookup_type(base, "__call__");
        if plain && krait_runtime::class::instance_dict(func.v(), false).map_or(true, |d| as_dict(d).unwrap().table.len() == 0) && !inner.func.is_empty() {
            let mut all: Vec<Obj> = as_tuple(args_of(inner).v()).unwrap().items.iter().map(|&v| v.to_owned()).collect();
            all.extend(args);
            args = all;
            krait_runtime::ops::call_method(kw.v(), "update", &Args::positional(&[kw_of(inner).v()]))?;
            func = inner.func.owned().unwrap();
        }
    }
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        krait_runtime::dicts::dict_set(kw.v(), *k, *v)?;
    }
    let st = Partial { func: Slot::new(Some(func)), args: Slot::new(Some(tuple_from(args.into_iter().map(Obj::into_raw).collect()))), kw: Slot::new(Some(kw)) };
    Ok(native_obj::new(t, Box::new(st)))
});

method!(partial_call, Partial, "partial", "functools.partial", "__call__", |p, _o, a| {
    let Some(func) = p.func.owned() else {
        return type_err("'functools.partial' object is not callable");
    };
    let args = args_of(p);
    let mut pos: Vec<Value> = as_tuple(args.v()).unwrap().items.to_vec();
    pos.extend_from_slice(a.pos);
    let kw = kw_of(p);
    if a.kwnames.is_empty() {
        let d = as_dict(kw.v()).unwrap();
        let names: Vec<Value> = d.table.keys().copied().collect();
        let vals: Vec<Value> = d.table.values().copied().collect();
        return call(func.v(), &Args { pos: &pos, kwnames: &names, kwvals: &vals });
    }
    let merged = dict_new();
    for (k, v) in as_dict(kw.v()).unwrap().table.iter().map(|(&k, &v)| (k.to_owned(), v.to_owned())).collect::<Vec<_>>() {
        krait_runtime::dicts::dict_set(merged.v(), k.v(), v.v())?;
    }
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        krait_runtime::dicts::dict_set(merged.v(), *k, *v)?;
    }
    let d = as_dict(merged.v()).unwrap();
    let names: Vec<Value> = d.table.keys().copied().collect();
    let vals: Vec<Value> = d.table.values().copied().collect();
    call(func.v(), &Args { pos: &pos, kwnames: &names, kwvals: &vals })
});

method!(partial_repr, Partial, "partial", "functools.partial", "__repr__", |p, o, a| {
    no_args(a, "partial.__repr__")?;
    let r = repr_guard(o, || {
        let mut parts = vec![match p.func.owned() {
            Some(f) => repr_text(f.v())?,
            None => "None".into(),
        }];
        let args = args_of(p);
        for &x in as_tuple(args.v()).unwrap().items.iter() {
            parts.push(repr_text(x)?);
        }
        let kw = kw_of(p);
        let items: Vec<(Obj, Obj)> = as_dict(kw.v()).unwrap().table.iter().map(|(&k, &v)| (k.to_owned(), v.to_owned())).collect();
        for (k, v) in items {
            parts.push(format!("{}={}", text(&krait_runtime::ops::str_of(k.v())?), repr_text(v.v())?));
        }
        Ok(format!("{}({})", o.ty().name, parts.join(", ")))
    })?;
    Ok(str_from(r.unwrap_or_else(|| "...".into())))
});

method!(partial_reduce, Partial, "partial", "functools.partial", "__reduce__", |p, o, a| {
    no_args(a, "partial.__reduce__")?;
    let func = p.func.owned().unwrap_or_else(none);
    let dict = match krait_runtime::class::instance_dict(o, false) {
        Some(d) if as_dict(d).unwrap().table.len() > 0 => d.to_owned(),
        _ => none(),
    };
    let state = tuple_from(vec![func.clone().into_raw(), args_of(p).into_raw(), kw_of(p).into_raw(), dict.into_raw()]);
    Ok(tuple_from(vec![o.ty().as_value().to_owned().into_raw(), tuple_from(vec![func.into_raw()]).into_raw(), state.into_raw()]))
});

/// A getter of the read-only attributes `func`, `args` and `keywords`.
fn getter(a: &Args, which: u8) -> R<Obj> {
    let Some(p) = a.pos.first().and_then(|&o| state::<Partial>(o)) else {
        return type_err("descriptor for 'functools.partial' objects doesn't apply to this object");
    };
    Ok(match which {
        0 => p.func.owned().unwrap_or_else(none),
        1 => args_of(p),
        _ => kw_of(p),
    })
}
krait_runtime::builtin!(get_func, |a| getter(a, 0));
krait_runtime::builtin!(get_args, |a| getter(a, 1));
krait_runtime::builtin!(get_keywords, |a| getter(a, 2));
krait_runtime::builtin!(set_readonly, |_a| Err(krait_runtime::exc::raise(&krait_runtime::types::ATTRIBUTE_ERROR, "readonly attribute")));
fn readonly() -> Obj {
    builtin_fn("readonly", set_readonly)
}

/// Makes the `partial` class.
pub fn make_class() -> R<Obj> {
    let ms: Vec<(&'static str, BuiltinFn)> = vec![("__new__", partial_new), ("__call__", partial_call), ("__repr__", partial_repr), ("__reduce__", partial_reduce)];
    let mut attrs = with_methods(ms);
    attrs.push(("func", property(builtin_fn("func", get_func), Some(readonly()))?));
    attrs.push(("args", property(builtin_fn("args", get_args), Some(readonly()))?));
    attrs.push(("keywords", property(builtin_fn("keywords", get_keywords), Some(readonly()))?));
    let cls = new_class(ClassSpec { name: "partial", module: "functools", bases: &[], new_state: Some(new_state), attrs })?;
    let t: &'static TypeObj = unsafe { cls.v().as_ref::<TypeObj>() };
    PARTIAL.with(|p| p.set(Some(t)));
    Ok(cls)
}
