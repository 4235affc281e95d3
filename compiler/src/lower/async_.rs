//! Lowering of `async def`, `await`, `async for` and `async with`.
//!
//! An `async def` is lowered like a generator function whose flavor is a coroutine
//! (or an async generator when it yields). `await x` is `yield from` over the
//! iterator the runtime's `__get_awaitable__` gives for `x` (CPython's GET_AWAITABLE),
//! through the same delegation loop (`delegate`). `async for` awaits
//! `__get_anext__(it)` (GET_ANEXT) in a block whose handler ends the loop at
//! StopAsyncIteration and re-raises anything else. `async with` is `with` with
//! `__aenter__` and `__aexit__` awaited; its exits on `return`/`break`/`continue` go
//! through `Cleanup::AsyncWith`. The checks CPython's compiler makes (`await` outside
//! an async function and the like) are diagnostics with CPython's messages.

use super::{LResult, LoopCtx, Lower};
use crate::ir::*;
use crate::symtable::ScopeKind;
use crate::syntax::ast;
use num_bigint::BigInt;

impl<'m, 'a> Lower<'m, 'a> {
    /// Rejects an `async for`/`async with` outside an `async def` with CPython's message.
    pub fn check_async(&self, range: ast::text_size::TextRange, msg: &str) -> LResult<()> {
        if self.is_module || !self.scope.is_async {
            return Err(self.ctx.error(range, msg));
        }
        Ok(())
    }

    /// `await x`.
    pub fn await_expr(&mut self, x: &'a ast::ExprAwait) -> LResult<Inst> {
        if self.is_module || matches!(self.scope.kind, ScopeKind::Module | ScopeKind::Class) {
            return Err(self.ctx.error(x.range, "'await' outside function"));
        }
        if self.scope.kind != ScopeKind::Comprehension && !self.scope.is_async {
            return Err(self.ctx.error(x.range, "'await' outside async function"));
        }
        let v = self.expr(&x.value)?;
        self.at(x.range);
        let it = self.get_awaitable(v, 0);
        Ok(self.delegate(it))
    }

    /// The iterator to await `v` through (`context`: 0 `await`, 1 `__aenter__`'s
    /// result, 2 `__aexit__`'s, for the runtime's messages).
    pub fn get_awaitable(&mut self, v: Inst, context: i64) -> Inst {
        let f = self.emit(Op::Builtin("__get_awaitable__".into()), vec![]);
        let c = self.constant(Const::Int(BigInt::from(context)));
        self.emit(Op::Call { kwnames: vec![] }, vec![f, v, c])
    }

    /// `await v` of a value already computed (no checks).
    pub fn await_value(&mut self, v: Inst, context: i64) -> Inst {
        let it = self.get_awaitable(v, context);
        self.delegate(it)
    }

    /// `__aiter__` of an `async for` iterable.
    pub fn get_aiter(&mut self, v: Inst) -> Inst {
        let f = self.emit(Op::Builtin("__get_aiter__".into()), vec![]);
        self.emit(Op::Call { kwnames: vec![] }, vec![f, v])
    }

    /// One step of an asynchronous iteration: awaits `__anext__()` of the iterator in
    /// `it_t` into `item`. Continues in a new block when there is an item; at
    /// StopAsyncIteration (from `__anext__` or the await) goes to `done`.
    pub fn async_next(&mut self, it_t: Local, item: Local, done: Block, range: ast::text_size::TextRange) {
        let outer = self.handler;
        let dispatch = self.f.new_block(outer);
        self.handler = Some(dispatch);
        let b = self.block();
        self.jump(b);
        self.switch(b);
        self.at(range);
        let itv = self.load_temp(it_t);
        let f = self.emit(Op::Builtin("__get_anext__".into()), vec![]);
        let aw = self.emit(Op::Call { kwnames: vec![] }, vec![f, itv]);
        let v = self.delegate(aw);
        self.store_local(item, v);
        self.handler = outer;
        let body = self.block();
        self.jump(body);
        // The end of the iteration: StopAsyncIteration is dropped, others go on.
        self.switch(dispatch);
        let exc = self.emit(Op::FetchExc, vec![]);
        let exc_t = self.temp("exc");
        self.store_local(exc_t, exc);
        let e = self.load_temp(exc_t);
        let cls = self.emit(Op::Builtin("StopAsyncIteration".into()), vec![]);
        let m = self.emit(Op::ExcMatch, vec![e, cls]);
        let (stop, other) = (self.block(), self.block());
        self.terminate(Term::Branch(m, stop, other));
        self.switch(stop);
        self.emit(Op::DelLocal { local: exc_t, checked: false }, vec![]);
        self.jump(done);
        self.switch(other);
        let e = self.load_temp(exc_t);
        self.emit(Op::Reraise, vec![e]);
        self.terminate(Term::Unreachable);
        self.switch(body);
    }

    /// `async for target in iter: body else: orelse`.
    pub fn async_for(&mut self, f: &'a ast::StmtAsyncFor) -> LResult<()> {
        self.check_async(f.range, "'async for' outside async function")?;
        let seq = self.expr(&f.iter)?;
        self.at(f.range);
        let it = self.get_aiter(seq);
        let it_t = self.temp("aiter");
        self.store_local(it_t, it);
        let item = self.temp("item");
        let (head, orelse, done) = (self.block(), self.block(), self.block());
        self.jump(head);
        self.switch(head);
        self.async_next(it_t, item, orelse, f.range);
        let v = self.load_temp(item);
        self.assign(&f.target, v)?;
        self.loops.push(LoopCtx { brk: done, cont: head, cleanup_depth: self.cleanups.len() });
        self.stmts(&f.body)?;
        self.loops.pop();
        self.jump(head);
        self.switch(orelse);
        self.emit(Op::DelLocal { local: it_t, checked: false }, vec![]);
        self.stmts(&f.orelse)?;
        self.jump(done);
        self.switch(done);
        self.emit(Op::DelLocal { local: it_t, checked: false }, vec![]);
        Ok(())
    }

    /// `await exit(None, None, None)`, the result dropped.
    pub fn await_exit_nones(&mut self, exit: Local) {
        let f = self.load_temp(exit);
        let n = self.none();
        let r = self.emit(Op::Call { kwnames: vec![] }, vec![f, n, n, n]);
        self.await_value(r, 2);
    }

    /// `async with a as x, b as y: body`, one manager at a time from `i`: as `with`,
    /// with the results of `__aenter__` and `__aexit__` awaited.
    pub fn async_with(&mut self, items: &'a [ast::WithItem], body: &'a [ast::Stmt], i: usize) -> LResult<()> {
        self.with_items(items, body, i, true)
    }
}
