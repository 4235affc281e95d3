//! The process and the system: ids, `kill`, `killpg`, process groups and sessions,
//! `_exit`, `system`, `waitpid` and the wait status macros, the environment
//! (`environ`, `putenv`, `unsetenv`), `strerror`, `urandom`, `cpu_count`, `uname`,
//! `times` and `get_terminal_size` (with their struct sequences `uname_result`,
//! `times_result`, `terminal_size`).

use super::args::{self, fs_bytes, kw, os_error};
use krait_runtime::structseq::{self, Spec};
use crate::support::Attrs;
use krait_runtime::builtin;
use krait_runtime::exc::value_error;
use krait_runtime::bytes::bytes_from;
use krait_runtime::objects::*;
use krait_runtime::types::{BuiltinFn, TypeObj};
use krait_runtime::value::{Obj, Value, R};
use std::cell::Cell;
use std::ffi::{CStr, CString};

static UNAME_RESULT: Spec = Spec { name: "uname_result", visible: &["sysname", "nodename", "release", "version", "machine"], named: 5, hidden: &[] };
static TIMES_RESULT: Spec = Spec { name: "times_result", visible: &["user", "system", "children_user", "children_system", "elapsed"], named: 5, hidden: &[] };
static TERMINAL_SIZE: Spec = Spec { name: "terminal_size", visible: &["columns", "lines"], named: 2, hidden: &[] };

thread_local! {
    static CLASSES: Cell<[Option<&'static TypeObj>; 3]> = const { Cell::new([None; 3]) };
}

fn class(i: usize) -> &'static TypeObj {
    CLASSES.with(|c| c.get()[i]).expect("posix not initialised")
}

macro_rules! id_fn {
    ($f:ident, $name:expr, $call:expr) => {
        builtin!($f, |a| {
            args::no_args(a, $name)?;
            Ok(args::int(unsafe { $call } as i64))
        });
    };
}
id_fn!(posix_getpid, "getpid", libc::getpid());
id_fn!(posix_getppid, "getppid", libc::getppid());
id_fn!(posix_getuid, "getuid", libc::getuid());
id_fn!(posix_geteuid, "geteuid", libc::geteuid());
id_fn!(posix_getgid, "getgid", libc::getgid());
id_fn!(posix_getegid, "getegid", libc::getegid());
id_fn!(posix_getpgrp, "getpgrp", libc::getpgrp());

builtin!(posix_kill, |a| {
    let p = args::exact(a, "kill", 2)?;
    let pid = args::parse_int(p[0])?;
    let sig = args::c_int(p[1])?;
    krait_runtime::io::flush_stdout();
    if unsafe { libc::kill(pid, sig) } != 0 {
        return args::last_error();
    }
    Ok(none())
});

builtin!(posix_killpg, |a| {
    let p = args::exact(a, "killpg", 2)?;
    let pgid = args::parse_int(p[0])?;
    let sig = args::parse_int(p[1])?;
    if unsafe { libc::killpg(pgid, sig) } != 0 {
        return args::last_error();
    }
    Ok(none())
});

/// A pid result, or the error of a failed call.
fn pid_result(r: libc::pid_t) -> R<Obj> {
    if r < 0 {
        return args::last_error();
    }
    Ok(args::int(r as i64))
}

builtin!(posix_getpgid, |a| {
    let v = kw(a, "getpgid", &["pid"], 1, 1)?;
    let pid = args::parse_int(v[0].unwrap())?;
    pid_result(unsafe { libc::getpgid(pid) })
});

builtin!(posix_setpgid, |a| {
    let p = args::exact(a, "setpgid", 2)?;
    let (pid, pgrp) = (args::parse_int(p[0])?, args::parse_int(p[1])?);
    pid_result(unsafe { libc::setpgid(pid, pgrp) })?;
    Ok(none())
});

builtin!(posix_setpgrp, |a| {
    args::no_args(a, "setpgrp")?;
    pid_result(unsafe { libc::setpgid(0, 0) })?;
    Ok(none())
});

builtin!(posix_setsid, |a| {
    args::no_args(a, "setsid")?;
    pid_result(unsafe { libc::setsid() })?;
    Ok(none())
});

builtin!(posix_getsid, |a| {
    let pid = args::parse_int(args::one_arg(a, "getsid")?)?;
    pid_result(unsafe { libc::getsid(pid) })
});

builtin!(posix_exit, |a| {
    let v = kw(a, "_exit", &["status"], 1, 1)?;
    let status = args::c_int(v[0].unwrap())?;
    unsafe { libc::_exit(status) }
});

