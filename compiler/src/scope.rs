//! Checks of `global` declarations, as CPython's symtable makes them (the symbol
//! table itself is in `symtable.rs`).

use crate::syntax::ast::{self, Expr, Stmt};

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
        Stmt::TryStar(t) => {
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
