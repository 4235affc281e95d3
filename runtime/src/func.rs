//! Compiled function objects: making them (`def`, `lambda`), binding a call's
//! arguments to their parameters with CPython's rules and messages, closures' cells,
//! `f(*args, **kwargs)`, and function attributes.

use crate::call::Args;
use crate::exc::{raise, type_error};
use crate::objects::*;
use crate::types::*;
use crate::value::{abi, Header, Obj, Value, R};
use krait_abi::FuncInfo;

/// Makes a function object for a compiled function. `defaults` is a tuple or 0,
/// `kwdefaults` a dict or 0, `closure` a tuple of cells or 0 (all borrowed).
#[no_mangle]
pub unsafe extern "C" fn rt_make_function(info: *const u8, entry: *const u8, defaults: Value, kwdefaults: Value, closure: Value) -> Value {
    defaults.incref();
    kwdefaults.incref();
    closure.incref();
    let f = FuncObj { head: Header::new(&FUNCTION_TYPE), info: info as *const FuncInfo, entry, defaults, kwdefaults, closure, dict: Value::NULL };
    crate::gc::new_obj(f).into_raw()
}

unsafe fn text<'a>(p: *const u8, n: usize) -> &'a str {
    std::str::from_utf8_unchecked(std::slice::from_raw_parts(p, n))
}

fn info(v: Value) -> &'static FuncInfo {
    unsafe { &*as_func(v).unwrap().info }
}

/// A function's own attribute, if it was set (`f.__name__ = ...`, `f.calls = 0`).
fn own_attr(v: Value, name: &str) -> Option<Value> {
    let d = as_func(v)?.dict;
    if d.is_null() {
        return None;
    }
    let key = str_from(name);
    crate::dicts::dict_get(d, key.v()).ok().flatten().map(|o| {
        let r = o.v();
        drop(o);
        r
    })
}

/// The `__name__` of a compiled function.
pub fn func_name(v: Value) -> &'static str {
    if let Some(n) = own_attr(v, "__name__").and_then(|n| as_str(n).map(|s| &*s.s)) {
        return unsafe { std::mem::transmute::<&str, &'static str>(n) };
    }
    let i = info(v);
    unsafe { text(i.name, i.name_len) }
}

/// The `__qualname__` of a compiled function.
pub fn func_qualname(v: Value) -> &'static str {
    if let Some(n) = own_attr(v, "__qualname__").and_then(|n| as_str(n).map(|s| &*s.s)) {
        return unsafe { std::mem::transmute::<&str, &'static str>(n) };
    }
    let i = info(v);
    unsafe { text(i.qualname, i.qualname_len) }
}

