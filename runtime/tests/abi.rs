//! Checks that the runtime and the shared ABI crate agree: every builtin name the
//! compiler may emit resolves in the runtime, and every runtime builtin is known to
//! the compiler.

use krait_runtime::builtins;

#[test]
fn every_builtin_name_resolves() {
    for name in krait_abi::BUILTIN_NAMES {
        assert!(builtins::lookup(name).is_some(), "the compiler knows builtin `{}` but the runtime does not", name);
    }
}

#[test]
fn every_runtime_builtin_is_known_to_the_compiler() {
    for name in builtins::names() {
        assert!(krait_abi::BUILTIN_NAMES.contains(&name), "the runtime defines builtin `{}` but the compiler does not list it", name);
    }
}

#[test]
fn entry_table_has_unique_names() {
    let mut names: Vec<&str> = krait_abi::ENTRIES.iter().map(|e| e.name).collect();
    names.sort();
    let before = names.len();
    names.dedup();
    assert_eq!(before, names.len(), "duplicate entry point names in the ABI table");
}
