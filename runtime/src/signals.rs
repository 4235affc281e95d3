//! Safe points for Python signal handlers.
//!
//! CPython's C-level signal handler only records that a signal arrived; the Python
//! handler runs later, between bytecodes, when the eval loop sees the flag. krait
//! has no eval loop, so the runtime checks the flag at points it reaches often and
//! where raising is allowed: before and after every call through `rt_call` and
//! `rt_call_method`, the end of the main module, and the waits of the native modules (`time.sleep`, lock
//! acquisition, `signal.pause`). Compiled code that makes no such call (a loop of
//! arithmetic on locals) does not run handlers until it does.
//!
//! The `_signal` module owns the handlers and the C-level handler; the runtime only
//! knows the flag ([`PENDING`]) and the function that runs what is pending
//! ([`set_runner`]), so a program that never imports `_signal` pays one load per call.

use crate::value::R;
use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicBool, Ordering};

/// Set by the C-level handler when a signal arrived; cleared by the runner.
pub static PENDING: AtomicBool = AtomicBool::new(false);

struct Runner(UnsafeCell<Option<fn() -> R<()>>>);
unsafe impl Sync for Runner {}
static RUNNER: Runner = Runner(UnsafeCell::new(None));

/// Installs the function that runs the pending Python handlers (`_signal`'s).
pub fn set_runner(f: fn() -> R<()>) {
    unsafe { *RUNNER.0.get() = Some(f) };
}

/// Runs the pending handlers, if any: the error of the first that raised.
#[inline]
pub fn check() -> R<()> {
    if PENDING.load(Ordering::Acquire) {
        run_pending()
    } else {
        Ok(())
    }
}

#[cold]
fn run_pending() -> R<()> {
    match unsafe { *RUNNER.0.get() } {
        Some(f) => f(),
        None => {
            PENDING.store(false, Ordering::Release);
            Ok(())
        }
    }
}

/// A call's safe point: a handler for a signal the call sent or
/// received runs when it returns, as CPython's eval loop runs it before the next
/// instruction; if the handler raises, the call's result is dropped for its error.
#[inline]
pub fn after_call(r: crate::value::Value) -> crate::value::Value {
    if !r.is_null() && PENDING.load(Ordering::Acquire) && run_pending().is_err() {
        r.decref();
        return crate::value::Value::NULL;
    }
    r
}
