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

/// The parts of a `try` statement, with `except` or with `except*` clauses.
struct TryParts<'a> {
    body: &'a [ast::Stmt],
    handlers: &'a [ast::ExceptHandler],
    orelse: &'a [ast::Stmt],
    finalbody: &'a [ast::Stmt],
    star: bool,
}

impl<'m, 'a> Lower<'m, 'a> {
    pub fn try_stmt(&mut self, t: &'a ast::StmtTry) -> LResult<()> {
        self.try_parts(&TryParts { body: &t.body, handlers: &t.handlers, orelse: &t.orelse, finalbody: &t.finalbody, star: false })
    }

    /// `try`/`except*`: as CPython 3.11 compiles it (see `try_except_star`).
    pub fn try_star_stmt(&mut self, t: &'a ast::StmtTryStar) -> LResult<()> {
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            if let Some(range) = find_star_jump(&h.body, false) {
                return Err(self.ctx.error(range, "'break', 'continue' and 'return' cannot appear in an except* block"));
            }
        }
        self.try_parts(&TryParts { body: &t.body, handlers: &t.handlers, orelse: &t.orelse, finalbody: &t.finalbody, star: true })
    }

    fn try_parts(&mut self, t: &TryParts<'a>) -> LResult<()> {
        if t.finalbody.is_empty() {
            return self.try_except(t);
        }
        let outer = self.handler;
        // The exceptional path of the finally clause.
        let fin_handler = self.f.new_block(outer);
        self.cleanups.push(Cleanup::Finally { body: t.finalbody, outer_handler: outer, handled_len: self.handled.len(), loops_len: self.loops.len() });
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
        self.stmts(t.finalbody)?;
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
        self.stmts(t.finalbody)?;
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
        self.with_items(items, body, i, false)
    }

    /// `with` and `async with` (where the results of `__aenter__` and `__aexit__` are
    /// awaited), one manager at a time from `i`.
    pub fn with_items(&mut self, items: &'a [ast::WithItem], body: &'a [ast::Stmt], i: usize, is_async: bool) -> LResult<()> {
        if i == items.len() {
            return self.stmts(body);
        }
        let item = &items[i];
        let mgr = self.expr(&item.context_expr)?;
        self.at(item.context_expr.range());
        let enter = if is_async { "__async_with_enter__" } else { "__with_enter__" };
        let f = self.emit(Op::Builtin(enter.into()), vec![]);
        let pair = self.emit(Op::Call { kwnames: vec![] }, vec![f, mgr]);
        let exit_t = self.temp(if is_async { "aexit" } else { "exit" });
        let e = self.emit(Op::TupleItem(1), vec![pair]);
        self.store_local(exit_t, e);
        let value = self.emit(Op::TupleItem(0), vec![pair]);
        let value = if is_async { self.delegate(value) } else { value };
        let outer = self.handler;
        let dispatch = self.f.new_block(outer);
        self.cleanups.push(if is_async {
            Cleanup::AsyncWith { exit: exit_t, outer_handler: outer }
        } else {
            Cleanup::With { exit: exit_t, outer_handler: outer }
        });
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
        self.with_items(items, body, i + 1, is_async)?;
        self.cleanups.pop();
        self.handler = outer;
        let after = self.block();
        if !self.terminated() {
            let normal = self.block();
            self.jump(normal);
            self.switch(normal);
            self.at(item.context_expr.range());
            if is_async {
                self.await_exit_nones(exit_t);
            } else {
                self.call_exit_nones(exit_t);
            }
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
        let r = if is_async { self.await_value(r, 2) } else { r };
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

    /// What `try_except` and `try_except_star` share: the body (under a dispatch
    /// handler) and the `else` clause, then the dispatch block entered, with the caught
    /// exception as the one being handled. Errors while matching (a bad class, an
    /// undefined name) leave the handler through `cleanup`.
    fn try_body_and_dispatch(&mut self, t: &TryParts<'a>) -> LResult<TryDispatch> {
        let outer = self.handler;
        let dispatch = self.f.new_block(outer);
        self.handler = Some(dispatch);
        let body = self.block();
        self.jump(body);
        self.switch(body);
        let guard = super::import::catches_import_error(t.handlers);
        self.ctx.import_guards += guard as usize;
        let r = self.stmts(t.body);
        self.ctx.import_guards -= guard as usize;
        r?;
        self.handler = outer;
        let after = self.block();
        if !self.terminated() {
            let orelse = self.block();
            self.jump(orelse);
            self.switch(orelse);
            self.stmts(t.orelse)?;
            self.jump(after);
        }
        self.switch(dispatch);
        let (caught, prev) = self.enter_handler();
        let cleanup = self.handler_cleanup(prev, caught, None, outer);
        self.handler = Some(cleanup);
        let first = self.block();
        self.jump(first);
        self.switch(first);
        Ok(TryDispatch { outer, after, caught, prev, cleanup })
    }

    /// `try`/`except`/`else` without `finally`.
    fn try_except(&mut self, t: &TryParts<'a>) -> LResult<()> {
        if t.handlers.is_empty() {
            self.stmts(t.body)?;
            return self.stmts(t.orelse);
        }
        if t.star {
            return self.try_except_star(t);
        }
        let TryDispatch { outer, after, caught, prev, cleanup } = self.try_body_and_dispatch(t)?;
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

    /// `try`/`except*`/`else` without `finally`, as CPython 3.11 compiles it: the
    /// caught exception (`orig`) is matched against each clause in turn by
    /// `__star_match__`, which splits off the matching part (wrapping a naked
    /// exception in a group) and leaves the rest for the next clauses; a clause that
    /// matched runs with its part as the exception being handled, and whatever it
    /// raises (or re-raises) is collected instead of propagating. At the end,
    /// `__star_reraise__` combines the collected exceptions and the unhandled rest
    /// into what is raised, or None.
    fn try_except_star(&mut self, t: &TryParts<'a>) -> LResult<()> {
        let TryDispatch { outer, after, caught, prev, cleanup } = self.try_body_and_dispatch(t)?;
        let raised = self.temp("raised");
        let l = self.emit(Op::BuildList, vec![]);
        self.store_local(raised, l);
        let rest = self.temp("rest");
        let c = self.load_temp(caught);
        self.store_local(rest, c);
        for h in t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.at(h.range);
            let Some(ty) = &h.type_ else {
                return Err(self.ctx.error(h.range, "expected one or more exception types"));
            };
            let cls = self.expr(ty)?;
            self.at(h.range);
            let f = self.emit(Op::Builtin("__star_match__".into()), vec![]);
            let r = self.load_temp(rest);
            let pair = self.emit(Op::Call { kwnames: vec![] }, vec![f, r, cls]);
            let pair_t = self.temp("match");
            self.store_local(pair_t, pair);
            let p = self.load_temp(pair_t);
            let m = self.emit(Op::TupleItem(0), vec![p]);
            let n = self.none();
            let no_match = self.emit(Op::Is, vec![m, n]);
            let matched_b = self.block();
            let next = self.block();
            self.terminate(Term::Branch(no_match, next, matched_b));
            self.switch(matched_b);
            let p = self.load_temp(pair_t);
            let r = self.emit(Op::TupleItem(1), vec![p]);
            self.store_local(rest, r);
            let p = self.load_temp(pair_t);
            let m = self.emit(Op::TupleItem(0), vec![p]);
            self.emit(Op::DelLocal { local: pair_t, checked: false }, vec![]);
            let matched = self.temp("exc");
            self.store_local(matched, m);
            // The matching part is the exception being handled in the clause and, as
            // in CPython, stays so after it until the statement ends.
            let mv = self.load_temp(matched);
            self.emit(Op::EnterHandler, vec![mv]);
            let name: Option<&'a str> = h.name.as_ref().map(|n| n.as_str());
            // An exception leaving the clause is collected, and matching goes on.
            let collect = self.f.new_block(Some(cleanup));
            self.handler = Some(collect);
            let b = self.block();
            self.jump(b);
            self.switch(b);
            if let Some(name) = name {
                let e = self.load_temp(matched);
                self.store_name(name, e);
            }
            self.handled.push(matched);
            self.stmts(&h.body)?;
            self.handled.pop();
            self.handler = Some(cleanup);
            if !self.terminated() {
                self.leave_star_clause(matched, name);
                self.jump(next);
            }
            self.switch(collect);
            let e = self.emit(Op::FetchExc, vec![]);
            let et = self.temp("exc");
            self.store_local(et, e);
            self.leave_star_clause(matched, name);
            let l = self.load_temp(raised);
            let e = self.load_temp(et);
            self.emit(Op::ListAppend, vec![l, e]);
            self.emit(Op::DelLocal { local: et, checked: false }, vec![]);
            self.jump(next);
            self.switch(next);
        }
        // The unhandled rest joins what the clauses raised.
        let l = self.load_temp(raised);
        let r = self.load_temp(rest);
        self.emit(Op::ListAppend, vec![l, r]);
        let f = self.emit(Op::Builtin("__star_reraise__".into()), vec![]);
        let o = self.load_temp(caught);
        let l = self.load_temp(raised);
        let res = self.emit(Op::Call { kwnames: vec![] }, vec![f, o, l]);
        let res_t = self.temp("reraise");
        self.store_local(res_t, res);
        self.emit(Op::DelLocal { local: raised, checked: false }, vec![]);
        self.emit(Op::DelLocal { local: rest, checked: false }, vec![]);
        let v = self.load_temp(res_t);
        let n = self.none();
        let nothing = self.emit(Op::Is, vec![v, n]);
        let done = self.block();
        self.handler = outer;
        let reraise = self.block();
        self.terminate(Term::Branch(nothing, done, reraise));
        self.switch(done);
        self.emit(Op::DelLocal { local: res_t, checked: false }, vec![]);
        self.exit_handler(prev, caught, None, true);
        self.jump(after);
        self.switch(reraise);
        let p = self.load_temp(prev);
        self.emit(Op::ExitHandler, vec![p]);
        let e = self.load_temp(res_t);
        self.emit(Op::Reraise, vec![e]);
        self.terminate(Term::Unreachable);
        self.switch(after);
        Ok(())
    }

    /// The end of an `except*` clause: unbinds the `as` name and drops the part.
    fn leave_star_clause(&mut self, matched: Local, name: Option<&str>) {
        if let Some(name) = name {
            self.unbind(name);
        }
        self.emit(Op::DelLocal { local: matched, checked: false }, vec![]);
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

/// The first `break`, `continue` or `return` in an `except*` clause's body that would
/// leave the clause (CPython rejects them); `in_loop` when inside a loop of the body.
fn find_star_jump(body: &[ast::Stmt], in_loop: bool) -> Option<ast::text_size::TextRange> {
    use ast::Stmt;
    for s in body {
        let found = match s {
            Stmt::Break(b) if !in_loop => Some(b.range),
            Stmt::Continue(c) if !in_loop => Some(c.range),
            Stmt::Return(r) => Some(r.range),
            Stmt::For(x) => find_star_jump(&x.body, true).or_else(|| find_star_jump(&x.orelse, in_loop)),
            Stmt::AsyncFor(x) => find_star_jump(&x.body, true).or_else(|| find_star_jump(&x.orelse, in_loop)),
            Stmt::While(x) => find_star_jump(&x.body, true).or_else(|| find_star_jump(&x.orelse, in_loop)),
            Stmt::If(x) => find_star_jump(&x.body, in_loop).or_else(|| find_star_jump(&x.orelse, in_loop)),
            Stmt::With(x) => find_star_jump(&x.body, in_loop),
            Stmt::AsyncWith(x) => find_star_jump(&x.body, in_loop),
            Stmt::Try(x) => find_in_try(&x.body, &x.handlers, &x.orelse, &x.finalbody, in_loop),
            Stmt::TryStar(x) => find_in_try(&x.body, &x.handlers, &x.orelse, &x.finalbody, in_loop),
            Stmt::Match(m) => m.cases.iter().find_map(|c| find_star_jump(&c.body, in_loop)),
            _ => None,
        };
        if found.is_some() {
            return found;
        }
    }
    None
}

fn find_in_try(body: &[ast::Stmt], handlers: &[ast::ExceptHandler], orelse: &[ast::Stmt], finalbody: &[ast::Stmt], in_loop: bool) -> Option<ast::text_size::TextRange> {
    find_star_jump(body, in_loop)
        .or_else(|| {
            handlers.iter().find_map(|h| {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                find_star_jump(&h.body, in_loop)
            })
        })
        .or_else(|| find_star_jump(orelse, in_loop))
        .or_else(|| find_star_jump(finalbody, in_loop))
}

/// The state `try_body_and_dispatch` leaves for the handler clauses.
struct TryDispatch {
    /// The handler around the whole statement.
    outer: Option<Block>,
    /// Where control goes after the statement.
    after: Block,
    caught: Local,
    prev: Local,
    /// Leaves the handler (restoring `prev`) and goes on to `outer`.
    cleanup: Block,
}
