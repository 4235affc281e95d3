//! Lowering of the constructs that make functions: `def`, `lambda`, comprehensions and
//! class bodies (each is a function of its own, as in CPython 3.11), and of the bodies
//! of those functions once the enclosing code is done (`lower_pending`).
//!
//! A nested function's free variables reach it through its closure: the enclosing
//! function keeps each captured variable in a cell, and `make_function` receives a
//! tuple of those cells in the order of the inner scope's `frees`. A class body is a
//! function of one parameter, the namespace that `__build_class__` prepared; its names
//! are stored in and read from that namespace.

use super::{CompKind, LResult, Lower, ModCtx, Pending};
use crate::ir::*;
use crate::symtable::{Resolved, ScopeKind};
use crate::syntax::ast::{self, Expr, Ranged};

impl<'m, 'a> Lower<'m, 'a> {
    /// The qualified name of a function or class defined here.
    fn child_qualname(&self, name: &str) -> String {
        if self.is_module {
            name.to_string()
        } else if self.ns.is_some() {
            format!("{}.{}", self.qualname, name)
        } else {
            format!("{}.<locals>.{}", self.qualname, name)
        }
    }

    /// Reserves a function id for a body lowered later.
    fn new_func(&mut self, name: &str, pending: Pending<'a>) -> FuncId {
        let id = FuncId(self.m.functions.len() as u32);
        self.m.functions.push(Function::new(name, 0));
        self.ctx.pending.push((id, pending));
        id
    }

    /// Evaluates decorators (before anything else of the definition) into temporaries.
    fn decorators(&mut self, list: &'a [Expr]) -> LResult<Vec<Local>> {
        let mut out = vec![];
        for d in list {
            let v = self.expr(d)?;
            let t = self.temp("deco");
            self.store_local(t, v);
            out.push(t);
        }
        Ok(out)
    }

    /// Applies decorators, innermost (last written) first.
    fn apply_decorators(&mut self, mut v: Inst, decos: Vec<Local>, list: &'a [Expr]) -> Inst {
        for (t, d) in decos.into_iter().zip(list).rev() {
            let t = self.load_temp(t);
            self.at(d.range());
            v = self.emit(Op::Call { kwnames: vec![] }, vec![t, v]);
        }
        v
    }

    /// The tuple of cells a new function with scope `range` closes over, if any.
    fn closure(&mut self, range: ast::text_size::TextRange) -> Option<Inst> {
        let frees = self.ctx.symtable.scope(range).frees.clone();
        if frees.is_empty() {
            return None;
        }
        let cells: Vec<Inst> = frees
            .iter()
            .map(|n| {
                let l = self.locals[n.as_str()];
                debug_assert!(self.f.local(l).cell);
                self.load_temp(l)
            })
            .collect();
        Some(self.emit(Op::BuildTuple, cells))
    }

    /// Makes the function object for `id`, evaluating its defaults here.
    fn make_function(&mut self, id: FuncId, args: &'a ast::Arguments, returns: Option<&'a Expr>, range: ast::text_size::TextRange) -> LResult<Inst> {
        let pos: Vec<&'a Expr> = args.posonlyargs.iter().chain(&args.args).filter_map(|p| p.default.as_deref()).collect();
        let kw: Vec<(&'a str, &'a Expr)> = args.kwonlyargs.iter().filter_map(|p| p.default.as_deref().map(|d| (p.def.arg.as_str(), d))).collect();
        let mut all = pos.clone();
        all.extend(kw.iter().map(|(_, e)| *e));
        // Annotations are evaluated after the defaults (`annotate.rs`).
        let anns = Self::def_annotations(args, returns);
        let evaluated = !anns.is_empty() && !self.ctx.future_annotations;
        if evaluated {
            all.extend(anns.iter().map(|(_, e)| *e));
        }
        let vals = self.operands(&all)?;
        let mut ann_items = vec![];
        if evaluated {
            for (i, (name, _)) in anns.iter().enumerate() {
                ann_items.push(self.constant(Const::Str(name.to_string())));
                ann_items.push(vals[pos.len() + kw.len() + i]);
            }
        } else if !anns.is_empty() {
            ann_items = self.annotation_items(&anns)?;
        }
        let mut margs = vec![];
        if !pos.is_empty() {
            margs.push(self.emit(Op::BuildTuple, vals[..pos.len()].to_vec()));
        }
        if !kw.is_empty() {
            let mut items = vec![];
            for (i, (name, _)) in kw.iter().enumerate() {
                items.push(self.constant(Const::Str(name.to_string())));
                items.push(vals[pos.len() + i]);
            }
            margs.push(self.emit(Op::BuildDict, items));
        }
        let ann = if ann_items.is_empty() { None } else { Some(self.emit(Op::BuildDict, ann_items)) };
        let closure = self.closure(range);
        margs.extend(closure);
        self.at(range);
        let f = self.emit(Op::MakeFunction { func: id, defaults: !pos.is_empty(), kwdefaults: !kw.is_empty(), closure: closure.is_some() }, margs);
        if let Some(d) = ann {
            self.emit(Op::SetAttr("__annotations__".into()), vec![f, d]);
        }
        Ok(f)
    }

