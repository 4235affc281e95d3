//! The `marshal` module (CPython's `Python/marshal.c`): Python values to and from
//! CPython 3.11's marshal format, byte for byte. `dumps`/`dump` write (`write.rs`),
//! `loads`/`load` read (`read.rs`); which objects the writer marks as shared
//! (`FLAG_REF`) and refers back to (`TYPE_REF`) is `share.rs`.
//!
//! Code objects cannot be marshalled: krait has no bytecode, so `dumps` of a code
//! object raises "unmarshallable object" and `loads` of one raises ValueError.

mod read;
mod share;
mod write;

use crate::clinic::{c_int, check_positional, no_keywords, one_arg};
use krait_runtime::builtin;
use krait_runtime::bytes::{as_bytes, bytes_from};
use krait_runtime::call::Args;
use krait_runtime::exc::type_error;
use krait_runtime::objects::*;
use krait_runtime::ops;
use krait_runtime::value::{abi, Obj, Value, R};

/// The format version `dumps` writes by default (`marshal.version`).
const VERSION: i32 = 4;

/// The type codes of the format; an object's code may carry [`FLAG_REF`].
mod code {
    pub const NULL: u8 = b'0';
    pub const NONE: u8 = b'N';
    pub const FALSE: u8 = b'F';
    pub const TRUE: u8 = b'T';
    pub const STOPITER: u8 = b'S';
    pub const ELLIPSIS: u8 = b'.';
    pub const INT: u8 = b'i';
    pub const INT64: u8 = b'I';
    pub const FLOAT: u8 = b'f';
    pub const BINARY_FLOAT: u8 = b'g';
    pub const COMPLEX: u8 = b'x';
    pub const BINARY_COMPLEX: u8 = b'y';
    pub const LONG: u8 = b'l';
    pub const STRING: u8 = b's';
    pub const INTERNED: u8 = b't';
    pub const REF: u8 = b'r';
    pub const TUPLE: u8 = b'(';
    pub const LIST: u8 = b'[';
    pub const DICT: u8 = b'{';
    pub const CODE: u8 = b'c';
    pub const UNICODE: u8 = b'u';
    pub const UNKNOWN: u8 = b'?';
    pub const SET: u8 = b'<';
    pub const FROZENSET: u8 = b'>';
    pub const ASCII: u8 = b'a';
    pub const ASCII_INTERNED: u8 = b'A';
    pub const SMALL_TUPLE: u8 = b')';
    pub const SHORT_ASCII: u8 = b'z';
    pub const SHORT_ASCII_INTERNED: u8 = b'Z';
    /// Set on an object's code when the reader must remember it for `TYPE_REF`.
    pub const FLAG_REF: u8 = 0x80;
}

/// How deeply containers may nest, writing and reading (`MAX_MARSHAL_STACK_DEPTH`).
const MAX_DEPTH: usize = 2000;

/// Is a memoryview's memory one C-contiguous block (what a simple buffer request
/// needs)?
fn c_contiguous(v: Value) -> bool {
    let m = unsafe { v.as_ref::<krait_runtime::memoryview::MemoryViewObj>() };
    if m.shape.iter().product::<usize>() == 0 {
        return true;
    }
    let mut step = m.itemsize as isize;
    for (&dim, &stride) in m.shape.iter().zip(&m.strides).rev() {
        if dim > 1 && stride != step {
            return false;
        }
        step *= dim as isize;
    }
    true
}

/// The optional `version` argument (Argument Clinic's `int` converter).
fn version_arg(v: Option<&Value>) -> R<i32> {
    match v {
        Some(&v) => c_int(v),
        None => Ok(VERSION),
    }
}

builtin!(dumps, |a| {
    no_keywords(a, "marshal.dumps")?;
    check_positional(a, "dumps", 1, 2)?;
    let version = version_arg(a.pos.get(1))?;
    Ok(bytes_from(write::dumps(a.pos[0], version)?))
});

// `dump` marshals first, then calls `file.write` once and returns what it returns.
builtin!(dump, |a| {
    no_keywords(a, "marshal.dump")?;
    check_positional(a, "dump", 2, 3)?;
    let version = version_arg(a.pos.get(2))?;
    let data = bytes_from(write::dumps(a.pos[0], version)?);
    ops::call_method(a.pos[1], "write", &Args::positional(&[data.v()]))
});

builtin!(loads, |a| {
    let arg = one_arg(a, "marshal.loads")?;
    let data = read::loads_buffer(arg)?;
    read::Reader::from_bytes(data).read_object()
});

// `load` calls `file.read(0)` to check that the file gives bytes, then reads exactly
// the bytes the value takes with `file.readinto`, so the file is left just after it.
builtin!(load, |a| {
    let file = one_arg(a, "marshal.load")?;
    let data = ops::call_method(file, "read", &Args::positional(&[Value::small(0)]))?;
    if as_bytes(data.v()).is_none() {
        let name: String = ops::type_name(data.v()).chars().take(100).collect();
        return type_error(format!("file.read() returned not bytes but {}", name));
    }
    read::Reader::from_file(file).read_object()
});

const DOC: &str = "This module contains functions that can read and write Python values in\na binary format. The format is specific to Python, but independent of\nmachine architecture issues.\n\nNot all Python object types are supported; in general, only objects\nwhose value is independent from a particular invocation of Python can be\nwritten and read by this module. The following types are supported:\nNone, integers, floating point numbers, strings, bytes, bytearrays,\ntuples, lists, sets, dictionaries, and code objects, where it\nshould be understood that tuples, lists and dictionaries are only\nsupported as long as the values contained therein are themselves\nsupported; and recursive lists and dictionaries should not be written\n(they will cause infinite loops).\n\nVariables:\n\nversion -- indicates the format that the module uses. Version 0 is the\n    historical format, version 1 shares interned strings and version 2\n    uses a binary format for floating point numbers.\n    Version 3 shares common object references (New in version 3.4).\n\nFunctions:\n\ndump() -- write value to a file\nload() -- read value from a file\ndumps() -- marshal value as a bytes object\nloads() -- read value from a bytes-like object";

fn make_module() -> R<Obj> {
    krait_runtime::sysmod::new_module(
        "marshal",
        vec![
            ("__doc__", str_from(DOC)),
            ("dump", builtin_fn("dump", dump)),
            ("dumps", builtin_fn("dumps", dumps)),
            ("load", builtin_fn("load", load)),
            ("loads", builtin_fn("loads", loads)),
            ("version", int_from_i64(VERSION as i64)),
        ],
    )
}

/// `import marshal`.
#[no_mangle]
pub extern "C" fn krait_module_marshal() -> Value {
    abi(make_module())
}
