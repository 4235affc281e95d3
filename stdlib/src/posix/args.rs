//! Arguments and errors of the `posix` functions, as CPython's `posixmodule.c`
//! converts and reports them: paths (`path_converter`: str, bytes, `os.PathLike`,
//! and an fd where a function accepts one), file descriptors, `dir_fd`, C ints, and
//! the `OSError` subclass of an errno with its message and file names.

use crate::clinic;
use krait_runtime::call::Args;
use krait_runtime::exc::{raise, set_current, type_error, value_error};
use krait_runtime::bytes::bytes_from;
use krait_runtime::objects::*;
use krait_runtime::types::{Kind, OS_ERROR, OVERFLOW_ERROR};
use krait_runtime::value::{Obj, Raised, Value, R};
use std::ffi::{CStr, CString};

/// `AT_FDCWD`: no `dir_fd`.
pub const CWD: i32 = libc::AT_FDCWD;

/// The errno of the last failed call.
pub fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// The C library's text for an errno (`strerror`).
pub fn strerror_text(code: i32) -> String {
    let p = unsafe { libc::strerror(code) };
    if p.is_null() {
        return format!("Unknown error {}", code);
    }
    unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
}

/// Raises the OSError subclass of `code` (`OSError(errno, strerror[, filename[, None,
/// filename2]])`), as `PyErr_SetFromErrnoWithFilenameObjects` does.
pub fn os_error(code: i32, f1: Option<Value>, f2: Option<Value>) -> Raised {
    let (e, s) = (int_from_i64(code as i64), str_from(strerror_text(code)));
    let mut args = vec![e.v(), s.v()];
    if let Some(f) = f1 {
        args.push(f);
        if let Some(g) = f2 {
            args.push(none_v());
            args.push(g);
        }
    }
    match krait_runtime::exc::construct(&OS_ERROR, &args) {
        Ok(exc) => set_current(exc),
        Err(r) => r,
    }
}

/// The error of the last failed call, without a file name.
pub fn last_error<T>() -> R<T> {
    Err(os_error(errno(), None, None))
}

/// The error of the last failed call on `path`.
pub fn path_error<T>(path: &PathArg) -> R<T> {
    Err(os_error(errno(), Some(path.obj.v()), None))
}

/// The error of the last failed call on two paths (`'a' -> 'b'`).
pub fn path_error2<T>(a: &PathArg, b: &PathArg) -> R<T> {
    Err(os_error(errno(), Some(a.obj.v()), Some(b.obj.v())))
}

/// A converted path argument.
pub struct PathArg {
    /// The path as the system takes it (empty for an fd).
    pub c: CString,
    /// The file descriptor, when an int was given.
    pub fd: Option<i32>,
    /// Was the path bytes (results are then bytes too)?
    pub bytes: bool,
    /// What error messages name: the str or bytes path (after `__fspath__`), or the fd.
    pub obj: Obj,
}

impl PathArg {
    pub fn ptr(&self) -> *const libc::c_char {
        self.c.as_ptr()
    }
    /// The path's bytes.
    pub fn raw(&self) -> &[u8] {
        self.c.as_bytes()
    }
}

/// How a path argument may be given.
#[derive(Clone, Copy)]
pub struct PathKind {
    /// The argument's name in messages.
    pub arg: &'static str,
    /// Is an int (a file descriptor) accepted?
    pub fd: bool,
    /// Is None accepted (meaning `.`)?
    pub nullable: bool,
}

pub const PATH: PathKind = PathKind { arg: "path", fd: false, nullable: false };
pub const PATH_FD: PathKind = PathKind { arg: "path", fd: true, nullable: false };

fn is_str(v: Value) -> bool {
    !v.is_small() && v.ty().kind == Kind::Str
}

fn is_bytes(v: Value) -> bool {
    !v.is_small() && v.ty().kind == Kind::Bytes
}

/// `__fspath__` of an object that is neither str nor bytes: `Ok(None)` when it has none.
fn call_fspath(v: Value) -> R<Option<Obj>> {
    let Some(f) = krait_runtime::class::lookup_type(v.ty(), "__fspath__") else { return Ok(None) };
    let r = krait_runtime::class::call_attr(f, v, &[])?;
    if !is_str(r.v()) && !is_bytes(r.v()) {
        return type_error(format!("expected {}.__fspath__() to return str or bytes, not {}", crate::support::short_type_name(v), crate::support::short_type_name(r.v())));
    }
    Ok(Some(r))
}

