//! `memoryview` over `bytes` and `bytearray` (format `'B'`, one dimension): length,
//! indexing (ints), slicing (views, with steps), writing through to a bytearray,
//! `tobytes`, `tolist`, `hex`, `release` and the context manager, `==` with any
//! bytes-like object, hashing of read-only views, and the attributes (`readonly`,
//! `format`, `itemsize`, `nbytes`, `shape`, `strides`...). A view of a bytearray counts
//! as an export of it until released, so the bytearray cannot be resized meanwhile.

use crate::call::Args;
use crate::exc::{raise, type_error};
use crate::objects::*;
use crate::ops;
use crate::types::*;
use crate::value::{Header, Obj, Value, R};
use std::borrow::Cow;
use std::cell::Cell;

/// The iterator over a memoryview.
pub static MEMORY_ITER_TYPE: TypeObj =
    TypeObj { head: Header::immortal(&TYPE_TYPE), name: "memory_iterator", base: Some(&OBJECT_TYPE), kind: Kind::Iter, call: None, heap: std::ptr::null_mut() };

#[repr(C)]
pub struct MemoryViewObj {
    pub head: Header,
    /// The bytes or bytearray looked at (0 once released).
    pub obj: Value,
    /// The position of the first item in `obj`, the distance between items, and their number.
    pub start: usize,
    pub step: isize,
    pub len: usize,
    pub released: Cell<bool>,
    pub readonly: bool,
}

impl Drop for MemoryViewObj {
    fn drop(&mut self) {
        if !self.released.get() {
            release_obj(self);
        }
    }
}

/// Drops the view's export and its reference to the object it looks at.
fn release_obj(m: &mut MemoryViewObj) {
    m.released.set(true);
    let o = std::mem::replace(&mut m.obj, Value::NULL);
    if !o.is_null() && o.ty().kind == Kind::ByteArray {
        crate::bytearray::export(o, -1);
    }
    o.decref();
}

fn view<'a>(v: Value) -> &'a mut MemoryViewObj {
    debug_assert!(v.ty().kind == Kind::MemoryView);
    unsafe { v.as_mut::<MemoryViewObj>() }
}

pub fn is_released(v: Value) -> bool {
    view(v).released.get()
}

fn released_error() -> crate::value::Raised {
    raise(&VALUE_ERROR, "operation forbidden on released memoryview object")
}

/// The view, or ValueError when it has been released.
fn live<'a>(v: Value) -> R<&'a mut MemoryViewObj> {
    let m = view(v);
    if m.released.get() {
        return Err(released_error());
    }
    Ok(m)
}

/// The whole contents of the object a live view looks at.
fn base<'a>(m: &MemoryViewObj) -> &'a [u8] {
    match m.obj.ty().kind {
        Kind::ByteArray => crate::bytearray::data(m.obj),
        _ => crate::bytes::as_bytes(m.obj).unwrap_or(&[]),
    }
}

/// A new view of `obj` (bytes or bytearray), registered as an export of a bytearray.
fn new_view(obj: Value, start: usize, step: isize, len: usize, readonly: bool) -> Obj {
    if obj.ty().kind == Kind::ByteArray {
        crate::bytearray::export(obj, 1);
    }
    let m = MemoryViewObj { head: Header::new(&MEMORYVIEW_TYPE), obj: obj.to_owned().into_raw(), start, step, len, released: Cell::new(false), readonly };
    Obj::from_box(Box::new(m))
}

/// The bytes a view shows, in order (borrowed when they are contiguous).
pub fn contents<'a>(v: Value) -> R<Cow<'a, [u8]>> {
    let m = live(v)?;
    let b = base(m);
    if m.step == 1 {
        return Ok(Cow::Borrowed(&b[m.start..m.start + m.len]));
    }
    Ok(Cow::Owned((0..m.len).map(|i| b[(m.start as isize + i as isize * m.step) as usize]).collect()))
}

/// Item `i` of the view, for iteration (`None` past the end).
pub fn item_at(v: Value, i: usize) -> R<Option<u8>> {
    let m = live(v)?;
    if i >= m.len {
        return Ok(None);
    }
    Ok(Some(base(m)[(m.start as isize + i as isize * m.step) as usize]))
}

