//! Python's `str`: construction, hashing, comparison, operators (`+`, `*`, `%`), `in`,
//! indexing and slicing, every `str` method, `str.format`, the `format()` builtin, `chr`,
//! `ord`, and the ABI entry points for string constants and f-strings.
//!
//! A [`StrObj`] holds UTF-8 text and its length in code points. Python indexes strings by
//! code point: ASCII text (length in code points equal to the length in bytes) indexes in
//! O(1); other text walks its characters. The text-level algorithms are plain functions on
//! `&str` (see [`Text`]) so that they can be unit-tested without the object model.
//!
//! Character properties and case mappings follow CPython 3.11 (Unicode 14.0): the property
//! tables in `strs/tables.rs` are generated from CPython itself, and the case mappings use
//! Rust's, corrected where Rust follows a newer Unicode version.

mod tables;
pub mod surrogates;

use crate::call::Args;
use crate::dicts::wrapper_arity;
use crate::exc::{raise, type_error, value_error};
use crate::format::{self as fmt, Accessor, FieldKey, FieldNumbering, FmtError, PctArg, PctMapping, PctNum, Piece};
use crate::objects::*;
use crate::ops;
use crate::types::*;
use crate::value::{abi, Header, Obj, Raised, RefCnt, Value, R};
use krait_abi::{BinOp, CmpOp};
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;
use std::cell::{Cell, UnsafeCell};

// ---------------------------------------------------------------------------------------
// Construction.

/// A new str whose length in code points is already known.
fn new_str(s: String, nchars: usize) -> Obj {
    debug_assert_eq!(s.chars().count(), nchars);
    crate::gc::new_obj(StrObj { head: Header::new(&STR_TYPE), hash: Cell::new(0), nchars, s: s.into_boxed_str(), index: Default::default() })
}

/// A new str from text (its length is counted).
fn new_text(s: String) -> Obj {
    let n = if s.is_ascii() { s.len() } else { s.chars().count() };
    new_str(s, n)
}

/// A new str from a piece of `parent`'s text: ASCII parents have ASCII pieces, whose length
/// needs no counting.
fn piece_of(parent: &StrObj, piece: &str) -> Obj {
    if parent.is_ascii() {
        new_str(piece.to_string(), piece.len())
    } else {
        new_text(piece.to_string())
    }
}

/// The one-character strs of Latin-1, created on first use and immortal (as CPython's).
struct CharCache(UnsafeCell<[Value; 256]>);
// The runtime runs Python code on one thread.
unsafe impl Sync for CharCache {}
static CHARS: CharCache = CharCache(UnsafeCell::new([Value::NULL; 256]));

/// Makes an object immortal: its reference count never reaches zero.
fn make_immortal(o: &Obj) {
    unsafe {
        *(*o.v().header()).rc.0.get() = RefCnt::IMMORTAL;
    }
}

/// The str of one character (shared for Latin-1 characters).
pub fn from_char(c: char) -> Obj {
    let cp = c as u32;
    if cp < 256 {
        let slot = unsafe { &mut (*CHARS.0.get())[cp as usize] };
        if slot.is_null() {
            let o = new_str(c.to_string(), 1);
            make_immortal(&o);
            *slot = o.into_raw();
        }
        return slot.to_owned();
    }
    new_str(c.to_string(), 1)
}

/// The `StrObj` of a value the caller knows is a str.
fn sobj<'a>(v: Value) -> &'a StrObj {
    as_str(v).expect("strs: not a str")
}

/// Raises `MemoryError()` (no arguments, as CPython's).
fn memory_error() -> Raised {
    crate::exc::set_current(crate::exc::new_exc(&MEMORY_ERROR, tuple_from(Vec::new())))
}

/// Raises the exception a formatting error names.
fn fmt_error(e: FmtError) -> Raised {
    match e {
        FmtError::Value(m) => raise(&VALUE_ERROR, m),
        FmtError::Type(m) => raise(&TYPE_ERROR, m),
        FmtError::Overflow(m) => raise(&OVERFLOW_ERROR, m),
        FmtError::Key(m) => crate::exc::raise_with(&KEY_ERROR, str_from(m)),
        FmtError::Index(m) => raise(&INDEX_ERROR, m),
    }
}

// ---------------------------------------------------------------------------------------
// Character properties (CPython 3.11's, from the generated tables).

/// Is `c` inside one of the runs a boundary table describes?
fn in_runs(table: &[u32], c: char) -> bool {
    table.partition_point(|&b| b <= c as u32) % 2 == 1
}

/// `Py_UNICODE_ISSPACE`.
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, '\t'..='\r' | '\x1c'..='\x1f' | ' ')
    } else {
        in_runs(&tables::SPACE, c)
    }
}

/// `Py_UNICODE_ISLINEBREAK`.
fn is_linebreak(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_runs(&tables::ALPHA, c)
    }
}
fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_runs(&tables::DECIMAL, c)
    }
}
fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_runs(&tables::DIGIT, c)
    }
}
fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_runs(&tables::NUMERIC, c)
    }
}
fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}
/// The Lowercase property (`Py_UNICODE_ISLOWER`).
fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_lowercase()
    } else {
        in_runs(&tables::LOWER, c)
    }
}
/// The Uppercase property (`Py_UNICODE_ISUPPER`).
fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        in_runs(&tables::UPPER, c)
    }
}
/// Titlecase letters, category Lt (`Py_UNICODE_ISTITLE`).
fn is_titlecase(c: char) -> bool {
    !c.is_ascii() && in_runs(&tables::TITLE, c)
}
/// The Cased property (`_PyUnicode_IsCased`).
fn is_cased(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_runs(&tables::CASED, c)
    }
}
fn is_case_ignorable(c: char) -> bool {
    in_runs(&tables::CASE_IGNORABLE, c)
}
fn is_xid_start(c: char) -> bool {
    in_runs(&tables::XID_START, c)
}
fn is_xid_continue(c: char) -> bool {
    in_runs(&tables::XID_CONTINUE, c)
}

/// The character properties and simple case mappings native modules need (`_sre`).
pub mod props {
    /// `Py_UNICODE_ISDECIMAL`.
    pub fn is_decimal(c: char) -> bool {
        super::is_decimal(c)
    }
    /// `Py_UNICODE_ISALNUM`.
    pub fn is_alnum(c: char) -> bool {
        super::is_alnum(c)
    }
    /// `Py_UNICODE_ISSPACE`.
    pub fn is_space(c: char) -> bool {
        super::is_space(c)
    }
    /// `Py_UNICODE_ISLINEBREAK`.
    pub fn is_linebreak(c: char) -> bool {
        super::is_linebreak(c)
    }
    /// `_PyUnicode_ToLowercase`: one character, the first of the full mapping.
    pub fn to_lower(c: char) -> char {
        let mut s = String::new();
        super::push_lower(c, &mut s);
        s.chars().next().unwrap_or(c)
    }
    /// `_PyUnicode_ToUppercase`: one character, the first of the full mapping.
    pub fn to_upper(c: char) -> char {
        let mut s = String::new();
        super::push_upper(c, &mut s);
        s.chars().next().unwrap_or(c)
    }
}

// ---------------------------------------------------------------------------------------
// Case mappings.

/// Rust follows a newer Unicode than CPython 3.11 and maps a few characters it does not.
fn has_no_case_map(c: char) -> bool {
    !c.is_ascii() && tables::NO_CASE_MAP.binary_search(&(c as u32)).is_ok()
}

/// `_PyUnicode_ToLowerFull`.
fn push_lower(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if has_no_case_map(c) {
        out.push(c);
    } else {
        out.extend(c.to_lowercase());
    }
}

/// `_PyUnicode_ToUpperFull`.
fn push_upper(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else if has_no_case_map(c) {
        out.push(c);
    } else {
        out.extend(c.to_uppercase());
    }
}

/// `_PyUnicode_ToTitleFull`.
fn push_title(c: char, out: &mut String) {
    if !c.is_ascii() {
        if let Ok(i) = tables::TITLE_MAP.binary_search_by_key(&(c as u32), |e| e.0) {
            out.push_str(tables::TITLE_MAP[i].1);
            return;
        }
    }
    push_upper(c, out);
}

/// `_PyUnicode_ToFoldedFull`.
fn push_fold(c: char, out: &mut String) {
    if !c.is_ascii() {
        if let Ok(i) = tables::FOLD_MAP.binary_search_by_key(&(c as u32), |e| e.0) {
            out.push_str(tables::FOLD_MAP[i].1);
            return;
        }
    }
    push_lower(c, out);
}

/// The lowercase of the character at `i`, with CPython's final-sigma rule for U+03A3.
fn push_lower_at(chars: &[char], i: usize, out: &mut String) {
    let c = chars[i];
    if c != '\u{3a3}' {
        push_lower(c, out);
        return;
    }
    // Final sigma: a cased letter before (skipping case-ignorables) and none after.
    let before = chars[..i].iter().rev().find(|&&x| !is_case_ignorable(x));
    let mut final_sigma = matches!(before, Some(&x) if is_cased(x));
    if final_sigma {
        let after = chars[i + 1..].iter().find(|&&x| !is_case_ignorable(x));
        final_sigma = !matches!(after, Some(&x) if is_cased(x));
    }
    out.push(if final_sigma { '\u{3c2}' } else { '\u{3c3}' });
}

