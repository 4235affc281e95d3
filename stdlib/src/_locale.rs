//! The `_locale` module (CPython's `Modules/_localemodule.c`) over the C library's
//! locale functions: `setlocale`, `localeconv`, `nl_langinfo`, `getencoding`,
//! `strcoll`, `strxfrm`, the gettext functions and `Error`, which `locale.py` builds on.
//!
//! CPython sets the `LC_CTYPE` locale from the environment when the interpreter
//! starts; a krait program does the same the first time `_locale` is imported (no
//! other part of krait depends on the C locale), so what `setlocale` reports and
//! what `getencoding` gives match CPython's on the same machine. CPython's UTF-8 mode
//! (`PYTHONUTF8=1`, or a "C"/"POSIX" `LC_CTYPE` locale at start-up) makes
//! `getencoding` return "UTF-8" as there.

use crate::clinic::{c_int, check_positional, no_args, no_keywords};
use krait_runtime::builtin;
use krait_runtime::call::Args;
use krait_runtime::exc::{raise, type_error, value_error};
use krait_runtime::objects::*;
use krait_runtime::ops;
use krait_runtime::types::TypeObj;
use krait_runtime::value::{abi, Obj, Value, R};
use std::cell::Cell;
use std::ffi::{CStr, CString};

thread_local! {
    /// `locale.Error`, made with the module.
    static ERROR: Cell<Option<&'static TypeObj>> = const { Cell::new(None) };
    /// CPython's UTF-8 mode, decided when the module is first imported.
    static UTF8_MODE: Cell<bool> = const { Cell::new(false) };
}

extern "C" {
    fn gettext(msgid: *const libc::c_char) -> *mut libc::c_char;
    fn dgettext(domain: *const libc::c_char, msgid: *const libc::c_char) -> *mut libc::c_char;
    fn dcgettext(domain: *const libc::c_char, msgid: *const libc::c_char, category: libc::c_int) -> *mut libc::c_char;
    fn textdomain(domain: *const libc::c_char) -> *mut libc::c_char;
    fn bindtextdomain(domain: *const libc::c_char, dir: *const libc::c_char) -> *mut libc::c_char;
    fn bind_textdomain_codeset(domain: *const libc::c_char, codeset: *const libc::c_char) -> *mut libc::c_char;
}

/// C's `CHAR_MAX` (`char` is signed on the platforms krait supports).
const CHAR_MAX: i8 = i8::MAX;

fn locale_error(msg: &str) -> krait_runtime::value::Raised {
    match ERROR.with(|e| e.get()) {
        Some(t) => raise(t, msg),
        None => raise(&krait_runtime::types::RUNTIME_ERROR, msg),
    }
}

/// A C string's text (the C library's strings are decoded as UTF-8, invalid bytes
/// replaced: krait's str cannot hold the surrogates CPython's decoder would make).
fn c_text(p: *const libc::c_char) -> String {
    if p.is_null() {
        return String::new();
    }
    unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
}

/// A str argument as a C string: "embedded null character" for a NUL inside.
fn c_string(v: Value, fname: &str, argn: usize, none_ok: bool) -> R<Option<CString>> {
    if none_ok && is_none(v) {
        return Ok(None);
    }
    let Some(s) = as_str(v) else {
        let want = if none_ok { "str or None" } else { "str" };
        return type_error(format!("{}() argument {} must be {}, not {}", fname, argn, want, ops::arg_type_name(v)));
    };
    match CString::new(s.s.as_bytes()) {
        Ok(c) => Ok(Some(c)),
        Err(_) => value_error("embedded null character"),
    }
}

// `setlocale(category, locale=None, /)`.
builtin!(setlocale, |a| {
    no_keywords(a, "setlocale")?;
    check_positional(a, "setlocale", 1, 2)?;
    let category = c_int(a.pos[0])?;
    let loc = match a.pos.get(1) {
        Some(&v) => c_string(v, "setlocale", 2, true)?,
        None => None,
    };
    let r = unsafe { libc::setlocale(category, loc.as_ref().map_or(std::ptr::null(), |c| c.as_ptr())) };
    if r.is_null() {
        return Err(locale_error("unsupported locale setting"));
    }
    Ok(str_from(c_text(r)))
});

