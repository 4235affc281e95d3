//! `select.poll()` and its objects: `register`, `modify`, `unregister` and `poll`
//! over the C library's `poll`, with CPython's argument conversions and messages.
//! Registrations keep the order they were first made in (CPython keeps them in a
//! dict), which is the order `poll()` reports ready descriptors in.

use super::wait;
use crate::clinic::{check_positional, no_args, no_keywords, rest, self_state};
use crate::posix::fileno_of;
use crate::support::Attrs;
use krait_runtime::builtin;
use krait_runtime::call::Args;
use krait_runtime::exc::{raise, type_error, value_error};
use krait_runtime::native_obj::{self, NativeState};
use krait_runtime::objects::*;
use krait_runtime::types::{TypeObj, KEY_ERROR, OVERFLOW_ERROR, RUNTIME_ERROR};
use krait_runtime::value::{Obj, Value, R};
use std::cell::{Cell, RefCell};

#[derive(Default)]
struct Poll {
    /// (fd, event mask), in registration order.
    fds: RefCell<Vec<(i32, u16)>>,
    running: Cell<bool>,
}

impl NativeState for Poll {}

fn new_state() -> Box<dyn NativeState> {
    Box::new(Poll::default())
}

thread_local! {
    static CLASS: RefCell<Option<Obj>> = const { RefCell::new(None) };
}

fn this<'a>(a: &Args, method: &str) -> R<&'a Poll> {
    self_state::<Poll>(a, "select.poll", method)
}

/// `_PyLong_UnsignedShort_Converter`.
fn unsigned_short(v: Value) -> R<u16> {
    if !crate::clinic::is_int(v) {
        return type_error("an integer is required");
    }
    let n = krait_runtime::seq::int_to_big(v).unwrap_or_default();
    if n.sign() == num_bigint::Sign::Minus {
        return value_error("value must be positive");
    }
    match u64::try_from(&n) {
        Ok(u) if u <= u16::MAX as u64 => Ok(u as u16),
        Ok(_) => Err(raise(&OVERFLOW_ERROR, "Python int too large for C unsigned short")),
        Err(_) => Err(raise(&OVERFLOW_ERROR, "Python int too large to convert to C unsigned long")),
    }
}

/// The arguments of a positional-only method after `self`.
fn positional<'a>(a: &'a Args, method: &str, min: usize, max: usize) -> R<Args<'a>> {
    let r = rest(a);
    no_keywords(&r, &format!("poll.{}", method))?;
    check_positional(&r, method, min, max)?;
    Ok(r)
}

builtin!(poll_register, |a| {
    let p = this(a, "register")?;
    let r = positional(a, "register", 1, 2)?;
    let fd = fileno_of(r.pos[0])?;
    let mask = match r.pos.get(1) {
        Some(&m) => unsigned_short(m)?,
        None => (libc::POLLIN | libc::POLLPRI | libc::POLLOUT) as u16,
    };
    let mut fds = p.fds.borrow_mut();
    match fds.iter_mut().find(|(f, _)| *f == fd) {
        Some(entry) => entry.1 = mask,
        None => fds.push((fd, mask)),
    }
    Ok(none())
});

builtin!(poll_modify, |a| {
    let p = this(a, "modify")?;
    let r = positional(a, "modify", 2, 2)?;
    let fd = fileno_of(r.pos[0])?;
    let mask = unsigned_short(r.pos[1])?;
    let mut fds = p.fds.borrow_mut();
    match fds.iter_mut().find(|(f, _)| *f == fd) {
        Some(entry) => entry.1 = mask,
        None => return Err(crate::posix::args::os_error(libc::ENOENT, None, None)),
    }
    Ok(none())
});

builtin!(poll_unregister, |a| {
    let p = this(a, "unregister")?;
    let r = positional(a, "unregister", 1, 1)?;
    let fd = fileno_of(r.pos[0])?;
    let mut fds = p.fds.borrow_mut();
    match fds.iter().position(|(f, _)| *f == fd) {
        Some(i) => {
            fds.remove(i);
            Ok(none())
        }
        None => {
            let e = krait_runtime::exc::construct(&KEY_ERROR, &[int_from_i64(fd as i64).v()])?;
            Err(krait_runtime::exc::set_current(e))
        }
    }
});

builtin!(poll_poll, |a| {
    let p = this(a, "poll")?;
    let r = positional(a, "poll", 0, 1)?;
    let timeout = super::timeout_ns(r.pos.first().copied().unwrap_or(none_v()), 1_000_000, "timeout must be an integer or None")?;
    if let Some(ns) = timeout {
        let ms = wait::ns_to_units(ns, 1_000_000, false);
        if ms < i32::MIN as i64 || ms > i32::MAX as i64 {
            return Err(raise(&OVERFLOW_ERROR, "timeout is too large"));
        }
    }
    // A negative timeout waits for ever.
    let timeout = timeout.filter(|&ns| wait::ns_to_units(ns, 1_000_000, false) >= 0).map(|ns| ns.max(0));
    if p.running.get() {
        return Err(raise(&RUNTIME_ERROR, "concurrent poll() invocation"));
    }
    let mut ufds: Vec<libc::pollfd> = p.fds.borrow().iter().map(|&(fd, ev)| libc::pollfd { fd, events: ev as i16, revents: 0 }).collect();
    p.running.set(true);
    let n = wait::retry(timeout, |left| {
        let ms = left.map_or(-1, |ns| wait::ns_to_units(ns, 1_000_000, true)) as libc::c_int;
        unsafe { libc::poll(ufds.as_mut_ptr(), ufds.len() as libc::nfds_t, ms) as i64 }
    });
    p.running.set(false);
    let n = n?;
    let out = if n == 0 {
        Vec::new()
    } else {
        ufds.iter().filter(|u| u.revents != 0).map(|u| tuple_from(vec![int_from_i64(u.fd as i64).into_raw(), int_from_i64((u.revents as u16) as i64).into_raw()]).into_raw()).collect()
    };
    Ok(list_from(out))
});

// `select.poll` objects are made by `select.poll()` only.
builtin!(poll_no_init, |a| {
    let name = a.pos.first().map(|s| s.ty().name).unwrap_or("select.poll");
    type_error(format!("cannot create '{}' instances", name))
});

builtin!(select_poll, |a| {
    no_args(a, "select.poll")?;
    let cls = CLASS.with(|c| c.borrow().as_ref().map(|o| o.v())).expect("select module made");
    Ok(native_obj::new(unsafe { cls.as_ref::<TypeObj>() }, new_state()))
});

/// `poll` (the function) and the class of its objects.
pub fn attrs(out: &mut Attrs) -> R<()> {
    let m = native_obj::method;
    let cls = crate::clinic::native_class(
        "select",
        "poll",
        vec![
            ("__init__", m("__init__", poll_no_init)),
            ("register", m("register", poll_register)),
            ("modify", m("modify", poll_modify)),
            ("unregister", m("unregister", poll_unregister)),
            ("poll", m("poll", poll_poll)),
        ],
        new_state,
    )?;
    CLASS.with(|c| *c.borrow_mut() = Some(cls));
    out.push(("poll", builtin_fn("poll", select_poll)));
    Ok(())
}