    pub fn def_stmt(&mut self, def: &'a ast::StmtFunctionDef) -> LResult<()> {
        if def.type_params.first().is_some() {
            return self.unsupported(def.range, "type parameters are");
        }
        let decos = self.decorators(&def.decorator_list)?;
        let qual = self.child_qualname(&def.name);
        let id = self.new_func(&def.name, Pending::Def(def, qual));
        let fv = self.make_function(id, &def.args, def.returns.as_deref(), def.range)?;
        let fv = self.apply_decorators(fv, decos, &def.decorator_list);
        self.store_name(&def.name, fv);
        Ok(())
    }

    /// `async def`: as `def`, lowered later as a coroutine.
    pub fn async_def_stmt(&mut self, def: &'a ast::StmtAsyncFunctionDef) -> LResult<()> {
        if def.type_params.first().is_some() {
            return self.unsupported(def.range, "type parameters are");
        }
        let decos = self.decorators(&def.decorator_list)?;
        let qual = self.child_qualname(&def.name);
        let id = self.new_func(&def.name, Pending::AsyncDef(def, qual));
        let fv = self.make_function(id, &def.args, def.returns.as_deref(), def.range)?;
        let fv = self.apply_decorators(fv, decos, &def.decorator_list);
        self.store_name(&def.name, fv);
        Ok(())
    }

    pub fn lambda(&mut self, l: &'a ast::ExprLambda) -> LResult<Inst> {
        let qual = self.child_qualname("<lambda>");
        let id = self.new_func("<lambda>", Pending::Lambda(l, qual));
        self.make_function(id, &l.args, None, l.range)
    }