pub fn len(v: Value) -> R<usize> {
    Ok(live(v)?.len)
}

pub fn repr(v: Value) -> String {
    if is_released(v) {
        format!("<released memory at {:#x}>", v.0)
    } else {
        format!("<memory at {:#x}>", v.0)
    }
}

/// `hash(m)`: read-only views hash as the bytes they show.
pub fn hash(v: Value) -> R<i64> {
    let m = live(v)?;
    if !m.readonly {
        return Err(raise(&VALUE_ERROR, "cannot hash writable memoryview object"));
    }
    Ok(crate::bytes::hash_of(&contents(v)?))
}

/// The position in the object of an item index, or IndexError.
fn position(m: &MemoryViewObj, k: Value) -> R<Option<usize>> {
    let idx = crate::class::index_value(k)?;
    let kv = idx.as_ref().map(|o| o.v()).unwrap_or(k);
    if !crate::num::is_int(kv) {
        return Ok(None);
    }
    match crate::seq::index_of(kv, m.len) {
        Ok(Some(i)) => Ok(Some((m.start as isize + i as isize * m.step) as usize)),
        Ok(None) => Err(raise(&INDEX_ERROR, "index out of bounds on dimension 1")),
        Err(e) => Err(e),
    }
}

/// The view of a slice of a view: `(start, step, len)` in the object.
fn sub_view(m: &MemoryViewObj, s: &SliceObj) -> R<(usize, isize, usize)> {
    let (start, _stop, step, n) = crate::seq::slice_indices(s, m.len)?;
    let first = if n == 0 { m.start as isize } else { m.start as isize + start * m.step };
    Ok((first.max(0) as usize, step * m.step, n))
}

/// `m[k]`: an int, or a view of a slice.
pub fn getitem(v: Value, k: Value) -> R<Obj> {
    let m = live(v)?;
    if let Some(s) = as_slice(k) {
        let (start, step, n) = sub_view(m, s)?;
        return Ok(new_view(m.obj, start, step, n, m.readonly));
    }
    match position(m, k)? {
        Some(p) => Ok(int_from_i64(base(m)[p] as i64)),
        None => type_error("memoryview: invalid slice key"),
    }
}

/// `m[k] = x`: writes through to the bytearray.
pub fn setitem(v: Value, k: Value, x: Value) -> R<()> {
    let m = live(v)?;
    if m.readonly {
        return type_error("cannot modify read-only memory");
    }
    let write = |pos: usize, c: u8| {
        let o = unsafe { m.obj.as_mut::<crate::bytearray::ByteArrayObj>() };
        o.b[pos] = c;
    };
    if let Some(s) = as_slice(k) {
        let (start, step, n) = sub_view(m, s)?;
        let src = crate::bytes::buffer_arg(x)?;
        if src.len() != n {
            return Err(raise(&VALUE_ERROR, "memoryview assignment: lvalue and rvalue have different structures"));
        }
        for (i, c) in src.into_iter().enumerate() {
            write((start as isize + i as isize * step) as usize, c);
        }
        return Ok(());
    }
    let Some(p) = position(m, k)? else {
        return type_error("memoryview: invalid slice key");
    };
    let c = match crate::num::to_i64(x) {
        _ if !crate::num::is_int(x) => return type_error("memoryview: invalid type for format 'B'"),
        Ok(Some(c)) if (0..256).contains(&c) => c as u8,
        _ => {
            crate::exc::clear_current();
            return Err(raise(&VALUE_ERROR, "memoryview: invalid value for format 'B'"));
        }
    };
    write(p, c);
    Ok(())
}

