//! The numeric tower: `int` (small ints in the word, big ints as `IntObj` holding a
//! `BigInt`), `bool` (a subclass of int that prints as `True`/`False`) and `float`.
//!
//! This module implements the arithmetic, comparisons, hashing, conversions and methods
//! of the three types with CPython 3.11's semantics: floor division and modulo with
//! Python's sign rules, correctly rounded true division of ints, exact comparisons
//! between ints and floats, CPython's numeric hash (modulus 2**61 - 1) and CPython's
//! exception types and messages. Small ints take i64 fast paths with checked
//! arithmetic and fall back to `BigInt` on overflow; every int result is normalised
//! with `int_from_i64`/`int_from_big`, so ints that fit the word are never boxed.
//!
//! Where float `**` gives a complex (a negative base to a fractional power), the power
//! is computed as CPython does, by `complex.__pow__` (see `complex`).

use crate::call::Args;
use crate::exc::{raise, type_error, value_error};
use crate::objects::*;
use crate::types::*;
use crate::value::{Obj, RefCnt, Value, R};
use krait_abi::{BinOp, CmpOp, UnaryOp};
use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{FromPrimitive, One, Pow, Signed, ToPrimitive, Zero};
use std::borrow::Cow;
use std::cmp::Ordering;

/// CPython's hash modulus, the Mersenne prime 2**61 - 1.
const HASH_MODULUS: u64 = (1u64 << 61) - 1;
/// The number of bits of the hash modulus.
const HASH_BITS: u32 = 61;
/// The hash of positive infinity.
const HASH_INF: i64 = 314159;
/// Results of `<<` and `**` larger than this many bits raise MemoryError, as
/// CPython does when it cannot allocate them.
const MAX_RESULT_BITS: u64 = 1 << 36;

/// A borrowed view of a numeric value: an int (small or big; bools are small ints
/// here) or a float.
#[derive(Clone, Copy, Debug)]
enum Num<'a> {
    Small(i64),
    Big(&'a BigInt),
    Float(f64),
}

/// Views `v` as a number, or `None` when it is not an int, bool or float.
#[inline]
fn view<'a>(v: Value) -> Option<Num<'a>> {
    if v.is_small() {
        return Some(Num::Small(v.as_small()));
    }
    if v.is_null() {
        return None;
    }
    match v.ty().kind {
        Kind::Int => as_bigint(v).map(Num::Big),
        Kind::Bool => Some(Num::Small((v == bool_v(true)) as i64)),
        Kind::Float => as_float(v).map(|f| Num::Float(f.v)),
        _ => None,
    }
}

/// Is `v` a bool?
#[inline]
fn is_bool(v: Value) -> bool {
    !v.is_small() && !v.is_null() && v.ty().kind == Kind::Bool
}

/// Is `v` an int or a bool?
pub fn is_int(v: Value) -> bool {
    matches!(view(v), Some(Num::Small(_)) | Some(Num::Big(_)))
}

/// An int view as a `BigInt`, borrowed when it already is one.
fn big_of<'a>(n: Num<'a>) -> Cow<'a, BigInt> {
    match n {
        Num::Small(i) => Cow::Owned(BigInt::from(i)),
        Num::Big(b) => Cow::Borrowed(b),
        // Callers only pass int views; a float is truncated rather than panicking.
        Num::Float(f) => Cow::Owned(BigInt::from_f64(f.trunc()).unwrap_or_default()),
    }
}

/// The int value of `v` as a `BigInt`; the caller knows `v` is an int or bool.
fn value_big<'a>(v: Value) -> Cow<'a, BigInt> {
    big_of(view(v).unwrap_or(Num::Small(0)))
}

fn zero_division<T>(msg: &str) -> R<T> {
    Err(raise(&ZERO_DIVISION_ERROR, msg))
}

fn overflow<T>(msg: &str) -> R<T> {
    Err(raise(&OVERFLOW_ERROR, msg))
}

fn memory_error<T>() -> R<T> {
    Err(raise(&MEMORY_ERROR, ""))
}

/// Raises the exception a formatting/parsing error names.
pub(crate) fn fmt_error(e: crate::format::FmtError) -> crate::value::Raised {
    use crate::format::FmtError;
    match e {
        FmtError::Value(m) => raise(&VALUE_ERROR, m),
        FmtError::Type(m) => raise(&TYPE_ERROR, m),
        FmtError::Overflow(m) => raise(&OVERFLOW_ERROR, m),
        FmtError::Key(m) => crate::exc::raise_with(&KEY_ERROR, str_from(m)),
        FmtError::Index(m) => raise(&INDEX_ERROR, m),
    }
}

// Pure helpers (no objects), unit-tested below.

/// `2**k` as a float, for `-1022 <= k <= 1023`.
#[inline]
fn pow2(k: i64) -> f64 {
    debug_assert!((-1022..=1023).contains(&k));
    f64::from_bits(((k + 1023) as u64) << 52)
}

/// `x * 2**k`, exact whenever the result is representable (including subnormals).
fn ldexp(mut x: f64, mut k: i64) -> f64 {
    while k > 1000 {
        x *= pow2(1000);
        k -= 1000;
        if x.is_infinite() {
            return x;
        }
    }
    while k < -1000 {
        x *= pow2(-1000);
        k += 1000;
        if x == 0.0 {
            return x;
        }
    }
    x * pow2(k)
}

/// `m * 2**e` correctly rounded to a float (nearest, ties to even), including the
/// subnormal range; infinity when it overflows. `m` must be positive.
fn ldexp_round(m: u64, e: i64) -> f64 {
    let len = 64 - m.leading_zeros() as i64;
    // The exponent of the leading bit.
    let top = len - 1 + e;
    if top > 1023 {
        return f64::INFINITY;
    }
    // How many significant bits a float keeps at this magnitude.
    let prec = if top >= -1022 { 53 } else { top + 1075 };
    if prec < 0 {
        return 0.0;
    }
    let drop = len - prec;
    if drop <= 0 {
        return ldexp(m as f64, e);
    }
    let m128 = m as u128;
    let mut q = (m128 >> drop) as u64;
    let rem = m128 & ((1u128 << drop) - 1);
    let half = 1u128 << (drop - 1);
    if rem > half || (rem == half && q & 1 == 1) {
        q += 1;
    }
    ldexp(q as f64, e + drop)
}

/// A big int converted to the nearest float, or `None` when it is too large.
fn big_to_f64(b: &BigInt) -> Option<f64> {
    let f = b.to_f64()?;
    if f.is_finite() {
        Some(f)
    } else {
        None
    }
}

/// `a / b` for ints, correctly rounded; `Err(true)` for a zero divisor, `Err(false)`
/// when the result is too large for a float.
fn int_truediv(a: &BigInt, b: &BigInt) -> Result<f64, bool> {
    if b.is_zero() {
        return Err(true);
    }
    let negate = a.is_negative() != b.is_negative();
    let sign = if negate { -1.0 } else { 1.0 };
    if a.is_zero() {
        return Ok(sign * 0.0);
    }
    let (ma, mb) = (a.magnitude(), b.magnitude());
    let (la, lb) = (ma.bits() as i64, mb.bits() as i64);
    if la <= 53 && lb <= 53 {
        // Both operands are exact floats, so one IEEE division rounds correctly.
        let (x, y) = (ma.to_f64().unwrap_or(0.0), mb.to_f64().unwrap_or(1.0));
        return Ok(sign * (x / y));
    }
    let diff = la - lb;
    // The quotient lies in [2**(diff-1), 2**(diff+1)).
    if diff > 1025 {
        return Err(false);
    }
    if diff < -1080 {
        return Ok(sign * 0.0);
    }
    // Scale so that the integer quotient has 55 or 56 bits, then round once.
    let t = 55 - diff;
    let (q, r) = if t >= 0 { (ma << (t as usize)).div_rem(mb) } else { ma.div_rem(&(mb << ((-t) as usize))) };
    let m = q.to_u64().unwrap_or(u64::MAX) | (!r.is_zero()) as u64;
    let f = ldexp_round(m, -t);
    if f.is_infinite() {
        return Err(false);
    }
    Ok(sign * f)
}

/// CPython's float floor division and modulo (`_float_div_mod`); `wx` is nonzero.
fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// CPython's float `%` (`float_rem`); `wx` is nonzero.
fn float_mod(vx: f64, wx: f64) -> f64 {
    let m = vx % wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m + wx
        } else {
            m
        }
    } else {
        0.0f64.copysign(wx)
    }
}

fn is_odd_integer(x: f64) -> bool {
    (x.abs() % 2.0) == 1.0
}

/// Why a float power failed.
#[derive(Debug, PartialEq)]
enum PowError {
    /// `0.0 ** negative`.
    ZeroNegative,
    /// The result overflowed.
    Overflow,
    /// A negative base to a fractional power (a complex result).
    Complex,
}

/// CPython's `float_pow` for two floats.
fn float_pow(iv: f64, iw: f64) -> Result<f64, PowError> {
    if iw == 0.0 {
        return Ok(1.0);
    }
    if iv.is_nan() {
        return Ok(iv);
    }
    if iw.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        let a = iv.abs();
        return Ok(if a == 1.0 {
            1.0
        } else if (iw > 0.0) == (a > 1.0) {
            iw.abs()
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(if iw > 0.0 {
            if odd {
                iv
            } else {
                iv.abs()
            }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        });
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return Err(PowError::ZeroNegative);
        }
        return Ok(if is_odd_integer(iw) { iv } else { 0.0 });
    }
    let mut base = iv;
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            return Err(PowError::Complex);
        }
        base = -iv;
        negate = is_odd_integer(iw);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = base.powf(iw);
    if r.is_infinite() {
        return Err(PowError::Overflow);
    }
    Ok(if negate { -r } else { r })
}

/// The Python result of a float power, raising CPython's exceptions.
fn float_pow_obj(x: f64, y: f64) -> R<Obj> {
    match float_pow(x, y) {
        Ok(r) => Ok(float(r)),
        Err(PowError::ZeroNegative) => zero_division("0.0 cannot be raised to a negative power"),
        // CPython raises OverflowError(errno, strerror), so `args` is a pair.
        Err(PowError::Overflow) => Err(crate::exc::set_current(crate::exc::new_exc(
            &OVERFLOW_ERROR,
            tuple_from(vec![int_from_i64(34).into_raw(), str_from("Numerical result out of range").into_raw()]),
        ))),
        // A negative base to a fractional power: CPython computes it as a complex power.
        Err(PowError::Complex) => crate::complex::pow_obj((x, 0.0), (y, 0.0)),
    }
}

