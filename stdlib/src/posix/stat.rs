//! `stat`, `lstat`, `fstat` and their result, `os.stat_result`.

use super::args::{self, dir_fd, flag, kw, path_arg, path_error, PathArg, PATH_FD};
use krait_runtime::structseq::{self, Spec};
use krait_runtime::builtin;
use krait_runtime::exc::value_error;
use krait_runtime::objects::*;
use krait_runtime::types::TypeObj;
use krait_runtime::value::{Obj, R};
use std::cell::Cell;

static STAT_RESULT: Spec = Spec {
    name: "stat_result",
    visible: &["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime"],
    named: 7,
    hidden: &["st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"],
};

thread_local! {
    static CLASS: Cell<Option<&'static TypeObj>> = const { Cell::new(None) };
}

/// Makes `os.stat_result` (once, with the module).
pub fn make_class() -> R<Obj> {
    let t = structseq::make_class("os", &STAT_RESULT)?;
    CLASS.with(|c| c.set(Some(t)));
    Ok(t.as_value().to_owned())
}

fn uint(n: u64) -> Obj {
    int_from_big(n.into())
}

/// The `stat_result` of a `struct stat`.
pub fn result(st: &libc::stat) -> R<Obj> {
    let t = CLASS.with(|c| c.get()).expect("posix not initialised");
    let i = |n: i64| int_from_i64(n);
    let times = [(st.st_atime, st.st_atime_nsec), (st.st_mtime, st.st_mtime_nsec), (st.st_ctime, st.st_ctime_nsec)];
    let mut visible = vec![
        i(st.st_mode as i64),
        uint(st.st_ino as u64),
        uint(st.st_dev as u64),
        uint(st.st_nlink as u64),
        i(st.st_uid as i64),
        i(st.st_gid as i64),
        i(st.st_size as i64),
    ];
    visible.extend(times.iter().map(|(s, _)| i(*s as i64)));
    let mut hidden: Vec<Obj> = times.iter().map(|(s, ns)| float(*s as f64 + *ns as f64 * 1e-9)).collect();
    hidden.extend(times.iter().map(|(s, ns)| int_from_big((*s as i128 * 1_000_000_000 + *ns as i128).into())));
    hidden.push(i(st.st_blksize as i64));
    hidden.push(i(st.st_blocks as i64));
    hidden.push(uint(st.st_rdev as u64));
    structseq::new_instance(t, visible, hidden)
}

/// `fstatat`/`fstat` on a converted path: the `struct stat` or the errno.
pub fn stat_raw(p: &PathArg, dir: i32, follow: bool) -> Result<libc::stat, i32> {
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    let r = match p.fd {
        Some(fd) => unsafe { libc::fstat(fd, &mut st) },
        None => {
            let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
            unsafe { libc::fstatat(dir, p.ptr(), &mut st, flags) }
        }
    };
    if r != 0 {
        return Err(args::errno());
    }
    Ok(st)
}

/// `stat(path, *, dir_fd=None, follow_symlinks=True)` and `lstat`'s common part.
fn do_stat(fname: &str, p: &PathArg, dir: i32, follow: bool) -> R<Obj> {
    if p.fd.is_some() && dir != args::CWD {
        return value_error(format!("{}: can't specify dir_fd without matching path", fname));
    }
    match stat_raw(p, dir, follow) {
        Ok(st) => result(&st),
        Err(_) => path_error(p),
    }
}

builtin!(posix_stat, |a| {
    let v = kw(a, "stat", &["path", "dir_fd", "follow_symlinks"], 1, 1)?;
    let p = path_arg("stat", PATH_FD, v[0])?;
    let dir = dir_fd(v[1])?;
    do_stat("stat", &p, dir, flag(v[2], true)?)
});

builtin!(posix_lstat, |a| {
    let v = kw(a, "lstat", &["path", "dir_fd"], 1, 1)?;
    let p = path_arg("lstat", args::PATH, v[0])?;
    let dir = dir_fd(v[1])?;
    do_stat("lstat", &p, dir, false)
});

builtin!(posix_fstat, |a| {
    let v = kw(a, "fstat", &["fd"], 1, 1)?;
    let fd = args::c_int(v[0].unwrap())?;
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    if let Err(e) = args::retry(|| unsafe { libc::fstat(fd, &mut st) } as i64) {
        return Err(args::os_error(e, None, None));
    }
    result(&st)
});

/// The module attributes of this file.
pub fn attrs(out: &mut crate::support::Attrs) -> R<()> {
    out.push(("stat_result", make_class()?));
    out.push(("stat", builtin_fn("stat", posix_stat)));
    out.push(("lstat", builtin_fn("lstat", posix_lstat)));
    out.push(("fstat", builtin_fn("fstat", posix_fstat)));
    Ok(())
}
