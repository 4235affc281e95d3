//! Scope analysis: for the module and each function, which names are local, which are
//! module globals, and which refer to builtins — decided once, before lowering, the way
//! CPython's symtable does.

use crate::syntax::ast::{self, Expr, Stmt};
use std::collections::BTreeSet;

/// The names of one function body.
#[derive(Debug, Default, Clone)]
pub struct FuncScope {
    /// Parameters and assigned names not declared global, in first-seen order.
    pub locals: Vec<String>,
    /// Names declared `global`.
    pub globals: BTreeSet<String>,
    /// Names that `del` or the end of an `except ... as` clause can unbind (so even a
    /// parameter may be unbound when read).
    pub unbound: BTreeSet<String>,
}

impl FuncScope {
    pub fn is_local(&self, name: &str) -> bool {
        self.locals.iter().any(|l| l == name)
    }
}

/// Collects the scope of a function from its parameters and body.
pub fn function_scope(params: &[String], body: &[Stmt]) -> FuncScope {
    let mut s = FuncScope::default();
    for st in body {
        collect_globals(st, &mut s.globals);
    }
    for p in params {
        add(&mut s, p);
    }
    for st in body {
        collect_stmt(st, &mut s);
    }
    s
}

/// The names a module body binds (its globals).
pub fn module_bindings(body: &[Stmt]) -> Vec<String> {
    let mut s = FuncScope::default();
    for st in body {
        collect_stmt(st, &mut s);
    }
    s.locals
}

/// Names any function in the module declares `global` and assigns.
pub fn declared_globals(body: &[Stmt]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for st in body {
        if let Stmt::FunctionDef(f) = st {
            let mut g = BTreeSet::new();
            for s in &f.body {
                collect_globals(s, &mut g);
            }
            out.extend(g);
        }
    }
    out
}

fn add(s: &mut FuncScope, name: &str) {
    if !s.globals.contains(name) && !s.is_local(name) {
        s.locals.push(name.to_string());
    }
}

fn collect_globals(st: &Stmt, out: &mut BTreeSet<String>) {
    match st {
        Stmt::Global(g) => out.extend(g.names.iter().map(|n| n.to_string())),
        Stmt::If(x) => x.body.iter().chain(&x.orelse).for_each(|s| collect_globals(s, out)),
        Stmt::While(x) => x.body.iter().chain(&x.orelse).for_each(|s| collect_globals(s, out)),
        Stmt::For(x) => x.body.iter().chain(&x.orelse).for_each(|s| collect_globals(s, out)),
        Stmt::Try(x) => {
            x.body.iter().chain(&x.orelse).chain(&x.finalbody).for_each(|s| collect_globals(s, out));
            for h in &x.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                h.body.iter().for_each(|s| collect_globals(s, out));
            }
        }
        _ => {}
    }
}

fn collect_target(e: &Expr, s: &mut FuncScope) {
    match e {
        Expr::Name(n) => add(s, &n.id),
        Expr::Tuple(t) => t.elts.iter().for_each(|x| collect_target(x, s)),
        Expr::List(t) => t.elts.iter().for_each(|x| collect_target(x, s)),
        Expr::Starred(x) => collect_target(&x.value, s),
        _ => collect_expr(e, s),
    }
}

