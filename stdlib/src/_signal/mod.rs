//! The `_signal` module (CPython's `Modules/signalmodule.c`) on Linux: what
//! `signal.py` builds its enums from (the `SIG*` numbers, `SIG_DFL`, `SIG_IGN`,
//! `SIG_BLOCK`..., `NSIG`, `ITIMER_*`) and the functions over the C library's
//! signals: `signal`, `getsignal`, `raise_signal`, `alarm`, `pause`, `setitimer`,
//! `getitimer`, `set_wakeup_fd`, `siginterrupt`, `pthread_sigmask`, `pthread_kill`,
//! `sigpending`, `sigwait`, `valid_signals`, `strsignal`, `default_int_handler`.
//!
//! Python handlers run at the runtime's safe points (`krait_runtime::signals`): at
//! every call, after a function that may have sent a signal returns
//! (`raise_signal`, `pthread_kill`, `pthread_sigmask`, `os.kill`), and in the waits
//! (`time.sleep`, `pause`, lock acquisition). `state.rs` holds the handler table.
//! Not provided: `sigwaitinfo`, `sigtimedwait` and `struct_siginfo`,
//! `pidfd_send_signal`.

pub mod state;

use crate::clinic::{c_int, check_positional, one_arg};
use krait_runtime::builtin;
use krait_runtime::call::Args;
use krait_runtime::exc::{type_error, value_error};
use krait_runtime::objects::*;
use krait_runtime::types::{TypeObj, OS_ERROR};
use krait_runtime::value::{abi, Obj, Value, R};
use state::NSIG;
use std::cell::Cell;

pub use state::{check, sleep, wait_once};

thread_local! {
    /// `signal.itimer_error`, made with the module.
    static ITIMER_ERROR: Cell<Option<&'static TypeObj>> = const { Cell::new(None) };
}

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// Raises `ty(code, strerror(code))` (`PyErr_SetFromErrno`).
fn os_error<T>(ty: &'static TypeObj, code: i32) -> R<T> {
    let p = unsafe { libc::strerror(code) };
    let msg = if p.is_null() { format!("Unknown error {}", code) } else { unsafe { std::ffi::CStr::from_ptr(p) }.to_string_lossy().into_owned() };
    let e = krait_runtime::exc::construct(ty, &[Value::small(code as i64), str_from(msg).v()])?;
    Err(krait_runtime::exc::set_current(e))
}

/// A signal number argument with CPython's range check.
fn signum(v: Value) -> R<usize> {
    let n = c_int(v)?;
    if n < 1 || n as usize >= NSIG {
        return value_error("signal number out of range");
    }
    Ok(n as usize)
}

