//! `_thread.lock` (`allocate_lock`, `LockType`) and `_thread.RLock`, with CPython
//! 3.11's arguments, results and messages.
//!
//! krait runs Python code on one thread, so a lock is a flag and an RLock an owner
//! and a count. Acquiring a free lock takes it; acquiring a held lock without
//! blocking returns False; a blocking acquisition waits as CPython's does, because a
//! signal handler may release the lock: with a timeout it waits that long and
//! returns False, without one it waits until a handler releases the lock or raises
//! (Ctrl-C's KeyboardInterrupt) — the deadlock CPython would have too. The waits
//! run the Python signal handlers as signals arrive (`_signal::state`).

use super::timeout::seconds_to_ns;
use crate::clinic::unpack_keywords;
use crate::support::method;
use krait_runtime::call::Args;
use krait_runtime::exc::{raise, type_error, value_error};
use krait_runtime::native_obj::{self, NativeState};
use krait_runtime::objects::*;
use krait_runtime::types::{Kind, TypeObj, OVERFLOW_ERROR, RUNTIME_ERROR};
use krait_runtime::value::{Obj, Value, R};
use std::cell::Cell;
use std::time::{Duration, Instant};

pub struct LockState {
    locked: Cell<bool>,
}
impl NativeState for LockState {}

pub struct RLockState {
    owner: Cell<u64>,
    count: Cell<u64>,
}
impl NativeState for RLockState {}

fn new_lock_state() -> Box<dyn NativeState> {
    Box::new(LockState { locked: Cell::new(false) })
}
fn new_rlock_state() -> Box<dyn NativeState> {
    Box::new(RLockState { owner: Cell::new(0), count: Cell::new(0) })
}

thread_local! {
    static LOCK_TYPE: Cell<Option<&'static TypeObj>> = const { Cell::new(None) };
}

/// A new unlocked `_thread.lock`.
pub fn new_lock() -> Obj {
    let t = LOCK_TYPE.with(|t| t.get()).expect("_thread.lock is made with the module");
    native_obj::new(t, new_lock_state())
}

/// The `i` converter of `PyArg_Parse` (a C int through `__index__`).
fn getargs_int(v: Value) -> R<i64> {
    if v.ty().kind == Kind::Float {
        return type_error("'float' object cannot be interpreted as an integer");
    }
    let i = crate::clinic::index(v)?;
    match crate::clinic::as_i64(i.v()) {
        Some(n) if n > i32::MAX as i64 => Err(raise(&OVERFLOW_ERROR, "signed integer is greater than maximum")),
        Some(n) if n < i32::MIN as i64 => Err(raise(&OVERFLOW_ERROR, "signed integer is less than minimum")),
        Some(n) => Ok(n),
        None => Err(raise(&OVERFLOW_ERROR, "Python int too large to convert to C long")),
    }
}

/// `lock_acquire_parse_args`: the wait in nanoseconds (`Some(0)` without blocking),
/// or `None` to wait without a deadline.
fn acquire_args(a: &Args) -> R<Option<i64>> {
    let b = unpack_keywords(a, "acquire", &["blocking", "timeout"], 0, 0, 2)?;
    let blocking = match b[0] {
        Some(v) => getargs_int(v)? != 0,
        None => true,
    };
    const UNSET: i64 = -1_000_000_000;
    let timeout = match b[1] {
        Some(v) => seconds_to_ns(v, false)?,
        None => UNSET,
    };
    if !blocking && timeout != UNSET {
        return value_error("can't specify a timeout for a non-blocking call");
    }
    if timeout < 0 && timeout != UNSET {
        return value_error("timeout value must be positive");
    }
    if !blocking {
        return Ok(Some(0));
    }
    if timeout == UNSET {
        return Ok(None);
    }
    let micros = timeout / 1000 + (timeout % 1000 != 0) as i64;
    if micros >= i64::MAX / 1000 {
        return Err(raise(&OVERFLOW_ERROR, "timeout value is too large"));
    }
    Ok(Some(timeout))
}

/// Waits until `free()` (true at once if it already is), at most `timeout` ns
/// (`None`: no limit), running signal handlers as signals arrive.
pub fn wait_for(free: impl Fn() -> bool, timeout: Option<i64>) -> R<bool> {
    if free() {
        return Ok(true);
    }
    let deadline = match timeout {
        Some(0) => return Ok(false),
        Some(ns) => Instant::now().checked_add(Duration::from_nanos(ns as u64)),
        None => None,
    };
    loop {
        crate::_signal::wait_once(deadline);
        crate::_signal::check()?;
        if free() {
            return Ok(true);
        }
        if deadline.is_some_and(|d| Instant::now() >= d) {
            return Ok(false);
        }
    }
}

