//! krait's typed bytecode: the IR between lowering and code generation.
//!
//! A [`Module`] holds functions; a [`Function`] holds arenas of locals, blocks and
//! instructions, referred to by typed indices ([`Local`], [`Block`], [`Inst`]). Every
//! instruction produces at most one value, named by its own index, with a static
//! [`Type`] (`object` where unknown).
//!
//! Invariants (checked by `verify`):
//! - A value is used only in the block that defines it, after its definition. Values
//!   that cross blocks go through locals (like LLVM allocas); this keeps reference
//!   counting and error cleanup local to a block.
//! - Every object-typed value is an owned reference. Instructions borrow their operands
//!   except `StoreLocal`, `StoreGlobal` and the `Return` terminator, which take them.
//! - An instruction that can raise transfers control, on error, to its block's
//!   `handler` (an `except`/`finally` entry) or out of the function.

pub mod verify;
pub mod write;

use krait_abi::{BinOp, CmpOp, UnaryOp};
use num_bigint::BigInt;

macro_rules! entity {
    ($name:ident, $prefix:literal) => {
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
        pub struct $name(pub u32);
        impl $name {
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                write!(f, "{}{}", $prefix, self.0)
            }
        }
    };
}

entity!(Inst, "v");
entity!(Block, "b");
entity!(Local, "%");
entity!(FuncId, "fn");
entity!(ConstId, "c");
entity!(GlobalId, "g");

/// The static type of a value.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Type {
    /// Any Python object.
    Object,
    Int,
    Float,
    Bool,
    Str,
    NoneType,
    List,
    Tuple,
    Dict,
    Set,
    /// A machine truth value (branch conditions), not a Python object.
    I1,
    /// No value.
    Void,
}

impl Type {
    /// Is this a Python object (a reference that must be counted)?
    pub fn is_object(self) -> bool {
        !matches!(self, Type::I1 | Type::Void)
    }
    pub fn name(self) -> &'static str {
        match self {
            Type::Object => "object",
            Type::Int => "int",
            Type::Float => "float",
            Type::Bool => "bool",
            Type::Str => "str",
            Type::NoneType => "None",
            Type::List => "list",
            Type::Tuple => "tuple",
            Type::Dict => "dict",
            Type::Set => "set",
            Type::I1 => "i1",
            Type::Void => "void",
        }
    }
    /// The least upper bound of two types.
    pub fn join(self, other: Type) -> Type {
        if self == other {
            self
        } else {
            Type::Object
        }
    }
}

/// A compile-time constant.
#[derive(Clone, PartialEq, Debug)]
pub enum Const {
    None,
    Bool(bool),
    Int(BigInt),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    /// A complex number: real and imaginary parts (`2j` is `Complex(0.0, 2.0)`).
    Complex(f64, f64),
    /// A tuple of other constants (keyword-name tuples, constant defaults).
    Tuple(Vec<ConstId>),
}

impl Const {
    pub fn ty(&self) -> Type {
        match self {
            Const::None => Type::NoneType,
            Const::Bool(_) => Type::Bool,
            Const::Int(_) => Type::Int,
            Const::Float(_) => Type::Float,
            Const::Str(_) => Type::Str,
            Const::Bytes(_) | Const::Complex(..) => Type::Object,
            Const::Tuple(_) => Type::Tuple,
        }
    }
}

/// A source position, for tracebacks, as CPython 3.11 records it per instruction: the
/// line (1-based) and the byte column range on that line of the node that CPython
/// underlines (`col` -1: none; `end_col` [`Loc::TO_END`]: the node continues on later
/// lines), with the operator of a binary operation or the brackets of a subscript
/// (`anchor..anchor_end`, -1: none) that CPython marks with `^` under `~`.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Loc {
    pub line: u32,
    pub col: i32,
    pub end_col: i32,
    pub anchor: i32,
    pub anchor_end: i32,
}

impl Loc {
    /// `end_col` of a node that continues past its first line.
    pub const TO_END: i32 = -2;
    /// A line without columns.
    pub fn line(line: u32) -> Loc {
        Loc { line, col: -1, end_col: -1, anchor: -1, anchor_end: -1 }
    }
}

