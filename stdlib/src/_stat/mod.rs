//! The `_stat` module (CPython's `Modules/_stat.c`): the file type tests `S_IS*`,
//! `S_IMODE`, `S_IFMT`, `filemode`, and the mode and flag constants. `stat.py` does
//! `from _stat import *`, replacing its pure-Python definitions with these.

use krait_runtime::builtin;
use krait_runtime::exc::{raise, type_error};
use krait_runtime::objects::*;
use krait_runtime::types::{BuiltinFn, OVERFLOW_ERROR};
use krait_runtime::value::{abi, Obj, Value, R};
use num_traits::{Signed, ToPrimitive};

/// `_PyLong_AsMode_t`: an int (no `__index__`) that fits a `mode_t`.
fn mode_arg(v: Value) -> R<u32> {
    let Some(b) = krait_runtime::seq::int_to_big(v) else { return type_error("an integer is required") };
    if b.is_negative() {
        return Err(raise(&OVERFLOW_ERROR, "can't convert negative value to unsigned int"));
    }
    let Some(n) = b.to_u64() else { return Err(raise(&OVERFLOW_ERROR, "Python int too large to convert to C unsigned long")) };
    u32::try_from(n).map_err(|_| raise(&OVERFLOW_ERROR, "mode out of range"))
}

/// The single argument of a `METH_O` function of this module.
fn arg(a: &krait_runtime::call::Args, name: &str) -> R<u32> {
    mode_arg(crate::clinic::one_arg(a, &format!("_stat.{}", name))?)
}

macro_rules! is_type {
    ($f:ident, $name:expr, $fmt:expr) => {
        builtin!($f, |a| {
            let m = arg(a, $name)?;
            Ok(bool_obj($fmt != 0 && m & libc::S_IFMT == $fmt))
        });
    };
}
is_type!(s_isdir, "S_ISDIR", libc::S_IFDIR);
is_type!(s_ischr, "S_ISCHR", libc::S_IFCHR);
is_type!(s_isblk, "S_ISBLK", libc::S_IFBLK);
is_type!(s_isreg, "S_ISREG", libc::S_IFREG);
is_type!(s_isfifo, "S_ISFIFO", libc::S_IFIFO);
is_type!(s_islnk, "S_ISLNK", libc::S_IFLNK);
is_type!(s_issock, "S_ISSOCK", libc::S_IFSOCK);
// Solaris doors, event ports and BSD whiteouts do not exist here: always false.
is_type!(s_isdoor, "S_ISDOOR", 0);
is_type!(s_isport, "S_ISPORT", 0);
is_type!(s_iswht, "S_ISWHT", 0);

builtin!(s_imode, |a| {
    let m = arg(a, "S_IMODE")?;
    Ok(int_from_i64((m & 0o7777) as i64))
});

builtin!(s_ifmt, |a| {
    let m = arg(a, "S_IFMT")?;
    Ok(int_from_i64((m & libc::S_IFMT) as i64))
});

/// The `ls -l` letter of a file type.
fn type_char(m: u32) -> char {
    match m & libc::S_IFMT {
        libc::S_IFREG => '-',
        libc::S_IFDIR => 'd',
        libc::S_IFLNK => 'l',
        libc::S_IFBLK => 'b',
        libc::S_IFCHR => 'c',
        libc::S_IFIFO => 'p',
        libc::S_IFSOCK => 's',
        _ => '?',
    }
}

/// `ls -l`'s text of a mode: `-rwxr-xr-x`.
fn filemode(m: u32) -> String {
    let mut s = String::with_capacity(10);
    s.push(type_char(m));
    let bit = |b: u32, c: char| if m & b != 0 { c } else { '-' };
    let exec = |x: u32, special: u32, on: char, off: char| match (m & x != 0, m & special != 0) {
        (true, true) => on,
        (false, true) => off,
        (true, false) => 'x',
        (false, false) => '-',
    };
    s.push(bit(0o400, 'r'));
    s.push(bit(0o200, 'w'));
    s.push(exec(0o100, 0o4000, 's', 'S'));
    s.push(bit(0o040, 'r'));
    s.push(bit(0o020, 'w'));
    s.push(exec(0o010, 0o2000, 's', 'S'));
    s.push(bit(0o004, 'r'));
    s.push(bit(0o002, 'w'));
    s.push(exec(0o001, 0o1000, 't', 'T'));
    s
}

