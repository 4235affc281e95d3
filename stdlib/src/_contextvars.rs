//! The `_contextvars` module (CPython 3.11's `Python/context.c`), which
//! `contextvars` re-exports and asyncio runs every callback and task step in:
//! `ContextVar` (`get`, `set`, `reset`), `Token`, `Context` (a read-only mapping of
//! variables to values with `run` and `copy`) and `copy_context()`.
//!
//! A context's variables are a dict that is never changed once made: `set` makes
//! the current context a new dict, so `copy_context()` shares its dict with the
//! copy and costs one reference, as CPython's immutable HAMT does. The current
//! context is one global (the runtime runs Python on one thread); it is made empty
//! on first use.

use crate::clinic::{self, no_args, rest, self_state};
use crate::support::Attrs;
use krait_runtime::builtin;
use krait_runtime::call::Args;
use krait_runtime::exc::{raise, raise_with, type_error};
use krait_runtime::native_iter::Slot;
use krait_runtime::native_obj::{self, NativeState};
use krait_runtime::objects::*;
use krait_runtime::types::{TypeObj, KEY_ERROR, LOOKUP_ERROR, RUNTIME_ERROR, VALUE_ERROR};
use krait_runtime::value::{abi, Obj, Value, R};
use std::cell::Cell;

/// A `ContextVar`: its name and default (empty for none).
struct Var {
    name: Slot,
    default: Slot,
}

/// A `Context`: its variables (a dict no one changes), and while it runs, the
/// context it replaced.
struct Ctx {
    vars: Slot,
    prev: Slot,
    entered: Cell<bool>,
}

/// A `Token`: the context and variable of a `set`, and the value it replaced (empty
/// for none: `Token.MISSING`).
struct Tok {
    ctx: Slot,
    var: Slot,
    old: Slot,
    used: Cell<bool>,
}

impl NativeState for Var {
    fn traverse(&self, visit: &mut dyn FnMut(Value)) {
        self.name.visit(visit);
        self.default.visit(visit);
    }
    fn clear(&self) {
        self.name.set(None);
        self.default.set(None);
    }
}

impl NativeState for Ctx {
    fn traverse(&self, visit: &mut dyn FnMut(Value)) {
        self.vars.visit(visit);
        self.prev.visit(visit);
    }
    fn clear(&self) {
        self.vars.set(None);
        self.prev.set(None);
    }
}

impl NativeState for Tok {
    fn traverse(&self, visit: &mut dyn FnMut(Value)) {
        self.ctx.visit(visit);
        self.var.visit(visit);
        self.old.visit(visit);
    }
    fn clear(&self) {
        self.ctx.set(None);
        self.var.set(None);
        self.old.set(None);
    }
}

/// The state of `Token.MISSING`.
struct Missing;
impl NativeState for Missing {}

fn new_var() -> Box<dyn NativeState> {
    Box::new(Var { name: Slot::empty(), default: Slot::empty() })
}
fn new_ctx_state() -> Box<dyn NativeState> {
    Box::new(Ctx { vars: Slot::new(Some(dict_new())), prev: Slot::empty(), entered: Cell::new(false) })
}
fn new_tok() -> Box<dyn NativeState> {
    Box::new(Tok { ctx: Slot::empty(), var: Slot::empty(), old: Slot::empty(), used: Cell::new(false) })
}
fn new_missing() -> Box<dyn NativeState> {
    Box::new(Missing)
}

thread_local! {
    /// The classes and `Token.MISSING`, made with the module.
    static CONTEXT_TYPE: Cell<Option<&'static TypeObj>> = const { Cell::new(None) };
    static TOKEN_TYPE: Cell<Option<&'static TypeObj>> = const { Cell::new(None) };
    static MISSING: Cell<Value> = const { Cell::new(Value::NULL) };
    /// The current context (an owned reference), NULL until first used.
    static CURRENT: Cell<Value> = const { Cell::new(Value::NULL) };
}

/// A new empty context, or one sharing `vars`.
fn new_context(vars: Option<Obj>) -> Obj {
    let t = CONTEXT_TYPE.with(|t| t.get()).expect("_contextvars is initialised");
    let o = native_obj::new(t, new_ctx_state());
    if let Some(v) = vars {
        native_obj::state::<Ctx>(o.v()).unwrap().vars.set(Some(v));
    }
    o
}

