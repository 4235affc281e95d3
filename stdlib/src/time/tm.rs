//! `time.struct_time` and the C `struct tm` behind it: the struct sequence class,
//! CPython's conversions between the two (`tmtotuple`, `gettmarg`, `checktm`), the
//! timestamp argument of `gmtime`/`localtime`/`ctime` (`_PyTime_ObjectToTime_t`
//! rounding down) and the C library's `gmtime_r`/`localtime_r` with CPython's errors.

use crate::clinic;
use crate::posix::args::{os_error, parse_int};
use krait_runtime::exc::{raise, type_error, value_error};
use krait_runtime::objects::*;
use krait_runtime::structseq::{self, Spec};
use krait_runtime::types::{TypeObj, OVERFLOW_ERROR};
use krait_runtime::value::{Obj, Value, R};
use std::ffi::{CStr, CString};
use std::sync::atomic::{AtomicPtr, Ordering};

/// The fields of `time.struct_time`: nine in the tuple, the zone and its offset by
/// name only (`_STRUCT_TM_ITEMS` counts all eleven).
static STRUCT_TIME: Spec = Spec {
    name: "struct_time",
    visible: &["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"],
    named: 9,
    hidden: &["tm_zone", "tm_gmtoff"],
};

/// `time.struct_time`, made once with the module (any thread may use it after).
static CLASS: AtomicPtr<TypeObj> = AtomicPtr::new(std::ptr::null_mut());

/// Makes `time.struct_time` the first time the module is made.
pub fn make_class() -> R<&'static TypeObj> {
    let p = CLASS.load(Ordering::Acquire);
    if !p.is_null() {
        return Ok(unsafe { &*p });
    }
    let t = structseq::make_class("time", &STRUCT_TIME)?;
    CLASS.store(t as *const TypeObj as *mut TypeObj, Ordering::Release);
    Ok(t)
}

fn class() -> &'static TypeObj {
    let p = CLASS.load(Ordering::Acquire);
    assert!(!p.is_null(), "time module not initialised");
    unsafe { &*p }
}

/// A zeroed `struct tm` (CPython's `memset` before filling one in).
pub fn zeroed() -> libc::tm {
    unsafe { std::mem::zeroed() }
}

/// `tmtotuple`: the `struct_time` of a broken-down time.
pub fn to_struct_time(p: &libc::tm) -> R<Obj> {
    let i = |n: i64| int_from_i64(n);
    let visible = vec![
        i(p.tm_year as i64 + 1900),
        i(p.tm_mon as i64 + 1),
        i(p.tm_mday as i64),
        i(p.tm_hour as i64),
        i(p.tm_min as i64),
        i(p.tm_sec as i64),
        i((p.tm_wday as i64 + 6) % 7),
        i(p.tm_yday as i64 + 1),
        i(p.tm_isdst as i64),
    ];
    let zone = if p.tm_zone.is_null() { none() } else { str_from(unsafe { CStr::from_ptr(p.tm_zone) }.to_string_lossy().into_owned()) };
    structseq::new_instance(class(), visible, vec![zone, i(p.tm_gmtoff)])
}

/// A `struct tm` made from a Python tuple, owning the zone name it points to.
pub struct Tm {
    pub tm: libc::tm,
    _zone: Option<CString>,
}

impl From<libc::tm> for Tm {
    fn from(tm: libc::tm) -> Tm {
        Tm { tm, _zone: None }
    }
}

/// `gettmarg`: a tuple of nine ints (or a `struct_time`, whose zone and offset are
/// kept) as a `struct tm`, with CPython's adjustments (months and days of the year
/// from 0, Sunday first) and errors; `msg` is the TypeError for a tuple of the wrong
/// length ("mktime(): illegal time tuple argument").
pub fn from_tuple(v: Value, msg: &str) -> R<Tm> {
    let Some(t) = as_tuple(v) else {
        return type_error("Tuple or struct_time argument required");
    };
    if t.items.len() != 9 {
        return type_error(msg);
    }
    let mut f = [0i32; 9];
    for (k, &item) in t.items.iter().enumerate() {
        f[k] = parse_int(item)?;
    }
    let y = f[0];
    if y < i32::MIN + 1900 {
        return Err(raise(&OVERFLOW_ERROR, "year out of range"));
    }
    let mut tm = zeroed();
    tm.tm_year = y - 1900;
    tm.tm_mon = f[1].wrapping_sub(1);
    tm.tm_mday = f[2];
    tm.tm_hour = f[3];
    tm.tm_min = f[4];
    tm.tm_sec = f[5];
    tm.tm_wday = f[6].wrapping_add(1) % 7;
    tm.tm_yday = f[7].wrapping_sub(1);
    tm.tm_isdst = f[8];
    let mut zone = None;
    if std::ptr::eq(v.ty(), class()) {
        let z = krait_runtime::ops::getattr(v, "tm_zone")?;
        if !is_none(z.v()) {
            let Some(s) = as_str(z.v()) else {
                return type_error("bad argument type for built-in operation");
            };
            // C sees the text up to its first NUL, as CPython passes the UTF-8 buffer.
            let bytes = s.s.as_bytes();
            let end = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
            let c = CString::new(&bytes[..end]).expect("no NUL before the end");
            tm.tm_zone = c.as_ptr();
            zone = Some(c);
        }
        let off = krait_runtime::ops::getattr(v, "tm_gmtoff")?;
        if !is_none(off.v()) {
            let i = clinic::index(off.v())?;
            tm.tm_gmtoff = match clinic::as_i64(i.v()) {
                Some(n) => n,
                None => return Err(raise(&OVERFLOW_ERROR, "Python int too large to convert to C long")),
            };
        }
    }
    Ok(Tm { tm, _zone: zone })
}

