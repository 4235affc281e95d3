//! The symbol table: for every scope of a module (the module body, each `def`, `lambda`,
//! class body and comprehension), which names it binds, which it reads, and how each
//! name resolves — local, cell (a local captured by an inner scope), free (a variable
//! of an enclosing function), or global/builtin — decided once before lowering, the
//! way CPython's symtable does.
//!
//! Scopes are keyed by their node's source range. A comprehension's first iterable is
//! evaluated in the enclosing scope and passed to the comprehension's function as its
//! one parameter, `.0`, as in CPython 3.11; an assignment expression inside a
//! comprehension binds in the nearest enclosing function or module.

use crate::syntax::ast::{self, Expr, Stmt};
use crate::syntax::span;
use std::collections::{BTreeSet, HashMap};

/// What kind of code a scope holds.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum ScopeKind {
    #[default]
    Module,
    Function,
    Lambda,
    Class,
    Comprehension,
}

/// Where a name lives, from the point of view of one scope.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Resolved {
    /// A plain local variable of a function.
    Local,
    /// A local variable captured by an inner scope (kept in a cell).
    Cell,
    /// A variable of an enclosing function, reached through the closure.
    Free,
    /// A name of a class body's namespace.
    ClassLocal,
    /// A module global, or a builtin when the module does not bind it.
    Global,
}

/// The names of one scope.
#[derive(Debug, Default, Clone)]
pub struct FuncScope {
    pub kind: ScopeKind,
    /// Parameters and bound names, in first-seen order (parameters first).
    pub locals: Vec<String>,
    /// Names declared `global`.
    pub globals: BTreeSet<String>,
    /// Names declared `nonlocal`.
    pub nonlocals: BTreeSet<String>,
    /// Names that `del`, or the end of an `except ... as` clause, can unbind.
    pub unbound: BTreeSet<String>,
    /// Locals that inner scopes capture.
    pub cells: BTreeSet<String>,
    /// Variables of enclosing functions this scope (or an inner one) uses, in closure order.
    pub frees: Vec<String>,
    /// Names read.
    pub uses: BTreeSet<String>,
    /// Names an assignment expression in this comprehension binds in an outer scope.
    pub walrus: BTreeSet<String>,
    /// Does the body contain `yield`?
    pub is_generator: bool,
    /// An `async def`.
    pub is_async: bool,
    /// CPython's `ste_coroutine`: an `async def`, or a comprehension that awaits
    /// (`await`, `async for`, or an inner list/set/dict comprehension that awaits).
    pub is_coroutine: bool,
    /// A class body whose methods use `__class__` (zero-argument `super()`).
    pub class_cell: bool,
}

impl FuncScope {
    pub fn is_local(&self, name: &str) -> bool {
        self.locals.iter().any(|l| l == name)
    }
    /// How `name` resolves in this scope.
    pub fn resolve(&self, name: &str) -> Resolved {
        if self.globals.contains(name) {
            return Resolved::Global;
        }
        if self.nonlocals.contains(name) {
            return Resolved::Free;
        }
        if self.is_local(name) {
            return match self.kind {
                ScopeKind::Module => Resolved::Global,
                ScopeKind::Class => Resolved::ClassLocal,
                _ if self.cells.contains(name) => Resolved::Cell,
                _ => Resolved::Local,
            };
        }
        if self.frees.iter().any(|f| f == name) {
            return Resolved::Free;
        }
        Resolved::Global
    }
}

/// Every scope of a module.
#[derive(Debug, Default)]
pub struct SymTable {
    scopes: HashMap<(usize, usize), FuncScope>,
    /// Names bound at module level or declared global anywhere.
    pub module_globals: BTreeSet<String>,
}

impl SymTable {
    /// The scope of the node with this range.
    pub fn scope(&self, range: ast::text_size::TextRange) -> &FuncScope {
        &self.scopes[&span(range)]
    }
}

/// A syntax error found while building the table: the node and CPython's message.
pub type ScopeError = (ast::text_size::TextRange, String);