/// `x in m`: compares `x` with each item.
pub fn contains(v: Value, x: Value) -> R<bool> {
    let items = contents(v)?.into_owned();
    for c in items {
        if ops::eq(int_from_i64(c as i64).v(), x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

pub fn iter(v: Value) -> R<Obj> {
    live(v)?;
    Ok(iter_new(&MEMORY_ITER_TYPE, IterState::Seq { seq: v.to_owned().into_raw(), idx: 0 }))
}

/// The data attributes of a view; `Ok(None)` for other names.
pub fn getattr(v: Value, name: &str) -> R<Option<Obj>> {
    if !DATA_ATTRS.contains(&name) {
        return Ok(None);
    }
    let m = live(v)?;
    let contiguous = m.step == 1 || m.len <= 1;
    let int = |n: i64| int_from_i64(n);
    Ok(Some(match name {
        "obj" => m.obj.to_owned(),
        "readonly" => bool_obj(m.readonly),
        "format" => str_from("B"),
        "itemsize" | "ndim" => int(1),
        "nbytes" => int(m.len as i64),
        "shape" => tuple_from(vec![int(m.len as i64).into_raw()]),
        "strides" => tuple_from(vec![int(m.step as i64).into_raw()]),
        "suboffsets" => tuple_from(vec![]),
        _ => bool_obj(contiguous),
    }))
}

/// The data attributes of `memoryview` (read-only).
pub const DATA_ATTRS: &[&str] =
    &["obj", "readonly", "format", "itemsize", "ndim", "nbytes", "shape", "strides", "suboffsets", "contiguous", "c_contiguous", "f_contiguous"];

/// The methods of `memoryview`.
pub const METHODS: &[&str] = &["tobytes", "tolist", "hex", "release", "toreadonly", "__enter__", "__exit__"];

fn no_args(a: &Args, name: &str) -> R<()> {
    a.no_kwargs(&format!("memoryview.{}", name))?;
    if !a.pos.is_empty() {
        return type_error(format!("memoryview.{}() takes no arguments ({} given)", name, a.pos.len()));
    }
    Ok(())
}

/// A method of a view; `Ok(None)` for unknown names.
pub fn call_method(v: Value, name: &str, a: &Args) -> R<Option<Obj>> {
    Ok(Some(match name {
        "release" | "__exit__" => {
            if name == "release" {
                no_args(a, name)?;
            }
            let m = view(v);
            if !m.released.get() {
                release_obj(m);
            }
            none()
        }
        "__enter__" => {
            no_args(a, name)?;
            live(v)?;
            v.to_owned()
        }
        "tobytes" => {
            let b = a.bind("tobytes", &["order"], 0)?;
            if let Some(o) = b[0].filter(|o| !is_none(*o)) {
                match as_str(o).map(|s| &*s.s) {
                    Some("C" | "F" | "A") => {}
                    Some(_) => return Err(raise(&VALUE_ERROR, "order must be 'C', 'F' or 'A'")),
                    None => return type_error(format!("tobytes() argument 'order' must be str or None, not {}", ops::type_name(o))),
                }
            }
            crate::bytes::bytes_from(contents(v)?.into_owned())
        }
        "tolist" => {
            no_args(a, name)?;
            list_from(contents(v)?.iter().map(|&c| int_from_i64(c as i64).into_raw()).collect())
        }
        "hex" => {
            let b = contents(v)?.into_owned();
            crate::bytes_methods::hex(&b, a)?
        }
        "toreadonly" => {
            no_args(a, name)?;
            let m = live(v)?;
            new_view(m.obj, m.start, m.step, m.len, true)
        }
        _ => return Ok(None),
    }))
}

/// `memoryview(object)`.
pub unsafe extern "C" fn memoryview_new(args: *const Value, nargs: i64, kwnames: Value) -> Value {
    let a = Args::from_abi(args, nargs, kwnames);
    crate::value::abi((|| {
        let b = a.bind("memoryview", &["object"], 1)?;
        let o = b[0].unwrap();
        if o.is_small() {
            return type_error(format!("memoryview: a bytes-like object is required, not '{}'", ops::type_name(o)));
        }
        match o.ty().kind {
            Kind::Bytes => Ok(new_view(o, 0, 1, crate::bytes::as_bytes(o).unwrap().len(), true)),
            Kind::ByteArray => Ok(new_view(o, 0, 1, crate::bytearray::data(o).len(), false)),
            Kind::MemoryView => {
                let m = live(o)?;
                Ok(new_view(m.obj, m.start, m.step, m.len, m.readonly))
            }
            _ => type_error(format!("memoryview: a bytes-like object is required, not '{}'", ops::type_name(o))),
        }
    })())
}
