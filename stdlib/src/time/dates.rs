//! The calendar functions of `time`: `gmtime`, `localtime`, `mktime`, `asctime`,
//! `ctime`, `strftime` (through the C library's `wcsftime`, as CPython on Linux) and
//! `strptime` (CPython's: `_strptime._strptime_time`, imported when called).

use super::tm::{self, Tm};
use super::varargs;
use crate::clinic::{no_keywords, one_arg};
use krait_runtime::builtin;
use krait_runtime::call::{call, Args};
use krait_runtime::exc::{raise, type_error, value_error};
use krait_runtime::objects::*;
use krait_runtime::types::{BuiltinFn, OVERFLOW_ERROR};
use krait_runtime::value::{Obj, R};

extern "C" {
    fn wcsftime(s: *mut libc::wchar_t, max: libc::size_t, format: *const libc::wchar_t, tm: *const libc::tm) -> libc::size_t;
}

builtin!(time_gmtime, |a| {
    varargs(a, "gmtime", 0, 1)?;
    let t = tm::when(a.pos.first().copied())?;
    tm::to_struct_time(&tm::gmtime(t)?)
});

builtin!(time_localtime, |a| {
    varargs(a, "localtime", 0, 1)?;
    let t = tm::when(a.pos.first().copied())?;
    tm::to_struct_time(&tm::localtime(t)?)
});

builtin!(time_mktime, |a| {
    let v = one_arg(a, "time.mktime")?;
    let mut t = tm::from_tuple(v, "mktime(): illegal time tuple argument")?;
    // A sentinel: `mktime` returns -1 both for an error and for the second before
    // the epoch, and sets the day of the week only when it succeeds.
    t.tm.tm_wday = -1;
    let tt = unsafe { libc::mktime(&mut t.tm) };
    if tt == -1 && t.tm.tm_wday == -1 {
        return Err(raise(&OVERFLOW_ERROR, "mktime argument out of range"));
    }
    Ok(float(tt as f64))
});

/// `_asctime`: "Sun Jan  1 00:00:00 2000" (the year with as many digits as it has).
fn asctime_text(t: &libc::tm) -> Obj {
    const WDAY: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    const MON: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    str_from(format!(
        "{} {}{:>3} {:02}:{:02}:{:02} {}",
        WDAY[t.tm_wday as usize],
        MON[t.tm_mon as usize],
        t.tm_mday,
        t.tm_hour,
        t.tm_min,
        t.tm_sec,
        1900i32.wrapping_add(t.tm_year)
    ))
}

/// The broken-down time of an optional tuple argument (`checktm`ed), or the local
/// time now.
fn tm_or_now(arg: Option<krait_runtime::value::Value>, msg: &str) -> R<Tm> {
    match arg {
        None => {
            let now = unsafe { libc::time(std::ptr::null_mut()) };
            Ok(Tm::from(tm::localtime(now)?))
        }
        Some(v) => {
            let mut t = tm::from_tuple(v, msg)?;
            tm::check(&mut t.tm)?;
            Ok(t)
        }
    }
}

builtin!(time_asctime, |a| {
    no_keywords(a, "asctime")?;
    crate::clinic::check_positional(a, "asctime", 0, 1)?;
    let t = tm_or_now(a.pos.first().copied(), "asctime(): illegal time tuple argument")?;
    Ok(asctime_text(&t.tm))
});

builtin!(time_ctime, |a| {
    varargs(a, "ctime", 0, 1)?;
    let t = tm::when(a.pos.first().copied())?;
    Ok(asctime_text(&tm::localtime(t)?))
});

builtin!(time_strftime, |a| {
    varargs(a, "strftime", 1, 2)?;
    let Some(fmt) = as_str(a.pos[0]) else {
        return type_error(format!("strftime() argument 1 must be str, not {}", krait_runtime::ops::type_name(a.pos[0])));
    };
    let mut t = tm_or_now(a.pos.get(1).copied(), "strftime(): illegal time tuple argument")?;
    // Some C libraries index `tzname` with the DST flag for `%Z`.
    t.tm.tm_isdst = t.tm.tm_isdst.clamp(-1, 1);
    if fmt.s.contains('\0') {
        return value_error("embedded null character");
    }
    let mut wfmt: Vec<libc::wchar_t> = fmt.s.chars().map(|c| c as libc::wchar_t).collect();
    let fmtlen = wfmt.len();
    wfmt.push(0);
    // The C function says 0 both for a buffer too small and for an empty result, so
    // the buffer grows until it is 256 times as long as the format.
    let mut size = 1024usize;
    loop {
        let mut buf: Vec<libc::wchar_t> = vec![0; size];
        let n = unsafe { wcsftime(buf.as_mut_ptr(), size, wfmt.as_ptr(), &t.tm) };
        if n > 0 || size >= 256 * fmtlen {
            let s: String = buf[..n].iter().map(|&c| char::from_u32(c as u32).unwrap_or('\u{fffd}')).collect();
            return Ok(str_from(s));
        }
        size += size;
    }
});

builtin!(time_strptime, |a| {
    no_keywords(a, "strptime")?;
    let m = krait_runtime::imports::import_by_name("_strptime").map_err(|e| {
        // `_strptime` is compiled in only when the program imports it (or names it
        // with `--include`): no import statement tells the compiler `strptime` needs it.
        if krait_runtime::exc::current_is(&krait_runtime::types::MODULE_NOT_FOUND_ERROR) && krait_runtime::module::lookup("_strptime").is_none() {
            if let Some(x) = krait_runtime::exc::take_current() {
                // The runtime's own note, when the program mentions the module, says it already.
                if matches!(krait_runtime::ops::getattr_opt(x.v(), "__notes__"), Ok(None)) {
                    let note = "krait: time.strptime imports '_strptime', which was not compiled into this program; import it in the program or build with --include _strptime";
                    let _ = krait_runtime::exc::add_note(x.v(), str_from(note).v());
                }
                return krait_runtime::exc::restore_current(x);
            }
        }
        e
    })?;
    let f = krait_runtime::ops::getattr(m.v(), "_strptime_time")?;
    call(f.v(), &Args::positional(a.pos))
});

/// The calendar functions of the module.
pub fn attrs(out: &mut Vec<(&'static str, Obj)>) {
    let fs: &[(&'static str, BuiltinFn)] = &[
        ("gmtime", time_gmtime),
        ("localtime", time_localtime),
        ("mktime", time_mktime),
        ("asctime", time_asctime),
        ("ctime", time_ctime),
        ("strftime", time_strftime),
        ("strptime", time_strptime),
    ];
    for &(n, f) in fs {
        out.push((n, builtin_fn(n, f)));
    }
}
