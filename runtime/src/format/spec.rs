//! The format-spec mini-language (`format(value, spec)`) for `int`, `float` and `str`.
//!
//! This is a port of CPython's `Python/formatter_unicode.c`: the spec is parsed by
//! [`parse_spec`], then numbers are laid out as
//! `<lpadding> <sign> <prefix> <spadding> <grouped digits> <decimal> <remainder> <rpadding>`
//! by [`render_number`], including CPython's habit of grouping the zero padding itself
//! (`format(1234.5, '012,.1f') == '00,001,234.5'`). Locale-dependent `n` uses the C locale,
//! which is what a Python program sees unless it calls `locale.setlocale`.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::float::{double_to_string, float_repr, FloatFlags};
use super::parse::int_to_decimal;
use super::{decimal_value, value_err, FmtError};

/// Which thousands separator was requested.
#[derive(Clone, Copy, PartialEq, Debug)]
pub(super) enum Grouping {
    None,
    Comma,
    Underscore,
}

/// A parsed format spec, as CPython's `InternalFormatSpec`.
#[derive(Debug, Clone)]
pub(super) struct Spec {
    pub(super) fill: char,
    pub(super) align: char,
    pub(super) sign: Option<char>,
    pub(super) no_neg_0: bool,
    pub(super) alternate: bool,
    pub(super) width: Option<usize>,
    pub(super) grouping: Grouping,
    pub(super) precision: Option<usize>,
    /// The presentation type, with `'\0'` standing for "omitted" where that has a meaning.
    pub(super) ty: char,
}

/// The error for a presentation type that the value's type does not support.
pub(crate) fn unknown_code(ty: char, type_name: &str) -> FmtError {
    let c = ty as u32;
    FmtError::Value(if c > 32 && c < 128 {
        format!(
            "Unknown format code '{}' for object of type '{}'",
            ty, type_name
        )
    } else {
        format!(
            "Unknown format code '\\x{:x}' for object of type '{}'",
            c, type_name
        )
    })
}

/// Reads a run of decimal digits (any Unicode decimal digits, as CPython accepts) starting at
/// `*pos`, returning how many were read and their value.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<(usize, usize), FmtError> {
    let mut acc: usize = 0;
    let mut n = 0;
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        acc = match acc.checked_mul(10).and_then(|a| a.checked_add(d as usize)) {
            Some(a) if a <= isize::MAX as usize => a,
            _ => return value_err("Too many decimal digits in format string"),
        };
        *pos += 1;
        n += 1;
    }
    Ok((n, acc))
}

