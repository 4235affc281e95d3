//! Type objects: the builtin types, the builtin exception hierarchy, and freeing.
//!
//! Every builtin type is an immortal static [`TypeObj`]. A type records its name, its
//! base (single inheritance is all builtins need; user classes with an MRO come with
//! classes), a [`Kind`] that the runtime dispatches on, and the function that runs when
//! the type is called (`int("3")`).

use crate::value::{Header, Value};

/// The signature of every builtin callable: positional arguments followed by keyword
/// values in `args`, `kwnames` a tuple of the keyword names or 0. Returns a new
/// reference, or 0 after raising.
pub type BuiltinFn = unsafe extern "C" fn(args: *const Value, nargs: i64, kwnames: Value) -> Value;

/// What the runtime needs to know to dispatch on a builtin type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Object,
    Type,
    NoneType,
    NotImplementedType,
    Ellipsis,
    Int,
    Bool,
    Float,
    Str,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    Builtin,
    Method,
    Module,
    Exception,
    Iter,
    DictView,
    Cell,
    /// An instance of a class defined in Python whose layout is plain `object`'s.
    Instance,
    /// A function bound to an object (`obj.method`).
    BoundMethod,
    /// `staticmethod`, `classmethod`, `property`, `super` objects.
    Descriptor,
    Generator,
    Bytes,
    /// Coroutines and async generators (the generator layout, `coro.rs`).
    Coroutine,
    /// The awaitables of `coro.rs` (`coroutine_wrapper`, `async_generator_asend`...).
    Awaitable,
    /// `weakref.ref` objects.
    WeakRef,
    Complex,
    ByteArray,
    MemoryView,
    /// An instance of a native class with state (`native_obj`); always a heap class.
    Native,
}

/// A type object.
#[repr(C)]
pub struct TypeObj {
    pub head: Header,
    pub name: &'static str,
    pub base: Option<&'static TypeObj>,
    pub kind: Kind,
    /// Called when the type itself is called (its constructor).
    pub call: Option<BuiltinFn>,
    /// For classes defined in Python: their dict, bases and MRO (null for builtins).
    pub heap: *mut crate::class::ClassData,
}

unsafe impl Sync for TypeObj {}

impl TypeObj {
    /// Is `self` the same type as `other` or derived from it?
    pub fn is_subtype(&self, other: &TypeObj) -> bool {
        if !self.heap.is_null() {
            return unsafe { &*self.heap }.mro.iter().any(|t| std::ptr::eq(*t, other));
        }
        let mut t: Option<&TypeObj> = Some(self);
        while let Some(x) = t {
            if std::ptr::eq(x, other) {
                return true;
            }
            t = x.base;
        }
        // `ExceptionGroup` has a second base, `Exception`.
        std::ptr::eq(self, &EXCEPTION_GROUP) && EXCEPTION.is_subtype(other)
    }
    /// The type as a value (type objects are immortal).
    pub fn as_value(&'static self) -> Value {
        Value::from_ptr(self as *const TypeObj)
    }
}

macro_rules! builtin_type {
    ($id:ident, $name:expr, $base:expr, $kind:ident, $call:expr) => {
        pub static $id: TypeObj = TypeObj {
            head: Header::immortal(&TYPE_TYPE),
            name: $name,
            base: $base,
            kind: Kind::$kind,
            call: $call,
            heap: std::ptr::null_mut(),
        };
    };
}

