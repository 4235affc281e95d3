//! The methods `bytes` and `bytearray` share (`find`, `split`, `join`, `replace`,
//! `strip`, `center`, `hex`, `translate`, the `is...` predicates...), with CPython
//! 3.11's argument parsing and messages. They work on the contents as a byte slice;
//! results that are byte strings have the receiver's type.

use crate::bytes::{buffer, buffer_arg, byte_value, bytes_from, decode_bytes};
use crate::call::Args;
use crate::exc::{raise, type_error, value_error};
use crate::objects::*;
use crate::ops;
use crate::types::*;
use crate::value::{Obj, Value, R};

/// The methods of `bytes` (`bytearray` has these and its mutating methods).
pub const METHODS: &[&str] = &[
    "capitalize", "center", "count", "decode", "endswith", "expandtabs", "find", "fromhex", "hex", "index", "isalnum",
    "isalpha", "isascii", "isdigit", "islower", "isspace", "istitle", "isupper", "join", "ljust", "lower", "lstrip",
    "maketrans", "partition", "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition",
    "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title", "translate", "upper", "zfill",
];

/// ASCII whitespace, as `bytes.isspace()` and `bytes.split()` see it.
fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// A byte string of the receiver's type (`ba`: bytearray).
pub fn make(ba: bool, b: Vec<u8>) -> Obj {
    if ba {
        crate::bytearray::bytearray_from(b)
    } else {
        bytes_from(b)
    }
}

// Argument parsing, with the messages of CPython's parsers.

/// A method without parameters (`METH_NOARGS`).
fn noargs(a: &Args, ty: &str, name: &str) -> R<()> {
    a.no_kwargs(&format!("{}.{}", ty, name))?;
    if !a.pos.is_empty() {
        return type_error(format!("{}.{}() takes no arguments ({} given)", ty, name, a.pos.len()));
    }
    Ok(())
}

/// A method of one positional argument (`METH_O`).
fn one_arg(a: &Args, ty: &str, name: &str) -> R<Value> {
    a.no_kwargs(&format!("{}.{}", ty, name))?;
    if a.pos.len() != 1 {
        return type_error(format!("{}.{}() takes exactly one argument ({} given)", ty, name, a.pos.len()));
    }
    Ok(a.pos[0])
}

/// Positional-only parameters parsed by Argument Clinic (`replace`, `center`, `strip`...).
fn positional(a: &Args, name: &str, min: usize, max: usize) -> R<()> {
    a.no_kwargs(name)?;
    a.arity(name, min, max)
}

/// A `METH_VARARGS` method parsed with `PyArg_ParseTuple` (`find`, `count`...).
fn varargs(a: &Args, ty: &str, name: &str, min: usize, max: usize) -> R<()> {
    a.no_kwargs(&format!("{}.{}", ty, name))?;
    let n = a.pos.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        return type_error(format!("{}() takes at least {} argument{} ({} given)", name, min, plural(min), n));
    }
    if n > max {
        return type_error(format!("{}() takes at most {} argument{} ({} given)", name, max, plural(max), n));
    }
    Ok(())
}

/// Parameters that may also be given by keyword.
fn keywords(a: &Args, name: &str, params: &[&str]) -> R<Vec<Option<Value>>> {
    let total = a.pos.len() + a.kwnames.len();
    if total > params.len() {
        return type_error(format!(
            "{}() takes at most {} {}argument{} ({} given)",
            name,
            params.len(),
            if a.pos.is_empty() { "keyword " } else { "" },
            if params.len() == 1 { "" } else { "s" },
            total
        ));
    }
    a.bind(name, params, 0)
}

/// An index-sized integer argument (`__index__` accepted).
pub fn ssize(v: Value) -> R<i64> {
    let idx = crate::class::index_value(v)?;
    let n = idx.as_ref().map(|o| o.v()).unwrap_or(v);
    if !crate::num::is_int(n) {
        return type_error(format!("'{}' object cannot be interpreted as an integer", ops::type_name(v)));
    }
    Ok(crate::num::to_i64(n)?.unwrap_or(0))
}

