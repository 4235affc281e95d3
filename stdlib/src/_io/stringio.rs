//! `_io.StringIO`: an in-memory text stream. The text is kept as UTF-8 with the
//! position as both a code-point index (what `tell` says) and a byte offset, so
//! reading line by line is linear. As in CPython, `newline=None` translates `\r\n`
//! and `\r` to `\n` when text is written, `""` keeps them but splits lines at each,
//! and `"\r"`/`"\r\n"` replace `\n` on writing and end lines only at themselves.

use super::newline::{count_newlines, newlines_value};
use krait_runtime::call::Args;
use krait_runtime::exc::{raise, type_error, value_error};
use krait_runtime::iobase::{opt_size, split_self};
use krait_runtime::native_obj::{self, NativeState};
use krait_runtime::objects::*;
use krait_runtime::types::*;
use krait_runtime::value::{Obj, Value, R};
use std::cell::RefCell;

#[derive(Default)]
struct Text {
    init: bool,
    closed: bool,
    buf: String,
    nchars: usize,
    /// The position in code points, and the byte offset of the same place (when it is
    /// inside the text; a position past the end has `bpos == buf.len()`).
    pos: usize,
    bpos: usize,
    newline: Option<String>,
    /// The kinds of newline written: 1 `\r`, 2 `\n`, 4 `\r\n`.
    seen: u8,
}

struct StringIoState(RefCell<Text>);
impl NativeState for StringIoState {}

pub fn new_state() -> Box<dyn NativeState> {
    Box::new(StringIoState(RefCell::new(Text::default())))
}

/// The byte offset of code point `n` of `s` (its length when past the end).
fn byte_at(s: &str, n: usize) -> usize {
    if s.is_ascii() {
        return n.min(s.len());
    }
    s.char_indices().nth(n).map_or(s.len(), |(i, _)| i)
}

impl Text {
    fn seek_to(&mut self, pos: usize) {
        self.pos = pos;
        self.bpos = byte_at(&self.buf, pos);
    }

    /// Writes `s` at the position (after translating its newlines).
    fn write(&mut self, s: &str) {
        let text: String = match self.newline.as_deref() {
            None => {
                self.seen |= count_newlines(s);
                if s.contains('\r') {
                    s.replace("\r\n", "\n").replace('\r', "\n")
                } else {
                    s.to_string()
                }
            }
            Some("") => {
                self.seen |= count_newlines(s);
                s.to_string()
            }
            Some(nl) if nl != "\n" => s.replace('\n', nl),
            _ => s.to_string(),
        };
        let n = text.chars().count();
        if n == 0 {
            return;
        }
        if self.pos > self.nchars {
            let pad = self.pos - self.nchars;
            self.buf.extend(std::iter::repeat('\0').take(pad));
            self.nchars = self.pos;
        }
        if self.pos == self.nchars {
            self.buf.push_str(&text);
            self.nchars += n;
            self.bpos = self.buf.len();
        } else {
            let bstart = byte_at(&self.buf, self.pos);
            let bend = bstart + byte_at(&self.buf[bstart..], n);
            let replaced = self.buf[bstart..bend].chars().count();
            self.buf.replace_range(bstart..bend, &text);
            self.nchars = self.nchars - replaced + n;
            self.bpos = bstart + text.len();
        }
        self.pos += n;
    }

    /// The rest of the text from the position, at most `n` code points.
    fn read(&mut self, n: Option<usize>) -> String {
        if self.pos >= self.nchars {
            return String::new();
        }
        let rest = &self.buf[self.bpos..];
        let len = match n {
            None => rest.len(),
            Some(n) => byte_at(rest, n),
        };
        let out = rest[..len].to_string();
        self.pos += out.chars().count();
        self.bpos += len;
        out
    }

    /// One line from the position, at most `limit` code points.
    fn readline(&mut self, limit: Option<usize>) -> String {
        if self.pos >= self.nchars {
            return String::new();
        }
        let rest = &self.buf[self.bpos..];
        let b = rest.as_bytes();
        let end = match self.newline.as_deref() {
            Some("") => {
                let mut e = b.len();
                for (i, &c) in b.iter().enumerate() {
                    if c == b'\n' {
                        e = i + 1;
                        break;
                    }
                    if c == b'\r' {
                        e = if b.get(i + 1) == Some(&b'\n') { i + 2 } else { i + 1 };
                        break;
                    }
                }
                e
            }
            Some(nl) if nl != "\n" => rest.find(nl).map_or(b.len(), |i| i + nl.len()),
            _ => b.iter().position(|&c| c == b'\n').map_or(b.len(), |i| i + 1),
        };
        let end = match limit {
            Some(l) => byte_at(&rest[..end], l),
            None => end,
        };
        let out = rest[..end].to_string();
        self.pos += out.chars().count();
        self.bpos += end;
        out
    }
}