/// `copy_grouping`: the grouping bytes as a list, up to a 0 (kept) or `CHAR_MAX`.
fn grouping(p: *const libc::c_char) -> Obj {
    let mut items = Vec::new();
    if !p.is_null() {
        let bytes = unsafe { CStr::from_ptr(p) }.to_bytes();
        let mut ended = bytes.is_empty();
        for &b in bytes {
            items.push(int_from_i64(b as i8 as i64).into_raw());
            if b as i8 as i32 == CHAR_MAX as i32 {
                ended = true;
                break;
            }
        }
        if !ended {
            items.push(int_from_i64(0).into_raw());
        }
    }
    list_from(items)
}

// `localeconv()`: the numeric and monetary conventions of the current locale, keyed
// in CPython's order.
builtin!(localeconv, |a| {
    no_args(a, "localeconv")?;
    let lc = unsafe { &*libc::localeconv() };
    let d = dict_new();
    let set = |k: &str, v: Obj| krait_runtime::dicts::dict_set(d.v(), str_from(k).v(), v.v());
    let s = |p: *const libc::c_char| str_from(c_text(p));
    let n = |c: libc::c_char| int_from_i64(c as i64);
    set("int_curr_symbol", s(lc.int_curr_symbol))?;
    set("currency_symbol", s(lc.currency_symbol))?;
    set("mon_decimal_point", s(lc.mon_decimal_point))?;
    set("mon_thousands_sep", s(lc.mon_thousands_sep))?;
    set("mon_grouping", grouping(lc.mon_grouping))?;
    set("positive_sign", s(lc.positive_sign))?;
    set("negative_sign", s(lc.negative_sign))?;
    set("int_frac_digits", n(lc.int_frac_digits))?;
    set("frac_digits", n(lc.frac_digits))?;
    set("p_cs_precedes", n(lc.p_cs_precedes))?;
    set("p_sep_by_space", n(lc.p_sep_by_space))?;
    set("n_cs_precedes", n(lc.n_cs_precedes))?;
    set("n_sep_by_space", n(lc.n_sep_by_space))?;
    set("p_sign_posn", n(lc.p_sign_posn))?;
    set("n_sign_posn", n(lc.n_sign_posn))?;
    set("decimal_point", s(lc.decimal_point))?;
    set("thousands_sep", s(lc.thousands_sep))?;
    set("grouping", grouping(lc.grouping))?;
    Ok(d)
});

