//! Build-time check that every entry point in the shared table is defined by the
//! runtime with exactly the listed signature.

use crate::value::Value;
use std::ffi::c_void;

macro_rules! abi_ty {
    (V) => { Value };
    (I64) => { i64 };
    (I32) => { i32 };
    (F64) => { f64 };
    (P) => { *const u8 };
    (PV) => { *const Value };
    (PVM) => { *mut Value };
    (Void) => { () };
}

macro_rules! check_entries {
    ($($name:ident($($p:ident),*) -> $r:ident, $f:ident;)*) => {
        /// The address of every entry point, so none is dropped by the linker and each is type-checked.
        #[used]
        pub static ENTRY_POINTS: [unsafe extern "C" fn(); krait_abi::ENTRIES.len()] = [
            $( {
                const F: unsafe extern "C" fn($(abi_ty!($p)),*) -> abi_ty!($r) = $name;
                unsafe { std::mem::transmute::<unsafe extern "C" fn($(abi_ty!($p)),*) -> abi_ty!($r), unsafe extern "C" fn()>(F) }
            } ),*
        ];
    };
}

#[allow(unused_imports)]
use crate::{display::*, call::*, class::*, func::*, bytes::*, complex::*, gen::*, dicts::*, entry::*, exc::*, iter::*, objects::*, ops::*, seq::*, sets::*, strs::*, builtins::*, num::*, sysmod::*, module::*};
use crate::imports::rt_register_modules;

krait_abi::runtime_entries!(check_entries);

#[allow(dead_code)]
fn _unused(_: *const c_void) {}
