//! The `_sre` module (CPython's `Modules/_sre/sre.c`): the regular-expression engine
//! under CPython's pure-Python `re` package. `re._compiler` turns a pattern into
//! CPython 3.11's code words (MAGIC 20220615) and calls `_sre.compile`, which makes a
//! `re.Pattern`; the engine interprets the code.
//!
//! Files: `chars.rs` (opcodes, categories, case mappings, sets), `engine.rs` and
//! `resume.rs` (the backtracking matcher and search), `text.rs` (subjects),
//! `pattern.rs` (running patterns: `match`, `findall`, `split`, `sub`...),
//! `matchobj.rs` (`re.Match`), `scanner.rs` (`SRE_Scanner`, `finditer`), and this
//! file: the module, `compile` and the `re.Pattern` class.

mod chars;
mod engine;
mod matchobj;
mod pattern;
mod resume;
mod scanner;
mod text;

use crate::clinic::{c_int, native_class, no_args, one_arg, rest, ssize, unpack_keywords};
use krait_runtime::builtin;
use krait_runtime::call::Args;
use krait_runtime::exc::{raise, type_error};
use krait_runtime::objects::*;
use krait_runtime::types::{Kind, TypeObj, OVERFLOW_ERROR, RUNTIME_ERROR};
use krait_runtime::value::{abi, Obj, Value, R};
pub use matchobj::{new_match, MatchData};
use pattern::{data_of, Mode, PatternData, PatternState};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

thread_local! {
    /// The classes `re.Pattern`, `re.Match` and `_sre.SRE_Scanner`, made with the module.
    static CLASSES: Cell<Option<[&'static TypeObj; 3]>> = const { Cell::new(None) };
}

fn class(i: usize) -> &'static TypeObj {
    CLASSES.with(|c| c.get()).expect("_sre not initialised")[i]
}

pub fn match_type() -> &'static TypeObj {
    class(1)
}

const MAGIC: i64 = 20220615;
const MAXGROUPS: i64 = 1073741823;
const COPYRIGHT: &str = " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ";

/// One code word: an int that fits 32 bits unsigned.
fn code_word(v: Value) -> R<u32> {
    if !krait_runtime::seq::is_int(v) {
        return type_error("an integer is required");
    }
    let neg = krait_runtime::ops::compare_bool(krait_abi::CmpOp::Lt, v, Value::small(0))?;
    if neg {
        return Err(raise(&OVERFLOW_ERROR, "can't convert negative value to unsigned int"));
    }
    match crate::clinic::as_i64(v) {
        Some(n) if n <= u32::MAX as i64 => Ok(n as u32),
        _ => Err(raise(&OVERFLOW_ERROR, "regular expression code size limit exceeded")),
    }
}

fn bad_arg<T>(name: &str, want: &str, v: Value) -> R<T> {
    type_error(format!("compile() argument '{}' must be {}, not {}", name, want, krait_runtime::ops::arg_type_name(v)))
}

builtin!(sre_compile, |a| {
    let names = ["pattern", "flags", "code", "groups", "groupindex", "indexgroup"];
    let b = unpack_keywords(a, "compile", &names, 0, 6, 6)?;
    let (pat, flags, code, groups, gi, ig) = (b[0].unwrap(), b[1].unwrap(), b[2].unwrap(), b[3].unwrap(), b[4].unwrap(), b[5].unwrap());
    let flags = c_int(flags)? as i64;
    let Some(list) = as_list(code) else { return bad_arg("code", "list", code) };
    let groups = ssize(groups)?;
    if as_dict(gi).is_none() {
        return bad_arg("groupindex", "dict", gi);
    }
    let Some(igt) = as_tuple(ig) else { return bad_arg("indexgroup", "tuple", ig) };
    let items: Vec<Value> = list.items.clone();
    let mut words = Vec::with_capacity(items.len());
    for v in items {
        words.push(code_word(v)?);
    }
    let is_bytes = if is_none(pat) {
        None
    } else {
        match text::chars_of(pat)? {
            Some((_, b)) => Some(b),
            None => return type_error(format!("expected string or bytes-like object, got '{}'", krait_runtime::ops::type_name(pat))),
        }
    };
    if !(0..=MAXGROUPS).contains(&groups) {
        return Err(raise(&RUNTIME_ERROR, "invalid SRE code"));
    }
    let named = krait_runtime::ops::len(gi)? > 0;
    let data = PatternData {
        code: words,
        groups: groups as usize,
        flags,
        is_bytes,
        pattern: pat.to_owned(),
        groupindex: gi.to_owned(),
        indexgroup: if named && !igt.items.is_empty() { Some(ig.to_owned()) } else { None },
    };
    let st = PatternState(RefCell::new(Some(Rc::new(data))));
    Ok(krait_runtime::native_obj::new(class(0), Box::new(st)))
});