builtin!(signal_signal, |a| {
    crate::clinic::no_keywords(a, "signal")?;
    check_positional(a, "signal", 2, 2)?;
    let sig = signum(a.pos[0])?;
    let h = a.pos[1];
    state::init();
    let disposition = if krait_runtime::call::is_callable(h) {
        state::recording()
    } else if state::is_int_handler(h, 1) {
        libc::SIG_IGN
    } else if state::is_int_handler(h, 0) {
        libc::SIG_DFL
    } else {
        return type_error("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
    };
    // Pending signals are handled with the handlers they arrived under.
    check()?;
    if !state::set_disposition(sig as i32, disposition) {
        return os_error(&OS_ERROR, errno());
    }
    let old = state::set_handler(sig, h);
    Ok(if old.is_null() { none() } else { unsafe { old.owned() } })
});

builtin!(signal_getsignal, |a| {
    let sig = signum(one_arg(a, "getsignal")?)?;
    state::init();
    let f = state::handler(sig);
    Ok(if f.is_null() { none() } else { f.to_owned() })
});

builtin!(signal_strsignal, |a| {
    let sig = signum(one_arg(a, "strsignal")?)?;
    let p = unsafe { libc::strsignal(sig as i32) };
    if p.is_null() {
        return Ok(none());
    }
    let s = unsafe { std::ffi::CStr::from_ptr(p) }.to_string_lossy().into_owned();
    Ok(if s.contains("Unknown signal") { none() } else { str_from(s) })
});

builtin!(signal_raise_signal, |a| {
    let sig = c_int(one_arg(a, "raise_signal")?)?;
    state::init();
    if unsafe { libc::raise(sig) } != 0 {
        return os_error(&OS_ERROR, errno());
    }
    check()?;
    Ok(none())
});

builtin!(signal_alarm, |a| {
    let secs = c_int(one_arg(a, "_signal.alarm")?)?;
    Ok(int_from_i64(unsafe { libc::alarm(secs as u32) } as i64))
});

builtin!(signal_pause, |a| {
    crate::clinic::no_args(a, "_signal.pause")?;
    state::init();
    check()?;
    wait_once(None);
    check()?;
    Ok(none())
});

builtin!(signal_set_wakeup_fd, |a| {
    let b = crate::clinic::unpack_keywords(a, "set_wakeup_fd", &["", "warn_on_full_buffer"], 1, 1, 1)?;
    let fd = crate::clinic::ssize(b[0].unwrap())?;
    if let Some(w) = b[1] {
        krait_runtime::ops::truthy(w)?;
    }
    let fd = if fd == -1 {
        -1
    } else {
        let Ok(fd) = i32::try_from(fd) else { return value_error("invalid fd") };
        let mut st: libc::stat = unsafe { std::mem::zeroed() };
        if unsafe { libc::fstat(fd, &mut st) } != 0 {
            return os_error(&OS_ERROR, errno());
        }
        let flags = unsafe { libc::fcntl(fd, libc::F_GETFL) };
        if flags & libc::O_NONBLOCK == 0 {
            return value_error(format!("the fd {} must be in non-blocking mode", fd));
        }
        fd
    };
    state::init();
    let old = state::WAKEUP_FD.swap(fd, std::sync::atomic::Ordering::AcqRel);
    Ok(int_from_i64(old as i64))
});

builtin!(signal_siginterrupt, |a| {
    crate::clinic::no_keywords(a, "siginterrupt")?;
    check_positional(a, "siginterrupt", 2, 2)?;
    let sig = signum(a.pos[0])?;
    let flag = c_int(a.pos[1])?;
    unsafe {
        let mut act: libc::sigaction = std::mem::zeroed();
        libc::sigaction(sig as i32, std::ptr::null(), &mut act);
        if flag != 0 {
            act.sa_flags &= !libc::SA_RESTART;
        } else {
            act.sa_flags |= libc::SA_RESTART;
        }
        if libc::sigaction(sig as i32, &act, std::ptr::null_mut()) < 0 {
            return os_error(&OS_ERROR, errno());
        }
    }
    Ok(none())
});

/// The `sigset_t` converter: an iterable of signal numbers.
fn sigset_of(v: Value) -> R<libc::sigset_t> {
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    unsafe { libc::sigemptyset(&mut set) };
    for item in krait_runtime::ops::collect(v)? {
        let i = crate::clinic::index(item.v())?;
        let n = crate::clinic::as_i64(i.v());
        match n {
            Some(n) if n >= 1 && (n as usize) < NSIG => unsafe {
                libc::sigaddset(&mut set, n as i32);
            },
            _ => {
                let shown = krait_runtime::ops::str_of(i.v())?;
                return value_error(format!("signal number {} out of range [1; {}]", str_text(shown.v()), NSIG - 1));
            }
        }
    }
    Ok(set)
}

/// The signals of a set, as a Python set of ints.
fn set_of(set: &libc::sigset_t) -> R<Obj> {
    let s = set_new(false);
    for sig in 1..NSIG {
        if unsafe { libc::sigismember(set, sig as i32) } == 1 {
            krait_runtime::sets::set_add(s.v(), Value::small(sig as i64))?;
        }
    }
    Ok(s)
}

builtin!(signal_pthread_sigmask, |a| {
    crate::clinic::no_keywords(a, "pthread_sigmask")?;
    check_positional(a, "pthread_sigmask", 2, 2)?;
    let how = c_int(a.pos[0])?;
    let mask = sigset_of(a.pos[1])?;
    let mut old: libc::sigset_t = unsafe { std::mem::zeroed() };
    let err = unsafe { libc::pthread_sigmask(how, &mask, &mut old) };
    if err != 0 {
        return os_error(&OS_ERROR, err);
    }
    // Unblocking may have delivered a signal.
    check()?;
    set_of(&old)
});

builtin!(signal_sigpending, |a| {
    crate::clinic::no_args(a, "_signal.sigpending")?;
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    if unsafe { libc::sigpending(&mut set) } != 0 {
        return os_error(&OS_ERROR, errno());
    }
    set_of(&set)
});

builtin!(signal_sigwait, |a| {
    let set = sigset_of(one_arg(a, "sigwait")?)?;
    let mut sig: libc::c_int = 0;
    let err = unsafe { libc::sigwait(&set, &mut sig) };
    if err != 0 {
        return os_error(&OS_ERROR, err);
    }
    Ok(int_from_i64(sig as i64))
});

builtin!(signal_valid_signals, |a| {
    crate::clinic::no_args(a, "_signal.valid_signals")?;
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    if unsafe { libc::sigfillset(&mut set) } != 0 {
        return os_error(&OS_ERROR, errno());
    }
    set_of(&set)
});

builtin!(signal_pthread_kill, |a| {
    crate::clinic::no_keywords(a, "pthread_kill")?;
    check_positional(a, "pthread_kill", 2, 2)?;
    // `unsigned long` with wrap-around, as Argument Clinic's bitwise converter.
    let i = crate::clinic::index(a.pos[0])?;
    let tid = match krait_runtime::seq::int_to_big(i.v()) {
        Some(b) => {
            let (_, digits) = b.to_u64_digits();
            let low = digits.first().copied().unwrap_or(0);
            if b.sign() == num_bigint::Sign::Minus { low.wrapping_neg() } else { low }
        }
        None => 0,
    };
    let sig = c_int(a.pos[1])?;
    state::init();
    let err = unsafe { libc::pthread_kill(tid as libc::pthread_t, sig) };
    if err != 0 {
        return os_error(&OS_ERROR, err);
    }
    check()?;
    Ok(none())
});

/// `_PyTime_FromSecondsObject` then a `timeval`, rounding up (`setitimer`).
fn timeval_of(v: Value) -> R<libc::timeval> {
    let secs = crate::_thread::timeout::seconds_to_ns(v, true)?;
    let us = secs.div_euclid(1000) + (secs.rem_euclid(1000) != 0) as i64;
    Ok(libc::timeval { tv_sec: us.div_euclid(1_000_000) as libc::time_t, tv_usec: us.rem_euclid(1_000_000) as libc::suseconds_t })
}

fn itimer_tuple(t: &libc::itimerval) -> Obj {
    let f = |tv: &libc::timeval| float(tv.tv_sec as f64 + tv.tv_usec as f64 * 1e-6).into_raw();
    tuple_from(vec![f(&t.it_value), f(&t.it_interval)])
}

fn itimer_error() -> &'static TypeObj {
    ITIMER_ERROR.with(|e| e.get()).unwrap_or(&OS_ERROR)
}

