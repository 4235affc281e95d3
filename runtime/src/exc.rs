//! Exceptions: exception objects, the "current exception" slot, raising, matching,
//! tracebacks and the printing of an uncaught exception.
//!
//! Compiled code follows CPython's C convention: an operation that raises stores the
//! exception in the current-exception slot and returns an error value (0 or -1); the
//! caller checks, adds a traceback entry for its own frame and passes the error on, or
//! jumps to its handler, which takes the exception out with `rt_fetch_exc`.

use crate::objects::*;
use crate::types::*;
use crate::value::{abi, Header, Obj, Raised, Value, R};
use krait_abi::{FuncInfo, ModuleInfo};

/// One traceback entry: a frame's function and the position that was executing.
#[derive(Clone, Copy)]
pub struct TbEntry {
    pub func: *const FuncInfo,
    pub line: i32,
    /// Column range (in bytes of the line) of the failing expression, -1 when unknown.
    pub col: i32,
    pub end_col: i32,
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
}

impl Drop for ExcObj {
    fn drop(&mut self) {
        self.args.decref();
        self.cause.decref();
    }
}

struct ThreadState {
    current: Value,
}

struct StateCell(std::cell::UnsafeCell<ThreadState>);
// The runtime runs Python code on one thread.
unsafe impl Sync for StateCell {}
static STATE: StateCell = StateCell(std::cell::UnsafeCell::new(ThreadState { current: Value::NULL }));

fn state() -> &'static mut ThreadState {
    unsafe { &mut *STATE.0.get() }
}

/// Is an exception set?
pub fn occurred() -> bool {
    !state().current.is_null()
}

/// Sets the current exception (taking the reference) and returns the error marker.
pub fn set_current(e: Obj) -> Raised {
    let old = std::mem::replace(&mut state().current, e.into_raw());
    old.decref();
    Raised
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
    Obj::from_box(Box::new(ExcObj { head: Header::new(ty), args: args.into_raw(), tb: Vec::new(), cause: Value::NULL }))
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
    if !kwnames.is_null() && as_tuple(kwnames).map_or(0, |t| t.items.len()) > 0 {
        return abi(type_error(format!("{}() takes no keyword arguments", ty.name)));
    }
    let rest: Vec<Value> = all[1..].iter().map(|&v| v.to_owned().into_raw()).collect();
    new_exc(ty, tuple_from(rest)).into_raw()
}

/// `str(exc)`.
pub fn exc_str(e: &ExcObj, ty: &TypeObj) -> R<Obj> {
    let args = as_tuple(e.args).map(|t| &t.items[..]).unwrap_or(&[]);
    match args.len() {
        0 => Ok(str_from("")),
        1 if ty.is_subtype(&KEY_ERROR) => crate::ops::repr(args[0]),
        1 => crate::ops::str_of(args[0]),
        _ => crate::ops::repr(e.args),
    }
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

/// Attributes of an exception: `args`, `__cause__`, and `code` for SystemExit.
pub fn exc_getattr(o: Value, name: &str) -> R<Option<Obj>> {
    let e = as_exc(o).unwrap();
    let args = as_tuple(e.args).map(|t| &t.items[..]).unwrap_or(&[]);
    Ok(match name {
        "args" => Some(e.args.to_owned()),
        "__cause__" => Some(if e.cause.is_null() { none() } else { e.cause.to_owned() }),
        "code" if o.ty().is_subtype(&SYSTEM_EXIT) => Some(match args.len() {
            0 => none(),
            1 => args[0].to_owned(),
            _ => e.args.to_owned(),
        }),
        _ => None,
    })
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
    }
    set_current(inst);
}

fn make_instance(exc: Value) -> R<Obj> {
    if as_exc(exc).is_some() {
        return Ok(exc.to_owned());
    }
    if let Some(t) = is_exc_class(exc) {
        let args = [t.as_value()];
        let r = unsafe { exception_new(args.as_ptr(), 1, Value::NULL) };
        return if r.is_null() { Err(Raised) } else { Ok(unsafe { r.owned() }) };
    }
    type_error("exceptions must derive from BaseException")
}

