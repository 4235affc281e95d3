//! Built-in modules the runtime provides itself (`sys` for now) and `rt_import`, which
//! returns a module object by name. Each module is created once, on first import.

use crate::dicts::dict_set;
use crate::objects::*;
use crate::types::*;
use crate::value::{abi, Header, Obj, Value, R};
use std::cell::UnsafeCell;

/// The program's arguments, set by the entry point.
struct Argv(UnsafeCell<Vec<String>>);
unsafe impl Sync for Argv {}
static ARGV: Argv = Argv(UnsafeCell::new(Vec::new()));

pub fn set_argv(args: Vec<String>) {
    unsafe { *ARGV.0.get() = args };
}

use crate::builtin;

builtin!(sys_exit, |a| {
    a.no_kwargs("exit")?;
    a.arity("exit", 0, 1)?;
    let args: Vec<Value> = a.pos.iter().map(|&v| v.to_owned().into_raw()).collect();
    Err(crate::exc::set_current(crate::exc::new_exc(&SYSTEM_EXIT, tuple_from(args))))
});
builtin!(sys_exc_info, |a| {
    a.arity("exc_info", 0, 0)?;
    let h = crate::exc::handled();
    if h.is_null() {
        return Ok(tuple_from(vec![none().into_raw(), none().into_raw(), none().into_raw()]));
    }
    let tb = crate::ops::getattr(h, "__traceback__")?;
    Ok(tuple_from(vec![h.ty().as_value().to_owned().into_raw(), h.to_owned().into_raw(), tb.into_raw()]))
});
builtin!(sys_exception, |a| {
    a.arity("exception", 0, 0)?;
    let h = crate::exc::handled();
    Ok(if h.is_null() { none() } else { h.to_owned() })
});
builtin!(sys_getfilesystemencoding, |a| {
    a.arity("getfilesystemencoding", 0, 0)?;
    Ok(str_from("utf-8"))
});
builtin!(sys_getfilesystemencodeerrors, |a| {
    a.arity("getfilesystemencodeerrors", 0, 0)?;
    Ok(str_from("surrogateescape"))
});
// `sys.audit(event, *args)`: krait has no audit hooks, so nothing listens.
builtin!(sys_audit, |a| {
    a.no_kwargs("audit")?;
    if a.pos.is_empty() {
        return crate::exc::type_error("audit() missing 1 required positional argument: 'event'");
    }
    if as_str(a.pos[0]).is_none() {
        return crate::exc::type_error(format!("expected str for argument 'event', not {}", a.pos[0].ty().name));
    }
    Ok(none())
});
builtin!(sys_getframe, |a| {
    a.no_kwargs("_getframe")?;
    a.arity("_getframe", 0, 1)?;
    let depth = match a.pos.first() {
        None => 0,
        Some(&d) => match crate::num::to_i64(d)? {
            Some(n) => n,
            None => return crate::exc::type_error(format!("'{}' object cannot be interpreted as an integer", d.ty().name)),
        },
    };
    crate::frames::getframe(depth)
});
builtin!(sys_getrecursionlimit, |a| {
    a.arity("getrecursionlimit", 0, 0)?;
    Ok(int_from_i64(crate::recursion::limit()))
});
builtin!(sys_setrecursionlimit, |a| {
    a.no_kwargs("setrecursionlimit")?;
    a.arity("setrecursionlimit", 1, 1)?;
    match crate::num::to_i64(a.pos[0])? {
        Some(n) => crate::recursion::set_limit(n)?,
        None => return crate::exc::type_error(format!("'{}' object cannot be interpreted as an integer", a.pos[0].ty().name)),
    }
    Ok(none())
});

builtin!(sys_get_int_max_str_digits, |a| {
    a.no_kwargs("get_int_max_str_digits")?;
    a.arity("get_int_max_str_digits", 0, 0)?;
    Ok(int_from_i64(crate::format::int_max_str_digits() as i64))
});
builtin!(sys_set_int_max_str_digits, |a| {
    let b = a.bind("set_int_max_str_digits", &["maxdigits"], 1)?;
    let v = b[0].unwrap();
    let n = match crate::num::to_i64(v)? {
        Some(n) => n,
        None => return crate::exc::type_error(format!("'{}' object cannot be interpreted as an integer", v.ty().name)),
    };
    let n = match i32::try_from(n) {
        Ok(n) => n,
        Err(_) => return Err(crate::exc::raise(&OVERFLOW_ERROR, "Python int too large to convert to C int")),
    };
    if n < 0 {
        return crate::exc::value_error("maxdigits must be 0 or larger than 640");
    }
    match crate::format::set_int_max_str_digits(n as usize) {
        Ok(()) => Ok(none()),
        Err(_) => crate::exc::value_error("maxdigits must be 0 or larger than 640"),
    }
});

