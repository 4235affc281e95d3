//! Lowering of statements: assignments, control flow, functions, imports.

use super::expr::has_branches;
use super::{Cleanup, LResult, LoopCtx, Lower};
use crate::ir::*;
use crate::syntax::ast::{self, Expr, Ranged, Stmt};

/// The last comparison CPython's `compiler_jump_if` visits in a condition (through
/// `not`, `and`/`or` and conditional expressions): its location stays current after the
/// condition.
fn last_branch_compare(e: &Expr) -> Option<&Expr> {
    match e {
        Expr::Compare(_) => Some(e),
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => last_branch_compare(&u.operand),
        Expr::BoolOp(b) => b.values.iter().rev().find_map(last_branch_compare),
        Expr::IfExp(x) => [&x.orelse, &x.body, &x.test].into_iter().find_map(|e| last_branch_compare(e)),
        _ => None,
    }
}

impl<'m, 'a> Lower<'m, 'a> {
    pub fn stmts(&mut self, body: &'a [Stmt]) -> LResult<()> {
        for s in body {
            if self.terminated() {
                // Code after return/raise/break is unreachable; lower it into a detached
                // block so it is still checked, then drop it.
                let dead = self.block();
                self.switch(dead);
            }
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> LResult<()> {
        self.at(s.range());
        match s {
            Stmt::Expr(e) => {
                self.expr(&e.value)?;
            }
            Stmt::Assign(a) => {
                let v = self.expr(&a.value)?;
                if a.targets.len() > 1 && a.targets.iter().any(has_branches) {
                    let t = self.temp("value");
                    self.store_local(t, v);
                    for target in &a.targets {
                        let v = self.emit(Op::LoadLocal { local: t, checked: false }, vec![]);
                        self.assign(target, v)?;
                    }
                } else {
                    for t in &a.targets {
                        self.assign(t, v)?;
                    }
                }
            }
            Stmt::AnnAssign(a) => self.ann_assign(a)?,
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::Pass(_) => {}
            // In an imported module, `if __name__ == "__main__":` is the code that runs
            // only when the file is the program: it is left out, with the imports it
            // makes (a module's `__name__` is its import name).
            Stmt::If(i) if self.is_module && self.m.name != "__main__" && is_main_test(&i.test) && !self.ctx.globals_assigned("__name__") => {
                self.stmts(&i.orelse)?;
            }
            Stmt::If(i) => {
                let (yes, no, done) = (self.block(), self.block(), self.block());
                self.branch(&i.test, yes, no)?;
                self.switch(yes);
                self.stmts(&i.body)?;
                self.jump(done);
                self.switch(no);
                self.stmts(&i.orelse)?;
                self.jump(done);
                self.switch(done);
            }
            Stmt::While(w) => {
                let (head, body, orelse, done) = (self.block(), self.block(), self.block(), self.block());
                self.jump(head);
                self.switch(head);
                self.branch(&w.test, body, orelse)?;
                self.switch(body);
                self.loops.push(LoopCtx { brk: done, cont: head, cleanup_depth: self.cleanups.len() });
                self.stmts(&w.body)?;
                self.loops.pop();
                self.jump(head);
                self.switch(orelse);
                self.stmts(&w.orelse)?;
                self.jump(done);
                self.switch(done);
            }
            Stmt::For(f) => self.for_loop(f)?,
            Stmt::Break(b) => {
                let Some(lp) = self.loops.last() else {
                    return Err(self.ctx.error(b.range, "'break' outside loop"));
                };
                let (brk, depth) = (lp.brk, lp.cleanup_depth);
                self.run_finally_down_to(depth)?;
                self.jump(brk);
            }
            Stmt::Continue(c) => {
                let Some(lp) = self.loops.last() else {
                    return Err(self.ctx.error(c.range, "'continue' not properly in loop"));
                };
                let (cont, depth) = (lp.cont, lp.cleanup_depth);
                self.run_finally_down_to(depth)?;
                self.jump(cont);
            }
            Stmt::Return(r) => {
                if self.is_module || self.ns.is_some() {
                    return Err(self.ctx.error(r.range, "'return' outside function"));
                }
                if r.value.is_some() && self.scope.is_async && self.scope.is_generator {
                    return Err(self.ctx.error(r.range, "'return' with value in async generator"));
                }
                let v = match &r.value {
                    Some(v) => self.expr(v)?,
                    None => self.none(),
                };
                if self.cleanups.is_empty() {
                    self.terminate(Term::Return(v));
                } else {
                    let t = self.temp("ret");
                    self.store_local(t, v);
                    self.run_finally_down_to(0)?;
                    if !self.terminated() {
                        let v = self.load_temp(t);
                        self.terminate(Term::Return(v));
                    }
                }
            }
            Stmt::FunctionDef(def) => self.def_stmt(def)?,
            Stmt::Global(_) => {}
            Stmt::Nonlocal(_) => {}
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete(t)?;
                }
            }
            Stmt::Raise(r) => {
                match &r.exc {
                    Some(e) => {
                        let mut all: Vec<&'a Expr> = vec![e];
                        all.extend(r.cause.as_deref());
                        let args = self.operands(&all)?;
                        self.at(s.range());
                        self.emit(Op::Raise, args);
                    }
                    None => match self.handled.last().copied() {
                        Some(l) => {
                            let v = self.load_temp(l);
                            self.emit(Op::Reraise, vec![v]);
                        }
                        // Outside any handler of this function: whatever a caller handles.
                        None => {
                            self.emit(Op::Reraise, vec![]);
                        }
                    },
                }
                self.terminate(Term::Unreachable);
            }
            Stmt::Assert(a) => {
                let (fail, ok) = (self.block(), self.block());
                self.branch(&a.test, ok, fail)?;
                self.switch(fail);
                // CPython 3.11 reports the failure at the last comparison the test
                // branched on, if any, else at the statement.
                self.loc = match last_branch_compare(&a.test) {
                    Some(c) => self.ctx.loc(c.range()),
                    None => self.ctx.loc(s.range()),
                };
                let exc = match &a.msg {
                    Some(m) => {
                        // The message first: it may create blocks, and values stay in theirs.
                        let m = self.expr(m)?;
                        let cls = self.emit(Op::Builtin("AssertionError".into()), vec![]);
                        self.emit(Op::Call { kwnames: vec![] }, vec![cls, m])
                    }
                    None => self.emit(Op::Builtin("AssertionError".into()), vec![]),
                };
                self.emit(Op::Raise, vec![exc]);
                self.terminate(Term::Unreachable);
                self.switch(ok);
            }
            Stmt::Try(t) => self.try_stmt(t)?,
            Stmt::Import(i) => self.import_stmt(i)?,
            Stmt::ImportFrom(i) => self.import_from_stmt(i)?,
            Stmt::ClassDef(c) => self.class_stmt(c)?,
            Stmt::With(w) => self.with_stmt(&w.items, &w.body, 0)?,
            Stmt::Match(m) => self.match_stmt(m)?,
            Stmt::AsyncFunctionDef(x) => self.async_def_stmt(x)?,
            Stmt::AsyncFor(x) => self.async_for(x)?,
            Stmt::AsyncWith(x) => {
                self.check_async(x.range, "'async with' outside async function")?;
                self.async_with(&x.items, &x.body, 0)?
            }
            Stmt::TryStar(x) => self.try_star_stmt(x)?,
            Stmt::TypeAlias(x) => return self.unsupported(x.range, "the `type` statement is"),
        }
        Ok(())
    }