    /// A comprehension: makes its function and calls it with the iterator of the
    /// first iterable, which is evaluated here.
    pub fn comprehension(&mut self, range: ast::text_size::TextRange, gens: &'a [ast::Comprehension], kind: CompKind, elts: Vec<&'a Expr>) -> LResult<Inst> {
        // A comprehension that awaits is a coroutine, awaited here; only an async
        // function or another comprehension may await it (CPython's rule).
        let awaited = kind != CompKind::Gen && self.ctx.symtable.scope(range).is_coroutine;
        if awaited && (self.is_module || !(self.scope.is_async || self.scope.kind == ScopeKind::Comprehension)) {
            return Err(self.ctx.error(range, "asynchronous comprehension outside of an asynchronous function"));
        }
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Gen => "<genexpr>",
        };
        let qual = self.child_qualname(name);
        let id = self.new_func(name, Pending::Comp(range, gens, kind, elts, qual));
        let closure = self.closure(range);
        let fv = self.emit(Op::MakeFunction { func: id, defaults: false, kwdefaults: false, closure: closure.is_some() }, closure.into_iter().collect());
        let fv = self.keep_across(fv, &[&gens[0].iter]);
        let it = self.expr(&gens[0].iter)?;
        self.at(gens[0].iter.range());
        let it = if gens[0].is_async { self.get_aiter(it) } else { self.emit(Op::GetIter, vec![it]) };
        let fv = self.restore(fv);
        self.at(range);
        let r = self.emit(Op::Call { kwnames: vec![] }, vec![fv, it]);
        Ok(if awaited { self.await_value(r, 0) } else { r })
    }

    pub fn class_stmt(&mut self, c: &'a ast::StmtClassDef) -> LResult<()> {
        if c.type_params.first().is_some() {
            return self.unsupported(c.range, "type parameters are");
        }
        let decos = self.decorators(&c.decorator_list)?;
        let qual = self.child_qualname(&c.name);
        let id = self.new_func(&c.name, Pending::Class(c, qual));
        let closure = self.closure(c.range);
        self.at(c.range);
        let body = self.emit(Op::MakeFunction { func: id, defaults: false, kwdefaults: false, closure: closure.is_some() }, closure.into_iter().collect());
        let body_t = self.temp("classbody");
        self.store_local(body_t, body);
        let bc = self.emit(Op::Builtin("__build_class__".into()), vec![]);
        let bc_t = self.temp("build_class");
        self.store_local(bc_t, bc);
        let name = self.constant(Const::Str(c.name.to_string()));
        let name_t = self.temp("classname");
        self.store_local(name_t, name);
        self.at(c.range);
        let cls = self.call_ex(bc_t, &[body_t, name_t], &c.bases, &c.keywords, c.range)?;
        let cls = self.apply_decorators(cls, decos, &c.decorator_list);
        self.store_name(&c.name, cls);
        Ok(())
    }

    /// A call whose arguments are built at run time into a tuple and a dict: for `*`
    /// and `**` unpacking. The callee and leading arguments are already in temporaries.
    pub fn call_ex(&mut self, callee: Local, prefix: &[Local], args: &'a [Expr], keywords: &'a [ast::Keyword], range: ast::text_size::TextRange) -> LResult<Inst> {
        let pre: Vec<Inst> = prefix.iter().map(|t| self.load_temp(*t)).collect();
        let lst = self.emit(Op::BuildList, pre);
        let lst_t = self.temp("args");
        self.store_local(lst_t, lst);
        for a in args {
            match a {
                Expr::Starred(s) => {
                    let v = self.expr(&s.value)?;
                    let l = self.load_temp(lst_t);
                    let f = self.load_temp(callee);
                    self.at(range);
                    self.emit(Op::ListExtend, vec![l, v, f]);
                }
                other => {
                    let v = self.expr(other)?;
                    let l = self.load_temp(lst_t);
                    self.emit(Op::ListAppend, vec![l, v]);
                }
            }
        }
        let kw_t = if keywords.is_empty() {
            None
        } else {
            let d = self.emit(Op::BuildDict, vec![]);
            let t = self.temp("kwargs");
            self.store_local(t, d);
            for k in keywords {
                let v = self.expr(&k.value)?;
                let d = self.load_temp(t);
                match &k.arg {
                    Some(n) => {
                        let key = self.constant(Const::Str(n.to_string()));
                        let f = self.load_temp(callee);
                        let one = self.emit(Op::BuildDict, vec![key, v]);
                        self.emit(Op::DictMerge { call: true }, vec![d, one, f]);
                    }
                    None => {
                        let f = self.load_temp(callee);
                        self.at(k.value.range());
                        self.emit(Op::DictMerge { call: true }, vec![d, v, f]);
                    }
                }
            }
            Some(t)
        };
        let f = self.load_temp(callee);
        let l = self.load_temp(lst_t);
        let tup = self.emit(Op::ListToTuple, vec![l]);
        let mut cargs = vec![f, tup];
        if let Some(t) = kw_t {
            cargs.push(self.load_temp(t));
        }
        self.at(range);
        Ok(self.emit(Op::CallEx, cargs))
    }

    /// `super()` without arguments in a method: `super(__class__, <first argument>)`.
    pub fn zero_arg_super(&mut self) -> Option<Inst> {
        if self.resolve("super") != Resolved::Global || self.ctx.globals.contains("super") {
            return None;
        }
        let cls = *self.locals.get("__class__")?;
        let first = *self.f.params.first()?;
        let first_name = self.f.local(first).name.clone();
        let s = self.emit(Op::Builtin("super".into()), vec![]);
        let c = self.emit(Op::LoadDeref { local: cls, free: true }, vec![]);
        let o = self.load_name(&first_name);
        Some(self.emit(Op::Call { kwnames: vec![] }, vec![s, c, o]))
    }
}