/// Walrus targets bind in the enclosing function.
fn collect_expr(e: &Expr, s: &mut FuncScope) {
    if let Expr::NamedExpr(n) = e {
        collect_target(&n.target, s);
        collect_expr(&n.value, s);
        return;
    }
    match e {
        Expr::BoolOp(x) => x.values.iter().for_each(|v| collect_expr(v, s)),
        Expr::BinOp(x) => {
            collect_expr(&x.left, s);
            collect_expr(&x.right, s);
        }
        Expr::UnaryOp(x) => collect_expr(&x.operand, s),
        Expr::IfExp(x) => {
            collect_expr(&x.test, s);
            collect_expr(&x.body, s);
            collect_expr(&x.orelse, s);
        }
        Expr::Compare(x) => {
            collect_expr(&x.left, s);
            x.comparators.iter().for_each(|v| collect_expr(v, s));
        }
        Expr::Call(x) => {
            collect_expr(&x.func, s);
            x.args.iter().for_each(|v| collect_expr(v, s));
            x.keywords.iter().for_each(|k| collect_expr(&k.value, s));
        }
        Expr::List(x) => x.elts.iter().for_each(|v| collect_expr(v, s)),
        Expr::Tuple(x) => x.elts.iter().for_each(|v| collect_expr(v, s)),
        Expr::Set(x) => x.elts.iter().for_each(|v| collect_expr(v, s)),
        Expr::Subscript(x) => {
            collect_expr(&x.value, s);
            collect_expr(&x.slice, s);
        }
        Expr::Attribute(x) => collect_expr(&x.value, s),
        Expr::Dict(x) => x.keys.iter().flatten().chain(&x.values).for_each(|v| collect_expr(v, s)),
        Expr::Slice(x) => [&x.lower, &x.upper, &x.step].into_iter().flatten().for_each(|v| collect_expr(v, s)),
        Expr::JoinedStr(x) => x.values.iter().for_each(|v| collect_expr(v, s)),
        Expr::FormattedValue(x) => {
            collect_expr(&x.value, s);
            if let Some(spec) = &x.format_spec {
                collect_expr(spec, s);
            }
        }
        Expr::Starred(x) => collect_expr(&x.value, s),
        _ => {}
    }
}

/// Records the names a `del` target unbinds.
fn collect_deleted(e: &Expr, s: &mut FuncScope) {
    match e {
        Expr::Name(n) => {
            s.unbound.insert(n.id.to_string());
        }
        Expr::Tuple(t) => t.elts.iter().for_each(|x| collect_deleted(x, s)),
        Expr::List(t) => t.elts.iter().for_each(|x| collect_deleted(x, s)),
        _ => {}
    }
}

fn collect_stmt(st: &Stmt, s: &mut FuncScope) {
    match st {
        Stmt::FunctionDef(f) => add(s, &f.name),
        Stmt::ClassDef(c) => add(s, &c.name),
        Stmt::Assign(a) => {
            a.targets.iter().for_each(|t| collect_target(t, s));
            collect_expr(&a.value, s);
        }
        Stmt::AugAssign(a) => {
            collect_target(&a.target, s);
            collect_expr(&a.value, s);
        }
        // `x: int` makes `x` local even without a value.
        Stmt::AnnAssign(a) => {
            collect_target(&a.target, s);
            if let Some(v) = &a.value {
                collect_expr(v, s);
            }
        }
        Stmt::For(f) => {
            collect_expr(&f.iter, s);
            collect_target(&f.target, s);
            f.body.iter().chain(&f.orelse).for_each(|x| collect_stmt(x, s));
        }
        Stmt::While(w) => {
            collect_expr(&w.test, s);
            w.body.iter().chain(&w.orelse).for_each(|x| collect_stmt(x, s));
        }
        Stmt::If(i) => {
            collect_expr(&i.test, s);
            i.body.iter().chain(&i.orelse).for_each(|x| collect_stmt(x, s));
        }
        Stmt::Try(t) => {
            t.body.iter().chain(&t.orelse).chain(&t.finalbody).for_each(|x| collect_stmt(x, s));
            for h in &t.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                if let Some(t) = &h.type_ {
                    collect_expr(t, s);
                }
                if let Some(n) = &h.name {
                    add(s, n);
                    s.unbound.insert(n.to_string());
                }
                h.body.iter().for_each(|x| collect_stmt(x, s));
            }
        }
        Stmt::Import(i) => {
            for a in &i.names {
                let bound = a.asname.as_ref().map(|n| n.to_string()).unwrap_or_else(|| a.name.split('.').next().unwrap().to_string());
                add(s, &bound);
            }
        }
        Stmt::ImportFrom(i) => {
            for a in &i.names {
                let bound = a.asname.as_ref().unwrap_or(&a.name).to_string();
                add(s, &bound);
            }
        }
        Stmt::Delete(d) => d.targets.iter().for_each(|t| {
            collect_target(t, s);
            collect_deleted(t, s);
        }),
        Stmt::Assert(a) => {
            collect_expr(&a.test, s);
            if let Some(m) = &a.msg {
                collect_expr(m, s);
            }
        }
        Stmt::Raise(r) => {
            if let Some(e) = &r.exc {
                collect_expr(e, s);
            }
            if let Some(c) = &r.cause {
                collect_expr(c, s);
            }
        }
        Stmt::Expr(e) => collect_expr(&e.value, s),
        Stmt::Return(r) => {
            if let Some(v) = &r.value {
                collect_expr(v, s)
            }
        }
        _ => {}
    }
}

