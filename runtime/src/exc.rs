//! Exceptions: exception objects (their attributes, `add_note`, `with_traceback`), the
//! "current exception" slot, raising, matching and the traceback entries frames add.
//! Printing lives in `traceback.rs`, exception groups in `excgroup.rs`.
//!
//! Compiled code follows CPython's C convention: an operation that raises stores the
//! exception in the current-exception slot and returns an error value (0 or -1); the
//! caller checks, adds a traceback entry for its own frame and passes the error on, or
//! jumps to its handler, which takes the exception out with `rt_fetch_exc`.

use crate::objects::*;
use crate::types::*;
use crate::value::{abi, Header, Obj, Raised, Value, R};
use krait_abi::FuncInfo;

/// One traceback entry: a frame's function and the position that was executing.
#[derive(Clone, Copy)]
pub struct TbEntry {
    pub func: *const FuncInfo,
    pub line: i32,
    /// Column range (in bytes of the line) of the failing expression, `col` -1 when
    /// unknown; `end_col` -2 when the expression continues on later lines.
    pub col: i32,
    pub end_col: i32,
    /// The operator of a binary operation or the brackets of a subscript (bytes of the
    /// line), underlined with `^` under `~`; -1 when none.
    pub anchor: i32,
    pub anchor_end: i32,
}

/// An exception instance.
#[repr(C)]
pub struct ExcObj {
    pub head: Header,
    /// The constructor arguments, a tuple.
    pub args: Value,
    /// Frames the exception passed through, innermost first.
    pub tb: Vec<TbEntry>,
    /// `__cause__` (0 = None).
    pub cause: Value,
    /// `__context__` (0 = None): the exception being handled when this one was raised.
    pub context: Value,
    /// `__suppress_context__`, set by `raise ... from ...`.
    pub suppress_context: bool,
    /// The identity of `tb` as a traceback object: it changes whenever an entry is
    /// added or the traceback is replaced, and copies share it (`except*` tells
    /// re-raised exceptions from new ones by it, as CPython compares traceback objects).
    pub tb_id: u64,
    /// The attribute dict (0 until an attribute is set), which holds `__notes__`.
    pub dict: Value,
    /// For exception groups: the message (a str) and the members (a tuple); 0 otherwise.
    pub eg_msg: Value,
    pub eg_excs: Value,
}

impl Drop for ExcObj {
    fn drop(&mut self) {
        self.args.decref();
        self.cause.decref();
        self.context.decref();
        self.dict.decref();
        self.eg_msg.decref();
        self.eg_excs.decref();
    }
}

/// A new traceback identity.
pub fn next_tb_id() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

struct ThreadState {
    current: Value,
    /// The exception being handled (CPython's `sys.exc_info()`), 0 when none: set on
    /// entry to an `except` clause or an exceptional `finally`, restored on exit.
    handled: Value,
    /// The exceptions the callers of running generators are handling, innermost
    /// last (CPython's exc_info stack): `handled` is the running generator's own.
    outer: Vec<Value>,
}

struct StateCell(std::cell::UnsafeCell<ThreadState>);
// The runtime runs Python code on one thread.
unsafe impl Sync for StateCell {}
static STATE: StateCell = StateCell(std::cell::UnsafeCell::new(ThreadState { current: Value::NULL, handled: Value::NULL, outer: Vec::new() }));

fn state() -> &'static mut ThreadState {
    unsafe { &mut *STATE.0.get() }
}

/// Is an exception set?
pub fn occurred() -> bool {
    !state().current.is_null()
}

/// Sets the current exception (taking the reference) and returns the error marker.
/// As in CPython, an exception raised while another is being handled gets that one as
/// its `__context__`.
pub fn set_current(e: Obj) -> Raised {
    chain_context(e.v());
    restore_current(e)
}

/// Sets the current exception from an instance or class, as `raise exc` does (a bad
/// value sets TypeError instead).
pub fn raise_value(exc: Value) -> R<()> {
    unsafe { rt_raise(exc, Value::NULL) };
    Ok(())
}

