//! Float to text conversion and decimal rounding, following CPython's `PyOS_double_to_string`.
//!
//! Digit generation relies on Rust's float formatting, which is exact: without a precision it
//! yields the shortest digit string that round-trips (as David Gay's mode 0 does), and with a
//! precision it rounds the exact binary value half-to-even (as modes 2 and 3 do). The layout of
//! those digits is a port of CPython's `format_float_short`.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Zero};

use super::FmtError;

/// How many digits `dtoa` should produce.
#[derive(Clone, Copy)]
pub(crate) enum DigitMode {
    /// The shortest digit string that reads back as the same float.
    Shortest,
    /// This many significant digits (at least one).
    Significant(usize),
    /// This many digits after the decimal point.
    Fixed(usize),
}

/// Decimal digits of the finite, non-negative `v` as `(digits, decpt)`, meaning
/// `0.digits × 10^decpt`, with no leading or trailing zeros; zero is `("0", 1)`.
pub(crate) fn dtoa(v: f64, mode: DigitMode) -> (Vec<u8>, i32) {
    // A float's exact decimal expansion has at most 767 significant digits and ends at most
    // 1074 places after the point, so larger requests can be clamped without changing the
    // (zero-stripped) digits; this also keeps within Rust's limit on format precision.
    let text = match mode {
        DigitMode::Shortest => shortest(v),
        DigitMode::Significant(n) => format!("{:.*e}", n.clamp(1, 800) - 1, v),
        DigitMode::Fixed(n) => format!("{:.*}", n.min(1100), v),
    };
    let (mantissa, exp) = match text.find('e') {
        Some(i) => (&text[..i], text[i + 1..].parse::<i32>().unwrap_or(0)),
        None => (&text[..], 0),
    };
    let int_len = mantissa.find('.').unwrap_or(mantissa.len()) as i32;
    let mut digits: Vec<u8> = mantissa.bytes().filter(|b| b.is_ascii_digit()).collect();
    let mut decpt = int_len + exp;
    let lead = digits.iter().take_while(|&&d| d == b'0').count();
    digits.drain(..lead);
    decpt -= lead as i32;
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() {
        return (vec![b'0'], 1);
    }
    (digits, decpt)
}

/// The shortest round-tripping digits of `v` in Rust's `{:e}` form. Where two digit strings of
/// that length are equally near the exact value, CPython (David Gay's `dtoa`) takes the one
/// that correct rounding gives (half to even), while Rust may take the other; so the correctly
/// rounded string is preferred whenever it also reads back as `v`.
fn shortest(v: f64) -> String {
    let short = format!("{:e}", v);
    let n_digits = short
        .split('e')
        .next()
        .map_or(1, |m| m.bytes().filter(u8::is_ascii_digit).count());
    let rounded = format!("{:.*e}", n_digits.max(1) - 1, v);
    if rounded != short && rounded.parse::<f64>() == Ok(v) {
        rounded
    } else {
        short
    }
}

/// Options for [`double_to_string`], mirroring the `Py_DTSF_*` flags.
#[derive(Clone, Copy, Default)]
pub(crate) struct FloatFlags {
    /// Append `.0` to integral results that have no exponent (`Py_DTSF_ADD_DOT_0`).
    pub add_dot_0: bool,
    /// The alternate form: keep the decimal point and trailing zeros (`Py_DTSF_ALT`).
    pub alt: bool,
    /// Drop the sign of a result that reads as zero (`Py_DTSF_NO_NEG_0`).
    pub no_neg_0: bool,
}

