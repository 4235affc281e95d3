//! The `gc` module: CPython's interface to the cycle collector.

use crate::builtin;
use crate::call::Args;
use crate::exc::{type_error, value_error};
use crate::objects::*;
use crate::value::{Obj, Value, R};

const DEBUG_FLAGS: [(&str, i64); 5] = [
    ("DEBUG_STATS", 1),
    ("DEBUG_COLLECTABLE", 2),
    ("DEBUG_UNCOLLECTABLE", 4),
    ("DEBUG_SAVEALL", 32),
    ("DEBUG_LEAK", 38),
];

fn small_int(v: Value) -> R<i64> {
    match crate::seq::int_of(v) {
        Some(crate::seq::IntRef::Small(n)) => Ok(n),
        Some(crate::seq::IntRef::Big(_)) => Err(crate::exc::raise(&crate::types::OVERFLOW_ERROR, "Python int too large to convert to C long")),
        None => type_error(format!("'{}' object cannot be interpreted as an integer", crate::ops::type_name(v))),
    }
}

/// The collections, with the `gc.callbacks` calls around them.
fn run_collect(generation: usize) -> R<i64> {
    run_callbacks("start", generation, 0)?;
    let n = super::collect(generation);
    run_callbacks("stop", generation, n)?;
    Ok(n)
}

fn run_callbacks(phase: &str, generation: usize, collected: i64) -> R<()> {
    let Some(cbs) = callbacks_list() else { return Ok(()) };
    let items: Vec<Obj> = unsafe { cbs.as_ref::<ListObj>() }.items.iter().map(|&c| c.to_owned()).collect();
    if items.is_empty() {
        return Ok(());
    }
    let info = dict_new();
    crate::dicts::dict_set(info.v(), str_from("generation").v(), int_from_i64(generation as i64).v())?;
    crate::dicts::dict_set(info.v(), str_from("collected").v(), int_from_i64(collected).v())?;
    crate::dicts::dict_set(info.v(), str_from("uncollectable").v(), int_from_i64(0).v())?;
    let p = str_from(phase);
    for cb in items {
        crate::call::call(cb.v(), &Args::positional(&[p.v(), info.v()]))?;
    }
    Ok(())
}

/// `gc.callbacks`, once the module exists.
fn callbacks_list() -> Option<Value> {
    let m = crate::sysmod::loaded("gc")?;
    let d = unsafe { m.as_ref::<ModuleObj>() }.attrs;
    let cbs = crate::dicts::dict_get(d, str_from("callbacks").v()).ok()??;
    (cbs.ty().kind == crate::types::Kind::List).then(|| cbs.v())
}

builtin!(gc_collect, |a| {
    a.only_kwargs("collect", &["generation"])?;
    a.arity("collect", 0, 1)?;
    let g = match a.pos.first().copied().or_else(|| a.kw("generation")) {
        Some(v) => small_int(v)?,
        None => 2,
    };
    if !(0..super::NUM_GENS as i64).contains(&g) {
        return value_error("invalid generation");
    }
    Ok(int_from_i64(run_collect(g as usize)?))
});

builtin!(gc_enable, |a| {
    a.arity("enable", 0, 0)?;
    super::set_enabled(true);
    Ok(none())
});

builtin!(gc_disable, |a| {
    a.arity("disable", 0, 0)?;
    super::set_enabled(false);
    Ok(none())
});

builtin!(gc_isenabled, |a| {
    a.arity("isenabled", 0, 0)?;
    Ok(bool_obj(super::enabled()))
});

fn int_tuple(xs: &[i64]) -> Obj {
    tuple_from(xs.iter().map(|&x| int_from_i64(x).into_raw()).collect())
}

builtin!(gc_get_count, |a| {
    a.arity("get_count", 0, 0)?;
    Ok(int_tuple(&super::counts()))
});

builtin!(gc_get_threshold, |a| {
    a.arity("get_threshold", 0, 0)?;
    Ok(int_tuple(&super::thresholds()))
});

builtin!(gc_set_threshold, |a| {
    a.no_kwargs("set_threshold")?;
    if a.pos.is_empty() {
        return type_error("set_threshold() takes at least 1 argument (0 given)");
    }
    if a.pos.len() > 3 {
        return type_error(format!("set_threshold() takes at most 3 arguments ({} given)", a.pos.len()));
    }
    let mut t = Vec::new();
    for &v in a.pos {
        t.push(small_int(v)?);
    }
    super::set_thresholds(&t);
    Ok(none())
});

builtin!(gc_is_tracked, |a| {
    a.arity("is_tracked", 1, 1)?;
    // Classes are never freed in krait (they are roots, never garbage); CPython tracks
    // classes defined in Python, and so does this answer.
    let o = a.pos[0];
    let heap_class = !o.is_small() && o.ty().kind == crate::types::Kind::Type && crate::class::is_heap(unsafe { o.as_ref::<crate::types::TypeObj>() });
    Ok(bool_obj(heap_class || super::is_tracked(o)))
});

