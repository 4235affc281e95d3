//! Building containers piece by piece: displays with `*` and `**` items, the
//! comprehensions' appends, argument lists of `f(*a, **k)`, and `a, *b = it`.

use crate::exc::{raise, type_error, value_error};
use crate::objects::*;
use crate::ops;
use crate::types::*;
use crate::value::{abi, abi_bool, Obj, Value, R};

/// `list.append(v)` on a list being built.
#[no_mangle]
pub unsafe extern "C" fn rt_list_append(l: Value, v: Value) -> i32 {
    v.incref();
    as_list(l).unwrap().items.push(v);
    0
}

/// Extends a list being built by an iterable (`[*it]`, `f(*it)` when `callee` is not 0).
#[no_mangle]
pub unsafe extern "C" fn rt_list_extend(l: Value, it: Value, callee: Value) -> i32 {
    abi_bool((|| {
        let items = match ops::iter(it) {
            Ok(i) => i,
            Err(e) => {
                if crate::exc::current_is(&TYPE_ERROR) && !crate::class::is_iterable(it) {
                    crate::exc::clear_current();
                    return if callee.is_null() {
                        type_error(format!("Value after * must be an iterable, not {}", ops::type_name(it)))
                    } else {
                        type_error(format!("{} argument after * must be an iterable, not {}", crate::func::callable_desc(callee), ops::type_name(it)))
                    };
                }
                return Err(e);
            }
        };
        while let Some(x) = ops::next(items.v())? {
            as_list(l).unwrap().items.push(x.into_raw());
        }
        Ok(false)
    })())
}

#[no_mangle]
pub unsafe extern "C" fn rt_set_add(s: Value, v: Value) -> i32 {
    abi_bool(crate::sets::set_add(s, v).map(|_| false))
}

#[no_mangle]
pub unsafe extern "C" fn rt_set_update(s: Value, it: Value) -> i32 {
    abi_bool((|| {
        let items = ops::iter(it)?;
        while let Some(x) = ops::next(items.v())? {
            crate::sets::set_add(s, x.v())?;
        }
        Ok(false)
    })())
}

#[no_mangle]
pub unsafe extern "C" fn rt_dict_set(d: Value, k: Value, v: Value) -> i32 {
    abi_bool(crate::dicts::dict_set(d, k, v).map(|_| false))
}

/// Merges mapping `m` into dict `d`: `{**m}`, or `f(**m)` when `callee` is not 0,
/// where a repeated key is an error.
#[no_mangle]
pub unsafe extern "C" fn rt_dict_merge(d: Value, m: Value, callee: Value) -> i32 {
    abi_bool(merge(d, m, callee).map(|_| false))
}

fn merge(d: Value, m: Value, callee: Value) -> R<()> {
    let pairs: Vec<(Obj, Obj)> = if let Some(src) = as_dict(m) {
        src.table.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
    } else {
        let keys = match ops::getattr(m, "keys") {
            Ok(k) => k,
            Err(_) => {
                crate::exc::clear_current();
                return if callee.is_null() {
                    type_error(format!("'{}' object is not a mapping", ops::type_name(m)))
                } else {
                    type_error(format!("{} argument after ** must be a mapping, not {}", crate::func::callable_desc(callee), ops::type_name(m)))
                };
            }
        };
        let ks = crate::call::call(keys.v(), &crate::call::Args::positional(&[]))?;
        let mut out = vec![];
        for k in ops::collect(ks.v())? {
            let v = ops::getitem(m, k.v())?;
            out.push((k, v));
        }
        out
    };
    for (k, v) in pairs {
        if !callee.is_null() {
            if as_str(k.v()).is_none() {
                return type_error("keywords must be strings");
            }
            if crate::dicts::dict_get(d, k.v())?.is_some() {
                return Err(raise(
                    &TYPE_ERROR,
                    format!("{} got multiple values for keyword argument '{}'", crate::func::callable_desc(callee), str_text(k.v())),
                ));
            }
        }
        crate::dicts::dict_set(d, k.v(), v.v())?;
    }
    Ok(())
}

/// A tuple of a list's items.
#[no_mangle]
pub unsafe extern "C" fn rt_list_to_tuple(l: Value) -> Value {
    let items: Vec<Value> = as_list(l).unwrap().items.iter().map(|v| (*v).to_owned().into_raw()).collect();
    tuple_from(items).into_raw()
}

/// `a, *b, c = it`: a tuple of the `before` items, a list of the middle, the `after` items.
#[no_mangle]
pub unsafe extern "C" fn rt_unpack_ex(v: Value, before: i64, after: i64) -> Value {
    abi((|| {
        let (before, after) = (before as usize, after as usize);
        let items = match ops::collect(v) {
            Ok(i) => i,
            Err(e) => {
                if crate::exc::current_is(&TYPE_ERROR) && !crate::class::is_iterable(v) {
                    crate::exc::clear_current();
                    return type_error(format!("cannot unpack non-iterable {} object", ops::type_name(v)));
                }
                return Err(e);
            }
        };
        if items.len() < before + after {
            return value_error(format!("not enough values to unpack (expected at least {}, got {})", before + after, items.len()));
        }
        let mut out: Vec<Value> = items[..before].iter().map(|x| x.clone().into_raw()).collect();
        let mid: Vec<Value> = items[before..items.len() - after].iter().map(|x| x.clone().into_raw()).collect();
        out.push(list_from(mid).into_raw());
        out.extend(items[items.len() - after..].iter().map(|x| x.clone().into_raw()));
        Ok(tuple_from(out))
    })())
}