/// The exception being handled (borrowed; 0 when none): `sys.exc_info()`. As in
/// CPython, a generator that handles none sees its caller's.
pub fn handled() -> Value {
    let st = state();
    if !st.handled.is_null() {
        return st.handled;
    }
    st.outer.iter().rev().copied().find(|v| !v.is_null()).unwrap_or(Value::NULL)
}

/// Resuming a generator: its saved exception state (taken; 0 when none) becomes the
/// one being handled, and the caller's is kept until the generator stops.
pub fn push_exc_state(gen_state: Value) {
    let st = state();
    let caller = std::mem::replace(&mut st.handled, gen_state);
    st.outer.push(caller);
}

/// A generator stopped (yielded, returned or raised): returns its exception state
/// (owned; 0 when none) and restores the caller's.
pub fn pop_exc_state() -> Value {
    let st = state();
    let caller = st.outer.pop().unwrap_or(Value::NULL);
    std::mem::replace(&mut st.handled, caller)
}

/// Is the current exception an instance of `ty`?
pub fn current_is(ty: &TypeObj) -> bool {
    let c = state().current;
    !c.is_null() && c.ty().is_subtype(ty)
}

/// Drops the current exception.
pub fn clear_current() {
    std::mem::replace(&mut state().current, Value::NULL).decref();
}

/// Puts back an exception taken with `take_current` (or clears the slot for `None`).
pub fn restore_saved(e: Option<Obj>) {
    match e {
        Some(e) => {
            restore_current(e);
        }
        None => clear_current(),
    }
}

/// Reports an exception that cannot propagate (raised by `__del__`), as CPython's
/// "Exception ignored in: ..." message through `sys.unraisablehook`, and clears it.
pub fn print_unraisable(what: &str, obj: Value) {
    crate::excepthook::write_unraisable(what, obj);
}

/// Sets the current exception without implicit chaining (re-raising).
pub fn restore_current(e: Obj) -> Raised {
    let old = std::mem::replace(&mut state().current, e.into_raw());
    old.decref();
    Raised
}

/// Sets `v.__context__` to the exception being handled, breaking any cycle this would
/// create through the context chain (CPython's `_PyErr_SetObject`).
fn chain_context(v: Value) {
    let handled = handled();
    if handled.is_null() || handled == v {
        return;
    }
    let Some(new) = as_exc(v) else { return };
    let (mut o, mut slow, mut toggle) = (handled, handled, false);
    while let Some(oe) = as_exc(o) {
        let ctx = oe.context;
        if ctx.is_null() {
            break;
        }
        if ctx == v {
            std::mem::replace(&mut oe.context, Value::NULL).decref();
            break;
        }
        o = ctx;
        if o == slow {
            break;
        }
        if toggle {
            slow = as_exc(slow).map(|x| x.context).unwrap_or(Value::NULL);
        }
        toggle = !toggle;
    }
    std::mem::replace(&mut new.context, handled.to_owned().into_raw()).decref();
}

/// Takes the current exception out of the slot.
pub fn take_current() -> Option<Obj> {
    let v = std::mem::replace(&mut state().current, Value::NULL);
    if v.is_null() {
        None
    } else {
        Some(unsafe { v.owned() })
    }
}

/// A new exception instance of `ty` with the given args tuple.
pub fn new_exc(ty: &'static TypeObj, args: Obj) -> Obj {
    crate::gc::new_obj(ExcObj {
        head: Header::new(ty),
        args: args.into_raw(),
        tb: Vec::new(),
        cause: Value::NULL,
        context: Value::NULL,
        suppress_context: false,
        tb_id: 0,
        dict: Value::NULL,
        eg_msg: Value::NULL,
        eg_excs: Value::NULL,
    })
}

/// Raises `ty(msg)`.
pub fn raise(ty: &'static TypeObj, msg: impl Into<String>) -> Raised {
    let s: String = msg.into();
    let args = tuple_from(vec![str_from(s).into_raw()]);
    set_current(new_exc(ty, args))
}

