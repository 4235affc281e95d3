//! The float functions of `math`: the libm wrappers with CPython's error rules
//! (`math_1`, `math_1a`, `math_2`), rounding to ints (`ceil`, `floor`, `trunc` and
//! their special methods), `frexp`/`ldexp`/`modf`, `fmod`, `pow`, the logarithms
//! (exact for huge ints), `isclose`, conversions and `nextafter`/`ulp`.

use super::libm::{self, set_errno, EDOM, ERANGE};
use super::special;
use super::*;
use krait_runtime::builtin;
use num_bigint::Sign;
use num_traits::{FromPrimitive, ToPrimitive};

/// CPython's `math_1` on a float: a NaN from a non-NaN is a domain error, an infinity
/// from a finite value a range error (`can_overflow`) or a domain error (a
/// singularity), and `errno` is checked for finite results.
fn math_1_f(x: f64, f: fn(f64) -> f64, can_overflow: bool) -> R<f64> {
    set_errno(0);
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return domain_error();
    }
    if r.is_infinite() && x.is_finite() {
        return if can_overflow { range_error() } else { domain_error() };
    }
    if r.is_finite() && libm::errno() != 0 {
        check_errno(r)?;
    }
    Ok(r)
}

/// `math_1` on an argument.
fn math_1(v: Value, f: fn(f64) -> f64, can_overflow: bool) -> R<Obj> {
    let x = to_double(v)?;
    Ok(float(math_1_f(x, f, can_overflow)?))
}

/// CPython's `math_1a`, for functions that set `errno` themselves.
fn math_1a(v: Value, f: fn(f64) -> f64) -> R<Obj> {
    let x = to_double(v)?;
    set_errno(0);
    let r = f(x);
    check_errno(r)?;
    Ok(float(r))
}

/// CPython's `math_2`: NaN from non-NaNs is a domain error, an infinity from finite
/// values a range error.
fn math_2(a: &Args, name: &str, f: fn(f64, f64) -> f64) -> R<Obj> {
    positional(a, name, 2, 2)?;
    let x = to_double(a.pos[0])?;
    let y = to_double(a.pos[1])?;
    set_errno(0);
    let r = f(x, y);
    if r.is_nan() {
        set_errno(if !x.is_nan() && !y.is_nan() { EDOM } else { 0 });
    } else if r.is_infinite() {
        set_errno(if x.is_finite() && y.is_finite() { ERANGE } else { 0 });
    }
    check_errno(r)?;
    Ok(float(r))
}

/// Defines a one-argument function wrapped by `math_1`.
macro_rules! func1 {
    ($id:ident, $name:literal, $f:expr, $overflow:expr) => {
        builtin!($id, |a| math_1(one_arg(a, concat!("math.", $name))?, $f, $overflow));
    };
}

/// Defines a one-argument function wrapped by `math_1a`.
macro_rules! func1a {
    ($id:ident, $name:literal, $f:expr) => {
        builtin!($id, |a| math_1a(one_arg(a, concat!("math.", $name))?, $f));
    };
}

/// Defines a two-argument function wrapped by `math_2`.
macro_rules! func2 {
    ($id:ident, $name:literal, $f:expr) => {
        builtin!($id, |a| math_2(a, $name, $f));
    };
}

func1!(math_acos, "acos", libm::acos, false);
func1!(math_acosh, "acosh", libm::acosh, false);
func1!(math_asin, "asin", libm::asin, false);
func1!(math_asinh, "asinh", libm::asinh, false);
func1!(math_atan, "atan", libm::atan, false);
func1!(math_atanh, "atanh", libm::atanh, false);
func1!(math_cbrt, "cbrt", libm::cbrt, false);
func1!(math_cos, "cos", libm::cos, false);
func1!(math_cosh, "cosh", libm::cosh, true);
func1!(math_exp, "exp", libm::exp, true);
func1!(math_exp2, "exp2", libm::exp2, true);
func1!(math_expm1, "expm1", libm::expm1, true);
func1!(math_fabs, "fabs", libm::fabs, false);
func1!(math_log1p, "log1p", special::log1p, false);
func1!(math_sin, "sin", libm::sin, false);
func1!(math_sinh, "sinh", libm::sinh, true);
func1!(math_sqrt, "sqrt", libm::sqrt, false);
func1!(math_tan, "tan", libm::tan, false);
func1!(math_tanh, "tanh", libm::tanh, false);
func1a!(math_erf, "erf", libm::erf);
func1a!(math_erfc, "erfc", libm::erfc);
func1a!(math_gamma, "gamma", special::tgamma);
func1a!(math_lgamma, "lgamma", special::lgamma);
func2!(math_atan2, "atan2", special::atan2);
func2!(math_copysign, "copysign", libm::copysign);
func2!(math_remainder, "remainder", special::remainder);

