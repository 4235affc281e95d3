//! Tracebacks: traceback objects (`e.__traceback__`, `tb_lineno`, `tb_next`) and the
//! printing of an uncaught exception as CPython 3.11's `sys.excepthook` does it, with
//! chained causes and contexts, `__notes__`, and the boxes drawn around the members of
//! an exception group.

use crate::exc::{as_exc, take_current, TbEntry};
use crate::objects::*;
use crate::types::*;
use crate::value::{Header, Obj, Raised, Value, R};
use krait_abi::ModuleInfo;
use std::rc::Rc;

// Traceback objects.

/// A traceback object: a view of an exception's entries (innermost first) from the
/// frame `depth` entries below the outermost one.
#[repr(C)]
pub struct TbObj {
    pub head: Header,
    pub entries: Rc<Vec<TbEntry>>,
    pub depth: usize,
    /// The identity of the traceback the entries were taken from (`ExcObj::tb_id`).
    pub id: u64,
    /// `tb_next` once read or assigned (owned; null before): made once, so the chain
    /// keeps its identity and `tb.tb_next = None` cuts it, as unittest does.
    pub next: std::cell::Cell<Value>,
}

impl Drop for TbObj {
    fn drop(&mut self) {
        let n = self.next.get();
        if !n.is_null() {
            n.decref();
        }
    }
}

/// The traceback object of an exception's entries, or None when it has none.
pub fn tb_object(entries: &[TbEntry], id: u64) -> Obj {
    if entries.is_empty() {
        return none();
    }
    Obj::from_box(Box::new(TbObj { head: Header::new(&TRACEBACK_TYPE), entries: Rc::new(entries.to_vec()), depth: 0, id, next: std::cell::Cell::new(Value::NULL) }))
}

/// Is `v` a traceback object?
pub fn as_tb<'a>(v: Value) -> Option<&'a TbObj> {
    if !v.is_small() && !v.is_null() && std::ptr::eq(v.ty(), &TRACEBACK_TYPE) {
        Some(unsafe { v.as_ref::<TbObj>() })
    } else {
        None
    }
}

impl TbObj {
    /// The entries this traceback and its `tb_next` chain stand for, innermost first.
    pub fn chain(&self) -> &[TbEntry] {
        &self.entries[..self.entries.len() - self.depth]
    }
    fn entry(&self) -> &TbEntry {
        &self.entries[self.entries.len() - 1 - self.depth]
    }
}

/// Frees a traceback object (`true` if `v` is one).
pub unsafe fn dealloc(v: Value) -> bool {
    if as_tb(v).is_none() {
        return false;
    }
    drop(Box::from_raw(v.0 as *mut TbObj));
    true
}

/// Attributes of a traceback object.
pub fn getattr(o: Value, name: &str) -> R<Option<Obj>> {
    let Some(t) = as_tb(o) else { return Ok(None) };
    Ok(match name {
        "tb_lineno" => Some(int_from_i64(t.entry().line as i64)),
        "tb_next" => {
            if t.next.get().is_null() {
                let n = if t.depth + 1 < t.entries.len() {
                    Obj::from_box(Box::new(TbObj { head: Header::new(&TRACEBACK_TYPE), entries: t.entries.clone(), depth: t.depth + 1, id: t.id, next: std::cell::Cell::new(Value::NULL) }))
                } else {
                    none()
                };
                t.next.set(n.into_raw());
            }
            Some(t.next.get().to_owned())
        }
        "tb_lasti" => Some(int_from_i64(-1)),
        "tb_frame" => Some(crate::code::new_frame(t.entries.clone(), t.entries.len() - 1 - t.depth)?),
        _ => None,
    })
}

