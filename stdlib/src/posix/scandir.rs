//! Reading directories: `listdir`, and `scandir` with its `ScandirIterator` and
//! `DirEntry` native classes (`krait_runtime::native_obj`). A `DirEntry` keeps the
//! file type the directory gave (`d_type`) and caches its `stat` and `lstat` results,
//! as CPython's does, so `is_dir()` and friends make no system call when the type is
//! known.

use super::args::{self, kw, os_error, path_arg, PathKind};
use crate::support::{new_class, property, repr_text, with_methods, Attrs, ClassSpec};
use krait_runtime::builtin;
use krait_runtime::call::Args;
use krait_runtime::exc::{type_error, value_error};
use krait_runtime::native_obj::{self, NativeState};
use krait_runtime::objects::*;
use krait_runtime::types::{TypeObj, STOP_ITERATION};
use krait_runtime::value::{Obj, Value, R};
use std::cell::{Cell, RefCell};
use std::ffi::{CStr, CString};

const DIR_PATH: PathKind = PathKind { arg: "path", fd: true, nullable: true };

/// An open directory stream, closed when dropped.
struct Dir {
    dirp: *mut libc::DIR,
    /// Opened on a duplicate of a caller's fd (rewound before closing, as CPython).
    from_fd: bool,
}

impl Dir {
    /// Opens the directory of a converted path (`fdopendir` on a duplicate of an fd).
    fn open(p: &args::PathArg) -> Result<Dir, i32> {
        let dirp = match p.fd {
            Some(fd) => {
                let d = unsafe { libc::dup(fd) };
                if d < 0 {
                    return Err(args::errno());
                }
                let dirp = unsafe { libc::fdopendir(d) };
                if dirp.is_null() {
                    let e = args::errno();
                    unsafe { libc::close(d) };
                    return Err(e);
                }
                dirp
            }
            None => unsafe { libc::opendir(p.ptr()) },
        };
        if dirp.is_null() {
            return Err(args::errno());
        }
        Ok(Dir { dirp, from_fd: p.fd.is_some() })
    }

    /// The next entry other than `.` and `..`: (name, d_type, inode), `Ok(None)` at the end.
    fn next(&mut self) -> Result<Option<(Vec<u8>, u8, u64)>, i32> {
        loop {
            unsafe { *libc::__errno_location() = 0 };
            let ent = unsafe { libc::readdir64(self.dirp) };
            if ent.is_null() {
                let e = args::errno();
                return if e != 0 { Err(e) } else { Ok(None) };
            }
            let ent = unsafe { &*ent };
            let name = unsafe { CStr::from_ptr(ent.d_name.as_ptr()) }.to_bytes();
            if name == b"." || name == b".." {
                continue;
            }
            return Ok(Some((name.to_vec(), ent.d_type, ent.d_ino)));
        }
    }
}

impl Drop for Dir {
    fn drop(&mut self) {
        unsafe {
            if self.from_fd {
                libc::rewinddir(self.dirp);
            }
            libc::closedir(self.dirp);
        }
    }
}

builtin!(posix_listdir, |a| {
    let v = kw(a, "listdir", &["path"], 0, 1)?;
    let p = path_arg("listdir", DIR_PATH, v[0])?;
    let mut d = match Dir::open(&p) {
        Ok(d) => d,
        Err(e) => return Err(os_error(e, Some(p.obj.v()), None)),
    };
    let mut names = Vec::new();
    loop {
        match d.next() {
            Ok(Some((name, _, _))) => names.push(args::name_obj(&name, p.bytes).into_raw()),
            Ok(None) => break,
            Err(e) => {
                let _ = list_from(names);
                return Err(os_error(e, Some(p.obj.v()), None));
            }
        }
    }
    Ok(list_from(names))
});

thread_local! {
    static DIR_ENTRY: Cell<Option<&'static TypeObj>> = const { Cell::new(None) };
    static SCANDIR_ITER: Cell<Option<&'static TypeObj>> = const { Cell::new(None) };
}

// `ScandirIterator`.

struct ScanState {
    dir: RefCell<Option<Dir>>,
    /// The directory as given (bytes of a str or bytes path), or None for an fd.
    base: Option<Vec<u8>>,
    bytes: bool,
    fd: Option<i32>,
}

