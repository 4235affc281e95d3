//! The `_string` module (CPython's `Objects/stringlib/unicode_format.h`, the part
//! `string.Formatter` uses): `formatter_parser` splits a format string into
//! `(literal, field_name, format_spec, conversion)` tuples and
//! `formatter_field_name_split` splits a field name into its first part and an
//! iterator of `(is_attribute, key)` pairs.
//!
//! Both iterators parse lazily, one item per `next()`, as CPython's `MarkupIterator`
//! and `FieldNameIterator` do, so items before a malformed part are produced and the
//! error comes with the `next()` that reaches it. The runtime's own template parser
//! (`krait_runtime::format::parse_format_string`) is not used: it parses a whole
//! template up front, unescapes `{{`, splits field names and checks conversions, none
//! of which `formatter_parser` does; the decimal digit values are shared with it.

use krait_runtime::builtin;
use krait_runtime::call::Args;
use krait_runtime::exc::{type_error, value_error};
use krait_runtime::native_iter::{self, NativeIter};
use krait_runtime::objects::*;
use krait_runtime::ops;
use krait_runtime::value::{Obj, Value, R};
use std::cell::Cell;

macro_rules! iter_type {
    ($id:ident, $name:expr) => {
        static $id: krait_runtime::types::TypeObj = krait_runtime::types::TypeObj {
            head: krait_runtime::value::Header::immortal(&krait_runtime::types::TYPE_TYPE),
            name: $name,
            base: Some(&krait_runtime::types::OBJECT_TYPE),
            kind: krait_runtime::types::Kind::Iter,
            call: None,
            heap: std::ptr::null_mut(),
        };
    };
}

iter_type!(FORMATTER_ITERATOR_TYPE, "formatteriterator");
iter_type!(FIELD_NAME_ITERATOR_TYPE, "fieldnameiterator");

/// The text of a str argument, or CPython's "expected str, got int".
fn str_arg(a: &Args, name: &str) -> R<Vec<char>> {
    let v = crate::clinic::one_arg(a, name)?;
    match as_str(v) {
        Some(s) => Ok(s.s.chars().collect()),
        None => type_error(format!("expected str, got {}", ops::type_name(v))),
    }
}

/// `get_integer`: the value of a run of decimal digits, `None` for an empty or
/// non-decimal run, ValueError when it does not fit a `Py_ssize_t`.
fn get_integer(s: &[char]) -> R<Option<i64>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: i64 = 0;
    for &c in s {
        let Some(d) = krait_runtime::format::decimal_value(c) else {
            return Ok(None);
        };
        if acc > (i64::MAX - d as i64) / 10 {
            return value_error("Too many decimal digits in format string");
        }
        acc = acc * 10 + d as i64;
    }
    Ok(Some(acc))
}

fn text(s: &[char]) -> Obj {
    str_from(s.iter().collect::<String>())
}

/// `MarkupIterator`: the format string and the position of the next item.
struct Markup {
    s: Vec<char>,
    pos: Cell<usize>,
}

/// A parsed replacement field: its name, its spec and its conversion character.
type FieldParts = (Obj, Obj, Option<char>);

impl Markup {
    /// `parse_field`, after the `{`: leaves the position after the field.
    fn parse_field(&self) -> R<FieldParts> {
        let s = &self.s;
        let n = s.len();
        let mut pos = self.pos.get();
        let name_start = pos;
        let mut c = '\0';
        while pos < n {
            c = s[pos];
            pos += 1;
            match c {
                '{' => return value_error("unexpected '{' in field name"),
                '[' => {
                    while pos < n && s[pos] != ']' {
                        pos += 1;
                    }
                    continue;
                }
                '}' | ':' | '!' => break,
                _ => continue,
            }
        }
        let name = text(&s[name_start..pos.saturating_sub(1).max(name_start)]);
        let mut conversion = None;
        if c == '!' || c == ':' {
            if c == '!' {
                if pos >= n {
                    return value_error("end of string while looking for conversion specifier");
                }
                conversion = Some(s[pos]);
                pos += 1;
                if pos < n {
                    let next = s[pos];
                    pos += 1;
                    if next == '}' {
                        self.pos.set(pos);
                        return Ok((name, str_from(""), conversion));
                    }
                    if next != ':' {
                        return value_error("expected ':' after conversion specifier");
                    }
                }
            }
            let spec_start = pos;
            let mut depth = 1;
            while pos < n {
                let ch = s[pos];
                pos += 1;
                if ch == '{' {
                    depth += 1;
                } else if ch == '}' {
                    depth -= 1;
                    if depth == 0 {
                        self.pos.set(pos);
                        return Ok((name, text(&s[spec_start..pos - 1]), conversion));
                    }
                }
            }
            return value_error("unmatched '{' in format spec");
        }
        if c != '}' {
            return value_error("expected '}' before end of string");
        }
        self.pos.set(pos);
        Ok((name, str_from(""), None))
    }
}