builtin!(sre_getcodesize, |a| {
    no_args(a, "_sre.getcodesize")?;
    Ok(int_from_i64(4))
});
fn char_arg(a: &Args, name: &str) -> R<i64> {
    Ok(c_int(one_arg(a, name)?)? as i64)
}
builtin!(sre_ascii_iscased, |a| Ok(bool_obj(chars::ascii_iscased(char_arg(a, "_sre.ascii_iscased")?))));
builtin!(sre_unicode_iscased, |a| {
    let c = char_arg(a, "_sre.unicode_iscased")?;
    Ok(bool_obj(c >= 0 && chars::unicode_iscased(c as u32)))
});
builtin!(sre_ascii_tolower, |a| {
    let c = char_arg(a, "_sre.ascii_tolower")?;
    Ok(int_from_i64(if (0..128).contains(&c) { chars::lower_ascii(c as u32) as i64 } else { c }))
});
builtin!(sre_unicode_tolower, |a| {
    let c = char_arg(a, "_sre.unicode_tolower")?;
    Ok(int_from_i64(if c >= 0 { chars::lower_unicode(c as u32) as i64 } else { c }))
});

// re.Pattern.

/// The arguments `(string, pos=0, endpos=sys.maxsize)` of a matching method.
fn string_pos_endpos(a: &Args, name: &str) -> R<(Value, Option<Value>, Option<Value>)> {
    let b = unpack_keywords(&rest(a), name, &["string", "pos", "endpos"], 0, 1, 3)?;
    Ok((b[0].unwrap(), b[1], b[2]))
}
fn self_of(a: &Args, name: &str) -> R<Value> {
    match a.pos.first() {
        Some(&s) => Ok(s),
        None => type_error(format!("unbound method Pattern.{}() needs an argument", name)),
    }
}
fn matching(a: &Args, name: &str, mode: Mode) -> R<Obj> {
    let s = self_of(a, name)?;
    data_of(s, name)?;
    let (string, pos, endpos) = string_pos_endpos(a, name)?;
    pattern::match_method(s, string, pos, endpos, mode, name)
}
builtin!(pattern_match, |a| matching(a, "match", Mode::Match));
builtin!(pattern_fullmatch, |a| matching(a, "fullmatch", Mode::FullMatch));
builtin!(pattern_search, |a| matching(a, "search", Mode::Search));
builtin!(pattern_findall, |a| {
    let s = self_of(a, "findall")?;
    data_of(s, "findall")?;
    let (string, pos, endpos) = string_pos_endpos(a, "findall")?;
    pattern::findall(s, string, pos, endpos)
});
builtin!(pattern_finditer, |a| {
    let s = self_of(a, "finditer")?;
    data_of(s, "finditer")?;
    let (string, pos, endpos) = string_pos_endpos(a, "finditer")?;
    let scan = scanner::Scan::new(s, string, pos, endpos)?;
    Ok(krait_runtime::native_iter::new(&scanner::FINDITER_TYPE, scanner::FindIter(scan)))
});
builtin!(pattern_scanner, |a| {
    let s = self_of(a, "scanner")?;
    data_of(s, "scanner")?;
    let (string, pos, endpos) = string_pos_endpos(a, "scanner")?;
    let scan = scanner::Scan::new(s, string, pos, endpos)?;
    let st = scanner::ScannerState(RefCell::new(Some(Rc::new(scan))));
    Ok(krait_runtime::native_obj::new(class(2), Box::new(st)))
});
builtin!(pattern_split, |a| {
    let s = self_of(a, "split")?;
    data_of(s, "split")?;
    let b = unpack_keywords(&rest(a), "split", &["string", "maxsplit"], 0, 1, 2)?;
    let maxsplit = match b[1] {
        Some(v) => ssize(v)?,
        None => 0,
    };
    pattern::split(s, b[0].unwrap(), maxsplit)
});
fn sub_common(a: &Args, name: &str, subn: bool) -> R<Obj> {
    let s = self_of(a, name)?;
    data_of(s, name)?;
    let b = unpack_keywords(&rest(a), name, &["repl", "string", "count"], 0, 2, 3)?;
    let count = match b[2] {
        Some(v) => ssize(v)?,
        None => 0,
    };
    pattern::subx(s, b[0].unwrap(), b[1].unwrap(), count, subn)
}
builtin!(pattern_sub, |a| sub_common(a, "sub", false));
builtin!(pattern_subn, |a| sub_common(a, "subn", true));