/// The `nl_langinfo` keys CPython exports (its `langinfo_constants`).
const LANGINFO: &[(&str, libc::nl_item)] = &[
    ("DAY_1", libc::DAY_1), ("DAY_2", libc::DAY_2), ("DAY_3", libc::DAY_3), ("DAY_4", libc::DAY_4),
    ("DAY_5", libc::DAY_5), ("DAY_6", libc::DAY_6), ("DAY_7", libc::DAY_7),
    ("ABDAY_1", libc::ABDAY_1), ("ABDAY_2", libc::ABDAY_2), ("ABDAY_3", libc::ABDAY_3), ("ABDAY_4", libc::ABDAY_4),
    ("ABDAY_5", libc::ABDAY_5), ("ABDAY_6", libc::ABDAY_6), ("ABDAY_7", libc::ABDAY_7),
    ("MON_1", libc::MON_1), ("MON_2", libc::MON_2), ("MON_3", libc::MON_3), ("MON_4", libc::MON_4),
    ("MON_5", libc::MON_5), ("MON_6", libc::MON_6), ("MON_7", libc::MON_7), ("MON_8", libc::MON_8),
    ("MON_9", libc::MON_9), ("MON_10", libc::MON_10), ("MON_11", libc::MON_11), ("MON_12", libc::MON_12),
    ("ABMON_1", libc::ABMON_1), ("ABMON_2", libc::ABMON_2), ("ABMON_3", libc::ABMON_3), ("ABMON_4", libc::ABMON_4),
    ("ABMON_5", libc::ABMON_5), ("ABMON_6", libc::ABMON_6), ("ABMON_7", libc::ABMON_7), ("ABMON_8", libc::ABMON_8),
    ("ABMON_9", libc::ABMON_9), ("ABMON_10", libc::ABMON_10), ("ABMON_11", libc::ABMON_11), ("ABMON_12", libc::ABMON_12),
    ("RADIXCHAR", libc::RADIXCHAR), ("THOUSEP", libc::THOUSEP), ("CRNCYSTR", libc::CRNCYSTR),
    ("D_T_FMT", libc::D_T_FMT), ("D_FMT", libc::D_FMT), ("T_FMT", libc::T_FMT),
    ("AM_STR", libc::AM_STR), ("PM_STR", libc::PM_STR), ("CODESET", libc::CODESET),
    ("T_FMT_AMPM", libc::T_FMT_AMPM), ("ERA", libc::ERA), ("ERA_D_FMT", libc::ERA_D_FMT),
    ("ERA_D_T_FMT", libc::ERA_D_T_FMT), ("ERA_T_FMT", libc::ERA_T_FMT), ("ALT_DIGITS", libc::ALT_DIGITS),
    ("YESEXPR", libc::YESEXPR), ("NOEXPR", libc::NOEXPR),
    // glibc's `_DATE_FMT` (`date(1)`'s format), which CPython exports on glibc.
    ("_DATE_FMT", 0x2006c),
];

// `nl_langinfo(key, /)`: only the exported keys are accepted.
builtin!(nl_langinfo, |a| {
    no_keywords(a, "nl_langinfo")?;
    check_positional(a, "nl_langinfo", 1, 1)?;
    let key = c_int(a.pos[0])?;
    if !LANGINFO.iter().any(|&(_, k)| k == key) {
        return value_error("unsupported langinfo constant");
    }
    Ok(str_from(c_text(unsafe { libc::nl_langinfo(key) })))
});

/// The locale encoding (`_Py_GetLocaleEncoding`): "UTF-8" in UTF-8 mode or when
/// the C library names none, else `nl_langinfo(CODESET)`.
pub fn locale_encoding() -> String {
    if UTF8_MODE.with(|m| m.get()) {
        return "UTF-8".into();
    }
    let e = c_text(unsafe { libc::nl_langinfo(libc::CODESET) });
    if e.is_empty() {
        "UTF-8".into()
    } else {
        e
    }
}

builtin!(getencoding, |a| {
    no_args(a, "getencoding")?;
    Ok(str_from(locale_encoding()))
});

/// A str argument as wide characters with a terminating 0, for `wcscoll`/`wcsxfrm`.
fn wide(v: Value, fname: &str, argn: usize) -> R<Vec<libc::wchar_t>> {
    let Some(s) = as_str(v) else {
        return type_error(format!("{}() argument {} must be str, not {}", fname, argn, ops::arg_type_name(v)));
    };
    if s.s.contains('\0') {
        return value_error("embedded null character");
    }
    let mut w: Vec<libc::wchar_t> = s.s.chars().map(|c| c as libc::wchar_t).collect();
    w.push(0);
    Ok(w)
}

extern "C" {
    fn wcscoll(a: *const libc::wchar_t, b: *const libc::wchar_t) -> libc::c_int;
    fn wcsxfrm(dst: *mut libc::wchar_t, src: *const libc::wchar_t, n: libc::size_t) -> libc::size_t;
}

