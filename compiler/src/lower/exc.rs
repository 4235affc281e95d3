//! Lowering of `try` statements.
//!
//! Blocks lowered inside the `try` body send exceptions to a dispatch block, which
//! takes the exception (`fetch_exc`), makes it the exception being handled
//! (`enter_handler`, for implicit chaining and bare `raise` in callees) and tests the
//! `except` clauses in order, re-raising when none matches. Every way out of a handler
//! restores the exception handled before (`exit_handler`): the normal end, `return`,
//! `break` and `continue` (through the cleanup stack, see `run_finally_down_to`), and
//! an exception, through a cleanup block that also unbinds the `as` name. A `finally`
//! body is lowered once for the normal path, once for the exceptional path (as a
//! handler ending in `reraise`), and once more at each `return`/`break`/`continue`
//! that leaves the `try`.

use super::{Cleanup, LResult, Lower};
use crate::ir::*;
use crate::syntax::ast::{self, Ranged};

impl<'m, 'a> Lower<'m, 'a> {
    pub fn try_stmt(&mut self, t: &'a ast::StmtTry) -> LResult<()> {
        if t.finalbody.is_empty() {
            return self.try_except(t);
        }
        let outer = self.handler;
        // The exceptional path of the finally clause.
        let fin_handler = self.f.new_block(outer);
        self.cleanups.push(Cleanup::Finally { body: &t.finalbody, outer_handler: outer, handled_len: self.handled.len(), loops_len: self.loops.len() });
        self.handler = Some(fin_handler);
        let body = self.block();
        self.jump(body);
        self.switch(body);
        self.try_except(t)?;
        self.cleanups.pop();
        self.handler = outer;
        // The normal path.
        let normal = self.block();
        self.jump(normal);
        self.switch(normal);
        self.stmts(&t.finalbody)?;
        let after = self.block();
        self.jump(after);
        // The exceptional path: run the body while handling the exception, then re-raise.
        self.switch(fin_handler);
        let (saved, prev) = self.enter_handler();
        let cleanup = self.handler_cleanup(prev, saved, None, outer);
        self.handler = Some(cleanup);
        let b = self.block();
        self.jump(b);
        self.switch(b);
        self.handled.push(saved);
        self.cleanups.push(Cleanup::Handler { prev, caught: saved, name: None });
        self.stmts(&t.finalbody)?;
        self.cleanups.pop();
        self.handled.pop();
        self.handler = outer;
        if !self.terminated() {
            let tail = self.block();
            self.jump(tail);
            self.switch(tail);
            let p = self.load_temp(prev);
            self.emit(Op::ExitHandler, vec![p]);
            let e = self.load_temp(saved);
            self.emit(Op::Reraise, vec![e]);
            self.terminate(Term::Unreachable);
        }
        self.switch(after);
        Ok(())
    }

    /// `exit(None, None, None)`, the result dropped.
    pub fn call_exit_nones(&mut self, exit: Local) {
        let f = self.load_temp(exit);
        let n = self.none();
        self.emit(Op::Call { kwnames: vec![] }, vec![f, n, n, n]);
    }

    /// `with a as x, b as y: body`, one manager at a time from `i`: `__enter__` and
    /// `__exit__` are looked up first, `__enter__` called, and the body runs as in a
    /// `try` whose handler calls `__exit__(type, exc, tb)` and re-raises unless that
    /// returns true; every other way out calls `__exit__(None, None, None)`.
    pub fn with_stmt(&mut self, items: &'a [ast::WithItem], body: &'a [ast::Stmt], i: usize) -> LResult<()> {
        if i == items.len() {
            return self.stmts(body);
        }
        let item = &items[i];
        let mgr = self.expr(&item.context_expr)?;
        self.at(item.context_expr.range());
        let pair = self.emit(Op::Builtin("__with_enter__".into()), vec![]);
        let pair = self.emit(Op::Call { kwnames: vec![] }, vec![pair, mgr]);
        let exit_t = self.temp("exit");
        let e = self.emit(Op::TupleItem(1), vec![pair]);
        self.store_local(exit_t, e);
        let value = self.emit(Op::TupleItem(0), vec![pair]);
        let outer = self.handler;
        let dispatch = self.f.new_block(outer);
        self.cleanups.push(Cleanup::With { exit: exit_t, outer_handler: outer });
        self.handler = Some(dispatch);
        let b = self.block();
        match &item.optional_vars {
            Some(target) => {
                let vt = self.temp("entered");
                self.store_local(vt, value);
                self.jump(b);
                self.switch(b);
                let v = self.load_temp(vt);
                self.assign(target, v)?;
            }
            None => {
                self.jump(b);
                self.switch(b);
            }
        }
        self.with_stmt(items, body, i + 1)?;
        self.cleanups.pop();
        self.handler = outer;
        let after = self.block();
        if !self.terminated() {
            let normal = self.block();
            self.jump(normal);
            self.switch(normal);
            self.at(item.context_expr.range());
            self.call_exit_nones(exit_t);
            self.jump(after);
        }
        // The exceptional path.
        self.switch(dispatch);
        let (caught, prev) = self.enter_handler();
        let cleanup = self.handler_cleanup(prev, caught, None, outer);
        self.handler = Some(cleanup);
        let call_b = self.block();
        self.jump(call_b);
        self.switch(call_b);
        self.at(item.context_expr.range());
        let f = self.load_temp(exit_t);
        let e = self.load_temp(caught);
        let ty = self.emit(Op::Builtin("type".into()), vec![]);
        let et = self.emit(Op::Call { kwnames: vec![] }, vec![ty, e]);
        let e2 = self.load_temp(caught);
        let e3 = self.load_temp(caught);
        let tb = self.emit(Op::GetAttr("__traceback__".into()), vec![e3]);
        let r = self.emit(Op::Call { kwnames: vec![] }, vec![f, et, e2, tb]);
        let t = self.emit(Op::Truth, vec![r]);
        let suppress = self.block();
        self.handler = outer;
        let reraise = self.block();
        self.handler = Some(cleanup);
        self.terminate(Term::Branch(t, suppress, reraise));
        self.switch(suppress);
        self.exit_handler(prev, caught, None, true);
        self.jump(after);
        self.handler = outer;
        self.switch(reraise);
        let p = self.load_temp(prev);
        self.emit(Op::ExitHandler, vec![p]);
        let e = self.load_temp(caught);
        self.emit(Op::Reraise, vec![e]);
        self.terminate(Term::Unreachable);
        self.switch(after);
        Ok(())
    }

