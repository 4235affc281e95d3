//! The `CodecInfo` of a builtin codec, as the `encodings` module that defines it in
//! CPython would return it: `codecs.CodecInfo(name, encode, decode, incremental
//! encoder and decoder, stream reader and writer)`, the classes subclassing those of
//! `codecs.py` with the methods the `encodings` modules give them (written here over
//! the `_codecs` functions, which the classes keep as `_krait_*` attributes).

use krait_runtime::builtin;
use krait_runtime::call::{call, Args};
use krait_runtime::codecs::Builtin;
use krait_runtime::exc::{raise, type_error};
use krait_runtime::objects::*;
use krait_runtime::ops::{self, getattr};
use krait_runtime::types::{LOOKUP_ERROR, UNICODE_ERROR};
use krait_runtime::value::{Obj, Value, R};

/// A module by name, if it has been imported.
fn module(name: &str) -> R<Obj> {
    krait_runtime::module::lookup(name).ok_or_else(|| raise(&LOOKUP_ERROR, format!("krait builds the builtin codecs from the {} module: import codecs first", name)))
}

fn call_args(f: Value, args: &[Value]) -> R<Obj> {
    call(f, &Args::positional(args))
}

/// `codecs.<class>.<method>(self, *args)`.
fn base(class: &str, method: &str, self_: Value, args: &[Value]) -> R<Obj> {
    let codecs = module("codecs")?;
    let cls = getattr(codecs.v(), class)?;
    let m = getattr(cls.v(), method)?;
    let mut all = vec![self_];
    all.extend_from_slice(args);
    call_args(m.v(), &all)
}

/// The first item of a codec function's result tuple.
fn first(r: Obj) -> R<Obj> {
    ops::getitem(r.v(), Value::small(0))
}

/// A method's arguments after `self`, bound to `names` (the first `min` required).
fn bind<'a>(a: &'a Args, fname: &str, names: &[&str], min: usize) -> R<(Value, Vec<Option<Value>>)> {
    let Some((&s, rest)) = a.pos.split_first() else {
        return type_error(format!("{}() missing 1 required positional argument: 'self'", fname));
    };
    let rest = Args { pos: rest, kwnames: a.kwnames, kwvals: a.kwvals };
    Ok((s, rest.bind(fname, names, min)?))
}

/// `self.errors`.
fn errors_of(s: Value) -> R<Obj> {
    getattr(s, "errors")
}

// `IncrementalEncoder.encode(self, input, final=False)`: `encode(input, self.errors)[0]`.
builtin!(inc_encode, |a| {
    let (s, b) = bind(a, "encode", &["input", "final"], 1)?;
    let f = getattr(s, "_krait_encode")?;
    first(call_args(f.v(), &[b[0].unwrap(), errors_of(s)?.v()])?)
});

// `IncrementalDecoder.decode(self, input, final=False)` of Latin-1 and ASCII.
builtin!(inc_decode, |a| {
    let (s, b) = bind(a, "decode", &["input", "final"], 1)?;
    let f = getattr(s, "_krait_decode")?;
    first(call_args(f.v(), &[b[0].unwrap(), errors_of(s)?.v()])?)
});

// `StreamReader.decode(self, input, errors='strict')` of the escape codecs: not final.
builtin!(reader_decode, |a| {
    let (s, b) = bind(a, "decode", &["input", "errors"], 1)?;
    let f = getattr(s, "_krait_decode")?;
    let errors = b[1].map_or_else(|| str_from("strict"), |v| v.to_owned());
    call_args(f.v(), &[b[0].unwrap(), errors.v(), bool_obj(false).v()])
});

