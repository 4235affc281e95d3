//! The opcodes of CPython 3.11's regular-expression code (`re/_constants.py`, MAGIC
//! 20220615) and the character tests the matcher makes: categories (`\d \w \s` in
//! their ASCII, locale and Unicode forms), the case mappings of the `*_IGNORE`
//! opcodes, and set membership (`IN`: `LITERAL`, `RANGE`, `CHARSET` bitmaps,
//! `BIGCHARSET` blocks, `NEGATE`).
//!
//! The locale forms (`re.LOCALE`) follow the C library's `<ctype.h>` in a UTF-8
//! locale, where only ASCII characters have properties.

use krait_runtime::strs::props;

// Opcodes.
pub const FAILURE: u32 = 0;
pub const SUCCESS: u32 = 1;
pub const ANY: u32 = 2;
pub const ANY_ALL: u32 = 3;
pub const ASSERT: u32 = 4;
pub const ASSERT_NOT: u32 = 5;
pub const AT: u32 = 6;
pub const BRANCH: u32 = 7;
pub const CATEGORY: u32 = 8;
pub const CHARSET: u32 = 9;
pub const BIGCHARSET: u32 = 10;
pub const GROUPREF: u32 = 11;
pub const GROUPREF_EXISTS: u32 = 12;
pub const IN: u32 = 13;
pub const INFO: u32 = 14;
pub const JUMP: u32 = 15;
pub const LITERAL: u32 = 16;
pub const MARK: u32 = 17;
pub const MAX_UNTIL: u32 = 18;
pub const MIN_UNTIL: u32 = 19;
pub const NOT_LITERAL: u32 = 20;
pub const NEGATE: u32 = 21;
pub const RANGE: u32 = 22;
pub const REPEAT: u32 = 23;
pub const REPEAT_ONE: u32 = 24;
pub const MIN_REPEAT_ONE: u32 = 26;
pub const ATOMIC_GROUP: u32 = 27;
pub const POSSESSIVE_REPEAT: u32 = 28;
pub const POSSESSIVE_REPEAT_ONE: u32 = 29;
pub const GROUPREF_IGNORE: u32 = 30;
pub const IN_IGNORE: u32 = 31;
pub const LITERAL_IGNORE: u32 = 32;
pub const NOT_LITERAL_IGNORE: u32 = 33;
pub const GROUPREF_LOC_IGNORE: u32 = 34;
pub const IN_LOC_IGNORE: u32 = 35;
pub const LITERAL_LOC_IGNORE: u32 = 36;
pub const NOT_LITERAL_LOC_IGNORE: u32 = 37;
pub const GROUPREF_UNI_IGNORE: u32 = 38;
pub const IN_UNI_IGNORE: u32 = 39;
pub const LITERAL_UNI_IGNORE: u32 = 40;
pub const NOT_LITERAL_UNI_IGNORE: u32 = 41;
pub const RANGE_UNI_IGNORE: u32 = 42;

// The flags of the INFO block.
pub const INFO_PREFIX: u32 = 1;
pub const INFO_CHARSET: u32 = 4;

/// `MAXREPEAT`: a repeat count meaning "no upper bound" (the largest code word).
pub const MAXREPEAT: u32 = u32::MAX;

fn to_char(ch: u32) -> Option<char> {
    char::from_u32(ch)
}

/// `sre_lower_ascii`.
#[inline]
pub fn lower_ascii(ch: u32) -> u32 {
    if ch < 128 {
        (ch as u8).to_ascii_lowercase() as u32
    } else {
        ch
    }
}

/// `sre_lower_locale` (only ASCII letters have case in a UTF-8 locale's `tolower`).
#[inline]
pub fn lower_locale(ch: u32) -> u32 {
    lower_ascii(ch)
}

/// `sre_upper_locale`.
#[inline]
pub fn upper_locale(ch: u32) -> u32 {
    if ch < 128 {
        (ch as u8).to_ascii_uppercase() as u32
    } else {
        ch
    }
}

/// `sre_lower_unicode`: `_PyUnicode_ToLowercase`.
#[inline]
pub fn lower_unicode(ch: u32) -> u32 {
    if ch < 128 {
        return lower_ascii(ch);
    }
    to_char(ch).map_or(ch, |c| props::to_lower(c) as u32)
}

/// `sre_upper_unicode`: `_PyUnicode_ToUppercase`.
#[inline]
pub fn upper_unicode(ch: u32) -> u32 {
    if ch < 128 {
        return upper_locale(ch);
    }
    to_char(ch).map_or(ch, |c| props::to_upper(c) as u32)
}

/// `char_loc_ignore`: does `ch` equal `pattern` ignoring case in the locale?
#[inline]
pub fn char_loc_ignore(pattern: u32, ch: u32) -> bool {
    ch == pattern || lower_locale(ch) == pattern || upper_locale(ch) == pattern
}

/// `_sre.ascii_iscased`.
pub fn ascii_iscased(ch: i64) -> bool {
    ch < 128 && ch >= 0 && (ch as u8).is_ascii_alphabetic()
}

