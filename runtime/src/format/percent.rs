//! printf-style formatting, `fmt % args`, as CPython's `PyUnicode_Format` does it.
//!
//! Arguments are reached through the [`PctArg`] trait so that this module stays independent of
//! the object model. The parser keeps CPython's bookkeeping of how many characters remain, so
//! that malformed specs fail with the same message (`incomplete format`, `unsupported format
//! character ...`) and arguments are consumed in the same order.

use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};

use super::float::{double_to_string, FloatFlags};
use super::parse::int_to_decimal;
use super::repr::ascii_escape;
use super::spec::int_to_float;
use super::{value_err, FmtError};

/// A numeric argument of `%`: an int or a float.
#[derive(Debug, Clone, PartialEq)]
pub enum PctNum {
    /// An int (or bool).
    Int(BigInt),
    /// A float.
    Float(f64),
}

/// One argument of `fmt % args`, seen through the conversions printf-style formatting needs.
pub trait PctArg {
    /// The Python type name, for error messages.
    fn type_name(&self) -> String;
    /// The value as a number for `%d %i %u %x %X %o %e %f %g %c` and `*`, or `None` when it is
    /// not a real number.
    fn as_number(&self) -> Option<PctNum>;
    /// `str(x)`, for `%s`.
    fn to_str(&self) -> Result<String, FmtError>;
    /// `repr(x)`, for `%r` and `%a` (the latter escapes non-ASCII characters itself).
    fn to_repr(&self) -> Result<String, FmtError>;
    /// The character of a str of length 1, for `%c`.
    fn as_char(&self) -> Option<char>;
}

/// The mapping operand of `fmt % mapping`, for `%(name)s` fields.
pub trait PctMapping {
    /// `mapping[key]`, or the error (normally a `KeyError`) that the lookup raises.
    fn get_item(&self, key: &str) -> Result<Box<dyn PctArg + '_>, FmtError>;
}

/// The `-` flag: left-justify.
const F_LJUST: u8 = 1;
/// The `+` flag: always write a sign.
const F_SIGN: u8 = 2;
/// The space flag: a space in place of a plus sign.
const F_BLANK: u8 = 4;
/// The `#` flag: the alternate form.
const F_ALT: u8 = 8;
/// The `0` flag: pad numbers with zeros.
const F_ZERO: u8 = 16;

/// The object that argument lookups currently draw from, as CPython's `ctx->args`.
enum Current<'a> {
    /// The items of a tuple operand.
    Tuple(&'a [&'a dyn PctArg]),
    /// A single (non-tuple) operand.
    Single(&'a dyn PctArg),
    /// A value looked up by `%(key)`.
    Owned(Box<dyn PctArg + 'a>),
}

/// The argument bookkeeping of CPython's `unicode_formatter_t`.
struct Args<'a> {
    current: Current<'a>,
    /// How many arguments there are, or -1 for a single operand.
    arglen: i64,
    /// The next argument's index; a single operand starts at -2.
    argidx: i64,
    dict: Option<&'a dyn PctMapping>,
    /// Formatting bytes (`b'%s' % x`): characters stand for bytes (Latin-1), `%b` is `%s`,
    /// `%r` is `%a`, and `%c` takes a byte.
    bytes: bool,
}

impl<'a> Args<'a> {
    /// The next positional argument, or `TypeError("not enough arguments for format string")`.
    fn next(&mut self) -> Result<&(dyn PctArg + 'a), FmtError> {
        if self.argidx < self.arglen {
            let idx = self.argidx;
            self.argidx += 1;
            return Ok(match &self.current {
                Current::Tuple(items) => items[idx as usize],
                Current::Single(a) => *a,
                Current::Owned(b) => b.as_ref(),
            });
        }
        Err(FmtError::Type(
            "not enough arguments for format string".into(),
        ))
    }
}

/// `fmt % args`, where `args` are the items of a tuple operand, or the single non-tuple operand.
/// Supports the flags `- + space # 0`, width and precision (including `*`), the conversions
/// `d i u o x X e E f F g G c r s a %`, and CPython's error messages. `%(name)s` needs a mapping
/// operand (see [`percent_format_mapping`]); here it fails with
/// `TypeError("format requires a mapping")`.
pub fn percent_format(fmt: &str, args: &[&dyn PctArg]) -> Result<String, FmtError> {
    let state = Args {
        current: Current::Tuple(args),
        arglen: args.len() as i64,
        argidx: 0,
        dict: None,
        bytes: false,
    };
    format_impl(fmt, state)
}

