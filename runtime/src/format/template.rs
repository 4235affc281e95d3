//! Parsing of `str.format` templates into literal text and replacement fields.
//!
//! This follows CPython's `MarkupIterator` and `field_name_split`
//! (`Objects/stringlib/unicode_format.h`). The whole template is parsed up front, so when a
//! template has several problems the first one found in the text is reported, whereas CPython
//! (which formats as it parses) may first report a missing argument of an earlier field.

use super::{decimal_value, value_err, FmtError};

/// What a replacement field names before any `.attr` or `[key]`.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldKey {
    /// An empty name: the next automatically numbered positional argument.
    Auto,
    /// A positional argument given by number.
    Index(usize),
    /// A keyword argument.
    Name(String),
}

/// An attribute or item access following the field name.
#[derive(Debug, Clone, PartialEq)]
pub enum Accessor {
    /// `.name`.
    Attr(String),
    /// `[key]`; see [`Accessor::item_index`] for when CPython uses the key as an integer.
    Item(String),
}

impl Accessor {
    /// For an `[key]` made only of decimal digits, the integer CPython indexes with;
    /// other keys are used as strings.
    pub fn item_index(&self) -> Option<usize> {
        match self {
            Accessor::Item(k) => parse_index(k).ok().flatten(),
            Accessor::Attr(_) => None,
        }
    }
}

/// One replacement field: `{key.attr[item]!conversion:spec}`.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub key: FieldKey,
    pub accessors: Vec<Accessor>,
    /// `r`, `s` or `a` (other characters are rejected while parsing).
    pub conversion: Option<char>,
    /// The raw format spec, which may itself contain `{fields}` to expand first.
    pub spec: String,
}

impl Field {
    /// Whether the spec contains nested fields, so that the caller must expand it (by parsing it
    /// with [`parse_format_string`] and formatting that) before using it. CPython allows two
    /// levels of nesting and raises `ValueError("Max string recursion exceeded")` beyond them.
    pub fn spec_needs_expanding(&self) -> bool {
        self.spec.contains('{')
    }
}

/// A piece of a parsed template.
#[derive(Debug, Clone, PartialEq)]
pub enum Piece {
    /// Literal text, with `{{` and `}}` already unescaped.
    Lit(String),
    /// A replacement field.
    Field(Field),
}

/// Parses a decimal field number: `Ok(None)` when the text is not all decimal digits.
fn parse_index(s: &str) -> Result<Option<usize>, FmtError> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for c in s.chars() {
        let d = match decimal_value(c) {
            Some(d) => d as usize,
            None => return Ok(None),
        };
        acc = match acc.checked_mul(10).and_then(|a| a.checked_add(d)) {
            Some(a) if a <= isize::MAX as usize => a,
            _ => return value_err("Too many decimal digits in format string"),
        };
    }
    Ok(Some(acc))
}

/// Splits a template into literal text and replacement fields, unescaping `{{` and `}}`.
/// Errors are CPython's: "Single '}' encountered in format string", "Single '{' encountered in
/// format string", "expected '}' before end of string", "unmatched '{' in format spec",
/// "Unknown conversion specifier x", "Empty attribute in format string", and so on.
///
/// Automatic numbering is left to the caller: fields with an empty name come back as
/// [`FieldKey::Auto`], and [`FieldNumbering`] turns them into indexes while rejecting a mix of
/// automatic and manual numbering as CPython does (fields of nested specs share the numbering of
/// the template they are in, outer field first).
pub fn parse_format_string(s: &str) -> Result<Vec<Piece>, FmtError> {
    let chars: Vec<char> = s.chars().collect();
    let n = chars.len();
    let mut pieces = Vec::new();
    let mut lit = String::new();
    let mut pos = 0;
    while pos < n {
        let c = chars[pos];
        pos += 1;
        if c != '{' && c != '}' {
            lit.push(c);
            continue;
        }
        let at_end = pos >= n;
        if c == '}' {
            if at_end || chars[pos] != '}' {
                return value_err("Single '}' encountered in format string");
            }
            lit.push('}');
            pos += 1;
            continue;
        }
        if at_end {
            return value_err("Single '{' encountered in format string");
        }
        if chars[pos] == '{' {
            lit.push('{');
            pos += 1;
            continue;
        }
        if !lit.is_empty() {
            pieces.push(Piece::Lit(std::mem::take(&mut lit)));
        }
        let field = parse_field(&chars, &mut pos)?;
        pieces.push(Piece::Field(field));
    }
    if !lit.is_empty() {
        pieces.push(Piece::Lit(lit));
    }
    Ok(pieces)
}

