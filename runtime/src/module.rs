//! Modules compiled from Python source: `sys.modules`, importing a compiled module
//! (running its body once, on first import, in a fresh module dict), the module
//! dict as the truth of a module's globals with the static slots compiled code reads
//! kept in step with it, and the forms of `from ... import`.
//!
//! A compiled module's globals live in its dict, as in CPython; compiled code reads
//! them from one static slot per name (`kr.<module>.g<i>.<name>`), which mirrors the
//! dict's value for that name (0 when the name is unbound). The dict is *watched*:
//! every change to it — a store by compiled code, `globals()[k] = v`, `m.x = v` from
//! another module, `del`, `clear()`... — goes through `dicts.rs`, which calls
//! [`on_set`], [`on_remove`] or [`on_clear`] while the table is consistent and
//! before any old value is released. A slot borrows its value from the dict.

use crate::call::Args;
use crate::dicts::{dict_get, dict_set};
use crate::exc::raise;
use crate::objects::*;
use crate::types::*;
use crate::value::{abi, Header, Obj, Raised, Value, R};
use std::collections::HashMap;

/// What compiled code tells the runtime about a module it imports (or runs as
/// `__main__`): emitted as a static record by the code generator.
#[repr(C)]
pub struct ModuleDef {
    pub name: *const u8,
    pub name_len: i64,
    /// Runs the module's body with the module dict as its globals: 0, or -1 after
    /// raising. None when the module was not linked in (a deferred import).
    pub init: Option<unsafe extern "C" fn(Value) -> i64>,
    /// The source path (`__file__`).
    pub file: *const u8,
    pub file_len: i64,
    /// 1 for a package (`__init__.py`).
    pub is_package: i64,
}

/// One global name of a compiled module and its static slot.
#[repr(C)]
pub struct GlobalName {
    pub name: *const u8,
    pub len: i64,
    pub slot: *mut Value,
}

/// The slots of a module dict's names (leaked: modules live as long as the program).
pub struct Watch {
    slots: HashMap<&'static str, *mut Value>,
}

unsafe fn text<'a>(p: *const u8, n: i64) -> &'a str {
    std::str::from_utf8_unchecked(std::slice::from_raw_parts(p, n as usize))
}

/// The slot mirroring `key` in a watched dict, if compiled code reads that name.
fn slot_of(w: *mut Watch, key: Value) -> Option<*mut Value> {
    let s = as_str(key)?;
    if !std::ptr::eq(key.ty(), &STR_TYPE) {
        return None;
    }
    unsafe { (*w).slots.get(&*s.s).copied() }
}

/// `key` was bound to `value` in the watched dict.
pub fn on_set(w: *mut Watch, key: Value, value: Value) {
    if let Some(p) = slot_of(w, key) {
        unsafe { *p = value };
    }
}

/// `key` was removed from the watched dict.
pub fn on_remove(w: *mut Watch, key: Value) {
    if let Some(p) = slot_of(w, key) {
        unsafe { *p = Value::NULL };
    }
}

/// The watched dict was emptied.
pub fn on_clear(w: *mut Watch) {
    for &p in unsafe { (*w).slots.values() } {
        unsafe { *p = Value::NULL };
    }
}

/// Called first by a compiled module's initialisation: keeps the module dict (a new
/// reference in `*dict_slot`), attaches the module's global slots to it and fills
/// them from what the dict already holds (`__name__`, `__file__`...).
#[no_mangle]
pub unsafe extern "C" fn rt_module_globals(dict: Value, names: *const u8, n: i64, dict_slot: *const u8) {
    let names = names as *const GlobalName;
    let dict_slot = dict_slot as *mut Value;
    *dict_slot = dict.to_owned().into_raw();
    let mut slots = HashMap::new();
    for i in 0..n as usize {
        let g = &*names.add(i);
        slots.insert(text(g.name, g.len), g.slot);
    }
    let w = Box::into_raw(Box::new(Watch { slots }));
    let d = dict.as_mut::<DictObj>();
    if d.watch.is_null() {
        d.watch = w;
    } else {
        // The same dict given to a second body (not done by compiled code): keep the
        // first watch and merge.
        (*d.watch).slots.extend((*w).slots.drain());
    }
    for i in 0..n as usize {
        let g = &*names.add(i);
        let v = dict_get(dict, str_from(text(g.name, g.len)).v()).ok().flatten();
        // Borrowed from the dict, which keeps the reference.
        *g.slot = v.map(|o| o.v()).unwrap_or(Value::NULL);
    }
}

