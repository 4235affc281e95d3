//! The object cache, krait's `.pyc`: each compiled module's object file is kept under
//! a key made of everything that decides its code — the compiler binary, the options,
//! the module's name, paths and source — with a manifest of the module searches its
//! lowering made. A cached object is used only if every search still gives the same
//! answer, so adding a module that shadows another recompiles the importers.
//!
//! The cache lives in `$KRAIT_CACHE_DIR`, else `$XDG_CACHE_HOME/krait`, else
//! `~/.cache/krait`; entries are written to a temporary name and renamed, so parallel
//! builds never see half-written files.

use crate::ir::ModuleRef;
use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

pub struct Cache {
    dir: Option<PathBuf>,
}

impl Cache {
    /// The cache directory, created if needed (no cache when that fails).
    pub fn open() -> Cache {
        let dir = std::env::var_os("KRAIT_CACHE_DIR")
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("XDG_CACHE_HOME").map(|d| PathBuf::from(d).join("krait")))
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache/krait")));
        let dir = dir.filter(|d| compiler_identity().is_some() && std::fs::create_dir_all(d).is_ok());
        Cache { dir }
    }

    /// A cache that stores nothing.
    pub fn none() -> Cache {
        Cache { dir: None }
    }

    /// The key of a module: a 128-bit hash of the compiler's identity and `parts`.
    pub fn key(parts: &[&[u8]]) -> String {
        let mut out = String::new();
        for salt in [0u8, 1u8] {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            salt.hash(&mut h);
            compiler_identity().hash(&mut h);
            for p in parts {
                p.hash(&mut h);
            }
            out.push_str(&format!("{:016x}", h.finish()));
        }
        out
    }

    /// The cached object for `key`, if its recorded searches still hold, with the
    /// searches and the modules to compile with it.
    pub fn lookup(&self, key: &str, still: impl Fn(&str) -> ModuleRef) -> Option<(PathBuf, Manifest)> {
        let dir = self.dir.as_ref()?;
        let obj = dir.join(format!("{}.o", key));
        let manifest = std::fs::read_to_string(dir.join(format!("{}.imports", key))).ok()?;
        if !obj.is_file() {
            return None;
        }
        let m = parse_manifest(&manifest)?;
        if m.answers.iter().all(|(name, r)| still(name) == *r) {
            Some((obj, m))
        } else {
            None
        }
    }

    /// Keeps a copy of `obj` and its manifest under `key`; returns the cached path.
    pub fn store(&self, key: &str, obj: &Path, manifest: &Manifest) -> Option<PathBuf> {
        let dir = self.dir.as_ref()?;
        let tmp = tempfile::NamedTempFile::new_in(dir).ok()?;
        std::fs::copy(obj, tmp.path()).ok()?;
        let dest = dir.join(format!("{}.o", key));
        tmp.persist(&dest).ok()?;
        let mtmp = tempfile::NamedTempFile::new_in(dir).ok()?;
        std::fs::write(mtmp.path(), write_manifest(manifest)).ok()?;
        mtmp.persist(dir.join(format!("{}.imports", key))).ok()?;
        Some(dest)
    }
}

/// The compiler binary's identity: its version, size and modification time, so a
/// rebuilt compiler never reuses objects of an older one.
///
/// `/proc/self/exe` still reaches the running binary after it was replaced on disk
/// (a rebuild while krait runs), where `current_exe()` names a deleted file; an
/// identity that cannot be read disables the cache rather than matching another
/// compiler's objects.
fn compiler_identity() -> Option<&'static str> {
    static ID: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    ID.get_or_init(|| {
        let meta = std::fs::metadata("/proc/self/exe").or_else(|_| std::env::current_exe().and_then(std::fs::metadata)).ok()?;
        let t = meta.modified().ok()?.duration_since(std::time::UNIX_EPOCH).ok()?.as_nanos();
        Some(format!("krait {} {}:{}", env!("CARGO_PKG_VERSION"), meta.len(), t))
    })
    .as_deref()
}

/// What a module's compilation depended on and brings with it.
#[derive(Default)]
pub struct Manifest {
    /// Every module search its lowering made, and the answer.
    pub answers: BTreeMap<String, ModuleRef>,
    /// The modules that must be compiled into the program with it (its imports but
    /// the deferred ones).
    pub follow: Vec<String>,
}

fn write_manifest(m: &Manifest) -> String {
    let mut s = String::new();
    for name in &m.follow {
        s.push_str(&format!("follow\t{}\n", name));
    }
    for (name, r) in &m.answers {
        let (kind, file) = match r {
            ModuleRef::Runtime => ("runtime", ""),
            ModuleRef::Native => ("native", ""),
            ModuleRef::Missing => ("missing", ""),
            ModuleRef::Compiled { file, package: false } => ("module", file.as_str()),
            ModuleRef::Compiled { file, package: true } => ("package", file.as_str()),
        };
        s.push_str(&format!("{}\t{}\t{}\n", name, kind, file));
    }
    s
}

fn parse_manifest(text: &str) -> Option<Manifest> {
    let mut out = Manifest::default();
    for line in text.lines() {
        if let Some(name) = line.strip_prefix("follow\t") {
            out.follow.push(name.to_string());
            continue;
        }
        let mut parts = line.splitn(3, '\t');
        let (name, kind, file) = (parts.next()?, parts.next()?, parts.next()?.to_string());
        let r = match kind {
            "runtime" => ModuleRef::Runtime,
            "native" => ModuleRef::Native,
            "missing" => ModuleRef::Missing,
            "module" => ModuleRef::Compiled { file, package: false },
            "package" => ModuleRef::Compiled { file, package: true },
            _ => return None,
        };
        out.answers.insert(name.to_string(), r);
    }
    Some(out)
}
