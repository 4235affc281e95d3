//! Functions on files by name: the working directory, `mkdir`, `rmdir`, `unlink`,
//! `rename`, `chmod`, `symlink`, `readlink`, `link`, `truncate`, `utime`, `access`,
//! `umask`.

use super::args::{self, dir_fd, flag, kw, os_error, path_arg, path_error, path_error2, PathArg, PathKind, CWD, PATH, PATH_FD};
use crate::support::Attrs;
use krait_runtime::builtin;
use krait_runtime::exc::{raise, type_error, value_error};
use krait_runtime::bytes::bytes_from;
use krait_runtime::objects::*;
use krait_runtime::types::{Kind, NOT_IMPLEMENTED_ERROR};
use krait_runtime::value::{Obj, Value, R};

/// None on success, the error naming `p` otherwise.
fn done(r: i32, p: &PathArg) -> R<Obj> {
    if r != 0 {
        return path_error(p);
    }
    Ok(none())
}

/// `dir_fd` cannot go with a path given as an fd.
fn no_fd_with_dir(fname: &str, p: &PathArg, dir: i32) -> R<()> {
    if p.fd.is_some() && dir != CWD {
        return value_error(format!("{}: can't specify dir_fd without matching path", fname));
    }
    Ok(())
}

fn cwd_bytes() -> R<Vec<u8>> {
    use std::os::unix::ffi::OsStringExt;
    match std::env::current_dir() {
        Ok(p) => Ok(p.into_os_string().into_vec()),
        Err(e) => Err(os_error(e.raw_os_error().unwrap_or(0), None, None)),
    }
}

builtin!(posix_getcwd, |a| {
    args::no_args(a, "getcwd")?;
    Ok(args::name_obj(&cwd_bytes()?, false))
});

builtin!(posix_getcwdb, |a| {
    args::no_args(a, "getcwdb")?;
    Ok(bytes_from(cwd_bytes()?))
});

builtin!(posix_chdir, |a| {
    let v = kw(a, "chdir", &["path"], 1, 1)?;
    let p = path_arg("chdir", PATH_FD, v[0])?;
    let r = match p.fd {
        Some(fd) => unsafe { libc::fchdir(fd) },
        None => unsafe { libc::chdir(p.ptr()) },
    };
    done(r, &p)
});

builtin!(posix_mkdir, |a| {
    let v = kw(a, "mkdir", &["path", "mode", "dir_fd"], 1, 2)?;
    let p = path_arg("mkdir", PATH, v[0])?;
    let mode = match v[1] {
        Some(m) => args::c_int(m)?,
        None => 0o777,
    };
    let dir = dir_fd(v[2])?;
    done(unsafe { libc::mkdirat(dir, p.ptr(), mode as libc::mode_t) }, &p)
});

/// `unlink`, `remove` and `rmdir`: `unlinkat` with `flags`.
fn remove(fname: &str, a: &krait_runtime::call::Args, flags: i32) -> R<Obj> {
    let v = kw(a, fname, &["path", "dir_fd"], 1, 1)?;
    let p = path_arg(fname, PATH, v[0])?;
    let dir = dir_fd(v[1])?;
    done(unsafe { libc::unlinkat(dir, p.ptr(), flags) }, &p)
}

builtin!(posix_unlink, |a| remove("unlink", a, 0));
builtin!(posix_remove, |a| remove("remove", a, 0));
builtin!(posix_rmdir, |a| remove("rmdir", a, libc::AT_REMOVEDIR));

const SRC: PathKind = PathKind { arg: "src", fd: false, nullable: false };
const DST: PathKind = PathKind { arg: "dst", fd: false, nullable: false };

/// `rename` and `replace` (the same on POSIX).
fn rename(fname: &str, a: &krait_runtime::call::Args) -> R<Obj> {
    let v = kw(a, fname, &["src", "dst", "src_dir_fd", "dst_dir_fd"], 2, 2)?;
    let src = path_arg(fname, SRC, v[0])?;
    let dst = path_arg(fname, DST, v[1])?;
    let (sd, dd) = (dir_fd(v[2])?, dir_fd(v[3])?);
    if unsafe { libc::renameat(sd, src.ptr(), dd, dst.ptr()) } != 0 {
        return path_error2(&src, &dst);
    }
    Ok(none())
}

builtin!(posix_rename, |a| rename("rename", a));
builtin!(posix_replace, |a| rename("replace", a));

