//! `_io.IncrementalNewlineDecoder`: wraps a decoder (or none, for str input) and
//! translates `\r\n` and `\r` to `\n` when asked, holding back a final `\r` until the
//! next call says whether a `\n` follows; `newlines` reports the kinds seen.

use krait_runtime::call::Args;
use krait_runtime::exc::type_error;
use krait_runtime::iobase::split_self;
use krait_runtime::native_obj::{self, NativeState};
use krait_runtime::objects::*;
use krait_runtime::value::{Obj, Value, R};
use std::cell::RefCell;

/// The kinds of newline in `s`: 1 `\r`, 2 `\n`, 4 `\r\n`.
pub fn count_newlines(s: &str) -> u8 {
    let b = s.as_bytes();
    let mut seen = 0u8;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\r' if b.get(i + 1) == Some(&b'\n') => {
                seen |= 4;
                i += 1;
            }
            b'\r' => seen |= 1,
            b'\n' => seen |= 2,
            _ => {}
        }
        i += 1;
    }
    seen
}

pub use krait_runtime::filetext::newlines_value;

#[derive(Default)]
struct Decoder {
    init: bool,
    decoder: Option<Obj>,
    translate: bool,
    pendingcr: bool,
    seen: u8,
}

struct DecoderState(RefCell<Decoder>);
impl NativeState for DecoderState {
    fn traverse(&self, visit: &mut dyn FnMut(Value)) {
        if let Some(d) = &self.0.borrow().decoder {
            visit(d.v());
        }
    }
    fn clear(&self) {
        let d = self.0.borrow_mut().decoder.take();
        drop(d);
    }
}

pub fn new_state() -> Box<dyn NativeState> {
    Box::new(DecoderState(RefCell::new(Decoder::default())))
}

fn this<'a>(a: &Args<'a>, name: &str) -> R<(&'a RefCell<Decoder>, Args<'a>)> {
    let (o, rest) = split_self(a, "IncrementalNewlineDecoder", name)?;
    let Some(st) = native_obj::state::<DecoderState>(o) else {
        return crate::support::wrong_self(name, "_io.IncrementalNewlineDecoder", o);
    };
    if name != "__init__" && !st.0.borrow().init {
        return krait_runtime::exc::value_error("IncrementalNewlineDecoder.__init__() not called");
    }
    Ok((&st.0, rest))
}

/// The inner decoder (None when the input is str already).
fn inner(d: &RefCell<Decoder>) -> Option<Obj> {
    d.borrow().decoder.as_ref().map(|o| o.v().to_owned())
}

krait_runtime::builtin!(nd_init, |a| {
    let (d, r) = this(a, "__init__")?;
    let b = crate::clinic::unpack_keywords(&r, "IncrementalNewlineDecoder", &["decoder", "translate", "errors"], 0, 2, 3)?;
    let dec = b[0].unwrap();
    let translate = krait_runtime::ops::truthy(b[1].unwrap())?;
    *d.borrow_mut() = Decoder { init: true, decoder: (!is_none(dec)).then(|| dec.to_owned()), translate, pendingcr: false, seen: 0 };
    Ok(none())
});

krait_runtime::builtin!(nd_decode, |a| {
    let (d, r) = this(a, "decode")?;
    let b = crate::clinic::unpack_keywords(&r, "decode", &["input", "final"], 0, 1, 2)?;
    let input = b[0].unwrap();
    let fin = match b[1] {
        Some(v) => krait_runtime::ops::truthy(v)?,
        None => false,
    };
    let out = match inner(d) {
        Some(dec) => {
            let kw = [str_from("final")];
            let kwv = [bool_v(fin)];
            let names: Vec<Value> = kw.iter().map(|k| k.v()).collect();
            krait_runtime::ops::call_method(dec.v(), "decode", &Args { pos: &[input], kwnames: &names, kwvals: &kwv })?
        }
        None => input.to_owned(),
    };
    let Some(s) = as_str(out.v()) else {
        return type_error(format!("decoder should return a string result, not '{}'", krait_runtime::ops::type_name(out.v())));
    };
    let mut d = d.borrow_mut();
    let mut text = String::with_capacity(s.s.len() + 1);
    if d.pendingcr && (fin || !s.s.is_empty()) {
        text.push('\r');
        d.pendingcr = false;
    }
    text.push_str(&s.s);
    if !fin && text.ends_with('\r') {
        text.pop();
        d.pendingcr = true;
    }
    d.seen |= count_newlines(&text);
    if d.translate && text.contains('\r') {
        text = text.replace("\r\n", "\n").replace('\r', "\n");
    }
    Ok(str_from(text))
});

krait_runtime::builtin!(nd_getstate, |a| {
    let (d, r) = this(a, "getstate")?;
    crate::clinic::no_args(&r, "getstate")?;
    let pending = d.borrow().pendingcr as i64;
    let (buf, flag) = match inner(d) {
        Some(dec) => {
            let st = krait_runtime::iobase::call0(dec.v(), "getstate")?;
            let Some(t) = as_tuple(st.v()).filter(|t| t.items.len() == 2) else {
                return type_error("illegal decoder state");
            };
            let flag = crate::clinic::as_i64(t.items[1]).unwrap_or(0);
            (t.items[0].to_owned(), flag)
        }
        None => (krait_runtime::bytes::bytes_from(vec![]), 0),
    };
    let flag = (flag << 1) | pending;
    Ok(tuple_from(vec![buf.into_raw(), int_from_i64(flag).into_raw()]))
});

krait_runtime::builtin!(nd_setstate, |a| {
    let (d, r) = this(a, "setstate")?;
    let st = crate::clinic::one_arg(&r, "setstate")?;
    let Some(t) = as_tuple(st).filter(|t| t.items.len() == 2) else {
        return type_error("state argument must be a tuple");
    };
    let flag = crate::clinic::ssize(t.items[1])?;
    d.borrow_mut().pendingcr = flag & 1 != 0;
    if let Some(dec) = inner(d) {
        let s = tuple_from(vec![t.items[0].to_owned().into_raw(), int_from_i64(flag >> 1).into_raw()]);
        krait_runtime::iobase::call1(dec.v(), "setstate", s.v())?;
    }
    Ok(none())
});

krait_runtime::builtin!(nd_reset, |a| {
    let (d, r) = this(a, "reset")?;
    crate::clinic::no_args(&r, "reset")?;
    {
        let mut d = d.borrow_mut();
        d.seen = 0;
        d.pendingcr = false;
    }
    if let Some(dec) = inner(d) {
        krait_runtime::iobase::call0(dec.v(), "reset")?;
    }
    Ok(none())
});

krait_runtime::builtin!(nd_newlines, |a| {
    let (d, _) = this(a, "newlines")?;
    let seen = d.borrow().seen;
    Ok(newlines_value(seen))
});

/// The class attributes of `IncrementalNewlineDecoder`.
pub fn attrs() -> R<Vec<(&'static str, Obj)>> {
    let mut attrs = crate::support::with_methods(vec![
        ("__init__", nd_init),
        ("decode", nd_decode),
        ("getstate", nd_getstate),
        ("setstate", nd_setstate),
        ("reset", nd_reset),
    ]);
    attrs.push(("newlines", crate::support::property(builtin_fn("newlines", nd_newlines), None)?));
    attrs.push(("__doc__", str_from("Codec used when reading a file in universal newlines mode.")));
    Ok(attrs)
}