/// The current context (borrowed), made empty on first use.
fn current() -> Value {
    let c = CURRENT.with(|c| c.get());
    if !c.is_null() {
        return c;
    }
    let c = new_context(None).into_raw();
    CURRENT.with(|s| s.set(c));
    c
}

/// Replaces the current context (taking `v`), returning the old one.
fn swap_current(v: Value) -> Value {
    CURRENT.with(|s| s.replace(v))
}

fn ctx_of<'a>(v: Value) -> &'a Ctx {
    native_obj::state::<Ctx>(v).expect("a context")
}

/// A copy of a variables dict with `var` set to `value` (or removed).
fn with_var(vars: Value, var: Value, value: Option<Value>) -> R<Obj> {
    let d = dict_new();
    for (&k, &v) in as_dict(vars).unwrap().table.iter() {
        if k != var {
            krait_runtime::dicts::dict_set(d.v(), k, v)?;
        }
    }
    if let Some(v) = value {
        krait_runtime::dicts::dict_set(d.v(), var, v)?;
    }
    Ok(d)
}

fn lookup(ctx: Value, var: Value) -> R<Option<Obj>> {
    let vars = ctx_of(ctx).vars.owned().unwrap_or_else(dict_new);
    krait_runtime::dicts::dict_get(vars.v(), var)
}

fn addr(v: Value) -> String {
    format!("{:#x}", v.0)
}

// `ContextVar`.

fn var_this<'a>(a: &Args, method: &str) -> R<&'a Var> {
    self_state::<Var>(a, "_contextvars.ContextVar", method)
}

// `ContextVar(name, *, default=<none>)`.
builtin!(var_init, |a| {
    let st = var_this(a, "__init__")?;
    let r = rest(a);
    let (np, nk) = (r.pos.len(), r.kwnames.len());
    if np + nk > 2 {
        return type_error(format!("ContextVar() takes at most 2 arguments ({} given)", np + nk));
    }
    if np > 1 {
        return type_error(format!("ContextVar() takes at most 1 positional argument ({} given)", np));
    }
    // The name is positional-only, the default keyword-only.
    let Some(&name) = r.pos.first() else {
        return type_error("ContextVar() takes exactly 1 positional argument (0 given)");
    };
    let mut default = None;
    for (k, v) in r.kwnames.iter().zip(r.kwvals) {
        match str_text(*k) {
            "default" => default = Some(*v),
            other => return type_error(format!("'{}' is an invalid keyword argument for ContextVar()", other)),
        }
    }
    if name.is_small() || name.ty().kind != krait_runtime::types::Kind::Str {
        return type_error("context variable name must be a str");
    }
    st.name.set(Some(name.to_owned()));
    st.default.set(default.map(|d| d.to_owned()));
    Ok(none())
});

builtin!(var_name, |a| Ok(var_this(a, "name")?.name.owned().unwrap_or_else(none)));

builtin!(var_get, |a| {
    let st = var_this(a, "get")?;
    let r = rest(a);
    clinic::no_keywords(&r, "ContextVar.get")?;
    clinic::check_positional(&r, "get", 0, 1)?;
    let var = a.pos[0];
    let c = CURRENT.with(|c| c.get());
    if !c.is_null() {
        if let Some(v) = lookup(c, var)? {
            return Ok(v);
        }
    }
    if let Some(&d) = r.pos.first() {
        return Ok(d.to_owned());
    }
    match st.default.owned() {
        Some(d) => Ok(d),
        None => Err(raise_with(&LOOKUP_ERROR, var.to_owned())),
    }
});

builtin!(var_set, |a| {
    var_this(a, "set")?;
    let value = clinic::one_arg(&rest(a), "ContextVar.set")?;
    let var = a.pos[0];
    let ctx = current().to_owned();
    let cs = ctx_of(ctx.v());
    let vars = cs.vars.owned().unwrap_or_else(dict_new);
    let old = krait_runtime::dicts::dict_get(vars.v(), var)?;
    let t = TOKEN_TYPE.with(|t| t.get()).expect("_contextvars is initialised");
    let tok = native_obj::new(t, Box::new(Tok { ctx: Slot::new(Some(ctx.clone())), var: Slot::new(Some(var.to_owned())), old: Slot::new(old), used: Cell::new(false) }));
    cs.vars.set(Some(with_var(vars.v(), var, Some(value))?));
    Ok(tok)
});

