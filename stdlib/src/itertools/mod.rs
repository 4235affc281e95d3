//! The `itertools` module (CPython's `Modules/itertoolsmodule.c`): its iterator types
//! are native iterators (`krait_runtime::native_iter`), one static type object each,
//! named `itertools.<name>` as CPython's are.
//!
//! This file holds the module object and the argument parsing the constructors share,
//! which reproduces CPython's messages (Argument Clinic, `_PyArg_CheckPositional`,
//! the `n` converter).

mod combinatoric;
mod filtering;
mod grouping;
mod infinite;
mod joining;
mod tee;

use krait_runtime::call::Args;
use krait_runtime::exc::{raise, type_error};
use krait_runtime::objects::*;
use krait_runtime::types::{OVERFLOW_ERROR, TYPE_ERROR};
use krait_runtime::value::{abi, Obj, Value, R};

/// Defines the static type object of an itertools iterator type.
macro_rules! iter_type {
    ($id:ident, $name:expr, $call:expr) => {
        pub static $id: krait_runtime::types::TypeObj = krait_runtime::types::TypeObj {
            head: krait_runtime::value::Header::immortal(&krait_runtime::types::TYPE_TYPE),
            name: $name,
            base: Some(&krait_runtime::types::OBJECT_TYPE),
            kind: krait_runtime::types::Kind::Iter,
            call: $call,
            heap: std::ptr::null_mut(),
        };
    };
}
pub(crate) use iter_type;

use crate::clinic::{check_positional, no_args, no_keywords};

/// Argument Clinic's keyword parsing (`_PyArg_UnpackKeywords`): `names` are the
/// parameters, the first `maxpos` positional-or-keyword (the first `minpos` required),
/// the rest keyword-only and optional.
fn clinic(a: &Args, fname: &str, names: &[&str], minpos: usize, maxpos: usize) -> R<Vec<Option<Value>>> {
    crate::clinic::unpack_keywords(a, fname, names, 0, minpos, maxpos)
}

/// The `n` converter (`Py_ssize_t` through `__index__`): TypeError for a non-integer,
/// OverflowError for an integer that does not fit.
fn ssize(v: Value) -> R<i64> {
    if let Some(i) = krait_runtime::class::index_value(v)? {
        return ssize(i.v());
    }
    if !krait_runtime::seq::is_int(v) {
        return type_error(format!("'{}' object cannot be interpreted as an integer", v.ty().name));
    }
    match krait_runtime::num::to_i64(v)? {
        Some(n) => Ok(n),
        None => Err(raise(&OVERFLOW_ERROR, "Python int too large to convert to C ssize_t")),
    }
}

/// `PyNumber_AsSsize_t(v, OverflowError)` whose every failure is replaced: `None` for
/// anything that is not an integer that fits (islice's arguments).
fn ssize_or_none(v: Value) -> Option<i64> {
    match ssize(v) {
        Ok(n) => Some(n),
        Err(_) => {
            drop(krait_runtime::exc::take_current());
            None
        }
    }
}

/// `PySequence_Tuple`: a tuple of the items of any iterable.
fn to_tuple(v: Value) -> R<Obj> {
    if std::ptr::eq(v.ty(), &krait_runtime::types::TUPLE_TYPE) {
        return Ok(v.to_owned());
    }
    let items = krait_runtime::ops::collect(v)?;
    Ok(tuple_from(items.into_iter().map(Obj::into_raw).collect()))
}

/// The items of a tuple, borrowed.
fn tuple_items<'a>(t: Value) -> &'a [Value] {
    as_tuple(t).map_or(&[], |t| &t.items[..])
}

/// A TypeError with this message.
fn type_err<T>(msg: &str) -> R<T> {
    Err(raise(&TYPE_ERROR, msg))
}

/// `import itertools`.
#[no_mangle]
pub extern "C" fn krait_module_itertools() -> Value {
    let mut attrs = Vec::new();
    infinite::attrs(&mut attrs);
    filtering::attrs(&mut attrs);
    joining::attrs(&mut attrs);
    grouping::attrs(&mut attrs);
    tee::attrs(&mut attrs);
    combinatoric::attrs(&mut attrs);
    attrs.sort_by(|a, b| a.0.cmp(b.0));
    abi(krait_runtime::sysmod::new_module("itertools", attrs))
}

/// The module attributes a file contributes.
type Attrs = Vec<(&'static str, Obj)>;

/// A type as a module attribute.
fn type_attr(ty: &'static krait_runtime::types::TypeObj) -> Obj {
    ty.as_value().to_owned()
}