/// A port of `parse_internal_render_format_spec`; `type_name` is used in error messages.
pub(super) fn parse_spec(
    spec: &str,
    type_name: &str,
    default_type: char,
    default_align: char,
) -> Result<Spec, FmtError> {
    let chars: Vec<char> = spec.chars().collect();
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    let mut s = Spec {
        fill: ' ',
        align: default_align,
        sign: None,
        no_neg_0: false,
        alternate: false,
        width: None,
        grouping: Grouping::None,
        precision: None,
        ty: default_type,
    };
    let end = chars.len();
    let mut pos = 0;
    let mut fill_specified = false;
    let mut align_specified = false;
    if end >= 2 && is_align(chars[1]) {
        s.align = chars[1];
        s.fill = chars[0];
        fill_specified = true;
        align_specified = true;
        pos = 2;
    } else if end >= 1 && is_align(chars[0]) {
        s.align = chars[0];
        align_specified = true;
        pos = 1;
    }
    if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
        s.sign = Some(chars[pos]);
        pos += 1;
    }
    if pos < end && chars[pos] == 'z' {
        s.no_neg_0 = true;
        pos += 1;
    }
    if pos < end && chars[pos] == '#' {
        s.alternate = true;
        pos += 1;
    }
    // The special case for zero padding (kept for backwards compatibility).
    if !fill_specified && pos < end && chars[pos] == '0' {
        s.fill = '0';
        if !align_specified && default_align == '>' {
            s.align = '=';
        }
        pos += 1;
    }
    let (n, w) = get_integer(&chars, &mut pos)?;
    if n > 0 {
        s.width = Some(w);
    }
    if pos < end && chars[pos] == ',' {
        s.grouping = Grouping::Comma;
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if s.grouping != Grouping::None {
            return value_err("Cannot specify both ',' and '_'.");
        }
        s.grouping = Grouping::Underscore;
        pos += 1;
    }
    if pos < end && chars[pos] == ',' && s.grouping == Grouping::Underscore {
        return value_err("Cannot specify both ',' and '_'.");
    }
    if pos < end && chars[pos] == '.' {
        pos += 1;
        let (n, p) = get_integer(&chars, &mut pos)?;
        if n == 0 {
            return value_err("Format specifier missing precision");
        }
        s.precision = Some(p);
    }
    if end - pos > 1 {
        return value_err(format!(
            "Invalid format specifier '{}' for object of type '{}'",
            spec, type_name
        ));
    }
    if end - pos == 1 {
        s.ty = chars[pos];
    }
    if s.grouping != Grouping::None {
        match s.ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => {}
            'b' | 'o' | 'x' | 'X' if s.grouping == Grouping::Underscore => {}
            t => {
                let sep = if s.grouping == Grouping::Comma {
                    ','
                } else {
                    '_'
                };
                let c = t as u32;
                return value_err(if c > 32 && c < 128 {
                    format!("Cannot specify '{}' with '{}'.", sep, t)
                } else {
                    format!("Cannot specify '{}' with '\\x{:x}'.", sep, c)
                });
            }
        }
    }
    Ok(s)
}

/// The pieces of a formatted number before padding and grouping.
pub(super) struct NumberParts<'a> {
    /// Whether the number is negative (its `-` is not part of `digits`).
    pub(super) negative: bool,
    /// The `0x`-style prefix, already in the right case.
    pub(super) prefix: &'a str,
    /// The digits subject to grouping.
    pub(super) digits: &'a str,
    /// Whether a decimal point follows the digits.
    pub(super) decimal: bool,
    /// Everything after the digits (and decimal point): fraction, exponent, `%`, or a `c` char.
    pub(super) remainder: &'a str,
}

/// Inserts `sep` every `group` digits from the right, also producing (grouped) zero padding up
/// to `min_width` characters, as `_PyUnicode_InsertThousandsGrouping` does.
fn group_digits(digits: &str, min_width: i64, sep: Option<(char, usize)>) -> String {
    let chars: Vec<char> = digits.chars().collect();
    let (sep, group) = match sep {
        Some(g) => g,
        None => {
            let pad = (min_width - chars.len() as i64).max(0) as usize;
            return "0".repeat(pad) + digits;
        }
    };
    // Build the groups from the right and reverse at the end.
    let mut parts: Vec<String> = Vec::new();
    let mut remaining = chars.len() as i64;
    let mut min_width = min_width;
    let g = group as i64;
    loop {
        let l = g.min(remaining.max(min_width).max(1));
        let n_zeros = (l - remaining).max(0);
        let n_chars = remaining.min(l).max(0);
        let start = (remaining - n_chars) as usize;
        let mut part = "0".repeat(n_zeros as usize);
        part.extend(&chars[start..remaining as usize]);
        parts.push(part);
        remaining -= n_chars;
        min_width -= l;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    parts.reverse();
    parts.join(&sep.to_string())
}

/// Lays out a number as CPython's `calc_number_widths` and `fill_number` do.
pub(super) fn render_number(parts: &NumberParts, s: &Spec, sep: Option<(char, usize)>) -> String {
    let sign = match s.sign {
        Some('+') => Some(if parts.negative { '-' } else { '+' }),
        Some(' ') => Some(if parts.negative { '-' } else { ' ' }),
        _ if parts.negative => Some('-'),
        _ => None,
    };
    let n_sign = sign.is_some() as i64;
    let n_prefix = parts.prefix.chars().count() as i64;
    let n_remainder = parts.remainder.chars().count() as i64;
    let non_digit = n_sign + n_prefix + parts.decimal as i64 + n_remainder;
    let width = s.width.map(|w| w as i64).unwrap_or(-1);
    let min_width = if s.fill == '0' && s.align == '=' {
        width - non_digit
    } else {
        0
    };
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        group_digits(parts.digits, min_width, sep)
    };
    let n_padding = width - (non_digit + grouped.chars().count() as i64);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if n_padding > 0 {
        match s.align {
            '<' => rpad = n_padding,
            '^' => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            '=' => spad = n_padding,
            _ => lpad = n_padding,
        }
    }
    let fill = |n: i64| s.fill.to_string().repeat(n as usize);
    let mut out = fill(lpad);
    out.extend(sign);
    out.push_str(parts.prefix);
    out.push_str(&fill(spad));
    out.push_str(&grouped);
    if parts.decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    out.push_str(&fill(rpad));
    out
}

