//! Lowering: from the syntax tree to typed bytecode, one function at a time.
//!
//! [`lower_module`] lowers the module body as function 0 (`<module>`) and then each
//! `def` it met. The per-function state lives in [`Lower`]; the work is split by
//! syntax: expressions (`expr.rs`), statements (`stmt.rs`), `try` with its handlers
//! (`exc.rs`) and `await`, `async for` and `async with` (`async_.rs`). A construct krait does not compile yet is a [`Diagnostic`] naming it.

mod annotate;
mod async_;
mod exc;
mod expr;
mod func;
mod import;
mod introspect;
mod pattern;
mod stmt;
mod unparse;

use crate::diag::Diagnostic;
use crate::ir::*;
use crate::passes::infer;
use crate::scope;
use crate::symtable::{self, FuncScope, Resolved, ScopeKind, SymTable};
use crate::syntax::{ast, span, LineIndex};
use std::collections::{BTreeSet, HashMap};

pub type LResult<T> = Result<T, Diagnostic>;

/// Module-wide facts shared by the lowering of every function.
pub struct ModCtx<'a> {
    pub file: String,
    pub source: &'a str,
    pub index: LineIndex,
    /// Names bound at module level or declared `global` in a function.
    pub globals: BTreeSet<String>,
    /// Function bodies still to lower.
    pub pending: Vec<(FuncId, Pending<'a>)>,
    pub symtable: SymTable,
    /// Finds imported modules (the driver's search).
    pub resolver: &'a dyn Fn(&str) -> ModuleRef,
    /// The module's package, for relative imports (None for `__main__`).
    pub package: Option<String>,
    /// How many enclosing `try` bodies catch ImportError.
    pub import_guards: usize,
    /// Missing modules raise when imported instead of failing the build (the
    /// standard library's platform-dependent imports).
    pub in_stdlib: bool,
    /// `from __future__ import annotations`: annotations are strings.
    pub future_annotations: bool,
}

impl Lower<'_, '_> {
    /// Is an import here deferred (inside a function of a standard-library module)?
    pub fn deferred_import(&self) -> bool {
        self.ctx.in_stdlib && !self.is_module && self.scope.kind != ScopeKind::Class
    }
}

impl ModCtx<'_> {
    /// Does the module body assign `name` itself (not just read the predefined one)?
    pub fn globals_assigned(&self, name: &str) -> bool {
        self.symtable.module().locals.iter().any(|n| n == name)
    }
}

/// What the lowering needs to know about the module it lowers besides its syntax.
pub struct ModuleInput<'a> {
    /// The dotted module name (`__main__` for the program).
    pub name: &'a str,
    /// The file name shown in diagnostics.
    pub file: &'a str,
    /// The file name shown in tracebacks and `__file__`.
    pub module_file: &'a str,
    pub source: &'a str,
    pub package: Option<String>,
    pub in_stdlib: bool,
    pub resolver: &'a dyn Fn(&str) -> ModuleRef,
}