/// `tb.name = v`: only `tb_next` may be set, to a traceback that does not lead back
/// to `tb`, or None.
pub fn setattr(o: Value, name: &str, v: Value) -> R<()> {
    let Some(t) = as_tb(o) else { return Ok(()) };
    match name {
        "tb_next" => {
            if !is_none(v) {
                if as_tb(v).is_none() {
                    return crate::exc::type_error(format!("expected traceback object, got '{}'", crate::ops::type_name(v)));
                }
                // Refuse a loop, walking the new chain as CPython does.
                let mut cur = v.to_owned();
                while as_tb(cur.v()).is_some() {
                    if cur.v() == o {
                        return crate::exc::value_error("traceback loop detected");
                    }
                    let n = getattr(cur.v(), "tb_next")?.unwrap();
                    cur = n;
                }
            }
            let old = t.next.replace(v.to_owned().into_raw());
            if !old.is_null() {
                old.decref();
            }
            Ok(())
        }
        "tb_lineno" | "tb_lasti" | "tb_frame" => Err(crate::exc::raise(&crate::types::ATTRIBUTE_ERROR, format!("attribute '{}' of 'traceback' objects is not writable", name))),
        _ => Err(crate::exc::raise(&crate::types::ATTRIBUTE_ERROR, format!("'traceback' object has no attribute '{}'", name))),
    }
}

// Printing.

unsafe fn info_text(p: *const u8, len: usize) -> &'static str {
    std::str::from_utf8_unchecked(std::slice::from_raw_parts(p, len))
}

/// `TbEntry::end_col` of an expression that continues past its first line.
pub const TO_END: i32 = -2;

/// How many entries CPython prints at most (`sys.tracebacklimit`'s default).
const TB_LIMIT: usize = 1000;
/// Consecutive identical entries shown before "[Previous line repeated N more times]".
const TB_RECURSIVE_CUTOFF: usize = 3;

/// Formats a traceback as CPython 3.11 does (`_PyTraceBack_Print_Indented`), outermost
/// frame first; only the innermost `TB_LIMIT` entries are shown. `prefix` starts every
/// line (the indentation and margin of an exception group's box), `header_prefix` the
/// header line.
pub fn format_tb(tb: &[TbEntry], header: &str, header_prefix: &str, prefix: &str, out: &mut String) {
    if tb.is_empty() {
        return;
    }
    out.push_str(header_prefix);
    out.push_str(header);
    let shown = &tb[..tb.len().min(TB_LIMIT)];
    let mut last: Option<(&str, i32)> = None;
    let mut cnt = 0usize;
    for e in shown.iter().rev() {
        let (fname, module): (&str, &ModuleInfo) = unsafe {
            let f = &*e.func;
            (info_text(f.name, f.name_len), &*f.module)
        };
        if last != Some((fname, e.line)) {
            if cnt > TB_RECURSIVE_CUTOFF {
                repeated(cnt, prefix, out);
            }
            last = Some((fname, e.line));
            cnt = 0;
        }
        cnt += 1;
        if cnt > TB_RECURSIVE_CUTOFF {
            continue;
        }
        let file = unsafe { info_text(module.file, module.file_len) };
        let source = unsafe { info_text(module.source, module.source_len) };
        out.push_str(prefix);
        out.push_str(&format!("  File \"{}\", line {}, in {}\n", file, e.line, fname));
        if let Some(text) = source_line(source, e.line) {
            format_source_line(e, text, prefix, out);
        }
    }
    if cnt > TB_RECURSIVE_CUTOFF {
        repeated(cnt, prefix, out);
    }
}

fn repeated(cnt: usize, prefix: &str, out: &mut String) {
    let n = cnt - TB_RECURSIVE_CUTOFF;
    out.push_str(prefix);
    out.push_str(&format!("  [Previous line repeated {} more time{}]\n", n, if n > 1 { "s" } else { "" }));
}

/// Line `line` (1-based) of the source, without its line break.
fn source_line(source: &str, line: i32) -> Option<&str> {
    if line < 1 {
        return None;
    }
    source.lines().nth(line as usize - 1)
}