/// `fmt % mapping` for a mapping operand (a dict, or anything else that is not a tuple or str
/// but supports item lookup): `%(name)s` looks `name` up in `map`, and plain `%s` uses `whole`,
/// the mapping object itself. Unused entries are not an error.
pub fn percent_format_mapping(
    fmt: &str,
    whole: &dyn PctArg,
    map: &dyn PctMapping,
) -> Result<String, FmtError> {
    let state = Args {
        current: Current::Single(whole),
        arglen: -1,
        argidx: -2,
        dict: Some(map),
        bytes: false,
    };
    format_impl(fmt, state)
}

/// `fmt % args` for bytes: `fmt` and the text that arguments give are bytes as Latin-1
/// characters, and so is the result. `map` is the mapping operand, if any, with `whole`
/// being that operand; otherwise `args` are the arguments.
pub fn percent_format_bytes(
    fmt: &str,
    args: &[&dyn PctArg],
    map: Option<(&dyn PctArg, &dyn PctMapping)>,
) -> Result<String, FmtError> {
    let state = match map {
        Some((whole, map)) => Args {
            current: Current::Single(whole),
            arglen: -1,
            argidx: -2,
            dict: Some(map),
            bytes: true,
        },
        None => Args {
            current: Current::Tuple(args),
            arglen: args.len() as i64,
            argidx: 0,
            dict: None,
            bytes: true,
        },
    };
    format_impl(fmt, state)
}

/// The shared driver of [`percent_format`] and [`percent_format_mapping`].
fn format_impl(fmt: &str, mut args: Args<'_>) -> Result<String, FmtError> {
    let chars: Vec<char> = fmt.chars().collect();
    let n = chars.len() as i64;
    // Reading past the end yields NUL, as in CPython's NUL-terminated buffer.
    let read = |pos: i64| chars.get(pos as usize).copied().unwrap_or('\0');
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut pos: i64 = 0;
    while pos < n {
        if chars[pos as usize] != '%' {
            out.push(chars[pos as usize]);
            pos += 1;
            continue;
        }
        pos += 1;
        // `cnt` is the number of characters from `pos` to the end, decremented before each read.
        let mut cnt = n - pos;
        let mut ch = read(pos);
        if ch == '%' {
            out.push('%');
            pos += 1;
            continue;
        }
        let mut flags = 0u8;
        let mut width: i64 = -1;
        let mut prec: i64 = -1;
        if ch == '(' {
            let dict = match args.dict {
                Some(d) => d,
                None => return Err(FmtError::Type("format requires a mapping".into())),
            };
            pos += 1;
            cnt -= 1;
            let keystart = pos;
            let mut pcount = 1;
            while pcount > 0 {
                cnt -= 1;
                if cnt < 0 {
                    break;
                }
                ch = read(pos);
                if ch == ')' {
                    pcount -= 1;
                } else if ch == '(' {
                    pcount += 1;
                }
                pos += 1;
            }
            if cnt < 0 || pcount > 0 {
                return value_err("incomplete format key");
            }
            let key: String = chars[keystart as usize..(pos - 1) as usize]
                .iter()
                .collect();
            let value = dict.get_item(&key)?;
            args.current = Current::Owned(value);
            args.arglen = -1;
            args.argidx = -2;
        }
        // Flags.
        loop {
            cnt -= 1;
            if cnt < 0 {
                break;
            }
            ch = read(pos);
            pos += 1;
            match ch {
                '-' => flags |= F_LJUST,
                '+' => flags |= F_SIGN,
                ' ' => flags |= F_BLANK,
                '#' => flags |= F_ALT,
                '0' => flags |= F_ZERO,
                _ => break,
            }
        }
        // Width.
        if ch == '*' {
            let w = star_arg(args.next()?)?;
            let w = w.to_i64().filter(|w| *w != i64::MIN).ok_or_else(|| {
                FmtError::Overflow("Python int too large to convert to C ssize_t".into())
            })?;
            width = w.abs();
            if w < 0 {
                flags |= F_LJUST;
            }
            cnt -= 1;
            if cnt >= 0 {
                ch = read(pos);
                pos += 1;
            }
        } else if ch.is_ascii_digit() {
            width = ch as i64 - '0' as i64;
            loop {
                cnt -= 1;
                if cnt < 0 {
                    break;
                }
                ch = read(pos);
                pos += 1;
                if !ch.is_ascii_digit() {
                    break;
                }
                width = match width
                    .checked_mul(10)
                    .and_then(|w| w.checked_add(ch as i64 - 48))
                {
                    Some(w) => w,
                    None => return value_err("width too big"),
                };
            }
        }
        // Precision.
        if ch == '.' {
            prec = 0;
            cnt -= 1;
            if cnt >= 0 {
                ch = read(pos);
                pos += 1;
            }
            if ch == '*' {
                let p = star_arg(args.next()?)?;
                let p = p.to_i32().ok_or_else(|| {
                    FmtError::Overflow("Python int too large to convert to C int".into())
                })?;
                prec = p.max(0) as i64;
                cnt -= 1;
                if cnt >= 0 {
                    ch = read(pos);
                    pos += 1;
                }
            } else if ch.is_ascii_digit() {
                prec = ch as i64 - '0' as i64;
                loop {
                    cnt -= 1;
                    if cnt < 0 {
                        break;
                    }
                    ch = read(pos);
                    pos += 1;
                    if !ch.is_ascii_digit() {
                        break;
                    }
                    prec = prec * 10 + (ch as i64 - 48);
                    if prec > i32::MAX as i64 {
                        return value_err("precision too big");
                    }
                }
            }
        }
        // The length modifiers `h`, `l` and `L` are accepted and ignored.
        if cnt >= 0 && matches!(ch, 'h' | 'l' | 'L') {
            cnt -= 1;
            if cnt >= 0 {
                ch = read(pos);
                pos += 1;
            }
        }
        if cnt < 0 {
            return value_err("incomplete format");
        }
        let bytes = args.bytes;
        let arg = args.next()?;
        let (text, is_number) = convert(arg, ch, flags, prec, pos - 1, bytes)?;
        let ch = if bytes && ch == 'b' { 's' } else { ch };
        write_padded(&mut out, &text, ch, flags, width, prec, is_number);
        if args.dict.is_some() && args.argidx < args.arglen {
            return Err(not_all_converted(args.bytes));
        }
    }
    if args.argidx < args.arglen && args.dict.is_none() {
        return Err(not_all_converted(args.bytes));
    }
    Ok(out)
}

