//! Runs the example programs of `examples/` as their users would: built once with
//! krait, then run with the command lines of `tests/examples/<name>/cases/`.
//!
//! For an example `examples/NAME.py`, the directory `tests/examples/NAME/` holds the
//! files the runs work on, and `cases/CASE.args` one command line each (one argument
//! per line), recorded from CPython 3.11 by `tests/record_examples.sh` into
//! `CASE.stdout`, `CASE.stderr` (all of it: an example's diagnostics are part of its
//! interface) and `CASE.code`. Each case runs twice in `tests/examples/NAME/`: with the
//! test's environment, and with an empty one (`env -i`: no PATH, no HOME, no locale,
//! no Python anywhere), and must match the recording both times.
//!
//! ```text
//! cargo test -p krait --test examples [-- FILTER]
//! ```

mod common;

use common::{cpython_stdlib, describe_status, run_with_timeout};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

/// How long building an example may take (its standard-library modules included).
const BUILD_TIMEOUT: Duration = Duration::from_secs(900);
/// How long one run may take.
const RUN_TIMEOUT: Duration = Duration::from_secs(20);

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--list") {
        if !args.iter().any(|a| a == "--ignored") {
            println!("all: test");
        }
        return;
    }
    let filter = args.iter().find(|a| !a.starts_with('-') && *a != "all").cloned();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let root = fs::canonicalize(&root).unwrap_or(root);
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    std::env::set_var("KRAIT_CACHE_DIR", tmp.join("krait-cache"));
    if std::env::var_os("KRAIT_STDLIB").is_none() {
        if let Some(dir) = cpython_stdlib() {
            std::env::set_var("KRAIT_STDLIB", dir);
        }
    }
    let mut names: Vec<String> = fs::read_dir(root.join("tests/examples"))
        .map(|rd| rd.filter_map(|e| e.ok()).filter(|e| e.path().join("cases").is_dir()).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    names.sort();
    let (mut passed, mut failed) = (0, 0);
    for name in names {
        let dir = root.join("tests/examples").join(&name);
        let mut cases: Vec<PathBuf> = fs::read_dir(dir.join("cases"))
            .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "args")).collect())
            .unwrap_or_default();
        cases.sort();
        cases.retain(|c| filter.as_ref().map_or(true, |f| format!("{name}/{}", stem(c)).contains(f.as_str())));
        if cases.is_empty() {
            continue;
        }
        let exe = tmp.join("examples").join(&name);
        if let Err(e) = build(&root.join("examples").join(format!("{name}.py")), &exe) {
            println!("FAIL {name}: {e}");
            failed += cases.len() * 2;
            continue;
        }
        for case in &cases {
            for clean_env in [false, true] {
                let label = format!("{name}/{}{}", stem(case), if clean_env { " (env -i)" } else { "" });
                match run_case(&exe, &dir, case, clean_env) {
                    Ok(()) => passed += 1,
                    Err(e) => {
                        failed += 1;
                        println!("FAIL {label}: {e}");
                    }
                }
            }
        }
    }
    println!("examples: {passed} passed, {failed} failed");
    if failed > 0 {
        std::process::exit(1);
    }
}

fn stem(p: &Path) -> String {
    p.file_stem().unwrap_or_default().to_string_lossy().into_owned()
}

/// Builds an example with krait at -O2.
fn build(source: &Path, exe: &Path) -> Result<(), String> {
    fs::create_dir_all(exe.parent().unwrap()).map_err(|e| e.to_string())?;
    let _ = fs::remove_file(exe);
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_krait"));
    cmd.arg("build").arg(source).arg("-o").arg(exe).arg("-O2").stdin(Stdio::null());
    let built = run_with_timeout(&mut cmd, BUILD_TIMEOUT).map_err(|e| format!("cannot start krait: {e}"))?;
    match built.status {
        Some(s) if s.success() && exe.is_file() => Ok(()),
        Some(s) => Err(format!("build failed ({}): {}", describe_status(s), String::from_utf8_lossy(&built.stderr).trim())),
        None => Err("build timed out".into()),
    }
}

/// Runs one case and compares all of its output with the recording.
fn run_case(exe: &Path, dir: &Path, case: &Path, clean_env: bool) -> Result<(), String> {
    let read = |ext: &str| fs::read(case.with_extension(ext)).map_err(|e| format!("cannot read {}.{ext} ({e}); record it with tests/record_examples.sh", stem(case)));
    let args_text = String::from_utf8(read("args")?).map_err(|e| e.to_string())?;
    let (stdout, stderr, code) = (read("stdout")?, read("stderr")?, read("code")?);
    let code: i32 = String::from_utf8_lossy(&code).trim().parse().map_err(|_| "the .code file holds no number".to_string())?;
    let mut cmd = Command::new(exe);
    cmd.args(args_text.lines()).current_dir(dir).stdin(Stdio::null());
    if clean_env {
        cmd.env_clear();
    } else {
        // The recording was made without a terminal size in the environment.
        cmd.env_remove("COLUMNS").env_remove("LINES");
    }
    let ran = run_with_timeout(&mut cmd, RUN_TIMEOUT).map_err(|e| format!("cannot run: {e}"))?;
    let Some(status) = ran.status else { return Err("timed out".into()) };
    let mut problems = vec![];
    if ran.stdout != stdout {
        problems.push(format!("stdout differs:\n--- expected\n{}--- got\n{}", String::from_utf8_lossy(&stdout), String::from_utf8_lossy(&ran.stdout)));
    }
    if ran.stderr != stderr {
        problems.push(format!("stderr differs:\n--- expected\n{}--- got\n{}", String::from_utf8_lossy(&stderr), String::from_utf8_lossy(&ran.stderr)));
    }
    if status.code() != Some(code) {
        problems.push(format!("exit: expected {code} got {}", describe_status(status)));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}