/// A scope met inside another, analysed after its parent's names are known.
enum Child<'a> {
    /// A function: its range, parameters, body, and whether it is an `async def`.
    Func(ast::text_size::TextRange, &'a ast::Arguments, &'a [Stmt], bool),
    Lambda(&'a ast::ExprLambda),
    Class(&'a ast::StmtClassDef),
    /// A comprehension: its range, generators, element expressions, and whether it is
    /// a generator expression.
    Comp(ast::text_size::TextRange, &'a [ast::Comprehension], Vec<&'a Expr>, bool),
}

/// Builds the symbol table of a module.
pub fn build(body: &[Stmt]) -> Result<SymTable, ScopeError> {
    let mut t = SymTable::default();
    let mut module = FuncScope { kind: ScopeKind::Module, ..Default::default() };
    let mut children = vec![];
    {
        let mut c = Collector { s: &mut module, children: &mut children };
        c.stmts(body);
    }
    let mut all_globals = module.locals.iter().cloned().collect::<BTreeSet<_>>();
    all_globals.extend(module.globals.iter().cloned());
    let chain: Vec<&FuncScope> = vec![];
    for ch in children {
        analyse(&mut t, ch, &chain_with(&chain, &module), &mut all_globals)?;
    }
    t.module_globals = all_globals;
    t.scopes.insert((0, usize::MAX), module);
    Ok(t)
}

fn chain_with<'s>(chain: &[&'s FuncScope], s: &'s FuncScope) -> Vec<&'s FuncScope> {
    let mut c = chain.to_vec();
    c.push(s);
    c
}

fn params_of(a: &ast::Arguments) -> Vec<String> {
    let mut v: Vec<String> = a.posonlyargs.iter().chain(&a.args).map(|p| p.def.arg.to_string()).collect();
    if let Some(x) = &a.vararg {
        v.push(x.arg.to_string());
    }
    v.extend(a.kwonlyargs.iter().map(|p| p.def.arg.to_string()));
    if let Some(x) = &a.kwarg {
        v.push(x.arg.to_string());
    }
    v
}

/// Analyses one child scope with its enclosing scopes (`chain`, innermost last) and
/// records it; returns nothing but fills the table.
fn analyse<'a>(t: &mut SymTable, ch: Child<'a>, chain: &[&FuncScope], all_globals: &mut BTreeSet<String>) -> Result<FuncScope, ScopeError> {
    let mut s = FuncScope::default();
    let mut children = vec![];
    let range;
    {
        let mut c = Collector { s: &mut s, children: &mut children };
        match &ch {
            Child::Func(r, args, body, is_async) => {
                range = *r;
                c.s.kind = ScopeKind::Function;
                c.s.is_async = *is_async;
                c.s.is_coroutine = *is_async;
                for p in params_of(args) {
                    c.bind(&p);
                }
                c.s.globals.extend(declared(body, true));
                c.s.nonlocals.extend(declared(body, false));
                c.stmts(body);
            }
            Child::Lambda(l) => {
                range = l.range;
                c.s.kind = ScopeKind::Lambda;
                for p in params_of(&l.args) {
                    c.bind(&p);
                }
                c.expr(&l.body);
            }
            Child::Class(cd) => {
                range = cd.range;
                c.s.kind = ScopeKind::Class;
                c.s.globals.extend(declared(&cd.body, true));
                c.s.nonlocals.extend(declared(&cd.body, false));
                c.stmts(&cd.body);
            }
            Child::Comp(r, gens, elts, _) => {
                range = *r;
                c.s.kind = ScopeKind::Comprehension;
                c.s.is_coroutine = gens.iter().any(|g| g.is_async);
                c.bind(".0");
                for (i, g) in gens.iter().enumerate() {
                    if i > 0 {
                        c.expr(&g.iter);
                    }
                    c.target(&g.target);
                    for cond in &g.ifs {
                        c.expr(cond);
                    }
                }
                for e in elts {
                    c.expr(e);
                }
            }
        }
    }
    // Names declared global or nonlocal are not locals.
    let (g, n) = (s.globals.clone(), s.nonlocals.clone());
    s.locals.retain(|l| !g.contains(l) && !n.contains(l));
    let w = s.walrus.clone();
    if s.kind == ScopeKind::Comprehension {
        s.locals.retain(|l| !w.contains(l));
    }
    all_globals.extend(s.globals.iter().cloned());
    for name in s.nonlocals.clone() {
        let found = chain.iter().rev().filter(|sc| !matches!(sc.kind, ScopeKind::Class | ScopeKind::Module)).any(|sc| sc.is_local(name.as_str()) || sc.nonlocals.contains(&name));
        if !found {
            let body: &[Stmt] = match &ch {
                Child::Func(_, _, b, _) => b,
                Child::Class(c) => &c.body,
                _ => &[],
            };
            let mut at = range;
            walk_stmts(body, &mut |st| {
                if let Stmt::Nonlocal(n) = st {
                    if n.names.iter().any(|x| x.as_str() == name) && at == range {
                        at = n.range;
                    }
                }
            });
            return Err((at, format!("no binding for nonlocal '{}' found", name)));
        }
        if !s.frees.contains(&name) {
            s.frees.push(name);
        }
    }
    // Free variables this scope reads or writes directly.
    let mut names: Vec<String> = s.uses.iter().cloned().collect();
    names.extend(w.iter().cloned());
    for name in names {
        if s.is_local(&name) || s.globals.contains(&name) || s.frees.contains(&name) {
            continue;
        }
        if let Some(true) = lookup_enclosing(chain, &name) {
            s.frees.push(name);
        }
    }
    // Zero-argument super() and __class__ in a method refer to the class being defined.
    if matches!(s.kind, ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension)
        && (s.uses.contains("super") || s.uses.contains("__class__"))
        && chain.iter().any(|sc| sc.kind == ScopeKind::Class)
        && !s.frees.iter().any(|f| f == "__class__")
    {
        s.frees.push("__class__".into());
    }
    for ch in children {
        // A list, set or dict comprehension that awaits is awaited where it is
        // evaluated, which makes an enclosing comprehension await too.
        let awaited = matches!(ch, Child::Comp(_, _, _, false));
        let inner = {
            let c = chain_with(chain, &s);
            analyse(t, ch, &c, all_globals)?
        };
        if awaited && inner.is_coroutine {
            s.is_coroutine = true;
        }
        for f in &inner.frees {
            if f == "__class__" && s.kind == ScopeKind::Class {
                s.class_cell = true;
            } else if s.is_local(f) && s.kind != ScopeKind::Class {
                s.cells.insert(f.clone());
            } else if !s.frees.contains(f) {
                s.frees.push(f.clone());
            }
        }
    }
    t.scopes.insert(span(range), s.clone());
    Ok(s)
}