/// How a name occurs before a `global` statement, in CPython's symtable terms.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Occurrence {
    Assigned,
    Used,
}

/// Checks the `global` statements of one scope (a function with `params`, or the module
/// body) as CPython's symtable does: a name declared global must not be a parameter,
/// nor be used or assigned earlier in the scope. Returns the offending statement and
/// CPython's SyntaxError message.
pub fn check_global_decls(params: &[String], body: &[Stmt]) -> Option<(ast::text_size::TextRange, String)> {
    let mut seen: Vec<(String, u32, Occurrence)> = vec![];
    let mut globals: Vec<(&ast::StmtGlobal, u32)> = vec![];
    for st in body {
        occurrences_stmt(st, &mut seen, &mut globals);
    }
    for (g, at) in globals {
        for name in &g.names {
            let name = name.as_str();
            if params.iter().any(|p| p == name) {
                return Some((g.range, format!("name '{}' is parameter and global", name)));
            }
            let before = seen.iter().filter(|(n, pos, _)| n == name && *pos < at).map(|(_, _, o)| *o);
            match before.max() {
                Some(Occurrence::Used) => return Some((g.range, format!("name '{}' is used prior to global declaration", name))),
                Some(Occurrence::Assigned) => return Some((g.range, format!("name '{}' is assigned to before global declaration", name))),
                None => {}
            }
        }
    }
    None
}

fn start(r: ast::text_size::TextRange) -> u32 {
    u32::from(r.start())
}

fn occurrences_stmt<'a>(st: &'a Stmt, seen: &mut Vec<(String, u32, Occurrence)>, globals: &mut Vec<(&'a ast::StmtGlobal, u32)>) {
    use ast::Ranged;
    let at = start(st.range());
    let bind = |seen: &mut Vec<(String, u32, Occurrence)>, name: &str| seen.push((name.to_string(), at, Occurrence::Assigned));
    let exprs = |seen: &mut Vec<(String, u32, Occurrence)>, es: &[&Expr]| es.iter().for_each(|e| occurrences_expr(e, seen));
    let body = |seen: &mut Vec<(String, u32, Occurrence)>, globals: &mut Vec<(&'a ast::StmtGlobal, u32)>, b: &'a [Stmt]| b.iter().for_each(|s| occurrences_stmt(s, seen, globals));
    match st {
        Stmt::Global(g) => globals.push((g, at)),
        // A nested scope: only its name, defaults and decorators belong here.
        Stmt::FunctionDef(f) => {
            let defaults: Vec<&Expr> = f.args.args.iter().chain(&f.args.kwonlyargs).chain(&f.args.posonlyargs).filter_map(|a| a.default.as_deref()).collect();
            exprs(seen, &defaults);
            exprs(seen, &f.decorator_list.iter().collect::<Vec<_>>());
            bind(seen, &f.name);
        }
        Stmt::ClassDef(c) => bind(seen, &c.name),
        Stmt::Assign(a) => {
            exprs(seen, &a.targets.iter().collect::<Vec<_>>());
            occurrences_expr(&a.value, seen);
        }
        Stmt::AugAssign(a) => exprs(seen, &[&a.target, &a.value]),
        Stmt::AnnAssign(a) => {
            occurrences_expr(&a.target, seen);
            if let Some(v) = &a.value {
                occurrences_expr(v, seen);
            }
        }
        Stmt::For(f) => {
            exprs(seen, &[&f.target, &f.iter]);
            body(seen, globals, &f.body);
            body(seen, globals, &f.orelse);
        }
        Stmt::While(w) => {
            occurrences_expr(&w.test, seen);
            body(seen, globals, &w.body);
            body(seen, globals, &w.orelse);
        }
        Stmt::If(i) => {
            occurrences_expr(&i.test, seen);
            body(seen, globals, &i.body);
            body(seen, globals, &i.orelse);
        }
        Stmt::Try(t) => {
            body(seen, globals, &t.body);
            for h in &t.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                if let Some(ty) = &h.type_ {
                    occurrences_expr(ty, seen);
                }
                if let Some(n) = &h.name {
                    seen.push((n.to_string(), start(h.range), Occurrence::Assigned));
                }
                body(seen, globals, &h.body);
            }
            body(seen, globals, &t.orelse);
            body(seen, globals, &t.finalbody);
        }
        // Imports bind with DEF_IMPORT, which the check ignores.
        Stmt::Delete(d) => exprs(seen, &d.targets.iter().collect::<Vec<_>>()),
        Stmt::Expr(e) => occurrences_expr(&e.value, seen),
        Stmt::Return(r) => {
            if let Some(v) = &r.value {
                occurrences_expr(v, seen);
            }
        }
        Stmt::Raise(r) => {
            for e in r.exc.iter().chain(&r.cause) {
                occurrences_expr(e, seen);
            }
        }
        Stmt::Assert(a) => {
            occurrences_expr(&a.test, seen);
            if let Some(m) = &a.msg {
                occurrences_expr(m, seen);
            }
        }
        _ => {}
    }
}

