//! Struct sequences (CPython's `Objects/structseq.c`): `os.stat_result`,
//! `os.uname_result`, `os.terminal_size`, `os.times_result`. Each is a heap class
//! whose base is `tuple`; an instance is a tuple of the visible fields (what indexing,
//! `len`, unpacking and comparison see), each also readable by name through a
//! read-only property, and the hidden fields (`st_atime` as a float, `st_atime_ns`...)
//! are attributes of the instance. `repr` and the constructor (`cls(sequence,
//! dict=None)`) follow CPython, messages included.


use crate::call::Args;
use crate::class;
use crate::exc::type_error;
use crate::objects::*;
use crate::types::{TypeObj, TUPLE_TYPE};
use crate::value::{Header, Obj, Value, R};
use std::cell::RefCell;

/// The fields of a struct sequence class.
pub struct Spec {
    pub name: &'static str,
    /// The visible fields, in tuple order (the names `repr` shows).
    pub visible: &'static [&'static str],
    /// How many of the visible fields have an attribute (the rest, CPython's unnamed
    /// fields, only show their name in `repr`).
    pub named: usize,
    /// The fields only reachable by name.
    pub hidden: &'static [&'static str],
}

thread_local! {
    /// The struct sequence classes made so far and their fields.
    static CLASSES: RefCell<Vec<(&'static TypeObj, &'static Spec)>> = const { RefCell::new(Vec::new()) };
}

/// The fields of the struct sequence class `t` (or of its nearest such base).
fn spec_of(t: &'static TypeObj) -> Option<(&'static TypeObj, &'static Spec)> {
    let mro = class::mro_of(t);
    CLASSES.with(|c| {
        let c = c.borrow();
        mro.iter().find_map(|m| c.iter().find(|(k, _)| std::ptr::eq(*k, *m)).copied())
    })
}

/// The full name of a struct sequence class (`os.stat_result`).
fn full_name(t: &TypeObj) -> &str {
    t.name
}

macro_rules! field_getters {
    ($($f:ident = $i:expr),*) => {
        $(crate::builtin!($f, |a| {
            let Some(&o) = a.pos.first() else { return type_error("field getter needs an argument") };
            match as_tuple(o) {
                Some(t) if $i < t.items.len() => Ok(t.items[$i].to_owned()),
                _ => type_error(format!("descriptor for index '{}' doesn't apply to a '{}' object", $i, o.ty().name.rsplit('.').next().unwrap_or(o.ty().name))),
            }
        });)*
        const GETTERS: &[crate::types::BuiltinFn] = &[$($f),*];
    };
}
field_getters!(
    f0 = 0, f1 = 1, f2 = 2, f3 = 3, f4 = 4, f5 = 5, f6 = 6, f7 = 7, f8 = 8, f9 = 9, f10 = 10, f11 = 11, f12 = 12, f13 = 13, f14 = 14, f15 = 15, f16 = 16, f17 = 17,
    f18 = 18, f19 = 19
);

// Setting or deleting a field.
crate::builtin!(readonly, |_a| Err(crate::exc::raise(&crate::types::ATTRIBUTE_ERROR, "readonly attribute")));

/// Makes the struct sequence class `os.<name>` (`module` as `__module__` shows it).
pub fn make_class(module: &'static str, spec: &'static Spec) -> R<&'static TypeObj> {
    let mut attrs: Vec<(&str, Obj)> = Vec::new();
    for (i, f) in spec.visible[..spec.named].iter().enumerate() {
        // Fields are read-only, as CPython's members: setting or deleting one raises.
        let (get, ro) = (builtin_fn(f, GETTERS[i]), builtin_fn(f, readonly));
        attrs.push((f, crate::call::call(crate::class::PROPERTY_TYPE.as_value(), &Args::positional(&[get.v(), ro.v(), ro.v()]))?));
    }
    let n = |k: usize| int_from_i64(k as i64);
    attrs.push(("n_sequence_fields", n(spec.visible.len())));
    attrs.push(("n_fields", n(spec.visible.len() + spec.hidden.len())));
    attrs.push(("n_unnamed_fields", n(spec.visible.len() - spec.named)));
    attrs.push(("__match_args__", tuple_from(spec.visible[..spec.named].iter().map(|f| str_from(*f).into_raw()).collect())));
    attrs.push(("__new__", builtin_fn("__new__", seq_new)));
    attrs.push(("__repr__", crate::native_obj::method("__repr__", seq_repr)));
    attrs.push(("__reduce__", crate::native_obj::method("__reduce__", seq_reduce)));
    let cls = crate::native_obj::new_class(crate::native_obj::ClassSpec { name: spec.name, module, bases: &[&TUPLE_TYPE], new_state: None, attrs })?;
    let t: &'static TypeObj = unsafe { cls.v().as_ref::<TypeObj>() };
    std::mem::forget(cls);
    CLASSES.with(|c| c.borrow_mut().push((t, spec)));
    Ok(t)
}