/// A function body met while lowering another, lowered afterwards.
pub enum Pending<'a> {
    Def(&'a ast::StmtFunctionDef, String),
    AsyncDef(&'a ast::StmtAsyncFunctionDef, String),
    Lambda(&'a ast::ExprLambda, String),
    /// A comprehension: its range, generators, what kind and the element expressions.
    Comp(ast::text_size::TextRange, &'a [ast::Comprehension], CompKind, Vec<&'a ast::Expr>, String),
    Class(&'a ast::StmtClassDef, String),
}

/// What a comprehension builds.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

impl<'a> ModCtx<'a> {
    /// A diagnostic at a node's start.
    pub fn error(&self, range: ast::text_size::TextRange, msg: &str) -> Diagnostic {
        let (start, _) = span(range);
        let (line, col) = self.index.line_col(start);
        let text = self.source.lines().nth(line as usize - 1).unwrap_or("");
        let col_chars = text.get(..col as usize).map(|s| s.chars().count()).unwrap_or(col as usize);
        Diagnostic::new(&self.file, line, col_chars as u32 + 1, msg)
    }
    /// The traceback location of a node: its first line and its columns on that line
    /// (to the end of the line when it continues on later lines).
    pub fn loc(&self, range: ast::text_size::TextRange) -> Loc {
        let (start, end) = span(range);
        let (line, col) = self.index.line_col(start);
        let (end_line, end_col) = self.index.line_col(end);
        let end_col = if end_line == line { end_col as i32 } else { Loc::TO_END };
        Loc { line, col: col as i32, end_col, anchor: -1, anchor_end: -1 }
    }

    /// The location of a binary operation, with its operator as the anchor: the first
    /// non-blank character between the operands that is not a closing parenthesis,
    /// and the next one too if it is not blank (`//`), as CPython 3.11 finds it.
    pub fn loc_binop(&self, range: ast::text_size::TextRange, left: ast::text_size::TextRange, right: ast::text_size::TextRange) -> Loc {
        let mut l = self.loc(range);
        if l.end_col == Loc::TO_END {
            return l;
        }
        let src = self.source.as_bytes();
        let line_start = span(range).0 - l.col as usize;
        let (lend, rstart) = (span(left).1, span(right).0);
        let blank = |b: u8| b == b' ' || b == b'\t' || b == 0x0c;
        let mut i = lend;
        while i < rstart {
            if blank(src[i]) {
                i += 1;
                continue;
            }
            l.anchor = (i - line_start) as i32;
            l.anchor_end = l.anchor + 1;
            if i + 1 < rstart && !blank(src[i + 1]) {
                l.anchor_end += 1;
            }
            if i + 1 < rstart && src[i] == b')' {
                i += 1;
                continue;
            }
            break;
        }
        l
    }

    /// The location of a subscript, with its brackets as the anchor (CPython 3.11).
    pub fn loc_subscript(&self, range: ast::text_size::TextRange, value: ast::text_size::TextRange, slice: ast::text_size::TextRange) -> Loc {
        let mut l = self.loc(range);
        if l.end_col == Loc::TO_END {
            return l;
        }
        let src = self.source.as_bytes();
        let (start, end) = span(range);
        let mut left = span(value).1;
        while left < end && src[left] != b'[' {
            left += 1;
        }
        let mut right = span(slice).1 + 1;
        while right < end && src[right] != b']' {
            right += 1;
        }
        if right < end {
            right += 1;
        }
        let line_start = start - l.col as usize;
        l.anchor = (left - line_start) as i32;
        l.anchor_end = (right - line_start) as i32;
        l
    }

    /// The location of an attribute access, or of a method call `obj.name(...)`
    /// (`node`): when the attribute's name is not on the node's first line, CPython 3.11
    /// moves the start to the name (`update_start_location_to_match_attr`).
    pub fn loc_attr(&self, node: ast::text_size::TextRange, attr: &ast::ExprAttribute) -> Loc {
        let mut l = self.loc(node);
        let (name_line, name_end) = self.index.line_col(span(attr.range).1);
        if l.line == name_line {
            return l;
        }
        let (end_line, end_col) = self.index.line_col(span(node).1);
        l.line = name_line;
        let len = attr.attr.as_str().chars().count() as i32;
        if len <= name_end as i32 {
            l.col = name_end as i32 - len;
            l.end_col = if end_line == name_line { (end_col as i32).max(l.col) } else { Loc::TO_END };
        } else {
            l.col = -1;
            l.end_col = -1;
        }
        l
    }
}

/// Lowers a whole module.
pub fn lower_module<'a>(input: &ModuleInput<'a>, body: &'a [ast::Stmt]) -> LResult<Module> {
    let (name, file, module_file, source) = (input.name, input.file, input.module_file, input.source);
    let mut m = Module {
        name: name.to_string(),
        file: module_file.to_string(),
        source: source.to_string(),
        functions: vec![],
        globals: vec![],
        consts: vec![],
        imports: Default::default(),
        eager_imports: Default::default(),
    };
    let new_ctx = |globals: BTreeSet<String>, symtable: SymTable| ModCtx {
        file: file.to_string(),
        source,
        index: LineIndex::new(source),
        globals,
        pending: vec![],
        symtable,
        resolver: input.resolver,
        package: input.package.clone(),
        import_guards: 0,
        in_stdlib: input.in_stdlib,
        future_annotations: annotate::future_annotations(body),
    };
    let table = symtable::build(body).map_err(|(range, msg)| new_ctx(BTreeSet::new(), SymTable::default()).error(range, &msg))?;
    let mut globals: BTreeSet<String> = table.module_globals.clone();
    // The module attributes the runtime predefines in every module dict; the body
    // itself stores its docstring.
    let docstring = match body.first() {
        Some(ast::Stmt::Expr(ast::StmtExpr { value, .. })) => match &**value {
            ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(s), .. }) => Some(Const::Str(s.clone())),
            _ => None,
        },
        _ => None,
    };
    globals.extend(introspect::MODULE_DUNDERS.iter().map(|n| n.to_string()));
    if annotate::has_annotations(body) {
        globals.insert("__annotations__".to_string());
    }
    let mut ctx = new_ctx(globals, table);
    if let Some((range, msg)) = scope::check_global_decls(&[], body) {
        return Err(ctx.error(range, &msg));
    }
    m.functions.push(Function::new("<module>", 1));
    let module_scope = ctx.symtable.module().clone();
    let f = {
        let mut l = Lower::new(&mut m, &mut ctx, Function::new("<module>", 1), module_scope, true);
        if let Some(doc) = docstring {
            let v = l.constant(doc);
            l.store_name("__doc__", v);
        }
        l.setup_annotations(body);
        l.stmts(body)?;
        l.finish_return_none();
        l.f
    };
    m.functions[0] = f;
    while !ctx.pending.is_empty() {
        let (id, p) = ctx.pending.remove(0);
        let f = func::lower_pending(&mut m, &mut ctx, p)?;
        m.functions[id.index()] = f;
    }
    for f in m.functions.iter_mut() {
        infer::run_function(f, &m.consts);
    }
    Ok(m)
}

