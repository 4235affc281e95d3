//! `mappingproxy` (`types.MappingProxyType`): a read-only view of a mapping. A class's
//! `__dict__` is one, so code can read a class's namespace but not change it behind
//! the class's back.
//!
//! It is a native class (`native_obj`) whose state is the mapping; reads go to the
//! mapping through the ordinary protocols, and there is no `__setitem__`, so an
//! assignment raises CPython's "'mappingproxy' object does not support item
//! assignment".

use crate::call::Args;
use crate::exc::{raise, type_error};
use crate::native_iter::Slot;
use crate::native_obj::{self, ClassSpec, NativeState};
use crate::objects::*;
use crate::types::{Kind, TYPE_ERROR};
use crate::value::{Obj, Value, R};
use std::cell::RefCell;

struct Proxy {
    mapping: Slot,
}

impl NativeState for Proxy {
    fn traverse(&self, visit: &mut dyn FnMut(Value)) {
        if !self.mapping.is_empty() {
            visit(self.mapping.get());
        }
    }
    fn clear(&self) {
        self.mapping.set(None);
    }
}

/// The mapping behind a proxy, and the rest of the arguments.
fn this<'a>(a: &'a Args, m: &str) -> R<(Obj, Args<'a>)> {
    let Some((&o, rest)) = a.pos.split_first() else {
        return type_error(format!("unbound method mappingproxy.{}() needs an argument", m));
    };
    match native_obj::state::<Proxy>(o).and_then(|p| p.mapping.owned()) {
        Some(mp) => Ok((mp, Args { pos: rest, kwnames: a.kwnames, kwvals: a.kwvals })),
        None => type_error(format!("descriptor '{}' for 'mappingproxy' objects doesn't apply to a '{}' object", m, o.ty().name)),
    }
}

fn one<'a>(a: &Args<'a>, m: &str) -> R<Value> {
    if a.pos.len() != 1 || !a.kwnames.is_empty() {
        return type_error(format!("{}() takes exactly one argument ({} given)", m, a.pos.len()));
    }
    Ok(a.pos[0])
}

crate::builtin!(mp_init, |a| {
    let Some((&o, rest)) = a.pos.split_first() else { return type_error("mappingproxy() needs an argument") };
    if !a.kwnames.is_empty() {
        return type_error("mappingproxy() takes no keyword arguments");
    }
    if rest.len() != 1 {
        return type_error(format!("mappingproxy() takes exactly one argument ({} given)", rest.len()));
    }
    let m = rest[0];
    let k = m.ty().kind;
    let is_mapping = !matches!(k, Kind::List | Kind::Tuple) && (k == Kind::Dict || crate::class::lookup_type(m.ty(), "__getitem__").is_some() || crate::native_obj::state::<Proxy>(m).is_some());
    if !is_mapping {
        return type_error(format!("mappingproxy() argument must be a mapping, not {}", crate::ops::type_name(m)));
    }
    let Some(p) = native_obj::state::<Proxy>(o) else { return type_error("mappingproxy.__init__ needs a mappingproxy") };
    p.mapping.set(Some(m.to_owned()));
    Ok(none())
});

crate::builtin!(mp_getitem, |a| {
    let (m, r) = this(a, "__getitem__")?;
    crate::ops::getitem(m.v(), one(&r, "__getitem__")?)
});
crate::builtin!(mp_contains, |a| {
    let (m, r) = this(a, "__contains__")?;
    Ok(bool_obj(crate::ops::contains(m.v(), one(&r, "__contains__")?)?))
});
crate::builtin!(mp_len, |a| {
    let (m, _) = this(a, "__len__")?;
    Ok(int_from_i64(crate::ops::len(m.v())? as i64))
});
crate::builtin!(mp_iter, |a| {
    let (m, _) = this(a, "__iter__")?;
    crate::ops::iter(m.v())
});
crate::builtin!(mp_reversed, |a| {
    let (m, _) = this(a, "__reversed__")?;
    crate::ops::call_method(m.v(), "__reversed__", &Args::positional(&[]))
});

