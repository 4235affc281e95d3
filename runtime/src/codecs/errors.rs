//! Codec error handling: the `UnicodeEncodeError`/`UnicodeDecodeError`/
//! `UnicodeTranslateError` objects (their arguments, attributes and CPython's
//! messages), the registry of error handlers (`codecs.register_error`), and what
//! the codecs do at an error with each handler.
//!
//! The builtin handlers (`strict`, `ignore`, `replace`, `backslashreplace`,
//! `xmlcharrefreplace`, `namereplace`, `surrogateescape`, `surrogatepass`) are
//! handled inside the codecs, as CPython's fast paths do; any other name is looked
//! up in the registry when the first error happens, and the handler called with
//! the exception object. Lone surrogates are held as stand-ins (see
//! `strs::surrogates`), which the codecs treat as the surrogates they stand for.

use crate::bytes::{as_bytes, bytes_from};
use crate::exc::{raise, set_current, type_error, ExcObj};
use crate::strs::surrogates;
use crate::objects::*;
use crate::types::*;
use crate::value::{Obj, Raised, Value, R};
use std::cell::RefCell;

thread_local! {
    /// `codecs.register_error`'s table: name → handler.
    static HANDLERS: RefCell<Vec<(String, Obj)>> = const { RefCell::new(Vec::new()) };
}

/// The builtin error handler names, which `lookup_error` returns as functions.
pub const BUILTIN_HANDLERS: &[&str] =
    &["strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace", "surrogateescape", "surrogatepass"];

/// `codecs.register_error(name, handler)`.
pub fn register_error(name: &str, handler: Obj) {
    HANDLERS.with(|h| {
        let mut h = h.borrow_mut();
        match h.iter_mut().find(|(n, _)| n == name) {
            Some(slot) => slot.1 = handler,
            None => h.push((name.to_string(), handler)),
        }
    });
}

/// A handler registered under `name`, if any.
pub fn registered(name: &str) -> Option<Obj> {
    HANDLERS.with(|h| h.borrow().iter().find(|(n, _)| n == name).map(|(_, f)| f.to_owned()))
}

/// The handler registered under `name`, or CPython's LookupError.
pub fn lookup_handler(name: &str) -> R<Obj> {
    registered(name).ok_or_else(|| raise(&LOOKUP_ERROR, format!("unknown error handler name '{}'", name)))
}

/// `UnicodeDecodeError(encoding, object, start, end, reason)`.
pub fn decode_exc(enc: &str, data: &[u8], start: usize, end: usize, reason: &str) -> Obj {
    let args = vec![str_from(enc).into_raw(), bytes_from(data.to_vec()).into_raw(), int_from_i64(start as i64).into_raw(), int_from_i64(end as i64).into_raw(), str_from(reason).into_raw()];
    crate::exc::new_exc(&UNICODE_DECODE_ERROR, tuple_from(args))
}

/// `UnicodeEncodeError(encoding, object, start, end, reason)`.
pub fn encode_exc(enc: &str, text: &[char], start: usize, end: usize, reason: &str) -> Obj {
    let s: String = text.iter().collect();
    let args = vec![str_from(enc).into_raw(), str_from(s).into_raw(), int_from_i64(start as i64).into_raw(), int_from_i64(end as i64).into_raw(), str_from(reason).into_raw()];
    crate::exc::new_exc(&UNICODE_ENCODE_ERROR, tuple_from(args))
}

/// Is `t` one of the three Unicode error classes with structured arguments?
fn unicode_kind(t: &TypeObj) -> Option<u8> {
    if t.is_subtype(&UNICODE_ENCODE_ERROR) {
        Some(0)
    } else if t.is_subtype(&UNICODE_DECODE_ERROR) {
        Some(1)
    } else if t.is_subtype(&UNICODE_TRANSLATE_ERROR) {
        Some(2)
    } else {
        None
    }
}