/// `str.lower()`.
fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        push_lower_at(&chars, i, &mut out);
    }
    out
}

/// `str.upper()`.
fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_upper(c, &mut out);
    }
    out
}

/// `str.casefold()`.
fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_fold(c, &mut out);
    }
    out
}

/// `str.title()`: titlecase after an uncased character, lowercase after a cased one.
fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for i in 0..chars.len() {
        if prev_cased {
            push_lower_at(&chars, i, &mut out);
        } else {
            push_title(chars[i], &mut out);
        }
        prev_cased = is_cased(chars[i]);
    }
    out
}

/// `str.capitalize()`: the first character in titlecase, the rest in lowercase.
fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        if i == 0 {
            push_title(chars[0], &mut out);
        } else {
            push_lower_at(&chars, i, &mut out);
        }
    }
    out
}

/// `str.swapcase()`.
fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        let c = chars[i];
        if is_upper(c) {
            push_lower_at(&chars, i, &mut out);
        } else if is_lower(c) {
            push_upper(c, &mut out);
        } else {
            out.push(c);
        }
    }
    out
}

/// `str.islower()`: some cased character and no uppercase or titlecase one.
fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_upper(c) || is_titlecase(c) {
            return false;
        }
        if is_lower(c) {
            cased = true;
        }
    }
    cased
}

/// `str.isupper()`.
fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_lower(c) || is_titlecase(c) {
            return false;
        }
        if is_upper(c) {
            cased = true;
        }
    }
    cased
}

/// `str.istitle()`: uppercase letters only after uncased characters, lowercase only after
/// cased ones.
fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if is_upper(c) || is_titlecase(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// `str.isidentifier()`.
fn isidentifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if is_xid_start(c) => it.all(is_xid_continue),
        _ => false,
    }
}

/// True when `s` is not empty and every character satisfies `f`.
fn all_chars(s: &str, f: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

// ---------------------------------------------------------------------------------------
// Text algorithms on plain `&str`.

/// Text with its length in code points.
#[derive(Clone, Copy)]
struct Text<'a> {
    s: &'a str,
    n: usize,
    /// The str object the text is, whose offset index can be used.
    o: Option<&'a StrObj>,
}

impl<'a> Text<'a> {
    fn of(o: &'a StrObj) -> Text<'a> {
        Text { s: &o.s, n: o.nchars, o: Some(o) }
    }
    #[cfg(test)]
    fn new(s: &'a str) -> Text<'a> {
        Text { s, n: s.chars().count(), o: None }
    }
    fn is_ascii(&self) -> bool {
        self.n == self.s.len()
    }
    /// The byte offset of code point `i` (`i <= n`).
    fn byte_at(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else if let Some(o) = self.o {
            o.byte_offset(i)
        } else {
            self.s.char_indices().nth(i).map_or(self.s.len(), |(b, _)| b)
        }
    }
    /// The byte offsets of code points `i <= j`, in one pass.
    fn byte_range(&self, i: usize, j: usize) -> (usize, usize) {
        if self.is_ascii() {
            return (i, j);
        }
        if let Some(o) = self.o {
            if o.nchars > STR_INDEX_STEP {
                return (o.byte_offset(i), o.byte_offset(j));
            }
        }
        let mut a = self.s.len();
        let mut b = self.s.len();
        for (k, (off, _)) in self.s.char_indices().enumerate() {
            if k == i {
                a = off;
            }
            if k == j {
                b = off;
                break;
            }
        }
        (a, b)
    }
    /// The code point index of byte offset `b`.
    fn char_index(&self, b: usize) -> usize {
        if self.is_ascii() {
            b
        } else {
            self.s[..b].chars().count()
        }
    }
}

/// CPython's `ADJUST_INDICES` for `find`, `count`, `startswith` and friends.
fn adjust_indices(start: i64, end: i64, len: i64) -> (i64, i64) {
    let mut start = start;
    let mut end = end;
    if end > len {
        end = len;
    } else if end < 0 {
        end += len;
        if end < 0 {
            end = 0;
        }
    }
    if start < 0 {
        start += len;
        if start < 0 {
            start = 0;
        }
    }
    (start, end)
}

/// `find` (forward) or `rfind`: the code point index of `sub` within `[start, end)`, or -1.
fn find_text(t: Text, sub: Text, start: i64, end: i64, forward: bool) -> i64 {
    let (start, end) = adjust_indices(start, end, t.n as i64);
    if end - start < sub.n as i64 {
        return -1;
    }
    let (bs, be) = t.byte_range(start as usize, end as usize);
    let hay = &t.s[bs..be];
    let found = if forward { hay.find(sub.s) } else { hay.rfind(sub.s) };
    match found {
        Some(p) => match t.o {
            Some(o) => o.char_index(bs + p) as i64,
            None => start + Text { s: hay, n: (end - start) as usize, o: None }.char_index(p) as i64,
        },
        None => -1,
    }
}

/// `count`: non-overlapping occurrences of `sub` within `[start, end)`.
fn count_text(t: Text, sub: Text, start: i64, end: i64) -> i64 {
    let (start, end) = adjust_indices(start, end, t.n as i64);
    if end - start < sub.n as i64 {
        return 0;
    }
    if sub.n == 0 {
        return end - start + 1;
    }
    let (bs, be) = t.byte_range(start as usize, end as usize);
    t.s[bs..be].matches(sub.s).count() as i64
}

/// `startswith` (`at_end` false) or `endswith` for one candidate, as CPython's `tailmatch`.
fn tailmatch(t: Text, sub: Text, start: i64, end: i64, at_end: bool) -> bool {
    let (start, end) = adjust_indices(start, end, t.n as i64);
    if end - (sub.n as i64) < start {
        return false;
    }
    if sub.n == 0 {
        return true;
    }
    let (bs, be) = t.byte_range(start as usize, end as usize);
    let hay = &t.s[bs..be];
    if at_end {
        hay.ends_with(sub.s)
    } else {
        hay.starts_with(sub.s)
    }
}

/// The character starting at byte `i`.
fn char_at(s: &str, i: usize) -> char {
    s[i..].chars().next().unwrap_or('\0')
}

/// The character ending at byte `i`.
fn char_before(s: &str, i: usize) -> char {
    s[..i].chars().next_back().unwrap_or('\0')
}

/// `str.split()` without a separator: runs of whitespace separate, and leading and trailing
/// whitespace produce no empty strings. `maxsplit < 0` means no limit.
fn split_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut left = if maxsplit < 0 { i64::MAX } else { maxsplit };
    let len = s.len();
    let mut i = 0;
    while left > 0 {
        left -= 1;
        while i < len && is_space(char_at(s, i)) {
            i += char_at(s, i).len_utf8();
        }
        if i == len {
            break;
        }
        let j = i;
        i += char_at(s, i).len_utf8();
        while i < len && !is_space(char_at(s, i)) {
            i += char_at(s, i).len_utf8();
        }
        out.push(&s[j..i]);
    }
    if i < len {
        // The limit was reached: the rest, after its leading whitespace, is the last piece.
        while i < len && is_space(char_at(s, i)) {
            i += char_at(s, i).len_utf8();
        }
        if i != len {
            out.push(&s[i..]);
        }
    }
    out
}

/// `str.rsplit()` without a separator.
fn rsplit_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut left = if maxsplit < 0 { i64::MAX } else { maxsplit };
    let mut i = s.len();
    while left > 0 {
        left -= 1;
        while i > 0 && is_space(char_before(s, i)) {
            i -= char_before(s, i).len_utf8();
        }
        if i == 0 {
            break;
        }
        let j = i;
        i -= char_before(s, i).len_utf8();
        while i > 0 && !is_space(char_before(s, i)) {
            i -= char_before(s, i).len_utf8();
        }
        out.push(&s[i..j]);
    }
    if i > 0 {
        while i > 0 && is_space(char_before(s, i)) {
            i -= char_before(s, i).len_utf8();
        }
        if i > 0 {
            out.push(&s[..i]);
        }
    }
    out.reverse();
    out
}

/// `str.split(sep, maxsplit)` with a non-empty separator.
fn split_sep<'a>(s: &'a str, sep: &str, maxsplit: i64) -> Vec<&'a str> {
    if maxsplit < 0 {
        s.split(sep).collect()
    } else {
        s.splitn((maxsplit as u64).saturating_add(1).min(usize::MAX as u64) as usize, sep).collect()
    }
}

/// `str.rsplit(sep, maxsplit)` with a non-empty separator.
fn rsplit_sep<'a>(s: &'a str, sep: &str, maxsplit: i64) -> Vec<&'a str> {
    let mut v: Vec<&str> = if maxsplit < 0 {
        s.rsplit(sep).collect()
    } else {
        s.rsplitn((maxsplit as u64).saturating_add(1).min(usize::MAX as u64) as usize, sep).collect()
    };
    v.reverse();
    v
}

