//! Code objects (`f.__code__`) and frame objects (`tb.tb_frame`): the introspection
//! surface that `types`, `inspect`, `traceback` and `dataclasses` read.
//!
//! krait compiles functions ahead of time, so a code object is a view of the static
//! `FuncInfo` record the compiler emits for each function: its names, argument counts
//! and flags are CPython's; what only a bytecode interpreter has (`co_code`,
//! `co_consts`, line tables) is empty. There is one code object per function
//! definition, made on first use and kept for the program's life, so
//! `f.__code__ is g.__code__` holds for two functions made by the same `def`.
//!
//! A frame object is a view of one entry of an exception's traceback: `f_code`,
//! `f_lineno`, `f_globals` (the module's dict), `f_back` (the entry of the caller,
//! None past the outermost one); `f_locals` is an empty dict because compiled code
//! keeps its locals in registers.

use crate::exc::{raise, type_error, TbEntry};
use crate::native_obj::{self, ClassSpec, NativeState};
use crate::objects::*;
use crate::types::{RUNTIME_ERROR, TYPE_ERROR};
use crate::value::{Obj, Value, R};
use krait_abi::{FuncInfo, ModuleInfo};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

unsafe fn text<'a>(p: *const u8, n: usize) -> &'a str {
    std::str::from_utf8_unchecked(std::slice::from_raw_parts(p, n))
}

/// The module dict a compiled module's functions see as `__globals__` (None before
/// the module's body started).
pub fn module_globals(m: *const ModuleInfo) -> Option<Value> {
    let m = unsafe { &*m };
    if m.dict.is_null() {
        return None;
    }
    let d = Value(unsafe { *m.dict });
    (!d.is_null()).then_some(d)
}

/// The dotted name of a compiled module.
pub fn module_name(m: *const ModuleInfo) -> &'static str {
    let m = unsafe { &*m };
    unsafe { text(m.name, m.name_len) }
}

/// `f.__globals__` for a function with this `FuncInfo`.
pub fn func_globals(info: *const FuncInfo) -> Obj {
    match module_globals(unsafe { (*info).module }) {
        Some(d) => d.to_owned(),
        None => dict_new(),
    }
}

/// `f.__module__`: the `__name__` in the function's globals, as CPython records it when
/// the function is made.
pub fn func_module(info: *const FuncInfo) -> R<Obj> {
    let module = unsafe { (*info).module };
    if let Some(d) = module_globals(module) {
        let k = str_from("__name__");
        if let Some(n) = crate::dicts::dict_get(d, k.v())? {
            return Ok(n);
        }
        return Ok(none());
    }
    Ok(str_from(module_name(module)))
}

// Code objects.

/// The state of a code object: the function's static record, and whether it is
/// the copy `types.coroutine` makes of a generator function's code with
/// CO_ITERABLE_COROUTINE set.
struct Code {
    info: *const FuncInfo,
    iterable_coroutine: bool,
}

impl NativeState for Code {}

const CO_OPTIMIZED: usize = 0x1;
const CO_NEWLOCALS: usize = 0x2;
const CO_VARARGS: usize = 0x4;
const CO_VARKEYWORDS: usize = 0x8;
const CO_GENERATOR: usize = 0x20;
const CO_NOFREE: usize = 0x40;
const CO_COROUTINE: usize = 0x80;
const CO_ITERABLE_COROUTINE: usize = 0x100;
const CO_ASYNC_GENERATOR: usize = 0x200;

fn code_info<'a>(v: Value) -> R<&'a FuncInfo> {
    match native_obj::state::<Code>(v) {
        Some(c) => Ok(unsafe { &*c.info }),
        None => Err(raise(&TYPE_ERROR, format!("descriptor for 'code' objects doesn't apply to a '{}' object", v.ty().name))),
    }
}

/// The parameter names in CPython's `co_varnames` order: the positional ones, the
/// keyword-only ones, then `*args` and `**kwargs`.
fn param_names(i: &FuncInfo) -> Vec<Value> {
    let varargs = (i.flags & FuncInfo::VARARGS != 0) as usize;
    let kw_start = i.npositional + varargs;
    let mut order: Vec<usize> = (0..i.npositional).collect();
    order.extend(kw_start..kw_start + i.nkwonly);
    if varargs == 1 {
        order.push(i.npositional);
    }
    order.extend(kw_start + i.nkwonly..i.nparams);
    order
        .into_iter()
        .map(|k| unsafe {
            let p = &*i.params.add(k);
            str_from(text(p.ptr, p.len)).into_raw()
        })
        .collect()
}

