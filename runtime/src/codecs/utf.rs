//! The UTF-8, UTF-16 and UTF-32 codecs, with CPython's error positions and reasons
//! and its stateful decoding (`final` false leaves an incomplete sequence at the end
//! unconsumed, for the incremental decoders). Byte orders are CPython's numbers:
//! 0 native (reading a BOM first when decoding, writing one when encoding), -1
//! little-endian, 1 big-endian.
//!
//! Lone surrogates are held as stand-ins (`strs::surrogates`): the encoders refuse them
//! ("surrogates not allowed") unless an error handler deals with them, and the decoders
//! refuse the code points krait reserves for them.

use super::errors::{decode_error, encode_error, encode_exc, replacement_bytes, Replacement};
use crate::strs::surrogates;
use crate::value::R;

/// Calls the error handler of encoder `name` on each run of stand-ins in `s`, copying
/// the rest with `put`.
fn encode_with_surrogates(s: &str, name: &str, errors: &str, out: &mut Vec<u8>, mut put: impl FnMut(char, &mut Vec<u8>)) -> R<()> {
    let text: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < text.len() {
        if !surrogates::is_stand_in(text[i]) {
            put(text[i], out);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < text.len() && surrogates::is_stand_in(text[end]) {
            end += 1;
        }
        let reason = "surrogates not allowed";
        match encode_error(name, errors, &text, i, end, reason)? {
            (Replacement::Bytes(b), next) => {
                out.extend(b);
                i = next;
            }
            // A text replacement must be ASCII, which is then encoded by the codec.
            (Replacement::Text(t), next) => {
                if !t.is_ascii() {
                    return Err(crate::exc::set_current(encode_exc(name, &text, i, end, reason)));
                }
                t.chars().for_each(|c| put(c, out));
                i = next;
            }
        }
    }
    Ok(())
}

/// Encodes text as UTF-8.
pub fn utf8_encode(s: &str, errors: &str) -> R<Vec<u8>> {
    if !surrogates::contains(s) {
        return Ok(s.as_bytes().to_vec());
    }
    let mut out = Vec::with_capacity(s.len());
    encode_with_surrogates(s, "utf-8", errors, &mut out, |c, out| {
        let mut buf = [0u8; 4];
        out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    })?;
    Ok(out)
}

/// Valid UTF-8 `data[pos..upto]` into `out`, sending each reserved code point (see
/// `strs::surrogates`) to the error handler; where to go on from.
fn push_valid(out: &mut String, data: &[u8], mut pos: usize, upto: usize, errors: &str) -> R<usize> {
    while let Some(k) = surrogates::find(&data[pos..upto]) {
        let j = pos + k;
        out.push_str(std::str::from_utf8(&data[pos..j]).unwrap());
        let (rep, next) = decode_error("utf-8", errors, data, j, j + 4, surrogates::RESERVED_REASON)?;
        out.push_str(&rep);
        if next >= upto {
            return Ok(next);
        }
        pos = next;
        // A handler may resume inside a character: decode from there as new input.
        if std::str::from_utf8(&data[pos..upto]).is_err() {
            return Ok(pos);
        }
    }
    out.push_str(std::str::from_utf8(&data[pos..upto]).unwrap());
    Ok(upto)
}

/// Decodes UTF-8: the text and how many bytes were consumed.
pub fn utf8_decode(data: &[u8], errors: &str, final_: bool) -> R<(String, usize)> {
    let mut out = String::with_capacity(data.len());
    let mut pos = 0;
    while pos < data.len() {
        match std::str::from_utf8(&data[pos..]) {
            Ok(_) => {
                pos = push_valid(&mut out, data, pos, data.len(), errors)?;
            }
            Err(e) => {
                let good = pos + e.valid_up_to();
                let after = push_valid(&mut out, data, pos, good, errors)?;
                if after != good {
                    pos = after;
                    continue;
                }
                let (start, end, reason) = match e.error_len() {
                    None => {
                        if !final_ {
                            return Ok((out, good));
                        }
                        (good, data.len(), "unexpected end of data")
                    }
                    Some(n) => {
                        let b = data[good];
                        let reason = if (0x80..0xC2).contains(&b) || b >= 0xF5 { "invalid start byte" } else { "invalid continuation byte" };
                        (good, good + n, reason)
                    }
                };
                let (rep, next) = decode_error("utf-8", errors, data, start, end, reason)?;
                out.push_str(&rep);
                pos = next;
            }
        }
    }
    Ok((out, data.len()))
}

/// The name CPython's messages give a UTF-16/32 codec with this byte order.
fn codec_name(unit: usize, byteorder: i32) -> &'static str {
    match (unit, byteorder) {
        (2, -1) => "utf-16-le",
        (2, 1) => "utf-16-be",
        (2, _) => "utf-16",
        (_, -1) => "utf-32-le",
        (_, 1) => "utf-32-be",
        _ => "utf-32",
    }
}

