//! The marshal writer (`dumps`): CPython 3.11's `w_object`. As in CPython, an error
//! does not stop the walk: the last one found decides the message, and the bytes are
//! then thrown away.

use super::code::*;
use super::share::{self, RefTable};
use super::{c_contiguous, MAX_DEPTH};
use krait_runtime::bytes::{as_bytes, buffer};
use krait_runtime::complex::as_complex;
use krait_runtime::exc::{clear_current, value_error};
use krait_runtime::format::format_float;
use krait_runtime::objects::*;
use krait_runtime::types::*;
use krait_runtime::value::{Obj, Value, R};
use num_bigint::BigInt;

/// Why a value could not be marshalled.
#[derive(Clone, Copy)]
enum Failure {
    Unmarshallable,
    TooDeep,
}

struct Writer {
    out: Vec<u8>,
    version: i32,
    depth: usize,
    failure: Option<Failure>,
    /// The objects written so far that a `TYPE_REF` may name (version 3 and later),
    /// with the references that keep them alive meanwhile (as CPython's table does).
    refs: Option<RefTable>,
    pins: Vec<Obj>,
}

/// The marshal bytes of `v`, or ValueError.
pub(super) fn dumps(v: Value, version: i32) -> R<Vec<u8>> {
    match write(v, version) {
        Ok(out) => Ok(out),
        Err(Failure::Unmarshallable) => value_error("unmarshallable object"),
        Err(Failure::TooDeep) => value_error("object too deeply nested to marshal"),
    }
}

fn write(v: Value, version: i32) -> Result<Vec<u8>, Failure> {
    let refs = (version >= 3).then(RefTable::default);
    let mut w = Writer { out: Vec::with_capacity(50), version, depth: 0, failure: None, refs, pins: Vec::new() };
    w.object(v);
    match w.failure {
        None => Ok(w.out),
        Some(f) => Err(f),
    }
}

fn exact(v: Value, ty: &TypeObj) -> bool {
    std::ptr::eq(v.ty(), ty)
}

/// The digits of `|x|` in base 2**15, least significant first, without leading zeros.
fn digits15(x: &BigInt) -> Vec<u16> {
    let mut out = Vec::new();
    let (mut acc, mut bits) = (0u64, 0u32);
    for word in x.magnitude().iter_u32_digits() {
        acc |= (word as u64) << bits;
        bits += 32;
        while bits >= 15 {
            out.push((acc & 0x7fff) as u16);
            acc >>= 15;
            bits -= 15;
        }
    }
    if bits > 0 {
        out.push(acc as u16);
    }
    while out.last() == Some(&0) {
        out.pop();
    }
    out
}

impl Writer {
    fn byte(&mut self, b: u8) {
        self.out.push(b);
    }
    fn long(&mut self, x: i32) {
        self.out.extend_from_slice(&x.to_le_bytes());
    }
    /// A size (`W_SIZE`); false (and the value unmarshallable) past 2**31 - 1.
    fn size(&mut self, n: usize) -> bool {
        if n > i32::MAX as usize {
            self.failure = Some(Failure::Unmarshallable);
            return false;
        }
        self.long(n as i32);
        true
    }
    fn pstring(&mut self, b: &[u8]) {
        if self.size(b.len()) {
            self.out.extend_from_slice(b);
        }
    }
    /// A float as text: `repr`-like with 17 significant digits (`%.17g`).
    fn float_str(&mut self, x: f64) {
        let s = format_float(x, ".17g").unwrap_or_default();
        self.byte(s.len() as u8);
        self.out.extend_from_slice(s.as_bytes());
    }

