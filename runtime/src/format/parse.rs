//! Number parsing and base conversion: `int(text, base)`, `float(text)` and `bin`/`oct`/`hex`.
//!
//! Both parsers first map the text as CPython does (other Unicode digits become ASCII digits,
//! other Unicode whitespace becomes a space), then follow `PyLong_FromString` and
//! `float_from_string_inner` respectively, including PEP 515 underscores.

use num_bigint::BigInt;
use num_traits::{Signed, Zero};

use super::repr::str_repr;
use super::{is_ascii_space, to_ascii_number_text, value_err, FmtError};

/// An int as text in `base` with the prefix that `bin()`, `oct()` and `hex()` use
/// (`"0b101"`, `"-0x1f"`, `"0o17"`); base 10 has no prefix and other bases have none either.
pub fn int_to_prefixed(v: &BigInt, base: u32) -> String {
    let prefix = match base {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => "",
    };
    let sign = if v.is_negative() { "-" } else { "" };
    format!("{}{}{}", sign, prefix, v.abs().to_str_radix(base))
}

/// CPython's default limit (`sys.get_int_max_str_digits()`) on the number of decimal digits
/// that int/str conversions in bases other than powers of two accept or produce.
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// The smallest nonzero limit `sys.set_int_max_str_digits()` accepts.
pub const INT_MAX_STR_DIGITS_THRESHOLD: usize = 640;

/// The current limit (0 for none), as `sys.set_int_max_str_digits()` sets it.
static MAX_STR_DIGITS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(INT_MAX_STR_DIGITS);

/// `sys.get_int_max_str_digits()`.
pub fn int_max_str_digits() -> usize {
    MAX_STR_DIGITS.load(std::sync::atomic::Ordering::Relaxed)
}

/// `sys.set_int_max_str_digits(n)`: `n` is 0 (no limit) or at least 640.
pub fn set_int_max_str_digits(n: usize) -> Result<(), FmtError> {
    if n != 0 && n < INT_MAX_STR_DIGITS_THRESHOLD {
        return value_err("maxdigits must be 0 or larger than 640");
    }
    MAX_STR_DIGITS.store(n, std::sync::atomic::Ordering::Relaxed);
    Ok(())
}

/// `str(v)` for an int, failing as CPython does when the result would have more than
/// `sys.get_int_max_str_digits()` digits.
pub fn int_to_decimal(v: &BigInt) -> Result<String, FmtError> {
    let limit = int_max_str_digits();
    if limit == 0 {
        return Ok(v.to_string());
    }
    // A value of b bits has more than (b - 1) * log10(2) digits: a long value is known
    // to exceed the limit without converting it.
    let bits = v.bits();
    if bits <= 1 || ((bits - 1) as f64) * std::f64::consts::LOG10_2 < limit as f64 {
        let text = v.to_string();
        if text.len() - v.is_negative() as usize <= limit {
            return Ok(text);
        }
    }
    value_err(format!(
        "Exceeds the limit ({} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit",
        limit
    ))
}

/// The value of an ASCII digit or letter as a digit, as `_PyLong_DigitValue` gives it.
fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => (b - b'0') as u32,
        b'a'..=b'z' => (b - b'a') as u32 + 10,
        b'A'..=b'Z' => (b - b'A') as u32 + 10,
        _ => 99,
    }
}