// `strcoll(os1, os2, /)`.
builtin!(strcoll, |a| {
    no_keywords(a, "strcoll")?;
    check_positional(a, "strcoll", 2, 2)?;
    let (x, y) = (wide(a.pos[0], "strcoll", 1)?, wide(a.pos[1], "strcoll", 2)?);
    Ok(int_from_i64(unsafe { wcscoll(x.as_ptr(), y.as_ptr()) } as i64))
});

// `strxfrm(string, /)`: the transformed text, as characters.
builtin!(strxfrm, |a| {
    let v = crate::clinic::one_arg(a, "strxfrm")?;
    let src = wide(v, "strxfrm", 1)?;
    let n = unsafe { wcsxfrm(std::ptr::null_mut(), src.as_ptr(), 0) };
    let mut buf: Vec<libc::wchar_t> = vec![0; n + 1];
    unsafe { wcsxfrm(buf.as_mut_ptr(), src.as_ptr(), n + 1) };
    buf.truncate(n);
    let mut out = String::new();
    for w in buf {
        match char::from_u32(w as u32) {
            Some(c) => out.push(c),
            None => return value_error("strxfrm produced a character krait's str cannot hold"),
        }
    }
    Ok(str_from(out))
});

/// A gettext result, or `None` for a null pointer where CPython returns None.
fn opt_text(p: *const libc::c_char) -> Obj {
    if p.is_null() {
        none()
    } else {
        str_from(c_text(p))
    }
}

builtin!(py_gettext, |a| {
    no_keywords(a, "gettext")?;
    check_positional(a, "gettext", 1, 1)?;
    let m = c_string(a.pos[0], "gettext", 1, false)?.unwrap();
    Ok(str_from(c_text(unsafe { gettext(m.as_ptr()) })))
});

builtin!(py_dgettext, |a| {
    no_keywords(a, "dgettext")?;
    check_positional(a, "dgettext", 2, 2)?;
    let d = c_string(a.pos[0], "dgettext", 1, true)?;
    let m = c_string(a.pos[1], "dgettext", 2, false)?.unwrap();
    Ok(str_from(c_text(unsafe { dgettext(d.as_ref().map_or(std::ptr::null(), |c| c.as_ptr()), m.as_ptr()) })))
});

builtin!(py_dcgettext, |a| {
    no_keywords(a, "dcgettext")?;
    check_positional(a, "dcgettext", 3, 3)?;
    let d = c_string(a.pos[0], "dcgettext", 1, true)?;
    let m = c_string(a.pos[1], "dcgettext", 2, false)?.unwrap();
    let c = c_int(a.pos[2])?;
    Ok(str_from(c_text(unsafe { dcgettext(d.as_ref().map_or(std::ptr::null(), |c| c.as_ptr()), m.as_ptr(), c) })))
});

builtin!(py_textdomain, |a| {
    no_keywords(a, "textdomain")?;
    check_positional(a, "textdomain", 1, 1)?;
    let d = c_string(a.pos[0], "textdomain", 1, true)?;
    let r = unsafe { textdomain(d.as_ref().map_or(std::ptr::null(), |c| c.as_ptr())) };
    if r.is_null() {
        return Err(raise(&krait_runtime::types::OS_ERROR, std::io::Error::last_os_error().to_string()));
    }
    Ok(str_from(c_text(r)))
});

builtin!(py_bindtextdomain, |a| {
    no_keywords(a, "bindtextdomain")?;
    check_positional(a, "bindtextdomain", 2, 2)?;
    let d = c_string(a.pos[0], "bindtextdomain", 1, false)?.unwrap();
    if d.as_bytes().is_empty() {
        return value_error("domain must be a non-empty string");
    }
    let dir = c_string(a.pos[1], "bindtextdomain", 2, true)?;
    let r = unsafe { bindtextdomain(d.as_ptr(), dir.as_ref().map_or(std::ptr::null(), |c| c.as_ptr())) };
    if r.is_null() {
        return Err(raise(&krait_runtime::types::OS_ERROR, std::io::Error::last_os_error().to_string()));
    }
    Ok(str_from(c_text(r)))
});

