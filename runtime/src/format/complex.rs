//! Complex numbers as text: `repr`, `format(z, spec)` and `complex(text)`, ports of
//! CPython 3.11's `complex_repr`, `format_complex_internal` and
//! `complex_from_string_inner`.

use super::float::{double_to_string, FloatFlags};
use super::spec::{parse_spec, render_number, separator, unknown_code, NumberParts};
use super::{is_ascii_space, str_repr, to_ascii_number_text, value_err, FmtError};

/// `repr(z)`: `1j`, `(1+2j)`, `(-0-0j)`, `(nan+infj)`. Parts use the float repr rules
/// without the `.0` that float's repr adds (`(1+0j)`).
pub fn complex_repr(re: f64, im: f64) -> String {
    let flags = FloatFlags::default();
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", double_to_string(im, 'r', 0, flags));
    }
    let r = double_to_string(re, 'r', 0, flags);
    let i = double_to_string(im, 'r', 0, flags);
    let sign = if i.starts_with('-') { "" } else { "+" };
    format!("({}{}{}j)", r, sign, i)
}

/// Splits the text of a formatted float into the parts `render_number` lays out.
fn number_parts(text: &str) -> NumberParts<'_> {
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let n_digits = body.bytes().take_while(|b| b.is_ascii_digit()).count();
    let (digits, after) = body.split_at(n_digits);
    let (decimal, remainder) = match after.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, after),
    };
    NumberParts { negative, prefix: "", digits, decimal, remainder }
}

/// `format(z, spec)` for a complex number: types `e E f F g G n` and none (like `str(z)`
/// when there is no precision), with fill, alignment, sign, `z`, `#`, grouping and width;
/// zero padding and `=` alignment are errors, as in CPython.
pub fn format_complex(re: f64, im: f64, spec: &str) -> Result<String, FmtError> {
    if spec.is_empty() {
        return Ok(complex_repr(re, im));
    }
    let s = parse_spec(spec, "complex", '\0', '>')?;
    match s.ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' => {}
        t => return Err(unknown_code(t, "complex")),
    }
    if s.precision.is_some_and(|p| p > i32::MAX as usize) {
        return value_err("precision too big");
    }
    if s.fill == '0' {
        return value_err("Zero padding is not allowed in complex format specifier");
    }
    if s.align == '=' {
        return value_err("'=' alignment flag is not allowed in complex format specifier");
    }
    let flags = FloatFlags { alt: s.alternate, no_neg_0: s.no_neg_0, ..FloatFlags::default() };
    let mut ty = s.ty;
    let mut default_precision = 6;
    let mut skip_re = false;
    let mut add_parens = false;
    if ty == '\0' {
        // No type: like str(z).
        ty = 'r';
        default_precision = 0;
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            add_parens = true;
        }
    }
    if ty == 'n' {
        ty = 'g';
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
    let re_text = double_to_string(re, ty, precision, flags);
    let im_text = double_to_string(im, ty, precision, flags);
    // The parts are laid out without padding; the whole is padded at the end.
    let mut part_spec = s.clone();
    part_spec.width = None;
    part_spec.fill = ' ';
    part_spec.align = '<';
    let sep = if s.ty == 'n' { None } else { separator(&s) };
    let re_out = render_number(&number_parts(&re_text), &part_spec, sep);
    if !skip_re {
        part_spec.sign = Some('+');
    }
    let im_out = render_number(&number_parts(&im_text), &part_spec, sep);
    let mut body = String::new();
    if add_parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&re_out);
    }
    body.push_str(&im_out);
    body.push('j');
    if add_parens {
        body.push(')');
    }
    let n = body.chars().count();
    let width = s.width.unwrap_or(0);
    if width <= n {
        return Ok(body);
    }
    let pad = width - n;
    let (l, r) = match s.align {
        '<' => (0, pad),
        '^' => (pad / 2, pad - pad / 2),
        _ => (pad, 0),
    };
    let fill = |k: usize| s.fill.to_string().repeat(k);
    Ok(format!("{}{}{}", fill(l), body, fill(r)))
}