/// A slice index (`start`, `end`): None is absent, huge ints are clamped.
fn slice_index(v: Value) -> R<Option<i64>> {
    if is_none(v) {
        return Ok(None);
    }
    let idx = crate::class::index_value(v)?;
    let n = idx.as_ref().map(|o| o.v()).unwrap_or(v);
    if !crate::num::is_int(n) {
        return type_error("slice indices must be integers or None or have an __index__ method");
    }
    match crate::num::to_i64(n) {
        Ok(k) => Ok(k),
        Err(_) => {
            crate::exc::clear_current();
            Ok(Some(if ops::compare_bool(krait_abi::CmpOp::Lt, n, int_from_i64(0).v())? { i64::MIN } else { i64::MAX }))
        }
    }
}

/// The optional `start` and `end` of `find`, `count`, `startswith` and friends.
fn start_end(a: &Args) -> R<(i64, i64)> {
    let start = match a.pos.get(1) {
        Some(v) => slice_index(*v)?.unwrap_or(0),
        None => 0,
    };
    let end = match a.pos.get(2) {
        Some(v) => slice_index(*v)?.unwrap_or(i64::MAX),
        None => i64::MAX,
    };
    Ok((start, end))
}

/// The subsequence argument of `find`, `count` and `index`: bytes-like or a byte value.
fn sub_arg(v: Value) -> R<Vec<u8>> {
    if let Some(b) = buffer(v)? {
        return Ok(b.into_owned());
    }
    if crate::num::is_int(v) || crate::class::index_value(v)?.is_some() {
        return Ok(vec![byte_value(v)?]);
    }
    type_error(format!("argument should be integer or bytes-like object, not '{}'", ops::type_name(v)))
}

/// The fill byte of `center`, `ljust` and `rjust`.
fn fill_arg(a: &Args, name: &str) -> R<u8> {
    match a.pos.get(1) {
        None => Ok(b' '),
        Some(&v) => match buffer(v)? {
            Some(b) if b.len() == 1 && v.ty().kind != Kind::MemoryView => Ok(b[0]),
            _ => type_error(format!("{}() argument 2 must be a byte string of length 1, not {}", name, ops::type_name(v))),
        },
    }
}

// Searching.

/// CPython's `ADJUST_INDICES`.
fn adjust(start: i64, end: i64, len: i64) -> (i64, i64) {
    let end = if end > len { len } else if end < 0 { (end + len).max(0) } else { end };
    let start = if start < 0 { (start + len).max(0) } else { start };
    (start, end)
}

fn find_in(hay: &[u8], sub: &[u8], start: i64, end: i64, forward: bool) -> i64 {
    let (start, end) = adjust(start, end, hay.len() as i64);
    if end - start < sub.len() as i64 {
        return -1;
    }
    let window = &hay[start as usize..end as usize];
    let found = if sub.is_empty() {
        Some(if forward { 0 } else { window.len() })
    } else if forward {
        window.windows(sub.len()).position(|w| w == sub)
    } else {
        window.windows(sub.len()).rposition(|w| w == sub)
    };
    found.map_or(-1, |p| start + p as i64)
}

fn count_in(hay: &[u8], sub: &[u8], start: i64, end: i64) -> i64 {
    let (start, end) = adjust(start, end, hay.len() as i64);
    if end - start < sub.len() as i64 {
        return 0;
    }
    if sub.is_empty() {
        return end - start + 1;
    }
    let window = &hay[start as usize..end as usize];
    let (mut n, mut i) = (0, 0);
    while i + sub.len() <= window.len() {
        if &window[i..i + sub.len()] == sub {
            n += 1;
            i += sub.len();
        } else {
            i += 1;
        }
    }
    n
}