fn co_flags(i: &FuncInfo) -> usize {
    let mut f = CO_OPTIMIZED | CO_NEWLOCALS | CO_NOFREE;
    if i.flags & FuncInfo::VARARGS != 0 {
        f |= CO_VARARGS;
    }
    if i.flags & FuncInfo::VARKW != 0 {
        f |= CO_VARKEYWORDS;
    }
    if i.flags & FuncInfo::GENERATOR != 0 {
        f |= CO_GENERATOR;
    }
    if i.flags & FuncInfo::COROUTINE != 0 {
        f |= CO_COROUTINE;
    }
    if i.flags & FuncInfo::ASYNC_GENERATOR != 0 {
        f |= CO_ASYNC_GENERATOR;
    }
    f
}

/// Defines the getter of a read-only attribute of a native class from a function of
/// the instance.
macro_rules! getter {
    ($fn:ident, |$o:ident| $body:expr) => {
        crate::builtin!($fn, |a| {
            let $o = *a.pos.first().ok_or_else(|| raise(&TYPE_ERROR, "getter needs an argument"))?;
            $body
        });
    };
}

getter!(co_name, |o| Ok(str_from(unsafe { text(code_info(o)?.name, code_info(o)?.name_len) })));
getter!(co_qualname, |o| Ok(str_from(unsafe { text(code_info(o)?.qualname, code_info(o)?.qualname_len) })));
getter!(co_filename, |o| {
    let m = unsafe { &*code_info(o)?.module };
    Ok(str_from(unsafe { text(m.file, m.file_len) }))
});
getter!(co_firstlineno, |o| Ok(int_from_i64(code_info(o)?.firstline as i64)));
getter!(co_argcount, |o| Ok(int_from_i64(code_info(o)?.npositional as i64)));
getter!(co_posonlyargcount, |o| Ok(int_from_i64(code_info(o)?.nposonly as i64)));
getter!(co_kwonlyargcount, |o| Ok(int_from_i64(code_info(o)?.nkwonly as i64)));
getter!(co_nlocals, |o| Ok(int_from_i64(code_info(o)?.nparams as i64)));
getter!(co_varnames, |o| Ok(tuple_from(param_names(code_info(o)?))));
getter!(co_flags_get, |o| {
    let marked = native_obj::state::<Code>(o).is_some_and(|c| c.iterable_coroutine);
    Ok(int_from_i64((co_flags(code_info(o)?) | if marked { CO_ITERABLE_COROUTINE } else { 0 }) as i64))
});
getter!(co_empty_tuple, |o| {
    code_info(o)?;
    Ok(tuple_from(vec![]))
});
getter!(co_empty_bytes, |o| {
    code_info(o)?;
    Ok(crate::bytes::bytes_from(Vec::new()))
});
getter!(co_consts, |o| {
    let i = code_info(o)?;
    let doc = if i.doc_len == usize::MAX { none() } else { str_from(unsafe { text(i.doc, i.doc_len) }) };
    Ok(tuple_from(vec![doc.into_raw()]))
});
getter!(co_zero, |o| {
    code_info(o)?;
    Ok(int_from_i64(0))
});

crate::builtin!(code_repr, |a| {
    let o = a.pos[0];
    let i = code_info(o)?;
    let m = unsafe { &*i.module };
    Ok(str_from(format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        unsafe { text(i.name, i.name_len) },
        o.0,
        unsafe { text(m.file, m.file_len) },
        i.firstline
    )))
});

// `co_lines()` and `co_positions()`: compiled code has no instruction offsets.
crate::builtin!(code_no_table, |a| {
    code_info(a.pos[0])?;
    crate::ops::iter(tuple_from(vec![]).v())
});

crate::builtin!(code_replace, |a| {
    let i = code_info(a.pos[0])?;
    // `types.coroutine` marks a generator function's code CO_ITERABLE_COROUTINE so
    // that its generators can be awaited: that one change is supported.
    if a.pos.len() == 1 && a.kwnames.len() == 1 && str_text(a.kwnames[0]) == "co_flags" && i.flags & FuncInfo::GENERATOR != 0 {
        if let Some(f) = crate::clinic::as_i64(a.kwvals[0]) {
            if f as usize == co_flags(i) | CO_ITERABLE_COROUTINE {
                let t = crate::builtins::as_type(code_class()?).unwrap();
                return Ok(native_obj::new(t, Box::new(Code { info: i, iterable_coroutine: true })));
            }
        }
    }
    Err(raise(&crate::types::NOT_IMPLEMENTED_ERROR, "code.replace() is not supported by krait: functions are compiled ahead of time"))
});

