//! krait's runtime: the object model, memory management, exceptions and builtins
//! that every compiled program links with.
//!
//! Compiled code calls the runtime only through the entry points listed in
//! `krait_abi::runtime_entries!`; `abi_check` below verifies at build time that each is
//! defined here with the listed signature. The runtime never depends on the compiler.

pub mod value;
pub mod types;
pub mod objects;
pub mod table;
pub mod format;
pub mod exc;
pub mod excgroup;
pub mod excsyntax;
pub mod fileio;
pub mod filemethods;
pub mod filebuf;
pub mod filetext;
pub mod iobase;
pub mod introspect;
pub mod dirnames;
pub mod traceback;
pub mod excepthook;
pub mod ops;
pub mod call;
pub mod func;
pub mod bytes;
pub mod codecs;
pub mod bytes_methods;
pub mod bytes_percent;
pub mod bytearray;
pub mod memoryview;
pub mod complex;
pub mod gen;
pub mod coro;
pub mod class;
pub mod property;
pub mod stable;
pub mod imports;
pub mod display;
pub mod num;
pub mod strs;
pub mod seq;
pub mod dicts;
pub mod sets;
pub mod iter;
pub mod native_iter;
pub mod native_obj;
pub mod code;
pub mod descrobj;
pub mod mappingproxy;
pub mod namespace;
pub mod structseq;
pub mod clinic;
pub mod generic;
pub mod builtins;
pub mod io;
pub mod recursion;
pub mod frames;
pub mod sysmod;
pub mod sysattrs;
pub mod synth;
pub mod module;
pub mod gc;
pub mod weakref;
pub mod weakproxy;
pub mod signals;
pub mod entry;
pub mod evalexpr;
mod abi_check;

pub use value::{Obj, Value, R, Raised};
