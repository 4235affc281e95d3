//! Differential test runner for the Python programs under `tests/programs/`.
//!
//! Every `tests/programs/<feature>/NAME.py`, and every multi-module program
//! `tests/programs/<feature>/NAME/main.py` (with its modules beside it), comes with
//! three files recorded from CPython 3.11 by `tests/record.sh`:
//!
//! * `NAME.stdout`: the exact standard output,
//! * `NAME.stderr`: only the last non-empty line of standard error (or nothing),
//! * `NAME.code`: the exit status.
//!
//! For each program and each optimisation level this runner compiles the
//! program with `krait build NAME.py -o EXE -O<level>`, runs the executable in
//! the program's directory with standard input closed and a time limit, and
//! compares what it printed and how it exited with the recording. A case
//! passes when the build succeeds, stdout matches byte for byte, the last
//! non-empty line of stderr matches `NAME.stderr`, and the exit status matches
//! `NAME.code`.
//!
//! The test is declared with `harness = false`, so this file provides `main`.
//! Usage:
//!
//! ```text
//! cargo test -p krait --test programs [-- FILTER]
//! KRAIT_TEST_OPT=0,2 cargo test -p krait --test programs
//! ```
//!
//! `FILTER` (the first argument that does not start with `-`) keeps only the
//! programs whose path relative to `tests/programs` contains it. The
//! `KRAIT_TEST_OPT` variable is a comma-separated list of `-O` levels and
//! defaults to `2`; each program at each level is one case. Cases run on one
//! worker thread per available core. One line is printed per failing case,
//! and the run ends with the line `programs: N passed, M failed`; the process
//! exits with status 1 when any case failed. For test listers such as
//! cargo-nextest, `--list` reports the whole suite as one test named `all`,
//! and `all --exact` runs every program.
//!
//! This runner never rewrites the recordings: run `tests/record.sh` with
//! CPython to do that after adding or changing a program.

mod common;

use common::{cpython_stdlib, describe_status, run_with_timeout};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

/// The name under which the whole suite is listed as a single test for test listers.
const SUITE_NAME: &str = "all";

/// How long a compiled program may run before it is killed and the case fails.
const RUN_TIMEOUT: Duration = Duration::from_secs(20);

/// How long the compiler may take for one program before the case fails.
const BUILD_TIMEOUT: Duration = Duration::from_secs(300);

/// The longest excerpt of program or compiler output shown in a failure line.
const EXCERPT_LIMIT: usize = 160;

/// One program compiled and run at one optimisation level.
struct Case {
    /// The path of the program relative to `tests/programs`, with `/` separators.
    rel: String,
    /// The absolute path of the program's `.py` file.
    source: PathBuf,
    /// The optimisation level passed to the compiler as `-O<level>`.
    level: String,
}

fn main() {
    let compiler = PathBuf::from(env!("CARGO_BIN_EXE_krait"));
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let programs_dir = manifest_dir.join("..").join("tests").join("programs");
    let programs_dir = fs::canonicalize(&programs_dir).unwrap_or(programs_dir);
    let out_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("programs");

    let args: Vec<String> = std::env::args().skip(1).collect();
    // Test listers such as cargo-nextest ask for the test names first; the whole suite is one test.
    if args.iter().any(|a| a == "--list") {
        if !args.iter().any(|a| a == "--ignored") {
            println!("{SUITE_NAME}: test");
        }
        return;
    }
    let filter = program_filter(&args);
    let levels = opt_levels();

    let mut sources = Vec::new();
    collect_programs(&programs_dir, 0, &mut sources);
    sources.sort();

    // Compiled modules are cached in the target directory, not the user's cache, and
    // the standard library is found once for all builds.
    std::env::set_var("KRAIT_CACHE_DIR", Path::new(env!("CARGO_TARGET_TMPDIR")).join("krait-cache"));
    if std::env::var_os("KRAIT_STDLIB").is_none() {
        if let Some(dir) = cpython_stdlib() {
            std::env::set_var("KRAIT_STDLIB", dir);
        }
    }

    let mut cases = Vec::new();
    for source in sources {
        let rel = relative_name(&programs_dir, &source);
        if let Some(f) = &filter {
            if !rel.contains(f.as_str()) {
                continue;
            }
        }
        for level in &levels {
            cases.push(Case {
                rel: rel.clone(),
                source: source.clone(),
                level: level.clone(),
            });
        }
    }

    if cases.is_empty() {
        eprintln!(
            "programs: no program under {} matched",
            programs_dir.display()
        );
    }

    let threads = thread::available_parallelism()
        .map_or(1, std::num::NonZeroUsize::get)
        .min(cases.len().max(1));
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::channel::<(usize, Result<(), String>)>();

    // Workers take the next case index until none is left and send back one result per case.
    thread::scope(|scope| {
        for _ in 0..threads {
            let tx = tx.clone();
            let cases = &cases;
            let next = &next;
            let compiler = &compiler;
            let out_dir = &out_dir;
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                if i >= cases.len() {
                    break;
                }
                let result = run_case(compiler, out_dir, &cases[i]);
                if tx.send((i, result)).is_err() {
                    break;
                }
            });
        }
        drop(tx);
    });

    let mut results: Vec<(usize, Result<(), String>)> = rx.into_iter().collect();
    results.sort_by_key(|(i, _)| *i);

    let mut passed = 0;
    let mut failed = 0;
    for (i, result) in &results {
        match result {
            Ok(()) => passed += 1,
            Err(message) => {
                failed += 1;
                let case = &cases[*i];
                println!("FAIL {} -O{}: {}", case.rel, case.level, message);
            }
        }
    }
    // A case whose worker died without reporting counts as failed.
    let missing = cases.len() - results.len();
    if missing > 0 {
        println!("FAIL {missing} case(s) produced no result");
        failed += missing;
    }

    println!("programs: {passed} passed, {failed} failed");
    if failed > 0 {
        std::process::exit(1);
    }
}