/// Raises `ty(arg)` with an arbitrary argument (KeyError keeps the key itself).
pub fn raise_with(ty: &'static TypeObj, arg: Obj) -> Raised {
    set_current(new_exc(ty, tuple_from(vec![arg.into_raw()])))
}

pub fn type_error<T>(msg: impl Into<String>) -> R<T> {
    Err(raise(&TYPE_ERROR, msg))
}
pub fn value_error<T>(msg: impl Into<String>) -> R<T> {
    Err(raise(&VALUE_ERROR, msg))
}

/// Is `v` an exception instance?
pub fn as_exc<'a>(v: Value) -> Option<&'a mut ExcObj> {
    if !v.is_small() && !v.is_null() && v.ty().kind == Kind::Exception && !std::ptr::eq(v.ty(), &TYPE_TYPE) {
        // Exception classes are type objects (kind Type); instances have an exception type.
        Some(unsafe { v.as_mut::<ExcObj>() })
    } else {
        None
    }
}

/// Is `v` an exception class?
pub fn is_exc_class(v: Value) -> Option<&'static TypeObj> {
    if !v.is_small() && !v.is_null() && v.ty().kind == Kind::Type {
        let t: &'static TypeObj = unsafe { v.as_ref::<TypeObj>() };
        if t.is_subtype(&BASE_EXCEPTION) {
            return Some(t);
        }
    }
    None
}

/// The constructor of every builtin exception class: keeps the positional arguments.
pub unsafe extern "C" fn exception_new(args: *const Value, nargs: i64, kwnames: Value) -> Value {
    // Called through the type's `call` slot; `args[-1]` is not available, so the
    // caller (`call::call_type`) passes the type as the first argument.
    let all = std::slice::from_raw_parts(args, nargs as usize);
    let ty: &'static TypeObj = all[0].as_ref::<TypeObj>();
    let nkw = as_tuple(kwnames).map_or(0, |t| t.items.len());
    // `__new__` checks the positional arguments, then `__init__` rejects keywords.
    let e = match construct(ty, &all[1..all.len() - nkw]) {
        Ok(e) => e,
        Err(Raised) => return Value::NULL,
    };
    if nkw > 0 {
        // ImportError alone takes keywords: `name` and `path`.
        if !ty.is_subtype(&IMPORT_ERROR) {
            return abi(type_error(format!("{}() takes no keyword arguments", ty.name)));
        }
        let names = &as_tuple(kwnames).unwrap().items;
        let values = &all[all.len() - nkw..];
        for (k, v) in names.iter().zip(values) {
            let key = str_text(*k);
            if key != "name" && key != "path" {
                return abi(type_error(format!("'{}' is an invalid keyword argument for {}()", key, ty.name)));
            }
            if crate::dicts::dict_set(exc_dict(as_exc(e.v()).unwrap()), *k, *v).is_err() {
                return Value::NULL;
            }
        }
    }
    e.into_raw()
}

/// Raises ModuleNotFoundError for the module `name`, with `name` set as CPython's
/// import system sets it.
pub fn module_not_found(name: &str) -> Raised {
    module_not_found_msg(format!("No module named '{}'", name), name)
}

/// ModuleNotFoundError with the message `msg` and the attribute `name`.
pub fn module_not_found_msg(msg: String, name: &str) -> Raised {
    let e = new_exc(&MODULE_NOT_FOUND_ERROR, tuple_from(vec![str_from(msg).into_raw()]));
    let d = exc_dict(as_exc(e.v()).unwrap());
    let _ = crate::dicts::dict_set(d, str_from("name").v(), str_from(name).v());
    set_current(e)
}

/// `BaseException.__new__(ty, *args)`: exception groups check their arguments.
pub fn construct(ty: &'static TypeObj, args: &[Value]) -> R<Obj> {
    if ty.is_subtype(&BASE_EXCEPTION_GROUP) {
        return crate::excgroup::new_group(ty, args);
    }
    if ty.is_subtype(&OS_ERROR) && (2..=5).contains(&args.len()) {
        return Ok(new_os_error(ty, args));
    }
    if let Some(e) = crate::codecs::errors::construct(ty, args)? {
        return Ok(e);
    }
    crate::excsyntax::check_args(ty, args)?;
    let rest: Vec<Value> = args.iter().map(|&v| v.to_owned().into_raw()).collect();
    Ok(new_exc(ty, tuple_from(rest)))
}

