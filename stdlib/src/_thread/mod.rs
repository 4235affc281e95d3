//! The `_thread` module (CPython's `Modules/_threadmodule.c`): what `threading.py`,
//! `functools.py`, `reprlib.py` and `_threading_local.py` import.
//!
//! krait runs Python code on one thread (the runtime is not thread-safe), so
//! `start_new_thread` raises `RuntimeError("can't start new thread")` — the error
//! CPython gives when the system refuses a thread — and `threading.Thread.start()`
//! raises it too. Everything that makes sense with one thread works: locks and
//! RLocks (`lock.rs`), `get_ident`, `get_native_id`, `_count` (0), `stack_size`,
//! `_local` (per-thread attributes, which with one thread are the object's own),
//! `_set_sentinel`, `_excepthook` and `_ExceptHookArgs` (`hook.rs`), `interrupt_main`
//! (the SIGINT handler runs at the next safe point, as CPython's next bytecode), and
//! `threading._shutdown` is called at exit before the `atexit` callbacks, as CPython
//! does.

mod hook;
mod lock;
pub mod timeout;

use crate::clinic::{c_int, no_args};
use krait_runtime::builtin;
use krait_runtime::call::Args;
use krait_runtime::exc::{raise, type_error, value_error};
use krait_runtime::objects::*;
use krait_runtime::types::{Kind, RUNTIME_ERROR, SYSTEM_EXIT};
use krait_runtime::value::{abi, Obj, Value, R};
use std::sync::atomic::{AtomicI64, Ordering};

pub use lock::{new_lock, wait_for};

/// The identifier of the Python thread (`PyThread_get_thread_ident`: `pthread_self`).
pub fn ident() -> u64 {
    unsafe { libc::pthread_self() as u64 }
}

/// The stack size `stack_size` set for new threads (0: the system's default).
static STACK_SIZE: AtomicI64 = AtomicI64::new(0);

builtin!(thread_get_ident, |a| {
    no_args(a, "_thread.get_ident")?;
    Ok(int_from_big(num_bigint::BigInt::from(ident())))
});

builtin!(thread_get_native_id, |a| {
    no_args(a, "_thread.get_native_id")?;
    Ok(int_from_i64(unsafe { libc::gettid() } as i64))
});

builtin!(thread_count, |a| {
    no_args(a, "_thread._count")?;
    Ok(int_from_i64(0))
});

builtin!(thread_allocate_lock, |a| {
    no_args(a, "_thread.allocate_lock")?;
    Ok(new_lock())
});

builtin!(thread_set_sentinel, |a| {
    no_args(a, "_thread._set_sentinel")?;
    Ok(new_lock())
});

builtin!(thread_start_new_thread, |a| {
    crate::clinic::no_keywords(a, "start_new_thread")?;
    crate::clinic::check_positional(a, "start_new_thread", 2, 3)?;
    if !krait_runtime::call::is_callable(a.pos[0]) {
        return type_error("first arg must be callable");
    }
    if a.pos[1].ty().kind != Kind::Tuple {
        return type_error("2nd arg must be a tuple");
    }
    if let Some(&kw) = a.pos.get(2) {
        if kw.ty().kind != Kind::Dict {
            return type_error("optional 3rd arg must be a dictionary");
        }
    }
    // krait's runtime runs Python code on one thread only.
    Err(raise(&RUNTIME_ERROR, "can't start new thread"))
});

builtin!(thread_exit, |a| {
    no_args(a, "_thread.exit")?;
    Err(krait_runtime::exc::set_current(krait_runtime::exc::new_exc(&SYSTEM_EXIT, tuple_from(vec![]))))
});

builtin!(thread_stack_size, |a| {
    crate::clinic::no_keywords(a, "stack_size")?;
    crate::clinic::check_positional(a, "stack_size", 0, 1)?;
    let old = STACK_SIZE.load(Ordering::Relaxed);
    if let Some(&v) = a.pos.first() {
        let n = crate::clinic::ssize(v)?;
        if n < 0 {
            return value_error("size must be 0 or a positive value");
        }
        if n != 0 && n < 32768 {
            return value_error(format!("size not valid: {} bytes", n));
        }
        STACK_SIZE.store(n, Ordering::Relaxed);
    }
    Ok(int_from_i64(old))
});

