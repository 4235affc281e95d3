//! The builtin error handlers as functions (`codecs.lookup_error('replace')`,
//! `codecs.replace_errors`): each takes the Unicode error and returns
//! `(replacement, position)` or raises, as CPython's `*_errors` functions do.

use krait_runtime::builtin;
use krait_runtime::call::Args;
use krait_runtime::codecs::errors::{backslash, surrogateescape_decode, surrogateescape_encode, surrogatepass_decode, surrogatepass_encode};
use krait_runtime::exc::type_error;
use krait_runtime::bytes::as_bytes;
use krait_runtime::objects::*;
use krait_runtime::ops;
use krait_runtime::types::*;
use krait_runtime::value::{Obj, Value, R};

/// Which Unicode error an argument is.
#[derive(PartialEq, Clone, Copy)]
enum Kind {
    Encode,
    Decode,
    Translate,
}

/// The handler's one argument and its kind; TypeError for other objects.
fn exc_arg(a: &Args, fname: &str) -> R<(Value, Kind)> {
    let v = crate::clinic::one_arg(a, fname)?;
    let ty = v.ty();
    let kind = if krait_runtime::exc::as_exc(v).is_none() {
        None
    } else if ty.is_subtype(&UNICODE_ENCODE_ERROR) {
        Some(Kind::Encode)
    } else if ty.is_subtype(&UNICODE_DECODE_ERROR) {
        Some(Kind::Decode)
    } else if ty.is_subtype(&UNICODE_TRANSLATE_ERROR) {
        Some(Kind::Translate)
    } else {
        None
    };
    match kind {
        Some(k) => Ok((v, k)),
        None => cant_handle(v),
    }
}

fn cant_handle<T>(v: Value) -> R<T> {
    type_error(format!("don't know how to handle {} in error callback", ops::type_name(v)))
}

/// `exc.start` and `exc.end` as positions, clamped to the object as CPython's
/// `PyUnicode*Error_GetStart/End` do.
fn range(exc: Value) -> R<(usize, usize, Obj)> {
    let obj = ops::getattr(exc, "object")?;
    let len = match as_str(obj.v()) {
        Some(s) => s.s.chars().count() as i64,
        None => as_bytes(obj.v()).map_or(0, |b| b.len() as i64),
    };
    let get = |n: &str| -> R<i64> {
        let v = ops::getattr(exc, n)?;
        Ok(krait_runtime::num::to_i64(v.v())?.unwrap_or(i64::MAX))
    };
    let mut start = get("start")?;
    let mut end = get("end")?;
    if start < 0 {
        start = 0;
    }
    if start >= len {
        start = (len - 1).max(0);
    }
    if end < 1 {
        end = 1;
    }
    if end > len {
        end = len;
    }
    Ok((start as usize, end.max(start) as usize, obj))
}

fn result(rep: Obj, end: usize) -> Obj {
    tuple_from(vec![rep.into_raw(), int_from_i64(end as i64).into_raw()])
}

/// The characters `[start, end)` of a str.
fn chars_of(obj: &Obj, start: usize, end: usize) -> Vec<char> {
    as_str(obj.v()).map_or(Vec::new(), |s| s.s.chars().skip(start).take(end - start).collect())
}

builtin!(strict_errors, |a| {
    let v = crate::clinic::one_arg(a, "strict_errors")?;
    if krait_runtime::exc::as_exc(v).is_none() {
        return type_error("codec must pass exception instance");
    }
    krait_runtime::exc::raise_value(v)?;
    unreachable!()
});

builtin!(ignore_errors, |a| {
    let (v, _) = exc_arg(a, "ignore_errors")?;
    let end = ops::getattr(v, "end")?;
    Ok(tuple_from(vec![str_from("").into_raw(), end.into_raw()]))
});

builtin!(replace_errors, |a| {
    let (v, k) = exc_arg(a, "replace_errors")?;
    let (start, end, _) = range(v)?;
    let rep = match k {
        Kind::Encode => "?".repeat(end - start),
        Kind::Decode => "\u{fffd}".to_string(),
        Kind::Translate => "\u{fffd}".repeat(end - start),
    };
    Ok(result(str_from(rep), end))
});