/// What an instruction does. Operands are in [`InstData::args`]; immediates are here.
#[derive(Clone, PartialEq, Debug)]
pub enum Op {
    /// A constant.
    Const(ConstId),
    /// Reads a local; `checked` raises UnboundLocalError when it may be unbound.
    LoadLocal { local: Local, checked: bool },
    /// Writes a local, taking the operand.
    StoreLocal(Local),
    /// Unbinds a local; `checked` raises when it was unbound (`del x`).
    DelLocal { local: Local, checked: bool },
    /// Reads a module global; when unbound, falls back to the builtin of the same name
    /// if there is one, else raises NameError.
    LoadGlobal { global: GlobalId, builtin: bool },
    /// Writes a module global, taking the operand.
    StoreGlobal(GlobalId),
    DelGlobal(GlobalId),
    /// A builtin (`len`, `ValueError`, ...).
    Builtin(String),
    Binary(BinOp),
    Inplace(BinOp),
    Unary(UnaryOp),
    /// `not x` as a bool object.
    Not,
    Compare(CmpOp),
    /// `a is b` as i1.
    Is,
    /// `item in container` (args: container, item) as i1.
    Contains,
    /// The truth of an object, as i1.
    Truth,
    /// Negation of an i1.
    NotI1,
    /// An i1 as a bool object.
    BoxBool,
    /// A call: args are the callee, the positional arguments, then the keyword values.
    Call { kwnames: Vec<String> },
    /// A call of a known compiled function with exactly its positional parameters:
    /// args are the callee (still loaded, for NameError) and the arguments.
    CallDirect(FuncId),
    /// `obj.name(...)`: args are obj, positional arguments, keyword values.
    CallMethod { name: String, kwnames: Vec<String> },
    GetAttr(String),
    /// args: object, value.
    SetAttr(String),
    GetItem,
    /// args: object, key, value.
    SetItem,
    DelItem,
    /// args: start, stop, step (None constants where absent).
    BuildSlice,
    BuildList,
    BuildTuple,
    BuildSet,
    /// args: key, value, key, value...
    BuildDict,
    /// Concatenates str values (f-strings).
    BuildStr,
    /// An f-string field: args are the value and, if `has_spec`, the spec string.
    Format { conv: i32, has_spec: bool },
    GetIter,
    /// Advances an iterator, storing the next item into `target`; i1 "got one".
    IterNext { target: Local },
    /// Unpacks an iterable into a tuple of exactly `n` items.
    Unpack(u32),
    /// Item `i` of a tuple known to be long enough.
    TupleItem(u32),
    /// Makes a function object; the arguments are, when present, the tuple of
    /// positional defaults, the dict of keyword-only defaults and the closure (a
    /// tuple of cells).
    MakeFunction { func: FuncId, defaults: bool, kwdefaults: bool, closure: bool },
    /// Reads the variable held by the cell in `local` (a cell or free variable);
    /// `free` picks CPython's message when it is empty.
    LoadDeref { local: Local, free: bool },
    /// Writes the cell in `local`, taking the operand.
    StoreDeref(Local),
    /// Empties the cell in `local`, raising when it was empty.
    DelDeref { local: Local, free: bool },
    /// A class body's name lookup: args[0] is the namespace; falls back to the
    /// module global, then the builtin of the same name.
    NsLoad { name: String, global: GlobalId },
    /// Appends args[1] to the list args[0] (displays, comprehensions).
    ListAppend,
    /// Extends the list args[0] by the iterable args[1] (`*x` in a display).
    ListExtend,
    /// Adds args[1] to the set args[0].
    SetAdd,
    /// Adds the items of the iterable args[1] to the set args[0].
    SetUpdate,
    /// `d[k] = v` on a dict being built: args dict, key, value.
    DictSet,
    /// Merges the mapping args[1] into the dict args[0]: `{**m}` (`call` false) or
    /// `f(**m)` (`call` true: duplicate keys are an error), args[2] the callee for messages.
    DictMerge { call: bool },
    /// A tuple of a list's items.
    ListToTuple,
    /// A call with an argument tuple and an optional keyword dict: args callee, tuple[, dict].
    CallEx,
    /// Suspends a generator, yielding args[0] (taken); the result is the value sent
    /// in when it resumes. Lowering puts nothing else live across it: its block starts
    /// with the load of its operand.
    Yield { delegate: Option<Delegate> },
    /// One step of `yield from`: sends args[1] (None: `next`) into the iterator
    /// args[0], storing into `target` the value to yield (i1 true) or, when the
    /// iterator finished, its return value (i1 false).
    YieldFromSend { target: Local },
    /// `del obj.name`.
    DelAttr(String),
    /// Unpacks an iterable for `a, *b, c = ...`: a tuple of `before` items, a list of
    /// the rest, and `after` items.
    UnpackEx { before: u32, after: u32 },
    /// `import name`: the module object (loaded on first import); how the module is
    /// found is recorded in [`Module::imports`].
    Import(String),
    /// `from m import name` on the module args[0]: the attribute, else the submodule
    /// `sub` (a compiled module, imported now) or ImportError.
    ImportFrom { name: String, sub: Option<String> },
    /// `from m import *`: binds the public names of the module args[0] in this
    /// module's globals.
    ImportStar,
    /// An import that fails when it runs: ModuleNotFoundError (`not_found`) or
    /// ImportError with `msg`. Produces no value in practice.
    ImportFail { msg: String, not_found: bool },
    /// This module's dict (`globals()`).
    ModuleDict,
    /// Raises NotImplementedError with the message: what a standard-library module
    /// does that krait cannot (`eval()`...), reached at run time. Produces no value
    /// in practice.
    Unsupported(String),
    /// Raises args[0] (an exception or class) with optional cause args[1]. Never returns.
    Raise,
    /// Re-raises the caught exception args[0] without a new traceback entry; without
    /// an argument (a bare `raise` outside any `except` of the function), the exception
    /// being handled by a caller, or RuntimeError when none is. Never returns.
    Reraise,
    /// Makes the exception args[0] the one being handled (on entry to a handler);
    /// returns the previous one (None for none), for `ExitHandler`.
    EnterHandler,
    /// Restores the exception being handled to args[0], from `EnterHandler`.
    ExitHandler,
    /// The exception being handled (at the start of a handler).
    FetchExc,
    /// Does the exception args[0] match the class or tuple args[1]? i1.
    ExcMatch,
}