builtin!(var_reset, |a| {
    var_this(a, "reset")?;
    let tv = clinic::one_arg(&rest(a), "ContextVar.reset")?;
    let var = a.pos[0];
    let Some(tok) = native_obj::state::<Tok>(tv) else {
        let r = krait_runtime::ops::repr(tv)?;
        return type_error(format!("expected an instance of Token, got {}", str_text(r.v())));
    };
    if tok.used.get() {
        let r = krait_runtime::ops::repr(tv)?;
        return Err(raise(&RUNTIME_ERROR, format!("{} has already been used once", str_text(r.v()))));
    }
    if tok.var.get() != var {
        let r = krait_runtime::ops::repr(tv)?;
        return Err(raise(&VALUE_ERROR, format!("{} was created by a different ContextVar", str_text(r.v()))));
    }
    let ctx = current().to_owned();
    if tok.ctx.get() != ctx.v() {
        let r = krait_runtime::ops::repr(tv)?;
        return Err(raise(&VALUE_ERROR, format!("{} was created in a different Context", str_text(r.v()))));
    }
    tok.used.set(true);
    let cs = ctx_of(ctx.v());
    let vars = cs.vars.owned().unwrap_or_else(dict_new);
    let old = tok.old.owned();
    cs.vars.set(Some(with_var(vars.v(), var, old.as_ref().map(|o| o.v()))?));
    Ok(none())
});

builtin!(var_repr, |a| {
    let st = var_this(a, "__repr__")?;
    let name = st.name.owned().unwrap_or_else(none);
    let mut s = format!("<ContextVar name={}", str_text(krait_runtime::ops::repr(name.v())?.v()));
    if let Some(d) = st.default.owned() {
        s.push_str(&format!(" default={}", str_text(krait_runtime::ops::repr(d.v())?.v())));
    }
    s.push_str(&format!(" at {}>", addr(a.pos[0])));
    Ok(str_from(s))
});

builtin!(class_getitem, |a| {
    let r = rest(a);
    let arg = clinic::one_arg(&r, "__class_getitem__")?;
    let cls = a.pos[0];
    if krait_runtime::builtins::as_type(cls).is_none() {
        return type_error("__class_getitem__ needs a class");
    }
    Ok(krait_runtime::generic::new_alias(&krait_runtime::generic::GENERIC_ALIAS_TYPE, cls, arg))
});

// `Token`.

fn tok_this<'a>(a: &Args, method: &str) -> R<&'a Tok> {
    self_state::<Tok>(a, "_contextvars.Token", method)
}

builtin!(tok_init, |_a| Err(raise(&RUNTIME_ERROR, "Tokens can only be created by ContextVars")));

builtin!(tok_var, |a| Ok(tok_this(a, "var")?.var.owned().unwrap_or_else(none)));

builtin!(tok_old_value, |a| {
    let st = tok_this(a, "old_value")?;
    Ok(st.old.owned().unwrap_or_else(|| MISSING.with(|m| m.get()).to_owned()))
});

builtin!(tok_repr, |a| {
    let st = tok_this(a, "__repr__")?;
    let var = st.var.owned().unwrap_or_else(none);
    let used = if st.used.get() { " used" } else { "" };
    Ok(str_from(format!("<Token{} var={} at {}>", used, str_text(krait_runtime::ops::repr(var.v())?.v()), addr(a.pos[0]))))
});

builtin!(missing_repr, |_a| Ok(str_from("<Token.MISSING>")));

// `Context`.

fn ctx_this<'a>(a: &Args, method: &str) -> R<&'a Ctx> {
    self_state::<Ctx>(a, "_contextvars.Context", method)
}

/// A key of a context: a ContextVar, or CPython's TypeError.
fn var_key(v: Value) -> R<Value> {
    if native_obj::state::<Var>(v).is_none() {
        let r = krait_runtime::ops::repr(v)?;
        return type_error(format!("a ContextVar key was expected, got {}", str_text(r.v())));
    }
    Ok(v)
}