/// The decoders with `final=True`, which `CodecInfo.decode` is for the codecs whose
/// decoder defaults to `final=False`.
macro_rules! final_decoder {
    ($id:ident, $codec:expr) => {
        builtin!($id, |a| {
            let b = a.bind("decode", &["input", "errors"], 1)?;
            let errors = b[1].map_or_else(|| str_from("strict"), |v| v.to_owned());
            super::decode_fn(&Args::positional(&[b[0].unwrap(), errors.v()]), "decode", $codec, true)
        });
    };
}
final_decoder!(utf_8_final, Builtin::Utf8);
final_decoder!(utf_16_final, Builtin::Utf16(0));
final_decoder!(utf_16_le_final, Builtin::Utf16(-1));
final_decoder!(utf_16_be_final, Builtin::Utf16(1));
final_decoder!(utf_32_final, Builtin::Utf32(0));
final_decoder!(utf_32_le_final, Builtin::Utf32(-1));
final_decoder!(utf_32_be_final, Builtin::Utf32(1));

// The UTF-16/UTF-32 classes, which write a BOM first and read one to pick the byte order.

builtin!(bom_enc_init, |a| {
    let (s, b) = bind(a, "__init__", &["errors"], 0)?;
    let errors = b[0].map_or_else(|| str_from("strict"), |v| v.to_owned());
    base("IncrementalEncoder", "__init__", s, &[errors.v()])?;
    ops::setattr(s, "encoder", none().v())?;
    Ok(none())
});

builtin!(bom_enc_encode, |a| {
    let (s, b) = bind(a, "encode", &["input", "final"], 1)?;
    let enc = getattr(s, "encoder")?;
    let errors = errors_of(s)?;
    if is_none(enc.v()) {
        let f = getattr(s, "_krait_encode")?;
        let r = first(call_args(f.v(), &[b[0].unwrap(), errors.v()])?)?;
        ops::setattr(s, "encoder", getattr(s, "_krait_native_encode")?.v())?;
        return Ok(r);
    }
    first(call_args(enc.v(), &[b[0].unwrap(), errors.v()])?)
});

builtin!(bom_enc_reset, |a| {
    let (s, _) = bind(a, "reset", &[], 0)?;
    base("IncrementalEncoder", "reset", s, &[])?;
    ops::setattr(s, "encoder", none().v())?;
    Ok(none())
});

builtin!(bom_enc_getstate, |a| {
    let (s, _) = bind(a, "getstate", &[], 0)?;
    Ok(int_from_i64(if is_none(getattr(s, "encoder")?.v()) { 2 } else { 0 }))
});

builtin!(bom_enc_setstate, |a| {
    let (s, b) = bind(a, "setstate", &["state"], 1)?;
    let v = if ops::truthy(b[0].unwrap())? { none() } else { getattr(s, "_krait_native_encode")? };
    ops::setattr(s, "encoder", v.v())?;
    Ok(none())
});

builtin!(bom_dec_init, |a| {
    let (s, b) = bind(a, "__init__", &["errors"], 0)?;
    let errors = b[0].map_or_else(|| str_from("strict"), |v| v.to_owned());
    base("BufferedIncrementalDecoder", "__init__", s, &[errors.v()])?;
    ops::setattr(s, "decoder", none().v())?;
    Ok(none())
});

/// Reads a BOM with the `ex` decoder: the result and the decoder for the rest, or
/// CPython's "UTF-16 stream does not start with BOM".
fn bom_decode(s: Value, input: Value, errors: Value, final_: Value) -> R<(Obj, Option<Obj>)> {
    let ex = getattr(s, "_krait_ex_decode")?;
    let r = call_args(ex.v(), &[input, errors, Value::small(0), final_])?;
    let t = as_tuple(r.v()).unwrap();
    let (out, consumed, bo) = (t.items[0], t.items[1], t.items[2].as_small());
    let dec = match bo {
        -1 => Some(getattr(s, "_krait_le_decode")?),
        1 => Some(getattr(s, "_krait_be_decode")?),
        _ => {
            let unit = getattr(s, "_krait_unit")?.v().as_small();
            if consumed.as_small() >= unit {
                return Err(raise(&UNICODE_ERROR, format!("UTF-{} stream does not start with BOM", unit * 8)));
            }
            None
        }
    };
    Ok((tuple_from(vec![out.to_owned().into_raw(), consumed.to_owned().into_raw()]), dec))
}

