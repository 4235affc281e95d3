//! CPython's argument checks (`getargs.c`, Argument Clinic) live in the runtime,
//! shared with its own classes; native modules reach them as `crate::clinic`.

pub use krait_runtime::clinic::*;
