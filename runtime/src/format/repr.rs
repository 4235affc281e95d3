//! `repr()` and `ascii()` of strings, as CPython's `unicode_repr` and `PyObject_ASCII` write them.

use std::fmt::Write;

use super::unicode_tables::NONPRINTABLE;

/// `str.isprintable` for one character: false for control, format, surrogate, private-use and
/// unassigned code points and for separators other than the ASCII space (Unicode 14.0 data).
pub fn is_printable(c: char) -> bool {
    let cp = c as u32;
    if cp < 0x80 {
        return (0x20..0x7f).contains(&cp);
    }
    NONPRINTABLE.partition_point(|&b| b <= cp) % 2 == 0
}

/// Writes the backslash escape for `c` in the shortest of the `\xNN`, `\uNNNN` and
/// `\UNNNNNNNN` forms.
fn push_hex_escape(out: &mut String, c: char) {
    let cp = crate::strs::surrogates::code_point(c);
    // Writing to a String cannot fail.
    let _ = if cp <= 0xff {
        write!(out, "\\x{:02x}", cp)
    } else if cp <= 0xffff {
        write!(out, "\\u{:04x}", cp)
    } else {
        write!(out, "\\U{:08x}", cp)
    };
}

/// Python's `repr()` of a str: single quotes unless the text contains `'` but no `"`; escapes
/// for the quote, `\\`, `\t`, `\n`, `\r`, and non-printable characters; printable non-ASCII
/// characters stay as they are.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            _ if is_printable(c) => out.push(c),
            _ => push_hex_escape(&mut out, c),
        }
    }
    out.push(quote);
    out
}

/// Escapes every non-ASCII character of `s` as `\xNN`, `\uNNNN` or `\UNNNNNNNN`, which turns a
/// `repr()` into the corresponding `ascii()` (and serves `%a`).
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_hex_escape(&mut out, c);
        }
    }
    out
}

/// Python's `ascii()` of a str.
pub fn str_ascii(s: &str) -> String {
    ascii_escape(&str_repr(s))
}
