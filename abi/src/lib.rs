//! The one table of runtime entry points, shared by the code generator and the runtime.
//!
//! Every function that compiled code may call in the runtime is listed once, in
//! `runtime_entries!`, with its parameter types, its return type and how it reports a
//! raised exception. The compiler expands the table into [`ENTRIES`] to declare the
//! functions in LLVM; the runtime expands it into compile-time checks that each
//! `#[no_mangle] extern "C"` function it defines has exactly the listed signature.
//! Adding an entry point therefore means adding one line here and one function in the
//! runtime; a mismatch is a build error, not a crash.
//!
//! Types: `V` is a Python value (a tagged machine word: a small int or an object
//! pointer, 0 meaning "no value"); `I64`, `I32` and `F64` are machine numbers; `P` is
//! a raw pointer (`PV`: to values, `PVM`: to values written by the callee); `Void` is no result.
//!
//! Failure kinds: `Never` cannot raise; `Null` returns 0 after raising; `Neg` returns a
//! negative `I32` after raising; `Always` always raises.

#![no_std]

/// A machine-level type in an entry point's signature.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ty {
    V,
    I64,
    I32,
    F64,
    P,
    /// A pointer to an array of values (`*const Value`).
    PV,
    /// A pointer to values the callee writes (`*mut Value`).
    PVM,
    Void,
}

/// How an entry point reports that it raised a Python exception.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fail {
    Never,
    Null,
    Neg,
    Always,
}

/// One runtime entry point.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    pub name: &'static str,
    pub params: &'static [Ty],
    pub ret: Ty,
    pub fail: Fail,
}

