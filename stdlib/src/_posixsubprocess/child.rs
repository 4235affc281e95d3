//! The child's side of `fork_exec` (CPython's `child_exec`): everything between
//! `fork()` and `exec()`. It only makes async-signal-safe C library calls on data the
//! parent prepared (no allocation), except `preexec_fn`, which runs Python code as in
//! CPython. A failure is reported to the parent through `errpipe_write` as
//! `OSError:<errno in hex>:` (with `noexec` when it happened before `preexec_fn`
//! would run, i.e. not from exec itself), or `SubprocessError:0:<message>`; the child
//! then exits with status 255.

use krait_runtime::call::Args;
use krait_runtime::value::Value;
use libc::{c_char, c_int};
use std::ffi::CString;

/// The pipe ends `subprocess` passes (-1 when unused).
#[derive(Clone, Copy)]
pub struct Fds {
    pub p2cread: c_int,
    pub p2cwrite: c_int,
    pub c2pread: c_int,
    pub c2pwrite: c_int,
    pub errread: c_int,
    pub errwrite: c_int,
    pub errpipe_read: c_int,
    pub errpipe_write: c_int,
}

/// What the child does, converted by the parent.
pub struct Plan {
    pub exec_array: Vec<CString>,
    pub argv: Option<Vec<CString>>,
    pub envp: Option<Vec<CString>>,
    pub cwd: Option<CString>,
    pub fds: Fds,
    pub close_fds: bool,
    pub restore_signals: bool,
    pub call_setsid: bool,
    pub pgid_to_set: libc::pid_t,
    pub gid: Option<libc::gid_t>,
    pub groups: Option<Vec<libc::gid_t>>,
    pub uid: Option<libc::uid_t>,
    pub child_umask: c_int,
    /// Sorted.
    pub fds_to_keep: Vec<c_int>,
    pub preexec_fn: Option<Value>,
}

/// A null-terminated array of pointers into `v` (`char *const []`).
pub fn c_array(v: &[CString]) -> Vec<*const c_char> {
    v.iter().map(|c| c.as_ptr()).chain(std::iter::once(std::ptr::null())).collect()
}

/// The arrays `exec` takes, made before forking.
pub struct Arrays {
    pub argv: Option<Vec<*const c_char>>,
    pub envp: Option<Vec<*const c_char>>,
}

fn errno() -> c_int {
    unsafe { *libc::__errno_location() }
}

fn set_errno(e: c_int) {
    unsafe { *libc::__errno_location() = e };
}

/// A failed call: the caller reads errno.
struct Failed;

fn posix(r: c_int) -> Result<c_int, Failed> {
    if r == -1 {
        Err(Failed)
    } else {
        Ok(r)
    }
}

/// `_Py_set_inheritable_async_safe`: sets or clears `FD_CLOEXEC`.
fn set_inheritable(fd: c_int, inheritable: bool) -> Result<(), Failed> {
    let flags = posix(unsafe { libc::fcntl(fd, libc::F_GETFD) })?;
    let new = if inheritable { flags & !libc::FD_CLOEXEC } else { flags | libc::FD_CLOEXEC };
    if new != flags {
        posix(unsafe { libc::fcntl(fd, libc::F_SETFD, new) })?;
    }
    Ok(())
}

/// `_Py_write_noraise`: writes, retrying when interrupted; errors are ignored.
fn write_all(fd: c_int, b: &[u8]) {
    let mut done = 0;
    while done < b.len() {
        let r = unsafe { libc::write(fd, b[done..].as_ptr() as *const libc::c_void, b.len() - done) };
        if r < 0 && errno() == libc::EINTR {
            continue;
        }
        if r <= 0 {
            return;
        }
        done += r as usize;
    }
}

