//! The signal state shared by `_signal` and `_thread`: the Python handler of each
//! signal, the C-level handler that records arrivals, the runner that calls the Python
//! handlers at the runtime's safe points (`krait_runtime::signals`), and the waits
//! (sleeps, lock acquisition, `pause`) that signals interrupt.
//!
//! As in CPython, the C-level handler only sets the signal's flag and the runtime's
//! pending flag (and writes the signal number to the wakeup fd); the Python handler
//! runs later, on the Python thread, with the signal number and None for the frame
//! (krait has no frame objects). One difference: a second SIGINT that arrives while
//! the first has not been handled yet (compiled code that made no call since) ends
//! the process as an unhandled SIGINT does, so a loop that never reaches a safe
//! point can still be interrupted.

use krait_runtime::call::Args;
use krait_runtime::objects::*;
use krait_runtime::signals::PENDING;
use krait_runtime::types::OS_ERROR;
use krait_runtime::value::{Value, R};
use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::time::{Duration, Instant};

/// CPython's `Py_NSIG` on Linux.
pub const NSIG: usize = 65;

struct Handler {
    tripped: AtomicBool,
    /// The Python handler (owned): a callable, the int SIG_DFL or SIG_IGN, or 0 when
    /// the handler was set outside Python (`getsignal` gives None).
    func: UnsafeCell<Value>,
}

struct Table([Handler; NSIG]);
unsafe impl Sync for Table {}

#[allow(clippy::declare_interior_mutable_const)]
const EMPTY: Handler = Handler { tripped: AtomicBool::new(false), func: UnsafeCell::new(Value::NULL) };
static HANDLERS: Table = Table([EMPTY; NSIG]);
static INITIALISED: AtomicBool = AtomicBool::new(false);

/// The fd `set_wakeup_fd` gave (-1: none).
pub static WAKEUP_FD: AtomicI32 = AtomicI32::new(-1);

struct Slot(UnsafeCell<Value>);
unsafe impl Sync for Slot {}
/// `default_int_handler`, made once.
static DEFAULT_INT: Slot = Slot(UnsafeCell::new(Value::NULL));

krait_runtime::builtin!(default_int_handler, |a| {
    crate::clinic::check_positional(a, "default_int_handler", 2, 2)?;
    crate::clinic::c_int(a.pos[0])?;
    let e = krait_runtime::exc::new_exc(&krait_runtime::types::KEYBOARD_INTERRUPT, tuple_from(vec![]));
    Err(krait_runtime::exc::set_current(e))
});

/// The `default_int_handler` builtin (borrowed; it lives as long as the program).
pub fn default_int() -> Value {
    unsafe {
        let s = &mut *DEFAULT_INT.0.get();
        if s.is_null() {
            *s = builtin_fn("default_int_handler", default_int_handler).into_raw();
        }
        *s
    }
}

/// The Python handler of `sig` (borrowed; 0 for none).
pub fn handler(sig: usize) -> Value {
    unsafe { *HANDLERS.0[sig].func.get() }
}

/// Replaces the Python handler of `sig`, returning the old one (owned, or 0).
pub fn set_handler(sig: usize, f: Value) -> Value {
    unsafe { std::mem::replace(&mut *HANDLERS.0[sig].func.get(), f.to_owned().into_raw()) }
}

/// Is `v` the int `n` itself (`compare_handler`: an exact int, not a bool)?
pub fn is_int_handler(v: Value, n: i64) -> bool {
    v.is_small() && v.as_small() == n
}

/// The C-level handler: records the signal for the next safe point.
extern "C" fn c_handler(sig: libc::c_int) {
    let saved = unsafe { *libc::__errno_location() };
    let s = sig as usize;
    if s < NSIG {
        if sig == libc::SIGINT && HANDLERS.0[s].tripped.load(Ordering::Acquire) && PENDING.load(Ordering::Acquire) {
            // Not handled since the last SIGINT: give up and die of it.
            unsafe {
                libc::signal(libc::SIGINT, libc::SIG_DFL);
                libc::raise(libc::SIGINT);
            }
        }
        HANDLERS.0[s].tripped.store(true, Ordering::Release);
        PENDING.store(true, Ordering::Release);
        let fd = WAKEUP_FD.load(Ordering::Acquire);
        if fd >= 0 {
            let b = sig as u8;
            unsafe { libc::write(fd, &b as *const u8 as *const libc::c_void, 1) };
        }
    }
    unsafe { *libc::__errno_location() = saved };
}

/// `PyOS_setsig`: installs the C-level disposition of `sig` (the recording handler,
/// SIG_DFL or SIG_IGN); false with errno set when the system refuses.
pub fn set_disposition(sig: i32, handler: libc::sighandler_t) -> bool {
    unsafe {
        let mut act: libc::sigaction = std::mem::zeroed();
        act.sa_sigaction = handler;
        libc::sigemptyset(&mut act.sa_mask);
        act.sa_flags = libc::SA_ONSTACK;
        libc::sigaction(sig, &act, std::ptr::null_mut()) == 0
    }
}

