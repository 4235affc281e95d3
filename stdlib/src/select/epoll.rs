//! `select.epoll`: an epoll control descriptor (`register`, `modify`, `unregister`,
//! `poll`, `close`, `closed`, `fileno`, `fromfd`, and the context manager protocol),
//! with CPython 3.11's arguments and messages. The descriptor is closed with the
//! object.

use super::wait;
use crate::clinic::{self, no_args, rest, self_state, unpack_keywords};
use crate::posix::args::{errno, os_error};
use crate::posix::fileno_of;
use crate::support::Attrs;
use krait_runtime::builtin;
use krait_runtime::call::Args;
use krait_runtime::exc::{raise, value_error};
use krait_runtime::native_obj::{self, NativeState};
use krait_runtime::objects::*;
use krait_runtime::types::{TypeObj, OS_ERROR, OVERFLOW_ERROR};
use krait_runtime::value::{Obj, Value, R};
use std::cell::Cell;

struct Epoll {
    /// -1 once closed (or before `__init__`).
    fd: Cell<i32>,
}

impl NativeState for Epoll {}

impl Drop for Epoll {
    fn drop(&mut self) {
        self.close();
    }
}

impl Epoll {
    /// Closes the descriptor; the errno of a failed `close`, else 0.
    fn close(&self) -> i32 {
        let fd = self.fd.replace(-1);
        if fd >= 0 && unsafe { libc::close(fd) } < 0 {
            return errno();
        }
        0
    }
    /// The open descriptor, or CPython's ValueError.
    fn open_fd(&self) -> R<i32> {
        match self.fd.get() {
            fd if fd >= 0 => Ok(fd),
            _ => value_error("I/O operation on closed epoll object"),
        }
    }
}

fn new_state() -> Box<dyn NativeState> {
    Box::new(Epoll { fd: Cell::new(-1) })
}

fn this<'a>(a: &Args, method: &str) -> R<&'a Epoll> {
    self_state::<Epoll>(a, "select.epoll", method)
}

/// An optional C int argument.
fn int_or(v: Option<Value>, default: i32) -> R<i32> {
    v.map_or(Ok(default), clinic::c_int)
}

// `epoll(sizehint=-1, flags=0)`: CPython's `__new__`.
builtin!(epoll_init, |a| {
    let st = this(a, "__init__")?;
    let b = unpack_keywords(&rest(a), "epoll", &["sizehint", "flags"], 0, 0, 2)?;
    let sizehint = int_or(b[0], -1)?;
    let flags = int_or(b[1], 0)?;
    if sizehint != -1 && sizehint <= 0 {
        return value_error("negative sizehint");
    }
    if flags != 0 && flags != libc::EPOLL_CLOEXEC {
        return Err(raise(&OS_ERROR, "invalid flags"));
    }
    let fd = unsafe { libc::epoll_create1(libc::EPOLL_CLOEXEC) };
    if fd < 0 {
        return crate::posix::args::last_error();
    }
    st.close();
    st.fd.set(fd);
    Ok(none())
});

builtin!(epoll_fromfd, |a| {
    // A class method: the class, then the descriptor.
    let cls = a.pos[0];
    let r = rest(a);
    let fd = clinic::c_int(clinic::one_arg(&r, "epoll.fromfd")?)?;
    Ok(native_obj::new(unsafe { cls.as_ref::<TypeObj>() }, Box::new(Epoll { fd: Cell::new(fd) })))
});

builtin!(epoll_close, |a| {
    let st = this(a, "close")?;
    no_args(&rest(a), "epoll.close")?;
    match st.close() {
        0 => Ok(none()),
        e => Err(os_error(e, None, None)),
    }
});

builtin!(epoll_closed, |a| Ok(bool_obj(this(a, "closed")?.fd.get() < 0)));

builtin!(epoll_fileno, |a| {
    let st = this(a, "fileno")?;
    no_args(&rest(a), "epoll.fileno")?;
    Ok(int_from_i64(st.open_fd()? as i64))
});

/// `epoll_ctl` on the descriptor of `fd_arg`.
fn ctl(st: &Epoll, op: i32, fd_arg: Value, events: u32) -> R<Obj> {
    let epfd = st.open_fd()?;
    let fd = fileno_of(fd_arg)?;
    let mut ev = libc::epoll_event { events, u64: fd as u32 as u64 };
    if unsafe { libc::epoll_ctl(epfd, op, fd, &mut ev) } < 0 {
        return crate::posix::args::last_error();
    }
    Ok(none())
}

/// `unsigned_int(bitwise=True)`: any int, masked to 32 bits.
fn mask(v: Value) -> R<u32> {
    let i = clinic::index(v)?;
    let b = krait_runtime::seq::int_to_big(i.v()).unwrap_or_default();
    let low = b.to_signed_bytes_le();
    let mut word = [if b.sign() == num_bigint::Sign::Minus { 0xff } else { 0 }; 4];
    for (w, x) in word.iter_mut().zip(low) {
        *w = x;
    }
    Ok(u32::from_le_bytes(word))
}

