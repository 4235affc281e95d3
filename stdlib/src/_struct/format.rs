//! Struct formats: parsing a format string into its items with their offsets
//! (`prepare_s`: byte order and size mode, repeat counts, native alignment), and
//! packing and unpacking one item by its code, with CPython's range checks and
//! messages (`np_*`, `lp_*`, `bp_*` and their `nu_*`/`lu_*`/`bu_*` readers).

use super::struct_error;
use krait_runtime::exc::raise;
use krait_runtime::objects::*;
use krait_runtime::types::{Kind, OVERFLOW_ERROR};
use krait_runtime::value::{Obj, Value, R};
use krait_runtime::{class, ops, seq};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// One item of a format: its code, repeat count (the length for `s` and `p`) and
/// offset in the packed data.
#[derive(Clone, Copy)]
pub struct Item {
    pub code: u8,
    pub count: usize,
    pub offset: usize,
}

/// A parsed format.
pub struct Layout {
    pub items: Vec<Item>,
    pub size: usize,
    /// The number of values packed or unpacked.
    pub len: usize,
    pub little: bool,
    pub native: bool,
}

/// The size of one item of `code` (`None`: not a format character in this mode).
fn item_size(code: u8, native: bool) -> Option<usize> {
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                8
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    })
}

/// Parses `fmt` (`prepare_s`).
pub fn parse(fmt: &[u8]) -> R<Layout> {
    let (little, native, body) = match fmt.first() {
        Some(b'@') => (true, true, &fmt[1..]),
        Some(b'=') | Some(b'<') => (true, false, &fmt[1..]),
        Some(b'>') | Some(b'!') => (false, false, &fmt[1..]),
        _ => (true, true, fmt),
    };
    let too_long = || Err(raise(struct_error(), "total struct size too long"));
    let mut items = Vec::new();
    let (mut size, mut len) = (0usize, 0usize);
    let mut i = 0;
    while i < body.len() {
        let mut c = body[i];
        i += 1;
        if c.is_ascii_whitespace() {
            continue;
        }
        let mut num: usize = 1;
        if c.is_ascii_digit() {
            num = (c - b'0') as usize;
            loop {
                let Some(&d) = body.get(i) else {
                    return Err(raise(struct_error(), "repeat count given without format specifier"));
                };
                i += 1;
                if !d.is_ascii_digit() {
                    c = d;
                    break;
                }
                num = match num.checked_mul(10).and_then(|n| n.checked_add((d - b'0') as usize)) {
                    Some(n) if n <= isize::MAX as usize => n,
                    _ => return too_long(),
                };
            }
        }
        let Some(isz) = item_size(c, native) else {
            return Err(raise(struct_error(), "bad char in struct format"));
        };
        if native && isz > 1 && !matches!(c, b's' | b'p') {
            size = match size.checked_add(isz - 1) {
                Some(s) => s / isz * isz,
                None => return too_long(),
            };
        }
        let total = match num.checked_mul(isz).and_then(|t| t.checked_add(size)) {
            Some(t) if t <= isize::MAX as usize => t,
            _ => return too_long(),
        };
        match c {
            b's' | b'p' => {
                items.push(Item { code: c, count: num, offset: size });
                len += 1;
            }
            b'x' => {}
            _ => {
                for k in 0..num {
                    items.push(Item { code: c, count: 1, offset: size + k * isz });
                }
                len += num;
            }
        }
        size = total;
    }
    Ok(Layout { items, size, len, little, native })
}

fn out_of_range<T>() -> R<T> {
    Err(raise(struct_error(), "argument out of range"))
}

/// The integer an argument packs as (`get_pylong`): an int, or `__index__`.
fn integer(v: Value) -> R<BigInt> {
    if let Some(b) = seq::int_to_big(v) {
        return Ok(b);
    }
    if let Some(i) = class::index_value(v)? {
        return Ok(seq::int_to_big(i.v()).unwrap_or_default());
    }
    Err(raise(struct_error(), "required argument is not an integer"))
}

/// `get_long`: the value as a C long.
fn get_long(v: Value) -> R<i64> {
    integer(v)?.to_i64().map_or_else(out_of_range, Ok)
}

/// `get_ulong`: the value as a C unsigned long (negative values are out of range).
fn get_ulong(v: Value) -> R<u64> {
    integer(v)?.to_u64().map_or_else(out_of_range, Ok)
}

/// `PyFloat_AsDouble` for packing: floats, ints, `__float__`, `__index__`. Any
/// failure becomes "required argument is not a float", as in CPython.
fn get_double(v: Value) -> R<f64> {
    match to_double(v) {
        Ok(Some(f)) => Ok(f),
        Ok(None) => Err(raise(struct_error(), "required argument is not a float")),
        Err(_) => {
            krait_runtime::exc::clear_current();
            Err(raise(struct_error(), "required argument is not a float"))
        }
    }
}

