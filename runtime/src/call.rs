//! Calls: argument lists, calling any callable, compiled function objects and
//! CPython's argument binding (positional, keyword, defaults) with its error messages.

use crate::exc::type_error;
use crate::objects::*;
use crate::types::*;
use crate::value::{abi, Obj, Raised, Value, R};

/// The arguments of a call: positional values, then keyword values named by `kwnames`.
/// Everything is borrowed from the caller.
pub struct Args<'a> {
    pub pos: &'a [Value],
    pub kwnames: &'a [Value],
    pub kwvals: &'a [Value],
}

/// Defines a builtin function `$name` with the ABI's signature from a closure over
/// [`Args`] returning `R<Obj>` (also used by the stdlib crate's native modules).
#[macro_export]
macro_rules! builtin {
    ($name:ident, $body:expr) => {
        unsafe extern "C" fn $name(args: *const $crate::value::Value, nargs: i64, kwnames: $crate::value::Value) -> $crate::value::Value {
            let a = $crate::call::Args::from_abi(args, nargs, kwnames);
            let f: fn(&$crate::call::Args) -> $crate::value::R<$crate::value::Obj> = $body;
            $crate::value::abi(f(&a))
        }
    };
}

impl<'a> Args<'a> {
    /// Positional arguments only.
    pub fn positional(pos: &'a [Value]) -> Args<'a> {
        Args { pos, kwnames: &[], kwvals: &[] }
    }
    /// Splits the ABI's `(args, nargs, kwnames)` into positional and keyword parts.
    pub unsafe fn from_abi(args: *const Value, nargs: i64, kwnames: Value) -> Args<'a> {
        let all: &[Value] = if nargs == 0 { &[] } else { std::slice::from_raw_parts(args, nargs as usize) };
        let names: &[Value] = match as_tuple(kwnames) {
            Some(t) => std::slice::from_raw_parts(t.items.as_ptr(), t.items.len()),
            None => &[],
        };
        let npos = all.len() - names.len();
        Args { pos: &all[..npos], kwnames: names, kwvals: &all[npos..] }
    }
    /// Rejects keyword arguments for a function that takes none.
    pub fn no_kwargs(&self, fname: &str) -> R<()> {
        if !self.kwnames.is_empty() {
            return type_error(format!("{}() takes no keyword arguments", fname));
        }
        Ok(())
    }
    /// Checks the number of positional arguments, with CPython's messages for builtins.
    pub fn arity(&self, fname: &str, min: usize, max: usize) -> R<()> {
        let n = self.pos.len();
        if n >= min && n <= max {
            return Ok(());
        }
        if min == max {
            if min == 0 {
                return type_error(format!("{}() takes no arguments ({} given)", fname, n));
            }
            if min == 1 {
                return type_error(format!("{}() takes exactly one argument ({} given)", fname, n));
            }
            return type_error(format!("{} expected {} arguments, got {}", fname, min, n));
        }
        if n < min {
            return type_error(format!("{} expected at least {} argument{}, got {}", fname, min, if min == 1 { "" } else { "s" }, n));
        }
        type_error(format!("{} expected at most {} argument{}, got {}", fname, max, if max == 1 { "" } else { "s" }, n))
    }
    /// Looks up a keyword argument.
    pub fn kw(&self, name: &str) -> Option<Value> {
        self.kwnames.iter().position(|k| str_text(*k) == name).map(|i| self.kwvals[i])
    }
    /// Rejects keyword arguments not in `allowed`.
    pub fn only_kwargs(&self, fname: &str, allowed: &[&str]) -> R<()> {
        for k in self.kwnames {
            let k = str_text(*k);
            if !allowed.contains(&k) {
                return type_error(format!("'{}' is an invalid keyword argument for {}()", k, fname));
            }
        }
        Ok(())
    }
    /// Binds arguments to named parameters, positional or keyword; the first `min`
    /// are required. Errors follow CPython's messages for builtin functions.
    pub fn bind(&self, fname: &str, names: &[&str], min: usize) -> R<Vec<Option<Value>>> {
        if self.pos.len() > names.len() {
            return type_error(format!(
                "{}() takes at most {} argument{} ({} given)",
                fname,
                names.len(),
                if names.len() == 1 { "" } else { "s" },
                self.pos.len()
            ));
        }
        let mut out: Vec<Option<Value>> = vec![None; names.len()];
        for (i, v) in self.pos.iter().enumerate() {
            out[i] = Some(*v);
        }
        // CPython's order: fill keywords, report a missing required argument, then one
        // given both by name and position, then an unknown keyword.
        let mut dup: Option<(usize, &str)> = None;
        let mut unknown: Option<&str> = None;
        for (k, v) in self.kwnames.iter().zip(self.kwvals) {
            let k = str_text(*k);
            match names.iter().position(|n| *n == k) {
                Some(i) if i < self.pos.len() => {
                    dup.get_or_insert((i, k));
                }
                Some(i) => out[i] = Some(*v),
                None => {
                    unknown.get_or_insert(k);
                }
            }
        }
        for i in 0..min {
            if out[i].is_none() {
                return type_error(format!("{}() missing required argument '{}' (pos {})", fname, names[i], i + 1));
            }
        }
        if let Some((i, k)) = dup {
            return type_error(format!("argument for {}() given by name ('{}') and position ({})", fname, k, i + 1));
        }
        if let Some(k) = unknown {
            return type_error(format!("'{}' is an invalid keyword argument for {}()", k, fname));
        }
        Ok(out)
    }
}

