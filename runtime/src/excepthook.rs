//! `sys.excepthook` (also `sys.__excepthook__`) and the report of the exception that
//! ends the program, which goes through `sys.excepthook` as CPython's `PyErr_Print`
//! does, so a program (or `logging`, `threading`...) may replace it; likewise
//! `sys.unraisablehook` and the report of an exception that cannot propagate (raised
//! by `__del__`, a weak reference callback, an `atexit` callback...).

use crate::call::Args;
use crate::exc::{as_exc, take_current};
use crate::objects::*;
use crate::structseq::{self, Spec};
use crate::types::{Kind, TypeObj};
use crate::value::{Obj, Value, R};
use std::cell::Cell;

// `sys.excepthook(type, value, traceback)`: prints the exception with its traceback
// and chained exceptions to `sys.stderr` (CPython's `PyErr_Display`).
crate::builtin!(sys_excepthook, |a| {
    a.no_kwargs("sys.excepthook")?;
    a.arity("excepthook", 3, 3)?;
    display(a.pos[1], a.pos[2]);
    Ok(none())
});

/// The attribute `name` of the `sys` module, if `sys` has been imported and has it.
pub fn sys_attr(name: &str) -> Option<Obj> {
    let sys = crate::sysmod::loaded("sys")?;
    let m = as_module(sys)?;
    crate::dicts::dict_get(m.attrs, str_from(name).v()).ok().flatten()
}

/// Writes `text` to `sys.stderr` (the standard error descriptor while `sys` is not
/// imported or its `stderr` is the original stream), then flushes it. Errors are
/// ignored, as CPython's display ignores them.
pub fn write_sys_stderr(text: &str) {
    let file = sys_attr("stderr");
    match file {
        Some(f) if crate::io::stream_fd(f.v()) != Some(2) => {
            if is_none(f.v()) {
                crate::io::write_stderr("lost sys.stderr\n");
                return;
            }
            if crate::io::write_to(f.v(), text).is_err() || crate::ops::call_method(f.v(), "flush", &Args::positional(&[])).is_err() {
                let _ = take_current();
            }
        }
        _ => {
            crate::io::flush_stdout();
            crate::io::write_stderr(text);
        }
    }
}

/// CPython's `_PyErr_Display`: the report of `value`, whose traceback becomes `tb` if
/// it never had one (was never raised nor given one: `__traceback__ = None` counts).
fn display(value: Value, tb: Value) {
    let text = if let Some(e) = as_exc(value) {
        if e.tb_id == 0 && crate::traceback::as_tb(tb).is_some() && crate::ops::setattr(value, "__traceback__", tb).is_err() {
            let _ = take_current();
        }
        crate::traceback::format_uncaught(value)
    } else {
        format!("TypeError: print_exception(): Exception expected for value, {} found\n", value.ty().name)
    };
    write_sys_stderr(&text);
}

/// Reports the exception `exc` that ended the program through `sys.excepthook` and
/// returns the exit status: 1, or the status of a SystemExit the hook raised.
pub fn report_uncaught(exc: Value) -> i32 {
    let Some(hook) = sys_attr("excepthook") else {
        if crate::sysmod::loaded("sys").is_some() {
            write_sys_stderr("sys.excepthook is missing\n");
        }
        display(exc, none().v());
        return 1;
    };
    let tb = match crate::ops::getattr(exc, "__traceback__") {
        Ok(tb) => tb,
        Err(_) => {
            let _ = take_current();
            none()
        }
    };
    let ty = exc.ty().as_value();
    if crate::call::call(hook.v(), &Args::positional(&[ty, exc, tb.v()])).is_ok() {
        return 1;
    }
    let Some(e2) = take_current() else { return 1 };
    if e2.ty().is_subtype(&crate::types::SYSTEM_EXIT) {
        return crate::exc::exit_status_for(e2);
    }
    write_sys_stderr("Error in sys.excepthook:\n");
    display(e2.v(), none().v());
    write_sys_stderr("\nOriginal exception was:\n");
    display(exc, tb.v());
    1
}

// Unraisable exceptions.

static UNRAISABLE_ARGS: Spec = Spec { name: "UnraisableHookArgs", visible: &["exc_type", "exc_value", "exc_traceback", "err_msg", "object"], named: 5, hidden: &[] };

thread_local! {
    static ARGS_TYPE: Cell<Option<&'static TypeObj>> = const { Cell::new(None) };
}

/// The struct sequence class `UnraisableHookArgs`, made on first use.
fn args_type() -> R<&'static TypeObj> {
    if let Some(t) = ARGS_TYPE.with(|t| t.get()) {
        return Ok(t);
    }
    let t = structseq::make_class("builtins", &UNRAISABLE_ARGS)?;
    ARGS_TYPE.with(|c| c.set(Some(t)));
    Ok(t)
}

