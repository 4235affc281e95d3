//! `complex`: complex numbers with CPython 3.11's arithmetic (Smith's division,
//! `c_powi` for small integer exponents, the polar `_Py_c_pow` otherwise), mixing with
//! `int`, `bool` and `float` by converting them to `complex(x, 0.0)`, equality with
//! other numbers (ordering raises TypeError), the numeric hash that makes
//! `hash(1+0j) == hash(1)`, `repr`, `format`, `complex(...)` and the `__complex__` hook.

use crate::call::Args;
use crate::exc::{raise, type_error};
use crate::objects::*;
use crate::types::*;
use crate::value::{Header, Obj, RefCnt, Value, R};
use krait_abi::{BinOp, CmpOp, UnaryOp};

/// A complex number.
#[repr(C)]
pub struct ComplexObj {
    pub head: Header,
    pub re: f64,
    pub im: f64,
}

/// A new complex number.
pub fn complex(re: f64, im: f64) -> Obj {
    crate::gc::new_obj(ComplexObj { head: Header::new(&COMPLEX_TYPE), re, im })
}

/// The parts of a complex value.
pub fn as_complex(v: Value) -> Option<(f64, f64)> {
    if !v.is_small() && !v.is_null() && v.ty().kind == Kind::Complex {
        let c = unsafe { v.as_ref::<ComplexObj>() };
        Some((c.re, c.im))
    } else {
        None
    }
}

/// Is `v` an int, bool, float or complex (the operands complex arithmetic accepts)?
fn is_number(v: Value) -> bool {
    v.is_small() || matches!(v.ty().kind, Kind::Int | Kind::Bool | Kind::Float | Kind::Complex)
}

/// A number as a complex, as CPython's `TO_COMPLEX` (OverflowError for huge ints).
fn to_complex(v: Value) -> R<(f64, f64)> {
    if let Some(c) = as_complex(v) {
        return Ok(c);
    }
    Ok((crate::num::to_f64(v)?.unwrap_or(0.0), 0.0))
}

/// A constant complex (made immortal, as constants are).
#[no_mangle]
pub unsafe extern "C" fn rt_const_complex(re: f64, im: f64) -> Value {
    let o = complex(re, im).into_raw();
    *(*o.header()).rc.0.get() = RefCnt::IMMORTAL;
    o
}

// The arithmetic of CPython's `Objects/complexobject.c`.

