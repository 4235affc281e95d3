//! The `_struct` module (CPython's `Modules/_struct.c`): packing Python values into
//! C structs held in bytes and back, with every format character, the byte orders
//! and size modes (`@ = < > !`), native alignment, and CPython's `struct.error`
//! messages. `struct.py` re-exports it (`from _struct import *`).
//!
//! `Struct` is a native class (`krait_runtime::native_obj`) whose state is the
//! parsed format (`format.rs`); the module functions parse their format each call
//! (CPython caches the `Struct` objects, which `_clearcache` empties; the cache is not
//! observable). `iter_unpack` returns a native iterator, `_struct.unpack_iterator`.

mod format;

use crate::clinic::{check_positional, native_class, no_args, one_arg, rest, self_state, ssize, unpack_keywords};
use format::{pack_item, parse, unpack_item, Layout};
use krait_runtime::builtin;
use krait_runtime::call::Args;
use krait_runtime::exc::{raise, type_error};
use krait_runtime::native_iter::{self, NativeIter, Slot};
use krait_runtime::native_obj::NativeState;
use krait_runtime::objects::*;
use krait_runtime::types::{Kind, TypeObj, OVERFLOW_ERROR};
use krait_runtime::value::{abi, Obj, Value, R};
use krait_runtime::{bytes, ops};
use std::cell::{Cell, RefCell};

thread_local! {
    /// `struct.error`, made with the module.
    static ERROR: Cell<Option<&'static TypeObj>> = const { Cell::new(None) };
}

/// The `struct.error` class (the module is made before anything raises it).
fn struct_error() -> &'static TypeObj {
    ERROR.with(|e| e.get()).unwrap_or(&krait_runtime::types::EXCEPTION)
}

/// A parsed format and its text (`Struct.format`).
struct Compiled {
    layout: Layout,
    text: String,
}

/// The state of a `Struct`: `None` until `__init__` parses a format.
struct StructState(RefCell<Option<std::rc::Rc<Compiled>>>);

impl NativeState for StructState {}

fn new_state() -> Box<dyn NativeState> {
    Box::new(StructState(RefCell::new(None)))
}

/// Parses a format argument: a str (ASCII) or bytes.
fn compile(fmt: Value) -> R<Compiled> {
    let text = match fmt.ty().kind {
        Kind::Str => str_text(fmt).to_string(),
        Kind::Bytes => String::from_utf8_lossy(bytes::as_bytes(fmt).unwrap_or(&[])).into_owned(),
        _ => return type_error(format!("Struct() argument 1 must be a str or bytes object, not {}", ops::arg_type_name(fmt))),
    };
    if !text.is_ascii() {
        // A str format is encoded as ASCII: CPython's UnicodeEncodeError.
        bytes::encode(&text, "ascii", "strict")?;
    }
    Ok(Compiled { layout: parse(text.as_bytes())?, text })
}

/// The parsed format of a `Struct` method's `self`.
fn this(a: &Args, method: &str) -> R<std::rc::Rc<Compiled>> {
    let st = self_state::<StructState>(a, "_struct.Struct", method)?;
    let c = st.0.borrow().clone();
    match c {
        Some(c) => Ok(c),
        None => Ok(std::rc::Rc::new(Compiled { layout: parse(b"")?, text: String::new() })),
    }
}

/// `s_pack_internal`: the values packed into `out` (of the layout's size).
fn pack_values(c: &Compiled, vals: &[Value], out: &mut [u8]) -> R<()> {
    let mut vi = 0;
    for item in &c.layout.items {
        let v = vals[vi];
        vi += 1;
        let size = if matches!(item.code, b's' | b'p') { item.count } else { format_size(item.code, c.layout.native) };
        let dst = &mut out[item.offset..item.offset + size];
        if let Err(e) = pack_item(&c.layout, *item, v, dst) {
            // An int that overflows its C type is reported as a struct.error.
            if krait_runtime::seq::is_int(v) && krait_runtime::exc::current_is(&OVERFLOW_ERROR) {
                krait_runtime::exc::clear_current();
                return Err(raise(struct_error(), "int too large to convert"));
            }
            return Err(e);
        }
    }
    Ok(())
}

fn format_size(code: u8, native: bool) -> usize {
    match code {
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' if !native => 4,
        b'l' | b'L' | b'q' | b'Q' | b'd' | b'n' | b'N' | b'P' => 8,
        _ => 1,
    }
}