/// `str.splitlines(keepends)`.
fn splitlines(s: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let len = s.len();
    let mut i = 0;
    while i < len {
        let j = i;
        while i < len && !is_linebreak(char_at(s, i)) {
            i += char_at(s, i).len_utf8();
        }
        let mut eol = i;
        if i < len {
            let c = char_at(s, i);
            if c == '\r' && i + 1 < len && s.as_bytes()[i + 1] == b'\n' {
                i += 2;
            } else {
                i += c.len_utf8();
            }
            if keepends {
                eol = i;
            }
        }
        out.push(&s[j..eol]);
    }
    out
}

/// `str.expandtabs(tabsize)`: the column restarts after `\n` and `\r`.
fn expandtabs(s: &str, tabsize: i64) -> String {
    let mut out = String::with_capacity(s.len());
    let mut col: i64 = 0;
    for c in s.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let incr = tabsize - col % tabsize;
                col += incr;
                for _ in 0..incr {
                    out.push(' ');
                }
            }
        } else {
            col += 1;
            out.push(c);
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    out
}

/// Pads `t` to `width` code points with `left` and `right` fill characters.
/// `None` when the memory cannot be had (MemoryError).
fn pad(t: Text, left: usize, right: usize, fill: char) -> Option<String> {
    let mut out = String::new();
    let bytes = (left.checked_add(right)?).checked_mul(fill.len_utf8())?.checked_add(t.s.len())?;
    out.try_reserve_exact(bytes).ok()?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(t.s);
    out.extend(std::iter::repeat_n(fill, right));
    Some(out)
}

/// How `center` splits the margin, as CPython does: the odd space goes left when both the
/// margin and the width are odd.
fn center_split(n: usize, width: usize) -> (usize, usize) {
    let marg = width - n;
    let left = marg / 2 + (marg & width & 1);
    (left, marg - left)
}

/// `str.zfill(width)`: zeros after the sign; `None` when the memory cannot be had.
fn zfill(t: Text, width: usize) -> Option<String> {
    if t.n >= width {
        return Some(t.s.to_string());
    }
    let fill = width - t.n;
    let mut out = String::new();
    out.try_reserve_exact(fill.checked_add(t.s.len())?).ok()?;
    let mut rest = t.s;
    if let Some(c @ ('+' | '-')) = t.s.chars().next() {
        out.push(c);
        rest = &t.s[1..];
    }
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(rest);
    Some(out)
}

/// The code points `start, start+step, ...` (`n` of them) of `t`.
fn slice_text(t: Text, start: i64, step: i64, n: usize) -> String {
    if n == 0 {
        return String::new();
    }
    if t.is_ascii() {
        let b = t.s.as_bytes();
        let v: Vec<u8> = (0..n as i64).map(|k| b[(start + k * step) as usize]).collect();
        return String::from_utf8(v).unwrap_or_default();
    }
    if step == 1 {
        let (a, b) = t.byte_range(start as usize, start as usize + n);
        return t.s[a..b].to_string();
    }
    let chars: Vec<char> = t.s.chars().collect();
    (0..n as i64).map(|k| chars[(start + k * step) as usize]).collect()
}

// ---------------------------------------------------------------------------------------
// Integer arguments.

/// An int or bool as a machine integer; `Some(Err(negative))` when it does not fit.
fn int_value(v: Value) -> Option<Result<i64, bool>> {
    if v.is_small() {
        return Some(Ok(v.as_small()));
    }
    if let Some(b) = ops::as_bool(v) {
        return Some(Ok(b as i64));
    }
    as_bigint(v).map(|b| b.to_i64().ok_or(b.sign() == Sign::Minus))
}

fn not_an_integer(v: Value) -> Raised {
    raise(&TYPE_ERROR, format!("'{}' object cannot be interpreted as an integer", ops::type_name(v)))
}

/// `PyNumber_AsSsize_t(v, OverflowError)`, as Argument Clinic converts `Py_ssize_t` parameters.
fn ssize_arg(v: Value) -> R<i64> {
    match int_value(v) {
        Some(Ok(n)) => Ok(n),
        Some(Err(_)) => Err(raise(&OVERFLOW_ERROR, "Python int too large to convert to C ssize_t")),
        None => Err(not_an_integer(v)),
    }
}

/// `_PyLong_AsInt`, for C `int` parameters.
fn cint_arg(v: Value) -> R<i64> {
    match int_value(v) {
        Some(Ok(n)) if i32::try_from(n).is_ok() => Ok(n),
        Some(_) => Err(raise(&OVERFLOW_ERROR, "Python int too large to convert to C int")),
        None => Err(not_an_integer(v)),
    }
}

/// `_PyEval_SliceIndex`: `None` stays unset; ints are clamped to the machine range.
fn slice_index(v: Value) -> R<Option<i64>> {
    if is_none(v) {
        return Ok(None);
    }
    match int_value(v) {
        Some(Ok(n)) => Ok(Some(n)),
        Some(Err(negative)) => Ok(Some(if negative { i64::MIN } else { i64::MAX })),
        None => type_error("slice indices must be integers or None or have an __index__ method"),
    }
}

// ---------------------------------------------------------------------------------------
// The protocol functions `ops` dispatches to.

/// `repr(s)`.
pub fn repr(v: Value) -> String {
    fmt::str_repr(&sobj(v).s)
}

/// `ascii(v)` as a str.
pub fn ascii_of(v: Value) -> R<Obj> {
    if let Some(o) = as_str(v) {
        return Ok(new_text(fmt::str_ascii(&o.s)));
    }
    let r = ops::repr(v)?;
    let t = sobj(r.v());
    if t.is_ascii() {
        return Ok(r);
    }
    Ok(new_text(fmt::ascii_escape(&t.s)))
}

/// `hash(s)`: SipHash with a fixed key over the UTF-8 bytes, cached in the object.
/// Never -1 (an error marker in CPython's API) and never 0 (the "not computed" mark).
pub fn hash(v: Value) -> i64 {
    use std::hash::Hasher;
    let o = sobj(v);
    let h = o.hash.get();
    if h != 0 {
        return h;
    }
    #[allow(deprecated)]
    let mut hasher = std::hash::SipHasher::new_with_keys(0x6b72_6169_7421, 0x7374_7268_6173);
    hasher.write(o.s.as_bytes());
    let mut h = hasher.finish() as i64;
    if h == 0 || h == -1 {
        h = -2;
    }
    o.hash.set(h);
    h
}

/// Rich comparison of two strs: code-point order, which is UTF-8 byte order but for the
/// stand-ins of lone surrogates (see [`surrogates::cmp_text`]).
pub fn compare(op: CmpOp, a: Value, b: Value) -> bool {
    let (x, y) = (sobj(a), sobj(b));
    if matches!(op, CmpOp::Eq | CmpOp::Ne) {
        let same = a == b || (x.s.len() == y.s.len() && x.s.as_bytes() == y.s.as_bytes());
        return same == (op == CmpOp::Eq);
    }
    let ord = surrogates::cmp_text(&x.s, &y.s);
    match op {
        CmpOp::Lt => ord.is_lt(),
        CmpOp::Le => ord.is_le(),
        CmpOp::Gt => ord.is_gt(),
        CmpOp::Ge => ord.is_ge(),
        CmpOp::Eq => ord.is_eq(),
        CmpOp::Ne => ord.is_ne(),
    }
}

/// `a + b`, `a * b` and `a % b` where one operand is a str; `Ok(None)` when not supported.
pub fn binary(op: BinOp, a: Value, b: Value) -> R<Option<Obj>> {
    match op {
        BinOp::Add => match (as_str(a), as_str(b)) {
            (Some(x), Some(y)) => Ok(Some(concat(a, x, b, y)?)),
            _ => Ok(None),
        },
        BinOp::Mul => {
            let (seq, count) = if as_str(a).is_some() { (a, b) } else { (b, a) };
            match int_value(count) {
                Some(n) => Ok(Some(repeat(seq, n)?)),
                // `ops` raises CPython's "can't multiply sequence by non-int" TypeError,
                // which names the operand that depends on the operator being in place.
                None => Ok(None),
            }
        }
        BinOp::Mod => match as_str(a) {
            Some(_) => Ok(Some(percent(a, b)?)),
            None => Ok(None),
        },
        _ => Ok(None),
    }
}

fn concat(a: Value, x: &StrObj, b: Value, y: &StrObj) -> R<Obj> {
    if y.s.is_empty() {
        return Ok(a.to_owned());
    }
    if x.s.is_empty() {
        return Ok(b.to_owned());
    }
    let mut s = String::new();
    if s.try_reserve_exact(x.s.len() + y.s.len()).is_err() {
        return Err(memory_error());
    }
    s.push_str(&x.s);
    s.push_str(&y.s);
    Ok(new_str(s, x.nchars + y.nchars))
}