/// Does an enclosing function bind `name`? `Some(true)`: yes (a free variable);
/// `Some(false)`: a scope declares it global first; `None`: not found.
fn lookup_enclosing(chain: &[&FuncScope], name: &str) -> Option<bool> {
    for sc in chain.iter().rev() {
        match sc.kind {
            ScopeKind::Class => continue,
            ScopeKind::Module => return None,
            _ => {
                if sc.globals.contains(name) {
                    return Some(false);
                }
                if sc.is_local(name) || sc.nonlocals.contains(name) || (sc.kind == ScopeKind::Comprehension && sc.walrus.contains(name)) {
                    return Some(true);
                }
            }
        }
    }
    None
}

/// The names a body declares `global` (or `nonlocal`), not looking into inner scopes.
fn declared(body: &[Stmt], global: bool) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    walk_stmts(body, &mut |s| match s {
        Stmt::Global(g) if global => out.extend(g.names.iter().map(|n| n.to_string())),
        Stmt::Nonlocal(g) if !global => out.extend(g.names.iter().map(|n| n.to_string())),
        _ => {}
    });
    out
}

/// Calls `f` on every statement of a body, nested blocks included, inner scopes not.
pub fn walk_stmts<'a>(body: &'a [Stmt], f: &mut dyn FnMut(&'a Stmt)) {
    for s in body {
        f(s);
        match s {
            Stmt::If(x) => {
                walk_stmts(&x.body, f);
                walk_stmts(&x.orelse, f);
            }
            Stmt::While(x) => {
                walk_stmts(&x.body, f);
                walk_stmts(&x.orelse, f);
            }
            Stmt::For(x) => {
                walk_stmts(&x.body, f);
                walk_stmts(&x.orelse, f);
            }
            Stmt::AsyncFor(x) => {
                walk_stmts(&x.body, f);
                walk_stmts(&x.orelse, f);
            }
            Stmt::With(x) => walk_stmts(&x.body, f),
            Stmt::AsyncWith(x) => walk_stmts(&x.body, f),
            Stmt::Try(x) => {
                walk_stmts(&x.body, f);
                for h in &x.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    walk_stmts(&h.body, f);
                }
                walk_stmts(&x.orelse, f);
                walk_stmts(&x.finalbody, f);
            }
            Stmt::TryStar(x) => {
                walk_stmts(&x.body, f);
                for h in &x.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    walk_stmts(&h.body, f);
                }
                walk_stmts(&x.orelse, f);
                walk_stmts(&x.finalbody, f);
            }
            Stmt::Match(m) => {
                for c in &m.cases {
                    walk_stmts(&c.body, f);
                }
            }
            _ => {}
        }
    }
}

