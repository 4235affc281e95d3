//! The `_functools` module (CPython's `Modules/_functoolsmodule.c`): `reduce`,
//! `partial` and `cmp_to_key`, on which CPython's pure-Python `functools.py` builds
//! (it falls back to its own `_lru_cache_wrapper`, which is not provided here).
//!
//! `partial` and `KeyWrapper` are native classes (`krait_runtime::native_obj`).

mod keywrapper;
mod partial;

use crate::support::*;
use krait_runtime::call::{call, Args};
use krait_runtime::exc::current_is;
use krait_runtime::objects::*;
use krait_runtime::types::TYPE_ERROR;
use krait_runtime::value::{abi, Obj, Value, R};

krait_runtime::builtin!(reduce, |a| {
    no_keywords(a, "reduce")?;
    check_positional(a, "reduce", 2, 3)?;
    let f = a.pos[0];
    let it = match krait_runtime::ops::iter(a.pos[1]) {
        Ok(it) => it,
        Err(e) => {
            if current_is(&TYPE_ERROR) {
                krait_runtime::exc::clear_current();
                return type_err("reduce() arg 2 must support iteration");
            }
            return Err(e);
        }
    };
    let mut acc: Option<Obj> = a.pos.get(2).map(|&v| v.to_owned());
    while let Some(x) = krait_runtime::ops::next(it.v())? {
        acc = Some(match acc {
            None => x,
            Some(v) => call(f, &Args::positional(&[v.v(), x.v()]))?,
        });
    }
    match acc {
        Some(v) => Ok(v),
        None => type_err("reduce() of empty iterable with no initial value"),
    }
});

fn make_module() -> R<Obj> {
    let mut attrs: Attrs = vec![("reduce", builtin_fn("reduce", reduce)), ("partial", partial::make_class()?)];
    let kw = keywrapper::make_class()?;
    attrs.push(("cmp_to_key", keywrapper::cmp_to_key_fn(kw)));
    attrs.sort_by(|a, b| a.0.cmp(b.0));
    krait_runtime::sysmod::new_module("_functools", attrs)
}

/// `import _functools`.
#[no_mangle]
pub extern "C" fn krait_module__functools() -> Value {
    abi(make_module())
}