impl Op {
    /// Can the instruction raise?
    pub fn can_raise(&self) -> bool {
        !matches!(
            self,
            Op::Const(_)
                | Op::LoadLocal { checked: false, .. }
                | Op::StoreLocal(_)
                | Op::DelLocal { checked: false, .. }
                | Op::StoreGlobal(_)
                | Op::Builtin(_)
                | Op::ModuleDict
                | Op::Is
                | Op::NotI1
                | Op::BoxBool
                | Op::TupleItem(_)
                | Op::FetchExc
                | Op::EnterHandler
                | Op::ExitHandler
                | Op::BuildSlice
                | Op::StoreDeref(_)
                | Op::ListToTuple
        )
    }
    /// Does the instruction never complete normally?
    pub fn never_returns(&self) -> bool {
        matches!(self, Op::Raise | Op::Reraise)
    }
    /// Does the instruction produce a machine truth value (i1)?
    pub fn is_i1(&self) -> bool {
        matches!(self, Op::Is | Op::Contains | Op::Truth | Op::NotI1 | Op::ExcMatch | Op::IterNext { .. } | Op::YieldFromSend { .. })
    }
    /// Does the instruction produce no value?
    pub fn is_void(&self) -> bool {
        matches!(
            self,
            Op::StoreLocal(_)
                | Op::StoreGlobal(_)
                | Op::DelLocal { .. }
                | Op::DelGlobal(_)
                | Op::SetAttr(_)
                | Op::SetItem
                | Op::DelItem
                | Op::Raise
                | Op::Reraise
                | Op::ExitHandler
                | Op::StoreDeref(_)
                | Op::DelDeref { .. }
                | Op::ListAppend
                | Op::ListExtend
                | Op::SetAdd
                | Op::SetUpdate
                | Op::DictSet
                | Op::DictMerge { .. }
                | Op::DelAttr(_)
                | Op::ImportStar
        )
    }
    /// Does the instruction take ownership of operand `i`?
    pub fn takes(&self, i: usize) -> bool {
        matches!(self, Op::StoreLocal(_) | Op::StoreGlobal(_) | Op::StoreDeref(_) | Op::Yield { .. }) && i == 0
    }
}