builtin_type!(TYPE_TYPE, "type", Some(&OBJECT_TYPE), Type, Some(crate::builtins::type_new));
builtin_type!(OBJECT_TYPE, "object", None, Object, Some(crate::builtins::object_new));
builtin_type!(NONE_TYPE, "NoneType", Some(&OBJECT_TYPE), NoneType, Some(crate::builtins::none_new));
builtin_type!(NOTIMPL_TYPE, "NotImplementedType", Some(&OBJECT_TYPE), NotImplementedType, None);
builtin_type!(ELLIPSIS_TYPE, "ellipsis", Some(&OBJECT_TYPE), Ellipsis, None);
builtin_type!(INT_TYPE, "int", Some(&OBJECT_TYPE), Int, Some(crate::builtins::int_new));
builtin_type!(BOOL_TYPE, "bool", Some(&INT_TYPE), Bool, Some(crate::builtins::bool_new));
builtin_type!(FLOAT_TYPE, "float", Some(&OBJECT_TYPE), Float, Some(crate::builtins::float_new));
builtin_type!(STR_TYPE, "str", Some(&OBJECT_TYPE), Str, Some(crate::builtins::str_new));
builtin_type!(LIST_TYPE, "list", Some(&OBJECT_TYPE), List, Some(crate::builtins::list_new));
builtin_type!(TUPLE_TYPE, "tuple", Some(&OBJECT_TYPE), Tuple, Some(crate::builtins::tuple_new));
builtin_type!(DICT_TYPE, "dict", Some(&OBJECT_TYPE), Dict, Some(crate::builtins::dict_new));
builtin_type!(SET_TYPE, "set", Some(&OBJECT_TYPE), Set, Some(crate::builtins::set_new));
builtin_type!(FROZENSET_TYPE, "frozenset", Some(&OBJECT_TYPE), FrozenSet, Some(crate::builtins::frozenset_new));
builtin_type!(RANGE_TYPE, "range", Some(&OBJECT_TYPE), Range, Some(crate::builtins::range_new));
builtin_type!(SLICE_TYPE, "slice", Some(&OBJECT_TYPE), Slice, Some(crate::builtins::slice_new));
builtin_type!(FUNCTION_TYPE, "function", Some(&OBJECT_TYPE), Function, None);
builtin_type!(BUILTIN_TYPE, "builtin_function_or_method", Some(&OBJECT_TYPE), Builtin, None);
builtin_type!(METHOD_TYPE, "builtin_function_or_method", Some(&OBJECT_TYPE), Method, None);
builtin_type!(METHOD_DESCR_TYPE, "method_descriptor", Some(&OBJECT_TYPE), Method, None);
// A slot of a builtin type looked up on the type (`object.__init__`) and bound to an
// instance (`object().__str__`).
builtin_type!(WRAPPER_DESCR_TYPE, "wrapper_descriptor", Some(&OBJECT_TYPE), Method, None);
builtin_type!(METHOD_WRAPPER_TYPE, "method-wrapper", Some(&OBJECT_TYPE), Method, None);
builtin_type!(MODULE_TYPE, "module", Some(&OBJECT_TYPE), Module, Some(crate::module::module_call));
builtin_type!(CELL_TYPE, "cell", Some(&OBJECT_TYPE), Cell, None);
builtin_type!(BYTES_TYPE, "bytes", Some(&OBJECT_TYPE), Bytes, Some(crate::bytes::bytes_new));
builtin_type!(BYTES_ITER_TYPE, "bytes_iterator", Some(&OBJECT_TYPE), Iter, None);
builtin_type!(COMPLEX_TYPE, "complex", Some(&OBJECT_TYPE), Complex, Some(crate::complex::complex_new));
builtin_type!(BYTEARRAY_TYPE, "bytearray", Some(&OBJECT_TYPE), ByteArray, Some(crate::bytearray::bytearray_new));
builtin_type!(BYTEARRAY_ITER_TYPE, "bytearray_iterator", Some(&OBJECT_TYPE), Iter, None);
builtin_type!(MEMORYVIEW_TYPE, "memoryview", Some(&OBJECT_TYPE), MemoryView, Some(crate::memoryview::memoryview_new));
builtin_type!(TRACEBACK_TYPE, "traceback", Some(&OBJECT_TYPE), Object, None);
builtin_type!(GENERATOR_TYPE, "generator", Some(&OBJECT_TYPE), Generator, None);
builtin_type!(BOUND_METHOD_TYPE, "method", Some(&OBJECT_TYPE), BoundMethod, Some(crate::builtins::method_new));
builtin_type!(LIST_ITER_TYPE, "list_iterator", Some(&OBJECT_TYPE), Iter, None);
builtin_type!(LIST_REVITER_TYPE, "list_reverseiterator", Some(&OBJECT_TYPE), Iter, None);
builtin_type!(TUPLE_ITER_TYPE, "tuple_iterator", Some(&OBJECT_TYPE), Iter, None);
builtin_type!(RANGE_ITER_TYPE, "range_iterator", Some(&OBJECT_TYPE), Iter, None);
builtin_type!(STR_ITER_TYPE, "str_iterator", Some(&OBJECT_TYPE), Iter, None);
builtin_type!(DICT_KEYITER_TYPE, "dict_keyiterator", Some(&OBJECT_TYPE), Iter, None);
builtin_type!(DICT_VALUEITER_TYPE, "dict_valueiterator", Some(&OBJECT_TYPE), Iter, None);
builtin_type!(DICT_ITEMITER_TYPE, "dict_itemiterator", Some(&OBJECT_TYPE), Iter, None);
builtin_type!(DICT_REVKEYITER_TYPE, "dict_reversekeyiterator", Some(&OBJECT_TYPE), Iter, None);
builtin_type!(DICT_REVVALUEITER_TYPE, "dict_reversevalueiterator", Some(&OBJECT_TYPE), Iter, None);
builtin_type!(DICT_REVITEMITER_TYPE, "dict_reverseitemiterator", Some(&OBJECT_TYPE), Iter, None);
builtin_type!(STR_ASCII_ITER_TYPE, "str_ascii_iterator", Some(&OBJECT_TYPE), Iter, None);
builtin_type!(LONGRANGE_ITER_TYPE, "longrange_iterator", Some(&OBJECT_TYPE), Iter, None);
builtin_type!(SET_ITER_TYPE, "set_iterator", Some(&OBJECT_TYPE), Iter, None);
builtin_type!(CALLABLE_ITER_TYPE, "callable_iterator", Some(&OBJECT_TYPE), Iter, None);
builtin_type!(SEQ_ITER_TYPE, "iterator", Some(&OBJECT_TYPE), Iter, None);
builtin_type!(MAP_TYPE, "map", Some(&OBJECT_TYPE), Iter, Some(crate::iter::map_new));
builtin_type!(FILTER_TYPE, "filter", Some(&OBJECT_TYPE), Iter, Some(crate::iter::filter_new));
builtin_type!(ENUMERATE_TYPE, "enumerate", Some(&OBJECT_TYPE), Iter, Some(crate::builtins::enumerate_new));
builtin_type!(ZIP_TYPE, "zip", Some(&OBJECT_TYPE), Iter, Some(crate::builtins::zip_new));
builtin_type!(REVERSED_TYPE, "reversed", Some(&OBJECT_TYPE), Iter, Some(crate::builtins::reversed_new));
builtin_type!(DICT_KEYS_TYPE, "dict_keys", Some(&OBJECT_TYPE), DictView, None);
builtin_type!(DICT_VALUES_TYPE, "dict_values", Some(&OBJECT_TYPE), DictView, None);
builtin_type!(DICT_ITEMS_TYPE, "dict_items", Some(&OBJECT_TYPE), DictView, None);