fn address(o: Value) -> String {
    format!("{:#x}", o.0)
}

method!(lock_acquire, LockState, "lock", "_thread.lock", "acquire", |s, _o, a| {
    let timeout = acquire_args(a)?;
    let got = wait_for(|| !s.locked.get(), timeout)?;
    if got {
        s.locked.set(true);
    }
    Ok(bool_obj(got))
});

method!(lock_release, LockState, "lock", "_thread.lock", "release", |s, _o, a| {
    crate::clinic::no_args(a, "release")?;
    if !s.locked.get() {
        return Err(raise(&RUNTIME_ERROR, "release unlocked lock"));
    }
    s.locked.set(false);
    Ok(none())
});

method!(lock_exit, LockState, "lock", "_thread.lock", "__exit__", |s, _o, _a| {
    if !s.locked.get() {
        return Err(raise(&RUNTIME_ERROR, "release unlocked lock"));
    }
    s.locked.set(false);
    Ok(none())
});

method!(lock_locked, LockState, "lock", "_thread.lock", "locked", |s, _o, a| {
    crate::clinic::no_args(a, "locked")?;
    Ok(bool_obj(s.locked.get()))
});

method!(lock_reinit, LockState, "lock", "_thread.lock", "_at_fork_reinit", |s, _o, a| {
    crate::clinic::no_args(a, "_at_fork_reinit")?;
    s.locked.set(false);
    Ok(none())
});

method!(lock_repr, LockState, "lock", "_thread.lock", "__repr__", |s, o, _a| {
    let state = if s.locked.get() { "locked" } else { "unlocked" };
    Ok(str_from(format!("<{} {} object at {}>", state, o.ty().name, address(o))))
});

method!(lock_init, LockState, "lock", "_thread.lock", "__init__", |_s, _o, _a| {
    type_error("cannot create '_thread.lock' instances")
});

fn me() -> u64 {
    super::ident()
}

method!(rlock_acquire, RLockState, "RLock", "_thread.RLock", "acquire", |s, _o, a| {
    let timeout = acquire_args(a)?;
    if s.count.get() > 0 && s.owner.get() == me() {
        let Some(c) = s.count.get().checked_add(1) else {
            return Err(raise(&OVERFLOW_ERROR, "Internal lock count overflowed"));
        };
        s.count.set(c);
        return Ok(bool_obj(true));
    }
    let got = wait_for(|| s.count.get() == 0, timeout)?;
    if got {
        s.owner.set(me());
        s.count.set(1);
    }
    Ok(bool_obj(got))
});

/// `RLock.release` and `__exit__`.
fn rlock_release_impl(s: &RLockState) -> R<Obj> {
    if s.count.get() == 0 || s.owner.get() != me() {
        return Err(raise(&RUNTIME_ERROR, "cannot release un-acquired lock"));
    }
    s.count.set(s.count.get() - 1);
    if s.count.get() == 0 {
        s.owner.set(0);
    }
    Ok(none())
}

method!(rlock_release, RLockState, "RLock", "_thread.RLock", "release", |s, _o, a| {
    crate::clinic::no_args(a, "release")?;
    rlock_release_impl(s)
});

method!(rlock_exit, RLockState, "RLock", "_thread.RLock", "__exit__", |s, _o, _a| rlock_release_impl(s));

method!(rlock_is_owned, RLockState, "RLock", "_thread.RLock", "_is_owned", |s, _o, a| {
    crate::clinic::no_args(a, "_is_owned")?;
    Ok(bool_obj(s.count.get() > 0 && s.owner.get() == me()))
});

method!(rlock_recursion_count, RLockState, "RLock", "_thread.RLock", "_recursion_count", |s, _o, a| {
    crate::clinic::no_args(a, "_recursion_count")?;
    Ok(int_from_i64(if s.owner.get() == me() { s.count.get() as i64 } else { 0 }))
});