impl NativeState for ScanState {}

fn empty_scan() -> Box<dyn NativeState> {
    Box::new(ScanState { dir: RefCell::new(None), base: None, bytes: false, fd: None })
}

fn scan<'a>(a: &Args, method: &str) -> R<&'a ScanState> {
    crate::clinic::self_state::<ScanState>(a, "posix.ScandirIterator", method)
}

builtin!(posix_scandir, |a| {
    let v = kw(a, "scandir", &["path"], 0, 1)?;
    let p = path_arg("scandir", DIR_PATH, v[0])?;
    let d = Dir::open(&p).map_err(|e| os_error(e, Some(p.obj.v()), None))?;
    let base = if p.fd.is_some() { None } else { Some(p.raw().to_vec()) };
    let t = SCANDIR_ITER.with(|c| c.get()).expect("posix not initialised");
    Ok(native_obj::new(t, Box::new(ScanState { dir: RefCell::new(Some(d)), base, bytes: p.bytes, fd: p.fd })))
});

builtin!(scan_next, |a| {
    let s = scan(a, "__next__")?;
    crate::clinic::no_args(&crate::clinic::rest(a), "__next__")?;
    let item = {
        let mut dir = s.dir.borrow_mut();
        let Some(d) = dir.as_mut() else { return stop() };
        match d.next() {
            Ok(Some(x)) => Some(x),
            Ok(None) => {
                *dir = None;
                None
            }
            Err(e) => {
                *dir = None;
                return Err(os_error(e, None, None));
            }
        }
    };
    let Some((name, d_type, ino)) = item else { return stop() };
    let path = match &s.base {
        Some(b) => {
            let mut p = b.clone();
            if !p.is_empty() && !p.ends_with(b"/") {
                p.push(b'/');
            }
            p.extend_from_slice(&name);
            p
        }
        None => name.clone(),
    };
    let t = DIR_ENTRY.with(|c| c.get()).expect("posix not initialised");
    let st = EntryState {
        name: Some(args::name_obj(&name, s.bytes)),
        path: Some(args::name_obj(&path, s.bytes)),
        c_name: CString::new(name).unwrap_or_default(),
        c_path: CString::new(path).unwrap_or_default(),
        dir_fd: s.fd,
        d_type,
        ino,
        stat: RefCell::new(None),
        lstat: RefCell::new(None),
    };
    Ok(native_obj::new(t, Box::new(st)))
});

fn stop() -> R<Obj> {
    let e = krait_runtime::exc::new_exc(&STOP_ITERATION, tuple_from(vec![]));
    Err(krait_runtime::exc::set_current(e))
}

builtin!(scan_iter, |a| {
    scan(a, "__iter__")?;
    Ok(a.pos[0].to_owned())
});

builtin!(scan_close, |a| {
    let s = scan(a, "close")?;
    crate::clinic::no_args(&crate::clinic::rest(a), "close")?;
    let d = s.dir.borrow_mut().take();
    drop(d);
    Ok(none())
});

builtin!(scan_enter, |a| {
    scan(a, "__enter__")?;
    Ok(a.pos[0].to_owned())
});

builtin!(scan_exit, |a| {
    let s = scan(a, "__exit__")?;
    let d = s.dir.borrow_mut().take();
    drop(d);
    Ok(none())
});

builtin!(no_new, |a| {
    let name = a.pos.first().and_then(|c| if c.is_small() { None } else { Some(unsafe { c.as_ref::<TypeObj>() }.name) });
    type_error(format!("cannot create '{}' instances", name.unwrap_or("posix.DirEntry")))
});

// `DirEntry`.

struct EntryState {
    name: Option<Obj>,
    path: Option<Obj>,
    c_name: CString,
    c_path: CString,
    /// The directory's fd when `scandir` was given one (names are relative to it).
    dir_fd: Option<i32>,
    d_type: u8,
    ino: u64,
    stat: RefCell<Option<Obj>>,
    lstat: RefCell<Option<Obj>>,
}

