//! `dir(obj)`: the sorted attribute names of an object, a class (with its bases'),
//! or a module, or what the object's own `__dir__` returns. (`dir()` without an
//! argument, like `locals()` and `globals()`, is lowered by the compiler.)

use crate::call::Args;
use crate::exc::type_error;
use crate::objects::*;
use crate::types::*;
use crate::value::{abi, Obj, Value, R};

/// The names in the `__dict__` of a builtin type (CPython's, from `dirnames.rs`).
fn builtin_names(t: &TypeObj) -> &'static [&'static str] {
    let name = t.name.rsplit('.').next().unwrap_or(t.name);
    crate::dirnames::TYPE_DICT_NAMES.iter().find(|(n, _)| *n == name).map(|(_, v)| *v).unwrap_or(&[])
}

/// Adds the keys of a dict to `out`.
fn add_keys(d: Value, out: &mut Vec<String>) {
    if let Some(dict) = as_dict(d) {
        for (k, _) in dict.table.iter() {
            if as_str(*k).is_some() {
                out.push(str_text(*k).to_string());
            }
        }
    }
}

/// The names of the `__dict__`s of `t` and its bases (CPython's `merge_class_dict`).
fn class_names(t: &'static TypeObj, out: &mut Vec<String>) {
    for c in crate::class::mro_of(t) {
        if let Some(cd) = crate::class::class_data(c) {
            add_keys(cd.dict, out);
            out.retain(|n| n != "__qualname__");
            out.push("__doc__".into());
            out.push("__module__".into());
            // The slots a class declares are descriptors in its dict.
            let key = str_from("__slots__");
            let declared = crate::dicts::dict_get(cd.dict, key.v()).ok().flatten();
            if let Some(s) = &declared {
                if as_str(s.v()).is_some() {
                    out.push(str_text(s.v()).to_string());
                } else if let Ok(items) = crate::ops::collect(s.v()) {
                    out.extend(items.iter().filter(|x| as_str(x.v()).is_some()).map(|x| str_text(x.v()).to_string()));
                } else {
                    crate::exc::clear_current();
                }
            }
            if cd.slots.is_none() && declared.is_none() {
                out.push("__dict__".into());
                out.push("__weakref__".into());
            }
        } else {
            out.extend(builtin_names(c).iter().map(|s| s.to_string()));
        }
    }
}

/// `dir(obj)`.
pub fn dir_of(o: Value) -> R<Obj> {
    let mut names = vec![];
    if crate::class::is_heap(o.ty()) && crate::class::lookup_type(o.ty(), "__dir__").is_some() {
        let r = crate::ops::call_method(o, "__dir__", &Args::positional(&[]))?;
        let l = list_from(crate::ops::collect(r.v())?.into_iter().map(Obj::into_raw).collect());
        crate::ops::call_method(l.v(), "sort", &Args::positional(&[]))?;
        return Ok(l);
    }
    if let Some(t) = crate::builtins::as_type(o) {
        class_names(t, &mut names);
    } else if let Some(m) = as_module(o) {
        names.push("__name__".into());
        add_keys(m.attrs, &mut names);
    } else {
        if let Ok(d) = crate::ops::getattr(o, "__dict__") {
            if as_dict(d.v()).is_none() {
                return type_error(format!("{}.__dict__ is not a dictionary", crate::ops::type_name(o)));
            }
            add_keys(d.v(), &mut names);
        } else {
            crate::exc::clear_current();
        }
        class_names(o.ty(), &mut names);
    }
    names.sort();
    names.dedup();
    Ok(list_from(names.into_iter().map(|n| str_from(n).into_raw()).collect()))
}

/// The builtin `dir(obj)`.
pub unsafe extern "C" fn bi_dir(args: *const Value, nargs: i64, kwnames: Value) -> Value {
    let a = Args::from_abi(args, nargs, kwnames);
    abi((|| {
        a.no_kwargs("dir")?;
        if a.pos.is_empty() {
            // The compiler lowers direct calls; the caller's frame is not known here.
            return Err(crate::exc::raise(&RUNTIME_ERROR, "dir() without arguments is supported only as a direct call"));
        }
        if a.pos.len() > 1 {
            return type_error(format!("dir expected at most 1 argument, got {}", a.pos.len()));
        }
        dir_of(a.pos[0])
    })())
}
