//! The text layer of file objects: `TextIOWrapper` over a shared stream
//! (`fileio::Inner`), made by `open()` in text mode, for the standard streams, or
//! over any binary buffer (`TextIOWrapper(BytesIO(...))`). Decoding finds the byte
//! span of `n` characters or of a line in the read-ahead bytes ([`scan`]), then
//! decodes it; `newline=None` translates `\r\n` and `\r` to `\n` on reading and
//! writes `\n` as is, `""` splits lines the same way without translating, and the
//! other values end lines only at themselves (and replace `\n` on writing).

use crate::exc::{raise, type_error, value_error};
use crate::filemethods::shared::*;
use crate::fileio::{self, Shared};
use crate::iobase::{opt_size, unsupported};
use crate::objects::*;
use crate::types::*;
use crate::value::{Obj, R};

/// How lines end, by the `newline` argument.
#[derive(Clone, Copy, PartialEq)]
enum Nl {
    /// None: any of `\n`, `\r`, `\r\n`, translated to `\n`.
    Translate,
    /// `""`: any, untranslated.
    Universal,
    Lf,
    Cr,
    CrLf,
}

fn nl_mode(newline: &Option<String>) -> Nl {
    match newline.as_deref() {
        None => Nl::Translate,
        Some("") => Nl::Universal,
        Some("\r") => Nl::Cr,
        Some("\r\n") => Nl::CrLf,
        _ => Nl::Lf,
    }
}

/// The byte length of the character starting with `b`.
fn char_width(b: u8, utf8: bool) -> usize {
    if !utf8 || b < 0xc0 {
        1
    } else if b < 0xe0 {
        2
    } else if b < 0xf0 {
        3
    } else {
        4
    }
}

/// Where `max` characters, or a line when `line`, end in `buf`: `None` when more
/// bytes are needed to know (and the stream has not ended).
fn scan(buf: &[u8], utf8: bool, nl: Nl, max: Option<usize>, line: bool, eof: bool) -> Option<usize> {
    let (mut i, mut count) = (0usize, 0usize);
    let room = |count: usize, k: usize| max.map_or(true, |m| count + k <= m);
    loop {
        if max.is_some_and(|m| count >= m) {
            return Some(i);
        }
        if i >= buf.len() {
            return if eof || (max.is_none() && !line) { Some(buf.len()) } else { None };
        }
        let c = buf[i];
        match (c, nl) {
            (b'\n', _) => {
                i += 1;
                count += 1;
                if line && matches!(nl, Nl::Translate | Nl::Universal | Nl::Lf) {
                    return Some(i);
                }
            }
            (b'\r', Nl::Translate | Nl::Universal | Nl::CrLf) => {
                if i + 1 >= buf.len() && !eof {
                    return None;
                }
                let crlf = buf.get(i + 1) == Some(&b'\n');
                if crlf && (nl == Nl::Translate || room(count, 2)) {
                    i += 2;
                    count += if nl == Nl::Translate { 1 } else { 2 };
                } else {
                    i += 1;
                    count += 1;
                }
                if line && (nl != Nl::CrLf || crlf) {
                    return Some(i);
                }
            }
            (b'\r', Nl::Cr) => {
                i += 1;
                count += 1;
                if line {
                    return Some(i);
                }
            }
            _ => {
                let w = char_width(c, utf8);
                if i + w > buf.len() {
                    if !eof {
                        return None;
                    }
                    i = buf.len();
                } else {
                    i += w;
                }
                count += 1;
            }
        }
    }
}

/// Reads and decodes up to `max` characters, or a line.
fn read_text(c: &Call, s: &Shared, max: Option<usize>, line: bool) -> R<Obj> {
    let (enc, errors, nl) = {
        let t = c.st.text.borrow();
        (canonical(&t.encoding).unwrap_or("utf-8"), t.errors.clone(), nl_mode(&t.newline))
    };
    let utf8 = enc == "utf-8";
    let mut eof = false;
    let end = loop {
        let found = scan(s.borrow().buffered(), utf8, nl, max, line, eof);
        match found {
            Some(e) => break e,
            None => {
                if !fileio::fill(s)? {
                    eof = true;
                }
            }
        }
    };
    let bytes = s.borrow_mut().take(end);
    let text = crate::bytes::decode_bytes(&bytes, enc, &errors)?;
    if !matches!(nl, Nl::Translate | Nl::Universal) || !str_text(text.v()).contains('\r') && !str_text(text.v()).contains('\n') {
        return Ok(text);
    }
    let t = str_text(text.v());
    let mut seen = 0u8;
    let b = t.as_bytes();
    let mut k = 0;
    while k < b.len() {
        match b[k] {
            b'\r' if b.get(k + 1) == Some(&b'\n') => {
                seen |= 4;
                k += 1;
            }
            b'\r' => seen |= 1,
            b'\n' => seen |= 2,
            _ => {}
        }
        k += 1;
    }
    c.st.text.borrow_mut().seen |= seen;
    if nl == Nl::Translate && t.contains('\r') {
        return Ok(str_from(t.replace("\r\n", "\n").replace('\r', "\n")));
    }
    Ok(text)
}