/// The longest prefix of `b` that `PyOS_string_to_double` reads as a float (a sign, then
/// digits with an optional point and exponent, or `inf`/`infinity`/`nan`), with its value
/// and length; `None` when no prefix is a float. Overflow gives an infinity.
fn float_prefix(b: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    let negative = matches!(b.first(), Some(b'-'));
    if matches!(b.first(), Some(b'+' | b'-')) {
        i = 1;
    }
    let rest: Vec<u8> = b[i..].iter().take(8).map(|c| c.to_ascii_lowercase()).collect();
    let sign = if negative { -1.0 } else { 1.0 };
    if rest.starts_with(b"infinity") {
        return Some((sign * f64::INFINITY, i + 8));
    }
    if rest.starts_with(b"inf") {
        return Some((sign * f64::INFINITY, i + 3));
    }
    if rest.starts_with(b"nan") {
        return Some((if negative { -f64::NAN } else { f64::NAN }, i + 3));
    }
    let digits = |i: &mut usize| {
        let s = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - s
    };
    let mut n = digits(&mut i);
    if i < b.len() && b[i] == b'.' {
        i += 1;
        n += digits(&mut i);
    }
    if n == 0 {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut j = i + 1;
        if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
            j += 1;
        }
        if digits(&mut j) > 0 {
            i = j;
        }
    }
    let text = std::str::from_utf8(&b[..i]).ok()?;
    text.parse::<f64>().ok().map(|v| (v, i))
}

/// `complex(text)`: `1+2j`, `(1-2j)`, `2.5`, `-j`, `inf+nanj`, surrounding whitespace and
/// PEP 515 underscores between digits. Errors are CPython's.
pub fn parse_complex(text: &str) -> Result<(f64, f64), FmtError> {
    let malformed = || FmtError::Value("complex() arg is a malformed string".into());
    let ascii = to_ascii_number_text(text);
    let mut owned = ascii.into_bytes();
    if owned.contains(&b'_') {
        let invalid = || FmtError::Value(format!("could not convert string to complex: {}", str_repr(text)));
        let mut out = Vec::with_capacity(owned.len());
        let mut prev = 0u8;
        for &c in &owned {
            if c == b'_' {
                if !prev.is_ascii_digit() {
                    return Err(invalid());
                }
            } else {
                if prev == b'_' && !c.is_ascii_digit() {
                    return Err(invalid());
                }
                out.push(c);
            }
            prev = c;
        }
        if prev == b'_' {
            return Err(invalid());
        }
        owned = out;
    }
    let s = &owned[..];
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while is_ascii_space(at(i)) {
        i += 1;
    }
    let mut bracket = false;
    if at(i) == b'(' {
        bracket = true;
        i += 1;
        while is_ascii_space(at(i)) {
            i += 1;
        }
    }
    let (mut x, mut y) = (0.0, 0.0);
    let is_j = |c: u8| c == b'j' || c == b'J';
    match float_prefix(&s[i..]) {
        Some((z, n)) => {
            i += n;
            if at(i) == b'+' || at(i) == b'-' {
                x = z;
                match float_prefix(&s[i..]) {
                    Some((w, m)) => {
                        y = w;
                        i += m;
                    }
                    None => {
                        y = if at(i) == b'+' { 1.0 } else { -1.0 };
                        i += 1;
                    }
                }
                if !is_j(at(i)) {
                    return Err(malformed());
                }
                i += 1;
            } else if is_j(at(i)) {
                i += 1;
                y = z;
            } else {
                x = z;
            }
        }
        None => {
            if at(i) == b'+' || at(i) == b'-' {
                y = if at(i) == b'+' { 1.0 } else { -1.0 };
                i += 1;
            } else {
                y = 1.0;
            }
            if !is_j(at(i)) {
                return Err(malformed());
            }
            i += 1;
        }
    }
    while is_ascii_space(at(i)) {
        i += 1;
    }
    if bracket {
        if at(i) != b')' {
            return Err(malformed());
        }
        i += 1;
        while is_ascii_space(at(i)) {
            i += 1;
        }
    }
    if i != s.len() {
        return Err(malformed());
    }
    Ok((x, y))
}