/// How CPython names a callable in call errors: `__main__.f()` for functions.
pub fn callable_desc(v: Value) -> String {
    match v.ty().kind {
        Kind::Function => format!("__main__.{}()", func_qualname(v)),
        Kind::BoundMethod => callable_desc(crate::class::bound_func(v)),
        Kind::Builtin => format!("{}()", as_builtin(v).unwrap().name),
        Kind::Type => format!("{}()", unsafe { v.as_ref::<TypeObj>() }.name),
        _ => format!("{} object", crate::ops::type_name(v)),
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`.
fn name_list(names: &[&str]) -> String {
    let q: Vec<String> = names.iter().map(|m| format!("'{}'", m)).collect();
    match q.len() {
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        k => format!("{}, and {}", q[..k - 1].join(", "), q[k - 1]),
    }
}

/// Binds a call's arguments to the parameters of a compiled function, filling `out`
/// (one slot per parameter, `*args` a tuple and `**kwargs` a dict) with new
/// references. Checks and messages follow CPython 3.11.
#[no_mangle]
pub unsafe extern "C" fn rt_bind_args(func: Value, args: *const Value, nargs: i64, kwnames: Value, out: *mut Value) -> i32 {
    let f = as_func(func).unwrap();
    let info = &*f.info;
    let n = info.nparams;
    let simple = info.flags & (FuncInfo::VARARGS | FuncInfo::VARKW) == 0 && info.nkwonly == 0;
    // The common case: exactly the positional arguments the function takes.
    if simple && kwnames.is_null() && nargs as usize == n {
        for i in 0..n {
            let v = *args.add(i);
            v.incref();
            *out.add(i) = v;
        }
        return 0;
    }
    let a = Args::from_abi(args, nargs, kwnames);
    let slots = std::slice::from_raw_parts_mut(out, n);
    for s in slots.iter_mut() {
        *s = Value::NULL;
    }
    match bind(func, f, info, &a, slots) {
        Ok(()) => 0,
        Err(_) => {
            for s in slots.iter_mut() {
                std::mem::replace(s, Value::NULL).decref();
            }
            -1
        }
    }
}

unsafe fn bind(func: Value, f: &FuncObj, info: &FuncInfo, a: &Args, slots: &mut [Value]) -> R<()> {
    let names: Vec<&str> = (0..info.nparams)
        .map(|i| {
            let p = &*info.params.add(i);
            text(p.ptr, p.len)
        })
        .collect();
    let fname = func_qualname(func);
    let npos = info.npositional;
    let varargs = info.flags & FuncInfo::VARARGS != 0;
    let varkw = info.flags & FuncInfo::VARKW != 0;
    let kw_start = npos + varargs as usize;
    let kw_end = kw_start + info.nkwonly;
    // Positional arguments, the extra ones into `*args`.
    for (i, v) in a.pos.iter().take(npos).enumerate() {
        slots[i] = (*v).to_owned().into_raw();
    }
    if varargs {
        let extra: Vec<Value> = a.pos.iter().skip(npos).map(|v| (*v).to_owned().into_raw()).collect();
        slots[npos] = tuple_from(extra).into_raw();
    }
    let kwdict = if varkw {
        let d = dict_new();
        slots[kw_end] = d.v();
        Some(d.into_raw())
    } else {
        None
    };
    // Keyword arguments.
    let mut posonly_as_kw: Vec<&str> = vec![];
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        let kname = str_text(*k);
        let found = (info.nposonly..npos).chain(kw_start..kw_end).find(|&i| names[i] == kname);
        match found {
            Some(i) if !slots[i].is_null() => {
                return Err(raise(&TYPE_ERROR, format!("{}() got multiple values for argument '{}'", fname, kname)));
            }
            Some(i) => slots[i] = (*v).to_owned().into_raw(),
            None if kwdict.is_some() => {
                crate::dicts::dict_set(kwdict.unwrap(), *k, *v)?;
            }
            None if names[..info.nposonly].contains(&kname) => posonly_as_kw.push(kname),
            None => return Err(raise(&TYPE_ERROR, format!("{}() got an unexpected keyword argument '{}'", fname, kname))),
        }
    }
    if !posonly_as_kw.is_empty() {
        return type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            fname,
            posonly_as_kw.join(", ")
        ));
    }
    let defaults: &[Value] = as_tuple(f.defaults).map(|t| &t.items[..]).unwrap_or(&[]);
    if !varargs && a.pos.len() > npos {
        let given = a.pos.len();
        let kwonly_given = (kw_start..kw_end).filter(|&i| !slots[i].is_null()).count();
        let sig = if defaults.is_empty() {
            format!("{} positional argument{}", npos, plural(npos))
        } else {
            format!("from {} to {} positional arguments", npos - defaults.len(), npos)
        };
        let kwonly_sig = if kwonly_given > 0 {
            format!(" positional argument{} (and {} keyword-only argument{})", plural(given), kwonly_given, plural(kwonly_given))
        } else {
            String::new()
        };
        let verb = if given == 1 && kwonly_given == 0 { "was" } else { "were" };
        return type_error(format!("{}() takes {} but {}{} {} given", fname, sig, given, kwonly_sig, verb));
    }
    // Defaults, then what is still missing.
    let nreq = npos - defaults.len();
    let mut missing: Vec<&str> = vec![];
    for i in 0..npos {
        if slots[i].is_null() {
            if i >= nreq {
                slots[i] = defaults[i - nreq].to_owned().into_raw();
            } else {
                missing.push(names[i]);
            }
        }
    }
    if !missing.is_empty() {
        return type_error(format!("{}() missing {} required positional argument{}: {}", fname, missing.len(), plural(missing.len()), name_list(&missing)));
    }
    for i in kw_start..kw_end {
        if slots[i].is_null() {
            let key = str_from(names[i]);
            let d = if f.kwdefaults.is_null() { None } else { crate::dicts::dict_get(f.kwdefaults, key.v())? };
            match d {
                Some(v) => slots[i] = v.into_raw(),
                None => missing.push(names[i]),
            }
        }
    }
    if !missing.is_empty() {
        return type_error(format!("{}() missing {} required keyword-only argument{}: {}", fname, missing.len(), plural(missing.len()), name_list(&missing)));
    }
    Ok(())
}

/// `f(*args, **kwargs)`: `args` a tuple, `kwargs` a dict or 0.
#[no_mangle]
pub unsafe extern "C" fn rt_call_ex(callee: Value, args: Value, kwargs: Value) -> Value {
    let pos = &as_tuple(args).unwrap().items;
    if kwargs.is_null() || as_dict(kwargs).unwrap().table.len() == 0 {
        return crate::call::rt_call(callee, pos.as_ptr(), pos.len() as i64, Value::NULL);
    }
    let mut flat: Vec<Value> = pos.to_vec();
    let mut names: Vec<Value> = vec![];
    for (k, v) in as_dict(kwargs).unwrap().table.iter() {
        if as_str(*k).is_none() {
            return abi(type_error("keywords must be strings"));
        }
        names.push((*k).to_owned().into_raw());
        flat.push(*v);
    }
    let kw = tuple_from(names);
    crate::call::rt_call(callee, flat.as_ptr(), flat.len() as i64, kw.v())
}

/// A new cell holding `v` (taken; 0 for an empty cell).
#[no_mangle]
pub unsafe extern "C" fn rt_cell_new(v: Value) -> Value {
    crate::gc::new_obj(CellObj { head: Header::new(&CELL_TYPE), v }).into_raw()
}

/// Cell `k` of a function's closure, as a new reference.
#[no_mangle]
pub unsafe extern "C" fn rt_func_cell(func: Value, k: i64) -> Value {
    let c = as_tuple(as_func(func).unwrap().closure).unwrap().items[k as usize];
    c.incref();
    c
}

unsafe fn cstr<'a>(p: *const u8) -> &'a str {
    std::ffi::CStr::from_ptr(p as *const std::ffi::c_char).to_str().unwrap_or("?")
}

fn unbound(name: &str, free: bool) -> crate::value::Raised {
    if free {
        raise(&NAME_ERROR, format!("cannot access free variable '{}' where it is not associated with a value in enclosing scope", name))
    } else {
        raise(&UNBOUND_LOCAL_ERROR, format!("cannot access local variable '{}' where it is not associated with a value", name))
    }
}

/// The value in a cell (a new reference), raising when the variable is unbound.
#[no_mangle]
pub unsafe extern "C" fn rt_cell_get(cell: Value, name: *const u8, free: i32) -> Value {
    let v = as_cell(cell).unwrap().v;
    if v.is_null() {
        unbound(cstr(name), free != 0);
        return Value::NULL;
    }
    v.incref();
    v
}

/// Stores `v` (taken) in a cell.
#[no_mangle]
pub unsafe extern "C" fn rt_cell_set(cell: Value, v: Value) {
    let c = as_cell(cell).unwrap();
    std::mem::replace(&mut c.v, v).decref();
}

/// Empties a cell (`del x`), raising when it was empty.
#[no_mangle]
pub unsafe extern "C" fn rt_cell_del(cell: Value, name: *const u8, free: i32) -> i32 {
    let c = as_cell(cell).unwrap();
    if c.v.is_null() {
        unbound(cstr(name), free != 0);
        return -1;
    }
    std::mem::replace(&mut c.v, Value::NULL).decref();
    0
}

/// Attributes of a compiled function.
pub fn func_getattr(o: Value, name: &str) -> R<Option<Obj>> {
    if let Some(v) = own_attr(o, name) {
        return Ok(Some(v.to_owned()));
    }
    let f = as_func(o).unwrap();
    Ok(match name {
        "__name__" => Some(str_from(func_name(o))),
        "__qualname__" => Some(str_from(func_qualname(o))),
        "__module__" => Some(crate::code::func_module(f.info)?),
        "__globals__" => Some(crate::code::func_globals(f.info)),
        "__code__" => Some(crate::code::code_object(f.info)?),
        "__builtins__" => Some(crate::ops::getattr(crate::sysmod::import("builtins")?.v(), "__dict__")?),
        "__doc__" => {
            let i = info(o);
            Some(if i.doc_len == usize::MAX { none() } else { str_from(unsafe { text(i.doc, i.doc_len) }) })
        }
        "__defaults__" => Some(if f.defaults.is_null() { none() } else { f.defaults.to_owned() }),
        "__kwdefaults__" => Some(if f.kwdefaults.is_null() { none() } else { f.kwdefaults.to_owned() }),
        "__closure__" => Some(if f.closure.is_null() { none() } else { f.closure.to_owned() }),
        "__dict__" => {
            if f.dict.is_null() {
                f.dict = dict_new().into_raw();
            }
            Some(f.dict.to_owned())
        }
        "__get__" => Some(crate::class::slot_wrapper(o, name)),
        // Made empty on first use and kept, as CPython's `func_get_annotations`.
        "__annotations__" => {
            let d = dict_new();
            crate::ops::setattr(o, "__annotations__", d.v())?;
            Some(d)
        }
        "__wrapped__" => None,
        _ => None,
    })
}

/// `f.name = v` on a compiled function.
pub fn func_setattr(o: Value, name: &str, v: Value) -> R<()> {
    let f = as_func(o).unwrap();
    match name {
        "__defaults__" => {
            let new = if is_none(v) { Value::NULL } else { v.to_owned().into_raw() };
            std::mem::replace(&mut f.defaults, new).decref();
            return Ok(());
        }
        "__kwdefaults__" => {
            let new = if is_none(v) { Value::NULL } else { v.to_owned().into_raw() };
            std::mem::replace(&mut f.kwdefaults, new).decref();
            return Ok(());
        }
        "__name__" | "__qualname__" if as_str(v).is_none() => {
            return type_error(format!("{} must be set to a string object", name));
        }
        _ => {}
    }
    if f.dict.is_null() {
        f.dict = dict_new().into_raw();
    }
    let key = str_from(name);
    crate::dicts::dict_set(f.dict, key.v(), v)
}
