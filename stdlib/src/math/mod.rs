//! The `math` module (CPython's `Modules/mathmodule.c`), with CPython 3.11's results,
//! exceptions and messages.
//!
//! Float functions call the C library's libm, as CPython does, so results are
//! bit-identical; the functions CPython implements itself (gamma, lgamma, the vector
//! norm of `hypot`, `fsum`...) are ported operation for operation (`special`).
//! `real` holds the float functions, `integer` the integer ones (`gcd`, `comb`...),
//! `iterable` those over iterables and argument lists (`fsum`, `prod`, `hypot`,
//! `dist`); this file holds argument conversion and CPython's error rules.

mod integer;
mod iterable;
mod libm;
mod real;
mod special;

use krait_runtime::call::Args;
use krait_runtime::exc::{raise, type_error};
use krait_runtime::objects::*;
use krait_runtime::types::*;
use krait_runtime::value::{abi, Obj, Value, R};
use krait_runtime::{class, num, ops};
use num_bigint::BigInt;

/// `ValueError: math domain error`.
fn domain_error<T>() -> R<T> {
    Err(raise(&VALUE_ERROR, "math domain error"))
}

/// `OverflowError: math range error`.
fn range_error<T>() -> R<T> {
    Err(raise(&OVERFLOW_ERROR, "math range error"))
}

/// CPython's `is_error`, called when `errno` is set after computing `r`: raises for
/// EDOM and for ERANGE on overflow (ERANGE with a result below 1.5 in magnitude is an
/// underflow and is ignored). `Ok(())` when there is no error.
fn check_errno(r: f64) -> R<()> {
    match libm::errno() {
        0 => Ok(()),
        libm::EDOM => domain_error(),
        libm::ERANGE if libm::fabs(r) < 1.5 => Ok(()),
        libm::ERANGE => range_error(),
        n => {
            // An unexpected error: CPython's PyErr_SetFromErrno(ValueError).
            let msg = std::io::Error::from_raw_os_error(n).to_string();
            let msg = msg.split(" (os error").next().unwrap_or("").to_string();
            let e = krait_runtime::exc::construct(&VALUE_ERROR, &[int_from_i64(n as i64).v(), str_from(msg).v()])?;
            Err(krait_runtime::exc::set_current(e))
        }
    }
}

/// CPython's `PyFloat_AsDouble`: a float's value, an int converted (OverflowError when
/// too large), `__float__`, then `__index__`; TypeError for anything else.
fn to_double(v: Value) -> R<f64> {
    if !v.is_small() && v.ty().kind == Kind::Float {
        if let Some(f) = as_float(v) {
            return Ok(f.v);
        }
    }
    if !v.is_small() && class::is_heap(v.ty()) {
        if let Some(r) = class::dunder(v, "__float__", &[])? {
            return match as_float(r.v()) {
                Some(f) => Ok(f.v),
                None => type_error(format!("{}.__float__ returned non-float (type {})", v.ty().name, ops::type_name(r.v()))),
            };
        }
        if !matches!(v.ty().kind, Kind::Int | Kind::Bool) {
            if let Some(i) = class::index_value(v)? {
                return Ok(num::to_f64(i.v())?.unwrap_or(0.0));
            }
        }
    }
    match num::to_f64(v)? {
        Some(f) => Ok(f),
        None => type_error(format!("must be real number, not {}", ops::type_name(v))),
    }
}

/// Is `v` an int (`PyLong_Check`: ints, bools and instances of int subclasses)?
fn is_int(v: Value) -> bool {
    v.is_small() || matches!(v.ty().kind, Kind::Int | Kind::Bool)
}

/// CPython's `PyNumber_Index` as a big integer: ints (and bools) directly,
/// `__index__` for other objects, TypeError otherwise.
fn to_index(v: Value) -> R<BigInt> {
    if v.is_small() {
        return Ok(BigInt::from(v.as_small()));
    }
    match v.ty().kind {
        Kind::Int => return Ok(as_bigint(v).cloned().unwrap_or_default()),
        Kind::Bool => return Ok(BigInt::from((v == bool_v(true)) as i64)),
        _ => {}
    }
    if let Some(i) = class::index_value(v)? {
        return to_index(i.v());
    }
    type_error(format!("'{}' object cannot be interpreted as an integer", ops::type_name(v)))
}

/// The checks of a one-argument builtin (`METH_O`): no keywords, exactly one argument.
fn one_arg(a: &Args, qualname: &str) -> R<Value> {
    if !a.kwnames.is_empty() {
        return type_error(format!("{}() takes no keyword arguments", qualname));
    }
    if a.pos.len() != 1 {
        return type_error(format!("{}() takes exactly one argument ({} given)", qualname, a.pos.len()));
    }
    Ok(a.pos[0])
}

/// The checks of a positional-only builtin (`METH_FASTCALL`): no keywords (reported
/// with the qualified name), then the argument count (with the short name).
fn positional(a: &Args, name: &str, min: usize, max: usize) -> R<()> {
    if !a.kwnames.is_empty() {
        return type_error(format!("math.{}() takes no keyword arguments", name));
    }
    a.arity(name, min, max)
}

use crate::clinic::unpack_keywords;

/// A pair of values as a tuple.
fn pair(a: Obj, b: Obj) -> Obj {
    tuple_from(vec![a.into_raw(), b.into_raw()])
}

/// `import math`.
#[no_mangle]
pub extern "C" fn krait_module_math() -> Value {
    let mut attrs: Vec<(&str, Obj)> = vec![
        ("pi", float(std::f64::consts::PI)),
        ("e", float(std::f64::consts::E)),
        ("tau", float(std::f64::consts::TAU)),
        ("inf", float(f64::INFINITY)),
        ("nan", float(f64::NAN)),
    ];
    attrs.extend(real::functions());
    attrs.extend(integer::functions());
    attrs.extend(iterable::functions());
    abi(krait_runtime::sysmod::new_module("math", attrs))
}
