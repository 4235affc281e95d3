//! Lone surrogates in string literals.
//!
//! Python lets a str literal hold a lone surrogate (`'\udc80'`), which the parser cannot
//! put in its Rust `String`: it writes U+FFFD instead. After parsing, every str constant
//! holding U+FFFD is checked against its source text: the escapes there say which of its
//! U+FFFD characters were surrogates, and those become the runtime's stand-ins
//! (`krait_abi::SURROGATE_STAND_IN_FIRST`). A literal holding a code point krait reserves
//! for the stand-ins, or a surrogate escape in an f-string, is a compile error.

use rustpython_parser::ast::{self, fold, Fold};
use rustpython_parser::text_size::TextRange;

use super::LineIndex;
use crate::diag::Diagnostic;

const REPLACEMENT: char = '\u{FFFD}';
const STAND_IN_FIRST: u32 = krait_abi::SURROGATE_STAND_IN_FIRST;

/// Is `c` one of the code points krait reserves for stand-ins?
fn reserved(c: char) -> bool {
    c as u32 >= STAND_IN_FIRST
}

/// Could the source need the fix-up at all? (Cheap test before walking the tree.)
pub fn needed(source: &str) -> bool {
    source.contains("\\u") || source.contains("\\U") || source.contains(REPLACEMENT) || source.chars().any(reserved)
}

/// What the source says about one U+FFFD of a literal's value, in order.
#[derive(Debug, PartialEq)]
enum Fffd {
    /// A real U+FFFD (written as such or by an escape).
    Real,
    /// The surrogate of a `\u`/`\U` escape.
    Surrogate(u32),
}

/// A problem found in a literal: its byte offset and the message.
type Problem = (usize, String);

/// Reads `n` hex digits at `b[i..]`.
fn hex(b: &[u8], i: usize, n: usize) -> Option<u32> {
    let digits = b.get(i..i + n)?;
    let text = std::str::from_utf8(digits).ok()?;
    u32::from_str_radix(text, 16).ok()
}

/// The U+FFFD producers of the string-literal tokens in `text` (the source of one str
/// constant, maybe several implicitly concatenated literals), starting at offset `base`.
fn scan(text: &str, base: usize) -> Result<Vec<Fffd>, Problem> {
    let b = text.as_bytes();
    let mut out = vec![];
    let mut i = 0;
    while i < b.len() {
        // Between tokens: blanks, line continuations and comments.
        match b[i] {
            b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'\\' => {
                i += 1;
                continue;
            }
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            _ => {}
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_alphabetic() {
            i += 1;
        }
        let prefix = text[start..i].to_ascii_lowercase();
        if prefix.contains('f') {
            return Err((base + start, "a lone surrogate escape in an f-string is not supported by krait".to_string()));
        }
        let raw = prefix.contains('r');
        let Some(&q) = b.get(i) else { break };
        if q != b'\'' && q != b'"' {
            return Err((base + start, "unexpected text in a string literal".to_string()));
        }
        let triple = b.get(i..i + 3) == Some(&[q, q, q][..]);
        let qlen = if triple { 3 } else { 1 };
        i += qlen;
        loop {
            if i >= b.len() {
                return Err((base + start, "unterminated string literal".to_string()));
            }
            if b[i] == q && (!triple || b.get(i..i + 3) == Some(&[q, q, q][..])) {
                i += qlen;
                break;
            }
            if b[i] == b'\\' {
                let e = b.get(i + 1).copied().unwrap_or(0);
                if raw {
                    // A raw string keeps the backslash; it only stops the next
                    // character from ending the literal.
                    i += if e == b'\\' || e == q { 2 } else { 1 };
                    continue;
                }
                let (cp, len) = match e {
                    b'u' => (hex(b, i + 2, 4), 6),
                    b'U' => (hex(b, i + 2, 8), 10),
                    b'N' => {
                        let close = text[i..].find('}').map_or(b.len(), |k| i + k);
                        let name = text.get(i + 3..close).unwrap_or("");
                        if name.eq_ignore_ascii_case("REPLACEMENT CHARACTER") {
                            out.push(Fffd::Real);
                        }
                        i = close + 1;
                        continue;
                    }
                    _ => {
                        // Any other escape: the backslash and the next character
                        // (whole, if it is not ASCII).
                        i += 1 + text[i + 1..].chars().next().map_or(1, char::len_utf8);
                        continue;
                    }
                };
                let Some(cp) = cp else {
                    return Err((base + i, "malformed \\u escape".to_string()));
                };
                if (0xD800..0xE000).contains(&cp) {
                    out.push(Fffd::Surrogate(cp));
                } else if cp == 0xFFFD {
                    out.push(Fffd::Real);
                } else if (STAND_IN_FIRST..0x110000).contains(&cp) {
                    return Err((base + i, reserved_message(cp)));
                }
                i += len;
                continue;
            }
            let c = text[i..].chars().next().unwrap();
            if c == REPLACEMENT {
                out.push(Fffd::Real);
            } else if reserved(c) {
                return Err((base + i, reserved_message(c as u32)));
            }
            i += c.len_utf8();
        }
    }
    Ok(out)
}

fn reserved_message(cp: u32) -> String {
    format!("the code point U+{:04X} is reserved by krait for lone surrogates (U+10F800..U+10FFFF cannot be held in a str)", cp)
}

/// The folder that rewrites str constants.
struct Fix<'a> {
    source: &'a str,
    file: &'a str,
    index: &'a LineIndex,
    /// Inside an f-string, whose literal parts share the f-string's range.
    in_fstring: bool,
}