/// The number of characters in the first `byte` bytes of `text`.
fn char_offset(text: &str, byte: i32) -> usize {
    let b = (byte.max(0) as usize).min(text.len());
    let mut b2 = b;
    while !text.is_char_boundary(b2) {
        b2 -= 1;
    }
    text[..b2].chars().count() + usize::from(b2 != b)
}

/// Characters whose East Asian Width is W or F in CPython 3.11's `unicodedata`
/// (Unicode 14.0), as inclusive ranges.
const WIDE: &[(u32, u32)] = &[
    (0x1100, 0x115F), (0x231A, 0x231B), (0x2329, 0x232A), (0x23E9, 0x23EC), (0x23F0, 0x23F0),
    (0x23F3, 0x23F3), (0x25FD, 0x25FE), (0x2614, 0x2615), (0x2648, 0x2653), (0x267F, 0x267F),
    (0x2693, 0x2693), (0x26A1, 0x26A1), (0x26AA, 0x26AB), (0x26BD, 0x26BE), (0x26C4, 0x26C5),
    (0x26CE, 0x26CE), (0x26D4, 0x26D4), (0x26EA, 0x26EA), (0x26F2, 0x26F3), (0x26F5, 0x26F5),
    (0x26FA, 0x26FA), (0x26FD, 0x26FD), (0x2705, 0x2705), (0x270A, 0x270B), (0x2728, 0x2728),
    (0x274C, 0x274C), (0x274E, 0x274E), (0x2753, 0x2755), (0x2757, 0x2757), (0x2795, 0x2797),
    (0x27B0, 0x27B0), (0x27BF, 0x27BF), (0x2B1B, 0x2B1C), (0x2B50, 0x2B50), (0x2B55, 0x2B55),
    (0x2E80, 0x303E), (0x3041, 0x3247), (0x3250, 0x4DBF), (0x4E00, 0xA4C6), (0xA960, 0xA97C),
    (0xAC00, 0xD7A3), (0xF900, 0xFAD9), (0xFE10, 0xFE19), (0xFE30, 0xFE6B), (0xFF01, 0xFF60),
    (0xFFE0, 0xFFE6), (0x16FE0, 0x1B2FB), (0x1F004, 0x1F004), (0x1F0CF, 0x1F0CF),
    (0x1F18E, 0x1F18E), (0x1F191, 0x1F19A), (0x1F200, 0x1F320), (0x1F32D, 0x1F335),
    (0x1F337, 0x1F37C), (0x1F37E, 0x1F393), (0x1F3A0, 0x1F3CA), (0x1F3CF, 0x1F3D3),
    (0x1F3E0, 0x1F3F0), (0x1F3F4, 0x1F3F4), (0x1F3F8, 0x1F43E), (0x1F440, 0x1F440),
    (0x1F442, 0x1F4FC), (0x1F4FF, 0x1F53D), (0x1F54B, 0x1F54E), (0x1F550, 0x1F567),
    (0x1F57A, 0x1F57A), (0x1F595, 0x1F596), (0x1F5A4, 0x1F5A4), (0x1F5FB, 0x1F64F),
    (0x1F680, 0x1F6C5), (0x1F6CC, 0x1F6CC), (0x1F6D0, 0x1F6D2), (0x1F6D5, 0x1F6DF),
    (0x1F6EB, 0x1F6EC), (0x1F6F4, 0x1F6FC), (0x1F7E0, 0x1F7F0), (0x1F90C, 0x1F93A),
    (0x1F93C, 0x1F945), (0x1F947, 0x1F9FF), (0x1FA70, 0x1FAF6), (0x20000, 0x3134A),
];

/// Does the character take two columns (CPython's `_PyPegen_calculate_display_width`)?
fn is_wide(c: char) -> bool {
    let c = c as u32;
    c >= 0x1100 && WIDE.binary_search_by(|&(lo, hi)| if hi < c { std::cmp::Ordering::Less } else if lo > c { std::cmp::Ordering::Greater } else { std::cmp::Ordering::Equal }).is_ok()
}

