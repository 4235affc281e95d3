//! The builtin functions and the constructors of the builtin types, and `rt_builtin`,
//! which gives compiled code the object a builtin name refers to.

use crate::call::Args;
use crate::exc::type_error;
use crate::objects::*;
use crate::ops;
use crate::types::*;
use crate::value::{abi, Obj, RefCnt, Value, R};
use krait_abi::CmpOp;

macro_rules! builtin {
    ($name:ident, $body:expr) => {
        pub unsafe extern "C" fn $name(args: *const Value, nargs: i64, kwnames: Value) -> Value {
            let a = Args::from_abi(args, nargs, kwnames);
            let f: fn(&Args) -> R<Obj> = $body;
            abi(f(&a))
        }
    };
}

// Constructors of the builtin types (the `call` slot of each type object).

builtin!(type_new, |a| {
    if a.pos.len() == 1 && a.kwnames.is_empty() {
        return Ok(a.pos[0].ty().as_value().to_owned());
    }
    if a.pos.len() == 3 {
        // CPython's `type_new`: the most derived metaclass of the bases makes the
        // class when it is not `type` itself (`type(name, (SomeEnum,), ns)`).
        if let Some(bases) = as_tuple(a.pos[1]) {
            let mut winner: &'static TypeObj = &TYPE_TYPE;
            for b in bases.items.iter() {
                let m = b.ty();
                if m.is_subtype(winner) {
                    winner = m;
                }
            }
            if !std::ptr::eq(winner, &TYPE_TYPE) && crate::class::is_heap(winner) {
                return crate::call::call(winner.as_value(), a);
            }
        }
        return crate::class::new_class(&TYPE_TYPE, a.pos[0], a.pos[1], a.pos[2], a);
    }
    type_error("type() takes 1 or 3 arguments")
});
builtin!(object_new, |a| {
    if !a.pos.is_empty() || !a.kwnames.is_empty() {
        return type_error("object() takes no arguments");
    }
    // A featureless object (sentinels): identity equality and hash.
    Ok(crate::gc::new_obj(Singleton { head: crate::value::Header::new(&OBJECT_TYPE) }))
});
builtin!(int_new, |a| {
    if a.pos.len() == 1 && a.kwnames.is_empty() && !a.pos[0].is_small() && crate::class::is_heap(a.pos[0].ty()) {
        for name in ["__int__", "__index__", "__trunc__"] {
            if let Some(r) = crate::class::dunder(a.pos[0], name, &[])? {
                if r.ty().kind != Kind::Int && r.ty().kind != Kind::Bool {
                    return type_error(format!("{} returned non-int (type {})", name, r.ty().name));
                }
                return Ok(r);
            }
        }
    }
    crate::num::int_construct(a)
});
builtin!(bool_new, |a| crate::num::bool_construct(a));
builtin!(float_new, |a| {
    if a.pos.len() == 1 && a.kwnames.is_empty() && !a.pos[0].is_small() && crate::class::is_heap(a.pos[0].ty()) {
        if let Some(r) = crate::class::dunder(a.pos[0], "__float__", &[])? {
            if r.ty().kind != Kind::Float {
                return type_error(format!("{}.__float__ returned non-float (type {})", a.pos[0].ty().name, r.ty().name));
            }
            return Ok(r);
        }
        if let Some(r) = crate::class::dunder(a.pos[0], "__index__", &[])? {
            return crate::num::float_construct(&Args::positional(&[r.v()]));
        }
    }
    crate::num::float_construct(a)
});
builtin!(str_new, |a| {
    a.only_kwargs("str", &["object", "encoding", "errors"])?;
    if a.pos.len() > 3 {
        return type_error(format!("str() takes at most 3 arguments ({} given)", a.pos.len()));
    }
    if a.pos.len() > 1 || a.kw("encoding").is_some() || a.kw("errors").is_some() {
        let o = a.pos.first().copied().or(a.kw("object"));
        if let Some(b) = o.map(crate::bytes::buffer).transpose()?.flatten() {
            let b = b.into_owned();
            let text = |i: usize, name: &str, default: &str| -> R<String> {
                match a.pos.get(i).copied().or(a.kw(name)) {
                    None => Ok(default.to_string()),
                    Some(v) => match as_str(v) {
                        Some(s) => Ok(s.s.to_string()),
                        None => type_error(format!("str() argument '{}' must be str, not {}", name, ops::arg_type_name(v))),
                    },
                }
            };
            let (enc, errors) = (text(1, "encoding", "utf-8")?, text(2, "errors", "strict")?);
            return crate::bytes::decode_bytes(&b, &enc, &errors);
        }
        return match o {
            Some(o) if o.ty().kind == Kind::Str => type_error("decoding str is not supported"),
            Some(o) => type_error(format!("decoding to str: need a bytes-like object, {} found", o.ty().name)),
            None => Ok(str_from("")),
        };
    }
    match a.pos.first().copied().or(a.kw("object")) {
        None => Ok(str_from("")),
        Some(v) => ops::str_of(v),
    }
});
builtin!(list_new, |a| crate::seq::list_construct(a));
builtin!(tuple_new, |a| crate::seq::tuple_construct(a));
builtin!(dict_new, |a| crate::dicts::dict_construct(a));
builtin!(set_new, |a| crate::sets::set_construct(a, false));
builtin!(frozenset_new, |a| crate::sets::set_construct(a, true));
builtin!(range_new, |a| {
    if a.pos.iter().any(|v| !v.is_small() && crate::class::is_heap(v.ty())) {
        let mut conv: Vec<Obj> = vec![];
        for &v in a.pos {
            conv.push(crate::class::index_value(v)?.unwrap_or_else(|| v.to_owned()));
        }
        let vals: Vec<Value> = conv.iter().map(|o| o.v()).collect();
        return crate::iter::range_construct(&Args { pos: &vals, kwnames: a.kwnames, kwvals: a.kwvals });
    }
    crate::iter::range_construct(a)
});
builtin!(none_new, |a| {
    if !a.pos.is_empty() || !a.kwnames.is_empty() {
        return type_error("NoneType takes no arguments");
    }
    Ok(none())
});
builtin!(method_new, |a| {
    a.no_kwargs("method")?;
    if a.pos.len() != 2 {
        return type_error(format!("method expected 2 arguments, got {}", a.pos.len()));
    }
    if !crate::call::is_callable(a.pos[0]) {
        return type_error("first argument must be callable");
    }
    if is_none(a.pos[1]) {
        return type_error("instance must not be None");
    }
    Ok(crate::class::bound(a.pos[0], a.pos[1]))
});
builtin!(slice_new, |a| {
    a.no_kwargs("slice")?;
    a.arity("slice", 1, 3)?;
    let (start, stop, step) = match a.pos.len() {
        1 => (Value::NULL, a.pos[0], Value::NULL),
        2 => (a.pos[0], a.pos[1], Value::NULL),
        _ => (a.pos[0], a.pos[1], a.pos[2]),
    };
    Ok(unsafe { crate::ops::rt_slice_new(start, stop, step).owned() })
});
builtin!(enumerate_new, |a| crate::iter::enumerate_construct(a));
builtin!(zip_new, |a| crate::iter::zip_construct(a));
builtin!(reversed_new, |a| {
    if a.pos.len() == 1 && a.kwnames.is_empty() {
        if let Some(r) = crate::class::dunder(a.pos[0], "__reversed__", &[])? {
            return Ok(r);
        }
        if crate::class::is_heap(a.pos[0].ty()) && a.pos[0].ty().kind == Kind::Instance {
            let o = a.pos[0];
            if crate::class::lookup_type(o.ty(), "__getitem__").is_some() && crate::class::lookup_type(o.ty(), "__len__").is_some() {
                let n = ops::len(o)?;
                return Ok(crate::iter::reversed_sequence(o, n));
            }
            return type_error(format!("'{}' object is not reversible", o.ty().name));
        }
    }
    crate::iter::reversed_construct(a)
});