builtin!(epoll_register, |a| {
    let st = this(a, "register")?;
    let b = unpack_keywords(&rest(a), "register", &["fd", "eventmask"], 0, 1, 2)?;
    let fd = b[0].unwrap();
    let events = match b[1] {
        Some(m) => mask(m)?,
        None => (libc::EPOLLIN | libc::EPOLLPRI | libc::EPOLLOUT) as u32,
    };
    ctl(st, libc::EPOLL_CTL_ADD, fd, events)
});

builtin!(epoll_modify, |a| {
    let st = this(a, "modify")?;
    let b = unpack_keywords(&rest(a), "modify", &["fd", "eventmask"], 0, 2, 2)?;
    let events = mask(b[1].unwrap())?;
    ctl(st, libc::EPOLL_CTL_MOD, b[0].unwrap(), events)
});

builtin!(epoll_unregister, |a| {
    let st = this(a, "unregister")?;
    let b = unpack_keywords(&rest(a), "unregister", &["fd"], 0, 1, 1)?;
    ctl(st, libc::EPOLL_CTL_DEL, b[0].unwrap(), 0)
});

builtin!(epoll_poll, |a| {
    let st = this(a, "poll")?;
    let epfd = st.open_fd()?;
    let b = unpack_keywords(&rest(a), "poll", &["timeout", "maxevents"], 0, 0, 2)?;
    let timeout = super::timeout_ns(b[0].unwrap_or(none_v()), 1_000_000_000, "timeout must be an integer or None")?;
    if let Some(ns) = timeout {
        let ms = wait::ns_to_units(ns, 1_000_000, true);
        if ms < i32::MIN as i64 || ms > i32::MAX as i64 {
            return Err(raise(&OVERFLOW_ERROR, "timeout is too large"));
        }
    }
    // A timeout of less than a millisecond below zero does not wait; a negative one
    // waits for ever.
    let timeout = timeout.filter(|&ns| wait::ns_to_units(ns, 1_000_000, true) >= 0).map(|ns| ns.max(0));
    let maxevents = match int_or(b[1], -1)? {
        -1 => super::FD_SETSIZE as i32 - 1,
        n if n < 1 => return value_error(format!("maxevents must be greater than 0, got {}", n)),
        n => n,
    };
    let mut evs = vec![libc::epoll_event { events: 0, u64: 0 }; maxevents as usize];
    let n = wait::retry(timeout, |left| {
        let ms = left.map_or(-1, |ns| wait::ns_to_units(ns, 1_000_000, true)) as libc::c_int;
        unsafe { libc::epoll_wait(epfd, evs.as_mut_ptr(), maxevents, ms) as i64 }
    })?;
    let out = evs[..n as usize]
        .iter()
        .map(|e| {
            let (fd, events) = (e.u64 as u32 as i32, e.events);
            tuple_from(vec![int_from_i64(fd as i64).into_raw(), int_from_i64(events as i64).into_raw()]).into_raw()
        })
        .collect();
    Ok(list_from(out))
});

builtin!(epoll_enter, |a| {
    let st = this(a, "__enter__")?;
    no_args(&rest(a), "epoll.__enter__")?;
    st.open_fd()?;
    Ok(a.pos[0].to_owned())
});

builtin!(epoll_exit, |a| {
    this(a, "__exit__")?;
    let r = rest(a);
    clinic::no_keywords(&r, "epoll.__exit__")?;
    clinic::check_positional(&r, "__exit__", 0, 3)?;
    krait_runtime::ops::call_method(a.pos[0], "close", &Args::positional(&[]))
});

/// The `epoll` class.
pub fn attrs(out: &mut Attrs) -> R<()> {
    let m = native_obj::method;
    let fromfd = krait_runtime::call::call(krait_runtime::class::CLASSMETHOD_TYPE.as_value(), &Args::positional(&[builtin_fn("fromfd", epoll_fromfd).v()]))?;
    let cls = clinic::native_class(
        "select",
        "epoll",
        vec![
            ("__init__", m("__init__", epoll_init)),
            ("fromfd", fromfd),
            ("close", m("close", epoll_close)),
            ("closed", crate::support::property(builtin_fn("closed", epoll_closed), None)?),
            ("fileno", m("fileno", epoll_fileno)),
            ("register", m("register", epoll_register)),
            ("modify", m("modify", epoll_modify)),
            ("unregister", m("unregister", epoll_unregister)),
            ("poll", m("poll", epoll_poll)),
            ("__enter__", m("__enter__", epoll_enter)),
            ("__exit__", m("__exit__", epoll_exit)),
        ],
        new_state,
    )?;
    out.push(("epoll", cls));
    Ok(())
}