/// The table itself. `$m` is invoked with one `name(params) -> ret, fail;` line per entry.
#[macro_export]
macro_rules! runtime_entries {
    ($m:ident) => {
        $m! {
            // Memory.
            rt_dealloc(V) -> Void, Never;
            // Constants, created once at module initialisation and made immortal.
            rt_const_str(P, I64) -> V, Null;
            rt_const_int(P, I64) -> V, Null;
            rt_const_float(F64) -> V, Null;
            rt_const_bytes(P, I64) -> V, Null;
            rt_const_complex(F64, F64) -> V, Null;
            rt_builtin(P, I64) -> V, Null;
            // Operators. The operator codes are listed in `BinOp`, `UnaryOp` and `CmpOp`.
            rt_binary(I32, V, V) -> V, Null;
            rt_inplace(I32, V, V) -> V, Null;
            rt_unary(I32, V) -> V, Null;
            rt_compare(I32, V, V) -> V, Null;
            rt_compare_bool(I32, V, V) -> I32, Neg;
            rt_is_true(V) -> I32, Neg;
            rt_not(V) -> V, Null;
            rt_contains(V, V) -> I32, Neg;
            rt_int_overflow(I32, I64, I64) -> V, Null;
            // Subscripts and attributes.
            rt_getitem(V, V) -> V, Null;
            rt_setitem(V, V, V) -> I32, Neg;
            rt_delitem(V, V) -> I32, Neg;
            rt_slice_new(V, V, V) -> V, Null;
            rt_getattr(V, V) -> V, Null;
            rt_setattr(V, V, V) -> I32, Neg;
            // Calls: positional arguments then keyword values in `args`; `kwnames` is 0 or a tuple of str.
            rt_call(V, PV, I64, V) -> V, Null;
            rt_call_method(V, V, PV, I64, V) -> V, Null;
            // Function info, entry, positional defaults (tuple or 0), keyword-only defaults
            // (dict or 0), closure (tuple of cells or 0).
            rt_make_function(P, P, V, V, V) -> V, Null;
            // `f(*args, **kwargs)`: callee, argument tuple, keyword dict or 0.
            rt_call_ex(V, V, V) -> V, Null;
            // Cells of closures: a new cell taking the value (0: empty); cell `k` of a
            // function's closure (a new reference); read (raising, with the variable's name
            // and 1 for a free variable, 0 for a local); write (taking the value); delete.
            rt_cell_new(V) -> V, Never;
            rt_func_cell(V, I64) -> V, Never;
            rt_cell_get(V, P, I32) -> V, Null;
            rt_cell_set(V, V) -> Void, Never;
            rt_cell_del(V, P, I32) -> I32, Neg;
            // A class body's name lookup: namespace, name, the module global's slot; then builtins.
            rt_ns_load(V, V, P) -> V, Null;
            // Building displays and argument lists.
            rt_list_append(V, V) -> I32, Neg;
            // Extends a list by an iterable; with the callee (not 0), for `f(*it)` messages.
            rt_list_extend(V, V, V) -> I32, Neg;
            rt_set_add(V, V) -> I32, Neg;
            rt_set_update(V, V) -> I32, Neg;
            rt_dict_set(V, V, V) -> I32, Neg;
            // Merges a mapping into a dict; with the callee (not 0), as `f(**m)` does.
            rt_dict_merge(V, V, V) -> I32, Neg;
            rt_list_to_tuple(V) -> V, Never;
            rt_unpack_ex(V, I64, I64) -> V, Null;
            rt_delattr(V, V) -> I32, Neg;
            rt_decref(V) -> Void, Never;
            // Generators: a new generator for a function call (function, number of locals,
            // resume function, 0 generator / 1 coroutine / 2 async generator); its frame
            // (the locals, then the state slot); the value a `return` in the generator
            // gives (taken); one step of `yield from` (1: a value to yield in *out, 0:
            // finished with the return value in *out).
            rt_gen_new(V, I64, P, I64) -> V, Null;
            rt_gen_frame(V) -> P, Never;
            rt_gen_return(V, V) -> Void, Never;
            rt_yf_send(V, V, PVM) -> I32, Neg;
            // An exception thrown into `yield from`: passed to the inner iterator (1: it
            // yielded *out, 0: it finished with *out, -1: raised).
            rt_yf_throw(V, PVM) -> I32, Neg;
            rt_bind_args(V, PV, I64, V, PVM) -> I32, Neg;
            // Displays.
            rt_build_list(PV, I64) -> V, Null;
            rt_build_tuple(PV, I64) -> V, Null;
            rt_build_dict(PV, I64) -> V, Null;
            rt_build_set(PV, I64) -> V, Null;
            // A set display of three or more constants, in the order CPython's folded frozenset gives.
            rt_build_const_set(PV, I64) -> V, Null;
            rt_build_str(PV, I64) -> V, Null;
            rt_format(V, V, I32) -> V, Null;
            // Iteration and unpacking.
            rt_get_iter(V) -> V, Null;
            rt_iter_next(V, PVM) -> I32, Neg;
            rt_unpack(V, I64) -> V, Null;
            rt_tuple_item(V, I64) -> V, Never;
            // Exceptions.
            rt_raise(V, V) -> Void, Always;
            rt_reraise(V) -> Void, Always;
            rt_fetch_exc() -> V, Never;
            rt_exc_match(V, V) -> I32, Neg;
            // Function info, line, column range (end -2: to the end of the line), and the
            // operator or brackets underlined with `^` (-1: none), all in bytes of the line.
            rt_traceback_add(P, I32, I32, I32, I32, I32) -> Void, Never;
            // Bare `raise` outside an `except` clause: 1 if it re-raised, 0 if it raised RuntimeError.
            rt_reraise_handled() -> I32, Always;
            // The exception being handled: set on entry to a handler (returning the previous
            // one, None for none), restored on exit.
            rt_exc_enter(V) -> V, Never;
            rt_exc_exit(V) -> Void, Never;
            rt_unbound_local(P) -> Void, Always;
            rt_name_error(P) -> Void, Always;
            rt_recursion_error() -> Void, Always;
            // Modules.
            rt_import(P, I64) -> V, Null;
            // A native standard-library module: its name and its constructor
            // (`krait_module_<name>` in the stdlib crate, linked only when imported).
            rt_import_native(P, I64, P) -> V, Null;
            // A compiled module, described by a static `ModuleDef` (see `MODULE_DEF`).
            rt_import_module(P) -> V, Null;
            // The module table (`compiler/src/codegen/table.rs`): `ModuleDef` records and
            // their count, native-module records (name, length, constructor) and theirs.
            rt_register_modules(P, I64, P, I64) -> Void, Never;
            // Runs the main module (`krait_main`): 0, or -1 with the exception set.
            rt_run_main(P) -> I32, Neg;
            // Raises with a message (pointer, length) where compiled code cannot go on: 0
            // ModuleNotFoundError, 1 ImportError, 2 NotImplementedError.
            rt_fail(P, I64, I32) -> V, Null;
            // `from m import name`, importing the submodule described by the third
            // argument (a `ModuleDef`, or null) when `m` lacks the attribute.
            rt_import_from(V, V, P) -> V, Null;
            // `from m import *` into a module dict.
            rt_import_star(V, V) -> I32, Neg;
            // Module globals: the module dict, its names and slots (`GlobalName` records),
            // and the static slot that keeps the dict; stores and deletions by name.
            rt_module_globals(V, P, I64, P) -> Void, Never;
            rt_store_global(V, V, V) -> I32, Neg;
            rt_del_global(V, V) -> I32, Neg;
        }
    };
}