/// The struct sequence `sys.get_asyncgen_hooks()` returns (its type's name has no
/// module, as CPython's).
static ASYNCGEN_HOOKS: crate::structseq::Spec = crate::structseq::Spec { name: "asyncgen_hooks", visible: &["firstiter", "finalizer"], named: 2, hidden: &[] };

thread_local! {
    static ASYNCGEN_HOOKS_TYPE: std::cell::Cell<Option<&'static crate::types::TypeObj>> = const { std::cell::Cell::new(None) };
}

builtin!(sys_get_asyncgen_hooks, |a| {
    a.arity("get_asyncgen_hooks", 0, 0)?;
    let t = match ASYNCGEN_HOOKS_TYPE.with(|t| t.get()) {
        Some(t) => t,
        None => {
            let t = crate::structseq::make_class("builtins", &ASYNCGEN_HOOKS)?;
            ASYNCGEN_HOOKS_TYPE.with(|c| c.set(Some(t)));
            t
        }
    };
    crate::structseq::new_instance(t, crate::coro::get_asyncgen_hooks().into(), vec![])
});
builtin!(sys_set_asyncgen_hooks, |a| {
    let b = crate::clinic::unpack_keywords(a, "set_asyncgen_hooks", &["firstiter", "finalizer"], 0, 0, 2)?;
    crate::coro::set_asyncgen_hooks(b[0], b[1])?;
    Ok(none())
});

fn make_sys() -> R<Obj> {
    let d = dict_new();
    let set = |k: &str, v: Obj| -> R<()> { dict_set(d.v(), str_from(k).v(), v.v()) };
    let argv: Vec<Value> = unsafe { &*ARGV.0.get() }.iter().map(|s| str_from(s.as_str()).into_raw()).collect();
    set("argv", list_from(argv))?;
    let (stdout, stderr) = (crate::io::std_stream(1)?, crate::io::std_stream(2)?);
    set("stdout", stdout.v().to_owned())?;
    set("stderr", stderr.v().to_owned())?;
    let stdin = crate::io::std_stream(0)?;
    set("stdin", stdin.v().to_owned())?;
    set("exit", builtin_fn("exit", sys_exit))?;
    set("exc_info", builtin_fn("exc_info", sys_exc_info))?;
    set("exception", builtin_fn("exception", sys_exception))?;
    set("_getframe", builtin_fn("_getframe", sys_getframe))?;
    set("getrecursionlimit", builtin_fn("getrecursionlimit", sys_getrecursionlimit))?;
    set("setrecursionlimit", builtin_fn("setrecursionlimit", sys_setrecursionlimit))?;
    set("maxsize", int_from_i64(i64::MAX))?;
    set("get_asyncgen_hooks", builtin_fn("get_asyncgen_hooks", sys_get_asyncgen_hooks))?;
    set("set_asyncgen_hooks", builtin_fn("set_asyncgen_hooks", sys_set_asyncgen_hooks))?;
    set("get_int_max_str_digits", builtin_fn("get_int_max_str_digits", sys_get_int_max_str_digits))?;
    set("set_int_max_str_digits", builtin_fn("set_int_max_str_digits", sys_set_int_max_str_digits))?;
    set("platform", str_from("linux"))?;
    set("byteorder", str_from(if cfg!(target_endian = "little") { "little" } else { "big" }))?;
    set("version", str_from("3.11.0 (krait)"))?;
    set("executable", str_from(""))?;
    set("modules", crate::module::modules().to_owned())?;
    set("warnoptions", list_from(vec![]))?;
    let mut names: Vec<&str> = krait_abi::RUNTIME_MODULES.iter().chain(krait_abi::NATIVE_MODULES).chain(krait_abi::LIBRARY_BUILTIN_MODULES).copied().collect();
    names.sort();
    set("builtin_module_names", tuple_from(names.into_iter().map(|n| str_from(n).into_raw()).collect()))?;
    set("getfilesystemencoding", builtin_fn("getfilesystemencoding", sys_getfilesystemencoding))?;
    set("getfilesystemencodeerrors", builtin_fn("getfilesystemencodeerrors", sys_getfilesystemencodeerrors))?;
    set("audit", builtin_fn("audit", sys_audit))?;
    set("__stdout__", stdout)?;
    set("__stderr__", stderr)?;
    set("__stdin__", stdin)?;
    for (k, v) in crate::excepthook::sys_attrs() {
        set(k, v)?;
    }
    for (k, v) in crate::sysattrs::attrs(unsafe { &*ARGV.0.get() })? {
        set(k, v)?;
    }
    let m = ModuleObj { head: Header::new(&MODULE_TYPE), name: "sys", attrs: d.into_raw() };
    Ok(crate::gc::new_obj(m))
}