/// Calls any callable with `args`.
pub fn call(callee: Value, args: &Args) -> R<Obj> {
    let mut flat: Vec<Value> = Vec::with_capacity(args.pos.len() + args.kwvals.len());
    flat.extend_from_slice(args.pos);
    flat.extend_from_slice(args.kwvals);
    let kwnames = if args.kwnames.is_empty() {
        None
    } else {
        Some(tuple_from(args.kwnames.iter().map(|&k| k.to_owned().into_raw()).collect()))
    };
    let kw = kwnames.as_ref().map(|k| k.v()).unwrap_or(Value::NULL);
    let r = unsafe { rt_call(callee, flat.as_ptr(), args.pos.len() as i64 + args.kwvals.len() as i64, kw) };
    if r.is_null() {
        Err(Raised)
    } else {
        Ok(unsafe { r.owned() })
    }
}

/// Calls any callable: the ABI form of [`call`].
#[no_mangle]
pub unsafe extern "C" fn rt_call(callee: Value, args: *const Value, nargs: i64, kwnames: Value) -> Value {
    // Calls are the safe points where Python signal handlers run (`signals.rs`): one
    // test when the call returns covers a signal sent during it or before it.
    crate::signals::after_call(call_abi(callee, args, nargs, kwnames))
}

unsafe fn call_abi(callee: Value, args: *const Value, nargs: i64, kwnames: Value) -> Value {
    match callee.ty().kind {
        Kind::Function => {
            let f = as_func(callee).unwrap();
            let entry: unsafe extern "C" fn(Value, *const Value, i64, Value) -> Value = std::mem::transmute(f.entry);
            entry(callee, args, nargs, kwnames)
        }
        Kind::Builtin => (as_builtin(callee).unwrap().f)(args, nargs, kwnames),
        Kind::Method => {
            let m = as_method(callee).unwrap();
            let a = Args::from_abi(args, nargs, kwnames);
            if m.raw {
                abi(crate::class::call_builtin_method(m.self_, str_text(m.name), &a))
            } else {
                abi(crate::ops::call_method(m.self_, str_text(m.name), &a))
            }
        }
        Kind::BoundMethod => crate::class::call_bound(callee, args, nargs, kwnames),
        // A subclass may override `__call__` (weakref.WeakMethod).
        Kind::WeakRef if !crate::class::is_heap(callee.ty()) => {
            let a = Args::from_abi(args, nargs, kwnames);
            if let Err(e) = a.no_kwargs("weakref").and_then(|_| a.arity("weakref", 0, 0)) {
                return abi(Err(e));
            }
            crate::weakref::get(callee).into_raw()
        }
        Kind::Type if crate::class::is_heap(callee.as_ref::<TypeObj>()) || crate::class::is_heap(callee.ty()) => {
            abi(crate::class::call_type(callee, &Args::from_abi(args, nargs, kwnames)))
        }
        Kind::Type => {
            let t: &'static TypeObj = callee.as_ref::<TypeObj>();
            match t.call {
                // Exception constructors need to know which class is being called.
                Some(f) if t.kind == Kind::Exception => {
                    let mut v = Vec::with_capacity(nargs as usize + 1);
                    v.push(callee);
                    if nargs > 0 {
                        v.extend_from_slice(std::slice::from_raw_parts(args, nargs as usize));
                    }
                    f(v.as_ptr(), nargs + 1, kwnames)
                }
                Some(f) => f(args, nargs, kwnames),
                None => abi(type_error(format!("cannot create '{}' instances", t.name))),
            }
        }
        Kind::Object if crate::generic::call_target(callee).is_some() => {
            rt_call(crate::generic::call_target(callee).unwrap(), args, nargs, kwnames)
        }
        _ if crate::class::is_heap(callee.ty()) => abi(crate::class::call_instance(callee, &Args::from_abi(args, nargs, kwnames))),
        Kind::Descriptor => abi(crate::class::call_descriptor(callee, &Args::from_abi(args, nargs, kwnames))),
        _ => abi(type_error(format!("'{}' object is not callable", callee.ty().name))),
    }
}

