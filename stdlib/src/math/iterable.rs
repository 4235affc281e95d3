//! The functions of `math` over iterables and argument lists: `fsum` (exact
//! summation), `prod` (any multipliable values), `hypot` and `dist` (the vector norm).

use super::special::{self, Fsum, FsumError};
use super::*;
use krait_abi::BinOp;
use krait_runtime::builtin;

builtin!(math_fsum, |a| {
    let seq = one_arg(a, "math.fsum")?;
    let it = ops::iter(seq)?;
    let mut sum = Fsum::default();
    let fail = |e: FsumError| match e {
        FsumError::Overflow => raise(&OVERFLOW_ERROR, "intermediate overflow in fsum"),
        FsumError::InfMinusInf => raise(&VALUE_ERROR, "-inf + inf in fsum"),
    };
    while let Some(item) = ops::next(it.v())? {
        let x = to_double(item.v())?;
        sum.add(x).map_err(fail)?;
    }
    Ok(float(sum.total().map_err(fail)?))
});

builtin!(math_prod, |a| {
    let args = unpack_keywords(a, "prod", &["iterable", "start"], 1, 1, 1)?;
    let it = ops::iter(args[0].unwrap_or(Value::NULL))?;
    let mut result = match args[1] {
        Some(s) => s.to_owned(),
        None => int_from_i64(1),
    };
    while let Some(item) = ops::next(it.v())? {
        result = ops::binary(BinOp::Mul, result.v(), item.v())?;
    }
    Ok(result)
});

builtin!(math_hypot, |a| {
    if !a.kwnames.is_empty() {
        return type_error("math.hypot() takes no keyword arguments");
    }
    let mut coords = Vec::with_capacity(a.pos.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for &v in a.pos {
        let x = libm::fabs(to_double(v)?);
        coords.push(x);
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
    }
    Ok(float(special::vector_norm(&coords, max, found_nan)))
});

/// The items of `v` as `tuple(v)` would give them (tuples are used as they are).
fn tuple_items(v: Value) -> R<Vec<Obj>> {
    if let Some(t) = as_tuple(v) {
        return Ok(t.items.iter().map(|&x| x.to_owned()).collect());
    }
    if !class::is_heap(v.ty()) {
        if let Some(l) = as_list(v) {
            return Ok(l.items.iter().map(|&x| x.to_owned()).collect());
        }
    }
    let it = ops::iter(v)?;
    let mut out = Vec::new();
    while let Some(x) = ops::next(it.v())? {
        out.push(x);
    }
    Ok(out)
}

builtin!(math_dist, |a| {
    positional(a, "dist", 2, 2)?;
    let p = tuple_items(a.pos[0])?;
    let q = tuple_items(a.pos[1])?;
    if p.len() != q.len() {
        return Err(raise(&VALUE_ERROR, "both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for (px, qx) in p.iter().zip(&q) {
        let px = to_double(px.v())?;
        let qx = to_double(qx.v())?;
        let x = libm::fabs(px - qx);
        diffs.push(x);
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
    }
    Ok(float(special::vector_norm(&diffs, max, found_nan)))
});

/// The functions over iterables, for the module's namespace.
pub fn functions() -> Vec<(&'static str, Obj)> {
    let table: &[(&'static str, BuiltinFn)] =
        &[("dist", math_dist), ("fsum", math_fsum), ("hypot", math_hypot), ("prod", math_prod)];
    table.iter().map(|&(name, f)| (name, builtin_fn(name, f))).collect()
}