/// `s * n`.
fn repeat(v: Value, n: Result<i64, bool>) -> R<Obj> {
    let o = sobj(v);
    let n = match n {
        Ok(n) => n,
        Err(_) => return Err(raise(&OVERFLOW_ERROR, "cannot fit 'int' into an index-sized integer")),
    };
    if n <= 0 || o.s.is_empty() {
        return Ok(new_str(String::new(), 0));
    }
    if n == 1 {
        return Ok(v.to_owned());
    }
    let nchars = match (o.nchars as i64).checked_mul(n) {
        Some(t) => t as usize,
        None => return Err(raise(&OVERFLOW_ERROR, "repeated string is too long")),
    };
    let bytes = match o.s.len().checked_mul(n as usize) {
        Some(b) if b <= isize::MAX as usize => b,
        _ => return Err(memory_error()),
    };
    let mut s = String::new();
    if s.try_reserve_exact(bytes).is_err() {
        return Err(memory_error());
    }
    for _ in 0..n {
        s.push_str(&o.s);
    }
    Ok(new_str(s, nchars))
}

/// `item in s`.
pub fn contains(s: Value, item: Value) -> R<bool> {
    match as_str(item) {
        Some(i) => Ok(sobj(s).s.contains(&*i.s)),
        None => type_error(format!("'in <string>' requires string as left operand, not {}", ops::type_name(item))),
    }
}

/// `s[k]` for an int index or a slice.
pub fn getitem(s: Value, k: Value) -> R<Obj> {
    let o = sobj(s);
    if let Some(i) = int_value(k) {
        let i = match i {
            Ok(i) => i,
            Err(_) => return Err(raise(&INDEX_ERROR, "cannot fit 'int' into an index-sized integer")),
        };
        let n = o.nchars as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(raise(&INDEX_ERROR, "string index out of range"));
        }
        let c = if o.is_ascii() { o.s.as_bytes()[j as usize] as char } else { char_at(&o.s, o.byte_offset(j as usize)) };
        return Ok(from_char(c));
    }
    if let Some(sl) = as_slice(k) {
        let (start, _, step, n) = crate::seq::slice_indices(sl, o.nchars)?;
        let (start, step) = (start as i64, step as i64);
        if step == 1 && n == o.nchars {
            return Ok(s.to_owned());
        }
        if n == 1 {
            let t = Text::of(o);
            let b = t.byte_at(start as usize);
            return Ok(from_char(char_at(&o.s, b)));
        }
        return Ok(new_str(slice_text(Text::of(o), start, step, n), n));
    }
    type_error(format!("string indices must be integers, not '{}'", ops::type_name(k)))
}

// ---------------------------------------------------------------------------------------
// printf-style formatting: `fmt % args`.

thread_local! {
    /// Set when a callback of the formatter raised a Python exception (which is then the
    /// current exception), so the formatter's own error is not raised over it.
    static PCT_RAISED: Cell<bool> = const { Cell::new(false) };
}

/// The formatter's error standing for "a Python exception has been raised".
fn pct_raised() -> FmtError {
    PCT_RAISED.with(|f| f.set(true));
    FmtError::Value(String::new())
}

impl PctArg for Value {
    fn type_name(&self) -> String {
        ops::type_name(*self).to_string()
    }
    fn as_number(&self) -> Option<PctNum> {
        let v = *self;
        if let Some(f) = as_float(v) {
            return Some(PctNum::Float(f.v));
        }
        if let Some(b) = as_bigint(v) {
            return Some(PctNum::Int(b.clone()));
        }
        match int_value(v) {
            Some(Ok(n)) => Some(PctNum::Int(BigInt::from(n))),
            _ => None,
        }
    }
    fn to_str(&self) -> Result<String, FmtError> {
        match ops::str_of(*self) {
            Ok(s) => Ok(sobj(s.v()).s.to_string()),
            Err(Raised) => Err(pct_raised()),
        }
    }
    fn to_repr(&self) -> Result<String, FmtError> {
        match ops::repr(*self) {
            Ok(s) => Ok(sobj(s.v()).s.to_string()),
            Err(Raised) => Err(pct_raised()),
        }
    }
    fn as_char(&self) -> Option<char> {
        match as_str(*self) {
            Some(o) if o.nchars == 1 => o.s.chars().next(),
            _ => None,
        }
    }
}

/// An owned argument, for values looked up in a mapping operand.
struct OwnedArg(Obj);

impl PctArg for OwnedArg {
    fn type_name(&self) -> String {
        self.0.v().type_name()
    }
    fn as_number(&self) -> Option<PctNum> {
        self.0.v().as_number()
    }
    fn to_str(&self) -> Result<String, FmtError> {
        self.0.v().to_str()
    }
    fn to_repr(&self) -> Result<String, FmtError> {
        self.0.v().to_repr()
    }
    fn as_char(&self) -> Option<char> {
        self.0.v().as_char()
    }
}

/// The mapping operand of `fmt % mapping`.
struct MapArg(Value);

impl PctMapping for MapArg {
    fn get_item(&self, key: &str) -> Result<Box<dyn PctArg + '_>, FmtError> {
        let k = str_from(key);
        match ops::getitem(self.0, k.v()) {
            Ok(v) => Ok(Box::new(OwnedArg(v))),
            Err(Raised) => Err(pct_raised()),
        }
    }
}