fn to_double(v: Value) -> R<Option<f64>> {
    if let Some(f) = as_float(v) {
        return Ok(Some(f.v));
    }
    if let Some(b) = seq::int_to_big(v) {
        return Ok(b.to_f64().filter(|f| f.is_finite()));
    }
    if !v.is_small() && class::is_heap(v.ty()) {
        if let Some(r) = class::dunder(v, "__float__", &[])? {
            return Ok(as_float(r.v()).map(|f| f.v));
        }
        if let Some(i) = class::index_value(v)? {
            return to_double(i.v());
        }
    }
    Ok(None)
}

/// The range error of an integer code: the native byte and short codes have their
/// own wording (`style`), the others "'X' format requires lo <= number <= hi".
fn range_msg<T>(style: u8, lo: i64, hi: u64, code: u8) -> R<T> {
    let msg = match style {
        b'b' => "byte format requires -128 <= number <= 127".to_string(),
        b'B' => "ubyte format requires 0 <= number <= 255".to_string(),
        b'h' => "short format requires -32768 <= number <= 32767".to_string(),
        b'H' => "ushort format requires 0 <= number <= 65535".to_string(),
        _ => format!("'{}' format requires {} <= number <= {}", code as char, lo, hi),
    };
    Err(raise(struct_error(), msg))
}

/// Writes `n` as `size` bytes in the layout's byte order.
fn put(out: &mut [u8], n: u64, size: usize, little: bool) {
    for k in 0..size {
        let byte = (n >> (8 * k)) as u8;
        if little {
            out[k] = byte;
        } else {
            out[size - 1 - k] = byte;
        }
    }
}

/// Reads `size` bytes as an unsigned number.
fn get(data: &[u8], size: usize, little: bool) -> u64 {
    let mut n = 0u64;
    for k in 0..size {
        let byte = if little { data[k] } else { data[size - 1 - k] };
        n |= (byte as u64) << (8 * k);
    }
    n
}

/// Packs the value `v` as `item` into `out` (the item's bytes, zero-filled).
pub fn pack_item(l: &Layout, item: Item, v: Value, out: &mut [u8]) -> R<()> {
    let size = item_size(item.code, l.native).unwrap_or(1);
    match item.code {
        b'c' => match krait_runtime::bytes::buffer(v)? {
            Some(b) if b.len() == 1 && matches!(v.ty().kind, Kind::Bytes | Kind::ByteArray) => out[0] = b[0],
            _ => return Err(raise(struct_error(), "char format requires a bytes object of length 1")),
        },
        b's' | b'p' => {
            let data = match v.ty().kind {
                Kind::Bytes | Kind::ByteArray => krait_runtime::bytes::buffer(v)?.unwrap_or_default().into_owned(),
                _ => return Err(raise(struct_error(), format!("argument for '{}' must be a bytes object", item.code as char))),
            };
            if item.code == b's' {
                let n = data.len().min(item.count);
                out[..n].copy_from_slice(&data[..n]);
            } else if item.count > 0 {
                let n = data.len().min(item.count - 1);
                out[1..1 + n].copy_from_slice(&data[..n]);
                out[0] = n.min(255) as u8;
            }
        }
        b'?' => out[0] = ops::truthy(v)? as u8,
        // Big-endian standard sizes use CPython's `bp_*` functions; the other
        // modes share the native ones where the sizes agree.
        b'h' | b'H' | b'q' | b'Q' if !l.little => {
            let b = integer(v)?;
            let (lo, hi): (i128, i128) = match item.code {
                b'h' => (-32768, 32767),
                b'H' => (0, 65535),
                b'q' => (i64::MIN as i128, i64::MAX as i128),
                _ => (0, u64::MAX as i128),
            };
            let n = match b.to_i128() {
                Some(n) if n >= lo && n <= hi => n,
                _ if size == 8 => return Err(raise(&OVERFLOW_ERROR, "int too large to convert")),
                Some(n) if item.code == b'h' && n >= i64::MIN as i128 && n <= i64::MAX as i128 => return range_msg(b'_', lo as i64, hi as u64, item.code),
                Some(n) if item.code == b'H' && n >= 0 && n <= u64::MAX as i128 => return range_msg(b'_', lo as i64, hi as u64, item.code),
                _ => return out_of_range(),
            };
            put(out, n as u64, size, l.little);
        }
        b'b' | b'B' | b'h' | b'H' => {
            let n = get_long(v)?;
            let (lo, hi) = match item.code {
                b'b' => (-128, 127),
                b'B' => (0, 255),
                b'h' => (-32768, 32767),
                _ => (0, 65535),
            };
            if n < lo || n > hi {
                return range_msg(item.code, lo, hi as u64, item.code);
            }
            put(out, n as u64, size, l.little);
        }
        b'i' | b'l' | b'q' | b'n' => {
            let n = get_long(v)?;
            if size == 4 && (n < i32::MIN as i64 || n > i32::MAX as i64) {
                return range_msg(b'_', i32::MIN as i64, i32::MAX as u64, item.code);
            }
            put(out, n as u64, size, l.little);
        }
        b'I' | b'L' | b'Q' | b'N' => {
            let n = get_ulong(v)?;
            if size == 4 && n > u32::MAX as u64 {
                return range_msg(b'_', 0, u32::MAX as u64, item.code);
            }
            put(out, n, size, l.little);
        }
        b'P' => {
            let b = integer(v)?;
            let n = match b.to_i64() {
                Some(n) => n as u64,
                None => match b.to_u64() {
                    Some(n) => n,
                    None => return Err(raise(&OVERFLOW_ERROR, "int too large to convert")),
                },
            };
            put(out, n, size, l.little);
        }
        b'e' => {
            let Some(bits) = half_bits(get_double(v)?) else {
                return Err(raise(&OVERFLOW_ERROR, "float too large to pack with e format"));
            };
            put(out, bits as u64, 2, l.little);
        }
        b'f' => {
            let x = get_double(v)?;
            let y = x as f32;
            if !l.native && y.is_infinite() && !x.is_infinite() {
                return Err(raise(&OVERFLOW_ERROR, "float too large to pack with f format"));
            }
            put(out, y.to_bits() as u64, 4, l.little);
        }
        b'd' => put(out, get_double(v)?.to_bits(), 8, l.little),
        _ => {}
    }
    Ok(())
}

