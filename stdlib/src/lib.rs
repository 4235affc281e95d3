//! The archive every compiled program links with: the runtime, the native
//! standard-library modules (what CPython writes in C), and the C `main`.
//!
//! Each native module defines `krait_module_<name>()` (listed in
//! `krait_abi::NATIVE_MODULES`); compiled code that imports the module references
//! that symbol, so the linker keeps only the modules a program imports.

pub use krait_runtime;

pub mod collections;
pub mod functools;
pub mod _bisect;
pub mod _heapq;
pub mod _io;
pub mod _random;
mod clinic;
pub mod _struct;
pub mod sre;
pub mod _stat;
pub mod errno;
pub mod posix;
pub mod itertools;
pub mod operator;
mod support;
pub mod math;
pub mod time;
pub mod _thread;
pub mod _signal;
pub mod atexit;
pub mod _string;
pub mod _locale;
pub mod _codecs;
pub mod binascii;
pub mod hashes;
pub mod zlib;
pub mod _posixsubprocess;
pub mod select;
pub mod fcntl;
pub mod marshal;
pub mod _socket;
pub mod _contextvars;

/// Python programs allocate many small, short-lived objects; mimalloc serves them
/// much faster than glibc's malloc.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

extern "C" {
    /// The main module's body, emitted by the compiler (`krait_abi::MAIN_SYMBOL`).
    fn krait_main() -> i64;
}

/// The C entry point of a compiled program.
#[no_mangle]
pub extern "C" fn main(argc: i32, argv: *const *const std::ffi::c_char) -> i32 {
    krait_runtime::entry::run_main(krait_main, argc, argv)
}