macro_rules! exception_types {
    ($($id:ident = $name:literal : $base:ident;)*) => {
        $(builtin_type!($id, $name, Some(&$base), Exception, Some(crate::exc::exception_new));)*
        /// Every builtin exception class, for name lookup.
        pub static EXCEPTION_TYPES: &[&TypeObj] = &[$(&$id),*];
    };
}

builtin_type!(BASE_EXCEPTION, "BaseException", Some(&OBJECT_TYPE), Exception, Some(crate::exc::exception_new));
exception_types! {
    SYSTEM_EXIT = "SystemExit": BASE_EXCEPTION;
    KEYBOARD_INTERRUPT = "KeyboardInterrupt": BASE_EXCEPTION;
    GENERATOR_EXIT = "GeneratorExit": BASE_EXCEPTION;
    EXCEPTION = "Exception": BASE_EXCEPTION;
    STOP_ITERATION = "StopIteration": EXCEPTION;
    STOP_ASYNC_ITERATION = "StopAsyncIteration": EXCEPTION;
    ARITHMETIC_ERROR = "ArithmeticError": EXCEPTION;
    FLOATING_POINT_ERROR = "FloatingPointError": ARITHMETIC_ERROR;
    OVERFLOW_ERROR = "OverflowError": ARITHMETIC_ERROR;
    ZERO_DIVISION_ERROR = "ZeroDivisionError": ARITHMETIC_ERROR;
    ASSERTION_ERROR = "AssertionError": EXCEPTION;
    ATTRIBUTE_ERROR = "AttributeError": EXCEPTION;
    BUFFER_ERROR = "BufferError": EXCEPTION;
    EOF_ERROR = "EOFError": EXCEPTION;
    IMPORT_ERROR = "ImportError": EXCEPTION;
    MODULE_NOT_FOUND_ERROR = "ModuleNotFoundError": IMPORT_ERROR;
    LOOKUP_ERROR = "LookupError": EXCEPTION;
    INDEX_ERROR = "IndexError": LOOKUP_ERROR;
    KEY_ERROR = "KeyError": LOOKUP_ERROR;
    MEMORY_ERROR = "MemoryError": EXCEPTION;
    NAME_ERROR = "NameError": EXCEPTION;
    UNBOUND_LOCAL_ERROR = "UnboundLocalError": NAME_ERROR;
    OS_ERROR = "OSError": EXCEPTION;
    FILE_NOT_FOUND_ERROR = "FileNotFoundError": OS_ERROR;
    FILE_EXISTS_ERROR = "FileExistsError": OS_ERROR;
    PERMISSION_ERROR = "PermissionError": OS_ERROR;
    IS_A_DIRECTORY_ERROR = "IsADirectoryError": OS_ERROR;
    NOT_A_DIRECTORY_ERROR = "NotADirectoryError": OS_ERROR;
    REFERENCE_ERROR = "ReferenceError": EXCEPTION;
    RUNTIME_ERROR = "RuntimeError": EXCEPTION;
    NOT_IMPLEMENTED_ERROR = "NotImplementedError": RUNTIME_ERROR;
    RECURSION_ERROR = "RecursionError": RUNTIME_ERROR;
    SYNTAX_ERROR = "SyntaxError": EXCEPTION;
    SYSTEM_ERROR = "SystemError": EXCEPTION;
    TYPE_ERROR = "TypeError": EXCEPTION;
    VALUE_ERROR = "ValueError": EXCEPTION;
    UNICODE_ERROR = "UnicodeError": VALUE_ERROR;
    UNICODE_DECODE_ERROR = "UnicodeDecodeError": UNICODE_ERROR;
    UNICODE_ENCODE_ERROR = "UnicodeEncodeError": UNICODE_ERROR;
    WARNING = "Warning": EXCEPTION;
    USER_WARNING = "UserWarning": WARNING;
    DEPRECATION_WARNING = "DeprecationWarning": WARNING;
    RUNTIME_WARNING = "RuntimeWarning": WARNING;
    CONNECTION_ERROR = "ConnectionError": OS_ERROR;
    BROKEN_PIPE_ERROR = "BrokenPipeError": CONNECTION_ERROR;
    CONNECTION_ABORTED_ERROR = "ConnectionAbortedError": CONNECTION_ERROR;
    CONNECTION_REFUSED_ERROR = "ConnectionRefusedError": CONNECTION_ERROR;
    CONNECTION_RESET_ERROR = "ConnectionResetError": CONNECTION_ERROR;
    TIMEOUT_ERROR = "TimeoutError": OS_ERROR;
    INTERRUPTED_ERROR = "InterruptedError": OS_ERROR;
    CHILD_PROCESS_ERROR = "ChildProcessError": OS_ERROR;
    PROCESS_LOOKUP_ERROR = "ProcessLookupError": OS_ERROR;
    BLOCKING_IO_ERROR = "BlockingIOError": OS_ERROR;
    INDENTATION_ERROR = "IndentationError": SYNTAX_ERROR;
    TAB_ERROR = "TabError": INDENTATION_ERROR;
    UNICODE_TRANSLATE_ERROR = "UnicodeTranslateError": UNICODE_ERROR;
    FUTURE_WARNING = "FutureWarning": WARNING;
    PENDING_DEPRECATION_WARNING = "PendingDeprecationWarning": WARNING;
    SYNTAX_WARNING = "SyntaxWarning": WARNING;
    IMPORT_WARNING = "ImportWarning": WARNING;
    UNICODE_WARNING = "UnicodeWarning": WARNING;
    BYTES_WARNING = "BytesWarning": WARNING;
    RESOURCE_WARNING = "ResourceWarning": WARNING;
    ENCODING_WARNING = "EncodingWarning": WARNING;
    BASE_EXCEPTION_GROUP = "BaseExceptionGroup": BASE_EXCEPTION;
    EXCEPTION_GROUP = "ExceptionGroup": BASE_EXCEPTION_GROUP;
}