builtin!(posix_system, |a| {
    let v = kw(a, "system", &["command"], 1, 1)?;
    let cmd = fs_bytes(v[0].unwrap())?;
    krait_runtime::io::flush_stdout();
    Ok(args::int(unsafe { libc::system(cmd.as_ptr()) } as i64))
});

builtin!(posix_waitpid, |a| {
    let p = args::positional(a, "waitpid", 2, 2)?;
    let pid = args::c_int(p[0])?;
    let options = args::c_int(p[1])?;
    let mut status = 0;
    let r = args::retry(|| unsafe { libc::waitpid(pid, &mut status, options) } as i64).map_err(|e| os_error(e, None, None))?;
    Ok(tuple_from(vec![args::int(r).into_raw(), args::int(status as i64).into_raw()]))
});

builtin!(posix_waitstatus_to_exitcode, |a| {
    let v = kw(a, "waitstatus_to_exitcode", &["status"], 1, 1)?;
    let status = args::c_int(v[0].unwrap())?;
    if libc::WIFEXITED(status) {
        return Ok(args::int(libc::WEXITSTATUS(status) as i64));
    }
    if libc::WIFSIGNALED(status) {
        return Ok(args::int(-(libc::WTERMSIG(status) as i64)));
    }
    if libc::WIFSTOPPED(status) {
        return value_error(format!("process stopped by delivery of signal {}", libc::WSTOPSIG(status)));
    }
    value_error(format!("invalid wait status: {}", status))
});

macro_rules! wait_macro {
    ($f:ident, $name:expr, $m:path, bool) => {
        builtin!($f, |a| {
            let v = kw(a, $name, &["status"], 1, 1)?;
            Ok(bool_obj($m(args::c_int(v[0].unwrap())?)))
        });
    };
    ($f:ident, $name:expr, $m:path, int) => {
        builtin!($f, |a| {
            let v = kw(a, $name, &["status"], 1, 1)?;
            Ok(args::int($m(args::c_int(v[0].unwrap())?) as i64))
        });
    };
}
wait_macro!(posix_wifexited, "WIFEXITED", libc::WIFEXITED, bool);
wait_macro!(posix_wexitstatus, "WEXITSTATUS", libc::WEXITSTATUS, int);
wait_macro!(posix_wifsignaled, "WIFSIGNALED", libc::WIFSIGNALED, bool);
wait_macro!(posix_wtermsig, "WTERMSIG", libc::WTERMSIG, int);
wait_macro!(posix_wifstopped, "WIFSTOPPED", libc::WIFSTOPPED, bool);
wait_macro!(posix_wstopsig, "WSTOPSIG", libc::WSTOPSIG, int);
wait_macro!(posix_wifcontinued, "WIFCONTINUED", libc::WIFCONTINUED, bool);

builtin!(posix_wcoredump, |a| {
    let s = args::c_int(args::one_arg(a, "WCOREDUMP")?)?;
    Ok(bool_obj(libc::WCOREDUMP(s)))
});

builtin!(posix_strerror, |a| {
    let code = args::c_int(args::one_arg(a, "strerror")?)?;
    Ok(str_from(args::strerror_text(code)))
});

builtin!(posix_urandom, |a| {
    let n = crate::clinic::ssize(args::one_arg(a, "urandom")?)?;
    if n < 0 {
        return value_error("negative argument not allowed");
    }
    let mut buf = args::buffer(n as usize)?;
    let mut done = 0;
    while done < buf.len() {
        let r = unsafe { libc::getrandom(buf[done..].as_mut_ptr() as *mut libc::c_void, buf.len() - done, 0) };
        if r < 0 {
            if args::errno() == libc::EINTR {
                continue;
            }
            return args::last_error();
        }
        done += r as usize;
    }
    Ok(bytes_from(buf))
});

builtin!(posix_cpu_count, |a| {
    args::no_args(a, "cpu_count")?;
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    Ok(if n < 1 { none() } else { args::int(n) })
});

fn c_text(b: &[libc::c_char]) -> Obj {
    str_from(unsafe { CStr::from_ptr(b.as_ptr()) }.to_string_lossy().into_owned())
}

builtin!(posix_uname, |a| {
    args::no_args(a, "uname")?;
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    if unsafe { libc::uname(&mut u) } != 0 {
        return args::last_error();
    }
    let f = vec![c_text(&u.sysname), c_text(&u.nodename), c_text(&u.release), c_text(&u.version), c_text(&u.machine)];
    structseq::new_instance(class(0), f, vec![])
});