/// The constructor's checks and conversions (`UnicodeDecodeError` keeps a bytes copy
/// of a bytes-like object); `Ok(None)` for the other exception classes.
pub fn construct(ty: &'static TypeObj, args: &[Value]) -> R<Option<Obj>> {
    let Some(kind) = unicode_kind(ty) else { return Ok(None) };
    let want = if kind == 2 { 4 } else { 5 };
    if args.len() != want {
        return type_error(format!("function takes exactly {} arguments ({} given)", want, args.len()));
    }
    let mut items: Vec<Value> = Vec::new();
    let mut n = 0;
    let mut check_str = |v: Value, items: &mut Vec<Value>| -> R<()> {
        n += 1;
        if as_str(v).is_none() {
            return type_error(format!("argument {} must be str, not {}", n, crate::ops::arg_type_name(v)));
        }
        items.push(v.to_owned().into_raw());
        Ok(())
    };
    let mut rest = args;
    if kind != 2 {
        check_str(rest[0], &mut items)?;
        rest = &rest[1..];
    }
    if kind == 1 {
        match crate::bytes::buffer(rest[0])? {
            Some(b) => items.push(bytes_from(b.into_owned()).into_raw()),
            None => return type_error(format!("a bytes-like object is required, not '{}'", crate::ops::type_name(rest[0]))),
        }
    } else {
        let pos = if kind == 0 { 2 } else { 1 };
        if as_str(rest[0]).is_none() {
            return type_error(format!("argument {} must be str, not {}", pos, crate::ops::arg_type_name(rest[0])));
        }
        items.push(rest[0].to_owned().into_raw());
    }
    for &v in &rest[1..3] {
        let i = crate::class::index_value(v)?;
        let iv = i.as_ref().map(|o| o.v()).unwrap_or(v);
        if !crate::num::is_int(iv) {
            return type_error(format!("'{}' object cannot be interpreted as an integer", crate::ops::type_name(v)));
        }
        items.push(iv.to_owned().into_raw());
    }
    if as_str(rest[3]).is_none() {
        return type_error(format!("argument {} must be str, not {}", want, crate::ops::arg_type_name(rest[3])));
    }
    items.push(rest[3].to_owned().into_raw());
    Ok(Some(crate::exc::new_exc(ty, tuple_from(items))))
}

/// The names of the structured fields, in argument order.
fn fields(kind: u8) -> &'static [&'static str] {
    if kind == 2 {
        &["object", "start", "end", "reason"]
    } else {
        &["encoding", "object", "start", "end", "reason"]
    }
}

/// `exc.encoding`, `exc.object`, `exc.start`, `exc.end`, `exc.reason`: an assigned
/// value (kept in the exception's dict), else the constructor's argument.
pub fn getattr(e: &ExcObj, ty: &TypeObj, name: &str) -> R<Option<Obj>> {
    let Some(kind) = unicode_kind(ty) else { return Ok(None) };
    let Some(i) = fields(kind).iter().position(|&f| f == name) else { return Ok(None) };
    if !e.dict.is_null() {
        if let Some(v) = crate::dicts::dict_get(e.dict, str_from(name).v())? {
            return Ok(Some(v));
        }
    }
    let args = as_tuple(e.args).map(|t| &t.items[..]).unwrap_or(&[]);
    if args.len() != fields(kind).len() {
        return Ok(Some(none()));
    }
    Ok(Some(args[i].to_owned()))
}

