//! `operator.itemgetter`, `operator.attrgetter` and `operator.methodcaller`: native
//! classes whose instances are callables made of an item list, attribute paths, or
//! a method name with arguments.

use crate::support::*;
use krait_runtime::call::{call, Args};
use krait_runtime::native_iter::Slot;
use krait_runtime::native_obj::{self, NativeState};
use krait_runtime::objects::*;
use krait_runtime::ops;
use krait_runtime::types::{BuiltinFn, TypeObj};
use krait_runtime::value::{Obj, Value, R};

/// The state of all three classes: a tuple (items; attribute paths, each a tuple of
/// names; or the method name then its arguments) and, for methodcaller, a dict of
/// keywords.
pub struct Getter {
    items: Slot,
    kw: Slot,
}

impl NativeState for Getter {
    fn traverse(&self, visit: &mut dyn FnMut(Value)) {
        self.items.visit(visit);
        self.kw.visit(visit);
    }
    fn clear(&self) {
        self.items.set(None);
        self.kw.set(None);
    }
}

fn new_state() -> Box<dyn NativeState> {
    Box::new(Getter { items: Slot::empty(), kw: Slot::empty() })
}

fn items<'a>(g: &Getter) -> Vec<Obj> {
    match g.items.owned() {
        Some(t) => as_tuple(t.v()).unwrap().items.iter().map(|&v| v.to_owned()).collect(),
        None => vec![],
    }
}

fn class_of(cls: Value, name: &str) -> R<&'static TypeObj> {
    match krait_runtime::builtins::as_type(cls) {
        Some(t) if t.kind == krait_runtime::types::Kind::Native => Ok(t),
        _ => type_err(&format!("{}.__new__(X): X is not a type object", name)),
    }
}

fn make(t: &'static TypeObj, items: Vec<Obj>, kw: Option<Obj>) -> Obj {
    let st = Getter { items: Slot::new(Some(tuple_from(items.into_iter().map(Obj::into_raw).collect()))), kw: Slot::new(kw) };
    native_obj::new(t, Box::new(st))
}

/// The one argument of a getter's call (`itemgetter expected 1 argument, got 0`).
fn call_arg(a: &Args, name: &str) -> R<Value> {
    no_keywords(a, name)?;
    check_positional(a, name, 1, 1)?;
    Ok(a.pos[0])
}

// itemgetter

krait_runtime::builtin!(itemgetter_new, |a| {
    let (&cls, rest) = a.pos.split_first().unwrap();
    let t = class_of(cls, "itemgetter")?;
    let rest = Args { pos: rest, kwnames: a.kwnames, kwvals: a.kwvals };
    no_keywords(&rest, "itemgetter")?;
    check_positional(&rest, "itemgetter", 1, 1.max(rest.pos.len()))?;
    Ok(make(t, rest.pos.iter().map(|&v| v.to_owned()).collect(), None))
});

method!(itemgetter_call, Getter, "itemgetter", "operator.itemgetter", "__call__", |g, _o, a| {
    let obj = call_arg(a, "itemgetter")?;
    let its = items(g);
    if its.len() == 1 {
        return ops::getitem(obj, its[0].v());
    }
    let mut out = Vec::with_capacity(its.len());
    for k in &its {
        out.push(ops::getitem(obj, k.v())?.into_raw());
    }
    Ok(tuple_from(out))
});

/// `name(arg, arg...)` with the arguments' reprs, or `name(...)` when recursive.
fn getter_repr(o: Value, parts: impl FnOnce() -> R<Vec<String>>) -> R<Obj> {
    let r = repr_guard(o, || Ok(format!("{}({})", o.ty().name, parts()?.join(", "))))?;
    Ok(str_from(r.unwrap_or_else(|| format!("{}(...)", o.ty().name))))
}

method!(itemgetter_repr, Getter, "itemgetter", "operator.itemgetter", "__repr__", |g, o, a| {
    no_args(a, "itemgetter.__repr__")?;
    getter_repr(o, || items(g).iter().map(|v| repr_text(v.v())).collect())
});
method!(itemgetter_reduce, Getter, "itemgetter", "operator.itemgetter", "__reduce__", |g, o, a| {
    no_args(a, "itemgetter.__reduce__")?;
    let args = g.items.owned().unwrap_or_else(|| tuple_from(vec![]));
    Ok(tuple_from(vec![o.ty().as_value().to_owned().into_raw(), args.into_raw()]))
});

// attrgetter

krait_runtime::builtin!(attrgetter_new, |a| {
    let (&cls, rest) = a.pos.split_first().unwrap();
    let t = class_of(cls, "attrgetter")?;
    let rest = Args { pos: rest, kwnames: a.kwnames, kwvals: a.kwvals };
    no_keywords(&rest, "attrgetter")?;
    check_positional(&rest, "attrgetter", 1, 1.max(rest.pos.len()))?;
    let mut paths = Vec::new();
    for &n in rest.pos {
        let Some(s) = as_str(n) else { return type_err("attribute name must be a string") };
        let names: Vec<Value> = s.s.split('.').map(|p| str_from(p).into_raw()).collect();
        paths.push(tuple_from(names));
    }
    Ok(make(t, paths, None))
});