builtin!(posix_times, |a| {
    args::no_args(a, "times")?;
    let mut t: libc::tms = unsafe { std::mem::zeroed() };
    let c = unsafe { libc::times(&mut t) };
    if c == (-1i64) as libc::clock_t {
        return args::last_error();
    }
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64;
    let f = [t.tms_utime, t.tms_stime, t.tms_cutime, t.tms_cstime, c].iter().map(|&x| float(x as f64 / hz)).collect();
    structseq::new_instance(class(1), f, vec![])
});

builtin!(posix_get_terminal_size, |a| {
    let p = args::positional(a, "get_terminal_size", 0, 1)?;
    let fd = match p.first() {
        Some(&v) => args::c_int(v)?,
        None => 1,
    };
    let mut w: libc::winsize = unsafe { std::mem::zeroed() };
    if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut w) } != 0 {
        return args::last_error();
    }
    structseq::new_instance(class(2), vec![args::int(w.ws_col as i64), args::int(w.ws_row as i64)], vec![])
});

/// An environment variable's name for `putenv`, checked as CPython does (an empty
/// name is left to `setenv`, which fails with EINVAL).
fn env_name(v: Value) -> R<CString> {
    let n = fs_bytes(v)?;
    if n.as_bytes().contains(&b'=') {
        return value_error("illegal environment variable name");
    }
    Ok(n)
}

builtin!(posix_putenv, |a| {
    let p = args::positional(a, "putenv", 2, 2)?;
    let name = env_name(p[0])?;
    let value = fs_bytes(p[1])?;
    if unsafe { libc::setenv(name.as_ptr(), value.as_ptr(), 1) } != 0 {
        return args::last_error();
    }
    Ok(none())
});

builtin!(posix_unsetenv, |a| {
    let name = fs_bytes(args::one_arg(a, "unsetenv")?)?;
    if unsafe { libc::unsetenv(name.as_ptr()) } != 0 {
        return args::last_error();
    }
    Ok(none())
});

/// `posix.environ`: the environment at start-up, bytes to bytes.
fn environ() -> R<Obj> {
    use std::os::unix::ffi::OsStrExt;
    let d = dict_new();
    for (k, v) in std::env::vars_os() {
        let (k, v) = (bytes_from(k.as_bytes().to_vec()), bytes_from(v.as_bytes().to_vec()));
        // The first definition of a name wins, as in CPython.
        if krait_runtime::dicts::dict_get(d.v(), k.v())?.is_none() {
            krait_runtime::dicts::dict_set(d.v(), k.v(), v.v())?;
        }
    }
    Ok(d)
}

/// The module attributes of this file.
pub fn attrs(out: &mut Attrs) -> R<()> {
    let fs: [(&'static str, BuiltinFn); 34] = [
        ("getpid", posix_getpid),
        ("getppid", posix_getppid),
        ("getuid", posix_getuid),
        ("geteuid", posix_geteuid),
        ("getgid", posix_getgid),
        ("getegid", posix_getegid),
        ("getpgrp", posix_getpgrp),
        ("kill", posix_kill),
        ("killpg", posix_killpg),
        ("getpgid", posix_getpgid),
        ("setpgid", posix_setpgid),
        ("setpgrp", posix_setpgrp),
        ("setsid", posix_setsid),
        ("getsid", posix_getsid),
        ("_exit", posix_exit),
        ("system", posix_system),
        ("waitpid", posix_waitpid),
        ("waitstatus_to_exitcode", posix_waitstatus_to_exitcode),
        ("WIFEXITED", posix_wifexited),
        ("WEXITSTATUS", posix_wexitstatus),
        ("WIFSIGNALED", posix_wifsignaled),
        ("WTERMSIG", posix_wtermsig),
        ("WIFSTOPPED", posix_wifstopped),
        ("WSTOPSIG", posix_wstopsig),
        ("WIFCONTINUED", posix_wifcontinued),
        ("WCOREDUMP", posix_wcoredump),
        ("strerror", posix_strerror),
        ("urandom", posix_urandom),
        ("cpu_count", posix_cpu_count),
        ("uname", posix_uname),
        ("times", posix_times),
        ("get_terminal_size", posix_get_terminal_size),
        ("putenv", posix_putenv),
        ("unsetenv", posix_unsetenv),
    ];
    for (n, f) in fs {
        out.push((n, builtin_fn(n, f)));
    }
    let u = structseq::make_class("posix", &UNAME_RESULT)?;
    let t = structseq::make_class("posix", &TIMES_RESULT)?;
    let s = structseq::make_class("os", &TERMINAL_SIZE)?;
    CLASSES.with(|c| c.set([Some(u), Some(t), Some(s)]));
    out.push(("uname_result", u.as_value().to_owned()));
    out.push(("times_result", t.as_value().to_owned()));
    out.push(("terminal_size", s.as_value().to_owned()));
    out.push(("environ", environ()?));
    Ok(())
}