builtin!(pattern_copy, |a| {
    data_of(self_of(a, "__copy__")?, "__copy__")?;
    no_args(&rest(a), "__copy__")?;
    Ok(a.pos[0].to_owned())
});
builtin!(pattern_deepcopy, |a| {
    data_of(self_of(a, "__deepcopy__")?, "__deepcopy__")?;
    one_arg(&rest(a), "__deepcopy__")?;
    Ok(a.pos[0].to_owned())
});

// `pattern_repr`: `re.compile('...', re.IGNORECASE|re.DOTALL)`.
builtin!(pattern_repr, |a| {
    let p = data_of(self_of(a, "__repr__")?, "__repr__")?;
    const NAMES: [(&str, i64); 9] = [
        ("re.TEMPLATE", 1),
        ("re.IGNORECASE", 2),
        ("re.LOCALE", 4),
        ("re.MULTILINE", 8),
        ("re.DOTALL", 16),
        ("re.UNICODE", 32),
        ("re.VERBOSE", 64),
        ("re.DEBUG", 128),
        ("re.ASCII", 256),
    ];
    let mut flags = p.flags;
    if p.is_bytes == Some(false) && flags & (4 | 32 | 256) == 32 {
        flags &= !32;
    }
    let mut items = Vec::new();
    for (n, v) in NAMES {
        if flags & v != 0 {
            items.push(n.to_string());
            flags &= !v;
        }
    }
    if flags != 0 {
        items.push(format!("0x{:x}", flags));
    }
    let r: String = crate::support::repr_text(p.pattern.v())?.chars().take(200).collect();
    Ok(str_from(if items.is_empty() { format!("re.compile({})", r) } else { format!("re.compile({}, {})", r, items.join("|")) }))
});
builtin!(pattern_eq, |a| pattern_eq_value(a));
builtin!(pattern_ne, |a| {
    let r = pattern_eq_value(a)?;
    Ok(match krait_runtime::ops::as_bool(r.v()) {
        Some(b) => bool_obj(!b),
        None => r,
    })
});
/// `pattern_richcompare` for `==`: NotImplemented unless both are patterns.
fn pattern_eq_value(a: &Args) -> R<Obj> {
    let s = self_of(a, "__eq__")?;
    let p = data_of(s, "__eq__")?;
    let o = one_arg(&rest(a), "__eq__")?;
    let Some(q) = krait_runtime::native_obj::state::<PatternState>(o).and_then(|q| q.0.borrow().clone()) else {
        return Ok(not_implemented());
    };
    if s.0 == o.0 {
        return Ok(bool_obj(true));
    }
    let same = p.flags == q.flags && p.is_bytes == q.is_bytes && p.code == q.code && krait_runtime::ops::eq(p.pattern.v(), q.pattern.v())?;
    Ok(bool_obj(same))
}
builtin!(pattern_hash, |a| {
    let p = data_of(self_of(a, "__hash__")?, "__hash__")?;
    let mut h = krait_runtime::ops::hash(p.pattern.v())?;
    let bytes: Vec<u8> = p.code.iter().flat_map(|w| w.to_le_bytes()).collect();
    h ^= krait_runtime::bytes::hash_of(&bytes);
    h ^= p.flags ^ (p.is_bytes == Some(true)) as i64 ^ p.code.len() as i64;
    Ok(int_from_i64(if h == -1 { -2 } else { h }))
});
builtin!(pattern_get_pattern, |a| Ok(data_of(self_of(a, "pattern")?, "pattern")?.pattern.clone()));
builtin!(pattern_get_flags, |a| Ok(int_from_i64(data_of(self_of(a, "flags")?, "flags")?.flags)));
builtin!(pattern_get_groups, |a| Ok(int_from_i64(data_of(self_of(a, "groups")?, "groups")?.groups as i64)));
builtin!(pattern_get_groupindex, |a| {
    // CPython gives a read-only view (a mappingproxy); this is a copy of the dict.
    let p = data_of(self_of(a, "groupindex")?, "groupindex")?;
    krait_runtime::ops::call_method(p.groupindex.v(), "copy", &Args::positional(&[]))
});

