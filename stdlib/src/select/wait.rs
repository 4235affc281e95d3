//! Waiting as CPython's `select`, `poll` and `epoll` do (PEP 475): a call interrupted
//! by a signal runs the Python handlers (whose exception ends the wait) and is retried
//! with what is left of the timeout; past the deadline it returns "nothing ready".

use krait_runtime::value::R;
use std::time::{Duration, Instant};

/// `_PyTime_As*` with `_PyTime_ROUND_TIMEOUT` (away from zero) or
/// `_PyTime_ROUND_CEILING`: `ns` in units of `unit` nanoseconds.
pub fn ns_to_units(ns: i64, unit: i64, ceiling: bool) -> i64 {
    let (q, r) = (ns.div_euclid(unit), ns.rem_euclid(unit));
    if r == 0 {
        q
    } else if ns >= 0 || ceiling {
        q + 1
    } else {
        q
    }
}

/// Calls `call` with the time left in nanoseconds (`None`: no timeout) until it is
/// not interrupted: its result (-1 means failure with errno set) becomes the count of
/// ready descriptors, or the OSError of the errno.
pub fn retry(timeout_ns: Option<i64>, mut call: impl FnMut(Option<i64>) -> i64) -> R<i64> {
    let deadline = timeout_ns.map(|t| Instant::now() + Duration::from_nanos(t.max(0) as u64));
    let mut left = timeout_ns;
    loop {
        unsafe { *libc::__errno_location() = 0 };
        let r = call(left);
        if r >= 0 {
            return Ok(r);
        }
        let e = crate::posix::args::errno();
        if e != libc::EINTR {
            return Err(crate::posix::args::os_error(e, None, None));
        }
        krait_runtime::signals::check()?;
        if let Some(d) = deadline {
            let now = Instant::now();
            if now > d {
                return Ok(0);
            }
            left = Some((d - now).as_nanos().min(i64::MAX as u128) as i64);
        }
    }
}
