//! `memoryview` over `bytes` and `bytearray`: the views `memoryview(obj)` makes
//! (format `'B'`, one dimension) and those `cast(format[, shape])` makes (any native
//! single-character format, any number of dimensions), with CPython's rules and
//! messages: length, indexing (ints, tuples of ints for several dimensions), slicing
//! (views of the first dimension, with steps), writing through to a bytearray (items
//! packed in the view's format, slices from a view of the same structure),
//! iteration, `tobytes` (C or Fortran order), `tolist`, `hex`, `release` and the
//! context manager, `==` comparing unpacked items, hashing of read-only byte-format
//! views, and the attributes (`format`, `itemsize`, `shape`, `strides`,
//! `nbytes`...). A view of a bytearray counts as an export of it until released, so
//! the bytearray cannot be resized meanwhile.

use crate::call::Args;
use crate::exc::{raise, type_error};
use crate::native_iter::{self, NativeIter, Slot};
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
    /// The byte position of the first item in `obj`.
    pub start: usize,
    pub released: Cell<bool>,
    pub readonly: bool,
    /// The format as given (`"B"`, `"@I"`) and the size of one item.
    pub format: Box<str>,
    pub itemsize: usize,
    /// The extent of each dimension (none for a 0-dimensional view) and the distance
    /// in bytes between items along it.
    pub shape: Vec<usize>,
    pub strides: Vec<isize>,
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

/// The whole contents, for writing (the caller checked the view is writable, so the
/// object is a bytearray).
fn base_mut<'a>(m: &MemoryViewObj) -> &'a mut [u8] {
    &mut unsafe { m.obj.as_mut::<crate::bytearray::ByteArrayObj>() }.b
}

/// What a new view looks like.
struct Layout {
    start: usize,
    format: Box<str>,
    itemsize: usize,
    shape: Vec<usize>,
    strides: Vec<isize>,
}

impl Layout {
    /// The layout of a whole bytes-like object: bytes, one dimension.
    fn bytes(n: usize) -> Layout {
        Layout { start: 0, format: "B".into(), itemsize: 1, shape: vec![n], strides: vec![1] }
    }
    fn of(m: &MemoryViewObj) -> Layout {
        Layout { start: m.start, format: m.format.clone(), itemsize: m.itemsize, shape: m.shape.clone(), strides: m.strides.clone() }
    }
}

/// A new view of `obj` (bytes or bytearray), registered as an export of a bytearray.
fn new_view(obj: Value, l: Layout, readonly: bool) -> Obj {
    if obj.ty().kind == Kind::ByteArray {
        crate::bytearray::export(obj, 1);
    }
    let m = MemoryViewObj {
        head: Header::new(&MEMORYVIEW_TYPE),
        obj: obj.to_owned().into_raw(),
        start: l.start,
        released: Cell::new(false),
        readonly,
        format: l.format,
        itemsize: l.itemsize,
        shape: l.shape,
        strides: l.strides,
    };
    Obj::from_box(Box::new(m))
}

// ---- formats ----

/// The format character of a format (`"@I"` → `I`).
fn fmt_char(format: &str) -> u8 {
    *format.as_bytes().last().unwrap_or(&b'B')
}

/// The item size of a native single-character format (optionally prefixed with `@`),
/// as `memoryview.cast` accepts them.
fn native_itemsize(format: &str) -> Option<usize> {
    let f = format.strip_prefix('@').unwrap_or(format);
    if f.len() != 1 {
        return None;
    }
    Some(match f.as_bytes()[0] {
        b'c' | b'b' | b'B' | b'?' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'd' | b'P' => 8,
        _ => return None,
    })
}

fn is_byte_format(format: &str) -> bool {
    matches!(format.strip_prefix('@').unwrap_or(format), "B" | "b" | "c")
}

