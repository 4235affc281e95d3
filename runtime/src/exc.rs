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
}

impl Drop for ExcObj {
    fn drop(&mut self) {
        self.args.decref();
        self.cause.decref();
        self.context.decref();
    }
}

struct ThreadState {
    current: Value,
    /// The exception being handled (CPython's `sys.exc_info()`), 0 when none: set on
    /// entry to an `except` clause or an exceptional `finally`, restored on exit.
    handled: Value,
}

struct StateCell(std::cell::UnsafeCell<ThreadState>);
// The runtime runs Python code on one thread.
unsafe impl Sync for StateCell {}
static STATE: StateCell = StateCell(std::cell::UnsafeCell::new(ThreadState { current: Value::NULL, handled: Value::NULL }));

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

/// The exception being handled (borrowed; 0 when none): `sys.exc_info()`.
pub fn handled() -> Value {
    state().handled
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
/// "Exception ignored in: ..." message on stderr, and clears it.
pub fn print_unraisable(what: &str, obj: Value) {
    let Some(e) = take_current() else { return };
    let r = crate::ops::repr(obj).map(|r| str_text(r.v()).to_string()).unwrap_or_else(|_| "?".into());
    let _ = take_current();
    let mut out = format!("{}: {}\nTraceback (most recent call last):\n", what, r);
    if let Some(x) = as_exc(e.v()) {
        format_tb(&x.tb, &mut out);
    }
    format_exc_line(e.v(), &mut out);
    crate::io::flush_stdout();
    crate::io::write_stderr(&out);
}

/// Sets the current exception without implicit chaining (re-raising).
fn restore_current(e: Obj) -> Raised {
    let old = std::mem::replace(&mut state().current, e.into_raw());
    old.decref();
    Raised
}

/// Sets `v.__context__` to the exception being handled, breaking any cycle this would
/// create through the context chain (CPython's `_PyErr_SetObject`).
fn chain_context(v: Value) {
    let handled = state().handled;
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
    Obj::from_box(Box::new(ExcObj { head: Header::new(ty), args: args.into_raw(), tb: Vec::new(), cause: Value::NULL, context: Value::NULL, suppress_context: false }))
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
        "__traceback__" => Some(if e.tb.is_empty() { none() } else { Value::from_ptr(&TRACEBACK).to_owned() }),
        "value" if o.ty().is_subtype(&STOP_ITERATION) => Some(args.first().map(|&v| v.to_owned()).unwrap_or_else(none)),
        "__cause__" => Some(if e.cause.is_null() { none() } else { e.cause.to_owned() }),
        "__context__" => Some(if e.context.is_null() { none() } else { e.context.to_owned() }),
        "__suppress_context__" => Some(bool_obj(e.suppress_context)),
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
        e.suppress_context = true;
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
    restore_current(exc.to_owned());
}

/// A bare `raise` outside any `except` clause of its function: re-raises the exception
/// being handled by a caller (returns 1), or raises RuntimeError when there is none
/// (returns 0: a new exception, which gets a traceback entry).
#[no_mangle]
pub unsafe extern "C" fn rt_reraise_handled() -> i32 {
    let h = state().handled;
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

/// `TbEntry::end_col` of an expression that continues past its first line.
pub const TO_END: i32 = -2;

/// How many entries CPython prints at most (`sys.tracebacklimit`'s default).
const TB_LIMIT: usize = 1000;
/// Consecutive identical entries shown before "[Previous line repeated N more times]".
const TB_RECURSIVE_CUTOFF: usize = 3;

/// Formats a traceback as CPython 3.11 does (`PyTraceBack_Print`), outermost frame
/// first; only the innermost `TB_LIMIT` entries are shown.
fn format_tb(tb: &[TbEntry], out: &mut String) {
    if tb.is_empty() {
        return;
    }
    out.push_str("Traceback (most recent call last):\n");
    let shown = &tb[..tb.len().min(TB_LIMIT)];
    let mut last: Option<(&str, i32)> = None;
    let mut cnt = 0usize;
    for e in shown.iter().rev() {
        let (fname, module): (&str, &ModuleInfo) = unsafe {
            let f = &*e.func;
            (info_text(f.name, f.name_len), &*f.module)
        };
        if last != Some((fname, e.line)) {
            if cnt > TB_RECURSIVE_CUTOFF {
                repeated(cnt, out);
            }
            last = Some((fname, e.line));
            cnt = 0;
        }
        cnt += 1;
        if cnt > TB_RECURSIVE_CUTOFF {
            continue;
        }
        let file = unsafe { info_text(module.file, module.file_len) };
        let source = unsafe { info_text(module.source, module.source_len) };
        out.push_str(&format!("  File \"{}\", line {}, in {}\n", file, e.line, fname));
        if let Some(text) = source_line(source, e.line) {
            format_source_line(e, text, out);
        }
    }
    if cnt > TB_RECURSIVE_CUTOFF {
        repeated(cnt, out);
    }
}

fn repeated(cnt: usize, out: &mut String) {
    let n = cnt - TB_RECURSIVE_CUTOFF;
    out.push_str(&format!("  [Previous line repeated {} more time{}]\n", n, if n > 1 { "s" } else { "" }));
}

/// Line `line` (1-based) of the source, without its line break.
fn source_line(source: &str, line: i32) -> Option<&str> {
    if line < 1 {
        return None;
    }
    source.lines().nth(line as usize - 1)
}

/// The number of characters in the first `byte` bytes of `text`.
fn char_offset(text: &str, byte: i32) -> usize {
    let b = (byte.max(0) as usize).min(text.len());
    let mut b2 = b;
    while !text.is_char_boundary(b2) {
        b2 -= 1;
    }
    text[..b2].chars().count() + usize::from(b2 != b)
}

/// Characters whose East Asian Width is W or F in CPython 3.11's `unicodedata`
/// (Unicode 14.0), as inclusive ranges.
const WIDE: &[(u32, u32)] = &[
    (0x1100, 0x115F), (0x231A, 0x231B), (0x2329, 0x232A), (0x23E9, 0x23EC), (0x23F0, 0x23F0),
    (0x23F3, 0x23F3), (0x25FD, 0x25FE), (0x2614, 0x2615), (0x2648, 0x2653), (0x267F, 0x267F),
    (0x2693, 0x2693), (0x26A1, 0x26A1), (0x26AA, 0x26AB), (0x26BD, 0x26BE), (0x26C4, 0x26C5),
    (0x26CE, 0x26CE), (0x26D4, 0x26D4), (0x26EA, 0x26EA), (0x26F2, 0x26F3), (0x26F5, 0x26F5),
    (0x26FA, 0x26FA), (0x26FD, 0x26FD), (0x2705, 0x2705), (0x270A, 0x270B), (0x2728, 0x2728),
    (0x274C, 0x274C), (0x274E, 0x274E), (0x2753, 0x2755), (0x2757, 0x2757), (0x2795, 0x2797),
    (0x27B0, 0x27B0), (0x27BF, 0x27BF), (0x2B1B, 0x2B1C), (0x2B50, 0x2B50), (0x2B55, 0x2B55),
    (0x2E80, 0x303E), (0x3041, 0x3247), (0x3250, 0x4DBF), (0x4E00, 0xA4C6), (0xA960, 0xA97C),
    (0xAC00, 0xD7A3), (0xF900, 0xFAD9), (0xFE10, 0xFE19), (0xFE30, 0xFE6B), (0xFF01, 0xFF60),
    (0xFFE0, 0xFFE6), (0x16FE0, 0x1B2FB), (0x1F004, 0x1F004), (0x1F0CF, 0x1F0CF),
    (0x1F18E, 0x1F18E), (0x1F191, 0x1F19A), (0x1F200, 0x1F320), (0x1F32D, 0x1F335),
    (0x1F337, 0x1F37C), (0x1F37E, 0x1F393), (0x1F3A0, 0x1F3CA), (0x1F3CF, 0x1F3D3),
    (0x1F3E0, 0x1F3F0), (0x1F3F4, 0x1F3F4), (0x1F3F8, 0x1F43E), (0x1F440, 0x1F440),
    (0x1F442, 0x1F4FC), (0x1F4FF, 0x1F53D), (0x1F54B, 0x1F54E), (0x1F550, 0x1F567),
    (0x1F57A, 0x1F57A), (0x1F595, 0x1F596), (0x1F5A4, 0x1F5A4), (0x1F5FB, 0x1F64F),
    (0x1F680, 0x1F6C5), (0x1F6CC, 0x1F6CC), (0x1F6D0, 0x1F6D2), (0x1F6D5, 0x1F6DF),
    (0x1F6EB, 0x1F6EC), (0x1F6F4, 0x1F6FC), (0x1F7E0, 0x1F7F0), (0x1F90C, 0x1F93A),
    (0x1F93C, 0x1F945), (0x1F947, 0x1F9FF), (0x1FA70, 0x1FAF6), (0x20000, 0x3134A),
];

/// Does the character take two columns (CPython's `_PyPegen_calculate_display_width`)?
fn is_wide(c: char) -> bool {
    let c = c as u32;
    c >= 0x1100 && WIDE.binary_search_by(|&(lo, hi)| if hi < c { std::cmp::Ordering::Less } else if lo > c { std::cmp::Ordering::Greater } else { std::cmp::Ordering::Equal }).is_ok()
}

/// Prints a traceback entry's source line and, as CPython 3.11 does, the `^` (and `~`)
/// line under the failing expression, unless it would span the whole line.
fn format_source_line(e: &TbEntry, text: &str, out: &mut String) {
    let is_ws = |c: char| c == ' ' || c == '\t' || c == '\x0c';
    let leading = text.chars().take_while(|&c| is_ws(c)).count();
    let stripped: &str = text.trim_start_matches(is_ws);
    out.push_str("    ");
    out.push_str(stripped);
    out.push('\n');
    if e.col < 0 || (e.end_col < 0 && e.end_col != TO_END) {
        return;
    }
    let line_len = text.chars().count();
    let start = char_offset(text, e.col);
    let (end, anchors) = if e.end_col == TO_END {
        // A multi-line expression: up to the last non-whitespace character (CPython
        // scans the UTF-8 bytes from the character length, as reproduced here).
        let bytes = text.as_bytes();
        let mut i = line_len as isize;
        loop {
            i -= 1;
            if i < 0 || !matches!(bytes.get(i as usize), Some(b' ' | b'\t' | b'\x0c')) {
                break;
            }
        }
        ((i + 1) as usize, None)
    } else {
        let anchors = if e.anchor >= 0 && e.anchor_end >= 0 { Some((char_offset(text, e.anchor), char_offset(text, e.anchor_end))) } else { None };
        (char_offset(text, e.end_col), anchors)
    };
    if anchors.is_none() && end.wrapping_sub(start) == line_len - leading {
        return;
    }
    // The carets are placed by display width: wide characters take two columns.
    let width = |chars: usize| -> isize { text.chars().take(chars).map(|c| if is_wide(c) { 2 } else { 1 }).sum::<isize>() };
    let (start, end) = (width(start), width(end));
    let anchors = anchors.map(|(l, r)| (width(l), width(r)));
    let truncation = leading as isize - 4;
    let mut offset = truncation;
    loop {
        offset += 1;
        if offset > end {
            break;
        }
        let c = if offset <= start {
            ' '
        } else if let Some((l, r)) = anchors {
            if l < offset && offset <= r {
                '^'
            } else {
                '~'
            }
        } else {
            '^'
        };
        out.push(c);
    }
    out.push('\n');
}

/// The last line of an uncaught exception's report: `ValueError: message`.
fn format_exc_line(exc: Value, out: &mut String) {
    let ty = exc.ty();
    out.push_str(&crate::class::exc_type_name(ty));
    if as_exc(exc).is_some() {
        match crate::ops::str_of(exc) {
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

/// Prints an uncaught exception (with its cause or context chain) to stderr.
pub fn print_uncaught(exc: Value) {
    let mut out = String::new();
    let mut seen = vec![];
    format_chain(exc, &mut out, &mut seen);
    crate::io::flush_stdout();
    crate::io::write_stderr(&out);
}

/// CPython's `print_exception_recursive`: the cause (or, unless suppressed, the
/// context) first, each exception once.
fn format_chain(exc: Value, out: &mut String, seen: &mut Vec<Value>) {
    seen.push(exc);
    if let Some(e) = as_exc(exc) {
        if !e.cause.is_null() {
            if !seen.contains(&e.cause) {
                format_chain(e.cause, out, seen);
                out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
            }
        } else if !e.context.is_null() && !e.suppress_context && !seen.contains(&e.context) {
            format_chain(e.context, out, seen);
            out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
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
    print_uncaught(exc.v());
    1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(col: i32, end_col: i32, anchor: i32, anchor_end: i32) -> TbEntry {
        TbEntry { func: std::ptr::null(), line: 1, col, end_col, anchor, anchor_end }
    }

    fn render(text: &str, e: TbEntry) -> String {
        let mut out = String::new();
        format_source_line(&e, text, &mut out);
        out
    }

    #[test]
    fn whole_line_is_not_underlined() {
        assert_eq!(render("    f(x)", entry(4, 8, -1, -1)), "    f(x)\n");
        // Trailing blanks count: CPython then underlines.
        assert_eq!(render("f(x)  ", entry(0, 4, -1, -1)), "    f(x)  \n    ^^^^\n");
    }

    #[test]
    fn call_and_binary_operator() {
        assert_eq!(render("    return g(y) + 1", entry(11, 15, -1, -1)), "    return g(y) + 1\n           ^^^^\n");
        assert_eq!(render("x = a // b", entry(4, 10, 6, 8)), "    x = a // b\n        ~~^^~~\n");
    }

    #[test]
    fn subscript_with_non_ascii_prefix() {
        // Columns are bytes of the line; carets count characters.
        assert_eq!(render("x = \"é\" + l[0]", entry(11, 15, 12, 15)), "    x = \"é\" + l[0]\n              ~^^^\n");
    }

    #[test]
    fn wide_characters_take_two_columns() {
        // `x = "日本" + 1`: the operator is at byte 13, the expression bytes 4..16.
        assert_eq!(render("x = \"日本\" + 1", entry(4, 16, 13, 14)), "    x = \"日本\" + 1\n        ~~~~~~~^~~\n");
        // Elision compares characters, not columns.
        assert_eq!(render("int(\"日本\")", entry(0, 13, -1, -1)), "    int(\"日本\")\n");
    }

    #[test]
    fn multi_line_expression_runs_to_the_end_of_the_line() {
        assert_eq!(render("x = foo(1,", entry(4, TO_END, -1, -1)), "    x = foo(1,\n        ^^^^^^\n");
        assert_eq!(render("for x in y:", entry(0, TO_END, -1, -1)), "    for x in y:\n");
    }

    #[test]
    fn no_columns() {
        assert_eq!(render("\tpass", entry(-1, -1, -1, -1)), "    pass\n");
    }

}