/// The stream for reading text: open and readable.
fn for_read(c: &Call) -> R<Shared> {
    let s = c.open(CLOSED_TEXT)?;
    let readable = {
        let py = s.borrow().is_py();
        match py {
            Some(o) => crate::ops::truthy(crate::iobase::call0(o.v(), "readable")?.v())?,
            None => s.borrow().readable,
        }
    };
    if !readable {
        return Err(unsupported("not readable"));
    }
    Ok(s)
}

crate::builtin!(t_init, |a| {
    let c = call(a, "TextIOWrapper", "__init__")?;
    let b = c.args.bind("TextIOWrapper", &["buffer", "encoding", "errors", "newline", "line_buffering", "write_through"], 1)?;
    let buffer = b[0].unwrap();
    let opt = |v: Option<crate::value::Value>, what: &str| -> R<Option<String>> {
        match v {
            None => Ok(None),
            Some(v) if is_none(v) => Ok(None),
            Some(v) => match as_str(v) {
                Some(s) => Ok(Some(s.s.to_string())),
                None => type_error(format!("TextIOWrapper() argument '{}' must be str or None, not {}", what, crate::ops::type_name(v))),
            },
        }
    };
    let encoding = opt(b[1], "encoding")?;
    let errors = opt(b[2], "errors")?;
    let newline = opt(b[3], "newline")?;
    let flag = |v: Option<crate::value::Value>| -> R<bool> { v.map_or(Ok(false), crate::ops::truthy) };
    let enc = match encoding.as_deref() {
        None | Some("locale") => "UTF-8".to_string(),
        Some(e) => e.to_string(),
    };
    configure(c.st, &enc, errors.as_deref().unwrap_or("strict"), newline.as_deref(), flag(b[4])?, flag(b[5])?)?;
    let inner = match crate::filemethods::inner_of(buffer) {
        Some(s) => s,
        None => crate::filemethods::py_inner(buffer, true, true),
    };
    *c.st.inner.borrow_mut() = Some(inner);
    c.st.set_below(Some(buffer.to_owned()));
    Ok(none())
});

crate::builtin!(t_repr, |a| {
    let c = call(a, "TextIOWrapper", "__repr__")?;
    let mut out = format!("<{}", c.obj.ty().name);
    for attr in ["name", "mode"] {
        match crate::ops::getattr(c.obj, attr) {
            Ok(v) => out.push_str(&format!(" {}={}", attr, str_text(crate::ops::repr(v.v())?.v()))),
            Err(_) if crate::exc::current_is(&ATTRIBUTE_ERROR) || crate::exc::current_is(&VALUE_ERROR) => crate::exc::clear_current(),
            Err(e) => return Err(e),
        }
    }
    let enc = c.st.text.borrow().encoding.clone();
    out.push_str(&format!(" encoding='{}'>", enc));
    Ok(str_from(out))
});

crate::builtin!(t_read, |a| {
    let c = call(a, "TextIOWrapper", "read")?;
    c.nargs("read", 0, 1)?;
    let n = opt_size(c.args.pos.first().copied())?;
    let s = for_read(&c)?;
    if n < 0 {
        fileio::fill_until(&s, |_| false)?;
        return read_text(&c, &s, None, false);
    }
    read_text(&c, &s, Some(n as usize), false)
});

crate::builtin!(t_readline, |a| {
    let c = call(a, "TextIOWrapper", "readline")?;
    c.nargs("readline", 0, 1)?;
    let n = match c.args.pos.first() {
        None => -1,
        Some(&v) => int_arg(v)?,
    };
    let s = for_read(&c)?;
    read_text(&c, &s, (n >= 0).then_some(n as usize), true)
});

crate::builtin!(t_next, |a| {
    let c = call(a, "TextIOWrapper", "__next__")?;
    let s = for_read(&c)?;
    c.st.iterating().set(true);
    let line = read_text(&c, &s, None, true)?;
    if str_text(line.v()).is_empty() {
        c.st.iterating().set(false);
        return Err(raise(&STOP_ITERATION, ""));
    }
    Ok(line)
});

