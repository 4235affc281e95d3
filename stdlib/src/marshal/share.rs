//! Which objects the marshal writer treats as shared, and which objects it takes
//! for the same one. From version 3 on, CPython marks an object it writes with
//! `FLAG_REF` when its reference count is above 1 (or it is an interned str), and
//! writes a later occurrence of the same object as a `TYPE_REF` to it. The bytes
//! therefore depend on CPython's object identities, which krait models here:
//!
//! - Objects that CPython keeps one of per value are keyed by value: the ints of
//!   krait's word-sized representation (CPython's cached small ints and merged int
//!   constants), the empty str and the interned strs, the Latin-1 one-character
//!   strs, the empty and one-byte bytes, and the constants of compiled code (krait's
//!   immortal objects, which CPython merges when equal). Complex numbers and tuples
//!   made only of such values also count as constants, because CPython folds
//!   `1+2j` and `(1, 2)` into constants where krait builds them at run time.
//! - Any other object is itself, shared when its reference count is above 1; krait
//!   counts references as CPython does for values held by variables and containers.
//!
//! Known differences: ints that fit krait's word but were computed (not literals) are
//! shared here and not in CPython, as are tuples of constants built at run time
//! (`tuple([1, 2])`); strs and bytes that CPython's compiler folds (`'a' * 300`) are
//! constants there and new objects here.

use krait_runtime::bytes::as_bytes;
use krait_runtime::complex::as_complex;
use krait_runtime::objects::*;
use krait_runtime::types::*;
use krait_runtime::value::{RefCnt, Value};
use num_bigint::BigInt;
use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// What identifies an object for `TYPE_REF`.
#[derive(PartialEq, Eq, Hash)]
pub(super) enum Key {
    /// An object that is only itself: its address.
    Ptr(u64),
    /// An int of krait's word-sized representation.
    Small(i64),
    /// A big int constant.
    Int(BigInt),
    Float(u64),
    Complex(u64, u64),
    Str(Box<str>),
    Interned(Box<str>),
    /// A one-character Latin-1 str made at run time (CPython's character cache).
    Char(char),
    Bytes(Box<[u8]>),
    Tuple(Vec<Key>),
}

/// A fast hasher for the writer's table of keys (most are addresses and ints),
/// after rustc's FxHasher.
#[derive(Default)]
pub(super) struct FxHasher(u64);

impl FxHasher {
    fn add(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
    }
    fn write_u8(&mut self, n: u8) {
        self.add(n as u64);
    }
    fn write_u32(&mut self, n: u32) {
        self.add(n as u64);
    }
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// The writer's table: each object written with `FLAG_REF`, by key, with its index.
pub(super) type RefTable = HashMap<Key, u32, BuildHasherDefault<FxHasher>>;

thread_local! {
    /// The strs `loads` interned (read with an interned type code), by text. Each
    /// holds a reference that is never released, as interned strs live on.
    static INTERNED: RefCell<HashMap<Box<str>, Value>> = RefCell::new(HashMap::new());
}

/// The interned str of `s`'s text: `s` itself the first time, then that one.
pub(super) fn intern(s: krait_runtime::value::Obj) -> krait_runtime::value::Obj {
    INTERNED.with(|t| {
        let mut t = t.borrow_mut();
        let text = str_text(s.v());
        if let Some(&v) = t.get(text) {
            return v.to_owned();
        }
        t.insert(text.into(), s.v().to_owned().into_raw());
        s
    })
}

fn immortal(v: Value) -> bool {
    !v.is_small() && v.refcount() > RefCnt::IMMORTAL / 2
}

fn exact(v: Value, ty: &TypeObj) -> bool {
    std::ptr::eq(v.ty(), ty)
}

/// Is `v` (a str) one of the Latin-1 one-character strs the runtime shares?
fn is_char_singleton(v: Value, s: &str) -> Option<char> {
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) if (c as u32) < 256 && krait_runtime::strs::from_char(c).v() == v => Some(c),
        _ => None,
    }
}

/// Would CPython have interned this exact str? The empty str is; the constants that
/// look like identifiers are (CPython's compiler interns those); and the strs
/// `loads` interned are.
pub(super) fn str_interned(v: Value) -> bool {
    let s = str_text(v);
    if s.is_empty() {
        return true;
    }
    if is_char_singleton(v, s).is_some() {
        return false;
    }
    if immortal(v) && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
        return true;
    }
    INTERNED.with(|t| t.borrow().get(s).is_some_and(|&i| i == v))
}

/// How deeply tuples of constants may nest and still count as constants (a
/// tuple that contains itself, which `loads` can make, does not).
const MAX_CONST_NESTING: usize = 32;

/// The key of an object CPython keeps one of per value, `None` for other objects;
/// `nesting` counts the tuples around `v`.
fn value_key(v: Value, nesting: usize) -> Option<Key> {
    if v.is_small() {
        return Some(Key::Small(v.as_small()));
    }
    if exact(v, &STR_TYPE) {
        let s = str_text(v);
        if let Some(c) = is_char_singleton(v, s) {
            return Some(Key::Char(c));
        }
        if str_interned(v) {
            return Some(Key::Interned(s.into()));
        }
        return immortal(v).then(|| Key::Str(s.into()));
    }
    if exact(v, &BYTES_TYPE) {
        let b = as_bytes(v).unwrap();
        return (b.len() <= 1 || immortal(v)).then(|| Key::Bytes(b.into()));
    }
    if exact(v, &COMPLEX_TYPE) {
        let (re, im) = as_complex(v).unwrap();
        return Some(Key::Complex(re.to_bits(), im.to_bits()));
    }
    if exact(v, &TUPLE_TYPE) {
        if nesting >= MAX_CONST_NESTING {
            return None;
        }
        let items = &as_tuple(v).unwrap().items;
        return items.iter().map(|&i| value_key(i, nesting + 1)).collect::<Option<Vec<Key>>>().map(Key::Tuple);
    }
    if !immortal(v) {
        return None;
    }
    if exact(v, &FLOAT_TYPE) {
        return Some(Key::Float(as_float(v).unwrap().v.to_bits()));
    }
    if exact(v, &INT_TYPE) {
        return Some(Key::Int(as_bigint(v).unwrap().clone()));
    }
    Some(Key::Ptr(v.0))
}

/// Whether CPython would count `v` as shared (`w_ref`'s test), and its key.
pub(super) fn identity(v: Value) -> (bool, Key) {
    match value_key(v, 0) {
        Some(k) => (true, k),
        None => (v.refcount() > 1, Key::Ptr(v.0)),
    }
}
