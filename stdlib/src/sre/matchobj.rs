//! Match objects (`re.Match`): the groups of a successful match, by number or name,
//! and `expand` (which calls `re._expand`, as CPython 3.11 does).

use super::pattern::{data_of, re_function, PatternData};
use super::text::Subject;
use crate::clinic::{no_args, one_arg, rest, unpack_keywords};
use krait_runtime::builtin;
use krait_runtime::call::{call, Args};
use krait_runtime::exc::{raise, type_error};
use krait_runtime::native_obj::NativeState;
use krait_runtime::objects::*;
use krait_runtime::types::INDEX_ERROR;
use krait_runtime::value::{Obj, Value, R};
use std::cell::RefCell;
use std::rc::Rc;

/// What a match object knows.
pub struct MatchData {
    /// The `re.Pattern` object (`Match.re`).
    pub pattern: Obj,
    /// The subject object (`Match.string`) and its characters.
    pub string: Obj,
    pub subject: Rc<Subject>,
    /// The span of the match and of each group; (-1, -1) for a group that did not match.
    pub spans: Vec<(isize, isize)>,
    pub pos: isize,
    pub endpos: isize,
    pub lastindex: isize,
}

pub struct MatchState(pub RefCell<Option<Rc<MatchData>>>);

impl NativeState for MatchState {
    fn traverse(&self, visit: &mut dyn FnMut(Value)) {
        if let Some(m) = &*self.0.borrow() {
            visit(m.pattern.v());
            visit(m.string.v());
        }
    }
    fn clear(&self) {
        let old = self.0.borrow_mut().take();
        drop(old);
    }
}

pub fn new_state() -> Box<dyn NativeState> {
    Box::new(MatchState(RefCell::new(None)))
}

/// A new match object of class `t`.
pub fn new_match(t: &'static krait_runtime::types::TypeObj, d: MatchData) -> Obj {
    krait_runtime::native_obj::new(t, Box::new(MatchState(RefCell::new(Some(Rc::new(d))))))
}

/// The data of a `Match` method's `self`, with CPython's messages.
fn this(a: &Args, method: &str) -> R<Rc<MatchData>> {
    let Some(&s) = a.pos.first() else {
        return type_error(format!("unbound method Match.{}() needs an argument", method));
    };
    match krait_runtime::native_obj::state::<MatchState>(s).and_then(|m| m.0.borrow().clone()) {
        Some(d) => Ok(d),
        None => type_error(format!("descriptor '{}' for 're.Match' objects doesn't apply to a '{}' object", method, krait_runtime::ops::type_name(s))),
    }
}

impl MatchData {
    fn pdata(&self) -> R<Rc<PatternData>> {
        data_of(self.pattern.v(), "match")
    }

    /// `match_getindex`: the number of the group an index or name designates.
    fn index(&self, g: Option<Value>) -> R<usize> {
        let Some(g) = g else { return Ok(0) };
        let i = match crate::support::index_of(g)? {
            Some(i) => crate::support::ssize_clamped(i.v())?.unwrap_or(-1),
            None => {
                let p = self.pdata()?;
                match krait_runtime::dicts::dict_get(p.groupindex.v(), g)? {
                    Some(v) if krait_runtime::seq::is_int(v.v()) => crate::support::fits(v.v()).unwrap_or(-1),
                    _ => -1,
                }
            }
        };
        if i < 0 || i as usize >= self.spans.len() {
            return Err(raise(&INDEX_ERROR, "no such group"));
        }
        Ok(i as usize)
    }

    /// `match_getslice_by_index`: the text of group `i`, or `def` when it did not match.
    fn slice(&self, i: usize, def: Value) -> Obj {
        let (a, b) = self.spans[i];
        if a < 0 {
            return def.to_owned();
        }
        self.subject.slice(a as usize, b as usize)
    }

    fn group(&self, g: Option<Value>) -> R<Obj> {
        let i = self.index(g)?;
        Ok(self.slice(i, none_v()))
    }

    fn span_obj(&self, i: usize) -> Obj {
        let (a, b) = self.spans[i];
        tuple_from(vec![int_from_i64(a as i64).into_raw(), int_from_i64(b as i64).into_raw()])
    }
}

