//! Importing by name at run time: `__import__`, `importlib.import_module`, the
//! finder on `sys.meta_path`, module specs, and the `_imp` module CPython's
//! `importlib` is built on.
//!
//! An `import` statement compiles to a direct reference to its module's `ModuleDef`
//! (`module.rs`); a name known only at run time is looked up in the module table the
//! driver links into every executable (`compiler/src/codegen/table.rs`), registered
//! by `rt_register_modules` before `main`: every compiled module, the standard-library
//! modules the program could import but that were not compiled in (no init function:
//! importing one raises ModuleNotFoundError with a note naming `--include`), and the
//! native modules linked in. The runtime's own modules (`sys`, `gc`...) are always
//! there.
//!
//! `sys.meta_path` holds one finder, `_krait.KraitImporter`, whose specs are
//! `importlib._bootstrap.ModuleSpec` objects and whose loader runs the compiled
//! module; with it CPython's own `importlib` (compiled from the standard library)
//! works unchanged. Specs need `importlib._bootstrap`, so a module gets its
//! `__spec__` and `__loader__` once that module is loaded: then every module already
//! imported gets them, and every later one before its body runs. `__main__` keeps
//! `__spec__ = None`, as for a script run by CPython.

use crate::call::{call, Args};
use crate::dicts::{dict_get, dict_set};
use crate::exc::{raise, type_error, value_error};
use crate::module::{lookup, module_dict, ModuleDef};
use crate::objects::*;
use crate::types::*;
use crate::value::{Obj, Raised, Value, R};
use std::cell::UnsafeCell;

/// What the module table says about a native module: its name and constructor.
#[repr(C)]
pub struct NativeDef {
    name: *const u8,
    name_len: i64,
    ctor: unsafe extern "C" fn() -> Value,
}

struct Table {
    defs: &'static [ModuleDef],
    natives: &'static [NativeDef],
}

struct TableCell(UnsafeCell<Table>);
// Python code runs on one thread.
unsafe impl Sync for TableCell {}
static TABLE: TableCell = TableCell(UnsafeCell::new(Table { defs: &[], natives: &[] }));

fn table() -> &'static Table {
    unsafe { &*TABLE.0.get() }
}

/// Records the module table (called by the table's static constructor).
#[no_mangle]
pub unsafe extern "C" fn rt_register_modules(defs: *const u8, n: i64, natives: *const u8, m: i64) {
    let t = &mut *TABLE.0.get();
    if n > 0 {
        t.defs = std::slice::from_raw_parts(defs as *const ModuleDef, n as usize);
    }
    if m > 0 {
        t.natives = std::slice::from_raw_parts(natives as *const NativeDef, m as usize);
    }
}

unsafe fn text<'a>(p: *const u8, n: i64) -> &'a str {
    std::str::from_utf8_unchecked(std::slice::from_raw_parts(p, n as usize))
}

