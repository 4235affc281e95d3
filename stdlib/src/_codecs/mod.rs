//! The `_codecs` module (CPython's `Modules/_codecsmodule.c`): the codec registry
//! (`register`, `unregister`, `lookup`, `encode`, `decode`, `_forget_codec`), the
//! error handlers (`register_error`, `lookup_error` and the builtin handler
//! functions), and the codec functions the `encodings` modules call
//! (`utf_8_encode`, `utf_16_ex_decode`, `charmap_decode`...).
//!
//! The codecs themselves live in the runtime (`krait_runtime::codecs`), which
//! `str.encode` and `bytes.decode` use too, so the two agree.
//!
//! How `lookup` finds the builtin codecs. In CPython, `lookup('utf-8')` asks the
//! search function of the `encodings` package, which imports `encodings.utf_8` by
//! name at run time. krait compiles only the modules a program imports statically,
//! so that import would find nothing. Instead, `lookup` first normalises the name as
//! CPython does, looks in the cache, then recognises the builtin codecs (UTF-8,
//! UTF-16, UTF-32 and their -le/-be forms, Latin-1, ASCII, `unicode_escape`,
//! `raw_unicode_escape`, under all of `encodings.aliases`' names) and builds their
//! `CodecInfo` itself (`codecinfo.rs`): from `codecs.CodecInfo` and the classes of
//! `codecs.py`, with the methods the `encodings` modules define, written over the
//! functions of this module. This needs the `codecs` module, which is always
//! imported when these lookups happen (it imports `_codecs` first thing). Other
//! names go to the registered search functions, as in CPython; `encodings`' own
//! search function finds a codec module there only if the program imports it.

mod charmap;
mod codecinfo;

use crate::clinic::{check_positional, no_keywords, one_arg};
use krait_runtime::builtin;
use krait_runtime::call::Args;
use krait_runtime::codecs::{self as rc, errors as rerr, Builtin};
use krait_runtime::exc::{raise, type_error, value_error};
use krait_runtime::bytes::{as_bytes, bytes_from};
use krait_runtime::objects::*;
use krait_runtime::ops;
use krait_runtime::types::{LOOKUP_ERROR, TYPE_ERROR};
use krait_runtime::value::{abi, Obj, Value, R};

/// The positional arguments of a codec function (`fname(a, b, /)`), checked for
/// count and keywords.
fn positional<'a>(a: &'a Args, fname: &str, min: usize, max: usize) -> R<&'a [Value]> {
    no_keywords(a, fname)?;
    check_positional(a, fname, min, max)?;
    Ok(a.pos)
}

/// A `str` argument (the `U` converter).
fn str_arg<'a>(v: Value, fname: &str, n: usize) -> R<&'a str> {
    match as_str(v) {
        Some(s) => Ok(&s.s),
        None => type_error(format!("{}() argument {} must be str, not {}", fname, n, ops::arg_type_name(v))),
    }
}

/// A bytes-like argument (the `y*` converter).
fn data_arg(v: Value) -> R<Vec<u8>> {
    krait_runtime::bytes::buffer_arg(v)
}

/// The `errors` argument: a str or None (`strict`).
fn errors_arg(a: &[Value], i: usize, fname: &str) -> R<String> {
    match a.get(i) {
        None => Ok("strict".into()),
        Some(&v) if is_none(v) => Ok("strict".into()),
        Some(&v) => match as_str(v) {
            Some(s) => {
                if s.s.contains('\0') {
                    return value_error("embedded null character");
                }
                Ok(s.s.to_string())
            }
            None => type_error(format!("{}() argument {} must be str or None, not {}", fname, i + 1, ops::arg_type_name(v))),
        },
    }
}

/// An int argument such as `final` or `byteorder` (`_PyLong_AsInt`).
fn int_arg(a: &[Value], i: usize, default: i32) -> R<i32> {
    match a.get(i) {
        None => Ok(default),
        Some(&v) => crate::clinic::c_int(v),
    }
}

/// `(output, consumed)`.
fn pair(out: Obj, consumed: usize) -> Obj {
    tuple_from(vec![out.into_raw(), int_from_i64(consumed as i64).into_raw()])
}