/// Encodes text as UTF-16 (`unit` 2) or UTF-32 (`unit` 4) in a byte order, with a
/// BOM for byte order 0.
pub fn utf16_32_encode(s: &str, errors: &str, unit: usize, byteorder: i32) -> R<Vec<u8>> {
    let be = byteorder == 1;
    let mut out = Vec::with_capacity(s.len() * unit + unit);
    let put = |u: u32, out: &mut Vec<u8>| {
        if unit == 2 {
            let b = if be { (u as u16).to_be_bytes() } else { (u as u16).to_le_bytes() };
            out.extend_from_slice(&b);
        } else {
            let b = if be { u.to_be_bytes() } else { u.to_le_bytes() };
            out.extend_from_slice(&b);
        }
    };
    if byteorder == 0 {
        put(0xFEFF, &mut out);
    }
    let one = |c: char, out: &mut Vec<u8>| {
        if unit == 2 {
            let mut buf = [0u16; 2];
            for u in c.encode_utf16(&mut buf) {
                put(*u as u32, out);
            }
        } else {
            put(c as u32, out);
        }
    };
    if !surrogates::contains(s) {
        for c in s.chars() {
            one(c, &mut out);
        }
        return Ok(out);
    }
    encode_with_surrogates(s, codec_name(unit, byteorder), errors, &mut out, one)?;
    Ok(out)
}

/// Decodes UTF-16: the text and the bytes consumed; `byteorder` is updated from a
/// BOM when it is 0 on entry (and stays 0 without one).
pub fn utf16_decode(data: &[u8], errors: &str, byteorder: &mut i32, final_: bool) -> R<(String, usize)> {
    let n = data.len();
    let mut q = 0;
    let mut bo = *byteorder;
    if bo == 0 && n >= 2 {
        match u16::from_le_bytes([data[0], data[1]]) {
            0xFEFF => {
                q = 2;
                bo = -1;
            }
            0xFFFE => {
                q = 2;
                bo = 1;
            }
            _ => {}
        }
    }
    let name = codec_name(2, *byteorder);
    let be = bo == 1;
    let unit = |i: usize| if be { u16::from_be_bytes([data[i], data[i + 1]]) } else { u16::from_le_bytes([data[i], data[i + 1]]) };
    let mut out = String::with_capacity(n / 2);
    while q < n {
        let (start, end, reason) = if n - q < 2 {
            if !final_ {
                break;
            }
            (q, n, "truncated data")
        } else {
            let u = unit(q);
            if !(0xD800..0xE000).contains(&u) {
                out.push(char::from_u32(u as u32).unwrap());
                q += 2;
                continue;
            }
            if u >= 0xDC00 {
                (q, q + 2, "illegal encoding")
            } else if n - q < 4 {
                if !final_ {
                    break;
                }
                (q, n, "unexpected end of data")
            } else {
                let u2 = unit(q + 2);
                if (0xDC00..0xE000).contains(&u2) {
                    let c = 0x10000 + (((u as u32) - 0xD800) << 10) + ((u2 as u32) - 0xDC00);
                    if !surrogates::is_reserved(c) {
                        out.push(char::from_u32(c).unwrap());
                        q += 4;
                        continue;
                    }
                    (q, q + 4, surrogates::RESERVED_REASON)
                } else {
                    (q, q + 2, "illegal UTF-16 surrogate")
                }
            }
        };
        let (rep, next) = decode_error(name, errors, data, start, end, reason)?;
        out.push_str(&rep);
        q = next;
    }
    *byteorder = bo;
    Ok((out, q))
}

