//! `bytes`: immutable byte strings — literals, `bytes(...)`, `str.encode`/`decode`
//! (UTF-8, ASCII, Latin-1), repr, comparison, hashing, indexing (ints), slicing,
//! iteration, `+`, `*`, `in`, and the common methods.

use crate::call::Args;
use crate::exc::{raise, type_error};
use crate::objects::*;
use crate::ops;
use crate::types::*;
use crate::value::{Header, Obj, Value, R};
use krait_abi::{BinOp, CmpOp};

#[repr(C)]
pub struct BytesObj {
    pub head: Header,
    pub b: Box<[u8]>,
}

pub fn as_bytes<'a>(v: Value) -> Option<&'a [u8]> {
    if !v.is_small() && !v.is_null() && v.ty().kind == Kind::Bytes {
        Some(&unsafe { v.as_ref::<BytesObj>() }.b)
    } else {
        None
    }
}

pub fn bytes_from(b: impl Into<Box<[u8]>>) -> Obj {
    Obj::from_box(Box::new(BytesObj { head: Header::new(&BYTES_TYPE), b: b.into() }))
}

/// A bytes constant (made immortal by the caller's module initialisation).
#[no_mangle]
pub unsafe extern "C" fn rt_const_bytes(p: *const u8, n: i64) -> Value {
    let b = std::slice::from_raw_parts(p, n as usize).to_vec();
    let o = bytes_from(b).into_raw();
    *(*o.header()).rc.0.get() = crate::value::RefCnt::IMMORTAL;
    o
}

/// `repr(b)`: CPython's quoting and escapes.
pub fn repr(v: Value) -> String {
    let b = as_bytes(v).unwrap();
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut s = String::from("b");
    s.push(quote);
    for &c in b {
        match c {
            b'\\' => s.push_str("\\\\"),
            b'\t' => s.push_str("\\t"),
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            c if c as char == quote => {
                s.push('\\');
                s.push(quote);
            }
            0x20..=0x7e => s.push(c as char),
            _ => s.push_str(&format!("\\x{:02x}", c)),
        }
    }
    s.push(quote);
    s
}

