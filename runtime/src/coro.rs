//! Coroutines and asynchronous generators.
//!
//! An `async def` compiles like a generator function: its call makes a
//! [`GenObj`](crate::gen::GenObj) of type `coroutine` (or `async_generator` when its
//! body has `yield`), driven by the functions of `gen.rs`. `await x` is lowered as
//! `yield from` over the iterator [`get_awaitable`] gives, so the values a coroutine
//! yields are those its innermost awaitable (an `__await__` iterator) yields.
//!
//! This module holds what is particular to them: the awaitable protocol (`await`,
//! `async for`, `async with` helpers the compiled code calls as hidden builtins), the
//! methods of coroutines and async generators, the awaitables their methods return
//! (`coroutine_wrapper`, `async_generator_asend`, `async_generator_athrow`, of kind
//! [`Kind::Awaitable`]), and the "coroutine ... was never awaited" warning.
//!
//! An async generator tells the values of its own `yield` (which end the current
//! `asend` awaitable with StopIteration) from those an inner `await` passes out (which
//! go on to whoever drives the awaitable) by the state compiled code stores at a plain
//! `yield` ([`AT_YIELD`](crate::gen::AT_YIELD)), where CPython wraps the value.

use crate::call::Args;
use crate::class::{call_attr, lookup_type};
use crate::exc::{raise, type_error};
use crate::gen::{self, as_gen, Step, AT_YIELD, FINISHED};
use crate::objects::*;
use crate::ops;
use crate::types::*;
use crate::value::{Header, Obj, Raised, Value, R};

macro_rules! coro_type {
    ($id:ident, $name:expr, $kind:ident) => {
        pub static $id: TypeObj = TypeObj { head: Header::immortal(&TYPE_TYPE), name: $name, base: Some(&OBJECT_TYPE), kind: Kind::$kind, call: None, heap: std::ptr::null_mut() };
    };
}

coro_type!(COROUTINE_TYPE, "coroutine", Coroutine);
coro_type!(ASYNC_GENERATOR_TYPE, "async_generator", Coroutine);
coro_type!(CORO_WRAPPER_TYPE, "coroutine_wrapper", Awaitable);
coro_type!(ASEND_TYPE, "async_generator_asend", Awaitable);
coro_type!(ATHROW_TYPE, "async_generator_athrow", Awaitable);

/// Is `v` a coroutine?
pub fn is_coro(v: Value) -> bool {
    !v.is_small() && !v.is_null() && std::ptr::eq(v.ty(), &COROUTINE_TYPE)
}

/// Is `v` an async generator?
pub fn is_agen(v: Value) -> bool {
    !v.is_small() && !v.is_null() && std::ptr::eq(v.ty(), &ASYNC_GENERATOR_TYPE)
}

/// Is `v` one of the awaitables of this module (a coroutine's `__await__()`, an
/// async generator's `asend()`/`athrow()`/`aclose()`)?
pub fn is_awaitable_obj(v: Value) -> bool {
    !v.is_small() && !v.is_null() && v.ty().kind == Kind::Awaitable
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum AwState {
    Init,
    Iter,
    Closed,
}

/// `coroutine_wrapper` (the iterator `coro.__await__()` returns), and the awaitables
/// of async generators: `asend(v)`/`__anext__()` and `athrow(...)`/`aclose()`.
#[repr(C)]
pub struct AwaitObj {
    pub head: Header,
    /// The coroutine or async generator.
    pub gen: Value,
    state: AwState,
    /// `asend`: the value to send first (0: None). `athrow`: the arguments tuple,
    /// 0 for `aclose()`.
    arg: Value,
}

fn as_aw<'a>(v: Value) -> &'a mut AwaitObj {
    unsafe { v.as_mut::<AwaitObj>() }
}

fn new_aw(ty: &'static TypeObj, gen: Value, arg: Value) -> Obj {
    gen.incref();
    if !arg.is_null() {
        arg.incref();
    }
    Obj::from_box(Box::new(AwaitObj { head: Header::new(ty), gen, state: AwState::Init, arg }))
}

/// Frees an awaitable of this module.
pub unsafe fn dealloc(v: Value) {
    let b = Box::from_raw(v.0 as *mut AwaitObj);
    b.gen.decref();
    b.arg.decref();
}

// The "never awaited" warning.

struct Unawaited(std::cell::UnsafeCell<Vec<Value>>, std::cell::UnsafeCell<Vec<String>>);
// The runtime runs Python code on one thread.
unsafe impl Sync for Unawaited {}
static UNAWAITED: Unawaited = Unawaited(std::cell::UnsafeCell::new(Vec::new()), std::cell::UnsafeCell::new(Vec::new()));

fn unawaited() -> &'static mut Vec<Value> {
    unsafe { &mut *UNAWAITED.0.get() }
}

