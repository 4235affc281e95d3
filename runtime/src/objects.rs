//! The layouts of the builtin objects and their constructors.
//!
//! Each layout is `#[repr(C)]` and starts with a [`Header`]. Objects are allocated
//! with `Box` and freed by [`crate::types::dealloc`], which drops the box; a layout's
//! `Drop` releases the references it holds. Operations on these objects live in the
//! per-type modules (`num`, `strs`, `seq`, `dicts`, `sets`, `iter`).

use crate::table;
use crate::types::*;
use crate::value::{Header, Obj, Value};
use num_bigint::BigInt;
use std::cell::Cell;

/// The singletons.
#[repr(C)]
pub struct Singleton {
    pub head: Header,
}

/// `True` and `False`.
#[repr(C)]
pub struct BoolObj {
    pub head: Header,
    pub v: bool,
}

#[no_mangle]
pub static rt_None: Singleton = Singleton { head: Header::immortal(&NONE_TYPE) };
#[no_mangle]
pub static rt_NotImplemented: Singleton = Singleton { head: Header::immortal(&NOTIMPL_TYPE) };
/// What `exc.__traceback__` gives for a raised exception (krait keeps tracebacks as
/// text entries, not frame objects).
pub static TRACEBACK: Singleton = Singleton { head: Header::immortal(&TRACEBACK_TYPE) };
#[no_mangle]
pub static rt_Ellipsis: Singleton = Singleton { head: Header::immortal(&ELLIPSIS_TYPE) };
/// The address of the `function` type, read by the guard of compiled direct calls.
#[no_mangle]
pub static rt_function_type: &TypeObj = &FUNCTION_TYPE;
#[no_mangle]
pub static rt_True: BoolObj = BoolObj { head: Header::immortal(&BOOL_TYPE), v: true };
#[no_mangle]
pub static rt_False: BoolObj = BoolObj { head: Header::immortal(&BOOL_TYPE), v: false };

/// `None` as an owned reference.
#[inline]
pub fn none() -> Obj {
    Value::from_ptr(&rt_None).to_owned()
}
#[inline]
pub fn none_v() -> Value {
    Value::from_ptr(&rt_None)
}
#[inline]
pub fn not_implemented() -> Obj {
    Value::from_ptr(&rt_NotImplemented).to_owned()
}
/// `True` or `False` as an owned reference.
#[inline]
pub fn bool_obj(b: bool) -> Obj {
    bool_v(b).to_owned()
}
#[inline]
pub fn bool_v(b: bool) -> Value {
    if b {
        Value::from_ptr(&rt_True)
    } else {
        Value::from_ptr(&rt_False)
    }
}
#[inline]
pub fn is_none(v: Value) -> bool {
    v == none_v()
}

/// An int too large for a small int. Invariant: its value never fits a small int.
#[repr(C)]
pub struct IntObj {
    pub head: Header,
    pub v: BigInt,
}

#[repr(C)]
pub struct FloatObj {
    pub head: Header,
    pub v: f64,
}

/// A str: UTF-8 text plus its length in code points, so ASCII text indexes in O(1).
#[repr(C)]
pub struct StrObj {
    pub head: Header,
    /// Cached hash; 0 when not computed yet (a real hash of 0 is stored as 1... see strs::hash).
    pub hash: Cell<i64>,
    pub nchars: usize,
    pub s: Box<str>,
    /// For long non-ASCII text: the byte offset of every [`STR_INDEX_STEP`]th code point,
    /// built on the first index operation so `s[i]` does not scan from the start.
    pub index: std::cell::OnceCell<Box<[usize]>>,
}

/// The spacing of the code points a str's byte-offset index records.
pub const STR_INDEX_STEP: usize = 64;

impl StrObj {
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.nchars == self.s.len()
    }
    fn offsets(&self) -> &[usize] {
        self.index.get_or_init(|| {
            let mut v = Vec::with_capacity(self.nchars / STR_INDEX_STEP + 1);
            for (k, (b, _)) in self.s.char_indices().enumerate() {
                if k % STR_INDEX_STEP == 0 {
                    v.push(b);
                }
            }
            v.into_boxed_slice()
        })
    }
    /// The byte offset of code point `i` (the length of the text for `i >= nchars`).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            return i.min(self.s.len());
        }
        if i >= self.nchars {
            return self.s.len();
        }
        if self.nchars <= STR_INDEX_STEP {
            return self.s.char_indices().nth(i).map_or(self.s.len(), |(b, _)| b);
        }
        let base = self.offsets()[i / STR_INDEX_STEP];
        self.s[base..].char_indices().nth(i % STR_INDEX_STEP).map_or(self.s.len(), |(b, _)| base + b)
    }
    /// The code point index of byte offset `b` (a char boundary).
    pub fn char_index(&self, b: usize) -> usize {
        if self.is_ascii() {
            return b;
        }
        if self.nchars <= STR_INDEX_STEP {
            return self.s[..b].chars().count();
        }
        let offs = self.offsets();
        let k = offs.partition_point(|&x| x <= b) - 1;
        k * STR_INDEX_STEP + self.s[offs[k]..b].chars().count()
    }
}

