//! The codecs krait implements natively, and the codec registry, shared by
//! `str.encode`/`bytes.decode` (and `bytes(s, enc)`, `open`) and the `_codecs`
//! module of the standard library.
//!
//! The builtin codecs are those CPython's `encodings` package implements over
//! `_codecs` functions: UTF-8, UTF-16 and UTF-32 (with their `-le`/`-be` forms),
//! Latin-1, ASCII, `unicode_escape` and `raw_unicode_escape`, under every alias
//! `encodings.aliases` gives them. `str.encode` and `bytes.decode` use them
//! directly; for other names they ask the registry (`codecs.register`'s search
//! functions, with the cache `codecs.lookup` shares), as CPython does.

pub mod errors;
pub mod escape;
pub mod utf;

use crate::call::Args;
use crate::bytes::bytes_from;
use crate::exc::{raise, type_error};
use crate::objects::*;
use crate::types::*;
use crate::value::{Obj, Value, R};
use std::cell::RefCell;

/// A builtin codec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Builtin {
    Utf8,
    /// UTF-16 in a byte order (0: native with a BOM, -1: LE, 1: BE).
    Utf16(i32),
    Utf32(i32),
    Latin1,
    Ascii,
    UnicodeEscape,
    RawUnicodeEscape,
}

impl Builtin {
    /// The codec's name as `CodecInfo.name` gives it.
    pub fn name(self) -> &'static str {
        match self {
            Builtin::Utf8 => "utf-8",
            Builtin::Utf16(0) => "utf-16",
            Builtin::Utf16(-1) => "utf-16-le",
            Builtin::Utf16(_) => "utf-16-be",
            Builtin::Utf32(0) => "utf-32",
            Builtin::Utf32(-1) => "utf-32-le",
            Builtin::Utf32(_) => "utf-32-be",
            Builtin::Latin1 => "iso8859-1",
            Builtin::Ascii => "ascii",
            Builtin::UnicodeEscape => "unicode-escape",
            Builtin::RawUnicodeEscape => "raw-unicode-escape",
        }
    }

    /// The module of the `encodings` package that defines the codec in CPython.
    pub fn module(self) -> &'static str {
        match self {
            Builtin::Utf8 => "encodings.utf_8",
            Builtin::Utf16(0) => "encodings.utf_16",
            Builtin::Utf16(-1) => "encodings.utf_16_le",
            Builtin::Utf16(_) => "encodings.utf_16_be",
            Builtin::Utf32(0) => "encodings.utf_32",
            Builtin::Utf32(-1) => "encodings.utf_32_le",
            Builtin::Utf32(_) => "encodings.utf_32_be",
            Builtin::Latin1 => "encodings.latin_1",
            Builtin::Ascii => "encodings.ascii",
            Builtin::UnicodeEscape => "encodings.unicode_escape",
            Builtin::RawUnicodeEscape => "encodings.raw_unicode_escape",
        }
    }
}

/// The encoding-name normalisation of CPython's codec registry: ASCII letters
/// lowercased, every run of other characters but digits and `.` one `_`, none at
/// either end (non-ASCII characters count as punctuation).
pub fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut punct = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

/// The builtin codec a normalised name stands for, by `encodings.aliases` (the name
/// itself, or with `.` as `_`).
pub fn builtin(norm: &str) -> Option<Builtin> {
    let find = |n: &str| -> Option<Builtin> {
        Some(match n {
            "utf_8" | "u8" | "utf" | "utf8" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Builtin::Utf8,
            "utf_16" | "u16" | "utf16" => Builtin::Utf16(0),
            "utf_16_le" | "unicodelittleunmarked" | "utf_16le" => Builtin::Utf16(-1),
            "utf_16_be" | "unicodebigunmarked" | "utf_16be" => Builtin::Utf16(1),
            "utf_32" | "u32" | "utf32" => Builtin::Utf32(0),
            "utf_32_le" | "utf_32le" => Builtin::Utf32(-1),
            "utf_32_be" | "utf_32be" => Builtin::Utf32(1),
            "latin_1" | "8859" | "cp819" | "csisolatin1" | "ibm819" | "iso8859" | "iso8859_1" | "iso_8859_1" | "iso_8859_1_1987" | "iso_ir_100" | "l1" | "latin"
            | "latin1" => Builtin::Latin1,
            "ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367" | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6"
            | "us" | "us_ascii" => Builtin::Ascii,
            "unicode_escape" => Builtin::UnicodeEscape,
            "raw_unicode_escape" => Builtin::RawUnicodeEscape,
            _ => return None,
        })
    };
    find(norm).or_else(|| find(&norm.replace('.', "_")))
}

