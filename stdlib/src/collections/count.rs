//! `_collections._count_elements(mapping, iterable)`: the counting loop of
//! `collections.Counter.update`.

use crate::support::*;
use krait_abi::BinOp;
use krait_runtime::call::{call, Args};
use krait_runtime::objects::*;
use krait_runtime::ops;
use krait_runtime::value::Value;

krait_runtime::builtin!(count_elements, |a| {
    no_keywords(a, "_count_elements")?;
    check_positional(a, "_count_elements", 2, 2)?;
    let (mapping, iterable) = (a.pos[0], a.pos[1]);
    let it = ops::iter(iterable)?;
    let one = Value::small(1);
    let zero = Value::small(0);
    // A plain dict is updated directly; anything else through its `get` and `[]=`.
    let plain = std::ptr::eq(mapping.ty(), &krait_runtime::types::DICT_TYPE);
    let get = if plain { None } else { Some(ops::getattr(mapping, "get")?) };
    while let Some(x) = ops::next(it.v())? {
        let old = match &get {
            None => krait_runtime::dicts::dict_get(mapping, x.v())?,
            Some(g) => Some(call(g.v(), &Args::positional(&[x.v(), zero]))?),
        };
        let new = match old {
            Some(o) => ops::binary(BinOp::Add, o.v(), one)?,
            None => int_from_i64(1),
        };
        ops::setitem(mapping, x.v(), new.v())?;
    }
    Ok(none())
});

/// The module attribute.
pub fn attr() -> krait_runtime::value::Obj {
    builtin_fn("_count_elements", count_elements)
}