/// `str(exc)` for the Unicode errors: "'utf-8' codec can't decode byte 0xff in
/// position 0: invalid start byte" and the like; `Ok(None)` for other exceptions or
/// ones made without the structured arguments.
pub fn exc_str(e: &ExcObj, ty: &TypeObj) -> R<Option<Obj>> {
    let Some(kind) = unicode_kind(ty) else { return Ok(None) };
    let args_len = as_tuple(e.args).map_or(0, |t| t.items.len());
    if args_len != fields(kind).len() {
        return Ok(None);
    }
    let get = |e: &ExcObj, n: &str| getattr(e, ty, n).map(|v| v.unwrap());
    let object = get(e, "object")?;
    let start = crate::num::to_i64(get(e, "start")?.v())?.unwrap_or(0);
    let end = crate::num::to_i64(get(e, "end")?.v())?.unwrap_or(0);
    let reason = crate::ops::str_of(get(e, "reason")?.v())?;
    let reason = str_text(reason.v()).to_string();
    let encoding = if kind == 2 { String::new() } else { str_text(crate::ops::str_of(get(e, "encoding")?.v())?.v()).to_string() };
    let s = if kind == 1 {
        let Some(b) = as_bytes(object.v()) else { return Ok(Some(str_from(""))) };
        if start >= 0 && (start as usize) < b.len() && end == start + 1 {
            format!("'{}' codec can't decode byte 0x{:02x} in position {}: {}", encoding, b[start as usize], start, reason)
        } else {
            format!("'{}' codec can't decode bytes in position {}-{}: {}", encoding, start, end - 1, reason)
        }
    } else {
        let Some(t) = as_str(object.v()) else { return Ok(Some(str_from(""))) };
        let what = if kind == 0 { format!("'{}' codec can't encode", encoding) } else { "can't translate".to_string() };
        let n = t.s.chars().count() as i64;
        if start >= 0 && start < n && end == start + 1 {
            let c = surrogates::code_point(t.s.chars().nth(start as usize).unwrap());
            let esc = if c < 0x100 {
                format!("\\x{:02x}", c)
            } else if c < 0x10000 {
                format!("\\u{:04x}", c)
            } else {
                format!("\\U{:08x}", c)
            };
            format!("{} character '{}' in position {}: {}", what, esc, start, reason)
        } else {
            format!("{} characters in position {}-{}: {}", what, start, end - 1, reason)
        }
    };
    Ok(Some(str_from(s)))
}

/// The ValueError for a code point krait's str cannot hold (a decoder's result).
pub fn reserved_error() -> Raised {
    raise(&VALUE_ERROR, crate::strs::RESERVED_CHR)
}

/// The UTF codec (unit size in bytes, big-endian?) `surrogatepass` knows an encoding
/// name as, like CPython's `get_standard_encoding` (UTF-16/32 without an order are
/// the native, little-endian, forms).
fn standard_encoding(enc: &str) -> Option<(usize, bool)> {
    let n = enc.to_ascii_lowercase().replace('_', "-");
    Some(match n.as_str() {
        "utf-8" | "utf8" => (1, false),
        "utf-16" | "utf-16-le" | "utf-16le" => (2, false),
        "utf-16-be" | "utf-16be" => (2, true),
        "utf-32" | "utf-32-le" | "utf-32le" => (4, false),
        "utf-32-be" | "utf-32be" => (4, true),
        _ => return None,
    })
}

/// `surrogateescape` decoding at `data[start..end]`: each byte from 0x80 becomes the
/// surrogate U+DC80..U+DCFF, up to 4 of them and stopping at an ASCII byte; `None`
/// when the first byte is ASCII.
pub fn surrogateescape_decode(data: &[u8], start: usize, end: usize) -> Option<(String, usize)> {
    let n = data[start..end].iter().take(4).take_while(|&&b| b >= 128).count();
    if n == 0 {
        return None;
    }
    Some((data[start..start + n].iter().map(|&b| surrogates::escape_byte(b)).collect(), start + n))
}