/// A method's state, checked initialised and open.
fn this<'a>(a: &Args<'a>, name: &str) -> R<(Value, &'a RefCell<Text>, Args<'a>)> {
    let (o, rest) = split_self(a, "StringIO", name)?;
    let Some(st) = native_obj::state::<StringIoState>(o) else {
        return crate::support::wrong_self(name, "_io.StringIO", o);
    };
    {
        let t = st.0.borrow();
        if !t.init {
            return value_error("I/O operation on uninitialized object");
        }
        if t.closed {
            return value_error("I/O operation on closed file");
        }
    }
    Ok((o, &st.0, rest))
}

krait_runtime::builtin!(sio_init, |a| {
    let (o, rest) = split_self(a, "StringIO", "__init__")?;
    let Some(st) = native_obj::state::<StringIoState>(o) else {
        return crate::support::wrong_self("__init__", "_io.StringIO", o);
    };
    let b = crate::clinic::unpack_keywords(&rest, "StringIO", &["initial_value", "newline"], 0, 0, 2)?;
    let newline = match b[1] {
        None => Some("\n".to_string()),
        Some(v) if is_none(v) => None,
        Some(v) => match as_str(v) {
            Some(s) => Some(s.s.to_string()),
            None => return type_error(format!("newline must be str or None, not {}", krait_runtime::ops::type_name(v))),
        },
    };
    if let Some(nl) = &newline {
        if !matches!(nl.as_str(), "" | "\n" | "\r" | "\r\n") {
            let r = krait_runtime::ops::repr(str_from(nl.as_str()).v())?;
            return value_error(format!("illegal newline value: {}", str_text(r.v())));
        }
    }
    let initial = match b[0] {
        None => None,
        Some(v) if is_none(v) => None,
        Some(v) => match as_str(v) {
            Some(s) => Some(s.s.to_string()),
            None => return type_error(format!("initial_value must be str or None, not {}", krait_runtime::ops::type_name(v))),
        },
    };
    let mut t = st.0.borrow_mut();
    *t = Text { init: true, newline, ..Text::default() };
    if let Some(s) = initial {
        t.write(&s);
        t.seek_to(0);
    }
    Ok(none())
});

krait_runtime::builtin!(sio_getvalue, |a| {
    let (_, t, r) = this(a, "getvalue")?;
    crate::clinic::no_args(&r, "getvalue")?;
    let s = t.borrow().buf.clone();
    Ok(str_from(s))
});

krait_runtime::builtin!(sio_read, |a| {
    let (_, t, r) = this(a, "read")?;
    crate::clinic::no_keywords(&r, "read")?;
    crate::clinic::check_positional(&r, "read", 0, 1)?;
    let n = opt_size(r.pos.first().copied())?;
    let s = t.borrow_mut().read((n >= 0).then_some(n as usize));
    Ok(str_from(s))
});

krait_runtime::builtin!(sio_readline, |a| {
    let (_, t, r) = this(a, "readline")?;
    crate::clinic::no_keywords(&r, "readline")?;
    crate::clinic::check_positional(&r, "readline", 0, 1)?;
    let n = opt_size(r.pos.first().copied())?;
    let s = t.borrow_mut().readline((n >= 0).then_some(n as usize));
    Ok(str_from(s))
});

krait_runtime::builtin!(sio_next, |a| {
    let (o, t, _) = this(a, "__next__")?;
    let line = if std::ptr::eq(o.ty(), super::stringio_type()) {
        str_from(t.borrow_mut().readline(None))
    } else {
        // A subclass's own readline.
        let l = krait_runtime::iobase::call0(o, "readline")?;
        if as_str(l.v()).is_none() {
            return Err(raise(&OS_ERROR, format!("readline() should have returned a str object, not '{}'", krait_runtime::ops::type_name(l.v()))));
        }
        l
    };
    if str_text(line.v()).is_empty() {
        return Err(raise(&STOP_ITERATION, ""));
    }
    Ok(line)
});

krait_runtime::builtin!(sio_write, |a| {
    let (_, t, r) = this(a, "write")?;
    let v = crate::clinic::one_arg(&r, "write")?;
    let Some(s) = as_str(v) else {
        return type_error(format!("string argument expected, got '{}'", krait_runtime::ops::type_name(v)));
    };
    t.borrow_mut().write(&s.s);
    Ok(int_from_i64(s.nchars as i64))
});