/// `hash(b)`: as `str` hashes its text, so `hash(b"a")` is consistent within a run.
pub fn hash(v: Value) -> i64 {
    let b = as_bytes(v).unwrap();
    let mut h: u64 = 0xcbf29ce484222325;
    for &c in b {
        h ^= c as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn compare(op: CmpOp, a: Value, b: Value) -> Option<bool> {
    let (x, y) = (as_bytes(a)?, as_bytes(b)?);
    Some(match op {
        CmpOp::Lt => x < y,
        CmpOp::Le => x <= y,
        CmpOp::Eq => x == y,
        CmpOp::Ne => x != y,
        CmpOp::Gt => x > y,
        CmpOp::Ge => x >= y,
    })
}

pub fn binary(op: BinOp, a: Value, b: Value) -> R<Option<Obj>> {
    match op {
        BinOp::Add => match (as_bytes(a), as_bytes(b)) {
            (Some(x), Some(y)) => Ok(Some(bytes_from([x, y].concat()))),
            (Some(_), None) => type_error(format!("can't concat {} to bytes", ops::type_name(b))),
            _ => Ok(None),
        },
        BinOp::Mul => {
            let (s, n) = match (as_bytes(a), as_bytes(b)) {
                (Some(x), None) => (x, b),
                (None, Some(y)) => (y, a),
                _ => return Ok(None),
            };
            match crate::num::to_i64(n) {
                Ok(Some(k)) => Ok(Some(bytes_from(s.repeat(k.max(0) as usize)))),
                _ => Ok(None),
            }
        }
        BinOp::Mod => type_error("bytes % formatting is not supported yet"),
        _ => Ok(None),
    }
}

pub fn getitem(o: Value, k: Value) -> R<Obj> {
    let b = as_bytes(o).unwrap();
    if let Some(s) = as_slice(k) {
        let (start, _stop, step, n) = crate::seq::slice_indices(s, b.len())?;
        let mut out = Vec::with_capacity(n);
        let mut i = start as i64;
        for _ in 0..n {
            out.push(b[i as usize]);
            i += step as i64;
        }
        return Ok(bytes_from(out));
    }
    match crate::seq::index_of(k, b.len()) {
        Ok(Some(i)) => Ok(int_from_i64(b[i] as i64)),
        Ok(None) => Err(raise(&INDEX_ERROR, "index out of range")),
        Err(e) => {
            if crate::exc::current_is(&TYPE_ERROR) {
                crate::exc::clear_current();
                return type_error(format!("byte indices must be integers or slices, not {}", ops::type_name(k)));
            }
            Err(e)
        }
    }
}

pub fn contains(o: Value, x: Value) -> R<bool> {
    let b = as_bytes(o).unwrap();
    if let Some(y) = as_bytes(x) {
        return Ok(y.is_empty() || b.windows(y.len()).any(|w| w == y));
    }
    match crate::num::to_i64(x) {
        Ok(Some(n)) if (0..256).contains(&n) => Ok(b.contains(&(n as u8))),
        Ok(Some(_)) => Err(raise(&VALUE_ERROR, "byte must be in range(0, 256)")),
        _ => type_error(format!("a bytes-like object is required, not '{}'", ops::type_name(x))),
    }
}

fn decode_bytes(b: &[u8], encoding: &str, errors: &str) -> R<Obj> {
    let enc = encoding.to_ascii_lowercase().replace('_', "-");
    match enc.as_str() {
        "utf-8" | "utf8" => match std::str::from_utf8(b) {
            Ok(s) => Ok(str_from(s)),
            Err(_) if errors == "replace" => Ok(str_from(String::from_utf8_lossy(b).into_owned())),
            Err(_) if errors == "ignore" => {
                let s: String = String::from_utf8_lossy(b).chars().filter(|&c| c != '\u{fffd}').collect();
                Ok(str_from(s))
            }
            Err(e) => {
                let pos = e.valid_up_to();
                Err(raise(&UNICODE_DECODE_ERROR, format!("'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte", b[pos], pos)))
            }
        },
        "ascii" | "us-ascii" => {
            if let Some(pos) = b.iter().position(|&c| c >= 0x80) {
                if errors == "ignore" {
                    return Ok(str_from(b.iter().filter(|&&c| c < 0x80).map(|&c| c as char).collect::<String>()));
                }
                if errors == "replace" {
                    return Ok(str_from(b.iter().map(|&c| if c < 0x80 { c as char } else { '\u{fffd}' }).collect::<String>()));
                }
                return Err(raise(&UNICODE_DECODE_ERROR, format!("'ascii' codec can't decode byte 0x{:02x} in position {}: ordinal not in range(128)", b[pos], pos)));
            }
            Ok(str_from(b.iter().map(|&c| c as char).collect::<String>()))
        }
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" => Ok(str_from(b.iter().map(|&c| c as char).collect::<String>())),
        _ => Err(raise(&LOOKUP_ERROR, format!("unknown encoding: {}", encoding))),
    }
}

/// `str.encode(encoding, errors)`.
pub fn encode(s: &str, encoding: &str, errors: &str) -> R<Obj> {
    let enc = encoding.to_ascii_lowercase().replace('_', "-");
    match enc.as_str() {
        "utf-8" | "utf8" => Ok(bytes_from(s.as_bytes().to_vec())),
        "ascii" | "us-ascii" | "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" => {
            let limit = if enc.contains("ascii") { 0x80 } else { 0x100 };
            let name = if enc.contains("ascii") { "ascii" } else { "latin-1" };
            let mut out = vec![];
            for (i, c) in s.chars().enumerate() {
                if (c as u32) < limit {
                    out.push(c as u32 as u8);
                } else if errors == "ignore" {
                } else if errors == "replace" {
                    out.push(b'?');
                } else {
                    let range = if limit == 0x80 { "range(128)" } else { "range(256)" };
                    return Err(raise(&UNICODE_ENCODE_ERROR, format!("'{}' codec can't encode character '\\x{:02x}' in position {}: ordinal not in {}", name, c as u32, i, range)));
                }
            }
            Ok(bytes_from(out))
        }
        _ => Err(raise(&LOOKUP_ERROR, format!("unknown encoding: {}", encoding))),
    }
}

fn str_arg<'a>(a: &'a Args, i: usize, name: &str, default: &'a str) -> R<&'a str> {
    match a.pos.get(i).copied().or_else(|| a.kw(name)) {
        None => Ok(default),
        Some(v) => match as_str(v) {
            Some(s) => Ok(unsafe { std::mem::transmute::<&str, &'a str>(&s.s) }),
            None => type_error(format!("decode() argument '{}' must be str, not {}", name, ops::type_name(v))),
        },
    }
}

fn bytes_arg(v: Value, what: &str) -> R<Vec<u8>> {
    match as_bytes(v) {
        Some(b) => Ok(b.to_vec()),
        None => type_error(format!("a bytes-like object is required, not '{}'", if what.is_empty() { ops::type_name(v) } else { what })),
    }
}

/// Methods of bytes.
pub fn call_method(o: Value, name: &str, a: &Args) -> R<Option<Obj>> {
    let b = as_bytes(o).unwrap();
    Ok(Some(match name {
        "decode" => {
            let enc = str_arg(a, 0, "encoding", "utf-8")?;
            let errors = str_arg(a, 1, "errors", "strict")?;
            decode_bytes(b, enc, errors)?
        }
        "hex" => str_from(b.iter().map(|c| format!("{:02x}", c)).collect::<String>()),
        "upper" => bytes_from(b.to_ascii_uppercase()),
        "lower" => bytes_from(b.to_ascii_lowercase()),
        "startswith" | "endswith" => {
            a.arity(name, 1, 1)?;
            let p = bytes_arg(a.pos[0], "")?;
            bool_obj(if name == "startswith" { b.starts_with(&p) } else { b.ends_with(&p) })
        }
        "find" | "index" | "count" => {
            a.arity(name, 1, 1)?;
            let p = match crate::num::to_i64(a.pos[0]) {
                Ok(Some(n)) => vec![n as u8],
                _ => bytes_arg(a.pos[0], "")?,
            };
            if name == "count" {
                if p.is_empty() {
                    return Ok(Some(int_from_i64(b.len() as i64 + 1)));
                }
                let (mut n, mut i) = (0, 0);
                while i + p.len() <= b.len() {
                    if b[i..i + p.len()] == p[..] {
                        n += 1;
                        i += p.len();
                    } else {
                        i += 1;
                    }
                }
                return Ok(Some(int_from_i64(n)));
            }
            let pos = if p.is_empty() { Some(0) } else { b.windows(p.len()).position(|w| w == &p[..]) };
            match pos {
                Some(i) => int_from_i64(i as i64),
                None if name == "find" => int_from_i64(-1),
                None => return Err(raise(&VALUE_ERROR, "subsection not found")),
            }
        }
        "strip" | "lstrip" | "rstrip" => {
            let ws: Vec<u8> = match a.pos.first() {
                Some(&v) if !is_none(v) => bytes_arg(v, "")?,
                _ => b" \t\n\r\x0b\x0c".to_vec(),
            };
            let mut s = 0;
            let mut e = b.len();
            if name != "rstrip" {
                while s < e && ws.contains(&b[s]) {
                    s += 1;
                }
            }
            if name != "lstrip" {
                while e > s && ws.contains(&b[e - 1]) {
                    e -= 1;
                }
            }
            bytes_from(b[s..e].to_vec())
        }
        "split" => {
            let parts: Vec<Value> = match a.pos.first() {
                Some(&sep) if !is_none(sep) => {
                    let sep = bytes_arg(sep, "")?;
                    if sep.is_empty() {
                        return Err(raise(&VALUE_ERROR, "empty separator"));
                    }
                    let mut out = vec![];
                    let mut start = 0;
                    let mut i = 0;
                    while i + sep.len() <= b.len() {
                        if b[i..i + sep.len()] == sep[..] {
                            out.push(bytes_from(b[start..i].to_vec()).into_raw());
                            i += sep.len();
                            start = i;
                        } else {
                            i += 1;
                        }
                    }
                    out.push(bytes_from(b[start..].to_vec()).into_raw());
                    out
                }
                _ => b.split(|c| b" \t\n\r\x0b\x0c".contains(c)).filter(|p| !p.is_empty()).map(|p| bytes_from(p.to_vec()).into_raw()).collect(),
            };
            list_from(parts)
        }
        "join" => {
            a.arity("join", 1, 1)?;
            let mut out = vec![];
            for (i, x) in ops::collect(a.pos[0])?.iter().enumerate() {
                if i > 0 {
                    out.extend_from_slice(b);
                }
                match as_bytes(x.v()) {
                    Some(y) => out.extend_from_slice(y),
                    None => return type_error(format!("sequence item {}: expected a bytes-like object, {} found", i, ops::type_name(x.v()))),
                }
            }
            bytes_from(out)
        }
        "replace" => {
            a.arity("replace", 2, 2)?;
            let (old, new) = (bytes_arg(a.pos[0], "")?, bytes_arg(a.pos[1], "")?);
            if old.is_empty() {
                return Ok(Some(o.to_owned()));
            }
            let mut out = vec![];
            let mut i = 0;
            while i < b.len() {
                if i + old.len() <= b.len() && b[i..i + old.len()] == old[..] {
                    out.extend_from_slice(&new);
                    i += old.len();
                } else {
                    out.push(b[i]);
                    i += 1;
                }
            }
            bytes_from(out)
        }
        "isdigit" => bool_obj(!b.is_empty() && b.iter().all(|c| c.is_ascii_digit())),
        "isalpha" => bool_obj(!b.is_empty() && b.iter().all(|c| c.is_ascii_alphabetic())),
        "isspace" => bool_obj(!b.is_empty() && b.iter().all(|c| b" \t\n\r\x0b\x0c".contains(c))),
        _ => return Ok(None),
    }))
}

/// `bytes()`, `bytes(n)`, `bytes(iterable of ints)`, `bytes(str, encoding)`.
pub unsafe extern "C" fn bytes_new(args: *const Value, nargs: i64, kwnames: Value) -> Value {
    let a = Args::from_abi(args, nargs, kwnames);
    crate::value::abi((|| {
        let Some(&x) = a.pos.first().or(a.kw("source").as_ref()) else {
            return Ok(bytes_from(Vec::new()));
        };
        if let Some(s) = as_str(x) {
            let enc = match a.pos.get(1).copied().or(a.kw("encoding")) {
                Some(e) => str_text(e).to_string(),
                None => return type_error("string argument without an encoding"),
            };
            let errors = a.pos.get(2).copied().or(a.kw("errors")).map(|e| str_text(e).to_string()).unwrap_or_else(|| "strict".into());
            return encode(&s.s, &enc, &errors);
        }
        if as_bytes(x).is_some() {
            return Ok(x.to_owned());
        }
        if let Ok(Some(n)) = crate::num::to_i64(x) {
            if n < 0 {
                return Err(raise(&VALUE_ERROR, "negative count"));
            }
            return Ok(bytes_from(vec![0u8; n as usize]));
        }
        let items = match ops::collect(x) {
            Ok(i) => i,
            Err(e) => {
                if crate::exc::current_is(&TYPE_ERROR) {
                    crate::exc::clear_current();
                    return type_error(format!("cannot convert '{}' object to bytes", ops::type_name(x)));
                }
                return Err(e);
            }
        };
        let mut out = Vec::with_capacity(items.len());
        for it in items {
            match crate::num::to_i64(it.v()) {
                Ok(Some(n)) if (0..256).contains(&n) => out.push(n as u8),
                Ok(Some(_)) => return Err(raise(&VALUE_ERROR, "bytes must be in range(0, 256)")),
                _ => return type_error(format!("'{}' object cannot be interpreted as an integer", ops::type_name(it.v()))),
            }
        }
        Ok(bytes_from(out))
    })())
}
