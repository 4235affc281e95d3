//! Functions on file descriptors: `open`, `close`, `read`, `write`, `lseek`, `pipe`,
//! `pipe2`, `dup`, `dup2`, `isatty`, `fsync`, `ftruncate`, `device_encoding`, inheritance
//! and blocking flags. Descriptors `posix` opens are not inherited by child
//! processes (`O_CLOEXEC`), as in CPython (PEP 446).

use super::args::{self, dir_fd, kw, os_error, path_arg, path_error, retry, PATH};
use crate::support::Attrs;
use krait_runtime::builtin;
use krait_runtime::call::Args;
use krait_runtime::exc::type_error;
use krait_runtime::bytes::bytes_from;
use krait_runtime::objects::*;
use krait_runtime::types::BuiltinFn;
use krait_runtime::value::{Obj, Value, R};

/// None, or the error of a failed call.
fn unit(r: Result<i64, i32>) -> R<Obj> {
    match r {
        Ok(_) => Ok(none()),
        Err(e) => Err(os_error(e, None, None)),
    }
}

/// An int result, or the error of a failed call.
fn num(r: Result<i64, i32>) -> R<Obj> {
    match r {
        Ok(n) => Ok(args::int(n)),
        Err(e) => Err(os_error(e, None, None)),
    }
}

builtin!(posix_open, |a| {
    let v = kw(a, "open", &["path", "flags", "mode", "dir_fd"], 2, 3)?;
    let p = path_arg("open", PATH, v[0])?;
    let flags = args::c_int(v[1].unwrap())?;
    let mode = match v[2] {
        Some(m) => args::c_int(m)?,
        None => 0o777,
    };
    let dir = dir_fd(v[3])?;
    match retry(|| unsafe { libc::openat(dir, p.ptr(), flags | libc::O_CLOEXEC, mode as libc::c_uint) } as i64) {
        Ok(fd) => Ok(args::int(fd)),
        Err(_) => path_error(&p),
    }
});

builtin!(posix_close, |a| {
    let v = kw(a, "close", &["fd"], 1, 1)?;
    let fd = args::c_int(v[0].unwrap())?;
    unit(if unsafe { libc::close(fd) } < 0 { Err(args::errno()) } else { Ok(0) })
});

builtin!(posix_closerange, |a| {
    let p = args::positional(a, "closerange", 2, 2)?;
    let (lo, hi) = (args::c_int(p[0])?, args::c_int(p[1])?);
    for fd in lo.max(0)..hi {
        unsafe { libc::close(fd) };
    }
    Ok(none())
});

builtin!(posix_read, |a| {
    let p = args::positional(a, "read", 2, 2)?;
    let fd = args::c_int(p[0])?;
    let n = crate::clinic::ssize(p[1])?;
    if n < 0 {
        return Err(os_error(libc::EINVAL, None, None));
    }
    let mut buf = args::buffer(n as usize)?;
    let got = retry(|| unsafe { libc::read(fd, buf.as_mut_ptr() as *mut libc::c_void, buf.len()) } as i64).map_err(|e| os_error(e, None, None))?;
    buf.truncate(got as usize);
    Ok(bytes_from(buf))
});

builtin!(posix_write, |a| {
    let p = args::positional(a, "write", 2, 2)?;
    let fd = args::c_int(p[0])?;
    let data = krait_runtime::bytes::buffer_arg(p[1])?;
    num(retry(|| unsafe { libc::write(fd, data.as_ptr() as *const libc::c_void, data.len()) } as i64))
});

builtin!(posix_lseek, |a| {
    let p = args::positional(a, "lseek", 3, 3)?;
    let fd = args::c_int(p[0])?;
    let pos = args::c_long(p[1])?;
    let how = args::c_int(p[2])?;
    num(retry(|| unsafe { libc::lseek(fd, pos, how) }))
});

builtin!(posix_pipe, |a| {
    args::no_args(a, "pipe")?;
    let mut fds = [0i32; 2];
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return args::last_error();
    }
    Ok(tuple_from(vec![args::int(fds[0] as i64).into_raw(), args::int(fds[1] as i64).into_raw()]))
});

builtin!(posix_pipe2, |a| {
    let flags = args::c_int(args::one_arg(a, "pipe2")?)?;
    let mut fds = [0i32; 2];
    if unsafe { libc::pipe2(fds.as_mut_ptr(), flags) } != 0 {
        return args::last_error();
    }
    Ok(tuple_from(vec![args::int(fds[0] as i64).into_raw(), args::int(fds[1] as i64).into_raw()]))
});

builtin!(posix_dup, |a| {
    let fd = args::c_int(args::one_arg(a, "dup")?)?;
    num(retry(|| unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) } as i64))
});

builtin!(posix_dup2, |a| {
    let v = kw(a, "dup2", &["fd", "fd2", "inheritable"], 2, 3)?;
    let (fd, fd2) = (args::c_int(v[0].unwrap())?, args::c_int(v[1].unwrap())?);
    let inheritable = args::flag(v[2], true)?;
    let r = if inheritable || fd == fd2 {
        retry(|| unsafe { libc::dup2(fd, fd2) } as i64)
    } else {
        retry(|| unsafe { libc::dup3(fd, fd2, libc::O_CLOEXEC) } as i64)
    };
    num(r)
});

builtin!(posix_isatty, |a| {
    let fd = args::c_int(args::one_arg(a, "isatty")?)?;
    Ok(bool_obj(unsafe { libc::isatty(fd) } == 1))
});