/// `checktm`: the ranges `strftime` and `asctime` index tables with; a month, day of
/// the month or day of the year of 0 stands for the first.
pub fn check(buf: &mut libc::tm) -> R<()> {
    if buf.tm_mon == -1 {
        buf.tm_mon = 0;
    } else if !(0..=11).contains(&buf.tm_mon) {
        return value_error("month out of range");
    }
    if buf.tm_mday == 0 {
        buf.tm_mday = 1;
    } else if !(0..=31).contains(&buf.tm_mday) {
        return value_error("day of month out of range");
    }
    if !(0..=23).contains(&buf.tm_hour) {
        return value_error("hour out of range");
    }
    if !(0..=59).contains(&buf.tm_min) {
        return value_error("minute out of range");
    }
    if !(0..=61).contains(&buf.tm_sec) {
        return value_error("seconds out of range");
    }
    if buf.tm_wday < 0 {
        return value_error("day of week out of range");
    }
    if buf.tm_yday == -1 {
        buf.tm_yday = 0;
    } else if !(0..=365).contains(&buf.tm_yday) {
        return value_error("day of year out of range");
    }
    Ok(())
}

/// The OverflowError of a timestamp beyond `time_t`.
pub fn time_t_overflow() -> krait_runtime::value::Raised {
    raise(&OVERFLOW_ERROR, "timestamp out of range for platform time_t")
}

/// Is the float `d` (already integral) inside the range of a 64-bit integer? The
/// bounds are those CPython's check lets through: -2⁶³ inclusive, 2⁶³ excluded.
pub fn in_i64_range(d: f64) -> bool {
    (-9.223372036854775808e18..9.223372036854775808e18).contains(&d)
}

/// `_PyTime_ObjectToTime_t(v, ROUND_FLOOR)`: a float rounded down (ValueError for
/// NaN), or an integer through `__index__`.
pub fn time_t_arg(v: Value) -> R<i64> {
    if let Some(f) = as_float(v) {
        if f.v.is_nan() {
            return value_error("Invalid value NaN (not a number)");
        }
        let d = f.v.floor();
        if !in_i64_range(d) {
            return Err(time_t_overflow());
        }
        return Ok(d as i64);
    }
    let i = clinic::index(v)?;
    clinic::as_i64(i.v()).ok_or_else(time_t_overflow)
}

/// The seconds argument of `gmtime`, `localtime` and `ctime` (`parse_time_t_args`):
/// the current time when absent or None.
pub fn when(arg: Option<Value>) -> R<i64> {
    match arg {
        Some(v) if !is_none(v) => time_t_arg(v),
        _ => Ok(unsafe { libc::time(std::ptr::null_mut()) }),
    }
}

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

fn set_errno(e: i32) {
    unsafe { *libc::__errno_location() = e };
}

/// `_PyTime_gmtime`: OSError (EOVERFLOW past the years an int holds) on failure.
pub fn gmtime(t: i64) -> R<libc::tm> {
    let mut tm = zeroed();
    set_errno(0);
    if unsafe { libc::gmtime_r(&t, &mut tm) }.is_null() {
        let e = errno();
        return Err(os_error(if e == 0 { libc::EINVAL } else { e }, None, None));
    }
    Ok(tm)
}

/// `_PyTime_localtime`: as `gmtime`, in the local time zone.
pub fn localtime(t: i64) -> R<libc::tm> {
    let mut tm = zeroed();
    set_errno(0);
    if unsafe { libc::localtime_r(&t, &mut tm) }.is_null() {
        let e = errno();
        return Err(os_error(if e == 0 { libc::EINVAL } else { e }, None, None));
    }
    Ok(tm)
}