/// `fmt % args`: a tuple supplies several arguments, a mapping (anything but a tuple or str
/// that supports subscripts) supplies `%(name)s` fields, anything else is the one argument.
fn percent(f: Value, args: Value) -> R<Obj> {
    let text = &sobj(f).s;
    PCT_RAISED.with(|p| p.set(false));
    let r = if let Some(t) = as_tuple(args) {
        let items: Vec<&dyn PctArg> = t.items.iter().map(|v| v as &dyn PctArg).collect();
        fmt::percent_format(text, &items)
    } else if matches!(args.ty().kind, Kind::Dict | Kind::List | Kind::Range) {
        fmt::percent_format_mapping(text, &args, &MapArg(args))
    } else {
        fmt::percent_format(text, &[&args as &dyn PctArg])
    };
    match r {
        Ok(s) => Ok(new_text(s)),
        Err(e) => {
            if PCT_RAISED.with(|p| p.replace(false)) {
                Err(Raised)
            } else {
                Err(fmt_error(e))
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// `format()` and `str.format`.

/// `format(v, spec)`: the `format()` builtin and `__format__` of the builtin types.
pub fn format(v: Value, spec: &str) -> R<Obj> {
    // An empty spec formats an instance of a subclass as `str(v)`, as CPython's
    // `int.__format__`, `float.__format__` and `str.__format__` do.
    if spec.is_empty() && !v.is_small() && !v.ty().heap.is_null() {
        return ops::str_of(v);
    }
    let r = match v.ty().kind {
        Kind::Str => {
            if spec.is_empty() {
                return Ok(v.to_owned());
            }
            fmt::format_str(&sobj(v).s, spec)
        }
        Kind::Bool => {
            if spec.is_empty() {
                return ops::str_of(v);
            }
            fmt::format_int_as(&BigInt::from(ops::as_bool(v).unwrap_or(false) as i64), spec, "bool")
        }
        Kind::Int => {
            if v.is_small() {
                if spec.is_empty() {
                    let s = v.as_small().to_string();
                    let n = s.len();
                    return Ok(new_str(s, n));
                }
                fmt::format_int(&BigInt::from(v.as_small()), spec)
            } else {
                match as_bigint(v) {
                    Some(b) => fmt::format_int(b, spec),
                    None => return ops::str_of(v),
                }
            }
        }
        Kind::Float => fmt::format_float(as_float(v).map_or(0.0, |f| f.v), spec),
        Kind::Complex => return crate::complex::format(v, spec),
        _ => {
            if spec.is_empty() {
                return ops::str_of(v);
            }
            return type_error(format!("unsupported format string passed to {}.__format__", ops::type_name(v)));
        }
    };
    r.map(new_text).map_err(fmt_error)
}

/// Where `str.format` finds its arguments.
enum FormatSource<'a> {
    /// `template.format(*args, **kwargs)`.
    Call(&'a Args<'a>),
    /// `template.format_map(mapping)`.
    Map(Value),
}

/// Expands a `str.format` template into `out`. `depth` counts the nesting of specs that are
/// still allowed (CPython starts at 2).
fn render_format(template: &str, src: &FormatSource, depth: i32, numbering: &mut FieldNumbering, out: &mut String) -> R<()> {
    if depth <= 0 {
        return value_error("Max string recursion exceeded");
    }
    let pieces = fmt::parse_format_string(template).map_err(fmt_error)?;
    for piece in pieces {
        let field = match piece {
            Piece::Lit(s) => {
                out.push_str(&s);
                continue;
            }
            Piece::Field(f) => f,
        };
        let index = numbering.resolve(&field.key).map_err(fmt_error)?;
        let mut obj: Obj = match (index, &field.key, src) {
            (Some(_), _, FormatSource::Map(_)) => return value_error("Format string contains positional fields"),
            (Some(i), _, FormatSource::Call(a)) => match a.pos.get(i) {
                Some(&v) => v.to_owned(),
                None => {
                    return Err(raise(
                        &INDEX_ERROR,
                        format!("Replacement index {} out of range for positional args tuple", i),
                    ))
                }
            },
            (None, FieldKey::Name(name), FormatSource::Call(a)) => match a.kw(name) {
                Some(v) => v.to_owned(),
                None => return Err(crate::exc::raise_with(&KEY_ERROR, str_from(name.as_str()))),
            },
            (None, FieldKey::Name(name), FormatSource::Map(m)) => {
                let k = str_from(name.as_str());
                ops::getitem(*m, k.v())?
            }
            // `resolve` numbers every field that is not a name.
            (None, _, _) => return value_error("Format string contains positional fields"),
        };
        for acc in &field.accessors {
            obj = match acc {
                Accessor::Attr(name) => ops::getattr(obj.v(), name)?,
                Accessor::Item(key) => {
                    let k = match acc.item_index() {
                        Some(i) => int_from_i64(i as i64),
                        None => str_from(key.as_str()),
                    };
                    ops::getitem(obj.v(), k.v())?
                }
            };
        }
        let converted = match field.conversion {
            Some('r') => ops::repr(obj.v())?,
            Some('s') => ops::str_of(obj.v())?,
            Some('a') => ascii_of(obj.v())?,
            _ => obj,
        };
        let formatted = if field.spec_needs_expanding() {
            let mut spec = String::new();
            render_format(&field.spec, src, depth - 1, numbering, &mut spec)?;
            format(converted.v(), &spec)?
        } else {
            format(converted.v(), &field.spec)?
        };
        out.push_str(&sobj(formatted.v()).s);
    }
    Ok(())
}

/// `template.format(...)` or `template.format_map(...)`.
fn str_format(template: &str, src: FormatSource) -> R<Obj> {
    let mut out = String::with_capacity(template.len() + 16);
    let mut numbering = FieldNumbering::new();
    render_format(template, &src, 2, &mut numbering, &mut out)?;
    Ok(new_text(out))
}

// ---------------------------------------------------------------------------------------
// Argument parsing with CPython's messages.

/// A method without arguments (`METH_NOARGS`).
fn no_args(a: &Args, name: &str) -> R<()> {
    if a.pos.is_empty() && a.kwnames.is_empty() {
        return Ok(());
    }
    let f = format!("str.{}", name);
    a.no_kwargs(&f)?;
    a.arity(&f, 0, 0)
}

/// A method with positional-only parameters (Argument Clinic's `/`, or `METH_O`).
fn positional(a: &Args, name: &str, min: usize, max: usize) -> R<()> {
    if a.kwnames.is_empty() && a.pos.len() >= min && a.pos.len() <= max {
        return Ok(());
    }
    let f = format!("str.{}", name);
    a.no_kwargs(&f)?;
    if min == 1 && max == 1 {
        a.arity(&f, 1, 1)
    } else {
        a.arity(name, min, max)
    }
}

/// A `METH_VARARGS` method parsed with `PyArg_ParseTuple` (`find`, `count`, `startswith`...).
fn varargs(a: &Args, name: &str, min: usize, max: usize) -> R<()> {
    let n = a.pos.len();
    if a.kwnames.is_empty() && n >= min && n <= max {
        return Ok(());
    }
    a.no_kwargs(&format!("str.{}", name))?;
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        let how = if min == max { "exactly" } else { "at least" };
        return type_error(format!("{}() takes {} {} argument{} ({} given)", name, how, min, plural(min), n));
    }
    let how = if min == max { "exactly" } else { "at most" };
    type_error(format!("{}() takes {} {} argument{} ({} given)", name, how, max, plural(max), n))
}

/// Optional parameters that may also be given by keyword, as Argument Clinic's
/// `_PyArg_UnpackKeywords` binds them (with its messages).
fn keywords<'a>(a: &Args<'a>, name: &str, params: &[&str]) -> R<Vec<Option<Value>>> {
    let nargs = a.pos.len();
    let total = nargs + a.kwnames.len();
    let max = params.len();
    if total > max {
        return type_error(format!(
            "{}() takes at most {} {}argument{} ({} given)",
            name,
            max,
            if nargs == 0 { "keyword " } else { "" },
            if max == 1 { "" } else { "s" },
            total
        ));
    }
    let mut out: Vec<Option<Value>> = vec![None; max];
    for (i, v) in a.pos.iter().enumerate() {
        out[i] = Some(*v);
    }
    let mut left = a.kwnames.len();
    for i in nargs..max {
        if let Some(v) = a.kw(params[i]) {
            out[i] = Some(v);
            left -= 1;
        }
    }
    if left > 0 {
        for (i, p) in params.iter().enumerate().take(nargs) {
            if a.kw(p).is_some() {
                return type_error(format!("argument for {}() given by name ('{}') and position ({})", name, p, i + 1));
            }
        }
        for k in a.kwnames {
            let k = &sobj(*k).s;
            if !params.contains(&&**k) {
                return type_error(format!("'{}' is an invalid keyword argument for {}()", k, name));
            }
        }
    }
    Ok(out)
}

/// A str argument, or TypeError with `msg` followed by the type's name.
fn str_arg<'a>(v: Value, msg: &str) -> R<&'a StrObj> {
    match as_str(v) {
        Some(o) => Ok(o),
        // Argument Clinic's messages ("... argument N must be str, not X") say "None".
        None if msg.contains("argument") => type_error(format!("{}{}", msg, ops::arg_type_name(v))),
        None => type_error(format!("{}{}", msg, ops::type_name(v))),
    }
}

/// The optional `start` and `end` of `find`, `count`, `startswith` and friends.
fn start_end(a: &Args) -> R<(i64, i64)> {
    let start = match a.pos.get(1) {
        Some(v) => slice_index(*v)?.unwrap_or(0),
        None => 0,
    };
    let end = match a.pos.get(2) {
        Some(v) => slice_index(*v)?.unwrap_or(i64::MAX),
        None => i64::MAX,
    };
    Ok((start, end))
}

/// The fill character of `center`, `ljust` and `rjust`.
fn fill_arg(a: &Args) -> R<char> {
    match a.pos.get(1) {
        None => Ok(' '),
        Some(v) => match as_str(*v) {
            Some(o) if o.nchars == 1 => Ok(o.s.chars().next().unwrap_or(' ')),
            Some(_) => type_error("The fill character must be exactly one character long"),
            None => type_error(format!("The fill character must be a unicode character, not {}", ops::type_name(*v))),
        },
    }
}

// ---------------------------------------------------------------------------------------
// Methods.

/// The names of the methods of `str`.
pub const METHODS: &[&str] = &[
    "capitalize", "casefold", "center", "count", "endswith", "expandtabs", "find", "format", "format_map", "index",
    "isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable",
    "isspace", "istitle", "isupper", "join", "ljust", "lower", "lstrip", "maketrans", "partition", "removeprefix",
    "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition", "rsplit", "rstrip", "split", "splitlines",
    "startswith", "strip", "swapcase", "title", "translate", "upper", "zfill", "__format__", "__len__",
    "__contains__", "__getitem__", "__iter__", "__add__", "__mul__", "__rmul__", "__mod__", "__rmod__", "__hash__",
    "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__repr__", "__str__",
];

/// A list of strs made from pieces of `o`'s text.
fn list_of_pieces(o: &StrObj, pieces: &[&str]) -> Obj {
    list_from(pieces.iter().map(|p| piece_of(o, p).into_raw()).collect())
}

/// A new str, or `o` itself when the text did not change.
fn same_or_new(v: Value, o: &StrObj, s: String) -> Obj {
    if *s == *o.s {
        v.to_owned()
    } else {
        new_text(s)
    }
}

/// `s.name(*args)`: `Ok(None)` when `str` has no method of that name.
pub fn call_method(v: Value, name: &str, args: &Args) -> R<Option<Obj>> {
    let o = sobj(v);
    let s: &str = &o.s;
    let r = match name {
        "upper" | "lower" | "casefold" | "title" | "capitalize" | "swapcase" => {
            no_args(args, name)?;
            let t = match name {
                "upper" => upper(s),
                "lower" => lower(s),
                "casefold" => casefold(s),
                "title" => title(s),
                "capitalize" => capitalize(s),
                _ => swapcase(s),
            };
            same_or_new(v, o, t)
        }
        "isdigit" | "isdecimal" | "isnumeric" | "isalpha" | "isalnum" | "isspace" | "isupper" | "islower"
        | "istitle" | "isidentifier" | "isprintable" | "isascii" => {
            no_args(args, name)?;
            let b = match name {
                "isdigit" => all_chars(s, is_digit),
                "isdecimal" => all_chars(s, is_decimal),
                "isnumeric" => all_chars(s, is_numeric),
                "isalpha" => all_chars(s, is_alpha),
                "isalnum" => all_chars(s, is_alnum),
                "isspace" => all_chars(s, is_space),
                "isupper" => isupper(s),
                "islower" => islower(s),
                "istitle" => istitle(s),
                "isidentifier" => isidentifier(s),
                "isprintable" => s.chars().all(fmt::is_printable),
                _ => o.is_ascii(),
            };
            bool_obj(b)
        }
        "split" | "rsplit" => {
            let p = keywords(args, name, &["sep", "maxsplit"])?;
            // As CPython's argument parsing: maxsplit is converted before sep is checked.
            let maxsplit = match p[1] {
                Some(x) => ssize_arg(x)?,
                None => -1,
            };
            let sep = match p[0] {
                Some(x) if !is_none(x) => Some(str_arg(x, "must be str or None, not ")?),
                _ => None,
            };
            let pieces = match sep {
                None if name == "split" => split_whitespace(s, maxsplit),
                None => rsplit_whitespace(s, maxsplit),
                Some(sep) if sep.s.is_empty() => return value_error("empty separator"),
                Some(sep) if name == "split" => split_sep(s, &sep.s, maxsplit),
                Some(sep) => rsplit_sep(s, &sep.s, maxsplit),
            };
            list_of_pieces(o, &pieces)
        }
        "splitlines" => {
            let p = keywords(args, name, &["keepends"])?;
            let keepends = match p[0] {
                Some(x) => cint_arg(x)? != 0,
                None => false,
            };
            list_of_pieces(o, &splitlines(s, keepends))
        }
        "join" => {
            positional(args, name, 1, 1)?;
            join(o, args.pos[0])?
        }
        "strip" | "lstrip" | "rstrip" => {
            positional(args, name, 0, 1)?;
            let chars = match args.pos.first() {
                Some(x) if !is_none(*x) => match as_str(*x) {
                    Some(c) => Some(&*c.s),
                    None => return type_error(format!("{} arg must be None or str", name)),
                },
                _ => None,
            };
            let strip_it = |c: char| match chars {
                None => is_space(c),
                Some(set) => set.contains(c),
            };
            let t = match name {
                "strip" => s.trim_matches(strip_it),
                "lstrip" => s.trim_start_matches(strip_it),
                _ => s.trim_end_matches(strip_it),
            };
            if t.len() == s.len() {
                v.to_owned()
            } else {
                piece_of(o, t)
            }
        }
        "replace" => {
            positional(args, name, 2, 3)?;
            let old = str_arg(args.pos[0], "replace() argument 1 must be str, not ")?;
            let new = str_arg(args.pos[1], "replace() argument 2 must be str, not ")?;
            let count = match args.pos.get(2) {
                Some(x) => ssize_arg(*x)?,
                None => -1,
            };
            if count == 0 || (!old.s.is_empty() && !s.contains(&*old.s)) {
                v.to_owned()
            } else if count < 0 {
                new_text(s.replace(&*old.s, &new.s))
            } else {
                new_text(s.replacen(&*old.s, &new.s, count as usize))
            }
        }
        "find" | "rfind" | "index" | "rindex" => {
            varargs(args, name, 1, 3)?;
            let (start, end) = start_end(args)?;
            let sub = str_arg(args.pos[0], "must be str, not ")?;
            let forward = name == "find" || name == "index";
            let r = find_text(Text::of(o), Text::of(sub), start, end, forward);
            if r < 0 && (name == "index" || name == "rindex") {
                return value_error("substring not found");
            }
            int_from_i64(r)
        }
        "count" => {
            varargs(args, name, 1, 3)?;
            let (start, end) = start_end(args)?;
            let sub = str_arg(args.pos[0], "must be str, not ")?;
            int_from_i64(count_text(Text::of(o), Text::of(sub), start, end))
        }
        "startswith" | "endswith" => {
            varargs(args, name, 1, 3)?;
            let (start, end) = start_end(args)?;
            let at_end = name == "endswith";
            let cand = args.pos[0];
            if let Some(t) = as_tuple(cand) {
                let mut found = false;
                for &x in t.items.iter() {
                    let sub = str_arg(x, &format!("tuple for {} must only contain str, not ", name))?;
                    if tailmatch(Text::of(o), Text::of(sub), start, end, at_end) {
                        found = true;
                        break;
                    }
                }
                bool_obj(found)
            } else {
                let sub = str_arg(cand, &format!("{} first arg must be str or a tuple of str, not ", name))?;
                bool_obj(tailmatch(Text::of(o), Text::of(sub), start, end, at_end))
            }
        }
        "center" | "ljust" | "rjust" => {
            positional(args, name, 1, 2)?;
            let width = ssize_arg(args.pos[0])?;
            let fill = fill_arg(args)?;
            if width <= o.nchars as i64 {
                v.to_owned()
            } else {
                let width = width as usize;
                let (l, r) = match name {
                    "center" => center_split(o.nchars, width),
                    "ljust" => (0, width - o.nchars),
                    _ => (width - o.nchars, 0),
                };
                if (width as u64).saturating_mul(fill.len_utf8() as u64) > isize::MAX as u64 / 2 {
                    return Err(memory_error());
                }
                new_str(pad(Text::of(o), l, r, fill).ok_or_else(memory_error)?, width)
            }
        }
        "zfill" => {
            positional(args, name, 1, 1)?;
            let width = ssize_arg(args.pos[0])?;
            if width <= o.nchars as i64 {
                v.to_owned()
            } else {
                if width as u64 > isize::MAX as u64 / 2 {
                    return Err(memory_error());
                }
                new_str(zfill(Text::of(o), width as usize).ok_or_else(memory_error)?, width as usize)
            }
        }
        "partition" | "rpartition" => {
            positional(args, name, 1, 1)?;
            let sep = str_arg(args.pos[0], "must be str, not ")?;
            if sep.s.is_empty() {
                return value_error("empty separator");
            }
            let empty = || new_str(String::new(), 0);
            let found = if name == "partition" { s.find(&*sep.s) } else { s.rfind(&*sep.s) };
            let parts: [Obj; 3] = match found {
                Some(i) => [piece_of(o, &s[..i]), args.pos[0].to_owned(), piece_of(o, &s[i + sep.s.len()..])],
                None if name == "partition" => [v.to_owned(), empty(), empty()],
                None => [empty(), empty(), v.to_owned()],
            };
            tuple_from(parts.into_iter().map(|p| p.into_raw()).collect())
        }
        "expandtabs" => {
            let p = keywords(args, name, &["tabsize"])?;
            let tabsize = match p[0] {
                Some(x) => cint_arg(x)?,
                None => 8,
            };
            if !s.contains('\t') {
                v.to_owned()
            } else {
                new_text(expandtabs(s, tabsize))
            }
        }
        "removeprefix" | "removesuffix" => {
            positional(args, name, 1, 1)?;
            let affix = str_arg(args.pos[0], &format!("{}() argument must be str, not ", name))?;
            let t = if name == "removeprefix" { s.strip_prefix(&*affix.s) } else { s.strip_suffix(&*affix.s) };
            match t {
                Some(t) if t.len() != s.len() => piece_of(o, t),
                _ => v.to_owned(),
            }
        }
        "format" => str_format(s, FormatSource::Call(args))?,
        "format_map" => {
            positional(args, name, 1, 1)?;
            str_format(s, FormatSource::Map(args.pos[0]))?
        }
        "__format__" => {
            positional(args, name, 1, 1)?;
            let spec = str_arg(args.pos[0], "__format__() argument must be str, not ")?;
            format(v, &spec.s)?
        }
        "__len__" => {
            wrapper_arity(args, name, 0)?;
            int_from_i64(o.nchars as i64)
        }
        "__contains__" => {
            wrapper_arity(args, name, 1)?;
            bool_obj(contains(v, args.pos[0])?)
        }
        "__getitem__" => {
            wrapper_arity(args, name, 1)?;
            getitem(v, args.pos[0])?
        }
        "__iter__" => {
            wrapper_arity(args, name, 0)?;
            ops::iter_base(v)?
        }
        "__hash__" => {
            wrapper_arity(args, name, 0)?;
            int_from_i64(hash(v))
        }
        "__add__" => {
            wrapper_arity(args, name, 1)?;
            match binary(BinOp::Add, v, args.pos[0])? {
                Some(r) => r,
                None => {
                    return type_error(format!(
                        "can only concatenate str (not \"{}\") to str",
                        ops::type_name(args.pos[0])
                    ))
                }
            }
        }
        "__mul__" | "__rmul__" => {
            crate::dicts::wrapper_unpack(args, name, 1, 1)?;
            match int_value(args.pos[0]) {
                Some(n) => repeat(v, n)?,
                None => return Err(not_an_integer(args.pos[0])),
            }
        }
        "__mod__" => {
            wrapper_arity(args, name, 1)?;
            percent(v, args.pos[0])?
        }
        "__rmod__" => {
            // The slot is called with the operands swapped: the other operand formats.
            wrapper_arity(args, name, 1)?;
            match as_str(args.pos[0]) {
                Some(_) => percent(args.pos[0], v)?,
                None => not_implemented(),
            }
        }
        "__eq__" | "__ne__" | "__lt__" | "__le__" | "__gt__" | "__ge__" | "__repr__" | "__str__" => {
            return crate::dicts::shared_dunder(v, name, args, &|x| as_str(x).is_some(), true);
        }
        "translate" => {
            positional(args, name, 1, 1)?;
            translate(v, o, args.pos[0])?
        }
        "maketrans" => {
            positional(args, name, 1, 3)?;
            maketrans(args)?
        }
        _ => return Ok(None),
    };
    Ok(Some(r))
}

/// `sep.join(iterable)`.
fn join(sep: &StrObj, iterable: Value) -> R<Obj> {
    let items: Vec<Obj> = if let Some(l) = as_list(iterable) {
        l.items.iter().map(|&x| x.to_owned()).collect()
    } else if let Some(t) = as_tuple(iterable) {
        t.items.iter().map(|&x| x.to_owned()).collect()
    } else {
        let it = match ops::iter(iterable) {
            Ok(it) => it,
            Err(Raised) => {
                let e = crate::exc::take_current();
                return match e {
                    Some(e) if e.ty().is_subtype(&TYPE_ERROR) => type_error("can only join an iterable"),
                    Some(e) => Err(crate::exc::set_current(e)),
                    None => Err(Raised),
                };
            }
        };
        let mut out = Vec::new();
        while let Some(x) = ops::next(it.v())? {
            out.push(x);
        }
        out
    };
    let mut bytes = 0usize;
    let mut nchars = 0usize;
    for (i, x) in items.iter().enumerate() {
        match as_str(x.v()) {
            Some(p) => {
                bytes += p.s.len();
                nchars += p.nchars;
            }
            None => {
                return type_error(format!("sequence item {}: expected str instance, {} found", i, ops::type_name(x.v())))
            }
        }
    }
    if items.len() == 1 {
        return Ok(items[0].clone());
    }
    if items.is_empty() {
        return Ok(new_str(String::new(), 0));
    }
    let total_bytes = bytes + sep.s.len() * (items.len() - 1);
    let mut out = String::new();
    if out.try_reserve_exact(total_bytes).is_err() {
        return Err(memory_error());
    }
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep.s);
        }
        out.push_str(&sobj(x.v()).s);
    }
    Ok(new_str(out, nchars + sep.nchars * (items.len() - 1)))
}

