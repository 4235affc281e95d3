//! Lowering of annotations, as CPython 3.11 compiles them.
//!
//! A module or class body that contains an annotated assignment anywhere (outside
//! nested functions and classes) starts by making its `__annotations__` dict
//! (`SETUP_ANNOTATIONS`). `x: T = v` assigns, then stores `T` under `'x'` when the
//! target is a plain name; other targets only evaluate `T` (and, without a value, the
//! target's object and subscript). In a function body annotations of variables are
//! not evaluated at all. A `def`'s parameter and return annotations are evaluated
//! where the `def` runs, after its defaults, and become the function's
//! `__annotations__`. Under `from __future__ import annotations` nothing is
//! evaluated: each annotation is its source unparsed as CPython unparses it
//! (`unparse.rs`).

use super::{LResult, Lower};
use crate::ir::*;
use crate::syntax::ast::{self, Expr, Stmt};

/// Does the block contain an annotated assignment (CPython's `find_ann`)?
pub fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::If(i) => has_annotations(&i.body) || has_annotations(&i.orelse),
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::AsyncFor(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::AsyncWith(w) => has_annotations(&w.body),
        Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        Stmt::TryStar(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        Stmt::Match(m) => m.cases.iter().any(|c| has_annotations(&c.body)),
        _ => false,
    })
}

/// Does the module start with `from __future__ import annotations` (after its
/// docstring and other future imports)?
pub fn future_annotations(body: &[Stmt]) -> bool {
    for (i, s) in body.iter().enumerate() {
        match s {
            Stmt::Expr(e) if i == 0 && matches!(&*e.value, Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(_), .. })) => {}
            Stmt::ImportFrom(f) if f.module.as_deref() == Some("__future__") => {
                if f.names.iter().any(|a| a.name.as_str() == "annotations") {
                    return true;
                }
            }
            _ => return false,
        }
    }
    false
}

impl<'m, 'a> Lower<'m, 'a> {
    /// `SETUP_ANNOTATIONS` at the start of a module or class body that needs it.
    pub fn setup_annotations(&mut self, body: &'a [Stmt]) {
        if !has_annotations(body) {
            return;
        }
        let d = self.emit(Op::BuildDict, vec![]);
        self.store_name("__annotations__", d);
    }

    /// An annotation's text under the future import: unparsed, or as written.
    fn annotation_text(&self, e: &Expr) -> String {
        super::unparse::annotation(e).unwrap_or_else(|| {
            use ast::Ranged;
            let (a, b) = crate::syntax::span(e.range());
            self.ctx.source[a..b].to_string()
        })
    }

    /// The value of one annotation: evaluated, or its text under the future import.
    fn annotation(&mut self, e: &'a Expr) -> LResult<Inst> {
        if self.ctx.future_annotations {
            let text = self.annotation_text(e);
            return Ok(self.constant(Const::Str(text)));
        }
        self.expr(e)
    }

    /// `target: annotation [= value]`.
    pub fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> LResult<()> {
        if let Some(v) = &a.value {
            let v = self.expr(v)?;
            self.assign(&a.target, v)?;
        }
        let at_top = self.is_module || self.ns.is_some();
        if !at_top {
            return Ok(());
        }
        match &*a.target {
            Expr::Name(n) if a.simple => {
                let ann = self.annotation(&a.annotation)?;
                let d = self.load_name("__annotations__");
                let k = self.constant(Const::Str(n.id.to_string()));
                self.at(a.range);
                self.emit(Op::SetItem, vec![d, k, ann]);
            }
            target => {
                if a.value.is_none() {
                    match target {
                        Expr::Attribute(at) => {
                            self.expr(&at.value)?;
                        }
                        Expr::Subscript(s) => {
                            self.expr(&s.value)?;
                            self.expr(&s.slice)?;
                        }
                        _ => {}
                    }
                }
                if !self.ctx.future_annotations {
                    self.expr(&a.annotation)?;
                }
            }
        }
        Ok(())
    }

    /// The parameter and return annotations of a `def`, in CPython's order: the
    /// names and the expressions.
    pub fn def_annotations(args: &'a ast::Arguments, returns: Option<&'a Expr>) -> Vec<(&'a str, &'a Expr)> {
        let mut out = vec![];
        let param = |out: &mut Vec<(&'a str, &'a Expr)>, p: &'a ast::Arg| {
            if let Some(a) = p.annotation.as_deref() {
                out.push((p.arg.as_str(), a));
            }
        };
        for p in args.posonlyargs.iter().chain(&args.args) {
            param(&mut out, &p.def);
        }
        if let Some(v) = args.vararg.as_deref() {
            param(&mut out, v);
        }
        for p in &args.kwonlyargs {
            param(&mut out, &p.def);
        }
        if let Some(k) = args.kwarg.as_deref() {
            param(&mut out, k);
        }
        if let Some(r) = returns {
            out.push(("return", r));
        }
        out
    }

    /// Evaluates a `def`'s annotations into the items of a dict (key, value, ...).
    pub fn annotation_items(&mut self, anns: &[(&'a str, &'a Expr)]) -> LResult<Vec<Inst>> {
        let mut items = vec![];
        if self.ctx.future_annotations {
            for (name, e) in anns {
                items.push(self.constant(Const::Str(name.to_string())));
                let text = self.annotation_text(e);
                items.push(self.constant(Const::Str(text)));
            }
            return Ok(items);
        }
        let exprs: Vec<&'a Expr> = anns.iter().map(|(_, e)| *e).collect();
        let vals = self.operands(&exprs)?;
        for ((name, _), v) in anns.iter().zip(vals) {
            items.push(self.constant(Const::Str(name.to_string())));
            items.push(v);
        }
        Ok(items)
    }
}