impl Fix<'_> {
    fn error(&self, offset: usize, msg: &str) -> Diagnostic {
        let (line, col) = self.index.line_col(offset);
        Diagnostic::new(self.file, line, col + 1, msg)
    }

    /// The value of a str constant spanning `range`, with its surrogates restored.
    fn fix(&self, value: &str, range: TextRange) -> Result<Option<String>, Diagnostic> {
        let (start, end) = super::span(range);
        if !value.contains(REPLACEMENT) && !value.chars().any(reserved) {
            return Ok(None);
        }
        let text = self.source.get(start..end).unwrap_or("");
        if self.in_fstring {
            // The parts of an f-string are checked only for what they cannot hold.
            return match scan_fstring(text) {
                Some(k) => Err(self.error(start + k, "a lone surrogate escape in an f-string is not supported by krait")),
                None => Ok(None),
            };
        }
        let producers = scan(text, start).map_err(|(at, msg)| self.error(at, &msg))?;
        let found = value.chars().filter(|&c| c == REPLACEMENT).count();
        if found != producers.len() {
            return Err(self.error(start, "krait could not match this string literal's escapes to its value"));
        }
        if producers.iter().all(|p| *p == Fffd::Real) {
            return Ok(None);
        }
        let mut it = producers.into_iter();
        Ok(Some(
            value
                .chars()
                .map(|c| match (c == REPLACEMENT).then(|| it.next()).flatten() {
                    Some(Fffd::Surrogate(cp)) => char::from_u32(cp - 0xD800 + STAND_IN_FIRST).unwrap(),
                    _ => c,
                })
                .collect(),
        ))
    }
}

/// The offset of a surrogate escape (`\ud800`) or reserved character in f-string source.
fn scan_fstring(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' && i + 1 < b.len() {
            if b[i + 1] == b'\\' {
                i += 2;
                continue;
            }
            let cp = match b[i + 1] {
                b'u' => hex(b, i + 2, 4),
                b'U' => hex(b, i + 2, 8),
                _ => None,
            };
            if cp.is_some_and(|c| (0xD800..0xE000).contains(&c) || (STAND_IN_FIRST..0x110000).contains(&c)) {
                return Some(i);
            }
        }
        let c = text[i..].chars().next().unwrap();
        if reserved(c) {
            return Some(i);
        }
        i += c.len_utf8();
    }
    None
}

impl Fold<TextRange> for Fix<'_> {
    type TargetU = TextRange;
    type Error = Diagnostic;
    type UserContext = ();

    fn will_map_user(&mut self, _user: &TextRange) {}

    fn map_user(&mut self, user: TextRange, _context: ()) -> Result<TextRange, Diagnostic> {
        Ok(user)
    }

    fn fold_expr_joined_str(&mut self, node: ast::ExprJoinedStr) -> Result<ast::ExprJoinedStr, Diagnostic> {
        let outer = std::mem::replace(&mut self.in_fstring, true);
        let r = fold::fold_expr_joined_str(self, node);
        self.in_fstring = outer;
        r
    }

    fn fold_expr_formatted_value(&mut self, node: ast::ExprFormattedValue) -> Result<ast::ExprFormattedValue, Diagnostic> {
        // The expression inside the braces is ordinary code again.
        let outer = std::mem::replace(&mut self.in_fstring, false);
        let value = self.fold_expr(*node.value)?;
        self.in_fstring = outer;
        let format_spec = match node.format_spec {
            Some(spec) => Some(Box::new(self.fold_expr(*spec)?)),
            None => None,
        };
        Ok(ast::ExprFormattedValue { value: Box::new(value), conversion: node.conversion, format_spec, range: node.range })
    }

    fn fold_expr_constant(&mut self, node: ast::ExprConstant) -> Result<ast::ExprConstant, Diagnostic> {
        let mut node = fold::fold_expr_constant(self, node)?;
        if let ast::Constant::Str(s) = &node.value {
            if let Some(fixed) = self.fix(s, node.range)? {
                node.value = ast::Constant::Str(fixed);
            }
        }
        Ok(node)
    }
}

/// Restores the lone surrogates of the module's str constants.
pub fn fix_module(body: Vec<ast::Stmt>, source: &str, file: &str) -> Result<Vec<ast::Stmt>, Diagnostic> {
    if !needed(source) {
        return Ok(body);
    }
    let index = LineIndex::new(source);
    let mut f = Fix { source, file, index: &index, in_fstring: false };
    body.into_iter().map(|s| f.fold_stmt(s)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_are_matched_to_replacement_characters() {
        assert_eq!(scan(r#"'\udc80'"#, 0).unwrap(), vec![Fffd::Surrogate(0xDC80)]);
        assert_eq!(scan(r#"'\\udc80'"#, 0).unwrap(), vec![]);
        assert_eq!(scan(r#"r'\udc80'"#, 0).unwrap(), vec![]);
        assert_eq!(scan("'\u{FFFD}' \"\\uD800\"", 0).unwrap(), vec![Fffd::Real, Fffd::Surrogate(0xD800)]);
        assert_eq!(scan(r#"'''a\ufffd''' # c
            '\U0000dfff'"#, 0)
        .unwrap(), vec![Fffd::Real, Fffd::Surrogate(0xDFFF)]);
        assert!(scan(r#"'\U0010f800'"#, 0).is_err());
        assert!(scan(r#"f'\udc80'"#, 0).is_err());
    }
}