/// Lowers a body that was met inside another function.
pub fn lower_pending<'a>(m: &mut Module, ctx: &mut ModCtx<'a>, p: Pending<'a>) -> LResult<Function> {
    match p {
        Pending::Def(def, qual) => lower_def(m, ctx, &def.name, &def.args, &def.body, def.range, qual),
        Pending::AsyncDef(def, qual) => lower_def(m, ctx, &def.name, &def.args, &def.body, def.range, qual),
        Pending::Lambda(lam, qual) => {
            let line = ctx.loc(lam.range).line;
            let mut f = function_with_params("<lambda>", line, &qual, &lam.args);
            let scope = ctx.symtable.scope(lam.range).clone();
            // `lambda: (yield)` is a generator function whose return value is the body's.
            f.generator = scope.is_generator;
            f.flavor = Flavor::Generator;
            let mut l = Lower::new(m, ctx, f, scope, false);
            l.at(lam.body.range());
            let v = l.expr(&lam.body)?;
            l.terminate(Term::Return(v));
            Ok(l.f)
        }
        Pending::Comp(range, gens, kind, elts, qual) => {
            let line = ctx.loc(range).line;
            let name = match kind {
                CompKind::List => "<listcomp>",
                CompKind::Set => "<setcomp>",
                CompKind::Dict => "<dictcomp>",
                CompKind::Gen => "<genexpr>",
            };
            let mut f = Function::new(name, line);
            let scope = ctx.symtable.scope(range).clone();
            f.generator = kind == CompKind::Gen || scope.is_coroutine;
            f.flavor = match (kind == CompKind::Gen, scope.is_coroutine) {
                (_, false) => Flavor::Generator,
                (true, true) => Flavor::AsyncGenerator,
                (false, true) => Flavor::Coroutine,
            };
            f.qualname = qual;
            let p = f.new_local(".0", Type::Object, LocalKind::Param);
            f.params.push(p);
            f.sig.positional = 1;
            if scope.is_generator {
                return Err(ctx.error(range, "`yield` inside a comprehension is not allowed"));
            }
            let mut l = Lower::new(m, ctx, f, scope, false);
            l.at(range);
            let empty = match kind {
                CompKind::List => Op::BuildList,
                CompKind::Set => Op::BuildSet,
                _ => Op::BuildDict,
            };
            let res_t = l.temp("comp");
            if kind != CompKind::Gen {
                let res = l.emit(empty, vec![]);
                l.store_local(res_t, res);
            }
            l.comp_loop(gens, 0, kind, &elts, res_t, p)?;
            let r = if kind == CompKind::Gen { l.none() } else { l.load_temp(res_t) };
            l.terminate(Term::Return(r));
            Ok(l.f)
        }
        Pending::Class(c, qual) => {
            let line = ctx.loc(c.range).line;
            let mut f = Function::new(&c.name, line);
            f.qualname = qual.clone();
            let p = f.new_local(".ns", Type::Object, LocalKind::Param);
            f.params.push(p);
            f.sig.positional = 1;
            let scope = ctx.symtable.scope(c.range).clone();
            debug_assert_eq!(scope.kind, ScopeKind::Class);
            let class_cell = scope.class_cell;
            let module_name = m.name.clone();
            let mut l = Lower::new(m, ctx, f, scope, false);
            l.qualname = qual.clone();
            l.ns = Some(p);
            l.at(c.range);
            let v = l.constant(Const::Str(module_name));
            l.store_name("__module__", v);
            let v = l.constant(Const::Str(qual));
            l.store_name("__qualname__", v);
            if let Some(ast::Stmt::Expr(ast::StmtExpr { value, .. })) = c.body.first() {
                if let Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(s), .. }) = &**value {
                    let v = l.constant(Const::Str(s.clone()));
                    l.store_name("__doc__", v);
                }
            }
            l.setup_annotations(&c.body);
            l.stmts(&c.body)?;
            if !l.terminated() {
                if class_cell {
                    let cell = l.locals["__class__"];
                    let ns = l.load_temp(p);
                    let k = l.constant(Const::Str("__classcell__".into()));
                    let cv = l.load_temp(cell);
                    l.emit(Op::SetItem, vec![ns, k, cv]);
                }
                l.finish_return_none();
            }
            Ok(l.f)
        }
    }
}

