//! `types.GenericAlias` (`list[int]`, `dict[str, list[int]]`) and `types.UnionType`
//! (`int | None`): the runtime objects that type hints written as expressions evaluate
//! to, so type aliases (`Grid = list[list[int]]`) and `isinstance(x, int | str)` work.
//!
//! Both are plain objects of kind `Object` told apart by their type object. An alias
//! holds its origin class and a tuple of arguments; a union holds a tuple of its
//! distinct members (types, aliases; `None` stands for `NoneType`).

use crate::exc::type_error;
use crate::objects::*;
use crate::ops;
use crate::types::*;
use crate::value::{Header, Obj, Value, R};

pub static GENERIC_ALIAS_TYPE: TypeObj =
    TypeObj { head: Header::immortal(&TYPE_TYPE), name: "types.GenericAlias", base: Some(&OBJECT_TYPE), kind: Kind::Object, call: Some(alias_ctor), heap: std::ptr::null_mut() };

/// Is `t` `types.GenericAlias` or a class derived from it (`_CallableGenericAlias`)?
pub fn is_alias_type(t: &TypeObj) -> bool {
    std::ptr::eq(t, &GENERIC_ALIAS_TYPE) || (crate::class::is_heap(t) && t.is_subtype(&GENERIC_ALIAS_TYPE))
}

// `types.GenericAlias(origin, args)`: `args` that is not a tuple is the one argument.
crate::builtin!(alias_ctor, |a| {
    if !a.kwnames.is_empty() {
        return type_error("GenericAlias() takes no keyword arguments");
    }
    if a.pos.len() != 2 {
        return type_error(format!("GenericAlias expected 2 arguments, got {}", a.pos.len()));
    }
    Ok(new_alias(&GENERIC_ALIAS_TYPE, a.pos[0], a.pos[1]))
});

/// A new alias `origin[args]` of class `t`.
pub fn new_alias(t: &'static TypeObj, origin: Value, args: Value) -> Obj {
    let args = if as_tuple(args).is_some() { args.to_owned() } else { tuple_from(vec![args.to_owned().into_raw()]) };
    crate::gc::new_obj(AliasObj { head: Header::new(t), origin: origin.to_owned().into_raw(), args: args.into_raw() })
}
pub static UNION_TYPE: TypeObj =
    TypeObj { head: Header::immortal(&TYPE_TYPE), name: "types.UnionType", base: Some(&OBJECT_TYPE), kind: Kind::Object, call: None, heap: std::ptr::null_mut() };

/// `origin[args]`.
#[repr(C)]
pub struct AliasObj {
    pub head: Header,
    pub origin: Value,
    /// A tuple.
    pub args: Value,
}

/// `a | b | ...`.
#[repr(C)]
pub struct UnionObj {
    pub head: Header,
    /// A tuple of the distinct members, in order.
    pub args: Value,
}

impl Drop for AliasObj {
    fn drop(&mut self) {
        self.origin.decref();
        self.args.decref();
    }
}

impl Drop for UnionObj {
    fn drop(&mut self) {
        self.args.decref();
    }
}

pub fn as_alias<'a>(v: Value) -> Option<&'a AliasObj> {
    if !v.is_small() && !v.is_null() && is_alias_type(v.ty()) {
        Some(unsafe { v.as_ref::<AliasObj>() })
    } else {
        None
    }
}

pub fn as_union<'a>(v: Value) -> Option<&'a UnionObj> {
    if !v.is_small() && !v.is_null() && std::ptr::eq(v.ty(), &UNION_TYPE) {
        Some(unsafe { v.as_ref::<UnionObj>() })
    } else {
        None
    }
}

/// Frees an alias or a union; `false` for any other object.
pub unsafe fn dealloc(v: Value) -> bool {
    let p = v.0 as *mut u8;
    if is_alias_type(v.ty()) {
        crate::gc::free::<AliasObj>(p);
        true
    } else if std::ptr::eq(v.ty(), &UNION_TYPE) {
        crate::gc::free::<UnionObj>(p);
        true
    } else {
        false
    }
}

fn as_type_obj(v: Value) -> Option<&'static TypeObj> {
    crate::builtins::as_type(v)
}

/// `t[key]` for a builtin class: an alias for the classes that are generic in CPython.
pub fn class_getitem(t: &'static TypeObj, key: Value) -> R<Obj> {
    let generic = [&LIST_TYPE, &DICT_TYPE, &TUPLE_TYPE, &SET_TYPE, &FROZENSET_TYPE, &TYPE_TYPE, &ENUMERATE_TYPE];
    if !generic.iter().any(|g| std::ptr::eq(*g, t)) {
        return type_error(format!("type '{}' is not subscriptable", t.name));
    }
    let args = if as_tuple(key).is_some() { key.to_owned() } else { tuple_from(vec![key.to_owned().into_raw()]) };
    let a = AliasObj { head: Header::new(&GENERIC_ALIAS_TYPE), origin: t.as_value().to_owned().into_raw(), args: args.into_raw() };
    Ok(crate::gc::new_obj(a))
}

/// `alias[key]`: builtin aliases have no type variables to substitute.
pub fn alias_getitem(o: Value) -> R<Obj> {
    let r = repr(o)?;
    type_error(format!("{} is not a generic class", str_text(r.v())))
}