/// The number of characters of a str.
fn nchars(s: &str) -> usize {
    s.chars().count()
}

/// An encoder of a builtin codec: `fname(str, errors=None, /)`.
fn encode_fn(a: &Args, fname: &str, codec: Builtin) -> R<Obj> {
    let p = positional(a, fname, 1, 2)?;
    let s = str_arg(p[0], fname, 1)?;
    let errors = errors_arg(p, 1, fname)?;
    let out = rc::encode_builtin(codec, s, &errors)?;
    Ok(pair(bytes_from(out), nchars(s)))
}

/// A decoder of a builtin codec: `fname(data, errors=None, final=default, /)`.
fn decode_fn(a: &Args, fname: &str, codec: Builtin, final_default: bool) -> R<Obj> {
    let p = positional(a, fname, 1, 3)?;
    let data = data_arg(p[0])?;
    let errors = errors_arg(p, 1, fname)?;
    let final_ = int_arg(p, 2, final_default as i32)? != 0;
    let (text, consumed) = rc::decode_builtin(codec, &data, &errors, final_)?;
    Ok(pair(str_from(text), consumed))
}

/// An encoder with a byte-order argument: `fname(str, errors=None, byteorder=0, /)`.
fn encode_ordered(a: &Args, fname: &str, unit: usize) -> R<Obj> {
    let p = positional(a, fname, 1, 3)?;
    let s = str_arg(p[0], fname, 1)?;
    let errors = errors_arg(p, 1, fname)?;
    let bo = int_arg(p, 2, 0)?;
    let bo = bo.signum();
    let out = rc::utf::utf16_32_encode(s, &errors, unit, bo)?;
    Ok(pair(bytes_from(out), nchars(s)))
}

/// `utf_16_ex_decode`/`utf_32_ex_decode(data, errors=None, byteorder=0, final=False, /)`:
/// `(str, consumed, byteorder)`.
fn ex_decode(a: &Args, fname: &str, unit: usize) -> R<Obj> {
    let p = positional(a, fname, 1, 4)?;
    let data = data_arg(p[0])?;
    let errors = errors_arg(p, 1, fname)?;
    let mut bo = int_arg(p, 2, 0)?.signum();
    let final_ = int_arg(p, 3, 0)? != 0;
    let (text, consumed) = if unit == 2 { rc::utf::utf16_decode(&data, &errors, &mut bo, final_)? } else { rc::utf::utf32_decode(&data, &errors, &mut bo, final_)? };
    Ok(tuple_from(vec![str_from(text).into_raw(), int_from_i64(consumed as i64).into_raw(), int_from_i64(bo as i64).into_raw()]))
}

macro_rules! codec_pair {
    ($enc:ident, $dec:ident, $ename:expr, $dname:expr, $codec:expr, $final:expr) => {
        builtin!($enc, |a| encode_fn(a, $ename, $codec));
        builtin!($dec, |a| decode_fn(a, $dname, $codec, $final));
    };
}

codec_pair!(utf_8_encode, utf_8_decode, "utf_8_encode", "utf_8_decode", Builtin::Utf8, false);
codec_pair!(utf_16_le_encode, utf_16_le_decode, "utf_16_le_encode", "utf_16_le_decode", Builtin::Utf16(-1), false);
codec_pair!(utf_16_be_encode, utf_16_be_decode, "utf_16_be_encode", "utf_16_be_decode", Builtin::Utf16(1), false);
codec_pair!(utf_32_le_encode, utf_32_le_decode, "utf_32_le_encode", "utf_32_le_decode", Builtin::Utf32(-1), false);
codec_pair!(utf_32_be_encode, utf_32_be_decode, "utf_32_be_encode", "utf_32_be_decode", Builtin::Utf32(1), false);
codec_pair!(unicode_escape_encode, unicode_escape_decode, "unicode_escape_encode", "unicode_escape_decode", Builtin::UnicodeEscape, true);
codec_pair!(raw_unicode_escape_encode, raw_unicode_escape_decode, "raw_unicode_escape_encode", "raw_unicode_escape_decode", Builtin::RawUnicodeEscape, true);
builtin!(latin_1_encode, |a| encode_fn(a, "latin_1_encode", Builtin::Latin1));
builtin!(latin_1_decode, |a| decode_fn(a, "latin_1_decode", Builtin::Latin1, true));
builtin!(ascii_encode, |a| encode_fn(a, "ascii_encode", Builtin::Ascii));
builtin!(ascii_decode, |a| decode_fn(a, "ascii_decode", Builtin::Ascii, true));
builtin!(utf_16_encode, |a| encode_ordered(a, "utf_16_encode", 2));
builtin!(utf_32_encode, |a| encode_ordered(a, "utf_32_encode", 4));
builtin!(utf_16_ex_decode, |a| ex_decode(a, "utf_16_ex_decode", 2));
builtin!(utf_32_ex_decode, |a| ex_decode(a, "utf_32_ex_decode", 4));
builtin!(utf_16_decode, |a| decode_fn(a, "utf_16_decode", Builtin::Utf16(0), false));
builtin!(utf_32_decode, |a| decode_fn(a, "utf_32_decode", Builtin::Utf32(0), false));