/// Where the module of a name comes from.
pub enum Where {
    /// Built into the runtime (`sys`, `gc`, `_imp`...).
    Runtime,
    /// A native module linked in.
    Native(unsafe extern "C" fn() -> Value),
    /// A compiled module (its init function is null when it was not compiled in).
    Compiled(&'static ModuleDef),
    Missing,
}

/// Where the module `name` is, if the executable has it.
pub fn find(name: &str) -> Where {
    if krait_abi::RUNTIME_MODULES.contains(&name) {
        return Where::Runtime;
    }
    let t = table();
    if let Some(n) = t.natives.iter().find(|n| unsafe { text(n.name, n.name_len) } == name) {
        return Where::Native(n.ctor);
    }
    match t.defs.iter().find(|d| unsafe { text(d.name, d.name_len) } == name) {
        Some(d) => Where::Compiled(d),
        None => Where::Missing,
    }
}

/// The names CPython lists in `sys.builtin_module_names` that this executable has:
/// modules written in C (here in Rust, or as krait library Python).
pub fn is_builtin(name: &str) -> bool {
    let listed = krait_abi::RUNTIME_MODULES.contains(&name) || krait_abi::NATIVE_MODULES.contains(&name) || krait_abi::LIBRARY_BUILTIN_MODULES.contains(&name);
    listed && !matches!(find(name), Where::Missing)
}

fn not_found(msg: String, name: &str) -> Raised {
    crate::exc::module_not_found_msg(msg, name)
}

/// The module `name` (absolute, dotted), imported now if it is not in `sys.modules`:
/// CPython's `_find_and_load`. Parents are imported first, and the module becomes an
/// attribute of its parent.
pub fn import_by_name(name: &str) -> R<Obj> {
    if let Some(m) = lookup(name) {
        if is_none(m.v()) {
            return Err(not_found(format!("import of {} halted; None in sys.modules", name), name));
        }
        return Ok(m);
    }
    if let Some((parent, _)) = name.rsplit_once('.') {
        if lookup(parent).is_none() {
            import_by_name(parent)?;
        }
        // Importing the parent may have imported this module.
        if let Some(m) = lookup(name) {
            return Ok(m);
        }
        let p = lookup(parent).ok_or_else(|| raise(&KEY_ERROR, format!("'{}'", parent)))?;
        if crate::ops::getattr_opt(p.v(), "__path__")?.is_none() {
            return Err(not_found(format!("No module named '{}'; '{}' is not a package", name, parent), name));
        }
    }
    load(name, &find(name))
}

/// Makes the module `name` found at `w` (not yet in `sys.modules`).
fn load(name: &str, w: &Where) -> R<Obj> {
    match *w {
        Where::Runtime => crate::sysmod::import(name),
        Where::Native(ctor) => crate::sysmod::import_native(name, ctor),
        Where::Compiled(def) => unsafe { crate::module::load_def(def) },
        Where::Missing => Err(not_found(format!("No module named '{}'", name), name)),
    }
}

// ---------------------------------------------------------------------------
// Specs and the finder.
// ---------------------------------------------------------------------------

struct ImporterCell(UnsafeCell<Value>);
unsafe impl Sync for ImporterCell {}
static IMPORTER: ImporterCell = ImporterCell(UnsafeCell::new(Value::NULL));

/// `_krait.KraitImporter`, the finder and loader of every module the executable has
/// (borrowed: made once, kept for the program's life).
pub fn importer() -> R<Value> {
    unsafe {
        let p = IMPORTER.0.get();
        if (*p).is_null() {
            let cm = |n: &'static str, f| -> R<(&'static str, Obj)> { Ok((n, call(crate::class::CLASSMETHOD_TYPE.as_value(), &Args::positional(&[builtin_fn(n, f).v()]))?)) };
            let attrs = vec![
                cm("find_spec", importer_find_spec)?,
                cm("create_module", importer_create_module)?,
                cm("exec_module", importer_exec_module)?,
                ("__doc__", str_from("Finds and loads the modules compiled into this executable.")),
            ];
            let cls = crate::native_obj::new_class(crate::native_obj::ClassSpec { name: "KraitImporter", module: "_krait", bases: &[], new_state: None, attrs })?;
            *p = cls.into_raw();
        }
        Ok(*p)
    }
}