builtin!(backslashreplace_errors, |a| {
    let (v, k) = exc_arg(a, "backslashreplace_errors")?;
    let (start, end, obj) = range(v)?;
    let rep: String = if k == Kind::Decode {
        as_bytes(obj.v()).map_or(String::new(), |b| b[start..end].iter().map(|b| format!("\\x{:02x}", b)).collect())
    } else {
        chars_of(&obj, start, end).into_iter().map(backslash).collect()
    };
    Ok(result(str_from(rep), end))
});

builtin!(xmlcharrefreplace_errors, |a| {
    let (v, k) = exc_arg(a, "xmlcharrefreplace_errors")?;
    if k != Kind::Encode {
        return cant_handle(v);
    }
    let (start, end, obj) = range(v)?;
    let rep: String = chars_of(&obj, start, end).into_iter().map(|c| format!("&#{};", krait_runtime::strs::surrogates::code_point(c))).collect();
    Ok(result(str_from(rep), end))
});

builtin!(namereplace_errors, |a| {
    let (v, k) = exc_arg(a, "namereplace_errors")?;
    if k != Kind::Encode {
        return cant_handle(v);
    }
    Err(krait_runtime::exc::raise(&NOT_IMPLEMENTED_ERROR, "the 'namereplace' error handler needs the Unicode character names, which krait does not have"))
});

/// `surrogateescape` and `surrogatepass`: on decoding, the surrogates the bytes stand
/// for; on encoding, the bytes of the surrogates; else the error itself is raised.
fn surrogate_handler(a: &Args, fname: &str, name: &str) -> R<Obj> {
    let (v, k) = exc_arg(a, fname)?;
    let escape = name == "surrogateescape";
    let done = match k {
        Kind::Decode => {
            let (start, end, obj) = range(v)?;
            let data = as_bytes(obj.v()).unwrap_or(&[]);
            let r = if escape {
                surrogateescape_decode(data, start, end)
            } else {
                let enc = ops::getattr(v, "encoding")?;
                surrogatepass_decode(as_str(enc.v()).map_or("", |s| &s.s), data, start)
            };
            r.map(|(text, next)| result(str_from(text), next))
        }
        Kind::Encode => {
            let (start, end, obj) = range(v)?;
            let run = chars_of(&obj, start, end);
            let r = if escape {
                surrogateescape_encode(&run)
            } else {
                let enc = ops::getattr(v, "encoding")?;
                surrogatepass_encode(as_str(enc.v()).map_or("", |s| &s.s), &run)
            };
            r.map(|b| result(krait_runtime::bytes::bytes_from(b), end))
        }
        Kind::Translate => return cant_handle(v),
    };
    match done {
        Some(r) => Ok(r),
        None => {
            krait_runtime::exc::raise_value(v)?;
            unreachable!()
        }
    }
}

builtin!(surrogateescape_errors, |a| surrogate_handler(a, "surrogateescape", "surrogateescape"));
builtin!(surrogatepass_errors, |a| surrogate_handler(a, "surrogatepass", "surrogatepass"));

/// The builtin handler function for a builtin handler name, with its `__name__`.
pub fn builtin_handler(name: &str) -> Option<(&'static str, krait_runtime::types::BuiltinFn)> {
    Some(match name {
        "strict" => ("strict_errors", strict_errors),
        "ignore" => ("ignore_errors", ignore_errors),
        "replace" => ("replace_errors", replace_errors),
        "xmlcharrefreplace" => ("xmlcharrefreplace_errors", xmlcharrefreplace_errors),
        "backslashreplace" => ("backslashreplace_errors", backslashreplace_errors),
        "namereplace" => ("namereplace_errors", namereplace_errors),
        "surrogateescape" => ("surrogateescape", surrogateescape_errors),
        "surrogatepass" => ("surrogatepass", surrogatepass_errors),
        _ => return None,
    })
}
