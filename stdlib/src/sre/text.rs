//! The subject of a match (`getstring` in CPython's sre.c): a str, indexed by code
//! point, or a bytes-like object, indexed by byte. ASCII text and bytes are matched
//! as bytes; other text as code points. Slices of the subject (groups, the pieces
//! `split`, `findall` and `sub` return) are made here.

use krait_runtime::exc::type_error;
use krait_runtime::objects::*;
use krait_runtime::types::Kind;
use krait_runtime::value::{Obj, Value, R};
use std::rc::Rc;

/// The characters of a subject.
pub enum Chars {
    /// Bytes, or ASCII text.
    Narrow(Vec<u8>),
    /// Text with characters beyond ASCII, one code point each.
    Wide(Vec<u32>),
}

/// A subject and its characters.
pub struct Subject {
    /// The object matched (`Match.string`).
    pub obj: Obj,
    pub chars: Chars,
    pub is_bytes: bool,
}

impl Subject {
    pub fn len(&self) -> usize {
        match &self.chars {
            Chars::Narrow(b) => b.len(),
            Chars::Wide(w) => w.len(),
        }
    }

    /// `getslice`: the characters `i..j` as a new str or bytes (the subject itself when
    /// it is exactly a str or bytes and the slice is all of it).
    pub fn slice(&self, i: usize, j: usize) -> Obj {
        let n = self.len();
        let (i, j) = (i.min(n), j.min(n).max(i.min(n)));
        let exact = !self.obj.v().is_small() && {
            let t = self.obj.v().ty();
            std::ptr::eq(t, &krait_runtime::types::STR_TYPE) || std::ptr::eq(t, &krait_runtime::types::BYTES_TYPE)
        };
        if exact && i == 0 && j == n {
            return self.obj.clone();
        }
        match &self.chars {
            Chars::Narrow(b) if self.is_bytes => krait_runtime::bytes::bytes_from(b[i..j].to_vec()),
            Chars::Narrow(b) => str_from(String::from_utf8_lossy(&b[i..j]).into_owned()),
            Chars::Wide(w) => str_from(w[i..j].iter().map(|&c| krait_runtime::strs::surrogates::char_of(c).unwrap_or('\u{fffd}')).collect::<String>()),
        }
    }

    /// An empty str or bytes, the joiner of `sub`.
    pub fn empty(&self) -> Obj {
        if self.is_bytes {
            krait_runtime::bytes::bytes_from(Vec::new())
        } else {
            str_from("")
        }
    }
}

/// Is `v` a str (or an instance of a str subclass)?
pub fn is_str(v: Value) -> bool {
    !v.is_small() && !v.is_null() && v.ty().kind == Kind::Str
}

/// `getstring`: the characters of a str or bytes-like object, `None` for others.
pub fn chars_of(v: Value) -> R<Option<(Chars, bool)>> {
    if is_str(v) {
        let s = str_text(v);
        if s.is_ascii() {
            return Ok(Some((Chars::Narrow(s.as_bytes().to_vec()), false)));
        }
        return Ok(Some((Chars::Wide(s.chars().map(krait_runtime::strs::surrogates::code_point).collect()), false)));
    }
    match krait_runtime::bytes::buffer(v)? {
        Some(b) => Ok(Some((Chars::Narrow(b.into_owned()), true))),
        None => Ok(None),
    }
}

/// The subject of a matching method, with CPython's TypeError for other objects.
pub fn subject(v: Value) -> R<Rc<Subject>> {
    match chars_of(v)? {
        Some((chars, is_bytes)) => Ok(Rc::new(Subject { obj: v.to_owned(), chars, is_bytes })),
        None => type_error(format!("expected string or bytes-like object, got '{}'", krait_runtime::ops::type_name(v))),
    }
}