/// Remembers a new coroutine until it starts, is closed or freed, so that one still
/// unstarted at exit is reported as CPython reports it at shutdown.
pub fn track_unawaited(v: Value) {
    unawaited().push(v);
}

pub fn untrack_unawaited(v: Value) {
    let u = unawaited();
    if let Some(i) = u.iter().rposition(|x| *x == v) {
        u.remove(i);
    }
}

/// Prints CPython's RuntimeWarning for a coroutine that never started, once per
/// message as the default warning filter does. krait does not know the line that
/// dropped the coroutine, so the warning is located at `sys:1`, as CPython locates
/// those it gives at shutdown; while the program runs CPython adds the tracemalloc hint.
pub fn warn_unawaited(v: Value, at_exit: bool) {
    let g = as_gen(v).unwrap();
    let msg = format!("coroutine '{}' was never awaited", crate::func::func_qualname(g.func));
    let seen = unsafe { &mut *UNAWAITED.1.get() };
    if seen.contains(&msg) {
        return;
    }
    let mut out = format!("sys:1: RuntimeWarning: {}\n", msg);
    if !at_exit {
        out.push_str("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
    }
    seen.push(msg);
    crate::io::flush_stdout();
    crate::io::write_stderr(&out);
}

/// At exit: warns about the coroutines still alive that never started.
pub fn at_exit() {
    let live: Vec<Value> = std::mem::take(unawaited());
    for v in live {
        warn_unawaited(v, true);
    }
}

// The awaitable protocol.

/// Is `v` an iterator (`__next__`)?
fn is_iterator(v: Value) -> bool {
    crate::class::is_iterator(v) || is_awaitable_obj(v)
}

/// The iterator `await v` delegates to (CPython's GET_AWAITABLE). `context` picks the
/// message for an object without `__await__`: 0 `await`, 1 the result of
/// `__aenter__`, 2 the result of `__aexit__`.
pub fn get_awaitable(v: Value, context: i64) -> R<Obj> {
    if is_coro(v) {
        let s = gen::state(as_gen(v).unwrap());
        if s != 0 && s != FINISHED {
            return Err(raise(&RUNTIME_ERROR, "coroutine is being awaited already"));
        }
        return Ok(v.to_owned());
    }
    if !v.is_small() && (std::ptr::eq(v.ty(), &ASEND_TYPE) || std::ptr::eq(v.ty(), &ATHROW_TYPE)) {
        return Ok(v.to_owned());
    }
    // A generator of a function `types.coroutine` marked (CO_ITERABLE_COROUTINE).
    if !v.is_small() && v.ty().kind == Kind::Generator && crate::code::is_iterable_coroutine(as_gen(v).unwrap().func) {
        return Ok(v.to_owned());
    }
    let f = if v.is_small() { None } else { lookup_type(v.ty(), "__await__") };
    let Some(f) = f else {
        let t = ops::type_name(v);
        return type_error(match context {
            1 => format!("'async with' received an object from __aenter__ that does not implement __await__: {}", t),
            2 => format!("'async with' received an object from __aexit__ that does not implement __await__: {}", t),
            _ => format!("object {} can't be used in 'await' expression", t),
        });
    };
    let it = call_attr(f, v, &[])?;
    if is_coro(it.v()) {
        return type_error("__await__() returned a coroutine");
    }
    if !is_iterator(it.v()) {
        return type_error(format!("__await__() returned non-iterator of type '{}'", ops::type_name(it.v())));
    }
    Ok(it)
}

/// The asynchronous iterator of `async for` (CPython's GET_AITER).
pub fn get_aiter(v: Value) -> R<Obj> {
    if is_agen(v) {
        return Ok(v.to_owned());
    }
    let f = if v.is_small() { None } else { lookup_type(v.ty(), "__aiter__") };
    let Some(f) = f else {
        return type_error(format!("'async for' requires an object with __aiter__ method, got {}", ops::type_name(v)));
    };
    let it = call_attr(f, v, &[])?;
    if !is_agen(it.v()) && (it.v().is_small() || lookup_type(it.ty(), "__anext__").is_none()) {
        return type_error(format!("'async for' received an object from __aiter__ that does not implement __anext__: {}", ops::type_name(it.v())));
    }
    Ok(it)
}

// The hooks of `sys.set_asyncgen_hooks`.

struct AgenHooks(std::cell::UnsafeCell<[Value; 2]>);
unsafe impl Sync for AgenHooks {}

/// `firstiter` and `finalizer` (owned; 0 for None).
static AGEN_HOOKS: AgenHooks = AgenHooks(std::cell::UnsafeCell::new([Value::NULL, Value::NULL]));

fn agen_hooks() -> &'static mut [Value; 2] {
    unsafe { &mut *AGEN_HOOKS.0.get() }
}

