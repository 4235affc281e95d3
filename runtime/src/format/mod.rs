//! Text formatting and parsing of numbers and strings, matching CPython 3.11 exactly.
//!
//! This module knows nothing about the object model: it works on plain Rust values
//! (`f64`, `BigInt`, `&str`) and reports failures as [`FmtError`], which names the Python
//! exception class to raise together with CPython's exact message. The runtime's builtins
//! (`repr`, `format`, `str.format`, `%`, `int()`, `float()`, `round`, `bin`/`oct`/`hex`)
//! are thin wrappers around it.
//!
//! The parts are:
//! - `float`: float to text (`repr`, the `e`/`f`/`g` engine) and `round(x, n)`;
//! - `spec`: the format-spec mini-language for `int`, `float` and `str`;
//! - `complex`: `repr`, `format` and parsing of complex numbers;
//! - `parse`: `int(text, base)`, `float(text)` and `bin`/`oct`/`hex`;
//! - `repr`: `repr` and `ascii` of strings;
//! - `percent`: printf-style `fmt % args`;
//! - `template`: splitting `str.format` templates into literals and fields.
//!
//! Known differences from CPython, all deliberate:
//! - `n` formats as in the C locale (no grouping), which is CPython's behaviour until a program
//!   calls `locale.setlocale`;
//! - the int/str digit limit starts at CPython's default, [`INT_MAX_STR_DIGITS`], and
//!   `sys.set_int_max_str_digits()` changes it;
//! - `str.format` templates are parsed whole before anything is looked up (see
//!   [`parse_format_string`]), so a template with several faults may report a different one
//!   first.

mod complex;
mod float;
mod parse;
mod percent;
mod repr;
mod spec;
mod template;
mod unicode_tables;

#[cfg(test)]
mod tests;

pub use self::complex::{complex_repr, format_complex, parse_complex};
pub use self::float::{float_repr, round_float, try_round_float};
pub use self::parse::{
    int_max_str_digits, int_to_decimal, int_to_prefixed, parse_float, parse_int, set_int_max_str_digits,
    INT_MAX_STR_DIGITS,
};
pub use self::percent::{percent_format, percent_format_bytes, percent_format_mapping, PctArg, PctMapping, PctNum};
pub use self::repr::{ascii_escape, is_printable, str_ascii, str_repr};
pub use self::spec::{format_float, format_int, format_int_as, format_str};
pub use self::template::{parse_format_string, Accessor, Field, FieldKey, FieldNumbering, Piece};

/// An error to be raised as a Python exception: which class and CPython's exact message.
#[derive(Debug, Clone, PartialEq)]
pub enum FmtError {
    /// `ValueError`.
    Value(String),
    /// `TypeError`.
    Type(String),
    /// `OverflowError`.
    Overflow(String),
    /// `KeyError`; the payload is the message as `str(exc)` would show it.
    Key(String),
    /// `IndexError`.
    Index(String),
}

impl FmtError {
    /// The Python exception class name for this error.
    pub fn class_name(&self) -> &'static str {
        match self {
            FmtError::Value(_) => "ValueError",
            FmtError::Type(_) => "TypeError",
            FmtError::Overflow(_) => "OverflowError",
            FmtError::Key(_) => "KeyError",
            FmtError::Index(_) => "IndexError",
        }
    }

    /// The message carried by this error.
    pub fn message(&self) -> &str {
        match self {
            FmtError::Value(m)
            | FmtError::Type(m)
            | FmtError::Overflow(m)
            | FmtError::Key(m)
            | FmtError::Index(m) => m,
        }
    }
}

/// Shorthand for a `ValueError`.
pub(crate) fn value_err<T>(msg: impl Into<String>) -> Result<T, FmtError> {
    Err(FmtError::Value(msg.into()))
}

/// The value of a Unicode decimal digit (general category Nd), as `Py_UNICODE_TODECIMAL` gives it.
pub fn decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    if c.is_ascii_digit() {
        return Some(cp - '0' as u32);
    }
    if cp < 0x80 {
        return None;
    }
    let zeros = &unicode_tables::DECIMAL_ZEROS;
    let i = zeros.partition_point(|&z| z <= cp);
    if i == 0 {
        return None;
    }
    let z = zeros[i - 1];
    if cp - z < 10 {
        Some(cp - z)
    } else {
        None
    }
}

/// Whether `c` is whitespace in the sense of `str.isspace`.
pub fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// Maps text the way `_PyUnicode_TransformDecimalAndSpaceToASCII` does before `int()` and
/// `float()` parse it: ASCII stays, other whitespace becomes a space, other decimal digits become
/// ASCII digits, and anything else becomes `?` (which no number syntax accepts).
pub(crate) fn to_ascii_number_text(s: &str) -> String {
    s.chars()
        .map(|c| {
            if (c as u32) < 127 {
                c
            } else if is_py_space(c) {
                ' '
            } else if let Some(d) = decimal_value(c) {
                char::from_digit(d, 10).unwrap_or('?')
            } else {
                '?'
            }
        })
        .collect()
}

/// `Py_ISSPACE`: the ASCII whitespace that `int()` and `float()` strip.
pub(crate) fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}