builtin!(thread_interrupt_main, |a| {
    let b = crate::clinic::unpack_keywords(a, "interrupt_main", &["signum"], 1, 0, 1)?;
    let sig = match b[0] {
        Some(v) => c_int(v)?,
        None => libc::SIGINT,
    };
    if sig < 1 || sig as usize >= crate::_signal::state::NSIG {
        return value_error("signal number out of range");
    }
    crate::_signal::state::simulate(sig as usize);
    Ok(none())
});

// `_thread._local.__new__`: arguments only for a subclass that defines `__init__`.
builtin!(local_new, |a| {
    let Some((&cls, rest)) = a.pos.split_first() else {
        return type_error("_thread._local.__new__(): not enough arguments");
    };
    if (!rest.is_empty() || !a.kwnames.is_empty()) && !hook::defines_init(cls) {
        return type_error("Initialization arguments are not supported");
    }
    krait_runtime::class::call_builtin_method(krait_runtime::types::OBJECT_TYPE.as_value(), "__new__", &Args::positional(&[cls]))
});

/// Calls `threading._shutdown()` if `threading` was imported (CPython's
/// `wait_for_thread_shutdown`, before the `atexit` callbacks).
fn shutdown_threading() {
    let Some(m) = krait_runtime::module::lookup("threading") else { return };
    let saved = krait_runtime::exc::take_current();
    match krait_runtime::ops::getattr(m.v(), "_shutdown") {
        Ok(f) => {
            if krait_runtime::call::call(f.v(), &Args::positional(&[])).is_err() {
                krait_runtime::exc::print_unraisable("Exception ignored in", m.v());
            }
        }
        Err(_) => krait_runtime::exc::clear_current(),
    }
    krait_runtime::exc::restore_saved(saved);
}

fn make_module() -> R<Obj> {
    let (lock, rlock) = lock::classes()?;
    let local = hook::class("_local", &[], vec![("__new__", builtin_fn("__new__", local_new)), ("__doc__", str_from("Thread-local data"))])?;
    let (hook_args, hook_fn) = hook::make()?;
    krait_runtime::entry::add_exit_hook(0, shutdown_threading);
    let f = |n: &'static str, g| builtin_fn(n, g);
    let attrs = vec![
        ("__doc__", str_from("This module provides primitive operations to write multi-threaded programs.\nThe 'threading' module provides a more convenient interface.")),
        ("LockType", lock),
        ("RLock", rlock),
        ("_local", local),
        ("_ExceptHookArgs", hook_args),
        ("_excepthook", hook_fn),
        ("error", RUNTIME_ERROR.as_value().to_owned()),
        ("TIMEOUT_MAX", float(((i64::MAX / 1000) as f64 * 1e-6).floor())),
        ("get_ident", f("get_ident", thread_get_ident)),
        ("get_native_id", f("get_native_id", thread_get_native_id)),
        ("_count", f("_count", thread_count)),
        ("allocate_lock", f("allocate_lock", thread_allocate_lock)),
        ("allocate", f("allocate", thread_allocate_lock)),
        ("_set_sentinel", f("_set_sentinel", thread_set_sentinel)),
        ("start_new_thread", f("start_new_thread", thread_start_new_thread)),
        ("start_new", f("start_new", thread_start_new_thread)),
        ("exit", f("exit", thread_exit)),
        ("exit_thread", f("exit_thread", thread_exit)),
        ("stack_size", f("stack_size", thread_stack_size)),
        ("interrupt_main", f("interrupt_main", thread_interrupt_main)),
    ];
    krait_runtime::sysmod::new_module("_thread", attrs)
}

/// `import _thread`.
#[no_mangle]
pub extern "C" fn krait_module__thread() -> Value {
    abi(make_module())
}