/// A port of CPython's `PyOS_double_to_string`: `code` is one of `e E f F g G r`. Only a minus
/// sign is written; callers add `+` or a space themselves, as CPython's callers do.
pub(crate) fn double_to_string(v: f64, code: char, precision: usize, flags: FloatFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let negative = v.is_sign_negative();
    let mut out = String::new();
    if !v.is_finite() {
        // The sign of a NaN is ignored.
        if negative && !v.is_nan() {
            out.push('-');
        }
        let word = if v.is_nan() { "nan" } else { "inf" };
        out.push_str(&if upper {
            word.to_ascii_uppercase()
        } else {
            word.to_string()
        });
        return out;
    }
    let (precision, mode) = match code {
        'e' => (precision + 1, DigitMode::Significant(precision + 1)),
        'f' => (precision, DigitMode::Fixed(precision)),
        'g' => {
            let p = precision.max(1);
            (p, DigitMode::Significant(p))
        }
        _ => (0, DigitMode::Shortest),
    };
    let (digits, decpt) = dtoa(v.abs(), mode);
    let digits_len = digits.len() as i64;
    // With `z`, a result that reads as zero loses its minus sign.
    let is_zero = digits == b"0";
    if negative && !(flags.no_neg_0 && is_zero) {
        out.push('-');
    }
    // Work out which slice of the infinite zero-padded digit string to print, exactly as
    // CPython does with `vdigits_start` and `vdigits_end`.
    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    let p = precision as i64;
    let d = decpt as i64;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = p;
        }
        'f' => vdigits_end = d + p,
        'g' => {
            if d <= -4 || d > (if flags.add_dot_0 { p - 1 } else { p }) {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = p;
            }
        }
        _ => {
            if d <= -4 || d > 16 {
                use_exp = true;
            }
        }
    }
    // With an exponent, the decimal point goes after the first digit.
    let (exp, decpt) = if use_exp { (d - 1, 1) } else { (0, d) };
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };
    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    let digit_str = std::str::from_utf8(&digits).unwrap_or("0");
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&digit_str[..decpt as usize]);
        out.push('.');
        out.push_str(&digit_str[decpt as usize..]);
    } else {
        out.push_str(digit_str);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let e = exp.abs();
        if e < 10 {
            out.push('0');
        }
        out.push_str(&e.to_string());
    }
    out
}

/// `repr()`/`str()` of a float exactly as CPython: the shortest round-trip digits, scientific
/// notation when the decimal exponent is below -4 or at least 16 (`1e+16`, `1e-05`,
/// `1.5e+300`), otherwise positional with `.0` for integral values (`100.0`, `0.0001`), and
/// `-0.0`, `inf`, `-inf`, `nan`.
pub fn float_repr(v: f64) -> String {
    double_to_string(
        v,
        'r',
        0,
        FloatFlags {
            add_dot_0: true,
            ..FloatFlags::default()
        },
    )
}

/// Splits a finite float into `(mantissa, exponent)` with `|v| = mantissa × 2^exponent`.
pub(crate) fn decompose(v: f64) -> (u64, i32) {
    let bits = v.abs().to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    }
}

/// `num / den` rounded to the nearest integer, ties to even, for positive `den`.
pub(crate) fn div_round_half_even(num: &BigInt, den: &BigInt) -> BigInt {
    let (q, r) = num.div_mod_floor(den);
    let twice = &r * 2u32;
    match twice.cmp(den) {
        std::cmp::Ordering::Less => q,
        std::cmp::Ordering::Greater => q + 1u32,
        std::cmp::Ordering::Equal => {
            if q.is_odd() {
                q + 1u32
            } else {
                q
            }
        }
    }
}

/// `round(x, ndigits)` for floats, correctly rounded (half to even on the exact binary value)
/// like CPython, raising `OverflowError("rounded value too large to represent")` when the
/// result does not fit in a float.
pub fn try_round_float(x: f64, ndigits: i64) -> Result<f64, FmtError> {
    // CPython's NDIGITS_MAX and NDIGITS_MIN: beyond them the answer is known without rounding.
    if !x.is_finite() || ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0 * x);
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let text = if ndigits >= 0 {
        // Rust's fixed-point formatting is exactly rounded, half to even.
        format!("{:.*}", ndigits as usize, x)
    } else {
        let (m, e) = decompose(x);
        let mut num = BigInt::from(m);
        let mut den = BigInt::one();
        if e >= 0 {
            num <<= e as usize;
        } else {
            den <<= (-e) as usize;
        }
        den *= BigInt::from(10u32).pow((-ndigits) as u32);
        let q = div_round_half_even(&num, &den);
        if q.is_zero() {
            format!("{}0", sign)
        } else {
            format!("{}{}e{}", sign, q, -ndigits)
        }
    };
    let r: f64 = text.parse().unwrap_or(f64::NAN);
    if r.is_infinite() {
        return Err(FmtError::Overflow(
            "rounded value too large to represent".into(),
        ));
    }
    Ok(r)
}

/// `round(x, ndigits)` for floats, correctly rounded like CPython (`round(2.675, 2) == 2.67`,
/// `round(1234.5, -2) == 1200.0`). Where CPython raises `OverflowError` this returns an
/// infinity; use [`try_round_float`] to get the error instead.
pub fn round_float(x: f64, ndigits: i64) -> f64 {
    try_round_float(x, ndigits).unwrap_or(if x < 0.0 {
        f64::NEG_INFINITY
    } else {
        f64::INFINITY
    })
}