/// Writes out what the text layer buffered, and flushes a Python buffer.
fn flush_down(s: &Shared, call_flush: bool) -> R<()> {
    fileio::flush_writes(s)?;
    let py = s.borrow().is_py();
    if let (Some(o), true) = (py, call_flush) {
        crate::iobase::call0(o.v(), "flush")?;
    }
    Ok(())
}

crate::builtin!(t_write, |a| {
    let c = call(a, "TextIOWrapper", "write")?;
    c.nargs("write", 1, 1)?;
    let v = c.args.pos[0];
    let Some(text) = as_str(v) else {
        return type_error(format!("write() argument must be str, not {}", crate::ops::type_name(v)));
    };
    let s = c.open(CLOSED_TEXT)?;
    let writable = {
        let py = s.borrow().is_py();
        match py {
            Some(o) => crate::ops::truthy(crate::iobase::call0(o.v(), "writable")?.v())?,
            None => s.borrow().writable,
        }
    };
    if !writable {
        return Err(unsupported("not writable"));
    }
    let (data, lb, wt) = {
        let t = c.st.text.borrow();
        let out = match t.newline.as_deref() {
            Some(nl) if nl == "\r" || nl == "\r\n" => text.s.replace('\n', nl),
            _ => text.s.to_string(),
        };
        let enc = canonical(&t.encoding).unwrap_or("utf-8");
        let lb = t.line_buffering && (out.contains('\n') || out.contains('\r'));
        (crate::bytes::encode_vec(&out, enc, &t.errors)?, lb, t.write_through)
    };
    fileio::write(&s, &data)?;
    if lb || wt {
        flush_down(&s, lb)?;
    }
    Ok(int_from_i64(text.nchars as i64))
});

crate::builtin!(t_flush, |a| {
    let c = call(a, "TextIOWrapper", "flush")?;
    c.nargs("flush", 0, 0)?;
    let s = c.open(CLOSED_TEXT)?;
    flush_down(&s, true)?;
    Ok(none())
});

crate::builtin!(t_seek, |a| {
    let c = call(a, "TextIOWrapper", "seek")?;
    c.nargs("seek", 1, 2)?;
    let cookie = c.args.pos[0];
    let whence = match c.args.pos.get(1) {
        Some(&w) => int_arg(w)?,
        None => 0,
    };
    let s = c.open(CLOSED_TEXT)?;
    let off = int_arg(cookie)?;
    c.st.iterating().set(false);
    match whence {
        0 => {
            if off < 0 {
                return value_error(format!("negative seek position {}", off));
            }
        }
        1 if off != 0 => return Err(unsupported("can't do nonzero cur-relative seeks")),
        1 => return Ok(int_from_i64(fileio::tell(&s)?)),
        2 if off != 0 => return Err(unsupported("can't do nonzero end-relative seeks")),
        2 => {}
        _ => return value_error(format!("invalid whence ({}, should be 0, 1 or 2)", whence)),
    }
    Ok(int_from_i64(fileio::seek(&s, off, whence)?))
});

crate::builtin!(t_tell, |a| {
    let c = call(a, "TextIOWrapper", "tell")?;
    c.nargs("tell", 0, 0)?;
    let s = c.open(CLOSED_TEXT)?;
    if c.st.iterating().get() {
        return Err(raise(&OS_ERROR, "telling position disabled by next() call"));
    }
    Ok(int_from_i64(fileio::tell(&s)?))
});

crate::builtin!(t_truncate, |a| {
    let c = call(a, "TextIOWrapper", "truncate")?;
    c.nargs("truncate", 0, 1)?;
    let s = c.open(CLOSED_TEXT)?;
    if !s.borrow().writable {
        return Err(unsupported("truncate"));
    }
    let pos = match c.args.pos.first() {
        Some(&v) if !is_none(v) => Some(int_arg(v)?),
        _ => None,
    };
    Ok(int_from_i64(fileio::truncate(&s, pos)?))
});

crate::builtin!(t_detach, |a| {
    let c = call(a, "TextIOWrapper", "detach")?;
    c.nargs("detach", 0, 0)?;
    let s = c.open(CLOSED_TEXT)?;
    flush_down(&s, true)?;
    let buffer = c.st.below();
    *c.st.inner.borrow_mut() = None;
    c.st.set_below(None);
    Ok(buffer.unwrap_or_else(none))
});

crate::builtin!(t_buffer, |a| {
    let c = call(a, "TextIOWrapper", "buffer")?;
    if let Some(b) = c.st.below() {
        return Ok(b);
    }
    c.inner()?;
    value_error("underlying buffer has been detached")
});