fn dotted(path: Value) -> String {
    as_tuple(path).unwrap().items.iter().map(|&p| str_text(p).to_string()).collect::<Vec<_>>().join(".")
}

method!(attrgetter_call, Getter, "attrgetter", "operator.attrgetter", "__call__", |g, _o, a| {
    let obj = call_arg(a, "attrgetter")?;
    let paths = items(g);
    let get = |path: Value| -> R<Obj> {
        let mut cur = obj.to_owned();
        for &name in as_tuple(path).unwrap().items.iter() {
            cur = ops::getattr(cur.v(), str_text(name))?;
        }
        Ok(cur)
    };
    if paths.len() == 1 {
        return get(paths[0].v());
    }
    let mut out = Vec::with_capacity(paths.len());
    for p in &paths {
        out.push(get(p.v())?.into_raw());
    }
    Ok(tuple_from(out))
});
method!(attrgetter_repr, Getter, "attrgetter", "operator.attrgetter", "__repr__", |g, o, a| {
    no_args(a, "attrgetter.__repr__")?;
    getter_repr(o, || items(g).iter().map(|p| repr_text(str_from(dotted(p.v())).v())).collect())
});
method!(attrgetter_reduce, Getter, "attrgetter", "operator.attrgetter", "__reduce__", |g, o, a| {
    no_args(a, "attrgetter.__reduce__")?;
    let names: Vec<Value> = items(g).iter().map(|p| str_from(dotted(p.v())).into_raw()).collect();
    Ok(tuple_from(vec![o.ty().as_value().to_owned().into_raw(), tuple_from(names).into_raw()]))
});

// methodcaller

krait_runtime::builtin!(methodcaller_new, |a| {
    let (&cls, rest) = a.pos.split_first().unwrap();
    let t = class_of(cls, "methodcaller")?;
    let Some((&name, args)) = rest.split_first() else {
        return type_err("methodcaller needs at least one argument, the method name");
    };
    if as_str(name).is_none() {
        return type_err("method name must be a string");
    }
    let kw = dict_new();
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        krait_runtime::dicts::dict_set(kw.v(), *k, *v)?;
    }
    let mut all = vec![name.to_owned()];
    all.extend(args.iter().map(|&v| v.to_owned()));
    Ok(make(t, all, Some(kw)))
});

method!(methodcaller_call, Getter, "methodcaller", "operator.methodcaller", "__call__", |g, _o, a| {
    let obj = call_arg(a, "methodcaller")?;
    let all = items(g);
    let Some((name, args)) = all.split_first() else { return type_err("methodcaller is not initialised") };
    let kw = g.kw.owned().unwrap_or_else(dict_new);
    let d = as_dict(kw.v()).unwrap();
    let names: Vec<Value> = d.table.keys().copied().collect();
    let vals: Vec<Value> = d.table.values().copied().collect();
    let pos: Vec<Value> = args.iter().map(|v| v.v()).collect();
    let m = ops::getattr(obj, str_text(name.v()))?;
    call(m.v(), &Args { pos: &pos, kwnames: &names, kwvals: &vals })
});
method!(methodcaller_repr, Getter, "methodcaller", "operator.methodcaller", "__repr__", |g, o, a| {
    no_args(a, "methodcaller.__repr__")?;
    getter_repr(o, || {
        let all = items(g);
        let mut parts = Vec::new();
        if let Some((name, args)) = all.split_first() {
            parts.push(repr_text(name.v())?);
            for x in args {
                parts.push(repr_text(x.v())?);
            }
        }
        let kw = g.kw.owned().unwrap_or_else(dict_new);
        let kvs: Vec<(Obj, Obj)> = as_dict(kw.v()).unwrap().table.iter().map(|(&k, &v)| (k.to_owned(), v.to_owned())).collect();
        for (k, v) in kvs {
            parts.push(format!("{}={}", str_text(k.v()), repr_text(v.v())?));
        }
        Ok(parts)
    })
});

fn make_class(name: &str, ms: Vec<(&'static str, BuiltinFn)>) -> R<Obj> {
    let mut attrs = with_methods(ms);
    attrs.push(("__slots__", tuple_from(vec![])));
    new_class(ClassSpec { name, module: "operator", bases: &[], new_state: Some(new_state), attrs })
}

/// The classes defined here.
pub fn attrs(out: &mut Attrs) -> R<()> {
    out.push(("itemgetter", make_class("itemgetter", vec![("__new__", itemgetter_new), ("__call__", itemgetter_call), ("__repr__", itemgetter_repr), ("__reduce__", itemgetter_reduce)])?));
    out.push(("attrgetter", make_class("attrgetter", vec![("__new__", attrgetter_new), ("__call__", attrgetter_call), ("__repr__", attrgetter_repr), ("__reduce__", attrgetter_reduce)])?));
    out.push(("methodcaller", make_class("methodcaller", vec![("__new__", methodcaller_new), ("__call__", methodcaller_call), ("__repr__", methodcaller_repr)])?));
    Ok(())
}
