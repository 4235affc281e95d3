//! Timeouts as CPython reads them (`_PyTime_FromSecondsObject`,
//! `_PyTime_FromMillisecondsObject`): seconds or milliseconds as a float or an int,
//! converted to nanoseconds with CPython's rounding, errors and messages.

use krait_runtime::exc::{raise, value_error};
use krait_runtime::objects::*;
use krait_runtime::types::{Kind, OVERFLOW_ERROR};
use krait_runtime::value::{Value, R};

/// `_PyTime_FromSecondsObject(v, round)`: nanoseconds; `ceiling` rounds up
/// (`_PyTime_ROUND_CEILING`), otherwise away from zero (`_PyTime_ROUND_TIMEOUT`).
pub fn seconds_to_ns(v: Value, ceiling: bool) -> R<i64> {
    units_to_ns(v, 1_000_000_000, ceiling)
}

/// `_PyTime_FromObject`: a number of units of `unit_ns` nanoseconds (seconds,
/// or milliseconds for `_PyTime_FromMillisecondsObject`) as nanoseconds.
pub fn units_to_ns(v: Value, unit_ns: i64, ceiling: bool) -> R<i64> {
    if v.ty().kind == Kind::Float {
        let d = as_float(v).map(|f| f.v).unwrap_or(0.0);
        if d.is_nan() {
            return value_error("Invalid value NaN (not a number)");
        }
        let x = d * unit_ns as f64;
        let r = if ceiling { x.ceil() } else if x >= 0.0 { x.ceil() } else { x.floor() };
        if !(-9.223372036854775808e18..9.223372036854775808e18).contains(&r) {
            return Err(raise(&OVERFLOW_ERROR, "timestamp out of range for platform time_t"));
        }
        return Ok(r as i64);
    }
    let i = crate::clinic::index(v)?;
    let too_large = || Err(raise(&OVERFLOW_ERROR, "timestamp too large to convert to C _PyTime_t"));
    match crate::clinic::as_i64(i.v()) {
        Some(n) => match n.checked_mul(unit_ns) {
            Some(ns) => Ok(ns),
            None => too_large(),
        },
        None => too_large(),
    }
}