crate::builtin!(t_encoding, |a| {
    let c = call(a, "TextIOWrapper", "encoding")?;
    let e = c.st.text.borrow().encoding.clone();
    Ok(str_from(e))
});
crate::builtin!(t_errors, |a| {
    let c = call(a, "TextIOWrapper", "errors")?;
    let e = c.st.text.borrow().errors.clone();
    Ok(str_from(e))
});
crate::builtin!(t_line_buffering, |a| {
    let c = call(a, "TextIOWrapper", "line_buffering")?;
    let b = c.st.text.borrow().line_buffering;
    Ok(bool_obj(b))
});
crate::builtin!(t_write_through, |a| {
    let c = call(a, "TextIOWrapper", "write_through")?;
    let b = c.st.text.borrow().write_through;
    Ok(bool_obj(b))
});

/// `newlines`: the kinds of newline read so far, as CPython's decoder reports them.
pub fn newlines_value(seen: u8) -> Obj {
    let kinds: Vec<&str> = [(1u8, "\r"), (2, "\n"), (4, "\r\n")].iter().filter(|(bit, _)| seen & bit != 0).map(|(_, s)| *s).collect();
    match kinds.len() {
        0 => none(),
        1 => str_from(kinds[0]),
        _ => tuple_from(kinds.iter().map(|k| str_from(*k).into_raw()).collect()),
    }
}

crate::builtin!(t_newlines, |a| {
    let c = call(a, "TextIOWrapper", "newlines")?;
    let t = c.st.text.borrow();
    if !matches!(nl_mode(&t.newline), Nl::Translate | Nl::Universal) {
        return Ok(none());
    }
    Ok(newlines_value(t.seen))
});

crate::builtin!(t_reconfigure, |a| {
    let c = call(a, "TextIOWrapper", "reconfigure")?;
    if !c.args.pos.is_empty() {
        return type_error(format!("reconfigure() takes 0 positional arguments but {} were given", c.args.pos.len()));
    }
    let b = c.args.bind("reconfigure", &["encoding", "errors", "newline", "line_buffering", "write_through"], 0)?;
    let s = c.inner()?;
    fileio::flush_writes(&s)?;
    let (mut enc, mut errors, mut newline, mut lb, mut wt) = {
        let t = c.st.text.borrow();
        (t.encoding.clone(), t.errors.clone(), t.newline.clone(), t.line_buffering, t.write_through)
    };
    if let Some(e) = b[0].filter(|v| !is_none(*v)) {
        enc = crate::ops::str_of(e).map(|s| str_text(s.v()).to_string())?;
        if b[1].is_none() {
            errors = "strict".into();
        }
    }
    if let Some(e) = b[1].filter(|v| !is_none(*v)) {
        errors = str_text(crate::ops::str_of(e)?.v()).to_string();
    }
    if let Some(n) = b[2] {
        newline = if is_none(n) { None } else { Some(str_text(crate::ops::str_of(n)?.v()).to_string()) };
    }
    if let Some(v) = b[3].filter(|v| !is_none(*v)) {
        lb = crate::ops::truthy(v)?;
    }
    if let Some(v) = b[4].filter(|v| !is_none(*v)) {
        wt = crate::ops::truthy(v)?;
    }
    configure(c.st, &enc, &errors, newline.as_deref(), lb, wt)?;
    Ok(none())
});

/// The methods and attributes of `TextIOWrapper`.
pub fn text_attrs(ms: &mut Vec<(&'static str, BuiltinFn)>, attrs: &mut Vec<(&'static str, Obj)>) -> R<()> {
    ms.extend_from_slice(&[
        ("__init__", t_init),
        ("__repr__", t_repr),
        ("read", t_read),
        ("readline", t_readline),
        ("__next__", t_next),
        ("write", t_write),
        ("flush", t_flush),
        ("seek", t_seek),
        ("tell", t_tell),
        ("truncate", t_truncate),
        ("detach", t_detach),
        ("reconfigure", t_reconfigure),
    ]);
    let props: &[(&'static str, BuiltinFn)] = &[
        ("buffer", t_buffer),
        ("encoding", t_encoding),
        ("errors", t_errors),
        ("line_buffering", t_line_buffering),
        ("write_through", t_write_through),
        ("newlines", t_newlines),
    ];
    for (n, f) in props {
        attrs.push((n, crate::iobase::property(builtin_fn(n, *f))?));
    }
    attrs.push(("_CHUNK_SIZE", int_from_i64(8192)));
    Ok(())
}