/// CPython's hash of an int given as sign and magnitude modulo 2**61 - 1.
fn finish_int_hash(negative: bool, h: u64) -> i64 {
    let h = h as i64;
    let h = if negative { -h } else { h };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(n)` for a machine integer.
fn hash_i64(n: i64) -> i64 {
    finish_int_hash(n < 0, n.unsigned_abs() % HASH_MODULUS)
}

/// `hash(n)` for a big integer.
fn hash_big(b: &BigInt) -> i64 {
    let mut h: u128 = 0;
    for d in b.magnitude().iter_u64_digits().rev() {
        h = ((h << 64) | d as u128) % HASH_MODULUS as u128;
    }
    finish_int_hash(b.is_negative(), h as u64)
}

/// Splits a finite float into `(mantissa, exponent)` with `|v| = mantissa * 2**exponent`.
fn decompose(v: f64) -> (u64, i64) {
    let bits = v.abs().to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    }
}

/// `hash(x)` for a finite float or an infinity (NaN hashes by identity, see [`hash`]).
pub(crate) fn hash_f64(x: f64) -> i64 {
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    let (m, e) = decompose(x);
    // The hash is m * 2**e modulo 2**61 - 1, and 2**61 is 1 modulo it, so multiplying
    // by a power of two is a rotation of the 61-bit residue.
    let rot = e.rem_euclid(HASH_BITS as i64) as u32;
    let h = if rot == 0 || m == 0 {
        m
    } else {
        ((m << rot) & HASH_MODULUS) | (m >> (HASH_BITS - rot))
    };
    finish_int_hash(x < 0.0, h)
}

/// Compares an int with a float exactly; `None` when the float is NaN.
fn cmp_int_float(i: Num, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    let t = f.trunc();
    let c = match i {
        Num::Small(n) if n.unsigned_abs() <= 1 << 53 => return (n as f64).partial_cmp(&f),
        Num::Small(n) => {
            if t >= 9223372036854775808.0 {
                Ordering::Less
            } else if t < -9223372036854775808.0 {
                Ordering::Greater
            } else {
                n.cmp(&(t as i64))
            }
        }
        Num::Big(b) => b.cmp(&BigInt::from_f64(t).unwrap_or_default()),
        Num::Float(g) => return g.partial_cmp(&f),
    };
    if c != Ordering::Equal {
        return Some(c);
    }
    // Equal integer parts: the fraction of the float decides.
    Some(if f > t {
        Ordering::Less
    } else if f < t {
        Ordering::Greater
    } else {
        Ordering::Equal
    })
}

fn cmp_result(op: CmpOp, o: Option<Ordering>) -> bool {
    match o {
        None => op == CmpOp::Ne,
        Some(o) => match op {
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::Le => o != Ordering::Greater,
            CmpOp::Eq => o == Ordering::Equal,
            CmpOp::Ne => o != Ordering::Equal,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::Ge => o != Ordering::Less,
        },
    }
}

/// A float's exact value as a reduced fraction `(numerator, denominator)`; finite only.
fn float_ratio(x: f64) -> (BigInt, BigInt) {
    let (mut m, mut e) = decompose(x);
    if m == 0 {
        return (BigInt::zero(), BigInt::one());
    }
    let tz = m.trailing_zeros();
    m >>= tz;
    e += tz as i64;
    let mut num = BigInt::from(m);
    let mut den = BigInt::one();
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    if x < 0.0 {
        num = -num;
    }
    (num, den)
}

/// `float.hex()`.
fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{}0x0.0p+0", sign);
    }
    let bits = x.abs().to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if exp_bits == 0 {
        format!("{}0x0.{:013x}p-1022", sign, frac)
    } else {
        format!("{}0x1.{:013x}p{:+}", sign, frac, exp_bits - 1023)
    }
}

/// `float.fromhex(s)`, with CPython's parsing and rounding (half to even).
pub fn float_fromhex(text: &str) -> R<f64> {
    let invalid = || value_error("invalid hexadecimal floating-point string");
    let is_ws = |c: char| c.is_whitespace();
    let t = text.trim_matches(is_ws);
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let sign = |x: f64| if neg { -x } else { x };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(sign(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(sign(f64::NAN));
    }
    let b = body.as_bytes();
    let mut i = 0;
    if b.len() >= 2 && b[0] == b'0' && (b[1] == b'x' || b[1] == b'X') {
        i = 2;
    }
    let mut mant = BigUint::zero();
    let (mut ndigits, mut fdigits) = (0i64, 0i64);
    while i < b.len() && (b[i] as char).is_ascii_hexdigit() {
        mant = (mant << 4u32) + BigUint::from((b[i] as char).to_digit(16).unwrap());
        ndigits += 1;
        i += 1;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && (b[i] as char).is_ascii_hexdigit() {
            mant = (mant << 4u32) + BigUint::from((b[i] as char).to_digit(16).unwrap());
            ndigits += 1;
            fdigits += 1;
            i += 1;
        }
    }
    if ndigits == 0 {
        return invalid();
    }
    let mut exp: i64 = 0;
    if i < b.len() && (b[i] == b'p' || b[i] == b'P') {
        i += 1;
        let mut eneg = false;
        if i < b.len() && (b[i] == b'-' || b[i] == b'+') {
            eneg = b[i] == b'-';
            i += 1;
        }
        if i >= b.len() || !b[i].is_ascii_digit() {
            return invalid();
        }
        while i < b.len() && b[i].is_ascii_digit() {
            exp = exp.saturating_mul(10).saturating_add((b[i] - b'0') as i64);
            i += 1;
        }
        exp = exp.min(1 << 40);
        if eneg {
            exp = -exp;
        }
    }
    if i != b.len() {
        return invalid();
    }
    if mant.is_zero() {
        return Ok(sign(0.0));
    }
    let too_large = || -> R<f64> { Err(raise(&OVERFLOW_ERROR, "hexadecimal value too large to represent as a float")) };
    // value = mant * 2**e2; its top bit is at position `top`.
    let e2 = exp - 4 * fdigits;
    let top = mant.bits() as i64 - 1 + e2;
    if top > 1023 {
        return too_large();
    }
    if top < -1075 {
        return Ok(sign(0.0));
    }
    let lowest = (top - 52).max(-1074);
    let shift = lowest - e2;
    let q: BigUint = if shift > 0 {
        let sh = shift as u64;
        let q = &mant >> sh;
        let r = &mant - (&q << sh);
        let half = BigUint::one() << (sh - 1);
        let q_odd = (&q & BigUint::one()) == BigUint::one();
        if r > half || (r == half && q_odd) {
            q + 1u32
        } else {
            q
        }
    } else {
        mant << ((-shift) as u64)
    };
    let pow2 = |k: i64| f64::from_bits(((k + 1023) as u64) << 52);
    let mut x = q.to_f64().unwrap();
    let mut k = lowest;
    if k < -1000 {
        x *= pow2(-1000);
        k += 1000;
    }
    x *= pow2(k);
    if x.is_infinite() {
        return too_large();
    }
    Ok(sign(x))
}

/// Rounds a float to the nearest integer, ties to even (CPython's `round(x)`).
fn round_half_even(x: f64) -> f64 {
    let r = x.round();
    if (x - r).abs() == 0.5 {
        2.0 * (x / 2.0).round()
    } else {
        r
    }
}

/// `round(n, -k)` for ints: the multiple of 10**k nearest to `n`, ties to even.
fn round_int_digits(n: &BigInt, k: u64) -> BigInt {
    // A power of ten larger than twice |n| rounds everything to zero.
    if k > n.bits() / 3 + 2 {
        return BigInt::zero();
    }
    let p = BigInt::from(10u32).pow(k as u32);
    let (q, r) = n.div_mod_floor(&p);
    let twice: BigInt = &r * 2u32;
    let up = match twice.cmp(&p) {
        Ordering::Greater => true,
        Ordering::Equal => q.is_odd(),
        Ordering::Less => false,
    };
    let q = if up { q + 1u32 } else { q };
    q * p
}

// Conversions.

/// An int, bool or float as a float, raising OverflowError for huge ints.
fn num_to_f64(n: Num) -> R<f64> {
    match n {
        Num::Small(i) => Ok(i as f64),
        Num::Float(f) => Ok(f),
        Num::Big(b) => match big_to_f64(b) {
            Some(f) => Ok(f),
            None => overflow("int too large to convert to float"),
        },
    }
}

/// `float(v)` for an int, bool or float; `Ok(None)` for other types.
pub fn to_f64(v: Value) -> R<Option<f64>> {
    match view(v) {
        Some(n) => num_to_f64(n).map(Some),
        None => Ok(None),
    }
}

/// An int or bool as a machine integer; `Ok(None)` for other types, OverflowError
/// when it does not fit.
pub fn to_i64(v: Value) -> R<Option<i64>> {
    match view(v) {
        Some(Num::Small(i)) => Ok(Some(i)),
        Some(Num::Big(b)) => match b.to_i64() {
            Some(i) => Ok(Some(i)),
            None => overflow("Python int too large to convert to C ssize_t"),
        },
        _ => Ok(None),
    }
}

/// The int truncating a float: OverflowError for infinities, ValueError for NaN.
fn float_to_int(f: f64) -> R<Obj> {
    if f.is_nan() {
        return value_error("cannot convert float NaN to integer");
    }
    if f.is_infinite() {
        return overflow("cannot convert float infinity to integer");
    }
    let t = f.trunc();
    if t.abs() < 4611686018427387904.0 {
        return Ok(int_from_i64(t as i64));
    }
    Ok(int_from_big(BigInt::from_f64(t).unwrap_or_default()))
}

/// An int view as an int object (bools become plain ints).
fn int_obj(n: Num) -> Obj {
    match n {
        Num::Small(i) => int_from_i64(i),
        Num::Big(b) => int_from_big(b.clone()),
        Num::Float(f) => float(f),
    }
}

/// Is `v` an instance of a subclass of int or float defined in Python?
#[inline]
fn is_subclass_instance(v: Value) -> bool {
    !v.is_small() && !v.is_null() && !v.ty().heap.is_null()
}

/// The int value of `v` as a plain int object (`True` and instances of int subclasses
/// become exact ints).
fn as_plain_int(v: Value) -> Obj {
    if is_bool(v) {
        int_from_i64((v == bool_v(true)) as i64)
    } else if is_subclass_instance(v) {
        view(v).map(int_obj).unwrap_or_else(|| v.to_owned())
    } else {
        v.to_owned()
    }
}

/// The value of the float `v` as an exact float object.
fn as_plain_float(v: Value) -> Obj {
    match view(v) {
        Some(Num::Float(f)) if is_subclass_instance(v) => float(f),
        _ => v.to_owned(),
    }
}

// The protocol used by `ops`.

/// `repr(v)` for an int, bool or float.
pub fn repr(v: Value) -> String {
    if v.is_small() {
        return v.as_small().to_string();
    }
    match v.ty().kind {
        Kind::Bool => (if v == bool_v(true) { "True" } else { "False" }).to_string(),
        Kind::Float => crate::format::float_repr(as_float(v).map_or(0.0, |f| f.v)),
        _ => as_bigint(v).map(|b| b.to_string()).unwrap_or_default(),
    }
}

/// `repr(v)` with CPython's limit on the number of digits of an int converted to
/// decimal (`ValueError: Exceeds the limit (4300 digits) ...`).
pub fn repr_checked(v: Value) -> R<String> {
    if let Some(b) = as_bigint(v) {
        return crate::format::int_to_decimal(b).map_err(fmt_error);
    }
    Ok(repr(v))
}

/// `hash(v)` for an int, bool or float: CPython's numeric hash, so that equal numbers
/// of different types hash alike (`hash(1.0) == hash(1) == hash(True)`).
pub fn hash(v: Value) -> i64 {
    match view(v) {
        Some(Num::Small(i)) => hash_i64(i),
        Some(Num::Big(b)) => hash_big(b),
        Some(Num::Float(f)) if f.is_nan() => {
            // NaN hashes by identity, as in CPython 3.10+.
            let h = ((v.0 >> 4) | (v.0 << 60)) as i64;
            if h == -1 {
                -2
            } else {
                h
            }
        }
        Some(Num::Float(f)) => hash_f64(f),
        None => 0,
    }
}

/// `bool(v)` for an int, bool or float.
pub fn truthy(v: Value) -> bool {
    match view(v) {
        Some(Num::Small(i)) => i != 0,
        Some(Num::Big(_)) => true,
        Some(Num::Float(f)) => f != 0.0,
        None => true,
    }
}

/// A rich comparison between numbers; `Ok(None)` when an operand is not a number.
pub fn compare(op: CmpOp, a: Value, b: Value) -> R<Option<bool>> {
    if a.is_small() && b.is_small() {
        return Ok(Some(cmp_result(op, Some(a.as_small().cmp(&b.as_small())))));
    }
    let (x, y) = match (view(a), view(b)) {
        (Some(x), Some(y)) => (x, y),
        _ => return Ok(None),
    };
    let o = match (x, y) {
        (Num::Float(f), Num::Float(g)) => f.partial_cmp(&g),
        (Num::Float(f), i) => cmp_int_float(i, f).map(Ordering::reverse),
        (i, Num::Float(f)) => cmp_int_float(i, f),
        (Num::Small(i), Num::Small(j)) => Some(i.cmp(&j)),
        (i, j) => Some(big_of(i).cmp(&big_of(j))),
    };
    Ok(Some(cmp_result(op, o)))
}

/// `a <op> b` for numbers; `Ok(None)` when an operand is not a number or the operator
/// does not apply (bitwise operators on floats, `@`).
pub fn binary(op: BinOp, a: Value, b: Value) -> R<Option<Obj>> {
    if a.is_small() && b.is_small() {
        if op == BinOp::MatMul {
            return Ok(None);
        }
        return small_binary(op, a.as_small(), b.as_small()).map(Some);
    }
    let (x, y) = match (view(a), view(b)) {
        (Some(x), Some(y)) => (x, y),
        _ => return Ok(None),
    };
    if op == BinOp::MatMul {
        return Ok(None);
    }
    if matches!(x, Num::Float(_)) || matches!(y, Num::Float(_)) {
        if matches!(op, BinOp::LShift | BinOp::RShift | BinOp::And | BinOp::Or | BinOp::Xor) {
            return Ok(None);
        }
        let (f, g) = (num_to_f64(x)?, num_to_f64(y)?);
        return float_binary(op, f, g).map(Some);
    }
    if is_bool(a) && is_bool(b) && matches!(op, BinOp::And | BinOp::Or | BinOp::Xor) {
        let (p, q) = (a == bool_v(true), b == bool_v(true));
        let r = match op {
            BinOp::And => p & q,
            BinOp::Or => p | q,
            _ => p ^ q,
        };
        return Ok(Some(bool_obj(r)));
    }
    match (x, y) {
        (Num::Small(i), Num::Small(j)) => small_binary(op, i, j).map(Some),
        _ => big_binary(op, &big_of(x), &big_of(y)).map(Some),
    }
}

/// Arithmetic on two machine integers (each within the small-int range or 0/1 from a
/// bool), falling back to big ints on overflow.
fn small_binary(op: BinOp, a: i64, b: i64) -> R<Obj> {
    match op {
        BinOp::Add => match a.checked_add(b) {
            Some(r) => Ok(int_from_i64(r)),
            None => Ok(int_from_big(BigInt::from(a) + b)),
        },
        BinOp::Sub => match a.checked_sub(b) {
            Some(r) => Ok(int_from_i64(r)),
            None => Ok(int_from_big(BigInt::from(a) - b)),
        },
        BinOp::Mul => match a.checked_mul(b) {
            Some(r) => Ok(int_from_i64(r)),
            None => Ok(int_from_big(BigInt::from(a) * b)),
        },
        BinOp::TrueDiv => {
            if b == 0 {
                return zero_division("division by zero");
            }
            const EXACT: u64 = 1 << 53;
            if a.unsigned_abs() <= EXACT && b.unsigned_abs() <= EXACT {
                return Ok(float(a as f64 / b as f64));
            }
            truediv_obj(&BigInt::from(a), &BigInt::from(b))
        }
        BinOp::FloorDiv => {
            if b == 0 {
                return zero_division("integer division or modulo by zero");
            }
            match a.checked_div(b) {
                Some(_) => Ok(int_from_i64(Integer::div_floor(&a, &b))),
                None => Ok(int_from_big(BigInt::from(a).div_floor(&BigInt::from(b)))),
            }
        }
        BinOp::Mod => {
            if b == 0 {
                return zero_division("integer modulo by zero");
            }
            match a.checked_rem(b) {
                Some(_) => Ok(int_from_i64(a.mod_floor(&b))),
                None => Ok(int_from_i64(0)),
            }
        }
        BinOp::Pow => {
            if b < 0 {
                return float_pow_obj(a as f64, b as f64);
            }
            if b <= u32::MAX as i64 {
                if let Some(r) = a.checked_pow(b as u32) {
                    return Ok(int_from_i64(r));
                }
            }
            int_pow(&BigInt::from(a), &BigInt::from(b))
        }
        BinOp::LShift => {
            if b < 0 {
                return value_error("negative shift count");
            }
            if a == 0 {
                return Ok(int_from_i64(0));
            }
            if b < 63 {
                let r = a << b;
                if r >> b == a {
                    return Ok(int_from_i64(r));
                }
            }
            big_lshift(&BigInt::from(a), b as u64)
        }
        BinOp::RShift => {
            if b < 0 {
                return value_error("negative shift count");
            }
            Ok(int_from_i64(a >> b.min(63)))
        }
        BinOp::And => Ok(int_from_i64(a & b)),
        BinOp::Or => Ok(int_from_i64(a | b)),
        BinOp::Xor => Ok(int_from_i64(a ^ b)),
        BinOp::MatMul => type_error("unsupported operand type(s) for @: 'int' and 'int'"),
    }
}

/// Arithmetic on big ints.
fn big_binary(op: BinOp, a: &BigInt, b: &BigInt) -> R<Obj> {
    match op {
        BinOp::Add => Ok(int_from_big(a + b)),
        BinOp::Sub => Ok(int_from_big(a - b)),
        BinOp::Mul => Ok(int_from_big(a * b)),
        BinOp::TrueDiv => truediv_obj(a, b),
        BinOp::FloorDiv => {
            if b.is_zero() {
                return zero_division("integer division or modulo by zero");
            }
            Ok(int_from_big(a.div_floor(b)))
        }
        BinOp::Mod => {
            if b.is_zero() {
                return zero_division("integer modulo by zero");
            }
            Ok(int_from_big(a.mod_floor(b)))
        }
        BinOp::Pow => {
            if b.is_negative() {
                let x = num_to_f64(Num::Big(a))?;
                let y = num_to_f64(Num::Big(b))?;
                return float_pow_obj(x, y);
            }
            int_pow(a, b)
        }
        BinOp::LShift => {
            if b.is_negative() {
                return value_error("negative shift count");
            }
            if a.is_zero() {
                return Ok(int_from_i64(0));
            }
            match b.to_u64() {
                Some(s) => big_lshift(a, s),
                None => memory_error(),
            }
        }
        BinOp::RShift => {
            if b.is_negative() {
                return value_error("negative shift count");
            }
            match b.to_u64() {
                Some(s) if s < a.bits() + 1 => Ok(int_from_big(a >> (s as usize))),
                _ => Ok(int_from_i64(if a.is_negative() { -1 } else { 0 })),
            }
        }
        BinOp::And => Ok(int_from_big(a & b)),
        BinOp::Or => Ok(int_from_big(a | b)),
        BinOp::Xor => Ok(int_from_big(a ^ b)),
        BinOp::MatMul => type_error("unsupported operand type(s) for @: 'int' and 'int'"),
    }
}

/// `a << s` for a nonzero `a`.
fn big_lshift(a: &BigInt, s: u64) -> R<Obj> {
    if a.bits().saturating_add(s) > MAX_RESULT_BITS {
        return memory_error();
    }
    Ok(int_from_big(a << (s as usize)))
}

/// `a ** b` for ints with `b >= 0`.
fn int_pow(a: &BigInt, b: &BigInt) -> R<Obj> {
    if b.is_zero() {
        return Ok(int_from_i64(1));
    }
    if a.is_zero() || a.is_one() {
        return Ok(int_obj(Num::Big(a)));
    }
    if a == &BigInt::from(-1) {
        return Ok(int_from_i64(if b.is_odd() { -1 } else { 1 }));
    }
    let e = match b.to_u64() {
        Some(e) => e,
        None => return memory_error(),
    };
    if (a.bits() - 1).saturating_mul(e) > MAX_RESULT_BITS {
        return memory_error();
    }
    Ok(int_from_big(Pow::pow(a, e)))
}

/// `a / b` for ints as a float object, raising CPython's errors.
fn truediv_obj(a: &BigInt, b: &BigInt) -> R<Obj> {
    match int_truediv(a, b) {
        Ok(f) => Ok(float(f)),
        Err(true) => zero_division("division by zero"),
        Err(false) => overflow("integer division result too large for a float"),
    }
}

/// Arithmetic on floats (ints already converted).
fn float_binary(op: BinOp, x: f64, y: f64) -> R<Obj> {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return zero_division("float division by zero");
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return zero_division("float floor division by zero");
            }
            float_divmod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return zero_division("float modulo");
            }
            float_mod(x, y)
        }
        BinOp::Pow => return float_pow_obj(x, y),
        _ => return type_error(format!("unsupported operand type(s) for {}: 'float' and 'float'", op.symbol())),
    };
    Ok(float(r))
}

/// `-a`, `+a`, `~a` for numbers; `Ok(None)` for `~` on a float or a non-number.
pub fn unary(op: UnaryOp, a: Value) -> R<Option<Obj>> {
    let n = match view(a) {
        Some(n) => n,
        None => return Ok(None),
    };
    Ok(match (op, n) {
        (UnaryOp::Neg, Num::Small(i)) => Some(int_from_i64(-i)),
        (UnaryOp::Neg, Num::Big(b)) => Some(int_from_big(-b)),
        (UnaryOp::Neg, Num::Float(f)) => Some(float(-f)),
        (UnaryOp::Pos, Num::Float(_)) => Some(as_plain_float(a)),
        (UnaryOp::Pos, _) => Some(as_plain_int(a)),
        (UnaryOp::Invert, Num::Small(i)) => Some(int_from_i64(!i)),
        (UnaryOp::Invert, Num::Big(b)) => Some(int_from_big(!b)),
        (UnaryOp::Invert, Num::Float(_)) => None,
    })
}

/// Data attributes of numbers: `real`, `imag`, `numerator`, `denominator`.
pub fn getattr(o: Value, name: &str) -> R<Option<Obj>> {
    Ok(match view(o) {
        Some(Num::Float(_)) => match name {
            "real" => Some(as_plain_float(o)),
            "imag" => Some(float(0.0)),
            _ => None,
        },
        Some(_) => match name {
            "real" | "numerator" => Some(as_plain_int(o)),
            "imag" => Some(int_from_i64(0)),
            "denominator" => Some(int_from_i64(1)),
            _ => None,
        },
        None => None,
    })
}

/// The methods of `int` (and `bool`), special methods included.
pub const INT_METHODS: &[&str] = &[
    "bit_length", "bit_count", "conjugate", "as_integer_ratio", "to_bytes", "from_bytes", "__abs__", "__add__", "__and__", "__bool__", "__ceil__",
    "__divmod__", "__eq__", "__float__", "__floor__", "__floordiv__", "__format__", "__ge__", "__gt__", "__hash__",
    "__index__", "__int__", "__invert__", "__le__", "__lshift__", "__lt__", "__mod__", "__mul__", "__ne__", "__neg__",
    "__or__", "__pos__", "__pow__", "__radd__", "__rand__", "__rdivmod__", "__repr__", "__rfloordiv__", "__rlshift__",
    "__rmod__", "__rmul__", "__ror__", "__round__", "__rpow__", "__rrshift__", "__rshift__", "__rsub__", "__rtruediv__",
    "__rxor__", "__str__", "__sub__", "__truediv__", "__trunc__", "__xor__",
];
/// The methods of `float`, special methods included.
pub const FLOAT_METHODS: &[&str] = &[
    "is_integer", "as_integer_ratio", "hex", "conjugate", "fromhex", "__abs__", "__add__", "__bool__", "__ceil__",
    "__divmod__", "__eq__", "__float__", "__floor__", "__floordiv__", "__format__", "__ge__", "__gt__", "__hash__",
    "__int__", "__le__", "__lt__", "__mod__", "__mul__", "__ne__", "__neg__", "__pos__", "__pow__", "__radd__",
    "__rdivmod__", "__repr__", "__rfloordiv__", "__rmod__", "__rmul__", "__round__", "__rpow__", "__rsub__",
    "__rtruediv__", "__str__", "__sub__", "__truediv__", "__trunc__",
];

/// Calls a method of an int, bool or float; `Ok(None)` for unknown names.
pub fn call_method(o: Value, name: &str, args: &Args) -> R<Option<Obj>> {
    let n = match view(o) {
        Some(n) => n,
        None => return Ok(None),
    };
    let is_float = matches!(n, Num::Float(_));
    if is_float && name == "fromhex" {
        args.no_kwargs("float.fromhex")?;
        args.arity("float.fromhex", 1, 1)?;
        let text = match as_str(args.pos[0]) {
            Some(t) => &t.s,
            None => return type_error("bad argument type for built-in operation"),
        };
        return Ok(Some(float(float_fromhex(text)?)));
    }
    // `float.__getformat__(typestr)`: how C doubles and floats are stored.
    if is_float && name == "__getformat__" {
        args.no_kwargs("float.__getformat__")?;
        args.arity("float.__getformat__", 1, 1)?;
        let Some(t) = as_str(args.pos[0]) else {
            return type_error(format!("__getformat__() argument must be str, not {}", crate::ops::type_name(args.pos[0])));
        };
        if &*t.s != "double" && &*t.s != "float" {
            return crate::exc::value_error("__getformat__() argument 1 must be 'double' or 'float'");
        }
        let order = if cfg!(target_endian = "little") { "IEEE, little-endian" } else { "IEEE, big-endian" };
        return Ok(Some(str_from(order)));
    }
    let known = if is_float { FLOAT_METHODS } else { INT_METHODS };
    if !known.contains(&name) {
        return Ok(None);
    }
    if name.starts_with("__") {
        return num_dunder(o, n, name, args).map(Some);
    }
    match name {
        "to_bytes" => return int_to_bytes(o, args).map(Some),
        "from_bytes" => return int_from_bytes(o, args).map(Some),
        _ => {}
    }
    if !args.kwnames.is_empty() || !args.pos.is_empty() {
        let qual = format!("{}.{}", if is_float { "float" } else { "int" }, name);
        args.no_kwargs(&qual)?;
        args.arity(&qual, 0, 0)?;
    }
    let r = match (n, name) {
        (Num::Float(_), "conjugate") => as_plain_float(o),
        (Num::Float(f), "is_integer") => bool_obj(f.is_finite() && f == f.trunc()),
        (Num::Float(f), "hex") => str_from(float_hex(f)),
        (Num::Float(f), "as_integer_ratio") => {
            if f.is_nan() {
                return value_error("cannot convert NaN to integer ratio");
            }
            if f.is_infinite() {
                return overflow("cannot convert Infinity to integer ratio");
            }
            let (p, q) = float_ratio(f);
            tuple_from(vec![int_from_big(p).into_raw(), int_from_big(q).into_raw()])
        }
        (Num::Small(i), "bit_length") => int_from_i64(64 - i.unsigned_abs().leading_zeros() as i64),
        (Num::Small(i), "bit_count") => int_from_i64(i.unsigned_abs().count_ones() as i64),
        (Num::Big(b), "bit_length") => int_from_big(BigInt::from(b.bits())),
        (Num::Big(b), "bit_count") => int_from_big(BigInt::from(b.magnitude().count_ones())),
        (_, "conjugate") => as_plain_int(o),
        (_, "as_integer_ratio") => tuple_from(vec![as_plain_int(o).into_raw(), int_from_i64(1).into_raw()]),
        _ => return Ok(None),
    };
    Ok(Some(r))
}

/// Binds the arguments of an Argument Clinic method whose parameters are `params`: the
/// first `maxpos` may be positional, the first `minpos` are required, the rest are
/// keyword-only. CPython's `_PyArg_UnpackKeywords` checks and messages, in its order.
fn clinic_args<'a>(a: &Args<'a>, fname: &str, params: &[&str], minpos: usize, maxpos: usize) -> R<Vec<Option<Value>>> {
    let (nargs, nkw, maxargs) = (a.pos.len(), a.kwnames.len(), params.len());
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    if nargs + nkw > maxargs {
        return type_error(format!(
            "{}() takes at most {} {}argument{} ({} given)",
            fname,
            maxargs,
            if nargs == 0 { "keyword " } else { "" },
            plural(maxargs),
            nargs + nkw
        ));
    }
    if nargs > maxpos {
        let how = if minpos < maxpos { "at most" } else { "exactly" };
        return type_error(format!("{}() takes {} {} positional argument{} ({} given)", fname, how, maxpos, plural(maxpos), nargs));
    }
    let mut out: Vec<Option<Value>> = a.pos.iter().map(|v| Some(*v)).collect();
    let mut left = nkw;
    for (i, p) in params.iter().enumerate().skip(nargs) {
        let v = if left > 0 { a.kw(p) } else { None };
        if v.is_some() {
            left -= 1;
        } else if i < minpos {
            return type_error(format!("{}() missing required argument '{}' (pos {})", fname, p, i + 1));
        }
        out.push(v);
    }
    if left > 0 {
        for (i, p) in params.iter().enumerate().take(nargs) {
            if a.kw(p).is_some() {
                return type_error(format!("argument for {}() given by name ('{}') and position ({})", fname, p, i + 1));
            }
        }
        for k in a.kwnames {
            let k = str_text(*k);
            if !params.contains(&k) {
                return type_error(format!("'{}' is an invalid keyword argument for {}()", k, fname));
            }
        }
    }
    Ok(out)
}

/// The `byteorder` argument of `to_bytes`/`from_bytes`: true for little-endian.
fn byteorder_arg(v: Option<Value>, fname: &str) -> R<Option<&'static str>> {
    Ok(match v {
        None => None,
        Some(b) => match as_str(b) {
            Some(s) if &*s.s == "little" => Some("little"),
            Some(s) if &*s.s == "big" => Some("big"),
            Some(_) => Some(""),
            None => {
                return type_error(format!(
                    "{}() argument 'byteorder' must be str, not {}",
                    fname,
                    crate::ops::arg_type_name(b)
                ))
            }
        },
    })
}

/// `n.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn int_to_bytes(o: Value, args: &Args) -> R<Obj> {
    let b = clinic_args(args, "to_bytes", &["length", "byteorder", "signed"], 0, 2)?;
    let length = match b[0] {
        None => 1,
        Some(v) => match view(v) {
            Some(Num::Small(i)) => i,
            Some(Num::Big(_)) => return overflow("Python int too large to convert to C ssize_t"),
            _ => return type_error(format!("'{}' object cannot be interpreted as an integer", v.ty().name)),
        },
    };
    let order = byteorder_arg(b[1], "to_bytes")?;
    let signed = match b[2] {
        Some(v) => crate::ops::truthy(v)?,
        None => false,
    };
    let little = match order {
        None | Some("big") => false,
        Some("little") => true,
        _ => return value_error("byteorder must be either 'little' or 'big'"),
    };
    if length < 0 {
        return value_error("length argument must be non-negative");
    }
    let length = length as usize;
    let n = value_big(o);
    if n.is_negative() && !signed {
        return overflow("can't convert negative int to unsigned");
    }
    // The shortest big-endian form: two's complement when signed, else the magnitude.
    // (CPython stores only the bits that are not copies of the sign bit: -1 fits in no
    // bytes at all.)
    let minimal: Vec<u8> = if n.is_zero() || (signed && *n == BigInt::from(-1)) {
        Vec::new()
    } else if signed {
        n.to_signed_bytes_be()
    } else {
        n.to_bytes_be().1
    };
    if minimal.len() > length {
        return overflow("int too big to convert");
    }
    let mut out: Vec<u8> = Vec::new();
    if out.try_reserve_exact(length).is_err() {
        return memory_error();
    }
    out.resize(length - minimal.len(), if n.is_negative() { 0xff } else { 0 });
    out.extend_from_slice(&minimal);
    if little {
        out.reverse();
    }
    Ok(crate::bytes::bytes_from(out))
}

/// The bytes of `from_bytes`'s argument, as `bytes(v)` makes them.
fn bytes_of(v: Value) -> R<Vec<u8>> {
    if let Some(b) = crate::bytes::buffer(v)? {
        return Ok(b.into_owned());
    }
    let cannot = || type_error(format!("cannot convert '{}' object to bytes", v.ty().name));
    if as_str(v).is_some() {
        return cannot();
    }
    let it = match crate::ops::iter(v) {
        Ok(it) => it,
        Err(e) => {
            if crate::exc::current_is(&TYPE_ERROR) {
                crate::exc::clear_current();
                return cannot();
            }
            return Err(e);
        }
    };
    let mut out = Vec::new();
    while let Some(x) = crate::ops::next(it.v())? {
        let k = match view(x.v()) {
            Some(Num::Small(i)) => i,
            Some(Num::Big(_)) => -1,
            _ => return type_error(format!("'{}' object cannot be interpreted as an integer", x.v().ty().name)),
        };
        if !(0..256).contains(&k) {
            return value_error("bytes must be in range(0, 256)");
        }
        out.push(k as u8);
    }
    Ok(out)
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`, called on the type of `o`
/// (a bool receiver makes a bool, a subclass calls itself on the int).
fn int_from_bytes(o: Value, args: &Args) -> R<Obj> {
    let b = clinic_args(args, "from_bytes", &["bytes", "byteorder", "signed"], 1, 2)?;
    let order = byteorder_arg(b[1], "from_bytes")?;
    let signed = match b[2] {
        Some(v) => crate::ops::truthy(v)?,
        None => false,
    };
    let little = match order {
        None | Some("big") => false,
        Some("little") => true,
        _ => return value_error("byteorder must be either 'little' or 'big'"),
    };
    let data = bytes_of(b[0].unwrap_or(Value::NULL))?;
    let n = if signed {
        if little {
            BigInt::from_signed_bytes_le(&data)
        } else {
            BigInt::from_signed_bytes_be(&data)
        }
    } else if little {
        BigInt::from_bytes_le(Sign::Plus, &data)
    } else {
        BigInt::from_bytes_be(Sign::Plus, &data)
    };
    let r = int_from_big(n);
    if is_bool(o) {
        return Ok(bool_obj(!r.v().is_small() || r.v().as_small() != 0));
    }
    if is_subclass_instance(o) {
        return crate::call::call(o.ty().as_value(), &Args::positional(&[r.v()]));
    }
    Ok(r)
}

/// The operator of a binary special method, and whether it is the reflected one
/// (`__radd__`); `None` for other names. `divmod` has no operator code: `Err(reflected)`.
fn binary_dunder(name: &str) -> Option<(Result<BinOp, ()>, bool)> {
    let core = name.strip_prefix("__")?.strip_suffix("__")?;
    let op = |c: &str| {
        Some(Ok(match c {
            "add" => BinOp::Add,
            "sub" => BinOp::Sub,
            "mul" => BinOp::Mul,
            "truediv" => BinOp::TrueDiv,
            "floordiv" => BinOp::FloorDiv,
            "mod" => BinOp::Mod,
            "lshift" => BinOp::LShift,
            "rshift" => BinOp::RShift,
            "and" => BinOp::And,
            "or" => BinOp::Or,
            "xor" => BinOp::Xor,
            "divmod" => return Some(Err(())),
            _ => return None,
        }))
    };
    if let Some(o) = op(core) {
        return Some((o, false));
    }
    // `__rrshift__` is the reflected `>>`; `__rshift__` was matched above.
    core.strip_prefix('r').and_then(op).map(|o| (o, true))
}

/// The special methods of int, bool and float. The binary ones answer NotImplemented for
/// an operand their type's slot does not take (int's take ints only, float's ints and
/// floats), as CPython's slot wrappers do.
fn num_dunder(o: Value, n: Num, name: &str, args: &Args) -> R<Obj> {
    use crate::dicts::{wrapper_arity, wrapper_unpack};
    let is_float = matches!(n, Num::Float(_));
    let tname = if is_float { "float" } else { "int" };
    let accepts = |v: Value| match view(v) {
        Some(Num::Float(_)) => is_float,
        Some(_) => true,
        None => false,
    };
    if let Some((op, reflected)) = binary_dunder(name) {
        wrapper_arity(args, name, 1)?;
        let other = args.pos[0];
        if !accepts(other) {
            return Ok(not_implemented());
        }
        let (a, b) = if reflected { (other, o) } else { (o, other) };
        return match op {
            Ok(op) => Ok(binary(op, a, b)?.unwrap_or_else(not_implemented)),
            Err(()) => divmod(a, b),
        };
    }
    // `METH_NOARGS` and Argument Clinic methods, named after the type that defines them.
    let qual = format!("{}.{}", tname, name);
    Ok(match name {
        "__pow__" | "__rpow__" => {
            wrapper_unpack(args, name, 1, 2)?;
            let other = args.pos[0];
            let m = args.pos.get(1).copied().filter(|m| !is_none(*m));
            // float's slot rejects a modulus before it looks at the operands.
            if is_float && m.is_some() {
                return type_error("pow() 3rd argument not allowed unless all arguments are integers");
            }
            if !accepts(other) {
                return Ok(not_implemented());
            }
            let (a, b) = if name == "__pow__" { (o, other) } else { (other, o) };
            match m {
                None => binary(BinOp::Pow, a, b)?.unwrap_or_else(not_implemented),
                Some(m) if is_int(m) => modular_pow(&value_big(a), &value_big(b), &value_big(m))?,
                Some(_) => not_implemented(),
            }
        }
        "__neg__" | "__pos__" | "__invert__" | "__abs__" | "__bool__" | "__int__" | "__index__" | "__float__"
        | "__hash__" | "__repr__" | "__str__" => {
            wrapper_arity(args, name, 0)?;
            match name {
                "__neg__" => unary(UnaryOp::Neg, o)?.unwrap_or_else(not_implemented),
                "__pos__" => unary(UnaryOp::Pos, o)?.unwrap_or_else(not_implemented),
                "__invert__" => unary(UnaryOp::Invert, o)?.unwrap_or_else(not_implemented),
                "__abs__" => abs(o)?,
                "__bool__" => bool_obj(truthy(o)),
                "__int__" | "__index__" => match n {
                    Num::Float(f) => float_to_int(f)?,
                    _ => as_plain_int(o),
                },
                "__float__" => match n {
                    Num::Float(_) => as_plain_float(o),
                    _ => float(num_to_f64(n)?),
                },
                "__hash__" => int_from_i64(hash(o)),
                // The type's own repr; `__str__` is object's, which calls `repr(self)`.
                "__repr__" => crate::ops::repr_base(o)?,
                _ => crate::ops::repr(o)?,
            }
        }
        "__trunc__" | "__floor__" | "__ceil__" => {
            args.no_kwargs(&qual)?;
            args.arity(&qual, 0, 0)?;
            match n {
                Num::Float(f) => float_to_int(match name {
                    "__floor__" => f.floor(),
                    "__ceil__" => f.ceil(),
                    _ => f,
                })?,
                _ => as_plain_int(o),
            }
        }
        "__round__" => {
            args.no_kwargs(&qual)?;
            if args.pos.len() > 1 {
                return type_error(format!("__round__ expected at most 1 argument, got {}", args.pos.len()));
            }
            let nd = args.pos.first().copied();
            if let (Some(d), false) = (nd, is_float) {
                // int.__round__ converts its argument with __index__: None is an error.
                if is_none(d) {
                    return type_error("'NoneType' object cannot be interpreted as an integer");
                }
            }
            round_number(o, n, nd)?
        }
        "__format__" => {
            args.no_kwargs(&qual)?;
            args.arity(&qual, 1, 1)?;
            match as_str(args.pos[0]) {
                Some(spec) => crate::strs::format(o, &spec.s)?,
                None => {
                    return type_error(format!(
                        "__format__() argument must be str, not {}",
                        crate::ops::arg_type_name(args.pos[0])
                    ))
                }
            }
        }
        _ => {
            let r = crate::dicts::shared_dunder(o, name, args, &|v| accepts(v), true)?;
            return Ok(r.unwrap_or_else(not_implemented));
        }
    })
}

// Builtins.

/// `int()`, `int(x)`, `int(text, base)`.
pub fn int_construct(args: &Args) -> R<Obj> {
    for k in args.kwnames {
        let k = str_text(*k);
        if k != "base" {
            return type_error(format!("'{}' is an invalid keyword argument for int()", k));
        }
    }
    let nkw = args.kwnames.len();
    if args.pos.len() + nkw > 2 {
        return type_error(format!("int() takes at most 2 arguments ({} given)", args.pos.len() + nkw));
    }
    let base = match (args.pos.get(1).copied(), args.kw("base")) {
        (Some(_), Some(_)) => return type_error("argument for int() given by name ('base') and position (2)"),
        (p, k) => p.or(k),
    };
    let x = match args.pos.first() {
        Some(x) => *x,
        None => {
            if base.is_some() {
                return type_error("int() missing string argument");
            }
            return Ok(int_from_i64(0));
        }
    };
    if let Some(base) = base {
        // As CPython: the base is checked before the value.
        let b = match view(base) {
            Some(Num::Small(i)) => i,
            Some(Num::Big(_)) => -1,
            _ => return type_error(format!("'{}' object cannot be interpreted as an integer", base.ty().name)),
        };
        if b != 0 && !(2..=36).contains(&b) {
            return value_error("int() base must be >= 2 and <= 36, or 0");
        }
        if let Some(b2) = int_bytes_arg(x) {
            return int_from_bytes_text(&b2, b as u32);
        }
        let text = match as_str(x) {
            Some(s) => &s.s,
            None => return type_error("int() can't convert non-string with explicit base"),
        };
        return crate::format::parse_int(text, b as u32).map(int_from_big).map_err(fmt_error);
    }
    match view(x) {
        Some(Num::Float(f)) => float_to_int(f),
        Some(_) => Ok(as_plain_int(x)),
        None => match as_str(x) {
            Some(s) => crate::format::parse_int(&s.s, 10).map(int_from_big).map_err(fmt_error),
            None if int_bytes_arg(x).is_some() => int_from_bytes_text(&int_bytes_arg(x).unwrap_or_default(), 10),
            None => type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                x.ty().name
            )),
        },
    }
}

/// The contents of a bytes or bytearray argument of `int()`.
fn int_bytes_arg(x: Value) -> Option<Vec<u8>> {
    match x.ty().kind {
        Kind::Bytes | Kind::ByteArray => crate::bytes::buffer(x).ok().flatten().map(|b| b.into_owned()),
        _ => None,
    }
}

/// `int(b"...", base)`: the bytes parsed as ASCII text, with the bytes' repr in the message.
fn int_from_bytes_text(b: &[u8], base: u32) -> R<Obj> {
    let parsed = if b.is_ascii() { crate::format::parse_int(std::str::from_utf8(b).unwrap_or(""), base).ok() } else { None };
    match parsed {
        Some(v) => Ok(int_from_big(v)),
        None => value_error(format!("invalid literal for int() with base {}: {}", base, crate::bytes::repr_of(b))),
    }
}

/// `float()`, `float(x)`.
pub fn float_construct(args: &Args) -> R<Obj> {
    args.no_kwargs("float")?;
    args.arity("float", 0, 1)?;
    let x = match args.pos.first() {
        Some(x) => *x,
        None => return Ok(float(0.0)),
    };
    match view(x) {
        Some(Num::Float(_)) => Ok(as_plain_float(x)),
        Some(n) => Ok(float(num_to_f64(n)?)),
        None => match as_str(x) {
            Some(s) => crate::format::parse_float(&s.s).map(float).map_err(fmt_error),
            // A bytes-like object is parsed as ASCII text; the message shows the object.
            None if crate::bytes::is_bytes_like(x) => {
                let b = crate::bytes::buffer_arg(x)?;
                match std::str::from_utf8(&b).ok().filter(|t| t.is_ascii()).map(crate::format::parse_float) {
                    Some(Ok(f)) => Ok(float(f)),
                    _ => value_error(format!("could not convert string to float: {}", str_text(crate::ops::repr(x)?.v()))),
                }
            }
            None => type_error(format!("float() argument must be a string or a real number, not '{}'", x.ty().name)),
        },
    }
}

/// `bool()`, `bool(x)`.
pub fn bool_construct(args: &Args) -> R<Obj> {
    args.no_kwargs("bool")?;
    args.arity("bool", 0, 1)?;
    match args.pos.first() {
        None => Ok(bool_obj(false)),
        Some(x) => Ok(bool_obj(crate::ops::truthy(*x)?)),
    }
}

/// `abs(v)`.
pub fn abs(v: Value) -> R<Obj> {
    match view(v) {
        Some(Num::Small(i)) => Ok(int_from_i64(i.abs())),
        Some(Num::Big(b)) => Ok(int_from_big(b.abs())),
        Some(Num::Float(f)) => Ok(float(f.abs())),
        None => type_error(format!("bad operand type for abs(): '{}'", v.ty().name)),
    }
}

/// `round(number)`, `round(number, ndigits)`.
pub fn round(args: &Args) -> R<Obj> {
    let bound = args.bind("round", &["number", "ndigits"], 1)?;
    let x = bound[0].unwrap_or(Value::NULL);
    let nd = bound[1].filter(|v| !is_none(*v));
    let n = match view(x) {
        Some(n) => n,
        None => return type_error(format!("type {} doesn't define __round__ method", x.ty().name)),
    };
    round_number(x, n, nd)
}

/// `round(x)` (`nd` is None or absent) or `round(x, nd)` for a number `x` viewed as `n`.
fn round_number(x: Value, n: Num, nd: Option<Value>) -> R<Obj> {
    let nd = nd.filter(|v| !is_none(*v));
    // ndigits as a clamped machine integer (CPython uses PyNumber_AsSsize_t with clamping).
    let digits = match nd {
        None => None,
        Some(d) => match view(d) {
            Some(Num::Small(i)) => Some(i),
            Some(Num::Big(b)) => Some(if b.is_negative() { i64::MIN } else { i64::MAX }),
            _ => return type_error(format!("'{}' object cannot be interpreted as an integer", d.ty().name)),
        },
    };
    match n {
        Num::Float(f) => match digits {
            None => float_to_int(round_half_even(f)),
            Some(d) => crate::format::try_round_float(f, d).map(float).map_err(fmt_error),
        },
        _ => match digits {
            Some(d) if d < 0 => Ok(int_from_big(round_int_digits(&big_of(n), d.unsigned_abs()))),
            _ => Ok(as_plain_int(x)),
        },
    }
}

/// `divmod(a, b)`.
pub fn divmod(a: Value, b: Value) -> R<Obj> {
    let (x, y) = match (view(a), view(b)) {
        (Some(x), Some(y)) => (x, y),
        _ => {
            return type_error(format!(
                "unsupported operand type(s) for divmod(): '{}' and '{}'",
                a.ty().name,
                b.ty().name
            ))
        }
    };
    let (q, r) = match (x, y) {
        (Num::Float(_), _) | (_, Num::Float(_)) => {
            let (f, g) = (num_to_f64(x)?, num_to_f64(y)?);
            if g == 0.0 {
                return zero_division("float divmod()");
            }
            let (q, r) = float_divmod(f, g);
            (float(q), float(r))
        }
        (Num::Small(i), Num::Small(j)) => {
            if j == 0 {
                return zero_division("integer division or modulo by zero");
            }
            match i.checked_div(j) {
                Some(_) => (int_from_i64(Integer::div_floor(&i, &j)), int_from_i64(i.mod_floor(&j))),
                None => (int_from_big(-BigInt::from(i)), int_from_i64(0)),
            }
        }
        _ => {
            let (i, j) = (big_of(x), big_of(y));
            if j.is_zero() {
                return zero_division("integer division or modulo by zero");
            }
            let (q, r) = i.div_mod_floor(&j);
            (int_from_big(q), int_from_big(r))
        }
    };
    Ok(tuple_from(vec![q.into_raw(), r.into_raw()]))
}

/// `pow(base, exp)`, `pow(base, exp, mod)`.
pub fn pow(args: &Args) -> R<Obj> {
    let bound = args.bind("pow", &["base", "exp", "mod"], 2)?;
    let (base, exp) = (bound[0].unwrap_or(Value::NULL), bound[1].unwrap_or(Value::NULL));
    let m = match bound[2] {
        Some(m) if !is_none(m) => m,
        _ => return crate::ops::binary(BinOp::Pow, base, exp),
    };
    if crate::complex::pow_operands(base, exp) {
        return value_error("complex modulo");
    }
    let (vb, ve, vm) = (view(base), view(exp), view(m));
    let all_int = |n: Option<Num>| matches!(n, Some(Num::Small(_)) | Some(Num::Big(_)));
    if !(all_int(vb) && all_int(ve) && all_int(vm)) {
        // Float's `**` rejects a third argument once both operands are numbers.
        let float_involved = matches!(vb, Some(Num::Float(_))) || matches!(ve, Some(Num::Float(_))) || matches!(vm, Some(Num::Float(_)));
        if vb.is_some() && ve.is_some() && float_involved {
            return type_error("pow() 3rd argument not allowed unless all arguments are integers");
        }
        return type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            base.ty().name,
            exp.ty().name,
            m.ty().name
        ));
    }
    let (b, e, m) = (value_big(base), value_big(exp), value_big(m));
    modular_pow(&b, &e, &m)
}

/// Three-argument `pow` for ints, with CPython's sign rules and modular inverses.
fn modular_pow(b: &BigInt, e: &BigInt, m: &BigInt) -> R<Obj> {
    if m.is_zero() {
        return value_error("pow() 3rd argument cannot be 0");
    }
    let modulus: BigUint = m.magnitude().clone();
    let mut base: BigUint = b.mod_floor(&BigInt::from_biguint(Sign::Plus, modulus.clone())).to_biguint().unwrap_or_default();
    let exp: &BigUint = e.magnitude();
    if e.is_negative() {
        match base.modinv(&modulus) {
            Some(inv) => base = inv,
            None if modulus.is_one() => base = BigUint::zero(),
            None => return value_error("base is not invertible for the given modulus"),
        }
    }
    if modulus.is_one() {
        return Ok(int_from_i64(0));
    }
    let r = BigInt::from_biguint(Sign::Plus, base.modpow(exp, &modulus));
    if m.is_negative() && !r.is_zero() {
        return Ok(int_from_big(r - BigInt::from_biguint(Sign::Plus, modulus)));
    }
    Ok(int_from_big(r))
}

/// `hex(v)`, `oct(v)`, `bin(v)` (base 16, 8 or 2).
pub fn to_base_str(v: Value, base: u32) -> R<Obj> {
    match view(v) {
        Some(n @ (Num::Small(_) | Num::Big(_))) => Ok(str_from(crate::format::int_to_prefixed(&big_of(n), base))),
        _ => type_error(format!("'{}' object cannot be interpreted as an integer", v.ty().name)),
    }
}

// ABI entry points.

/// Makes an object immortal (for constants embedded in compiled code).
fn make_immortal(o: Obj) -> Value {
    let v = o.into_raw();
    if !v.is_small() {
        unsafe {
            *(*v.header()).rc.0.get() = RefCnt::IMMORTAL;
        }
    }
    v
}

/// An int constant from its decimal digits (with an optional leading '-'); big ints
/// are immortal. Returns 0 after raising ValueError for malformed text.
#[no_mangle]
pub unsafe extern "C" fn rt_const_int(p: *const u8, len: i64) -> Value {
    let bytes: &[u8] = if len <= 0 { &[] } else { std::slice::from_raw_parts(p, len as usize) };
    let text = std::str::from_utf8(bytes).unwrap_or("");
    if let Ok(n) = text.parse::<i64>() {
        return make_immortal(int_from_i64(n));
    }
    match text.parse::<BigInt>() {
        Ok(b) => make_immortal(int_from_big(b)),
        Err(_) => {
            raise(&VALUE_ERROR, format!("invalid int constant: {:?}", text));
            Value::NULL
        }
    }
}

/// An immortal float constant.
#[no_mangle]
pub unsafe extern "C" fn rt_const_float(v: f64) -> Value {
    make_immortal(float(v))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    /// The current-exception slot is global; tests that raise take this lock.
    static LOCK: Mutex<()> = Mutex::new(());

    fn lock() -> std::sync::MutexGuard<'static, ()> {
        LOCK.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn int(n: i64) -> Obj {
        int_from_i64(n)
    }

    fn big(s: &str) -> Obj {
        int_from_big(s.parse::<BigInt>().unwrap())
    }

    fn bin(op: BinOp, a: &Obj, b: &Obj) -> Obj {
        binary(op, a.v(), b.v()).expect("raised").expect("not a number")
    }

    /// The type name and message of the exception an operation raised.
    fn raised<T: std::fmt::Debug>(r: R<T>) -> (String, String) {
        assert!(r.is_err(), "expected an exception, got {:?}", r.ok());
        let e = crate::exc::take_current().expect("no exception set");
        let ty = e.ty().name.to_string();
        let x = crate::exc::as_exc(e.v()).unwrap();
        let args = as_tuple(x.args).unwrap();
        let msg = args.items.first().map(|m| as_str(*m).map(|s| s.s.to_string()).unwrap_or_default()).unwrap_or_default();
        (ty, msg)
    }

    fn is_big_obj(o: &Obj) -> bool {
        as_bigint(o.v()).is_some()
    }

    fn fval(o: &Obj) -> f64 {
        as_float(o.v()).expect("not a float").v
    }

    fn ival(o: &Obj) -> BigInt {
        value_big(o.v()).into_owned()
    }

    #[test]
    fn small_boundaries() {
        let max = int(krait_abi::tag::SMALL_MAX);
        assert!(max.v().is_small());
        let r = bin(BinOp::Add, &max, &int(1));
        assert!(is_big_obj(&r));
        assert_eq!(ival(&r), BigInt::from(1i64 << 62));
        let back = bin(BinOp::Sub, &r, &int(1));
        assert!(back.v().is_small());
        assert_eq!(back.v().as_small(), (1i64 << 62) - 1);
        let min = int(krait_abi::tag::SMALL_MIN);
        assert!(min.v().is_small());
        let below = bin(BinOp::Sub, &min, &int(1));
        assert!(is_big_obj(&below));
        let neg = unary(UnaryOp::Neg, min.v()).unwrap().unwrap();
        assert!(is_big_obj(&neg));
        assert_eq!(ival(&neg), BigInt::from(1i64 << 62));
        let floor = bin(BinOp::FloorDiv, &min, &int(-1));
        assert_eq!(ival(&floor), BigInt::from(1i64 << 62));
        // 2**63 overflows i64 in the multiplication.
        let p63 = bin(BinOp::Mul, &int(1 << 62), &int(2));
        assert_eq!(ival(&p63), BigInt::from(1u64 << 63));
        let p63b = bin(BinOp::Pow, &int(2), &int(63));
        assert_eq!(ival(&p63b), BigInt::from(1u64 << 63));
        let sh = bin(BinOp::LShift, &int(1), &int(63));
        assert_eq!(ival(&sh), BigInt::from(1u64 << 63));
        let sh = bin(BinOp::LShift, &int(-1), &int(62));
        assert!(sh.v().is_small());
        assert_eq!(sh.v().as_small(), -(1i64 << 62));
        let sh = bin(BinOp::LShift, &int(3), &int(100));
        assert_eq!(ival(&sh), BigInt::from(3) << 100usize);
        let shrink = bin(BinOp::RShift, &sh, &int(100));
        assert!(shrink.v().is_small());
        assert_eq!(shrink.v().as_small(), 3);
        let x = big("123456789012345678901234567890");
        let d = bin(BinOp::FloorDiv, &x, &big("123456789012345678901234567"));
        assert!(d.v().is_small());
        assert_eq!(d.v().as_small(), 1000);
        let z = bin(BinOp::Sub, &x, &x);
        assert!(z.v().is_small());
        assert_eq!(z.v().as_small(), 0);
        // A big int between 2**62 and 2**63 still converts to i64.
        assert_eq!(to_i64(r.v()).unwrap(), Some(1i64 << 62));
        let _g = lock();
        assert_eq!(raised(to_i64(big("9223372036854775808").v())).0, "OverflowError");
    }

    #[test]
    fn floor_division_signs() {
        let cases: [(i64, i64, i64, i64); 4] = [(7, 2, 3, 1), (-7, 2, -4, 1), (7, -2, -4, -1), (-7, -2, 3, -1)];
        for (a, b, q, r) in cases {
            assert_eq!(bin(BinOp::FloorDiv, &int(a), &int(b)).v().as_small(), q);
            assert_eq!(bin(BinOp::Mod, &int(a), &int(b)).v().as_small(), r);
            let (ba, bb) = (big(&format!("{}00000000000000000000", a)), big(&format!("{}00000000000000000000", b)));
            assert_eq!(ival(&bin(BinOp::FloorDiv, &ba, &bb)), BigInt::from(q));
            assert_eq!(ival(&bin(BinOp::Mod, &ba, &bb)), BigInt::from(r) * BigInt::from(10).pow(20u32));
        }
        let fcases: [(f64, f64, f64, f64); 4] = [(7.5, 2.0, 3.0, 1.5), (-7.5, 2.0, -4.0, 0.5), (7.5, -2.0, -4.0, -0.5), (-7.5, -2.0, 3.0, -1.5)];
        for (a, b, q, r) in fcases {
            assert_eq!(float_divmod(a, b), (q, r));
            assert_eq!(float_mod(a, b), r);
            assert_eq!(fval(&bin(BinOp::FloorDiv, &float(a), &float(b))), q);
            assert_eq!(fval(&bin(BinOp::Mod, &float(a), &float(b))), r);
        }
        // Signed zeros as CPython: -0.0 // 1 == -0.0, 0.0 // -1 == -0.0, 6.0 % -3.0 == -0.0.
        assert!(float_divmod(-0.0, 1.0).0.is_sign_negative());
        assert!(float_divmod(0.0, -1.0).0.is_sign_negative());
        assert!(float_mod(6.0, -3.0).is_sign_negative());
        assert!(float_mod(-6.0, 3.0).is_sign_positive());
        // Mixed int/float.
        assert_eq!(fval(&bin(BinOp::Mod, &int(-7), &float(2.0))), 1.0);
        let _g = lock();
        assert_eq!(raised(binary(BinOp::Mod, float(7.0).v(), float(-0.0).v())), ("ZeroDivisionError".into(), "float modulo".into()));
        assert_eq!(raised(binary(BinOp::FloorDiv, float(7.0).v(), int(0).v())), ("ZeroDivisionError".into(), "float floor division by zero".into()));
        assert_eq!(raised(binary(BinOp::TrueDiv, float(7.0).v(), int(0).v())), ("ZeroDivisionError".into(), "float division by zero".into()));
        assert_eq!(raised(binary(BinOp::FloorDiv, int(7).v(), int(0).v())), ("ZeroDivisionError".into(), "integer division or modulo by zero".into()));
        assert_eq!(raised(binary(BinOp::Mod, int(7).v(), int(0).v())), ("ZeroDivisionError".into(), "integer modulo by zero".into()));
        assert_eq!(raised(binary(BinOp::TrueDiv, int(7).v(), int(0).v())), ("ZeroDivisionError".into(), "division by zero".into()));
        assert_eq!(raised(divmod(float(1.0).v(), int(0).v())), ("ZeroDivisionError".into(), "float divmod()".into()));
        assert_eq!(raised(binary(BinOp::LShift, int(1).v(), int(-1).v())), ("ValueError".into(), "negative shift count".into()));
    }

    #[test]
    fn hashes_match_cpython() {
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(-2), -2);
        assert_eq!(hash_i64(0), 0);
        assert_eq!(hash_i64((1 << 61) - 1), 0);
        assert_eq!(hash_i64(1 << 61), 1);
        assert_eq!(hash_i64(-(1 << 61)), -2);
        assert_eq!(hash_big(&(BigInt::from(1) << 100usize)), 549755813888);
        assert_eq!(hash_big(&-(BigInt::from(1) << 100usize)), -549755813888);
        assert_eq!(hash_big(&(BigInt::from(1) << 61usize)), 1);
        assert_eq!(hash_f64(0.5), 1152921504606846976);
        assert_eq!(hash_f64(-0.5), -1152921504606846976);
        assert_eq!(hash_f64(1e300), 1224995262755759164);
        assert_eq!(hash_f64(1e-300), 482449582752280463);
        assert_eq!(hash_f64(3.14159), 326484311674566659);
        assert_eq!(hash_f64(-(2f64.powi(61))), -2);
        assert_eq!(hash_f64(-1.0), -2);
        assert_eq!(hash_f64(f64::INFINITY), 314159);
        assert_eq!(hash_f64(f64::NEG_INFINITY), -314159);
        assert_eq!(hash_f64(0.0), 0);
        assert_eq!(hash_f64(-0.0), 0);
        for n in [1i64, 7, 1 << 52, -(1 << 40), 123456789] {
            assert_eq!(hash_f64(n as f64), hash_i64(n));
        }
        assert_eq!(hash(bool_v(true)), 1);
        assert_eq!(hash(float(1.0).v()), 1);
        assert_eq!(hash(big("1267650600228229401496703205376").v()), 549755813888);
    }

    #[test]
    fn true_division() {
        let d = |a: &str, b: &str| int_truediv(&a.parse().unwrap(), &b.parse().unwrap());
        assert_eq!(d("1", "3"), Ok(1.0 / 3.0));
        assert_eq!(d("0", "-5").map(|f| f.is_sign_negative()), Ok(true));
        let p400 = format!("1{}", "0".repeat(400));
        let p399 = format!("1{}", "0".repeat(399));
        assert_eq!(d(&p400, &p399), Ok(10.0));
        assert_eq!(d(&format!("{}1", &p400[..400]), &p399), Ok(10.0));
        assert_eq!(d("1", &p400), Ok(0.0));
        let two_1075 = (BigInt::from(1) << 1075usize).to_string();
        assert_eq!(d("1", &two_1075), Ok(0.0));
        assert_eq!(d("3", &two_1075), Ok(1e-323));
        assert_eq!(d(&(BigInt::from(1) << 2000usize).to_string(), "3"), Err(false));
        assert_eq!(d("1", "0"), Err(true));
        // 2**53 + 1 over 1 rounds to even.
        assert_eq!(d(&((1u64 << 53) + 1).to_string(), "1"), Ok(9007199254740992.0));
        assert_eq!(d(&((1u64 << 53) + 3).to_string(), "1"), Ok(9007199254740996.0));
        // (10**30 + 1) / 10**15 against the correctly rounded value.
        assert_eq!(d("1000000000000000000000000000001", "1000000000000000"), Ok(1e15));
        assert_eq!(d("-7", "2"), Ok(-3.5));
        assert_eq!(ldexp_round(1, -1074), 5e-324);
        assert_eq!(ldexp_round(1, -1075), 0.0);
        assert_eq!(ldexp_round(3, -1076), 5e-324);
        assert_eq!(ldexp_round(u64::MAX, 960), f64::INFINITY);
        assert_eq!(ldexp_round(u64::MAX, 959), 2f64.powi(1023));
        assert_eq!(ldexp_round((1 << 53) - 1, 971), f64::MAX);
        assert_eq!(ldexp_round(((1 << 53) - 1) << 11 | 1 << 10, 960), f64::INFINITY);
    }

    #[test]
    fn comparisons() {
        let c = |op, a: &Obj, b: &Obj| compare(op, a.v(), b.v()).unwrap().unwrap();
        let big53 = int((1 << 53) + 1);
        let f53 = float(9007199254740992.0);
        assert!(c(CmpOp::Gt, &big53, &f53));
        assert!(!c(CmpOp::Eq, &big53, &f53));
        assert!(c(CmpOp::Lt, &f53, &big53));
        let huge = big(&(BigInt::from(1) << 1025usize).to_string());
        assert!(c(CmpOp::Gt, &huge, &float(1e308)));
        assert!(!c(CmpOp::Gt, &huge, &float(f64::INFINITY)));
        let nan = float(f64::NAN);
        assert!(!c(CmpOp::Eq, &nan, &nan));
        assert!(c(CmpOp::Ne, &nan, &int(1)));
        assert!(!c(CmpOp::Lt, &int(1), &nan));
        assert!(c(CmpOp::Eq, &int(1), &float(1.0)));
        assert!(c(CmpOp::Eq, &Value::from_ptr(&rt_True).to_owned(), &int(1)));
        assert!(c(CmpOp::Lt, &int(2), &float(2.5)));
        assert!(c(CmpOp::Gt, &int(-2), &float(-2.5)));
        let b = big("100000000000000000000");
        assert!(c(CmpOp::Eq, &b, &float(1e20)));
        assert!(c(CmpOp::Lt, &int(1 << 61), &float(2305843009213693952.5f64.next_up())));
        assert!(c(CmpOp::Gt, &int(krait_abi::tag::SMALL_MAX), &float(-1e300)));
    }

    #[test]
    fn bools_and_unary() {
        let t = Value::from_ptr(&rt_True);
        let f = Value::from_ptr(&rt_False);
        let r = binary(BinOp::Add, t, int(1).v()).unwrap().unwrap();
        assert_eq!(r.v().as_small(), 2);
        assert_eq!(binary(BinOp::And, t, f).unwrap().unwrap().v(), f);
        assert_eq!(binary(BinOp::Xor, t, t).unwrap().unwrap().v(), f);
        assert_eq!(binary(BinOp::Or, t, int(2).v()).unwrap().unwrap().v().as_small(), 3);
        assert_eq!(unary(UnaryOp::Neg, t).unwrap().unwrap().v().as_small(), -1);
        assert_eq!(unary(UnaryOp::Invert, t).unwrap().unwrap().v().as_small(), -2);
        assert_eq!(unary(UnaryOp::Pos, t).unwrap().unwrap().v().as_small(), 1);
        assert!(unary(UnaryOp::Invert, float(1.0).v()).unwrap().is_none());
        assert!(binary(BinOp::And, float(1.0).v(), int(1).v()).unwrap().is_none());
        assert_eq!(repr(t), "True");
        assert_eq!(repr(int(-5).v()), "-5");
        assert_eq!(repr(big("-123456789012345678901234567890").v()), "-123456789012345678901234567890");
        assert_eq!(fval(&binary(BinOp::TrueDiv, t, t).unwrap().unwrap()), 1.0);
    }

    #[test]
    fn powers() {
        assert_eq!(float_pow(0.0, -1.0), Err(PowError::ZeroNegative));
        assert_eq!(float_pow(10.0, 400.0), Err(PowError::Overflow));
        assert_eq!(float_pow(-8.0, 1.0 / 3.0), Err(PowError::Complex));
        assert_eq!(float_pow(-2.0, 3.0), Ok(-8.0));
        assert_eq!(float_pow(f64::NAN, 0.0), Ok(1.0));
        assert_eq!(float_pow(1.0, f64::NAN), Ok(1.0));
        assert_eq!(float_pow(-1.0, f64::INFINITY), Ok(1.0));
        assert_eq!(float_pow(f64::NEG_INFINITY, 3.0), Ok(f64::NEG_INFINITY));
        assert_eq!(float_pow(10.0, -400.0), Ok(0.0));
        assert_eq!(fval(&bin(BinOp::Pow, &int(-2), &int(-1))), -0.5);
        assert_eq!(ival(&bin(BinOp::Pow, &int(-3), &int(41))), BigInt::from(-3).pow(41u32));
        assert_eq!(ival(&bin(BinOp::Pow, &int(-1), &big("100000000000000000001"))), BigInt::from(-1));
        let m = |b: i64, e: i64, md: i64| ival(&modular_pow(&BigInt::from(b), &BigInt::from(e), &BigInt::from(md)).unwrap());
        assert_eq!(m(3, -1, -7), BigInt::from(-2));
        assert_eq!(m(3, 2, -7), BigInt::from(-5));
        assert_eq!(m(3, 2, 1), BigInt::from(0));
        assert_eq!(m(3, 2, -1), BigInt::from(0));
        assert_eq!(m(-3, 3, 7), BigInt::from(1));
        assert_eq!(m(2, 10, 1000), BigInt::from(24));
        let _g = lock();
        assert_eq!(raised(binary(BinOp::Pow, int(0).v(), int(-1).v())).1, "0.0 cannot be raised to a negative power");
        // OverflowError(34, 'Numerical result out of range'): the first argument is errno.
        assert_eq!(raised(binary(BinOp::Pow, float(10.0).v(), int(400).v())).0, "OverflowError");
        assert_eq!(raised(modular_pow(&BigInt::from(2), &BigInt::from(-1), &BigInt::from(4))).1, "base is not invertible for the given modulus");
        assert_eq!(raised(modular_pow(&BigInt::from(2), &BigInt::from(1), &BigInt::from(0))).1, "pow() 3rd argument cannot be 0");
        let huge = big(&(BigInt::from(1) << 2000usize).to_string());
        assert_eq!(raised(binary(BinOp::Add, huge.v(), float(1.0).v())), ("OverflowError".into(), "int too large to convert to float".into()));
        assert_eq!(raised(binary(BinOp::TrueDiv, huge.v(), int(3).v())).1, "integer division result too large for a float");
    }

    #[test]
    fn rounding_and_ratios() {
        let r = |n: i64, k: u64| round_int_digits(&BigInt::from(n), k);
        assert_eq!(r(1234, 2), BigInt::from(1200));
        assert_eq!(r(1250, 2), BigInt::from(1200));
        assert_eq!(r(1350, 2), BigInt::from(1400));
        assert_eq!(r(-1250, 2), BigInt::from(-1200));
        assert_eq!(r(-1251, 2), BigInt::from(-1300));
        assert_eq!(r(5, 1000), BigInt::from(0));
        assert_eq!(r(50, 2), BigInt::from(0));
        assert_eq!(r(51, 2), BigInt::from(100));
        assert_eq!(round_half_even(2.5), 2.0);
        assert_eq!(round_half_even(3.5), 4.0);
        assert_eq!(round_half_even(-2.5), -2.0);
        assert_eq!(round_half_even(2.4999), 2.0);
        assert_eq!(float_ratio(1.5), (BigInt::from(3), BigInt::from(2)));
        assert_eq!(float_ratio(-0.75), (BigInt::from(-3), BigInt::from(4)));
        assert_eq!(float_ratio(1e20), (BigInt::from(100000000000000000000u128), BigInt::from(1)));
        assert_eq!(float_hex(1.0), "0x1.0000000000000p+0");
        assert_eq!(float_hex(-0.0), "-0x0.0p+0");
        assert_eq!(float_hex(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(float_hex(0.1), "0x1.999999999999ap-4");
        assert_eq!(float_hex(-1e300), "-0x1.7e43c8800759cp+996");
    }

    #[test]
    fn constants_are_immortal() {
        let text = "-123456789012345678901234567890";
        let v = unsafe { rt_const_int(text.as_ptr(), text.len() as i64) };
        assert_eq!(v.refcount(), RefCnt::IMMORTAL);
        assert_eq!(repr(v), text);
        let s = unsafe { rt_const_int("42".as_ptr(), 2) };
        assert!(s.is_small());
        assert_eq!(s.as_small(), 42);
        let f = unsafe { rt_const_float(1.5) };
        assert_eq!(f.refcount(), RefCnt::IMMORTAL);
        assert_eq!(as_float(f).unwrap().v, 1.5);
    }
    #[test]
    fn builtins_and_methods() {
        let _g = lock();
        let call = |f: fn(&Args) -> R<Obj>, pos: &[Value], kw: &[(&str, Value)]| {
            let names: Vec<Obj> = kw.iter().map(|(k, _)| str_from(*k)).collect();
            let nv: Vec<Value> = names.iter().map(|o| o.v()).collect();
            let vals: Vec<Value> = kw.iter().map(|(_, v)| *v).collect();
            f(&Args { pos, kwnames: &nv, kwvals: &vals })
        };
        let s = |t: &str| str_from(t);
        let ten = s("10");
        assert_eq!(call(int_construct, &[ten.v()], &[]).unwrap().v().as_small(), 10);
        assert_eq!(call(int_construct, &[ten.v()], &[("base", int(16).v())]).unwrap().v().as_small(), 16);
        assert_eq!(call(int_construct, &[], &[]).unwrap().v().as_small(), 0);
        assert_eq!(call(int_construct, &[float(-2.7).v()], &[]).unwrap().v().as_small(), -2);
        assert_eq!(ival(&call(int_construct, &[float(1e20).v()], &[]).unwrap()), BigInt::from(100000000000000000000u128));
        assert_eq!(call(int_construct, &[Value::from_ptr(&rt_True)], &[]).unwrap().v().as_small(), 1);
        assert_eq!(raised(call(int_construct, &[], &[("x", int(5).v())])).1, "'x' is an invalid keyword argument for int()");
        assert_eq!(raised(call(int_construct, &[], &[("base", int(10).v())])).1, "int() missing string argument");
        assert_eq!(raised(call(int_construct, &[int(10).v(), int(16).v()], &[])).1, "int() can't convert non-string with explicit base");
        assert_eq!(raised(call(int_construct, &[ten.v(), int(1).v()], &[])).1, "int() base must be >= 2 and <= 36, or 0");
        assert_eq!(raised(call(int_construct, &[ten.v(), float(2.0).v()], &[])).1, "'float' object cannot be interpreted as an integer");
        let l = list_from(vec![]);
        assert_eq!(raised(call(int_construct, &[l.v()], &[])).1, "int() argument must be a string, a bytes-like object or a real number, not 'list'");
        assert_eq!(raised(call(int_construct, &[float(f64::INFINITY).v()], &[])), ("OverflowError".into(), "cannot convert float infinity to integer".into()));
        assert_eq!(raised(call(int_construct, &[float(f64::NAN).v()], &[])), ("ValueError".into(), "cannot convert float NaN to integer".into()));
        assert_eq!(raised(call(int_construct, &[s("abc").v()], &[])).1, "invalid literal for int() with base 10: 'abc'");

        assert_eq!(fval(&call(float_construct, &[s(" 1.5 ").v()], &[]).unwrap()), 1.5);
        assert_eq!(fval(&call(float_construct, &[int(3).v()], &[]).unwrap()), 3.0);
        assert_eq!(fval(&call(float_construct, &[], &[]).unwrap()), 0.0);
        assert_eq!(raised(call(float_construct, &[l.v()], &[])).1, "float() argument must be a string or a real number, not 'list'");
        assert_eq!(raised(call(float_construct, &[int(1).v(), int(2).v()], &[])).1, "float expected at most 1 argument, got 2");
        assert_eq!(raised(call(float_construct, &[], &[("x", int(1).v())])).1, "float() takes no keyword arguments");
        let huge = big(&(BigInt::from(1) << 2000usize).to_string());
        assert_eq!(raised(call(float_construct, &[huge.v()], &[])).1, "int too large to convert to float");

        assert_eq!(call(bool_construct, &[int(2).v()], &[]).unwrap().v(), bool_v(true));
        assert_eq!(call(bool_construct, &[], &[]).unwrap().v(), bool_v(false));

        assert_eq!(call(round, &[int(1250).v(), int(-2).v()], &[]).unwrap().v().as_small(), 1200);
        assert_eq!(call(round, &[float(2.5).v()], &[]).unwrap().v().as_small(), 2);
        assert_eq!(call(round, &[Value::from_ptr(&rt_True)], &[]).unwrap().v().as_small(), 1);
        assert_eq!(fval(&call(round, &[float(1.25).v(), int(1).v()], &[]).unwrap()), 1.2);
        assert_eq!(call(round, &[], &[("number", float(1.5).v()), ("ndigits", none_v())]).unwrap().v().as_small(), 2);
        assert_eq!(raised(call(round, &[float(f64::INFINITY).v()], &[])).1, "cannot convert float infinity to integer");
        assert_eq!(raised(call(round, &[s("x").v()], &[])).1, "type str doesn't define __round__ method");
        assert_eq!(raised(call(round, &[float(1.5).v(), float(1.0).v()], &[])).1, "'float' object cannot be interpreted as an integer");

        assert_eq!(call(pow, &[int(2).v(), int(10).v(), int(1000).v()], &[]).unwrap().v().as_small(), 24);
        assert_eq!(call(pow, &[int(2).v(), int(3).v()], &[("mod", int(5).v())]).unwrap().v().as_small(), 3);
        assert_eq!(call(pow, &[int(2).v(), int(3).v(), none_v()], &[]).unwrap().v().as_small(), 8);
        assert_eq!(raised(call(pow, &[float(2.0).v(), int(2).v(), int(3).v()], &[])).1, "pow() 3rd argument not allowed unless all arguments are integers");
        assert_eq!(raised(call(pow, &[s("a").v(), int(2).v(), int(3).v()], &[])).1, "unsupported operand type(s) for ** or pow(): 'str', 'int', 'int'");
        assert_eq!(raised(call(pow, &[int(2).v()], &[])).1, "pow() missing required argument 'exp' (pos 2)");

        let dm = divmod(int(-7).v(), int(2).v()).unwrap();
        let t = as_tuple(dm.v()).unwrap();
        assert_eq!((t.items[0].as_small(), t.items[1].as_small()), (-4, 1));
        let dm = divmod(float(-7.5).v(), int(2).v()).unwrap();
        let t = as_tuple(dm.v()).unwrap();
        assert_eq!((as_float(t.items[0]).unwrap().v, as_float(t.items[1]).unwrap().v), (-4.0, 0.5));
        assert_eq!(raised(divmod(s("a").v(), int(1).v())).1, "unsupported operand type(s) for divmod(): 'str' and 'int'");

        assert_eq!(str_text(to_base_str(int(-255).v(), 16).unwrap().v()), "-0xff");
        assert_eq!(str_text(to_base_str(Value::from_ptr(&rt_True), 2).unwrap().v()), "0b1");
        assert_eq!(raised(to_base_str(float(1.0).v(), 16)).1, "'float' object cannot be interpreted as an integer");
        assert_eq!(raised(abs(s("x").v())).1, "bad operand type for abs(): 'str'");
        assert_eq!(abs(Value::from_ptr(&rt_True)).unwrap().v().as_small(), 1);
        assert_eq!(ival(&abs(int(krait_abi::tag::SMALL_MIN).v()).unwrap()), BigInt::from(1i64 << 62));

        let m = |o: Value, n: &str, pos: &[Value]| call_method(o, n, &Args::positional(pos));
        assert_eq!(m(int(-5).v(), "bit_count", &[]).unwrap().unwrap().v().as_small(), 2);
        assert_eq!(m(int(255).v(), "bit_length", &[]).unwrap().unwrap().v().as_small(), 8);
        assert_eq!(m(huge.v(), "bit_length", &[]).unwrap().unwrap().v().as_small(), 2001);
        assert_eq!(raised(m(int(1).v(), "bit_length", &[int(1).v()])).1, "int.bit_length() takes no arguments (1 given)");
        // A float method on an int is not found (`ops` then raises AttributeError).
        assert!(m(int(1).v(), "hex", &[]).unwrap().is_none());
        assert!(m(float(1.0).v(), "__index__", &[]).unwrap().is_none());
        assert_eq!(m(int(5).v(), "__add__", &[int(3).v()]).unwrap().unwrap().v().as_small(), 8);
        assert_eq!(m(int(5).v(), "__add__", &[float(3.0).v()]).unwrap().unwrap().v(), not_implemented().v());
        assert_eq!(fval(&m(float(5.0).v(), "__rsub__", &[int(3).v()]).unwrap().unwrap()), -2.0);
        assert_eq!(m(int(2).v(), "__pow__", &[int(-1).v(), int(5).v()]).unwrap().unwrap().v().as_small(), 3);
        assert_eq!(raised(m(int(5).v(), "__add__", &[])).1, "expected 1 argument, got 0");
        assert_eq!(raised(m(int(5).v(), "__pow__", &[])).1, " expected at least 1 argument, got 0");
        assert_eq!(raised(m(float(5.0).v(), "__pow__", &[int(2).v(), int(3).v()])).1, "pow() 3rd argument not allowed unless all arguments are integers");
        assert_eq!(raised(m(int(5).v(), "__round__", &[none_v()])).1, "'NoneType' object cannot be interpreted as an integer");
        assert_eq!(m(int(1234).v(), "__round__", &[int(-2).v()]).unwrap().unwrap().v().as_small(), 1200);
        assert_eq!(raised(m(int(5).v(), "__trunc__", &[int(1).v()])).1, "int.__trunc__() takes no arguments (1 given)");
        assert_eq!(raised(m(float(1.0).v(), "fromhex", &[])).1, "float.fromhex() takes exactly one argument (0 given)");
        assert!(m(int(1).v(), "nope", &[]).unwrap().is_none());
        assert_eq!(str_text(m(float(0.1).v(), "hex", &[]).unwrap().unwrap().v()), "0x1.999999999999ap-4");
        assert_eq!(m(float(2.0).v(), "is_integer", &[]).unwrap().unwrap().v(), bool_v(true));
        assert_eq!(raised(m(float(f64::NAN).v(), "as_integer_ratio", &[])).1, "cannot convert NaN to integer ratio");
        assert_eq!(getattr(Value::from_ptr(&rt_True), "real").unwrap().unwrap().v().as_small(), 1);
        assert_eq!(fval(&getattr(float(1.5).v(), "imag").unwrap().unwrap()), 0.0);
        assert!(getattr(float(1.5).v(), "numerator").unwrap().is_none());
    }
}
