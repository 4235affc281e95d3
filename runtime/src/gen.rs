//! Generators. A generator function's call makes a [`GenObj`] whose frame holds the
//! function's locals (and, last, the resume point); compiled code provides a resume
//! function that runs from the last `yield` to the next one. This module drives it:
//! `next`, `send`, `throw`, `close`, `yield from`, and finalisation (an abandoned
//! generator is closed when its last reference goes, so its `finally` runs then).
//! Coroutines and async generators are `GenObj`s of other types driven by the same
//! functions; what is particular to them (awaiting, `asend`...) is in `coro.rs`.

use crate::call::Args;
use crate::exc::{raise, type_error};
use crate::objects::*;
use crate::ops;
use crate::types::*;
use crate::value::{Header, Obj, Raised, Value, R};

/// `resume(gen, sent) -> value`: the yielded value, or 0 when the generator finished
/// (with an exception set if it raised).
pub type ResumeFn = unsafe extern "C" fn(Value, Value) -> Value;

#[repr(C)]
pub struct GenObj {
    pub head: Header,
    /// The locals, then the state: 0 not started, k suspended at yield k, -1 finished.
    pub frame: Box<[Value]>,
    pub resume: ResumeFn,
    /// The generator function (for `__name__`).
    pub func: Value,
    /// The value of `return` (0 until then).
    pub retval: Value,
    pub running: bool,
    /// Async generators: an `asend`/`athrow` awaitable is being iterated
    /// (CPython's `ag_running_async`).
    pub running_async: bool,
    /// Async generators: finished or closed by `aclose()` (CPython's `ag_closed`).
    pub closed: bool,
    /// The exception the generator's code is handling while it is suspended (0 when
    /// none): CPython's `gi_exc_state`, swapped in on resumption.
    pub exc_state: Value,
    /// Async generators: the hooks of `sys.set_asyncgen_hooks` were applied (on the
    /// first iteration), and the finalizer hook of that moment (0 for none), which
    /// the generator is given to instead of being closed when it is freed unfinished.
    pub hooks_inited: bool,
    pub finalizer: Value,
}

pub const FINISHED: u64 = u64::MAX;

/// Set in the state of a generator suspended at a plain `yield` (not inside the
/// delegation loop of `yield from` or `await`). Compiled code sets it; async
/// generators use it to tell their own values from those an `await` passes out.
pub const AT_YIELD: u64 = 1 << 62;

/// A generator, coroutine or async generator (the layout they share).
pub fn as_gen<'a>(v: Value) -> Option<&'a mut GenObj> {
    if !v.is_small() && !v.is_null() && matches!(v.ty().kind, Kind::Generator | Kind::Coroutine) {
        Some(unsafe { v.as_mut::<GenObj>() })
    } else {
        None
    }
}

/// Is the generator suspended at a `yield` (so closing it runs code)?
pub fn is_suspended(v: Value) -> bool {
    as_gen(v).is_some_and(|g| !g.running && state(g) != 0 && state(g) != FINISHED)
}

pub fn state(g: &GenObj) -> u64 {
    g.frame[g.frame.len() - 1].0
}

fn set_state(g: &mut GenObj, s: u64) {
    let n = g.frame.len();
    g.frame[n - 1] = Value(s);
}

/// A new generator (`flavor` 0), coroutine (1) or async generator (2).
#[no_mangle]
pub unsafe extern "C" fn rt_gen_new(func: Value, nlocals: i64, resume: *const u8, flavor: i64) -> Value {
    func.incref();
    let ty: &'static TypeObj = match flavor {
        1 => &crate::coro::COROUTINE_TYPE,
        2 => &crate::coro::ASYNC_GENERATOR_TYPE,
        _ => &GENERATOR_TYPE,
    };
    let g = GenObj {
        head: Header::new(ty),
        frame: vec![Value::NULL; nlocals as usize + 1].into_boxed_slice(),
        resume: std::mem::transmute::<*const u8, ResumeFn>(resume),
        func,
        retval: Value::NULL,
        running: false,
        running_async: false,
        closed: false,
        exc_state: Value::NULL,
        hooks_inited: false,
        finalizer: Value::NULL,
    };
    let v = crate::gc::new_obj(g).into_raw();
    if flavor == 1 {
        crate::coro::track_unawaited(v);
    }
    v
}

/// What kind of generator object `v` is, for messages: "generator", "coroutine" or
/// "async generator".
pub fn flavor_name(v: Value) -> &'static str {
    if std::ptr::eq(v.ty(), &crate::coro::COROUTINE_TYPE) {
        "coroutine"
    } else if std::ptr::eq(v.ty(), &crate::coro::ASYNC_GENERATOR_TYPE) {
        "async generator"
    } else {
        "generator"
    }
}

