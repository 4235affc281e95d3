//! The `time` module: clocks and `sleep` (CPython's `Modules/timemodule.c`).

use krait_runtime::builtin;
use krait_runtime::exc::{type_error, value_error};
use krait_runtime::objects::*;
use krait_runtime::value::{abi, Obj, Value, R};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Reads a clock of `clock_gettime`.
fn clock(id: libc_clock::ClockId) -> Duration {
    let mut ts = libc_clock::Timespec { tv_sec: 0, tv_nsec: 0 };
    unsafe { libc_clock::clock_gettime(id, &mut ts) };
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

/// The few declarations of `<time.h>` this module needs (Linux, 64-bit).
mod libc_clock {
    pub type ClockId = i32;
    pub const MONOTONIC: ClockId = 1;
    pub const PROCESS_CPUTIME: ClockId = 2;
    pub const THREAD_CPUTIME: ClockId = 3;
    #[repr(C)]
    pub struct Timespec {
        pub tv_sec: i64,
        pub tv_nsec: i64,
    }
    extern "C" {
        pub fn clock_gettime(id: ClockId, ts: *mut Timespec) -> i32;
    }
}

fn wall() -> Duration {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default()
}

fn secs(d: Duration) -> R<Obj> {
    Ok(float(d.as_secs_f64()))
}

fn nanos(d: Duration) -> R<Obj> {
    Ok(int_from_big(d.as_nanos().into()))
}

builtin!(time_time, |a| {
    a.arity("time", 0, 0)?;
    secs(wall())
});
builtin!(time_time_ns, |a| {
    a.arity("time_ns", 0, 0)?;
    nanos(wall())
});
builtin!(time_monotonic, |a| {
    a.arity("monotonic", 0, 0)?;
    secs(clock(libc_clock::MONOTONIC))
});
builtin!(time_monotonic_ns, |a| {
    a.arity("monotonic_ns", 0, 0)?;
    nanos(clock(libc_clock::MONOTONIC))
});
builtin!(time_perf_counter, |a| {
    a.arity("perf_counter", 0, 0)?;
    secs(clock(libc_clock::MONOTONIC))
});
builtin!(time_perf_counter_ns, |a| {
    a.arity("perf_counter_ns", 0, 0)?;
    nanos(clock(libc_clock::MONOTONIC))
});
builtin!(time_process_time, |a| {
    a.arity("process_time", 0, 0)?;
    secs(clock(libc_clock::PROCESS_CPUTIME))
});
builtin!(time_process_time_ns, |a| {
    a.arity("process_time_ns", 0, 0)?;
    nanos(clock(libc_clock::PROCESS_CPUTIME))
});
builtin!(time_thread_time, |a| {
    a.arity("thread_time", 0, 0)?;
    secs(clock(libc_clock::THREAD_CPUTIME))
});
builtin!(time_sleep, |a| {
    a.no_kwargs("sleep")?;
    a.arity("sleep", 1, 1)?;
    let v = a.pos[0];
    let s = match krait_runtime::num::to_f64(v)? {
        Some(s) => s,
        None => return type_error(format!("'{}' object cannot be interpreted as an integer", krait_runtime::ops::type_name(v))),
    };
    if s.is_nan() {
        return value_error("Invalid value NaN (not a number)");
    }
    if s < 0.0 {
        return value_error("sleep length must be non-negative");
    }
    krait_runtime::io::flush_stdout();
    crate::_signal::sleep(Duration::from_secs_f64(s))?;
    Ok(none())
});

/// `import time`.
#[no_mangle]
pub extern "C" fn krait_module_time() -> Value {
    abi(krait_runtime::sysmod::new_module(
        "time",
        vec![
            ("time", builtin_fn("time", time_time)),
            ("time_ns", builtin_fn("time_ns", time_time_ns)),
            ("monotonic", builtin_fn("monotonic", time_monotonic)),
            ("monotonic_ns", builtin_fn("monotonic_ns", time_monotonic_ns)),
            ("perf_counter", builtin_fn("perf_counter", time_perf_counter)),
            ("perf_counter_ns", builtin_fn("perf_counter_ns", time_perf_counter_ns)),
            ("process_time", builtin_fn("process_time", time_process_time)),
            ("process_time_ns", builtin_fn("process_time_ns", time_process_time_ns)),
            ("thread_time", builtin_fn("thread_time", time_thread_time)),
            ("sleep", builtin_fn("sleep", time_sleep)),
        ],
    ))
}