builtin!(bom_dec_buffer_decode, |a| {
    let (s, b) = bind(a, "_buffer_decode", &["input", "errors", "final"], 3)?;
    let dec = getattr(s, "decoder")?;
    if is_none(dec.v()) {
        let (r, d) = bom_decode(s, b[0].unwrap(), b[1].unwrap(), b[2].unwrap())?;
        if let Some(d) = d {
            ops::setattr(s, "decoder", d.v())?;
        }
        return Ok(r);
    }
    call_args(dec.v(), &[b[0].unwrap(), errors_of(s)?.v(), b[2].unwrap()])
});

builtin!(bom_dec_reset, |a| {
    let (s, _) = bind(a, "reset", &[], 0)?;
    base("BufferedIncrementalDecoder", "reset", s, &[])?;
    ops::setattr(s, "decoder", none().v())?;
    Ok(none())
});

builtin!(bom_dec_getstate, |a| {
    let (s, _) = bind(a, "getstate", &[], 0)?;
    let st = first(base("BufferedIncrementalDecoder", "getstate", s, &[])?)?;
    let dec = getattr(s, "decoder")?;
    let add = if is_none(dec.v()) {
        2
    } else {
        // 0: the platform's (little-endian) order, 1: the other.
        i64::from(dec.v() == getattr(s, "_krait_be_decode")?.v())
    };
    Ok(tuple_from(vec![st.into_raw(), int_from_i64(add).into_raw()]))
});

builtin!(bom_dec_setstate, |a| {
    let (s, b) = bind(a, "setstate", &["state"], 1)?;
    let state = b[0].unwrap();
    base("BufferedIncrementalDecoder", "setstate", s, &[state])?;
    let which = ops::getitem(state, Value::small(1))?;
    let d = if ops::eq(which.v(), Value::small(0))? {
        getattr(s, "_krait_le_decode")?
    } else if ops::eq(which.v(), Value::small(1))? {
        getattr(s, "_krait_be_decode")?
    } else {
        none()
    };
    ops::setattr(s, "decoder", d.v())?;
    Ok(none())
});

builtin!(bom_writer_init, |a| {
    let (s, b) = bind(a, "__init__", &["stream", "errors"], 1)?;
    let errors = b[1].map_or_else(|| str_from("strict"), |v| v.to_owned());
    base("StreamWriter", "__init__", s, &[b[0].unwrap(), errors.v()])?;
    ops::setattr(s, "encoder", none().v())?;
    Ok(none())
});

builtin!(bom_writer_reset, |a| {
    let (s, _) = bind(a, "reset", &[], 0)?;
    base("StreamWriter", "reset", s, &[])?;
    ops::setattr(s, "encoder", none().v())?;
    Ok(none())
});

builtin!(bom_writer_encode, |a| {
    let (s, b) = bind(a, "encode", &["input", "errors"], 1)?;
    let errors = b[1].map_or_else(|| str_from("strict"), |v| v.to_owned());
    let enc = getattr(s, "encoder")?;
    if is_none(enc.v()) {
        let f = getattr(s, "_krait_encode")?;
        let r = call_args(f.v(), &[b[0].unwrap(), errors.v()])?;
        ops::setattr(s, "encoder", getattr(s, "_krait_native_encode")?.v())?;
        return Ok(r);
    }
    call_args(enc.v(), &[b[0].unwrap(), errors.v()])
});

builtin!(bom_reader_reset, |a| {
    let (s, _) = bind(a, "reset", &[], 0)?;
    base("StreamReader", "reset", s, &[])?;
    if ops::delattr(s, "decode").is_err() {
        krait_runtime::exc::clear_current();
    }
    Ok(none())
});

builtin!(bom_reader_decode, |a| {
    let (s, b) = bind(a, "decode", &["input", "errors"], 1)?;
    let errors = b[1].map_or_else(|| str_from("strict"), |v| v.to_owned());
    let (r, d) = bom_decode(s, b[0].unwrap(), errors.v(), bool_obj(false).v())?;
    if let Some(d) = d {
        ops::setattr(s, "decode", d.v())?;
    }
    Ok(r)
});