builtin!(signal_setitimer, |a| {
    crate::clinic::no_keywords(a, "setitimer")?;
    check_positional(a, "setitimer", 2, 3)?;
    let which = c_int(a.pos[0])?;
    let value = timeval_of(a.pos[1])?;
    let interval = match a.pos.get(2) {
        Some(&v) => timeval_of(v)?,
        None => libc::timeval { tv_sec: 0, tv_usec: 0 },
    };
    let new = libc::itimerval { it_interval: interval, it_value: value };
    let mut old: libc::itimerval = unsafe { std::mem::zeroed() };
    if unsafe { libc::setitimer(which as _, &new, &mut old) } != 0 {
        return os_error(itimer_error(), errno());
    }
    Ok(itimer_tuple(&old))
});

builtin!(signal_getitimer, |a| {
    let which = c_int(one_arg(a, "getitimer")?)?;
    let mut cur: libc::itimerval = unsafe { std::mem::zeroed() };
    if unsafe { libc::getitimer(which as _, &mut cur) } != 0 {
        return os_error(itimer_error(), errno());
    }
    Ok(itimer_tuple(&cur))
});

/// The signal names of Linux, with their numbers.
const SIGNALS: &[(&str, i32)] = &[
    ("SIGHUP", libc::SIGHUP), ("SIGINT", libc::SIGINT), ("SIGQUIT", libc::SIGQUIT), ("SIGILL", libc::SIGILL),
    ("SIGTRAP", libc::SIGTRAP), ("SIGABRT", libc::SIGABRT), ("SIGIOT", libc::SIGIOT), ("SIGBUS", libc::SIGBUS),
    ("SIGFPE", libc::SIGFPE), ("SIGKILL", libc::SIGKILL), ("SIGUSR1", libc::SIGUSR1), ("SIGSEGV", libc::SIGSEGV),
    ("SIGUSR2", libc::SIGUSR2), ("SIGPIPE", libc::SIGPIPE), ("SIGALRM", libc::SIGALRM), ("SIGTERM", libc::SIGTERM),
    ("SIGSTKFLT", libc::SIGSTKFLT), ("SIGCHLD", libc::SIGCHLD), ("SIGCLD", libc::SIGCHLD), ("SIGCONT", libc::SIGCONT),
    ("SIGSTOP", libc::SIGSTOP), ("SIGTSTP", libc::SIGTSTP), ("SIGTTIN", libc::SIGTTIN), ("SIGTTOU", libc::SIGTTOU),
    ("SIGURG", libc::SIGURG), ("SIGXCPU", libc::SIGXCPU), ("SIGXFSZ", libc::SIGXFSZ), ("SIGVTALRM", libc::SIGVTALRM),
    ("SIGPROF", libc::SIGPROF), ("SIGWINCH", libc::SIGWINCH), ("SIGIO", libc::SIGIO), ("SIGPOLL", libc::SIGPOLL),
    ("SIGPWR", libc::SIGPWR), ("SIGSYS", libc::SIGSYS),
];