builtin!(ctx_init, |a| {
    ctx_this(a, "__init__")?;
    let r = rest(a);
    if !r.pos.is_empty() || !r.kwnames.is_empty() {
        return type_error("Context() does not accept any arguments");
    }
    Ok(none())
});

builtin!(ctx_run, |a| {
    let st = ctx_this(a, "run")?;
    let r = rest(a);
    let Some((&f, args)) = r.pos.split_first() else {
        return type_error("run() missing 1 required positional argument");
    };
    let me = a.pos[0];
    if st.entered.get() {
        let s = krait_runtime::ops::repr(me)?;
        return Err(raise(&RUNTIME_ERROR, format!("cannot enter context: {} is already entered", str_text(s.v()))));
    }
    // Entering: the context becomes current and remembers the one it replaces.
    st.entered.set(true);
    let prev = swap_current(me.to_owned().into_raw());
    st.prev.set(if prev.is_null() { None } else { Some(unsafe { prev.owned() }) });
    let result = krait_runtime::call::call(f, &Args { pos: args, kwnames: r.kwnames, kwvals: r.kwvals });
    st.entered.set(false);
    let back = st.prev.take().map_or(Value::NULL, Obj::into_raw);
    swap_current(back).decref();
    result
});

builtin!(ctx_copy, |a| {
    let st = ctx_this(a, "copy")?;
    no_args(&rest(a), "Context.copy")?;
    Ok(new_context(st.vars.owned()))
});

/// The one argument of a slot wrapper (`__getitem__`, `__contains__`).
fn slot_arg(a: &Args) -> R<Value> {
    let r = rest(a);
    clinic::no_keywords(&r, "wrapper")?;
    if r.pos.len() != 1 {
        return type_error(format!("expected 1 argument, got {}", r.pos.len()));
    }
    Ok(r.pos[0])
}

builtin!(ctx_getitem, |a| {
    ctx_this(a, "__getitem__")?;
    let k = var_key(slot_arg(a)?)?;
    match lookup(a.pos[0], k)? {
        Some(v) => Ok(v),
        None => Err(raise_with(&KEY_ERROR, k.to_owned())),
    }
});

builtin!(ctx_get, |a| {
    ctx_this(a, "get")?;
    let r = rest(a);
    clinic::no_keywords(&r, "Context.get")?;
    clinic::check_positional(&r, "get", 1, 2)?;
    let k = var_key(r.pos[0])?;
    match lookup(a.pos[0], k)? {
        Some(v) => Ok(v),
        None => Ok(r.pos.get(1).map_or_else(none, |&d| d.to_owned())),
    }
});

builtin!(ctx_contains, |a| {
    ctx_this(a, "__contains__")?;
    let k = var_key(slot_arg(a)?)?;
    Ok(bool_obj(lookup(a.pos[0], k)?.is_some()))
});

/// The variables dict of a context method's `self`.
fn vars_of(a: &Args, method: &str) -> R<Obj> {
    let st = ctx_this(a, method)?;
    no_args(&rest(a), &format!("Context.{}", method))?;
    Ok(st.vars.owned().unwrap_or_else(dict_new))
}

builtin!(ctx_len, |a| {
    let st = ctx_this(a, "__len__")?;
    let r = rest(a);
    if !r.pos.is_empty() {
        return type_error(format!("expected 0 arguments, got {}", r.pos.len()));
    }
    let d = st.vars.owned().unwrap_or_else(dict_new);
    Ok(int_from_i64(as_dict(d.v()).unwrap().table.iter().count() as i64))
});

/// The keys, values or items of a context, as a list.
fn entries(a: &Args, method: &str, f: fn(Value, Value) -> Obj) -> R<Obj> {
    let d = vars_of(a, method)?;
    let out = as_dict(d.v()).unwrap().table.iter().map(|(&k, &v)| f(k, v).into_raw()).collect();
    Ok(list_from(out))
}

