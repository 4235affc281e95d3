//! The `krait` command line: `build`, `run` and `emit`.

use clap::{Parser, Subcommand, ValueEnum};
use krait::driver::{self, Options};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "krait", version, about = "Compile Python 3 programs to native executables")]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Compile a program to an executable.
    Build {
        file: PathBuf,
        /// Output path (default: the script's name without .py).
        #[arg(short = 'o')]
        output: Option<PathBuf>,
        #[command(flatten)]
        common: Common,
    },
    /// Compile a program into a temporary directory and run it.
    Run {
        file: PathBuf,
        #[command(flatten)]
        common: Common,
        /// Arguments passed to the program.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Print an intermediate form.
    Emit {
        what: Emit,
        file: PathBuf,
        #[command(flatten)]
        common: Common,
    },
}

/// Options every command takes.
#[derive(clap::Args)]
struct Common {
    /// Optimisation level 0-3.
    #[arg(short = 'O', default_value_t = 2, value_parser = clap::value_parser!(u8).range(0..=3))]
    opt: u8,
    /// A directory to find imported modules in, after the script's own (repeatable).
    #[arg(short = 'I', value_name = "DIR")]
    include: Vec<PathBuf>,
    /// The CPython 3.11 standard library to compile imported modules from (default:
    /// $KRAIT_STDLIB, else python3's, else /usr/lib/python3.11).
    #[arg(long, value_name = "DIR")]
    stdlib: Option<PathBuf>,
    /// Print each module as it is compiled or taken from the cache.
    #[arg(short = 'v', long)]
    verbose: bool,
    /// Compile every module afresh, without the object cache.
    #[arg(long)]
    no_cache: bool,
    /// Compile a module into the program even if only imports inside functions of
    /// the standard library name it (repeatable).
    #[arg(long = "include", value_name = "MODULE")]
    include_module: Vec<String>,
}

#[derive(Clone, Copy, ValueEnum)]
enum Emit {
    /// krait's typed bytecode.
    Bytecode,
    /// LLVM IR after optimisation.
    Llvm,
}

fn options(c: &Common) -> Options {
    Options {
        opt_level: c.opt,
        verify: cfg!(debug_assertions) || std::env::var_os("KRAIT_VERIFY").is_some(),
        paths: c.include.clone(),
        stdlib: c.stdlib.clone(),
        verbose: c.verbose,
        cache: !c.no_cache,
        include: c.include_module.clone(),
    }
}

fn fail(e: driver::Error) -> ExitCode {
    eprint!("{}", e.render());
    ExitCode::from(1)
}

fn run(cli: Cli) -> ExitCode {
    match cli.cmd {
        Cmd::Build { file, output, common } => {
            let out = output.unwrap_or_else(|| driver::default_output(&file));
            match driver::build(&file, &out, &options(&common)) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => fail(e),
            }
        }
        Cmd::Run { file, common, args } => {
            let tmp = match tempfile::tempdir() {
                Ok(t) => t,
                Err(e) => return fail(driver::Error::Io(e.to_string())),
            };
            let exe = tmp.path().join(driver::default_output(&file));
            if let Err(e) = driver::build(&file, &exe, &options(&common)) {
                return fail(e);
            }
            match std::process::Command::new(&exe).args(&args).status() {
                Ok(s) => {
                    use std::os::unix::process::ExitStatusExt;
                    let code = s.code().unwrap_or_else(|| 128 + s.signal().unwrap_or(0));
                    ExitCode::from(code as u8)
                }
                Err(e) => fail(driver::Error::Io(format!("cannot run {}: {}", exe.display(), e))),
            }
        }
        Cmd::Emit { what, file, common } => {
            let r = match what {
                Emit::Bytecode => driver::emit_bytecode(&file, &options(&common)),
                Emit::Llvm => driver::emit_llvm(&file, &options(&common)),
            };
            match r {
                Ok(text) => {
                    print!("{}", text);
                    ExitCode::SUCCESS
                }
                Err(e) => fail(e),
            }
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // A bug in krait must still end in a message and a status, never a bare crash.
    match std::panic::catch_unwind(|| run(cli)) {
        Ok(code) => code,
        Err(_) => {
            eprintln!("krait: internal compiler error (a bug in krait; please report it with the program)");
            ExitCode::from(101)
        }
    }
}
