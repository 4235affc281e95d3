//! Lone surrogates in krait's str.
//!
//! Python's str may hold the code points U+D800..U+DFFF on their own: `'\udcff'`,
//! `chr(0xd800)`, and above all the `surrogateescape` error handler, which decodes an
//! undecodable byte 0x80..0xFF as U+DC80..U+DCFF so that file names, arguments and
//! environment variables survive a round trip through str (PEP 383). krait's str is
//! UTF-8 text (a Rust `str`), which cannot hold them.
//!
//! krait therefore stores lone surrogate U+D800+k as the *stand-in* U+10F800+k: the last
//! 2048 code points of Unicode, the top of plane 16's private use area (and its two
//! noncharacters), which text practically never contains. Everything that Python can
//! observe maps a stand-in back to its surrogate: `ord`, `repr`, comparisons (code-point
//! order), the codecs (strict UTF-8 refuses it with "surrogates not allowed",
//! `surrogateescape` and `surrogatepass` encode it), `str.translate`, `re`. Every other
//! operation works on stand-ins unchanged: a surrogate has no case, is not a letter,
//! digit, space or printable character, exactly like the stand-in.
//!
//! The price is that the real characters U+10F800..U+10FFFF cannot be held: `chr()` of
//! one, a `\U0010f800` literal, and decoding one from UTF-8/16/32 are errors that say so
//! (a decoder's error handler applies, so `surrogateescape` round-trips such bytes).

/// The stand-in of U+D800.
pub const STAND_IN_FIRST: u32 = krait_abi::SURROGATE_STAND_IN_FIRST;
const SURROGATE_FIRST: u32 = 0xD800;
const COUNT: u32 = 0x800;

/// The reason a decoder gives for a code point krait reserves for stand-ins.
pub const RESERVED_REASON: &str = "code point reserved by krait for lone surrogates (U+10F800..U+10FFFF)";

/// Is `c` the stand-in of a lone surrogate?
#[inline]
pub fn is_stand_in(c: char) -> bool {
    c as u32 >= STAND_IN_FIRST
}

/// Is `cp` a surrogate code point (U+D800..U+DFFF)?
#[inline]
pub fn is_surrogate(cp: u32) -> bool {
    (SURROGATE_FIRST..SURROGATE_FIRST + COUNT).contains(&cp)
}

/// Is `cp` a real code point krait cannot hold (U+10F800..U+10FFFF)?
#[inline]
pub fn is_reserved(cp: u32) -> bool {
    (STAND_IN_FIRST..0x110000).contains(&cp)
}

/// Python's code point of a character of krait's text (`ord`).
#[inline]
pub fn code_point(c: char) -> u32 {
    let n = c as u32;
    if n >= STAND_IN_FIRST {
        n - STAND_IN_FIRST + SURROGATE_FIRST
    } else {
        n
    }
}

/// The character of krait's text for a Python code point below 0x110000: a surrogate
/// becomes its stand-in; `None` for a reserved code point.
#[inline]
pub fn char_of(cp: u32) -> Option<char> {
    if is_surrogate(cp) {
        char::from_u32(cp - SURROGATE_FIRST + STAND_IN_FIRST)
    } else if is_reserved(cp) {
        None
    } else {
        char::from_u32(cp)
    }
}

/// The stand-in of the surrogate that `surrogateescape` decodes byte `b` (0x80..0xFF) to.
#[inline]
pub fn escape_byte(b: u8) -> char {
    char_of(0xDC00 + b as u32).unwrap()
}

/// The byte `surrogateescape` encodes a character back to, if it is the stand-in of
/// U+DC80..U+DCFF.
#[inline]
pub fn escaped_byte(c: char) -> Option<u8> {
    let cp = code_point(c);
    if (0xDC80..0xDD00).contains(&cp) {
        Some((cp - 0xDC00) as u8)
    } else {
        None
    }
}

/// Does UTF-8 text hold a stand-in?
#[inline]
pub fn contains(s: &str) -> bool {
    find(s.as_bytes()).is_some()
}

/// The offset of the first stand-in (or, in bytes to be decoded, reserved code point)
/// in UTF-8: its encoding starts `F4 8F A0..BF`.
pub fn find(b: &[u8]) -> Option<usize> {
    let mut i = 0;
    while let Some(k) = b[i..].iter().position(|&x| x == 0xF4) {
        let j = i + k;
        if j + 2 < b.len() && b[j + 1] == 0x8F && b[j + 2] >= 0xA0 {
            return Some(j);
        }
        i = j + 1;
    }
    None
}

/// Is there a reserved code point's UTF-8 encoding at `data[i..]`?
#[inline]
pub fn reserved_utf8_at(data: &[u8], i: usize) -> bool {
    data.len() >= i + 4 && data[i] == 0xF4 && data[i + 1] == 0x8F && data[i + 2] >= 0xA0
}

/// The UTF-8 form of a surrogate code point that `surrogatepass` writes.
pub fn surrogate_utf8(cp: u32) -> [u8; 3] {
    [0xE0 | (cp >> 12) as u8, 0x80 | ((cp >> 6) & 0x3F) as u8, 0x80 | (cp & 0x3F) as u8]
}

/// Compares two texts in Python's code-point order. UTF-8 byte order is code-point
/// order except that stand-ins sort after everything, where surrogates sort before
/// U+E000; only the first differing character needs the correction.
pub fn cmp_text(a: &str, b: &str) -> std::cmp::Ordering {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    let common = x.iter().zip(y).take_while(|(p, q)| p == q).count();
    if common == x.len() || common == y.len() {
        return x.len().cmp(&y.len());
    }
    // Back up to the start of the differing characters (the shared prefix is the
    // same in both, so it is the same boundary).
    let mut s = common;
    while s > 0 && (x[s] & 0xC0) == 0x80 {
        s -= 1;
    }
    if x[s] < 0xEE && y[s] < 0xEE {
        // Neither character is a stand-in (which start F4) or at or above U+E000 (which
        // start EE and up), so byte order is code-point order.
        return x[common].cmp(&y[common]);
    }
    let ca = a[s..].chars().next().unwrap();
    let cb = b[s..].chars().next().unwrap();
    code_point(ca).cmp(&code_point(cb))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stand_ins_map_both_ways() {
        assert_eq!(code_point(char_of(0xD800).unwrap()), 0xD800);
        assert_eq!(code_point(char_of(0xDFFF).unwrap()), 0xDFFF);
        assert_eq!(char_of(0x10F800), None);
        assert_eq!(char_of(0x10FFFF), None);
        assert_eq!(char_of(0x41), Some('A'));
        assert_eq!(escaped_byte(escape_byte(0xFF)), Some(0xFF));
        assert_eq!(escaped_byte('A'), None);
    }

    #[test]
    fn detection_and_order() {
        let s: String = ['a', char_of(0xDC80).unwrap()].iter().collect();
        assert!(contains(&s));
        assert!(!contains("a\u{10F7FF}\u{F4}"));
        let sur: String = char_of(0xD800).unwrap().to_string();
        assert_eq!(cmp_text(&sur, "\u{E000}"), std::cmp::Ordering::Less);
        assert_eq!(cmp_text(&sur, "\u{D7FF}"), std::cmp::Ordering::Greater);
        assert_eq!(cmp_text(&sur, "\u{10000}"), std::cmp::Ordering::Less);
        assert_eq!(cmp_text("ab", "abc"), std::cmp::Ordering::Less);
        assert_eq!(cmp_text(&sur, "\u{10F000}"), std::cmp::Ordering::Less);
        assert_eq!(surrogate_utf8(0xD800), [0xED, 0xA0, 0x80]);
    }
}