    /// Assigns the value `v` to a target.
    pub fn assign(&mut self, target: &'a Expr, v: Inst) -> LResult<()> {
        match target {
            Expr::Name(n) => self.store_name(&n.id, v),
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                let stars: Vec<usize> = elts.iter().enumerate().filter(|(_, e)| matches!(e, Expr::Starred(_))).map(|(i, _)| i).collect();
                if stars.len() > 1 {
                    return Err(self.ctx.error(elts[stars[1]].range(), "multiple starred expressions in assignment"));
                }
                self.at(target.range());
                let t = match stars.first() {
                    Some(&i) => self.emit(Op::UnpackEx { before: i as u32, after: (elts.len() - i - 1) as u32 }, vec![v]),
                    None => self.emit(Op::Unpack(elts.len() as u32), vec![v]),
                };
                let elts: Vec<&'a Expr> = elts.iter().map(|e| match e {
                    Expr::Starred(s) => &*s.value,
                    other => other,
                }).collect();
                if elts.iter().any(|e| has_branches(e)) {
                    let tl = self.temp("unpacked");
                    self.store_local(tl, t);
                    for (i, e) in elts.iter().enumerate() {
                        let t = self.emit(Op::LoadLocal { local: tl, checked: false }, vec![]);
                        let item = self.emit(Op::TupleItem(i as u32), vec![t]);
                        self.assign(e, item)?;
                    }
                } else {
                    for (i, e) in elts.iter().enumerate() {
                        let item = self.emit(Op::TupleItem(i as u32), vec![t]);
                        self.assign(e, item)?;
                    }
                }
            }
            Expr::Subscript(s) => {
                let kept = self.keep_across(v, &[&s.value, &s.slice]);
                let ok = self.operands(&[&s.value, &s.slice])?;
                let v = self.restore(kept);
                self.at_subscript(s);
                self.emit(Op::SetItem, vec![ok[0], ok[1], v]);
            }
            Expr::Attribute(a) => {
                let kept = self.keep_across(v, &[&a.value]);
                let o = self.expr(&a.value)?;
                let v = self.restore(kept);
                self.loc = self.ctx.loc_attr(a.range, a);
                self.emit(Op::SetAttr(a.attr.to_string()), vec![o, v]);
            }
            other => return Err(self.ctx.error(other.range(), "cannot assign to this expression")),
        }
        Ok(())
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> LResult<()> {
        let op = super::expr::binop(&a.op);
        match &*a.target {
            Expr::Name(n) => {
                let cur = self.load_name(&n.id);
                let cur = self.keep_across(cur, &[&a.value]);
                let r = self.expr(&a.value)?;
                let cur = self.restore(cur);
                self.at(a.range);
                let v = self.emit(Op::Inplace(op), vec![cur, r]);
                self.store_name(&n.id, v);
            }
            Expr::Subscript(s) => {
                let ok = self.operands(&[&s.value, &s.slice])?;
                self.at_subscript(s);
                let cur = self.emit(Op::GetItem, vec![ok[0], ok[1]]);
                let later: [&'a Expr; 1] = [&a.value];
                let (o, k, cur) = (self.keep_across(ok[0], &later), self.keep_across(ok[1], &later), self.keep_across(cur, &later));
                let r = self.expr(&a.value)?;
                let (o, k, cur) = (self.restore(o), self.restore(k), self.restore(cur));
                self.at(a.range);
                let v = self.emit(Op::Inplace(op), vec![cur, r]);
                self.at_subscript(s);
                self.emit(Op::SetItem, vec![o, k, v]);
            }
            Expr::Attribute(at) => {
                let o = self.expr(&at.value)?;
                self.loc = self.ctx.loc_attr(at.range, at);
                let cur = self.emit(Op::GetAttr(at.attr.to_string()), vec![o]);
                let later: [&'a Expr; 1] = [&a.value];
                let (o, cur) = (self.keep_across(o, &later), self.keep_across(cur, &later));
                let r = self.expr(&a.value)?;
                let (o, cur) = (self.restore(o), self.restore(cur));
                self.at(a.range);
                let v = self.emit(Op::Inplace(op), vec![cur, r]);
                self.loc = self.ctx.loc_attr(at.range, at);
                self.emit(Op::SetAttr(at.attr.to_string()), vec![o, v]);
            }
            other => return Err(self.ctx.error(other.range(), "illegal expression for augmented assignment")),
        }
        Ok(())
    }

    fn delete(&mut self, t: &'a Expr) -> LResult<()> {
        self.at(t.range());
        match t {
            Expr::Name(n) => self.delete_name(&n.id),
            Expr::Subscript(s) => {
                let ok = self.operands(&[&s.value, &s.slice])?;
                self.at_subscript(s);
                self.emit(Op::DelItem, ok);
            }
            Expr::Tuple(x) => {
                for e in &x.elts {
                    self.delete(e)?;
                }
            }
            Expr::List(x) => {
                for e in &x.elts {
                    self.delete(e)?;
                }
            }
            Expr::Attribute(a) => {
                let o = self.expr(&a.value)?;
                self.loc = self.ctx.loc_attr(a.range, a);
                self.emit(Op::DelAttr(a.attr.to_string()), vec![o]);
            }
            other => return self.unsupported(other.range(), "deleting this kind of target is"),
        }
        Ok(())
    }

    fn for_loop(&mut self, f: &'a ast::StmtFor) -> LResult<()> {
        let seq = self.expr(&f.iter)?;
        // CPython reports errors of GET_ITER and FOR_ITER at the `for` statement.
        self.at(f.range);
        let it = self.emit(Op::GetIter, vec![seq]);
        let it_local = self.temp("iter");
        self.store_local(it_local, it);
        // Simple local targets receive the item directly.
        let direct = match &*f.target {
            Expr::Name(n) => self.local_of(&n.id).copied(),
            _ => None,
        };
        let item_local = direct.unwrap_or_else(|| self.temp("item"));
        let (head, body, orelse, done) = (self.block(), self.block(), self.block(), self.block());
        self.jump(head);
        self.switch(head);
        self.at(f.range);
        let itv = self.load_temp(it_local);
        let got = self.emit(Op::IterNext { target: item_local }, vec![itv]);
        self.terminate(Term::Branch(got, body, orelse));
        self.switch(body);
        if direct.is_none() {
            let item = self.load_local(item_local);
            self.assign(&f.target, item)?;
        }
        self.loops.push(LoopCtx { brk: done, cont: head, cleanup_depth: self.cleanups.len() });
        self.stmts(&f.body)?;
        self.loops.pop();
        self.jump(head);
        self.switch(orelse);
        self.emit(Op::DelLocal { local: it_local, checked: false }, vec![]);
        self.stmts(&f.orelse)?;
        self.jump(done);
        self.switch(done);
        self.emit(Op::DelLocal { local: it_local, checked: false }, vec![]);
        Ok(())
    }

    /// Runs the open cleanups above `depth`, innermost first: `finally` bodies and the
    /// exits of exception handlers (for `return`, `break` and `continue` leaving a `try`).
    pub fn run_finally_down_to(&mut self, depth: usize) -> LResult<()> {
        let mut i = self.cleanups.len();
        while i > depth {
            i -= 1;
            if self.terminated() {
                // An earlier `finally` body always left (return/raise/break): the rest is dead.
                return Ok(());
            }
            if let Cleanup::Handler { prev, caught, name } = self.cleanups[i] {
                self.exit_handler(prev, caught, name, true);
                continue;
            }
            if let Cleanup::With { exit, outer_handler } | Cleanup::AsyncWith { exit, outer_handler } = self.cleanups[i] {
                let is_async = matches!(self.cleanups[i], Cleanup::AsyncWith { .. });
                let saved_handler = self.handler;
                self.handler = outer_handler;
                let b = self.block();
                self.jump(b);
                self.switch(b);
                if is_async {
                    self.await_exit_nones(exit);
                } else {
                    self.call_exit_nones(exit);
                }
                let next = self.block();
                self.jump(next);
                self.switch(next);
                self.handler = saved_handler;
                continue;
            }
            let saved: Vec<Cleanup<'a>> = self.cleanups.drain(i..).collect();
            let Cleanup::Finally { body, outer_handler, handled_len, loops_len } = saved[0] else { unreachable!() };
            let (saved_handler, saved_handled) = (self.handler, self.handled.clone());
            let saved_loops = self.loops.split_off(loops_len);
            self.handler = outer_handler;
            self.handled.truncate(handled_len);
            let b = self.block();
            self.jump(b);
            self.switch(b);
            self.stmts(body)?;
            self.handler = saved_handler;
            self.handled = saved_handled;
            self.loops.extend(saved_loops);
            self.cleanups.extend(saved);
            // Continue after the finally body in a block with the current handler.
            let next = self.block();
            self.jump(next);
            self.switch(next);
        }
        Ok(())
    }
}

/// Is `test` the guard `__name__ == "__main__"` (either way round)?
fn is_main_test(test: &ast::Expr) -> bool {
    let ast::Expr::Compare(c) = test else { return false };
    if c.ops.len() != 1 || !matches!(c.ops[0], ast::CmpOp::Eq) {
        return false;
    }
    let is_name = |e: &ast::Expr| matches!(e, ast::Expr::Name(n) if n.id.as_str() == "__name__");
    let is_main = |e: &ast::Expr| matches!(e, ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(s), .. }) if s == "__main__");
    (is_name(&c.left) && is_main(&c.comparators[0])) || (is_main(&c.left) && is_name(&c.comparators[0]))
}