/// Applies the hooks to an async generator on its first `__anext__`, `asend`,
/// `athrow` or `aclose` (CPython's `async_gen_init_hooks`): it keeps the finalizer
/// of this moment, and `firstiter` is called with it.
fn init_hooks(o: Value) -> R<()> {
    let g = as_gen(o).unwrap();
    if g.hooks_inited {
        return Ok(());
    }
    g.hooks_inited = true;
    let [first, fin] = *agen_hooks();
    if !fin.is_null() {
        g.finalizer = fin.to_owned().into_raw();
    }
    if !first.is_null() {
        let f = first.to_owned();
        crate::call::call(f.v(), &Args::positional(&[o]))?;
    }
    Ok(())
}

/// `sys.get_asyncgen_hooks()`: `(firstiter, finalizer)`.
pub fn get_asyncgen_hooks() -> [Obj; 2] {
    agen_hooks().map(|v| if v.is_null() { none() } else { v.to_owned() })
}

/// `sys.set_asyncgen_hooks(firstiter=..., finalizer=...)`: each given hook must be
/// callable or None.
pub fn set_asyncgen_hooks(firstiter: Option<Value>, finalizer: Option<Value>) -> R<()> {
    for (v, what) in [(finalizer, "finalizer"), (firstiter, "firstiter")] {
        if let Some(v) = v {
            if !is_none(v) && !crate::call::is_callable(v) {
                return type_error(format!("callable {} expected, got {}", what, ops::type_name(v)));
            }
        }
    }
    for (i, v) in [(1, finalizer), (0, firstiter)] {
        if let Some(v) = v {
            let new = if is_none(v) { Value::NULL } else { v.to_owned().into_raw() };
            std::mem::replace(&mut agen_hooks()[i], new).decref();
        }
    }
    Ok(())
}