/// `global = v` by compiled code: stores into the module dict (which updates the
/// slot). Borrows `v`.
#[no_mangle]
pub unsafe extern "C" fn rt_store_global(dict: Value, name: Value, v: Value) -> i32 {
    match dict_set(dict, name, v) {
        Ok(()) => 0,
        Err(_) => -1,
    }
}

/// `del global` by compiled code: NameError when the name is unbound.
#[no_mangle]
pub unsafe extern "C" fn rt_del_global(dict: Value, name: Value) -> i32 {
    let h = match crate::ops::hash(name) {
        Ok(h) => h,
        Err(_) => return -1,
    };
    match crate::dicts::remove_hashed(dict, h, name) {
        Ok(Some(_)) => 0,
        Ok(None) => {
            let n = as_str(name).map(|s| s.s.to_string()).unwrap_or_default();
            raise(&NAME_ERROR, format!("name '{}' is not defined", n));
            -1
        }
        Err(_) => -1,
    }
}

// ---------------------------------------------------------------------------
// sys.modules and importing.
// ---------------------------------------------------------------------------

struct Modules(std::cell::UnsafeCell<Value>);
// Python code runs on one thread.
unsafe impl Sync for Modules {}
static MODULES: Modules = Modules(std::cell::UnsafeCell::new(Value::NULL));

/// `sys.modules` (borrowed; made on first use and kept for the program's life).
pub fn modules() -> Value {
    unsafe {
        let p = MODULES.0.get();
        if (*p).is_null() {
            *p = dict_new().into_raw();
        }
        *p
    }
}

/// The module `name` in `sys.modules`, if there (a new reference).
pub fn lookup(name: &str) -> Option<Obj> {
    dict_get(modules(), str_from(name).v()).ok().flatten()
}

/// Records a module in `sys.modules`.
pub fn register(name: &str, m: Value) -> R<()> {
    dict_set(modules(), str_from(name).v(), m)
}

fn forget(name: &str) {
    let k = str_from(name);
    if let Ok(h) = crate::ops::hash(k.v()) {
        let _ = crate::dicts::remove_hashed(modules(), h, k.v());
    }
}

/// A new module object named `name` with an empty dict holding `__name__`.
pub fn new_module(name: &str) -> R<Obj> {
    let d = dict_new();
    dict_set(d.v(), str_from("__name__").v(), str_from(name).v())?;
    for k in ["__doc__", "__package__", "__loader__", "__spec__"] {
        dict_set(d.v(), str_from(k).v(), none().v())?;
    }
    let name: &'static str = Box::leak(name.to_string().into_boxed_str());
    Ok(crate::gc::new_obj(ModuleObj { head: Header::new(&MODULE_TYPE), name, attrs: d.into_raw() }))
}