builtin!(stat_filemode, |a| {
    let m = arg(a, "filemode")?;
    Ok(str_from(filemode(m)))
});

fn make_module() -> R<Obj> {
    let fs: [(&'static str, BuiltinFn); 13] = [
        ("S_ISDIR", s_isdir),
        ("S_ISCHR", s_ischr),
        ("S_ISBLK", s_isblk),
        ("S_ISREG", s_isreg),
        ("S_ISFIFO", s_isfifo),
        ("S_ISLNK", s_islnk),
        ("S_ISSOCK", s_issock),
        ("S_ISDOOR", s_isdoor),
        ("S_ISPORT", s_isport),
        ("S_ISWHT", s_iswht),
        ("S_IMODE", s_imode),
        ("S_IFMT", s_ifmt),
        ("filemode", stat_filemode),
    ];
    let mut attrs: Vec<(&str, Obj)> = fs.iter().map(|(n, f)| (*n, builtin_fn(n, *f))).collect();
    use libc::*;
    let consts: [(&str, u32); 51] = [
        ("S_IFDIR", S_IFDIR),
        ("S_IFCHR", S_IFCHR),
        ("S_IFBLK", S_IFBLK),
        ("S_IFREG", S_IFREG),
        ("S_IFIFO", S_IFIFO),
        ("S_IFLNK", S_IFLNK),
        ("S_IFSOCK", S_IFSOCK),
        ("S_IFDOOR", 0),
        ("S_IFPORT", 0),
        ("S_IFWHT", 0),
        ("S_ISUID", S_ISUID),
        ("S_ISGID", S_ISGID),
        ("S_ISVTX", S_ISVTX),
        // System V's mandatory locking bit: the set-group-id bit.
        ("S_ENFMT", S_ISGID),
        ("S_IREAD", S_IRUSR),
        ("S_IWRITE", S_IWUSR),
        ("S_IEXEC", S_IXUSR),
        ("S_IRWXU", S_IRWXU),
        ("S_IRUSR", S_IRUSR),
        ("S_IWUSR", S_IWUSR),
        ("S_IXUSR", S_IXUSR),
        ("S_IRWXG", S_IRWXG),
        ("S_IRGRP", S_IRGRP),
        ("S_IWGRP", S_IWGRP),
        ("S_IXGRP", S_IXGRP),
        ("S_IRWXO", S_IRWXO),
        ("S_IROTH", S_IROTH),
        ("S_IWOTH", S_IWOTH),
        ("S_IXOTH", S_IXOTH),
        // BSD file flags (`st_flags`): CPython defines them on every system.
        ("UF_NODUMP", 0x1),
        ("UF_IMMUTABLE", 0x2),
        ("UF_APPEND", 0x4),
        ("UF_OPAQUE", 0x8),
        ("UF_NOUNLINK", 0x10),
        ("UF_COMPRESSED", 0x20),
        ("UF_HIDDEN", 0x8000),
        ("SF_ARCHIVED", 0x10000),
        ("SF_IMMUTABLE", 0x20000),
        ("SF_APPEND", 0x40000),
        ("SF_NOUNLINK", 0x100000),
        ("SF_SNAPSHOT", 0x200000),
        // Indices into a stat result.
        ("ST_MODE", 0),
        ("ST_INO", 1),
        ("ST_DEV", 2),
        ("ST_NLINK", 3),
        ("ST_UID", 4),
        ("ST_GID", 5),
        ("ST_SIZE", 6),
        ("ST_ATIME", 7),
        ("ST_MTIME", 8),
        ("ST_CTIME", 9),
    ];
    attrs.extend(consts.iter().map(|(n, v)| (*n, int_from_i64(*v as i64))));
    krait_runtime::sysmod::new_module("_stat", attrs)
}

/// `import _stat`.
#[no_mangle]
pub extern "C" fn krait_module__stat() -> Value {
    abi(make_module())
}