/// Calls `f` on each direct sub-expression of `e` that belongs to the same scope
/// (for lambdas and comprehensions: the parts evaluated outside them).
pub fn sub_exprs<'a>(e: &'a Expr, f: &mut dyn FnMut(&'a Expr)) {
    match e {
        Expr::BoolOp(x) => x.values.iter().for_each(f),
        Expr::NamedExpr(x) => {
            f(&x.target);
            f(&x.value);
        }
        Expr::BinOp(x) => {
            f(&x.left);
            f(&x.right);
        }
        Expr::UnaryOp(x) => f(&x.operand),
        Expr::Lambda(x) => {
            for d in x.args.posonlyargs.iter().chain(&x.args.args).chain(&x.args.kwonlyargs) {
                if let Some(d) = &d.default {
                    f(d);
                }
            }
        }
        Expr::IfExp(x) => {
            f(&x.test);
            f(&x.body);
            f(&x.orelse);
        }
        Expr::Dict(x) => {
            for (k, v) in x.keys.iter().zip(&x.values) {
                if let Some(k) = k {
                    f(k);
                }
                f(v);
            }
        }
        Expr::Set(x) => x.elts.iter().for_each(f),
        Expr::ListComp(x) => f(&x.generators[0].iter),
        Expr::SetComp(x) => f(&x.generators[0].iter),
        Expr::DictComp(x) => f(&x.generators[0].iter),
        Expr::GeneratorExp(x) => f(&x.generators[0].iter),
        Expr::Await(x) => f(&x.value),
        Expr::Yield(x) => {
            if let Some(v) = &x.value {
                f(v);
            }
        }
        Expr::YieldFrom(x) => f(&x.value),
        Expr::Compare(x) => {
            f(&x.left);
            x.comparators.iter().for_each(f);
        }
        Expr::Call(x) => {
            f(&x.func);
            x.args.iter().for_each(&mut *f);
            x.keywords.iter().for_each(|k| f(&k.value));
        }
        Expr::FormattedValue(x) => {
            f(&x.value);
            if let Some(s) = &x.format_spec {
                f(s);
            }
        }
        Expr::JoinedStr(x) => x.values.iter().for_each(f),
        Expr::Constant(_) | Expr::Name(_) => {}
        Expr::Attribute(x) => f(&x.value),
        Expr::Subscript(x) => {
            f(&x.value);
            f(&x.slice);
        }
        Expr::Starred(x) => f(&x.value),
        Expr::List(x) => x.elts.iter().for_each(f),
        Expr::Tuple(x) => x.elts.iter().for_each(f),
        Expr::Slice(x) => [&x.lower, &x.upper, &x.step].into_iter().flatten().for_each(|v| f(v)),
    }
}

/// The names assignment expressions bind inside a comprehension (nested ones too).
fn walrus_targets(gens: &[ast::Comprehension], elts: &[&Expr], out: &mut Vec<String>) {
    fn walk(e: &Expr, out: &mut Vec<String>) {
        match e {
            Expr::NamedExpr(n) => {
                if let Expr::Name(t) = &*n.target {
                    out.push(t.id.to_string());
                }
                walk(&n.value, out);
            }
            Expr::Lambda(_) => {}
            Expr::ListComp(x) => inner(&x.generators, &[&x.elt], out),
            Expr::SetComp(x) => inner(&x.generators, &[&x.elt], out),
            Expr::GeneratorExp(x) => inner(&x.generators, &[&x.elt], out),
            Expr::DictComp(x) => inner(&x.generators, &[&x.key, &x.value], out),
            _ => sub_exprs(e, &mut |s| walk(s, out)),
        }
    }
    fn inner(gens: &[ast::Comprehension], elts: &[&Expr], out: &mut Vec<String>) {
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                walk(&g.iter, out);
            }
            g.ifs.iter().for_each(|c| walk(c, out));
        }
        elts.iter().for_each(|e| walk(e, out));
    }
    inner(gens, elts, out)
}

/// Collects the names of one scope's own code, and the scopes inside it.
struct Collector<'s, 'a> {
    s: &'s mut FuncScope,
    children: &'s mut Vec<Child<'a>>,
}

impl<'s, 'a> Collector<'s, 'a> {
    fn bind(&mut self, name: &str) {
        if !self.s.is_local(name) {
            self.s.locals.push(name.to_string());
        }
    }

