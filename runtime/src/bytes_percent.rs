//! `%` formatting of `bytes` and `bytearray` (`b'%s %d' % (b'x', 1)`), through the
//! shared printf-style formatter in `format::percent`: bytes travel through it as
//! Latin-1 characters, `%s`/`%b` take bytes-like objects or `__bytes__`, `%r`/`%a` give
//! `ascii(repr(x))`, and `%c` takes a byte value or a one-byte string.

use crate::bytes::{buffer, bytes_from};
use crate::format::{self as fmt, FmtError, PctArg, PctMapping, PctNum};
use crate::objects::*;
use crate::ops;
use crate::types::*;
use crate::value::{Obj, Raised, Value, R};
use std::cell::Cell;

thread_local! {
    /// Set when a callback raised a Python exception, which is then the current one.
    static RAISED: Cell<bool> = const { Cell::new(false) };
}

/// The formatter's error standing for "a Python exception has been raised".
fn raised() -> FmtError {
    RAISED.with(|f| f.set(true));
    FmtError::Value(String::new())
}

fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

/// An argument of bytes formatting.
struct Arg(Value);

impl PctArg for Arg {
    fn type_name(&self) -> String {
        ops::type_name(self.0).to_string()
    }
    fn as_number(&self) -> Option<PctNum> {
        PctArg::as_number(&self.0)
    }
    fn to_str(&self) -> Result<String, FmtError> {
        let v = self.0;
        match buffer(v) {
            Ok(Some(b)) => return Ok(latin1(&b)),
            Ok(None) => {}
            Err(Raised) => return Err(raised()),
        }
        match crate::class::dunder(v, "__bytes__", &[]) {
            Ok(Some(r)) => match crate::bytes::as_bytes(r.v()) {
                Some(b) => Ok(latin1(b)),
                None => Err(FmtError::Type(format!("__bytes__ returned non-bytes (type {})", ops::type_name(r.v())))),
            },
            Ok(None) => Err(FmtError::Type(format!(
                "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                ops::type_name(v)
            ))),
            Err(Raised) => Err(raised()),
        }
    }
    fn to_repr(&self) -> Result<String, FmtError> {
        match ops::repr(self.0) {
            Ok(s) => Ok(str_text(s.v()).to_string()),
            Err(Raised) => Err(raised()),
        }
    }
    fn as_char(&self) -> Option<char> {
        let v = self.0;
        if !v.is_small() && matches!(v.ty().kind, Kind::Bytes | Kind::ByteArray) {
            if let Ok(Some(b)) = buffer(v) {
                if b.len() == 1 {
                    return Some(b[0] as char);
                }
            }
        }
        None
    }
}

/// An argument looked up in a mapping operand.
struct OwnedArg(Obj);

impl PctArg for OwnedArg {
    fn type_name(&self) -> String {
        Arg(self.0.v()).type_name()
    }
    fn as_number(&self) -> Option<PctNum> {
        Arg(self.0.v()).as_number()
    }
    fn to_str(&self) -> Result<String, FmtError> {
        Arg(self.0.v()).to_str()
    }
    fn to_repr(&self) -> Result<String, FmtError> {
        Arg(self.0.v()).to_repr()
    }
    fn as_char(&self) -> Option<char> {
        Arg(self.0.v()).as_char()
    }
}

/// The mapping operand: `%(key)s` looks up the bytes `key`.
struct Map(Value);

impl PctMapping for Map {
    fn get_item(&self, key: &str) -> Result<Box<dyn PctArg + '_>, FmtError> {
        let k = bytes_from(key.chars().map(|c| c as u32 as u8).collect::<Vec<u8>>());
        match ops::getitem(self.0, k.v()) {
            Ok(v) => Ok(Box::new(OwnedArg(v))),
            Err(Raised) => Err(raised()),
        }
    }
}

/// `f % args` for a bytes or bytearray `f`; the result has `f`'s type.
pub fn format(f: Value, args: Value) -> R<Obj> {
    let text = latin1(&buffer(f)?.unwrap_or_default());
    RAISED.with(|p| p.set(false));
    let r = if let Some(t) = as_tuple(args) {
        let items: Vec<Arg> = t.items.iter().map(|&v| Arg(v)).collect();
        let refs: Vec<&dyn PctArg> = items.iter().map(|a| a as &dyn PctArg).collect();
        fmt::percent_format_bytes(&text, &refs, None)
    } else if !args.is_small() && matches!(args.ty().kind, Kind::Dict | Kind::List | Kind::Range) {
        let whole = Arg(args);
        fmt::percent_format_bytes(&text, &[], Some((&whole, &Map(args))))
    } else {
        fmt::percent_format_bytes(&text, &[&Arg(args)], None)
    };
    match r {
        Ok(s) => {
            let out: Vec<u8> = s.chars().map(|c| c as u32 as u8).collect();
            Ok(crate::bytes_methods::make(f.ty().kind == Kind::ByteArray, out))
        }
        Err(e) => {
            if RAISED.with(|p| p.replace(false)) {
                Err(Raised)
            } else {
                Err(crate::num::fmt_error(e))
            }
        }
    }
}
