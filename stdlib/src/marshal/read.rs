//! The marshal reader (`loads`, `load`): CPython 3.11's `r_object`, with its checks
//! and messages. `loads` reads from a copy of the bytes; `load` asks the file for
//! exactly the bytes each piece takes, with `readinto` on a memoryview as CPython
//! does, so the file is left just after the value.

use super::code::*;
use super::{share, MAX_DEPTH};
use krait_runtime::bytearray::{bytearray_from, data as bytearray_data};
use krait_runtime::bytes::{buffer, bytes_from, decode_bytes};
use krait_runtime::call::{call1, Args};
use krait_runtime::complex::complex;
use krait_runtime::exc::{raise, type_error, value_error};
use krait_runtime::objects::*;
use krait_runtime::types::*;
use krait_runtime::value::{Obj, Value, R};
use krait_runtime::{dicts, ops, sets};
use num_bigint::{BigInt, BigUint, Sign};

enum Source {
    Bytes { data: Vec<u8>, pos: usize },
    File(Value),
}

pub(super) struct Reader {
    src: Source,
    /// The bytes of the last read from a file.
    buf: Vec<u8>,
    depth: usize,
    /// The objects read with `FLAG_REF`, in order; `None` for a frozenset whose
    /// elements are being read (it is recorded once complete).
    refs: Vec<Option<Obj>>,
}

/// The contents of `loads`'s argument: a bytes-like object whose memory is one
/// C-contiguous block.
pub(super) fn loads_buffer(v: Value) -> R<Vec<u8>> {
    if !v.is_small() && v.ty().kind == Kind::MemoryView && !krait_runtime::memoryview::is_released(v) && !super::c_contiguous(v) {
        return Err(raise(&BUFFER_ERROR, "memoryview: underlying buffer is not C-contiguous"));
    }
    match buffer(v)? {
        Some(b) => Ok(b.into_owned()),
        None => type_error(format!("a bytes-like object is required, not '{}'", ops::type_name(v))),
    }
}

fn eof<T>(msg: &str) -> R<T> {
    Err(raise(&EOF_ERROR, msg))
}

fn bad<T>(what: &str) -> R<T> {
    value_error(format!("bad marshal data ({})", what))
}

/// `PyOS_string_to_double` without overflow errors: the whole text must be a number
/// (no spaces); out-of-range values are infinities.
fn parse_double(text: &[u8]) -> R<f64> {
    let end = text.iter().position(|&c| c == 0).unwrap_or(text.len());
    let text = &text[..end];
    match std::str::from_utf8(text).ok().and_then(|s| s.parse::<f64>().ok()) {
        Some(x) => Ok(x),
        None => value_error(format!("could not convert string to float: '{}'", String::from_utf8_lossy(&text[..text.len().min(200)]))),
    }
}

/// An int from its 15-bit digits, least significant first.
fn from_digits15(digits: &[u16], negative: bool) -> Obj {
    let mut words = Vec::with_capacity(digits.len() / 2 + 1);
    let (mut acc, mut bits) = (0u64, 0u32);
    for &d in digits {
        acc |= (d as u64) << bits;
        bits += 15;
        if bits >= 32 {
            words.push(acc as u32);
            acc >>= 32;
            bits -= 32;
        }
    }
    words.push(acc as u32);
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    int_from_big(BigInt::from_biguint(sign, BigUint::new(words)))
}

/// A str read: interned when its type code says so; otherwise the shared str of a
/// one-character Latin-1 text, as CPython's decoders give.
fn finish_str(s: Obj, interned: bool) -> Obj {
    if interned {
        return share::intern(s);
    }
    let mut chars = str_text(s.v()).chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if (c as u32) < 256 => krait_runtime::strs::from_char(c),
        _ => s,
    }
}

impl Reader {
    pub(super) fn from_bytes(data: Vec<u8>) -> Reader {
        Reader { src: Source::Bytes { data, pos: 0 }, buf: Vec::new(), depth: 0, refs: Vec::new() }
    }

    pub(super) fn from_file(file: Value) -> Reader {
        Reader { src: Source::File(file), buf: Vec::new(), depth: 0, refs: Vec::new() }
    }

    /// The value the data holds; TypeError when it is the null marker.
    pub(super) fn read_object(&mut self) -> R<Obj> {
        match self.object()? {
            Some(o) => Ok(o),
            None => type_error("NULL object in marshal data for object"),
        }
    }

    /// A file's next `n` bytes, from `readinto` on a writable memoryview of `n`
    /// bytes; `None` when the file has fewer.
    fn file_read(file: Value, n: usize) -> R<Option<Vec<u8>>> {
        let ba = bytearray_from(vec![0; n]);
        let view = call1(MEMORYVIEW_TYPE.as_value(), ba.v())?;
        let res = ops::call_method(file, "readinto", &Args::positional(&[view.v()]))?;
        drop(view);
        let i = crate::clinic::index(res.v())?;
        let Some(read) = crate::clinic::as_i64(i.v()) else {
            return value_error(format!("cannot fit '{}' into an index-sized integer", ops::type_name(i.v())));
        };
        if read > n as i64 {
            return value_error(format!("read() returned too much data: {} bytes requested, {} returned", n, read));
        }
        if read != n as i64 {
            return Ok(None);
        }
        Ok(Some(bytearray_data(ba.v())[..n].to_vec()))
    }

