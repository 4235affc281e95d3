//! Finding modules, as CPython's path-based finder does: the runtime's and the
//! native modules first (CPython's built-in modules) with krait's own library
//! modules (`library.rs`), then the script's directory,
//! then the directories given with `-I`, then the standard library of a CPython 3.11
//! installation. A package (`name/__init__.py`) wins over a module file (`name.py`)
//! in the same directory; a submodule `a.b` is looked for only in package `a`'s
//! directory. Answers are memoised, and every question asked is remembered so the
//! object cache can check that a cached module would still import the same modules.

use crate::ir::ModuleRef;
use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

pub struct Search {
    /// The script's directory, then the `-I` directories.
    roots: Vec<PathBuf>,
    /// The standard library directory, found on first need.
    stdlib: RefCell<Option<Option<PathBuf>>>,
    stdlib_opt: Option<PathBuf>,
    memo: RefCell<HashMap<String, ModuleRef>>,
}

impl Search {
    pub fn new(script_dir: Option<PathBuf>, extra: &[PathBuf], stdlib: Option<PathBuf>) -> Search {
        let mut roots: Vec<PathBuf> = script_dir.into_iter().collect();
        roots.extend(extra.iter().map(|p| std::fs::canonicalize(p).unwrap_or_else(|_| p.clone())));
        Search { roots, stdlib: RefCell::new(None), stdlib_opt: stdlib, memo: RefCell::new(HashMap::new()) }
    }

    /// The standard library directory: `--stdlib`, else `$KRAIT_STDLIB`, else the one
    /// of `python3` on PATH, else Debian's `/usr/lib/python3.11`.
    pub fn stdlib(&self) -> Option<PathBuf> {
        if let Some(found) = self.stdlib.borrow().clone() {
            return found;
        }
        let found = self
            .stdlib_opt
            .clone()
            .or_else(|| std::env::var_os("KRAIT_STDLIB").map(PathBuf::from))
            .or_else(python3_stdlib)
            .or_else(|| Some(PathBuf::from("/usr/lib/python3.11")))
            .filter(|p| p.join("os.py").is_file());
        *self.stdlib.borrow_mut() = Some(found.clone());
        found
    }

    /// Is `file` part of the standard library?
    pub fn in_stdlib(&self, file: &Path) -> bool {
        if file.starts_with(super::library::DIR) {
            return true;
        }
        match self.stdlib() {
            Some(dir) => file.starts_with(dir),
            None => false,
        }
    }

    /// Where the module `name` (absolute, dotted) comes from.
    pub fn resolve(&self, name: &str) -> ModuleRef {
        if let Some(r) = self.memo.borrow().get(name) {
            return r.clone();
        }
        let r = self.find(name);
        self.memo.borrow_mut().insert(name.to_string(), r.clone());
        r
    }

    fn find(&self, name: &str) -> ModuleRef {
        if krait_abi::RUNTIME_MODULES.contains(&name) {
            return ModuleRef::Runtime;
        }
        if krait_abi::NATIVE_MODULES.contains(&name) {
            return ModuleRef::Native;
        }
        if super::library::source(name).is_some() {
            return ModuleRef::Compiled { file: super::library::file(name), package: false };
        }
        if name.is_empty() || name.split('.').any(|p| p.is_empty()) {
            return ModuleRef::Missing;
        }
        if let Some((parent, last)) = name.rsplit_once('.') {
            return match self.resolve(parent) {
                ModuleRef::Compiled { file, package: true } => {
                    let dir = Path::new(&file).parent().unwrap_or(Path::new("/")).to_path_buf();
                    in_dir(&dir, last).unwrap_or(ModuleRef::Missing)
                }
                _ => ModuleRef::Missing,
            };
        }
        for root in &self.roots {
            if let Some(r) = in_dir(root, name) {
                return r;
            }
        }
        match self.stdlib() {
            Some(dir) => in_dir(&dir, name).unwrap_or(ModuleRef::Missing),
            None => ModuleRef::Missing,
        }
    }

}

/// `dir/name/__init__.py` or `dir/name.py`.
fn in_dir(dir: &Path, name: &str) -> Option<ModuleRef> {
    let pkg = dir.join(name).join("__init__.py");
    if pkg.is_file() {
        return Some(ModuleRef::Compiled { file: pkg.to_string_lossy().to_string(), package: true });
    }
    let file = dir.join(format!("{}.py", name));
    if file.is_file() {
        return Some(ModuleRef::Compiled { file: file.to_string_lossy().to_string(), package: false });
    }
    None
}

/// The standard library of the `python3` on PATH (asked once; the pyenv shim makes
/// this slow, so `$KRAIT_STDLIB` or `--stdlib` avoid it).
fn python3_stdlib() -> Option<PathBuf> {
    let out = std::process::Command::new("python3")
        .args(["-c", "import sysconfig; print(sysconfig.get_path('stdlib'))"])
        .stderr(std::process::Stdio::null())
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let s = String::from_utf8(out.stdout).ok()?;
    let p = PathBuf::from(s.trim());
    p.is_dir().then_some(p)
}