/// Frees an object whose reference count reached zero, releasing what it holds.
pub unsafe fn dealloc(v: Value) {
    use crate::objects::*;
    let ty = v.ty();
    let p = v.0 as *mut u8;
    // The hottest case first: a float of the builtin type (no head, no finalizer).
    if std::ptr::eq(ty, &FLOAT_TYPE) {
        return float_dealloc(p as *mut FloatObj);
    }
    if !crate::gc::is_gc_type(ty) {
        return dealloc_plain(v, ty, p);
    }
    // A container being freed leaves its generation first: code run from here
    // (`__del__`, weak reference callbacks) may start a collection, which must not
    // find it.
    crate::gc::untrack(v);
    if !ty.heap.is_null() && ty.kind != Kind::Type {
        if !crate::class::call_del(v) {
            // Resurrected by `__del__`.
            crate::gc::track(v);
            return;
        }
        if crate::gc::has_weakrefs(v) {
            crate::weakref::clear_refs(v, |_| true);
        }
    } else if crate::gc::has_weakrefs(v) {
        crate::weakref::clear_refs(v, |_| true);
    }
    match ty.kind {
        _ if !ty.heap.is_null() && !matches!(ty.kind, Kind::Instance) => {
            crate::class::drop_extra(v);
            // The builtin layout frees the rest.
            match ty.kind {
                Kind::List => crate::gc::free::<ListObj>(p),
                Kind::Dict => crate::gc::free::<DictObj>(p),
                Kind::Set | Kind::FrozenSet => crate::gc::free::<SetObj>(p),
                Kind::Exception => crate::gc::free::<crate::exc::ExcObj>(p),
                Kind::Int => crate::gc::free::<IntObj>(p),
                Kind::Float => crate::gc::free::<FloatObj>(p),
                Kind::Str => crate::gc::free::<StrObj>(p),
                Kind::Tuple => crate::gc::free::<TupleObj>(p),
                Kind::Native => crate::gc::free::<crate::native_obj::NativeObj>(p),
                Kind::WeakRef => crate::weakref::dealloc(v),
                Kind::Object => {
                    crate::generic::dealloc(v);
                }
                _ => {}
            }
        }
        Kind::List => crate::gc::free::<ListObj>(p),
        Kind::Tuple => crate::gc::free::<TupleObj>(p),
        Kind::Dict => crate::gc::free::<DictObj>(p),
        Kind::Set | Kind::FrozenSet => crate::gc::free::<SetObj>(p),
        Kind::Function => crate::gc::free::<FuncObj>(p),
        Kind::Cell => crate::gc::free::<CellObj>(p),
        Kind::Generator | Kind::Coroutine => crate::gen::dealloc(v),
        Kind::Instance | Kind::BoundMethod | Kind::Descriptor => crate::class::dealloc(v),
        Kind::Method => crate::gc::free::<MethodObj>(p),
        Kind::Exception => crate::gc::free::<crate::exc::ExcObj>(p),
        Kind::Iter => crate::gc::free::<IterObj>(p),
        Kind::DictView => crate::gc::free::<DictViewObj>(p),
        Kind::WeakRef => crate::weakref::dealloc(v),
        _ => dealloc_plain(v, ty, p),
    }
}