/// Makes `class name(*bases)` in `module` with `attrs`.
fn class(name: &str, module: &str, bases: &[Value], attrs: &[(&str, Obj)]) -> R<Obj> {
    let ns = dict_new();
    let set = |k: &str, v: Value| krait_runtime::dicts::dict_set(ns.v(), str_from(k).v(), v);
    set("__module__", str_from(module).v())?;
    set("__qualname__", str_from(name).v())?;
    for (k, v) in attrs {
        set(k, v.v())?;
    }
    let bases = tuple_from(bases.iter().map(|&b| b.to_owned().into_raw()).collect::<Vec<Value>>());
    krait_runtime::class::new_class(&krait_runtime::types::TYPE_TYPE, str_from(name).v(), bases.v(), ns.v(), &Args::positional(&[]))
}

fn method(name: &'static str, f: krait_runtime::types::BuiltinFn) -> Obj {
    krait_runtime::native_obj::method(name, f)
}

/// The `CodecInfo` of a builtin codec.
pub fn build(codec: Builtin) -> R<Obj> {
    let codecs = module("codecs")?;
    let funcs = module("_codecs")?;
    let c = |n: &str| getattr(codecs.v(), n);
    let f = |n: &str| getattr(funcs.v(), n);
    let modname = codec.module();
    let (enc_name, dec_name) = match codec {
        Builtin::Utf8 => ("utf_8_encode", "utf_8_decode"),
        Builtin::Utf16(0) => ("utf_16_encode", "utf_16_decode"),
        Builtin::Utf16(-1) => ("utf_16_le_encode", "utf_16_le_decode"),
        Builtin::Utf16(_) => ("utf_16_be_encode", "utf_16_be_decode"),
        Builtin::Utf32(0) => ("utf_32_encode", "utf_32_decode"),
        Builtin::Utf32(-1) => ("utf_32_le_encode", "utf_32_le_decode"),
        Builtin::Utf32(_) => ("utf_32_be_encode", "utf_32_be_decode"),
        Builtin::Latin1 => ("latin_1_encode", "latin_1_decode"),
        Builtin::Ascii => ("ascii_encode", "ascii_decode"),
        Builtin::UnicodeEscape => ("unicode_escape_encode", "unicode_escape_decode"),
        Builtin::RawUnicodeEscape => ("raw_unicode_escape_encode", "raw_unicode_escape_decode"),
    };
    let (enc, dec) = (f(enc_name)?, f(dec_name)?);
    let codec_decode = match codec {
        Builtin::Utf8 => builtin_fn("decode", utf_8_final),
        Builtin::Utf16(0) => builtin_fn("decode", utf_16_final),
        Builtin::Utf16(-1) => builtin_fn("decode", utf_16_le_final),
        Builtin::Utf16(_) => builtin_fn("decode", utf_16_be_final),
        Builtin::Utf32(0) => builtin_fn("decode", utf_32_final),
        Builtin::Utf32(-1) => builtin_fn("decode", utf_32_le_final),
        Builtin::Utf32(_) => builtin_fn("decode", utf_32_be_final),
        _ => dec.to_owned(),
    };
    let kept = vec![("_krait_encode", enc.to_owned()), ("_krait_decode", dec.to_owned())];
    let (ie, id, sw, sr) = match codec {
        Builtin::Utf16(0) | Builtin::Utf32(0) => {
            let unit = if codec == Builtin::Utf16(0) { 2 } else { 4 };
            let p = if unit == 2 { "utf_16" } else { "utf_32" };
            let mut extra = kept.clone();
            extra.push(("_krait_native_encode", f(&format!("{}_le_encode", p))?));
            extra.push(("_krait_le_decode", f(&format!("{}_le_decode", p))?));
            extra.push(("_krait_be_decode", f(&format!("{}_be_decode", p))?));
            extra.push(("_krait_ex_decode", f(&format!("{}_ex_decode", p))?));
            extra.push(("_krait_unit", int_from_i64(unit)));
            let with = |ms: Vec<(&'static str, krait_runtime::types::BuiltinFn)>| -> Vec<(&str, Obj)> {
                let mut v = extra.clone();
                v.extend(ms.into_iter().map(|(n, m)| (n, method(n, m))));
                v
            };
            let ie = class("IncrementalEncoder", modname, &[c("IncrementalEncoder")?.v()], &with(vec![("__init__", bom_enc_init), ("encode", bom_enc_encode), ("reset", bom_enc_reset), ("getstate", bom_enc_getstate), ("setstate", bom_enc_setstate)]))?;
            let id = class("IncrementalDecoder", modname, &[c("BufferedIncrementalDecoder")?.v()], &with(vec![("__init__", bom_dec_init), ("_buffer_decode", bom_dec_buffer_decode), ("reset", bom_dec_reset), ("getstate", bom_dec_getstate), ("setstate", bom_dec_setstate)]))?;
            let sw = class("StreamWriter", modname, &[c("StreamWriter")?.v()], &with(vec![("__init__", bom_writer_init), ("reset", bom_writer_reset), ("encode", bom_writer_encode)]))?;
            let sr = class("StreamReader", modname, &[c("StreamReader")?.v()], &with(vec![("reset", bom_reader_reset), ("decode", bom_reader_decode)]))?;
            (ie, id, sw, sr)
        }
        Builtin::Latin1 | Builtin::Ascii => {
            let mut ie_attrs = kept.clone();
            ie_attrs.push(("encode", method("encode", inc_encode)));
            let ie = class("IncrementalEncoder", modname, &[c("IncrementalEncoder")?.v()], &ie_attrs)?;
            let mut id_attrs = kept.clone();
            id_attrs.push(("decode", method("decode", inc_decode)));
            let id = class("IncrementalDecoder", modname, &[c("IncrementalDecoder")?.v()], &id_attrs)?;
            let codec_cls = class("Codec", modname, &[c("Codec")?.v()], &[("encode", enc.to_owned()), ("decode", dec.to_owned())])?;
            let sw = class("StreamWriter", modname, &[codec_cls.v(), c("StreamWriter")?.v()], &[])?;
            let sr = class("StreamReader", modname, &[codec_cls.v(), c("StreamReader")?.v()], &[])?;
            (ie, id, sw, sr)
        }
        _ => {
            let mut ie_attrs = kept.clone();
            ie_attrs.push(("encode", method("encode", inc_encode)));
            let ie = class("IncrementalEncoder", modname, &[c("IncrementalEncoder")?.v()], &ie_attrs)?;
            let id = class("IncrementalDecoder", modname, &[c("BufferedIncrementalDecoder")?.v()], &[("_buffer_decode", dec.to_owned())])?;
            let sw = class("StreamWriter", modname, &[c("StreamWriter")?.v()], &[("encode", enc.to_owned())])?;
            let escape = matches!(codec, Builtin::UnicodeEscape | Builtin::RawUnicodeEscape);
            let sr_attrs: Vec<(&str, Obj)> = if escape {
                let mut v = kept.clone();
                v.push(("decode", method("decode", reader_decode)));
                v
            } else {
                vec![("decode", dec.to_owned())]
            };
            let sr = class("StreamReader", modname, &[c("StreamReader")?.v()], &sr_attrs)?;
            (ie, id, sw, sr)
        }
    };
    let info_cls = c("CodecInfo")?;
    let kwnames = [str_from("name"), str_from("encode"), str_from("decode"), str_from("incrementalencoder"), str_from("incrementaldecoder"), str_from("streamreader"), str_from("streamwriter")];
    let name = str_from(codec.name());
    let kwvals = [name.v(), enc.v(), codec_decode.v(), ie.v(), id.v(), sr.v(), sw.v()];
    let kwn: Vec<Value> = kwnames.iter().map(|k| k.v()).collect();
    call(info_cls.v(), &Args { pos: &[], kwnames: &kwn, kwvals: &kwvals })
}
