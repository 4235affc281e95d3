//! Weak reference proxies (`weakref.proxy`, CPython's `weakref.ProxyType` and
//! `weakref.CallableProxyType`): objects that forward attribute access, operators,
//! item access, iteration and (for callable referents) calls to the object they
//! weakly refer to, raising `ReferenceError: weakly-referenced object no longer
//! exists` once it is gone. Proxies are unhashable; operands that are proxies are
//! replaced by their referents, as CPython's `UNWRAP` does.
//!
//! A proxy is an instance of a native class (`native_obj`) whose state owns an
//! ordinary weak reference object (`weakref::WeakRefObj`) that points back at the
//! proxy: the weak reference table, `getweakrefcount`, `getweakrefs` and the
//! callbacks (called with the proxy) see the proxy through it.

use crate::call::Args;
use crate::exc::{raise, type_error};
use crate::native_obj::NativeState;
use crate::objects::*;
use crate::types::{Kind, TypeObj, REFERENCE_ERROR, TYPE_TYPE};
use crate::value::{Obj, Value, R};
use krait_abi::{BinOp, CmpOp, UnaryOp};
use std::cell::{Cell, UnsafeCell};

/// The state of a proxy: its weak reference (owned), or 0 after the collector
/// cleared it.
pub struct ProxyState {
    pub inner: Cell<Value>,
}

impl NativeState for ProxyState {
    fn traverse(&self, visit: &mut dyn FnMut(Value)) {
        if !self.inner.get().is_null() {
            visit(self.inner.get());
        }
    }
    fn clear(&self) {
        release(self.inner.replace(Value::NULL));
    }
}

impl Drop for ProxyState {
    fn drop(&mut self) {
        release(self.inner.replace(Value::NULL));
    }
}

/// Drops the proxy's weak reference, which must no longer point back at it.
fn release(inner: Value) {
    if let Some(w) = crate::weakref::as_weakref(inner) {
        w.proxy = Value::NULL;
        inner.decref();
    }
}

fn new_state() -> Box<dyn NativeState> {
    Box::new(ProxyState { inner: Cell::new(Value::NULL) })
}

struct Types(UnsafeCell<[Option<&'static TypeObj>; 2]>);
unsafe impl Sync for Types {}
static TYPES: Types = Types(UnsafeCell::new([None, None]));

/// `weakref.ProxyType` (`callable` false) or `weakref.CallableProxyType`.
pub fn proxy_type(callable: bool) -> R<&'static TypeObj> {
    let slots = unsafe { &mut *TYPES.0.get() };
    if let Some(t) = slots[callable as usize] {
        return Ok(t);
    }
    let t = make_type(callable)?;
    slots[callable as usize] = Some(t);
    Ok(t)
}

/// Is `v` a proxy?
pub fn is_proxy(v: Value) -> bool {
    crate::native_obj::state::<ProxyState>(v).is_some()
}

/// The referent of a proxy (borrowed), or ReferenceError.
fn referent(p: Value) -> R<Value> {
    let inner = crate::native_obj::state::<ProxyState>(p).map_or(Value::NULL, |s| s.inner.get());
    match crate::weakref::as_weakref(inner) {
        Some(w) if !w.obj.is_null() => Ok(w.obj),
        _ => Err(raise(&REFERENCE_ERROR, "weakly-referenced object no longer exists")),
    }
}

/// `UNWRAP`: a proxy's referent, anything else itself.
fn unwrap(v: Value) -> R<Value> {
    if is_proxy(v) {
        referent(v)
    } else {
        Ok(v)
    }
}

/// A new proxy to `o` sharing nothing; `cb` is the callback.
pub fn new(o: Value, cb: Option<Value>) -> R<Obj> {
    let callable = crate::call::is_callable(o);
    let t = proxy_type(callable)?;
    let p = crate::native_obj::new(t, new_state());
    let inner = crate::weakref::new_for_proxy(o, cb, p.v())?;
    crate::native_obj::state::<ProxyState>(p.v()).unwrap().inner.set(inner.into_raw());
    Ok(p)
}

/// The receiver and the arguments after it.
fn split<'a>(a: &'a Args<'a>, name: &str, n: usize) -> R<(Value, &'a [Value])> {
    let Some((&p, rest)) = a.pos.split_first() else {
        return type_error(format!("descriptor '{}' of 'weakref.ProxyType' object needs an argument", name));
    };
    if !is_proxy(p) {
        return type_error(format!("descriptor '{}' requires a 'weakref.ProxyType' object but received a '{}'", name, crate::ops::type_name(p)));
    }
    if rest.len() != n || !a.kwnames.is_empty() {
        return type_error(format!("expected {} argument{}, got {}", n, if n == 1 { "" } else { "s" }, rest.len()));
    }
    Ok((p, rest))
}

macro_rules! unary_fn {
    ($fname:ident, $name:expr, |$o:ident| $body:expr) => {
        crate::builtin!($fname, |a| {
            let (p, _) = split(a, $name, 0)?;
            let $o = referent(p)?;
            $body
        });
    };
}

