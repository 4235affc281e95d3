//! The driver: the only part of the compiler that touches files and processes. It runs
//! the phases in order — read, parse, lower, passes, codegen, link — and turns their
//! failures into user-facing errors.

use crate::codegen;
use crate::diag::Diagnostic;
use crate::ir::{self, Module};
use crate::passes;
use std::path::{Path, PathBuf};

/// Why a compilation failed.
#[derive(Debug)]
pub enum Error {
    /// An error in the user's program, with its source for rendering.
    Diag(Diagnostic, String),
    /// A file could not be read or written, or a tool failed.
    Io(String),
    /// A bug in krait.
    Internal(String),
}

impl Error {
    /// The message to print.
    pub fn render(&self) -> String {
        match self {
            Error::Diag(d, src) => d.render(src),
            Error::Io(m) => format!("krait: error: {}\n", m),
            Error::Internal(m) => format!("krait: internal compiler error: {}\n", m),
        }
    }
}

mod cache;
mod library;
mod search;

use cache::{Cache, Manifest};
use ir::ModuleRef;
use search::Search;
use std::cell::RefCell;
use std::collections::{BTreeMap, HashSet, VecDeque};

/// Options for a build.
#[derive(Clone, Debug, Default)]
pub struct Options {
    pub opt_level: u8,
    /// Run the IR verifier after lowering and after every pass.
    pub verify: bool,
    /// Extra directories to find modules in (`-I`), after the script's directory.
    pub paths: Vec<PathBuf>,
    /// The CPython standard library to compile imported modules from (`--stdlib`).
    pub stdlib: Option<PathBuf>,
    /// Say which modules are compiled and which come from the cache.
    pub verbose: bool,
    /// Keep compiled modules in the object cache and reuse them.
    pub cache: bool,
    /// Modules to compile in even if only deferred imports name them (`--include`).
    pub include: Vec<String>,
}

impl Options {
    pub fn new(opt_level: u8) -> Options {
        Options { opt_level, verify: false, paths: vec![], stdlib: None, verbose: false, cache: true, include: vec![] }
    }
}

/// One module to compile.
struct Unit {
    name: String,
    /// The path as given (the script) or found (imported modules).
    path: PathBuf,
    package: Option<String>,
}

/// Reads a module's source.
fn read(path: &Path) -> Result<String, Error> {
    if let Some(src) = library::read(&path.to_string_lossy()) {
        return Ok(src.to_string());
    }
    std::fs::read_to_string(path).map_err(|e| Error::Io(format!("cannot read {}: {}", path.display(), e)))
}

/// The directory CPython puts first on `sys.path` for a script: its own, resolved.
fn script_dir(path: &Path) -> Option<PathBuf> {
    let abs = std::fs::canonicalize(path).ok()?;
    abs.parent().map(|p| p.to_path_buf())
}

/// Parses, lowers and runs the passes on one module; the searches it made are
/// recorded in `asked`.
fn lower_unit(unit: &Unit, source: &str, search: &Search, opts: &Options, asked: &RefCell<BTreeMap<String, ModuleRef>>) -> Result<Module, Error> {
    let file = unit.path.to_string_lossy().to_string();
    let module_file = if unit.name == "__main__" { traceback_file(&unit.path) } else { file.clone() };
    let resolver = |name: &str| {
        let r = search.resolve(name);
        asked.borrow_mut().insert(name.to_string(), r.clone());
        r
    };
    let in_stdlib = unit.name != "__main__" && search.in_stdlib(&unit.path);
    let input = crate::lower::ModuleInput {
        name: &unit.name,
        file: &file,
        module_file: &module_file,
        source,
        package: unit.package.clone(),
        in_stdlib,
        resolver: &resolver,
    };
    let mut body = crate::syntax::parse_module(source, &file).map_err(|d| Error::Diag(d, source.to_string()))?;
    if in_stdlib {
        crate::syntax::replace_defs(&mut body, &library::replaced_in(&unit.name));
    }
    let mut m = crate::lower::lower_module(&input, &body).map_err(|d| Error::Diag(d, source.to_string()))?;
    passes::run_all(&mut m, opts.verify).map_err(Error::Internal)?;
    Ok(m)
}