/// Picks the substring filter: the first argument that is neither a flag nor a flag's value.
///
/// The suite's own name, as passed back by test listers together with `--exact`, selects everything.
fn program_filter(args: &[String]) -> Option<String> {
    const FLAGS_WITH_VALUES: [&str; 6] = [
        "--format",
        "--test-threads",
        "--color",
        "--skip",
        "--logfile",
        "-Z",
    ];
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        if FLAGS_WITH_VALUES.contains(&arg.as_str()) {
            rest.next();
        } else if !arg.starts_with('-') {
            if arg == SUITE_NAME && args.iter().any(|a| a == "--exact") {
                return None;
            }
            return Some(arg.clone());
        }
    }
    None
}

/// Reads the optimisation levels from `KRAIT_TEST_OPT`, a comma-separated list defaulting to `2`.
fn opt_levels() -> Vec<String> {
    let raw = std::env::var("KRAIT_TEST_OPT").unwrap_or_else(|_| "2".to_string());
    let mut levels: Vec<String> = raw
        .split(',')
        .map(|s| {
            s.trim()
                .trim_start_matches("-O")
                .trim_start_matches('O')
                .to_string()
        })
        .filter(|s| !s.is_empty())
        .collect();
    if levels.is_empty() {
        levels.push("2".to_string());
    }
    levels
}

/// Appends the programs below `dir` to `out`: every `.py` file of a feature directory
/// (`depth` 1), and the `main.py` of each multi-module program in a directory below
/// one (its other files are its modules).
fn collect_programs(dir: &Path, depth: usize, out: &mut Vec<PathBuf>) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            eprintln!("programs: cannot read {}: {e}", dir.display());
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_programs(&path, depth + 1, out);
        } else if path.extension().is_some_and(|e| e == "py") && (depth == 1 || (depth == 2 && path.file_name().is_some_and(|n| n == "main.py"))) {
            out.push(path);
        }
    }
}

/// Returns `path` relative to `base` with `/` separators, for display and filtering.
fn relative_name(base: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(base).unwrap_or(path);
    let parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    parts.join("/")
}