/// `importlib._bootstrap.ModuleSpec` for the module `name` found at `w`.
fn spec_for(name: &str, w: &Where) -> R<Obj> {
    let bootstrap = import_by_name("importlib._bootstrap")?;
    let module_spec = crate::ops::getattr(bootstrap.v(), "ModuleSpec")?;
    let (origin, file, package) = match *w {
        Where::Compiled(def) if !krait_abi::LIBRARY_BUILTIN_MODULES.contains(&name) => {
            let file = unsafe { text(def.file, def.file_len) };
            (file.to_string(), true, def.is_package != 0)
        }
        _ => ("built-in".to_string(), false, false),
    };
    let loader = importer()?;
    let kwnames = [str_from("origin"), str_from("is_package")];
    let kwvals = [str_from(origin.as_str()), bool_obj(package)];
    let kn: Vec<Value> = kwnames.iter().map(|k| k.v()).collect();
    let kv: Vec<Value> = kwvals.iter().map(|k| k.v()).collect();
    let spec = call(module_spec.v(), &Args { pos: &[str_from(name).v(), loader], kwnames: &kn, kwvals: &kv })?;
    if file {
        crate::ops::setattr(spec.v(), "has_location", bool_v(true))?;
        if package {
            let dir = origin.rsplit_once('/').map(|(d, _)| d).unwrap_or(".");
            crate::ops::setattr(spec.v(), "submodule_search_locations", list_from(vec![str_from(dir).into_raw()]).v())?;
        }
    }
    Ok(spec)
}

/// Gives module `m` (named `name`) its `__spec__` and `__loader__`, when
/// `importlib._bootstrap` is loaded and the module has none.
fn give_spec(name: &str, m: Value) -> R<()> {
    let d = module_dict(m);
    if d.is_null() || name == "__main__" {
        return Ok(());
    }
    let key = str_from("__spec__");
    if dict_get(d, key.v())?.map_or(false, |s| !is_none(s.v())) {
        return Ok(());
    }
    let w = find(name);
    if matches!(w, Where::Missing) {
        return Ok(());
    }
    let spec = spec_for(name, &w)?;
    dict_set(d, key.v(), spec.v())?;
    let lk = str_from("__loader__");
    if dict_get(d, lk.v())?.map_or(true, |l| is_none(l.v())) {
        dict_set(d, lk.v(), importer()?)?;
    }
    Ok(())
}

/// Called by `module.rs` before a compiled module's body runs.
pub fn before_body(name: &str, m: Value) -> R<()> {
    if name.starts_with("importlib.") || lookup("importlib._bootstrap").is_none() {
        return Ok(());
    }
    give_spec(name, m)
}

/// Called by `module.rs` after a compiled module's body ran: once
/// `importlib._bootstrap` is loaded, every module imported so far gets its spec.
pub fn after_body(name: &str) -> R<()> {
    if name != "importlib._bootstrap" {
        return Ok(());
    }
    for (_, k, m) in crate::dicts::entries(crate::module::modules()) {
        if let Some(s) = as_str(k.v()) {
            let n = s.s.to_string();
            give_spec(&n, m.v())?;
        }
    }
    Ok(())
}

struct JustCreated(UnsafeCell<Vec<Value>>);
unsafe impl Sync for JustCreated {}
/// Modules `create_module` has just run, whose `exec_module` must not run them again.
static JUST_CREATED: JustCreated = JustCreated(UnsafeCell::new(Vec::new()));

crate::builtin!(importer_find_spec, |a| {
    let v = crate::clinic::unpack_keywords(a, "find_spec", &["cls", "fullname", "path", "target"], 0, 2, 4)?;
    let name = v[1].unwrap();
    let Some(n) = as_str(name) else { return Ok(none()) };
    let n = n.s.to_string();
    let w = find(&n);
    if matches!(w, Where::Missing) {
        return Ok(none());
    }
    spec_for(&n, &w)
});

crate::builtin!(importer_create_module, |a| {
    crate::clinic::check_positional(a, "create_module", 2, 2)?;
    let name = crate::ops::getattr(a.pos[1], "name")?;
    let Some(n) = as_str(name.v()) else { return type_error("module name must be str") };
    let n = n.s.to_string();
    let m = import_by_name(&n)?;
    unsafe { (*JUST_CREATED.0.get()).push(m.v()) };
    Ok(m)
});