/// `_sre.unicode_iscased`.
pub fn unicode_iscased(ch: u32) -> bool {
    ch != lower_unicode(ch) || ch != upper_unicode(ch)
}

#[inline]
fn is_digit(ch: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&ch)
}
#[inline]
fn is_space(ch: u32) -> bool {
    matches!(ch, 9..=13 | 32)
}
#[inline]
fn is_word(ch: u32) -> bool {
    ch < 128 && ((ch as u8).is_ascii_alphanumeric() || ch == b'_' as u32)
}
#[inline]
pub fn is_linebreak(ch: u32) -> bool {
    ch == b'\n' as u32
}
fn uni_is_digit(ch: u32) -> bool {
    to_char(ch).is_some_and(props::is_decimal)
}
fn uni_is_space(ch: u32) -> bool {
    to_char(ch).is_some_and(props::is_space)
}
fn uni_is_linebreak(ch: u32) -> bool {
    to_char(ch).is_some_and(props::is_linebreak)
}
/// `SRE_UNI_IS_WORD`: alphanumeric or underscore.
pub fn uni_is_word(ch: u32) -> bool {
    if ch < 128 {
        return is_word(ch);
    }
    to_char(ch).is_some_and(props::is_alnum)
}
/// `SRE_LOC_IS_WORD`.
pub fn loc_is_word(ch: u32) -> bool {
    is_word(ch)
}
/// `SRE_IS_WORD` (ASCII).
pub fn ascii_is_word(ch: u32) -> bool {
    is_word(ch)
}

/// `sre_category`: is `ch` in the category `code`?
pub fn category(code: u32, ch: u32) -> bool {
    match code {
        0 => is_digit(ch),
        1 => !is_digit(ch),
        2 => is_space(ch),
        3 => !is_space(ch),
        4 => is_word(ch),
        5 => !is_word(ch),
        6 => is_linebreak(ch),
        7 => !is_linebreak(ch),
        8 => loc_is_word(ch),
        9 => !loc_is_word(ch),
        10 => uni_is_digit(ch),
        11 => !uni_is_digit(ch),
        12 => uni_is_space(ch),
        13 => !uni_is_space(ch),
        14 => uni_is_word(ch),
        15 => !uni_is_word(ch),
        16 => uni_is_linebreak(ch),
        17 => !uni_is_linebreak(ch),
        _ => false,
    }
}

/// The code word at `i`, or 0 (`FAILURE`) past the end, so malformed code never reads
/// out of bounds.
#[inline]
pub fn word(code: &[u32], i: usize) -> u32 {
    code.get(i).copied().unwrap_or(FAILURE)
}

/// `SRE(charset)`: is `ch` in the set that starts at `set` (a sequence of set items
/// ending with `FAILURE`)?
pub fn in_charset(code: &[u32], mut set: usize, ch: u32) -> bool {
    let mut ok = true;
    loop {
        let op = word(code, set);
        set += 1;
        match op {
            FAILURE => return !ok,
            LITERAL => {
                if ch == word(code, set) {
                    return ok;
                }
                set += 1;
            }
            CATEGORY => {
                if category(word(code, set), ch) {
                    return ok;
                }
                set += 1;
            }
            CHARSET => {
                // A bitmap of 256 bits in eight 32-bit words.
                if ch < 256 && word(code, set + (ch as usize >> 5)) & (1u32 << (ch & 31)) != 0 {
                    return ok;
                }
                set += 8;
            }
            RANGE => {
                if word(code, set) <= ch && ch <= word(code, set + 1) {
                    return ok;
                }
                set += 2;
            }
            RANGE_UNI_IGNORE => {
                // `ch` is already lowercased; its uppercase may be in the range too.
                let (lo, hi) = (word(code, set), word(code, set + 1));
                if lo <= ch && ch <= hi {
                    return ok;
                }
                let up = upper_unicode(ch);
                if lo <= up && up <= hi {
                    return ok;
                }
                set += 2;
            }
            NEGATE => ok = !ok,
            BIGCHARSET => {
                // <count> <256 block indices, as bytes in 64 words> <count blocks of 8 words>
                let count = word(code, set) as usize;
                set += 1;
                let block = if ch < 0x10000 {
                    let hi = (ch >> 8) as usize;
                    let w = word(code, set + hi / 4);
                    // The indices are the bytes of the words in native (little-endian) order.
                    Some(((w >> ((hi % 4) * 8)) & 0xff) as usize)
                } else {
                    None
                };
                set += 64;
                if let Some(b) = block {
                    let bit = b * 256 + (ch & 255) as usize;
                    if word(code, set + bit / 32) & (1u32 << (bit % 32)) != 0 {
                        return ok;
                    }
                }
                set = set.saturating_add(count.saturating_mul(8));
            }
            _ => return false,
        }
    }
}

/// `SRE(charset_loc_ignore)`.
pub fn in_charset_loc_ignore(code: &[u32], set: usize, ch: u32) -> bool {
    let lo = lower_locale(ch);
    if in_charset(code, set, lo) {
        return true;
    }
    let up = upper_locale(ch);
    up != lo && in_charset(code, set, up)
}