builtin!(ctx_keys, |a| entries(a, "keys", |k, _| k.to_owned()));
builtin!(ctx_values, |a| entries(a, "values", |_, v| v.to_owned()));
builtin!(ctx_items, |a| entries(a, "items", |k, v| tuple_from(vec![k.to_owned().into_raw(), v.to_owned().into_raw()])));
builtin!(ctx_iter, |a| {
    let keys = entries(a, "__iter__", |k, _| k.to_owned())?;
    krait_runtime::ops::iter(keys.v())
});

builtin!(ctx_eq, |a| {
    let st = ctx_this(a, "__eq__")?;
    let other = clinic::one_arg(&rest(a), "__eq__")?;
    let Some(os) = native_obj::state::<Ctx>(other) else {
        return Ok(not_implemented());
    };
    let (x, y) = (st.vars.owned().unwrap_or_else(dict_new), os.vars.owned().unwrap_or_else(dict_new));
    Ok(bool_obj(krait_runtime::ops::compare_bool(krait_abi::CmpOp::Eq, x.v(), y.v())?))
});

builtin!(copy_context, |a| {
    no_args(a, "_contextvars.copy_context")?;
    let c = current();
    Ok(new_context(ctx_of(c).vars.owned()))
});

fn make_module() -> R<Obj> {
    let m = native_obj::method;
    let prop = |name: &'static str, f| crate::support::property(builtin_fn(name, f), None);
    let cgi = || krait_runtime::call::call(krait_runtime::class::CLASSMETHOD_TYPE.as_value(), &Args::positional(&[builtin_fn("__class_getitem__", class_getitem).v()]));
    let missing_cls = clinic::native_class("_contextvars", "Token.MISSING", vec![("__slots__", tuple_from(vec![])), ("__repr__", m("__repr__", missing_repr))], new_missing)?;
    let missing = native_obj::new(unsafe { missing_cls.v().as_ref::<TypeObj>() }, new_missing());
    let var = clinic::native_class(
        "_contextvars",
        "ContextVar",
        vec![
            ("__slots__", tuple_from(vec![])),
            ("__init__", m("__init__", var_init)),
            ("__repr__", m("__repr__", var_repr)),
            ("__class_getitem__", cgi()?),
            ("name", prop("name", var_name)?),
            ("get", m("get", var_get)),
            ("set", m("set", var_set)),
            ("reset", m("reset", var_reset)),
        ],
        new_var,
    )?;
    let token = clinic::native_class(
        "_contextvars",
        "Token",
        vec![
            ("__slots__", tuple_from(vec![])),
            ("__init__", m("__init__", tok_init)),
            ("__repr__", m("__repr__", tok_repr)),
            ("__class_getitem__", cgi()?),
            ("MISSING", missing.clone()),
            ("var", prop("var", tok_var)?),
            ("old_value", prop("old_value", tok_old_value)?),
        ],
        new_tok,
    )?;
    let context = clinic::native_class(
        "_contextvars",
        "Context",
        vec![
            ("__slots__", tuple_from(vec![])),
            ("__init__", m("__init__", ctx_init)),
            ("__hash__", none()),
            ("__eq__", m("__eq__", ctx_eq)),
            ("__getitem__", m("__getitem__", ctx_getitem)),
            ("__contains__", m("__contains__", ctx_contains)),
            ("__len__", m("__len__", ctx_len)),
            ("__iter__", m("__iter__", ctx_iter)),
            ("get", m("get", ctx_get)),
            ("keys", m("keys", ctx_keys)),
            ("values", m("values", ctx_values)),
            ("items", m("items", ctx_items)),
            ("copy", m("copy", ctx_copy)),
            ("run", m("run", ctx_run)),
        ],
        new_ctx_state,
    )?;
    CONTEXT_TYPE.with(|t| t.set(Some(unsafe { context.v().as_ref::<TypeObj>() })));
    TOKEN_TYPE.with(|t| t.set(Some(unsafe { token.v().as_ref::<TypeObj>() })));
    MISSING.with(|s| s.set(missing.into_raw()));
    let attrs: Attrs = vec![
        ("Context", context),
        ("ContextVar", var),
        ("Token", token),
        ("copy_context", builtin_fn("copy_context", copy_context)),
    ];
    krait_runtime::sysmod::new_module("_contextvars", attrs)
}

/// `import _contextvars`.
#[no_mangle]
pub extern "C" fn krait_module__contextvars() -> Value {
    abi(make_module())
}