/// `str(exc)`.
pub fn exc_str(e: &ExcObj, ty: &TypeObj) -> R<Obj> {
    if !e.eg_excs.is_null() {
        return Ok(crate::excgroup::group_str(e));
    }
    if ty.is_subtype(&OS_ERROR) {
        if let Some(s) = os_error_str(e)? {
            return Ok(s);
        }
    }
    if let Some(s) = crate::codecs::errors::exc_str(e, ty)? {
        return Ok(s);
    }
    if let Some(s) = crate::excsyntax::exc_str(e, ty)? {
        return Ok(s);
    }
    let args = as_tuple(e.args).map(|t| &t.items[..]).unwrap_or(&[]);
    match args.len() {
        0 => Ok(str_from("")),
        1 if ty.is_subtype(&KEY_ERROR) => crate::ops::repr(args[0]),
        1 => crate::ops::str_of(args[0]),
        _ => crate::ops::repr(e.args),
    }
}

/// `OSError(errno, strerror[, filename[, winerror[, filename2]]])`: `OSError` itself
/// picks the subclass of the errno (`OSError(2, ...)` is a FileNotFoundError), and
/// `args` keeps only the errno and message when a filename is given.
/// The OSError subclass CPython picks for an errno (`errnomap`).
pub fn os_error_class(errno: i64) -> &'static TypeObj {
    match errno {
        1 | 13 => &PERMISSION_ERROR,
        2 => &FILE_NOT_FOUND_ERROR,
        3 => &PROCESS_LOOKUP_ERROR,
        4 => &INTERRUPTED_ERROR,
        10 => &CHILD_PROCESS_ERROR,
        11 | 114 | 115 => &BLOCKING_IO_ERROR,
        17 => &FILE_EXISTS_ERROR,
        20 => &NOT_A_DIRECTORY_ERROR,
        21 => &IS_A_DIRECTORY_ERROR,
        32 | 108 => &BROKEN_PIPE_ERROR,
        103 => &CONNECTION_ABORTED_ERROR,
        104 => &CONNECTION_RESET_ERROR,
        110 => &TIMEOUT_ERROR,
        111 => &CONNECTION_REFUSED_ERROR,
        _ => &OS_ERROR,
    }
}

fn new_os_error(ty: &'static TypeObj, args: &[Value]) -> Obj {
    let mut cls = ty;
    if std::ptr::eq(ty, &OS_ERROR) && args[0].is_small() {
        cls = os_error_class(args[0].as_small());
    }
    let kept = if args.len() >= 3 { &args[..2] } else { args };
    let e = new_exc(cls, tuple_from(kept.iter().map(|&v| v.to_owned().into_raw()).collect()));
    if args.len() >= 3 {
        let x = as_exc(e.v()).unwrap();
        let d = exc_dict(x);
        let _ = crate::dicts::dict_set(d, str_from("filename").v(), args[2]);
        if args.len() == 5 {
            let _ = crate::dicts::dict_set(d, str_from("filename2").v(), args[4]);
        }
    }
    e
}

/// `str(oserror)` with an errno: `[Errno 2] No such file or directory: 'x'`.
fn os_error_str(e: &ExcObj) -> R<Option<Obj>> {
    let args = as_tuple(e.args).map(|t| &t.items[..]).unwrap_or(&[]);
    if args.len() < 2 || args.len() > 5 {
        return Ok(None);
    }
    let (errno, strerror) = (crate::ops::str_of(args[0])?, crate::ops::str_of(args[1])?);
    let filename = if e.dict.is_null() { None } else { crate::dicts::dict_get(e.dict, str_from("filename").v())? };
    let filename2 = if e.dict.is_null() { None } else { crate::dicts::dict_get(e.dict, str_from("filename2").v())? };
    Ok(Some(match filename {
        Some(f) if !is_none(f.v()) => {
            let r = crate::ops::repr(f.v())?;
            let mut s = format!("[Errno {}] {}: {}", str_text(errno.v()), str_text(strerror.v()), str_text(r.v()));
            if let Some(f2) = filename2.filter(|f2| !is_none(f2.v())) {
                // `rename('a', 'b')`: `[Errno 2] No such file or directory: 'a' -> 'b'`.
                s = format!("{} -> {}", s, str_text(crate::ops::repr(f2.v())?.v()));
            }
            str_from(s)
        }
        _ => str_from(format!("[Errno {}] {}", str_text(errno.v()), str_text(strerror.v()))),
    }))
}

