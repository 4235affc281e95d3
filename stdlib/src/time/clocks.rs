//! The clocks of `time`: `time`, `monotonic`, `perf_counter`, `process_time`,
//! `thread_time` and their `_ns` forms, `clock_gettime`/`clock_getres`/
//! `clock_settime` on any clock, `get_clock_info`, `pthread_getcpuclockid` and
//! `sleep`, with CPython's conversions (`_PyTime_t` nanoseconds, its rounding and
//! overflow messages) and argument checks.

use super::tm::in_i64_range;
use super::varargs;
use crate::clinic::{index, as_i64, no_args, one_arg};
use crate::posix::args::{last_error, os_error, parse_int};
use krait_runtime::builtin;
use krait_runtime::exc::{raise, type_error, value_error};
use krait_runtime::objects::*;
use krait_runtime::types::OVERFLOW_ERROR;
use krait_runtime::value::{Obj, Value, R};
use std::time::Duration;

const SEC_NS: i64 = 1_000_000_000;

extern "C" {
    fn pthread_getcpuclockid(thread: libc::pthread_t, clk: *mut libc::clockid_t) -> libc::c_int;
}

/// Reads a clock: the `timespec`, or the errno.
fn read(clk: libc::clockid_t) -> Result<libc::timespec, i32> {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    if unsafe { libc::clock_gettime(clk, &mut ts) } != 0 {
        return Err(crate::posix::args::errno());
    }
    Ok(ts)
}

/// `_PyTime_FromTimespec`: nanoseconds, OverflowError past `_PyTime_t`.
fn ts_ns(ts: &libc::timespec) -> R<i64> {
    (ts.tv_sec as i64).checked_mul(SEC_NS).and_then(|s| s.checked_add(ts.tv_nsec as i64)).ok_or_else(too_large)
}

/// The nanoseconds of one of the clocks CPython reads without a clock argument.
fn now(clk: libc::clockid_t) -> R<i64> {
    match read(clk) {
        Ok(ts) => ts_ns(&ts),
        Err(e) => Err(os_error(e, None, None)),
    }
}

/// `_PyTime_AsSecondsDouble`: whole seconds exactly, else nanoseconds over 1e9.
fn secs(ns: i64) -> Obj {
    float(if ns % SEC_NS == 0 { (ns / SEC_NS) as f64 } else { ns as f64 / 1e9 })
}

fn too_large() -> krait_runtime::value::Raised {
    raise(&OVERFLOW_ERROR, "timestamp too large to convert to C _PyTime_t")
}

/// `_PyTime_FromSecondsObject`: a float (rounded by `round`, the range that of
/// `time_t`'s message) or an integer through `__index__`, as nanoseconds.
fn from_seconds(v: Value, round: fn(f64) -> f64) -> R<i64> {
    if let Some(f) = as_float(v) {
        if f.v.is_nan() {
            return value_error("Invalid value NaN (not a number)");
        }
        let d = round(f.v * 1e9);
        if !in_i64_range(d) {
            return Err(super::tm::time_t_overflow());
        }
        return Ok(d as i64);
    }
    let i = index(v)?;
    as_i64(i.v()).and_then(|s| s.checked_mul(SEC_NS)).ok_or_else(too_large)
}

/// `_PyTime_FromNanosecondsObject`: an int only.
fn from_nanoseconds(v: Value) -> R<i64> {
    if !crate::clinic::is_int(v) {
        return type_error(format!("expect int, got {}", krait_runtime::ops::type_name(v)));
    }
    as_i64(v).ok_or_else(too_large)
}

/// `_PyTime_AsTimespec`: seconds rounded down, non-negative nanoseconds.
fn timespec(ns: i64) -> libc::timespec {
    libc::timespec { tv_sec: ns.div_euclid(SEC_NS) as libc::time_t, tv_nsec: ns.rem_euclid(SEC_NS) as _ }
}

macro_rules! clock_fns {
    ($($f:ident = $name:expr, $clk:expr, $conv:expr;)*) => {
        $(builtin!($f, |a| {
            no_args(a, concat!("time.", $name))?;
            let conv: fn(i64) -> Obj = $conv;
            Ok(conv(now($clk)?))
        });)*
    };
}