impl NativeState for EntryState {
    fn traverse(&self, visit: &mut dyn FnMut(Value)) {
        for o in [&self.name, &self.path].into_iter().flatten() {
            visit(o.v());
        }
        for c in [&self.stat, &self.lstat] {
            if let Some(o) = c.borrow().as_ref() {
                visit(o.v());
            }
        }
    }
    fn clear(&self) {
        let a = self.stat.borrow_mut().take();
        let b = self.lstat.borrow_mut().take();
        drop((a, b));
    }
}

fn empty_entry() -> Box<dyn NativeState> {
    Box::new(EntryState { name: None, path: None, c_name: CString::default(), c_path: CString::default(), dir_fd: None, d_type: libc::DT_UNKNOWN, ino: 0, stat: RefCell::new(None), lstat: RefCell::new(None) })
}

fn entry<'a>(a: &Args, method: &str) -> R<&'a EntryState> {
    crate::clinic::self_state::<EntryState>(a, "posix.DirEntry", method)
}

impl EntryState {
    /// `stat` (following links) or `lstat` of the entry, uncached; the errno on failure.
    fn fetch(&self, follow: bool) -> R<Obj> {
        let mut st: libc::stat = unsafe { std::mem::zeroed() };
        let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
        let r = match self.dir_fd {
            Some(fd) => unsafe { libc::fstatat(fd, self.c_name.as_ptr(), &mut st, flags) },
            None => unsafe { libc::fstatat(args::CWD, self.c_path.as_ptr(), &mut st, flags) },
        };
        if r != 0 {
            let path = self.path.as_ref().map(|p| p.v());
            return Err(os_error(args::errno(), path, None));
        }
        super::stat::result(&st)
    }

    fn lstat(&self) -> R<Obj> {
        if let Some(s) = self.lstat.borrow().as_ref() {
            return Ok(s.clone());
        }
        let s = self.fetch(false)?;
        *self.lstat.borrow_mut() = Some(s.clone());
        Ok(s)
    }

    fn stat(&self, follow: bool) -> R<Obj> {
        if !follow {
            return self.lstat();
        }
        if let Some(s) = self.stat.borrow().as_ref() {
            return Ok(s.clone());
        }
        let s = if self.is_symlink()? { self.fetch(true)? } else { self.lstat()? };
        *self.stat.borrow_mut() = Some(s.clone());
        Ok(s)
    }

    fn is_symlink(&self) -> R<bool> {
        if self.d_type != libc::DT_UNKNOWN {
            return Ok(self.d_type == libc::DT_LNK);
        }
        Ok(mode_of(&self.lstat()?)? & libc::S_IFMT == libc::S_IFLNK)
    }

    /// `DirEntry_test_mode`: is the entry of the file type `fmt` (`S_IFDIR`...)?
    fn test_mode(&self, follow: bool, fmt: u32) -> R<bool> {
        let need_stat = self.d_type == libc::DT_UNKNOWN || (follow && self.is_symlink()?);
        if need_stat {
            match self.stat(follow) {
                Ok(s) => Ok(mode_of(&s)? & libc::S_IFMT == fmt),
                Err(e) => {
                    if krait_runtime::exc::current_is(&krait_runtime::types::FILE_NOT_FOUND_ERROR) {
                        krait_runtime::exc::clear_current();
                        Ok(false)
                    } else {
                        Err(e)
                    }
                }
            }
        } else if fmt == libc::S_IFDIR {
            Ok(self.d_type == libc::DT_DIR)
        } else {
            Ok(self.d_type == libc::DT_REG)
        }
    }
}

fn mode_of(st: &Obj) -> R<u32> {
    let m = as_tuple(st.v()).map(|t| t.items[0]).unwrap_or(Value::small(0));
    Ok(crate::clinic::as_i64(m).unwrap_or(0) as u32)
}

/// The `follow_symlinks` keyword-only argument of a `DirEntry` method.
fn follow_arg(a: &Args, method: &str) -> R<bool> {
    let r = crate::clinic::rest(a);
    let v = crate::clinic::unpack_keywords(&r, method, &["follow_symlinks"], 0, 0, 0)?;
    args::flag(v[0], true)
}

builtin!(entry_is_dir, |a| {
    let e = entry(a, "is_dir")?;
    let follow = follow_arg(a, "is_dir")?;
    Ok(bool_obj(e.test_mode(follow, libc::S_IFDIR)?))
});