/// `repr(exc)`: `ValueError('x')`.
pub fn exc_repr(e: &ExcObj, ty: &TypeObj) -> R<Obj> {
    let args = as_tuple(e.args).map(|t| &t.items[..]).unwrap_or(&[]);
    let inner = if args.len() == 1 {
        crate::ops::repr(args[0])?
    } else {
        crate::ops::repr(e.args)?
    };
    let inner = str_text(inner.v()).to_string();
    if args.len() == 1 {
        Ok(str_from(format!("{}({})", ty.name, inner)))
    } else {
        Ok(str_from(format!("{}{}", ty.name, inner)))
    }
}

/// Attributes of an exception: `args`, `__traceback__`, `__cause__`, `__context__`,
/// `__suppress_context__`, `__dict__` and what it holds (`__notes__`), `code` for
/// SystemExit, `value` for StopIteration, `message` and `exceptions` for groups.
pub fn exc_getattr(o: Value, name: &str) -> R<Option<Obj>> {
    let e = as_exc(o).unwrap();
    if let Some(v) = crate::codecs::errors::getattr(e, o.ty(), name)? {
        return Ok(Some(v));
    }
    if let Some(v) = crate::excsyntax::getattr(e, o.ty(), name)? {
        return Ok(Some(v));
    }
    let args = as_tuple(e.args).map(|t| &t.items[..]).unwrap_or(&[]);
    Ok(match name {
        "args" => Some(e.args.to_owned()),
        "__traceback__" => Some(crate::traceback::tb_object(&e.tb, e.tb_id)),
        "value" if o.ty().is_subtype(&STOP_ITERATION) => Some(args.first().map(|&v| v.to_owned()).unwrap_or_else(none)),
        "__cause__" => Some(if e.cause.is_null() { none() } else { e.cause.to_owned() }),
        "__context__" => Some(if e.context.is_null() { none() } else { e.context.to_owned() }),
        "__suppress_context__" => Some(bool_obj(e.suppress_context)),
        "code" if o.ty().is_subtype(&SYSTEM_EXIT) => Some(match args.len() {
            0 => none(),
            1 => args[0].to_owned(),
            _ => e.args.to_owned(),
        }),
        "errno" | "strerror" if o.ty().is_subtype(&OS_ERROR) => Some(match args.len() {
            2..=5 => args[usize::from(name == "strerror")].to_owned(),
            _ => none(),
        }),
        "msg" if o.ty().is_subtype(&IMPORT_ERROR) => Some(match args.len() {
            1 => args[0].to_owned(),
            _ => none(),
        }),
        "filename" | "filename2" | "name" | "path"
            if o.ty().is_subtype(&OS_ERROR) == matches!(name, "filename" | "filename2")
                && (o.ty().is_subtype(&OS_ERROR) || o.ty().is_subtype(&IMPORT_ERROR)) =>
        {
            let found = if e.dict.is_null() { None } else { crate::dicts::dict_get(e.dict, str_from(name).v())? };
            Some(found.unwrap_or_else(none))
        }
        "message" if !e.eg_msg.is_null() => Some(e.eg_msg.to_owned()),
        "exceptions" if !e.eg_excs.is_null() => Some(e.eg_excs.to_owned()),
        "__dict__" => Some(exc_dict(e).to_owned()),
        _ => {
            if e.dict.is_null() {
                return Ok(None);
            }
            let key = str_from(name);
            crate::dicts::dict_get(e.dict, key.v())?
        }
    })
}