/// `os.fspath(path)`.
pub fn fspath(v: Value) -> R<Obj> {
    if is_str(v) || is_bytes(v) {
        return Ok(v.to_owned());
    }
    match call_fspath(v)? {
        Some(r) => Ok(r),
        None => type_error(format!("expected str, bytes or os.PathLike object, not {}", crate::support::short_type_name(v))),
    }
}

/// `PyUnicode_FSConverter`: the bytes of a str, bytes or `os.PathLike`, without NUL.
pub fn fs_bytes(v: Value) -> R<CString> {
    let p = fspath(v)?;
    let b = match krait_runtime::bytes::as_bytes(p.v()) {
        Some(b) => b.to_vec(),
        None => krait_runtime::codecs::fs_encode(str_text(p.v()))?,
    };
    CString::new(b).or_else(|_| value_error("embedded null byte"))
}

/// `_fd_converter`: an int that fits a C int, with CPython's messages.
pub fn fd_of(v: Value) -> R<i32> {
    if !v.is_small() && v.ty().kind == Kind::Float {
        return type_error("integer argument expected, got float");
    }
    let i = clinic::index(v)?;
    match clinic::as_i64(i.v()) {
        Some(n) if n > i32::MAX as i64 => Err(raise(&OVERFLOW_ERROR, "fd is greater than maximum")),
        Some(n) if n < i32::MIN as i64 => Err(raise(&OVERFLOW_ERROR, "fd is less than minimum")),
        Some(n) => Ok(n as i32),
        None => {
            let neg = krait_runtime::ops::compare_bool(krait_abi::CmpOp::Lt, i.v(), Value::small(0))?;
            Err(raise(&OVERFLOW_ERROR, if neg { "fd is less than minimum" } else { "fd is greater than maximum" }))
        }
    }
}

/// `path_converter`: the path argument `v` of the function `fname`. `None` for an
/// omitted argument of a nullable path.
pub fn path_arg(fname: &str, kind: PathKind, v: Option<Value>) -> R<PathArg> {
    let v = match v {
        Some(v) if !(kind.nullable && is_none(v)) => v,
        _ => return Ok(PathArg { c: CString::new(".").unwrap(), fd: None, bytes: false, obj: str_from(".") }),
    };
    let conv = if is_str(v) || is_bytes(v) {
        v.to_owned()
    } else if kind.fd && clinic::is_int(v) {
        let fd = fd_of(v)?;
        return Ok(PathArg { c: CString::default(), fd: Some(fd), bytes: false, obj: v.to_owned() });
    } else if let Some(r) = call_fspath(v)? {
        r
    } else if let Some(b) = krait_runtime::bytes::buffer(v)? {
        // CPython accepts other bytes-like objects with a DeprecationWarning.
        let b = b.into_owned();
        return to_c(fname, kind, bytes_from(b.clone()), b, true);
    } else {
        let allowed = match (kind.fd, kind.nullable) {
            (true, true) => "string, bytes, os.PathLike, integer or None",
            (true, false) => "string, bytes, os.PathLike or integer",
            (false, true) => "string, bytes, os.PathLike or None",
            (false, false) => "string, bytes or os.PathLike",
        };
        return type_error(format!("{}: {} should be {}, not {}", fname, kind.arg, allowed, crate::support::short_type_name(v)));
    };
    if is_str(conv.v()) {
        let b = krait_runtime::codecs::fs_encode(str_text(conv.v()))?;
        if b.contains(&0) {
            return value_error("embedded null byte");
        }
        to_c(fname, kind, conv, b, false)
    } else {
        let b = krait_runtime::bytes::as_bytes(conv.v()).unwrap().to_vec();
        to_c(fname, kind, conv, b, true)
    }
}

fn to_c(fname: &str, kind: PathKind, obj: Obj, b: Vec<u8>, bytes: bool) -> R<PathArg> {
    match CString::new(b) {
        Ok(c) => Ok(PathArg { c, fd: None, bytes, obj }),
        Err(_) => value_error(format!("{}: embedded null character in {}", fname, kind.arg)),
    }
}

/// `dir_fd_converter`: None (or absent) is the working directory.
pub fn dir_fd(v: Option<Value>) -> R<i32> {
    match v {
        None => Ok(CWD),
        Some(v) if is_none(v) => Ok(CWD),
        Some(v) if clinic::is_int(v) || krait_runtime::class::index_value(v)?.is_some() => fd_of(v),
        Some(v) => type_error(format!("argument should be integer or None, not {}", crate::support::short_type_name(v))),
    }
}