fn tailmatch(hay: &[u8], sub: &[u8], start: i64, end: i64, at_end: bool) -> bool {
    let (start, end) = adjust(start, end, hay.len() as i64);
    if end - (sub.len() as i64) < start {
        return false;
    }
    let window = &hay[start as usize..end as usize];
    if at_end {
        window.ends_with(sub)
    } else {
        window.starts_with(sub)
    }
}

// Splitting.

fn split_whitespace(b: &[u8], maxsplit: i64) -> Vec<&[u8]> {
    let mut out = vec![];
    let mut i = 0;
    let mut left = maxsplit;
    while i < b.len() {
        while i < b.len() && is_space(b[i]) {
            i += 1;
        }
        if i == b.len() {
            break;
        }
        if left == 0 {
            // The rest, with its trailing whitespace.
            out.push(&b[i..]);
            break;
        }
        let s = i;
        while i < b.len() && !is_space(b[i]) {
            i += 1;
        }
        out.push(&b[s..i]);
        left -= 1;
    }
    out
}

fn rsplit_whitespace(b: &[u8], maxsplit: i64) -> Vec<&[u8]> {
    let mut out = vec![];
    let mut i = b.len();
    let mut left = maxsplit;
    while i > 0 {
        while i > 0 && is_space(b[i - 1]) {
            i -= 1;
        }
        if i == 0 {
            break;
        }
        if left == 0 {
            // The rest, with its leading whitespace.
            out.push(&b[..i]);
            break;
        }
        let e = i;
        while i > 0 && !is_space(b[i - 1]) {
            i -= 1;
        }
        out.push(&b[i..e]);
        left -= 1;
    }
    out.reverse();
    out
}

fn split_sep<'a>(b: &'a [u8], sep: &[u8], maxsplit: i64) -> Vec<&'a [u8]> {
    let mut out = vec![];
    let (mut start, mut i, mut left) = (0, 0, maxsplit);
    while left != 0 && i + sep.len() <= b.len() {
        if &b[i..i + sep.len()] == sep {
            out.push(&b[start..i]);
            i += sep.len();
            start = i;
            left -= 1;
        } else {
            i += 1;
        }
    }
    out.push(&b[start..]);
    out
}

fn rsplit_sep<'a>(b: &'a [u8], sep: &[u8], maxsplit: i64) -> Vec<&'a [u8]> {
    let mut out = vec![];
    let (mut end, mut left) = (b.len(), maxsplit);
    let mut i = b.len();
    while left != 0 && i >= sep.len() {
        if &b[i - sep.len()..i] == sep {
            out.push(&b[i..end]);
            i -= sep.len();
            end = i;
            left -= 1;
        } else {
            i -= 1;
        }
    }
    out.push(&b[..end]);
    out.reverse();
    out
}

fn splitlines(b: &[u8], keepends: bool) -> Vec<&[u8]> {
    let mut out = vec![];
    let mut i = 0;
    while i < b.len() {
        let s = i;
        while i < b.len() && b[i] != b'\n' && b[i] != b'\r' {
            i += 1;
        }
        let mut eol = i;
        if i < b.len() {
            if b[i] == b'\r' && i + 1 < b.len() && b[i + 1] == b'\n' {
                i += 2;
            } else {
                i += 1;
            }
            if keepends {
                eol = i;
            }
        }
        out.push(&b[s..eol]);
    }
    out
}

fn list_of(ba: bool, parts: Vec<&[u8]>) -> Obj {
    list_from(parts.into_iter().map(|p| make(ba, p.to_vec()).into_raw()).collect())
}

// Case.