/// The attribute dict of an exception, created on first use.
pub fn exc_dict(e: &mut ExcObj) -> Value {
    if e.dict.is_null() {
        // As for instances, the collector sees the dict's items as the exception's own.
        e.dict = dict_new().into_raw();
        crate::gc::untrack(e.dict);
    }
    e.dict
}

/// Sets one of the attributes every exception has (`args`, `__traceback__`,
/// `__cause__`, `__context__`, `__suppress_context__`): `Ok(false)` for other names,
/// which go to the attribute dict.
pub fn exc_set_special(o: Value, name: &str, v: Value) -> R<bool> {
    let e = as_exc(o).unwrap();
    match name {
        "args" => {
            let items: Vec<Value> = crate::ops::collect(v)?.into_iter().map(Obj::into_raw).collect();
            std::mem::replace(&mut e.args, tuple_from(items).into_raw()).decref();
        }
        "__traceback__" => set_traceback(e, v)?,
        "__cause__" | "__context__" => {
            let new = if is_none(v) {
                Value::NULL
            } else if as_exc(v).is_some() {
                v.to_owned().into_raw()
            } else {
                let what = if name == "__cause__" { "cause" } else { "context" };
                return type_error(format!("exception {} must be None or derive from BaseException", what));
            };
            if name == "__cause__" {
                std::mem::replace(&mut e.cause, new).decref();
                e.suppress_context = true;
            } else {
                std::mem::replace(&mut e.context, new).decref();
            }
        }
        "__suppress_context__" => {
            if !std::ptr::eq(v.ty(), &BOOL_TYPE) {
                return type_error("attribute value type must be bool");
            }
            e.suppress_context = v == bool_v(true);
        }
        "message" | "exceptions" if !e.eg_excs.is_null() => {
            return Err(raise(&ATTRIBUTE_ERROR, "readonly attribute"));
        }
        _ => return Ok(false),
    }
    Ok(true)
}

/// `e.x = v` on an exception of a builtin class.
pub fn exc_setattr(o: Value, name: &str, v: Value) -> R<()> {
    if exc_set_special(o, name, v)? {
        return Ok(());
    }
    let d = exc_dict(as_exc(o).unwrap());
    let key = str_from(name);
    crate::dicts::dict_set(d, key.v(), v)
}

/// Replaces an exception's traceback with a traceback object's entries, or clears it.
fn set_traceback(e: &mut ExcObj, tb: Value) -> R<()> {
    if is_none(tb) {
        e.tb.clear();
        e.tb_id = next_tb_id();
    } else if let Some(t) = crate::traceback::as_tb(tb) {
        e.tb = t.chain().to_vec();
        e.tb_id = if t.depth == 0 { t.id } else { next_tb_id() };
    } else {
        return type_error("__traceback__ must be a traceback or None");
    }
    Ok(())
}

/// The methods of instances of the exception class `t`.
pub fn methods(t: &TypeObj) -> &'static [&'static str] {
    if t.is_subtype(&BASE_EXCEPTION_GROUP) {
        &["add_note", "derive", "split", "subgroup", "with_traceback"]
    } else {
        &["add_note", "with_traceback"]
    }
}

/// `exc.name(args)` for the methods of exceptions; `Ok(None)` for other names.
pub fn call_method(o: Value, name: &str, args: &crate::call::Args) -> R<Option<Obj>> {
    match name {
        "add_note" => {
            args.no_kwargs("BaseException.add_note")?;
            args.arity("BaseException.add_note", 1, 1)?;
            add_note(o, args.pos[0])?;
            Ok(Some(none()))
        }
        "with_traceback" => {
            args.no_kwargs("BaseException.with_traceback")?;
            args.arity("BaseException.with_traceback", 1, 1)?;
            set_traceback(as_exc(o).unwrap(), args.pos[0])?;
            Ok(Some(o.to_owned()))
        }
        _ if crate::excgroup::is_group(o) => crate::excgroup::call_method(o, name, args),
        _ => Ok(None),
    }
}