/// The file-system encoding (`os.fsencode`): UTF-8 with `surrogateescape`, so that a
/// name decoded from undecodable bytes encodes back to them.
pub fn fs_encode(s: &str) -> R<Vec<u8>> {
    utf::utf8_encode(s, "surrogateescape")
}

/// The file-system decoding (`os.fsdecode`) of a name, an argument or an environment
/// variable: UTF-8 with `surrogateescape`, which cannot fail.
pub fn fs_decode(b: &[u8]) -> String {
    match std::str::from_utf8(b) {
        Ok(s) if !crate::strs::surrogates::contains(s) => s.to_string(),
        _ => utf::utf8_decode(b, "surrogateescape", true).map(|r| r.0).unwrap_or_else(|_| String::from_utf8_lossy(b).into_owned()),
    }
}

/// Encodes text with a builtin codec.
pub fn encode_builtin(codec: Builtin, s: &str, errors: &str) -> R<Vec<u8>> {
    Ok(match codec {
        Builtin::Utf8 => utf::utf8_encode(s, errors)?,
        Builtin::Utf16(bo) => utf::utf16_32_encode(s, errors, 2, bo)?,
        Builtin::Utf32(bo) => utf::utf16_32_encode(s, errors, 4, bo)?,
        Builtin::Latin1 => utf::ucs1_encode(s, errors, 256)?,
        Builtin::Ascii => utf::ucs1_encode(s, errors, 128)?,
        Builtin::UnicodeEscape => escape::unicode_escape_encode(s),
        Builtin::RawUnicodeEscape => escape::raw_unicode_escape_encode(s),
    })
}

/// Decodes bytes with a builtin codec: the text and the bytes consumed (all of them
/// when `final_`).
pub fn decode_builtin(codec: Builtin, b: &[u8], errors: &str, final_: bool) -> R<(String, usize)> {
    match codec {
        Builtin::Utf8 => utf::utf8_decode(b, errors, final_),
        Builtin::Utf16(mut bo) => utf::utf16_decode(b, errors, &mut bo, final_),
        Builtin::Utf32(mut bo) => utf::utf32_decode(b, errors, &mut bo, final_),
        Builtin::Latin1 => Ok((utf::latin1_decode(b), b.len())),
        Builtin::Ascii => Ok((utf::ascii_decode(b, errors)?, b.len())),
        Builtin::UnicodeEscape => escape::unicode_escape_decode(b, errors, final_),
        Builtin::RawUnicodeEscape => escape::raw_unicode_escape_decode(b, errors, final_),
    }
}

thread_local! {
    /// `codecs.register`'s search functions, in registration order.
    static SEARCH: RefCell<Vec<Obj>> = const { RefCell::new(Vec::new()) };
    /// `codecs.lookup`'s cache: normalised name → CodecInfo.
    static CACHE: RefCell<Vec<(String, Obj)>> = const { RefCell::new(Vec::new()) };
}

/// `codecs.register(search_function)`.
pub fn register(f: Value) -> R<()> {
    if !crate::call::is_callable(f) {
        return type_error("argument must be callable");
    }
    SEARCH.with(|s| s.borrow_mut().push(f.to_owned()));
    Ok(())
}

/// `codecs.unregister(search_function)`: also empties the cache.
pub fn unregister(f: Value) {
    SEARCH.with(|s| {
        let mut s = s.borrow_mut();
        if let Some(i) = s.iter().position(|x| x.v() == f) {
            s.remove(i);
        }
    });
    CACHE.with(|c| c.borrow_mut().clear());
}

/// The cached CodecInfo of a normalised name.
pub fn cached(norm: &str) -> Option<Obj> {
    CACHE.with(|c| c.borrow().iter().find(|(n, _)| n == norm).map(|(_, v)| v.to_owned()))
}