builtin!(gc_is_finalized, |a| {
    a.arity("is_finalized", 1, 1)?;
    Ok(bool_obj(super::is_finalized(a.pos[0])))
});

builtin!(gc_get_objects, |a| {
    a.only_kwargs("get_objects", &["generation"])?;
    a.arity("get_objects", 0, 1)?;
    let g = match a.pos.first().copied().or_else(|| a.kw("generation")) {
        Some(v) if !is_none(v) => {
            let g = small_int(v)?;
            if g >= super::NUM_GENS as i64 {
                return value_error(format!("generation parameter must be less than the number of available generations ({})", super::NUM_GENS));
            }
            if g < 0 {
                return value_error("generation parameter cannot be negative");
            }
            Some(g as usize)
        }
        _ => None,
    };
    let items = super::objects(g).into_iter().map(|v| v.to_owned().into_raw()).collect();
    Ok(list_from(items))
});

builtin!(gc_get_referents, |a| {
    a.no_kwargs("get_referents")?;
    let mut out = Vec::new();
    for &o in a.pos {
        if super::is_tracked(o) {
            super::traverse(o, &mut |c| out.push(c.to_owned().into_raw()));
        }
    }
    Ok(list_from(out))
});

builtin!(gc_get_referrers, |a| {
    a.no_kwargs("get_referrers")?;
    let mut out = Vec::new();
    for o in super::objects(None) {
        let mut hit = false;
        super::traverse(o, &mut |c| hit |= a.pos.contains(&c));
        if hit {
            out.push(o.to_owned().into_raw());
        }
    }
    Ok(list_from(out))
});

builtin!(gc_get_stats, |a| {
    a.arity("get_stats", 0, 0)?;
    let mut out = Vec::new();
    for s in super::stats() {
        let d = dict_new();
        crate::dicts::dict_set(d.v(), str_from("collections").v(), int_from_i64(s.collections).v())?;
        crate::dicts::dict_set(d.v(), str_from("collected").v(), int_from_i64(s.collected).v())?;
        crate::dicts::dict_set(d.v(), str_from("uncollectable").v(), int_from_i64(s.uncollectable).v())?;
        out.push(d.into_raw());
    }
    Ok(list_from(out))
});

builtin!(gc_get_debug, |a| {
    a.arity("get_debug", 0, 0)?;
    Ok(int_from_i64(super::debug_flags()))
});

builtin!(gc_set_debug, |a| {
    a.arity("set_debug", 1, 1)?;
    super::set_debug_flags(small_int(a.pos[0])?);
    Ok(none())
});

builtin!(gc_freeze, |a| {
    a.arity("freeze", 0, 0)?;
    super::freeze();
    Ok(none())
});

builtin!(gc_unfreeze, |a| {
    a.arity("unfreeze", 0, 0)?;
    super::unfreeze();
    Ok(none())
});

builtin!(gc_get_freeze_count, |a| {
    a.arity("get_freeze_count", 0, 0)?;
    Ok(int_from_i64(super::freeze_count()))
});

/// Creates the `gc` module.
pub fn make() -> R<Obj> {
    let mut attrs: Vec<(&str, Obj)> = vec![
        ("collect", builtin_fn("collect", gc_collect)),
        ("enable", builtin_fn("enable", gc_enable)),
        ("disable", builtin_fn("disable", gc_disable)),
        ("isenabled", builtin_fn("isenabled", gc_isenabled)),
        ("get_count", builtin_fn("get_count", gc_get_count)),
        ("get_threshold", builtin_fn("get_threshold", gc_get_threshold)),
        ("set_threshold", builtin_fn("set_threshold", gc_set_threshold)),
        ("is_tracked", builtin_fn("is_tracked", gc_is_tracked)),
        ("is_finalized", builtin_fn("is_finalized", gc_is_finalized)),
        ("get_objects", builtin_fn("get_objects", gc_get_objects)),
        ("get_referents", builtin_fn("get_referents", gc_get_referents)),
        ("get_referrers", builtin_fn("get_referrers", gc_get_referrers)),
        ("get_stats", builtin_fn("get_stats", gc_get_stats)),
        ("get_debug", builtin_fn("get_debug", gc_get_debug)),
        ("set_debug", builtin_fn("set_debug", gc_set_debug)),
        ("freeze", builtin_fn("freeze", gc_freeze)),
        ("unfreeze", builtin_fn("unfreeze", gc_unfreeze)),
        ("get_freeze_count", builtin_fn("get_freeze_count", gc_get_freeze_count)),
        ("garbage", list_from(Vec::new())),
        ("callbacks", list_from(Vec::new())),
    ];
    for (name, v) in DEBUG_FLAGS.iter() {
        attrs.push((name, int_from_i64(*v)));
    }
    crate::sysmod::new_module("gc", attrs)
}