method!(rlock_release_save, RLockState, "RLock", "_thread.RLock", "_release_save", |s, _o, a| {
    crate::clinic::no_args(a, "_release_save")?;
    if s.count.get() == 0 {
        return Err(raise(&RUNTIME_ERROR, "cannot release un-acquired lock"));
    }
    let (count, owner) = (s.count.replace(0), s.owner.replace(0));
    Ok(tuple_from(vec![int_from_u64(count).into_raw(), int_from_u64(owner).into_raw()]))
});

/// An `unsigned long` argument (the `k` converter: ints only, wrapping).
fn ulong(v: Value) -> R<u64> {
    let Some(b) = krait_runtime::seq::int_to_big(v) else {
        return type_error(format!("'{}' object cannot be interpreted as an integer", v.ty().name));
    };
    let low = b.to_u64_digits().1.first().copied().unwrap_or(0);
    Ok(if b.sign() == num_bigint::Sign::Minus { low.wrapping_neg() } else { low })
}

fn int_from_u64(n: u64) -> Obj {
    int_from_big(num_bigint::BigInt::from(n))
}

method!(rlock_acquire_restore, RLockState, "RLock", "_thread.RLock", "_acquire_restore", |s, _o, a| {
    let state = crate::clinic::one_arg(a, "_acquire_restore")?;
    // The `(kk)` format: a sequence of two unsigned longs.
    let items = match krait_runtime::ops::collect(state) {
        Ok(v) if state.ty().kind != Kind::Str => v,
        _ => {
            krait_runtime::exc::clear_current();
            return type_error(format!("_acquire_restore() argument 1 must be 2-item sequence, not {}", state.ty().name));
        }
    };
    if items.len() != 2 {
        return type_error(format!("_acquire_restore() argument 1 must be sequence of length 2, not {}", items.len()));
    }
    let (count, owner) = (ulong(items[0].v())?, ulong(items[1].v())?);
    wait_for(|| s.count.get() == 0, None)?;
    s.owner.set(owner);
    s.count.set(count);
    Ok(none())
});

method!(rlock_reinit, RLockState, "RLock", "_thread.RLock", "_at_fork_reinit", |s, _o, a| {
    crate::clinic::no_args(a, "_at_fork_reinit")?;
    s.owner.set(0);
    s.count.set(0);
    Ok(none())
});

method!(rlock_repr, RLockState, "RLock", "_thread.RLock", "__repr__", |s, o, _a| {
    let state = if s.count.get() > 0 { "locked" } else { "unlocked" };
    Ok(str_from(format!("<{} {} object owner={} count={} at {}>", state, o.ty().name, s.owner.get(), s.count.get(), address(o))))
});

/// Makes `_thread.lock` and `_thread.RLock`.
pub fn classes() -> R<(Obj, Obj)> {
    let m = native_obj::method;
    let lock_attrs = vec![
        ("__init__", m("__init__", lock_init)),
        ("acquire", m("acquire", lock_acquire)),
        ("acquire_lock", m("acquire_lock", lock_acquire)),
        ("__enter__", m("__enter__", lock_acquire)),
        ("release", m("release", lock_release)),
        ("release_lock", m("release_lock", lock_release)),
        ("__exit__", m("__exit__", lock_exit)),
        ("locked", m("locked", lock_locked)),
        ("locked_lock", m("locked_lock", lock_locked)),
        ("_at_fork_reinit", m("_at_fork_reinit", lock_reinit)),
        ("__repr__", m("__repr__", lock_repr)),
    ];
    let lock = crate::clinic::native_class("_thread", "lock", lock_attrs, new_lock_state)?;
    LOCK_TYPE.with(|t| t.set(Some(unsafe { lock.v().as_ref::<TypeObj>() })));
    let rlock_attrs = vec![
        ("acquire", m("acquire", rlock_acquire)),
        ("__enter__", m("__enter__", rlock_acquire)),
        ("release", m("release", rlock_release)),
        ("__exit__", m("__exit__", rlock_exit)),
        ("_is_owned", m("_is_owned", rlock_is_owned)),
        ("_recursion_count", m("_recursion_count", rlock_recursion_count)),
        ("_release_save", m("_release_save", rlock_release_save)),
        ("_acquire_restore", m("_acquire_restore", rlock_acquire_restore)),
        ("_at_fork_reinit", m("_at_fork_reinit", rlock_reinit)),
        ("__repr__", m("__repr__", rlock_repr)),
    ];
    let rlock = crate::clinic::native_class("_thread", "RLock", rlock_attrs, new_rlock_state)?;
    Ok((lock, rlock))
}