#[no_mangle]
pub unsafe extern "C" fn rt_gen_frame(gen: Value) -> *const u8 {
    as_gen(gen).unwrap().frame.as_ptr() as *const u8
}

#[no_mangle]
pub unsafe extern "C" fn rt_gen_return(gen: Value, v: Value) {
    let g = as_gen(gen).unwrap();
    std::mem::replace(&mut g.retval, v).decref();
}

#[no_mangle]
pub unsafe extern "C" fn rt_decref(v: Value) {
    v.decref();
}

/// What one resumption gave.
pub enum Step {
    Yielded(Obj),
    Returned(Obj),
}

/// Resumes with `sent` (0: an exception is set, to be thrown in at the yield).
fn resume(gen: Value, sent: Value) -> R<Step> {
    let g = as_gen(gen).unwrap();
    if g.running {
        if sent.is_null() {
            crate::exc::clear_current();
        }
        return Err(raise(&VALUE_ERROR, "generator already executing"));
    }
    if state(g) == FINISHED {
        if crate::coro::is_coro(gen) {
            return Err(raise(&RUNTIME_ERROR, "cannot reuse already awaited coroutine"));
        }
        if sent.is_null() {
            return Err(Raised);
        }
        return Ok(Step::Returned(none()));
    }
    if state(g) == 0 && crate::coro::is_coro(gen) {
        crate::coro::untrack_unawaited(gen);
    }
    let keep = gen.to_owned();
    g.running = true;
    crate::exc::push_exc_state(std::mem::replace(&mut g.exc_state, Value::NULL));
    let r = unsafe { (g.resume)(gen, sent) };
    let g = as_gen(keep.v()).unwrap();
    g.running = false;
    g.exc_state = crate::exc::pop_exc_state();
    if !r.is_null() {
        return Ok(Step::Yielded(unsafe { r.owned() }));
    }
    std::mem::replace(&mut g.exc_state, Value::NULL).decref();
    set_state(g, FINISHED);
    if crate::exc::occurred() {
        // StopIteration must not escape a generator (PEP 479), nor StopAsyncIteration
        // an async generator.
        let agen = crate::coro::is_agen(keep.v());
        if crate::exc::current_is(&STOP_ITERATION) || (agen && crate::exc::current_is(&STOP_ASYNC_ITERATION)) {
            let e = crate::exc::take_current().unwrap();
            let what = if e.ty().is_subtype(&STOP_ITERATION) { "StopIteration" } else { "StopAsyncIteration" };
            let msg = format!("{} raised {}", flavor_name(keep.v()), what);
            let new = crate::exc::new_exc(&RUNTIME_ERROR, tuple_from(vec![str_from(msg).into_raw()]));
            if let Some(x) = crate::exc::as_exc(new.v()) {
                x.cause = e.clone().into_raw();
                x.context = e.into_raw();
                x.suppress_context = true;
            }
            return Err(crate::exc::set_current(new));
        }
        return Err(Raised);
    }
    let rv = std::mem::replace(&mut g.retval, Value::NULL);
    Ok(Step::Returned(if rv.is_null() { none() } else { unsafe { rv.owned() } }))
}

/// `next(gen)` for the iterator protocol: `None` when it finished.
pub fn next(gen: Value) -> R<Option<Obj>> {
    match resume(gen, none_v())? {
        Step::Yielded(v) => Ok(Some(v)),
        Step::Returned(_) => Ok(None),
    }
}

/// Raises StopIteration carrying a return value.
pub fn stop_with(v: Obj) -> Raised {
    let args = if is_none(v.v()) { tuple_from(vec![]) } else { tuple_from(vec![v.into_raw()]) };
    crate::exc::set_current(crate::exc::new_exc(&STOP_ITERATION, args))
}

/// `gen.send(v)`.
pub fn send(gen: Value, v: Value) -> R<Step> {
    let g = as_gen(gen).unwrap();
    if state(g) == 0 && !is_none(v) {
        return type_error(format!("can't send non-None value to a just-started {}", flavor_name(gen)));
    }
    resume(gen, v)
}

/// `gen.throw(exc)`: raises `exc` at the suspended `yield`.
pub fn throw(gen: Value, exc: Value) -> R<Step> {
    crate::exc::raise_value(exc)?;
    let g = as_gen(gen).unwrap();
    if state(g) == 0 && !g.running {
        // Not started: the exception ends it at once.
        crate::coro::untrack_unawaited(gen);
        set_state(g, FINISHED);
        return Err(Raised);
    }
    resume(gen, Value::NULL)
}

