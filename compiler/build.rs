//! Builds the runtime archive (`krait-stdlib`, which contains the runtime) and places it
//! in OUT_DIR so the compiler can embed it: an installed `krait` needs no source tree.
//!
//! The archive is built by a nested cargo into its own target directory
//! (`target/runtime`), with the `runtime` profile (LTO, one codegen unit).

use std::path::PathBuf;
use std::process::Command;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let root = manifest.parent().unwrap().to_path_buf();
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let target_dir = std::env::var("KRAIT_RUNTIME_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| root.join("target").join("runtime"));
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    for dir in ["runtime/src", "runtime/Cargo.toml", "abi/src", "abi/Cargo.toml", "stdlib/src", "stdlib/Cargo.toml", "Cargo.lock"] {
        println!("cargo:rerun-if-changed={}", root.join(dir).display());
    }
    println!("cargo:rerun-if-env-changed=KRAIT_RUNTIME_TARGET_DIR");
    println!("cargo:rerun-if-env-changed=KRAIT_SKIP_RUNTIME");
    // For checking the compiler alone (`KRAIT_SKIP_RUNTIME=1 cargo check`): an empty archive.
    if std::env::var_os("KRAIT_SKIP_RUNTIME").is_some() {
        std::fs::write(out.join("libkrait_rt.a"), b"").unwrap();
        return;
    }
    let status = Command::new(&cargo)
        .args(["build", "-p", "krait-stdlib", "--profile", "runtime", "--target-dir"])
        .arg(&target_dir)
        .current_dir(&root)
        .env_remove("CARGO_TARGET_DIR")
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("CARGO_BUILD_RUSTFLAGS")
        .status()
        .expect("could not run cargo to build the runtime");
    if !status.success() {
        panic!("building the runtime archive failed");
    }
    let lib = target_dir.join("runtime").join("libkrait_rt.a");
    std::fs::copy(&lib, out.join("libkrait_rt.a")).expect("runtime archive missing");
}
