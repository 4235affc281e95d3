//! The `select` module (CPython 3.11's `Modules/selectmodule.c`) on Linux: `select()`,
//! `poll()` objects (`poll.rs`) and the `epoll` class (`epoll.rs`), which `selectors`
//! and `subprocess` wait on; the `POLL*`/`EPOLL*` constants, `PIPE_BUF`, and `error`
//! (OSError). Waits retry after a signal as PEP 475 says (`wait.rs`).

mod epoll;
mod poll;
mod wait;

use crate::clinic::{check_positional, no_keywords};
use crate::posix::fileno_of;
use crate::support::Attrs;
use krait_runtime::builtin;
use krait_runtime::exc::{type_error, value_error};
use krait_runtime::objects::*;
use krait_runtime::types::TYPE_ERROR;
use krait_runtime::value::{abi, Obj, Value, R};

/// `FD_SETSIZE`: `select` handles descriptors below it.
const FD_SETSIZE: usize = libc::FD_SETSIZE;

/// A timeout argument (`_PyTime_FromSecondsObject`, or milliseconds): None means none;
/// a TypeError gets the function's own message.
fn timeout_ns(v: Value, unit_ns: i64, type_msg: &str) -> R<Option<i64>> {
    if is_none(v) {
        return Ok(None);
    }
    match crate::_thread::timeout::units_to_ns(v, unit_ns, false) {
        Ok(ns) => Ok(Some(ns)),
        Err(e) => {
            if krait_runtime::exc::current_is(&TYPE_ERROR) {
                return type_error(type_msg.to_string());
            }
            Err(e)
        }
    }
}

/// One of `select`'s three lists: the objects and their descriptors (`seq2set`).
fn fd_list(v: Value) -> R<Vec<(Obj, i32)>> {
    let items = crate::support::sequence_fast(v, "arguments 1-3 must be sequences")?;
    let mut out = Vec::with_capacity(items.len());
    for o in items {
        let fd = fileno_of(o.v())?;
        if fd as usize >= FD_SETSIZE {
            return value_error("filedescriptor out of range in select()");
        }
        if out.len() >= FD_SETSIZE {
            return value_error("too many file descriptors in select()");
        }
        out.push((o, fd));
    }
    Ok(out)
}

fn fd_set(list: &[(Obj, i32)]) -> libc::fd_set {
    let mut set: libc::fd_set = unsafe { std::mem::zeroed() };
    for &(_, fd) in list {
        unsafe { libc::FD_SET(fd, &mut set) };
    }
    set
}

/// The objects of `list` whose descriptor is in `set` (`set2list`).
fn ready(list: &[(Obj, i32)], set: &libc::fd_set, any: bool) -> Obj {
    let items = list.iter().filter(|(_, fd)| any && unsafe { libc::FD_ISSET(*fd, set) }).map(|(o, _)| o.clone().into_raw()).collect();
    list_from(items)
}

builtin!(select_select, |a| {
    no_keywords(a, "select.select")?;
    check_positional(a, "select", 3, 4)?;
    let timeout = timeout_ns(a.pos.get(3).copied().unwrap_or(none_v()), 1_000_000_000, "timeout must be a float or None")?;
    if let Some(ns) = timeout {
        if wait::ns_to_units(ns, 1000, false) < 0 {
            return value_error("timeout must be non-negative");
        }
    }
    let lists = [fd_list(a.pos[0])?, fd_list(a.pos[1])?, fd_list(a.pos[2])?];
    let nfds = lists.iter().flatten().map(|&(_, fd)| fd + 1).max().unwrap_or(0);
    let mut sets = [fd_set(&lists[0]), fd_set(&lists[1]), fd_set(&lists[2])];
    let n = wait::retry(timeout, |left| {
        sets = [fd_set(&lists[0]), fd_set(&lists[1]), fd_set(&lists[2])];
        let mut tv = left.map(|ns| {
            let us = wait::ns_to_units(ns, 1000, true);
            libc::timeval { tv_sec: us.div_euclid(1_000_000), tv_usec: us.rem_euclid(1_000_000) }
        });
        let tvp = tv.as_mut().map_or(std::ptr::null_mut(), |t| t as *mut libc::timeval);
        let [r, w, x] = &mut sets;
        unsafe { libc::select(nfds, r, w, x, tvp) as i64 }
    })?;
    // After a timeout that expired while interrupted, nothing is ready (bpo-35310).
    let out: Vec<Value> = (0..3).map(|i| ready(&lists[i], &sets[i], n > 0).into_raw()).collect();
    Ok(tuple_from(out))
});

fn constants() -> Vec<(&'static str, i64)> {
    use libc::*;
    vec![
        ("PIPE_BUF", PIPE_BUF as i64),
        ("POLLIN", POLLIN as i64),
        ("POLLPRI", POLLPRI as i64),
        ("POLLOUT", POLLOUT as i64),
        ("POLLERR", POLLERR as i64),
        ("POLLHUP", POLLHUP as i64),
        ("POLLNVAL", POLLNVAL as i64),
        ("POLLRDNORM", POLLRDNORM as i64),
        ("POLLRDBAND", POLLRDBAND as i64),
        ("POLLWRNORM", POLLWRNORM as i64),
        ("POLLWRBAND", POLLWRBAND as i64),
        // <bits/poll.h>; the libc crate lacks it on x86-64.
        ("POLLMSG", 0x400),
        ("POLLRDHUP", POLLRDHUP as i64),
        ("EPOLLIN", EPOLLIN as i64),
        ("EPOLLOUT", EPOLLOUT as i64),
        ("EPOLLPRI", EPOLLPRI as i64),
        ("EPOLLERR", EPOLLERR as i64),
        ("EPOLLHUP", EPOLLHUP as i64),
        ("EPOLLET", EPOLLET as u32 as i64),
        ("EPOLLONESHOT", EPOLLONESHOT as i64),
        ("EPOLLEXCLUSIVE", EPOLLEXCLUSIVE as i64),
        ("EPOLLRDHUP", EPOLLRDHUP as i64),
        ("EPOLLRDNORM", EPOLLRDNORM as i64),
        ("EPOLLRDBAND", EPOLLRDBAND as i64),
        ("EPOLLWRNORM", EPOLLWRNORM as i64),
        ("EPOLLWRBAND", EPOLLWRBAND as i64),
        ("EPOLLMSG", EPOLLMSG as i64),
        ("EPOLL_CLOEXEC", EPOLL_CLOEXEC as i64),
    ]
}

fn make_module() -> R<Obj> {
    let mut attrs: Attrs = vec![
        ("select", builtin_fn("select", select_select)),
        ("error", krait_runtime::types::OS_ERROR.as_value().to_owned()),
    ];
    for (n, v) in constants() {
        attrs.push((n, int_from_i64(v)));
    }
    poll::attrs(&mut attrs)?;
    epoll::attrs(&mut attrs)?;
    krait_runtime::sysmod::new_module("select", attrs)
}

/// `import select`.
#[no_mangle]
pub extern "C" fn krait_module_select() -> Value {
    abi(make_module())
}