/// A module object named `name` with the given attributes.
pub fn new_module(name: &'static str, attrs: Vec<(&str, Obj)>) -> R<Obj> {
    let d = dict_new();
    dict_set(d.v(), str_from("__name__").v(), str_from(name).v())?;
    for (k, v) in attrs {
        dict_set(d.v(), str_from(k).v(), v.v())?;
    }
    Ok(crate::gc::new_obj(ModuleObj { head: Header::new(&MODULE_TYPE), name, attrs: d.into_raw() }))
}

/// The module `name` if it has been imported (borrowed: modules are kept in
/// `sys.modules`).
pub fn loaded(name: &str) -> Option<Value> {
    crate::module::lookup(name).map(|m| {
        let v = m.v();
        drop(m);
        v
    })
}

/// The `builtins` module: every builtin the runtime defines (`krait_abi::BUILTIN_NAMES`).
fn make_builtins() -> R<Obj> {
    let mut attrs = vec![];
    for &n in krait_abi::BUILTIN_NAMES {
        // The runtime's own helpers for compiled code are not Python builtins.
        if n.starts_with("__") && !matches!(n, "__build_class__" | "__import__" | "__debug__") {
            continue;
        }
        if let Some(v) = crate::builtins::lookup(n) {
            attrs.push((n, v));
        }
    }
    attrs.push(("__doc__", none()));
    attrs.push(("__debug__", bool_obj(true)));
    new_module("builtins", attrs)
}

/// `import name` for the modules built into the runtime.
pub fn import(name: &str) -> R<Obj> {
    if let Some(m) = crate::module::lookup(name) {
        return Ok(m);
    }
    let m = match name {
        "sys" => make_sys()?,
        "gc" => crate::gc::module::make()?,
        "_weakref" => crate::weakref::make_module()?,
        "builtins" => make_builtins()?,
        "_krait" => crate::synth::make_module()?,
        "_imp" => crate::imports::make_imp()?,
        _ => {
            return Err(crate::exc::module_not_found(name));
        }
    };
    crate::module::register(name, m.v())?;
    Ok(m)
}

/// `import name` of a native standard-library module: made by `ctor` on first import.
#[no_mangle]
pub unsafe extern "C" fn rt_import_native(name: *const u8, len: i64, ctor: *const u8) -> Value {
    let n = std::str::from_utf8_unchecked(std::slice::from_raw_parts(name, len as usize));
    if let Some(m) = crate::module::lookup(n) {
        return m.into_raw();
    }
    let ctor: unsafe extern "C" fn() -> Value = std::mem::transmute(ctor);
    abi(import_native(n, ctor))
}

/// Makes the native module `name` with its constructor and records it in `sys.modules`.
pub fn import_native(name: &str, ctor: unsafe extern "C" fn() -> Value) -> R<Obj> {
    let m = unsafe { ctor() };
    if m.is_null() {
        return Err(crate::value::Raised);
    }
    let m = unsafe { m.owned() };
    crate::module::register(name, m.v())?;
    Ok(m)
}

/// `import name` from compiled code: `name` is UTF-8 of length `len`.
#[no_mangle]
pub unsafe extern "C" fn rt_import(name: *const u8, len: i64) -> Value {
    let n = std::str::from_utf8_unchecked(std::slice::from_raw_parts(name, len as usize));
    abi(import(n))
}
