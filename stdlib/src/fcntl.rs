//! The `fcntl` module (CPython 3.11's `Modules/fcntlmodule.c`) on Linux: `fcntl`,
//! `ioctl`, `flock` and `lockf` over the C library, with CPython's argument rules
//! (an int, or a string or buffer copied into a 1024-byte area the call may change)
//! and the `F_*`, `FD_*`, `LOCK_*`, `DN_*` constants. Interrupted calls are retried
//! after running the Python signal handlers (PEP 475).

use crate::clinic::{self, check_positional, no_keywords};
use crate::posix::args::{c_long, errno, last_error, os_error};
use crate::posix::fileno_of;
use crate::support::Attrs;
use krait_runtime::builtin;
use krait_runtime::exc::value_error;
use krait_runtime::objects::*;
use krait_runtime::types::Kind;
use krait_runtime::value::{abi, Obj, Value, R};

/// The size of the area a string or buffer argument is copied into.
const BUFSZ: usize = 1024;

/// Calls `f` until it is not interrupted (running the signal handlers in between).
fn retry(mut f: impl FnMut() -> libc::c_int) -> R<libc::c_int> {
    loop {
        let r = f();
        if r != -1 {
            return Ok(r);
        }
        if errno() != libc::EINTR {
            return last_error();
        }
        krait_runtime::signals::check()?;
    }
}

/// The `s#`/`s*` units: a str (as UTF-8) or a read-only bytes-like object.
fn readonly_bytes(v: Value) -> R<Option<Vec<u8>>> {
    if v.is_small() {
        return Ok(None);
    }
    match v.ty().kind {
        Kind::Str => Ok(Some(str_text(v).as_bytes().to_vec())),
        Kind::Bytes => Ok(Some(krait_runtime::bytes::as_bytes(v).unwrap().to_vec())),
        Kind::MemoryView if !is_writable(v)? => Ok(krait_runtime::bytes::buffer(v)?.map(|b| b.into_owned())),
        _ => Ok(None),
    }
}

/// Does the bytes-like `v` export a writable buffer (the `w*` unit)?
fn is_writable(v: Value) -> R<bool> {
    match v.ty().kind {
        Kind::ByteArray => Ok(true),
        Kind::MemoryView => Ok(!krait_runtime::ops::truthy(krait_runtime::ops::getattr(v, "readonly")?.v())?),
        _ => Ok(false),
    }
}

/// The `I` unit: any int (through `__index__`), masked to 32 bits.
fn bitfield(v: Value) -> R<u32> {
    let i = clinic::index(v)?;
    let b = krait_runtime::seq::int_to_big(i.v()).unwrap_or_default();
    let (sign, digits) = b.to_u32_digits();
    let low = digits.first().copied().unwrap_or(0);
    Ok(if sign == num_bigint::Sign::Minus { low.wrapping_neg() } else { low })
}

// `fcntl(fd, cmd, arg=0, /)`.
builtin!(fcntl_fcntl, |a| {
    no_keywords(a, "fcntl")?;
    check_positional(a, "fcntl", 2, 3)?;
    let fd = fileno_of(a.pos[0])?;
    let code = clinic::c_int(a.pos[1])?;
    let mut int_arg: u32 = 0;
    if let Some(&arg) = a.pos.get(2) {
        if let Some(b) = readonly_bytes(arg)? {
            if b.len() > BUFSZ {
                return value_error("fcntl string arg too long");
            }
            let mut buf = [0u8; BUFSZ];
            buf[..b.len()].copy_from_slice(&b);
            retry(|| unsafe { libc::fcntl(fd, code, buf.as_mut_ptr()) })?;
            return Ok(krait_runtime::bytes::bytes_from(buf[..b.len()].to_vec()));
        }
        int_arg = bitfield(arg)?;
    }
    let r = retry(|| unsafe { libc::fcntl(fd, code, int_arg as libc::c_int) })?;
    Ok(int_from_i64(r as i64))
});

