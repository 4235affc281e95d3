//! Pure float algorithms of CPython's `Modules/mathmodule.c`, ported operation for
//! operation so that results are bit-identical: the gamma function and its logarithm
//! (Lanczos approximation), `sin(pi*x)`, the special-value wrappers of `atan2`,
//! `remainder` and the logarithms, the vector norm behind `hypot` and `dist`, and the
//! exact summation of `fsum`. Functions report errors as C does, through `errno`.

use super::libm::{self, set_errno, EDOM, ERANGE};

const PI: f64 = std::f64::consts::PI;
const LOGPI: f64 = 1.144729885849400174143427351353058711647;

/// `sin(pi*x)`, accurate for all finite `x` (used by the reflection formula).
fn m_sinpi(x: f64) -> f64 {
    let y = libm::fmod(libm::fabs(x), 2.0);
    let n = libm::round(2.0 * y) as i32;
    let r = match n {
        0 => libm::sin(PI * y),
        1 => libm::cos(PI * (y - 0.5)),
        // -sin(pi*(y-1.0)) would give -0.0 instead of 0.0 when y == 1.0.
        2 => libm::sin(PI * (1.0 - y)),
        3 => -libm::cos(PI * (y - 1.5)),
        _ => libm::sin(PI * (y - 2.0)),
    };
    libm::copysign(1.0, x) * r
}

const LANCZOS_N: usize = 13;
const LANCZOS_G: f64 = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;
const LANCZOS_NUM_COEFFS: [f64; LANCZOS_N] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
/// The denominator is `x*(x+1)*...*(x+LANCZOS_N-2)`.
const LANCZOS_DEN_COEFFS: [f64; LANCZOS_N] =
    [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];

/// Gamma of the small positive integers 1 through 23.
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];

/// Lanczos' sum `L_g(x)` for positive `x`, as a rational function (rescaled by
/// `x**(1-LANCZOS_N)` for large `x` to avoid overflow).
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0f64, 0.0f64);
    if x < 5.0 {
        for i in (0..LANCZOS_N).rev() {
            num = num * x + LANCZOS_NUM_COEFFS[i];
            den = den * x + LANCZOS_DEN_COEFFS[i];
        }
    } else {
        for i in 0..LANCZOS_N {
            num = num / x + LANCZOS_NUM_COEFFS[i];
            den = den / x + LANCZOS_DEN_COEFFS[i];
        }
    }
    num / den
}

/// The gamma function (CPython's `m_tgamma`).
pub fn tgamma(x: f64) -> f64 {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return x;
        }
        set_errno(EDOM);
        return f64::NAN;
    }
    if x == 0.0 {
        set_errno(EDOM);
        return libm::copysign(f64::INFINITY, x);
    }
    if x == libm::floor(x) {
        if x < 0.0 {
            set_errno(EDOM);
            return f64::NAN;
        }
        if x <= GAMMA_INTEGRAL.len() as f64 {
            return GAMMA_INTEGRAL[x as usize - 1];
        }
    }
    let absx = libm::fabs(x);
    // Tiny arguments: tgamma(x) ~ 1/x.
    if absx < 1e-20 {
        let r = 1.0 / x;
        if r.is_infinite() {
            set_errno(ERANGE);
        }
        return r;
    }
    // Large arguments overflow (x > 200) or underflow to +-0.0 (x < -200).
    if absx > 200.0 {
        if x < 0.0 {
            return 0.0 / m_sinpi(x);
        }
        set_errno(ERANGE);
        return f64::INFINITY;
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The error in the sum, for the correction factor.
    let mut z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / m_sinpi(absx) / absx * libm::exp(y) / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= libm::pow(y, absx - 0.5);
        } else {
            let sqrtpow = libm::pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / libm::exp(y);
        r += z * r;
        if absx < 140.0 {
            r *= libm::pow(y, absx - 0.5);
        } else {
            let sqrtpow = libm::pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if r.is_infinite() {
        set_errno(ERANGE);
    }
    r
}

/// The natural logarithm of the absolute value of the gamma function (`m_lgamma`).
pub fn lgamma(x: f64) -> f64 {
    if !x.is_finite() {
        if x.is_nan() {
            return x;
        }
        return f64::INFINITY;
    }
    if x == libm::floor(x) && x <= 2.0 {
        if x <= 0.0 {
            set_errno(EDOM);
            return f64::INFINITY;
        }
        return 0.0;
    }
    let absx = libm::fabs(x);
    if absx < 1e-20 {
        return -libm::log(absx);
    }
    let mut r = libm::log(lanczos_sum(absx)) - LANCZOS_G;
    r += (absx - 0.5) * (libm::log(absx + LANCZOS_G - 0.5) - 1.0);
    if x < 0.0 {
        // The reflection formula.
        r = LOGPI - libm::log(libm::fabs(m_sinpi(absx))) - libm::log(absx) - r;
    }
    if r.is_infinite() {
        set_errno(ERANGE);
    }
    r
}

/// `atan2` with C99's special values handled directly (`m_atan2`).
pub fn atan2(y: f64, x: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            if libm::copysign(1.0, x) == 1.0 {
                return libm::copysign(0.25 * PI, y);
            }
            return libm::copysign(0.75 * PI, y);
        }
        return libm::copysign(0.5 * PI, y);
    }
    if x.is_infinite() || y == 0.0 {
        if libm::copysign(1.0, x) == 1.0 {
            return libm::copysign(0.0, y);
        }
        return libm::copysign(PI, y);
    }
    libm::atan2(y, x)
}