/// The value of the item at `p` (native byte order).
fn unpack(f: u8, p: &[u8]) -> Obj {
    let u = |n: usize| -> u64 {
        let mut b = [0u8; 8];
        b[..n].copy_from_slice(&p[..n]);
        u64::from_ne_bytes(b)
    };
    let signed = |n: usize| -> i64 {
        let shift = 64 - 8 * n as u32;
        ((u(n) << shift) as i64) >> shift
    };
    match f {
        b'B' => int_from_i64(p[0] as i64),
        b'b' => int_from_i64(p[0] as i8 as i64),
        b'c' => crate::bytes::bytes_from(vec![p[0]]),
        b'?' => bool_obj(p[0] != 0),
        b'h' => int_from_i64(signed(2)),
        b'H' => int_from_i64(u(2) as i64),
        b'i' => int_from_i64(signed(4)),
        b'I' => int_from_i64(u(4) as i64),
        b'f' => float(f32::from_ne_bytes(p[..4].try_into().unwrap()) as f64),
        b'd' => float(f64::from_ne_bytes(p[..8].try_into().unwrap())),
        b'l' | b'q' | b'n' => int_from_i64(signed(8)),
        _ => int_from_big(num_bigint::BigInt::from(u(8))),
    }
}

/// Packs `x` into the item at `p` in format `f`, with CPython's errors.
fn pack(format: &str, x: Value, p: &mut [u8]) -> R<()> {
    let f = fmt_char(format);
    let invalid_type = || type_error(format!("memoryview: invalid type for format '{}'", format));
    let invalid_value = || Err(raise(&VALUE_ERROR, format!("memoryview: invalid value for format '{}'", format)));
    match f {
        b'c' => match crate::bytes::as_bytes(x) {
            Some(b) if b.len() == 1 => p[0] = b[0],
            Some(_) => return invalid_value(),
            None => return invalid_type(),
        },
        b'?' => p[0] = ops::truthy(x)? as u8,
        b'f' | b'd' => {
            let d = match crate::num::to_f64(x)? {
                Some(d) => d,
                None => match crate::class::index_value(x)? {
                    Some(i) => crate::num::to_f64(i.v())?.unwrap_or(0.0),
                    None => return invalid_type(),
                },
            };
            if f == b'f' {
                p[..4].copy_from_slice(&(d as f32).to_ne_bytes());
            } else {
                p[..8].copy_from_slice(&d.to_ne_bytes());
            }
        }
        _ => {
            let i = if crate::num::is_int(x) {
                x.to_owned()
            } else {
                match crate::class::index_value(x)? {
                    Some(i) => i,
                    None => return invalid_type(),
                }
            };
            let big = crate::seq::int_to_big(i.v()).unwrap_or_default();
            let n = native_itemsize(format).unwrap_or(1);
            let (lo, hi): (i128, i128) = match f {
                b'B' | b'H' | b'I' | b'L' | b'Q' | b'N' => (0, (1i128 << (8 * n)) - 1),
                b'P' => (i64::MIN as i128, u64::MAX as i128),
                _ => (-(1i128 << (8 * n - 1)), (1i128 << (8 * n - 1)) - 1),
            };
            let v = match num_traits::ToPrimitive::to_i128(&big) {
                Some(v) if (lo..=hi).contains(&v) => v,
                _ => return invalid_value(),
            };
            p[..n].copy_from_slice(&(v as u64).to_ne_bytes()[..n]);
        }
    }
    Ok(())
}

// ---- layout ----

fn nbytes(m: &MemoryViewObj) -> usize {
    m.shape.iter().product::<usize>() * m.itemsize
}

/// Are the items laid out one after another, the last dimension varying fastest
/// (`fortran`: the first)?
fn contiguous_in(m: &MemoryViewObj, fortran: bool) -> bool {
    if m.shape.contains(&0) {
        return true;
    }
    let mut expected = m.itemsize as isize;
    let dims: Vec<usize> = if fortran { (0..m.shape.len()).collect() } else { (0..m.shape.len()).rev().collect() };
    for d in dims {
        if m.shape[d] > 1 && m.strides[d] != expected {
            return false;
        }
        expected *= m.shape[d] as isize;
    }
    true
}

