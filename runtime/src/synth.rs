//! The `_krait` module: what krait's own Python replacements for code-generating
//! standard-library functions need (`collections.namedtuple` and `dataclasses` make
//! functions with `exec`/`eval` in CPython).
//!
//! `_krait.make_function(name, qualname, params, impl, ...)` makes a real function
//! object with the given signature: calling it binds the arguments exactly as a
//! `def` with that signature would (same defaults, same TypeError messages, named
//! after `qualname`), then calls `impl` with one positional argument per parameter,
//! in order (`*args` as a tuple, `**kwargs` as a dict). `inspect.signature` and
//! `__code__` see the declared parameters. The function's static record is made
//! once per call and lives for the program's life, as a compiled `def` does.

use crate::call::Args;
use crate::exc::type_error;
use crate::objects::*;
use crate::types::*;
use crate::value::{abi, Header, Obj, Value, R};
use krait_abi::{FuncInfo, ModuleInfo, ParamName};

fn leak_str(s: &str) -> (*const u8, usize) {
    let b: &'static str = Box::leak(s.to_string().into_boxed_str());
    (b.as_ptr(), b.len())
}

/// The entry of every made function: binds, then calls `impl` (the one item of the
/// function's closure tuple).
unsafe extern "C" fn synth_entry(func: Value, args: *const Value, nargs: i64, kwnames: Value) -> Value {
    let f = as_func(func).unwrap();
    let n = (*f.info).nparams;
    let mut slots = vec![Value::NULL; n];
    if crate::func::rt_bind_args(func, args, nargs, kwnames, slots.as_mut_ptr()) != 0 {
        return Value::NULL;
    }
    let imp = as_tuple(f.closure).unwrap().items[0];
    let r = crate::call::call(imp, &Args::positional(&slots));
    for s in slots {
        s.decref();
    }
    abi(r)
}

fn names_of(v: Value, what: &str) -> R<Vec<String>> {
    let mut out = vec![];
    for x in crate::ops::collect(v)? {
        match as_str(x.v()) {
            Some(s) => out.push(s.s.to_string()),
            None => return type_error(format!("make_function(): {} must be strings", what)),
        }
    }
    Ok(out)
}

fn opt_str(v: Option<Value>) -> Option<String> {
    v.filter(|x| !is_none(*x)).and_then(|x| as_str(x).map(|s| s.s.to_string()))
}

// `make_function(name, qualname, positional, impl, *, posonly=0, varargs=None,
// kwonly=(), varkw=None, defaults=None, kwdefaults=None, module=None, doc=None)`.
crate::builtin!(make_function, |a| {
    let b = crate::clinic::unpack_keywords(
        a,
        "make_function",
        &["name", "qualname", "positional", "impl", "posonly", "varargs", "kwonly", "varkw", "defaults", "kwdefaults", "module", "doc"],
        4,
        4,
        4,
    )?;
    let name = opt_str(b[0]).ok_or_else(|| crate::exc::raise(&TYPE_ERROR, "make_function(): name must be a string"))?;
    let qualname = opt_str(b[1]).unwrap_or_else(|| name.clone());
    let positional = names_of(b[2].unwrap(), "parameter names")?;
    let imp = b[3].unwrap();
    let posonly = match b[4] {
        Some(v) => crate::num::to_i64(v)?.unwrap_or(0) as usize,
        None => 0,
    };
    let varargs = opt_str(b[5]);
    let kwonly = match b[6] {
        Some(v) if !is_none(v) => names_of(v, "keyword-only names")?,
        _ => vec![],
    };
    let varkw = opt_str(b[7]);
    let defaults = b[8].filter(|v| !is_none(*v));
    let kwdefaults = b[9].filter(|v| !is_none(*v));
    let module = opt_str(b[10]).unwrap_or_else(|| "__main__".into());
    let doc = opt_str(b[11]);
    if posonly > positional.len() {
        return type_error("make_function(): posonly exceeds the positional parameters");
    }
    let mut params: Vec<String> = positional.clone();
    params.extend(varargs.iter().cloned());
    params.extend(kwonly.iter().cloned());
    params.extend(varkw.iter().cloned());
    let pnames: Vec<ParamName> = params
        .iter()
        .map(|p| {
            let (ptr, len) = leak_str(p);
            ParamName { ptr, len }
        })
        .collect();
    let (mname, mlen) = leak_str(&module);
    let (file, flen) = leak_str("<string>");
    let minfo: &'static ModuleInfo = Box::leak(Box::new(ModuleInfo { file, file_len: flen, source: file, source_len: 0, name: mname, name_len: mlen, dict: std::ptr::null() }));
    let (nptr, nlen) = leak_str(&name);
    let (qptr, qlen) = leak_str(&qualname);
    let (dptr, dlen) = match &doc {
        Some(d) => leak_str(d),
        None => (std::ptr::null(), usize::MAX),
    };
    let mut flags = 0;
    if varargs.is_some() {
        flags |= FuncInfo::VARARGS;
    }
    if varkw.is_some() {
        flags |= FuncInfo::VARKW;
    }
    let info: &'static FuncInfo = Box::leak(Box::new(FuncInfo {
        name: nptr,
        name_len: nlen,
        module: minfo,
        nparams: pnames.len(),
        params: Box::leak(pnames.into_boxed_slice()).as_ptr(),
        npositional: positional.len(),
        qualname: qptr,
        qualname_len: qlen,
        nposonly: posonly,
        nkwonly: kwonly.len(),
        flags,
        firstline: 1,
        doc: dptr,
        doc_len: dlen,
    }));
    let defaults = match defaults {
        Some(d) => {
            let t = crate::ops::collect(d)?;
            if t.len() > positional.len() {
                return type_error("make_function(): more defaults than positional parameters");
            }
            tuple_from(t.into_iter().map(Obj::into_raw).collect()).into_raw()
        }
        None => Value::NULL,
    };
    let closure = tuple_from(vec![imp.to_owned().into_raw()]);
    let f = FuncObj {
        head: Header::new(&FUNCTION_TYPE),
        info,
        entry: synth_entry as *const u8,
        defaults,
        kwdefaults: kwdefaults.map_or(Value::NULL, |d| d.to_owned().into_raw()),
        closure: closure.into_raw(),
        dict: Value::NULL,
    };
    Ok(crate::gc::new_obj(f))
});

/// The `_krait` module.
pub fn make_module() -> R<Obj> {
    crate::sysmod::new_module(
        "_krait",
        vec![("make_function", builtin_fn("make_function", make_function))],
    )
}