/// `gen.close()`.
pub fn close(gen: Value) -> R<()> {
    let g = as_gen(gen).unwrap();
    let s = state(g);
    if (s == 0 || s == FINISHED) && !g.running {
        crate::coro::untrack_unawaited(gen);
        set_state(g, FINISHED);
        return Ok(());
    }
    let e = crate::exc::new_exc(&GENERATOR_EXIT, tuple_from(vec![]));
    match throw(gen, e.v()) {
        Ok(Step::Yielded(_)) => Err(raise(&RUNTIME_ERROR, format!("{} ignored GeneratorExit", flavor_name(gen)))),
        Ok(Step::Returned(_)) => Ok(()),
        Err(err) => {
            if crate::exc::current_is(&GENERATOR_EXIT) || crate::exc::current_is(&STOP_ITERATION) {
                crate::exc::clear_current();
                Ok(())
            } else {
                Err(err)
            }
        }
    }
}

/// Frees a generator, closing it first if it is suspended.
/// Finalizes a suspended generator that is being freed: an async generator with a
/// finalizer hook is given to it (asyncio schedules its `aclose()`), any other is
/// closed.
pub fn finalize(v: Value) -> R<()> {
    let g = as_gen(v).unwrap();
    if crate::coro::is_agen(v) && !g.finalizer.is_null() && !g.closed {
        let f = g.finalizer.to_owned();
        return crate::call::call(f.v(), &crate::call::Args::positional(&[v])).map(drop);
    }
    close(v)
}

pub unsafe fn dealloc(v: Value) {
    let g = as_gen(v).unwrap();
    let s = state(g);
    if s == 0 && crate::coro::is_coro(v) {
        crate::coro::untrack_unawaited(v);
        crate::coro::warn_unawaited(v, false);
    }
    if s != 0 && s != FINISHED && !crate::gc::is_finalized(v) {
        crate::gc::set_finalized(v);
        *(*v.header()).rc.0.get() = 1;
        let saved = crate::exc::take_current();
        if finalize(v).is_err() {
            crate::exc::print_unraisable("Exception ignored in", v);
        }
        crate::exc::restore_saved(saved);
        let rc = (*v.header()).rc.0.get();
        *rc -= 1;
        if *rc != 0 {
            return;
        }
    }
    let b = v.as_mut::<GenObj>();
    let n = b.frame.len();
    for x in b.frame[..n - 1].iter_mut() {
        std::mem::replace(x, Value::NULL).decref();
    }
    b.func.decref();
    b.retval.decref();
    b.exc_state.decref();
    b.finalizer.decref();
    crate::gc::free::<GenObj>(v.0 as *mut u8);
}

/// Methods of generators.
pub fn call_method(o: Value, name: &str, args: &Args) -> R<Option<Obj>> {
    let step = |r: R<Step>| -> R<Obj> {
        match r? {
            Step::Yielded(v) => Ok(v),
            Step::Returned(v) => Err(stop_with(v)),
        }
    };
    Ok(Some(match name {
        "__next__" => {
            args.arity("__next__", 0, 0)?;
            step(resume(o, none_v()))?
        }
        "send" => {
            args.no_kwargs("send")?;
            args.arity("send", 1, 1)?;
            step(send(o, args.pos[0]))?
        }
        "throw" => step(throw(o, throw_arg(args)?.v()))?,
        "close" => {
            args.arity("close", 0, 0)?;
            close(o)?;
            none()
        }
        "__iter__" => o.to_owned(),
        _ => return Ok(None),
    }))
}

/// The exception `throw(type[, value[, tb]])` raises.
pub fn throw_arg(args: &Args) -> R<Obj> {
    args.no_kwargs("throw")?;
    args.arity("throw", 1, 3)?;
    let (typ, val) = (args.pos[0], args.pos.get(1).copied().filter(|&v| !is_none(v)));
    let Some(val) = val else {
        return Ok(typ.to_owned());
    };
    let Some(cls) = crate::builtins::as_type(typ) else {
        if typ.ty().is_subtype(&BASE_EXCEPTION) {
            return type_error("instance exception may not have a separate value");
        }
        return Ok(typ.to_owned());
    };
    // CPython's `PyErr_NormalizeException`: an instance of the class is raised as it
    // is; a tuple is the constructor's arguments, anything else its one argument.
    if val.ty().is_subtype(cls) {
        return Ok(val.to_owned());
    }
    if val.ty().kind == Kind::Tuple && std::ptr::eq(val.ty(), &TUPLE_TYPE) {
        let items = crate::ops::collect(val)?;
        let pos: Vec<Value> = items.iter().map(|x| x.v()).collect();
        return crate::call::call(typ, &Args::positional(&pos));
    }
    crate::call::call(typ, &Args::positional(&[val]))
}