/// The awaitable iterator of one step of `async for` (CPython's GET_ANEXT).
pub fn get_anext(it: Value) -> R<Obj> {
    if is_agen(it) {
        init_hooks(it)?;
        return Ok(new_aw(&ASEND_TYPE, it, Value::NULL));
    }
    let f = if it.is_small() { None } else { lookup_type(it.ty(), "__anext__") };
    let Some(f) = f else {
        return type_error(format!("'async for' requires an iterator with __anext__ method, got {}", ops::type_name(it)));
    };
    let r = call_attr(f, it, &[])?;
    match get_awaitable(r.v(), 0) {
        Ok(a) => Ok(a),
        Err(_) => {
            // The TypeError gets the original error as its cause.
            let cause = crate::exc::take_current().unwrap();
            let msg = format!("'async for' received an invalid object from __anext__: {}", ops::type_name(r.v()));
            let e = crate::exc::new_exc(&TYPE_ERROR, tuple_from(vec![str_from(msg).into_raw()]));
            if let Some(x) = crate::exc::as_exc(e.v()) {
                x.cause = cause.clone().into_raw();
                x.context = cause.into_raw();
                x.suppress_context = true;
            }
            Err(crate::exc::set_current(e))
        }
    }
}

/// The start of `async with` (CPython's BEFORE_ASYNC_WITH and the GET_AWAITABLE after
/// it): looks up `__aenter__` and `__aexit__`, calls `__aenter__`, and returns
/// `(iterator to await for the entered value, bound __aexit__)`.
pub fn async_with_enter(m: Value) -> R<Obj> {
    let t = m.ty();
    let enter = if m.is_small() { None } else { lookup_type(t, "__aenter__") };
    let Some(enter) = enter else {
        return type_error(format!("'{}' object does not support the asynchronous context manager protocol", ops::type_name(m)));
    };
    let Some(exit) = lookup_type(t, "__aexit__") else {
        return type_error(format!("'{}' object does not support the asynchronous context manager protocol (missed __aexit__ method)", ops::type_name(m)));
    };
    let exit_b = crate::class::descr_get(exit, m, t.as_value())?;
    let r = call_attr(enter, m, &[])?;
    let aw = get_awaitable(r.v(), 1)?;
    Ok(tuple_from(vec![aw.into_raw(), exit_b.into_raw()]))
}

macro_rules! bi {
    ($name:ident, $body:expr) => {
        unsafe extern "C" fn $name(args: *const Value, nargs: i64, kwnames: Value) -> Value {
            let a = Args::from_abi(args, nargs, kwnames);
            let f: fn(&Args) -> R<Obj> = $body;
            match f(&a) {
                Ok(v) => v.into_raw(),
                Err(_) => Value::NULL,
            }
        }
    };
}

bi!(bi_get_awaitable, |a| {
    let context = crate::num::to_i64(a.pos[1])?.unwrap_or(0);
    get_awaitable(a.pos[0], context)
});
bi!(bi_get_aiter, |a| get_aiter(a.pos[0]));
bi!(bi_get_anext, |a| get_anext(a.pos[0]));
bi!(bi_async_with_enter, |a| async_with_enter(a.pos[0]));

/// The hidden builtins compiled code calls for `await`, `async for` and `async with`.
pub fn builtin(name: &str) -> Option<Obj> {
    let (n, f): (&'static str, BuiltinFn) = match name {
        "__get_awaitable__" => ("__get_awaitable__", bi_get_awaitable),
        "__get_aiter__" => ("__get_aiter__", bi_get_aiter),
        "__get_anext__" => ("__get_anext__", bi_get_anext),
        "__async_with_enter__" => ("__async_with_enter__", bi_async_with_enter),
        _ => return None,
    };
    Some(builtin_fn(n, f))
}

// Async generators driven through their awaitables.

/// What a step of an async generator means for the awaitable driving it (CPython's
/// `async_gen_unwrap_value`): its own `yield` ends the awaitable with the value
/// (`Returned`), a value an inner `await` yields goes on (`Yielded`), its end raises
/// StopAsyncIteration.
fn unwrap(gen: Value, r: R<Step>) -> R<Step> {
    let g = as_gen(gen).unwrap();
    match r {
        Ok(Step::Yielded(v)) => {
            let s = gen::state(g);
            if s != FINISHED && s & AT_YIELD != 0 {
                g.running_async = false;
                Ok(Step::Returned(v))
            } else {
                Ok(Step::Yielded(v))
            }
        }
        Ok(Step::Returned(_)) => {
            g.closed = true;
            g.running_async = false;
            Err(crate::exc::set_current(crate::exc::new_exc(&STOP_ASYNC_ITERATION, tuple_from(vec![]))))
        }
        Err(e) => {
            if crate::exc::current_is(&STOP_ASYNC_ITERATION) || crate::exc::current_is(&GENERATOR_EXIT) {
                g.closed = true;
            }
            g.running_async = false;
            Err(e)
        }
    }
}