/// `PyLong_FromDouble`: the int of an integral float; errors for NaN and infinities.
fn float_to_int(f: f64) -> R<Obj> {
    if f.is_nan() {
        return Err(raise(&VALUE_ERROR, "cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(raise(&OVERFLOW_ERROR, "cannot convert float infinity to integer"));
    }
    if f.abs() < 4611686018427387904.0 {
        return Ok(int_from_i64(f as i64));
    }
    Ok(int_from_big(BigInt::from_f64(f).unwrap_or_default()))
}

/// Is `v` an instance of a class defined in Python?
fn is_heap_value(v: Value) -> bool {
    !v.is_small() && class::is_heap(v.ty())
}

/// `ceil`, `floor`: a float's rounding as an int, otherwise the special method (`int`
/// returns itself), otherwise the rounding of the value as a float.
fn round_to_int(v: Value, special: &str, f: fn(f64) -> f64) -> R<Obj> {
    let exact_float = !v.is_small() && v.ty().kind == Kind::Float && !class::is_heap(v.ty());
    if !exact_float {
        if is_heap_value(v) {
            if let Some(r) = class::dunder(v, special, &[])? {
                return Ok(r);
            }
        }
        if is_int(v) {
            return Ok(int_from_big(to_index(v)?));
        }
    }
    float_to_int(f(to_double(v)?))
}

builtin!(math_ceil, |a| round_to_int(one_arg(a, "math.ceil")?, "__ceil__", libm::ceil));
builtin!(math_floor, |a| round_to_int(one_arg(a, "math.floor")?, "__floor__", libm::floor));

builtin!(math_trunc, |a| {
    let v = one_arg(a, "math.trunc")?;
    if is_heap_value(v) {
        if let Some(r) = class::dunder(v, "__trunc__", &[])? {
            return Ok(r);
        }
    }
    if is_int(v) {
        return Ok(int_from_big(to_index(v)?));
    }
    if let Some(f) = as_float(v) {
        return float_to_int(f.v.trunc());
    }
    type_error(format!("type {} doesn't define __trunc__ method", ops::type_name(v)))
});

builtin!(math_frexp, |a| {
    let x = to_double(one_arg(a, "math.frexp")?)?;
    // Special values are handled directly, to sidestep platform differences.
    let (m, e) = if x.is_nan() || x.is_infinite() || x == 0.0 { (x, 0) } else { libm::frexp(x) };
    Ok(pair(float(m), int_from_i64(e as i64)))
});

builtin!(math_ldexp, |a| {
    positional(a, "ldexp", 2, 2)?;
    let x = to_double(a.pos[0])?;
    let i = a.pos[1];
    if !is_int(i) {
        return type_error("Expected an int as second argument to ldexp.");
    }
    // An exponent that overflows a C long is replaced by LONG_MAX or LONG_MIN.
    let big = to_index(i)?;
    let exp = big.to_i64().unwrap_or(if big.sign() == Sign::Minus { i64::MIN } else { i64::MAX });
    let r;
    if x == 0.0 || !x.is_finite() {
        r = x;
        set_errno(0);
    } else if exp > i32::MAX as i64 {
        r = libm::copysign(f64::INFINITY, x);
        set_errno(ERANGE);
    } else if exp < i32::MIN as i64 {
        r = libm::copysign(0.0, x);
        set_errno(0);
    } else {
        set_errno(0);
        r = libm::ldexp(x, exp as i32);
        if r.is_infinite() {
            set_errno(ERANGE);
        }
    }
    check_errno(r)?;
    Ok(float(r))
});

builtin!(math_modf, |a| {
    let x = to_double(one_arg(a, "math.modf")?)?;
    let (f, i) = if x.is_infinite() {
        (libm::copysign(0.0, x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        libm::modf(x)
    };
    Ok(pair(float(f), float(i)))
});

builtin!(math_fmod, |a| {
    positional(a, "fmod", 2, 2)?;
    let x = to_double(a.pos[0])?;
    let y = to_double(a.pos[1])?;
    // fmod(x, +-inf) is x for finite x.
    if y.is_infinite() && x.is_finite() {
        return Ok(float(x));
    }
    set_errno(0);
    let r = libm::fmod(x, y);
    if r.is_nan() {
        set_errno(if !x.is_nan() && !y.is_nan() { EDOM } else { 0 });
    }
    check_errno(r)?;
    Ok(float(r))
});

builtin!(math_pow, |a| {
    positional(a, "pow", 2, 2)?;
    let x = to_double(a.pos[0])?;
    let y = to_double(a.pos[1])?;
    let r;
    // IEEE special values are handled directly.
    if !x.is_finite() || !y.is_finite() {
        set_errno(0);
        if x.is_nan() {
            r = if y == 0.0 { 1.0 } else { x };
        } else if y.is_nan() {
            r = if x == 1.0 { 1.0 } else { y };
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && libm::fmod(libm::fabs(y), 2.0) == 1.0;
            r = if y > 0.0 {
                if odd_y {
                    x
                } else {
                    libm::fabs(x)
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                libm::copysign(0.0, x)
            } else {
                0.0
            };
        } else if libm::fabs(x) == 1.0 {
            r = 1.0;
        } else if y > 0.0 && libm::fabs(x) > 1.0 {
            r = y;
        } else if y < 0.0 && libm::fabs(x) < 1.0 {
            r = -y;
        } else {
            r = 0.0;
        }
    } else {
        set_errno(0);
        r = libm::pow(x, y);
        // NaN comes from a negative base to a non-integer power; an infinity from
        // 0.0 to a negative power (a domain error) or from overflow.
        if r.is_nan() {
            set_errno(EDOM);
        } else if r.is_infinite() {
            set_errno(if x == 0.0 { EDOM } else { ERANGE });
        }
    }
    check_errno(r)?;
    Ok(float(r))
});

/// A positive huge int as `(m, e)` with `m` in [0.5, 1) rounded half-even to 53 bits
/// and the int about `m * 2**e` (`_PyLong_Frexp`).
fn big_frexp(b: &BigInt) -> (f64, i64) {
    let n = b.bits();
    // The top 55 bits, with a sticky bit for anything below.
    let (mut q, sticky) = if n <= 55 {
        ((b.magnitude() << (55 - n)).to_u64().unwrap_or(0), false)
    } else {
        let shift = n - 55;
        let top = (b.magnitude() >> shift).to_u64().unwrap_or(0);
        (top, b.magnitude().trailing_zeros().unwrap_or(0) < shift)
    };
    if sticky {
        q |= 1;
    }
    const HALF_EVEN_CORRECTION: [i64; 8] = [0, -1, -2, 1, 0, -1, 2, 1];
    q = (q as i64 + HALF_EVEN_CORRECTION[(q & 7) as usize]) as u64;
    let mut dx = q as f64 / (1u64 << 55) as f64;
    let mut e = n as i64;
    if dx == 1.0 {
        dx = 0.5;
        e += 1;
    }
    (dx, e)
}

/// CPython's `loghelper`: ints are handled exactly, even beyond the float range (as
/// `log(m) + log(2) * e`); other values go through `math_1`.
fn loghelper(v: Value, f: fn(f64) -> f64) -> R<f64> {
    if is_int(v) {
        let b = if v.is_small() {
            BigInt::from(v.as_small())
        } else if v.ty().kind == Kind::Bool {
            BigInt::from((v == bool_v(true)) as i64)
        } else {
            as_bigint(v).cloned().unwrap_or_default()
        };
        if b.sign() != Sign::Plus {
            return domain_error();
        }
        return Ok(match b.to_f64() {
            Some(x) if x.is_finite() => f(x),
            _ => {
                let (x, e) = big_frexp(&b);
                f(x) + f(2.0) * e as f64
            }
        });
    }
    math_1_f(to_double(v)?, f, false)
}

builtin!(math_log, |a| {
    if !a.kwnames.is_empty() {
        return type_error("log() takes no keyword arguments");
    }
    if a.pos.is_empty() || a.pos.len() > 2 {
        return type_error("math.log requires 1 to 2 arguments");
    }
    let num = loghelper(a.pos[0], special::log)?;
    if a.pos.len() == 1 {
        return Ok(float(num));
    }
    let den = loghelper(a.pos[1], special::log)?;
    if den == 0.0 {
        return Err(raise(&ZERO_DIVISION_ERROR, "float division by zero"));
    }
    Ok(float(num / den))
});
builtin!(math_log2, |a| Ok(float(loghelper(one_arg(a, "math.log2")?, special::log2)?)));
builtin!(math_log10, |a| Ok(float(loghelper(one_arg(a, "math.log10")?, special::log10)?)));

builtin!(math_isclose, |a| {
    let args = unpack_keywords(a, "isclose", &["a", "b", "rel_tol", "abs_tol"], 0, 2, 2)?;
    let x = to_double(args[0].unwrap_or(Value::NULL))?;
    let y = to_double(args[1].unwrap_or(Value::NULL))?;
    let rel_tol = match args[2] {
        Some(v) => to_double(v)?,
        None => 1e-09,
    };
    let abs_tol = match args[3] {
        Some(v) => to_double(v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(raise(&VALUE_ERROR, "tolerances must be non-negative"));
    }
    // Exact equality catches two infinities of the same sign.
    if x == y {
        return Ok(bool_obj(true));
    }
    // Infinities of opposite signs, or an infinity and a finite number.
    if x.is_infinite() || y.is_infinite() {
        return Ok(bool_obj(false));
    }
    let diff = libm::fabs(y - x);
    Ok(bool_obj(diff <= libm::fabs(rel_tol * y) || diff <= libm::fabs(rel_tol * x) || diff <= abs_tol))
});

const DEG_TO_RAD: f64 = std::f64::consts::PI / 180.0;
const RAD_TO_DEG: f64 = 180.0 / std::f64::consts::PI;

builtin!(math_degrees, |a| Ok(float(to_double(one_arg(a, "math.degrees")?)? * RAD_TO_DEG)));
builtin!(math_radians, |a| Ok(float(to_double(one_arg(a, "math.radians")?)? * DEG_TO_RAD)));
builtin!(math_isfinite, |a| Ok(bool_obj(to_double(one_arg(a, "math.isfinite")?)?.is_finite())));
builtin!(math_isnan, |a| Ok(bool_obj(to_double(one_arg(a, "math.isnan")?)?.is_nan())));
builtin!(math_isinf, |a| Ok(bool_obj(to_double(one_arg(a, "math.isinf")?)?.is_infinite())));

builtin!(math_nextafter, |a| {
    positional(a, "nextafter", 2, 2)?;
    let x = to_double(a.pos[0])?;
    let y = to_double(a.pos[1])?;
    Ok(float(libm::nextafter(x, y)))
});

builtin!(math_ulp, |a| {
    let x = to_double(one_arg(a, "math.ulp")?)?;
    if x.is_nan() {
        return Ok(float(x));
    }
    let x = libm::fabs(x);
    if x.is_infinite() {
        return Ok(float(x));
    }
    let x2 = libm::nextafter(x, f64::INFINITY);
    if x2.is_infinite() {
        // x is the largest finite float.
        let x2 = libm::nextafter(x, f64::NEG_INFINITY);
        return Ok(float(x - x2));
    }
    Ok(float(x2 - x))
});

/// The float functions, for the module's namespace.
pub fn functions() -> Vec<(&'static str, Obj)> {
    let table: &[(&'static str, BuiltinFn)] = &[
        ("acos", math_acos),
        ("acosh", math_acosh),
        ("asin", math_asin),
        ("asinh", math_asinh),
        ("atan", math_atan),
        ("atan2", math_atan2),
        ("atanh", math_atanh),
        ("cbrt", math_cbrt),
        ("ceil", math_ceil),
        ("copysign", math_copysign),
        ("cos", math_cos),
        ("cosh", math_cosh),
        ("degrees", math_degrees),
        ("erf", math_erf),
        ("erfc", math_erfc),
        ("exp", math_exp),
        ("exp2", math_exp2),
        ("expm1", math_expm1),
        ("fabs", math_fabs),
        ("floor", math_floor),
        ("fmod", math_fmod),
        ("frexp", math_frexp),
        ("gamma", math_gamma),
        ("isclose", math_isclose),
        ("isfinite", math_isfinite),
        ("isinf", math_isinf),
        ("isnan", math_isnan),
        ("ldexp", math_ldexp),
        ("lgamma", math_lgamma),
        ("log", math_log),
        ("log1p", math_log1p),
        ("log10", math_log10),
        ("log2", math_log2),
        ("modf", math_modf),
        ("pow", math_pow),
        ("radians", math_radians),
        ("remainder", math_remainder),
        ("sin", math_sin),
        ("sinh", math_sinh),
        ("sqrt", math_sqrt),
        ("tan", math_tan),
        ("tanh", math_tanh),
        ("trunc", math_trunc),
        ("nextafter", math_nextafter),
        ("ulp", math_ulp),
    ];
    table.iter().map(|&(name, f)| (name, builtin_fn(name, f))).collect()
}