/// `close_range(first, last)` over the gaps between the descriptors to keep, as
/// `_close_range_except` does; false when the system lacks the call.
fn close_ranges(start: c_int, keep: &[c_int], closer: &mut dyn FnMut(c_int, c_int) -> bool) -> bool {
    let mut start = start;
    for &k in keep {
        if k < start {
            continue;
        }
        if k > start && !closer(start, k - 1) {
            return false;
        }
        start = k + 1;
    }
    closer(start, c_int::MAX)
}

/// `_close_open_fds(3, fds_to_keep)`: `close_range`, else the descriptors listed in
/// `/proc/self/fd` (read with the raw `getdents64` call, which does not allocate), else
/// every descriptor up to the limit.
fn close_open_fds(keep: &[c_int]) {
    let mut by_syscall = |first: c_int, last: c_int| unsafe { libc::syscall(libc::SYS_close_range, first as libc::c_uint, last as libc::c_uint, 0) } == 0;
    if close_ranges(3, keep, &mut by_syscall) {
        return;
    }
    let dir = unsafe { libc::open(c"/proc/self/fd".as_ptr(), libc::O_RDONLY | libc::O_DIRECTORY | libc::O_CLOEXEC) };
    if dir < 0 {
        let max = match unsafe { libc::sysconf(libc::_SC_OPEN_MAX) } {
            -1 => 256,
            n => n.min(c_int::MAX as libc::c_long) as c_int,
        };
        let mut brute = |first: c_int, last: c_int| {
            for fd in first..=last.min(max) {
                unsafe { libc::close(fd) };
            }
            true
        };
        close_ranges(3, keep, &mut brute);
        return;
    }
    let mut buf = [0u8; 1024];
    loop {
        let n = unsafe { libc::syscall(libc::SYS_getdents64, dir, buf.as_mut_ptr(), buf.len()) };
        if n <= 0 {
            break;
        }
        let mut off = 0usize;
        while off < n as usize {
            // struct linux_dirent64: d_ino (8), d_off (8), d_reclen (2), d_type (1), d_name.
            let reclen = u16::from_ne_bytes([buf[off + 16], buf[off + 17]]) as usize;
            if let Some(fd) = fd_name(&buf[off + 19..off + reclen]) {
                if fd != dir && fd >= 3 && keep.binary_search(&fd).is_err() {
                    unsafe { libc::close(fd) };
                }
            }
            off += reclen;
        }
    }
    unsafe { libc::close(dir) };
}

/// `_pos_int_from_ascii`: the descriptor a `/proc/self/fd` entry names.
fn fd_name(name: &[u8]) -> Option<c_int> {
    let end = name.iter().position(|&c| c == 0).unwrap_or(name.len());
    if end == 0 {
        return None;
    }
    let mut n: c_int = 0;
    for &c in &name[..end] {
        if !c.is_ascii_digit() {
            return None;
        }
        n = n.checked_mul(10)?.checked_add((c - b'0') as c_int)?;
    }
    Some(n)
}

/// `_Py_RestoreSignals`: the signals Python ignores get their default action back.
fn restore_signals() {
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
        libc::signal(libc::SIGXFSZ, libc::SIG_DFL);
    }
}

/// Where the child failed: before `preexec_fn` would run (the error is from setting
/// up, reported with `noexec`), or later.
struct Failure {
    reached_preexec: bool,
    message: &'static str,
}