/// `PyObject_AsFileDescriptor`: an int, or the result of the object's `fileno()`.
pub fn fileno_of(v: Value) -> R<i32> {
    let fd = if crate::clinic::is_int(v) {
        args::c_int(v)?
    } else {
        let f = match krait_runtime::ops::getattr(v, "fileno") {
            Ok(f) => f,
            Err(e) => {
                if !krait_runtime::exc::current_is(&krait_runtime::types::ATTRIBUTE_ERROR) {
                    return Err(e);
                }
                krait_runtime::exc::clear_current();
                return type_error("argument must be an int, or have a fileno() method.");
            }
        };
        let r = krait_runtime::call::call(f.v(), &Args::positional(&[]))?;
        if !crate::clinic::is_int(r.v()) {
            return type_error("fileno() returned a non-integer");
        }
        args::c_int(r.v())?
    };
    if fd < 0 {
        return krait_runtime::exc::value_error(format!("file descriptor cannot be a negative integer ({})", fd));
    }
    Ok(fd)
}

builtin!(posix_fsync, |a| {
    let v = kw(a, "fsync", &["fd"], 1, 1)?;
    let fd = fileno_of(v[0].unwrap())?;
    unit(retry(|| unsafe { libc::fsync(fd) } as i64))
});

builtin!(posix_fdatasync, |a| {
    let v = kw(a, "fdatasync", &["fd"], 1, 1)?;
    let fd = fileno_of(v[0].unwrap())?;
    unit(retry(|| unsafe { libc::fdatasync(fd) } as i64))
});

builtin!(posix_ftruncate, |a| {
    let p = args::positional(a, "ftruncate", 2, 2)?;
    let fd = args::c_int(p[0])?;
    let len = args::c_long(p[1])?;
    unit(retry(|| unsafe { libc::ftruncate(fd, len) } as i64))
});

builtin!(posix_device_encoding, |a| {
    let v = kw(a, "device_encoding", &["fd"], 1, 1)?;
    let fd = args::c_int(v[0].unwrap())?;
    if unsafe { libc::isatty(fd) } != 1 {
        return Ok(none());
    }
    Ok(str_from("UTF-8"))
});

/// The `FD_CLOEXEC` or `O_NONBLOCK` flag of `fd`.
fn get_flag(fd: i32, get: i32, bit: i32) -> R<bool> {
    let f = unsafe { libc::fcntl(fd, get) };
    if f < 0 {
        return args::last_error();
    }
    Ok(f & bit != 0)
}

fn set_flag(fd: i32, get: i32, set: i32, bit: i32, on: bool) -> R<Obj> {
    let f = unsafe { libc::fcntl(fd, get) };
    if f < 0 {
        return args::last_error();
    }
    let nf = if on { f | bit } else { f & !bit };
    if nf != f && unsafe { libc::fcntl(fd, set, nf) } < 0 {
        return args::last_error();
    }
    Ok(none())
}

builtin!(posix_get_inheritable, |a| {
    let fd = args::c_int(args::one_arg(a, "get_inheritable")?)?;
    Ok(bool_obj(!get_flag(fd, libc::F_GETFD, libc::FD_CLOEXEC)?))
});

builtin!(posix_set_inheritable, |a| {
    let p = args::positional(a, "set_inheritable", 2, 2)?;
    let fd = args::c_int(p[0])?;
    let on = args::c_int(p[1])? != 0;
    set_flag(fd, libc::F_GETFD, libc::F_SETFD, libc::FD_CLOEXEC, !on)
});

builtin!(posix_get_blocking, |a| {
    let fd = args::c_int(args::one_arg(a, "get_blocking")?)?;
    Ok(bool_obj(!get_flag(fd, libc::F_GETFL, libc::O_NONBLOCK)?))
});

builtin!(posix_set_blocking, |a| {
    let p = args::positional(a, "set_blocking", 2, 2)?;
    let fd = args::c_int(p[0])?;
    let on = krait_runtime::ops::truthy(p[1])?;
    set_flag(fd, libc::F_GETFL, libc::F_SETFL, libc::O_NONBLOCK, !on)
});

/// The module attributes of this file.
pub fn attrs(out: &mut Attrs) {
    let fs: [(&'static str, BuiltinFn); 20] = [
        ("open", posix_open),
        ("close", posix_close),
        ("closerange", posix_closerange),
        ("read", posix_read),
        ("write", posix_write),
        ("lseek", posix_lseek),
        ("pipe", posix_pipe),
        ("pipe2", posix_pipe2),
        ("dup", posix_dup),
        ("dup2", posix_dup2),
        ("isatty", posix_isatty),
        ("fsync", posix_fsync),
        ("ftruncate", posix_ftruncate),
        ("device_encoding", posix_device_encoding),
        ("get_inheritable", posix_get_inheritable),
        ("set_inheritable", posix_set_inheritable),
        ("get_blocking", posix_get_blocking),
        ("set_blocking", posix_set_blocking),
        ("fdatasync", posix_fdatasync),
        ("fchdir", posix_fchdir),
    ];
    for (n, f) in fs {
        out.push((n, builtin_fn(n, f)));
    }
}

builtin!(posix_fchdir, |a| {
    let v = kw(a, "fchdir", &["fd"], 1, 1)?;
    let fd = fileno_of(v[0].unwrap())?;
    unit(retry(|| unsafe { libc::fchdir(fd) } as i64))
});