fn occurrences_expr(e: &Expr, seen: &mut Vec<(String, u32, Occurrence)>) {
    let mut sub = |x: &Expr| occurrences_expr(x, seen);
    match e {
        Expr::Name(n) => {
            let o = if matches!(n.ctx, ast::ExprContext::Load) { Occurrence::Used } else { Occurrence::Assigned };
            seen.push((n.id.to_string(), start(n.range), o));
        }
        Expr::BoolOp(x) => x.values.iter().for_each(sub),
        Expr::NamedExpr(x) => {
            sub(&x.target);
            sub(&x.value);
        }
        Expr::BinOp(x) => {
            sub(&x.left);
            sub(&x.right);
        }
        Expr::UnaryOp(x) => sub(&x.operand),
        Expr::IfExp(x) => {
            sub(&x.test);
            sub(&x.body);
            sub(&x.orelse);
        }
        Expr::Dict(x) => x.keys.iter().flatten().chain(&x.values).for_each(sub),
        Expr::Set(x) => x.elts.iter().for_each(sub),
        Expr::List(x) => x.elts.iter().for_each(sub),
        Expr::Tuple(x) => x.elts.iter().for_each(sub),
        Expr::Compare(x) => {
            sub(&x.left);
            x.comparators.iter().for_each(sub);
        }
        Expr::Call(x) => {
            sub(&x.func);
            x.args.iter().for_each(&mut sub);
            x.keywords.iter().for_each(|k| sub(&k.value));
        }
        Expr::FormattedValue(x) => {
            sub(&x.value);
            if let Some(s) = &x.format_spec {
                sub(s);
            }
        }
        Expr::JoinedStr(x) => x.values.iter().for_each(sub),
        Expr::Attribute(x) => sub(&x.value),
        Expr::Subscript(x) => {
            sub(&x.value);
            sub(&x.slice);
        }
        Expr::Starred(x) => sub(&x.value),
        Expr::Slice(x) => [&x.lower, &x.upper, &x.step].into_iter().flatten().for_each(|v| sub(v)),
        Expr::Await(x) => sub(&x.value),
        Expr::Yield(x) => {
            if let Some(v) = &x.value {
                sub(v);
            }
        }
        Expr::YieldFrom(x) => sub(&x.value),
        // Lambdas and comprehensions are scopes of their own (and not compiled yet).
        _ => {}
    }
}