/// `BaseException.add_note(note)`: appends to `__notes__`, creating the list.
pub fn add_note(o: Value, note: Value) -> R<()> {
    if as_str(note).is_none() {
        return type_error(format!("note must be a str, not '{}'", crate::ops::type_name(note)));
    }
    let notes = match crate::ops::getattr(o, "__notes__") {
        Ok(n) => n,
        Err(_) if current_is(&ATTRIBUTE_ERROR) => {
            clear_current();
            let l = list_from(vec![]);
            crate::ops::setattr(o, "__notes__", l.v())?;
            crate::ops::getattr(o, "__notes__")?
        }
        Err(e) => return Err(e),
    };
    if as_list(notes.v()).is_none() {
        return type_error("Cannot add note: __notes__ is not a list");
    }
    as_list(notes.v()).unwrap().items.push(note.to_owned().into_raw());
    Ok(())
}

// ABI entry points.

/// `raise exc from cause`: `exc` may be a class (instantiated with no arguments) or an instance.
#[no_mangle]
pub unsafe extern "C" fn rt_raise(exc: Value, cause: Value) {
    let inst = match make_instance(exc) {
        Ok(i) => i,
        Err(Raised) => return,
    };
    if !cause.is_null() {
        let c = if crate::objects::is_none(cause) {
            Value::NULL
        } else {
            match make_instance(cause) {
                Ok(c) => c.into_raw(),
                Err(Raised) => {
                    let _ = take_current();
                    raise(&TYPE_ERROR, "exception causes must derive from BaseException");
                    return;
                }
            }
        };
        let e = as_exc(inst.v()).unwrap();
        std::mem::replace(&mut e.cause, c).decref();
        e.suppress_context = true;
    }
    set_current(inst);
}

fn make_instance(exc: Value) -> R<Obj> {
    if as_exc(exc).is_some() {
        return Ok(exc.to_owned());
    }
    if is_exc_class(exc).is_some() {
        // The class is called, so its own `__new__` and `__init__` run.
        let r = crate::call::call(exc, &crate::call::Args::positional(&[]))?;
        if as_exc(r.v()).is_none() {
            let (want, got) = (crate::ops::repr(exc)?, crate::ops::repr(r.v().ty().as_value())?);
            return type_error(format!("calling {} should have returned an instance of BaseException, not {}", str_text(want.v()), str_text(got.v())));
        }
        return Ok(r);
    }
    type_error("exceptions must derive from BaseException")
}

/// Re-raises a caught exception without adding a traceback entry (bare `raise`, the
/// end of a `finally` on the exceptional path).
#[no_mangle]
pub unsafe extern "C" fn rt_reraise(exc: Value) {
    restore_current(exc.to_owned());
}

/// A bare `raise` outside any `except` clause of its function: re-raises the exception
/// being handled by a caller (returns 1), or raises RuntimeError when there is none
/// (returns 0: a new exception, which gets a traceback entry).
#[no_mangle]
pub unsafe extern "C" fn rt_reraise_handled() -> i32 {
    let h = handled();
    if h.is_null() {
        raise(&RUNTIME_ERROR, "No active exception to reraise");
        0
    } else {
        restore_current(h.to_owned());
        1
    }
}

/// Entering an `except` clause (or a `finally` on the exceptional path): `exc` becomes
/// the exception being handled. Returns the previous one (None when there was none),
/// for `rt_exc_exit`.
#[no_mangle]
pub unsafe extern "C" fn rt_exc_enter(exc: Value) -> Value {
    let prev = std::mem::replace(&mut state().handled, exc.to_owned().into_raw());
    if prev.is_null() {
        none().into_raw()
    } else {
        prev
    }
}

/// Leaving an `except` clause: restores the exception handled before (`prev`, from
/// `rt_exc_enter`; borrowed).
#[no_mangle]
pub unsafe extern "C" fn rt_exc_exit(prev: Value) {
    let v = if is_none(prev) { Value::NULL } else { prev.to_owned().into_raw() };
    std::mem::replace(&mut state().handled, v).decref();
}

