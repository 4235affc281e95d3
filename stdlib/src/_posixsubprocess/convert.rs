//! The conversions `fork_exec` makes in the parent before forking, with CPython
//! 3.11's messages: `_Py_Uid_Converter` and `_Py_Gid_Converter`,
//! `_PySequence_BytesToCharpArray`, and `PyUnicode_FSConverter` (shared with `posix`).

use crate::clinic;
use crate::posix::args::fs_bytes;
use krait_runtime::exc::{raise, type_error, value_error};
use krait_runtime::objects::*;
use krait_runtime::ops;
use krait_runtime::types::{Kind, OVERFLOW_ERROR};
use krait_runtime::value::{Obj, Value, R};
use num_traits::ToPrimitive;
use std::ffi::CString;

/// `_Py_Uid_Converter` / `_Py_Gid_Converter` (`what` is "uid" or "gid"): -1 stands for
/// "unchanged"; other negative values and values past 32 bits are OverflowErrors.
pub fn id_t(v: Value, what: &str) -> R<u32> {
    let i = match krait_runtime::class::index_value(v) {
        _ if clinic::is_int(v) => v.to_owned(),
        Ok(Some(i)) => i,
        Ok(None) | Err(_) => {
            krait_runtime::exc::clear_current();
            return type_error(format!("{} should be integer, not {}", what, ops::type_name(v)));
        }
    };
    let big = krait_runtime::seq::int_to_big(i.v()).unwrap_or_default();
    let under = || Err(raise(&OVERFLOW_ERROR, format!("{} is less than minimum", what)));
    let over = || Err(raise(&OVERFLOW_ERROR, format!("{} is greater than maximum", what)));
    match big.to_i64() {
        Some(-1) => Ok(u32::MAX),
        // A value that fits a C long but not the 32-bit id is "truncated": less than minimum.
        Some(n) if n < 0 || n > u32::MAX as i64 => under(),
        Some(n) => Ok(n as u32),
        None if big.sign() == num_bigint::Sign::Minus => under(),
        None => over(),
    }
}

/// `PySequence_Size` then `PySequence_GetItem` for each index.
fn sequence_items(v: Value) -> R<Vec<Obj>> {
    if as_list(v).is_some() || as_tuple(v).is_some() {
        return ops::collect(v);
    }
    if !v.is_small() && v.ty().kind == Kind::Dict {
        return type_error(format!("{} is not a sequence", ops::type_name(v)));
    }
    let n = ops::len(v)?;
    (0..n).map(|i| ops::getitem(v, Value::small(i as i64))).collect()
}

/// `_PySequence_BytesToCharpArray`: a sequence of bytes objects as C strings.
pub fn bytes_array(v: Value) -> R<Vec<CString>> {
    let mut out = Vec::new();
    for item in sequence_items(v)? {
        let Some(b) = krait_runtime::bytes::as_bytes(item.v()) else {
            return type_error(format!("expected bytes, {} found", ops::type_name(item.v())));
        };
        match CString::new(b.to_vec()) {
            Ok(c) => out.push(c),
            Err(_) => return value_error("embedded null byte"),
        }
    }
    Ok(out)
}

/// `tuple(PyUnicode_FSConverter(arg) for arg in PySequence_Fast(args))`.
pub fn argv(v: Value) -> R<Vec<CString>> {
    crate::support::sequence_fast(v, "argv must be a tuple")?.iter().map(|a| fs_bytes(a.v())).collect()
}

/// `cwd`: None, or a path converted by `PyUnicode_FSConverter`.
pub fn cwd(v: Value) -> R<Option<CString>> {
    if is_none(v) {
        return Ok(None);
    }
    fs_bytes(v).map(Some)
}

/// The supplementary groups (`extra_groups`): a list of ints, at most `NGROUPS_MAX`.
pub fn groups(v: Value) -> R<Vec<libc::gid_t>> {
    const MAX_GROUPS: usize = 65536;
    let Some(l) = as_list(v) else { return type_error("setgroups argument must be a list") };
    if l.items.len() > MAX_GROUPS {
        return value_error("too many groups");
    }
    let items: Vec<Obj> = l.items.iter().map(|&x| x.to_owned()).collect();
    let mut out = Vec::with_capacity(items.len());
    for g in items {
        if !clinic::is_int(g.v()) {
            return type_error("groups must be integers");
        }
        match id_t(g.v(), "gid") {
            Ok(id) => out.push(id),
            Err(_) => {
                krait_runtime::exc::clear_current();
                return value_error("invalid group id");
            }
        }
    }
    Ok(out)
}

/// `pass_fds`: a tuple of increasing ints in the C int range, else "bad value(s) in
/// fds_to_keep".
pub fn fds_to_keep(v: Value) -> R<Vec<i32>> {
    let t = as_tuple(v).expect("checked by the caller");
    let mut out: Vec<i32> = Vec::with_capacity(t.items.len());
    for &fd in t.items.iter() {
        let n = if clinic::is_int(fd) { clinic::as_i64(fd) } else { None };
        match n {
            Some(n) if n >= 0 && n <= i32::MAX as i64 && out.last().map_or(true, |&p| n > p as i64) => out.push(n as i32),
            _ => return value_error("bad value(s) in fds_to_keep"),
        }
    }
    Ok(out)
}
