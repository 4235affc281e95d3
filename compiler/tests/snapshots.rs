//! Snapshot tests, as data: every `tests/bytecode/*.py` is lowered and its typed
//! bytecode (after all passes, verified after each) is compared with the stored
//! snapshot; every `tests/diagnostics/*.py` must fail to compile, and its rendered
//! diagnostic is compared. Update with `make snapshots` and review the diff.

use krait::driver::{lower_source, Error, Options};
use std::path::PathBuf;

fn opts() -> Options {
    Options { verify: true, ..Options::new(2) }
}

fn cases(dir: &str) -> Vec<(String, String)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests").join(dir);
    let mut out: Vec<(String, String)> = std::fs::read_dir(&root)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().map(|x| x == "py").unwrap_or(false))
        .map(|p| (p.file_stem().unwrap().to_string_lossy().to_string(), std::fs::read_to_string(&p).unwrap()))
        .collect();
    out.sort();
    out
}

#[test]
fn bytecode() {
    for (name, src) in cases("bytecode") {
        let file = format!("{}.py", name);
        let m = match lower_source(&src, &file, &opts()) {
            Ok(m) => m,
            Err(e) => panic!("{} failed to compile:\n{}", file, e.render()),
        };
        insta::assert_snapshot!(format!("bytecode_{}", name), krait::ir::write::module(&m));
    }
}

#[test]
fn diagnostics() {
    for (name, src) in cases("diagnostics") {
        let file = format!("{}.py", name);
        match lower_source(&src, &file, &opts()) {
            Ok(_) => panic!("{} compiled but should be rejected", file),
            Err(e @ Error::Diag(..)) => insta::assert_snapshot!(format!("diagnostic_{}", name), e.render()),
            Err(e) => panic!("{}: expected a diagnostic, got {}", file, e.render()),
        }
    }
}