macro_rules! build_table {
    ($($name:ident($($p:ident),*) -> $r:ident, $f:ident;)*) => {
        /// Every runtime entry point, in table order.
        pub const ENTRIES: &[Entry] = &[
            $(Entry { name: stringify!($name), params: &[$(Ty::$p),*], ret: Ty::$r, fail: Fail::$f }),*
        ];
        /// A typed name for each entry point, so codegen never spells symbol strings.
        #[allow(non_camel_case_types)]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[repr(u16)]
        pub enum Rt { $($name),* }
        impl Rt {
            /// The entry point's description in [`ENTRIES`].
            pub fn entry(self) -> &'static Entry { &ENTRIES[self as usize] }
        }
    };
}
runtime_entries!(build_table);

/// Data symbols the runtime exports and compiled code refers to.
pub mod globals {
    /// The `None` object.
    pub const NONE: &str = "rt_None";
    /// The `True` object.
    pub const TRUE: &str = "rt_True";
    /// The `False` object.
    pub const FALSE: &str = "rt_False";
    /// The address of the `function` type object (a pointer-sized word), for the
    /// guard of direct calls.
    pub const FUNCTION_TYPE: &str = "rt_function_type";
    /// The current depth of Python calls (an `i64`).
    pub const DEPTH: &str = "rt_depth";
    /// The recursion limit (an `i64`), 1000 as in CPython.
    pub const LIMIT: &str = "rt_limit";
    /// The frame records, an array indexed by `rt_depth` of `{FuncInfo*, i64 line}`
    /// (`runtime/src/frames.rs`).
    pub const FRAMES: &str = "rt_frames";
}

/// The entry point compiled code defines for the main module: `i64 krait_main(void)`.
pub const MAIN_SYMBOL: &str = "krait_main";

/// The stand-in of the lone surrogate U+D800 in krait's UTF-8 str: surrogate U+D800+k is
/// held as U+10F800+k, the last 2048 code points of Unicode (the runtime's
/// `strs::surrogates` explains the choice). String constants use it too.
pub const SURROGATE_STAND_IN_FIRST: u32 = 0x10F800;

/// Modules the runtime itself provides (`runtime/src/sysmod.rs`).
pub const RUNTIME_MODULES: &[&str] = &["sys", "builtins", "gc", "_weakref", "_krait", "_imp"];

/// Modules CPython writes in C that krait writes in Python (`stdlib/python/`): they
/// are in `sys.builtin_module_names`, and `importlib` loads them as builtins.
pub const LIBRARY_BUILTIN_MODULES: &[&str] = &["_ast", "_warnings"];

/// Native standard-library modules (what CPython writes in C), defined in the stdlib
/// crate as `extern "C" fn krait_module_<name>() -> Value` (a new reference, or 0
/// after raising). Compiled code that imports one references that symbol, so a
/// program links only the modules it imports.
pub const NATIVE_MODULES: &[&str] = &["time", "math", "itertools", "_collections", "_functools", "_operator", "_random", "_bisect", "_heapq", "_struct", "posix", "errno", "_stat", "_sre", "_string", "_locale", "_codecs", "binascii", "_md5", "_sha1", "_sha256", "_sha512", "_sha3", "_blake2", "zlib", "_io", "_thread", "_signal", "atexit", "_posixsubprocess", "select", "fcntl", "marshal", "_socket", "_contextvars"];

