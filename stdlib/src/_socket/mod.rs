//! The `_socket` module (CPython 3.11's `Modules/socketmodule.c`) on Linux, which
//! `socket.py` wraps and asyncio's event loop uses (its self-pipe is a
//! `socketpair()`): the `socket` class (`sock.rs`), addresses (`addr.rs`), waiting
//! with timeouts (`wait.rs`), the host and service databases and address text
//! (`netdb.rs`), the constants (`consts.rs`), and the errors `error` (OSError),
//! `timeout` (TimeoutError), `herror` and `gaierror`.

mod addr;
mod consts;
mod ffi;
mod netdb;
mod sock;
mod wait;

use crate::support::Attrs;
use krait_runtime::builtin;
use krait_runtime::call::Args;
use krait_runtime::exc::{set_current, type_error, value_error};
use krait_runtime::objects::*;
use krait_runtime::types::TypeObj;
use krait_runtime::value::{abi, Obj, Raised, Value, R};
use std::cell::Cell;
use std::sync::atomic::{AtomicI64, Ordering};

thread_local! {
    /// `socket.gaierror` and `socket.herror`, made with the module.
    static GAIERROR: Cell<Option<&'static TypeObj>> = const { Cell::new(None) };
    static HERROR: Cell<Option<&'static TypeObj>> = const { Cell::new(None) };
}

/// The timeout new sockets get (nanoseconds; negative for none).
static DEFAULT_TIMEOUT: AtomicI64 = AtomicI64::new(-1);

pub(crate) fn default_timeout() -> i64 {
    DEFAULT_TIMEOUT.load(Ordering::Relaxed)
}

/// Raises `ty(code, text)`.
fn coded_error(ty: Option<&'static TypeObj>, code: i32, text: String) -> Raised {
    let ty = ty.unwrap_or(&krait_runtime::types::OS_ERROR);
    let (c, t) = (int_from_i64(code as i64), str_from(text));
    match krait_runtime::exc::construct(ty, &[c.v(), t.v()]) {
        Ok(e) => set_current(e),
        Err(r) => r,
    }
}

/// The error of a failed `getaddrinfo`/`getnameinfo` (`set_gaierror`): a gaierror
/// with the resolver's text, or the OSError of errno for EAI_SYSTEM.
pub(crate) fn gai_error(code: i32) -> Raised {
    if code == libc::EAI_SYSTEM {
        return crate::posix::args::os_error(crate::posix::args::errno(), None, None);
    }
    let text = unsafe { std::ffi::CStr::from_ptr(libc::gai_strerror(code)) }.to_string_lossy().into_owned();
    coded_error(GAIERROR.with(|t| t.get()), code, text)
}

/// The error of a failed host database lookup (`set_herror`).
pub(crate) fn h_error(code: i32) -> Raised {
    let text = unsafe { std::ffi::CStr::from_ptr(libc::hstrerror(code)) }.to_string_lossy().into_owned();
    coded_error(HERROR.with(|t| t.get()), code, text)
}

/// A host name argument (`idna_converter`): the ASCII or IDNA-encoded bytes of a
/// str, or a bytes or bytearray object as it is.
pub(crate) fn idna(v: Value) -> R<Vec<u8>> {
    let b = if let Some(b) = krait_runtime::bytes::as_bytes(v) {
        b.to_vec()
    } else if !v.is_small() && v.ty().kind == krait_runtime::types::Kind::ByteArray {
        krait_runtime::bytearray::data(v).to_vec()
    } else if !v.is_small() && v.ty().kind == krait_runtime::types::Kind::Str {
        let s = str_text(v);
        if s.is_ascii() {
            s.as_bytes().to_vec()
        } else {
            krait_runtime::bytes::encode_vec(s, "idna", "strict")?
        }
    } else {
        return type_error(format!("str, bytes or bytearray expected, not {}", krait_runtime::ops::type_name(v)));
    };
    if b.contains(&0) {
        return type_error("host name must not contain null character");
    }
    Ok(b)
}

/// `PyArg_ParseTuple`'s count checks: "listen() takes at most 1 argument (2
/// given)", and no keywords ("socket.recv() takes no keyword arguments": `owner`
/// is the class or module).
pub(crate) fn parse_tuple<'a>(a: &'a Args, owner: &str, fname: &str, min: usize, max: usize) -> R<&'a [Value]> {
    // A method names its class; a module function only itself.
    let qual = if owner == "_socket" { fname.to_string() } else { format!("{}.{}", owner, fname) };
    crate::clinic::no_keywords(a, &qual)?;
    let n = a.pos.len();
    if n < min || n > max {
        let how = if min == max {
            "exactly"
        } else if n < min {
            "at least"
        } else {
            "at most"
        };
        let k = if n < min { min } else { max };
        return type_error(format!("{}() takes {} {} argument{} ({} given)", fname, how, k, if k == 1 { "" } else { "s" }, n));
    }
    Ok(a.pos)
}

/// A timeout argument (`socket_parse_timeout`): None for none, else seconds as
/// nanoseconds, never negative.
pub(crate) fn timeout_value(v: Value) -> R<i64> {
    if is_none(v) {
        return Ok(-1);
    }
    let ns = crate::_thread::timeout::seconds_to_ns(v, false)?;
    if ns < 0 {
        return value_error("Timeout value out of range");
    }
    Ok(ns)
}

