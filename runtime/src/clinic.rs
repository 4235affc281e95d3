//! Argument parsing shared by the native modules `_random`, `_bisect`, `_heapq` and
//! `_struct`, with the messages of CPython's Argument Clinic and `getargs.c`, and the
//! making of their native classes (`crate::native_obj`).

use crate::call::Args;
use crate::exc::{raise, type_error};
use crate::objects::*;
use crate::types::{Kind, OVERFLOW_ERROR};
use crate::value::{Value, R};
use crate::{class, ops, seq};

/// `_PyArg_NoKeywords`: "name() takes no keyword arguments".
pub fn no_keywords(a: &Args, name: &str) -> R<()> {
    if !a.kwnames.is_empty() {
        return type_error(format!("{}() takes no keyword arguments", name));
    }
    Ok(())
}

/// `_PyArg_CheckPositional`: "name expected 2 arguments, got 1".
pub fn check_positional(a: &Args, name: &str, min: usize, max: usize) -> R<()> {
    let n = a.pos.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        let at = if min == max { "" } else { "at least " };
        return type_error(format!("{} expected {}{} argument{}, got {}", name, at, min, plural(min), n));
    }
    if n > max {
        let at = if min == max { "" } else { "at most " };
        return type_error(format!("{} expected {}{} argument{}, got {}", name, at, max, plural(max), n));
    }
    Ok(())
}

/// A `METH_O` function's checks: no keywords, exactly one argument.
pub fn one_arg(a: &Args, qualname: &str) -> R<Value> {
    no_keywords(a, qualname)?;
    if a.pos.len() != 1 {
        return type_error(format!("{}() takes exactly one argument ({} given)", qualname, a.pos.len()));
    }
    Ok(a.pos[0])
}

/// A `METH_NOARGS` method's checks: "name() takes no arguments (1 given)".
pub fn no_args(a: &Args, qualname: &str) -> R<()> {
    no_keywords(a, qualname)?;
    if !a.pos.is_empty() {
        return type_error(format!("{}() takes no arguments ({} given)", qualname, a.pos.len()));
    }
    Ok(())
}

/// Argument Clinic's `_PyArg_UnpackKeywords`: binds positional and keyword arguments
/// to `names`, of which the first `posonly` are positional-only, the first `minpos`
/// required and the first `maxpos` accepted positionally (the rest keyword-only).
pub fn unpack_keywords(a: &Args, fname: &str, names: &[&str], posonly: usize, minpos: usize, maxpos: usize) -> R<Vec<Option<Value>>> {
    let (nargs, maxargs) = (a.pos.len(), names.len());
    let nkw = a.kwnames.len();
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    if nargs + nkw > maxargs {
        let kw = if nargs == 0 { "keyword " } else { "" };
        return type_error(format!("{}() takes at most {} {}argument{} ({} given)", fname, maxargs, kw, plural(maxargs), nargs + nkw));
    }
    if nargs > maxpos {
        if maxpos == 0 {
            return type_error(format!("{}() takes no positional arguments", fname));
        }
        let how = if minpos < maxpos { "at most" } else { "exactly" };
        return type_error(format!("{}() takes {} {} positional argument{} ({} given)", fname, how, maxpos, plural(maxpos), nargs));
    }
    let minposonly = posonly.min(minpos);
    if nargs < minposonly {
        let how = if minposonly < maxpos { "at least" } else { "exactly" };
        return type_error(format!("{}() takes {} {} positional argument{} ({} given)", fname, how, minposonly, plural(minposonly), nargs));
    }
    let mut out: Vec<Option<Value>> = vec![None; maxargs];
    for (i, v) in a.pos.iter().enumerate() {
        out[i] = Some(*v);
    }
    let mut left = nkw;
    for i in nargs.max(posonly)..maxargs {
        let found = if left > 0 { a.kw(names[i]) } else { None };
        match found {
            Some(v) => {
                out[i] = Some(v);
                left -= 1;
            }
            None if i < minpos => {
                return type_error(format!("{}() missing required argument '{}' (pos {})", fname, names[i], i + 1));
            }
            None => {}
        }
    }
    if left > 0 {
        for i in posonly..nargs {
            if a.kw(names[i]).is_some() {
                return type_error(format!("argument for {}() given by name ('{}') and position ({})", fname, names[i], i + 1));
            }
        }
        for k in a.kwnames {
            let k = str_text(*k);
            if !names[posonly..].contains(&k) {
                return type_error(format!("'{}' is an invalid keyword argument for {}()", k, fname));
            }
        }
    }
    Ok(out)
}