/// Prints a traceback entry's source line and, as CPython 3.11 does, the `^` (and `~`)
/// line under the failing expression, unless it would span the whole line.
fn format_source_line(e: &TbEntry, text: &str, prefix: &str, out: &mut String) {
    let is_ws = |c: char| c == ' ' || c == '\t' || c == '\x0c';
    let leading = text.chars().take_while(|&c| is_ws(c)).count();
    let stripped: &str = text.trim_start_matches(is_ws);
    out.push_str(prefix);
    out.push_str("    ");
    out.push_str(stripped);
    out.push('\n');
    if e.col < 0 || (e.end_col < 0 && e.end_col != TO_END) {
        return;
    }
    let line_len = text.chars().count();
    let start = char_offset(text, e.col);
    let (end, anchors) = if e.end_col == TO_END {
        // A multi-line expression: up to the last non-whitespace character (CPython
        // scans the UTF-8 bytes from the character length, as reproduced here).
        let bytes = text.as_bytes();
        let mut i = line_len as isize;
        loop {
            i -= 1;
            if i < 0 || !matches!(bytes.get(i as usize), Some(b' ' | b'\t' | b'\x0c')) {
                break;
            }
        }
        ((i + 1) as usize, None)
    } else {
        let anchors = if e.anchor >= 0 && e.anchor_end >= 0 { Some((char_offset(text, e.anchor), char_offset(text, e.anchor_end))) } else { None };
        (char_offset(text, e.end_col), anchors)
    };
    if anchors.is_none() && end.wrapping_sub(start) == line_len - leading {
        return;
    }
    // The carets are placed by display width: wide characters take two columns.
    let width = |chars: usize| -> isize { text.chars().take(chars).map(|c| if is_wide(c) { 2 } else { 1 }).sum::<isize>() };
    let (start, end) = (width(start), width(end));
    let anchors = anchors.map(|(l, r)| (width(l), width(r)));
    out.push_str(prefix);
    let truncation = leading as isize - 4;
    let mut offset = truncation;
    loop {
        offset += 1;
        if offset > end {
            break;
        }
        let c = if offset <= start {
            ' '
        } else if let Some((l, r)) = anchors {
            if l < offset && offset <= r {
                '^'
            } else {
                '~'
            }
        } else {
            '^'
        };
        out.push(c);
    }
    out.push('\n');
}


/// `sys.excepthook`'s limits on exception groups: members shown per group, and depth.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// The state of printing one uncaught exception (CPython's `exception_print_context`).
struct Printer {
    out: String,
    /// Exceptions printed already, so chains with cycles end.
    seen: Vec<Value>,
    /// The nesting level of the exception group being printed (0: none).
    depth: usize,
    /// A box must be closed after the member being printed.
    need_close: bool,
}