builtin!(entry_is_file, |a| {
    let e = entry(a, "is_file")?;
    let follow = follow_arg(a, "is_file")?;
    Ok(bool_obj(e.test_mode(follow, libc::S_IFREG)?))
});

builtin!(entry_is_symlink, |a| {
    let e = entry(a, "is_symlink")?;
    crate::clinic::no_args(&crate::clinic::rest(a), "DirEntry.is_symlink")?;
    Ok(bool_obj(e.is_symlink()?))
});

builtin!(entry_stat, |a| {
    let e = entry(a, "stat")?;
    let follow = follow_arg(a, "stat")?;
    e.stat(follow)
});

builtin!(entry_inode, |a| {
    let e = entry(a, "inode")?;
    crate::clinic::no_args(&crate::clinic::rest(a), "DirEntry.inode")?;
    Ok(int_from_big(e.ino.into()))
});

builtin!(entry_fspath, |a| {
    let e = entry(a, "__fspath__")?;
    crate::clinic::no_args(&crate::clinic::rest(a), "DirEntry.__fspath__")?;
    Ok(e.path.clone().unwrap_or_else(none))
});

builtin!(entry_repr, |a| {
    let e = entry(a, "__repr__")?;
    let name = match &e.name {
        Some(n) => repr_text(n.v())?,
        None => return value_error("uninitialized DirEntry"),
    };
    Ok(str_from(format!("<DirEntry {}>", name)))
});

builtin!(entry_name, |a| Ok(entry(a, "name")?.name.clone().unwrap_or_else(none)));
builtin!(entry_path, |a| Ok(entry(a, "path")?.path.clone().unwrap_or_else(none)));

builtin!(entry_class_getitem, |a| {
    let r = crate::clinic::rest(a);
    let arg = crate::clinic::one_arg(&r, "__class_getitem__")?;
    let cls = a.pos[0];
    if cls.is_small() || cls.ty().kind != krait_runtime::types::Kind::Type {
        return type_error("__class_getitem__ needs a class");
    }
    Ok(krait_runtime::generic::new_alias(&krait_runtime::generic::GENERIC_ALIAS_TYPE, cls, arg))
});

/// The module attributes of this file: `listdir`, `scandir`, `DirEntry`.
pub fn attrs(out: &mut Attrs) -> R<()> {
    let mut ms = with_methods(vec![
        ("is_dir", entry_is_dir),
        ("is_file", entry_is_file),
        ("is_symlink", entry_is_symlink),
        ("stat", entry_stat),
        ("inode", entry_inode),
        ("__fspath__", entry_fspath),
        ("__repr__", entry_repr),
    ]);
    ms.push(("name", property(builtin_fn("name", entry_name), None)?));
    ms.push(("path", property(builtin_fn("path", entry_path), None)?));
    ms.push(("__new__", builtin_fn("__new__", no_new)));
    let cm = krait_runtime::call::call(krait_runtime::class::CLASSMETHOD_TYPE.as_value(), &Args::positional(&[builtin_fn("__class_getitem__", entry_class_getitem).v()]))?;
    ms.push(("__class_getitem__", cm));
    let de = new_class(ClassSpec { name: "DirEntry", module: "posix", bases: &[], new_state: Some(empty_entry), attrs: ms })?;
    DIR_ENTRY.with(|c| c.set(Some(unsafe { de.v().as_ref::<TypeObj>() })));
    let mut ms = with_methods(vec![("__next__", scan_next), ("__iter__", scan_iter), ("close", scan_close), ("__enter__", scan_enter), ("__exit__", scan_exit)]);
    ms.push(("__new__", builtin_fn("__new__", no_new)));
    let si = new_class(ClassSpec { name: "ScandirIterator", module: "posix", bases: &[], new_state: Some(empty_scan), attrs: ms })?;
    SCANDIR_ITER.with(|c| c.set(Some(unsafe { si.v().as_ref::<TypeObj>() })));
    std::mem::forget(si);
    out.push(("DirEntry", de));
    out.push(("listdir", builtin_fn("listdir", posix_listdir)));
    out.push(("scandir", builtin_fn("scandir", posix_scandir)));
    Ok(())
}