crate::builtin!(importer_exec_module, |a| {
    crate::clinic::check_positional(a, "exec_module", 2, 2)?;
    let m = a.pos[1];
    let just = unsafe { &mut *JUST_CREATED.0.get() };
    if let Some(i) = just.iter().position(|&x| x == m) {
        just.remove(i);
        return Ok(none());
    }
    // `importlib.reload`: the body runs again in the same module dict.
    let name = crate::ops::getattr(m, "__name__")?;
    let n = as_str(name.v()).map(|s| s.s.to_string()).unwrap_or_default();
    match find(&n) {
        Where::Compiled(def) => unsafe { crate::module::rerun(def, m)? },
        _ => {}
    }
    Ok(none())
});

// ---------------------------------------------------------------------------
// __import__.
// ---------------------------------------------------------------------------

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`, as CPython's
/// `PyImport_ImportModuleLevelObject`.
pub fn dunder_import(a: &Args) -> R<Obj> {
    let v = a.bind("__import__", &["name", "globals", "locals", "fromlist", "level"], 1)?;
    let name = v[0].unwrap();
    let Some(ns) = as_str(name) else {
        return type_error("module name must be a string");
    };
    let name_s = ns.s.to_string();
    let level = match v[4] {
        Some(l) => crate::num::to_i64(crate::clinic::index(l)?.v())?.unwrap_or(0),
        None => 0,
    };
    if level < 0 {
        return value_error("level must be >= 0");
    }
    let globals = v[1].filter(|g| !is_none(*g));
    let abs = if level > 0 {
        resolve_name(&name_s, globals, level as usize)?
    } else {
        if name_s.is_empty() {
            return value_error("Empty module name");
        }
        name_s.clone()
    };
    let m = import_by_name(&abs)?;
    let has_from = match v[3] {
        Some(f) if !is_none(f) => crate::ops::truthy(f)?,
        _ => false,
    };
    if !has_from {
        if level == 0 || !name_s.is_empty() {
            match name_s.find('.') {
                None => return Ok(m),
                Some(dot) if level == 0 => return import_by_name(&name_s[..dot]),
                Some(dot) => {
                    let cut = name_s.len() - dot;
                    let to_return = &abs[..abs.len() - cut];
                    return lookup(to_return).ok_or_else(|| raise(&KEY_ERROR, format!("'{}' not in sys.modules as expected", to_return)));
                }
            }
        }
        return Ok(m);
    }
    if crate::ops::getattr_opt(m.v(), "__path__")?.is_none() {
        return Ok(m);
    }
    handle_fromlist(m.v(), v[3].unwrap(), false)?;
    Ok(m)
}

/// The absolute name of a relative import from the module whose globals are given.
fn resolve_name(name: &str, globals: Option<Value>, level: usize) -> R<String> {
    let Some(g) = globals else { return Err(raise(&KEY_ERROR, "'__name__' not in globals")) };
    if g.ty().kind != Kind::Dict {
        return type_error("globals must be a dict");
    }
    let get = |k: &str| -> R<Option<Obj>> { Ok(dict_get(g, str_from(k).v())?.filter(|v| !is_none(v.v()))) };
    let package: String = if let Some(p) = get("__package__")? {
        match as_str(p.v()) {
            Some(s) => s.s.to_string(),
            None => return type_error("package must be a string"),
        }
    } else if let Some(spec) = get("__spec__")? {
        let parent = crate::ops::getattr(spec.v(), "parent")?;
        match as_str(parent.v()) {
            Some(s) => s.s.to_string(),
            None => return type_error("__spec__.parent must be a string"),
        }
    } else {
        let Some(n) = get("__name__")? else { return Err(raise(&KEY_ERROR, "'__name__' not in globals")) };
        let Some(n) = as_str(n.v()) else { return type_error("__name__ must be a string") };
        let n = n.s.to_string();
        if get("__path__")?.is_some() {
            n
        } else {
            match n.rfind('.') {
                Some(i) => n[..i].to_string(),
                None => return Err(raise(&IMPORT_ERROR, "attempted relative import with no known parent package")),
            }
        }
    };
    if package.is_empty() {
        return Err(raise(&IMPORT_ERROR, "attempted relative import with no known parent package"));
    }
    let mut last = package.len();
    for _ in 1..level {
        match package[..last].rfind('.') {
            Some(i) => last = i,
            None => return Err(raise(&IMPORT_ERROR, "attempted relative import beyond top-level package")),
        }
    }
    let base = &package[..last];
    Ok(if name.is_empty() { base.to_string() } else { format!("{}.{}", base, name) })
}

/// `importlib._bootstrap._handle_fromlist`: imports the submodules named in
/// `fromlist` that the package does not have as attributes.
fn handle_fromlist(m: Value, fromlist: Value, recursive: bool) -> R<()> {
    for x in crate::ops::collect(fromlist)? {
        let Some(s) = as_str(x.v()) else {
            let whence = if recursive { format!("{}.__all__", str_text(crate::ops::getattr(m, "__name__")?.v())) } else { "``from list''".to_string() };
            return type_error(format!("Item in {} must be str, not {}", whence, crate::ops::type_name(x.v())));
        };
        let s = s.s.to_string();
        if s == "*" {
            if !recursive {
                if let Some(all) = crate::ops::getattr_opt(m, "__all__")? {
                    handle_fromlist(m, all.v(), true)?;
                }
            }
            continue;
        }
        if crate::ops::getattr_opt(m, &s)?.is_some() {
            continue;
        }
        let mname = crate::ops::getattr(m, "__name__")?;
        let from_name = format!("{}.{}", str_text(mname.v()), s);
        if let Err(e) = import_by_name(&from_name) {
            // A submodule that does not exist is left for `from ... import` to report.
            if crate::exc::current_is(&MODULE_NOT_FOUND_ERROR) {
                let exc = crate::exc::take_current().unwrap();
                let ename = crate::ops::getattr_opt(exc.v(), "name")?;
                let same = ename.map_or(false, |n| as_str(n.v()).map_or(false, |t| *t.s == *from_name));
                if same && lookup(&from_name).map_or(true, |v| !is_none(v.v())) {
                    continue;
                }
                crate::exc::restore_current(exc);
            }
            return Err(e);
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// _imp.
// ---------------------------------------------------------------------------

static LOCK_COUNT: std::sync::atomic::AtomicI64 = std::sync::atomic::AtomicI64::new(0);

fn name_arg(a: &Args, fname: &str) -> R<String> {
    crate::clinic::no_keywords(a, fname)?;
    crate::clinic::check_positional(a, fname, 1, 1)?;
    match as_str(a.pos[0]) {
        Some(s) => Ok(s.s.to_string()),
        None => type_error(format!("{}() argument must be str, not {}", fname, crate::ops::type_name(a.pos[0]))),
    }
}

crate::builtin!(imp_is_builtin, |a| {
    let n = name_arg(a, "is_builtin")?;
    // CPython: -1 for the modules that cannot be initialised again.
    let r = if n == "sys" || n == "builtins" { -1 } else if is_builtin(&n) { 1 } else { 0 };
    Ok(int_from_i64(r))
});

crate::builtin!(imp_create_builtin, |a| {
    crate::clinic::check_positional(a, "create_builtin", 1, 1)?;
    let name = crate::ops::getattr(a.pos[0], "name")?;
    let Some(n) = as_str(name.v()) else { return type_error(format!("name must be string, not {}", crate::ops::type_name(name.v()))) };
    let n = n.s.to_string();
    if !is_builtin(&n) {
        return Err(raise(&IMPORT_ERROR, format!("no built-in module named {}", n)));
    }
    import_by_name(&n)
});

crate::builtin!(imp_exec_builtin, |a| {
    crate::clinic::check_positional(a, "exec_builtin", 1, 1)?;
    Ok(int_from_i64(0))
});

crate::builtin!(imp_is_frozen, |a| {
    name_arg(a, "is_frozen")?;
    Ok(bool_obj(false))
});

crate::builtin!(imp_is_frozen_package, |a| {
    let n = name_arg(a, "is_frozen_package")?;
    Err(raise(&IMPORT_ERROR, format!("No such frozen object named '{}'", n)))
});

crate::builtin!(imp_find_frozen, |a| {
    let v = crate::clinic::unpack_keywords(a, "find_frozen", &["name", "withdata"], 1, 1, 1)?;
    if as_str(v[0].unwrap()).is_none() {
        return type_error(format!("find_frozen() argument 1 must be str, not {}", crate::ops::type_name(v[0].unwrap())));
    }
    Ok(none())
});

crate::builtin!(imp_get_frozen_object, |a| {
    let n = as_str(a.pos.first().copied().unwrap_or(Value::NULL)).map(|s| s.s.to_string()).unwrap_or_default();
    Err(raise(&IMPORT_ERROR, format!("No such frozen object named '{}'", n)))
});

crate::builtin!(imp_acquire_lock, |a| {
    crate::clinic::no_args(a, "acquire_lock")?;
    LOCK_COUNT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    Ok(none())
});

crate::builtin!(imp_release_lock, |a| {
    crate::clinic::no_args(a, "release_lock")?;
    if LOCK_COUNT.load(std::sync::atomic::Ordering::Relaxed) == 0 {
        return Err(raise(&RUNTIME_ERROR, "not holding the import lock"));
    }
    LOCK_COUNT.fetch_sub(1, std::sync::atomic::Ordering::Relaxed);
    Ok(none())
});

crate::builtin!(imp_lock_held, |a| {
    crate::clinic::no_args(a, "lock_held")?;
    Ok(bool_obj(LOCK_COUNT.load(std::sync::atomic::Ordering::Relaxed) > 0))
});

crate::builtin!(imp_extension_suffixes, |a| {
    crate::clinic::no_args(a, "extension_suffixes")?;
    // krait executables load no extension modules.
    Ok(list_from(vec![]))
});

crate::builtin!(imp_fix_co_filename, |a| {
    crate::clinic::check_positional(a, "_fix_co_filename", 2, 2)?;
    Ok(none())
});

crate::builtin!(imp_create_dynamic, |a| {
    let name = a.pos.first().map(|s| crate::ops::getattr_opt(*s, "name")).transpose()?.flatten();
    let n = name.map(|n| str_text(n.v()).to_string()).unwrap_or_default();
    Err(raise(&IMPORT_ERROR, format!("krait cannot load the extension module {}", n)))
});

/// The `_imp` module.
pub fn make_imp() -> R<Obj> {
    let f = |n: &'static str, f| builtin_fn(n, f);
    crate::sysmod::new_module(
        "_imp",
        vec![
            ("__doc__", str_from("(Extremely) low-level import machinery bits as used by importlib.")),
            ("is_builtin", f("is_builtin", imp_is_builtin)),
            ("create_builtin", f("create_builtin", imp_create_builtin)),
            ("exec_builtin", f("exec_builtin", imp_exec_builtin)),
            ("is_frozen", f("is_frozen", imp_is_frozen)),
            ("is_frozen_package", f("is_frozen_package", imp_is_frozen_package)),
            ("find_frozen", f("find_frozen", imp_find_frozen)),
            ("get_frozen_object", f("get_frozen_object", imp_get_frozen_object)),
            ("init_frozen", f("init_frozen", imp_get_frozen_object)),
            ("acquire_lock", f("acquire_lock", imp_acquire_lock)),
            ("release_lock", f("release_lock", imp_release_lock)),
            ("lock_held", f("lock_held", imp_lock_held)),
            ("extension_suffixes", f("extension_suffixes", imp_extension_suffixes)),
            ("_fix_co_filename", f("_fix_co_filename", imp_fix_co_filename)),
            ("create_dynamic", f("create_dynamic", imp_create_dynamic)),
            ("exec_dynamic", f("exec_dynamic", imp_exec_builtin)),
            ("check_hash_based_pycs", str_from("default")),
        ],
    )
}