builtin!(posix_link, |a| {
    let v = kw(a, "link", &["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"], 2, 2)?;
    let src = path_arg("link", SRC, v[0])?;
    let dst = path_arg("link", DST, v[1])?;
    let (sd, dd) = (dir_fd(v[2])?, dir_fd(v[3])?);
    let follow = flag(v[4], true)?;
    let flags = if follow { libc::AT_SYMLINK_FOLLOW } else { 0 };
    if unsafe { libc::linkat(sd, src.ptr(), dd, dst.ptr(), flags) } != 0 {
        return path_error2(&src, &dst);
    }
    Ok(none())
});

builtin!(posix_symlink, |a| {
    let v = kw(a, "symlink", &["src", "dst", "target_is_directory", "dir_fd"], 2, 3)?;
    let src = path_arg("symlink", SRC, v[0])?;
    let dst = path_arg("symlink", DST, v[1])?;
    flag(v[2], false)?;
    let dir = dir_fd(v[3])?;
    if unsafe { libc::symlinkat(src.ptr(), dir, dst.ptr()) } != 0 {
        return path_error2(&src, &dst);
    }
    Ok(none())
});

builtin!(posix_readlink, |a| {
    let v = kw(a, "readlink", &["path", "dir_fd"], 1, 1)?;
    let p = path_arg("readlink", PATH, v[0])?;
    let dir = dir_fd(v[1])?;
    let mut buf = vec![0u8; libc::PATH_MAX as usize];
    let n = unsafe { libc::readlinkat(dir, p.ptr(), buf.as_mut_ptr() as *mut libc::c_char, buf.len()) };
    if n < 0 {
        return path_error(&p);
    }
    buf.truncate(n as usize);
    Ok(args::name_obj(&buf, p.bytes))
});

builtin!(posix_chmod, |a| {
    let v = kw(a, "chmod", &["path", "mode", "dir_fd", "follow_symlinks"], 2, 2)?;
    let p = path_arg("chmod", PATH_FD, v[0])?;
    let mode = args::c_int(v[1].unwrap())? as libc::mode_t;
    let dir = dir_fd(v[2])?;
    let follow = flag(v[3], true)?;
    no_fd_with_dir("chmod", &p, dir)?;
    let r = match p.fd {
        Some(fd) => unsafe { libc::fchmod(fd, mode) },
        None => {
            let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
            let r = unsafe { libc::fchmodat(dir, p.ptr(), mode, flags) };
            if r != 0 && !follow && args::errno() == libc::EOPNOTSUPP {
                return Err(raise(&NOT_IMPLEMENTED_ERROR, "chmod: follow_symlinks unavailable on this platform"));
            }
            r
        }
    };
    done(r, &p)
});

builtin!(posix_fchmod, |a| {
    let v = kw(a, "fchmod", &["fd", "mode"], 2, 2)?;
    let fd = args::c_int(v[0].unwrap())?;
    let mode = args::c_int(v[1].unwrap())? as libc::mode_t;
    if let Err(e) = args::retry(|| unsafe { libc::fchmod(fd, mode) } as i64) {
        return Err(os_error(e, None, None));
    }
    Ok(none())
});

builtin!(posix_truncate, |a| {
    let v = kw(a, "truncate", &["path", "length"], 2, 2)?;
    let p = path_arg("truncate", PATH_FD, v[0])?;
    let len = args::c_long(v[1].unwrap())?;
    let r = match p.fd {
        Some(fd) => unsafe { libc::ftruncate(fd, len) },
        None => unsafe { libc::truncate(p.ptr(), len) },
    };
    done(r, &p)
});

builtin!(posix_access, |a| {
    let v = kw(a, "access", &["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"], 2, 2)?;
    let p = path_arg("access", PATH, v[0])?;
    let mode = args::c_int(v[1].unwrap())?;
    let dir = dir_fd(v[2])?;
    let mut flags = 0;
    if flag(v[3], false)? {
        flags |= libc::AT_EACCESS;
    }
    if !flag(v[4], true)? {
        flags |= libc::AT_SYMLINK_NOFOLLOW;
    }
    Ok(bool_obj(unsafe { libc::faccessat(dir, p.ptr(), mode, flags) } == 0))
});

builtin!(posix_umask, |a| {
    let m = args::one_arg(a, "umask")?;
    let m = args::c_int(m)?;
    Ok(args::int(unsafe { libc::umask(m as libc::mode_t) } as i64))
});