/// `surrogatepass` decoding: the surrogate the encoding `enc` writes at `data[start..]`,
/// if it is one.
pub fn surrogatepass_decode(enc: &str, data: &[u8], start: usize) -> Option<(String, usize)> {
    let (unit, be) = standard_encoding(enc)?;
    let b = data.get(start..)?;
    let (cp, len) = match unit {
        1 if b.len() >= 3 && (b[0] & 0xF0) == 0xE0 && (b[1] & 0xC0) == 0x80 && (b[2] & 0xC0) == 0x80 => {
            (((b[0] as u32 & 0x0F) << 12) | ((b[1] as u32 & 0x3F) << 6) | (b[2] as u32 & 0x3F), 3)
        }
        2 if b.len() >= 2 => (if be { u16::from_be_bytes([b[0], b[1]]) } else { u16::from_le_bytes([b[0], b[1]]) } as u32, 2),
        4 if b.len() >= 4 => {
            let w = [b[0], b[1], b[2], b[3]];
            (if be { u32::from_be_bytes(w) } else { u32::from_le_bytes(w) }, 4)
        }
        _ => return None,
    };
    if !surrogates::is_surrogate(cp) {
        return None;
    }
    Some((surrogates::char_of(cp)?.to_string(), start + len))
}

/// `surrogateescape` encoding of a run of characters: their bytes, if every one is a
/// surrogate U+DC80..U+DCFF.
pub fn surrogateescape_encode(run: &[char]) -> Option<Vec<u8>> {
    run.iter().map(|&c| surrogates::escaped_byte(c)).collect()
}

/// `surrogatepass` encoding of a run of characters in the encoding `enc`, if every one
/// is a surrogate and `enc` a UTF codec.
pub fn surrogatepass_encode(enc: &str, run: &[char]) -> Option<Vec<u8>> {
    let (unit, be) = standard_encoding(enc)?;
    let mut out = Vec::with_capacity(run.len() * 4);
    for &c in run {
        let cp = surrogates::code_point(c);
        if !surrogates::is_surrogate(cp) {
            return None;
        }
        match (unit, be) {
            (1, _) => out.extend_from_slice(&surrogates::surrogate_utf8(cp)),
            (2, false) => out.extend_from_slice(&(cp as u16).to_le_bytes()),
            (2, true) => out.extend_from_slice(&(cp as u16).to_be_bytes()),
            (_, false) => out.extend_from_slice(&cp.to_le_bytes()),
            (_, true) => out.extend_from_slice(&cp.to_be_bytes()),
        }
    }
    Some(out)
}

/// What a decoder does at the bytes `data[start..end]`: the text to put in their
/// place and where to continue.
pub fn decode_error(enc: &str, errors: &str, data: &[u8], start: usize, end: usize, reason: &str) -> R<(String, usize)> {
    match errors {
        "strict" => Err(set_current(decode_exc(enc, data, start, end, reason))),
        "ignore" => Ok((String::new(), end)),
        "replace" => Ok(("\u{fffd}".into(), end)),
        "backslashreplace" => Ok((data[start..end].iter().map(|b| format!("\\x{:02x}", b)).collect(), end)),
        "surrogateescape" => match surrogateescape_decode(data, start, end) {
            Some(r) => Ok(r),
            None => Err(set_current(decode_exc(enc, data, start, end, reason))),
        },
        "surrogatepass" => match surrogatepass_decode(enc, data, start) {
            Some(r) => Ok(r),
            None => Err(set_current(decode_exc(enc, data, start, end, reason))),
        },
        "xmlcharrefreplace" | "namereplace" => type_error("don't know how to handle UnicodeDecodeError in error callback"),
        _ => {
            let h = lookup_handler(errors)?;
            let exc = decode_exc(enc, data, start, end, reason);
            let r = crate::call::call1(h.v(), exc.v())?;
            let bad = || type_error("decoding error handler must return (str, int) tuple");
            let Some(t) = as_tuple(r.v()) else { return bad() };
            if t.items.len() != 2 || as_str(t.items[0]).is_none() || !crate::num::is_int(t.items[1]) {
                return bad();
            }
            let pos = new_position(t.items[1], data.len())?;
            Ok((str_text(t.items[0]).to_string(), pos))
        }
    }
}