/// The byte position of every item, in C order (`fortran`: Fortran order).
fn offsets(m: &MemoryViewObj, fortran: bool) -> Vec<usize> {
    let total: usize = m.shape.iter().product();
    let mut out = Vec::with_capacity(total);
    if total == 0 {
        return out;
    }
    let nd = m.shape.len();
    let mut idx = vec![0usize; nd];
    for _ in 0..total {
        let off: isize = idx.iter().zip(&m.strides).map(|(&i, &s)| i as isize * s).sum();
        out.push((m.start as isize + off) as usize);
        // The next index, counting in the order's fastest dimension first.
        for k in 0..nd {
            let d = if fortran { k } else { nd - 1 - k };
            idx[d] += 1;
            if idx[d] < m.shape[d] {
                break;
            }
            idx[d] = 0;
        }
    }
    out
}

/// The bytes of the items in C order (`fortran`: Fortran order).
fn gather<'a>(m: &MemoryViewObj, fortran: bool) -> Cow<'a, [u8]> {
    let b = base(m);
    if contiguous_in(m, fortran) && (!fortran || contiguous_in(m, false) || m.shape.len() <= 1) {
        return Cow::Borrowed(&b[m.start..m.start + nbytes(m)]);
    }
    let mut out = Vec::with_capacity(nbytes(m));
    for p in offsets(m, fortran) {
        out.extend_from_slice(&b[p..p + m.itemsize]);
    }
    Cow::Owned(out)
}

/// The bytes a view shows, in C order (borrowed when they are contiguous): what the
/// buffer protocol gives.
pub fn contents<'a>(v: Value) -> R<Cow<'a, [u8]>> {
    Ok(gather(live(v)?, false))
}

/// The items of a view, unpacked, in C order.
fn items(m: &MemoryViewObj) -> Vec<Obj> {
    let (b, f) = (base(m), fmt_char(&m.format));
    offsets(m, false).into_iter().map(|p| unpack(f, &b[p..])).collect()
}

/// Byte `i` of a one-dimensional view (`None` past the end).
pub fn item_at(v: Value, i: usize) -> R<Option<u8>> {
    let m = live(v)?;
    if m.shape.len() != 1 || i >= m.shape[0] {
        return Ok(None);
    }
    Ok(Some(base(m)[(m.start as isize + i as isize * m.strides[0]) as usize]))
}

/// `len(m)`: the first dimension (1 for a 0-dimensional view, as in CPython 3.11).
pub fn len(v: Value) -> R<usize> {
    let m = live(v)?;
    Ok(m.shape.first().copied().unwrap_or(1))
}

pub fn repr(v: Value) -> String {
    if is_released(v) {
        format!("<released memory at {:#x}>", v.0)
    } else {
        format!("<memory at {:#x}>", v.0)
    }
}

