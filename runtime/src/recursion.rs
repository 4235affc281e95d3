//! The Python call depth and the recursion limit, shared with compiled code.
//!
//! Compiled functions increment `rt_depth` on entry and raise RecursionError past
//! `rt_limit` (1000, CPython's default), so runaway recursion is an exception, never a
//! crash. The runtime's own recursive operations (repr of nested containers) count too.

use crate::value::R;

#[no_mangle]
pub static mut rt_depth: i64 = 0;
#[no_mangle]
pub static mut rt_limit: i64 = 1000;
/// The limit as the program set it; `rt_limit` is this capped by the frame records'
/// capacity (`frames::CAPACITY`), past which a deeper call raises RecursionError.
static mut REQUESTED: i64 = 1000;

/// Runs `f` one level deeper, raising RecursionError past the limit.
pub fn guard<T>(f: impl FnOnce() -> R<T>) -> R<T> {
    guard_where(" while getting the repr of an object", f)
}

/// Runs `f` one level deeper; past the limit raises RecursionError with `where_` (as
/// CPython's `Py_EnterRecursiveCall`) after "maximum recursion depth exceeded".
pub fn guard_where<T>(where_: &str, f: impl FnOnce() -> R<T>) -> R<T> {
    unsafe {
        rt_depth += 1;
        if rt_depth > rt_limit {
            rt_depth -= 1;
            return Err(crate::exc::raise(&crate::types::RECURSION_ERROR, format!("maximum recursion depth exceeded{}", where_)));
        }
        crate::frames::clear(rt_depth);
        let r = f();
        rt_depth -= 1;
        r
    }
}

/// The current limit.
pub fn limit() -> i64 {
    unsafe { REQUESTED }
}

/// Sets the limit (sys.setrecursionlimit).
pub fn set_limit(n: i64) -> R<()> {
    if n < 1 {
        return Err(crate::exc::raise(&crate::types::VALUE_ERROR, "recursion limit must be greater or equal than 1"));
    }
    unsafe {
        if n <= rt_depth {
            return Err(crate::exc::raise(
                &crate::types::RECURSION_ERROR,
                format!("cannot set the recursion limit to {} at the recursion depth {}: the limit is too low", n, rt_depth),
            ));
        }
        REQUESTED = n;
        rt_limit = n.min(crate::frames::CAPACITY as i64 - 1);
    }
    Ok(())
}

