//! The `zlib` module (CPython's `Modules/zlibmodule.c`) over zlib-rs, a pure-Rust
//! zlib (through `libz-rs-sys`, its zlib-compatible API, so every option CPython
//! passes to zlib — levels, window bits for zlib/raw/gzip/automatic headers, memory
//! level, strategy, dictionaries, flush modes — means what it means in C): one-shot
//! `compress`/`decompress`, the streaming `Compress`/`Decompress` objects
//! (`objects.rs`), `crc32`, `adler32`, the constants and `zlib.error` with CPython's
//! messages (`Error -3 while decompressing data: incorrect header check`).

mod objects;
mod stream;

use crate::binascii::{bitwise_u32, crc32_of};
use crate::clinic::{c_int, check_positional, no_keywords, ssize, unpack_keywords};
use krait_runtime::builtin;
use krait_runtime::exc::{raise, value_error};
use krait_runtime::objects::*;
use krait_runtime::types::{TypeObj, MEMORY_ERROR};
use krait_runtime::value::{abi, Obj, Raised, Value, R};
use krait_runtime::bytes;
use libz_rs_sys as z;
use std::cell::Cell;
use stream::{Stream, DEF_BUF_SIZE};

/// The largest window (32 KiB), zlib's `MAX_WBITS`.
pub const MAX_WBITS: i32 = 15;

thread_local! {
    /// `zlib.error`, made with the module.
    static ERROR: Cell<Option<&'static TypeObj>> = const { Cell::new(None) };
}

/// A `zlib.error` with this message.
fn error(msg: impl Into<String>) -> Raised {
    let t = ERROR.with(|e| e.get()).unwrap_or(&krait_runtime::types::EXCEPTION);
    raise(t, msg)
}

/// CPython's `zlib_error`: "Error <code> <what>[: <zlib's message>]".
fn zlib_error(zs: &z::z_stream, err: i32, what: &str) -> Raised {
    let mut msg = if err == z::Z_VERSION_ERROR { Some("library version mismatch".to_string()) } else { None };
    if msg.is_none() && !zs.msg.is_null() {
        msg = Some(unsafe { std::ffi::CStr::from_ptr(zs.msg) }.to_string_lossy().into_owned());
    }
    if msg.is_none() {
        msg = match err {
            z::Z_BUF_ERROR => Some("incomplete or truncated stream".into()),
            z::Z_STREAM_ERROR => Some("inconsistent stream state".into()),
            z::Z_DATA_ERROR => Some("invalid input data".into()),
            _ => None,
        };
    }
    match msg {
        Some(m) => error(format!("Error {} {}: {}", err, what, m.chars().take(200).collect::<String>())),
        None => error(format!("Error {} {}", err, what)),
    }
}

/// A bytes-like argument.
fn data_arg(v: Value) -> R<Vec<u8>> {
    bytes::buffer_arg(v)
}

/// An optional `int` argument (`_PyLong_AsInt`).
fn int_arg(v: Option<Value>, default: i32) -> R<i32> {
    match v {
        Some(v) => c_int(v),
        None => Ok(default),
    }
}

/// `compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS)`.
fn compress(a: &krait_runtime::call::Args) -> R<Obj> {
    let b = unpack_keywords(a, "compress", &["", "level", "wbits"], 1, 1, 3)?;
    let data = data_arg(b[0].unwrap())?;
    let level = int_arg(b[1], z::Z_DEFAULT_COMPRESSION)?;
    let wbits = int_arg(b[2], MAX_WBITS)?;
    let mut s = match Stream::deflate(level, z::Z_DEFLATED, wbits, 8, z::Z_DEFAULT_STRATEGY) {
        Ok(s) => s,
        Err((z::Z_MEM_ERROR, _)) => return Err(raise(&MEMORY_ERROR, "Out of memory while compressing data")),
        Err((z::Z_STREAM_ERROR, _)) => return Err(error("Bad compression level")),
        Err((e, zs)) => return Err(zlib_error(&zs, e, "while compressing data")),
    };
    let (out, err, _) = s.pump(&data, z::Z_FINISH, DEF_BUF_SIZE, usize::MAX, None)?;
    if err != z::Z_STREAM_END {
        return Err(zlib_error(&s.z, err, "while compressing data"));
    }
    Ok(bytes::bytes_from(out))
}

/// `decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE)`.
fn decompress(a: &krait_runtime::call::Args) -> R<Obj> {
    let b = unpack_keywords(a, "decompress", &["", "wbits", "bufsize"], 1, 1, 3)?;
    let data = data_arg(b[0].unwrap())?;
    let wbits = int_arg(b[1], MAX_WBITS)?;
    let bufsize = match b[2] {
        Some(v) => ssize(v)?,
        None => DEF_BUF_SIZE as i64,
    };
    if bufsize < 0 {
        return value_error("bufsize must be non-negative");
    }
    let mut s = match Stream::inflate(wbits) {
        Ok(s) => s,
        Err((z::Z_MEM_ERROR, _)) => return Err(raise(&MEMORY_ERROR, "Out of memory while decompressing data")),
        Err((e, zs)) => return Err(zlib_error(&zs, e, "while preparing to decompress data")),
    };
    let (out, err, _) = s.pump(&data, z::Z_FINISH, bufsize.max(1) as usize, usize::MAX, None)?;
    if err == z::Z_MEM_ERROR {
        return Err(raise(&MEMORY_ERROR, "Out of memory while decompressing data"));
    }
    if err != z::Z_STREAM_END {
        return Err(zlib_error(&s.z, err, "while decompressing data"));
    }
    Ok(bytes::bytes_from(out))
}