/// `int(text, base)` as CPython parses it: surrounding whitespace, a sign, underscores between
/// digits, base 0 inferring the base from a `0x`/`0o`/`0b` prefix (where `"010"` is invalid), and
/// a prefix allowed when it matches the base. Errors are `ValueError`s with CPython's messages;
/// a base outside `0` and `2..=36` (pass any value above 36 for a negative Python base) fails
/// with "int() base must be >= 2 and <= 36, or 0".
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, FmtError> {
    if base != 0 && !(2..=36).contains(&base) {
        return value_err("int() base must be >= 2 and <= 36, or 0");
    }
    let invalid = || {
        let r: String = str_repr(s).chars().take(200).collect();
        FmtError::Value(format!(
            "invalid literal for int() with base {}: {}",
            base, r
        ))
    };
    let text = to_ascii_number_text(s);
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() && is_ascii_space(b[i]) {
        i += 1;
    }
    let mut negative = false;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        negative = b[i] == b'-';
        i += 1;
    }
    let at = |k: usize| b.get(k).copied().unwrap_or(0).to_ascii_lowercase();
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = if at(i) != b'0' {
            10
        } else {
            match at(i + 1) {
                b'x' => 16,
                b'o' => 8,
                b'b' => 2,
                _ => {
                    // An old C-style octal literal: only zero is allowed.
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if at(i) == b'0'
        && ((base == 16 && at(i + 1) == b'x')
            || (base == 8 && at(i + 1) == b'o')
            || (base == 2 && at(i + 1) == b'b'))
    {
        i += 2;
        // One underscore is allowed between the prefix and the digits.
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return Err(invalid());
    }
    let start = i;
    let mut clean = String::new();
    let mut prev = 0u8;
    while i < b.len() && (digit_value(b[i]) < base || b[i] == b'_') {
        if b[i] == b'_' {
            if prev == b'_' {
                return Err(invalid());
            }
        } else {
            clean.push(b[i] as char);
        }
        prev = b[i];
        i += 1;
    }
    if prev == b'_' || i == start {
        return Err(invalid());
    }
    // CPython limits conversions in bases that are not powers of two.
    let limit = int_max_str_digits();
    if base & (base - 1) != 0 && limit > 0 && clean.len() > limit {
        return value_err(format!(
            "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; \
             use sys.set_int_max_str_digits() to increase the limit",
            limit,
            clean.len()
        ));
    }
    while i < b.len() && is_ascii_space(b[i]) {
        i += 1;
    }
    if i != b.len() {
        return Err(invalid());
    }
    let mut value = BigInt::parse_bytes(clean.as_bytes(), base).ok_or_else(invalid)?;
    if error_if_nonzero && !value.is_zero() {
        return Err(invalid());
    }
    if negative {
        value = -value;
    }
    Ok(value)
}

/// Checks the syntax `strtod` accepts for a decimal float: `[+-]` then digits with an optional
/// point (at least one digit in all) then an optional exponent, or `inf`/`infinity`/`nan` in any
/// case. Returns the value when the whole text matches.
fn strict_float(t: &str) -> Option<f64> {
    let b = t.as_bytes();
    let mut i = 0;
    let mut negative = false;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        negative = b[i] == b'-';
        i += 1;
    }
    let word = t[i..].to_ascii_lowercase();
    if word == "inf" || word == "infinity" {
        return Some(if negative {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        });
    }
    if word == "nan" {
        return Some(if negative { -f64::NAN } else { f64::NAN });
    }
    let digits = |i: &mut usize| {
        let s = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - s
    };
    let mut n = digits(&mut i);
    if i < b.len() && b[i] == b'.' {
        i += 1;
        n += digits(&mut i);
    }
    if n == 0 {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return None;
        }
    }
    if i != b.len() {
        return None;
    }
    t.parse::<f64>().ok()
}

/// `float(text)` as CPython parses it: surrounding whitespace, a sign, PEP 515 underscores
/// (only between digits), and `inf`/`infinity`/`nan` in any case; otherwise
/// `ValueError("could not convert string to float: 'abc'")`.
pub fn parse_float(s: &str) -> Result<f64, FmtError> {
    let invalid = || {
        FmtError::Value(format!(
            "could not convert string to float: {}",
            str_repr(s)
        ))
    };
    let text = to_ascii_number_text(s);
    let mut t = text.as_str();
    let cleaned;
    if t.contains('_') {
        // Underscores must sit between two digits; they are then dropped.
        let mut out = String::with_capacity(t.len());
        let mut prev = 0u8;
        for &c in t.as_bytes() {
            if c == b'_' {
                if !prev.is_ascii_digit() {
                    return Err(invalid());
                }
            } else {
                if prev == b'_' && !c.is_ascii_digit() {
                    return Err(invalid());
                }
                out.push(c as char);
            }
            prev = c;
        }
        if prev == b'_' {
            return Err(invalid());
        }
        cleaned = out;
        t = &cleaned;
    }
    let t = t.trim_matches(|c: char| c.is_ascii() && is_ascii_space(c as u8));
    strict_float(t).ok_or_else(invalid)
}