/// Was the last suspension of this async generator a plain `yield`?
fn at_yield(gen: Value, r: &R<Step>) -> bool {
    if let Ok(Step::Yielded(_)) = r {
        let s = gen::state(as_gen(gen).unwrap());
        return s != FINISHED && s & AT_YIELD != 0;
    }
    false
}

/// Sends `arg` (None for `__next__`) into an awaitable of this module.
pub fn aw_send(o: Value, arg: Value) -> R<Step> {
    let a = as_aw(o);
    let gen = a.gen;
    if std::ptr::eq(o.ty(), &CORO_WRAPPER_TYPE) {
        return gen::send(gen, arg);
    }
    if std::ptr::eq(o.ty(), &ASEND_TYPE) {
        if a.state == AwState::Closed {
            return Err(raise(&RUNTIME_ERROR, "cannot reuse already awaited __anext__()/asend()"));
        }
        let mut arg = arg;
        if a.state == AwState::Init {
            if as_gen(gen).unwrap().running_async {
                return Err(raise(&RUNTIME_ERROR, "anext(): asynchronous generator is already running"));
            }
            if is_none(arg) && !a.arg.is_null() {
                arg = a.arg;
            }
            a.state = AwState::Iter;
        }
        as_gen(gen).unwrap().running_async = true;
        let r = unwrap(gen, gen::send(gen, arg));
        if !matches!(r, Ok(Step::Yielded(_))) {
            as_aw(o).state = AwState::Closed;
        }
        return r;
    }
    athrow_send(o, arg)
}

/// `athrow(...)`/`aclose()` awaitables (CPython's `async_gen_athrow_send`).
fn athrow_send(o: Value, arg: Value) -> R<Step> {
    let a = as_aw(o);
    let gen = a.gen;
    let aclose = a.arg.is_null();
    if a.state == AwState::Closed {
        return Err(raise(&RUNTIME_ERROR, "cannot reuse already awaited aclose()/athrow()"));
    }
    let g = as_gen(gen).unwrap();
    if gen::state(g) == FINISHED {
        a.state = AwState::Closed;
        return Ok(Step::Returned(none()));
    }
    if a.state == AwState::Init {
        if g.running_async {
            a.state = AwState::Closed;
            let which = if aclose { "aclose" } else { "athrow" };
            return Err(raise(&RUNTIME_ERROR, format!("{}(): asynchronous generator is already running", which)));
        }
        if g.closed {
            a.state = AwState::Closed;
            return Err(crate::exc::set_current(crate::exc::new_exc(&STOP_ASYNC_ITERATION, tuple_from(vec![]))));
        }
        if !is_none(arg) {
            return Err(raise(&RUNTIME_ERROR, "can't send non-None value to a just-started coroutine"));
        }
        a.state = AwState::Iter;
        g.running_async = true;
        let r = if aclose {
            g.closed = true;
            let e = crate::exc::new_exc(&GENERATOR_EXIT, tuple_from(vec![]));
            let r = gen::throw(gen, e.v());
            if at_yield(gen, &r) {
                return yield_close(o);
            }
            r
        } else {
            let t = as_tuple(a.arg).unwrap();
            let items: Vec<Value> = t.items.to_vec();
            if items.is_empty() {
                return type_error("athrow expected at least 1 argument, got 0");
            }
            let e = gen::throw_arg(&Args::positional(&items))?;
            unwrap(gen, gen::throw(gen, e.v()))
        };
        return match r {
            Ok(s) => Ok(s),
            Err(e) => check_error(o, aclose, e),
        };
    }
    let r = gen::send(gen, arg);
    if !aclose {
        return unwrap(gen, r);
    }
    if at_yield(gen, &r) {
        return yield_close(o);
    }
    match r {
        Ok(s) => Ok(s),
        Err(e) => check_error(o, aclose, e),
    }
}