fn pattern_attrs() -> R<Vec<(&'static str, Obj)>> {
    let m = krait_runtime::native_obj::method;
    let prop = |f| crate::support::property(builtin_fn("getter", f), None);
    Ok(vec![
        ("match", m("match", pattern_match)),
        ("fullmatch", m("fullmatch", pattern_fullmatch)),
        ("search", m("search", pattern_search)),
        ("findall", m("findall", pattern_findall)),
        ("finditer", m("finditer", pattern_finditer)),
        ("scanner", m("scanner", pattern_scanner)),
        ("split", m("split", pattern_split)),
        ("sub", m("sub", pattern_sub)),
        ("subn", m("subn", pattern_subn)),
        ("__copy__", m("__copy__", pattern_copy)),
        ("__deepcopy__", m("__deepcopy__", pattern_deepcopy)),
        ("__repr__", m("__repr__", pattern_repr)),
        ("__eq__", m("__eq__", pattern_eq)),
        ("__ne__", m("__ne__", pattern_ne)),
        ("__hash__", m("__hash__", pattern_hash)),
        ("pattern", prop(pattern_get_pattern)?),
        ("flags", prop(pattern_get_flags)?),
        ("groups", prop(pattern_get_groups)?),
        ("groupindex", prop(pattern_get_groupindex)?),
    ])
}

builtin!(no_new_pattern, |_a| type_error("cannot create 're.Pattern' instances"));
builtin!(no_new_match, |_a| type_error("cannot create 're.Match' instances"));
builtin!(no_new_scanner, |_a| type_error("cannot create '_sre.SRE_Scanner' instances"));

fn make_class(module: &str, name: &str, mut attrs: Vec<(&'static str, Obj)>, no_new: krait_runtime::types::BuiltinFn, new: krait_runtime::native_obj::NewState) -> R<(Obj, &'static TypeObj)> {
    attrs.push(("__new__", builtin_fn("__new__", no_new)));
    let cls = native_class(module, name, attrs, new)?;
    let t: &'static TypeObj = unsafe { cls.v().as_ref::<TypeObj>() };
    debug_assert!(t.kind == Kind::Native);
    Ok((cls, t))
}

fn make_module() -> R<Obj> {
    let (pat, pt) = make_class("re", "Pattern", pattern_attrs()?, no_new_pattern, pattern::new_state)?;
    let (mat, mt) = make_class("re", "Match", matchobj::attrs()?, no_new_match, matchobj::new_state)?;
    let (_scan, st) = make_class("_sre", "SRE_Scanner", scanner::attrs()?, no_new_scanner, scanner::new_state)?;
    CLASSES.with(|c| c.set(Some([pt, mt, st])));
    // The classes live as long as the program (as CPython's static types).
    std::mem::forget(pat);
    std::mem::forget(mat);
    std::mem::forget(_scan);
    krait_runtime::sysmod::new_module(
        "_sre",
        vec![
            ("CODESIZE", int_from_i64(4)),
            ("MAGIC", int_from_i64(MAGIC)),
            ("MAXGROUPS", int_from_i64(MAXGROUPS)),
            ("MAXREPEAT", int_from_i64(u32::MAX as i64)),
            ("__doc__", none()),
            ("ascii_iscased", builtin_fn("ascii_iscased", sre_ascii_iscased)),
            ("ascii_tolower", builtin_fn("ascii_tolower", sre_ascii_tolower)),
            ("compile", builtin_fn("compile", sre_compile)),
            ("copyright", str_from(COPYRIGHT)),
            ("getcodesize", builtin_fn("getcodesize", sre_getcodesize)),
            ("unicode_iscased", builtin_fn("unicode_iscased", sre_unicode_iscased)),
            ("unicode_tolower", builtin_fn("unicode_tolower", sre_unicode_tolower)),
        ],
    )
}

/// `import _sre`.
#[no_mangle]
pub extern "C" fn krait_module__sre() -> Value {
    abi(make_module())
}