fn make_module() -> R<Obj> {
    state::init();
    let ns = dict_new();
    krait_runtime::dicts::dict_set(ns.v(), str_from("__module__").v(), str_from("signal").v())?;
    let bases = tuple_from(vec![OS_ERROR.as_value().to_owned().into_raw()]);
    let err = krait_runtime::class::new_class(&krait_runtime::types::TYPE_TYPE, str_from("itimer_error").v(), bases.v(), ns.v(), &Args::positional(&[]))?;
    ITIMER_ERROR.with(|e| e.set(Some(unsafe { err.v().as_ref::<TypeObj>() })));
    let int = |n: i64| int_from_i64(n);
    let mut attrs: Vec<(&str, Obj)> = SIGNALS.iter().map(|&(n, v)| (n, int(v as i64))).collect();
    attrs.extend([
        ("SIGRTMIN", int(libc::SIGRTMIN() as i64)),
        ("SIGRTMAX", int(libc::SIGRTMAX() as i64)),
        ("NSIG", int(NSIG as i64)),
        ("SIG_DFL", int(0)),
        ("SIG_IGN", int(1)),
        ("SIG_BLOCK", int(libc::SIG_BLOCK as i64)),
        ("SIG_UNBLOCK", int(libc::SIG_UNBLOCK as i64)),
        ("SIG_SETMASK", int(libc::SIG_SETMASK as i64)),
        ("ITIMER_REAL", int(libc::ITIMER_REAL as i64)),
        ("ITIMER_VIRTUAL", int(libc::ITIMER_VIRTUAL as i64)),
        ("ITIMER_PROF", int(libc::ITIMER_PROF as i64)),
        ("ItimerError", err),
        ("__doc__", str_from("This module provides mechanisms to use signal handlers in Python.")),
        ("default_int_handler", state::default_int().to_owned()),
        ("signal", builtin_fn("signal", signal_signal)),
        ("getsignal", builtin_fn("getsignal", signal_getsignal)),
        ("strsignal", builtin_fn("strsignal", signal_strsignal)),
        ("raise_signal", builtin_fn("raise_signal", signal_raise_signal)),
        ("alarm", builtin_fn("alarm", signal_alarm)),
        ("pause", builtin_fn("pause", signal_pause)),
        ("set_wakeup_fd", builtin_fn("set_wakeup_fd", signal_set_wakeup_fd)),
        ("siginterrupt", builtin_fn("siginterrupt", signal_siginterrupt)),
        ("pthread_sigmask", builtin_fn("pthread_sigmask", signal_pthread_sigmask)),
        ("pthread_kill", builtin_fn("pthread_kill", signal_pthread_kill)),
        ("sigpending", builtin_fn("sigpending", signal_sigpending)),
        ("sigwait", builtin_fn("sigwait", signal_sigwait)),
        ("valid_signals", builtin_fn("valid_signals", signal_valid_signals)),
        ("setitimer", builtin_fn("setitimer", signal_setitimer)),
        ("getitimer", builtin_fn("getitimer", signal_getitimer)),
    ]);
    krait_runtime::sysmod::new_module("_signal", attrs)
}

/// `import _signal`.
#[no_mangle]
pub extern "C" fn krait_module__signal() -> Value {
    abi(make_module())
}