/// Builds and runs one case, returning a one-line description of what went wrong on failure.
fn run_case(compiler: &Path, out_dir: &Path, case: &Case) -> Result<(), String> {
    let dir = case
        .source
        .parent()
        .expect("a program file has a parent directory");
    let stem = case
        .source
        .file_stem()
        .expect("a program file has a name")
        .to_string_lossy()
        .into_owned();

    // The recorded expectations are read first so that a missing recording is reported clearly.
    let expected_stdout = read_expectation(dir, &stem, "stdout")?;
    let expected_stderr =
        String::from_utf8_lossy(&read_expectation(dir, &stem, "stderr")?).into_owned();
    let expected_stderr = expected_stderr
        .trim_end_matches('\n')
        .trim_end_matches('\r')
        .to_string();
    let expected_code_text =
        String::from_utf8_lossy(&read_expectation(dir, &stem, "code")?).into_owned();
    let expected_code: i32 = expected_code_text.trim().parse().map_err(|_| {
        format!(
            "{stem}.code does not hold a number: {:?}",
            expected_code_text.trim()
        )
    })?;

    // Executables go to a directory mirroring the program's feature directory, so equal names do not clash.
    let rel_dir = Path::new(&case.rel)
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let exe_dir = out_dir.join(rel_dir);
    fs::create_dir_all(&exe_dir)
        .map_err(|e| format!("cannot create {}: {e}", exe_dir.display()))?;
    let exe = exe_dir.join(format!("{stem}-O{}", case.level));
    // A stale executable from an earlier run must never be mistaken for this build's output.
    let _ = fs::remove_file(&exe);

    let mut build_cmd = Command::new(compiler);
    build_cmd
        .arg("build")
        .arg(&case.source)
        .arg("-o")
        .arg(&exe)
        .arg(format!("-O{}", case.level))
        .stdin(Stdio::null());
    let built = run_with_timeout(&mut build_cmd, BUILD_TIMEOUT)
        .map_err(|e| format!("cannot start the compiler: {e}"))?;
    match built.status {
        None => {
            return Err(format!(
                "build timed out after {} s",
                BUILD_TIMEOUT.as_secs()
            ))
        }
        Some(status) if !status.success() => {
            return Err(format!(
                "build failed ({}): {}",
                describe_status(status),
                compiler_messages(&built.stderr)
            ));
        }
        Some(_) => {}
    }
    if !exe.is_file() {
        return Err(format!(
            "build succeeded but produced no executable at {}",
            exe.display()
        ));
    }

    // Another thread's fork may briefly hold a descriptor of the executable the
    // linker just wrote (ETXTBSY until that child execs): try again shortly.
    let mut attempts = 0;
    let ran = loop {
        let mut run = Command::new(&exe);
        // The same stream settings as tests/record.sh gives CPython (UTF-8, strict).
        run.current_dir(dir).stdin(Stdio::null()).env("PYTHONIOENCODING", "utf-8");
        match run_with_timeout(&mut run, RUN_TIMEOUT) {
            Err(e) if e.raw_os_error() == Some(26) && attempts < 20 => {
                attempts += 1;
                std::thread::sleep(Duration::from_millis(50));
            }
            r => break r.map_err(|e| format!("cannot run {}: {e}", exe.display()))?,
        }
    };
    let Some(status) = ran.status else {
        return Err(format!(
            "timed out after {} s (stdout so far: {} bytes)",
            RUN_TIMEOUT.as_secs(),
            ran.stdout.len()
        ));
    };

    let mut problems = Vec::new();
    if ran.stdout != expected_stdout {
        problems.push(stdout_diff(&expected_stdout, &ran.stdout));
    }
    let actual_stderr = last_nonempty_line(&ran.stderr);
    if actual_stderr != expected_stderr {
        problems.push(format!(
            "stderr last line: expected {} got {}",
            excerpt(&expected_stderr),
            excerpt(&actual_stderr)
        ));
    }
    if status.code() != Some(expected_code) {
        problems.push(format!(
            "exit: expected {expected_code} got {}",
            describe_status(status)
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("; "))
    }
}

/// Reads `dir/stem.ext`, explaining how to create it when it is missing.
fn read_expectation(dir: &Path, stem: &str, ext: &str) -> Result<Vec<u8>, String> {
    let path = dir.join(format!("{stem}.{ext}"));
    fs::read(&path)
        .map_err(|e| format!("cannot read {stem}.{ext} ({e}); record it with tests/record.sh"))
}

/// Returns the last line of the output that is not blank, without its line ending.
fn last_nonempty_line(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    text.lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim_end_matches('\r')
        .to_string()
}

/// Joins the compiler's non-blank stderr lines into one shortened line.
fn compiler_messages(stderr: &[u8]) -> String {
    let text = String::from_utf8_lossy(stderr);
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty())
        .collect();
    if lines.is_empty() {
        return "(no compiler output)".to_string();
    }
    shorten(&lines.join(" | "), 4 * EXCERPT_LIMIT)
}

/// Describes the first line where the actual stdout differs from the expected one.
fn stdout_diff(expected: &[u8], actual: &[u8]) -> String {
    let expected_lines: Vec<&[u8]> = expected.split_inclusive(|&b| b == b'\n').collect();
    let actual_lines: Vec<&[u8]> = actual.split_inclusive(|&b| b == b'\n').collect();
    let mut line = 0;
    while line < expected_lines.len()
        && line < actual_lines.len()
        && expected_lines[line] == actual_lines[line]
    {
        line += 1;
    }
    let show = |lines: &[&[u8]]| match lines.get(line) {
        Some(l) => excerpt(&String::from_utf8_lossy(l)),
        None => "<end of output>".to_string(),
    };
    format!(
        "stdout line {}: expected {} got {} ({} vs {} lines)",
        line + 1,
        show(&expected_lines),
        show(&actual_lines),
        expected_lines.len(),
        actual_lines.len()
    )
}

/// Quotes a piece of output with escapes, shortened to a readable length.
fn excerpt(text: &str) -> String {
    let quoted = format!("{text:?}");
    shorten(&quoted, EXCERPT_LIMIT)
}

/// Cuts a string to at most `limit` characters, marking the cut with an ellipsis.
fn shorten(text: &str, limit: usize) -> String {
    if text.chars().count() <= limit {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(limit).collect();
    cut.push('…');
    cut
}
