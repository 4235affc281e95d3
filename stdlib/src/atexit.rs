//! The `atexit` module (CPython's `Modules/atexitmodule.c`): functions to call when
//! the program ends.
//!
//! The callbacks run when the main module finishes or raises (`sys.exit` included),
//! after an uncaught exception's traceback and before standard output is flushed,
//! last registered first; a callback that raises is reported as CPython does
//! ("Exception ignored in atexit callback: <function ...>" and its traceback on
//! stderr) and the others still run. The runtime calls them through
//! `krait_runtime::entry::add_exit_hook`, after `threading._shutdown`.
//! As in CPython 3.11, `unregister` empties a slot without shrinking the count
//! `_ncallbacks` reports; running or clearing the callbacks resets it.

use krait_runtime::builtin;
use krait_runtime::call::Args;
use krait_runtime::exc::type_error;
use krait_runtime::objects::*;
use krait_runtime::value::{abi, Obj, Value, R};
use std::cell::RefCell;

/// A registered call: the function, its positional arguments (a tuple) and its
/// keyword arguments (a dict, or none).
struct Callback {
    func: Obj,
    args: Obj,
    kwargs: Option<Obj>,
}

thread_local! {
    static CALLBACKS: RefCell<Vec<Option<Callback>>> = const { RefCell::new(Vec::new()) };
}

builtin!(atexit_register, |a| {
    let Some((&func, rest)) = a.pos.split_first() else {
        return type_error("register() takes at least 1 argument (0 given)");
    };
    if !krait_runtime::call::is_callable(func) {
        return type_error("the first argument must be callable");
    }
    let args = tuple_from(rest.iter().map(|&v| v.to_owned().into_raw()).collect());
    let kwargs = if a.kwnames.is_empty() {
        None
    } else {
        let d = dict_new();
        for (k, v) in a.kwnames.iter().zip(a.kwvals) {
            krait_runtime::dicts::dict_set(d.v(), *k, *v)?;
        }
        Some(d)
    };
    CALLBACKS.with(|c| c.borrow_mut().push(Some(Callback { func: func.to_owned(), args, kwargs })));
    Ok(func.to_owned())
});

builtin!(atexit_unregister, |a| {
    let func = crate::clinic::one_arg(a, "atexit.unregister")?;
    let mut i = 0;
    loop {
        // Comparing may run Python code, which may register or unregister.
        let cand = CALLBACKS.with(|c| {
            let c = c.borrow();
            if i >= c.len() {
                return Err(());
            }
            Ok(c[i].as_ref().map(|cb| cb.func.v().to_owned()))
        });
        let Ok(cand) = cand else { break };
        if let Some(f) = cand {
            if krait_runtime::ops::eq(f.v(), func)? {
                let old = CALLBACKS.with(|c| c.borrow_mut().get_mut(i).and_then(Option::take));
                drop(old);
            }
        }
        i += 1;
    }
    Ok(none())
});

/// Calls the callbacks, last registered first, reporting those that raise, then
/// forgets them all (`atexit_callfuncs`).
fn call_all() {
    let mut i = CALLBACKS.with(|c| c.borrow().len());
    while i > 0 {
        i -= 1;
        let cb = CALLBACKS.with(|c| {
            let c = c.borrow();
            c.get(i).and_then(|cb| cb.as_ref()).map(|cb| (cb.func.v().to_owned(), cb.args.v().to_owned(), cb.kwargs.as_ref().map(|k| k.v().to_owned())))
        });
        let Some((func, args, kwargs)) = cb else { continue };
        let saved = krait_runtime::exc::take_current();
        let r = call(func.v(), args.v(), kwargs.as_ref().map(|k| k.v()));
        if r.is_err() {
            krait_runtime::exc::print_unraisable("Exception ignored in atexit callback", func.v());
        }
        krait_runtime::exc::restore_saved(saved);
    }
    clear();
}

fn call(func: Value, args: Value, kwargs: Option<Value>) -> R<Obj> {
    let pos: Vec<Value> = as_tuple(args).map(|t| t.items.to_vec()).unwrap_or_default();
    let (mut names, mut vals) = (Vec::new(), Vec::new());
    if let Some(d) = kwargs.and_then(|k| as_dict(k)) {
        for (k, v) in d.table.iter() {
            names.push(*k);
            vals.push(*v);
        }
    }
    krait_runtime::call::call(func, &Args { pos: &pos, kwnames: &names, kwvals: &vals })
}

fn clear() {
    let old = CALLBACKS.with(|c| std::mem::take(&mut *c.borrow_mut()));
    drop(old);
}

builtin!(atexit_run_exitfuncs, |a| {
    crate::clinic::no_args(a, "atexit._run_exitfuncs")?;
    call_all();
    Ok(none())
});

builtin!(atexit_clear, |a| {
    crate::clinic::no_args(a, "atexit._clear")?;
    clear();
    Ok(none())
});

builtin!(atexit_ncallbacks, |a| {
    crate::clinic::no_args(a, "atexit._ncallbacks")?;
    Ok(int_from_i64(CALLBACKS.with(|c| c.borrow().len()) as i64))
});

fn make_module() -> R<Obj> {
    krait_runtime::entry::add_exit_hook(1, call_all);
    krait_runtime::sysmod::new_module(
        "atexit",
        vec![
            ("__doc__", str_from("allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n")),
            ("register", builtin_fn("register", atexit_register)),
            ("unregister", builtin_fn("unregister", atexit_unregister)),
            ("_run_exitfuncs", builtin_fn("_run_exitfuncs", atexit_run_exitfuncs)),
            ("_clear", builtin_fn("_clear", atexit_clear)),
            ("_ncallbacks", builtin_fn("_ncallbacks", atexit_ncallbacks)),
        ],
    )
}

/// `import atexit`.
#[no_mangle]
pub extern "C" fn krait_module_atexit() -> Value {
    abi(make_module())
}
