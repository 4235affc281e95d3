//! Compiled patterns (`re.Pattern`): the state `_sre.compile` makes, running the
//! engine over a subject (`find`), and the matching methods `match`, `fullmatch`,
//! `search`, `findall`, `split`, `sub` and `subn` with CPython 3.11's results.

use super::engine::{self, Ch, State};
use super::text::{subject, Chars, Subject};
use super::{match_type, new_match, MatchData};
use crate::clinic::ssize;
use krait_runtime::call::{call, Args};
use krait_runtime::exc::{raise, type_error};
use krait_runtime::native_obj::NativeState;
use krait_runtime::objects::*;
use krait_runtime::types::{RUNTIME_ERROR, SYSTEM_ERROR};
use krait_runtime::value::{Obj, Value, R};
use std::cell::RefCell;
use std::rc::Rc;

/// What `_sre.compile` was given.
pub struct PatternData {
    pub code: Vec<u32>,
    pub groups: usize,
    pub flags: i64,
    /// `None` when the pattern object is `None` (usable on both kinds of subject).
    pub is_bytes: Option<bool>,
    pub pattern: Obj,
    pub groupindex: Obj,
    /// `None` when the pattern has no named groups.
    pub indexgroup: Option<Obj>,
}

/// The state of a `re.Pattern`.
pub struct PatternState(pub RefCell<Option<Rc<PatternData>>>);

impl NativeState for PatternState {
    fn traverse(&self, visit: &mut dyn FnMut(Value)) {
        if let Some(p) = &*self.0.borrow() {
            visit(p.pattern.v());
            visit(p.groupindex.v());
            if let Some(i) = &p.indexgroup {
                visit(i.v());
            }
        }
    }
    fn clear(&self) {
        let old = self.0.borrow_mut().take();
        drop(old);
    }
}

pub fn new_state() -> Box<dyn NativeState> {
    Box::new(PatternState(RefCell::new(None)))
}

/// The data of a pattern object, or CPython's message for another object.
pub fn data_of(v: Value, method: &str) -> R<Rc<PatternData>> {
    match krait_runtime::native_obj::state::<PatternState>(v).and_then(|s| s.0.borrow().clone()) {
        Some(d) => Ok(d),
        None => type_error(format!("descriptor '{}' for 're.Pattern' objects doesn't apply to a '{}' object", method, krait_runtime::ops::type_name(v))),
    }
}

/// How the engine is run at the start position.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Match,
    FullMatch,
    Search,
}

/// A successful match: where it starts and ends, and the marks of every group.
pub struct Found {
    pub start: isize,
    pub end: isize,
    pub marks: Vec<isize>,
    pub lastmark: isize,
    pub lastindex: isize,
}

impl Found {
    /// The bounds of group `g` (1-based) as `state_getslice` sees them, if it matched.
    pub fn group(&self, g: usize) -> Option<(isize, isize)> {
        let j = 2 * (g - 1);
        if j as isize >= self.lastmark {
            return None;
        }
        let (a, b) = (self.marks[j], self.marks[j + 1]);
        if a < 0 || b < 0 {
            return None;
        }
        Some((a, b))
    }
}

fn engine_error() -> krait_runtime::value::Raised {
    raise(&RUNTIME_ERROR, "internal error in regular expression engine")
}

fn run_on<T: Ch>(p: &PatternData, text: &[T], start: isize, end: isize, must_advance: bool, mode: Mode) -> R<Option<Found>> {
    let mut st = State::new(&p.code, text, p.groups, start, end);
    st.must_advance = must_advance;
    st.match_all = mode == Mode::FullMatch;
    let ok = match mode {
        Mode::Search => engine::search(&mut st),
        _ => engine::run(&mut st, 0, true),
    }
    .map_err(|_| engine_error())?;
    if !ok {
        return Ok(None);
    }
    Ok(Some(Found { start: st.start, end: st.ptr, marks: st.marks, lastmark: st.lastmark, lastindex: st.lastindex }))
}

