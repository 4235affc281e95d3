//! `SyntaxError` (and `IndentationError`, `TabError`) as CPython's `SyntaxError_init`
//! and `SyntaxError_str` make them: `SyntaxError(msg, (filename, lineno, offset, text
//! [, end_lineno, end_offset]))` gives the attributes `msg`, `filename`, `lineno`,
//! `offset`, `text`, `end_lineno`, `end_offset` (None when not given; an assigned value,
//! kept in the exception's dict, wins) and `print_file_and_line`; `str()` appends the
//! file's base name and the line.

use crate::exc::{type_error, ExcObj};
use crate::objects::*;
use crate::types::*;
use crate::value::{Obj, Value, R};

/// The attributes a SyntaxError has.
const FIELDS: [&str; 8] = ["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"];

/// Checks the details argument of `SyntaxError(msg, details)`: an iterable of 4 to 6
/// items. The exception keeps its arguments as given.
pub fn check_args(ty: &TypeObj, args: &[Value]) -> R<()> {
    if !ty.is_subtype(&SYNTAX_ERROR) || args.len() != 2 {
        return Ok(());
    }
    let n = crate::ops::collect(args[1])?.len();
    if n < 4 {
        return type_error(format!("function takes at least 4 arguments ({} given)", n));
    }
    if n > 6 {
        return type_error(format!("function takes at most 6 arguments ({} given)", n));
    }
    Ok(())
}

/// The value of one of the fields from the constructor's arguments.
fn from_args(e: &ExcObj, name: &str) -> R<Obj> {
    let args = as_tuple(e.args).map(|t| &t.items[..]).unwrap_or(&[]);
    if name == "msg" {
        return Ok(args.first().map_or_else(none, |&v| v.to_owned()));
    }
    if args.len() != 2 || name == "print_file_and_line" {
        return Ok(none());
    }
    let info = crate::ops::collect(args[1])?;
    let i = FIELDS.iter().position(|&f| f == name).unwrap() - 1;
    Ok(info.get(i).cloned().unwrap_or_else(none))
}

/// `exc.NAME` for a SyntaxError's fields; `Ok(None)` for other names or exceptions.
pub fn getattr(e: &ExcObj, ty: &TypeObj, name: &str) -> R<Option<Obj>> {
    if !ty.is_subtype(&SYNTAX_ERROR) || !FIELDS.contains(&name) {
        return Ok(None);
    }
    if !e.dict.is_null() {
        if let Some(v) = crate::dicts::dict_get(e.dict, str_from(name).v())? {
            return Ok(Some(v));
        }
    }
    from_args(e, name).map(Some)
}

/// `str(exc)` for a SyntaxError; `Ok(None)` for other exceptions.
pub fn exc_str(e: &ExcObj, ty: &TypeObj) -> R<Option<Obj>> {
    if !ty.is_subtype(&SYNTAX_ERROR) {
        return Ok(None);
    }
    let get = |n: &str| getattr(e, ty, n).map(|v| v.unwrap());
    let msg = crate::ops::str_of(get("msg")?.v())?;
    let filename = get("filename")?;
    let file = as_str(filename.v()).map(|s| s.s.rsplit('/').next().unwrap_or("").to_string());
    let lineno = get("lineno")?;
    let line = (std::ptr::eq(lineno.v().ty(), &INT_TYPE)).then(|| crate::ops::str_of(lineno.v())).transpose()?;
    let msg = str_text(msg.v());
    Ok(Some(str_from(match (file, line) {
        (Some(f), Some(l)) => format!("{} ({}, line {})", msg, f, str_text(l.v())),
        (Some(f), None) => format!("{} ({})", msg, f),
        (None, Some(l)) => format!("{} (line {})", msg, str_text(l.v())),
        (None, None) => return Ok(Some(crate::ops::str_of(get("msg")?.v())?)),
    })))
}