/// Sets up the descriptors and the process, then execs; returns only on failure.
fn exec(p: &Plan, arrays: &Arrays) -> Failure {
    let mut reached_preexec = false;
    let mut message = "";
    let _ = (|| -> Result<(), Failed> {
        let f = p.fds;
        for &fd in &p.fds_to_keep {
            // errpipe_write is kept open until exec, which closes it.
            if fd != f.errpipe_write {
                set_inheritable(fd, true)?;
            }
        }
        for fd in [f.p2cwrite, f.c2pread, f.errread] {
            if fd != -1 {
                posix(unsafe { libc::close(fd) })?;
            }
        }
        posix(unsafe { libc::close(f.errpipe_read) })?;
        // A descriptor to dup that is itself 0, 1 or 2 could be overwritten (#12607).
        let mut c2pwrite = f.c2pwrite;
        if c2pwrite == 0 {
            c2pwrite = posix(unsafe { libc::dup(c2pwrite) })?;
            set_inheritable(c2pwrite, false)?;
        }
        let mut errwrite = f.errwrite;
        while errwrite == 0 || errwrite == 1 {
            errwrite = posix(unsafe { libc::dup(errwrite) })?;
            set_inheritable(errwrite, false)?;
        }
        // dup2() clears FD_CLOEXEC, except when it is a no-op (#10806).
        for (fd, target) in [(f.p2cread, 0), (c2pwrite, 1), (errwrite, 2)] {
            if fd == target {
                set_inheritable(fd, true)?;
            } else if fd != -1 {
                posix(unsafe { libc::dup2(fd, target) })?;
            }
        }
        if let Some(cwd) = &p.cwd {
            posix(unsafe { libc::chdir(cwd.as_ptr()) })?;
        }
        if p.child_umask >= 0 {
            unsafe { libc::umask(p.child_umask as libc::mode_t) };
        }
        if p.restore_signals {
            restore_signals();
        }
        if p.call_setsid {
            posix(unsafe { libc::setsid() })?;
        }
        if p.pgid_to_set >= 0 {
            posix(unsafe { libc::setpgid(0, p.pgid_to_set) })?;
        }
        if let Some(g) = &p.groups {
            posix(unsafe { libc::setgroups(g.len(), g.as_ptr()) })?;
        }
        if let Some(gid) = p.gid {
            posix(unsafe { libc::setregid(gid, gid) })?;
        }
        if let Some(uid) = p.uid {
            posix(unsafe { libc::setreuid(uid, uid) })?;
        }
        reached_preexec = true;
        if let Some(f) = p.preexec_fn {
            if krait_runtime::call::call(f, &Args::positional(&[])).is_err() {
                // Not an OSError: the message says what happened.
                message = "Exception occurred in preexec_fn.";
                set_errno(0);
                return Err(Failed);
            }
        }
        // After preexec_fn, which may open descriptors.
        if p.close_fds {
            close_open_fds(&p.fds_to_keep);
        }
        // Closing is best effort: its errors must not be reported as exec's.
        set_errno(0);
        // The PATH search of os._execvpe: the first error other than "not found" wins.
        let mut first = 0;
        let argv = arrays.argv.as_ref().map_or(std::ptr::null(), |a| a.as_ptr());
        for exe in &p.exec_array {
            match &arrays.envp {
                Some(env) => unsafe { libc::execve(exe.as_ptr(), argv, env.as_ptr()) },
                None => unsafe { libc::execv(exe.as_ptr(), argv) },
            };
            let e = errno();
            if e != libc::ENOENT && e != libc::ENOTDIR && first == 0 {
                first = e;
            }
        }
        if first != 0 {
            set_errno(first);
        }
        Err(Failed)
    })();
    Failure { reached_preexec, message }
}

/// The child process: sets up and execs, or reports why it could not and exits.
pub fn run(p: &Plan, arrays: &Arrays) -> ! {
    let failure = exec(p, arrays);
    let saved = errno();
    let w = p.fds.errpipe_write;
    if saved != 0 {
        write_all(w, b"OSError:");
        let mut hex = [0u8; 8];
        let mut i = hex.len();
        let mut e = saved as u32;
        while e != 0 && i > 0 {
            i -= 1;
            hex[i] = b"0123456789abcdef"[(e % 16) as usize];
            e /= 16;
        }
        write_all(w, &hex[i..]);
        write_all(w, b":");
        if !failure.reached_preexec {
            write_all(w, b"noexec");
        }
    } else {
        write_all(w, b"SubprocessError:0:");
        write_all(w, failure.message.as_bytes());
    }
    unsafe { libc::_exit(255) }
}