// `ioctl(fd, request, arg=0, mutate_flag=True, /)`.
builtin!(fcntl_ioctl, |a| {
    no_keywords(a, "ioctl")?;
    check_positional(a, "ioctl", 2, 4)?;
    let fd = fileno_of(a.pos[0])?;
    let code = bitfield(a.pos[1])? as libc::c_ulong;
    let mutate = match a.pos.get(3) {
        Some(&m) => krait_runtime::ops::truthy(m)?,
        None => true,
    };
    let Some(&arg) = a.pos.get(2) else { return ioctl_int(fd, code, 0) };
    if !arg.is_small() && is_writable(arg)? {
        let data = krait_runtime::bytes::buffer_arg(arg)?;
        if !mutate && data.len() > BUFSZ {
            return value_error("ioctl string arg too long");
        }
        // The area is at least BUFSZ + 1 bytes, NUL after the contents.
        let mut buf = vec![0u8; data.len().max(BUFSZ) + 1];
        buf[..data.len()].copy_from_slice(&data);
        let r = unsafe { libc::ioctl(fd, code, buf.as_mut_ptr()) };
        let err = errno();
        if mutate {
            krait_runtime::iobase::fill_buffer(arg, krait_runtime::bytes::bytes_from(buf[..data.len()].to_vec()).v())?;
        }
        if r < 0 {
            return Err(os_error(err, None, None));
        }
        return Ok(if mutate { int_from_i64(r as i64) } else { krait_runtime::bytes::bytes_from(buf[..data.len()].to_vec()) });
    }
    if let Some(b) = readonly_bytes(arg)? {
        if b.len() > BUFSZ {
            return value_error("ioctl string arg too long");
        }
        let mut buf = [0u8; BUFSZ + 1];
        buf[..b.len()].copy_from_slice(&b);
        if unsafe { libc::ioctl(fd, code, buf.as_mut_ptr()) } < 0 {
            return last_error();
        }
        return Ok(krait_runtime::bytes::bytes_from(buf[..b.len()].to_vec()));
    }
    ioctl_int(fd, code, clinic::c_int(arg)?)
});

fn ioctl_int(fd: i32, code: libc::c_ulong, arg: libc::c_int) -> R<Obj> {
    let r = unsafe { libc::ioctl(fd, code, arg) };
    if r < 0 {
        return last_error();
    }
    Ok(int_from_i64(r as i64))
}

// `flock(fd, operation, /)`.
builtin!(fcntl_flock, |a| {
    no_keywords(a, "flock")?;
    check_positional(a, "flock", 2, 2)?;
    let fd = fileno_of(a.pos[0])?;
    let code = clinic::c_int(a.pos[1])?;
    retry(|| unsafe { libc::flock(fd, code) })?;
    Ok(none())
});

// `lockf(fd, cmd, len=0, start=0, whence=0, /)`: a POSIX record lock through
// `fcntl(F_SETLK or F_SETLKW)`.
builtin!(fcntl_lockf, |a| {
    no_keywords(a, "lockf")?;
    check_positional(a, "lockf", 2, 5)?;
    let fd = fileno_of(a.pos[0])?;
    let code = clinic::c_int(a.pos[1])?;
    let whence = match a.pos.get(4) {
        Some(&w) => clinic::c_int(w)?,
        None => 0,
    };
    let l_type = if code == libc::LOCK_UN {
        libc::F_UNLCK
    } else if code & libc::LOCK_SH != 0 {
        libc::F_RDLCK
    } else if code & libc::LOCK_EX != 0 {
        libc::F_WRLCK
    } else {
        return value_error("unrecognized lockf argument");
    };
    let mut l: libc::flock = unsafe { std::mem::zeroed() };
    l.l_type = l_type as libc::c_short;
    if let Some(&s) = a.pos.get(3) {
        l.l_start = c_long(s)?;
    }
    if let Some(&n) = a.pos.get(2) {
        l.l_len = c_long(n)?;
    }
    l.l_whence = whence as libc::c_short;
    let cmd = if code & libc::LOCK_NB != 0 { libc::F_SETLK } else { libc::F_SETLKW };
    retry(|| unsafe { libc::fcntl(fd, cmd, &mut l as *mut libc::flock) })?;
    Ok(none())
});