    fn object(&mut self, v: Value) {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.failure = Some(Failure::TooDeep);
        } else if v.is_null() {
            self.byte(NULL);
        } else if is_none(v) {
            self.byte(NONE);
        } else if v == STOP_ITERATION.as_value() {
            self.byte(STOPITER);
        } else if exact(v, &ELLIPSIS_TYPE) {
            self.byte(ELLIPSIS);
        } else if v == bool_v(false) {
            self.byte(FALSE);
        } else if v == bool_v(true) {
            self.byte(TRUE);
        } else if let Some(flag) = self.reference(v) {
            self.complex_object(v, flag);
        }
        self.depth -= 1;
    }

    /// `w_ref`: writes a `TYPE_REF` to `v` and gives `None` when `v` was written
    /// before; otherwise the flag its type code takes (`FLAG_REF` when it is shared).
    fn reference(&mut self, v: Value) -> Option<u8> {
        let Some(refs) = self.refs.as_mut() else { return Some(0) };
        let (shared, key) = share::identity(v);
        if !shared {
            return Some(0);
        }
        if let Some(&i) = refs.get(&key) {
            self.byte(REF);
            self.long(i as i32);
            return None;
        }
        refs.insert(key, refs.len() as u32);
        self.pins.push(v.to_owned());
        Some(FLAG_REF)
    }

    fn complex_object(&mut self, v: Value, flag: u8) {
        if v.is_small() || exact(v, &INT_TYPE) {
            let x = match as_bigint(v) {
                Some(b) => b.clone(),
                None => BigInt::from(v.as_small()),
            };
            match i32::try_from(&x) {
                Ok(n) => {
                    self.byte(INT | flag);
                    self.long(n);
                }
                Err(_) => self.long_digits(&x, flag),
            }
        } else if exact(v, &FLOAT_TYPE) {
            let x = as_float(v).unwrap().v;
            if self.version > 1 {
                self.byte(BINARY_FLOAT | flag);
                self.out.extend_from_slice(&x.to_le_bytes());
            } else {
                self.byte(FLOAT | flag);
                self.float_str(x);
            }
        } else if exact(v, &COMPLEX_TYPE) {
            let (re, im) = as_complex(v).unwrap();
            if self.version > 1 {
                self.byte(BINARY_COMPLEX | flag);
                self.out.extend_from_slice(&re.to_le_bytes());
                self.out.extend_from_slice(&im.to_le_bytes());
            } else {
                self.byte(COMPLEX | flag);
                self.float_str(re);
                self.float_str(im);
            }
        } else if exact(v, &BYTES_TYPE) {
            self.byte(STRING | flag);
            self.pstring(as_bytes(v).unwrap());
        } else if exact(v, &STR_TYPE) {
            self.str(v, flag);
        } else if exact(v, &TUPLE_TYPE) {
            let items: Vec<Value> = as_tuple(v).unwrap().items.to_vec();
            if self.version >= 4 && items.len() < 256 {
                self.byte(SMALL_TUPLE | flag);
                self.byte(items.len() as u8);
            } else {
                self.byte(TUPLE | flag);
                if !self.size(items.len()) {
                    return;
                }
            }
            items.into_iter().for_each(|i| self.object(i));
        } else if exact(v, &LIST_TYPE) {
            let n = as_list(v).unwrap().items.len();
            self.byte(LIST | flag);
            if self.size(n) {
                // Writing runs no Python code, so the list cannot change meanwhile.
                for i in 0..n {
                    self.object(as_list(v).unwrap().items[i]);
                }
            }
        } else if exact(v, &DICT_TYPE) {
            let entries: Vec<(Value, Value)> = as_dict(v).unwrap().table.iter().map(|(&k, &x)| (k, x)).collect();
            self.byte(DICT | flag);
            for (k, x) in entries {
                self.object(k);
                self.object(x);
            }
            self.object(Value::NULL);
        } else if exact(v, &SET_TYPE) || exact(v, &FROZENSET_TYPE) {
            self.set(v, flag);
        } else {
            self.buffer(v, flag);
        }
    }

    /// An int that does not fit 32 bits: its 15-bit digits, the count signed.
    fn long_digits(&mut self, x: &BigInt, flag: u8) {
        self.byte(LONG | flag);
        let digits = digits15(x);
        let n = digits.len() as i32;
        self.long(if x.sign() == num_bigint::Sign::Minus { -n } else { n });
        for d in digits {
            self.out.extend_from_slice(&d.to_le_bytes());
        }
    }

    fn str(&mut self, v: Value, flag: u8) {
        let s = str_text(v);
        if self.version >= 4 && s.is_ascii() {
            let interned = share::str_interned(v);
            if s.len() < 256 {
                self.byte(if interned { SHORT_ASCII_INTERNED } else { SHORT_ASCII } | flag);
                self.byte(s.len() as u8);
                self.out.extend_from_slice(s.as_bytes());
            } else {
                self.byte(if interned { ASCII_INTERNED } else { ASCII } | flag);
                self.pstring(s.as_bytes());
            }
        } else {
            // CPython writes UTF-8 with "surrogatepass" (which cannot fail: every
            // stand-in is a surrogate).
            let interned = self.version >= 3 && share::str_interned(v);
            self.byte(if interned { INTERNED } else { UNICODE } | flag);
            if krait_runtime::strs::surrogates::contains(s) {
                let b = krait_runtime::codecs::utf::utf8_encode(s, "surrogatepass").unwrap_or_default();
                self.pstring(&b);
            } else {
                self.pstring(s.as_bytes());
            }
        }
    }

    /// A set or frozenset: the elements in the order of their own marshal bytes (so
    /// the output does not depend on hashing), each written alone first, before the
    /// elements written so far gain a reference from the sorting (as in CPython).
    fn set(&mut self, v: Value, flag: u8) {
        let items: Vec<Value> = as_set(v).unwrap().table.iter().copied().collect();
        self.byte(if exact(v, &FROZENSET_TYPE) { FROZENSET } else { SET } | flag);
        if !self.size(items.len()) {
            return;
        }
        let mut pairs: Vec<(Vec<u8>, Obj)> = Vec::with_capacity(items.len());
        for item in items {
            match write(item, self.version) {
                Ok(bytes) => pairs.push((bytes, item.to_owned())),
                Err(_) => {
                    self.failure = Some(Failure::Unmarshallable);
                    return;
                }
            }
        }
        pairs.sort_by(|a, b| a.0.cmp(&b.0));
        for (_, item) in &pairs {
            self.object(item.v());
        }
    }

    /// Any other bytes-like object is written as bytes; anything else is an error.
    fn buffer(&mut self, v: Value, flag: u8) {
        let contiguous = v.is_small() || v.ty().kind != Kind::MemoryView || c_contiguous(v);
        match buffer(v) {
            Ok(Some(b)) if contiguous => {
                let b = b.into_owned();
                self.byte(STRING | flag);
                self.pstring(&b);
            }
            Ok(None) => {
                self.byte(UNKNOWN | flag);
                self.failure = Some(Failure::Unmarshallable);
            }
            other => {
                if other.is_err() {
                    clear_current();
                }
                self.byte(UNKNOWN);
                self.failure = Some(Failure::Unmarshallable);
            }
        }
    }
}
