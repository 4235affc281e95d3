//! The `binascii` module (CPython's `Modules/binascii.c`): conversions between
//! binary data and ASCII encodings (hex, base64, uuencode, quoted-printable) and the
//! CRC-32 and CRC-CCITT checksums, with CPython's `binascii.Error` messages.
//! `base64.py`, `quopri.py` and `uu.py` are written on top of it.
//!
//! The `a2b_*` functions take CPython's `ascii_buffer` argument (a bytes-like object
//! or a str of ASCII characters); the `b2a_*` functions take bytes-like objects only.
//! The quoted-printable codec is in `qp.rs`.

mod qp;

use crate::clinic::{check_positional, index, no_keywords, one_arg, unpack_keywords};
use krait_runtime::builtin;
use krait_runtime::call::Args;
use krait_runtime::exc::{raise, type_error, value_error};
use krait_runtime::objects::*;
use krait_runtime::types::{Kind, TypeObj};
use krait_runtime::value::{abi, Obj, Value, R};
use krait_runtime::{bytes, ops};
use std::cell::Cell;

thread_local! {
    /// `binascii.Error` and `binascii.Incomplete`, made with the module.
    static ERROR: Cell<Option<&'static TypeObj>> = const { Cell::new(None) };
}

/// A `binascii.Error` with this message.
fn error<T>(msg: impl Into<String>) -> R<T> {
    let t = ERROR.with(|e| e.get()).unwrap_or(&krait_runtime::types::VALUE_ERROR);
    Err(raise(t, msg))
}

/// CPython's `ascii_buffer` converter: a bytes-like object, or a str of ASCII
/// characters only.
pub(crate) fn ascii_buffer(v: Value) -> R<Vec<u8>> {
    if !v.is_small() && v.ty().kind == Kind::Str {
        let s = str_text(v);
        if !s.is_ascii() {
            return value_error("string argument should contain only ASCII characters");
        }
        return Ok(s.as_bytes().to_vec());
    }
    match bytes::buffer(v)? {
        Some(b) => Ok(b.into_owned()),
        None => type_error(format!("argument should be bytes, buffer or ASCII string, not '{}'", ops::type_name(v))),
    }
}

/// A bytes-like argument (`Py_buffer`): CPython's TypeError for anything else.
pub(crate) fn buffer(v: Value) -> R<Vec<u8>> {
    bytes::buffer_arg(v)
}

/// The `unsigned_int(bitwise=True)` converter: any integer, reduced modulo 2**32.
pub(crate) fn bitwise_u32(v: Value) -> R<u32> {
    let i = index(v)?;
    let big = krait_runtime::seq::int_to_big(i.v()).unwrap_or_default();
    let m: num_bigint::BigInt = big & num_bigint::BigInt::from(u32::MAX);
    Ok(num_traits::ToPrimitive::to_u32(&m).unwrap_or(0))
}

/// The truth of an optional boolean argument (`PyObject_IsTrue`).
pub(crate) fn flag(v: Option<Value>, default: bool) -> R<bool> {
    match v {
        Some(v) => ops::truthy(v),
        None => Ok(default),
    }
}

// ---- uuencode ----

fn a2b_uu_impl(data: &[u8]) -> R<Vec<u8>> {
    // The first character gives the length; an empty line reads CPython's trailing
    // NUL, which makes 32 bytes of zeros.
    let first = data.first().copied().unwrap_or(0);
    let mut bin_len = (first.wrapping_sub(b' ') & 0o77) as usize;
    let mut rest = if data.is_empty() { &data[..0] } else { &data[1..] };
    let mut out = Vec::with_capacity(bin_len);
    let (mut leftchar, mut leftbits) = (0u32, 0u32);
    while bin_len > 0 {
        let ch = match rest.first() {
            None | Some(b'\n') | Some(b'\r') => 0,
            Some(&c) => {
                if !(b' '..=b' ' + 64).contains(&c) {
                    return error("Illegal char");
                }
                (c - b' ') & 0o77
            }
        };
        if !rest.is_empty() {
            rest = &rest[1..];
        }
        leftchar = (leftchar << 6) | ch as u32;
        leftbits += 6;
        if leftbits >= 8 {
            leftbits -= 8;
            out.push((leftchar >> leftbits) as u8);
            leftchar &= (1 << leftbits) - 1;
            bin_len -= 1;
        }
    }
    // Whatever is left on the line must be padding or an end of line.
    if rest.iter().any(|&c| !matches!(c, b' ' | b'`' | b'\n' | b'\r')) {
        return error("Trailing garbage");
    }
    Ok(out)
}

fn b2a_uu_impl(data: &[u8], backtick: bool) -> R<Vec<u8>> {
    if data.len() > 45 {
        return error("At most 45 bytes at once");
    }
    let enc = |v: u32| if backtick && v == 0 { b'`' } else { b' ' + v as u8 };
    let mut out = vec![enc(data.len() as u32)];
    let (mut leftchar, mut leftbits) = (0u32, 0u32);
    let mut i = 0;
    while i < data.len() || leftbits != 0 {
        leftchar = (leftchar << 8) | data.get(i).copied().unwrap_or(0) as u32;
        leftbits += 8;
        i += 1;
        while leftbits >= 6 {
            leftbits -= 6;
            out.push(enc((leftchar >> leftbits) & 0x3f));
        }
        leftchar &= (1 << leftbits) - 1;
    }
    out.push(b'\n');
    Ok(out)
}