builtin!(utf_7_encode, |_a| Err(raise(&krait_runtime::types::NOT_IMPLEMENTED_ERROR, "krait does not implement the UTF-7 codec")));
builtin!(utf_7_decode, |_a| Err(raise(&krait_runtime::types::NOT_IMPLEMENTED_ERROR, "krait does not implement the UTF-7 codec")));

// `escape_encode(data, errors=None, /)`: bytes only.
builtin!(escape_encode, |a| {
    let p = positional(a, "escape_encode", 1, 2)?;
    let Some(b) = as_bytes(p[0]).filter(|_| p[0].ty().kind == krait_runtime::types::Kind::Bytes) else {
        return type_error(format!("escape_encode() argument 1 must be bytes, not {}", ops::arg_type_name(p[0])));
    };
    errors_arg(p, 1, "escape_encode")?;
    Ok(pair(bytes_from(rc::escape::escape_encode(b)), b.len()))
});

/// The `s*` converter: a str's UTF-8 bytes, or a bytes-like object's contents.
fn str_or_data(v: Value) -> R<Vec<u8>> {
    match as_str(v) {
        Some(s) => Ok(s.s.as_bytes().to_vec()),
        None => data_arg(v),
    }
}

// `escape_decode(data, errors=None, /)`.
builtin!(escape_decode, |a| {
    let p = positional(a, "escape_decode", 1, 2)?;
    let data = str_or_data(p[0])?;
    let errors = errors_arg(p, 1, "escape_decode")?;
    Ok(pair(bytes_from(rc::escape::escape_decode(&data, &errors)?), data.len()))
});

// `readbuffer_encode(data, errors=None, /)`.
builtin!(readbuffer_encode, |a| {
    let p = positional(a, "readbuffer_encode", 1, 2)?;
    let data = str_or_data(p[0])?;
    errors_arg(p, 1, "readbuffer_encode")?;
    let n = data.len();
    Ok(pair(bytes_from(data), n))
});

/// The encoding argument of `lookup`, `encode`, `decode`: a str without NULs.
fn encoding_arg<'a>(v: Value, fname: &str, n: usize) -> R<&'a str> {
    let s = match as_str(v) {
        Some(s) => &s.s,
        None if n == 0 => return type_error(format!("{}() argument must be str, not {}", fname, ops::arg_type_name(v))),
        None => return type_error(format!("{}() argument {} must be str, not {}", fname, n, ops::arg_type_name(v))),
    };
    if s.contains('\0') {
        return value_error("embedded null character");
    }
    Ok(s)
}

/// `_PyCodec_Lookup`: the cache, the builtin codecs, then the search functions.
pub fn lookup_codec(encoding: &str) -> R<Obj> {
    let norm = rc::normalize(encoding);
    if let Some(c) = rc::cached(&norm) {
        return Ok(c);
    }
    if let Some(b) = rc::builtin(&norm) {
        let info = codecinfo::build(b)?;
        rc::cache(&norm, info.v());
        return Ok(info);
    }
    match rc::search(&norm)? {
        Some(info) => Ok(info),
        None => Err(raise(&LOOKUP_ERROR, format!("unknown encoding: {}", encoding))),
    }
}