    /// At the start of a handler block: takes the exception into a temporary and makes
    /// it the one being handled. Returns the temporaries of the exception and of the
    /// previously handled one.
    pub fn enter_handler(&mut self) -> (Local, Local) {
        let exc = self.emit(Op::FetchExc, vec![]);
        let caught = self.temp("exc");
        self.store_local(caught, exc);
        let e = self.load_temp(caught);
        let p = self.emit(Op::EnterHandler, vec![e]);
        let prev = self.temp("prevexc");
        self.store_local(prev, p);
        (caught, prev)
    }

    /// Leaves a handler: restores the exception handled before and unbinds the `as`
    /// name; with `release`, also drops the caught exception.
    pub fn exit_handler(&mut self, prev: Local, caught: Local, name: Option<&str>, release: bool) {
        let p = self.load_temp(prev);
        self.emit(Op::ExitHandler, vec![p]);
        if let Some(name) = name {
            self.unbind(name);
        }
        if release {
            self.emit(Op::DelLocal { local: caught, checked: false }, vec![]);
        }
    }

    /// The block where an exception raised inside a handler goes: it leaves the handler
    /// and re-raises to `outer`.
    pub fn handler_cleanup(&mut self, prev: Local, caught: Local, name: Option<&'a str>, outer: Option<Block>) -> Block {
        let b = self.f.new_block(outer);
        let saved = self.cur;
        self.switch(b);
        let exc = self.emit(Op::FetchExc, vec![]);
        let t = self.temp("exc");
        self.store_local(t, exc);
        self.exit_handler(prev, caught, name, true);
        let e = self.load_temp(t);
        self.emit(Op::Reraise, vec![e]);
        self.terminate(Term::Unreachable);
        self.switch(saved);
        b
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
        let (caught, prev) = self.enter_handler();
        // Errors while matching (a bad class, an undefined name) leave the handler too.
        let cleanup = self.handler_cleanup(prev, caught, None, outer);
        self.handler = Some(cleanup);
        let first = self.block();
        self.jump(first);
        self.switch(first);
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.at(h.range);
            let body = self.block();
            let next = self.block();
            match &h.type_ {
                Some(ty) => {
                    let cls = self.expr(ty)?;
                    let e = self.load_temp(caught);
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
            let name: Option<&'a str> = h.name.as_ref().map(|n| n.as_str());
            if name.is_some() {
                // As in CPython, the `as` name is unbound however the handler ends.
                let named_cleanup = self.handler_cleanup(prev, caught, name, outer);
                self.handler = Some(named_cleanup);
                let b = self.block();
                self.jump(b);
                self.switch(b);
            }
            if let Some(name) = name {
                let e = self.load_temp(caught);
                self.store_name(name, e);
            }
            self.handled.push(caught);
            self.cleanups.push(Cleanup::Handler { prev, caught, name });
            self.stmts(&h.body)?;
            self.cleanups.pop();
            self.handled.pop();
            if !self.terminated() {
                self.exit_handler(prev, caught, name, true);
                self.jump(after);
            }
            self.handler = Some(cleanup);
            self.switch(next);
        }
        // No clause matched: the exception goes on.
        self.handler = outer;
        let tail = self.block();
        self.jump(tail);
        self.switch(tail);
        let p = self.load_temp(prev);
        self.emit(Op::ExitHandler, vec![p]);
        let e = self.load_temp(caught);
        self.emit(Op::Reraise, vec![e]);
        self.terminate(Term::Unreachable);
        self.switch(after);
        Ok(())
    }

    /// Unbinds a name without raising if it is unbound.
    fn unbind(&mut self, name: &str) {
        let n = self.none();
        // Storing then deleting keeps the IR simple: deleting raises when unbound.
        self.store_name(name, n);
        if let Some(&l) = self.local_of(name) {
            self.emit(Op::DelLocal { local: l, checked: false }, vec![]);
        } else {
            self.delete_name(name);
        }
    }
}