/// `s.translate(table)`: each character's code point is looked up in `table`; a missing key
/// keeps the character, `None` deletes it, an int or str replaces it.
fn translate(v: Value, o: &StrObj, table: Value) -> R<Obj> {
    let mut out = String::with_capacity(o.s.len());
    for c in o.s.chars() {
        let key = int_from_i64(surrogates::code_point(c) as i64);
        let m = match ops::getitem(table, key.v()) {
            Ok(m) => m,
            Err(Raised) => match crate::exc::take_current() {
                Some(e) if e.ty().is_subtype(&LOOKUP_ERROR) => {
                    out.push(c);
                    continue;
                }
                Some(e) => return Err(crate::exc::set_current(e)),
                None => return Err(Raised),
            },
        };
        if is_none(m.v()) {
            continue;
        }
        if let Some(r) = as_str(m.v()) {
            out.push_str(&r.s);
            continue;
        }
        match int_value(m.v()) {
            Some(Ok(n)) if (0..0x110000).contains(&n) => match surrogates::char_of(n as u32) {
                Some(ch) => out.push(ch),
                None => return value_error(RESERVED_CHR),
            },
            Some(_) => return value_error("character mapping must be in range(0x110000)"),
            None => return type_error("character mapping must return integer, None or str"),
        }
    }
    Ok(same_or_new(v, o, out))
}