/// A position an error handler returned: negative counts from the end; IndexError
/// outside the input.
fn new_position(v: Value, len: usize) -> R<usize> {
    let p = crate::num::to_i64(v)?.unwrap_or(i64::MAX);
    let q = if p < 0 { p + len as i64 } else { p };
    if q < 0 || q > len as i64 {
        return Err(raise(&INDEX_ERROR, format!("position {} from error handler out of bounds", p)));
    }
    Ok(q as usize)
}

/// An encoding error handler's replacement: text (to be encoded by the codec, which
/// accepts only what it can encode) or bytes (used as they are).
pub enum Replacement {
    Text(String),
    Bytes(Vec<u8>),
}

/// What an encoder does at the characters `text[start..end]`, which it cannot
/// encode: the replacement and where to continue.
pub fn encode_error(enc: &str, errors: &str, text: &[char], start: usize, end: usize, reason: &str) -> R<(Replacement, usize)> {
    let run = &text[start..end];
    match errors {
        "strict" => Err(set_current(encode_exc(enc, text, start, end, reason))),
        "surrogateescape" => match surrogateescape_encode(run) {
            Some(b) => Ok((Replacement::Bytes(b), end)),
            None => Err(set_current(encode_exc(enc, text, start, end, reason))),
        },
        "surrogatepass" => match surrogatepass_encode(enc, run) {
            Some(b) => Ok((Replacement::Bytes(b), end)),
            None => Err(set_current(encode_exc(enc, text, start, end, reason))),
        },
        "ignore" => Ok((Replacement::Bytes(Vec::new()), end)),
        "replace" => Ok((Replacement::Text("?".repeat(run.len())), end)),
        "backslashreplace" => Ok((Replacement::Text(run.iter().map(|&c| backslash(c)).collect()), end)),
        "xmlcharrefreplace" => Ok((Replacement::Text(run.iter().map(|&c| format!("&#{};", surrogates::code_point(c))).collect()), end)),
        "namereplace" => Err(raise(&NOT_IMPLEMENTED_ERROR, "the 'namereplace' error handler needs the Unicode character names, which krait does not have")),
        _ => {
            let h = lookup_handler(errors)?;
            let exc = encode_exc(enc, text, start, end, reason);
            let r = crate::call::call1(h.v(), exc.v())?;
            let bad = || type_error("encoding error handler must return (str/bytes, int) tuple");
            let Some(t) = as_tuple(r.v()) else { return bad() };
            if t.items.len() != 2 || !crate::num::is_int(t.items[1]) {
                return bad();
            }
            let rep = if let Some(s) = as_str(t.items[0]) {
                Replacement::Text(s.s.to_string())
            } else if let Some(b) = as_bytes(t.items[0]) {
                Replacement::Bytes(b.to_vec())
            } else {
                return bad();
            };
            Ok((rep, new_position(t.items[1], text.len())?))
        }
    }
}

/// `\xhh`, `\uhhhh` or `\Uhhhhhhhh` for a character.
pub fn backslash(c: char) -> String {
    let n = surrogates::code_point(c);
    if n < 0x100 {
        format!("\\x{:02x}", n)
    } else if n < 0x10000 {
        format!("\\u{:04x}", n)
    } else {
        format!("\\U{:08x}", n)
    }
}

/// Encodes an error handler's text replacement with a codec that takes characters
/// below `limit` as single bytes (ASCII, Latin-1 and, for their ASCII replacements,
/// the UTF codecs): other characters raise the original error, as in CPython.
pub fn replacement_bytes(rep: Replacement, limit: u32, enc: &str, text: &[char], start: usize, end: usize, reason: &str) -> R<Vec<u8>> {
    match rep {
        Replacement::Bytes(b) => Ok(b),
        Replacement::Text(s) => {
            if s.chars().any(|c| c as u32 >= limit) {
                return Err(set_current(encode_exc(enc, text, start, end, reason)));
            }
            Ok(s.chars().map(|c| c as u32 as u8).collect())
        }
    }
}
