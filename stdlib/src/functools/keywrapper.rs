//! `functools.cmp_to_key(mycmp)`: a `functools.KeyWrapper` that, called with an
//! object, makes another whose comparisons call `mycmp(a, b)` and compare its result
//! with 0.

use crate::support::*;
use krait_abi::CmpOp;
use krait_runtime::call::{call, Args};
use krait_runtime::native_iter::Slot;
use krait_runtime::native_obj::{self, state, NativeState};
use krait_runtime::objects::*;
use krait_runtime::types::{BuiltinFn, TypeObj};
use krait_runtime::value::{Obj, Value, R};

/// The comparison function and, once called, the wrapped object.
pub struct Key {
    cmp: Slot,
    obj: Slot,
}

impl NativeState for Key {
    fn traverse(&self, visit: &mut dyn FnMut(Value)) {
        self.cmp.visit(visit);
        self.obj.visit(visit);
    }
    fn clear(&self) {
        self.cmp.set(None);
        self.obj.set(None);
    }
}

fn new_state() -> Box<dyn NativeState> {
    Box::new(Key { cmp: Slot::empty(), obj: Slot::empty() })
}

method!(key_call, Key, "KeyWrapper", "functools.KeyWrapper", "__call__", |k, o, a| {
    let b = a.bind("K", &["obj"], 1)?;
    let st = Key { cmp: Slot::new(k.cmp.owned()), obj: Slot::new(b[0].map(|v| v.to_owned())) };
    Ok(native_obj::new(o.ty(), Box::new(st)))
});

fn compare(op: CmpOp, k: &Key, a: &Args, name: &str) -> R<Obj> {
    let other = one_arg(a, name)?;
    let Some(ok) = state::<Key>(other) else {
        return type_err("other argument must be K instance");
    };
    let (Some(x), Some(y), Some(f)) = (k.obj.owned(), ok.obj.owned(), k.cmp.owned()) else {
        return type_err("object is not a K instance");
    };
    let r = call(f.v(), &Args::positional(&[x.v(), y.v()]))?;
    krait_runtime::ops::compare(op, r.v(), Value::small(0))
}

macro_rules! cmp_method {
    ($fn:ident, $name:expr, $op:expr) => {
        method!($fn, Key, "KeyWrapper", "functools.KeyWrapper", $name, |k, _o, a| compare($op, k, a, $name));
    };
}
cmp_method!(key_lt, "__lt__", CmpOp::Lt);
cmp_method!(key_le, "__le__", CmpOp::Le);
cmp_method!(key_gt, "__gt__", CmpOp::Gt);
cmp_method!(key_ge, "__ge__", CmpOp::Ge);
cmp_method!(key_eq, "__eq__", CmpOp::Eq);
cmp_method!(key_ne, "__ne__", CmpOp::Ne);

krait_runtime::builtin!(get_obj, |a| {
    match a.pos.first().and_then(|&o| state::<Key>(o)) {
        Some(k) => match k.obj.owned() {
            Some(v) => Ok(v),
            None => Err(krait_runtime::exc::raise(&krait_runtime::types::ATTRIBUTE_ERROR, "obj")),
        },
        None => type_err("descriptor 'obj' for 'functools.KeyWrapper' objects doesn't apply to this object"),
    }
});
krait_runtime::builtin!(set_obj, |a| {
    match a.pos.first().and_then(|&o| state::<Key>(o)) {
        Some(k) => {
            k.obj.set(a.pos.get(1).map(|&v| v.to_owned()));
            Ok(none())
        }
        None => type_err("descriptor 'obj' for 'functools.KeyWrapper' objects doesn't apply to this object"),
    }
});

/// Makes the `KeyWrapper` class.
pub fn make_class() -> R<Obj> {
    let ms: Vec<(&'static str, BuiltinFn)> =
        vec![("__call__", key_call), ("__lt__", key_lt), ("__le__", key_le), ("__gt__", key_gt), ("__ge__", key_ge), ("__eq__", key_eq), ("__ne__", key_ne)];
    let mut attrs = with_methods(ms);
    attrs.push(("obj", property(builtin_fn("obj", get_obj), Some(builtin_fn("obj", set_obj)))?));
    attrs.push(("__hash__", none()));
    attrs.push(("__slots__", tuple_from(vec![])));
    new_class(ClassSpec { name: "KeyWrapper", module: "functools", bases: &[], new_state: Some(new_state), attrs })
}

/// `cmp_to_key(mycmp)`: a builtin closing over the class (kept in a bound method).
pub fn cmp_to_key_fn(cls: Obj) -> Obj {
    krait_runtime::class::bound(native_obj::method("cmp_to_key", cmp_to_key).v(), cls.v())
}

krait_runtime::builtin!(cmp_to_key, |a| {
    let (&cls, rest) = a.pos.split_first().unwrap();
    let rest = Args { pos: rest, kwnames: a.kwnames, kwvals: a.kwvals };
    let b = rest.bind("cmp_to_key", &["mycmp"], 1)?;
    let t: &'static TypeObj = unsafe { cls.as_ref::<TypeObj>() };
    let st = Key { cmp: Slot::new(b[0].map(|v| v.to_owned())), obj: Slot::empty() };
    Ok(native_obj::new(t, Box::new(st)))
});