/// The error for arguments left over.
fn not_all_converted(bytes: bool) -> FmtError {
    let what = if bytes { "bytes" } else { "string" };
    FmtError::Type(format!("not all arguments converted during {} formatting", what))
}

/// The int value of a `*` width or precision argument.
fn star_arg(arg: &dyn PctArg) -> Result<BigInt, FmtError> {
    match arg.as_number() {
        Some(PctNum::Int(i)) => Ok(i),
        _ => Err(FmtError::Type("* wants int".into())),
    }
}

/// Converts one argument for conversion `ch`; returns the text and whether it is a number
/// (which makes the sign flags and zero padding apply). `index` locates `ch` for errors.
fn convert(
    arg: &dyn PctArg,
    ch: char,
    flags: u8,
    prec: i64,
    index: i64,
    bytes: bool,
) -> Result<(String, bool), FmtError> {
    match ch {
        's' => Ok((arg.to_str()?, false)),
        'b' if bytes => Ok((arg.to_str()?, false)),
        'r' if bytes => Ok((ascii_escape(&arg.to_repr()?), false)),
        'r' => Ok((arg.to_repr()?, false)),
        'a' => Ok((ascii_escape(&arg.to_repr()?), false)),
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => Ok((format_long(arg, ch, flags, prec)?, true)),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match arg.as_number() {
                Some(PctNum::Float(f)) => f,
                Some(PctNum::Int(i)) => int_to_float(&i)?,
                None => {
                    let what = if bytes { "float argument required" } else { "must be real number" };
                    return Err(FmtError::Type(format!("{}, not {}", what, arg.type_name())));
                }
            };
            let p = if prec < 0 { 6 } else { prec as usize };
            let fl = FloatFlags {
                alt: flags & F_ALT != 0,
                ..FloatFlags::default()
            };
            Ok((double_to_string(x, ch, p, fl), true))
        }
        'c' if bytes => {
            if let Some(c) = arg.as_char() {
                return Ok((c.to_string(), false));
            }
            match arg.as_number() {
                Some(PctNum::Int(i)) => match i.to_u8() {
                    Some(c) => Ok(((c as char).to_string(), false)),
                    None => Err(FmtError::Overflow("%c arg not in range(256)".into())),
                },
                _ => Err(FmtError::Type("%c requires an integer in range(256) or a single byte".into())),
            }
        }
        'c' => {
            if let Some(c) = arg.as_char() {
                return Ok((c.to_string(), false));
            }
            match arg.as_number() {
                Some(PctNum::Int(i)) => match i.to_u32() {
                    Some(c) if c <= 0x10ffff => match crate::strs::surrogates::char_of(c) {
                        Some(ch) => Ok((ch.to_string(), false)),
                        None => Err(FmtError::Value(crate::strs::RESERVED_CHR.into())),
                    },
                    _ => Err(FmtError::Overflow("%c arg not in range(0x110000)".into())),
                },
                _ => Err(FmtError::Type("%c requires int or char".into())),
            }
        }
        _ => {
            let c = ch as u32;
            let shown = if bytes || (31..=126).contains(&c) { ch } else { '?' };
            value_err(format!(
                "unsupported format character '{}' (0x{:x}) at index {}",
                shown, c, index
            ))
        }
    }
}