/// The initialisation function a compiled module exports: `i64 krait_init.<dotted
/// name>(module dict)`, 0 or -1 after raising. It creates the module's constants,
/// attaches its global slots to the dict (`rt_module_globals`) and runs its body.
pub const MODULE_INIT_PREFIX: &str = "krait_init.";

/// The layout of the static record describing a compiled module to the runtime
/// (`runtime/src/module.rs` `ModuleDef`): name pointer and length, init function,
/// `__file__` pointer and length, 1 for a package. Each field is one machine word.
pub const MODULE_DEF_FIELDS: usize = 6;

/// The word of a function object (`FuncObj`: refcount, type, info, entry...) that
/// holds its generic entry point; direct calls compare it with the body they call.
pub const FUNC_ENTRY_WORD: usize = 3;

/// The constructor symbol of a native module.
pub const NATIVE_MODULE_PREFIX: &str = "krait_module_";

/// Binary operator codes, shared by `rt_binary` and `rt_inplace`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
    MatMul,
}

impl BinOp {
    pub const ALL: [BinOp; 13] = [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::TrueDiv,
        BinOp::FloorDiv,
        BinOp::Mod,
        BinOp::Pow,
        BinOp::LShift,
        BinOp::RShift,
        BinOp::And,
        BinOp::Or,
        BinOp::Xor,
        BinOp::MatMul,
    ];
    /// The operator as Python spells it.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
            BinOp::MatMul => "@",
        }
    }
    pub fn from_i32(v: i32) -> Option<BinOp> {
        BinOp::ALL.get(v as usize).copied()
    }
}

/// Unary operator codes for `rt_unary`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
}

impl UnaryOp {
    pub fn from_i32(v: i32) -> Option<UnaryOp> {
        [UnaryOp::Neg, UnaryOp::Pos, UnaryOp::Invert].get(v as usize).copied()
    }
    pub fn symbol(self) -> &'static str {
        match self {
            UnaryOp::Neg => "-",
            UnaryOp::Pos => "+",
            UnaryOp::Invert => "~",
        }
    }
}

/// Rich comparison codes for `rt_compare`, in CPython's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn from_i32(v: i32) -> Option<CmpOp> {
        [CmpOp::Lt, CmpOp::Le, CmpOp::Eq, CmpOp::Ne, CmpOp::Gt, CmpOp::Ge].get(v as usize).copied()
    }
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
    /// The comparison with its operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
}

/// Conversion codes of `rt_format` (`!s`, `!r`, `!a` or none).
pub mod conv {
    pub const NONE: i32 = 0;
    pub const STR: i32 = 1;
    pub const REPR: i32 = 2;
    pub const ASCII: i32 = 3;
}

/// Small ints are stored in the value word itself: `(n << 1) | 1`.
pub mod tag {
    /// The lowest bit marks a small int.
    pub const INT_TAG: u64 = 1;
    /// The smallest small int (-2**62).
    pub const SMALL_MIN: i64 = -(1 << 62);
    /// The largest small int (2**62 - 1).
    pub const SMALL_MAX: i64 = (1 << 62) - 1;
}

/// Layout facts compiled code relies on: the object header is `{ i64 refcount, ptr type }`.
pub mod layout {
    /// Offset of the reference count in every object.
    pub const REFCNT_OFFSET: u64 = 0;
}

/// Static description of a compiled function that the runtime reads (names for
/// tracebacks, parameter names for argument binding). Codegen emits one per function.
///
/// The parameters are in the order the body takes them: the positional ones (the first
/// `nposonly` of them positional-only), then `*args` if `flags & VARARGS`, then the
/// `nkwonly` keyword-only ones, then `**kwargs` if `flags & VARKW`.
#[repr(C)]
pub struct FuncInfo {
    /// The function's name, UTF-8, not NUL-terminated.
    pub name: *const u8,
    pub name_len: usize,
    /// The module the function belongs to.
    pub module: *const ModuleInfo,
    /// Number of parameters and their names (pointers to `ParamName`).
    pub nparams: usize,
    pub params: *const ParamName,
    /// Number of positional parameters (positional-only included).
    pub npositional: usize,
    /// The qualified name (`f.<locals>.g`, `C.m`).
    pub qualname: *const u8,
    pub qualname_len: usize,
    pub nposonly: usize,
    pub nkwonly: usize,
    /// [`FuncInfo::VARARGS`], [`FuncInfo::VARKW`], [`FuncInfo::CLASS_BODY`], and one of
    /// [`FuncInfo::GENERATOR`], [`FuncInfo::COROUTINE`], [`FuncInfo::ASYNC_GENERATOR`].
    pub flags: usize,
    /// The line of the `def`.
    pub firstline: usize,
    /// The docstring (`doc_len` usize::MAX: none).
    pub doc: *const u8,
    pub doc_len: usize,
}