/// Re-raises a caught exception without adding a traceback entry (bare `raise`, the
/// end of a `finally` on the exceptional path).
#[no_mangle]
pub unsafe extern "C" fn rt_reraise(exc: Value) {
    set_current(exc.to_owned());
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
    if let Some(tup) = as_tuple(clause) {
        for &c in tup.items.iter() {
            if exc_matches(t, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    match is_exc_class(clause) {
        Some(c) => Ok(t.is_subtype(c)),
        None => type_error("catching classes that do not inherit from BaseException is not allowed"),
    }
}

/// Records that the current exception passed through `func` at `line`.
#[no_mangle]
pub unsafe extern "C" fn rt_traceback_add(func: *const u8, line: i32, col: i32, end_col: i32) {
    if let Some(e) = as_exc(state().current) {
        e.tb.push(TbEntry { func: func as *const FuncInfo, line, col, end_col });
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

// Printing.

unsafe fn info_text(p: *const u8, len: usize) -> &'static str {
    std::str::from_utf8_unchecked(std::slice::from_raw_parts(p, len))
}

/// Formats a traceback as CPython 3.11 does, outermost frame first.
fn format_tb(tb: &[TbEntry], out: &mut String) {
    if tb.is_empty() {
        return;
    }
    out.push_str("Traceback (most recent call last):\n");
    for e in tb.iter().rev() {
        let (fname, module): (&str, &ModuleInfo) = unsafe {
            let f = &*e.func;
            (info_text(f.name, f.name_len), &*f.module)
        };
        let file = unsafe { info_text(module.file, module.file_len) };
        let source = unsafe { info_text(module.source, module.source_len) };
        out.push_str(&format!("  File \"{}\", line {}, in {}\n", file, e.line, fname));
        if let Some(text) = source.lines().nth((e.line as usize).wrapping_sub(1)) {
            let stripped = text.trim_start();
            if !stripped.is_empty() {
                out.push_str("    ");
                out.push_str(stripped.trim_end());
                out.push('\n');
                let indent = text.len() - stripped.len();
                let trimmed_len = stripped.trim_end().len();
                // CPython 3.11 underlines the failing expression unless it spans the whole line.
                if e.col >= 0 && e.end_col > e.col {
                    let (c0, c1) = (e.col as usize, e.end_col as usize);
                    if c0 >= indent && c1 <= indent + trimmed_len && !(c0 == indent && c1 == indent + trimmed_len) {
                        let lead = text[indent..c0].chars().count();
                        let width = text.get(c0..c1).map(|s| s.chars().count()).unwrap_or(c1 - c0);
                        out.push_str("    ");
                        out.push_str(&" ".repeat(lead));
                        out.push_str(&"^".repeat(width.max(1)));
                        out.push('\n');
                    }
                }
            }
        }
    }
}

/// The last line of an uncaught exception's report: `ValueError: message`.
fn format_exc_line(exc: Value, out: &mut String) {
    let ty = exc.ty();
    out.push_str(ty.name);
    if let Some(e) = as_exc(exc) {
        match exc_str(e, ty) {
            Ok(s) => {
                let s = str_text(s.v());
                if !s.is_empty() {
                    out.push_str(": ");
                    out.push_str(s);
                }
            }
            Err(Raised) => {
                let _ = take_current();
            }
        }
    }
    out.push('\n');
}

/// Prints an uncaught exception (with its cause chain) to stderr.
pub fn print_uncaught(exc: Value) {
    let mut out = String::new();
    format_chain(exc, &mut out, 0);
    crate::io::flush_stdout();
    crate::io::write_stderr(&out);
}

fn format_chain(exc: Value, out: &mut String, depth: usize) {
    if let Some(e) = as_exc(exc) {
        if !e.cause.is_null() && depth < 100 {
            format_chain(e.cause, out, depth + 1);
            out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
        }
        format_tb(&e.tb, out);
    }
    format_exc_line(exc, out);
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
    print_uncaught(exc.v());
    1
}
