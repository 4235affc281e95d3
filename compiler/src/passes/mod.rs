//! The passes over typed bytecode, and the one place their order is written down.
//!
//! Lowering already runs type inference on each function as it builds it, so the
//! pass list here is what runs after: each pass is one file, and in tests and debug
//! builds the verifier runs after every one.

pub mod direct_calls;
pub mod infer;

use crate::ir::{self, Module};

/// A pass: a name (for `krait emit` and snapshots) and the function that runs it.
pub struct Pass {
    pub name: &'static str,
    pub run: fn(&mut Module),
}

/// The pipeline, in order.
pub const PIPELINE: &[Pass] = &[Pass { name: "infer", run: infer::run }, Pass { name: "direct_calls", run: direct_calls::run }];

/// Runs every pass; with `verify`, checks the IR before the first and after each.
pub fn run_all(m: &mut Module, verify: bool) -> Result<(), String> {
    if verify {
        ir::verify::module(m).map_err(|e| format!("after lowering: {}", e))?;
    }
    for p in PIPELINE {
        (p.run)(m);
        if verify {
            ir::verify::module(m).map_err(|e| format!("after pass {}: {}", p.name, e))?;
        }
    }
    Ok(())
}