/// One instruction.
#[derive(Clone, Debug)]
pub struct InstData {
    pub op: Op,
    pub args: Vec<Inst>,
    pub ty: Type,
    pub loc: Loc,
}

/// How a block ends.
#[derive(Clone, Debug, PartialEq)]
pub enum Term {
    Jump(Block),
    /// Branch on an i1 value.
    Branch(Inst, Block, Block),
    /// Return a value, taking it.
    Return(Inst),
    /// After an instruction that never returns.
    Unreachable,
}

impl Term {
    pub fn successors(&self) -> Vec<Block> {
        match self {
            Term::Jump(b) => vec![*b],
            Term::Branch(_, a, b) => vec![*a, *b],
            Term::Return(_) | Term::Unreachable => vec![],
        }
    }
}

/// A basic block.
#[derive(Clone, Debug)]
pub struct BlockData {
    pub insts: Vec<Inst>,
    pub term: Term,
    /// Where an exception raised in this block goes; `None` leaves the function.
    pub handler: Option<Block>,
}

/// What a local is for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum LocalKind {
    Param,
    Var,
    /// Introduced by lowering (loop iterators, short-circuit results, caught exceptions).
    Temp,
}

#[derive(Clone, Debug)]
pub struct LocalData {
    pub name: String,
    pub ty: Type,
    pub kind: LocalKind,
    /// Does the local hold a cell (a variable captured by an inner function)?
    pub cell: bool,
}

/// A `yield` inside `yield from`: an exception thrown in goes to the inner iterator
/// (`iter`); if that yields, the value goes to `value` and the yield runs again; if
/// it finishes, its return value goes to `value` and control goes to `done`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Delegate {
    pub iter: Local,
    pub value: Local,
    pub done: Block,
}

/// The shape of a function's parameter list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Signature {
    pub posonly: usize,
    pub positional: usize,
    pub kwonly: usize,
    pub varargs: bool,
    pub varkw: bool,
}

/// The objects resumable functions make: generators (`def` with `yield`, generator
/// expressions), coroutines (`async def` without `yield`, async comprehensions) and
/// async generators (`async def` with `yield`, async generator expressions). The
/// value is the runtime's code for it (`rt_gen_new`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Flavor {
    #[default]
    Generator = 0,
    Coroutine = 1,
    AsyncGenerator = 2,
}

/// A function (the module body is function 0, named `<module>`).
#[derive(Clone, Debug)]
pub struct Function {
    pub name: String,
    pub line: u32,
    /// The first `params.len()` locals are the parameters, in order.
    pub params: Vec<Local>,
    /// The dotted path to the function (`f.<locals>.g`, `C.m`).
    pub qualname: String,
    /// The signature: how many parameters are positional-only, positional (including
    /// those), keyword-only; and whether `*args` and `**kwargs` follow. The parameter
    /// locals are in that order: positional, `*args`, keyword-only, `**kwargs`.
    pub sig: Signature,
    /// How many trailing positional parameters have defaults.
    pub ndefaults: usize,
    /// Locals loaded from the function's closure on entry, in closure order.
    pub freevars: Vec<Local>,
    /// A generator function: calling it makes a generator whose frame holds the locals.
    pub generator: bool,
    /// What kind of generator object a call makes (when `generator` is set).
    pub flavor: Flavor,
    /// The docstring.
    pub doc: Option<String>,
    pub locals: Vec<LocalData>,
    pub blocks: Vec<BlockData>,
    pub insts: Vec<InstData>,
    /// The return type, `object` unless inferred.
    pub ret: Type,
}

