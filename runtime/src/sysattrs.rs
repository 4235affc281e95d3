//! The descriptive attributes of `sys` that the standard library reads at import time:
//! `version_info`, `flags`, `float_info`, `int_info`, `hash_info`, `thread_info` (struct
//! sequences, as in CPython), `implementation`, `hexversion`, the path and prefix
//! values, and the small functions (`intern`, `getrefcount`, `getdefaultencoding`,
//! `settrace`...).
//!
//! `sys.implementation.name` is `"krait"`: code that asks whether it runs on CPython
//! (`test.support.check_impl_detail`) is told no, which is the truth for CPython's
//! implementation details (reference counts, bytecode, frames). `sys._getframe` is
//! absent, as on implementations without frames: the standard library's users
//! (`inspect.currentframe`, `logging`, `collections.namedtuple`, `typing`) test for it
//! or catch the AttributeError.

use crate::exc::{raise, type_error};
use crate::objects::*;
use crate::structseq::{self, Spec};
use crate::types::NOT_IMPLEMENTED_ERROR;
use crate::value::{Obj, R};

/// The version krait reports: the language version it implements.
pub const VERSION: (i64, i64, i64) = (3, 11, 0);

static VERSION_INFO: Spec = Spec { name: "version_info", visible: &["major", "minor", "micro", "releaselevel", "serial"], named: 5, hidden: &[] };
static FLAGS: Spec = Spec {
    name: "flags",
    visible: &[
        "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
        "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits",
    ],
    named: 18,
    hidden: &[],
};
static FLOAT_INFO: Spec = Spec {
    name: "float_info",
    visible: &["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"],
    named: 11,
    hidden: &[],
};
static INT_INFO: Spec = Spec { name: "int_info", visible: &["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"], named: 4, hidden: &[] };
static HASH_INFO: Spec = Spec { name: "hash_info", visible: &["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"], named: 9, hidden: &[] };
static THREAD_INFO: Spec = Spec { name: "thread_info", visible: &["name", "lock", "version"], named: 3, hidden: &[] };

fn i(n: i64) -> Obj {
    int_from_i64(n)
}

fn seq(spec: &'static Spec, items: Vec<Obj>) -> R<Obj> {
    let t = structseq::make_class("sys", spec)?;
    structseq::new_instance(t, items, vec![])
}

crate::builtin!(sys_intern, |a| {
    a.no_kwargs("intern")?;
    a.arity("intern", 1, 1)?;
    let s = a.pos[0];
    if as_str(s).is_none() || !std::ptr::eq(s.ty(), &crate::types::STR_TYPE) {
        return type_error(format!("intern() argument must be str, not {}", s.ty().name));
    }
    Ok(s.to_owned())
});
crate::builtin!(sys_getrefcount, |a| {
    a.no_kwargs("getrefcount")?;
    a.arity("getrefcount", 1, 1)?;
    // The argument's own reference, as CPython counts it.
    Ok(i(a.pos[0].refcount() + 1))
});
crate::builtin!(sys_getdefaultencoding, |a| {
    a.arity("getdefaultencoding", 0, 0)?;
    Ok(str_from("utf-8"))
});
crate::builtin!(sys_is_finalizing, |a| {
    a.arity("is_finalizing", 0, 0)?;
    Ok(bool_obj(false))
});
crate::builtin!(sys_getswitchinterval, |a| {
    a.arity("getswitchinterval", 0, 0)?;
    Ok(float(0.005))
});
crate::builtin!(sys_setswitchinterval, |a| {
    a.arity("setswitchinterval", 1, 1)?;
    Ok(none())
});
crate::builtin!(sys_gettrace, |a| {
    a.arity("gettrace", 0, 0)?;
    Ok(none())
});
// Compiled code has no line events to report: only `settrace(None)` (what code that
// restores a tracer does when none was set) is accepted.
crate::builtin!(sys_settrace, |a| {
    a.arity("settrace", 1, 1)?;
    if is_none(a.pos[0]) {
        return Ok(none());
    }
    Err(raise(&NOT_IMPLEMENTED_ERROR, "sys.settrace() is not supported by krait: compiled code has no line events"))
});
crate::builtin!(sys_setprofile, |a| {
    a.arity("setprofile", 1, 1)?;
    if is_none(a.pos[0]) {
        return Ok(none());
    }
    Err(raise(&NOT_IMPLEMENTED_ERROR, "sys.setprofile() is not supported by krait: compiled code has no call events"))
});