crate::builtin!(code_new, |_a| type_error("cannot create 'code' instances"));

thread_local! {
    static CODE_CLASS: RefCell<Option<Obj>> = const { RefCell::new(None) };
    static CODES: RefCell<HashMap<usize, Obj>> = RefCell::new(HashMap::new());
    static FRAME_CLASS: RefCell<Option<Obj>> = const { RefCell::new(None) };
}

fn prop(name: &'static str, f: crate::types::BuiltinFn) -> R<(&'static str, Obj)> {
    Ok((name, native_obj::property(builtin_fn(name, f), None)?))
}

fn code_class() -> R<Value> {
    if let Some(c) = CODE_CLASS.with(|c| c.borrow().as_ref().map(|o| o.v())) {
        return Ok(c);
    }
    let mut attrs = vec![
        prop("co_name", co_name)?,
        prop("co_qualname", co_qualname)?,
        prop("co_filename", co_filename)?,
        prop("co_firstlineno", co_firstlineno)?,
        prop("co_argcount", co_argcount)?,
        prop("co_posonlyargcount", co_posonlyargcount)?,
        prop("co_kwonlyargcount", co_kwonlyargcount)?,
        prop("co_nlocals", co_nlocals)?,
        prop("co_varnames", co_varnames)?,
        prop("co_flags", co_flags_get)?,
        prop("co_freevars", co_empty_tuple)?,
        prop("co_cellvars", co_empty_tuple)?,
        prop("co_names", co_empty_tuple)?,
        prop("co_consts", co_consts)?,
        prop("co_code", co_empty_bytes)?,
        prop("co_lnotab", co_empty_bytes)?,
        prop("co_linetable", co_empty_bytes)?,
        prop("co_exceptiontable", co_empty_bytes)?,
        prop("co_stacksize", co_zero)?,
    ];
    attrs.extend(native_obj::with_methods(vec![("__repr__", code_repr), ("co_lines", code_no_table), ("co_positions", code_no_table), ("replace", code_replace)]));
    attrs.push(("__new__", builtin_fn("__new__", code_new)));
    let cls = native_obj::new_class(ClassSpec { name: "code", module: "builtins", bases: &[], new_state: Some(|| Box::new(Code { info: std::ptr::null(), iterable_coroutine: false })), attrs })?;
    let v = cls.v();
    CODE_CLASS.with(|c| *c.borrow_mut() = Some(cls));
    Ok(v)
}

/// The code object of the function with this `FuncInfo` (one per definition).
pub fn code_object(info: *const FuncInfo) -> R<Obj> {
    if let Some(c) = CODES.with(|m| m.borrow().get(&(info as usize)).map(|o| o.v().to_owned())) {
        return Ok(c);
    }
    let cls = code_class()?;
    let t = crate::builtins::as_type(cls).unwrap();
    let o = native_obj::new(t, Box::new(Code { info, iterable_coroutine: false }));
    CODES.with(|m| m.borrow_mut().insert(info as usize, o.v().to_owned()));
    Ok(o)
}

/// Was the code of the generator function `func` replaced by one marked
/// CO_ITERABLE_COROUTINE (`types.coroutine`), so that its generators are awaitable?
pub fn is_iterable_coroutine(func: Value) -> bool {
    let Some(f) = as_func(func) else { return false };
    if f.dict.is_null() {
        return false;
    }
    let code = as_dict(f.dict).and_then(|d| d.table.iter().find(|(k, _)| as_str(**k).is_some() && str_text(**k) == "__code__").map(|(_, v)| *v));
    code.and_then(|c| native_obj::state::<Code>(c)).is_some_and(|c| c.iterable_coroutine)
}

/// The type `code` (`types.CodeType`).
pub fn code_type() -> R<Obj> {
    Ok(code_class()?.to_owned())
}

// Frame objects.

/// The state of a frame object: entry `idx` (innermost first) of a traceback, or of
/// the live stack (`sys._getframe`), whose entries' depths in `rt_frames` are `depths`
/// (empty for a traceback): while that frame runs, its line is read live.
struct Frame {
    entries: Rc<Vec<TbEntry>>,
    idx: usize,
    depths: Rc<Vec<usize>>,
}