impl Function {
    pub fn new(name: &str, line: u32) -> Function {
        let mut f = Function {
            name: name.to_string(),
            line,
            params: vec![],
            qualname: name.to_string(),
            sig: Signature::default(),
            ndefaults: 0,
            freevars: vec![],
            generator: false,
            flavor: Flavor::Generator,
            doc: None,
            locals: vec![],
            blocks: vec![],
            insts: vec![],
            ret: Type::Object,
        };
        f.new_block(None);
        f
    }
    pub fn entry(&self) -> Block {
        Block(0)
    }
    pub fn new_block(&mut self, handler: Option<Block>) -> Block {
        self.blocks.push(BlockData { insts: vec![], term: Term::Unreachable, handler });
        Block(self.blocks.len() as u32 - 1)
    }
    pub fn new_local(&mut self, name: &str, ty: Type, kind: LocalKind) -> Local {
        self.locals.push(LocalData { name: name.to_string(), ty, kind, cell: false });
        Local(self.locals.len() as u32 - 1)
    }
    pub fn inst(&self, i: Inst) -> &InstData {
        &self.insts[i.index()]
    }
    pub fn block(&self, b: Block) -> &BlockData {
        &self.blocks[b.index()]
    }
    pub fn local(&self, l: Local) -> &LocalData {
        &self.locals[l.index()]
    }
    /// Appends an instruction to block `b`.
    pub fn push(&mut self, b: Block, op: Op, args: Vec<Inst>, ty: Type, loc: Loc) -> Inst {
        self.insts.push(InstData { op, args, ty, loc });
        let i = Inst(self.insts.len() as u32 - 1);
        self.blocks[b.index()].insts.push(i);
        i
    }
    pub fn blocks(&self) -> impl Iterator<Item = Block> {
        (0..self.blocks.len() as u32).map(Block)
    }
    /// Blocks reachable from the entry, in reverse post-order.
    pub fn reachable(&self) -> Vec<Block> {
        let mut seen = vec![false; self.blocks.len()];
        let mut post = Vec::new();
        let mut stack = vec![(self.entry(), 0usize)];
        seen[0] = true;
        while let Some((b, i)) = stack.pop() {
            let mut succ = self.block(b).term.successors();
            if let Some(h) = self.block(b).handler {
                succ.push(h);
            }
            if i < succ.len() {
                stack.push((b, i + 1));
                let s = succ[i];
                if !seen[s.index()] {
                    seen[s.index()] = true;
                    stack.push((s, 0));
                }
            } else {
                post.push(b);
            }
        }
        post.reverse();
        post
    }
}

/// A compiled module.
#[derive(Clone, Debug)]
pub struct Module {
    pub name: String,
    /// The file name as given to the compiler (shown in tracebacks).
    pub file: String,
    pub source: String,
    pub functions: Vec<Function>,
    pub globals: Vec<String>,
    pub consts: Vec<Const>,
    /// How each module this one imports is found, by dotted name.
    pub imports: std::collections::BTreeMap<String, ModuleRef>,
    /// The imported modules that must be compiled into the program with this one.
    /// The others are *deferred*: imports inside functions of standard-library
    /// modules, linked only if something else brings the module in (a weak
    /// reference to its init function), else ModuleNotFoundError when run.
    pub eager_imports: std::collections::BTreeSet<String>,
}

/// Where an imported module comes from (decided by the driver's search).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ModuleRef {
    /// Built into the runtime (`sys`, `gc`...).
    Runtime,
    /// A native standard-library module (`krait_abi::NATIVE_MODULES`).
    Native,
    /// A module compiled from Python source: its path, and whether it is a package.
    Compiled { file: String, package: bool },
    /// Not found: importing it raises ModuleNotFoundError (only allowed where an
    /// `except ImportError` guards the import).
    Missing,
}

impl Module {
    pub fn func(&self, f: FuncId) -> &Function {
        &self.functions[f.index()]
    }
    /// Interns a constant.
    pub fn constant(&mut self, c: Const) -> ConstId {
        // Floats compare by bits so 0.0 and -0.0 stay distinct (and so do complex parts).
        let same = |a: &Const, b: &Const| match (a, b) {
            (Const::Float(x), Const::Float(y)) => x.to_bits() == y.to_bits(),
            (Const::Complex(a, b), Const::Complex(x, y)) => a.to_bits() == x.to_bits() && b.to_bits() == y.to_bits(),
            _ => a == b,
        };
        if let Some(i) = self.consts.iter().position(|k| same(k, &c)) {
            return ConstId(i as u32);
        }
        self.consts.push(c);
        ConstId(self.consts.len() as u32 - 1)
    }
    pub fn global(&mut self, name: &str) -> GlobalId {
        if let Some(i) = self.globals.iter().position(|g| g == name) {
            return GlobalId(i as u32);
        }
        self.globals.push(name.to_string());
        GlobalId(self.globals.len() as u32 - 1)
    }
}