/// The recording handler, as a disposition.
pub fn recording() -> libc::sighandler_t {
    c_handler as extern "C" fn(libc::c_int) as libc::sighandler_t
}

/// Fills the table from the current dispositions (once) and makes SIGINT raise
/// KeyboardInterrupt, as CPython's start-up does.
pub fn init() {
    if INITIALISED.swap(true, Ordering::AcqRel) {
        return;
    }
    for sig in 1..NSIG {
        let mut old: libc::sigaction = unsafe { std::mem::zeroed() };
        if unsafe { libc::sigaction(sig as i32, std::ptr::null(), &mut old) } != 0 {
            continue;
        }
        let f = match old.sa_sigaction {
            libc::SIG_DFL => Value::small(0),
            libc::SIG_IGN => Value::small(1),
            _ => continue,
        };
        unsafe { *HANDLERS.0[sig].func.get() = f };
    }
    let int = libc::SIGINT as usize;
    if is_int_handler(handler(int), 0) && set_disposition(libc::SIGINT, recording()) {
        set_handler(int, default_int()).decref();
    }
    krait_runtime::signals::set_runner(run_handlers);
}

/// `trip_signal` without a signal (`_thread.interrupt_main`, `PyErr_SetInterruptEx`):
/// the Python handler of `sig` runs at the next safe point, unless the signal is
/// ignored or has its default action.
pub fn simulate(sig: usize) {
    init();
    let f = handler(sig);
    if !is_int_handler(f, 0) && !is_int_handler(f, 1) {
        HANDLERS.0[sig].tripped.store(true, Ordering::Release);
        PENDING.store(true, Ordering::Release);
    }
}

/// `_PyErr_CheckSignals`: calls the Python handler of each signal that arrived, lowest
/// number first. A handler that raises leaves the others for the next safe point.
fn run_handlers() -> R<()> {
    PENDING.store(false, Ordering::Release);
    for sig in 1..NSIG {
        if !HANDLERS.0[sig].tripped.swap(false, Ordering::AcqRel) {
            continue;
        }
        let f = handler(sig);
        if f.is_null() || is_none(f) || is_int_handler(f, 0) || is_int_handler(f, 1) {
            // The handler changed after the signal arrived.
            let msg = format!("Signal {} ignored due to race condition", sig);
            let e = krait_runtime::exc::construct(&OS_ERROR, &[str_from(msg).v()])?;
            krait_runtime::exc::set_current(e);
            krait_runtime::exc::print_unraisable("Exception ignored in", none_v());
            continue;
        }
        let f = f.to_owned();
        let n = int_from_i64(sig as i64);
        if let Err(e) = krait_runtime::call::call(f.v(), &Args::positional(&[n.v(), none_v()])) {
            PENDING.store(true, Ordering::Release);
            return Err(e);
        }
    }
    Ok(())
}

/// Runs the pending Python handlers now (`PyErr_CheckSignals`).
pub fn check() -> R<()> {
    krait_runtime::signals::check()
}

/// Waits until a signal is handled at the C level or `deadline` passes (None: no
/// deadline), without losing a signal that arrives just before the wait: every
/// signal is blocked while the pending flag is tested, and the wait restores the
/// thread's mask atomically (`ppoll`). Does not run the Python handlers.
pub fn wait_once(deadline: Option<Instant>) {
    unsafe {
        let mut all: libc::sigset_t = std::mem::zeroed();
        let mut old: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut all);
        libc::pthread_sigmask(libc::SIG_BLOCK, &all, &mut old);
        if !PENDING.load(Ordering::Acquire) {
            let ts = deadline.map(|d| {
                let left = d.saturating_duration_since(Instant::now());
                libc::timespec { tv_sec: left.as_secs().min(i64::MAX as u64) as libc::time_t, tv_nsec: left.subsec_nanos() as libc::c_long }
            });
            let tsp = ts.as_ref().map_or(std::ptr::null(), |t| t as *const libc::timespec);
            libc::ppoll(std::ptr::null_mut(), 0, tsp, &old);
        }
        libc::pthread_sigmask(libc::SIG_SETMASK, &old, std::ptr::null_mut());
    }
}

/// `time.sleep`: sleeps for `d`, running the Python handlers of the signals that
/// arrive meanwhile; a handler that raises ends the sleep with its exception.
pub fn sleep(d: Duration) -> R<()> {
    let Some(deadline) = Instant::now().checked_add(d) else {
        loop {
            wait_once(None);
            check()?;
        }
    };
    loop {
        if Instant::now() >= deadline {
            return Ok(());
        }
        wait_once(Some(deadline));
        check()?;
    }
}