/// Frees an object without a collector head: no weak references, no finalizer.
unsafe fn dealloc_plain(v: Value, ty: &'static TypeObj, p: *mut u8) {
    use crate::objects::*;
    match ty.kind {
        Kind::Int => crate::gc::free::<IntObj>(p),
        Kind::Float => float_dealloc(p as *mut FloatObj),
        Kind::Str => crate::gc::free::<StrObj>(p),
        Kind::Range => crate::gc::free::<RangeObj>(p),
        Kind::Slice => crate::gc::free::<SliceObj>(p),
        Kind::Awaitable => crate::coro::dealloc(v),
        Kind::Bytes => crate::gc::free::<crate::bytes::BytesObj>(p),
        Kind::Complex => crate::gc::free::<crate::complex::ComplexObj>(p),
        Kind::ByteArray => crate::gc::free::<crate::bytearray::ByteArrayObj>(p),
        Kind::MemoryView => crate::gc::free::<crate::memoryview::MemoryViewObj>(p),
        Kind::Builtin => crate::gc::free::<BuiltinObj>(p),
        Kind::Module => crate::gc::free::<ModuleObj>(p),
        // `object()` instances; other objects of this kind are immortal statics.
        Kind::Object if std::ptr::eq(ty, &OBJECT_TYPE) => crate::gc::free::<Singleton>(p),
        Kind::Object if crate::generic::dealloc(v) => {}
        Kind::Object if crate::traceback::dealloc(v) => {}
        // Singletons, bools and type objects are immortal statics and never get here;
        // the layouts with a collector head are freed by `dealloc`.
        _ => {}
    }
}