// `sys.unraisablehook(unraisable)`: prints an `UnraisableHookArgs` to `sys.stderr`.
crate::builtin!(sys_unraisablehook, |a| {
    a.no_kwargs("sys.unraisablehook")?;
    a.arity("sys.unraisablehook", 1, 1)?;
    let t = args_type()?;
    let items = match as_tuple(a.pos[0]) {
        Some(tu) if a.pos[0].ty().is_subtype(t) && tu.items.len() == 5 => tu.items.to_vec(),
        _ => return crate::exc::type_error("sys.unraisablehook argument type must be UnraisableHookArgs"),
    };
    write_sys_stderr(&format_unraisable(items[0], items[1], items[2], items[3], items[4]));
    Ok(none())
});

/// CPython's `write_unraisable_exc_file`: the object, the traceback and the
/// exception's line (with ": " even when its message is empty).
fn format_unraisable(exc_type: Value, exc_value: Value, tb: Value, err_msg: Value, obj: Value) -> String {
    let mut out = String::new();
    let repr_or = |v: Value, failed: &str| match crate::ops::repr(v) {
        Ok(r) => str_text(r.v()).to_string(),
        Err(_) => {
            let _ = take_current();
            failed.to_string()
        }
    };
    let msg = if is_none(err_msg) { None } else { Some(crate::ops::str_of(err_msg).map(|s| str_text(s.v()).to_string()).unwrap_or_default()) };
    let _ = take_current();
    if !is_none(obj) {
        out.push_str(msg.as_deref().unwrap_or("Exception ignored in"));
        out.push_str(": ");
        out.push_str(&repr_or(obj, "<object repr() failed>"));
        out.push('\n');
    } else if let Some(m) = &msg {
        out.push_str(m);
        out.push_str(":\n");
    }
    if let Some(t) = crate::traceback::as_tb(tb) {
        crate::traceback::format_tb(t.chain(), "Traceback (most recent call last):\n", "", "", &mut out);
    }
    if is_none(exc_type) || exc_type.ty().kind != Kind::Type {
        return out;
    }
    out.push_str(&crate::class::exc_type_name(unsafe { exc_type.as_ref::<TypeObj>() }));
    if !is_none(exc_value) {
        out.push_str(": ");
        match crate::ops::str_of(exc_value) {
            Ok(s) => out.push_str(str_text(s.v())),
            Err(_) => {
                let _ = take_current();
                out.push_str("<exception str() failed>");
            }
        }
    }
    out.push('\n');
    out
}

/// Reports the current exception, which cannot propagate, through
/// `sys.unraisablehook` (CPython's `_PyErr_WriteUnraisableMsg`): `what` is the
/// message before the object ("Exception ignored in"), `obj` the object involved.
pub fn write_unraisable(what: &str, obj: Value) {
    let Some(e) = take_current() else { return };
    let err_msg = if what == "Exception ignored in" { none() } else { str_from(what) };
    let tb = match crate::ops::getattr(e.v(), "__traceback__") {
        Ok(tb) => tb,
        Err(_) => {
            let _ = take_current();
            none()
        }
    };
    let ty = e.ty().as_value().to_owned();
    let mut report = (ty, e, tb, err_msg, obj.to_owned());
    let hook = sys_attr("unraisablehook").filter(|h| !is_none(h.v()));
    if let Some(hook) = hook {
        let is_default = as_builtin(hook.v()).is_some_and(|b| b.f as usize == sys_unraisablehook as crate::types::BuiltinFn as usize);
        if !is_default {
            let (ty, e, tb, msg, obj) = &report;
            let args = args_type().and_then(|t| structseq::new_instance(t, vec![ty.clone(), e.clone(), tb.clone(), msg.clone(), obj.clone()], vec![]));
            match args.and_then(|args| crate::call::call(hook.v(), &Args::positional(&[args.v()]))) {
                Ok(_) => return,
                Err(_) => {
                    // The hook failed: its own error is reported by the default hook.
                    let Some(e2) = take_current() else { return };
                    let tb2 = crate::ops::getattr(e2.v(), "__traceback__").unwrap_or_else(|_| {
                        let _ = take_current();
                        none()
                    });
                    report = (e2.ty().as_value().to_owned(), e2, tb2, str_from("Exception ignored in sys.unraisablehook"), hook.clone());
                }
            }
        }
    }
    let (ty, e, tb, msg, obj) = &report;
    write_sys_stderr(&format_unraisable(ty.v(), e.v(), tb.v(), msg.v(), obj.v()));
}

/// The attributes this module adds to `sys`.
pub fn sys_attrs() -> Vec<(&'static str, Obj)> {
    let hook = builtin_fn("excepthook", sys_excepthook);
    let unraisable = builtin_fn("unraisablehook", sys_unraisablehook);
    vec![("excepthook", hook.clone()), ("__excepthook__", hook), ("unraisablehook", unraisable.clone()), ("__unraisablehook__", unraisable)]
}