/// `repr(module)`, as importlib's `_module_repr`: from the spec when there is one,
/// else from `__file__`, else from the loader. The executable's builtin modules,
/// which have no spec until `importlib` is loaded, say `(built-in)` as with one.
pub fn repr(v: Value) -> R<Obj> {
    let m = as_module(v).unwrap();
    let get = |k: &str| -> R<Option<Obj>> { Ok(crate::ops::getattr_opt(v, k)?.filter(|x| !is_none(x.v()))) };
    let r = |x: Value| -> R<String> { Ok(str_text(crate::ops::repr(x)?.v()).to_string()) };
    if let Some(spec) = get("__spec__")? {
        let name = match crate::ops::getattr_opt(spec.v(), "name")?.filter(|x| !is_none(x.v())) {
            Some(n) => r(n.v())?,
            None => "'?'".to_string(),
        };
        let origin = crate::ops::getattr_opt(spec.v(), "origin")?.filter(|x| !is_none(x.v()));
        let text = match origin {
            None => match crate::ops::getattr_opt(spec.v(), "loader")?.filter(|x| !is_none(x.v())) {
                None => format!("<module {}>", name),
                Some(l) => format!("<module {} ({})>", name, r(l.v())?),
            },
            Some(o) => {
                let located = match crate::ops::getattr_opt(spec.v(), "has_location")? {
                    Some(h) => crate::ops::truthy(h.v())?,
                    None => false,
                };
                if located {
                    format!("<module {} from {}>", name, r(o.v())?)
                } else {
                    format!("<module {} ({})>", name, str_text(crate::ops::str_of(o.v())?.v()))
                }
            }
        };
        return Ok(str_from(text));
    }
    let name = match get("__name__")? {
        Some(n) => r(n.v())?,
        None => "'?'".to_string(),
    };
    if let Some(f) = get("__file__")? {
        return Ok(str_from(format!("<module {} from {}>", name, r(f.v())?)));
    }
    if crate::imports::is_builtin(m.name) && lookup(m.name).map_or(false, |x| x.v() == v) {
        return Ok(str_from(format!("<module {} (built-in)>", name)));
    }
    Ok(str_from(match get("__loader__")? {
        None => format!("<module {}>", name),
        Some(l) => format!("<module {} ({})>", name, r(l.v())?),
    }))
}

/// `module(name, doc=None)`: the `call` slot of the module type.
pub unsafe extern "C" fn module_call(args: *const Value, nargs: i64, kwnames: Value) -> Value {
    let a = Args::from_abi(args, nargs, kwnames);
    abi((|| {
        let m = crate::gc::new_obj(ModuleObj { head: Header::new(&MODULE_TYPE), name: "?", attrs: dict_new().into_raw() });
        module_init(m.v(), &a)?;
        Ok(m)
    })())
}

/// `module.__init__(name, doc=None)`: sets `__name__`, `__doc__`, `__package__`,
/// `__loader__` and `__spec__`.
pub fn module_init(o: Value, args: &Args) -> R<()> {
    let v = crate::clinic::unpack_keywords(args, "module", &["name", "doc"], 0, 1, 2)?;
    let name = v[0].unwrap();
    let Some(n) = as_str(name) else {
        return crate::exc::type_error(format!("module() argument 'name' must be str, not {}", crate::ops::type_name(name)));
    };
    let m = as_module(o).unwrap();
    m.name = Box::leak(n.s.to_string().into_boxed_str());
    let d = m.attrs;
    dict_set(d, str_from("__name__").v(), name)?;
    dict_set(d, str_from("__doc__").v(), v[1].unwrap_or(none().v()))?;
    for k in ["__package__", "__loader__", "__spec__"] {
        dict_set(d, str_from(k).v(), none().v())?;
    }
    Ok(())
}

/// The dict of a module object (borrowed).
pub fn module_dict(m: Value) -> Value {
    as_module(m).map(|m| m.attrs).unwrap_or(Value::NULL)
}