/// The body of a `def` or `async def`.
fn lower_def<'a>(m: &mut Module, ctx: &mut ModCtx<'a>, name: &str, a: &'a ast::Arguments, body: &'a [ast::Stmt], range: ast::text_size::TextRange, qual: String) -> LResult<Function> {
    let params: Vec<String> = a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs).map(|p| p.def.arg.to_string()).chain(a.vararg.iter().chain(&a.kwarg).map(|v| v.arg.to_string())).collect();
    if let Some((range, msg)) = crate::scope::check_global_decls(&params, body) {
        return Err(ctx.error(range, &msg));
    }
    let line = ctx.loc(range).line;
    let mut f = function_with_params(name, line, &qual, a);
    let scope = ctx.symtable.scope(range).clone();
    f.generator = scope.is_generator || scope.is_async;
    f.flavor = match (scope.is_async, scope.is_generator) {
        (false, _) => Flavor::Generator,
        (true, false) => Flavor::Coroutine,
        (true, true) => Flavor::AsyncGenerator,
    };
    if let Some(ast::Stmt::Expr(ast::StmtExpr { value, .. })) = body.first() {
        if let Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(s), .. }) = &**value {
            f.doc = Some(s.clone());
        }
    }
    let mut l = Lower::new(m, ctx, f, scope, false);
    l.stmts(body)?;
    l.finish_return_none();
    Ok(l.f)
}

/// A function with the parameters of `args`, in the order the ABI passes them.
fn function_with_params(name: &str, line: u32, qual: &str, args: &ast::Arguments) -> Function {
    let mut f = Function::new(name, line);
    f.qualname = qual.to_string();
    for p in args.posonlyargs.iter().chain(&args.args) {
        let l = f.new_local(&p.def.arg, Type::Object, LocalKind::Param);
        f.params.push(l);
    }
    f.sig.posonly = args.posonlyargs.len();
    f.sig.positional = args.posonlyargs.len() + args.args.len();
    if let Some(v) = &args.vararg {
        let l = f.new_local(&v.arg, Type::Object, LocalKind::Param);
        f.params.push(l);
        f.sig.varargs = true;
    }
    for p in &args.kwonlyargs {
        let l = f.new_local(&p.def.arg, Type::Object, LocalKind::Param);
        f.params.push(l);
    }
    f.sig.kwonly = args.kwonlyargs.len();
    if let Some(v) = &args.kwarg {
        let l = f.new_local(&v.arg, Type::Object, LocalKind::Param);
        f.params.push(l);
        f.sig.varkw = true;
    }
    f.ndefaults = args.posonlyargs.iter().chain(&args.args).filter(|p| p.default.is_some()).count();
    f
}

impl<'m, 'a> Lower<'m, 'a> {
    /// The loops of a comprehension, from generator `i` inward.
    fn comp_loop(&mut self, gens: &'a [ast::Comprehension], i: usize, kind: CompKind, elts: &[&'a Expr], res: Local, first: Local) -> LResult<()> {
        if i == gens.len() {
            match kind {
                CompKind::Dict => {
                    let v = self.operands(&[elts[0], elts[1]])?;
                    let r = self.load_temp(res);
                    self.emit(Op::DictSet, vec![r, v[0], v[1]]);
                }
                CompKind::Gen => {
                    let v = self.expr(elts[0])?;
                    self.yield_value(v);
                }
                _ => {
                    let v = self.expr(elts[0])?;
                    let r = self.load_temp(res);
                    let op = if kind == CompKind::Set { Op::SetAdd } else { Op::ListAppend };
                    self.emit(op, vec![r, v]);
                }
            }
            return Ok(());
        }
        let g = &gens[i];
        let it = if i == 0 {
            self.load_temp(first)
        } else {
            let v = self.expr(&g.iter)?;
            self.at(g.iter.range());
            if g.is_async {
                self.get_aiter(v)
            } else {
                self.emit(Op::GetIter, vec![v])
            }
        };
        let it_t = self.temp("iter");
        self.store_local(it_t, it);
        let item = self.temp("item");
        let (head, body, done) = (self.block(), self.block(), self.block());
        self.jump(head);
        self.switch(head);
        self.at(g.iter.range());
        if g.is_async {
            self.async_next(it_t, item, done, g.iter.range());
            self.jump(body);
        } else {
            let itv = self.load_temp(it_t);
            let got = self.emit(Op::IterNext { target: item }, vec![itv]);
            self.terminate(Term::Branch(got, body, done));
        }
        self.switch(body);
        let v = self.load_temp(item);
        self.assign(&g.target, v)?;
        for cond in &g.ifs {
            let next = self.block();
            self.branch(cond, next, head)?;
            self.switch(next);
        }
        self.comp_loop(gens, i + 1, kind, elts, res, first)?;
        self.jump(head);
        self.switch(done);
        self.emit(Op::DelLocal { local: it_t, checked: false }, vec![]);
        Ok(())
    }
}