macro_rules! binary_fn {
    ($fname:ident, $name:expr, |$x:ident, $y:ident| $body:expr) => {
        crate::builtin!($fname, |a| {
            let (p, rest) = split(a, $name, 1)?;
            let $x = referent(p)?;
            let $y = unwrap(rest[0])?;
            $body
        });
    };
}

fn call_builtin(name: &str, args: &[Value]) -> R<Obj> {
    let f = crate::builtins::lookup(name).expect("builtin");
    crate::call::call(f.v(), &Args::positional(args))
}

unary_fn!(p_str, "__str__", |o| crate::ops::str_of(o));
unary_fn!(p_bool, "__bool__", |o| Ok(bool_obj(crate::ops::truthy(o)?)));
unary_fn!(p_len, "__len__", |o| Ok(int_from_i64(crate::ops::len(o)? as i64)));
unary_fn!(p_iter, "__iter__", |o| crate::ops::iter(o));
unary_fn!(p_next, "__next__", |o| {
    let iterator = matches!(o.ty().kind, Kind::Iter | Kind::Generator) || crate::class::lookup_type(o.ty(), "__next__").is_some();
    if !iterator {
        return type_error(format!("Weakref proxy referenced a non-iterator '{}' object", crate::ops::type_name(o)));
    }
    match crate::ops::next(o)? {
        Some(v) => Ok(v),
        None => Err(crate::exc::set_current(crate::exc::new_exc(&crate::types::STOP_ITERATION, tuple_from(vec![])))),
    }
});
unary_fn!(p_neg, "__neg__", |o| crate::ops::unary(UnaryOp::Neg, o));
unary_fn!(p_pos, "__pos__", |o| crate::ops::unary(UnaryOp::Pos, o));
unary_fn!(p_invert, "__invert__", |o| crate::ops::unary(UnaryOp::Invert, o));
unary_fn!(p_abs, "__abs__", |o| call_builtin("abs", &[o]));
unary_fn!(p_int, "__int__", |o| call_builtin("int", &[o]));
unary_fn!(p_float, "__float__", |o| call_builtin("float", &[o]));
unary_fn!(p_index, "__index__", |o| match crate::class::index_value(o)? {
    Some(i) => Ok(i),
    None if crate::seq::is_int(o) => Ok(o.to_owned()),
    None => type_error(format!("'{}' object cannot be interpreted as an integer", crate::ops::type_name(o))),
});
unary_fn!(p_bytes, "__bytes__", |o| crate::ops::call_method(o, "__bytes__", &Args::positional(&[])));
unary_fn!(p_reversed, "__reversed__", |o| crate::ops::call_method(o, "__reversed__", &Args::positional(&[])));

binary_fn!(p_getattr, "__getattribute__", |o, n| {
    let Some(s) = as_str(n) else {
        return type_error(format!("attribute name must be string, not '{}'", crate::ops::type_name(n)));
    };
    crate::ops::getattr(o, &s.s)
});
binary_fn!(p_delattr, "__delattr__", |o, n| {
    let Some(s) = as_str(n) else {
        return type_error(format!("attribute name must be string, not '{}'", crate::ops::type_name(n)));
    };
    crate::ops::delattr(o, &s.s)?;
    Ok(none())
});
crate::builtin!(p_setattr, |a| {
    let (p, rest) = split(a, "__setattr__", 2)?;
    let o = referent(p)?;
    let Some(s) = as_str(rest[0]) else {
        return type_error(format!("attribute name must be string, not '{}'", crate::ops::type_name(rest[0])));
    };
    crate::ops::setattr(o, &s.s, unwrap(rest[1])?)?;
    Ok(none())
});
binary_fn!(p_getitem, "__getitem__", |o, k| crate::ops::getitem(o, k));
binary_fn!(p_delitem, "__delitem__", |o, k| {
    crate::ops::delitem(o, k)?;
    Ok(none())
});
crate::builtin!(p_setitem, |a| {
    let (p, rest) = split(a, "__setitem__", 2)?;
    let o = referent(p)?;
    crate::ops::setitem(o, unwrap(rest[0])?, unwrap(rest[1])?)?;
    Ok(none())
});
binary_fn!(p_contains, "__contains__", |o, x| Ok(bool_obj(crate::ops::contains(o, x)?)));
binary_fn!(p_divmod, "__divmod__", |x, y| call_builtin("divmod", &[x, y]));
binary_fn!(p_rdivmod, "__rdivmod__", |x, y| call_builtin("divmod", &[y, x]));

crate::builtin!(p_call, |a| {
    let Some((&p, rest)) = a.pos.split_first() else {
        return type_error("descriptor '__call__' of 'weakref.CallableProxyType' object needs an argument");
    };
    let o = referent(p)?;
    crate::call::call(o, &Args { pos: rest, kwnames: a.kwnames, kwvals: a.kwvals })
});

crate::builtin!(p_repr, |a| {
    let (p, _) = split(a, "__repr__", 0)?;
    let o = referent(p).unwrap_or_else(|_| {
        crate::exc::clear_current();
        none_v()
    });
    Ok(str_from(format!("<weakproxy at {:#x} to {} at {:#x}>", p.0, o.ty().name, o.0)))
});