/// Is `v` an int (`PyLong_Check`: ints, bools and instances of int subclasses)?
pub fn is_int(v: Value) -> bool {
    seq::is_int(v)
}

/// `PyNumber_Index`: an int itself, `__index__` of other objects, TypeError otherwise.
pub fn index(v: Value) -> R<crate::value::Obj> {
    if is_int(v) {
        return Ok(v.to_owned());
    }
    if let Some(i) = class::index_value(v)? {
        return Ok(i);
    }
    type_error(format!("'{}' object cannot be interpreted as an integer", ops::type_name(v)))
}

/// The value of an int (or bool) as an `i64`, `None` when it does not fit (or `v` is
/// not an int).
pub fn as_i64(v: Value) -> Option<i64> {
    use num_traits::ToPrimitive;
    seq::int_to_big(v)?.to_i64()
}

/// The `n` converter (`Py_ssize_t` through `__index__`): TypeError for a non-integer,
/// OverflowError "Python int too large to convert to C ssize_t".
pub fn ssize(v: Value) -> R<i64> {
    let i = index(v)?;
    match as_i64(i.v()) {
        Some(n) => Ok(n),
        None => Err(raise(&OVERFLOW_ERROR, "Python int too large to convert to C ssize_t")),
    }
}

/// `_PyLong_AsInt` through `__index__` (the `i` converter of Argument Clinic).
pub fn c_int(v: Value) -> R<i32> {
    if !v.is_small() && v.ty().kind == Kind::Float {
        return type_error("'float' object cannot be interpreted as an integer");
    }
    let i = index(v)?;
    match as_i64(i.v()) {
        Some(n) if i32::try_from(n).is_ok() => Ok(n as i32),
        _ => Err(raise(&OVERFLOW_ERROR, "Python int too large to convert to C int")),
    }
}

/// Makes the native class `module.name` (named so in messages, as CPython's static
/// types are; `__name__` is `name`) with `attrs` in its dict.
pub fn native_class(module: &str, name: &str, attrs: Vec<(&str, crate::value::Obj)>, new: crate::native_obj::NewState) -> R<crate::value::Obj> {
    let ns = dict_new();
    let set = |k: &str, v: Value| crate::dicts::dict_set(ns.v(), str_from(k).v(), v);
    set("__module__", str_from(module).v())?;
    set("__qualname__", str_from(name).v())?;
    for (k, v) in &attrs {
        set(k, v.v())?;
    }
    let bases = tuple_from(vec![]);
    let full = str_from(format!("{}.{}", module, name));
    let meta = &crate::types::TYPE_TYPE;
    class::new_class_native(meta, full.v(), bases.v(), ns.v(), &Args::positional(&[]), Some(new))
}

/// The state of a native method's `self` (its first argument), with CPython's
/// messages when it is missing or of another class. `class` is the class's full name
/// (`_random.Random`).
pub fn self_state<'a, T: crate::native_obj::NativeState>(a: &Args, class: &str, method: &str) -> R<&'a T> {
    let Some(&s) = a.pos.first() else {
        let short = class.rsplit('.').next().unwrap_or(class);
        return type_error(format!("unbound method {}.{}() needs an argument", short, method));
    };
    match crate::native_obj::state::<T>(s) {
        Some(st) => Ok(st),
        None => type_error(format!("descriptor '{}' for '{}' objects doesn't apply to a '{}' object", method, class, ops::type_name(s))),
    }
}

/// The arguments after a method's `self`.
pub fn rest<'a>(a: &Args<'a>) -> Args<'a> {
    Args { pos: &a.pos[1..], kwnames: a.kwnames, kwvals: a.kwvals }
}
