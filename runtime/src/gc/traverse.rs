//! What the cycle collector needs to know about each object layout: the references
//! an object holds ([`traverse`], CPython's `tp_traverse`), how to drop them to break
//! a cycle ([`clear`], `tp_clear`), and its finalizer (`tp_finalize`).
//!
//! `traverse` must report exactly the references the object owns — reporting one it
//! does not own would make the collector free a live object. When a new layout that
//! holds references gets a collector head (`super::is_gc_type`), it gets a case here.
//!
//! The attribute dict of an instance (or the side dict of an instance of a subclass
//! of a builtin type) is never tracked itself: while only its instance refers to it,
//! its items are reported as the instance's own, as CPython 3.11 stores attributes
//! inline in the object. A dict that has escaped (`d = obj.__dict__`) is reported as
//! nothing, which can only keep objects alive, never free them early.

use crate::gen::GenObj;
use crate::objects::*;
use crate::types::Kind;
use crate::value::Value;

/// Calls `visit` with each reference `v` owns.
pub fn traverse(v: Value, visit: &mut dyn FnMut(Value)) {
    let ty = v.ty();
    unsafe {
        match ty.kind {
            Kind::List => v.as_ref::<ListObj>().items.iter().for_each(|&x| visit(x)),
            Kind::Tuple => v.as_ref::<TupleObj>().items.iter().filter(|x| !x.is_null()).for_each(|&x| visit(x)),
            Kind::Dict => dict_items(v, visit),
            Kind::Set | Kind::FrozenSet => v.as_ref::<SetObj>().table.iter().for_each(|&x| visit(x)),
            Kind::Function => {
                let f = v.as_ref::<FuncObj>();
                for x in [f.defaults, f.kwdefaults, f.closure, f.dict] {
                    visit_some(x, visit);
                }
            }
            Kind::Cell => visit_some(v.as_ref::<CellObj>().v, visit),
            Kind::Instance => {
                let d = v.as_ref::<crate::class::InstanceObj>().dict;
                inline_dict(d, visit);
            }
            Kind::BoundMethod => {
                let b = v.as_ref::<crate::class::BoundObj>();
                visit_some(b.func, visit);
                visit_some(b.self_, visit);
            }
            Kind::Descriptor => {
                let d = v.as_ref::<crate::class::DescrObj>();
                for x in [d.a, d.b, d.c, d.d, d.e] {
                    visit_some(x, visit);
                }
            }
            Kind::Generator | Kind::Coroutine => {
                let g = v.as_ref::<GenObj>();
                let n = g.frame.len();
                g.frame[..n - 1].iter().for_each(|&x| visit_some(x, visit));
                visit_some(g.func, visit);
                visit_some(g.retval, visit);
                visit_some(g.exc_state, visit);
                visit_some(g.finalizer, visit);
            }
            Kind::Iter => iter_refs(&v.as_ref::<IterObj>().state, visit),
            Kind::Native => crate::native_obj::state_dyn(v).traverse(visit),
            Kind::WeakRef => visit_some(v.as_ref::<crate::weakref::WeakRefObj>().callback, visit),
            Kind::DictView => visit_some(v.as_ref::<DictViewObj>().dict, visit),
            Kind::Method => {
                let m = v.as_ref::<MethodObj>();
                visit_some(m.self_, visit);
                visit_some(m.name, visit);
            }
            Kind::Exception => {
                let e = v.as_ref::<crate::exc::ExcObj>();
                for x in [e.args, e.cause, e.context, e.eg_msg, e.eg_excs] {
                    visit_some(x, visit);
                }
                inline_dict(e.dict, visit);
            }
            _ => {}
        }
    }
    // Instances and exceptions keep their dict in the object; other builtin layouts'
    // subclasses in a side table.
    if crate::class::is_heap(ty) && !matches!(ty.kind, Kind::Instance | Kind::Exception) {
        if let Some(d) = crate::class::instance_dict(v, false) {
            inline_dict(d, visit);
        }
    }
}

#[inline]
fn visit_some(x: Value, visit: &mut dyn FnMut(Value)) {
    if !x.is_null() {
        visit(x);
    }
}

fn dict_items(d: Value, visit: &mut dyn FnMut(Value)) {
    for (&k, &x) in unsafe { d.as_ref::<DictObj>() }.table.iter() {
        visit(k);
        visit(x);
    }
}

/// An attribute dict: its items while only its object refers to it.
fn inline_dict(d: Value, visit: &mut dyn FnMut(Value)) {
    if d.is_null() {
        return;
    }
    if !super::is_tracked(d) && d.refcount() == 1 {
        dict_items(d, visit);
    } else {
        visit(d);
    }
}

