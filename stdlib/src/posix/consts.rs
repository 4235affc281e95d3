//! The integer constants of `posix` (the C library's values for this platform) and
//! `_have_functions`, the list by which `os.py` learns which functions accept
//! `dir_fd`, an fd for a path, or `follow_symlinks=False`.

use crate::support::Attrs;
use krait_runtime::objects::*;

/// `O_LARGEFILE` is 0 in glibc's headers on 64-bit systems, where files are large
/// anyway (the kernel's bit is only for 32-bit callers).
#[cfg(target_pointer_width = "64")]
const LARGEFILE: i64 = 0;
#[cfg(not(target_pointer_width = "64"))]
const LARGEFILE: i64 = libc::O_LARGEFILE as i64;

/// The constants, by name.
fn constants() -> Vec<(&'static str, i64)> {
    use libc::*;
    vec![
        ("F_OK", F_OK as i64),
        ("R_OK", R_OK as i64),
        ("W_OK", W_OK as i64),
        ("X_OK", X_OK as i64),
        ("O_RDONLY", O_RDONLY as i64),
        ("O_WRONLY", O_WRONLY as i64),
        ("O_RDWR", O_RDWR as i64),
        ("O_ACCMODE", O_ACCMODE as i64),
        ("O_APPEND", O_APPEND as i64),
        ("O_ASYNC", O_ASYNC as i64),
        ("O_CLOEXEC", O_CLOEXEC as i64),
        ("O_CREAT", O_CREAT as i64),
        ("O_DIRECT", O_DIRECT as i64),
        ("O_DIRECTORY", O_DIRECTORY as i64),
        ("O_DSYNC", O_DSYNC as i64),
        ("O_EXCL", O_EXCL as i64),
        ("O_FSYNC", O_FSYNC as i64),
        ("O_LARGEFILE", LARGEFILE),
        ("O_NDELAY", O_NDELAY as i64),
        ("O_NOATIME", O_NOATIME as i64),
        ("O_NOCTTY", O_NOCTTY as i64),
        ("O_NOFOLLOW", O_NOFOLLOW as i64),
        ("O_NONBLOCK", O_NONBLOCK as i64),
        ("O_PATH", O_PATH as i64),
        ("O_RSYNC", O_RSYNC as i64),
        ("O_SYNC", O_SYNC as i64),
        ("O_TMPFILE", O_TMPFILE as i64),
        ("O_TRUNC", O_TRUNC as i64),
        ("SEEK_DATA", SEEK_DATA as i64),
        ("SEEK_HOLE", SEEK_HOLE as i64),
        ("WNOHANG", WNOHANG as i64),
        ("WUNTRACED", WUNTRACED as i64),
        ("WCONTINUED", WCONTINUED as i64),
        ("WEXITED", WEXITED as i64),
        ("WSTOPPED", WSTOPPED as i64),
        ("WNOWAIT", WNOWAIT as i64),
        ("P_ALL", P_ALL as i64),
        ("P_PID", P_PID as i64),
        ("P_PGID", P_PGID as i64),
        ("P_PIDFD", P_PIDFD as i64),
        ("CLD_EXITED", CLD_EXITED as i64),
        ("CLD_KILLED", CLD_KILLED as i64),
        ("CLD_DUMPED", CLD_DUMPED as i64),
        ("CLD_TRAPPED", CLD_TRAPPED as i64),
        ("CLD_STOPPED", CLD_STOPPED as i64),
        ("CLD_CONTINUED", CLD_CONTINUED as i64),
        // <sysexits.h>, the same on every system.
        ("EX_OK", 0),
        ("EX_USAGE", 64),
        ("EX_DATAERR", 65),
        ("EX_NOINPUT", 66),
        ("EX_NOUSER", 67),
        ("EX_NOHOST", 68),
        ("EX_UNAVAILABLE", 69),
        ("EX_SOFTWARE", 70),
        ("EX_OSERR", 71),
        ("EX_OSFILE", 72),
        ("EX_CANTCREAT", 73),
        ("EX_IOERR", 74),
        ("EX_TEMPFAIL", 75),
        ("EX_PROTOCOL", 76),
        ("EX_NOPERM", 77),
        ("EX_CONFIG", 78),
        ("F_LOCK", F_LOCK as i64),
        ("F_TLOCK", F_TLOCK as i64),
        ("F_ULOCK", F_ULOCK as i64),
        ("F_TEST", F_TEST as i64),
        ("PRIO_PROCESS", PRIO_PROCESS as i64),
        ("PRIO_PGRP", PRIO_PGRP as i64),
        ("PRIO_USER", PRIO_USER as i64),
        ("SCHED_OTHER", SCHED_OTHER as i64),
        ("SCHED_FIFO", SCHED_FIFO as i64),
        ("SCHED_RR", SCHED_RR as i64),
        ("SCHED_BATCH", SCHED_BATCH as i64),
        ("SCHED_IDLE", SCHED_IDLE as i64),
        ("SCHED_RESET_ON_FORK", SCHED_RESET_ON_FORK as i64),
        ("RTLD_LAZY", RTLD_LAZY as i64),
        ("RTLD_NOW", RTLD_NOW as i64),
        ("RTLD_GLOBAL", RTLD_GLOBAL as i64),
        ("RTLD_LOCAL", RTLD_LOCAL as i64),
        ("RTLD_NODELETE", RTLD_NODELETE as i64),
        ("RTLD_NOLOAD", RTLD_NOLOAD as i64),
        ("RTLD_DEEPBIND", RTLD_DEEPBIND as i64),
        ("GRND_NONBLOCK", GRND_NONBLOCK as i64),
        ("GRND_RANDOM", GRND_RANDOM as i64),
        ("POSIX_FADV_NORMAL", POSIX_FADV_NORMAL as i64),
        ("POSIX_FADV_RANDOM", POSIX_FADV_RANDOM as i64),
        ("POSIX_FADV_SEQUENTIAL", POSIX_FADV_SEQUENTIAL as i64),
        ("POSIX_FADV_WILLNEED", POSIX_FADV_WILLNEED as i64),
        ("POSIX_FADV_DONTNEED", POSIX_FADV_DONTNEED as i64),
        ("POSIX_FADV_NOREUSE", POSIX_FADV_NOREUSE as i64),
        ("ST_RDONLY", ST_RDONLY as i64),
        ("ST_NOSUID", ST_NOSUID as i64),
        ("ST_NODEV", ST_NODEV as i64),
        ("ST_NOEXEC", ST_NOEXEC as i64),
        ("ST_SYNCHRONOUS", ST_SYNCHRONOUS as i64),
        ("ST_MANDLOCK", ST_MANDLOCK as i64),
        ("ST_WRITE", ST_WRITE as i64),
        ("ST_APPEND", ST_APPEND as i64),
        ("ST_NOATIME", ST_NOATIME as i64),
        ("ST_NODIRATIME", ST_NODIRATIME as i64),
        ("ST_RELATIME", ST_RELATIME as i64),
        ("TMP_MAX", TMP_MAX as i64),
        // <linux/limits.h>.
        ("NGROUPS_MAX", 65536),
    ]
}

/// What `os.py` looks for in `_have_functions` and this module supports: the `*at`
/// forms behind `dir_fd`, the `f*` forms behind a path given as an fd, and `lstat`.
const HAVE_FUNCTIONS: &[&str] = &[
    "HAVE_FACCESSAT",
    "HAVE_FCHDIR",
    "HAVE_FCHMOD",
    "HAVE_FCHMODAT",
    "HAVE_FDOPENDIR",
    "HAVE_FSTATAT",
    "HAVE_FTRUNCATE",
    "HAVE_FUTIMENS",
    "HAVE_LINKAT",
    "HAVE_LSTAT",
    "HAVE_MKDIRAT",
    "HAVE_OPENAT",
    "HAVE_READLINKAT",
    "HAVE_RENAMEAT",
    "HAVE_SYMLINKAT",
    "HAVE_UNLINKAT",
    "HAVE_UTIMENSAT",
];

/// The module attributes of this file.
pub fn attrs(out: &mut Attrs) {
    for (n, v) in constants() {
        out.push((n, int_from_i64(v)));
    }
    out.push(("_have_functions", list_from(HAVE_FUNCTIONS.iter().map(|s| str_from(*s).into_raw()).collect())));
}
