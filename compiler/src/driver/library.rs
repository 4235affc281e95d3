//! krait's own Python library: modules written for krait in Python (`stdlib/python/`)
//! and embedded in the compiler, so an installed `krait` needs no source tree.
//!
//! They stand in two places. A module CPython writes in C that is simplest to write
//! in Python (`_ast`: classes and data) is found like a native module, before the
//! program's own directories. And a standard-library function that generates code
//! with `exec`/`eval` — impossible ahead of time — is replaced by krait's
//! implementation of the same observable behaviour: the top-level `def` in CPython's
//! module becomes `from <krait module> import <name>` at the same place
//! ([`REPLACED`]), so everything else in that module is CPython's own code.
//!
//! Library modules have the virtual file names `<krait>/NAME.py`; they are compiled
//! like standard-library modules.

/// The virtual directory of library modules.
pub const DIR: &str = "<krait>";

/// The library modules and their source.
pub const MODULES: &[(&str, &str)] = &[
    ("_ast", include_str!("../../../stdlib/python/_ast.py")),
    ("_krait_namedtuple", include_str!("../../../stdlib/python/_krait_namedtuple.py")),
    ("_krait_dataclasses", include_str!("../../../stdlib/python/_krait_dataclasses.py")),
    ("_warnings", include_str!("../../../stdlib/python/_warnings.py")),
];

/// Standard-library functions krait implements itself: (module, function, library
/// module that defines it).
pub const REPLACED: &[(&str, &str, &str)] = &[
    ("collections", "namedtuple", "_krait_namedtuple"),
    ("dataclasses", "_init_fn", "_krait_dataclasses"),
    ("dataclasses", "_repr_fn", "_krait_dataclasses"),
    ("dataclasses", "_frozen_get_del_attr", "_krait_dataclasses"),
    ("dataclasses", "_cmp_fn", "_krait_dataclasses"),
    ("dataclasses", "_hash_fn", "_krait_dataclasses"),
];

/// Modules a standard-library module loads through the import machinery rather than
/// an import statement: `importlib._bootstrap._setup` loads `_thread`, `_warnings`
/// and `_weakref` as builtins. The driver compiles or links them in with it.
pub const IMPLICIT_IMPORTS: &[(&str, &[&str])] = &[("importlib._bootstrap", &["_thread", "_warnings", "_weakref"])];

/// The modules `name` loads without an import statement. `sysconfig` imports its
/// build-time variables from a module whose name it computes from `sys`
/// (`_sysconfigdata_{abiflags}_{platform}_{multiarch}`): the one krait's `sys` names.
pub fn implicit_imports(name: &str) -> Vec<String> {
    if name == "sysconfig" {
        return vec![format!("_sysconfigdata__linux_{}-linux-gnu", std::env::consts::ARCH)];
    }
    IMPLICIT_IMPORTS.iter().find(|(m, _)| *m == name).map_or(vec![], |(_, i)| i.iter().map(|s| s.to_string()).collect())
}

/// The source of a library module.
pub fn source(name: &str) -> Option<&'static str> {
    MODULES.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}

/// The virtual file of a library module.
pub fn file(name: &str) -> String {
    format!("{}/{}.py", DIR, name)
}

/// The source behind a virtual file name, if `path` is one.
pub fn read(path: &str) -> Option<&'static str> {
    path.strip_prefix(DIR)?.strip_prefix('/')?.strip_suffix(".py").and_then(source)
}

/// The functions replaced in module `name`: (function, library module).
pub fn replaced_in(name: &str) -> Vec<(&'static str, &'static str)> {
    REPLACED.iter().filter(|(m, _, _)| *m == name).map(|(_, f, l)| (*f, *l)).collect()
}
