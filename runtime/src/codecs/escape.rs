//! The escape codecs: `unicode_escape` and `raw_unicode_escape` (text as Python
//! string-literal escapes over Latin-1), and `escape_encode`/`escape_decode` (bytes
//! as bytes-literal escapes), with CPython's error positions and messages.
//!
//! `\N{name}` escapes need the Unicode character names, which krait does not have:
//! decoding one raises NotImplementedError.

use super::errors::decode_error;
use crate::exc::{raise, value_error};
use crate::types::NOT_IMPLEMENTED_ERROR;
use crate::value::R;

/// `unicode_escape` encoding: backslash, tab, newline and carriage return escaped,
/// other characters outside printable ASCII as `\xhh`, `\uhhhh` or `\Uhhhhhhhh`.
pub fn unicode_escape_encode(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        let n = crate::strs::surrogates::code_point(c);
        match c {
            '\\' => out.extend_from_slice(b"\\\\"),
            '\t' => out.extend_from_slice(b"\\t"),
            '\n' => out.extend_from_slice(b"\\n"),
            '\r' => out.extend_from_slice(b"\\r"),
            _ if (0x20..0x7f).contains(&n) => out.push(n as u8),
            _ => out.extend_from_slice(super::errors::backslash(c).as_bytes()),
        }
    }
    out
}

/// `raw_unicode_escape` encoding: Latin-1, with `\uhhhh`/`\Uhhhhhhhh` for the rest.
pub fn raw_unicode_escape_encode(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        let n = crate::strs::surrogates::code_point(c);
        if n < 0x100 {
            out.push(n as u8);
        } else if n < 0x10000 {
            out.extend_from_slice(format!("\\u{:04x}", n).as_bytes());
        } else {
            out.extend_from_slice(format!("\\U{:08x}", n).as_bytes());
        }
    }
    out
}

fn hex(b: u8) -> Option<u32> {
    (b as char).to_digit(16)
}

/// Decodes `unicode_escape`: the text and the bytes consumed (an escape cut off at
/// the end is left unconsumed when `final_` is false).
pub fn unicode_escape_decode(data: &[u8], errors: &str, final_: bool) -> R<(String, usize)> {
    let name = "unicodeescape";
    let n = data.len();
    let mut out = String::with_capacity(n);
    let mut s = 0;
    'chars: while s < n {
        let c = data[s];
        s += 1;
        if c != b'\\' {
            out.push(c as char);
            continue 'chars;
        }
        let start = s - 1;
        // The message and the end of the bytes in error; `incomplete` when input ran out.
        let (message, end, incomplete): (&str, usize, bool) = 'esc: {
            if s >= n {
                break 'esc ("\\ at end of string", n, true);
            }
            let c = data[s];
            s += 1;
            let simple = match c {
                b'\n' => Some(None),
                b'\\' => Some(Some('\\')),
                b'\'' => Some(Some('\'')),
                b'"' => Some(Some('"')),
                b'b' => Some(Some('\x08')),
                b'f' => Some(Some('\x0c')),
                b't' => Some(Some('\t')),
                b'n' => Some(Some('\n')),
                b'r' => Some(Some('\r')),
                b'v' => Some(Some('\x0b')),
                b'a' => Some(Some('\x07')),
                _ => None,
            };
            if let Some(ch) = simple {
                out.extend(ch);
                continue 'chars;
            }
            if (b'0'..=b'7').contains(&c) {
                let mut v = (c - b'0') as u32;
                for _ in 0..2 {
                    if s < n && (b'0'..=b'7').contains(&data[s]) {
                        v = v * 8 + (data[s] - b'0') as u32;
                        s += 1;
                    } else {
                        break;
                    }
                }
                out.push(char::from_u32(v).unwrap());
                continue 'chars;
            }
            let (count, msg) = match c {
                b'x' => (2, "truncated \\xXX escape"),
                b'u' => (4, "truncated \\uXXXX escape"),
                b'U' => (8, "truncated \\UXXXXXXXX escape"),
                b'N' => return Err(raise(&NOT_IMPLEMENTED_ERROR, "\\N{...} escapes need the Unicode character names, which krait does not have")),
                _ => {
                    out.push('\\');
                    out.push(c as char);
                    continue 'chars;
                }
            };
            let mut v: u32 = 0;
            for _ in 0..count {
                if s >= n {
                    break 'esc (msg, s, true);
                }
                match hex(data[s]) {
                    Some(d) => v = (v << 4) | d,
                    None => break 'esc (msg, s, false),
                }
                s += 1;
            }
            if v > 0x10ffff {
                break 'esc ("illegal Unicode character", s, false);
            }
            match crate::strs::surrogates::char_of(v) {
                Some(ch) => {
                    out.push(ch);
                    continue 'chars;
                }
                None => return Err(super::errors::reserved_error()),
            }
        };
        if incomplete && !final_ {
            return Ok((out, start));
        }
        let (rep, next) = decode_error(name, errors, data, start, end, message)?;
        out.push_str(&rep);
        s = next;
    }
    Ok((out, n))
}

