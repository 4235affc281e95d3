//! Lowering: from the syntax tree to typed bytecode, one function at a time.
//!
//! [`lower_module`] lowers the module body as function 0 (`<module>`) and then each
//! `def` it met. The per-function state lives in [`Lower`]; the work is split by
//! syntax: expressions (`expr.rs`), statements (`stmt.rs`) and `try` with its handlers
//! (`exc.rs`). A construct krait does not compile yet is a [`Diagnostic`] naming it.

mod exc;
mod expr;
mod stmt;

use crate::diag::Diagnostic;
use crate::ir::*;
use crate::passes::infer;
use crate::scope::{self, FuncScope};
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
    pub pending: Vec<(FuncId, &'a ast::StmtFunctionDef)>,
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

/// Lowers a whole module. `file` names the source in diagnostics, `module_file` in
/// tracebacks and `__file__`.
pub fn lower_module<'a>(name: &str, file: &str, module_file: &str, source: &'a str, body: &'a [ast::Stmt]) -> LResult<Module> {
    let mut m = Module { name: name.to_string(), file: module_file.to_string(), source: source.to_string(), functions: vec![], globals: vec![], consts: vec![] };
    let mut globals: BTreeSet<String> = scope::module_bindings(body).into_iter().collect();
    globals.extend(scope::declared_globals(body));
    // The module attributes CPython predefines, when the program mentions them.
    let docstring = match body.first() {
        Some(ast::Stmt::Expr(ast::StmtExpr { value, .. })) => match &**value {
            ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(s), .. }) => Const::Str(s.clone()),
            _ => Const::None,
        },
        _ => Const::None,
    };
    let predefined: Vec<(&str, Const)> = [("__name__", Const::Str(name.to_string())), ("__file__", Const::Str(module_file.to_string())), ("__doc__", docstring)]
        .into_iter()
        .filter(|(n, _)| source.contains(n))
        .collect();
    globals.extend(predefined.iter().map(|(n, _)| n.to_string()));
    let mut ctx = ModCtx { file: file.to_string(), source, index: LineIndex::new(source), globals, pending: vec![] };
    if let Some((range, msg)) = scope::check_global_decls(&[], body) {
        return Err(ctx.error(range, &msg));
    }
    m.functions.push(Function::new("<module>", 1));
    let module_scope = FuncScope::default();
    let f = {
        let mut l = Lower::new(&mut m, &mut ctx, Function::new("<module>", 1), module_scope, true);
        for (n, v) in predefined {
            let v = l.constant(v);
            l.store_name(n, v);
        }
        l.stmts(body)?;
        l.finish_return_none();
        l.f
    };
    m.functions[0] = f;
    while !ctx.pending.is_empty() {
        let (id, def) = ctx.pending.remove(0);
        let f = lower_function(&mut m, &mut ctx, def)?;
        m.functions[id.index()] = f;
    }
    for f in m.functions.iter_mut() {
        infer::run_function(f, &m.consts);
    }
    Ok(m)
}

fn lower_function<'a>(m: &mut Module, ctx: &mut ModCtx<'a>, def: &'a ast::StmtFunctionDef) -> LResult<Function> {
    let a = &def.args;
    if let Some(v) = &a.vararg {
        return Err(ctx.error(v.range, "`*args` parameters are not supported yet"));
    }
    if let Some(v) = &a.kwarg {
        return Err(ctx.error(v.range, "`**kwargs` parameters are not supported yet"));
    }
    if let Some(k) = a.kwonlyargs.first() {
        return Err(ctx.error(k.def.range, "keyword-only parameters are not supported yet"));
    }
    if let Some(p) = a.posonlyargs.first() {
        return Err(ctx.error(p.def.range, "positional-only parameters are not supported yet"));
    }
    let params: Vec<String> = a.args.iter().map(|p| p.def.arg.to_string()).collect();
    if let Some((range, msg)) = scope::check_global_decls(&params, &def.body) {
        return Err(ctx.error(range, &msg));
    }
    let sc = scope::function_scope(&params, &def.body);
    let line = ctx.loc(def.range).line;
    let mut f = Function::new(&def.name, line);
    for p in &params {
        let l = f.new_local(p, Type::Object, LocalKind::Param);
        f.params.push(l);
    }
    f.ndefaults = a.args.iter().filter(|p| p.default.is_some()).count();
    let mut l = Lower::new(m, ctx, f, sc, false);
    l.stmts(&def.body)?;
    l.finish_return_none();
    Ok(l.f)
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
}

impl<'m, 'a> Lower<'m, 'a> {
    fn new(m: &'m mut Module, ctx: &'m mut ModCtx<'a>, mut f: Function, scope: FuncScope, is_module: bool) -> Self {
        let mut locals = HashMap::new();
        for (i, ld) in f.locals.iter().enumerate() {
            locals.insert(ld.name.clone(), Local(i as u32));
        }
        for name in &scope.locals {
            if !locals.contains_key(name) {
                let l = f.new_local(name, Type::Object, LocalKind::Var);
                locals.insert(name.clone(), l);
            }
        }
        let line = f.line;
        Lower { m, ctx, f, scope, is_module, locals, cur: Block(0), handler: None, loc: Loc::line(line), loops: vec![], cleanups: vec![], handled: vec![] }
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

    /// Where a store to `name` goes.
    fn is_global(&self, name: &str) -> bool {
        self.is_module || self.scope.globals.contains(name) || !self.scope.is_local(name)
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

    /// The local a name refers to, if it is a local of this function.
    pub fn local_of(&self, name: &str) -> Option<&Local> {
        if self.is_global(name) {
            None
        } else {
            self.locals.get(name)
        }
    }

    /// Loads a name (local, global or builtin).
    pub fn load_name(&mut self, name: &str) -> Inst {
        if !self.is_global(name) {
            let l = self.locals[name];
            return self.load_local(l);
        }
        let builtin = krait_abi::BUILTIN_NAMES.contains(&name);
        if builtin && !self.ctx.globals.contains(name) {
            return self.emit(Op::Builtin(name.to_string()), vec![]);
        }
        let g = self.m.global(name);
        self.emit(Op::LoadGlobal { global: g, builtin }, vec![])
    }

    /// Stores to a name.
    pub fn store_name(&mut self, name: &str, v: Inst) {
        if self.is_global(name) {
            let g = self.m.global(name);
            self.emit(Op::StoreGlobal(g), vec![v]);
        } else {
            let l = self.locals[name];
            self.store_local(l, v);
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