/// A port of `parse_field`: reads one field after its `{`, leaving `pos` after its `}`.
fn parse_field(chars: &[char], pos: &mut usize) -> Result<Field, FmtError> {
    let n = chars.len();
    let name_start = *pos;
    let mut c = '\0';
    let mut terminated = false;
    while *pos < n {
        c = chars[*pos];
        *pos += 1;
        match c {
            '{' => return value_err("unexpected '{' in field name"),
            '[' => {
                while *pos < n && chars[*pos] != ']' {
                    *pos += 1;
                }
            }
            '}' | ':' | '!' => {
                terminated = true;
                break;
            }
            _ => {}
        }
    }
    if !terminated {
        return value_err("expected '}' before end of string");
    }
    let name: &[char] = &chars[name_start..*pos - 1];
    let mut conversion = None;
    let mut spec = String::new();
    if c == '!' || c == ':' {
        let mut done = false;
        if c == '!' {
            if *pos >= n {
                return value_err("end of string while looking for conversion specifier");
            }
            conversion = Some(chars[*pos]);
            *pos += 1;
            if *pos < n {
                let next = chars[*pos];
                *pos += 1;
                if next == '}' {
                    done = true;
                } else if next != ':' {
                    return value_err("expected ':' after conversion specifier");
                }
            }
        }
        if !done {
            let spec_start = *pos;
            let mut depth = 1;
            loop {
                if *pos >= n {
                    return value_err("unmatched '{' in format spec");
                }
                let ch = chars[*pos];
                *pos += 1;
                if ch == '{' {
                    depth += 1;
                } else if ch == '}' {
                    depth -= 1;
                    if depth == 0 {
                        spec = chars[spec_start..*pos - 1].iter().collect();
                        break;
                    }
                }
            }
        }
    }
    // CPython resolves the field name before applying the conversion, so name errors come first.
    let (key, accessors) = split_field_name(name)?;
    if let Some(conv) = conversion {
        if !matches!(conv, 'r' | 's' | 'a') {
            let cp = conv as u32;
            return value_err(if cp > 32 && cp < 127 {
                format!("Unknown conversion specifier {}", conv)
            } else {
                format!("Unknown conversion specifier \\x{:x}", cp)
            });
        }
    }
    Ok(Field {
        key,
        accessors,
        conversion,
        spec,
    })
}

/// A port of `field_name_split` and `FieldNameIterator`: the first name, then `.attr` and
/// `[key]` parts.
fn split_field_name(name: &[char]) -> Result<(FieldKey, Vec<Accessor>), FmtError> {
    let first_end = name
        .iter()
        .position(|&c| c == '.' || c == '[')
        .unwrap_or(name.len());
    let first: String = name[..first_end].iter().collect();
    let key = if first.is_empty() {
        FieldKey::Auto
    } else {
        match parse_index(&first)? {
            Some(i) => FieldKey::Index(i),
            None => FieldKey::Name(first),
        }
    };
    let mut accessors = Vec::new();
    let mut pos = first_end;
    while pos < name.len() {
        let c = name[pos];
        pos += 1;
        let part: String;
        if c == '.' {
            let start = pos;
            while pos < name.len() && name[pos] != '.' && name[pos] != '[' {
                pos += 1;
            }
            part = name[start..pos].iter().collect();
            if part.is_empty() {
                return value_err("Empty attribute in format string");
            }
            accessors.push(Accessor::Attr(part));
        } else if c == '[' {
            let start = pos;
            while pos < name.len() && name[pos] != ']' {
                pos += 1;
            }
            if pos >= name.len() {
                return value_err("Missing ']' in format string");
            }
            part = name[start..pos].iter().collect();
            pos += 1;
            if part.is_empty() {
                return value_err("Empty attribute in format string");
            }
            parse_index(&part)?;
            accessors.push(Accessor::Item(part));
        } else {
            return value_err("Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    Ok((key, accessors))
}

/// The automatic field numbering state of one `str.format` call, as CPython's `AutoNumber`.
#[derive(Debug, Default, Clone)]
pub struct FieldNumbering {
    /// `None` until the first numbered field, then whether numbering is automatic.
    automatic: Option<bool>,
    next: usize,
}

impl FieldNumbering {
    /// A fresh state for one call.
    pub fn new() -> Self {
        Self::default()
    }

    /// The positional index a field refers to (`None` for a keyword name), assigning automatic
    /// numbers in order and rejecting a switch between automatic and manual numbering with
    /// CPython's messages. Call it for each field in template order, an outer field before the
    /// fields nested in its spec.
    pub fn resolve(&mut self, key: &FieldKey) -> Result<Option<usize>, FmtError> {
        let auto = match key {
            FieldKey::Auto => true,
            FieldKey::Index(_) => false,
            FieldKey::Name(_) => return Ok(None),
        };
        let state = *self.automatic.get_or_insert(auto);
        if state && !auto {
            return value_err(
                "cannot switch from automatic field numbering to manual field specification",
            );
        }
        if !state && auto {
            return value_err(
                "cannot switch from manual field specification to automatic field numbering",
            );
        }
        Ok(Some(match key {
            FieldKey::Index(i) => *i,
            _ => {
                self.next += 1;
                self.next - 1
            }
        }))
    }
}