builtin!(match_group, |a| {
    let m = this(a, "group")?;
    let r = rest(a);
    crate::clinic::no_keywords(&r, "group")?;
    match r.pos.len() {
        0 => m.group(None),
        1 => m.group(Some(r.pos[0])),
        _ => {
            let mut items = Vec::with_capacity(r.pos.len());
            for &g in r.pos {
                match m.group(Some(g)) {
                    Ok(o) => items.push(o.into_raw()),
                    Err(e) => {
                        for v in items {
                            v.decref();
                        }
                        return Err(e);
                    }
                }
            }
            Ok(tuple_from(items))
        }
    }
});
builtin!(match_getitem, |a| {
    let m = this(a, "__getitem__")?;
    m.group(Some(one_arg(&rest(a), "__getitem__")?))
});
builtin!(match_groups, |a| {
    let m = this(a, "groups")?;
    let b = unpack_keywords(&rest(a), "groups", &["default"], 0, 0, 1)?;
    let def = b[0].unwrap_or(none_v());
    Ok(tuple_from((1..m.spans.len()).map(|i| m.slice(i, def).into_raw()).collect()))
});
builtin!(match_groupdict, |a| {
    let m = this(a, "groupdict")?;
    let b = unpack_keywords(&rest(a), "groupdict", &["default"], 0, 0, 1)?;
    let def = b[0].unwrap_or(none_v());
    let p = m.pdata()?;
    let out = dict_new();
    let keys = krait_runtime::ops::collect(p.groupindex.v())?;
    for k in keys {
        let i = m.index(Some(k.v()))?;
        krait_runtime::dicts::dict_set(out.v(), k.v(), m.slice(i, def).v())?;
    }
    Ok(out)
});
/// `start`, `end` and `span` take one optional group.
fn group_arg(a: &Args, name: &str) -> R<(Rc<MatchData>, usize)> {
    let m = this(a, name)?;
    let r = rest(a);
    crate::clinic::no_keywords(&r, name)?;
    crate::clinic::check_positional(&r, name, 0, 1)?;
    let i = m.index(r.pos.first().copied())?;
    Ok((m, i))
}
builtin!(match_start, |a| {
    let (m, i) = group_arg(a, "start")?;
    Ok(int_from_i64(m.spans[i].0 as i64))
});
builtin!(match_end, |a| {
    let (m, i) = group_arg(a, "end")?;
    Ok(int_from_i64(m.spans[i].1 as i64))
});
builtin!(match_span, |a| {
    let (m, i) = group_arg(a, "span")?;
    Ok(m.span_obj(i))
});
builtin!(match_expand, |a| {
    let m = this(a, "expand")?;
    let b = unpack_keywords(&rest(a), "expand", &["template"], 0, 1, 1)?;
    let f = re_function("_expand")?;
    call(f.v(), &Args::positional(&[m.pattern.v(), a.pos[0], b[0].unwrap()]))
});
builtin!(match_copy, |a| {
    this(a, "__copy__")?;
    no_args(&rest(a), "__copy__")?;
    Ok(a.pos[0].to_owned())
});
builtin!(match_deepcopy, |a| {
    this(a, "__deepcopy__")?;
    one_arg(&rest(a), "__deepcopy__")?;
    Ok(a.pos[0].to_owned())
});
builtin!(match_repr, |a| {
    let m = this(a, "__repr__")?;
    let g = m.slice(0, none_v());
    let r = crate::support::repr_text(g.v())?;
    let r: String = r.chars().take(50).collect();
    Ok(str_from(format!("<re.Match object; span=({}, {}), match={}>", m.spans[0].0, m.spans[0].1, r)))
});

// Attributes (read-only properties).
builtin!(match_get_string, |a| Ok(this(a, "string")?.string.clone()));
builtin!(match_get_re, |a| Ok(this(a, "re")?.pattern.clone()));
builtin!(match_get_pos, |a| Ok(int_from_i64(this(a, "pos")?.pos as i64)));
builtin!(match_get_endpos, |a| Ok(int_from_i64(this(a, "endpos")?.endpos as i64)));
builtin!(match_get_lastindex, |a| {
    let m = this(a, "lastindex")?;
    Ok(if m.lastindex >= 0 { int_from_i64(m.lastindex as i64) } else { none() })
});
builtin!(match_get_lastgroup, |a| {
    let m = this(a, "lastgroup")?;
    let p = m.pdata()?;
    if let Some(ig) = &p.indexgroup {
        if m.lastindex >= 0 {
            if let Some(t) = as_tuple(ig.v()) {
                if let Some(&v) = t.items.get(m.lastindex as usize) {
                    return Ok(v.to_owned());
                }
            }
        }
    }
    Ok(none())
});
builtin!(match_get_regs, |a| {
    let m = this(a, "regs")?;
    Ok(tuple_from((0..m.spans.len()).map(|i| m.span_obj(i).into_raw()).collect()))
});

/// The class attributes of `re.Match`.
pub fn attrs() -> R<Vec<(&'static str, Obj)>> {
    let m = krait_runtime::native_obj::method;
    let prop = |f| crate::support::property(builtin_fn("getter", f), None);
    Ok(vec![
        ("group", m("group", match_group)),
        ("__getitem__", m("__getitem__", match_getitem)),
        ("groups", m("groups", match_groups)),
        ("groupdict", m("groupdict", match_groupdict)),
        ("start", m("start", match_start)),
        ("end", m("end", match_end)),
        ("span", m("span", match_span)),
        ("expand", m("expand", match_expand)),
        ("__copy__", m("__copy__", match_copy)),
        ("__deepcopy__", m("__deepcopy__", match_deepcopy)),
        ("__repr__", m("__repr__", match_repr)),
        ("string", prop(match_get_string)?),
        ("re", prop(match_get_re)?),
        ("pos", prop(match_get_pos)?),
        ("endpos", prop(match_get_endpos)?),
        ("lastindex", prop(match_get_lastindex)?),
        ("lastgroup", prop(match_get_lastgroup)?),
        ("regs", prop(match_get_regs)?),
    ])
}
