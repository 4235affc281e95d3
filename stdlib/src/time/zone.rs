//! The time zone of `time`: `timezone`, `altzone`, `daylight` and `tzname`, set when
//! the module is made and again by `tzset()`. On the GNU C library CPython does not
//! read the C library's `tzname`/`timezone`: it takes the zones of the local times
//! at the start of the current year and half a year later (`init_timezone`), and so
//! does this.

use super::tm;
use crate::clinic::no_args;
use krait_runtime::builtin;
use krait_runtime::exc::raise;
use krait_runtime::objects::*;
use krait_runtime::types::RUNTIME_ERROR;
use krait_runtime::value::{Obj, Value, R};
use std::ffi::CStr;

extern "C" {
    fn tzset();
}

/// The zone name and the offset west of UTC of the local time `t` (`get_zone`,
/// `get_gmtoff`): at most nine bytes of the name, as CPython copies it.
fn zone_at(t: i64) -> (String, i64) {
    // CPython ignores a failure here and reads the zeroed `struct tm`.
    let p = tm::localtime(t).unwrap_or_else(|_| {
        krait_runtime::exc::clear_current();
        tm::zeroed()
    });
    let name = if p.tm_zone.is_null() { b"   ".to_vec() } else { unsafe { CStr::from_ptr(p.tm_zone) }.to_bytes().to_vec() };
    let name = &name[..name.len().min(9)];
    (String::from_utf8_lossy(name).into_owned(), -p.tm_gmtoff)
}

/// The four zone attributes of `time` as `init_timezone` computes them.
pub fn attrs() -> R<Vec<(&'static str, Obj)>> {
    const YEAR: i64 = (365 * 24 + 6) * 3600;
    let t = unsafe { libc::time(std::ptr::null_mut()) } / YEAR * YEAR;
    let (janname, janzone) = zone_at(t);
    let (julyname, julyzone) = zone_at(t + YEAR / 2);
    const MAX_TIMEZONE: i64 = 48 * 3600;
    if !(-MAX_TIMEZONE..=MAX_TIMEZONE).contains(&janzone) || !(-MAX_TIMEZONE..=MAX_TIMEZONE).contains(&julyzone) {
        return Err(raise(&RUNTIME_ERROR, "invalid GMT offset"));
    }
    let names = |a: &str, b: &str| tuple_from(vec![str_from(a).into_raw(), str_from(b).into_raw()]);
    let i = int_from_i64;
    let daylight = i((janzone != julyzone) as i64);
    // South of the equator summer time is in January.
    Ok(if janzone < julyzone {
        vec![("timezone", i(julyzone)), ("altzone", i(janzone)), ("daylight", daylight), ("tzname", names(&julyname, &janname))]
    } else {
        vec![("timezone", i(janzone)), ("altzone", i(julyzone)), ("daylight", daylight), ("tzname", names(&janname, &julyname))]
    })
}

/// Sets the zone attributes of the module `m`.
pub fn init(m: Value) -> R<()> {
    for (k, v) in attrs()? {
        krait_runtime::ops::setattr(m, k, v.v())?;
    }
    Ok(())
}

builtin!(time_tzset, |a| {
    no_args(a, "time.tzset")?;
    // CPython imports `time` again: the module in `sys.modules` gets the new values.
    let m = match krait_runtime::module::lookup("time") {
        Some(m) => m,
        None => krait_runtime::sysmod::import_native("time", super::krait_module_time)?,
    };
    unsafe { tzset() };
    init(m.v())?;
    Ok(none())
});

/// `tzset`, the function.
pub fn tzset_fn() -> Obj {
    builtin_fn("tzset", time_tzset)
}