/// A method forwarded to the mapping with the same arguments.
macro_rules! forward {
    ($fn:ident, $name:expr) => {
        crate::builtin!($fn, |a| {
            let (m, r) = this(a, $name)?;
            crate::ops::call_method(m.v(), $name, &r)
        });
    };
}
forward!(mp_keys, "keys");
forward!(mp_values, "values");
forward!(mp_items, "items");
forward!(mp_get, "get");
forward!(mp_copy, "copy");

crate::builtin!(mp_repr, |a| {
    let (m, _) = this(a, "__repr__")?;
    let r = crate::ops::repr(m.v())?;
    Ok(str_from(format!("mappingproxy({})", str_text(r.v()))))
});
crate::builtin!(mp_str, |a| {
    let (m, _) = this(a, "__str__")?;
    crate::ops::str_of(m.v())
});

/// A rich comparison forwarded to the mapping.
macro_rules! compare {
    ($fn:ident, $name:expr, $op:ident) => {
        crate::builtin!($fn, |a| {
            let (m, r) = this(a, $name)?;
            crate::ops::compare(krait_abi::CmpOp::$op, m.v(), one(&r, $name)?)
        });
    };
}
compare!(mp_eq, "__eq__", Eq);
compare!(mp_ne, "__ne__", Ne);
compare!(mp_lt, "__lt__", Lt);
compare!(mp_le, "__le__", Le);
compare!(mp_gt, "__gt__", Gt);
compare!(mp_ge, "__ge__", Ge);

crate::builtin!(mp_or, |a| {
    let (m, r) = this(a, "__or__")?;
    crate::ops::binary(krait_abi::BinOp::Or, m.v(), one(&r, "__or__")?)
});
crate::builtin!(mp_ror, |a| {
    let (m, r) = this(a, "__ror__")?;
    crate::ops::binary(krait_abi::BinOp::Or, one(&r, "__ror__")?, m.v())
});
crate::builtin!(mp_ior, |_a| Err(raise(&TYPE_ERROR, "'|=' is not supported by mappingproxy; use '|' instead")));

thread_local! {
    static CLASS: RefCell<Option<Obj>> = const { RefCell::new(None) };
}

/// The type `mappingproxy`.
pub fn class() -> R<Value> {
    if let Some(c) = CLASS.with(|c| c.borrow().as_ref().map(|o| o.v())) {
        return Ok(c);
    }
    let attrs = native_obj::with_methods(vec![
        ("__init__", mp_init),
        ("__getitem__", mp_getitem),
        ("__contains__", mp_contains),
        ("__len__", mp_len),
        ("__iter__", mp_iter),
        ("__reversed__", mp_reversed),
        ("keys", mp_keys),
        ("values", mp_values),
        ("items", mp_items),
        ("get", mp_get),
        ("copy", mp_copy),
        ("__repr__", mp_repr),
        ("__str__", mp_str),
        ("__eq__", mp_eq),
        ("__ne__", mp_ne),
        ("__lt__", mp_lt),
        ("__le__", mp_le),
        ("__gt__", mp_gt),
        ("__ge__", mp_ge),
        ("__or__", mp_or),
        ("__ror__", mp_ror),
        ("__ior__", mp_ior),
    ]);
    let cls = native_obj::new_class(ClassSpec { name: "mappingproxy", module: "builtins", bases: &[], new_state: Some(|| Box::new(Proxy { mapping: Slot::empty() })), attrs })?;
    let v = cls.v();
    CLASS.with(|c| *c.borrow_mut() = Some(cls));
    Ok(v)
}

/// A read-only view of `mapping`.
pub fn new(mapping: Value) -> R<Obj> {
    let t = crate::builtins::as_type(class()?).unwrap();
    Ok(native_obj::new(t, Box::new(Proxy { mapping: Slot::new(Some(mapping.to_owned())) })))
}

/// The mapping behind a proxy (for `vars()` and the like), if `v` is one.
pub fn mapping_of(v: Value) -> Option<Obj> {
    native_obj::state::<Proxy>(v).and_then(|p| p.mapping.owned())
}
