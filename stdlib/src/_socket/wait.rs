//! How a socket call waits, as CPython's `sock_call_ex` does: a socket with a
//! timeout is non-blocking in the kernel, so each call first polls for readiness
//! until the deadline (TimeoutError "timed out" past it) and polls again when the
//! call still finds nothing to do; a call or poll interrupted by a signal runs the
//! Python handlers and is retried (PEP 475); `connect` waits for the connection to
//! complete even on a blocking socket.

use crate::posix::args::{errno, os_error};
use krait_runtime::exc::raise;
use krait_runtime::types::TIMEOUT_ERROR;
use krait_runtime::value::R;
use std::time::{Duration, Instant};

/// Why a call failed: an errno, or an exception already raised (a handler's, or
/// the timeout when the caller wants errors raised).
pub enum Failure {
    Errno(i32),
    Raised(krait_runtime::value::Raised),
}

/// The errno a timeout reports to `connect_ex`.
pub const TIMEOUT_ERRNO: i32 = libc::EWOULDBLOCK;

/// Polls `fd` for reading or writing for at most `ns` nanoseconds (negative: for
/// ever): `Ok(true)` when ready, `Ok(false)` on a timeout, the errno on failure. A
/// closed socket (fd -1) is ready at once, and its call then fails with EBADF.
fn poll_fd(fd: i32, writing: bool, connect: bool, ns: i64) -> Result<bool, i32> {
    if fd < 0 {
        return Ok(true);
    }
    let mut events = if writing { libc::POLLOUT } else { libc::POLLIN };
    if connect {
        events |= libc::POLLERR;
    }
    let mut p = libc::pollfd { fd, events, revents: 0 };
    // Milliseconds, rounded up so a short timeout still waits.
    let ms = if ns < 0 { -1 } else { ((ns + 999_999) / 1_000_000).min(i32::MAX as i64) as i32 };
    match unsafe { libc::poll(&mut p, 1, ms) } {
        n if n < 0 => Err(errno()),
        0 => Ok(false),
        _ => Ok(true),
    }
}

/// Runs `call` (a system call returning -1 with errno on failure) on a socket whose
/// timeout is `sock_timeout` (ns, negative for none), waiting at most `timeout` ns
/// for readiness. With `raise_timeout` false a timeout is reported as
/// [`TIMEOUT_ERRNO`] instead of TimeoutError.
pub fn call(
    fd: i32,
    sock_timeout: i64,
    timeout: i64,
    writing: bool,
    connect: bool,
    raise_timeout: bool,
    mut call: impl FnMut() -> isize,
) -> Result<isize, Failure> {
    let has_timeout = timeout > 0;
    let mut deadline: Option<Instant> = None;
    loop {
        if has_timeout || connect {
            let ready = if has_timeout {
                let left = match deadline {
                    Some(d) => d.checked_duration_since(Instant::now()).map_or(-1, |l| l.as_nanos().min(i64::MAX as u128) as i64),
                    None => {
                        deadline = Some(Instant::now() + Duration::from_nanos(timeout as u64));
                        timeout
                    }
                };
                if left >= 0 {
                    poll_fd(fd, writing, connect, left)
                } else {
                    Ok(false)
                }
            } else {
                poll_fd(fd, writing, connect, -1)
            };
            match ready {
                Ok(true) => {}
                Ok(false) => {
                    if raise_timeout {
                        return Err(Failure::Raised(raise(&TIMEOUT_ERROR, "timed out")));
                    }
                    return Err(Failure::Errno(TIMEOUT_ERRNO));
                }
                Err(libc::EINTR) => {
                    krait_runtime::signals::check().map_err(Failure::Raised)?;
                    continue;
                }
                Err(e) => return Err(Failure::Errno(e)),
            }
        }
        let e = loop {
            let r = call();
            if r >= 0 {
                return Ok(r);
            }
            let e = errno();
            if e != libc::EINTR {
                break e;
            }
            krait_runtime::signals::check().map_err(Failure::Raised)?;
        };
        // A poll may report readiness that the call then does not find (a datagram
        // dropped for its checksum): wait again.
        if sock_timeout > 0 && (e == libc::EWOULDBLOCK || e == libc::EAGAIN) {
            continue;
        }
        return Err(Failure::Errno(e));
    }
}

/// A failure as the raised exception (the OSError of an errno).
pub fn raised<T>(f: Failure) -> R<T> {
    match f {
        Failure::Errno(e) => Err(os_error(e, None, None)),
        Failure::Raised(r) => Err(r),
    }
}