/// The separator and group size for a spec (`n` uses the C locale, which has none).
pub(super) fn separator(s: &Spec) -> Option<(char, usize)> {
    match (s.grouping, s.ty) {
        (Grouping::Comma, _) => Some((',', 3)),
        (Grouping::Underscore, 'b' | 'o' | 'x' | 'X') => Some(('_', 4)),
        (Grouping::Underscore, _) => Some(('_', 3)),
        (Grouping::None, _) => None,
    }
}

/// `format(v, spec)` for ints: the full mini-language, with float presentation types converting
/// the int to a float first, and CPython's error messages.
pub fn format_int(v: &BigInt, spec: &str) -> Result<String, FmtError> {
    format_int_as(v, spec, "int")
}

/// [`format_int`] for a value whose type is named `type_name` in errors (`bool`).
pub fn format_int_as(v: &BigInt, spec: &str, type_name: &str) -> Result<String, FmtError> {
    if spec.is_empty() {
        return int_to_decimal(v);
    }
    let s = parse_spec(spec, type_name, 'd', '>')?;
    match s.ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_long_internal(v, &s),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = int_to_float(v)?;
            format_float_internal(f, &s)
        }
        t => Err(unknown_code(t, type_name)),
    }
}

/// Converts an int to the nearest float, or fails as `float(int)` does when it is too large.
pub(crate) fn int_to_float(v: &BigInt) -> Result<f64, FmtError> {
    match v.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(FmtError::Overflow(
            "int too large to convert to float".into(),
        )),
    }
}

/// A port of `format_long_internal`.
fn format_long_internal(v: &BigInt, s: &Spec) -> Result<String, FmtError> {
    if s.precision.is_some() {
        return value_err("Precision not allowed in integer format specifier");
    }
    if s.no_neg_0 {
        return value_err("Negative zero coercion (z) not allowed in integer format specifier");
    }
    let ty = s.ty;
    if ty == 'c' {
        if s.sign.is_some() {
            return value_err("Sign not allowed with integer format specifier 'c'");
        }
        if s.alternate {
            return value_err("Alternate form (#) not allowed with integer format specifier 'c'");
        }
        let ch = match v.to_i64() {
            Some(c) if (0..=0x10ffff).contains(&c) => match crate::strs::surrogates::char_of(c as u32) {
                Some(ch) => ch,
                None => return Err(FmtError::Value(crate::strs::RESERVED_CHR.into())),
            },
            Some(_) => return Err(FmtError::Overflow("%c arg not in range(0x110000)".into())),
            None => {
                return Err(FmtError::Overflow(
                    "Python int too large to convert to C long".into(),
                ))
            }
        };
        let text = ch.to_string();
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            decimal: false,
            remainder: &text,
        };
        return Ok(render_number(&parts, s, None));
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = if base == 10 {
        int_to_decimal(&v.abs())?
    } else {
        v.abs().to_str_radix(base)
    };
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let parts = NumberParts {
        negative: v.is_negative(),
        prefix: if s.alternate { prefix } else { "" },
        digits: &digits,
        decimal: false,
        remainder: "",
    };
    Ok(render_number(&parts, s, separator(s)))
}