impl Printer {
    fn indent(&self) -> usize {
        2 * self.depth
    }
    fn margin(&self) -> &'static str {
        if self.depth > 0 {
            "| "
        } else {
            ""
        }
    }
    /// The start of a line: the indentation and margin of the current box.
    fn prefix(&self) -> String {
        format!("{}{}", " ".repeat(self.indent()), self.margin())
    }
    fn write_margin(&mut self) {
        let p = self.prefix();
        self.out.push_str(&p);
    }

    /// `print_exception_recursive`: the cause (or, unless suppressed, the context)
    /// first, each exception once, then the exception or group itself.
    fn recursive(&mut self, exc: Value) {
        self.seen.push(exc);
        if let Some(e) = as_exc(exc) {
            if !e.cause.is_null() {
                if !self.seen.contains(&e.cause) {
                    self.chained(e.cause, "The above exception was the direct cause of the following exception:\n");
                }
            } else if !e.context.is_null() && !e.suppress_context && !self.seen.contains(&e.context) {
                self.chained(e.context, "During handling of the above exception, another exception occurred:\n");
            }
        }
        if crate::excgroup::is_group(exc) {
            self.group(exc);
        } else {
            self.exception(exc);
        }
    }

    fn chained(&mut self, exc: Value, message: &str) {
        let need_close = self.need_close;
        self.recursive(exc);
        self.need_close = need_close;
        self.write_margin();
        self.out.push('\n');
        self.write_margin();
        self.out.push_str(message);
        self.write_margin();
        self.out.push('\n');
    }

    /// `print_exception`: the traceback, the `Type: message` line and the notes.
    fn exception(&mut self, exc: Value) {
        if let Some(e) = as_exc(exc) {
            let group = crate::excgroup::is_group(exc);
            let header = if group { "Exception Group Traceback (most recent call last):\n" } else { "Traceback (most recent call last):\n" };
            let prefix = self.prefix();
            let header_prefix = if group && self.depth == 1 { format!("{}+ ", " ".repeat(self.indent())) } else { prefix.clone() };
            format_tb(&e.tb, header, &header_prefix, &prefix, &mut self.out);
        }
        self.write_margin();
        format_exc_line(exc, &mut self.out);
        self.notes(exc);
    }

    /// `print_exception_notes`: each note's lines after the exception line.
    fn notes(&mut self, exc: Value) {
        if as_exc(exc).is_none() {
            return;
        }
        let notes = match crate::ops::getattr(exc, "__notes__") {
            Ok(n) => n,
            Err(Raised) => {
                let _ = take_current();
                return;
            }
        };
        let items: Option<Vec<Value>> = as_list(notes.v()).map(|l| l.items.clone()).or_else(|| as_tuple(notes.v()).map(|t| t.items.to_vec()));
        let Some(items) = items else {
            self.write_margin();
            match crate::ops::repr(notes.v()) {
                Ok(r) => {
                    self.out.push_str("__notes__ = ");
                    self.out.push_str(str_text(r.v()));
                }
                Err(Raised) => {
                    let _ = take_current();
                    self.out.push_str("<__notes__ repr() failed>");
                }
            }
            self.out.push('\n');
            return;
        };
        // The items are borrowed from the list, which may change while notes print.
        let items: Vec<Obj> = items.into_iter().map(|v| v.to_owned()).collect();
        for note in items {
            match crate::ops::str_of(note.v()) {
                Ok(s) => {
                    for line in split_lines_keepends(str_text(s.v())) {
                        self.write_margin();
                        self.out.push_str(line);
                    }
                }
                Err(Raised) => {
                    let _ = take_current();
                    self.out.push_str("<note str() failed>");
                }
            }
            self.out.push('\n');
        }
    }

    /// `print_exception_group`: the group, then each member in a numbered box.
    fn group(&mut self, exc: Value) {
        if self.depth > MAX_GROUP_DEPTH {
            self.write_margin();
            self.out.push_str(&format!("... (max_group_depth is {})\n", MAX_GROUP_DEPTH));
            return;
        }
        let top = self.depth == 0;
        if top {
            self.depth += 1;
        }
        self.exception(exc);
        let excs: Vec<Obj> = crate::excgroup::members(exc).iter().map(|&v| v.to_owned()).collect();
        let n = if excs.len() <= MAX_GROUP_WIDTH { excs.len() } else { MAX_GROUP_WIDTH + 1 };
        self.need_close = false;
        for i in 0..n {
            let last = i == n - 1;
            if last {
                // The closing line may be written by a nested group.
                self.need_close = true;
            }
            self.out.push_str(&" ".repeat(self.indent()));
            self.out.push_str(if i == 0 { "+-" } else { "  " });
            let truncated = i >= MAX_GROUP_WIDTH;
            if truncated {
                self.out.push_str("+---------------- ... ----------------\n");
            } else {
                self.out.push_str(&format!("+---------------- {} ----------------\n", i + 1));
            }
            self.depth += 1;
            if truncated {
                let remaining = excs.len() - MAX_GROUP_WIDTH;
                self.write_margin();
                self.out.push_str(&format!("and {} more exception{}\n", remaining, if remaining > 1 { "s" } else { "" }));
            } else {
                self.recursive(excs[i].v());
            }
            if last && self.need_close {
                self.out.push_str(&" ".repeat(self.indent()));
                self.out.push_str("+------------------------------------\n");
                self.need_close = false;
            }
            self.depth -= 1;
        }
        if self.depth == 1 && top {
            self.depth -= 1;
        }
    }
}