/// A `bool` argument (`p` converter: any object's truth).
pub fn flag(v: Option<Value>, default: bool) -> R<bool> {
    match v {
        None => Ok(default),
        Some(v) => krait_runtime::ops::truthy(v),
    }
}

/// A C `int` argument (`i` converter).
pub fn c_int(v: Value) -> R<i32> {
    clinic::c_int(v)
}

/// The `i` unit of `PyArg_ParseTuple` (also `_Py_PARSE_PID`): `PyLong_AsLong`
/// through `__index__`, then the C int range.
pub fn parse_int(v: Value) -> R<i32> {
    let i = clinic::index(v)?;
    match clinic::as_i64(i.v()) {
        Some(n) if n > i32::MAX as i64 => Err(raise(&OVERFLOW_ERROR, "signed integer is greater than maximum")),
        Some(n) if n < i32::MIN as i64 => Err(raise(&OVERFLOW_ERROR, "signed integer is less than minimum")),
        Some(n) => Ok(n as i32),
        None => Err(raise(&OVERFLOW_ERROR, "Python int too large to convert to C long")),
    }
}

/// `PyArg_ParseTuple`'s checks for `n` arguments: "kill() takes exactly 2 arguments
/// (1 given)", and no keywords.
pub fn exact<'a>(a: &'a Args, fname: &str, n: usize) -> R<&'a [Value]> {
    clinic::no_keywords(a, fname)?;
    if a.pos.len() != n {
        let s = if n == 1 { "" } else { "s" };
        return type_error(format!("{}() takes exactly {} argument{} ({} given)", fname, n, s, a.pos.len()));
    }
    Ok(a.pos)
}

/// A C `long` argument (`l` converter): OverflowError past 64 bits.
pub fn c_long(v: Value) -> R<i64> {
    if !v.is_small() && v.ty().kind == Kind::Float {
        return type_error("'float' object cannot be interpreted as an integer");
    }
    let i = clinic::index(v)?;
    match clinic::as_i64(i.v()) {
        Some(n) => Ok(n),
        None => Err(raise(&OVERFLOW_ERROR, "Python int too large to convert to C long")),
    }
}

/// Clinic's keyword binding (`name(a, b, *, c=None)`): `maxpos` names may be given by
/// position, the first `minpos` are required.
pub fn kw<'a>(a: &Args, fname: &str, names: &[&str], minpos: usize, maxpos: usize) -> R<Vec<Option<Value>>> {
    clinic::unpack_keywords(a, fname, names, 0, minpos, maxpos)
}

/// A function without arguments (`METH_NOARGS`): "posix.getpid() takes no arguments".
pub fn no_args(a: &Args, fname: &str) -> R<()> {
    clinic::no_args(a, &format!("posix.{}", fname))
}

/// A function of one positional-only argument (`METH_O`).
pub fn one_arg(a: &Args, fname: &str) -> R<Value> {
    clinic::one_arg(a, &format!("posix.{}", fname))
}

/// Positional-only arguments (`name(a, b, /)`): "read expected 2 arguments, got 1".
pub fn positional<'a>(a: &'a Args, fname: &str, min: usize, max: usize) -> R<&'a [Value]> {
    clinic::no_keywords(a, &format!("posix.{}", fname))?;
    clinic::check_positional(a, fname, min, max)?;
    Ok(a.pos)
}

/// The result of a call returning -1 on failure, retried while interrupted.
pub fn retry(mut f: impl FnMut() -> i64) -> Result<i64, i32> {
    loop {
        let r = f();
        if r >= 0 {
            return Ok(r);
        }
        let e = errno();
        if e != libc::EINTR {
            return Err(e);
        }
    }
}

/// A file name the system gave, as str (or bytes when the path was bytes).
pub fn name_obj(b: &[u8], bytes: bool) -> Obj {
    if bytes {
        bytes_from(b.to_vec())
    } else {
        str_from(krait_runtime::codecs::fs_decode(b))
    }
}

/// An int result.
pub fn int(n: i64) -> Obj {
    int_from_i64(n)
}

/// A zeroed buffer of `n` bytes, MemoryError when it cannot be allocated.
pub fn buffer(n: usize) -> R<Vec<u8>> {
    let mut v: Vec<u8> = Vec::new();
    if v.try_reserve_exact(n).is_err() {
        let e = krait_runtime::exc::new_exc(&krait_runtime::types::MEMORY_ERROR, tuple_from(vec![]));
        return Err(set_current(e));
    }
    v.resize(n, 0);
    Ok(v)
}