    /// The next `n` bytes; `None` when the data ends first.
    fn take(&mut self, n: usize) -> R<Option<&[u8]>> {
        match &mut self.src {
            Source::Bytes { data, pos } => {
                if data.len() - *pos < n {
                    return Ok(None);
                }
                *pos += n;
                Ok(Some(&data[*pos - n..*pos]))
            }
            Source::File(f) => match Self::file_read(*f, n)? {
                Some(b) => {
                    self.buf = b;
                    Ok(Some(&self.buf))
                }
                None => Ok(None),
            },
        }
    }

    /// The next `n` bytes, EOFError when the data ends first.
    fn bytes(&mut self, n: usize) -> R<&[u8]> {
        let msg = match self.src {
            Source::Bytes { .. } => "marshal data too short",
            Source::File(_) => "EOF read where not expected",
        };
        match self.take(n)? {
            Some(b) => Ok(b),
            None => eof(msg),
        }
    }

    fn byte(&mut self) -> R<u8> {
        match self.take(1)? {
            Some(b) => Ok(b[0]),
            None => eof("EOF read where not expected"),
        }
    }

    fn long(&mut self) -> R<i32> {
        Ok(i32::from_le_bytes(self.bytes(4)?.try_into().unwrap()))
    }

    fn float_bin(&mut self) -> R<f64> {
        Ok(f64::from_le_bytes(self.bytes(8)?.try_into().unwrap()))
    }

    fn float_str(&mut self) -> R<f64> {
        let n = self.byte()? as usize;
        parse_double(self.bytes(n)?)
    }

    /// A size that must not be negative (`what`: "tuple size" ...).
    fn size(&mut self, what: &str) -> R<usize> {
        let n = self.long()?;
        if n < 0 {
            return bad(&format!("{} out of range", what));
        }
        Ok(n as usize)
    }

    /// How many items to make room for when `n` are announced: no more than the
    /// data could hold (each item takes a byte at least).
    fn room(&self, n: usize) -> usize {
        match &self.src {
            Source::Bytes { data, pos } => n.min(data.len() - pos),
            Source::File(_) => n.min(1 << 12),
        }
    }

    /// Records `o` for later `TYPE_REF`s when its type code had `FLAG_REF`.
    fn keep(&mut self, o: Obj, flag: bool) -> R<Option<Obj>> {
        if flag {
            self.refs.push(Some(o.clone()));
        }
        Ok(Some(o))
    }

