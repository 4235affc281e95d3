//! The C library's math functions, called directly so that results are bit-identical
//! to CPython's (which calls the same libm), and `errno`, which CPython's wrappers
//! inspect after each call.

/// The raw declarations of `<math.h>` and `<errno.h>` this module uses (glibc).
mod c {
    extern "C" {
        pub fn sin(x: f64) -> f64;
        pub fn cos(x: f64) -> f64;
        pub fn tan(x: f64) -> f64;
        pub fn asin(x: f64) -> f64;
        pub fn acos(x: f64) -> f64;
        pub fn atan(x: f64) -> f64;
        pub fn sinh(x: f64) -> f64;
        pub fn cosh(x: f64) -> f64;
        pub fn tanh(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        pub fn exp(x: f64) -> f64;
        pub fn exp2(x: f64) -> f64;
        pub fn expm1(x: f64) -> f64;
        pub fn log(x: f64) -> f64;
        pub fn log2(x: f64) -> f64;
        pub fn log10(x: f64) -> f64;
        pub fn log1p(x: f64) -> f64;
        pub fn sqrt(x: f64) -> f64;
        pub fn cbrt(x: f64) -> f64;
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn fabs(x: f64) -> f64;
        pub fn floor(x: f64) -> f64;
        pub fn ceil(x: f64) -> f64;
        pub fn round(x: f64) -> f64;
        pub fn atan2(y: f64, x: f64) -> f64;
        pub fn copysign(x: f64, y: f64) -> f64;
        pub fn fmod(x: f64, y: f64) -> f64;
        pub fn pow(x: f64, y: f64) -> f64;
        pub fn nextafter(x: f64, y: f64) -> f64;
        pub fn frexp(x: f64, e: *mut i32) -> f64;
        pub fn ldexp(x: f64, e: i32) -> f64;
        pub fn modf(x: f64, ip: *mut f64) -> f64;
        pub fn __errno_location() -> *mut i32;
        pub fn dlsym(handle: *mut std::ffi::c_void, name: *const std::ffi::c_char) -> *mut std::ffi::c_void;
    }
    /// glibc's pseudo-handle for the next object in the search order.
    pub const RTLD_NEXT: *mut std::ffi::c_void = -1isize as *mut std::ffi::c_void;
}

/// Safe wrappers of one-argument functions.
macro_rules! unary {
    ($($name:ident),*) => {
        $(
            #[inline]
            pub fn $name(x: f64) -> f64 {
                unsafe { c::$name(x) }
            }
        )*
    };
}

/// Safe wrappers of two-argument functions.
macro_rules! binary {
    ($($name:ident),*) => {
        $(
            #[inline]
            pub fn $name(x: f64, y: f64) -> f64 {
                unsafe { c::$name(x, y) }
            }
        )*
    };
}

unary!(sin, cos, tan, asin, acos, atan, sinh, cosh, tanh, asinh, acosh, atanh);
unary!(exp, exp2, expm1, log, log2, log10, log1p, sqrt, erf, erfc, fabs, floor, ceil, round);

/// The C library's `cbrt`. Rust's compiler-builtins define a weak `cbrt` of their own
/// (correctly rounded, unlike glibc's) that the executable's references bind to, so
/// glibc's is looked up past the executable with `dlsym(RTLD_NEXT)`. (The other weak
/// definitions there, `sqrt`, `floor`, `ceil`, `round` and `fmod`, are exact
/// operations whose results cannot differ.)
pub fn cbrt(x: f64) -> f64 {
    type F = unsafe extern "C" fn(f64) -> f64;
    static GLIBC_CBRT: std::sync::OnceLock<Option<F>> = std::sync::OnceLock::new();
    let f = GLIBC_CBRT.get_or_init(|| {
        let p = unsafe { c::dlsym(c::RTLD_NEXT, c"cbrt".as_ptr()) };
        if p.is_null() {
            None
        } else {
            Some(unsafe { std::mem::transmute::<*mut std::ffi::c_void, F>(p) })
        }
    });
    match f {
        Some(f) => unsafe { f(x) },
        None => unsafe { c::cbrt(x) },
    }
}
binary!(atan2, copysign, fmod, pow, nextafter);

/// `frexp(x)`: the mantissa in [0.5, 1) and the exponent.
pub fn frexp(x: f64) -> (f64, i32) {
    let mut e = 0;
    let m = unsafe { c::frexp(x, &mut e) };
    (m, e)
}

/// `ldexp(x, e)`: `x * 2**e`.
pub fn ldexp(x: f64, e: i32) -> f64 {
    unsafe { c::ldexp(x, e) }
}

/// `modf(x)`: the fractional and integer parts.
pub fn modf(x: f64) -> (f64, f64) {
    let mut ip = 0.0;
    let f = unsafe { c::modf(x, &mut ip) };
    (f, ip)
}

/// `errno` values CPython's wrappers distinguish.
pub const EDOM: i32 = 33;
pub const ERANGE: i32 = 34;

/// The calling thread's `errno`.
pub fn errno() -> i32 {
    unsafe { *c::__errno_location() }
}

pub fn set_errno(v: i32) {
    unsafe { *c::__errno_location() = v }
}