fn pack(c: &Compiled, vals: &[Value]) -> R<Obj> {
    if vals.len() != c.layout.len {
        return Err(raise(struct_error(), format!("pack expected {} items for packing (got {})", c.layout.len, vals.len())));
    }
    let mut out = vec![0u8; c.layout.size];
    pack_values(c, vals, &mut out)?;
    Ok(bytes::bytes_from(out))
}

fn unpack_at(c: &Compiled, data: &[u8]) -> Obj {
    let items = c.layout.items.iter().map(|it| unpack_item(&c.layout, *it, &data[it.offset..]).into_raw()).collect();
    tuple_from(items)
}

fn unpack(c: &Compiled, buf: Value) -> R<Obj> {
    let data = bytes::buffer_arg(buf)?;
    if data.len() != c.layout.size {
        return Err(raise(struct_error(), format!("unpack requires a buffer of {} bytes", c.layout.size)));
    }
    Ok(unpack_at(c, &data))
}

fn unpack_from(c: &Compiled, buf: Value, offset: Option<Value>) -> R<Obj> {
    let data = bytes::buffer_arg(buf)?;
    let mut off = match offset {
        Some(o) => ssize(o)?,
        None => 0,
    };
    let (size, len) = (c.layout.size as i64, data.len() as i64);
    if off < 0 {
        if off + len < 0 {
            return Err(raise(struct_error(), format!("offset {} out of range for {}-byte buffer", off, len)));
        }
        if off + size > 0 {
            return Err(raise(struct_error(), format!("not enough data to unpack {} bytes at offset {}", size, off)));
        }
        off += len;
    }
    if len - off < size {
        return Err(raise(struct_error(), format!("unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual buffer size is {})", size + off, size, off, len)));
    }
    Ok(unpack_at(c, &data[off as usize..]))
}

/// `pack_into(buffer, offset, *values)`: into a writable buffer.
fn pack_into(c: &Compiled, args: &[Value], fname: &str) -> R<Obj> {
    let n = c.layout.len;
    if args.len() != n + 2 {
        let msg = match args.len() {
            0 => "pack_into expected buffer argument".to_string(),
            1 => "pack_into expected offset argument".to_string(),
            k => format!("pack_into expected {} items for packing (got {})", n, k - 2),
        };
        let _ = fname;
        return Err(raise(struct_error(), msg));
    }
    let buf = args[0];
    let writable = match buf.ty().kind {
        Kind::ByteArray => true,
        Kind::MemoryView => !unsafe { buf.as_ref::<krait_runtime::memoryview::MemoryViewObj>() }.readonly,
        _ => false,
    };
    if !writable {
        return type_error(format!("argument must be read-write bytes-like object, not {}", ops::type_name(buf)));
    }
    let len = bytes::buffer_arg(buf)?.len() as i64;
    let mut off = ssize(args[1])?;
    let size = c.layout.size as i64;
    if off < 0 {
        if off + size > 0 {
            return Err(raise(struct_error(), format!("no space to pack {} bytes at offset {}", size, off)));
        }
        if off + len < 0 {
            return Err(raise(struct_error(), format!("offset {} out of range for {}-byte buffer", off, len)));
        }
        off += len;
    }
    if len - off < size {
        return Err(raise(struct_error(), format!("pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {} (actual buffer size is {})", size + off, size, off, len)));
    }
    let mut out = vec![0u8; c.layout.size];
    pack_values(c, &args[2..], &mut out)?;
    if buf.ty().kind == Kind::ByteArray {
        let b = unsafe { buf.as_mut::<krait_runtime::bytearray::ByteArrayObj>() };
        let off = off as usize;
        if b.b.len() >= off + out.len() {
            b.b[off..off + out.len()].copy_from_slice(&out);
        }
    } else {
        for (k, byte) in out.iter().enumerate() {
            let i = int_from_i64(off + k as i64);
            let v = int_from_i64(*byte as i64);
            ops::setitem(buf, i.v(), v.v())?;
        }
    }
    Ok(none())
}

/// `_struct.unpack_iterator`: the records of a buffer, one tuple each.
struct UnpackIter {
    compiled: std::rc::Rc<Compiled>,
    data: Vec<u8>,
    pos: Cell<usize>,
    /// Keeps the buffer object alive, as CPython's iterator holds its buffer.
    _buf: Slot,
}

pub static UNPACK_ITER_TYPE: TypeObj = TypeObj {
    head: krait_runtime::value::Header::immortal(&krait_runtime::types::TYPE_TYPE),
    name: "_struct.unpack_iterator",
    base: Some(&krait_runtime::types::OBJECT_TYPE),
    kind: Kind::Iter,
    call: None,
    heap: std::ptr::null_mut(),
};