/// `aclose()` met a `yield`: the generator ignored GeneratorExit.
fn yield_close(o: Value) -> R<Step> {
    let a = as_aw(o);
    as_gen(a.gen).unwrap().running_async = false;
    a.state = AwState::Closed;
    Err(raise(&RUNTIME_ERROR, "async generator ignored GeneratorExit"))
}

/// The athrow awaitable ended with an exception; for `aclose()`, the generator's end
/// (StopAsyncIteration or GeneratorExit) is the awaitable's normal end.
fn check_error(o: Value, aclose: bool, e: Raised) -> R<Step> {
    let a = as_aw(o);
    as_gen(a.gen).unwrap().running_async = false;
    a.state = AwState::Closed;
    if aclose && (crate::exc::current_is(&STOP_ASYNC_ITERATION) || crate::exc::current_is(&GENERATOR_EXIT)) {
        crate::exc::clear_current();
        return Ok(Step::Returned(none()));
    }
    Err(e)
}

/// Throws `exc` into an awaitable of this module.
pub fn aw_throw(o: Value, exc: Value) -> R<Step> {
    let a = as_aw(o);
    let gen = a.gen;
    if std::ptr::eq(o.ty(), &CORO_WRAPPER_TYPE) {
        return gen::throw(gen, exc);
    }
    if std::ptr::eq(o.ty(), &ASEND_TYPE) {
        if a.state == AwState::Closed {
            return Err(raise(&RUNTIME_ERROR, "cannot reuse already awaited __anext__()/asend()"));
        }
        let r = unwrap(gen, gen::throw(gen, exc));
        if !matches!(r, Ok(Step::Yielded(_))) {
            as_aw(o).state = AwState::Closed;
        }
        return r;
    }
    if a.state == AwState::Closed {
        return Err(raise(&RUNTIME_ERROR, "cannot reuse already awaited aclose()/athrow()"));
    }
    let r = gen::throw(gen, exc);
    if !a.arg.is_null() {
        return unwrap(gen, r);
    }
    if at_yield(gen, &r) {
        let a = as_aw(o);
        as_gen(gen).unwrap().running_async = false;
        a.state = AwState::Closed;
        return Err(raise(&RUNTIME_ERROR, "async generator ignored GeneratorExit"));
    }
    match r {
        Err(_) if crate::exc::current_is(&STOP_ASYNC_ITERATION) || crate::exc::current_is(&GENERATOR_EXIT) => {
            crate::exc::clear_current();
            Ok(Step::Returned(none()))
        }
        r => r,
    }
}

/// `close()` of an awaitable of this module.
pub fn aw_close(o: Value) -> R<()> {
    if std::ptr::eq(o.ty(), &CORO_WRAPPER_TYPE) {
        return gen::close(as_aw(o).gen);
    }
    as_aw(o).state = AwState::Closed;
    Ok(())
}

/// `next()` on an awaitable of this module: `None` when it finished.
pub fn aw_next(o: Value) -> R<Option<Obj>> {
    match aw_send(o, none_v())? {
        Step::Yielded(v) => Ok(Some(v)),
        Step::Returned(v) => Err(gen::stop_with(v)),
    }
}

// Methods, attributes and reprs.

fn step(r: R<Step>) -> R<Obj> {
    match r? {
        Step::Yielded(v) => Ok(v),
        Step::Returned(v) => Err(gen::stop_with(v)),
    }
}