clock_fns! {
    time_time = "time", libc::CLOCK_REALTIME, secs;
    time_time_ns = "time_ns", libc::CLOCK_REALTIME, int_from_i64;
    time_monotonic = "monotonic", libc::CLOCK_MONOTONIC, secs;
    time_monotonic_ns = "monotonic_ns", libc::CLOCK_MONOTONIC, int_from_i64;
    time_perf_counter = "perf_counter", libc::CLOCK_MONOTONIC, secs;
    time_perf_counter_ns = "perf_counter_ns", libc::CLOCK_MONOTONIC, int_from_i64;
    time_process_time = "process_time", libc::CLOCK_PROCESS_CPUTIME_ID, secs;
    time_process_time_ns = "process_time_ns", libc::CLOCK_PROCESS_CPUTIME_ID, int_from_i64;
    time_thread_time = "thread_time", libc::CLOCK_THREAD_CPUTIME_ID, secs;
    time_thread_time_ns = "thread_time_ns", libc::CLOCK_THREAD_CPUTIME_ID, int_from_i64;
}

/// The clock id argument (`i` of `PyArg_ParseTuple`) of the function `fname`, whose
/// format string names it `pname` (the `_ns` functions reuse their twin's name).
fn clock_id(a: &krait_runtime::call::Args, fname: &str, pname: &str, n: usize) -> R<libc::clockid_t> {
    crate::clinic::no_keywords(a, fname)?;
    varargs(a, pname, n, n)?;
    parse_int(a.pos[0])
}

builtin!(time_clock_gettime, |a| {
    let clk = clock_id(a, "clock_gettime", "clock_gettime", 1)?;
    match read(clk) {
        Ok(ts) => Ok(float(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9)),
        Err(e) => Err(os_error(e, None, None)),
    }
});

builtin!(time_clock_gettime_ns, |a| {
    let clk = clock_id(a, "clock_gettime_ns", "clock_gettime", 1)?;
    match read(clk) {
        Ok(ts) => Ok(int_from_i64(ts_ns(&ts)?)),
        Err(e) => Err(os_error(e, None, None)),
    }
});

builtin!(time_clock_getres, |a| {
    let clk = clock_id(a, "clock_getres", "clock_getres", 1)?;
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    if unsafe { libc::clock_getres(clk, &mut ts) } != 0 {
        return last_error();
    }
    Ok(float(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9))
});

fn settime(clk: libc::clockid_t, ns: i64) -> R<Obj> {
    let ts = timespec(ns);
    if unsafe { libc::clock_settime(clk, &ts) } != 0 {
        return last_error();
    }
    Ok(none())
}

builtin!(time_clock_settime, |a| {
    let clk = clock_id(a, "clock_settime", "clock_settime", 2)?;
    settime(clk, from_seconds(a.pos[1], f64::floor)?)
});

builtin!(time_clock_settime_ns, |a| {
    let clk = clock_id(a, "clock_settime_ns", "clock_settime", 2)?;
    settime(clk, from_nanoseconds(a.pos[1])?)
});

/// What `get_clock_info` says of a clock on Linux: what reads it, whether it is
/// monotonic and adjustable.
fn clock_facts(name: &str) -> Option<(&'static str, libc::clockid_t, bool, bool)> {
    Some(match name {
        "time" => ("clock_gettime(CLOCK_REALTIME)", libc::CLOCK_REALTIME, false, true),
        "monotonic" | "perf_counter" => ("clock_gettime(CLOCK_MONOTONIC)", libc::CLOCK_MONOTONIC, true, false),
        "process_time" => ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", libc::CLOCK_PROCESS_CPUTIME_ID, true, false),
        "thread_time" => ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", libc::CLOCK_THREAD_CPUTIME_ID, true, false),
        _ => return None,
    })
}