/// The operator methods: `__add__` and friends compute `referent op other`, the
/// reflected ones `other op referent`, the in-place ones the in-place operator.
macro_rules! ops_table {
    ($($op:ident: $fwd:ident $rev:ident $inp:ident),* $(,)?) => {
        $(
            binary_fn!($fwd, stringify!($fwd), |x, y| crate::ops::binary(BinOp::$op, x, y));
            binary_fn!($rev, stringify!($rev), |x, y| crate::ops::binary(BinOp::$op, y, x));
            binary_fn!($inp, stringify!($inp), |x, y| crate::ops::inplace(BinOp::$op, x, y));
        )*
        fn operator_methods() -> Vec<(String, crate::types::BuiltinFn)> {
            let mut v: Vec<(String, crate::types::BuiltinFn)> = Vec::new();
            $(
                let base = stringify!($fwd).trim_start_matches("p_");
                v.push((format!("__{}__", base), $fwd));
                v.push((format!("__r{}__", base), $rev));
                v.push((format!("__i{}__", base), $inp));
            )*
            v
        }
    };
}

ops_table!(
    Add: p_add p_radd p_iadd,
    Sub: p_sub p_rsub p_isub,
    Mul: p_mul p_rmul p_imul,
    TrueDiv: p_truediv p_rtruediv p_itruediv,
    FloorDiv: p_floordiv p_rfloordiv p_ifloordiv,
    Mod: p_mod p_rmod p_imod,
    Pow: p_pow p_rpow p_ipow,
    LShift: p_lshift p_rlshift p_ilshift,
    RShift: p_rshift p_rrshift p_irshift,
    And: p_and p_rand p_iand,
    Or: p_or p_ror p_ior,
    Xor: p_xor p_rxor p_ixor,
    MatMul: p_matmul p_rmatmul p_imatmul,
);

macro_rules! cmp_fns {
    ($($f:ident $op:ident),*) => {
        $( binary_fn!($f, stringify!($f), |x, y| crate::ops::compare(CmpOp::$op, x, y)); )*
    };
}
cmp_fns!(p_eq Eq, p_ne Ne, p_lt Lt, p_le Le, p_gt Gt, p_ge Ge);

/// Makes `weakref.ProxyType` or `weakref.CallableProxyType`.
fn make_type(callable: bool) -> R<&'static TypeObj> {
    let name = if callable { "CallableProxyType" } else { "ProxyType" };
    let m = crate::native_obj::method;
    let mut methods: Vec<(String, crate::types::BuiltinFn)> = vec![
        ("__getattribute__".into(), p_getattr),
        ("__setattr__".into(), p_setattr),
        ("__delattr__".into(), p_delattr),
        ("__repr__".into(), p_repr),
        ("__str__".into(), p_str),
        ("__bool__".into(), p_bool),
        ("__len__".into(), p_len),
        ("__iter__".into(), p_iter),
        ("__next__".into(), p_next),
        ("__getitem__".into(), p_getitem),
        ("__setitem__".into(), p_setitem),
        ("__delitem__".into(), p_delitem),
        ("__contains__".into(), p_contains),
        ("__neg__".into(), p_neg),
        ("__pos__".into(), p_pos),
        ("__invert__".into(), p_invert),
        ("__abs__".into(), p_abs),
        ("__int__".into(), p_int),
        ("__float__".into(), p_float),
        ("__index__".into(), p_index),
        ("__bytes__".into(), p_bytes),
        ("__reversed__".into(), p_reversed),
        ("__divmod__".into(), p_divmod),
        ("__rdivmod__".into(), p_rdivmod),
        ("__eq__".into(), p_eq),
        ("__ne__".into(), p_ne),
        ("__lt__".into(), p_lt),
        ("__le__".into(), p_le),
        ("__gt__".into(), p_gt),
        ("__ge__".into(), p_ge),
    ];
    methods.extend(operator_methods());
    if callable {
        methods.push(("__call__".into(), p_call));
    }
    let ns = dict_new();
    let set = |k: &str, v: Value| crate::dicts::dict_set(ns.v(), str_from(k).v(), v);
    set("__module__", str_from("weakref").v())?;
    set("__qualname__", str_from(name).v())?;
    set("__hash__", none_v())?;
    for (n, f) in methods {
        let leaked: &'static str = Box::leak(n.into_boxed_str());
        set(leaked, m(leaked, f).v())?;
    }
    let bases = tuple_from(vec![]);
    let full = str_from(format!("weakref.{}", name));
    let cls = crate::class::new_class_native(&TYPE_TYPE, full.v(), bases.v(), ns.v(), &Args::positional(&[]), Some(new_state))?;
    let t: &'static TypeObj = unsafe { cls.v().as_ref::<TypeObj>() };
    // Classes are never freed; the table keeps this reference.
    std::mem::forget(cls);
    debug_assert!(t.kind == Kind::Native);
    Ok(t)
}