/// Decodes UTF-32, as [`utf16_decode`] does UTF-16.
pub fn utf32_decode(data: &[u8], errors: &str, byteorder: &mut i32, final_: bool) -> R<(String, usize)> {
    let n = data.len();
    let mut q = 0;
    let mut bo = *byteorder;
    if bo == 0 && n >= 4 {
        match u32::from_le_bytes([data[0], data[1], data[2], data[3]]) {
            0x0000FEFF => {
                q = 4;
                bo = -1;
            }
            0xFFFE0000 => {
                q = 4;
                bo = 1;
            }
            _ => {}
        }
    }
    let name = codec_name(4, *byteorder);
    let be = bo == 1;
    let mut out = String::with_capacity(n / 4);
    while q < n {
        let (start, end, reason) = if n - q < 4 {
            if !final_ {
                break;
            }
            (q, n, "truncated data")
        } else {
            let b = [data[q], data[q + 1], data[q + 2], data[q + 3]];
            let c = if be { u32::from_be_bytes(b) } else { u32::from_le_bytes(b) };
            match char::from_u32(c) {
                Some(ch) if !surrogates::is_reserved(c) => {
                    out.push(ch);
                    q += 4;
                    continue;
                }
                Some(_) => (q, q + 4, surrogates::RESERVED_REASON),
                None if c < 0x110000 => (q, q + 4, "code point in surrogate code point range(0xd800, 0xe000)"),
                None => (q, q + 4, "code point not in range(0x110000)"),
            }
        };
        let (rep, next) = decode_error(name, errors, data, start, end, reason)?;
        out.push_str(&rep);
        q = next;
    }
    *byteorder = bo;
    Ok((out, q))
}

/// Encodes text in a single-byte codec whose characters are those below `limit`
/// (Latin-1: 256, ASCII: 128), calling the error handler on each run of characters
/// it cannot encode.
pub fn ucs1_encode(s: &str, errors: &str, limit: u32) -> R<Vec<u8>> {
    if s.chars().all(|c| (c as u32) < limit) {
        return Ok(s.chars().map(|c| c as u32 as u8).collect());
    }
    let (name, reason) = if limit == 128 { ("ascii", "ordinal not in range(128)") } else { ("latin-1", "ordinal not in range(256)") };
    let text: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        let c = text[i] as u32;
        if c < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < text.len() && text[end] as u32 >= limit {
            end += 1;
        }
        let (rep, next) = encode_error(name, errors, &text, i, end, reason)?;
        out.extend(replacement_bytes(rep, limit, name, &text, i, end, reason)?);
        i = next;
    }
    Ok(out)
}

/// Decodes Latin-1 (every byte is the character of that number).
pub fn latin1_decode(data: &[u8]) -> String {
    data.iter().map(|&b| b as char).collect()
}

/// Decodes ASCII: bytes from 128 go to the error handler, one at a time.
pub fn ascii_decode(data: &[u8], errors: &str) -> R<String> {
    let mut out = String::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        if b < 128 {
            out.push(b as char);
            i += 1;
            continue;
        }
        let (rep, next) = decode_error("ascii", errors, data, i, i + 1, "ordinal not in range(128)")?;
        out.push_str(&rep);
        i = next;
    }
    Ok(out)
}