// Builtin functions.

builtin!(bi_print, |a| {
    a.only_kwargs("print", &["sep", "end", "file", "flush"])?;
    let opt_str = |name: &str, default: &str| -> R<String> {
        match a.kw(name) {
            None => Ok(default.to_string()),
            Some(v) if is_none(v) => Ok(default.to_string()),
            Some(v) => match as_str(v) {
                Some(s) => Ok(s.s.to_string()),
                None => type_error(format!("{} must be None or a string, not {}", name, v.ty().name)),
            },
        }
    };
    let sep = opt_str("sep", " ")?;
    let end = opt_str("end", "\n")?;
    // The file: `file=`, else `sys.stdout` (the descriptor before `sys` exists); print
    // does nothing when that is None.
    let file = match a.kw("file") {
        Some(f) if !is_none(f) => Some(f.to_owned()),
        _ => crate::excepthook::sys_attr("stdout"),
    };
    if file.as_ref().is_some_and(|f| is_none(f.v())) {
        return Ok(none());
    }
    // Each piece is written as it is made, as CPython's print calls `file.write` for
    // each. The standard output stream is written directly (decided once per call);
    // text holding a lone surrogate goes through the stream's encoder instead.
    let direct = file.as_ref().map_or(true, |f| crate::io::stream_fd(f.v()) == Some(1));
    let put = |s: &str| -> R<()> {
        if direct && !crate::strs::surrogates::contains(s) {
            crate::io::write_stdout(s);
            return Ok(());
        }
        match &file {
            Some(f) => crate::io::write_to(f.v(), s),
            None => crate::io::write_stdout_encoded(s),
        }
    };
    for (i, v) in a.pos.iter().enumerate() {
        if i > 0 {
            put(&sep)?;
        }
        let s = ops::str_of(*v)?;
        put(str_text(s.v()))?;
    }
    put(&end)?;
    if let Some(f) = a.kw("flush") {
        if ops::truthy(f)? {
            match &file {
                Some(f) if !direct => {
                    crate::ops::call_method(f.v(), "flush", &Args::positional(&[]))?;
                }
                _ => crate::io::flush_stdout(),
            }
        }
    }
    Ok(none())
});
builtin!(bi_len, |a| {
    a.no_kwargs("len")?;
    a.arity("len", 1, 1)?;
    Ok(int_from_i64(ops::len(a.pos[0])? as i64))
});
builtin!(bi_repr, |a| {
    a.no_kwargs("repr")?;
    a.arity("repr", 1, 1)?;
    ops::repr(a.pos[0])
});
builtin!(bi_abs, |a| {
    a.no_kwargs("abs")?;
    a.arity("abs", 1, 1)?;
    if let Some(r) = crate::class::dunder(a.pos[0], "__abs__", &[])? {
        return Ok(r);
    }
    if let Some(r) = crate::complex::abs(a.pos[0]) {
        return r;
    }
    crate::num::abs(a.pos[0])
});
builtin!(bi_round, |a| {
    if let Some(&x) = a.pos.first() {
        if crate::class::is_heap(x.ty()) {
            if let Some(r) = crate::class::dunder(x, "__round__", &a.pos[1..])? {
                return Ok(r);
            }
        }
    }
    crate::num::round(a)
});
builtin!(bi_divmod, |a| {
    a.no_kwargs("divmod")?;
    a.arity("divmod", 2, 2)?;
    crate::num::divmod(a.pos[0], a.pos[1])
});
builtin!(bi_pow, |a| crate::num::pow(a));
builtin!(bi_hex, |a| {
    a.no_kwargs("hex")?;
    a.arity("hex", 1, 1)?;
    if let Some(i) = crate::class::index_value(a.pos[0])? {
        return crate::num::to_base_str(i.v(), 16);
    }
    crate::num::to_base_str(a.pos[0], 16)
});
builtin!(bi_oct, |a| {
    a.no_kwargs("oct")?;
    a.arity("oct", 1, 1)?;
    if let Some(i) = crate::class::index_value(a.pos[0])? {
        return crate::num::to_base_str(i.v(), 8);
    }
    crate::num::to_base_str(a.pos[0], 8)
});
builtin!(bi_bin, |a| {
    a.no_kwargs("bin")?;
    a.arity("bin", 1, 1)?;
    if let Some(i) = crate::class::index_value(a.pos[0])? {
        return crate::num::to_base_str(i.v(), 2);
    }
    crate::num::to_base_str(a.pos[0], 2)
});
builtin!(bi_chr, |a| {
    a.no_kwargs("chr")?;
    a.arity("chr", 1, 1)?;
    crate::strs::chr(a.pos[0])
});
builtin!(bi_ord, |a| {
    a.no_kwargs("ord")?;
    a.arity("ord", 1, 1)?;
    crate::strs::ord(a.pos[0])
});
builtin!(bi_hash, |a| {
    a.no_kwargs("hash")?;
    a.arity("hash", 1, 1)?;
    Ok(int_from_i64(ops::hash(a.pos[0])?))
});
builtin!(bi_format, |a| {
    a.no_kwargs("format")?;
    a.arity("format", 1, 2)?;
    let spec = match a.pos.get(1) {
        None => "",
        Some(s) => match as_str(*s) {
            Some(s) => &s.s,
            None => return type_error(format!("format() argument 2 must be str, not {}", ops::arg_type_name(*s))),
        },
    };
    crate::strs::format(a.pos[0], spec)
});
builtin!(bi_iter, |a| {
    a.no_kwargs("iter")?;
    a.arity("iter", 1, 2)?;
    if a.pos.len() == 2 {
        return crate::iter::callable_iter(a.pos[0], a.pos[1]);
    }
    ops::iter(a.pos[0])
});
builtin!(bi_next, |a| {
    a.no_kwargs("next")?;
    a.arity("next", 1, 2)?;
    if as_iter(a.pos[0]).is_none() && !crate::class::is_iterator(a.pos[0]) && !matches!(a.pos[0].ty().kind, Kind::Generator | Kind::Awaitable) {
        return type_error(format!("'{}' object is not an iterator", a.pos[0].ty().name));
    }
    if a.pos[0].ty().kind == Kind::Generator && a.pos.len() == 1 {
        return crate::gen::call_method(a.pos[0], "__next__", &Args::positional(&[])).map(|r| r.unwrap());
    }
    match ops::next(a.pos[0])? {
        Some(v) => Ok(v),
        None => match a.pos.get(1) {
            Some(d) => Ok((*d).to_owned()),
            None => Err(crate::exc::set_current(crate::exc::new_exc(&STOP_ITERATION, tuple_from(vec![])))),
        },
    }
});
builtin!(bi_isinstance, |a| {
    a.no_kwargs("isinstance")?;
    a.arity("isinstance", 2, 2)?;
    Ok(bool_obj(check_hooked(a.pos[0], a.pos[1], "isinstance")?))
});
builtin!(bi_issubclass, |a| {
    a.no_kwargs("issubclass")?;
    a.arity("issubclass", 2, 2)?;
    Ok(bool_obj(check_hooked(a.pos[0], a.pos[1], "issubclass")?))
});