/// A loop being lowered: where `break` and `continue` go.
struct LoopCtx {
    brk: Block,
    cont: Block,
    /// How many cleanups were open when the loop started.
    cleanup_depth: usize,
}

/// What `return`, `break` and `continue` must do when they leave a `try` statement.
enum Cleanup<'a> {
    /// Run a `finally` body, in the context of its `try` statement: its handler, the
    /// handled exceptions and the loops open there (for `break`/`continue` in it).
    Finally { body: &'a [ast::Stmt], outer_handler: Option<Block>, handled_len: usize, loops_len: usize },
    /// Leave an exception handler (an `except` clause or a `finally` body on the
    /// exceptional path): restore the exception handled before (`prev`), unbind the
    /// `as` name and release the caught exception.
    Handler { prev: Local, caught: Local, name: Option<&'a str> },
    /// Leave a `with` block: call the manager's `__exit__` (held in `exit`) with
    /// three Nones, in the context of the `with` statement's handler.
    With { exit: Local, outer_handler: Option<Block> },
    /// Leave an `async with` block: await the manager's `__aexit__(None, None, None)`.
    AsyncWith { exit: Local, outer_handler: Option<Block> },
}

/// The state of lowering one function.
pub struct Lower<'m, 'a> {
    pub m: &'m mut Module,
    pub ctx: &'m mut ModCtx<'a>,
    pub f: Function,
    scope: FuncScope,
    is_module: bool,
    locals: HashMap<String, Local>,
    /// The block instructions are appended to.
    cur: Block,
    /// Where exceptions go from blocks created now.
    handler: Option<Block>,
    loc: Loc,
    loops: Vec<LoopCtx>,
    cleanups: Vec<Cleanup<'a>>,
    /// Locals holding the exceptions of the enclosing `except` clauses (for bare `raise`).
    handled: Vec<Local>,
    /// In a class body: the local holding the namespace.
    ns: Option<Local>,
    /// The qualified name of the function being lowered (`<module>` for the module).
    pub qualname: String,
}

impl<'m, 'a> Lower<'m, 'a> {
    fn new(m: &'m mut Module, ctx: &'m mut ModCtx<'a>, mut f: Function, scope: FuncScope, is_module: bool) -> Self {
        let mut locals = HashMap::new();
        for (i, ld) in f.locals.iter().enumerate() {
            locals.insert(ld.name.clone(), Local(i as u32));
        }
        if !is_module && scope.kind != ScopeKind::Class {
            for name in &scope.locals {
                if !locals.contains_key(name) {
                    let l = f.new_local(name, Type::Object, LocalKind::Var);
                    locals.insert(name.clone(), l);
                }
            }
            for name in &scope.cells {
                if let Some(&l) = locals.get(name) {
                    f.locals[l.index()].cell = true;
                }
            }
        }
        if scope.kind == ScopeKind::Class && scope.class_cell {
            let l = f.new_local("__class__", Type::Object, LocalKind::Var);
            f.locals[l.index()].cell = true;
            locals.insert("__class__".into(), l);
        }
        for name in &scope.frees {
            let l = f.new_local(name, Type::Object, LocalKind::Var);
            f.locals[l.index()].cell = true;
            f.freevars.push(l);
            locals.insert(name.clone(), l);
        }
        let line = f.line;
        let qualname = f.qualname.clone();
        Lower { m, ctx, f, scope, is_module, locals, cur: Block(0), handler: None, loc: Loc::line(line), loops: vec![], cleanups: vec![], handled: vec![], ns: None, qualname }
    }

    /// Appends an instruction to the current block, with its result type inferred.
    pub fn emit(&mut self, op: Op, args: Vec<Inst>) -> Inst {
        let arg_tys: Vec<Type> = args.iter().map(|a| self.f.inst(*a).ty).collect();
        let ty = infer::result_type(&op, &arg_tys, &self.m.consts, &self.f);
        self.f.push(self.cur, op, args, ty, self.loc)
    }

    /// A new block that sends exceptions to the current handler.
    pub fn block(&mut self) -> Block {
        self.f.new_block(self.handler)
    }

    /// Ends the current block.
    pub fn terminate(&mut self, t: Term) {
        self.f.blocks[self.cur.index()].term = t;
    }

    /// Is the current block already ended (by return, raise, break...)?
    pub fn terminated(&self) -> bool {
        let b = self.f.block(self.cur);
        b.term != Term::Unreachable || b.insts.last().map(|i| self.f.inst(*i).op.never_returns()).unwrap_or(false)
    }

    /// Jumps to `to` unless the block already ended.
    pub fn jump(&mut self, to: Block) {
        if !self.terminated() {
            self.terminate(Term::Jump(to));
        }
    }

    /// Continues in `b`.
    pub fn switch(&mut self, b: Block) {
        self.cur = b;
    }

    /// A new temporary local.
    pub fn temp(&mut self, what: &str) -> Local {
        let n = self.f.locals.len();
        self.f.new_local(&format!("${}{}", what, n), Type::Object, LocalKind::Temp)
    }

    pub fn constant(&mut self, c: Const) -> Inst {
        let id = self.m.constant(c);
        self.emit(Op::Const(id), vec![])
    }

    pub fn none(&mut self) -> Inst {
        self.constant(Const::None)
    }

    /// How a name resolves in the code being lowered.
    pub fn resolve(&self, name: &str) -> Resolved {
        if self.is_module {
            return Resolved::Global;
        }
        match self.scope.resolve(name) {
            // A class body reads unknown names from its namespace first.
            Resolved::Global if self.ns.is_some() && !self.scope.globals.contains(name) => Resolved::ClassLocal,
            r => r,
        }
    }

    pub fn load_local(&mut self, l: Local) -> Inst {
        let ld = self.f.local(l);
        let checked = ld.kind != LocalKind::Param || self.scope.unbound.contains(&ld.name);
        self.emit(Op::LoadLocal { local: l, checked }, vec![])
    }

    /// Loads a temporary known to be bound.
    pub fn load_temp(&mut self, l: Local) -> Inst {
        self.emit(Op::LoadLocal { local: l, checked: false }, vec![])
    }

    pub fn store_local(&mut self, l: Local, v: Inst) {
        self.emit(Op::StoreLocal(l), vec![v]);
    }

    /// The plain local a name refers to, if it is one of this function.
    pub fn local_of(&self, name: &str) -> Option<&Local> {
        match self.resolve(name) {
            Resolved::Local => self.locals.get(name),
            _ => None,
        }
    }

    /// Loads a name (local, cell, class namespace, global or builtin).
    pub fn load_name(&mut self, name: &str) -> Inst {
        match self.resolve(name) {
            Resolved::Local => {
                let l = self.locals[name];
                self.load_local(l)
            }
            r @ (Resolved::Cell | Resolved::Free) => {
                let l = self.locals[name];
                self.emit(Op::LoadDeref { local: l, free: r == Resolved::Free }, vec![])
            }
            Resolved::ClassLocal => {
                let ns = self.load_temp(self.ns.unwrap());
                let global = self.m.global(name);
                self.emit(Op::NsLoad { name: name.to_string(), global }, vec![ns])
            }
            Resolved::Global => {
                // A builtin's name is still looked up in the module first: another
                // module, `globals()` or `from m import *` may bind it at run time.
                let builtin = krait_abi::BUILTIN_NAMES.contains(&name);
                let g = self.m.global(name);
                self.emit(Op::LoadGlobal { global: g, builtin }, vec![])
            }
        }
    }

    /// Stores to a name.
    pub fn store_name(&mut self, name: &str, v: Inst) {
        match self.resolve(name) {
            Resolved::Local => {
                let l = self.locals[name];
                self.store_local(l, v);
            }
            Resolved::Cell | Resolved::Free => {
                let l = self.locals[name];
                self.emit(Op::StoreDeref(l), vec![v]);
            }
            Resolved::ClassLocal => {
                let ns = self.load_temp(self.ns.unwrap());
                let k = self.constant(Const::Str(name.to_string()));
                self.emit(Op::SetItem, vec![ns, k, v]);
            }
            Resolved::Global => {
                let g = self.m.global(name);
                self.emit(Op::StoreGlobal(g), vec![v]);
            }
        }
    }

    /// Deletes a name (`del x`), raising when it is unbound.
    pub fn delete_name(&mut self, name: &str) {
        match self.resolve(name) {
            Resolved::Local => {
                let l = self.locals[name];
                self.emit(Op::DelLocal { local: l, checked: true }, vec![]);
            }
            r @ (Resolved::Cell | Resolved::Free) => {
                let l = self.locals[name];
                self.emit(Op::DelDeref { local: l, free: r == Resolved::Free }, vec![]);
            }
            Resolved::ClassLocal => {
                let ns = self.load_temp(self.ns.unwrap());
                let k = self.constant(Const::Str(name.to_string()));
                self.emit(Op::DelItem, vec![ns, k]);
            }
            Resolved::Global => {
                let g = self.m.global(name);
                self.emit(Op::DelGlobal(g), vec![]);
            }
        }
    }

    /// Sets the location of the instructions emitted next.
    pub fn at(&mut self, range: ast::text_size::TextRange) {
        self.loc = self.ctx.loc(range);
    }

    /// Sets the location of the instructions emitted next to a subscript's.
    pub fn at_subscript(&mut self, s: &ast::ExprSubscript) {
        use ast::Ranged;
        self.loc = self.ctx.loc_subscript(s.range, s.value.range(), s.slice.range());
    }

    fn finish_return_none(&mut self) {
        if !self.terminated() {
            let n = self.none();
            self.terminate(Term::Return(n));
        }
    }

    pub fn unsupported<T>(&self, range: ast::text_size::TextRange, what: &str) -> LResult<T> {
        Err(self.ctx.error(range, &format!("{} not supported yet", what)))
    }
}