/// A new instance of the struct sequence class `t`.
pub fn new_instance(t: &'static TypeObj, visible: Vec<Obj>, hidden: Vec<Obj>) -> R<Obj> {
    let items: Vec<Value> = visible.into_iter().map(Obj::into_raw).collect();
    let o = crate::gc::new_obj(TupleObj { head: Header::new(t), items: items.into_boxed_slice() });
    if let Some((_, spec)) = spec_of(t) {
        if !spec.hidden.is_empty() {
            let d = class::instance_dict(o.v(), true).unwrap();
            for (k, v) in spec.hidden.iter().zip(hidden) {
                crate::dicts::dict_set(d, str_from(*k).v(), v.v())?;
            }
        }
    }
    Ok(o)
}

// `cls(sequence, dict=None)`.
crate::builtin!(seq_new, |a| {
    let Some(&cls) = a.pos.first() else { return type_error("__new__() needs a class") };
    if cls.is_small() || cls.ty().kind != crate::types::Kind::Type {
        return type_error("__new__(X): X is not a type object");
    }
    let t: &'static TypeObj = unsafe { cls.as_ref::<TypeObj>() };
    let Some((_, spec)) = spec_of(t) else { return type_error("not a struct sequence class") };
    let r = Args { pos: &a.pos[1..], kwnames: a.kwnames, kwvals: a.kwvals };
    let got = crate::clinic::unpack_keywords(&r, "structseq", &["sequence", "dict"], 0, 1, 2)?;
    let seq = got[0].unwrap();
    if !crate::class::is_iterable(seq) {
        return type_error("constructor requires a sequence");
    }
    let items = crate::ops::collect(seq)?;
    let (min, max, len) = (spec.visible.len(), spec.visible.len() + spec.hidden.len(), items.len());
    let name = full_name(t);
    if len < min {
        return if min == max {
            type_error(format!("{}() takes a {}-sequence ({}-sequence given)", name, min, len))
        } else {
            type_error(format!("{}() takes an at least {}-sequence ({}-sequence given)", name, min, len))
        };
    }
    if len > max {
        return if min == max {
            type_error(format!("{}() takes a {}-sequence ({}-sequence given)", name, min, len))
        } else {
            type_error(format!("{}() takes an at most {}-sequence ({}-sequence given)", name, max, len))
        };
    }
    let dict = got[1].filter(|d| !is_none(*d));
    if let Some(d) = dict {
        if as_dict(d).is_none() {
            return type_error(format!("{}() takes a dict as second arg, if any", name));
        }
    }
    let mut items = items.into_iter();
    let visible: Vec<Obj> = items.by_ref().take(min).collect();
    let mut hidden: Vec<Obj> = items.collect();
    for f in &spec.hidden[hidden.len()..] {
        let v = match dict {
            Some(d) => crate::dicts::dict_get(d, str_from(*f).v())?,
            None => None,
        };
        hidden.push(v.unwrap_or_else(none));
    }
    if spec.name == "stat_result" {
        // `statresult_new`: float times left None take the int ones.
        for i in 0..3 {
            if is_none(hidden[i].v()) {
                hidden[i] = visible[7 + i].clone();
            }
        }
    }
    new_instance(t, visible, hidden)
});

// `repr(result)`: `os.stat_result(st_mode=..., ...)`.
crate::builtin!(seq_repr, |a| {
    let o = crate::clinic::one_arg(a, "__repr__")?;
    let (Some((_, spec)), Some(tup)) = (spec_of(o.ty()), as_tuple(o)) else {
        return type_error("descriptor '__repr__' requires a struct sequence");
    };
    let mut out = format!("{}(", full_name(o.ty()));
    for (i, (f, v)) in spec.visible.iter().zip(tup.items.iter()).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(f);
        out.push('=');
        out.push_str(&str_text(crate::ops::repr(*v)?.v()).to_string());
    }
    out.push(')');
    Ok(str_from(out))
});

// `result.__reduce__()`: `(cls, (visible tuple, {hidden fields}))`.
crate::builtin!(seq_reduce, |a| {
    let o = crate::clinic::one_arg(a, "__reduce__")?;
    let (Some((_, spec)), Some(tup)) = (spec_of(o.ty()), as_tuple(o)) else {
        return type_error("descriptor '__reduce__' requires a struct sequence");
    };
    let vis = tuple_from(tup.items.iter().map(|&v| v.to_owned().into_raw()).collect());
    let d = dict_new();
    for f in spec.hidden {
        let v = crate::ops::getattr(o, f)?;
        crate::dicts::dict_set(d.v(), str_from(*f).v(), v.v())?;
    }
    let args = tuple_from(vec![vis.into_raw(), d.into_raw()]);
    Ok(tuple_from(vec![o.ty().as_value().to_owned().into_raw(), args.into_raw()]))
});