builtin!(lookup, |a| {
    let v = one_arg(a, "lookup")?;
    let enc = encoding_arg(v, "lookup", 0)?;
    lookup_codec(enc)
});

builtin!(register, |a| {
    let f = one_arg(a, "register")?;
    rc::register(f)?;
    Ok(none())
});

builtin!(unregister, |a| {
    let f = one_arg(a, "unregister")?;
    rc::unregister(f);
    Ok(none())
});

builtin!(forget_codec, |a| {
    let v = one_arg(a, "_forget_codec")?;
    let enc = encoding_arg(v, "_forget_codec", 0)?;
    rc::forget(&rc::normalize(enc));
    Ok(none())
});

/// Wraps an exception raised by a codec as CPython's `wrap_codec_error` does: an
/// exception of a plain builtin class (one made only of its arguments) becomes one
/// of the same class saying which codec failed, with the original as its cause.
fn wrap_codec_error(what: &str, encoding: &str) {
    let Some(exc) = krait_runtime::exc::take_current() else { return };
    let ty = exc.v().ty();
    use krait_runtime::types::*;
    let rich: [&TypeObj; 10] = [&UNICODE_ENCODE_ERROR, &UNICODE_DECODE_ERROR, &UNICODE_TRANSLATE_ERROR, &OS_ERROR, &IMPORT_ERROR, &SYNTAX_ERROR, &STOP_ITERATION, &SYSTEM_EXIT, &ATTRIBUTE_ERROR, &NAME_ERROR];
    let plain = !krait_runtime::class::is_heap(ty)
        && !rich.iter().any(|t| ty.is_subtype(t))
        && krait_runtime::exc::as_exc(exc.v()).is_some_and(|e| e.dict.is_null() && e.eg_excs.is_null());
    if !plain {
        let _ = krait_runtime::exc::restore_current(exc);
        return;
    }
    let msg = match ops::str_of(exc.v()) {
        Ok(s) => format!("{} with '{}' codec failed ({}: {})", what, encoding, ty.name, str_text(s.v())),
        Err(_) => {
            krait_runtime::exc::clear_current();
            let _ = krait_runtime::exc::restore_current(exc);
            return;
        }
    };
    let static_ty: &'static krait_runtime::types::TypeObj = unsafe { &*(ty as *const krait_runtime::types::TypeObj) };
    let new = krait_runtime::exc::new_exc(static_ty, tuple_from(vec![str_from(msg).into_raw()]));
    if let Some(e) = krait_runtime::exc::as_exc(new.v()) {
        e.cause = exc.v().to_owned().into_raw();
        e.suppress_context = true;
    }
    let _ = krait_runtime::exc::restore_current(new);
}

/// `encode(obj, encoding='utf-8', errors='strict')` and `decode(...)`: the codec's
/// encoder or decoder on any object.
fn convert(a: &Args, fname: &str, index: usize) -> R<Obj> {
    let b = crate::clinic::unpack_keywords(a, fname, &["obj", "encoding", "errors"], 0, 1, 3)?;
    let obj = b[0].unwrap();
    let encoding = match b[1] {
        Some(v) => encoding_arg(v, fname, 2)?.to_string(),
        None => "utf-8".into(),
    };
    let errors = match b[2] {
        Some(v) => encoding_arg(v, fname, 3)?.to_string(),
        None => "strict".into(),
    };
    let info = lookup_codec(&encoding)?;
    let f = ops::getitem(info.v(), Value::small(index as i64))?;
    let e = str_from(errors);
    let r = match krait_runtime::call::call(f.v(), &Args::positional(&[obj, e.v()])) {
        Ok(r) => r,
        Err(err) => {
            wrap_codec_error(if index == 0 { "encoding" } else { "decoding" }, &encoding);
            return Err(err);
        }
    };
    match as_tuple(r.v()) {
        Some(t) if t.items.len() == 2 => Ok(t.items[0].to_owned()),
        _ => Err(raise(&TYPE_ERROR, if index == 0 { "encoder must return a tuple (object, integer)" } else { "decoder must return a tuple (object,integer)" })),
    }
}

builtin!(encode, |a| convert(a, "encode", 0));
builtin!(decode, |a| convert(a, "decode", 1));