/// Reads, parses and lowers a program, then runs the passes.
pub fn compile_ir(path: &Path, opts: &Options) -> Result<Module, Error> {
    let source = read(path)?;
    let search = Search::new(script_dir(path), &opts.paths, opts.stdlib.clone());
    let unit = Unit { name: "__main__".into(), path: path.to_path_buf(), package: None };
    lower_unit(&unit, &source, &search, opts, &RefCell::new(BTreeMap::new()))
}

/// Parses and lowers source text on its own, with only the runtime's and the native
/// modules importable (used by tests).
pub fn lower_source(source: &str, file: &str, opts: &Options) -> Result<Module, Error> {
    let search = Search::new(None, &[], Some(PathBuf::from("/nonexistent")));
    let unit = Unit { name: "__main__".into(), path: PathBuf::from(file), package: None };
    let body = crate::syntax::parse_module(source, file).map_err(|d| Error::Diag(d, source.to_string()))?;
    let resolver = |name: &str| search.resolve(name);
    let input = crate::lower::ModuleInput {
        name: &unit.name,
        file,
        module_file: file,
        source,
        package: None,
        in_stdlib: false,
        resolver: &resolver,
    };
    let mut m = crate::lower::lower_module(&input, &body).map_err(|d| Error::Diag(d, source.to_string()))?;
    passes::run_all(&mut m, opts.verify).map_err(Error::Internal)?;
    Ok(m)
}

/// `krait emit bytecode`.
pub fn emit_bytecode(path: &Path, opts: &Options) -> Result<String, Error> {
    let m = compile_ir(path, opts)?;
    Ok(ir::write::module(&m))
}

/// `krait emit llvm`.
pub fn emit_llvm(path: &Path, opts: &Options) -> Result<String, Error> {
    let m = compile_ir(path, opts)?;
    let ctx = inkwell::context::Context::create();
    let llmod = codegen::emit(&ctx, &m, codegen::Options { opt_level: opts.opt_level }).map_err(Error::Internal)?;
    Ok(llmod.print_to_string().to_string())
}

/// Compiles one module to an object file (or finds it in the cache); returns the
/// object and its manifest (the searches made, the modules to compile with it).
fn compile_unit(unit: &Unit, search: &Search, cache: &Cache, opts: &Options, tmp: &Path, n: usize) -> Result<(PathBuf, Manifest), Error> {
    let source = read(&unit.path)?;
    let path_text = unit.path.to_string_lossy().to_string();
    let traceback = if unit.name == "__main__" { traceback_file(&unit.path) } else { path_text.clone() };
    let level = [opts.opt_level];
    let key = Cache::key(&[unit.name.as_bytes(), path_text.as_bytes(), traceback.as_bytes(), unit.package.as_deref().unwrap_or("\0").as_bytes(), &level, source.as_bytes()]);
    if let Some((obj, answers)) = cache.lookup(&key, |name| search.resolve(name)) {
        if opts.verbose {
            eprintln!("krait: cached {} ({})", unit.name, unit.path.display());
        }
        return Ok((obj, answers));
    }
    if opts.verbose {
        eprintln!("krait: compiling {} ({})", unit.name, unit.path.display());
    }
    let asked = RefCell::new(BTreeMap::new());
    let m = lower_unit(unit, &source, search, opts, &asked)?;
    let ctx = inkwell::context::Context::create();
    let cg = codegen::Options { opt_level: opts.opt_level };
    let llmod = codegen::emit(&ctx, &m, cg).map_err(Error::Internal)?;
    let obj = tmp.join(format!("m{}.o", n));
    codegen::write_object(&llmod, cg, &obj).map_err(Error::Internal)?;
    let follow = m.eager_imports.iter().filter(|n| matches!(m.imports.get(*n), Some(ModuleRef::Compiled { .. }))).cloned().collect();
    let manifest = Manifest { answers: asked.into_inner(), follow };
    let obj = cache.store(&key, &obj, &manifest).unwrap_or(obj);
    Ok((obj, manifest))
}