    /// One value; `None` for the null marker that ends a dict.
    fn object(&mut self) -> R<Option<Obj>> {
        let code = match self.take(1)? {
            Some(b) => b[0],
            None => return eof("EOF read where object expected"),
        };
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.depth -= 1;
            return value_error("recursion limit exceeded");
        }
        let r = self.object_of(code & !FLAG_REF, code & FLAG_REF != 0);
        self.depth -= 1;
        r
    }

    fn object_of(&mut self, ty: u8, flag: bool) -> R<Option<Obj>> {
        match ty {
            NULL => Ok(None),
            NONE => Ok(Some(none())),
            STOPITER => Ok(Some(STOP_ITERATION.as_value().to_owned())),
            ELLIPSIS => Ok(Some(Value::from_ptr(&rt_Ellipsis).to_owned())),
            FALSE => Ok(Some(bool_obj(false))),
            TRUE => Ok(Some(bool_obj(true))),
            INT => {
                let n = self.long()?;
                self.keep(int_from_i64(n as i64), flag)
            }
            INT64 => {
                let n = i64::from_le_bytes(self.bytes(8)?.try_into().unwrap());
                self.keep(int_from_i64(n), flag)
            }
            LONG => {
                let v = self.long_digits()?;
                self.keep(v, flag)
            }
            FLOAT => {
                let x = self.float_str()?;
                self.keep(float(x), flag)
            }
            BINARY_FLOAT => {
                let x = self.float_bin()?;
                self.keep(float(x), flag)
            }
            COMPLEX => {
                let re = self.float_str()?;
                let im = self.float_str()?;
                self.keep(complex(re, im), flag)
            }
            BINARY_COMPLEX => {
                let re = self.float_bin()?;
                let im = self.float_bin()?;
                self.keep(complex(re, im), flag)
            }
            STRING => {
                let n = self.size("bytes object size")?;
                let b = bytes_from(self.bytes(n)?.to_vec());
                self.keep(b, flag)
            }
            ASCII | ASCII_INTERNED => {
                let n = self.size("string size")?;
                self.ascii(n, ty == ASCII_INTERNED, flag)
            }
            SHORT_ASCII | SHORT_ASCII_INTERNED => {
                let n = self.byte()? as usize;
                self.ascii(n, ty == SHORT_ASCII_INTERNED, flag)
            }
            UNICODE | INTERNED => {
                let n = self.size("string size")?;
                let s = if n == 0 { str_from("") } else { decode_bytes(&self.bytes(n)?.to_vec(), "utf-8", "surrogatepass")? };
                let s = finish_str(s, ty == INTERNED);
                self.keep(s, flag)
            }
            SMALL_TUPLE => {
                let n = self.byte()? as usize;
                self.tuple(n, flag)
            }
            TUPLE => {
                let n = self.size("tuple size")?;
                self.tuple(n, flag)
            }
            LIST => {
                let n = self.size("list size")?;
                self.list(n, flag)
            }
            DICT => self.dict(flag),
            SET | FROZENSET => {
                let n = self.size("set size")?;
                self.set(n, ty == FROZENSET, flag)
            }
            REF => {
                let n = self.long()?;
                match usize::try_from(n).ok().and_then(|i| self.refs.get(i)) {
                    Some(Some(o)) => Ok(Some(o.clone())),
                    _ => bad("invalid reference"),
                }
            }
            CODE => value_error("bad marshal data (code objects are not supported by krait)"),
            _ => bad("unknown type code"),
        }
    }

    /// An int of 15-bit digits (`r_PyLong`), with CPython's checks.
    fn long_digits(&mut self) -> R<Obj> {
        let n = self.long()?;
        if n == 0 {
            return Ok(int_from_i64(0));
        }
        if n == i32::MIN {
            return bad("long size out of range");
        }
        let count = n.unsigned_abs() as usize;
        let mut digits = Vec::with_capacity(self.room(count));
        for j in 0..count {
            let d = i16::from_le_bytes(self.bytes(2)?.try_into().unwrap());
            if d < 0 {
                return bad("digit out of range in long");
            }
            if d == 0 && j == count - 1 {
                return bad("unnormalized long data");
            }
            digits.push(d as u16);
        }
        Ok(from_digits15(&digits, n < 0))
    }

    /// A str of `n` one-byte characters (Latin-1, as CPython reads them).
    fn ascii(&mut self, n: usize, interned: bool, flag: bool) -> R<Option<Obj>> {
        let text: String = self.bytes(n)?.iter().map(|&c| c as char).collect();
        let s = finish_str(str_from(text), interned);
        self.keep(s, flag)
    }

    /// An item of a container, TypeError for the null marker.
    fn item(&mut self, what: &str) -> R<Obj> {
        match self.object()? {
            Some(o) => Ok(o),
            None => type_error(format!("NULL object in marshal data for {}", what)),
        }
    }

    /// A tuple, recorded before its items are read (they may refer to it).
    fn tuple(&mut self, n: usize, flag: bool) -> R<Option<Obj>> {
        let t = tuple_from(vec![none_v(); self.room(n)]);
        if flag {
            self.refs.push(Some(t.clone()));
        }
        for i in 0..n {
            let item = self.item("tuple")?;
            let items = &mut as_tuple(t.v()).unwrap().items;
            if i == items.len() {
                let mut grown = std::mem::take(items).into_vec();
                grown.resize(n.min((2 * i).max(16)), none_v());
                *items = grown.into_boxed_slice();
            }
            std::mem::replace(&mut items[i], item.into_raw()).decref();
        }
        Ok(Some(t))
    }

    fn list(&mut self, n: usize, flag: bool) -> R<Option<Obj>> {
        let l = list_from(Vec::with_capacity(self.room(n)));
        if flag {
            self.refs.push(Some(l.clone()));
        }
        for _ in 0..n {
            let item = self.item("list")?;
            as_list(l.v()).unwrap().items.push(item.into_raw());
        }
        Ok(Some(l))
    }

    /// Key and value pairs up to the null marker (a null value ends it too).
    fn dict(&mut self, flag: bool) -> R<Option<Obj>> {
        let d = dict_new();
        if flag {
            self.refs.push(Some(d.clone()));
        }
        while let Some(k) = self.object()? {
            let Some(v) = self.object()? else { break };
            dicts::dict_set(d.v(), k.v(), v.v())?;
        }
        Ok(Some(d))
    }

    /// A set is recorded before its elements; a frozenset's place is kept and filled
    /// once it is complete, so a reference to it from inside is invalid.
    fn set(&mut self, n: usize, frozen: bool, flag: bool) -> R<Option<Obj>> {
        let s = set_new(frozen);
        if n == 0 && frozen {
            return self.keep(s, flag);
        }
        let slot = flag.then(|| {
            self.refs.push(if frozen { None } else { Some(s.clone()) });
            self.refs.len() - 1
        });
        for _ in 0..n {
            let item = self.item("set")?;
            sets::set_add(s.v(), item.v())?;
        }
        if let Some(i) = slot {
            self.refs[i] = Some(s.clone());
        }
        Ok(Some(s))
    }
}