impl NativeIter for UnpackIter {
    fn next(&self, _it: Value) -> R<Option<Obj>> {
        let (pos, size) = (self.pos.get(), self.compiled.layout.size);
        if pos + size > self.data.len() {
            return Ok(None);
        }
        self.pos.set(pos + size);
        Ok(Some(unpack_at(&self.compiled, &self.data[pos..])))
    }
    fn traverse(&self, visit: &mut dyn FnMut(Value)) {
        self._buf.visit(visit);
    }
    fn methods(&self) -> &'static [&'static str] {
        &["__length_hint__"]
    }
    fn call_method(&self, _it: Value, name: &str, args: &Args) -> R<Option<Obj>> {
        if name != "__length_hint__" {
            return Ok(None);
        }
        no_args(args, "__length_hint__")?;
        let left = (self.data.len() - self.pos.get().min(self.data.len())) / self.compiled.layout.size.max(1);
        Ok(Some(int_from_i64(left as i64)))
    }
}

fn iter_unpack(c: std::rc::Rc<Compiled>, buf: Value) -> R<Obj> {
    if c.layout.size == 0 {
        return Err(raise(struct_error(), "cannot iteratively unpack with a struct of length 0"));
    }
    let data = bytes::buffer_arg(buf)?;
    if data.len() % c.layout.size != 0 {
        return Err(raise(struct_error(), format!("iterative unpacking requires a buffer of a multiple of {} bytes", c.layout.size)));
    }
    let state = UnpackIter { compiled: c, data, pos: Cell::new(0), _buf: Slot::new(Some(buf.to_owned())) };
    Ok(native_iter::new(&UNPACK_ITER_TYPE, state))
}

// The Struct class.

builtin!(struct_init, |a| {
    let st = self_state::<StructState>(a, "_struct.Struct", "__init__")?;
    let b = unpack_keywords(&rest(a), "Struct", &["format"], 0, 1, 1)?;
    let c = compile(b[0].unwrap())?;
    *st.0.borrow_mut() = Some(std::rc::Rc::new(c));
    Ok(none())
});
builtin!(struct_pack, |a| {
    let c = this(a, "pack")?;
    let r = rest(a);
    crate::clinic::no_keywords(&r, "Struct.pack")?;
    pack(&c, r.pos)
});
builtin!(struct_unpack, |a| {
    let c = this(a, "unpack")?;
    unpack(&c, one_arg(&rest(a), "Struct.unpack")?)
});
builtin!(struct_unpack_from, |a| {
    let c = this(a, "unpack_from")?;
    let b = unpack_keywords(&rest(a), "unpack_from", &["buffer", "offset"], 0, 1, 2)?;
    unpack_from(&c, b[0].unwrap(), b[1])
});
builtin!(struct_pack_into, |a| {
    let c = this(a, "pack_into")?;
    let r = rest(a);
    crate::clinic::no_keywords(&r, "Struct.pack_into")?;
    pack_into(&c, r.pos, "pack_into")
});
builtin!(struct_iter_unpack, |a| {
    let c = this(a, "iter_unpack")?;
    iter_unpack(c, one_arg(&rest(a), "Struct.iter_unpack")?)
});
builtin!(struct_get_format, |a| {
    let c = this(a, "format")?;
    Ok(str_from(c.text.clone()))
});
builtin!(struct_get_size, |a| {
    let c = this(a, "size")?;
    Ok(int_from_i64(c.layout.size as i64))
});

// The module functions.

/// The format argument of a module function, as `Struct(format)` parses it.
fn fmt_arg(v: Value) -> R<std::rc::Rc<Compiled>> {
    Ok(std::rc::Rc::new(compile(v)?))
}