/// The constants, by name. Those the libc crate lacks on x86-64 are the values of
/// glibc's `<bits/fcntl-linux.h>` (`F_SETSIG`, `F_GETSIG`, `F_EXLCK`, `F_SHLCK`,
/// `DN_*` directory notification, the `LOCK_*` bits of mandatory locks).
fn constants() -> Vec<(&'static str, i64)> {
    use libc::*;
    vec![
        ("LOCK_SH", LOCK_SH as i64),
        ("LOCK_EX", LOCK_EX as i64),
        ("LOCK_NB", LOCK_NB as i64),
        ("LOCK_UN", LOCK_UN as i64),
        ("LOCK_MAND", 32),
        ("LOCK_READ", 64),
        ("LOCK_WRITE", 128),
        ("LOCK_RW", 192),
        ("F_DUPFD", F_DUPFD as i64),
        ("F_DUPFD_CLOEXEC", F_DUPFD_CLOEXEC as i64),
        ("F_GETFD", F_GETFD as i64),
        ("F_SETFD", F_SETFD as i64),
        ("F_GETFL", F_GETFL as i64),
        ("F_SETFL", F_SETFL as i64),
        ("F_GETLK", F_GETLK as i64),
        ("F_SETLK", F_SETLK as i64),
        ("F_SETLKW", F_SETLKW as i64),
        ("F_OFD_GETLK", F_OFD_GETLK as i64),
        ("F_OFD_SETLK", F_OFD_SETLK as i64),
        ("F_OFD_SETLKW", F_OFD_SETLKW as i64),
        ("F_GETOWN", F_GETOWN as i64),
        ("F_SETOWN", F_SETOWN as i64),
        ("F_RDLCK", F_RDLCK as i64),
        ("F_WRLCK", F_WRLCK as i64),
        ("F_UNLCK", F_UNLCK as i64),
        // 64-bit systems have only the large-file record locks.
        ("F_GETLK64", F_GETLK as i64),
        ("F_SETLK64", F_SETLK as i64),
        ("F_SETLKW64", F_SETLKW as i64),
        ("FASYNC", O_ASYNC as i64),
        ("F_SETLEASE", F_SETLEASE as i64),
        ("F_GETLEASE", F_GETLEASE as i64),
        ("F_NOTIFY", F_NOTIFY as i64),
        ("F_SETPIPE_SZ", F_SETPIPE_SZ as i64),
        ("F_GETPIPE_SZ", F_GETPIPE_SZ as i64),
        ("F_ADD_SEALS", F_ADD_SEALS as i64),
        ("F_GET_SEALS", F_GET_SEALS as i64),
        ("F_SEAL_SEAL", F_SEAL_SEAL as i64),
        ("F_SEAL_SHRINK", F_SEAL_SHRINK as i64),
        ("F_SEAL_GROW", F_SEAL_GROW as i64),
        ("F_SEAL_WRITE", F_SEAL_WRITE as i64),
        ("FD_CLOEXEC", FD_CLOEXEC as i64),
        ("F_SETSIG", 10),
        ("F_GETSIG", 11),
        ("F_EXLCK", 4),
        ("F_SHLCK", 8),
        ("DN_ACCESS", 0x1),
        ("DN_MODIFY", 0x2),
        ("DN_CREATE", 0x4),
        ("DN_DELETE", 0x8),
        ("DN_RENAME", 0x10),
        ("DN_ATTRIB", 0x20),
        ("DN_MULTISHOT", 0x8000_0000),
    ]
}

fn make_module() -> R<Obj> {
    let mut attrs: Attrs = vec![
        ("fcntl", builtin_fn("fcntl", fcntl_fcntl)),
        ("ioctl", builtin_fn("ioctl", fcntl_ioctl)),
        ("flock", builtin_fn("flock", fcntl_flock)),
        ("lockf", builtin_fn("lockf", fcntl_lockf)),
    ];
    for (n, v) in constants() {
        attrs.push((n, int_from_i64(v)));
    }
    krait_runtime::sysmod::new_module("fcntl", attrs)
}

/// `import fcntl`.
#[no_mangle]
pub extern "C" fn krait_module_fcntl() -> Value {
    abi(make_module())
}