/// Attributes of generators.
pub fn getattr(o: Value, name: &str) -> R<Option<Obj>> {
    let g = as_gen(o).unwrap();
    Ok(match name {
        "__name__" => Some(str_from(crate::func::func_name(g.func))),
        "__qualname__" => Some(str_from(crate::func::func_qualname(g.func))),
        "gi_running" => Some(bool_obj(g.running)),
        "gi_frame" => Some(if state(g) == FINISHED { none() } else { none() }),
        // The methods, bound (`f = gen.send`), called through `call_method`.
        "send" | "throw" | "close" | "__next__" | "__iter__" => Some(crate::gc::new_obj(MethodObj {
            head: Header::new(&METHOD_TYPE),
            self_: o.to_owned().into_raw(),
            name: str_from(name).into_raw(),
            raw: false,
        })),
        _ => None,
    })
}

/// `repr(gen)`.
pub fn repr(o: Value) -> String {
    let g = as_gen(o).unwrap();
    format!("<generator object {} at {:#x}>", crate::func::func_qualname(g.func), o.0)
}

/// An exception thrown into a generator suspended in `yield from it` (the exception
/// is current): passed to `it`. 1 with the value it yielded in `*out`, 0 when it
/// finished with its return value in `*out`, -1 when the exception (or another)
/// goes on. GeneratorExit closes `it` and goes on.
#[no_mangle]
pub unsafe extern "C" fn rt_yf_throw(it: Value, out: *mut Value) -> i32 {
    if crate::exc::current_is(&GENERATOR_EXIT) {
        let e = crate::exc::take_current().unwrap();
        let closed = if as_gen(it).is_some() {
            close(it)
        } else if crate::coro::is_awaitable_obj(it) {
            crate::coro::aw_close(it)
        } else {
            match ops::getattr(it, "close") {
                Ok(c) => crate::call::call(c.v(), &Args::positional(&[])).map(|_| ()),
                Err(_) => {
                    crate::exc::clear_current();
                    Ok(())
                }
            }
        };
        if closed.is_err() {
            return -1;
        }
        crate::exc::restore_saved(Some(e));
        return -1;
    }
    let r: R<Step> = if as_gen(it).is_some() {
        let e = crate::exc::take_current().unwrap();
        throw(it, e.v())
    } else if crate::coro::is_awaitable_obj(it) {
        let e = crate::exc::take_current().unwrap();
        crate::coro::aw_throw(it, e.v())
    } else {
        let e = crate::exc::take_current().unwrap();
        match ops::getattr(it, "throw") {
            Ok(t) => match crate::call::call(t.v(), &Args::positional(&[e.v()])) {
                Ok(v) => Ok(Step::Yielded(v)),
                Err(err) => {
                    if crate::exc::current_is(&STOP_ITERATION) {
                        let x = crate::exc::take_current().unwrap();
                        let args = crate::exc::as_exc(x.v()).map(|e| e.args).unwrap_or(Value::NULL);
                        let v = as_tuple(args).and_then(|t| t.items.first().copied()).map(|v| v.to_owned()).unwrap_or_else(none);
                        Ok(Step::Returned(v))
                    } else {
                        Err(err)
                    }
                }
            },
            Err(_) => {
                crate::exc::clear_current();
                crate::exc::restore_saved(Some(e));
                Err(Raised)
            }
        }
    };
    match r {
        Ok(Step::Yielded(v)) => {
            *out = v.into_raw();
            1
        }
        Ok(Step::Returned(v)) => {
            *out = v.into_raw();
            0
        }
        Err(_) => -1,
    }
}

/// One step of `yield from it`: 1 with the value to yield in `*out`, 0 when `it`
/// finished with its return value in `*out`, -1 after raising.
#[no_mangle]
pub unsafe extern "C" fn rt_yf_send(it: Value, sent: Value, out: *mut Value) -> i32 {
    let r: R<Step> = (|| {
        if as_gen(it).is_some() {
            return send(it, sent);
        }
        if crate::coro::is_awaitable_obj(it) {
            return crate::coro::aw_send(it, sent);
        }
        if is_none(sent) {
            return Ok(match ops::next(it)? {
                Some(v) => Step::Yielded(v),
                None => Step::Returned(none()),
            });
        }
        match ops::call_method(it, "send", &Args::positional(&[sent])) {
            Ok(v) => Ok(Step::Yielded(v)),
            Err(e) => {
                if crate::exc::current_is(&STOP_ITERATION) {
                    let x = crate::exc::take_current().unwrap();
                    let args = crate::exc::as_exc(x.v()).map(|e| e.args).unwrap_or(Value::NULL);
                    let v = as_tuple(args).and_then(|t| t.items.first().copied()).map(|v| v.to_owned()).unwrap_or_else(none);
                    return Ok(Step::Returned(v));
                }
                Err(e)
            }
        }
    })();
    match r {
        Ok(Step::Yielded(v)) => {
            *out = v.into_raw();
            1
        }
        Ok(Step::Returned(v)) => {
            *out = v.into_raw();
            0
        }
        Err(_) => -1,
    }
}