/// A time given to `utime` (`_PyTime_ObjectToTimespec`, rounding down).
fn timespec(v: Value) -> R<libc::timespec> {
    if !v.is_small() && v.ty().kind == Kind::Float {
        let f = as_float(v).unwrap().v;
        if f.is_nan() {
            return value_error("Invalid value NaN (not a number)");
        }
        let (mut sec, mut frac) = (f.trunc(), f - f.trunc());
        let mut ns = (frac * 1e9).floor();
        if ns >= 1e9 {
            ns -= 1e9;
            sec += 1.0;
        } else if ns < 0.0 {
            ns += 1e9;
            sec -= 1.0;
        }
        frac = ns;
        if !(-9.2e18..9.2e18).contains(&sec) {
            return Err(raise(&krait_runtime::types::OVERFLOW_ERROR, "timestamp out of range for platform time_t"));
        }
        return Ok(libc::timespec { tv_sec: sec as i64, tv_nsec: frac as i64 });
    }
    let i = crate::clinic::index(v)?;
    match crate::clinic::as_i64(i.v()) {
        Some(s) => Ok(libc::timespec { tv_sec: s, tv_nsec: 0 }),
        None => Err(raise(&krait_runtime::types::OVERFLOW_ERROR, "timestamp out of range for platform time_t")),
    }
}

/// A time in nanoseconds given to `utime(ns=...)`.
fn ns_timespec(v: Value) -> R<libc::timespec> {
    use num_integer::Integer;
    let i = crate::clinic::index(v)?;
    let b = krait_runtime::seq::int_to_big(i.v()).unwrap();
    let (s, ns) = b.div_mod_floor(&num_bigint::BigInt::from(1_000_000_000));
    match crate::clinic::as_i64(int_from_big(s).v()) {
        Some(s) => Ok(libc::timespec { tv_sec: s, tv_nsec: num_traits::ToPrimitive::to_i64(&ns).unwrap_or(0) }),
        None => Err(raise(&krait_runtime::types::OVERFLOW_ERROR, "timestamp out of range for platform time_t")),
    }
}

/// The two items of a `utime` pair, if `v` is a tuple of two.
fn pair(v: Value) -> Option<(Value, Value)> {
    match as_tuple(v) {
        Some(t) if t.items.len() == 2 => Some((t.items[0], t.items[1])),
        _ => None,
    }
}

builtin!(posix_utime, |a| {
    let v = kw(a, "utime", &["path", "times", "ns", "dir_fd", "follow_symlinks"], 1, 2)?;
    let p = path_arg("utime", PATH_FD, v[0])?;
    let times = v[1].filter(|t| !is_none(*t));
    let dir = dir_fd(v[3])?;
    let follow = flag(v[4], true)?;
    if times.is_some() && v[2].is_some() {
        return value_error("utime: you may specify either 'times' or 'ns' but not both");
    }
    let ts: Option<[libc::timespec; 2]> = if let Some(t) = times {
        let Some((x, y)) = pair(t) else { return type_error("utime: 'times' must be either a tuple of two ints or None") };
        Some([timespec(x)?, timespec(y)?])
    } else if let Some(n) = v[2] {
        let Some((x, y)) = pair(n) else { return type_error("utime: 'ns' must be a tuple of two ints") };
        Some([ns_timespec(x)?, ns_timespec(y)?])
    } else {
        None
    };
    no_fd_with_dir("utime", &p, dir)?;
    let ptr = ts.as_ref().map_or(std::ptr::null(), |t| t.as_ptr());
    let r = match p.fd {
        Some(fd) => unsafe { libc::futimens(fd, ptr) },
        None => {
            let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
            unsafe { libc::utimensat(dir, p.ptr(), ptr, flags) }
        }
    };
    if r != 0 {
        // CPython names no file in this error.
        return args::last_error();
    }
    Ok(none())
});

/// The module attributes of this file.
pub fn attrs(out: &mut Attrs) {
    let fs: [(&'static str, krait_runtime::types::BuiltinFn); 18] = [
        ("getcwd", posix_getcwd),
        ("getcwdb", posix_getcwdb),
        ("chdir", posix_chdir),
        ("mkdir", posix_mkdir),
        ("unlink", posix_unlink),
        ("remove", posix_remove),
        ("rmdir", posix_rmdir),
        ("rename", posix_rename),
        ("replace", posix_replace),
        ("link", posix_link),
        ("symlink", posix_symlink),
        ("readlink", posix_readlink),
        ("chmod", posix_chmod),
        ("fchmod", posix_fchmod),
        ("truncate", posix_truncate),
        ("access", posix_access),
        ("umask", posix_umask),
        ("utime", posix_utime),
    ];
    for (n, f) in fs {
        out.push((n, builtin_fn(n, f)));
    }
}
