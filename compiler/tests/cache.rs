//! The object cache: rebuilding a program after editing one of its modules
//! recompiles only that module, and a module that starts shadowing another
//! recompiles the modules that import it. Checked through `krait build -v`, which
//! says of each module whether it was compiled or taken from the cache.

use std::path::Path;
use std::process::Command;

/// Builds `dir/main.py` with a private cache; returns what `-v` printed, one
/// `compiling NAME` or `cached NAME` per module, sorted.
fn build(dir: &Path, cache: &Path) -> Vec<String> {
    let out = Command::new(env!("CARGO_BIN_EXE_krait"))
        .arg("build")
        .arg(dir.join("main.py"))
        .arg("-o")
        .arg(dir.join("main"))
        .arg("-v")
        .env("KRAIT_CACHE_DIR", cache)
        .output()
        .expect("krait runs");
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(out.status.success(), "build failed:\n{}", stderr);
    let mut lines: Vec<String> = stderr
        .lines()
        .filter_map(|l| l.strip_prefix("krait: "))
        .map(|l| l.split(" (").next().unwrap().to_string())
        .collect();
    lines.sort();
    lines
}

fn run(dir: &Path) -> String {
    let out = Command::new(dir.join("main")).output().expect("the program runs");
    String::from_utf8_lossy(&out.stdout).to_string()
}

#[test]
fn only_edited_modules_are_recompiled() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, cache) = (tmp.path().join("app"), tmp.path().join("cache"));
    std::fs::create_dir_all(dir.join("pkg")).unwrap();
    std::fs::write(dir.join("main.py"), "import a\nimport pkg.b\nprint(a.f(), pkg.b.g())\n").unwrap();
    std::fs::write(dir.join("a.py"), "def f():\n    return 1\n").unwrap();
    std::fs::write(dir.join("pkg/__init__.py"), "").unwrap();
    std::fs::write(dir.join("pkg/b.py"), "def g():\n    return 2\n").unwrap();

    assert_eq!(build(&dir, &cache), ["compiling __main__", "compiling a", "compiling pkg", "compiling pkg.b"]);
    assert_eq!(run(&dir), "1 2\n");

    // Nothing changed: everything comes from the cache.
    assert_eq!(build(&dir, &cache), ["cached __main__", "cached a", "cached pkg", "cached pkg.b"]);

    // One module edited: only it is compiled again.
    std::fs::write(dir.join("pkg/b.py"), "def g():\n    return 20\n").unwrap();
    assert_eq!(build(&dir, &cache), ["cached __main__", "cached a", "cached pkg", "compiling pkg.b"]);
    assert_eq!(run(&dir), "1 20\n");

    // A new module that the package's import now finds first (a package directory
    // wins over a module file): its importer is compiled again, and the new module.
    std::fs::create_dir_all(dir.join("a")).unwrap();
    std::fs::write(dir.join("a/__init__.py"), "def f():\n    return 'package a'\n").unwrap();
    assert_eq!(build(&dir, &cache), ["cached pkg", "cached pkg.b", "compiling __main__", "compiling a"]);
    assert_eq!(run(&dir), "package a 20\n");
}
