//! Lowering of `try` statements.
//!
//! Blocks lowered inside the `try` body send exceptions to a dispatch block, which
//! takes the exception (`fetch_exc`) and tests the `except` clauses in order,
//! re-raising when none matches. A `finally` body is lowered once for the normal path,
//! once for the exceptional path (ending in `reraise`), and once more at each
//! `return`/`break`/`continue` that leaves the `try` (see `run_finally_down_to`).

use super::{FinallyCtx, LResult, Lower};
use crate::ir::*;
use crate::syntax::ast;

impl<'m, 'a> Lower<'m, 'a> {
    pub fn try_stmt(&mut self, t: &'a ast::StmtTry) -> LResult<()> {
        if t.finalbody.is_empty() {
            return self.try_except(t);
        }
        let outer = self.handler;
        // The exceptional path of the finally clause.
        let fin_handler = self.f.new_block(outer);
        self.finally.push(FinallyCtx { body: &t.finalbody, outer_handler: outer, handled_len: self.handled.len() });
        self.handler = Some(fin_handler);
        let body = self.block();
        self.jump(body);
        self.switch(body);
        self.try_except(t)?;
        self.finally.pop();
        self.handler = outer;
        // The normal path.
        let normal = self.block();
        self.jump(normal);
        self.switch(normal);
        self.stmts(&t.finalbody)?;
        let after = self.block();
        self.jump(after);
        // The exceptional path: run the body, then re-raise.
        self.switch(fin_handler);
        let exc = self.emit(Op::FetchExc, vec![]);
        let saved = self.temp("finexc");
        self.store_local(saved, exc);
        self.handled.push(saved);
        self.stmts(&t.finalbody)?;
        self.handled.pop();
        if !self.terminated() {
            let e = self.load_local(saved);
            self.emit(Op::Reraise, vec![e]);
            self.terminate(Term::Unreachable);
        }
        self.switch(after);
        Ok(())
    }

    /// `try`/`except`/`else` without `finally`.
    fn try_except(&mut self, t: &'a ast::StmtTry) -> LResult<()> {
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
            return self.stmts(&t.orelse);
        }
        let outer = self.handler;
        let dispatch = self.f.new_block(outer);
        self.handler = Some(dispatch);
        let body = self.block();
        self.jump(body);
        self.switch(body);
        self.stmts(&t.body)?;
        self.handler = outer;
        let after = self.block();
        if !self.terminated() {
            let orelse = self.block();
            self.jump(orelse);
            self.switch(orelse);
            self.stmts(&t.orelse)?;
            self.jump(after);
        }
        self.switch(dispatch);
        let exc = self.emit(Op::FetchExc, vec![]);
        let caught = self.temp("exc");
        self.store_local(caught, exc);
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.at(h.range);
            let body = self.block();
            let next = self.block();
            match &h.type_ {
                Some(ty) => {
                    let cls = self.expr(ty)?;
                    let e = self.load_local(caught);
                    let m = self.emit(Op::ExcMatch, vec![e, cls]);
                    self.terminate(Term::Branch(m, body, next));
                }
                None => {
                    if i + 1 != t.handlers.len() {
                        return Err(self.ctx.error(h.range, "default 'except:' must be last"));
                    }
                    self.terminate(Term::Jump(body));
                }
            }
            self.switch(body);
            if let Some(name) = &h.name {
                let e = self.load_local(caught);
                self.store_name(name, e);
            }
            self.handled.push(caught);
            self.stmts(&h.body)?;
            self.handled.pop();
            if !self.terminated() {
                // As in CPython, the `as` name is deleted when the handler ends.
                if let Some(name) = &h.name {
                    self.unbind(name);
                }
                self.emit(Op::DelLocal { local: caught, checked: false }, vec![]);
                self.jump(after);
            }
            self.switch(next);
        }
        // No clause matched: the exception goes on.
        let e = self.load_local(caught);
        self.emit(Op::Reraise, vec![e]);
        self.terminate(Term::Unreachable);
        self.switch(after);
        Ok(())
    }

    /// Unbinds a name without raising if it is unbound.
    fn unbind(&mut self, name: &str) {
        let n = self.none();
        // Storing then deleting keeps the IR simple: del of globals raises when unbound.
        self.store_name(name, n);
        if let Some(&l) = self.local_of(name) {
            self.emit(Op::DelLocal { local: l, checked: false }, vec![]);
        } else {
            let g = self.m.global(name);
            self.emit(Op::DelGlobal(g), vec![]);
        }
    }
}