    fn target(&mut self, e: &'a Expr) {
        match e {
            Expr::Name(n) => self.bind(&n.id),
            Expr::Tuple(t) => t.elts.iter().for_each(|x| self.target(x)),
            Expr::List(t) => t.elts.iter().for_each(|x| self.target(x)),
            Expr::Starred(x) => self.target(&x.value),
            _ => self.expr(e),
        }
    }

    fn expr(&mut self, e: &'a Expr) {
        match e {
            Expr::Name(n) => match n.ctx {
                ast::ExprContext::Load => {
                    self.s.uses.insert(n.id.to_string());
                }
                ast::ExprContext::Store => self.bind(&n.id),
                ast::ExprContext::Del => {
                    self.bind(&n.id);
                    self.s.unbound.insert(n.id.to_string());
                }
            },
            Expr::NamedExpr(n) => {
                if let Expr::Name(t) = &*n.target {
                    if self.s.kind == ScopeKind::Comprehension {
                        self.s.walrus.insert(t.id.to_string());
                    } else {
                        self.bind(&t.id);
                    }
                }
                self.expr(&n.value);
            }
            Expr::Yield(_) | Expr::YieldFrom(_) => {
                self.s.is_generator = true;
                sub_exprs(e, &mut |x| self.expr(x));
            }
            Expr::Await(_) => {
                self.s.is_coroutine = true;
                sub_exprs(e, &mut |x| self.expr(x));
            }
            Expr::Lambda(l) => {
                sub_exprs(e, &mut |x| self.expr(x));
                self.children.push(Child::Lambda(l));
            }
            Expr::ListComp(x) => self.comp(x.range, &x.generators, vec![&x.elt], false),
            Expr::SetComp(x) => self.comp(x.range, &x.generators, vec![&x.elt], false),
            Expr::GeneratorExp(x) => self.comp(x.range, &x.generators, vec![&x.elt], true),
            Expr::DictComp(x) => self.comp(x.range, &x.generators, vec![&x.key, &x.value], false),
            _ => sub_exprs(e, &mut |x| self.expr(x)),
        }
    }

    fn comp(&mut self, range: ast::text_size::TextRange, gens: &'a [ast::Comprehension], elts: Vec<&'a Expr>, genexp: bool) {
        self.expr(&gens[0].iter);
        let mut w = vec![];
        walrus_targets(gens, &elts, &mut w);
        for name in w {
            if self.s.kind == ScopeKind::Comprehension {
                self.s.walrus.insert(name);
            } else {
                self.bind(&name);
            }
        }
        self.children.push(Child::Comp(range, gens, elts, genexp));
    }