fn title(b: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    b.iter()
        .map(|&c| {
            let r = if prev_cased { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
            prev_cased = c.is_ascii_alphabetic();
            r
        })
        .collect()
}

fn istitle(b: &[u8]) -> bool {
    let (mut cased, mut prev_cased) = (false, false);
    for &c in b {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// `bytes.hex(sep, bytes_per_sep)` and `bytearray.hex`, `memoryview.hex`.
pub fn hex(b: &[u8], a: &Args) -> R<Obj> {
    let p = keywords(a, "hex", &["sep", "bytes_per_sep"])?;
    let sep = match p[0] {
        None => None,
        Some(s) => {
            let n = ops::len(s)?;
            if n != 1 {
                return value_error("sep must be length 1.");
            }
            let c = if let Some(t) = as_str(s) {
                t.s.chars().next().unwrap_or(' ') as u32
            } else if let Some(bs) = crate::bytes::as_bytes(s) {
                bs[0] as u32
            } else {
                return type_error("sep must be str or bytes.");
            };
            if c > 127 {
                return value_error("sep must be ASCII.");
            }
            Some(c as u8 as char)
        }
    };
    let per = match p[1] {
        None => 1,
        Some(v) => {
            let n = ssize(v)?;
            if i32::try_from(n).is_err() {
                return Err(raise(&OVERFLOW_ERROR, "Python int too large to convert to C int"));
            }
            n
        }
    };
    let digits: Vec<String> = b.iter().map(|c| format!("{:02x}", c)).collect();
    let Some(sep) = sep.filter(|_| per != 0 && !b.is_empty()) else {
        return Ok(str_from(digits.concat()));
    };
    let group = per.unsigned_abs() as usize;
    let mut out = String::new();
    if per > 0 {
        // Groups are counted from the right.
        let first = match b.len() % group {
            0 => group,
            r => r,
        };
        for (i, d) in digits.iter().enumerate() {
            if i > 0 && (i + group - first) % group == 0 {
                out.push(sep);
            }
            out.push_str(d);
        }
    } else {
        for (i, d) in digits.iter().enumerate() {
            if i > 0 && i % group == 0 {
                out.push(sep);
            }
            out.push_str(d);
        }
    }
    Ok(str_from(out))
}

/// `bytes.fromhex(text)`: pairs of hex digits, spaces allowed between pairs.
pub fn fromhex(a: &Args, ty: &str) -> R<Vec<u8>> {
    let v = one_arg(a, ty, "fromhex")?;
    let Some(s) = as_str(v) else {
        return type_error(format!("fromhex() argument must be str, not {}", ops::arg_type_name(v)));
    };
    let chars: Vec<char> = s.s.chars().collect();
    let mut out = vec![];
    let mut i = 0;
    let digit = |i: usize| chars.get(i).and_then(|c| c.to_digit(16));
    while i < chars.len() {
        if chars[i].is_ascii() && is_space(chars[i] as u8) {
            while i < chars.len() && chars[i].is_ascii() && is_space(chars[i] as u8) {
                i += 1;
            }
            if i >= chars.len() {
                break;
            }
        }
        let bad = |i: usize| value_error(format!("non-hexadecimal number found in fromhex() arg at position {}", i));
        let Some(top) = digit(i) else { return bad(i) };
        let Some(bot) = digit(i + 1) else { return bad(i + 1) };
        out.push((top * 16 + bot) as u8);
        i += 2;
    }
    Ok(out)
}

/// `bytes.maketrans(from, to)`.
pub fn maketrans(a: &Args, ty: &str) -> R<Obj> {
    positional(a, "maketrans", 2, 2)?;
    let _ = ty;
    let (from, to) = (buffer_arg(a.pos[0])?, buffer_arg(a.pos[1])?);
    if from.len() != to.len() {
        return value_error("maketrans arguments must have same length");
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (f, t) in from.iter().zip(&to) {
        table[*f as usize] = *t;
    }
    Ok(bytes_from(table))
}

/// `sep.join(iterable)`.
fn join(sep: &[u8], ba: bool, it: Value) -> R<Obj> {
    let items = match ops::iter(it) {
        Ok(i) => i,
        Err(e) => {
            if crate::exc::current_is(&TYPE_ERROR) {
                crate::exc::clear_current();
                return type_error("can only join an iterable");
            }
            return Err(e);
        }
    };
    let mut out = vec![];
    let mut i = 0;
    while let Some(x) = ops::next(items.v())? {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        match buffer(x.v())? {
            Some(y) => out.extend_from_slice(&y),
            None => return type_error(format!("sequence item {}: expected a bytes-like object, {} found", i, ops::type_name(x.v()))),
        }
        i += 1;
    }
    Ok(make(ba, out))
}

fn replace(b: &[u8], old: &[u8], new: &[u8], count: i64) -> Vec<u8> {
    let mut left = if count < 0 { i64::MAX } else { count };
    let mut out = Vec::with_capacity(b.len());
    if old.is_empty() {
        for (i, &c) in b.iter().enumerate() {
            if left > 0 {
                out.extend_from_slice(new);
                left -= 1;
            }
            out.push(c);
            if i + 1 == b.len() && left > 0 {
                out.extend_from_slice(new);
            }
        }
        if b.is_empty() && left > 0 {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut i = 0;
    while i < b.len() {
        if left > 0 && i + old.len() <= b.len() && &b[i..i + old.len()] == old {
            out.extend_from_slice(new);
            i += old.len();
            left -= 1;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    out
}

fn pad(b: &[u8], left: usize, right: usize, fill: u8) -> R<Vec<u8>> {
    if (left + right) as u64 > isize::MAX as u64 / 2 {
        return Err(raise(&MEMORY_ERROR, ""));
    }
    let mut out = vec![fill; left];
    out.extend_from_slice(b);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}

/// A method of bytes (`ba` false) or bytearray (`ba` true) on the contents `b`;
/// `Ok(None)` when `name` is not one of these methods.
pub fn call_method(b: &[u8], ba: bool, name: &str, a: &Args) -> R<Option<Obj>> {
    let ty = if ba { "bytearray" } else { "bytes" };
    let mk = |v: Vec<u8>| make(ba, v);
    Ok(Some(match name {
        "decode" => {
            let p = keywords(a, "decode", &["encoding", "errors"])?;
            let text = |v: Option<Value>, pname: &str, default: &str| -> R<String> {
                match v {
                    None => Ok(default.to_string()),
                    Some(v) => match as_str(v) {
                        Some(s) => Ok(s.s.to_string()),
                        None => type_error(format!("decode() argument '{}' must be str, not {}", pname, ops::arg_type_name(v))),
                    },
                }
            };
            let enc = text(p[0], "encoding", "utf-8")?;
            let errors = text(p[1], "errors", "strict")?;
            decode_bytes(b, &enc, &errors)?
        }
        "hex" => hex(b, a)?,
        "fromhex" => mk(fromhex(a, ty)?),
        "maketrans" => maketrans(a, ty)?,
        "upper" | "lower" | "swapcase" | "capitalize" | "title" => {
            noargs(a, ty, name)?;
            mk(match name {
                "upper" => b.to_ascii_uppercase(),
                "lower" => b.to_ascii_lowercase(),
                "swapcase" => b.iter().map(|&c| if c.is_ascii_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() }).collect(),
                "capitalize" => b.iter().enumerate().map(|(i, &c)| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }).collect(),
                _ => title(b),
            })
        }
        "isalnum" | "isalpha" | "isascii" | "isdigit" | "islower" | "isspace" | "istitle" | "isupper" => {
            noargs(a, ty, name)?;
            let all = |f: fn(&u8) -> bool| !b.is_empty() && b.iter().all(f);
            bool_obj(match name {
                "isalnum" => all(|c| c.is_ascii_alphanumeric()),
                "isalpha" => all(|c| c.is_ascii_alphabetic()),
                "isascii" => b.is_ascii(),
                "isdigit" => all(|c| c.is_ascii_digit()),
                "isspace" => all(|c| is_space(*c)),
                "islower" => b.iter().any(|c| c.is_ascii_lowercase()) && !b.iter().any(|c| c.is_ascii_uppercase()),
                "isupper" => b.iter().any(|c| c.is_ascii_uppercase()) && !b.iter().any(|c| c.is_ascii_lowercase()),
                _ => istitle(b),
            })
        }
        "find" | "rfind" | "index" | "rindex" => {
            varargs(a, ty, name, 1, 3)?;
            let sub = sub_arg(a.pos[0])?;
            let (start, end) = start_end(a)?;
            let r = find_in(b, &sub, start, end, name == "find" || name == "index");
            if r < 0 && (name == "index" || name == "rindex") {
                return value_error("subsection not found");
            }
            int_from_i64(r)
        }
        "count" => {
            varargs(a, ty, name, 1, 3)?;
            let sub = sub_arg(a.pos[0])?;
            let (start, end) = start_end(a)?;
            int_from_i64(count_in(b, &sub, start, end))
        }
        "startswith" | "endswith" => {
            varargs(a, ty, name, 1, 3)?;
            let (start, end) = start_end(a)?;
            let at_end = name == "endswith";
            let cand = a.pos[0];
            if let Some(t) = as_tuple(cand) {
                let mut found = false;
                for &x in t.items.iter() {
                    if tailmatch(b, &buffer_arg(x)?, start, end, at_end) {
                        found = true;
                        break;
                    }
                }
                bool_obj(found)
            } else {
                match buffer(cand)? {
                    Some(sub) => bool_obj(tailmatch(b, &sub, start, end, at_end)),
                    None => {
                        return type_error(format!("{} first arg must be bytes or a tuple of bytes, not {}", name, ops::type_name(cand)));
                    }
                }
            }
        }
        "split" | "rsplit" => {
            let p = keywords(a, name, &["sep", "maxsplit"])?;
            let maxsplit = match p[1] {
                Some(x) => ssize(x)?,
                None => -1,
            };
            let maxsplit = if maxsplit < 0 { i64::MAX } else { maxsplit };
            let parts = match p[0] {
                Some(sep) if !is_none(sep) => {
                    let sep = buffer_arg(sep)?;
                    if sep.is_empty() {
                        return value_error("empty separator");
                    }
                    if name == "split" {
                        split_sep(b, &sep, maxsplit)
                    } else {
                        rsplit_sep(b, &sep, maxsplit)
                    }
                }
                _ if name == "split" => split_whitespace(b, maxsplit),
                _ => rsplit_whitespace(b, maxsplit),
            };
            list_of(ba, parts)
        }
        "splitlines" => {
            let p = keywords(a, name, &["keepends"])?;
            let keepends = match p[0] {
                Some(x) => ops::truthy(x)?,
                None => false,
            };
            list_of(ba, splitlines(b, keepends))
        }
        "partition" | "rpartition" => {
            let sep = buffer_arg(one_arg(a, ty, name)?)?;
            if sep.is_empty() {
                return value_error("empty separator");
            }
            let found = if name == "partition" { find_in(b, &sep, 0, i64::MAX, true) } else { find_in(b, &sep, 0, i64::MAX, false) };
            let parts: [Vec<u8>; 3] = if found >= 0 {
                let i = found as usize;
                [b[..i].to_vec(), sep.clone(), b[i + sep.len()..].to_vec()]
            } else if name == "partition" {
                [b.to_vec(), vec![], vec![]]
            } else {
                [vec![], vec![], b.to_vec()]
            };
            tuple_from(parts.into_iter().map(|p| mk(p).into_raw()).collect())
        }
        "join" => join(b, ba, one_arg(a, ty, name)?)?,
        "strip" | "lstrip" | "rstrip" => {
            positional(a, name, 0, 1)?;
            let chars: Option<Vec<u8>> = match a.pos.first() {
                Some(&v) if !is_none(v) => Some(buffer_arg(v)?),
                _ => None,
            };
            let strip = |c: u8| match &chars {
                None => is_space(c),
                Some(set) => set.contains(&c),
            };
            let (mut s, mut e) = (0, b.len());
            if name != "rstrip" {
                while s < e && strip(b[s]) {
                    s += 1;
                }
            }
            if name != "lstrip" {
                while e > s && strip(b[e - 1]) {
                    e -= 1;
                }
            }
            mk(b[s..e].to_vec())
        }
        "removeprefix" | "removesuffix" => {
            let affix = buffer_arg(one_arg(a, ty, name)?)?;
            let r = if name == "removeprefix" { b.strip_prefix(&affix[..]) } else { b.strip_suffix(&affix[..]) };
            mk(r.unwrap_or(b).to_vec())
        }
        "replace" => {
            positional(a, name, 2, 3)?;
            let (old, new) = (buffer_arg(a.pos[0])?, buffer_arg(a.pos[1])?);
            let count = match a.pos.get(2) {
                Some(&c) => ssize(c)?,
                None => -1,
            };
            mk(replace(b, &old, &new, count))
        }
        "center" | "ljust" | "rjust" => {
            positional(a, name, 1, 2)?;
            let width = ssize(a.pos[0])?;
            let fill = fill_arg(a, name)?;
            if width <= b.len() as i64 {
                mk(b.to_vec())
            } else {
                let marg = width as usize - b.len();
                let (l, r) = match name {
                    "center" => {
                        let left = marg / 2 + (marg & width as usize & 1);
                        (left, marg - left)
                    }
                    "ljust" => (0, marg),
                    _ => (marg, 0),
                };
                mk(pad(b, l, r, fill)?)
            }
        }
        "zfill" => {
            let width = ssize(one_arg(a, ty, name)?)?;
            if width <= b.len() as i64 {
                mk(b.to_vec())
            } else {
                let fill = width as usize - b.len();
                let mut out = pad(b, fill, 0, b'0')?;
                if let Some(&c @ (b'+' | b'-')) = b.first() {
                    out[0] = c;
                    out[fill] = b'0';
                }
                mk(out)
            }
        }
        "expandtabs" => {
            let p = keywords(a, name, &["tabsize"])?;
            let tabsize = match p[0] {
                Some(x) => ssize(x)?,
                None => 8,
            };
            let mut out = Vec::with_capacity(b.len());
            let mut col: i64 = 0;
            for &c in b {
                if c == b'\t' {
                    if tabsize > 0 {
                        let incr = tabsize - col % tabsize;
                        col += incr;
                        out.extend(std::iter::repeat_n(b' ', incr as usize));
                    }
                } else {
                    col += 1;
                    out.push(c);
                    if c == b'\n' || c == b'\r' {
                        col = 0;
                    }
                }
            }
            mk(out)
        }
        "translate" => {
            if a.pos.len() + a.kwnames.len() > 2 {
                return type_error(format!("translate() takes at most 2 arguments ({} given)", a.pos.len() + a.kwnames.len()));
            }
            a.only_kwargs("translate", &["delete"])?;
            if a.pos.is_empty() {
                return type_error("translate() missing required argument 'table' (pos 1)");
            }
            let table = match a.pos[0] {
                t if is_none(t) => None,
                t => {
                    let t = buffer_arg(t)?;
                    if t.len() != 256 {
                        return value_error("translation table must be 256 characters long");
                    }
                    Some(t)
                }
            };
            let delete = match a.pos.get(1).copied().or(a.kw("delete")) {
                Some(d) => buffer_arg(d)?,
                None => vec![],
            };
            let out: Vec<u8> = b
                .iter()
                .filter(|c| !delete.contains(c))
                .map(|&c| match &table {
                    Some(t) => t[c as usize],
                    None => c,
                })
                .collect();
            mk(out)
        }
        _ => return Ok(None),
    }))
}
