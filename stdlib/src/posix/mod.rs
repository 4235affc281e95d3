//! The `posix` module (CPython's `Modules/posixmodule.c`) on Linux: what `os.py`,
//! `posixpath.py`, `shutil.py`, `tempfile.py`, `glob.py` and `pathlib.py` use.
//! Functions call the C library directly (the `libc` crate), and report failures as
//! CPython does: the `OSError` subclass of the errno, with `strerror` and the file
//! names (`FileNotFoundError: [Errno 2] No such file or directory: 'x'`).
//!
//! Files: `args.rs` (argument conversion and errors), `krait_runtime::structseq` (struct
//! sequences), `stat.rs`, `fs.rs` (functions on paths), `scandir.rs` (`listdir`,
//! `scandir`, `DirEntry`), `fd.rs` (file descriptors), `process.rs` (the process
//! and the system), `consts.rs` (constants and `_have_functions`).

pub(crate) mod args;
mod consts;
mod fd;
mod fs;
mod process;
mod scandir;
mod stat;

/// Shared with the native modules over file descriptors (`select`, `fcntl`,
/// `_posixsubprocess`): `PyObject_AsFileDescriptor`.
pub(crate) use fd::fileno_of;

use crate::support::Attrs;
use krait_runtime::builtin;
use krait_runtime::objects::*;
use krait_runtime::value::{abi, Obj, Value, R};

builtin!(posix_fspath, |a| {
    let v = args::kw(a, "fspath", &["path"], 1, 1)?;
    args::fspath(v[0].unwrap())
});

fn make_module() -> R<Obj> {
    let mut attrs: Attrs = Vec::new();
    stat::attrs(&mut attrs)?;
    fs::attrs(&mut attrs);
    scandir::attrs(&mut attrs)?;
    fd::attrs(&mut attrs);
    process::attrs(&mut attrs)?;
    consts::attrs(&mut attrs);
    attrs.push(("fspath", builtin_fn("fspath", posix_fspath)));
    attrs.push(("error", krait_runtime::types::OS_ERROR.as_value().to_owned()));
    attrs.sort_by(|a, b| a.0.cmp(b.0));
    krait_runtime::sysmod::new_module("posix", attrs)
}

/// `import posix`.
#[no_mangle]
pub extern "C" fn krait_module_posix() -> Value {
    abi(make_module())
}