/// `obj.name(args)` from compiled code.
#[no_mangle]
pub unsafe extern "C" fn rt_call_method(obj: Value, name: Value, args: *const Value, nargs: i64, kwnames: Value) -> Value {
    let a = Args::from_abi(args, nargs, kwnames);
    crate::signals::after_call(abi(crate::ops::call_method(obj, str_text(name), &a)))
}

crate::builtin!(subclasshook, |_a| Ok(not_implemented()));

/// Attributes of a type object.
pub fn type_getattr(o: Value, name: &str) -> R<Option<Obj>> {
    let t: &'static TypeObj = unsafe { o.as_ref::<TypeObj>() };
    Ok(match name {
        // A dotted name (`types.GenericAlias`) is the module and the name.
        "__name__" | "__qualname__" => Some(str_from(t.name.rsplit('.').next().unwrap_or(t.name))),
        "__module__" => Some(str_from(t.name.rsplit_once('.').map_or("builtins", |(m, _)| m))),
        "__base__" => Some(t.base.map(|b| b.as_value().to_owned()).unwrap_or_else(none)),
        "__mro__" => Some(tuple_from(crate::class::mro_of(t).iter().map(|b| b.as_value().to_owned().into_raw()).collect())),
        "__bases__" if std::ptr::eq(t, &EXCEPTION_GROUP) => Some(tuple_from(vec![BASE_EXCEPTION_GROUP.as_value().to_owned().into_raw(), EXCEPTION.as_value().to_owned().into_raw()])),
        "__bases__" => Some(tuple_from(t.base.map(|b| vec![b.as_value().to_owned().into_raw()]).unwrap_or_default())),
        "__dict__" => Some(crate::descrobj::type_dict(t)?),
        // The size of one item of a variable-size object in CPython (64-bit): a
        // tuple's pointer, an int's 30-bit digit, a byte, a type's member slot.
        "__itemsize__" => Some(int_from_i64(match t.kind {
            Kind::Tuple => 8,
            Kind::Int | Kind::Bool => 4,
            Kind::Bytes => 1,
            Kind::Type => 40,
            _ => 0,
        })),
        "__subclasses__" => Some(crate::class::subclasses_method(o)),
        // `object.__subclasshook__`: no opinion, so `abc` falls back to the MRO.
        "__subclasshook__" => Some(builtin_fn("__subclasshook__", subclasshook)),
        _ => None,
    })
}

/// Attributes of a module.
pub fn module_getattr(o: Value, name: &str) -> R<Option<Obj>> {
    let m = as_module(o).unwrap();
    let key = str_from(name);
    if let Some(v) = crate::dicts::dict_get(m.attrs, key.v())? {
        return Ok(Some(v));
    }
    match name {
        "__name__" => return Ok(Some(str_from(m.name))),
        "__dict__" => return Ok(Some(m.attrs.to_owned())),
        _ => {}
    }
    // PEP 562: a module-level `__getattr__` answers for missing attributes.
    if let Some(hook) = crate::dicts::dict_get(m.attrs, str_from("__getattr__").v())? {
        return call1(hook.v(), key.v()).map(Some);
    }
    Ok(None)
}

/// Raises TypeError unless `v` is callable (used by builtins that take functions).
pub fn is_callable(v: Value) -> bool {
    matches!(v.ty().kind, Kind::Function | Kind::Builtin | Kind::Method | Kind::Type | Kind::BoundMethod)
        || crate::generic::call_target(v).is_some()
        || crate::class::lookup_type(v.ty(), "__call__").is_some()
}

/// Calls `f(x)` for key functions.
pub fn call1(f: Value, x: Value) -> R<Obj> {
    call(f, &Args::positional(&[x]))
}