builtin!(register_error, |a| {
    let p = positional(a, "register_error", 2, 2)?;
    let name = str_arg(p[0], "register_error", 1)?;
    if !krait_runtime::call::is_callable(p[1]) {
        return type_error("handler must be callable");
    }
    rerr::register_error(name, p[1].to_owned());
    Ok(none())
});

builtin!(lookup_error, |a| {
    let v = one_arg(a, "lookup_error")?;
    let name = str_arg(v, "lookup_error", 1)?;
    if let Some(f) = rerr::registered(name) {
        return Ok(f);
    }
    match handlers::builtin_handler(name) {
        Some((fname, f)) => Ok(builtin_fn(fname, f)),
        None => Err(raise(&LOOKUP_ERROR, format!("unknown error handler name '{}'", name))),
    }
});

mod handlers;

/// `import _codecs`.
#[no_mangle]
pub extern "C" fn krait_module__codecs() -> Value {
    let f = builtin_fn;
    let attrs: Vec<(&str, Obj)> = vec![
        ("__doc__", none()),
        ("register", f("register", register)),
        ("unregister", f("unregister", unregister)),
        ("lookup", f("lookup", lookup)),
        ("encode", f("encode", encode)),
        ("decode", f("decode", decode)),
        ("_forget_codec", f("_forget_codec", forget_codec)),
        ("escape_encode", f("escape_encode", escape_encode)),
        ("escape_decode", f("escape_decode", escape_decode)),
        ("utf_7_encode", f("utf_7_encode", utf_7_encode)),
        ("utf_7_decode", f("utf_7_decode", utf_7_decode)),
        ("utf_8_encode", f("utf_8_encode", utf_8_encode)),
        ("utf_8_decode", f("utf_8_decode", utf_8_decode)),
        ("utf_16_encode", f("utf_16_encode", utf_16_encode)),
        ("utf_16_decode", f("utf_16_decode", utf_16_decode)),
        ("utf_16_le_encode", f("utf_16_le_encode", utf_16_le_encode)),
        ("utf_16_le_decode", f("utf_16_le_decode", utf_16_le_decode)),
        ("utf_16_be_encode", f("utf_16_be_encode", utf_16_be_encode)),
        ("utf_16_be_decode", f("utf_16_be_decode", utf_16_be_decode)),
        ("utf_16_ex_decode", f("utf_16_ex_decode", utf_16_ex_decode)),
        ("utf_32_encode", f("utf_32_encode", utf_32_encode)),
        ("utf_32_decode", f("utf_32_decode", utf_32_decode)),
        ("utf_32_le_encode", f("utf_32_le_encode", utf_32_le_encode)),
        ("utf_32_le_decode", f("utf_32_le_decode", utf_32_le_decode)),
        ("utf_32_be_encode", f("utf_32_be_encode", utf_32_be_encode)),
        ("utf_32_be_decode", f("utf_32_be_decode", utf_32_be_decode)),
        ("utf_32_ex_decode", f("utf_32_ex_decode", utf_32_ex_decode)),
        ("unicode_escape_encode", f("unicode_escape_encode", unicode_escape_encode)),
        ("unicode_escape_decode", f("unicode_escape_decode", unicode_escape_decode)),
        ("raw_unicode_escape_encode", f("raw_unicode_escape_encode", raw_unicode_escape_encode)),
        ("raw_unicode_escape_decode", f("raw_unicode_escape_decode", raw_unicode_escape_decode)),
        ("latin_1_encode", f("latin_1_encode", latin_1_encode)),
        ("latin_1_decode", f("latin_1_decode", latin_1_decode)),
        ("ascii_encode", f("ascii_encode", ascii_encode)),
        ("ascii_decode", f("ascii_decode", ascii_decode)),
        ("readbuffer_encode", f("readbuffer_encode", readbuffer_encode)),
        ("register_error", f("register_error", register_error)),
        ("lookup_error", f("lookup_error", lookup_error)),
    ];
    let mut attrs = attrs;
    for (n, func) in charmap::FUNCS {
        attrs.push((n, f(n, func)));
    }
    abi(krait_runtime::sysmod::new_module("_codecs", attrs))
}