/// The attributes, added to `sys` when it is made.
pub fn attrs(argv: &[String]) -> R<Vec<(&'static str, Obj)>> {
    let (ma, mi, mc) = VERSION;
    let version_info = seq(&VERSION_INFO, vec![i(ma), i(mi), i(mc), str_from("final"), i(0)])?;
    let hexversion = (ma << 24) | (mi << 16) | (mc << 8) | 0xf0;
    let b = |x: bool| bool_obj(x);
    let flags = seq(
        &FLAGS,
        vec![i(0), i(0), i(0), i(0), i(1), i(0), i(0), i(0), i(0), i(0), i(0), i(1), i(0), b(false), i(0), i(0), b(false), i(-1)],
    )?;
    let float_info = seq(
        &FLOAT_INFO,
        vec![float(f64::MAX), i(1024), i(308), float(f64::MIN_POSITIVE), i(-1021), i(-307), i(15), i(53), float(f64::EPSILON), i(2), i(1)],
    )?;
    let int_info = seq(&INT_INFO, vec![i(30), i(4), i(4300), i(640)])?;
    let modulus = (1i64 << 61) - 1;
    let hash_info = seq(&HASH_INFO, vec![i(64), i(modulus), i(314159), i(0), i(1000003), str_from("siphash13"), i(64), i(128), i(0)])?;
    let thread_info = seq(&THREAD_INFO, vec![str_from("pthread"), str_from("mutex+cond"), none()])?;
    let implementation = crate::namespace::new(&[
        ("name", str_from("krait")),
        ("cache_tag", none()),
        ("version", version_info.v().to_owned()),
        ("hexversion", i(hexversion)),
        ("_multiarch", str_from(format!("{}-linux-gnu", std::env::consts::ARCH))),
    ])?;
    // The program's directory stands where CPython puts the script's.
    let dir = argv
        .first()
        .and_then(|p| std::fs::canonicalize(p).ok())
        .and_then(|p| p.parent().map(|d| d.to_string_lossy().into_owned()))
        .unwrap_or_default();
    let f = |name: &'static str, func| (name, builtin_fn(name, func));
    Ok(vec![
        ("version_info", version_info),
        ("hexversion", i(hexversion)),
        ("api_version", i(1013)),
        ("implementation", implementation),
        ("flags", flags),
        ("float_info", float_info),
        ("int_info", int_info),
        ("hash_info", hash_info),
        ("thread_info", thread_info),
        ("maxunicode", i(0x10ffff)),
        ("float_repr_style", str_from("short")),
        ("abiflags", str_from("")),
        ("copyright", str_from("Copyright (c) the krait authors; Python is Copyright (c) Python Software Foundation.")),
        ("path", list_from(vec![str_from(dir).into_raw()])),
        ("meta_path", list_from(vec![crate::imports::importer()?.to_owned().into_raw()])),
        ("path_hooks", list_from(vec![])),
        ("path_importer_cache", dict_new()),
        ("prefix", str_from("/usr/local")),
        ("exec_prefix", str_from("/usr/local")),
        ("base_prefix", str_from("/usr/local")),
        ("base_exec_prefix", str_from("/usr/local")),
        ("platlibdir", str_from("lib")),
        ("pycache_prefix", none()),
        ("dont_write_bytecode", bool_obj(true)),
        ("orig_argv", list_from(argv.iter().map(|s| str_from(s.as_str()).into_raw()).collect())),
        f("intern", sys_intern),
        f("getrefcount", sys_getrefcount),
        f("getdefaultencoding", sys_getdefaultencoding),
        f("is_finalizing", sys_is_finalizing),
        f("getswitchinterval", sys_getswitchinterval),
        f("setswitchinterval", sys_setswitchinterval),
        f("gettrace", sys_gettrace),
        f("settrace", sys_settrace),
        f("getprofile", sys_gettrace),
        f("setprofile", sys_setprofile),
    ])
}