/// Runs the pattern over `s[start..end]` from `start`.
pub fn find(p: &PatternData, s: &Subject, start: isize, end: isize, must_advance: bool, mode: Mode) -> R<Option<Found>> {
    match &s.chars {
        Chars::Narrow(b) => run_on(p, &b[..], start, end, must_advance, mode),
        Chars::Wide(w) => run_on(p, &w[..], start, end, must_advance, mode),
    }
}

/// `state_init`: the subject, checked against the pattern's kind, and the clamped
/// bounds `pos` and `endpos`.
pub fn prepare(p: &PatternData, string: Value, pos: Option<Value>, endpos: Option<Value>) -> R<(Rc<Subject>, isize, isize)> {
    let pos = match pos {
        Some(v) => ssize(v)?,
        None => 0,
    };
    let endpos = match endpos {
        Some(v) => ssize(v)?,
        None => i64::MAX,
    };
    let s = subject(string)?;
    match p.is_bytes {
        Some(false) if s.is_bytes => return type_error("cannot use a string pattern on a bytes-like object"),
        Some(true) if !s.is_bytes => return type_error("cannot use a bytes pattern on a string-like object"),
        _ => {}
    }
    let n = s.len() as i64;
    Ok((s, pos.clamp(0, n) as isize, endpos.clamp(0, n) as isize))
}

/// `pattern_new_match`: a `re.Match` for a successful attempt.
pub fn make_match(pat: Value, p: &PatternData, string: Value, s: &Rc<Subject>, f: &Found, pos: isize, endpos: isize) -> R<Obj> {
    let mut spans = vec![(f.start, f.end)];
    for g in 1..=p.groups {
        let j = 2 * (g - 1);
        if (j as isize) < f.lastmark && f.marks[j] >= 0 && f.marks[j + 1] >= 0 {
            if f.marks[j] > f.marks[j + 1] {
                return Err(raise(&SYSTEM_ERROR, "The span of capturing group is wrong, please report a bug for the re module."));
            }
            spans.push((f.marks[j], f.marks[j + 1]));
        } else {
            spans.push((-1, -1));
        }
    }
    let d = MatchData { pattern: pat.to_owned(), string: string.to_owned(), subject: s.clone(), spans, pos, endpos, lastindex: f.lastindex };
    Ok(new_match(match_type(), d))
}

/// `match`, `fullmatch` and `search`.
pub fn match_method(pat: Value, string: Value, pos: Option<Value>, endpos: Option<Value>, mode: Mode, name: &str) -> R<Obj> {
    let p = data_of(pat, name)?;
    let (s, start, end) = prepare(&p, string, pos, endpos)?;
    match find(&p, &s, start, end, false, mode)? {
        Some(f) => make_match(pat, &p, string, &s, &f, start, end),
        None => Ok(none()),
    }
}

/// `state_getslice`: the text of group `g`, or `empty`'s answer when it did not match
/// (an empty string when `empty`, else None).
fn group_slice(s: &Subject, f: &Found, g: usize, empty: bool) -> Obj {
    match f.group(g) {
        Some((a, b)) => s.slice(a.min(b) as usize, b as usize),
        None if empty => s.slice(0, 0),
        None => none(),
    }
}

/// `findall`.
pub fn findall(pat: Value, string: Value, pos: Option<Value>, endpos: Option<Value>) -> R<Obj> {
    let p = data_of(pat, "findall")?;
    let (s, mut start, end) = prepare(&p, string, pos, endpos)?;
    let mut out = Vec::new();
    let mut must_advance = false;
    while start <= end {
        let Some(f) = find(&p, &s, start, end, must_advance, Mode::Search)? else { break };
        let item = match p.groups {
            0 => s.slice(f.start as usize, f.end as usize),
            1 => group_slice(&s, &f, 1, true),
            n => tuple_from((1..=n).map(|g| group_slice(&s, &f, g, true).into_raw()).collect()),
        };
        out.push(item.into_raw());
        must_advance = f.end == f.start;
        start = f.end;
    }
    Ok(list_from(out))
}