/// IEEE 754 remainder: `x - n*y` for the nearest multiple, ties to even (exact).
pub fn remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let absx = libm::fabs(x);
        let absy = libm::fabs(y);
        let m = libm::fmod(absx, absy);
        // Compares m with absy - m rather than 0.5*absy, which may be inexact.
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // Halfway: m if the multiple is even, -m if it is odd.
            m - 2.0 * libm::fmod(0.5 * (absx - m), absy)
        };
        return libm::copysign(1.0, x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

/// `log` with the special values handled directly (`m_log`).
pub fn log(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            return libm::log(x);
        }
        set_errno(EDOM);
        return if x == 0.0 { f64::NEG_INFINITY } else { f64::NAN };
    }
    if x.is_nan() || x > 0.0 {
        return x;
    }
    set_errno(EDOM);
    f64::NAN
}

/// `log2` with the special values handled directly (`m_log2`).
pub fn log2(x: f64) -> f64 {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return x;
        }
        set_errno(EDOM);
        return f64::NAN;
    }
    if x > 0.0 {
        return libm::log2(x);
    }
    set_errno(EDOM);
    if x == 0.0 {
        f64::NEG_INFINITY
    } else {
        f64::NAN
    }
}

/// `log10` with the special values handled directly (`m_log10`).
pub fn log10(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            return libm::log10(x);
        }
        set_errno(EDOM);
        return if x == 0.0 { f64::NEG_INFINITY } else { f64::NAN };
    }
    if x.is_nan() || x > 0.0 {
        return x;
    }
    set_errno(EDOM);
    f64::NAN
}

/// `log1p` keeping the sign of a zero argument (`_Py_log1p`).
pub fn log1p(x: f64) -> f64 {
    if x == 0.0 {
        x
    } else {
        libm::log1p(x)
    }
}

/// The Euclidean norm of `vec` (non-negative finite values unless `max` is infinite or
/// `found_nan`), with lossless scaling, Veltkamp-Dekker squaring, compensated
/// summation and a differential correction of the square root (`vector_norm`).
pub fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134217729.0; // ldexp(1.0, 27) + 1.0
    let n = vec.len();
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || n <= 1 {
        return max;
    }
    let (_, max_e) = libm::frexp(max);
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0f64, 0.0f64, 0.0f64, 0.0f64);
    if max_e >= -1023 {
        let scale = libm::ldexp(1.0, -max_e);
        for &v in vec {
            let x = v * scale;
            let t = x * T27;
            let hi = t - (t - x);
            let lo = x - hi;
            let x = hi * hi;
            let oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;
            let x = 2.0 * hi * lo;
            let oldcsum = csum;
            csum += x;
            frac2 += (oldcsum - csum) + x;
            frac3 += lo * lo;
        }
        let h = libm::sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
        let x = h;
        let t = x * T27;
        let hi = t - (t - x);
        let lo = x - hi;
        let x = -hi * hi;
        let oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
        let x = -2.0 * hi * lo;
        let oldcsum = csum;
        csum += x;
        frac2 += (oldcsum - csum) + x;
        let x = -lo * lo;
        let oldcsum = csum;
        csum += x;
        frac3 += (oldcsum - csum) + x;
        let x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    // ldexp(1.0, -max_e) would overflow: divide by max instead of scaling.
    for &v in vec {
        let x = v / max;
        let x = x * x;
        let oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
    }
    max * libm::sqrt(csum - 1.0 + frac1)
}

/// The state of an exact summation (`math_fsum`): non-overlapping partial sums in
/// increasing magnitude, plus the sums of the special values seen.
#[derive(Default)]
pub struct Fsum {
    partials: Vec<f64>,
    special_sum: f64,
    inf_sum: f64,
}

/// Why a summation failed.
pub enum FsumError {
    /// A finite partial sum overflowed.
    Overflow,
    /// Infinities of both signs were added.
    InfMinusInf,
}

impl Fsum {
    /// Adds `x` exactly.
    pub fn add(&mut self, mut x: f64) -> Result<(), FsumError> {
        let xsave = x;
        let p = &mut self.partials;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if libm::fabs(x) < libm::fabs(y) {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let yr = hi - x;
            let lo = y - yr;
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // Either an intermediate overflow, or a nan or inf among the summands.
                if xsave.is_finite() {
                    return Err(FsumError::Overflow);
                }
                if xsave.is_infinite() {
                    self.inf_sum += xsave;
                }
                self.special_sum += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
        Ok(())
    }

    /// The correctly rounded sum.
    pub fn total(&self) -> Result<f64, FsumError> {
        if self.special_sum != 0.0 {
            if self.inf_sum.is_nan() {
                return Err(FsumError::InfMinusInf);
            }
            return Ok(self.special_sum);
        }
        let p = &self.partials;
        let mut n = p.len();
        let mut hi = 0.0f64;
        if n > 0 {
            n -= 1;
            hi = p[n];
            let mut lo = 0.0f64;
            // Adds the partials from the top, stopping when the sum becomes inexact.
            while n > 0 {
                let x = hi;
                n -= 1;
                let y = p[n];
                hi = x + y;
                let yr = hi - x;
                lo = y - yr;
                if lo != 0.0 {
                    break;
                }
            }
            // Makes half-even rounding work across multiple partials.
            if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
                let y = lo * 2.0;
                let x = hi + y;
                let yr = x - hi;
                if y == yr {
                    hi = x;
                }
            }
        }
        Ok(hi)
    }
}