impl NativeState for Frame {}

fn frame_of<'a>(v: Value) -> R<(&'a Frame, &'a TbEntry)> {
    match native_obj::state::<Frame>(v) {
        Some(f) if f.idx < f.entries.len() => Ok((f, &f.entries[f.idx])),
        _ => Err(raise(&TYPE_ERROR, format!("descriptor for 'frame' objects doesn't apply to a '{}' object", v.ty().name))),
    }
}

getter!(f_code, |o| code_object(frame_of(o)?.1.func));
getter!(f_lineno, |o| {
    let (f, e) = frame_of(o)?;
    let line = f.depths.get(f.idx).and_then(|&d| crate::frames::live_line(d, e.func)).unwrap_or(e.line as i64);
    Ok(int_from_i64(line))
});
getter!(f_globals, |o| Ok(func_globals(frame_of(o)?.1.func)));
getter!(f_locals, |o| {
    frame_of(o)?;
    Ok(dict_new())
});
getter!(f_builtins, |o| {
    frame_of(o)?;
    let b = crate::sysmod::import("builtins")?;
    crate::ops::getattr(b.v(), "__dict__")
});
getter!(f_back, |o| {
    let (f, _) = frame_of(o)?;
    if f.idx + 1 < f.entries.len() {
        Ok(make_frame(f.entries.clone(), f.idx + 1, f.depths.clone())?)
    } else {
        Ok(none())
    }
});
getter!(f_lasti, |o| {
    frame_of(o)?;
    Ok(int_from_i64(-1))
});
getter!(f_trace, |o| {
    frame_of(o)?;
    Ok(none())
});

crate::builtin!(frame_repr, |a| {
    let o = a.pos[0];
    let (_, e) = frame_of(o)?;
    let i = unsafe { &*e.func };
    let m = unsafe { &*i.module };
    Ok(str_from(format!(
        "<frame at {:#x}, file '{}', line {}, code {}>",
        o.0,
        unsafe { text(m.file, m.file_len) },
        e.line,
        unsafe { text(i.name, i.name_len) }
    )))
});

crate::builtin!(frame_clear, |a| {
    frame_of(a.pos[0])?;
    Ok(none())
});

crate::builtin!(frame_new, |_a| Err(raise(&RUNTIME_ERROR, "cannot create 'frame' instances")));

fn frame_class() -> R<Value> {
    if let Some(c) = FRAME_CLASS.with(|c| c.borrow().as_ref().map(|o| o.v())) {
        return Ok(c);
    }
    let mut attrs = vec![
        prop("f_code", f_code)?,
        prop("f_lineno", f_lineno)?,
        prop("f_globals", f_globals)?,
        prop("f_locals", f_locals)?,
        prop("f_builtins", f_builtins)?,
        prop("f_back", f_back)?,
        prop("f_lasti", f_lasti)?,
        prop("f_trace", f_trace)?,
    ];
    attrs.extend(native_obj::with_methods(vec![("__repr__", frame_repr), ("clear", frame_clear)]));
    attrs.push(("__new__", builtin_fn("__new__", frame_new)));
    let cls = native_obj::new_class(ClassSpec { name: "frame", module: "builtins", bases: &[], new_state: Some(|| Box::new(Frame { entries: Rc::new(vec![]), idx: 0, depths: Rc::new(vec![]) })), attrs })?;
    let v = cls.v();
    FRAME_CLASS.with(|c| *c.borrow_mut() = Some(cls));
    Ok(v)
}

/// The frame object of entry `idx` (innermost first) of a traceback's entries.
pub fn new_frame(entries: Rc<Vec<TbEntry>>, idx: usize) -> R<Obj> {
    make_frame(entries, idx, Rc::new(vec![]))
}

/// The frame object of entry `idx` (innermost first) of the live stack, whose
/// entries sit at `depths` in `rt_frames`.
pub fn live_frame(entries: Rc<Vec<TbEntry>>, idx: usize, depths: Rc<Vec<usize>>) -> R<Obj> {
    make_frame(entries, idx, depths)
}

fn make_frame(entries: Rc<Vec<TbEntry>>, idx: usize, depths: Rc<Vec<usize>>) -> R<Obj> {
    let cls = frame_class()?;
    let t = crate::builtins::as_type(cls).unwrap();
    Ok(native_obj::new(t, Box::new(Frame { entries, idx, depths })))
}