/// Decodes `raw_unicode_escape`: only `\u` and `\U` escapes (after an odd number of
/// backslashes) are interpreted.
pub fn raw_unicode_escape_decode(data: &[u8], errors: &str, final_: bool) -> R<(String, usize)> {
    let name = "rawunicodeescape";
    let n = data.len();
    let mut out = String::with_capacity(n);
    let mut s = 0;
    while s < n {
        let c = data[s];
        s += 1;
        if c != b'\\' {
            out.push(c as char);
            continue;
        }
        let start = s - 1;
        if s >= n {
            if !final_ {
                return Ok((out, start));
            }
            out.push('\\');
            break;
        }
        let c = data[s];
        s += 1;
        let (count, msg) = match c {
            b'u' => (4, "truncated \\uXXXX escape"),
            b'U' => (8, "truncated \\UXXXXXXXX escape"),
            _ => {
                out.push('\\');
                out.push(c as char);
                continue;
            }
        };
        let mut v: u32 = 0;
        let mut bad = None;
        for _ in 0..count {
            if s >= n {
                if !final_ {
                    return Ok((out, start));
                }
                bad = Some((msg, s));
                break;
            }
            match hex(data[s]) {
                Some(d) => v = (v << 4) | d,
                None => {
                    bad = Some((msg, s));
                    break;
                }
            }
            s += 1;
        }
        if bad.is_none() {
            if v > 0x10ffff {
                bad = Some(("\\Uxxxxxxxx out of range", s));
            } else {
                match crate::strs::surrogates::char_of(v) {
                    Some(ch) => {
                        out.push(ch);
                        continue;
                    }
                    None => return Err(super::errors::reserved_error()),
                }
            }
        }
        let (message, end) = bad.unwrap();
        let (rep, next) = decode_error(name, errors, data, start, end, message)?;
        out.push_str(&rep);
        s = next;
    }
    Ok((out, n))
}

/// `escape_encode`: bytes as a bytes literal's contents (single quote escaped).
pub fn escape_encode(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    for &c in data {
        match c {
            b'\'' | b'\\' => out.extend_from_slice(&[b'\\', c]),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            _ if !(0x20..0x7f).contains(&c) => out.extend_from_slice(format!("\\x{:02x}", c).as_bytes()),
            _ => out.push(c),
        }
    }
    out
}

/// `escape_decode` (`_PyBytes_DecodeEscape`): only `strict`, `replace` and `ignore`
/// apply, to a bad `\x` escape; errors are ValueErrors.
pub fn escape_decode(data: &[u8], errors: &str) -> R<Vec<u8>> {
    let n = data.len();
    let mut out = Vec::with_capacity(n);
    let mut s = 0;
    while s < n {
        let c = data[s];
        s += 1;
        if c != b'\\' {
            out.push(c);
            continue;
        }
        if s >= n {
            return value_error("Trailing \\ in string");
        }
        let c = data[s];
        s += 1;
        match c {
            b'\n' => {}
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b't' => out.push(b'\t'),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b'v' => out.push(11),
            b'a' => out.push(7),
            b'0'..=b'7' => {
                let mut v = (c - b'0') as u32;
                for _ in 0..2 {
                    if s < n && (b'0'..=b'7').contains(&data[s]) {
                        v = v * 8 + (data[s] - b'0') as u32;
                        s += 1;
                    } else {
                        break;
                    }
                }
                out.push(v as u8);
            }
            b'x' => {
                if s + 1 < n {
                    if let (Some(a), Some(b)) = (hex(data[s]), hex(data[s + 1])) {
                        out.push((a * 16 + b) as u8);
                        s += 2;
                        continue;
                    }
                }
                match errors {
                    "strict" => return value_error(format!("invalid \\x escape at position {}", s - 2)),
                    "replace" => out.push(b'?'),
                    "ignore" => {}
                    _ => return value_error(format!("decoding error; unknown error handling code: {}", errors)),
                }
                if s < n && hex(data[s]).is_some() {
                    s += 1;
                }
            }
            _ => {
                out.push(b'\\');
                out.push(c);
            }
        }
    }
    Ok(out)
}