/// `str.splitlines(keepends=True)`.
fn split_lines_keepends(s: &str) -> Vec<&str> {
    let mut out = vec![];
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let is_break = matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}');
        if is_break {
            let mut end = i + c.len_utf8();
            if c == '\r' {
                if let Some(&(j, '\n')) = it.peek() {
                    end = j + 1;
                    it.next();
                }
            }
            out.push(&s[start..end]);
            start = end;
        }
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

/// The `Type: message` line of an exception's report.
pub fn format_exc_line(exc: Value, out: &mut String) {
    let ty = exc.ty();
    out.push_str(&crate::class::exc_type_name(ty));
    if as_exc(exc).is_some() {
        match crate::ops::str_of(exc) {
            Ok(s) => {
                let s = str_text(s.v());
                if !s.is_empty() {
                    out.push_str(": ");
                    out.push_str(s);
                }
            }
            Err(Raised) => {
                let _ = take_current();
                out.push_str(": <exception str() failed>");
            }
        }
    }
    out.push('\n');
}

/// The report of an uncaught exception, with its cause or context chain.
pub fn format_uncaught(exc: Value) -> String {
    let mut p = Printer { out: String::new(), seen: vec![], depth: 0, need_close: false };
    p.recursive(exc);
    p.out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(col: i32, end_col: i32, anchor: i32, anchor_end: i32) -> TbEntry {
        TbEntry { func: std::ptr::null(), line: 1, col, end_col, anchor, anchor_end }
    }

    fn render(text: &str, e: TbEntry) -> String {
        let mut out = String::new();
        format_source_line(&e, text, "", &mut out);
        out
    }

    #[test]
    fn whole_line_is_not_underlined() {
        assert_eq!(render("    f(x)", entry(4, 8, -1, -1)), "    f(x)\n");
        // Trailing blanks count: CPython then underlines.
        assert_eq!(render("f(x)  ", entry(0, 4, -1, -1)), "    f(x)  \n    ^^^^\n");
    }

    #[test]
    fn call_and_binary_operator() {
        assert_eq!(render("    return g(y) + 1", entry(11, 15, -1, -1)), "    return g(y) + 1\n           ^^^^\n");
        assert_eq!(render("x = a // b", entry(4, 10, 6, 8)), "    x = a // b\n        ~~^^~~\n");
    }

    #[test]
    fn subscript_with_non_ascii_prefix() {
        // Columns are bytes of the line; carets count characters.
        assert_eq!(render("x = \"é\" + l[0]", entry(11, 15, 12, 15)), "    x = \"é\" + l[0]\n              ~^^^\n");
    }

    #[test]
    fn wide_characters_take_two_columns() {
        // `x = "日本" + 1`: the operator is at byte 13, the expression bytes 4..16.
        assert_eq!(render("x = \"日本\" + 1", entry(4, 16, 13, 14)), "    x = \"日本\" + 1\n        ~~~~~~~^~~\n");
        // Elision compares characters, not columns.
        assert_eq!(render("int(\"日本\")", entry(0, 13, -1, -1)), "    int(\"日本\")\n");
    }

    #[test]
    fn multi_line_expression_runs_to_the_end_of_the_line() {
        assert_eq!(render("x = foo(1,", entry(4, TO_END, -1, -1)), "    x = foo(1,\n        ^^^^^^\n");
        assert_eq!(render("for x in y:", entry(0, TO_END, -1, -1)), "    for x in y:\n");
    }

    #[test]
    fn no_columns() {
        assert_eq!(render("\tpass", entry(-1, -1, -1, -1)), "    pass\n");
    }

}