/// Methods of coroutines and async generators (kind `Coroutine`).
pub fn call_method(o: Value, name: &str, args: &Args) -> R<Option<Obj>> {
    if is_coro(o) {
        return Ok(Some(match name {
            "send" => {
                args.no_kwargs("send")?;
                args.arity("send", 1, 1)?;
                step(gen::send(o, args.pos[0]))?
            }
            "throw" => step(gen::throw(o, gen::throw_arg(args)?.v()))?,
            "close" => {
                args.arity("close", 0, 0)?;
                gen::close(o)?;
                none()
            }
            "__await__" => {
                args.arity("__await__", 0, 0)?;
                new_aw(&CORO_WRAPPER_TYPE, o, Value::NULL)
            }
            _ => return Ok(None),
        }));
    }
    Ok(Some(match name {
        "__aiter__" => {
            args.arity("__aiter__", 0, 0)?;
            o.to_owned()
        }
        "__anext__" => {
            args.arity("__anext__", 0, 0)?;
            init_hooks(o)?;
            new_aw(&ASEND_TYPE, o, Value::NULL)
        }
        "asend" => {
            args.no_kwargs("asend")?;
            args.arity("asend", 1, 1)?;
            init_hooks(o)?;
            new_aw(&ASEND_TYPE, o, args.pos[0])
        }
        "athrow" => {
            args.no_kwargs("athrow")?;
            init_hooks(o)?;
            let t = tuple_from(args.pos.iter().map(|v| (*v).to_owned().into_raw()).collect());
            new_aw(&ATHROW_TYPE, o, t.v())
        }
        "aclose" => {
            args.arity("aclose", 0, 0)?;
            init_hooks(o)?;
            new_aw(&ATHROW_TYPE, o, Value::NULL)
        }
        _ => return Ok(None),
    }))
}

/// Methods of the awaitables (kind `Awaitable`).
pub fn aw_call_method(o: Value, name: &str, args: &Args) -> R<Option<Obj>> {
    Ok(Some(match name {
        "send" => {
            args.no_kwargs("send")?;
            args.arity("send", 1, 1)?;
            step(aw_send(o, args.pos[0]))?
        }
        "throw" => step(aw_throw(o, gen::throw_arg(args)?.v()))?,
        "close" => {
            args.arity("close", 0, 0)?;
            aw_close(o)?;
            none()
        }
        "__next__" => {
            args.arity("__next__", 0, 0)?;
            step(aw_send(o, none_v()))?
        }
        "__iter__" => o.to_owned(),
        "__await__" if !std::ptr::eq(o.ty(), &CORO_WRAPPER_TYPE) => o.to_owned(),
        _ => return Ok(None),
    }))
}

/// The method names of these types, for `obj.method` looked up without a call.
pub fn methods(t: &TypeObj) -> &'static [&'static str] {
    if std::ptr::eq(t, &COROUTINE_TYPE) {
        &["send", "throw", "close", "__await__"]
    } else if std::ptr::eq(t, &ASYNC_GENERATOR_TYPE) {
        &["__aiter__", "__anext__", "asend", "athrow", "aclose"]
    } else if std::ptr::eq(t, &CORO_WRAPPER_TYPE) {
        &["send", "throw", "close", "__next__", "__iter__"]
    } else {
        &["send", "throw", "close", "__next__", "__iter__", "__await__"]
    }
}

/// Attributes of coroutines and async generators.
pub fn getattr(o: Value, name: &str) -> R<Option<Obj>> {
    let g = as_gen(o).unwrap();
    Ok(match name {
        "__name__" => Some(str_from(crate::func::func_name(g.func))),
        "__qualname__" => Some(str_from(crate::func::func_qualname(g.func))),
        "cr_running" if is_coro(o) => Some(bool_obj(g.running)),
        "ag_running" if is_agen(o) => Some(bool_obj(g.running_async)),
        _ => None,
    })
}

/// `repr()` of the objects of this module.
pub fn repr(o: Value) -> String {
    if o.ty().kind == Kind::Coroutine {
        let g = as_gen(o).unwrap();
        return format!("<{} object {} at {:#x}>", o.ty().name, crate::func::func_qualname(g.func), o.0);
    }
    format!("<{} object at {:#x}>", o.ty().name, o.0)
}