impl FuncInfo {
    pub const VARARGS: usize = 1;
    pub const VARKW: usize = 2;
    pub const CLASS_BODY: usize = 4;
    pub const GENERATOR: usize = 8;
    pub const COROUTINE: usize = 16;
    pub const ASYNC_GENERATOR: usize = 32;
}

/// A parameter name inside a [`FuncInfo`].
#[repr(C)]
pub struct ParamName {
    pub ptr: *const u8,
    pub len: usize,
}

/// Static description of a compiled module, for tracebacks.
#[repr(C)]
pub struct ModuleInfo {
    /// The file name as given to the compiler.
    pub file: *const u8,
    pub file_len: usize,
    /// The module's source text, so tracebacks can quote lines without reading files.
    pub source: *const u8,
    pub source_len: usize,
    /// The module's dotted name (`__main__` for the program).
    pub name: *const u8,
    pub name_len: usize,
    /// The static slot holding the module's dict once its init has run (0 before):
    /// a function's `__globals__` and `__module__`.
    pub dict: *const u64,
}

/// Every name the runtime resolves as a builtin (`rt_builtin`). The compiler uses it to
/// decide which unbound names are builtins; a runtime test checks each one resolves.
pub const BUILTIN_NAMES: &[&str] = &[
    "print", "len", "repr", "abs", "round", "divmod", "pow", "hex", "oct", "bin", "chr", "ord", "hash",
    "format", "iter", "next", "isinstance", "issubclass", "callable", "any", "all", "sum", "min", "max",
    "sorted", "id", "type", "object", "int", "bool", "float", "str", "list", "tuple", "dict", "set",
    "frozenset", "range", "enumerate", "zip", "reversed", "slice", "BaseException", "SystemExit",
    "KeyboardInterrupt", "GeneratorExit", "Exception", "StopIteration", "StopAsyncIteration",
    "ArithmeticError", "FloatingPointError", "OverflowError", "ZeroDivisionError", "AssertionError",
    "AttributeError", "BufferError", "EOFError", "ImportError", "ModuleNotFoundError", "LookupError",
    "IndexError", "KeyError", "MemoryError", "NameError", "UnboundLocalError", "OSError",
    "FileNotFoundError", "FileExistsError", "PermissionError", "IsADirectoryError", "NotADirectoryError",
    "ReferenceError", "RuntimeError", "NotImplementedError", "RecursionError", "SyntaxError",
    "SystemError", "TypeError", "ValueError", "UnicodeError", "UnicodeDecodeError", "UnicodeEncodeError",
    "Warning", "UserWarning", "DeprecationWarning", "RuntimeWarning", "None", "NotImplemented", "Ellipsis",
    "__build_class__", "__import__", "__with_enter__", "__match_seq__", "__match_map__", "__match_class__", "super", "property", "staticmethod", "classmethod", "getattr", "setattr", "hasattr",
    "delattr", "vars", "map", "filter", "exit", "quit", "ascii", "input", "bytes", "complex", "bytearray", "memoryview", "ConnectionError", "BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError", "TimeoutError", "InterruptedError", "ChildProcessError", "ProcessLookupError", "BlockingIOError", "IndentationError", "TabError", "UnicodeTranslateError", "FutureWarning", "PendingDeprecationWarning", "SyntaxWarning", "ImportWarning", "UnicodeWarning", "BytesWarning", "ResourceWarning", "EncodingWarning",
    "BaseExceptionGroup", "ExceptionGroup", "__star_match__", "__star_reraise__", "dir", "open", "compile", "eval", "exec",
];