krait_runtime::builtin!(sio_tell, |a| {
    let (_, t, r) = this(a, "tell")?;
    crate::clinic::no_args(&r, "tell")?;
    let p = t.borrow().pos;
    Ok(int_from_i64(p as i64))
});

krait_runtime::builtin!(sio_seek, |a| {
    let (_, t, r) = this(a, "seek")?;
    crate::clinic::no_keywords(&r, "seek")?;
    crate::clinic::check_positional(&r, "seek", 1, 2)?;
    let pos = crate::clinic::ssize(r.pos[0])?;
    let whence = match r.pos.get(1) {
        Some(&w) => crate::clinic::c_int(w)?,
        None => 0,
    };
    if !(0..=2).contains(&whence) {
        return value_error(format!("Invalid whence ({}, should be 0, 1 or 2)", whence));
    }
    if pos < 0 && whence == 0 {
        return value_error(format!("Negative seek position {}", pos));
    }
    if whence != 0 && pos != 0 {
        return Err(raise(&OS_ERROR, "Can't do nonzero cur-relative seeks"));
    }
    let mut t = t.borrow_mut();
    let target = match whence {
        0 => pos as usize,
        1 => t.pos,
        _ => t.nchars,
    };
    t.seek_to(target);
    Ok(int_from_i64(target as i64))
});

krait_runtime::builtin!(sio_truncate, |a| {
    let (_, t, r) = this(a, "truncate")?;
    crate::clinic::no_keywords(&r, "truncate")?;
    crate::clinic::check_positional(&r, "truncate", 0, 1)?;
    let mut t = t.borrow_mut();
    let size = match r.pos.first() {
        Some(&v) if !is_none(v) => crate::clinic::ssize(v)?,
        _ => t.pos as i64,
    };
    if size < 0 {
        return value_error(format!("Negative size value {}", size));
    }
    let size = size as usize;
    if size < t.nchars {
        let b = byte_at(&t.buf, size);
        t.buf.truncate(b);
        t.nchars = size;
        let p = t.pos;
        t.seek_to(p);
    }
    Ok(int_from_i64(size as i64))
});

krait_runtime::builtin!(sio_close, |a| {
    let (o, _) = split_self(a, "StringIO", "close")?;
    let Some(st) = native_obj::state::<StringIoState>(o) else {
        return crate::support::wrong_self("close", "_io.StringIO", o);
    };
    let mut t = st.0.borrow_mut();
    t.closed = true;
    t.buf = String::new();
    Ok(none())
});

krait_runtime::builtin!(sio_closed, |a| {
    let (o, _) = split_self(a, "StringIO", "closed")?;
    let Some(st) = native_obj::state::<StringIoState>(o) else {
        return crate::support::wrong_self("closed", "_io.StringIO", o);
    };
    let t = st.0.borrow();
    if !t.init {
        return value_error("I/O operation on uninitialized object");
    }
    Ok(bool_obj(t.closed))
});

krait_runtime::builtin!(sio_true, |a| {
    let (_, _, r) = this(a, "readable")?;
    crate::clinic::no_args(&r, "readable")?;
    Ok(bool_obj(true))
});

krait_runtime::builtin!(sio_line_buffering, |a| {
    this(a, "line_buffering")?;
    Ok(bool_obj(false))
});

krait_runtime::builtin!(sio_newlines, |a| {
    let (_, t, _) = this(a, "newlines")?;
    let t = t.borrow();
    if !matches!(t.newline.as_deref(), None | Some("")) {
        return Ok(none());
    }
    Ok(newlines_value(t.seen))
});

/// The class attributes of `StringIO`.
pub fn attrs() -> R<Vec<(&'static str, Obj)>> {
    let mut attrs = crate::support::with_methods(vec![
        ("__init__", sio_init),
        ("getvalue", sio_getvalue),
        ("read", sio_read),
        ("readline", sio_readline),
        ("__next__", sio_next),
        ("write", sio_write),
        ("tell", sio_tell),
        ("seek", sio_seek),
        ("truncate", sio_truncate),
        ("close", sio_close),
        ("readable", sio_true),
        ("writable", sio_true),
        ("seekable", sio_true),
    ]);
    for (n, f) in [("closed", sio_closed as BuiltinFn), ("line_buffering", sio_line_buffering), ("newlines", sio_newlines)] {
        attrs.push((n, crate::support::property(builtin_fn(n, f), None)?));
    }
    attrs.push(("__doc__", str_from("Text I/O implementation using an in-memory buffer.")));
    Ok(attrs)
}