/// Makes the module a definition describes and runs its body, as CPython's import
/// system does: the module is in `sys.modules` while its body runs (so circular
/// imports see it, partly initialised), is removed again if the body raises, and
/// becomes an attribute of its parent package once loaded.
unsafe fn load(def: &ModuleDef) -> R<Obj> {
    let name = text(def.name, def.name_len);
    let Some(init) = def.init else {
        return Err(not_linked(name));
    };
    let file = text(def.file, def.file_len);
    let m = new_module(name)?;
    let d = module_dict(m.v());
    dict_set(d, str_from("__file__").v(), str_from(file).v())?;
    let package = if def.is_package != 0 {
        let dir = file.rsplit_once('/').map(|(d, _)| d).unwrap_or(".");
        dict_set(d, str_from("__path__").v(), list_from(vec![str_from(dir).into_raw()]).v())?;
        name.to_string()
    } else {
        name.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default()
    };
    if name != "__main__" {
        dict_set(d, str_from("__package__").v(), str_from(package.as_str()).v())?;
    }
    register(name, m.v())?;
    if let Err(e) = crate::imports::before_body(name, m.v()) {
        forget(name);
        return Err(e);
    }
    let failed = init(d) != 0;
    if failed {
        forget(name);
        return Err(crate::value::Raised);
    }
    crate::imports::after_body(name)?;
    // CPython answers with whatever `sys.modules` holds now (a module may replace itself).
    let m = lookup(name).unwrap_or(m);
    if let Some((parent, child)) = name.rsplit_once('.') {
        if let Some(p) = lookup(parent) {
            crate::ops::setattr(p.v(), child, m.v())?;
        }
    }
    Ok(m)
}

/// A deferred import of a module that is not part of the program: ModuleNotFoundError,
/// with a note saying how to compile it in.
fn not_linked(name: &str) -> Raised {
    crate::exc::module_not_found(name);
    if let Some(e) = crate::exc::take_current() {
        let note = format!(
            "krait: '{}' is imported only inside a function of the standard library, so it was not compiled into this program; build with --include {} to add it",
            name, name
        );
        let _ = crate::exc::add_note(e.v(), str_from(note).v());
        crate::exc::restore_current(e);
    }
    Raised
}

/// `import name` of a compiled module: the module in `sys.modules`, or loaded now.
#[no_mangle]
pub unsafe extern "C" fn rt_import_module(def: *const u8) -> Value {
    let def = &*(def as *const ModuleDef);
    if let Some(m) = lookup(text(def.name, def.name_len)) {
        return m.into_raw();
    }
    abi(load(def))
}

/// Runs the main module (`krait_main`): 0, or -1 with the exception set.
#[no_mangle]
pub unsafe extern "C" fn rt_run_main(def: *const u8) -> i32 {
    match load(&*(def as *const ModuleDef)) {
        Ok(_) => 0,
        Err(_) => -1,
    }
}

/// What compiled code cannot do, raised where it runs: `kind` 0 is
/// ModuleNotFoundError ("No module named 'x'"), 1 ImportError, 2 NotImplementedError
/// (a standard-library call of `eval`, `exec` or `compile`).
#[no_mangle]
pub unsafe extern "C" fn rt_fail(msg: *const u8, len: i64, kind: i32) -> Value {
    let m = text(msg, len);
    if kind == 0 {
        // "No module named 'x'".
        let name = m.split('\'').nth(1).unwrap_or(m);
        crate::exc::module_not_found(name);
    } else if kind == 1 {
        raise(&IMPORT_ERROR, m.to_string());
    } else {
        raise(&NOT_IMPLEMENTED_ERROR, m.to_string());
    }
    Value::NULL
}

/// `from m import name`: the attribute, else the submodule `m.name` (imported now
/// through `sub` when the compiler found one), else ImportError as CPython words it.
#[no_mangle]
pub unsafe extern "C" fn rt_import_from(m: Value, name: Value, sub: *const u8) -> Value {
    abi(import_from(m, name, sub as *const ModuleDef))
}