#[repr(C)]
pub struct ListObj {
    pub head: Header,
    pub items: Vec<Value>,
}

#[repr(C)]
pub struct TupleObj {
    pub head: Header,
    pub items: Box<[Value]>,
}

/// A dict: CPython's compact, insertion-ordered layout (see `table`).
#[repr(C)]
pub struct DictObj {
    pub head: Header,
    pub table: table::Dict<Value, Value>,
    /// For a module's dict: the static slots compiled code reads its globals from,
    /// kept in step by every change (`module.rs`); null for other dicts.
    pub watch: *mut crate::module::Watch,
}

/// A set or frozenset: CPython's open-addressing layout, so iteration order matches.
#[repr(C)]
pub struct SetObj {
    pub head: Header,
    pub table: table::Set<Value>,
}

/// A range: start, stop and step are int values (small or big).
#[repr(C)]
pub struct RangeObj {
    pub head: Header,
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

#[repr(C)]
pub struct SliceObj {
    pub head: Header,
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// A compiled Python function: its static description, its generic entry point, its
/// default values, its closure and its attribute dict.
#[repr(C)]
pub struct FuncObj {
    /// Compiled code reads `entry` at word `krait_abi::FUNC_ENTRY_WORD`.
    pub head: Header,
    pub info: *const krait_abi::FuncInfo,
    /// `extern "C" fn(func, args, nargs, kwnames) -> Value`.
    pub entry: *const u8,
    /// A tuple of the defaults of the last positional parameters, or 0.
    pub defaults: Value,
    /// A dict of the defaults of keyword-only parameters, or 0.
    pub kwdefaults: Value,
    /// A tuple of cells, or 0.
    pub closure: Value,
    /// The function's `__dict__` (and overridden `__name__`, `__qualname__`, `__doc__`...), or 0.
    pub dict: Value,
}
const _: () = assert!(std::mem::offset_of!(FuncObj, entry) == krait_abi::FUNC_ENTRY_WORD * 8);

/// A cell: a variable shared between a function and the functions nested in it.
#[repr(C)]
pub struct CellObj {
    pub head: Header,
    /// The value, or 0 when the variable is unbound.
    pub v: Value,
}

impl Drop for CellObj {
    fn drop(&mut self) {
        self.v.decref();
    }
}

/// A builtin function, possibly bound to `self` (a method).
#[repr(C)]
pub struct BuiltinObj {
    pub head: Header,
    pub name: &'static str,
    pub f: BuiltinFn,
}

/// A method looked up on a builtin object but not called yet (`f = s.upper`):
/// calling it calls the method by name on `self_`. With `raw`, the builtin behaviour
/// of `self_`'s layout is called even when its class overrides the method (what
/// `super().__setitem__` and `list.append(obj, x)` reach).
#[repr(C)]
pub struct MethodObj {
    pub head: Header,
    pub self_: Value,
    pub name: Value,
    pub raw: bool,
}

impl Drop for MethodObj {
    fn drop(&mut self) {
        self.self_.decref();
        self.name.decref();
    }
}

/// A module: a name and its attributes.
#[repr(C)]
pub struct ModuleObj {
    pub head: Header,
    pub name: &'static str,
    pub attrs: Value,
}

/// The state of a builtin iterator; the header's type tells which kind it is.
pub enum IterState {
    /// Over a list, tuple or str by index (for str: a byte offset).
    Seq { seq: Value, idx: usize },
    /// Over a list backwards (`reversed(list)`), `idx` being one past the next item.
    Rev { seq: Value, idx: usize },
    /// Over a range of small ints.
    Range { cur: i64, stop: i64, step: i64 },
    /// Over a range with big bounds.
    BigRange { cur: BigInt, stop: BigInt, step: BigInt },
    /// Over a dict's keys, values or items (entry position, size at start, items
    /// still expected: CPython's `di_pos`, `di_used` and `len`).
    Dict { dict: Value, pos: usize, len: usize, left: usize },
    /// Over a dict backwards (`reversed(d)`): one past the next entry position, size at start.
    DictRev { dict: Value, pos: usize, len: usize },
    /// Over a set (slot position, size at start).
    Set { set: Value, pos: usize, len: usize },
    /// `enumerate(it, start)`.
    Enumerate { it: Value, count: Value },
    /// `zip(*its, strict=...)`.
    Zip { its: Vec<Value>, strict: bool },
    /// `iter(func, sentinel)`: calls `func()` until it returns `sentinel`.
    Callable { func: Value, sentinel: Value },
    /// The sequence protocol over `__getitem__` with 0, 1, 2...
    SeqProto { seq: Value, idx: i64 },
    /// `map(func, *its)`.
    Map { func: Value, its: Vec<Value> },
    /// `filter(func, it)` (func None: truth of the items).
    Filter { func: Value, it: Value },
    /// An iterator of a native module (`native_iter`).
    Native(Box<dyn crate::native_iter::NativeIter>),
    /// An iterator that is finished.
    Done,
}

#[repr(C)]
pub struct IterObj {
    pub head: Header,
    pub state: IterState,
}

/// A dict view (`keys()`, `values()`, `items()`); the header's type tells which.
#[repr(C)]
pub struct DictViewObj {
    pub head: Header,
    pub dict: Value,
}

// Releasing contents. Boxes are dropped by `types::dealloc`.

impl Drop for ListObj {
    fn drop(&mut self) {
        for v in self.items.drain(..) {
            v.decref();
        }
    }
}
impl Drop for TupleObj {
    fn drop(&mut self) {
        for v in self.items.iter() {
            v.decref();
        }
    }
}
impl Drop for DictObj {
    fn drop(&mut self) {
        for (k, v) in self.table.clear() {
            k.decref();
            v.decref();
        }
    }
}
impl Drop for SetObj {
    fn drop(&mut self) {
        for k in self.table.clear() {
            k.decref();
        }
    }
}
impl Drop for RangeObj {
    fn drop(&mut self) {
        self.start.decref();
        self.stop.decref();
        self.step.decref();
    }
}
impl Drop for SliceObj {
    fn drop(&mut self) {
        self.start.decref();
        self.stop.decref();
        self.step.decref();
    }
}
impl Drop for FuncObj {
    fn drop(&mut self) {
        self.defaults.decref();
        self.kwdefaults.decref();
        self.closure.decref();
        self.dict.decref();
    }
}
impl Drop for ModuleObj {
    fn drop(&mut self) {
        self.attrs.decref();
    }
}
impl Drop for DictViewObj {
    fn drop(&mut self) {
        self.dict.decref();
    }
}
impl Drop for IterObj {
    fn drop(&mut self) {
        release_iter_state(std::mem::replace(&mut self.state, IterState::Done));
    }
}

/// Releases the references an iterator's state holds.
pub fn release_iter_state(s: IterState) {
    {
        match s {
            IterState::Seq { seq, .. } | IterState::Rev { seq, .. } => seq.decref(),
            IterState::Dict { dict, .. } | IterState::DictRev { dict, .. } => dict.decref(),
            IterState::Set { set, .. } => set.decref(),
            IterState::Enumerate { it, count } => {
                it.decref();
                count.decref();
            }
            IterState::Zip { its, .. } => its.into_iter().for_each(|v| v.decref()),
            IterState::Callable { func, sentinel } => {
                func.decref();
                sentinel.decref();
            }
            IterState::SeqProto { seq, .. } => seq.decref(),
            IterState::Map { func, its } => {
                func.decref();
                its.into_iter().for_each(|v| v.decref());
            }
            IterState::Filter { func, it } => {
                func.decref();
                it.decref();
            }
            IterState::Native(n) => drop(n),
            IterState::Range { .. } | IterState::BigRange { .. } | IterState::Done => {}
        }
    }
}

// Constructors. Each returns a new reference.

/// An int from a machine integer.
#[inline]
pub fn int_from_i64(n: i64) -> Obj {
    if Value::fits_small(n) {
        unsafe { Value::small(n).owned() }
    } else {
        crate::gc::new_obj(IntObj { head: Header::new(&INT_TYPE), v: BigInt::from(n) })
    }
}

/// An int from a big integer, normalised to a small int when it fits.
pub fn int_from_big(v: BigInt) -> Obj {
    use num_traits::ToPrimitive;
    match v.to_i64() {
        Some(n) if Value::fits_small(n) => unsafe { Value::small(n).owned() },
        _ => crate::gc::new_obj(IntObj { head: Header::new(&INT_TYPE), v }),
    }
}

/// Freed float objects kept for reuse, as CPython's float free list: float arithmetic
/// makes and drops many short-lived floats.
struct FloatFreeList(std::cell::UnsafeCell<Vec<*mut FloatObj>>);
// Python code runs on one thread.
unsafe impl Sync for FloatFreeList {}
static FLOAT_FREE: FloatFreeList = FloatFreeList(std::cell::UnsafeCell::new(Vec::new()));
const FLOAT_FREE_MAX: usize = 100;

pub fn float(v: f64) -> Obj {
    let free = unsafe { &mut *FLOAT_FREE.0.get() };
    if let Some(p) = free.pop() {
        unsafe {
            p.write(FloatObj { head: Header::new(&FLOAT_TYPE), v });
        }
        return unsafe { Value::from_ptr(p).owned() };
    }
    crate::gc::new_obj(FloatObj { head: Header::new(&FLOAT_TYPE), v })
}

/// Frees a float whose count reached zero, keeping its memory for reuse.
pub unsafe fn float_dealloc(p: *mut FloatObj) {
    let free = &mut *FLOAT_FREE.0.get();
    if free.len() < FLOAT_FREE_MAX {
        free.push(p);
    } else {
        drop(Box::from_raw(p));
    }
}

pub fn str_from(s: impl Into<Box<str>>) -> Obj {
    let s: Box<str> = s.into();
    let nchars = s.chars().count();
    crate::gc::new_obj(StrObj { head: Header::new(&STR_TYPE), hash: Cell::new(0), nchars, s, index: Default::default() })
}

/// A list that takes ownership of `items`.
pub fn list_from(items: Vec<Value>) -> Obj {
    crate::gc::new_obj(ListObj { head: Header::new(&LIST_TYPE), items })
}

/// A tuple that takes ownership of `items`.
pub fn tuple_from(items: Vec<Value>) -> Obj {
    crate::gc::new_obj(TupleObj { head: Header::new(&TUPLE_TYPE), items: items.into_boxed_slice() })
}

pub fn dict_new() -> Obj {
    crate::gc::new_obj(DictObj { head: Header::new(&DICT_TYPE), table: table::Dict::new(), watch: std::ptr::null_mut() })
}

pub fn set_new(frozen: bool) -> Obj {
    let ty = if frozen { &FROZENSET_TYPE } else { &SET_TYPE };
    crate::gc::new_obj(SetObj { head: Header::new(ty), table: table::Set::new() })
}

pub fn iter_new(ty: &'static TypeObj, state: IterState) -> Obj {
    crate::gc::new_obj(IterObj { head: Header::new(ty), state })
}

pub fn builtin_fn(name: &'static str, f: BuiltinFn) -> Obj {
    crate::gc::new_obj(BuiltinObj { head: Header::new(&BUILTIN_TYPE), name, f })
}

// Checked views. Each returns the layout when the value has that exact kind.

macro_rules! view {
    ($fn:ident, $kind:ident, $t:ty) => {
        #[inline]
        pub fn $fn<'a>(v: Value) -> Option<&'a mut $t> {
            if !v.is_small() && !v.is_null() && v.ty().kind == Kind::$kind {
                Some(unsafe { v.as_mut::<$t>() })
            } else {
                None
            }
        }
    };
}
view!(as_float, Float, FloatObj);
view!(as_str, Str, StrObj);
view!(as_list, List, ListObj);
view!(as_tuple, Tuple, TupleObj);
view!(as_dict, Dict, DictObj);
view!(as_range, Range, RangeObj);
view!(as_slice, Slice, SliceObj);
view!(as_func, Function, FuncObj);
view!(as_cell, Cell, CellObj);
view!(as_builtin, Builtin, BuiltinObj);
view!(as_module, Module, ModuleObj);
view!(as_method, Method, MethodObj);
view!(as_iter, Iter, IterObj);
view!(as_dictview, DictView, DictViewObj);

/// A set or frozenset.
#[inline]
pub fn as_set<'a>(v: Value) -> Option<&'a mut SetObj> {
    if !v.is_small() && !v.is_null() && matches!(v.ty().kind, Kind::Set | Kind::FrozenSet) {
        Some(unsafe { v.as_mut::<SetObj>() })
    } else {
        None
    }
}

/// The big int inside a non-small int.
#[inline]
pub fn as_bigint<'a>(v: Value) -> Option<&'a BigInt> {
    if !v.is_small() && !v.is_null() && v.ty().kind == Kind::Int {
        Some(unsafe { &v.as_ref::<IntObj>().v })
    } else {
        None
    }
}

/// The text of a str value; the caller knows it is a str.
#[inline]
pub fn str_text<'a>(v: Value) -> &'a str {
    &as_str(v).expect("str_text on a non-str").s
}