/// `krait build`: compiles the program and every module it imports (each once, from
/// the cache when unchanged) and links the executable `out`.
pub fn build(path: &Path, out: &Path, opts: &Options) -> Result<(), Error> {
    let search = Search::new(script_dir(path), &opts.paths, opts.stdlib.clone());
    let cache = if opts.cache { Cache::open() } else { Cache::none() };
    let tmp = tempfile::tempdir().map_err(|e| Error::Io(format!("cannot create a temporary directory: {}", e)))?;
    let mut queue = VecDeque::from([Unit { name: "__main__".into(), path: path.to_path_buf(), package: None }]);
    let mut seen: HashSet<String> = HashSet::from(["__main__".to_string()]);
    let mut objects = vec![];
    // Modules asked for with --include, and their packages, as if imported eagerly.
    let mut wanted: Vec<String> = vec![];
    for name in &opts.include {
        let parts: Vec<&str> = name.split('.').collect();
        for k in 1..=parts.len() {
            wanted.push(parts[..k].join("."));
        }
    }
    let mut push = |name: String, queue: &mut VecDeque<Unit>| -> Result<(), Error> {
        match search.resolve(&name) {
            ModuleRef::Compiled { file, package } => {
                if seen.insert(name.clone()) {
                    let pkg = if package { Some(name.clone()) } else { Some(name.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default()) };
                    queue.push_back(Unit { name, path: PathBuf::from(file), package: pkg });
                }
                Ok(())
            }
            ModuleRef::Runtime | ModuleRef::Native => Ok(()),
            ModuleRef::Missing => Err(Error::Io(format!("--include {}: no module named '{}'", name, name))),
        }
    };
    for name in wanted {
        push(name, &mut queue)?;
    }
    // What the module table lists: every module compiled in, and every other module
    // a lowering found (the deferred imports, not compiled in) or native.
    let mut compiled: Vec<codegen::table::TableModule> = vec![];
    let mut found: BTreeMap<String, ModuleRef> = BTreeMap::new();
    while let Some(unit) = queue.pop_front() {
        let (obj, manifest) = compile_unit(&unit, &search, &cache, opts, tmp.path(), objects.len())?;
        objects.push(obj);
        if unit.name != "__main__" {
            compiled.push(codegen::table::TableModule { name: unit.name.clone(), file: unit.path.to_string_lossy().to_string(), package: unit.package.as_deref() == Some(unit.name.as_str()), linked: true });
        }
        found.extend(manifest.answers);
        for name in manifest.follow {
            push(name, &mut queue)?;
        }
        // Modules the standard library loads without an import statement.
        for name in library::implicit_imports(&unit.name) {
            match search.resolve(&name) {
                ModuleRef::Compiled { .. } => push(name, &mut queue)?,
                ModuleRef::Missing => {}
                r => {
                    found.insert(name, r);
                }
            }
        }
    }
    let mut natives = vec![];
    for (name, r) in found {
        match r {
            ModuleRef::Native => natives.push(name),
            ModuleRef::Compiled { file, package } if !seen.contains(&name) => compiled.push(codegen::table::TableModule { name, file, package, linked: false }),
            _ => {}
        }
    }
    objects.push(module_table(&compiled, &natives, opts, tmp.path())?);
    crate::link::link(&objects, out, tmp.path()).map_err(Error::Io)
}

/// The object file of the module table (`codegen::table`).
fn module_table(compiled: &[codegen::table::TableModule], natives: &[String], opts: &Options, tmp: &Path) -> Result<PathBuf, Error> {
    let ctx = inkwell::context::Context::create();
    let cg = codegen::Options { opt_level: 0 };
    let _ = opts;
    let llmod = codegen::table::emit(&ctx, compiled, natives, cg).map_err(Error::Internal)?;
    let obj = tmp.join("modules.o");
    codegen::write_object(&llmod, cg, &obj).map_err(Error::Internal)?;
    Ok(obj)
}

/// The file name tracebacks show: like CPython running a script, the path joined to
/// the current directory when relative (without normalising it).
fn traceback_file(path: &Path) -> String {
    let given = path.to_string_lossy().to_string();
    if path.is_absolute() {
        return given;
    }
    match std::env::current_dir() {
        Ok(cwd) => format!("{}/{}", cwd.to_string_lossy().trim_end_matches('/'), given),
        Err(_) => given,
    }
}

/// The default executable name for a script: its stem, next to the current directory.
pub fn default_output(path: &Path) -> PathBuf {
    PathBuf::from(path.file_stem().map(|s| s.to_os_string()).unwrap_or_else(|| "a.out".into()))
}