/// Caches a CodecInfo under a normalised name.
pub fn cache(norm: &str, info: Value) {
    CACHE.with(|c| c.borrow_mut().push((norm.to_string(), info.to_owned())));
}

/// `codecs._forget_codec(name)`: drops a name from the cache.
pub fn forget(norm: &str) {
    CACHE.with(|c| c.borrow_mut().retain(|(n, _)| n != norm));
}

/// Asks the search functions about a normalised name (then caches the answer):
/// `Ok(None)` when none knows it. A result must be a tuple of 4 items.
pub fn search(norm: &str) -> R<Option<Obj>> {
    if let Some(c) = cached(norm) {
        return Ok(Some(c));
    }
    let funcs: Vec<Obj> = SEARCH.with(|s| s.borrow().iter().map(|f| f.to_owned()).collect());
    let name = str_from(norm);
    for f in funcs {
        let r = crate::call::call1(f.v(), name.v())?;
        if is_none(r.v()) {
            continue;
        }
        if as_tuple(r.v()).map_or(true, |t| t.items.len() != 4) {
            return type_error("codec search functions must return 4-tuples");
        }
        cache(norm, r.v());
        return Ok(Some(r));
    }
    Ok(None)
}

/// A registered codec for a text encoding (`_PyCodec_LookupTextEncoding`): the
/// CodecInfo, or LookupError when unknown or not a text encoding.
fn text_codec(encoding: &str, what: &str) -> R<Obj> {
    let Some(info) = search(&normalize(encoding))? else {
        return Err(raise(&LOOKUP_ERROR, format!("unknown encoding: {}", encoding)));
    };
    if let Ok(flag) = crate::ops::getattr(info.v(), "_is_text_encoding") {
        if !crate::ops::truthy(flag.v())? {
            return Err(raise(&LOOKUP_ERROR, format!("'{}' is not a text encoding; use codecs.{}() to handle arbitrary codecs", encoding, what)));
        }
    } else {
        crate::exc::clear_current();
    }
    Ok(info)
}

/// Calls a codec's encoder or decoder (`info[index]`) and returns the first item of
/// its result, which must be a 2-tuple.
fn call_codec(info: Value, index: usize, input: Value, errors: &str) -> R<Obj> {
    let f = crate::ops::getitem(info, Value::small(index as i64))?;
    let e = str_from(errors);
    let r = crate::call::call(f.v(), &Args::positional(&[input, e.v()]))?;
    match as_tuple(r.v()) {
        Some(t) if t.items.len() == 2 => Ok(t.items[0].to_owned()),
        _ => type_error(if index == 0 { "encoder must return a tuple (object, integer)" } else { "decoder must return a tuple (object,integer)" }),
    }
}

/// `str.encode(encoding, errors)`: a builtin codec, else a registered text encoding
/// whose encoder must return bytes.
pub fn encode_str(s: &str, encoding: &str, errors: &str) -> R<Vec<u8>> {
    if let Some(c) = builtin(&normalize(encoding)) {
        return encode_builtin(c, s, errors);
    }
    let info = text_codec(encoding, "encode")?;
    let text = str_from(s);
    let r = call_codec(info.v(), 0, text.v(), errors)?;
    match crate::bytes::buffer(r.v())? {
        Some(b) if matches!(r.v().ty().kind, Kind::Bytes | Kind::ByteArray) => Ok(b.into_owned()),
        _ => type_error(format!("'{}' encoder returned '{}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types", encoding, crate::ops::type_name(r.v()))),
    }
}

/// `bytes.decode(encoding, errors)`: a builtin codec, else a registered text encoding
/// whose decoder must return a str.
pub fn decode_bytes(b: &[u8], encoding: &str, errors: &str) -> R<Obj> {
    if let Some(c) = builtin(&normalize(encoding)) {
        return Ok(str_from(decode_builtin(c, b, errors, true)?.0));
    }
    let info = text_codec(encoding, "decode")?;
    let data = bytes_from(b.to_vec());
    let r = call_codec(info.v(), 1, data.v(), errors)?;
    if as_str(r.v()).is_none() {
        return type_error(format!("'{}' decoder returned '{}' instead of 'str'; use codecs.decode() to decode to arbitrary types", encoding, crate::ops::type_name(r.v())));
    }
    Ok(r)
}