/// `str.maketrans(x[, y[, z]])` called on an instance.
fn maketrans(a: &Args) -> R<Obj> {
    let d = dict_new();
    if a.pos.len() == 1 {
        let x = a.pos[0];
        if as_dict(x).is_none() {
            return type_error("if you give only one argument to maketrans it must be a dict");
        }
        for k in ops::collect(x)? {
            let val = ops::getitem(x, k.v())?;
            let key = if let Some(ks) = as_str(k.v()) {
                if ks.nchars != 1 {
                    return value_error("string keys in translate table must be of length 1");
                }
                int_from_i64(ks.s.chars().next().map_or(0, |c| surrogates::code_point(c) as i64))
            } else if int_value(k.v()).is_some() {
                k.clone()
            } else {
                return type_error("keys in translate table must be strings or integers");
            };
            ops::setitem(d.v(), key.v(), val.v())?;
        }
        return Ok(d);
    }
    let x = match as_str(a.pos[0]) {
        Some(x) => x,
        None => return type_error("first maketrans argument must be a string if there is a second argument"),
    };
    let y = str_arg(a.pos[1], "maketrans() argument 2 must be str, not ")?;
    let z = match a.pos.get(2) {
        Some(z) => Some(str_arg(*z, "maketrans() argument 3 must be str, not ")?),
        None => None,
    };
    if x.nchars != y.nchars {
        return value_error("the first two maketrans arguments must have equal length");
    }
    for (cx, cy) in x.s.chars().zip(y.s.chars()) {
        let (k, val) = (int_from_i64(surrogates::code_point(cx) as i64), int_from_i64(surrogates::code_point(cy) as i64));
        ops::setitem(d.v(), k.v(), val.v())?;
    }
    if let Some(z) = z {
        for c in z.s.chars() {
            let k = int_from_i64(surrogates::code_point(c) as i64);
            ops::setitem(d.v(), k.v(), none().v())?;
        }
    }
    Ok(d)
}

// ---------------------------------------------------------------------------------------
// `chr` and `ord`.

/// `chr(i)`.
pub fn chr(v: Value) -> R<Obj> {
    let n = cint_arg(v)?;
    if !(0..0x110000).contains(&n) {
        return value_error("chr() arg not in range(0x110000)");
    }
    match surrogates::char_of(n as u32) {
        Some(c) => Ok(from_char(c)),
        None => value_error(RESERVED_CHR),
    }
}

/// The ValueError message for a code point that krait's str cannot hold.
pub const RESERVED_CHR: &str = "code points U+10F800..U+10FFFF are reserved by krait for lone surrogates and cannot be held in a str";

/// `ord(c)`.
pub fn ord(v: Value) -> R<Obj> {
    match as_str(v) {
        Some(o) if o.nchars == 1 => Ok(int_from_i64(o.s.chars().next().map_or(0, |c| surrogates::code_point(c) as i64))),
        Some(o) => type_error(format!("ord() expected a character, but string of length {} found", o.nchars)),
        None => type_error(format!("ord() expected string of length 1, but {} found", ops::type_name(v))),
    }
}

// ---------------------------------------------------------------------------------------
// ABI entry points.

/// A string constant: UTF-8 bytes made into an immortal str.
///
/// # Safety
/// `p` points to `len` readable bytes.
#[no_mangle]
pub unsafe extern "C" fn rt_const_str(p: *const u8, len: i64) -> Value {
    let bytes: &[u8] = if len <= 0 { &[] } else { std::slice::from_raw_parts(p, len as usize) };
    let s = match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => String::from_utf8_lossy(bytes).into_owned(),
    };
    let o = new_text(s);
    make_immortal(&o);
    o.into_raw()
}

/// Concatenates `n` borrowed strs (the parts of an f-string) into a new str.
///
/// # Safety
/// `parts` points to `n` valid values.
#[no_mangle]
pub unsafe extern "C" fn rt_build_str(parts: *const Value, n: i64) -> Value {
    let parts: &[Value] = if n <= 0 { &[] } else { std::slice::from_raw_parts(parts, n as usize) };
    let mut owned: Vec<Obj> = Vec::with_capacity(parts.len());
    for &p in parts {
        if as_str(p).is_some() {
            owned.push(p.to_owned());
        } else {
            match ops::str_of(p) {
                Ok(s) => owned.push(s),
                Err(Raised) => return Value::NULL,
            }
        }
    }
    if owned.len() == 1 {
        return owned.pop().map_or(Value::NULL, |o| o.into_raw());
    }
    let bytes: usize = owned.iter().map(|o| sobj(o.v()).s.len()).sum();
    let nchars: usize = owned.iter().map(|o| sobj(o.v()).nchars).sum();
    let mut out = String::new();
    if out.try_reserve_exact(bytes).is_err() {
        memory_error();
        return Value::NULL;
    }
    for o in &owned {
        out.push_str(&sobj(o.v()).s);
    }
    new_str(out, nchars).into_raw()
}

/// An f-string field: applies the conversion (`!s`, `!r`, `!a` or none), then
/// `format(value, spec)`; `spec` is a str or 0 for an empty spec. Returns a new str.
///
/// # Safety
/// `v` is a valid value and `spec` a str or 0.
#[no_mangle]
pub unsafe extern "C" fn rt_format(v: Value, spec: Value, conv: i32) -> Value {
    abi(format_field(v, spec, conv))
}