unsafe fn import_from(m: Value, name: Value, sub: *const ModuleDef) -> R<Obj> {
    let n = as_str(name).map(|s| s.s.to_string()).unwrap_or_default();
    // A submodule not yet imported is imported first (CPython's `_handle_fromlist`).
    if !sub.is_null() && (*sub).init.is_some() && !hasattr(m, &n)? {
        load_sub(&*sub)?;
    }
    match crate::ops::getattr(m, &n) {
        Ok(v) => return Ok(v),
        Err(_) if crate::exc::current_is(&ATTRIBUTE_ERROR) => crate::exc::clear_current(),
        Err(e) => return Err(e),
    }
    let mname = match crate::ops::getattr(m, "__name__") {
        Ok(v) => as_str(v.v()).map(|s| s.s.to_string()),
        Err(_) => {
            crate::exc::clear_current();
            None
        }
    };
    if let Some(mn) = &mname {
        if let Some(v) = lookup(&format!("{}.{}", mn, n)) {
            return Ok(v);
        }
    }
    let mn = mname.unwrap_or_else(|| "<unknown module name>".to_string());
    let file = match crate::ops::getattr(m, "__file__") {
        Ok(v) => as_str(v.v()).map(|s| s.s.to_string()),
        Err(_) => {
            crate::exc::clear_current();
            None
        }
    };
    let msg = match file {
        Some(f) => format!("cannot import name '{}' from '{}' ({})", n, mn, f),
        None => format!("cannot import name '{}' from '{}' (unknown location)", n, mn),
    };
    Err(raise(&IMPORT_ERROR, msg))
}

/// Does `m` have the attribute (AttributeError answers no; other errors propagate)?
fn hasattr(m: Value, n: &str) -> R<bool> {
    match crate::ops::getattr(m, n) {
        Ok(_) => Ok(true),
        Err(_) if crate::exc::current_is(&ATTRIBUTE_ERROR) => {
            crate::exc::clear_current();
            Ok(false)
        }
        Err(e) => Err(e),
    }
}

/// Loads the module `def` describes, which is not in `sys.modules`: for importing by
/// name (`imports.rs`).
pub(crate) unsafe fn load_def(def: &ModuleDef) -> R<Obj> {
    load(def)
}

/// Runs the body of an imported module again in its dict (`importlib.reload`).
pub(crate) unsafe fn rerun(def: &ModuleDef, m: Value) -> R<()> {
    let Some(init) = def.init else { return Ok(()) };
    let d = module_dict(m);
    if d.is_null() || init(d) != 0 {
        return Err(crate::value::Raised);
    }
    Ok(())
}

unsafe fn load_sub(def: &ModuleDef) -> R<Obj> {
    match lookup(text(def.name, def.name_len)) {
        Some(m) => Ok(m),
        None => load(def),
    }
}

/// `from m import *` into the module dict `dict`: the names in `m.__all__`, or else
/// every name of the module's dict not starting with an underscore.
#[no_mangle]
pub unsafe extern "C" fn rt_import_star(m: Value, dict: Value) -> i32 {
    match import_star(m, dict) {
        Ok(()) => 0,
        Err(_) => -1,
    }
}

fn import_star(m: Value, dict: Value) -> R<()> {
    let all = match crate::ops::getattr(m, "__all__") {
        Ok(v) => Some(v),
        Err(_) if crate::exc::current_is(&ATTRIBUTE_ERROR) => {
            crate::exc::clear_current();
            None
        }
        Err(e) => return Err(e),
    };
    match all {
        Some(all) => {
            for k in crate::ops::collect(all.v())? {
                if as_str(k.v()).is_none() {
                    let mn = as_module(m).map(|x| x.name).unwrap_or("?");
                    return crate::exc::type_error(format!(
                        "Item in {}.__all__ must be str, not {}",
                        mn,
                        k.ty().name
                    ));
                }
                let name = as_str(k.v()).unwrap().s.to_string();
                let v = crate::ops::getattr(m, &name)?;
                dict_set(dict, k.v(), v.v())?;
            }
        }
        None => {
            let src = module_dict(m);
            if src.is_null() {
                return Err(raise(&IMPORT_ERROR, "from-import-* object has no __dict__ and no __all__"));
            }
            for (_, k, v) in crate::dicts::entries(src) {
                if as_str(k.v()).map(|s| s.s.starts_with('_')).unwrap_or(true) {
                    continue;
                }
                dict_set(dict, k.v(), v.v())?;
            }
        }
    }
    Ok(())
}