/// The text of an integer conversion, as `mainformatlong` and `_PyUnicode_FormatLong` make it:
/// sign, the `0x`/`0o` prefix under `#`, and digits zero-padded to the precision.
fn format_long(arg: &dyn PctArg, ch: char, flags: u8, prec: i64) -> Result<String, FmtError> {
    let wrong_type = || {
        FmtError::Type(if matches!(ch, 'o' | 'x' | 'X') {
            format!(
                "%{} format: an integer is required, not {}",
                ch,
                arg.type_name()
            )
        } else {
            format!(
                "%{} format: a real number is required, not {}",
                ch,
                arg.type_name()
            )
        })
    };
    let v = match arg.as_number() {
        Some(PctNum::Int(i)) => i,
        Some(PctNum::Float(f)) => {
            if matches!(ch, 'o' | 'x' | 'X') {
                return Err(wrong_type());
            }
            if f.is_nan() {
                return value_err("cannot convert float NaN to integer");
            }
            if f.is_infinite() {
                return Err(FmtError::Overflow(
                    "cannot convert float infinity to integer".into(),
                ));
            }
            BigInt::from_f64(f.trunc()).unwrap_or_default()
        }
        None => return Err(wrong_type()),
    };
    let (base, prefix) = match ch {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let negative = v < BigInt::default();
    let mut digits = if base == 10 {
        int_to_decimal(&v)?.trim_start_matches('-').to_string()
    } else {
        v.magnitude().to_str_radix(base)
    };
    if ch == 'X' {
        digits.make_ascii_uppercase();
    }
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    if flags & F_ALT != 0 {
        out.push_str(prefix);
    }
    if prec > digits.len() as i64 {
        out.push_str(&"0".repeat(prec as usize - digits.len()));
    }
    out.push_str(&digits);
    Ok(out)
}

/// Writes a converted argument with its width, precision and flags applied, as
/// `unicode_format_arg_output` does.
fn write_padded(
    out: &mut String,
    text: &str,
    ch: char,
    flags: u8,
    mut width: i64,
    prec: i64,
    mut sign: bool,
) {
    let fill = if sign && flags & F_ZERO != 0 {
        '0'
    } else {
        ' '
    };
    let chars: Vec<char> = text.chars().collect();
    let mut len = chars.len() as i64;
    if (width == -1 || width <= len)
        && (prec == -1 || prec >= len)
        && flags & (F_SIGN | F_BLANK) == 0
    {
        out.push_str(text);
        return;
    }
    if matches!(ch, 's' | 'r' | 'a') && prec >= 0 && len > prec {
        len = prec;
    }
    let mut pindex = 0usize;
    let mut signchar = '\0';
    if sign {
        let c0 = chars.first().copied().unwrap_or('\0');
        if c0 == '-' || c0 == '+' {
            signchar = c0;
            len -= 1;
            pindex += 1;
        } else if flags & F_SIGN != 0 {
            signchar = '+';
        } else if flags & F_BLANK != 0 {
            signchar = ' ';
        } else {
            sign = false;
        }
    }
    if width < len {
        width = len;
    }
    if sign {
        if fill != ' ' {
            out.push(signchar);
        }
        if width > len {
            width -= 1;
        }
    }
    let alt_prefix = flags & F_ALT != 0 && matches!(ch, 'x' | 'X' | 'o');
    if alt_prefix {
        if fill != ' ' {
            out.push('0');
            out.push(ch);
            pindex += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && flags & F_LJUST == 0 {
        out.extend(std::iter::repeat_n(fill, (width - len) as usize));
        width = len;
    }
    if fill == ' ' {
        if sign {
            out.push(signchar);
        }
        if alt_prefix {
            out.push('0');
            out.push(ch);
            pindex += 2;
        }
    }
    out.extend(chars[pindex..].iter().take(len.max(0) as usize));
    if width > len {
        out.extend(std::iter::repeat_n(' ', (width - len) as usize));
    }
}