fn prod(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `_Py_c_quot`: `None` for division by zero (CPython's `EDOM`).
fn quot(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let abs_breal = b.0.abs();
    let abs_bimag = b.1.abs();
    if abs_breal >= abs_bimag {
        if abs_breal == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bimag >= abs_breal {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        // At least one part of the divisor is a NaN.
        Some((f64::NAN, f64::NAN))
    }
}

/// `c_powu`: `x ** n` by repeated squaring.
fn powu(x: (f64, f64), n: i64) -> (f64, f64) {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

/// Why a complex power failed.
enum PowFail {
    /// CPython's `EDOM`: zero to a negative or complex power.
    Domain,
    /// CPython's `ERANGE`: an infinite result.
    Range,
}

/// `_Py_c_pow`, the polar form.
fn pow_general(a: (f64, f64), b: (f64, f64)) -> Result<(f64, f64), PowFail> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Ok((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(PowFail::Domain);
        }
        return Ok((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

/// `complex_pow` for two complex operands.
fn pow(a: (f64, f64), b: (f64, f64)) -> Result<(f64, f64), PowFail> {
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n > 0 {
            powu(a, n)
        } else {
            quot((1.0, 0.0), powu(a, -n)).ok_or(PowFail::Domain)?
        }
    } else {
        pow_general(a, b)?
    };
    // `_Py_ADJUST_ERANGE2`: an infinite part means the power overflowed.
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(PowFail::Range);
    }
    Ok(r)
}

/// `a ** b` as a Python result.
pub fn pow_obj(a: (f64, f64), b: (f64, f64)) -> R<Obj> {
    match pow(a, b) {
        Ok((re, im)) => Ok(complex(re, im)),
        Err(PowFail::Domain) => Err(raise(&ZERO_DIVISION_ERROR, "0.0 to a negative or complex power")),
        Err(PowFail::Range) => Err(raise(&OVERFLOW_ERROR, "complex exponentiation")),
    }
}

// The protocol `ops` dispatches to.

/// `a <op> b` when an operand is complex; `Ok(None)` when the other operand is not a
/// number or the operator does not apply to complex numbers.
pub fn binary(op: BinOp, a: Value, b: Value) -> R<Option<Obj>> {
    if !is_number(a) || !is_number(b) || !matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv | BinOp::Pow) {
        return Ok(None);
    }
    let (x, y) = (to_complex(a)?, to_complex(b)?);
    Ok(Some(match op {
        BinOp::Add => complex(x.0 + y.0, x.1 + y.1),
        BinOp::Sub => complex(x.0 - y.0, x.1 - y.1),
        BinOp::Mul => {
            let (re, im) = prod(x, y);
            complex(re, im)
        }
        BinOp::TrueDiv => match quot(x, y) {
            Some((re, im)) => complex(re, im),
            None => return Err(raise(&ZERO_DIVISION_ERROR, "complex division by zero")),
        },
        _ => pow_obj(x, y)?,
    }))
}

/// `-z`, `+z`; `Ok(None)` for `~z`.
pub fn unary(op: UnaryOp, a: Value) -> Option<Obj> {
    let (re, im) = as_complex(a)?;
    match op {
        UnaryOp::Neg => Some(complex(-re, -im)),
        UnaryOp::Pos => Some(complex(re, im)),
        UnaryOp::Invert => None,
    }
}

/// `abs(z)`: CPython's `_Py_c_abs` (an infinite part gives inf even beside a NaN).
pub fn abs(v: Value) -> Option<R<Obj>> {
    let (re, im) = as_complex(v)?;
    if !re.is_finite() || !im.is_finite() {
        if re.is_infinite() {
            return Some(Ok(float(re.abs())));
        }
        if im.is_infinite() {
            return Some(Ok(float(im.abs())));
        }
        return Some(Ok(float(f64::NAN)));
    }
    let r = re.hypot(im);
    if r.is_infinite() {
        return Some(Err(raise(&OVERFLOW_ERROR, "absolute value too large")));
    }
    Some(Ok(float(r)))
}

/// `a == b`, `a != b` with a complex operand; `None` for ordering and non-numbers.
pub fn compare(op: CmpOp, a: Value, b: Value) -> R<Option<bool>> {
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) || !is_number(a) || !is_number(b) {
        return Ok(None);
    }
    let (c, other) = if as_complex(a).is_some() { (a, b) } else { (b, a) };
    let (re, im) = as_complex(c).unwrap();
    let equal = match as_complex(other) {
        Some((r2, i2)) => re == r2 && im == i2,
        None if other.ty().kind == Kind::Float => Some(re) == crate::num::to_f64(other)? && im == 0.0,
        // An int compares exactly with the real part.
        None => {
            if im != 0.0 {
                false
            } else {
                let f = float(re);
                crate::num::compare(CmpOp::Eq, f.v(), other)?.unwrap_or(false)
            }
        }
    };
    Ok(Some(equal == (op == CmpOp::Eq)))
}

/// `hash(z)`: the real part's hash plus 1000003 times the imaginary part's, so a
/// complex with no imaginary part hashes as its real part does.
pub fn hash(v: Value) -> i64 {
    let (re, im) = as_complex(v).unwrap();
    let part = |x: f64| -> u64 {
        if x.is_nan() {
            // NaN parts hash by the identity of the object, as in CPython.
            let h = ((v.0 >> 4) | (v.0 << 60)) as i64;
            (if h == -1 { -2 } else { h }) as u64
        } else {
            crate::num::hash_f64(x) as u64
        }
    };
    let combined = part(re).wrapping_add(1000003u64.wrapping_mul(part(im))) as i64;
    if combined == -1 {
        -2
    } else {
        combined
    }
}

pub fn truthy(v: Value) -> bool {
    let (re, im) = as_complex(v).unwrap();
    re != 0.0 || im != 0.0
}

pub fn repr(v: Value) -> String {
    let (re, im) = as_complex(v).unwrap();
    crate::format::complex_repr(re, im)
}

/// `format(z, spec)`.
pub fn format(v: Value, spec: &str) -> R<Obj> {
    let (re, im) = as_complex(v).unwrap();
    crate::format::format_complex(re, im, spec).map(str_from).map_err(crate::num::fmt_error)
}

/// `z.real`, `z.imag`.
pub fn getattr(o: Value, name: &str) -> Option<Obj> {
    let (re, im) = as_complex(o)?;
    match name {
        "real" => Some(float(re)),
        "imag" => Some(float(im)),
        _ => None,
    }
}

/// The methods of `complex`, special methods included.
pub const METHODS: &[&str] = &[
    "conjugate", "__complex__", "__format__", "__getnewargs__", "__abs__", "__add__", "__bool__", "__eq__", "__ge__", "__gt__",
    "__hash__", "__le__", "__lt__", "__mul__", "__ne__", "__neg__", "__pos__", "__pow__", "__radd__", "__repr__", "__rmul__",
    "__rpow__", "__rsub__", "__rtruediv__", "__str__", "__sub__", "__truediv__",
];

/// The operator and side of a binary special method (`__radd__`: `Add`, reflected).
fn binary_dunder(name: &str) -> Option<(BinOp, bool)> {
    let core = name.strip_prefix("__")?.strip_suffix("__")?;
    let (core, reflected) = match core.strip_prefix('r') {
        Some(c) if matches!(c, "add" | "sub" | "mul" | "truediv") => (c, true),
        _ => (core, false),
    };
    let op = match core {
        "add" => BinOp::Add,
        "sub" => BinOp::Sub,
        "mul" => BinOp::Mul,
        "truediv" => BinOp::TrueDiv,
        _ => return None,
    };
    Some((op, reflected))
}

/// `z.conjugate()` and the other methods; `Ok(None)` for other names.
pub fn call_method(o: Value, name: &str, a: &Args) -> R<Option<Obj>> {
    use crate::dicts::{wrapper_arity, wrapper_unpack};
    let (re, im) = as_complex(o).unwrap();
    if let Some((op, reflected)) = binary_dunder(name) {
        wrapper_arity(a, name, 1)?;
        let other = a.pos[0];
        let (x, y) = if reflected { (other, o) } else { (o, other) };
        return Ok(Some(binary(op, x, y)?.unwrap_or_else(not_implemented)));
    }
    Ok(Some(match name {
        "__pow__" | "__rpow__" => {
            wrapper_unpack(a, name, 1, 2)?;
            let other = a.pos[0];
            if a.pos.get(1).is_some_and(|m| !is_none(*m)) {
                return Err(raise(&VALUE_ERROR, "complex modulo"));
            }
            let (x, y) = if name == "__pow__" { (o, other) } else { (other, o) };
            binary(BinOp::Pow, x, y)?.unwrap_or_else(not_implemented)
        }
        "__eq__" | "__ne__" | "__lt__" | "__le__" | "__gt__" | "__ge__" => {
            wrapper_arity(a, name, 1)?;
            let op = match name {
                "__eq__" => CmpOp::Eq,
                "__ne__" => CmpOp::Ne,
                _ => return Ok(Some(not_implemented())),
            };
            match compare(op, o, a.pos[0])? {
                Some(b) => bool_obj(b),
                None => not_implemented(),
            }
        }
        "__neg__" | "__pos__" | "__abs__" | "__bool__" | "__hash__" | "__repr__" | "__str__" => {
            wrapper_arity(a, name, 0)?;
            match name {
                "__neg__" => complex(-re, -im),
                "__pos__" => complex(re, im),
                "__abs__" => abs(o).unwrap()?,
                "__bool__" => bool_obj(truthy(o)),
                "__hash__" => int_from_i64(hash(o)),
                _ => str_from(repr(o)),
            }
        }
        "conjugate" | "__complex__" | "__getnewargs__" => {
            a.no_kwargs(&format!("complex.{}", name))?;
            if !a.pos.is_empty() {
                return type_error(format!("complex.{}() takes no arguments ({} given)", name, a.pos.len()));
            }
            match name {
                "conjugate" => complex(re, -im),
                "__complex__" => complex(re, im),
                _ => tuple_from(vec![float(re).into_raw(), float(im).into_raw()]),
            }
        }
        "__format__" => {
            a.no_kwargs("complex.__format__")?;
            a.arity("__format__", 1, 1)?;
            match as_str(a.pos[0]) {
                Some(s) => format(o, &s.s)?,
                None => return type_error(format!("__format__() argument must be str, not {}", crate::ops::type_name(a.pos[0]))),
            }
        }
        _ => return Ok(None),
    }))
}

/// `complex.__complex__` of a user object, if its class defines it.
fn special_method(v: Value) -> R<Option<Obj>> {
    match crate::class::dunder(v, "__complex__", &[])? {
        Some(r) if as_complex(r.v()).is_some() => Ok(Some(r)),
        Some(r) => type_error(format!("__complex__ returned non-complex (type {})", r.ty().name)),
        None => Ok(None),
    }
}

/// Can `v` be converted with `float(v)` (a number, or an object with `__float__` or `__index__`)?
fn has_float(v: Value) -> bool {
    if is_number(v) {
        return true;
    }
    let t = v.ty();
    crate::class::lookup_type(t, "__float__").is_some() || crate::class::lookup_type(t, "__index__").is_some()
}

/// `float(v)` for an argument `has_float` accepted.
fn float_of(v: Value) -> R<f64> {
    if let Some(f) = crate::num::to_f64(v)? {
        return Ok(f);
    }
    let r = crate::call::call(FLOAT_TYPE.as_value(), &Args::positional(&[v]))?;
    Ok(crate::num::to_f64(r.v())?.unwrap_or(0.0))
}

/// Does `pow(base, exp, mod)` reach complex's `__pow__` (numbers, one of them complex)?
pub fn pow_operands(base: Value, exp: Value) -> bool {
    is_number(base) && is_number(exp) && (as_complex(base).is_some() || as_complex(exp).is_some())
}

/// `complex(real=0, imag=0)`, `complex(text)`.
pub unsafe extern "C" fn complex_new(args: *const Value, nargs: i64, kwnames: Value) -> Value {
    let a = Args::from_abi(args, nargs, kwnames);
    crate::value::abi(construct(&a))
}

fn construct(a: &Args) -> R<Obj> {
    let b = a.bind("complex", &["real", "imag"], 0)?;
    let (r, i) = (b[0], b[1]);
    let Some(r) = r else {
        return match i {
            None => Ok(complex(0.0, 0.0)),
            Some(i) => construct_parts(int_from_i64(0).v(), Some(i)),
        };
    };
    if as_complex(r).is_some() && i.is_none() && r.ty().heap.is_null() {
        return Ok(r.to_owned());
    }
    if let Some(s) = as_str(r) {
        if i.is_some() {
            return type_error("complex() can't take second arg if first is a string");
        }
        let (re, im) = crate::format::parse_complex(&s.s).map_err(crate::num::fmt_error)?;
        return Ok(complex(re, im));
    }
    construct_parts(r, i)
}

fn construct_parts(r: Value, i: Option<Value>) -> R<Obj> {
    if let Some(i) = i {
        if as_str(i).is_some() {
            return type_error("complex() second arg can't be a string");
        }
    }
    let special = special_method(r)?;
    let r = special.as_ref().map(|o| o.v()).unwrap_or(r);
    if !has_float(r) {
        return type_error(format!("complex() first argument must be a string or a number, not '{}'", r.ty().name));
    }
    if let Some(i) = i {
        if !has_float(i) {
            return type_error(format!("complex() second argument must be a number, not '{}'", i.ty().name));
        }
    }
    let (cr, r_is_complex) = match as_complex(r) {
        Some(c) => (c, true),
        None => ((float_of(r)?, 0.0), false),
    };
    let ci = match i {
        None => (cr.1, 0.0),
        Some(i) => match as_complex(i) {
            Some(c) => c,
            None => (float_of(i)?, 0.0),
        },
    };
    let mut re = cr.0;
    let mut im = ci.0;
    if i.is_some_and(|i| as_complex(i).is_some()) {
        re -= ci.1;
    }
    if r_is_complex && i.is_some() {
        im += cr.1;
    }
    Ok(complex(re, im))
}