fn format_field(v: Value, spec: Value, conv: i32) -> R<Obj> {
    use krait_abi::conv;
    let converted = match conv {
        conv::STR => ops::str_of(v)?,
        conv::REPR => ops::repr(v)?,
        conv::ASCII => ascii_of(v)?,
        _ => v.to_owned(),
    };
    let spec: &str = if spec.is_null() { "" } else { &sobj(spec).s };
    format(converted.v(), spec)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// CPython's `PySlice_AdjustIndices`: clamps `start` and `stop` and returns the length.
    fn adjust_slice(len: i64, start: &mut i64, stop: &mut i64, step: i64) -> i64 {
        for x in [&mut *start, &mut *stop] {
            if *x < 0 {
                *x += len;
                if *x < 0 {
                    *x = if step < 0 { -1 } else { 0 };
                }
            } else if *x >= len {
                *x = if step < 0 { len - 1 } else { len };
            }
        }
        if step < 0 {
            if *stop < *start {
                return (*start - *stop - 1) / (-step) + 1;
            }
        } else if *start < *stop {
            return (*stop - *start - 1) / step + 1;
        }
        0
    }

    fn sw(s: &str, n: i64) -> Vec<&str> {
        split_whitespace(s, n)
    }
    fn rsw(s: &str, n: i64) -> Vec<&str> {
        rsplit_whitespace(s, n)
    }

    #[test]
    fn whitespace_splitting() {
        // Expected values from CPython 3.11.
        assert_eq!(sw("  a  b c  ", -1), ["a", "b", "c"]);
        assert_eq!(sw("  a  b c  ", 1), ["a", "b c  "]);
        assert_eq!(sw("  a  b c  ", 0), ["a  b c  "]);
        assert_eq!(sw("   ", -1), Vec::<&str>::new());
        assert_eq!(sw("   ", 0), Vec::<&str>::new());
        assert_eq!(sw("", -1), Vec::<&str>::new());
        assert_eq!(sw("a\u{3000}b\x1cc\u{85}d\u{a0}e", -1), ["a", "b", "c", "d", "e"]);
        assert_eq!(sw("a\u{200b}b", -1), ["a\u{200b}b"]);
        assert_eq!(rsw("  a  b c  ", -1), ["a", "b", "c"]);
        assert_eq!(rsw("  a  b c  ", 1), ["  a  b", "c"]);
        assert_eq!(rsw("  a  b c  ", 0), ["  a  b c"]);
        assert_eq!(rsw("ä ö ü", 1), ["ä ö", "ü"]);
    }

    #[test]
    fn separator_splitting() {
        assert_eq!(split_sep("a,b,,c", ",", -1), ["a", "b", "", "c"]);
        assert_eq!(split_sep("a,b,,c", ",", 1), ["a", "b,,c"]);
        assert_eq!(split_sep("a,b,,c", ",", 0), ["a,b,,c"]);
        assert_eq!(split_sep("aaa", "aa", -1), ["", "a"]);
        assert_eq!(rsplit_sep("aaa", "aa", -1), ["a", ""]);
        assert_eq!(rsplit_sep("a,b,,c", ",", 2), ["a,b", "", "c"]);
        assert_eq!(split_sep("", ",", -1), [""]);
    }

    #[test]
    fn lines() {
        assert_eq!(splitlines("a\nb\r\nc\rd\x0be\x1cf\u{2028}g\n", false), ["a", "b", "c", "d", "e", "f", "g"]);
        assert_eq!(splitlines("a\nb\r\n\n", true), ["a\n", "b\r\n", "\n"]);
        assert_eq!(splitlines("", false), Vec::<&str>::new());
        assert_eq!(splitlines("\n", false), [""]);
    }

    #[test]
    fn slicing_non_ascii() {
        let t = Text::new("héllo wörld");
        // 'héllo wörld'[1:8] == 'éllo wö'
        assert_eq!(slice_text(t, 1, 1, 7), "éllo wö");
        // 'héllo wörld'[::-1] == 'dlröw olléh'
        let (mut a, mut b) = (i64::MAX, i64::MIN);
        let n = adjust_slice(t.n as i64, &mut a, &mut b, -1);
        assert_eq!(slice_text(t, a, -1, n as usize), "dlröw olléh");
        // 'héllo wörld'[1::3] == 'éoöd'
        let (mut a, mut b) = (1, i64::MAX);
        let n = adjust_slice(t.n as i64, &mut a, &mut b, 3);
        assert_eq!(slice_text(t, a, 3, n as usize), "éoöd");
        // 'abcdef'[-2:-10:-2] == 'eca'
        let t = Text::new("abcdef");
        let (mut a, mut b) = (-2, -10);
        let n = adjust_slice(6, &mut a, &mut b, -2);
        assert_eq!(slice_text(t, a, -2, n as usize), "eca");
        let (mut a, mut b) = (10, 20);
        assert_eq!(adjust_slice(6, &mut a, &mut b, 1), 0);
    }

    #[test]
    fn searching() {
        let t = Text::new("héllo héllo");
        assert_eq!(find_text(t, Text::new("llo"), 0, i64::MAX, true), 2);
        assert_eq!(find_text(t, Text::new("llo"), 3, i64::MAX, true), 8);
        assert_eq!(find_text(t, Text::new("llo"), 0, i64::MAX, false), 8);
        assert_eq!(find_text(t, Text::new("llo"), 0, -2, false), 2);
        assert_eq!(find_text(t, Text::new(""), 11, i64::MAX, true), 11);
        assert_eq!(find_text(t, Text::new(""), 12, i64::MAX, true), -1);
        assert_eq!(find_text(t, Text::new(""), 0, i64::MAX, false), 11);
        assert_eq!(count_text(t, Text::new("é"), 0, i64::MAX), 2);
        assert_eq!(count_text(t, Text::new(""), 0, i64::MAX), 12);
        assert_eq!(count_text(t, Text::new(""), 3, 5), 3);
        assert_eq!(count_text(Text::new("aaaa"), Text::new("aa"), 0, i64::MAX), 2);
        assert!(tailmatch(t, Text::new("llo"), 0, 5, true));
        assert!(tailmatch(t, Text::new("é"), 1, i64::MAX, false));
        assert!(!tailmatch(Text::new("abc"), Text::new(""), 4, i64::MAX, false));
        assert!(tailmatch(Text::new("abc"), Text::new(""), 3, i64::MAX, false));
    }

    #[test]
    fn case_rules() {
        // Expected values from CPython 3.11.
        assert_eq!(title("hello wORLD 3rd o'neil"), "Hello World 3Rd O'Neil");
        assert_eq!(title("ǆemal ßtraße ﬁsh"), "ǅemal Sstraße Fish");
        assert_eq!(capitalize("hELLO World"), "Hello world");
        assert_eq!(capitalize("ǆemal"), "ǅemal");
        assert_eq!(capitalize("ßa"), "Ssa");
        assert_eq!(capitalize(""), "");
        assert_eq!(lower("ΟΔΟΣ ΟΔΟΣ."), "\u{3bf}\u{3b4}\u{3bf}\u{3c2} \u{3bf}\u{3b4}\u{3bf}\u{3c2}.");
        assert_eq!(lower("Σ"), "\u{3c3}");
        assert_eq!(lower("AΣ'b"), "a\u{3c3}'b");
        assert_eq!(lower("İ"), "i\u{307}");
        assert_eq!(upper("straße ŉ"), "STRASSE ʼN");
        assert_eq!(casefold("Straße ﬁ"), "strasse fi");
        assert_eq!(swapcase("HeLLo ß \u{3a3}\u{3c2}"), "hEllO SS \u{3c3}\u{3a3}");
        assert!(istitle("Hello World"));
        assert!(!istitle("Hello world"));
        assert!(istitle("ǅemal"));
        assert!(!istitle("123"));
        assert!(islower("abc1"));
        assert!(!islower("1"));
        assert!(isupper("ABC ǅ") == false);
        assert!(isupper("ABC1"));
        assert!(isidentifier("_héllo1"));
        assert!(!isidentifier("1a"));
        assert!(!isidentifier(""));
    }

    #[test]
    fn properties() {
        assert!(all_chars("٣3", is_decimal));
        assert!(all_chars("²3", is_digit) && !all_chars("²", is_decimal));
        assert!(all_chars("½一", is_numeric) && !all_chars("½", is_digit));
        assert!(all_chars("abcé", is_alpha) && !all_chars("Ⅻ", is_alpha));
        assert!(all_chars(" \t\u{3000}\x1f", is_space) && !all_chars("\u{200b}", is_space));
    }

    #[test]
    fn padding() {
        // 'abc'.center(6, '*') == '*abc**'; 'ab'.center(5) == '  ab ' ; 'abc'.center(8) == '  abc   '
        assert_eq!(center_split(3, 6), (1, 2));
        assert_eq!(center_split(2, 5), (2, 1));
        assert_eq!(center_split(3, 8), (2, 3));
        assert_eq!(pad(Text::new("é"), 1, 2, '*').unwrap(), "*é**");
        assert_eq!(zfill(Text::new("-42"), 6).unwrap(), "-00042");
        assert_eq!(zfill(Text::new("+"), 3).unwrap(), "+00");
        assert_eq!(zfill(Text::new("ab"), 4).unwrap(), "00ab");
        assert_eq!(expandtabs("a\tbc\td\n\te", 4), "a   bc  d\n    e");
        assert_eq!(expandtabs("a\tb", 0), "ab");
    }

    #[test]
    fn adjust() {
        assert_eq!(adjust_indices(-100, -100, 5), (0, 0));
        assert_eq!(adjust_indices(2, 100, 5), (2, 5));
        assert_eq!(adjust_indices(-2, -1, 5), (3, 4));
    }
}