/// `split`.
pub fn split(pat: Value, string: Value, maxsplit: i64) -> R<Obj> {
    let p = data_of(pat, "split")?;
    let (s, mut start, end) = prepare(&p, string, None, None)?;
    let mut out = Vec::new();
    let mut last = start;
    let mut n = 0;
    let mut must_advance = false;
    while maxsplit == 0 || n < maxsplit {
        let Some(f) = find(&p, &s, start, end, must_advance, Mode::Search)? else { break };
        out.push(s.slice(last as usize, f.start as usize).into_raw());
        for g in 1..=p.groups {
            out.push(group_slice(&s, &f, g, false).into_raw());
        }
        n += 1;
        must_advance = f.end == f.start;
        last = f.end;
        start = f.end;
    }
    out.push(s.slice(last as usize, end as usize).into_raw());
    Ok(list_from(out))
}

/// Does a replacement template contain no backslash (so it is used as it is)?
fn is_literal(v: Value) -> R<bool> {
    if super::text::is_str(v) {
        return Ok(!str_text(v).contains('\\'));
    }
    Ok(match krait_runtime::bytes::buffer(v)? {
        Some(b) => !b.contains(&b'\\'),
        None => false,
    })
}

/// A function of the Python module `re` (CPython's `call(SRE_PY_MODULE, ...)`).
pub fn re_function(name: &str) -> R<Obj> {
    match krait_runtime::module::lookup("re") {
        Some(m) => krait_runtime::ops::getattr(m.v(), name),
        None => Err(krait_runtime::exc::module_not_found("re")),
    }
}

/// `sub` and `subn` (`pattern_subx`).
pub fn subx(pat: Value, repl: Value, string: Value, count: i64, subn: bool) -> R<Obj> {
    let p = data_of(pat, if subn { "subn" } else { "sub" })?;
    // The filter: a callable, a literal replacement, or what `re._subx` makes of a template.
    let (filter, callable) = if krait_runtime::call::is_callable(repl) {
        (repl.to_owned(), true)
    } else if is_literal(repl)? {
        (repl.to_owned(), false)
    } else {
        let subx = re_function("_subx")?;
        let f = call(subx.v(), &Args::positional(&[pat, repl]))?;
        let c = krait_runtime::call::is_callable(f.v());
        (f, c)
    };
    let (s, mut start, end) = prepare(&p, string, None, None)?;
    let mut pieces: Vec<Value> = Vec::new();
    let guard = Pieces(&mut pieces);
    let (mut n, mut i) = (0i64, 0isize);
    let mut must_advance = false;
    while count == 0 || n < count {
        let Some(f) = find(&p, &s, start, end, must_advance, Mode::Search)? else { break };
        if i < f.start {
            guard.0.push(s.slice(i as usize, f.start as usize).into_raw());
        }
        let item = if callable {
            let m = make_match(pat, &p, string, &s, &f, 0, end)?;
            call(filter.v(), &Args::positional(&[m.v()]))?
        } else {
            filter.clone()
        };
        if !is_none(item.v()) {
            guard.0.push(item.into_raw());
        }
        i = f.end;
        n += 1;
        must_advance = f.end == f.start;
        start = f.end;
    }
    if i < end {
        guard.0.push(s.slice(i as usize, end as usize).into_raw());
    }
    let joiner = s.slice(0, 0);
    let items = std::mem::take(guard.0);
    let result = if items.is_empty() {
        joiner
    } else {
        let list = list_from(items);
        krait_runtime::ops::call_method(joiner.v(), "join", &Args::positional(&[list.v()]))?
    };
    if subn {
        return Ok(tuple_from(vec![result.into_raw(), int_from_i64(n).into_raw()]));
    }
    Ok(result)
}

/// Owned references collected by `sub`, released if it fails part way.
struct Pieces<'a>(&'a mut Vec<Value>);
impl Drop for Pieces<'_> {
    fn drop(&mut self) {
        for v in self.0.drain(..) {
            v.decref();
        }
    }
}