builtin!(zlib_compress, compress);
builtin!(zlib_decompress, decompress);

// `adler32(data, value=1, /)`.
builtin!(zlib_adler32, |a| {
    no_keywords(a, "zlib.adler32")?;
    check_positional(a, "adler32", 1, 2)?;
    let data = data_arg(a.pos[0])?;
    let mut v = match a.pos.get(1) {
        Some(&x) => bitwise_u32(x)? as libc::c_ulong,
        None => 1,
    };
    for chunk in data.chunks(1 << 30) {
        v = unsafe { z::adler32(v, chunk.as_ptr(), chunk.len() as u32) };
    }
    Ok(int_from_i64(v as u32 as i64))
});

// `crc32(data, value=0, /)`.
builtin!(zlib_crc32, |a| {
    no_keywords(a, "zlib.crc32")?;
    check_positional(a, "crc32", 1, 2)?;
    let data = data_arg(a.pos[0])?;
    let v = match a.pos.get(1) {
        Some(&x) => bitwise_u32(x)?,
        None => 0,
    };
    Ok(int_from_i64(crc32_of(&data, v) as i64))
});

/// The version zlib-rs reports (`1.3.0-zlib-rs-<version>`).
fn version_text() -> String {
    unsafe { std::ffi::CStr::from_ptr(z::zlibVersion()) }.to_string_lossy().into_owned()
}

fn make_module() -> R<Obj> {
    let err = crate::binascii::new_exception("zlib", "error", &krait_runtime::types::EXCEPTION)?;
    ERROR.with(|e| e.set(Some(unsafe { err.v().as_ref::<TypeObj>() })));
    // The classes are not module attributes in CPython.
    objects::make_classes()?;
    let mut attrs: Vec<(&str, Obj)> = vec![
        ("__doc__", str_from(DOC)),
        ("error", err),
        ("adler32", builtin_fn("adler32", zlib_adler32)),
        ("compress", builtin_fn("compress", zlib_compress)),
        ("compressobj", builtin_fn("compressobj", objects::COMPRESSOBJ)),
        ("crc32", builtin_fn("crc32", zlib_crc32)),
        ("decompress", builtin_fn("decompress", zlib_decompress)),
        ("decompressobj", builtin_fn("decompressobj", objects::DECOMPRESSOBJ)),
        ("ZLIB_VERSION", str_from(version_text())),
        ("ZLIB_RUNTIME_VERSION", str_from(version_text())),
    ];
    let consts: [(&str, i32); 20] = [
        ("MAX_WBITS", MAX_WBITS),
        ("DEFLATED", z::Z_DEFLATED),
        ("DEF_MEM_LEVEL", 8),
        ("DEF_BUF_SIZE", DEF_BUF_SIZE as i32),
        ("Z_NO_COMPRESSION", z::Z_NO_COMPRESSION),
        ("Z_BEST_SPEED", z::Z_BEST_SPEED),
        ("Z_BEST_COMPRESSION", z::Z_BEST_COMPRESSION),
        ("Z_DEFAULT_COMPRESSION", z::Z_DEFAULT_COMPRESSION),
        ("Z_FILTERED", z::Z_FILTERED),
        ("Z_HUFFMAN_ONLY", z::Z_HUFFMAN_ONLY),
        ("Z_RLE", z::Z_RLE),
        ("Z_FIXED", z::Z_FIXED),
        ("Z_DEFAULT_STRATEGY", z::Z_DEFAULT_STRATEGY),
        ("Z_NO_FLUSH", z::Z_NO_FLUSH),
        ("Z_PARTIAL_FLUSH", z::Z_PARTIAL_FLUSH),
        ("Z_SYNC_FLUSH", z::Z_SYNC_FLUSH),
        ("Z_FULL_FLUSH", z::Z_FULL_FLUSH),
        ("Z_FINISH", z::Z_FINISH),
        ("Z_BLOCK", z::Z_BLOCK),
        ("Z_TREES", z::Z_TREES),
    ];
    for (k, v) in consts {
        attrs.push((k, int_from_i64(v as i64)));
    }
    krait_runtime::sysmod::new_module("zlib", attrs)
}

/// `import zlib`.
#[no_mangle]
pub extern "C" fn krait_module_zlib() -> Value {
    abi(make_module())
}

/// The module docstring (CPython's).
const DOC: &str = "The functions in this module allow compression and decompression using the
zlib library, which is based on GNU zip.

adler32(string[, start]) -- Compute an Adler-32 checksum.
compress(data[, level]) -- Compress data, with compression level 0-9 or -1.
compressobj([level[, ...]]) -- Return a compressor object.
crc32(string[, start]) -- Compute a CRC-32 checksum.
decompress(string,[wbits],[bufsize]) -- Decompresses a compressed string.
decompressobj([wbits[, zdict]]) -- Return a decompressor object.

'wbits' is window buffer size and container format.
Compressor objects support compress() and flush() methods; decompressor
objects support decompress() and flush().";