/// `isinstance(v, cls)` and `issubclass(v, cls)` as the builtins do them: a class
/// whose metaclass defines `__instancecheck__`/`__subclasscheck__` decides itself
/// (abstract base classes work this way); otherwise the types' MROs decide.
fn check_hooked(v: Value, cls: Value, fname: &str) -> R<bool> {
    let inst = fname == "isinstance";
    if inst && v.ty().as_value() == cls {
        return Ok(true);
    }
    if let Some(tup) = as_tuple(cls) {
        for &c in tup.items.iter() {
            if check_hooked(v, c, fname)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if as_type(cls).is_some() && crate::class::is_heap(cls.ty()) {
        let hook = if inst { "__instancecheck__" } else { "__subclasscheck__" };
        if let Some(f) = crate::class::lookup_type(cls.ty(), hook) {
            let r = crate::class::call_attr(f, cls, &[v])?;
            return ops::truthy(r.v());
        }
    }
    if inst {
        return isinstance(v, cls, fname);
    }
    match as_type(v) {
        Some(t) => subclass_check(t, cls, fname),
        None => type_error("issubclass() arg 1 must be a class"),
    }
}
builtin!(bi_callable, |a| {
    a.no_kwargs("callable")?;
    a.arity("callable", 1, 1)?;
    Ok(bool_obj(crate::call::is_callable(a.pos[0])))
});
builtin!(bi_any, |a| {
    a.no_kwargs("any")?;
    a.arity("any", 1, 1)?;
    let it = ops::iter(a.pos[0])?;
    while let Some(x) = ops::next(it.v())? {
        if ops::truthy(x.v())? {
            return Ok(bool_obj(true));
        }
    }
    Ok(bool_obj(false))
});
builtin!(bi_all, |a| {
    a.no_kwargs("all")?;
    a.arity("all", 1, 1)?;
    let it = ops::iter(a.pos[0])?;
    while let Some(x) = ops::next(it.v())? {
        if !ops::truthy(x.v())? {
            return Ok(bool_obj(false));
        }
    }
    Ok(bool_obj(true))
});
builtin!(bi_sum, |a| {
    a.only_kwargs("sum", &["start"])?;
    if a.pos.len() > 2 {
        return type_error(format!("sum() takes at most 2 arguments ({} given)", a.pos.len()));
    }
    a.arity("sum", 1, 2)?;
    let start = a.pos.get(1).copied().or(a.kw("start"));
    // As CPython: the iterable is checked before the start value.
    let it = ops::iter(a.pos[0])?;
    let mut acc = match start {
        Some(s) => {
            match s.ty().kind {
                Kind::Str => return type_error("sum() can't sum strings [use ''.join(seq) instead]"),
                _ => s.to_owned(),
            }
        }
        None => int_from_i64(0),
    };
    while let Some(x) = ops::next(it.v())? {
        acc = ops::binary(krait_abi::BinOp::Add, acc.v(), x.v())?;
    }
    Ok(acc)
});
builtin!(bi_min, |a| min_max(a, "min", CmpOp::Lt));
builtin!(bi_max, |a| min_max(a, "max", CmpOp::Gt));
builtin!(bi_sorted, |a| {
    if a.pos.len() != 1 {
        return type_error(format!("sorted expected 1 argument, got {}", a.pos.len()));
    }
    let items: Vec<Value> = ops::collect(a.pos[0])?.into_iter().map(|o| o.into_raw()).collect();
    let list = list_from(items);
    // The rest is `list.sort(key=..., reverse=...)`, with its argument checks.
    let kw = Args { pos: &[], kwnames: a.kwnames, kwvals: a.kwvals };
    ops::call_method(list.v(), "sort", &kw)?;
    Ok(list)
});
builtin!(bi_id, |a| {
    a.no_kwargs("id")?;
    a.arity("id", 1, 1)?;
    Ok(int_from_i64(a.pos[0].0 as i64))
});

/// `min`/`max`: one iterable or several arguments, `key=` and `default=`.
fn min_max(a: &Args, name: &str, op: CmpOp) -> R<Obj> {
    a.only_kwargs(name, &["key", "default"])?;
    let key = a.kw("key").filter(|k| !is_none(*k));
    let default = a.kw("default");
    let items: Vec<Obj> = match a.pos.len() {
        0 => return type_error(format!("{} expected at least 1 argument, got 0", name)),
        1 => ops::collect(a.pos[0])?,
        _ => {
            if default.is_some() {
                return type_error(format!("Cannot specify a default for {}() with multiple positional arguments", name));
            }
            a.pos.iter().map(|&v| v.to_owned()).collect()
        }
    };
    let mut best: Option<(Obj, Obj)> = None;
    for item in items {
        let k = match key {
            Some(f) => crate::call::call1(f, item.v())?,
            None => item.clone(),
        };
        let better = match &best {
            None => true,
            Some((bk, _)) => ops::compare_bool(op, k.v(), bk.v())?,
        };
        if better {
            best = Some((k, item));
        }
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d.to_owned()),
            None => Err(crate::exc::raise(&VALUE_ERROR, format!("{}() arg is an empty sequence", name))),
        },
    }
}