builtin!(time_get_clock_info, |a| {
    varargs(a, "get_clock_info", 1, 1)?;
    let Some(s) = as_str(a.pos[0]) else {
        return type_error(format!("get_clock_info() argument 1 must be str, not {}", krait_runtime::ops::type_name(a.pos[0])));
    };
    if s.s.contains('\0') {
        return value_error("embedded null character");
    }
    let Some((implementation, clk, monotonic, adjustable)) = clock_facts(&s.s) else {
        return value_error("unknown clock");
    };
    // CPython reads the clock once, which may fail, before asking its resolution.
    now(clk)?;
    let mut res = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    if unsafe { libc::clock_getres(clk, &mut res) } != 0 {
        return last_error();
    }
    krait_runtime::namespace::new(&[
        ("implementation", str_from(implementation)),
        ("monotonic", bool_obj(monotonic)),
        ("adjustable", bool_obj(adjustable)),
        ("resolution", float(res.tv_sec as f64 + res.tv_nsec as f64 * 1e-9)),
    ])
});

builtin!(time_pthread_getcpuclockid, |a| {
    varargs(a, "pthread_getcpuclockid", 1, 1)?;
    let v = a.pos[0];
    // The `k` converter: an int, taken modulo 2⁶⁴.
    let Some(big) = krait_runtime::seq::int_to_big(v) else {
        return type_error(format!("pthread_getcpuclockid() argument 1 must be int, not {}", krait_runtime::ops::type_name(v)));
    };
    let (sign, digits) = big.to_u64_digits();
    let low = digits.first().copied().unwrap_or(0);
    let id = if sign == num_bigint::Sign::Minus { low.wrapping_neg() } else { low };
    let mut clk: libc::clockid_t = 0;
    let err = unsafe { pthread_getcpuclockid(id as libc::pthread_t, &mut clk) };
    if err != 0 {
        return Err(os_error(err, None, None));
    }
    Ok(int_from_i64(clk as i64))
});

builtin!(time_sleep, |a| {
    let v = one_arg(a, "time.sleep")?;
    // `_PyTime_ROUND_TIMEOUT` rounds away from zero.
    let ns = from_seconds(v, |x| if x >= 0.0 { x.ceil() } else { x.floor() })?;
    if ns < 0 {
        return value_error("sleep length must be non-negative");
    }
    krait_runtime::io::flush_stdout();
    crate::_signal::sleep(Duration::from_nanos(ns as u64))?;
    Ok(none())
});

/// The clock functions and constants of the module.
pub fn attrs(out: &mut Vec<(&'static str, Obj)>) {
    let fs: &[(&'static str, krait_runtime::types::BuiltinFn)] = &[
        ("time", time_time),
        ("time_ns", time_time_ns),
        ("monotonic", time_monotonic),
        ("monotonic_ns", time_monotonic_ns),
        ("perf_counter", time_perf_counter),
        ("perf_counter_ns", time_perf_counter_ns),
        ("process_time", time_process_time),
        ("process_time_ns", time_process_time_ns),
        ("thread_time", time_thread_time),
        ("thread_time_ns", time_thread_time_ns),
        ("clock_gettime", time_clock_gettime),
        ("clock_gettime_ns", time_clock_gettime_ns),
        ("clock_getres", time_clock_getres),
        ("clock_settime", time_clock_settime),
        ("clock_settime_ns", time_clock_settime_ns),
        ("get_clock_info", time_get_clock_info),
        ("pthread_getcpuclockid", time_pthread_getcpuclockid),
        ("sleep", time_sleep),
    ];
    for &(n, f) in fs {
        out.push((n, builtin_fn(n, f)));
    }
    let consts: &[(&'static str, libc::clockid_t)] = &[
        ("CLOCK_REALTIME", libc::CLOCK_REALTIME),
        ("CLOCK_MONOTONIC", libc::CLOCK_MONOTONIC),
        ("CLOCK_MONOTONIC_RAW", libc::CLOCK_MONOTONIC_RAW),
        ("CLOCK_PROCESS_CPUTIME_ID", libc::CLOCK_PROCESS_CPUTIME_ID),
        ("CLOCK_THREAD_CPUTIME_ID", libc::CLOCK_THREAD_CPUTIME_ID),
        ("CLOCK_BOOTTIME", libc::CLOCK_BOOTTIME),
        ("CLOCK_TAI", libc::CLOCK_TAI),
    ];
    for &(n, c) in consts {
        out.push((n, int_from_i64(c as i64)));
    }
}
