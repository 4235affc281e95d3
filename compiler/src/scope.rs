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