// ---- base64 ----

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b64_value(c: u8) -> Option<u8> {
    match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}

fn a2b_base64_impl(data: &[u8], strict: bool) -> R<Vec<u8>> {
    if strict && data.first() == Some(&b'=') {
        return error("Leading padding not allowed");
    }
    let mut out = Vec::with_capacity(data.len() / 4 * 3 + 3);
    let (mut quad_pos, mut leftchar, mut pads) = (0u32, 0u8, 0u32);
    let mut padding_started = false;
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            if quad_pos >= 2 {
                pads += 1;
                if quad_pos + pads >= 4 {
                    // A complete pad sequence ends the data.
                    if strict && i + 1 < data.len() {
                        return error("Excess data after padding");
                    }
                    return Ok(out);
                }
            }
            continue;
        }
        let Some(v) = b64_value(c) else {
            if strict {
                return error("Only base64 data is allowed");
            }
            continue;
        };
        if strict && padding_started {
            return error("Discontinuous padding not allowed");
        }
        pads = 0;
        match quad_pos {
            0 => {
                quad_pos = 1;
                leftchar = v;
            }
            1 => {
                quad_pos = 2;
                out.push((leftchar << 2) | (v >> 4));
                leftchar = v & 0x0f;
            }
            2 => {
                quad_pos = 3;
                out.push((leftchar << 4) | (v >> 2));
                leftchar = v & 0x03;
            }
            _ => {
                quad_pos = 0;
                out.push((leftchar << 6) | v);
                leftchar = 0;
            }
        }
    }
    match quad_pos {
        0 => Ok(out),
        1 => error(format!(
            "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4",
            out.len() / 3 * 4 + 1
        )),
        _ => error("Incorrect padding"),
    }
}