/// Takes the current exception out of the slot (a new reference, or 0 if none).
#[no_mangle]
pub unsafe extern "C" fn rt_fetch_exc() -> Value {
    take_current().map(|o| o.into_raw()).unwrap_or(Value::NULL)
}

/// Does the exception `exc` match the `except` clause `ty` (a class or a tuple of classes)?
#[no_mangle]
pub unsafe extern "C" fn rt_exc_match(exc: Value, ty: Value) -> i32 {
    crate::value::abi_bool(exc_matches(exc.ty(), ty))
}

fn exc_matches(t: &TypeObj, clause: Value) -> R<bool> {
    const BAD: &str = "catching classes that do not inherit from BaseException is not allowed";
    if let Some(tup) = as_tuple(clause) {
        // Every item is checked first, as in CPython; nested tuples are not allowed.
        let classes: Option<Vec<&'static TypeObj>> = tup.items.iter().map(|&c| is_exc_class(c)).collect();
        return match classes {
            Some(cs) => Ok(cs.iter().any(|c| t.is_subtype(c))),
            None => type_error(BAD),
        };
    }
    match is_exc_class(clause) {
        Some(c) => Ok(t.is_subtype(c)),
        None => type_error(BAD),
    }
}

/// Records that the current exception passed through `func` at `line`.
#[no_mangle]
pub unsafe extern "C" fn rt_traceback_add(func: *const u8, line: i32, col: i32, end_col: i32, anchor: i32, anchor_end: i32) {
    if let Some(e) = as_exc(state().current) {
        e.tb.push(TbEntry { func: func as *const FuncInfo, line, col, end_col, anchor, anchor_end });
        e.tb_id = next_tb_id();
    }
}

unsafe fn cstr(p: *const u8) -> String {
    std::ffi::CStr::from_ptr(p as *const std::ffi::c_char).to_string_lossy().into_owned()
}

/// Raises UnboundLocalError for the local named by the NUL-terminated `name`.
#[no_mangle]
pub unsafe extern "C" fn rt_unbound_local(name: *const u8) {
    raise(
        &UNBOUND_LOCAL_ERROR,
        format!("cannot access local variable '{}' where it is not associated with a value", cstr(name)),
    );
}

/// Raises NameError for the global named by the NUL-terminated `name`.
#[no_mangle]
pub unsafe extern "C" fn rt_name_error(name: *const u8) {
    raise(&NAME_ERROR, format!("name '{}' is not defined", cstr(name)));
}

/// Raises RecursionError, as CPython does past the recursion limit.
#[no_mangle]
pub unsafe extern "C" fn rt_recursion_error() {
    raise(&RECURSION_ERROR, "maximum recursion depth exceeded");
}

/// How the program ends after an uncaught exception: SystemExit's code, or 1 after
/// printing the traceback.
pub fn exit_status_for(exc: Obj) -> i32 {
    if exc.ty().is_subtype(&SYSTEM_EXIT) {
        let e = as_exc(exc.v()).unwrap();
        let args = as_tuple(e.args).map(|t| &t.items[..]).unwrap_or(&[]);
        let code = match args.len() {
            0 => return 0,
            1 => args[0],
            _ => e.args,
        };
        if is_none(code) {
            return 0;
        }
        if code.ty().is_subtype(&BOOL_TYPE) {
            return (code == bool_v(true)) as i32;
        }
        if code.is_small() {
            return code.as_small() as i32;
        }
        if let Some(b) = crate::objects::as_bigint(code) {
            use num_traits::ToPrimitive;
            return b.to_i32().unwrap_or(-1);
        }
        // Any other code is printed to stderr and the status is 1.
        crate::io::flush_stdout();
        match crate::ops::str_of(code) {
            Ok(s) => crate::io::write_stderr(&format!("{}\n", str_text(s.v()))),
            Err(Raised) => {
                let _ = take_current();
            }
        }
        return 1;
    }
    crate::excepthook::report_uncaught(exc.v())
}

