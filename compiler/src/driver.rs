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

/// Options for a build.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    pub opt_level: u8,
    /// Run the IR verifier after lowering and after every pass.
    pub verify: bool,
}

/// Reads, parses and lowers a program, then runs the passes.
pub fn compile_ir(path: &Path, opts: Options) -> Result<Module, Error> {
    let source = std::fs::read_to_string(path).map_err(|e| Error::Io(format!("cannot read {}: {}", path.display(), e)))?;
    let file = path.to_string_lossy().to_string();
    lower_source_as(&source, &file, &traceback_file(path), opts)
}

/// Parses and lowers source text (used by the file-based driver and by tests).
pub fn lower_source(source: &str, file: &str, opts: Options) -> Result<Module, Error> {
    lower_source_as(source, file, file, opts)
}

/// Parses and lowers source text named `file` in diagnostics and `module_file` in
/// tracebacks and `__file__`.
fn lower_source_as(source: &str, file: &str, module_file: &str, opts: Options) -> Result<Module, Error> {
    let body = crate::syntax::parse_module(source, file).map_err(|d| Error::Diag(d, source.to_string()))?;
    let mut m = crate::lower::lower_module("__main__", file, module_file, source, &body).map_err(|d| Error::Diag(d, source.to_string()))?;
    passes::run_all(&mut m, opts.verify).map_err(Error::Internal)?;
    Ok(m)
}

/// `krait emit bytecode`.
pub fn emit_bytecode(path: &Path, opts: Options) -> Result<String, Error> {
    let m = compile_ir(path, opts)?;
    Ok(ir::write::module(&m))
}

/// `krait emit llvm`.
pub fn emit_llvm(path: &Path, opts: Options) -> Result<String, Error> {
    let m = compile_ir(path, opts)?;
    let ctx = inkwell::context::Context::create();
    let llmod = codegen::emit(&ctx, &m, codegen::Options { opt_level: opts.opt_level }).map_err(Error::Internal)?;
    Ok(llmod.print_to_string().to_string())
}

/// `krait build`: writes an executable to `out`.
pub fn build(path: &Path, out: &Path, opts: Options) -> Result<(), Error> {
    let m = compile_ir(path, opts)?;
    let ctx = inkwell::context::Context::create();
    let cg = codegen::Options { opt_level: opts.opt_level };
    let llmod = codegen::emit(&ctx, &m, cg).map_err(Error::Internal)?;
    let tmp = tempfile::tempdir().map_err(|e| Error::Io(format!("cannot create a temporary directory: {}", e)))?;
    let obj = tmp.path().join("main.o");
    codegen::write_object(&llmod, cg, &obj).map_err(Error::Internal)?;
    crate::link::link(&[obj], out, tmp.path()).map_err(Error::Io)
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