builtin!(mod_pack, |a| {
    crate::clinic::no_keywords(a, "_struct.pack")?;
    let Some((&f, vals)) = a.pos.split_first() else { return type_error("missing format argument") };
    pack(&*fmt_arg(f)?, vals)
});
builtin!(mod_pack_into, |a| {
    crate::clinic::no_keywords(a, "_struct.pack_into")?;
    let Some((&f, vals)) = a.pos.split_first() else { return type_error("missing format argument") };
    pack_into(&*fmt_arg(f)?, vals, "pack_into")
});
builtin!(mod_unpack, |a| {
    crate::clinic::no_keywords(a, "_struct.unpack")?;
    check_positional(a, "unpack", 2, 2)?;
    unpack(&*fmt_arg(a.pos[0])?, a.pos[1])
});
builtin!(mod_unpack_from, |a| {
    let b = unpack_keywords(a, "unpack_from", &["format", "buffer", "offset"], 1, 2, 3)?;
    unpack_from(&*fmt_arg(b[0].unwrap())?, b[1].unwrap(), b[2])
});
builtin!(mod_iter_unpack, |a| {
    crate::clinic::no_keywords(a, "_struct.iter_unpack")?;
    check_positional(a, "iter_unpack", 2, 2)?;
    iter_unpack(fmt_arg(a.pos[0])?, a.pos[1])
});
builtin!(mod_calcsize, |a| {
    let f = one_arg(a, "_struct.calcsize")?;
    Ok(int_from_i64(fmt_arg(f)?.layout.size as i64))
});
builtin!(mod_clearcache, |a| {
    crate::clinic::no_args(a, "_struct._clearcache")?;
    Ok(none())
});

fn make_module() -> R<Obj> {
    let ns = dict_new();
    krait_runtime::dicts::dict_set(ns.v(), str_from("__module__").v(), str_from("struct").v())?;
    let bases = tuple_from(vec![krait_runtime::types::EXCEPTION.as_value().to_owned().into_raw()]);
    let err = krait_runtime::class::new_class(&krait_runtime::types::TYPE_TYPE, str_from("error").v(), bases.v(), ns.v(), &Args::positional(&[]))?;
    let t: &'static TypeObj = unsafe { err.v().as_ref::<TypeObj>() };
    ERROR.with(|e| e.set(Some(t)));
    let prop = |f| -> R<Obj> {
        let g = builtin_fn("getter", f);
        krait_runtime::call::call(krait_runtime::class::PROPERTY_TYPE.as_value(), &Args::positional(&[g.v()]))
    };
    let m = krait_runtime::native_obj::method;
    let attrs = vec![
        ("__doc__", str_from("Struct(fmt) --> compiled struct object\n\n")),
        ("__init__", m("__init__", struct_init)),
        ("pack", m("pack", struct_pack)),
        ("pack_into", m("pack_into", struct_pack_into)),
        ("unpack", m("unpack", struct_unpack)),
        ("unpack_from", m("unpack_from", struct_unpack_from)),
        ("iter_unpack", m("iter_unpack", struct_iter_unpack)),
        ("format", prop(struct_get_format)?),
        ("size", prop(struct_get_size)?),
    ];
    let cls = native_class("_struct", "Struct", attrs, new_state)?;
    krait_runtime::sysmod::new_module(
        "_struct",
        vec![
            ("__doc__", str_from(DOC)),
            ("Struct", cls),
            ("_clearcache", builtin_fn("_clearcache", mod_clearcache)),
            ("calcsize", builtin_fn("calcsize", mod_calcsize)),
            ("error", err),
            ("iter_unpack", builtin_fn("iter_unpack", mod_iter_unpack)),
            ("pack", builtin_fn("pack", mod_pack)),
            ("pack_into", builtin_fn("pack_into", mod_pack_into)),
            ("unpack", builtin_fn("unpack", mod_unpack)),
            ("unpack_from", builtin_fn("unpack_from", mod_unpack_from)),
        ],
    )
}

/// `import _struct`.
#[no_mangle]
pub extern "C" fn krait_module__struct() -> Value {
    abi(make_module())
}

/// The module docstring (CPython's).
const DOC: &str = r#"Functions to convert between Python values and C structs.
Python bytes objects are used to hold the data representing the C struct
and also as format strings (explained below) to describe the layout of data
in the C struct.

The optional first format char indicates byte order, size and alignment:
  @: native order, size & alignment (default)
  =: native order, std. size & alignment
  <: little-endian, std. size & alignment
  >: big-endian, std. size & alignment
  !: same as >

The remaining chars indicate types of args and must match exactly;
these can be preceded by a decimal repeat count:
  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;
  ?: _Bool (requires C99; if not available, char is used instead)
  h:short; H:unsigned short; i:int; I:unsigned int;
  l:long; L:unsigned long; f:float; d:double; e:half-float.
Special cases (preceding decimal count indicates length):
  s:string (array of char); p: pascal string (with count byte).
Special cases (only available in native format):
  n:ssize_t; N:size_t;
  P:an integer type that is wide enough to hold a pointer.
Special case (not in native mode unless 'long long' in platform C):
  q:long long; Q:unsigned long long
Whitespace between formats is ignored.

The variable struct.error is an exception raised on errors.
"#;
