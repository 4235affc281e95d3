//! krait: an ahead-of-time compiler from Python 3 to native executables.
//!
//! The phases, in order (see ARCHITECTURE.md): `syntax` (parsing), `scope`, `lower`
//! (to the typed bytecode of `ir`), `passes`, `codegen` (LLVM), `link`; `driver` runs
//! them and is the only module that touches files and processes.

pub mod codegen;
pub mod diag;
pub mod driver;
pub mod ir;
pub mod link;
pub mod lower;
pub mod passes;
pub mod scope;
pub mod symtable;
pub mod syntax;
