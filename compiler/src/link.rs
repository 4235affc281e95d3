//! Linking: the system C compiler (found with the `cc` crate) links the program's
//! object files with the runtime archive, which is embedded in the krait binary so an
//! installed compiler needs no source tree.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The runtime and standard library, built by build.rs.
static RUNTIME_ARCHIVE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/libkrait_rt.a"));

/// System libraries the Rust runtime needs (rustc's `native-static-libs`).
const SYSTEM_LIBS: &[&str] = &["-lgcc_s", "-lutil", "-lrt", "-lpthread", "-lm", "-ldl", "-lc"];

fn c_compiler() -> Result<PathBuf, String> {
    let target = if cfg!(target_arch = "aarch64") { "aarch64-unknown-linux-gnu" } else { "x86_64-unknown-linux-gnu" };
    let tool = cc::Build::new()
        .target(target)
        .host(target)
        .opt_level(0)
        .cargo_metadata(false)
        .try_get_compiler()
        .map_err(|e| format!("no C compiler found to link with: {}", e))?;
    Ok(tool.path().to_path_buf())
}

/// Links `objects` and the runtime into the executable `out`, using `tmp` for the archive.
pub fn link(objects: &[PathBuf], out: &Path, tmp: &Path) -> Result<(), String> {
    let archive = tmp.join("libkrait_rt.a");
    std::fs::write(&archive, RUNTIME_ARCHIVE).map_err(|e| format!("cannot write the runtime archive: {}", e))?;
    let cc = c_compiler()?;
    // Executables are stripped unless KRAIT_KEEP_SYMBOLS is set (for profiling).
    let strip: &[&str] = if std::env::var_os("KRAIT_KEEP_SYMBOLS").is_some() { &[] } else { &["-s"] };
    let output = Command::new(&cc)
        .args(objects)
        .arg(&archive)
        .arg("-o")
        .arg(out)
        .arg("-Wl,--gc-sections")
        .args(strip)
        .args(SYSTEM_LIBS)
        .output()
        .map_err(|e| format!("cannot run the linker {}: {}", cc.display(), e))?;
    if !output.status.success() {
        return Err(format!("linking failed:\n{}", String::from_utf8_lossy(&output.stderr)));
    }
    Ok(())
}