impl NativeIter for Markup {
    /// `MarkupIterator_next`: literal text up to the next brace, then the field that
    /// follows it, if any (an escaped brace ends the literal, which keeps one brace).
    fn next(&self, _it: Value) -> R<Option<Obj>> {
        let s = &self.s;
        let n = s.len();
        let start = self.pos.get();
        if start >= n {
            return Ok(None);
        }
        let mut pos = start;
        let mut c = '\0';
        let mut markup_follows = false;
        while pos < n {
            c = s[pos];
            pos += 1;
            if c == '{' || c == '}' {
                markup_follows = true;
                break;
            }
        }
        let at_end = pos >= n;
        let mut len = pos - start;
        if c == '}' && markup_follows && (at_end || s[pos] != '}') {
            return value_error("Single '}' encountered in format string");
        }
        if at_end && c == '{' && markup_follows {
            return value_error("Single '{' encountered in format string");
        }
        if !at_end && markup_follows {
            if s[pos] == c {
                pos += 1;
                markup_follows = false;
            } else {
                len -= 1;
            }
        }
        let literal = text(&s[start..start + len]);
        self.pos.set(pos);
        if !markup_follows {
            return Ok(Some(tuple_from(vec![literal.into_raw(), none().into_raw(), none().into_raw(), none().into_raw()])));
        }
        let (name, spec, conversion) = self.parse_field()?;
        let conv = match conversion {
            Some(ch) => str_from(ch.to_string()),
            None => none(),
        };
        Ok(Some(tuple_from(vec![literal.into_raw(), name.into_raw(), spec.into_raw(), conv.into_raw()])))
    }

    fn traverse(&self, _visit: &mut dyn FnMut(Value)) {}
}

/// `FieldNameIterator`: the rest of a field name after its first part.
struct FieldNames {
    s: Vec<char>,
    pos: Cell<usize>,
}

impl NativeIter for FieldNames {
    /// `FieldNameIterator_next`: `.attr` or `[key]`; a key of decimal digits is an int.
    fn next(&self, _it: Value) -> R<Option<Obj>> {
        let s = &self.s;
        let n = s.len();
        let mut pos = self.pos.get();
        if pos >= n {
            return Ok(None);
        }
        let c = s[pos];
        pos += 1;
        let start = pos;
        let (is_attr, name) = match c {
            '.' => {
                while pos < n && s[pos] != '.' && s[pos] != '[' {
                    pos += 1;
                }
                (true, &s[start..pos])
            }
            '[' => {
                while pos < n && s[pos] != ']' {
                    pos += 1;
                }
                if pos >= n {
                    return value_error("Missing ']' in format string");
                }
                pos += 1;
                (false, &s[start..pos - 1])
            }
            _ => return value_error("Only '.' or '[' may follow ']' in format field specifier"),
        };
        let index = if is_attr { None } else { get_integer(name)? };
        if name.is_empty() {
            return value_error("Empty attribute in format string");
        }
        self.pos.set(pos);
        let key = match index {
            Some(i) => int_from_i64(i),
            None => text(name),
        };
        Ok(Some(tuple_from(vec![bool_obj(is_attr).into_raw(), key.into_raw()])))
    }

    fn traverse(&self, _visit: &mut dyn FnMut(Value)) {}
}

builtin!(formatter_parser, |a| {
    let s = str_arg(a, "_string.formatter_parser")?;
    Ok(native_iter::new(&FORMATTER_ITERATOR_TYPE, Markup { s, pos: Cell::new(0) }))
});

// `formatter_field_name_split(name)`: `(first, rest)`, `first` an int when it is made
// of decimal digits.
builtin!(formatter_field_name_split, |a| {
    let s = str_arg(a, "_string.formatter_field_name_split")?;
    let first_end = s.iter().position(|&c| c == '.' || c == '[').unwrap_or(s.len());
    let first = match get_integer(&s[..first_end])? {
        Some(i) => int_from_i64(i),
        None => text(&s[..first_end]),
    };
    let rest = native_iter::new(&FIELD_NAME_ITERATOR_TYPE, FieldNames { s, pos: Cell::new(first_end) });
    Ok(tuple_from(vec![first.into_raw(), rest.into_raw()]))
});

/// `import _string`.
#[no_mangle]
pub extern "C" fn krait_module__string() -> Value {
    krait_runtime::value::abi(krait_runtime::sysmod::new_module(
        "_string",
        vec![
            ("__doc__", str_from("string helper module")),
            ("formatter_field_name_split", builtin_fn("formatter_field_name_split", formatter_field_name_split)),
            ("formatter_parser", builtin_fn("formatter_parser", formatter_parser)),
        ],
    ))
}