builtin!(py_bind_textdomain_codeset, |a| {
    no_keywords(a, "bind_textdomain_codeset")?;
    check_positional(a, "bind_textdomain_codeset", 2, 2)?;
    let d = c_string(a.pos[0], "bind_textdomain_codeset", 1, false)?.unwrap();
    let cs = c_string(a.pos[1], "bind_textdomain_codeset", 2, true)?;
    Ok(opt_text(unsafe { bind_textdomain_codeset(d.as_ptr(), cs.as_ref().map_or(std::ptr::null(), |c| c.as_ptr())) }))
});

fn make_module() -> R<Obj> {
    // CPython's start-up: the `LC_CTYPE` locale from the environment, and UTF-8 mode.
    unsafe {
        libc::setlocale(libc::LC_CTYPE, c"".as_ptr());
        let ctype = c_text(libc::setlocale(libc::LC_CTYPE, std::ptr::null()));
        let utf8 = match std::env::var("PYTHONUTF8").as_deref() {
            Ok("1") => true,
            Ok("0") => false,
            _ => ctype == "C" || ctype == "POSIX",
        };
        UTF8_MODE.with(|m| m.set(utf8));
    }
    let ns = dict_new();
    krait_runtime::dicts::dict_set(ns.v(), str_from("__module__").v(), str_from("locale").v())?;
    let bases = tuple_from(vec![krait_runtime::types::EXCEPTION.as_value().to_owned().into_raw()]);
    let err = krait_runtime::class::new_class(&krait_runtime::types::TYPE_TYPE, str_from("Error").v(), bases.v(), ns.v(), &Args::positional(&[]))?;
    let t: &'static TypeObj = unsafe { err.v().as_ref::<TypeObj>() };
    ERROR.with(|e| e.set(Some(t)));
    let mut attrs: Vec<(&'static str, Obj)> = vec![
        ("__doc__", str_from("Support for POSIX locales.")),
        ("Error", err),
        ("CHAR_MAX", int_from_i64(CHAR_MAX as i64)),
        ("LC_CTYPE", int_from_i64(libc::LC_CTYPE as i64)),
        ("LC_TIME", int_from_i64(libc::LC_TIME as i64)),
        ("LC_COLLATE", int_from_i64(libc::LC_COLLATE as i64)),
        ("LC_MONETARY", int_from_i64(libc::LC_MONETARY as i64)),
        ("LC_MESSAGES", int_from_i64(libc::LC_MESSAGES as i64)),
        ("LC_NUMERIC", int_from_i64(libc::LC_NUMERIC as i64)),
        ("LC_ALL", int_from_i64(libc::LC_ALL as i64)),
        ("setlocale", builtin_fn("setlocale", setlocale)),
        ("localeconv", builtin_fn("localeconv", localeconv)),
        ("nl_langinfo", builtin_fn("nl_langinfo", nl_langinfo)),
        ("getencoding", builtin_fn("getencoding", getencoding)),
        ("strcoll", builtin_fn("strcoll", strcoll)),
        ("strxfrm", builtin_fn("strxfrm", strxfrm)),
        ("gettext", builtin_fn("gettext", py_gettext)),
        ("dgettext", builtin_fn("dgettext", py_dgettext)),
        ("dcgettext", builtin_fn("dcgettext", py_dcgettext)),
        ("textdomain", builtin_fn("textdomain", py_textdomain)),
        ("bindtextdomain", builtin_fn("bindtextdomain", py_bindtextdomain)),
        ("bind_textdomain_codeset", builtin_fn("bind_textdomain_codeset", py_bind_textdomain_codeset)),
    ];
    for &(name, key) in LANGINFO {
        attrs.push((name, int_from_i64(key as i64)));
    }
    krait_runtime::sysmod::new_module("_locale", attrs)
}

/// `import _locale`.
#[no_mangle]
pub extern "C" fn krait_module__locale() -> Value {
    abi(make_module())
}