pub(crate) fn b2a_base64_impl(data: &[u8], newline: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let b = [chunk[0], chunk.get(1).copied().unwrap_or(0), chunk.get(2).copied().unwrap_or(0)];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(B64[((n >> (18 - 6 * k)) & 0x3f) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    if newline {
        out.push(b'\n');
    }
    out
}

// ---- hex ----

fn a2b_hex_impl(data: &[u8]) -> R<Vec<u8>> {
    if data.len() % 2 != 0 {
        return error("Odd-length string");
    }
    let digit = |c: u8| (c as char).to_digit(16);
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks(2) {
        match (digit(pair[0]), digit(pair[1])) {
            (Some(h), Some(l)) => out.push((h << 4 | l) as u8),
            _ => return error("Non-hexadecimal digit found"),
        }
    }
    Ok(out)
}

/// `b2a_hex`/`hexlify`: `bytes.hex` with the same `sep` and `bytes_per_sep` rules,
/// as bytes.
fn b2a_hex_impl(a: &Args, fname: &str) -> R<Obj> {
    let b = unpack_keywords(a, fname, &["data", "sep", "bytes_per_sep"], 0, 1, 3)?;
    let data = buffer(b[0].unwrap())?;
    let mut names = Vec::new();
    let mut vals = Vec::new();
    for (i, n) in ["sep", "bytes_per_sep"].iter().enumerate() {
        if let Some(v) = b[i + 1] {
            names.push(str_from(*n));
            vals.push(v);
        }
    }
    let kwnames: Vec<Value> = names.iter().map(|n| n.v()).collect();
    let s = krait_runtime::bytes_methods::hex(&data, &Args { pos: &[], kwnames: &kwnames, kwvals: &vals })?;
    Ok(bytes::bytes_from(str_text(s.v()).as_bytes().to_vec()))
}

// ---- CRCs ----

/// The CRC-CCITT (XMODEM) step of `crc_hqx`.
fn crc_hqx_impl(data: &[u8], mut crc: u32) -> u32 {
    crc &= 0xffff;
    for &c in data {
        crc ^= (c as u32) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 { (crc << 1) ^ 0x1021 } else { crc << 1 };
        }
        crc &= 0xffff;
    }
    crc
}

/// zlib's CRC-32 (shared with the `zlib` module).
pub(crate) fn crc32_of(data: &[u8], crc: u32) -> u32 {
    let mut c = crc as libc::c_ulong;
    // zlib's length argument is 32 bits wide; long data goes in pieces.
    for chunk in data.chunks(1 << 30) {
        c = unsafe { libz_rs_sys::crc32(c, chunk.as_ptr(), chunk.len() as u32) };
    }
    c as u32
}

// ---- the functions ----

builtin!(a2b_uu, |a| {
    let data = one_arg(a, "binascii.a2b_uu")?;
    Ok(bytes::bytes_from(a2b_uu_impl(&ascii_buffer(data)?)?))
});
builtin!(b2a_uu, |a| {
    let b = unpack_keywords(a, "b2a_uu", &["", "backtick"], 1, 1, 1)?;
    let data = buffer(b[0].unwrap())?;
    Ok(bytes::bytes_from(b2a_uu_impl(&data, flag(b[1], false)?)?))
});
builtin!(a2b_base64, |a| {
    let b = unpack_keywords(a, "a2b_base64", &["", "strict_mode"], 1, 1, 1)?;
    let data = ascii_buffer(b[0].unwrap())?;
    Ok(bytes::bytes_from(a2b_base64_impl(&data, flag(b[1], false)?)?))
});
builtin!(b2a_base64, |a| {
    let b = unpack_keywords(a, "b2a_base64", &["", "newline"], 1, 1, 1)?;
    let data = buffer(b[0].unwrap())?;
    Ok(bytes::bytes_from(b2a_base64_impl(&data, flag(b[1], true)?)))
});
builtin!(a2b_hex, |a| {
    let data = one_arg(a, "binascii.a2b_hex")?;
    Ok(bytes::bytes_from(a2b_hex_impl(&ascii_buffer(data)?)?))
});
builtin!(unhexlify, |a| {
    let data = one_arg(a, "binascii.unhexlify")?;
    Ok(bytes::bytes_from(a2b_hex_impl(&ascii_buffer(data)?)?))
});
builtin!(b2a_hex, |a| b2a_hex_impl(a, "b2a_hex"));
builtin!(hexlify, |a| b2a_hex_impl(a, "hexlify"));
builtin!(crc_hqx, |a| {
    no_keywords(a, "binascii.crc_hqx")?;
    check_positional(a, "crc_hqx", 2, 2)?;
    let data = buffer(a.pos[0])?;
    let crc = bitwise_u32(a.pos[1])?;
    Ok(int_from_i64(crc_hqx_impl(&data, crc) as i64))
});
builtin!(crc32, |a| {
    no_keywords(a, "binascii.crc32")?;
    check_positional(a, "crc32", 1, 2)?;
    let data = buffer(a.pos[0])?;
    let crc = match a.pos.get(1) {
        Some(&v) => bitwise_u32(v)?,
        None => 0,
    };
    Ok(int_from_i64(crc32_of(&data, crc) as i64))
});
builtin!(a2b_qp, |a| {
    let b = unpack_keywords(a, "a2b_qp", &["data", "header"], 0, 1, 2)?;
    let data = ascii_buffer(b[0].unwrap())?;
    Ok(bytes::bytes_from(qp::decode(&data, flag(b[1], false)?)))
});
builtin!(b2a_qp, |a| {
    let b = unpack_keywords(a, "b2a_qp", &["data", "quotetabs", "istext", "header"], 0, 1, 4)?;
    let data = buffer(b[0].unwrap())?;
    let (quotetabs, istext, header) = (flag(b[1], false)?, flag(b[2], true)?, flag(b[3], false)?);
    Ok(bytes::bytes_from(qp::encode(&data, quotetabs, istext, header)))
});

/// A new exception class `module.name` deriving from `base`.
pub(crate) fn new_exception(module: &str, name: &str, base: &'static TypeObj) -> R<Obj> {
    let ns = dict_new();
    krait_runtime::dicts::dict_set(ns.v(), str_from("__module__").v(), str_from(module).v())?;
    let bases = tuple_from(vec![base.as_value().to_owned().into_raw()]);
    krait_runtime::class::new_class(&krait_runtime::types::TYPE_TYPE, str_from(name).v(), bases.v(), ns.v(), &Args::positional(&[]))
}

fn make_module() -> R<Obj> {
    let err = new_exception("binascii", "Error", &krait_runtime::types::VALUE_ERROR)?;
    ERROR.with(|e| e.set(Some(unsafe { err.v().as_ref::<TypeObj>() })));
    let incomplete = new_exception("binascii", "Incomplete", &krait_runtime::types::EXCEPTION)?;
    krait_runtime::sysmod::new_module(
        "binascii",
        vec![
            ("__doc__", str_from("Conversion between binary data and ASCII")),
            ("Error", err),
            ("Incomplete", incomplete),
            ("a2b_base64", builtin_fn("a2b_base64", a2b_base64)),
            ("a2b_hex", builtin_fn("a2b_hex", a2b_hex)),
            ("a2b_qp", builtin_fn("a2b_qp", a2b_qp)),
            ("a2b_uu", builtin_fn("a2b_uu", a2b_uu)),
            ("b2a_base64", builtin_fn("b2a_base64", b2a_base64)),
            ("b2a_hex", builtin_fn("b2a_hex", b2a_hex)),
            ("b2a_qp", builtin_fn("b2a_qp", b2a_qp)),
            ("b2a_uu", builtin_fn("b2a_uu", b2a_uu)),
            ("crc32", builtin_fn("crc32", crc32)),
            ("crc_hqx", builtin_fn("crc_hqx", crc_hqx)),
            ("hexlify", builtin_fn("hexlify", hexlify)),
            ("unhexlify", builtin_fn("unhexlify", unhexlify)),
        ],
    )
}

/// `import binascii`.
#[no_mangle]
pub extern "C" fn krait_module_binascii() -> Value {
    abi(make_module())
}