builtin!(socket_getdefaulttimeout, |a| {
    crate::clinic::no_args(a, "_socket.getdefaulttimeout")?;
    Ok(sock::timeout_obj(default_timeout()))
});

builtin!(socket_setdefaulttimeout, |a| {
    let v = crate::clinic::one_arg(a, "_socket.setdefaulttimeout")?;
    DEFAULT_TIMEOUT.store(timeout_value(v)?, Ordering::Relaxed);
    Ok(none())
});

builtin!(socket_socketpair, |a| {
    let p = parse_tuple(a, "_socket", "socketpair", 0, 3)?;
    let arg = |i: usize, d: i32| p.get(i).map_or(Ok(d), |&v| crate::posix::args::parse_int(v));
    let (family, ty, proto) = (arg(0, libc::AF_UNIX)?, arg(1, libc::SOCK_STREAM)?, arg(2, 0)?);
    let mut sv = [0 as libc::c_int; 2];
    if unsafe { libc::socketpair(family, ty | libc::SOCK_CLOEXEC, proto, sv.as_mut_ptr()) } < 0 {
        return crate::posix::args::last_error();
    }
    let close_both = |sv: &[i32; 2]| unsafe {
        libc::close(sv[0]);
        libc::close(sv[1]);
    };
    let s0 = sock::new_socket(sv[0], family, ty, proto).inspect_err(|_| close_both(&sv))?;
    let s1 = match sock::new_socket(sv[1], family, ty, proto) {
        Ok(s) => s,
        Err(e) => {
            unsafe { libc::close(sv[1]) };
            return Err(e);
        }
    };
    Ok(tuple_from(vec![s0.into_raw(), s1.into_raw()]))
});

/// A descriptor argument of `close`/`dup` (`PyLong_AsSocket_t`).
fn fd_arg(v: Value) -> R<i32> {
    let n = crate::posix::args::c_long(v)?;
    Ok(n as i32)
}

builtin!(socket_close, |a| {
    let fd = fd_arg(crate::clinic::one_arg(a, "_socket.close")?)?;
    if unsafe { libc::close(fd) } < 0 && crate::posix::args::errno() != libc::ECONNRESET {
        return crate::posix::args::last_error();
    }
    Ok(none())
});

builtin!(socket_dup, |a| {
    let fd = fd_arg(crate::clinic::one_arg(a, "_socket.dup")?)?;
    let n = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if n < 0 {
        return crate::posix::args::last_error();
    }
    Ok(int_from_i64(n as i64))
});

/// `CMSG_LEN(length)` / `CMSG_SPACE(length)`.
fn cmsg(a: &Args, name: &str, space: bool) -> R<Obj> {
    let p = parse_tuple(a, "_socket", name, 1, 1)?;
    let n = crate::clinic::ssize(p[0])?;
    let hdr = std::mem::size_of::<libc::cmsghdr>() as i64;
    if n < 0 || n > i32::MAX as i64 - hdr - 8 {
        return Err(krait_runtime::exc::raise(&krait_runtime::types::OVERFLOW_ERROR, format!("{}() argument out of range", name)));
    }
    let len = if space { unsafe { libc::CMSG_SPACE(n as u32) } } else { unsafe { libc::CMSG_LEN(n as u32) } };
    Ok(int_from_i64(len as i64))
}

builtin!(socket_cmsg_len, |a| cmsg(a, "CMSG_LEN", false));
builtin!(socket_cmsg_space, |a| cmsg(a, "CMSG_SPACE", true));

fn make_module() -> R<Obj> {
    let gai = crate::binascii::new_exception("socket", "gaierror", &krait_runtime::types::OS_ERROR)?;
    let her = crate::binascii::new_exception("socket", "herror", &krait_runtime::types::OS_ERROR)?;
    GAIERROR.with(|t| t.set(Some(unsafe { gai.v().as_ref::<TypeObj>() })));
    HERROR.with(|t| t.set(Some(unsafe { her.v().as_ref::<TypeObj>() })));
    let mut attrs: Attrs = vec![
        ("error", krait_runtime::types::OS_ERROR.as_value().to_owned()),
        ("timeout", krait_runtime::types::TIMEOUT_ERROR.as_value().to_owned()),
        ("gaierror", gai),
        ("herror", her),
        ("has_ipv6", bool_obj(true)),
        ("getdefaulttimeout", builtin_fn("getdefaulttimeout", socket_getdefaulttimeout)),
        ("setdefaulttimeout", builtin_fn("setdefaulttimeout", socket_setdefaulttimeout)),
        ("socketpair", builtin_fn("socketpair", socket_socketpair)),
        ("close", builtin_fn("close", socket_close)),
        ("dup", builtin_fn("dup", socket_dup)),
        ("CMSG_LEN", builtin_fn("CMSG_LEN", socket_cmsg_len)),
        ("CMSG_SPACE", builtin_fn("CMSG_SPACE", socket_cmsg_space)),
    ];
    sock::attrs(&mut attrs)?;
    netdb::attrs(&mut attrs);
    for &(n, v) in consts::CONSTANTS {
        attrs.push((n, int_from_i64(v)));
    }
    attrs.sort_by(|a, b| a.0.cmp(b.0));
    krait_runtime::sysmod::new_module("_socket", attrs)
}

/// `import _socket`.
#[no_mangle]
pub extern "C" fn krait_module__socket() -> Value {
    abi(make_module())
}