/// Can `v` be a member of a union (`type | ...`)?
fn unionable(v: Value) -> bool {
    is_none(v) || as_type_obj(v).is_some() || as_alias(v).is_some() || as_union(v).is_some()
}

/// `a | b` when it makes a union; `Ok(None)` otherwise.
pub fn union_or(a: Value, b: Value) -> R<Option<Obj>> {
    if !unionable(a) || !unionable(b) || (is_none(a) && is_none(b)) {
        return Ok(None);
    }
    let mut members: Vec<Obj> = Vec::new();
    for v in [a, b] {
        let parts: Vec<Value> = match as_union(v) {
            Some(u) => as_tuple(u.args).unwrap().items.to_vec(),
            None => vec![v],
        };
        for p in parts {
            let p = if is_none(p) { NONE_TYPE.as_value() } else { p };
            let mut dup = false;
            for m in &members {
                if ops::eq(m.v(), p)? {
                    dup = true;
                    break;
                }
            }
            if !dup {
                members.push(p.to_owned());
            }
        }
    }
    if members.len() == 1 {
        return Ok(members.pop());
    }
    let args = tuple_from(members.into_iter().map(Obj::into_raw).collect());
    Ok(Some(crate::gc::new_obj(UnionObj { head: Header::new(&UNION_TYPE), args: args.into_raw() })))
}

/// How an argument of an alias or a member of a union is shown.
fn item_repr(v: Value, in_union: bool) -> R<String> {
    if v == Value::from_ptr(&rt_Ellipsis) && !in_union {
        return Ok("...".into());
    }
    if let Some(t) = as_type_obj(v) {
        if in_union && std::ptr::eq(t, &NONE_TYPE) {
            return Ok("None".into());
        }
        return Ok(t.name.to_string());
    }
    let r = ops::repr(v)?;
    Ok(str_text(r.v()).to_string())
}

/// `repr()` of an alias or a union.
pub fn repr(v: Value) -> R<Obj> {
    let s = if let Some(a) = as_alias(v) {
        let items = &as_tuple(a.args).unwrap().items;
        let inner = if items.is_empty() {
            "()".to_string()
        } else {
            items.iter().map(|&x| item_repr(x, false)).collect::<R<Vec<_>>>()?.join(", ")
        };
        format!("{}[{}]", item_repr(a.origin, false)?, inner)
    } else {
        let u = as_union(v).unwrap();
        as_tuple(u.args).unwrap().items.iter().map(|&x| item_repr(x, true)).collect::<R<Vec<_>>>()?.join(" | ")
    };
    Ok(str_from(s))
}

/// `a == b` for aliases and unions (`None` when not both are one).
pub fn equal(a: Value, b: Value) -> R<Option<bool>> {
    if let (Some(x), Some(y)) = (as_alias(a), as_alias(b)) {
        return Ok(Some(x.origin == y.origin && ops::eq(x.args, y.args)?));
    }
    if let (Some(x), Some(y)) = (as_union(a), as_union(b)) {
        // Members compare as sets.
        let (xs, ys) = (&as_tuple(x.args).unwrap().items, &as_tuple(y.args).unwrap().items);
        if xs.len() != ys.len() {
            return Ok(Some(false));
        }
        for &m in xs.iter() {
            let mut found = false;
            for &n in ys.iter() {
                if ops::eq(m, n)? {
                    found = true;
                    break;
                }
            }
            if !found {
                return Ok(Some(false));
            }
        }
        return Ok(Some(true));
    }
    Ok(None)
}

/// `hash()` of an alias or a union.
pub fn hash(v: Value) -> R<i64> {
    if let Some(a) = as_alias(v) {
        return Ok(ops::hash(a.origin)? ^ ops::hash(a.args)?);
    }
    let u = as_union(v).unwrap();
    // Order-independent, as the frozenset of the members CPython hashes.
    let mut h: i64 = 0;
    for &m in as_tuple(u.args).unwrap().items.iter() {
        h = h.wrapping_add(ops::hash(m)?.wrapping_mul(1_000_003));
    }
    Ok(h)
}

/// Attributes: `__origin__`, `__args__`, `__parameters__`; an alias forwards the rest
/// to its origin (`list[int].append`).
pub fn getattr(o: Value, name: &str) -> R<Option<Obj>> {
    if let Some(a) = as_alias(o) {
        return Ok(match name {
            "__origin__" => Some(a.origin.to_owned()),
            "__args__" => Some(a.args.to_owned()),
            "__parameters__" => Some(tuple_from(vec![])),
            "__class__" => Some(o.ty().as_value().to_owned()),
            _ => Some(ops::getattr(a.origin, name)?),
        });
    }
    if let Some(u) = as_union(o) {
        return Ok(match name {
            "__args__" => Some(u.args.to_owned()),
            "__parameters__" => Some(tuple_from(vec![])),
            _ => None,
        });
    }
    Ok(None)
}

/// The class an alias stands for when called: `list[int]([1])` makes a list.
pub fn call_target(v: Value) -> Option<Value> {
    as_alias(v).map(|a| a.origin)
}

/// The members `isinstance` checks for a union (as a tuple), or the error for an alias.
pub fn isinstance_target(cls: Value, fname: &str) -> R<Option<Value>> {
    if as_alias(cls).is_some() {
        return type_error(format!("{}() argument 2 cannot be a parameterized generic", fname));
    }
    Ok(as_union(cls).map(|u| u.args))
}