    fn args_defaults(&mut self, a: &'a ast::Arguments) {
        for d in a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs) {
            if let Some(d) = &d.default {
                self.expr(d);
            }
        }
    }

    fn pattern(&mut self, p: &'a ast::Pattern) {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => self.expr(&v.value),
            P::MatchSingleton(_) => {}
            P::MatchSequence(s) => s.patterns.iter().for_each(|x| self.pattern(x)),
            P::MatchMapping(m) => {
                m.keys.iter().for_each(|k| self.expr(k));
                m.patterns.iter().for_each(|x| self.pattern(x));
                if let Some(r) = &m.rest {
                    self.bind(r);
                }
            }
            P::MatchClass(c) => {
                self.expr(&c.cls);
                c.patterns.iter().chain(&c.kwd_patterns).for_each(|x| self.pattern(x));
            }
            P::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.bind(n);
                }
            }
            P::MatchAs(a) => {
                if let Some(x) = &a.pattern {
                    self.pattern(x);
                }
                if let Some(n) = &a.name {
                    self.bind(n);
                }
            }
            P::MatchOr(o) => o.patterns.iter().for_each(|x| self.pattern(x)),
        }
    }

    fn stmts(&mut self, body: &'a [Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    /// `try` and `try`/`except*`: the handlers bind their names (unbound again after).
    fn try_parts(&mut self, body: &'a [Stmt], handlers: &'a [ast::ExceptHandler], orelse: &'a [Stmt], finalbody: &'a [Stmt]) {
        self.stmts(body);
        for h in handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            if let Some(ty) = &h.type_ {
                self.expr(ty);
            }
            if let Some(n) = &h.name {
                self.bind(n);
                self.s.unbound.insert(n.to_string());
            }
            self.stmts(&h.body);
        }
        self.stmts(orelse);
        self.stmts(finalbody);
    }

    fn stmt(&mut self, st: &'a Stmt) {
        match st {
            Stmt::FunctionDef(f) => {
                f.decorator_list.iter().for_each(|d| self.expr(d));
                self.args_defaults(&f.args);
                self.bind(&f.name);
                self.children.push(Child::Func(f.range, &f.args, &f.body, false));
            }
            Stmt::AsyncFunctionDef(f) => {
                f.decorator_list.iter().for_each(|d| self.expr(d));
                self.args_defaults(&f.args);
                self.bind(&f.name);
                self.children.push(Child::Func(f.range, &f.args, &f.body, true));
            }
            Stmt::ClassDef(c) => {
                c.decorator_list.iter().for_each(|d| self.expr(d));
                c.bases.iter().for_each(|d| self.expr(d));
                c.keywords.iter().for_each(|k| self.expr(&k.value));
                self.bind(&c.name);
                self.children.push(Child::Class(c));
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v);
                }
            }
            Stmt::Delete(d) => d.targets.iter().for_each(|t| self.expr(t)),
            Stmt::Assign(a) => {
                self.expr(&a.value);
                a.targets.iter().for_each(|t| self.target(t));
            }
            Stmt::TypeAlias(_) => {}
            Stmt::AugAssign(a) => {
                self.expr(&a.value);
                if let Expr::Name(n) = &*a.target {
                    self.s.uses.insert(n.id.to_string());
                }
                self.target(&a.target);
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v);
                }
                // `x: int` at module or class level evaluates the annotation; in a
                // function it is not evaluated but still makes `x` local.
                if self.s.kind != ScopeKind::Function && a.simple {
                    self.expr(&a.annotation);
                }
                self.target(&a.target);
            }
            Stmt::For(f) => {
                self.expr(&f.iter);
                self.target(&f.target);
                self.stmts(&f.body);
                self.stmts(&f.orelse);
            }
            Stmt::AsyncFor(f) => {
                self.expr(&f.iter);
                self.target(&f.target);
                self.stmts(&f.body);
                self.stmts(&f.orelse);
            }
            Stmt::While(w) => {
                self.expr(&w.test);
                self.stmts(&w.body);
                self.stmts(&w.orelse);
            }
            Stmt::If(i) => {
                self.expr(&i.test);
                self.stmts(&i.body);
                self.stmts(&i.orelse);
            }
            Stmt::With(w) => {
                for it in &w.items {
                    self.expr(&it.context_expr);
                    if let Some(v) = &it.optional_vars {
                        self.target(v);
                    }
                }
                self.stmts(&w.body);
            }
            Stmt::AsyncWith(w) => {
                for it in &w.items {
                    self.expr(&it.context_expr);
                    if let Some(v) = &it.optional_vars {
                        self.target(v);
                    }
                }
                self.stmts(&w.body);
            }
            Stmt::Match(m) => {
                self.expr(&m.subject);
                for c in &m.cases {
                    self.pattern(&c.pattern);
                    if let Some(g) = &c.guard {
                        self.expr(g);
                    }
                    self.stmts(&c.body);
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e);
                }
                if let Some(c) = &r.cause {
                    self.expr(c);
                }
            }
            Stmt::Try(t) => self.try_parts(&t.body, &t.handlers, &t.orelse, &t.finalbody),
            Stmt::TryStar(t) => self.try_parts(&t.body, &t.handlers, &t.orelse, &t.finalbody),
            Stmt::Assert(a) => {
                self.expr(&a.test);
                if let Some(m) = &a.msg {
                    self.expr(m);
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let bound = a.asname.as_ref().map(|n| n.to_string()).unwrap_or_else(|| a.name.split('.').next().unwrap().to_string());
                    self.bind(&bound);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.as_str() != "*" {
                        let bound = a.asname.as_ref().unwrap_or(&a.name).to_string();
                        self.bind(&bound);
                    }
                }
            }
            Stmt::Global(g) => {
                if self.s.kind == ScopeKind::Module {
                    self.s.globals.extend(g.names.iter().map(|n| n.to_string()));
                }
            }
            Stmt::Expr(e) => self.expr(&e.value),
            Stmt::Nonlocal(_) | Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
        }
    }
}

/// The range of the module scope's key (used by lowering for the module body).
pub fn module_key() -> (usize, usize) {
    (0, usize::MAX)
}

impl SymTable {
    pub fn module(&self) -> &FuncScope {
        &self.scopes[&module_key()]
    }
}