/// Unpacks `item` from its bytes `data`.
pub fn unpack_item(l: &Layout, item: Item, data: &[u8]) -> Obj {
    let size = item_size(item.code, l.native).unwrap_or(1);
    let signed = |n: u64| -> i64 {
        let shift = 64 - 8 * size as u32;
        ((n << shift) as i64) >> shift
    };
    match item.code {
        b'c' => krait_runtime::bytes::bytes_from(vec![data[0]]),
        b's' => krait_runtime::bytes::bytes_from(data[..item.count].to_vec()),
        b'p' => {
            if item.count == 0 {
                return krait_runtime::bytes::bytes_from(Vec::new());
            }
            let n = (data[0] as usize).min(item.count - 1);
            krait_runtime::bytes::bytes_from(data[1..1 + n].to_vec())
        }
        b'?' => bool_obj(data[0] != 0),
        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => int_from_i64(signed(get(data, size, l.little))),
        b'e' => float(half_value(get(data, 2, l.little) as u16)),
        b'f' => float(f32::from_bits(get(data, 4, l.little) as u32) as f64),
        b'd' => float(f64::from_bits(get(data, 8, l.little))),
        _ => int_from_big(BigInt::from(get(data, size, l.little))),
    }
}

/// `frexp`: `x = f * 2**e` with `0.5 <= f < 1`, for a finite positive `x`.
fn frexp(x: f64) -> (f64, i32) {
    if x < f64::MIN_POSITIVE {
        let (f, e) = frexp(x * 2f64.powi(64));
        return (f, e - 64);
    }
    let bits = x.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i32 - 1022;
    (f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52)), e)
}

/// `PyFloat_Pack2`: the IEEE half-precision bits of `x`, rounded half to even;
/// `None` when it overflows.
fn half_bits(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let a = x.abs();
    if a == 0.0 {
        return Some(sign);
    }
    let (mut f, mut e) = frexp(a);
    f *= 2.0;
    e -= 1;
    if e >= 16 {
        return None;
    } else if e < -25 {
        f = 0.0;
        e = 0;
    } else if e < -14 {
        f *= 2f64.powi(14 + e);
        e = 0;
    } else {
        e += 15;
        f -= 1.0;
    }
    f *= 1024.0;
    let mut bits = f as u16;
    let rest = f - bits as f64;
    if rest > 0.5 || (rest == 0.5 && bits % 2 == 1) {
        bits += 1;
        if bits == 1024 {
            bits = 0;
            e += 1;
            if e == 31 {
                return None;
            }
        }
    }
    Some(sign | ((e as u16) << 10) | bits)
}

/// `PyFloat_Unpack2`.
fn half_value(bits: u16) -> f64 {
    let neg = bits & 0x8000 != 0;
    let e = ((bits >> 10) & 0x1f) as i32;
    let f = (bits & 0x3ff) as f64;
    let x = if e == 0x1f {
        if f == 0.0 {
            f64::INFINITY
        } else {
            f64::NAN
        }
    } else if e == 0 {
        f / 1024.0 * 2f64.powi(-14)
    } else {
        (1.0 + f / 1024.0) * 2f64.powi(e - 15)
    };
    if neg {
        -x
    } else {
        x
    }
}
