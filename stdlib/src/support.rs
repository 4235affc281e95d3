//! Helpers the native modules with classes share (`_collections`, `_functools`,
//! `_operator`): methods of native classes, CPython's argument-checking messages,
//! index conversion, `PySequence_Fast` and the `Py_ReprEnter` guard.

use krait_runtime::exc::{raise, type_error};
use krait_runtime::objects::*;
use krait_runtime::types::{OVERFLOW_ERROR, TYPE_ERROR};
use krait_runtime::value::{Obj, Value, R};

/// Defines a method of a native class: the builtin `$fn` checks that its first argument
/// is an instance with state `$state` (CPython's messages for `Cls.method()` and
/// `Cls.method(wrong)`), then runs `$body` with the state, the instance and the rest of
/// the arguments.
macro_rules! method {
    ($fn:ident, $state:ty, $cls:expr, $qual:expr, $mname:expr, |$s:ident, $o:ident, $a:ident| $body:expr) => {
        krait_runtime::builtin!($fn, |all| {
            let Some((&$o, rest)) = all.pos.split_first() else {
                return krait_runtime::exc::type_error(format!("unbound method {}.{}() needs an argument", $cls, $mname));
            };
            let Some($s) = krait_runtime::native_obj::state::<$state>($o) else {
                return $crate::support::wrong_self($mname, $qual, $o);
            };
            let $a = &krait_runtime::call::Args { pos: rest, kwnames: all.kwnames, kwvals: all.kwvals };
            let _ = &$a;
            $body
        });
    };
}
pub(crate) use method;

/// The argument checks of CPython's `getargs.c`, shared with the other native modules.
pub use crate::clinic::{check_positional, no_args, no_keywords, one_arg};





/// An int for `v` through `__index__`, or `None` when `v` has none.
pub fn index_of(v: Value) -> R<Option<Obj>> {
    if krait_runtime::seq::is_int(v) {
        return Ok(Some(v.to_owned()));
    }
    krait_runtime::class::index_value(v)
}

/// `PyNumber_AsSsize_t(v, OverflowError)`: TypeError for a non-integer.
pub fn ssize(v: Value) -> R<i64> {
    match index_of(v)? {
        Some(i) => match fits(i.v()) {
            Some(n) => Ok(n),
            None => Err(raise(&OVERFLOW_ERROR, format!("cannot fit '{}' into an index-sized integer", v.ty().name))),
        },
        None => type_error(format!("'{}' object cannot be interpreted as an integer", v.ty().name)),
    }
}

/// The value of an int that fits an i64 (`None` for a bigger one).
pub fn fits(i: Value) -> Option<i64> {
    match krait_runtime::num::to_i64(i) {
        Ok(n) => n,
        Err(_) => {
            krait_runtime::exc::clear_current();
            None
        }
    }
}

/// `PyNumber_AsSsize_t(v, NULL)`: a huge integer is clamped to the i64 range.
pub fn ssize_clamped(v: Value) -> R<Option<i64>> {
    match index_of(v)? {
        Some(i) => match fits(i.v()) {
            Some(n) => Ok(Some(n)),
            None => {
                let neg = krait_runtime::ops::compare_bool(krait_abi::CmpOp::Lt, i.v(), Value::small(0))?;
                Ok(Some(if neg { i64::MIN } else { i64::MAX }))
            }
        },
        None => Ok(None),
    }
}

/// A TypeError with this message.
pub fn type_err<T>(msg: &str) -> R<T> {
    Err(raise(&TYPE_ERROR, msg))
}

/// The text of a str object.
pub fn text(v: &Obj) -> String {
    str_text(v.v()).to_string()
}

/// `repr(v)` as text.
pub fn repr_text(v: Value) -> R<String> {
    Ok(text(&krait_runtime::ops::repr(v)?))
}

/// The name of a type without its module (`_PyType_Name`).
pub fn short_type_name(v: Value) -> &'static str {
    let n = v.ty().name;
    n.rsplit('.').next().unwrap_or(n)
}

/// `Py_ReprEnter`/`Py_ReprLeave` (the runtime's guard).
pub use krait_runtime::dicts::with_repr_guard as repr_guard;

/// `PySequence_Fast(v, msg)`: the items of a list or tuple, or of any iterable; a
/// TypeError from `iter()` becomes `msg`.
pub fn sequence_fast(v: Value, msg: &str) -> R<Vec<Obj>> {
    use krait_runtime::ops;
    if as_list(v).is_some() || as_tuple(v).is_some() {
        return ops::collect(v);
    }
    let it = match ops::iter(v) {
        Ok(it) => it,
        Err(e) => {
            if krait_runtime::exc::current_is(&TYPE_ERROR) {
                return type_err(msg);
            }
            return Err(e);
        }
    };
    ops::collect(it.v())
}

/// The module attributes a file contributes.
pub type Attrs = Vec<(&'static str, Obj)>;

/// CPython's message for a method descriptor called on the wrong object.
pub fn wrong_self<T>(method: &str, cls: &str, v: Value) -> R<T> {
    type_error(format!("descriptor '{}' for '{}' objects doesn't apply to a '{}' object", method, cls, v.ty().name))
}

/// Native classes are made by the runtime's helpers (shared with its own classes).
pub use krait_runtime::native_obj::{new_class, property, with_methods, ClassSpec};