/// The type object a value refers to, if it is a type.
pub fn as_type(v: Value) -> Option<&'static TypeObj> {
    if !v.is_null() && !v.is_small() && v.ty().kind == Kind::Type {
        Some(unsafe { v.as_ref::<TypeObj>() })
    } else {
        None
    }
}

/// `isinstance(v, cls)` where `cls` is a type or a tuple of types.
pub fn isinstance(v: Value, cls: Value, fname: &str) -> R<bool> {
    subclass_check(v.ty(), cls, fname)
}

fn subclass_check(t: &TypeObj, cls: Value, fname: &str) -> R<bool> {
    if let Some(members) = crate::generic::isinstance_target(cls, fname)? {
        return subclass_check(t, members, fname);
    }
    if let Some(tup) = as_tuple(cls) {
        for &c in tup.items.iter() {
            if subclass_check(t, c, fname)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    match as_type(cls) {
        Some(c) => Ok(t.is_subtype(c)),
        None => type_error(format!("{}() arg 2 must be a type, a tuple of types, or a union", fname)),
    }
}

/// The builtin functions by name.
builtin!(bi_import, |a| crate::imports::dunder_import(a));

static FUNCTIONS: &[(&str, BuiltinFn)] = &[
    ("__import__", bi_import), ("print", bi_print), ("len", bi_len), ("repr", bi_repr), ("abs", bi_abs), ("round", bi_round),
    ("divmod", bi_divmod), ("pow", bi_pow), ("hex", bi_hex), ("oct", bi_oct), ("bin", bi_bin),
    ("chr", bi_chr), ("ord", bi_ord), ("hash", bi_hash), ("format", bi_format), ("iter", bi_iter),
    ("next", bi_next), ("isinstance", bi_isinstance), ("issubclass", bi_issubclass),
    ("callable", bi_callable), ("any", bi_any), ("all", bi_all), ("sum", bi_sum), ("min", bi_min),
    ("max", bi_max), ("sorted", bi_sorted), ("id", bi_id),
    ("dir", crate::introspect::bi_dir), ("open", crate::fileio::bi_open),
    ("__star_match__", crate::excgroup::bi_star_match), ("__star_reraise__", crate::excgroup::bi_star_reraise),
];

/// The builtin types by name.
static TYPES: &[&TypeObj] = &[
    &TYPE_TYPE, &OBJECT_TYPE, &INT_TYPE, &BOOL_TYPE, &FLOAT_TYPE, &STR_TYPE, &LIST_TYPE, &TUPLE_TYPE,
    &DICT_TYPE, &SET_TYPE, &FROZENSET_TYPE, &RANGE_TYPE, &ENUMERATE_TYPE, &ZIP_TYPE, &REVERSED_TYPE,
    &SLICE_TYPE, &BASE_EXCEPTION, &MAP_TYPE, &FILTER_TYPE, &BYTES_TYPE, &COMPLEX_TYPE, &BYTEARRAY_TYPE, &MEMORYVIEW_TYPE,
];

/// Is `name` a builtin the runtime provides? (The compiler keeps its own list in sync;
/// a unit test checks the two agree.)
pub fn lookup(name: &str) -> Option<Obj> {
    // Builtin functions are made once: `open is builtins.open`.
    let f = crate::stable::get_or_make(0, name, || {
        Ok(crate::class::builtin(name)
            .or_else(|| crate::coro::builtin(name))
            .or_else(|| FUNCTIONS.iter().chain(crate::evalexpr::FUNCTIONS.iter()).find(|(n, _)| *n == name).map(|(n, f)| builtin_fn(n, *f))))
    });
    if let Ok(Some(f)) = f {
        return Some(f);
    }
    if let Some(t) = TYPES.iter().chain(EXCEPTION_TYPES.iter()).find(|t| t.name == name) {
        return Some(t.as_value().to_owned());
    }
    match name {
        "None" => Some(none()),
        "NotImplemented" => Some(not_implemented()),
        "Ellipsis" => Some(Value::from_ptr(&rt_Ellipsis).to_owned()),
        _ => None,
    }
}

/// The names of every builtin, for the compiler's consistency test.
pub fn names() -> Vec<&'static str> {
    let mut v: Vec<&str> = FUNCTIONS.iter().map(|(n, _)| *n).collect();
    v.extend(TYPES.iter().chain(EXCEPTION_TYPES.iter()).map(|t| t.name));
    v.extend(crate::class::BUILTIN_NAMES.iter().copied());
    v
}

/// The object a builtin name refers to (an immortal reference), or NameError.
#[no_mangle]
pub unsafe extern "C" fn rt_builtin(name: *const u8, len: i64) -> Value {
    let n = std::str::from_utf8_unchecked(std::slice::from_raw_parts(name, len as usize));
    match lookup(n) {
        Some(o) => {
            let v = o.into_raw();
            if !v.is_small() {
                *(*v.header()).rc.0.get() = RefCnt::IMMORTAL;
            }
            v
        }
        None => {
            crate::exc::raise(&NAME_ERROR, format!("name '{}' is not defined", n));
            Value::NULL
        }
    }
}