fn iter_refs(s: &IterState, visit: &mut dyn FnMut(Value)) {
    match s {
        IterState::Seq { seq, .. } | IterState::Rev { seq, .. } | IterState::SeqProto { seq, .. } => visit_some(*seq, visit),
        IterState::Dict { dict, .. } | IterState::DictRev { dict, .. } => visit_some(*dict, visit),
        IterState::Set { set, .. } => visit_some(*set, visit),
        IterState::Enumerate { it, count } => {
            visit_some(*it, visit);
            visit_some(*count, visit);
        }
        IterState::Zip { its, .. } => its.iter().for_each(|&x| visit_some(x, visit)),
        IterState::Callable { func, sentinel } => {
            visit_some(*func, visit);
            visit_some(*sentinel, visit);
        }
        IterState::Map { func, its } => {
            visit_some(*func, visit);
            its.iter().for_each(|&x| visit_some(x, visit));
        }
        IterState::Filter { func, it } => {
            visit_some(*func, visit);
            visit_some(*it, visit);
        }
        IterState::Native(n) => n.traverse(visit),
        IterState::Range { .. } | IterState::BigRange { .. } | IterState::Done => {}
    }
}

/// Drops the references of `v` that can close a cycle (CPython's `tp_clear`). The
/// object stays valid: containers become empty, optional fields become unset.
pub fn clear(v: Value) {
    let ty = v.ty();
    unsafe {
        match ty.kind {
            Kind::List => {
                let items = std::mem::take(&mut v.as_mut::<ListObj>().items);
                items.into_iter().for_each(|x| x.decref());
            }
            Kind::Dict => {
                let w = v.as_ref::<DictObj>().watch;
                if !w.is_null() {
                    crate::module::on_clear(w);
                }
                for (k, x) in v.as_mut::<DictObj>().table.clear() {
                    k.decref();
                    x.decref();
                }
            }
            Kind::Set | Kind::FrozenSet => {
                for k in v.as_mut::<SetObj>().table.clear() {
                    k.decref();
                }
            }
            Kind::Function => {
                // The closure stays: calling a function reads its cells. Cycles through
                // closures are broken at the cells.
                let f = v.as_mut::<FuncObj>();
                for x in [&mut f.defaults, &mut f.kwdefaults, &mut f.dict] {
                    std::mem::replace(x, Value::NULL).decref();
                }
            }
            Kind::Cell => std::mem::replace(&mut v.as_mut::<CellObj>().v, Value::NULL).decref(),
            Kind::Instance => {
                std::mem::replace(&mut v.as_mut::<crate::class::InstanceObj>().dict, Value::NULL).decref();
            }
            Kind::Generator | Kind::Coroutine => {
                let g = v.as_mut::<GenObj>();
                if !g.running {
                    let n = g.frame.len();
                    let slots: Vec<Value> = g.frame[..n - 1].iter_mut().map(|x| std::mem::replace(x, Value::NULL)).collect();
                    g.frame[n - 1] = Value(u64::MAX);
                    slots.into_iter().for_each(|x| x.decref());
                    std::mem::replace(&mut g.retval, Value::NULL).decref();
                    std::mem::replace(&mut g.exc_state, Value::NULL).decref();
                    std::mem::replace(&mut g.finalizer, Value::NULL).decref();
                }
            }
            Kind::WeakRef => {
                std::mem::replace(&mut v.as_mut::<crate::weakref::WeakRefObj>().callback, Value::NULL).decref();
            }
            Kind::Native => crate::native_obj::state_dyn(v).clear(),
            Kind::Iter => {
                let old = std::mem::replace(&mut v.as_mut::<IterObj>().state, IterState::Done);
                release_iter_state(old);
            }
            Kind::Exception => {
                let e = v.as_mut::<crate::exc::ExcObj>();
                std::mem::replace(&mut e.cause, Value::NULL).decref();
                std::mem::replace(&mut e.context, Value::NULL).decref();
                std::mem::replace(&mut e.dict, Value::NULL).decref();
                let empty = tuple_from(Vec::new()).into_raw();
                std::mem::replace(&mut e.args, empty).decref();
            }
            _ => {}
        }
    }
    if crate::class::is_heap(ty) && ty.kind != Kind::Instance {
        crate::class::drop_extra(v);
    }
}

/// Does `v` have a finalizer the collector must run before breaking its cycles?
pub fn has_finalizer(v: Value) -> bool {
    let ty = v.ty();
    if crate::class::is_heap(ty) {
        return crate::class::lookup_type(ty, "__del__").is_some();
    }
    matches!(ty.kind, Kind::Generator | Kind::Coroutine) && crate::gen::is_suspended(v)
}

/// Runs the finalizer of garbage `v` (the collector holds a reference to it).
pub fn finalize(v: Value) {
    let saved = crate::exc::take_current();
    if crate::class::is_heap(v.ty()) {
        if let Some(f) = crate::class::lookup_type(v.ty(), "__del__") {
            if crate::class::call_attr(f, v, &[]).is_err() {
                crate::exc::print_unraisable("Exception ignored in", f);
            }
        }
    } else if matches!(v.ty().kind, Kind::Generator | Kind::Coroutine) && crate::gen::finalize(v).is_err() {
        crate::exc::print_unraisable("Exception ignored in", v);
    }
    crate::exc::restore_saved(saved);
}
