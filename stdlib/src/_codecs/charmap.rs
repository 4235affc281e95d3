//! The charmap codec functions the table-driven `encodings` modules (cp1252,
//! koi8_r...) call: `charmap_decode` with a decoding table (a str of 256
//! characters) or any mapping, `charmap_encode` with the table `charmap_build`
//! makes or any mapping, and `charmap_build`.
//!
//! `charmap_build` returns a dict from code point to byte where CPython returns
//! an opaque `EncodingMap`; `charmap_encode` accepts both as mappings.

use super::{data_arg, errors_arg, pair, positional, str_arg};
use krait_runtime::builtin;
use krait_runtime::codecs::errors::{decode_error, encode_error, encode_exc, Replacement};
use krait_runtime::exc::{current_is, set_current, take_current, type_error};
use krait_runtime::bytes::{as_bytes, bytes_from};
use krait_runtime::objects::*;
use krait_runtime::ops;
use krait_runtime::types::LOOKUP_ERROR;
use krait_runtime::value::{Obj, Value, R};

const UNDEFINED: &str = "character maps to <undefined>";

/// `mapping[key]`, `None` when the mapping raises LookupError.
fn map_get(mapping: Value, key: i64) -> R<Option<Obj>> {
    let k = int_from_i64(key);
    match ops::getitem(mapping, k.v()) {
        Ok(v) => Ok(Some(v)),
        Err(e) => {
            if current_is(&LOOKUP_ERROR) {
                drop(take_current());
                Ok(None)
            } else {
                Err(e)
            }
        }
    }
}

/// What one byte decodes to through a mapping: `None` when undefined.
fn decode_byte(mapping: Value, table: Option<&[char]>, b: u8) -> R<Option<String>> {
    if let Some(t) = table {
        return Ok(t.get(b as usize).filter(|&&c| c != '\u{fffe}').map(|c| c.to_string()));
    }
    let Some(v) = map_get(mapping, b as i64)? else { return Ok(None) };
    let v = v.v();
    if is_none(v) {
        return Ok(None);
    }
    if krait_runtime::num::is_int(v) {
        let n = krait_runtime::num::to_i64(v).ok().flatten().unwrap_or(-1);
        if !(0..0x110000).contains(&n) {
            krait_runtime::exc::clear_current();
            return type_error("character mapping must be in range(0x110000)");
        }
        if n == 0xfffe {
            return Ok(None);
        }
        return match krait_runtime::strs::surrogates::char_of(n as u32) {
            Some(c) => Ok(Some(c.to_string())),
            None => Err(krait_runtime::codecs::errors::reserved_error()),
        };
    }
    match as_str(v) {
        Some(s) => Ok(Some(s.s.to_string())),
        None => type_error("character mapping must return integer, None or str"),
    }
}

// `charmap_decode(data, errors=None, mapping=None, /)`.
builtin!(charmap_decode, |a| {
    let p = positional(a, "charmap_decode", 1, 3)?;
    let data = data_arg(p[0])?;
    let errors = errors_arg(p, 1, "charmap_decode")?;
    let mapping = p.get(2).copied().filter(|m| !is_none(*m));
    let Some(mapping) = mapping else {
        return Ok(pair(str_from(krait_runtime::codecs::utf::latin1_decode(&data)), data.len()));
    };
    let table: Option<Vec<char>> = as_str(mapping).map(|s| s.s.chars().collect());
    let mut out = String::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        match decode_byte(mapping, table.as_deref(), data[i])? {
            Some(s) => {
                out.push_str(&s);
                i += 1;
            }
            None => {
                let (rep, next) = decode_error("charmap", &errors, &data, i, i + 1, UNDEFINED)?;
                out.push_str(&rep);
                i = next;
            }
        }
    }
    Ok(pair(str_from(out), data.len()))
});

/// What one character encodes to through a mapping: `None` when undefined.
fn encode_char(mapping: Value, c: char) -> R<Option<Vec<u8>>> {
    let Some(v) = map_get(mapping, krait_runtime::strs::surrogates::code_point(c) as i64)? else { return Ok(None) };
    let v = v.v();
    if is_none(v) {
        return Ok(None);
    }
    if krait_runtime::num::is_int(v) {
        let n = krait_runtime::num::to_i64(v).ok().flatten().unwrap_or(-1);
        if !(0..256).contains(&n) {
            krait_runtime::exc::clear_current();
            return type_error("character mapping must be in range(256)");
        }
        return Ok(Some(vec![n as u8]));
    }
    match as_bytes(v).filter(|_| v.ty().kind == krait_runtime::types::Kind::Bytes) {
        Some(b) => Ok(Some(b.to_vec())),
        None => type_error(format!("character mapping must return integer, bytes or None, not {}", ops::type_name(v))),
    }
}

// `charmap_encode(str, errors=None, mapping=None, /)`.
builtin!(charmap_encode, |a| {
    let p = positional(a, "charmap_encode", 1, 3)?;
    let s = str_arg(p[0], "charmap_encode", 1)?;
    let errors = errors_arg(p, 1, "charmap_encode")?;
    let mapping = p.get(2).copied().filter(|m| !is_none(*m));
    let text: Vec<char> = s.chars().collect();
    let Some(mapping) = mapping else {
        let out = krait_runtime::codecs::utf::ucs1_encode(s, &errors, 256)?;
        return Ok(pair(bytes_from(out), text.len()));
    };
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        if let Some(b) = encode_char(mapping, text[i])? {
            out.extend(b);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < text.len() && encode_char(mapping, text[end])?.is_none() {
            end += 1;
        }
        let (rep, next) = encode_error("charmap", &errors, &text, i, end, UNDEFINED)?;
        match rep {
            Replacement::Bytes(b) => out.extend(b),
            Replacement::Text(r) => {
                for c in r.chars() {
                    match encode_char(mapping, c)? {
                        Some(b) => out.extend(b),
                        None => return Err(set_current(encode_exc("charmap", &text, i, end, UNDEFINED))),
                    }
                }
            }
        }
        i = next;
    }
    Ok(pair(bytes_from(out), text.len()))
});

// `charmap_build(map, /)`: the encoding table of a decoding table.
builtin!(charmap_build, |a| {
    let v = crate::clinic::one_arg(a, "charmap_build")?;
    let s = str_arg(v, "charmap_build", 1)?;
    let d = dict_new();
    for (i, c) in s.chars().enumerate() {
        let k = int_from_i64(krait_runtime::strs::surrogates::code_point(c) as i64);
        let val = int_from_i64(i as i64);
        krait_runtime::dicts::dict_set(d.v(), k.v(), val.v())?;
    }
    Ok(d)
});

/// The module's charmap functions.
pub(super) const FUNCS: [(&str, krait_runtime::types::BuiltinFn); 3] =
    [("charmap_encode", charmap_encode), ("charmap_decode", charmap_decode), ("charmap_build", charmap_build)];