/// `hash(m)`: read-only views of byte formats hash as the bytes they show.
pub fn hash(v: Value) -> R<i64> {
    let m = live(v)?;
    if !m.readonly {
        return Err(raise(&VALUE_ERROR, "cannot hash writable memoryview object"));
    }
    if !is_byte_format(&m.format) {
        return Err(raise(&VALUE_ERROR, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    Ok(crate::bytes::hash_of(&gather(m, false)))
}

/// `m == other` for any bytes-like `other`: same shape, and items equal after
/// unpacking each side in its own format.
pub fn equal(a: Value, b: Value) -> R<bool> {
    let side = |v: Value| -> R<(Vec<usize>, String, Vec<Obj>)> {
        if v.ty().kind == Kind::MemoryView {
            let m = live(v)?;
            return Ok((m.shape.clone(), m.format.to_string(), items(m)));
        }
        let b = crate::bytes::buffer_arg(v)?;
        Ok((vec![b.len()], "B".into(), b.iter().map(|&c| int_from_i64(c as i64)).collect()))
    };
    let (sa, fa, ia) = side(a)?;
    let (sb, fb, ib) = side(b)?;
    if sa != sb {
        return Ok(false);
    }
    if fmt_char(&fa) == fmt_char(&fb) && matches!(fmt_char(&fa), b'B' | b'b' | b'c') {
        return Ok(ia.iter().zip(&ib).all(|(x, y)| x.v() == y.v() || ops::eq(x.v(), y.v()).unwrap_or(false)));
    }
    for (x, y) in ia.iter().zip(&ib) {
        if !ops::eq(x.v(), y.v())? {
            return Ok(false);
        }
    }
    Ok(true)
}

// ---- indexing ----

/// The byte position of item `k` along dimension `dim` from `at`, or IndexError.
fn lookup(m: &MemoryViewObj, at: usize, dim: usize, k: Value) -> R<usize> {
    let n = index_arg(k)?;
    let len = m.shape[dim] as i64;
    let i = if n < 0 { n + len } else { n };
    if i < 0 || i >= len {
        return Err(raise(&INDEX_ERROR, format!("index out of bounds on dimension {}", dim + 1)));
    }
    Ok((at as isize + i as isize * m.strides[dim]) as usize)
}

/// `PyNumber_AsSsize_t(k, IndexError)`.
fn index_arg(k: Value) -> R<i64> {
    let i = if crate::num::is_int(k) {
        k.to_owned()
    } else {
        match crate::class::index_value(k)? {
            Some(i) => i,
            None => return type_error(format!("'{}' object cannot be interpreted as an integer", ops::type_name(k))),
        }
    };
    match crate::seq::int_to_big(i.v()).and_then(|b| num_traits::ToPrimitive::to_i64(&b)) {
        Some(n) => Ok(n),
        None => Err(raise(&INDEX_ERROR, format!("cannot fit '{}' into an index-sized integer", ops::type_name(k)))),
    }
}

fn is_index(k: Value) -> bool {
    crate::num::is_int(k) || (!k.is_small() && crate::class::lookup_type(k.ty(), "__index__").is_some())
}

/// A tuple of indexes (`m[1, 2]`).
fn multi_index(k: Value) -> Option<&'static [Value]> {
    as_tuple(k).filter(|t| t.items.iter().all(|&x| is_index(x))).map(|t| unsafe { std::slice::from_raw_parts(t.items.as_ptr(), t.items.len()) })
}

fn is_multi_slice(k: Value) -> bool {
    as_tuple(k).is_some_and(|t| t.items.iter().all(|&x| as_slice(x).is_some()))
}

/// The position of the item a full tuple of indexes names.
fn item_from_tuple(m: &MemoryViewObj, ks: &[Value]) -> R<usize> {
    if ks.len() > m.shape.len() {
        return type_error(format!("cannot index {}-dimension view with {}-element tuple", m.shape.len(), ks.len()));
    }
    let mut at = m.start;
    for (d, &k) in ks.iter().enumerate() {
        at = lookup(m, at, d, k)?;
    }
    Ok(at)
}

/// The layout of `m[s]`: the slice of the first dimension.
fn sliced(m: &MemoryViewObj, s: &SliceObj) -> R<Layout> {
    let (start, _stop, step, n) = crate::seq::slice_indices(s, m.shape[0])?;
    let mut l = Layout::of(m);
    if n > 0 {
        l.start = (m.start as isize + start * m.strides[0]) as usize;
    }
    l.shape[0] = n;
    l.strides[0] = m.strides[0] * step;
    Ok(l)
}

/// `m[k]`: an item, or a view of a slice.
pub fn getitem(v: Value, k: Value) -> R<Obj> {
    let m = live(v)?;
    let f = fmt_char(&m.format);
    if m.shape.is_empty() {
        if as_tuple(k).is_some_and(|t| t.items.is_empty()) {
            return Ok(unpack(f, &base(m)[m.start..]));
        }
        if k.ty().kind == Kind::Ellipsis {
            return Ok(v.to_owned());
        }
        return type_error("invalid indexing of 0-dim memory");
    }
    if is_index(k) {
        if m.shape.len() > 1 {
            return Err(raise(&NOT_IMPLEMENTED_ERROR, "multi-dimensional sub-views are not implemented"));
        }
        let p = lookup(m, m.start, 0, k)?;
        return Ok(unpack(f, &base(m)[p..]));
    }
    if let Some(s) = as_slice(k) {
        let l = sliced(m, s)?;
        return Ok(new_view(m.obj, l, m.readonly));
    }
    if k.ty().kind == Kind::Ellipsis {
        return Ok(new_view(m.obj, Layout::of(m), m.readonly));
    }
    if let Some(ks) = multi_index(k) {
        if ks.len() < m.shape.len() {
            return Err(raise(&NOT_IMPLEMENTED_ERROR, "sub-views are not implemented"));
        }
        let p = item_from_tuple(m, ks)?;
        return Ok(unpack(f, &base(m)[p..]));
    }
    if is_multi_slice(k) {
        return Err(raise(&NOT_IMPLEMENTED_ERROR, "multi-dimensional slicing is not implemented"));
    }
    type_error("memoryview: invalid slice key")
}

/// `m[k] = x`: writes through to the bytearray.
pub fn setitem(v: Value, k: Value, x: Value) -> R<()> {
    let m = live(v)?;
    if m.readonly {
        return type_error("cannot modify read-only memory");
    }
    if m.shape.is_empty() {
        if k.ty().kind == Kind::Ellipsis || as_tuple(k).is_some_and(|t| t.items.is_empty()) {
            return pack(&m.format, x, &mut base_mut(m)[m.start..]);
        }
        return type_error("invalid indexing of 0-dim memory");
    }
    if is_index(k) {
        if m.shape.len() > 1 {
            return Err(raise(&NOT_IMPLEMENTED_ERROR, "sub-views are not implemented"));
        }
        let p = lookup(m, m.start, 0, k)?;
        return pack(&m.format, x, &mut base_mut(m)[p..]);
    }
    if let (Some(s), 1) = (as_slice(k), m.shape.len()) {
        return assign_slice(m, s, x);
    }
    if let Some(ks) = multi_index(k) {
        if ks.len() < m.shape.len() {
            return Err(raise(&NOT_IMPLEMENTED_ERROR, "sub-views are not implemented"));
        }
        let p = item_from_tuple(m, ks)?;
        return pack(&m.format, x, &mut base_mut(m)[p..]);
    }
    if as_slice(k).is_some() || is_multi_slice(k) {
        return Err(raise(&NOT_IMPLEMENTED_ERROR, "memoryview slice assignments are currently restricted to ndim = 1"));
    }
    type_error("memoryview: invalid slice key")
}

/// `m[a:b] = src`: `src` must have the same format and shape as the slice.
fn assign_slice(m: &MemoryViewObj, s: &SliceObj, x: Value) -> R<()> {
    let (sfmt, sshape, src) = if !x.is_small() && x.ty().kind == Kind::MemoryView {
        let sm = live(x)?;
        (sm.format.to_string(), sm.shape.clone(), gather(sm, false).into_owned())
    } else {
        let b = crate::bytes::buffer_arg(x)?;
        ("B".to_string(), vec![b.len()], b)
    };
    let dest = sliced(m, s)?;
    let plain = |f: &str| f.strip_prefix('@').unwrap_or(f).to_string();
    if plain(&sfmt) != plain(&m.format) || sshape != dest.shape {
        return Err(raise(&VALUE_ERROR, "memoryview assignment: lvalue and rvalue have different structures"));
    }
    let out = base_mut(m);
    for (i, item) in src.chunks(m.itemsize.max(1)).enumerate() {
        let p = (dest.start as isize + i as isize * dest.strides[0]) as usize;
        out[p..p + item.len()].copy_from_slice(item);
    }
    Ok(())
}

/// The items iteration gives (CPython's errors for other than one dimension).
fn iterable(m: &MemoryViewObj) -> R<()> {
    match m.shape.len() {
        0 => type_error("invalid indexing of 0-dim memory"),
        1 => Ok(()),
        _ => Err(raise(&NOT_IMPLEMENTED_ERROR, "multi-dimensional sub-views are not implemented")),
    }
}

/// `x in m`: compares `x` with each item.
pub fn contains(v: Value, x: Value) -> R<bool> {
    let m = live(v)?;
    iterable(m)?;
    for item in items(m) {
        if ops::eq(item.v(), x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The state of an iterator over a one-dimensional view.
struct MemIter {
    view: Slot,
    idx: Cell<usize>,
}

impl NativeIter for MemIter {
    fn next(&self, _it: Value) -> R<Option<Obj>> {
        let Some(v) = self.view.owned() else { return Ok(None) };
        let m = live(v.v())?;
        let i = self.idx.get();
        if i >= m.shape[0] {
            self.view.set(None);
            return Ok(None);
        }
        self.idx.set(i + 1);
        let p = (m.start as isize + i as isize * m.strides[0]) as usize;
        Ok(Some(unpack(fmt_char(&m.format), &base(m)[p..])))
    }
    fn traverse(&self, visit: &mut dyn FnMut(Value)) {
        if !self.view.is_empty() {
            visit(self.view.get());
        }
    }
}

pub fn iter(v: Value) -> R<Obj> {
    iterable(live(v)?)?;
    Ok(native_iter::new(&MEMORY_ITER_TYPE, MemIter { view: Slot::new(Some(v.to_owned())), idx: Cell::new(0) }))
}

/// The data attributes of a view; `Ok(None)` for other names.
pub fn getattr(v: Value, name: &str) -> R<Option<Obj>> {
    if !DATA_ATTRS.contains(&name) {
        return Ok(None);
    }
    let m = live(v)?;
    let int = |n: i64| int_from_i64(n);
    let tuple = |xs: Vec<i64>| tuple_from(xs.into_iter().map(|n| int(n).into_raw()).collect());
    Ok(Some(match name {
        "obj" => m.obj.to_owned(),
        "readonly" => bool_obj(m.readonly),
        "format" => str_from(&*m.format),
        "itemsize" => int(m.itemsize as i64),
        "ndim" => int(m.shape.len() as i64),
        "nbytes" => int(nbytes(m) as i64),
        "shape" => tuple(m.shape.iter().map(|&n| n as i64).collect()),
        "strides" => tuple(m.strides.iter().map(|&n| n as i64).collect()),
        "suboffsets" => tuple_from(vec![]),
        "f_contiguous" => bool_obj(contiguous_in(m, true)),
        "c_contiguous" => bool_obj(contiguous_in(m, false)),
        _ => bool_obj(contiguous_in(m, false) || contiguous_in(m, true)),
    }))
}

/// The data attributes of `memoryview` (read-only).
pub const DATA_ATTRS: &[&str] =
    &["obj", "readonly", "format", "itemsize", "ndim", "nbytes", "shape", "strides", "suboffsets", "contiguous", "c_contiguous", "f_contiguous"];

/// The methods of `memoryview`.
pub const METHODS: &[&str] = &["tobytes", "tolist", "hex", "release", "toreadonly", "cast", "__enter__", "__exit__"];

fn no_args(a: &Args, name: &str) -> R<()> {
    a.no_kwargs(&format!("memoryview.{}", name))?;
    if !a.pos.is_empty() {
        return type_error(format!("memoryview.{}() takes no arguments ({} given)", name, a.pos.len()));
    }
    Ok(())
}

/// `tolist()`: nested lists of the items (the item itself for 0 dimensions).
fn tolist(m: &MemoryViewObj) -> Obj {
    let mut flat = items(m).into_iter();
    fn build(shape: &[usize], flat: &mut dyn Iterator<Item = Obj>) -> Obj {
        match shape.split_first() {
            None => flat.next().unwrap_or_else(none),
            Some((&n, rest)) => list_from((0..n).map(|_| build(rest, flat).into_raw()).collect()),
        }
    }
    build(&m.shape, &mut flat)
}

/// `cast(format[, shape])`.
fn cast(v: Value, a: &Args) -> R<Obj> {
    let b = a.bind("cast", &["format", "shape"], 1)?;
    let m = live(v)?;
    let fmt = b[0].unwrap();
    let shape = b[1];
    let Some(text) = as_str(fmt).map(|s| s.s.to_string()) else {
        return type_error(format!("cast() argument 'format' must be str, not {}", ops::type_name(fmt)));
    };
    if !contiguous_in(m, false) {
        return type_error("memoryview: casts are restricted to C-contiguous views");
    }
    if (shape.is_some() || m.shape.len() != 1) && (m.shape.contains(&0) || m.strides.contains(&0)) {
        return type_error("memoryview: cannot cast view with zeros in shape or strides");
    }
    let dims = match shape {
        None => None,
        Some(s) => {
            let items: Vec<Value> = match (as_tuple(s), s.ty().kind) {
                (Some(t), _) => t.items.to_vec(),
                (None, Kind::List) => as_list(s).map(|l| l.items.to_vec()).unwrap_or_default(),
                _ => return type_error("shape must be a list or a tuple"),
            };
            if items.len() > 64 {
                return Err(raise(&VALUE_ERROR, "memoryview: number of dimensions must not exceed 64"));
            }
            if m.shape.len() != 1 && items.len() != 1 {
                return type_error("memoryview: cast must be 1D -> ND or ND -> 1D");
            }
            Some(items)
        }
    };
    let Some(itemsize) = native_itemsize(&text) else {
        return Err(raise(&VALUE_ERROR, "memoryview: destination format must be a native single character format prefixed with an optional '@'"));
    };
    if !is_byte_format(&text) && !is_byte_format(&m.format) {
        return type_error("memoryview: cannot cast between two non-byte formats");
    }
    let total = nbytes(m);
    if total % itemsize != 0 {
        return type_error("memoryview: length is not a multiple of itemsize");
    }
    let mut l = Layout { start: m.start, format: text.into(), itemsize, shape: vec![total / itemsize], strides: vec![itemsize as isize] };
    if let Some(items) = dims {
        let mut shape = Vec::with_capacity(items.len());
        let mut product: usize = itemsize;
        for x in items {
            if !crate::num::is_int(x) {
                return type_error("memoryview.cast(): elements of shape must be integers");
            }
            match crate::seq::int_to_big(x).and_then(|b| num_traits::ToPrimitive::to_i64(&b)) {
                Some(n) if n > 0 => {
                    product = match product.checked_mul(n as usize) {
                        Some(p) if p <= isize::MAX as usize => p,
                        _ => return Err(raise(&VALUE_ERROR, "memoryview.cast(): product(shape) > SSIZE_MAX")),
                    };
                    shape.push(n as usize);
                }
                _ => return Err(raise(&VALUE_ERROR, "memoryview.cast(): elements of shape must be integers > 0")),
            }
        }
        if product != total {
            return type_error("memoryview: product(shape) * itemsize != buffer size");
        }
        let mut strides = vec![0isize; shape.len()];
        let mut s = itemsize as isize;
        for d in (0..shape.len()).rev() {
            strides[d] = s;
            s *= shape[d] as isize;
        }
        l.shape = shape;
        l.strides = strides;
    }
    Ok(new_view(m.obj, l, m.readonly))
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
            let mut fortran = false;
            if let Some(o) = b[0].filter(|o| !is_none(*o)) {
                match as_str(o).map(|s| &*s.s) {
                    Some("C") => {}
                    Some("F") => fortran = true,
                    Some("A") => fortran = {
                        let m = live(v)?;
                        contiguous_in(m, true) && !contiguous_in(m, false)
                    },
                    Some(_) => return Err(raise(&VALUE_ERROR, "order must be 'C', 'F' or 'A'")),
                    None => return type_error(format!("tobytes() argument 'order' must be str or None, not {}", ops::type_name(o))),
                }
            }
            crate::bytes::bytes_from(gather(live(v)?, fortran).into_owned())
        }
        "tolist" => {
            no_args(a, name)?;
            tolist(live(v)?)
        }
        "hex" => {
            let b = contents(v)?.into_owned();
            crate::bytes_methods::hex(&b, a)?
        }
        "toreadonly" => {
            no_args(a, name)?;
            let m = live(v)?;
            new_view(m.obj, Layout::of(m), true)
        }
        "cast" => cast(v, a)?,
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
            Kind::Bytes => Ok(new_view(o, Layout::bytes(crate::bytes::as_bytes(o).unwrap().len()), true)),
            Kind::ByteArray => Ok(new_view(o, Layout::bytes(crate::bytearray::data(o).len()), false)),
            Kind::MemoryView => {
                let m = live(o)?;
                Ok(new_view(m.obj, Layout::of(m), m.readonly))
            }
            _ => type_error(format!("memoryview: a bytes-like object is required, not '{}'", ops::type_name(o))),
        }
    })())
}
