//! The `_io` module (CPython's `Modules/_io/`), which `io.py` re-exports: the builtin
//! `open` and the file classes the runtime defines (`krait_runtime::iobase`,
//! `fileio`, `filebuf`, `filetext`: the same classes `open()` and `sys.stdout` use),
//! plus the in-memory streams `StringIO` and `BytesIO`, `IncrementalNewlineDecoder`,
//! `open_code`, `text_encoding` and the constants and exceptions.

mod bytesio;
mod newline;
mod stringio;

use crate::support::{new_class, ClassSpec};
use krait_runtime::call::Args;
use krait_runtime::exc::{raise, type_error};
use krait_runtime::iobase::types;
use krait_runtime::native_obj::NewState;
use krait_runtime::objects::*;
use krait_runtime::types::{TypeObj, BLOCKING_IO_ERROR, NOT_IMPLEMENTED_ERROR};
use krait_runtime::value::{abi, Obj, Value, R};
use std::cell::Cell;

thread_local! {
    static STRINGIO: Cell<Option<&'static TypeObj>> = const { Cell::new(None) };
}

/// `_io.StringIO` (its `__next__` reads lines directly only for this exact class).
fn stringio_type() -> &'static TypeObj {
    STRINGIO.with(|c| c.get()).expect("_io is imported")
}

krait_runtime::builtin!(io_open_code, |a| {
    let b = crate::clinic::unpack_keywords(a, "open_code", &["path"], 0, 1, 1)?;
    let path = b[0].unwrap();
    if as_str(path).is_none() {
        return type_error(format!("open_code() argument 'path' must be str, not {}", krait_runtime::ops::type_name(path)));
    }
    let mode = str_from("rb");
    krait_runtime::fileio::open(&Args::positional(&[path, mode.v()]))
});

krait_runtime::builtin!(io_text_encoding, |a| {
    let b = crate::clinic::unpack_keywords(a, "text_encoding", &["encoding", "stacklevel"], 0, 1, 2)?;
    let enc = b[0].unwrap();
    if is_none(enc) {
        // Without UTF-8 mode, CPython answers "locale" (the locale's encoding).
        return Ok(str_from("locale"));
    }
    Ok(enc.to_owned())
});

krait_runtime::builtin!(rwpair_init, |a| {
    let _ = a;
    Err(raise(&NOT_IMPLEMENTED_ERROR, "BufferedRWPair is not supported by krait yet"))
});

fn class(name: &str, base: &'static TypeObj, new_state: Option<NewState>, attrs: Vec<(&'static str, Obj)>) -> R<Obj> {
    new_class(ClassSpec { name, module: "_io", bases: &[base], new_state, attrs })
}

fn make() -> R<Obj> {
    let t = types()?;
    let stringio = class("StringIO", t.text, Some(stringio::new_state), stringio::attrs()?)?;
    STRINGIO.with(|c| c.set(krait_runtime::builtins::as_type(stringio.v())));
    let bytesio = class("BytesIO", t.buffered, Some(bytesio::new_state), bytesio::attrs()?)?;
    let decoder = new_class(ClassSpec { name: "IncrementalNewlineDecoder", module: "_io", bases: &[], new_state: Some(newline::new_state), attrs: newline::attrs()? })?;
    let rwpair = class("BufferedRWPair", t.buffered, None, crate::support::with_methods(vec![("__init__", rwpair_init)]))?;
    let ty = |t: &'static TypeObj| t.as_value().to_owned();
    let builtins_open = builtin_fn("open", krait_runtime::fileio::bi_open);
    let attrs: Vec<(&'static str, Obj)> = vec![
        ("__doc__", str_from("The io module provides the Python interfaces to stream handling.")),
        ("DEFAULT_BUFFER_SIZE", int_from_i64(krait_runtime::iobase::DEFAULT_BUFFER_SIZE as i64)),
        ("BlockingIOError", ty(&BLOCKING_IO_ERROR)),
        ("UnsupportedOperation", ty(t.unsupported)),
        ("open", open_builtin().unwrap_or(builtins_open)),
        ("open_code", builtin_fn("open_code", io_open_code)),
        ("text_encoding", builtin_fn("text_encoding", io_text_encoding)),
        ("_IOBase", ty(t.iobase)),
        ("_RawIOBase", ty(t.raw)),
        ("_BufferedIOBase", ty(t.buffered)),
        ("_TextIOBase", ty(t.text)),
        ("FileIO", ty(t.fileio)),
        ("BufferedReader", ty(t.reader)),
        ("BufferedWriter", ty(t.writer)),
        ("BufferedRandom", ty(t.random)),
        ("TextIOWrapper", ty(t.wrapper)),
        ("BufferedRWPair", rwpair),
        ("StringIO", stringio),
        ("BytesIO", bytesio),
        ("IncrementalNewlineDecoder", decoder),
    ];
    krait_runtime::sysmod::new_module("_io", attrs)
}

/// The builtin `open` itself, so `_io.open is open`.
fn open_builtin() -> Option<Obj> {
    krait_runtime::builtins::lookup("open")
}

/// `import _io`.
#[no_mangle]
pub extern "C" fn krait_module__io() -> Value {
    abi(make())
}
