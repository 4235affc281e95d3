//! Lowering of `match` statements. The subject is evaluated once into a temporary;
//! each case tests its pattern with branches to the next case on failure, binds its
//! captures, checks its guard and runs its body. Structural tests that need run-time
//! knowledge (is this a sequence or a mapping, `__match_args__`) are calls of the
//! runtime helpers `__match_seq__`, `__match_map__` and `__match_class__`, which
//! return a tuple of the parts to match further, or None when the shape differs.

use super::{LResult, Lower};
use crate::ir::*;
use crate::syntax::ast::{self, Pattern};

impl<'m, 'a> Lower<'m, 'a> {
    pub fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> LResult<()> {
        let subj = self.expr(&m.subject)?;
        let st = self.temp("subject");
        self.store_local(st, subj);
        let end = self.block();
        for (i, case) in m.cases.iter().enumerate() {
            let fail = self.block();
            if let Pattern::MatchAs(ast::PatternMatchAs { pattern: None, name: None, .. }) = &case.pattern {
                if case.guard.is_none() && i + 1 != m.cases.len() {
                    return Err(self.ctx.error(m.range, "wildcard makes remaining patterns unreachable"));
                }
            }
            self.pattern(&case.pattern, st, fail)?;
            if let Some(g) = &case.guard {
                let ok = self.block();
                self.branch(g, ok, fail)?;
                self.switch(ok);
            }
            self.stmts(&case.body)?;
            self.jump(end);
            self.switch(fail);
        }
        self.jump(end);
        self.switch(end);
        self.emit(Op::DelLocal { local: st, checked: false }, vec![]);
        Ok(())
    }

    /// Jumps to `fail` unless the i1 `ok` holds; continues in a new block.
    fn require(&mut self, ok: Inst, fail: Block) {
        let next = self.block();
        self.terminate(Term::Branch(ok, next, fail));
        self.switch(next);
    }

    /// Calls a runtime match helper; fails unless it returns a tuple, which is stored
    /// in a new temporary.
    fn match_helper(&mut self, name: &str, args: Vec<Inst>, fail: Block) -> Local {
        let f = self.emit(Op::Builtin(name.into()), vec![]);
        let mut all = vec![f];
        all.extend(args);
        let r = self.emit(Op::Call { kwnames: vec![] }, all);
        let t = self.temp("parts");
        self.store_local(t, r);
        let r = self.load_temp(t);
        let n = self.none();
        let is_none = self.emit(Op::Is, vec![r, n]);
        let ok = self.emit(Op::NotI1, vec![is_none]);
        self.require(ok, fail);
        t
    }

    /// Matches the value in `subj` against `p`, binding captures, going to `fail` on a mismatch.
    fn pattern(&mut self, p: &'a Pattern, subj: Local, fail: Block) -> LResult<()> {
        match p {
            Pattern::MatchValue(v) => {
                let x = self.expr(&v.value)?;
                let s = self.load_temp(subj);
                let c = self.emit(Op::Compare(krait_abi::CmpOp::Eq), vec![s, x]);
                let t = self.emit(Op::Truth, vec![c]);
                self.require(t, fail);
            }
            Pattern::MatchSingleton(v) => {
                let c = match v.value {
                    ast::Constant::None => Const::None,
                    ast::Constant::Bool(b) => Const::Bool(b),
                    _ => return self.unsupported(v.range, "this literal pattern is"),
                };
                let k = self.constant(c);
                let s = self.load_temp(subj);
                let t = self.emit(Op::Is, vec![s, k]);
                self.require(t, fail);
            }
            Pattern::MatchAs(a) => {
                if let Some(inner) = &a.pattern {
                    self.pattern(inner, subj, fail)?;
                }
                if let Some(n) = &a.name {
                    let s = self.load_temp(subj);
                    self.store_name(n, s);
                }
            }
            Pattern::MatchOr(o) => {
                let done = self.block();
                for (i, alt) in o.patterns.iter().enumerate() {
                    let next = if i + 1 == o.patterns.len() { fail } else { self.block() };
                    self.pattern(alt, subj, next)?;
                    self.jump(done);
                    if i + 1 != o.patterns.len() {
                        self.switch(next);
                    }
                }
                self.switch(done);
            }
            Pattern::MatchSequence(sq) => {
                let star = sq.patterns.iter().position(|x| matches!(x, Pattern::MatchStar(_)));
                let n = self.constant(Const::Int((sq.patterns.len() as i64).into()));
                let si = self.constant(Const::Int(star.map(|s| s as i64).unwrap_or(-1).into()));
                let s = self.load_temp(subj);
                let parts = self.match_helper("__match_seq__", vec![s, n, si], fail);
                for (i, sub) in sq.patterns.iter().enumerate() {
                    if let Pattern::MatchStar(st) = sub {
                        if let Some(name) = &st.name {
                            let t = self.load_temp(parts);
                            let v = self.emit(Op::TupleItem(i as u32), vec![t]);
                            self.store_name(name, v);
                        }
                        continue;
                    }
                    if let Pattern::MatchAs(ast::PatternMatchAs { pattern: None, name: None, .. }) = sub {
                        continue;
                    }
                    let t = self.load_temp(parts);
                    let v = self.emit(Op::TupleItem(i as u32), vec![t]);
                    let vt = self.temp("item");
                    self.store_local(vt, v);
                    self.pattern(sub, vt, fail)?;
                }
            }
            Pattern::MatchMapping(mp) => {
                let keys: Vec<&'a ast::Expr> = mp.keys.iter().collect();
                let kv = self.operands(&keys)?;
                let kt = self.emit(Op::BuildTuple, kv);
                let rest = self.constant(Const::Bool(mp.rest.is_some()));
                let s = self.load_temp(subj);
                let parts = self.match_helper("__match_map__", vec![s, kt, rest], fail);
                for (i, sub) in mp.patterns.iter().enumerate() {
                    let t = self.load_temp(parts);
                    let v = self.emit(Op::TupleItem(i as u32), vec![t]);
                    let vt = self.temp("value");
                    self.store_local(vt, v);
                    self.pattern(sub, vt, fail)?;
                }
                if let Some(r) = &mp.rest {
                    let t = self.load_temp(parts);
                    let v = self.emit(Op::TupleItem(mp.patterns.len() as u32), vec![t]);
                    self.store_name(r, v);
                }
            }
            Pattern::MatchClass(c) => {
                let cls = self.expr(&c.cls)?;
                let ct = self.temp("cls");
                self.store_local(ct, cls);
                let names: Vec<Inst> = c.kwd_attrs.iter().map(|n| self.constant(Const::Str(n.to_string()))).collect();
                let nt = self.emit(Op::BuildTuple, names);
                let np = self.constant(Const::Int((c.patterns.len() as i64).into()));
                let s = self.load_temp(subj);
                let cv = self.load_temp(ct);
                self.at(c.range);
                let parts = self.match_helper("__match_class__", vec![s, cv, np, nt], fail);
                for (i, sub) in c.patterns.iter().chain(&c.kwd_patterns).enumerate() {
                    let t = self.load_temp(parts);
                    let v = self.emit(Op::TupleItem(i as u32), vec![t]);
                    let vt = self.temp("attr");
                    self.store_local(vt, v);
                    self.pattern(sub, vt, fail)?;
                }
            }
            Pattern::MatchStar(s) => return self.unsupported(s.range, "a star pattern outside a sequence is"),
        }
        Ok(())
    }
}