/// `format(v, spec)` for floats: types `e E f F g G n %` and none (like `g`, but with at least
/// one digit past the point, and like `repr` when there is no precision), correctly rounded.
pub fn format_float(v: f64, spec: &str) -> Result<String, FmtError> {
    if spec.is_empty() {
        return Ok(float_repr(v));
    }
    let s = parse_spec(spec, "float", '\0', '>')?;
    match s.ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => format_float_internal(v, &s),
        t => Err(unknown_code(t, "float")),
    }
}

/// A port of `format_float_internal`.
fn format_float_internal(v: f64, s: &Spec) -> Result<String, FmtError> {
    let mut ty = s.ty;
    if s.precision.is_some_and(|p| p > i32::MAX as usize) {
        return value_err("precision too big");
    }
    let mut default_precision = 6;
    let mut flags = FloatFlags {
        alt: s.alternate,
        no_neg_0: s.no_neg_0,
        ..FloatFlags::default()
    };
    if ty == '\0' {
        flags.add_dot_0 = true;
        ty = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut val = v;
    let mut add_pct = false;
    if ty == '%' {
        ty = 'f';
        val *= 100.0;
        add_pct = true;
    }
    let precision = match s.precision {
        None => default_precision,
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
    };
    let mut text = double_to_string(val, ty, precision, flags);
    if add_pct {
        text.push('%');
    }
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, &text[..]),
    };
    // Split the body into leading digits, an optional decimal point, and the rest.
    let n_digits = body.bytes().take_while(|b| b.is_ascii_digit()).count();
    let (digits, after) = body.split_at(n_digits);
    let (decimal, remainder) = match after.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, after),
    };
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        decimal,
        remainder,
    };
    let sep = if s.ty == 'n' { None } else { separator(s) };
    Ok(render_number(&parts, s, sep))
}

/// `format(s, spec)` for str: fill, alignment, width and precision (truncation), counted in
/// code points; type `s` or none.
pub fn format_str(text: &str, spec: &str) -> Result<String, FmtError> {
    if spec.is_empty() {
        return Ok(text.to_string());
    }
    let s = parse_spec(spec, "str", 's', '<')?;
    match s.ty {
        's' => {}
        t => return Err(unknown_code(t, "str")),
    }
    match s.sign {
        Some(' ') => return value_err("Space not allowed in string format specifier"),
        Some(_) => return value_err("Sign not allowed in string format specifier"),
        None => {}
    }
    if s.no_neg_0 {
        return value_err("Negative zero coercion (z) not allowed in string format specifier");
    }
    if s.alternate {
        return value_err("Alternate form (#) not allowed in string format specifier");
    }
    if s.align == '=' {
        return value_err("'=' alignment not allowed in string format specifier");
    }
    let mut len = text.chars().count();
    let body: &str = match s.precision {
        Some(p) if p < len => {
            len = p;
            match text.char_indices().nth(p) {
                Some((i, _)) => &text[..i],
                None => text,
            }
        }
        _ => text,
    };
    Ok(pad(body, len, s.width.unwrap_or(0), s.align, s.fill))
}

/// Pads `text` (of `len` code points) to `width` with `fill`, aligned by `align` (`<` `>` `^`).
pub(crate) fn pad(text: &str, len: usize, width: usize, align: char, fill: char) -> String {
    if width <= len {
        return text.to_string();
    }
    let total = width - len;
    let left = match align {
        '>' => total,
        '^' => total / 2,
        _ => 0,
    };
    let f = fill.to_string();
    let mut out = f.repeat(left);
    out.push_str(text);
    out.push_str(&f.repeat(total - left));
    out
}
