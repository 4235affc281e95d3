//! Lowering of expressions: values (`expr`) and branch conditions (`branch`), which
//! short-circuit `and`/`or`/`not` into control flow instead of building bools.

use super::{CompKind, LResult, Lower};
use crate::ir::*;
use crate::syntax::ast::{self, Expr, Ranged};
use krait_abi::{BinOp, CmpOp, UnaryOp};

pub fn binop(op: &ast::Operator) -> BinOp {
    use ast::Operator as O;
    match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Sub,
        O::Mult => BinOp::Mul,
        O::MatMult => BinOp::MatMul,
        O::Div => BinOp::TrueDiv,
        O::Mod => BinOp::Mod,
        O::Pow => BinOp::Pow,
        O::LShift => BinOp::LShift,
        O::RShift => BinOp::RShift,
        O::BitOr => BinOp::Or,
        O::BitXor => BinOp::Xor,
        O::BitAnd => BinOp::And,
        O::FloorDiv => BinOp::FloorDiv,
    }
}

/// Does lowering `e` create blocks (short-circuit or conditional evaluation)? Values
/// computed before such an expression must be kept in locals, because values do not
/// cross blocks.
pub fn has_branches(e: &Expr) -> bool {
    match e {
        Expr::BoolOp(_) | Expr::IfExp(_) | Expr::Yield(_) | Expr::YieldFrom(_) | Expr::Await(_) => true,
        Expr::Compare(c) => c.ops.len() > 1 || has_branches(&c.left) || c.comparators.iter().any(has_branches),
        Expr::BinOp(b) => has_branches(&b.left) || has_branches(&b.right),
        Expr::UnaryOp(u) => has_branches(&u.operand),
        Expr::NamedExpr(n) => has_branches(&n.value),
        // `locals()` and the like build their dict in several blocks.
        Expr::Call(c) if c.args.is_empty() && c.keywords.is_empty() && matches!(&*c.func, Expr::Name(n) if super::introspect::is_frame_builtin(&n.id)) => true,
        Expr::Call(c) => has_branches(&c.func) || c.args.iter().any(has_branches) || c.keywords.iter().any(|k| has_branches(&k.value)),
        Expr::Attribute(a) => has_branches(&a.value),
        Expr::Subscript(s) => has_branches(&s.value) || has_branches(&s.slice),
        Expr::Slice(s) => [&s.lower, &s.upper, &s.step].iter().any(|p| p.as_deref().map(has_branches).unwrap_or(false)),
        Expr::List(l) => l.elts.iter().any(has_branches),
        Expr::Tuple(t) => t.elts.iter().any(has_branches),
        Expr::Set(t) => t.elts.iter().any(has_branches),
        Expr::Dict(d) => d.keys.iter().flatten().any(has_branches) || d.values.iter().any(has_branches),
        Expr::JoinedStr(j) => j.values.iter().any(has_branches),
        Expr::FormattedValue(f) => has_branches(&f.value) || f.format_spec.as_deref().map(has_branches).unwrap_or(false),
        Expr::Starred(s) => has_branches(&s.value),
        Expr::ListComp(c) => has_branches(&c.generators[0].iter),
        Expr::SetComp(c) => has_branches(&c.generators[0].iter),
        Expr::DictComp(c) => has_branches(&c.generators[0].iter),
        Expr::GeneratorExp(c) => has_branches(&c.generators[0].iter),
        Expr::Lambda(l) => l.args.posonlyargs.iter().chain(&l.args.args).chain(&l.args.kwonlyargs).any(|a| a.default.as_deref().map(has_branches).unwrap_or(false)),
        _ => false,
    }
}

impl<'m, 'a> Lower<'m, 'a> {
    /// Lowers several operands left to right. An operand followed by one that creates
    /// blocks is parked in a temporary local and reloaded at the end, so every
    /// returned value belongs to the final block.
    pub fn operands(&mut self, es: &[&'a Expr]) -> LResult<Vec<Inst>> {
        let mut parked: Vec<Result<Inst, Local>> = vec![];
        for (i, e) in es.iter().enumerate() {
            let v = self.expr(e)?;
            if es[i + 1..].iter().any(|x| has_branches(x)) {
                let t = self.temp("arg");
                self.store_local(t, v);
                parked.push(Err(t));
            } else {
                parked.push(Ok(v));
            }
        }
        Ok(parked.into_iter().map(|p| match p {
            Ok(v) => v,
            Err(t) => self.emit(Op::LoadLocal { local: t, checked: false }, vec![]),
        }).collect())
    }

    /// Keeps `v` valid across the lowering of `later` (which may create blocks).
    pub fn keep_across(&mut self, v: Inst, later: &[&'a Expr]) -> Result<Inst, Local> {
        if later.iter().any(|x| has_branches(x)) {
            let t = self.temp("keep");
            self.store_local(t, v);
            Err(t)
        } else {
            Ok(v)
        }
    }

    /// The value parked by `keep_across`.
    pub fn restore(&mut self, k: Result<Inst, Local>) -> Inst {
        match k {
            Ok(v) => v,
            Err(t) => self.emit(Op::LoadLocal { local: t, checked: false }, vec![]),
        }
    }

    /// Lowers an expression to a value.
    pub fn expr(&mut self, e: &'a Expr) -> LResult<Inst> {
        let saved = self.loc;
        self.at(e.range());
        let v = self.expr_inner(e);
        self.loc = saved;
        v
    }

    fn expr_inner(&mut self, e: &'a Expr) -> LResult<Inst> {
        Ok(match e {
            Expr::Constant(c) => self.constant_expr(&c.value, e)?,
            // `__debug__` is a constant, as CPython compiles it (krait has no -O mode
            // that would make it False).
            Expr::Name(n) if n.id.as_str() == "__debug__" => self.constant(Const::Bool(true)),
            Expr::Name(n) => {
                self.check_frame_builtin_ref(n)?;
                self.load_name(&n.id)
            }
            Expr::BinOp(b) => {
                let v = self.operands(&[&b.left, &b.right])?;
                let (l, r) = (v[0], v[1]);
                self.loc = self.ctx.loc_binop(b.range, b.left.range(), b.right.range());
                self.emit(Op::Binary(binop(&b.op)), vec![l, r])
            }
            // CPython folds a sign applied to a number literal into the constant.
            Expr::UnaryOp(ast::ExprUnaryOp { op: ast::UnaryOp::USub, operand, .. })
                if matches!(&**operand, Expr::Constant(ast::ExprConstant { value: ast::Constant::Int(_) | ast::Constant::Float(_), .. })) =>
            {
                match &**operand {
                    Expr::Constant(ast::ExprConstant { value: ast::Constant::Int(i), .. }) => self.constant(Const::Int(-i.clone())),
                    Expr::Constant(ast::ExprConstant { value: ast::Constant::Float(f), .. }) => self.constant(Const::Float(-*f)),
                    _ => unreachable!(),
                }
            }
            Expr::UnaryOp(u) => {
                let v = self.expr(&u.operand)?;
                self.at(e.range());
                match u.op {
                    ast::UnaryOp::Not => self.emit(Op::Not, vec![v]),
                    ast::UnaryOp::USub => self.emit(Op::Unary(UnaryOp::Neg), vec![v]),
                    ast::UnaryOp::UAdd => self.emit(Op::Unary(UnaryOp::Pos), vec![v]),
                    ast::UnaryOp::Invert => self.emit(Op::Unary(UnaryOp::Invert), vec![v]),
                }
            }
            Expr::BoolOp(b) => {
                // The result flows through a temporary local: `a or b` is `a` if true, else `b`.
                let res = self.temp("bool");
                let done = self.block();
                for (i, v) in b.values.iter().enumerate() {
                    let x = self.expr(v)?;
                    self.store_local(res, x);
                    if i + 1 == b.values.len() {
                        self.jump(done);
                    } else {
                        let x = self.load_local(res);
                        let t = self.emit(Op::Truth, vec![x]);
                        let next = self.block();
                        let (yes, no) = match b.op {
                            ast::BoolOp::And => (next, done),
                            ast::BoolOp::Or => (done, next),
                        };
                        self.terminate(Term::Branch(t, yes, no));
                        self.switch(next);
                    }
                }
                self.switch(done);
                self.load_local(res)
            }
            Expr::Compare(c) => self.compare(c, e)?,
            Expr::IfExp(x) => {
                let res = self.temp("ifexp");
                let (yes, no, done) = (self.block(), self.block(), self.block());
                self.branch(&x.test, yes, no)?;
                self.switch(yes);
                let v = self.expr(&x.body)?;
                self.store_local(res, v);
                self.jump(done);
                self.switch(no);
                let v = self.expr(&x.orelse)?;
                self.store_local(res, v);
                self.jump(done);
                self.switch(done);
                self.load_local(res)
            }
            Expr::NamedExpr(n) => {
                let v = self.expr(&n.value)?;
                match &*n.target {
                    Expr::Name(t) => {
                        self.store_name(&t.id, v);
                        self.load_name(&t.id)
                    }
                    other => return self.unsupported(other.range(), "this assignment-expression target is"),
                }
            }
            Expr::Call(c) => self.call(c, e)?,
            Expr::Attribute(a) => {
                let v = self.expr(&a.value)?;
                self.loc = self.ctx.loc_attr(a.range, a);
                self.emit(Op::GetAttr(a.attr.to_string()), vec![v])
            }
            Expr::Subscript(s) => {
                let v = self.operands(&[&s.value, &s.slice])?;
                self.at_subscript(s);
                self.emit(Op::GetItem, v)
            }
            Expr::Slice(s) => {
                let present: Vec<&'a Expr> = [&s.lower, &s.upper, &s.step].iter().filter_map(|p| p.as_deref()).collect();
                let mut vals = self.operands(&present)?.into_iter();
                let mut parts = vec![];
                for p in [&s.lower, &s.upper, &s.step] {
                    parts.push(match p {
                        Some(_) => vals.next().unwrap(),
                        None => self.none(),
                    });
                }
                self.emit(Op::BuildSlice, parts)
            }
            Expr::List(l) if l.elts.iter().any(|x| matches!(x, Expr::Starred(_))) => self.starred_display(&l.elts, false)?,
            Expr::Tuple(t) if t.elts.iter().any(|x| matches!(x, Expr::Starred(_))) => {
                let l = self.starred_display(&t.elts, false)?;
                self.emit(Op::ListToTuple, vec![l])
            }
            Expr::Set(t) if t.elts.iter().any(|x| matches!(x, Expr::Starred(_))) => self.starred_display(&t.elts, true)?,
            Expr::List(l) => {
                let items = self.exprs(&l.elts)?;
                self.emit(Op::BuildList, items)
            }
            Expr::Tuple(t) => {
                let items = self.exprs(&t.elts)?;
                self.emit(Op::BuildTuple, items)
            }
            Expr::Set(s) => {
                let items = self.exprs(&s.elts)?;
                self.emit(Op::BuildSet, items)
            }
            Expr::Dict(d) if d.keys.iter().any(|k| k.is_none()) => {
                let empty = self.emit(Op::BuildDict, vec![]);
                let t = self.temp("dict");
                self.store_local(t, empty);
                for (k, v) in d.keys.iter().zip(&d.values) {
                    match k {
                        Some(k) => {
                            let kv = self.operands(&[k, v])?;
                            let dv = self.load_temp(t);
                            self.emit(Op::DictSet, vec![dv, kv[0], kv[1]]);
                        }
                        None => {
                            let m = self.expr(v)?;
                            let dv = self.load_temp(t);
                            let none = self.none();
                            self.emit(Op::DictMerge { call: false }, vec![dv, m, none]);
                        }
                    }
                }
                self.load_temp(t)
            }
            Expr::Dict(d) => {
                let mut all: Vec<&'a Expr> = vec![];
                for (k, v) in d.keys.iter().zip(&d.values) {
                    all.push(k.as_ref().unwrap());
                    all.push(v);
                }
                let items = self.operands(&all)?;
                self.emit(Op::BuildDict, items)
            }
            Expr::JoinedStr(j) => {
                let mut parts = vec![];
                for (i, v) in j.values.iter().enumerate() {
                    let p = self.fstring_part(v)?;
                    let later: Vec<&'a Expr> = j.values[i + 1..].iter().collect();
                    parts.push(self.keep_across(p, &later));
                }
                let parts: Vec<Inst> = parts.into_iter().map(|p| self.restore(p)).collect();
                if parts.len() == 1 {
                    parts[0]
                } else {
                    self.emit(Op::BuildStr, parts)
                }
            }
            Expr::FormattedValue(_) => self.fstring_part(e)?,
            Expr::Starred(s) => return self.unsupported(s.range, "starred expressions are"),
            Expr::Lambda(x) => self.lambda(x)?,
            Expr::ListComp(x) => self.comprehension(x.range, &x.generators, CompKind::List, vec![&x.elt])?,
            Expr::SetComp(x) => self.comprehension(x.range, &x.generators, CompKind::Set, vec![&x.elt])?,
            Expr::DictComp(x) => self.comprehension(x.range, &x.generators, CompKind::Dict, vec![&x.key, &x.value])?,
            Expr::GeneratorExp(x) => self.comprehension(x.range, &x.generators, CompKind::Gen, vec![&x.elt])?,
            Expr::Await(x) => self.await_expr(x)?,
            Expr::Yield(x) => {
                let v = match &x.value {
                    Some(v) => self.expr(v)?,
                    None => self.none(),
                };
                self.yield_value(v)
            }
            Expr::YieldFrom(x) => {
                if self.scope.is_async {
                    return Err(self.ctx.error(x.range, "'yield from' inside async function"));
                }
                let v = self.expr(&x.value)?;
                self.at(x.range);
                let it = self.emit(Op::GetIter, vec![v]);
                self.delegate(it)
            }
        })
    }

    /// The delegation loop of `yield from` and `await`: sends what the generator is
    /// sent into the iterator `it`, yields what it yields, passes exceptions thrown in
    /// to it, and gives its return value.
    pub fn delegate(&mut self, it: Inst) -> Inst {
        let it_t = self.temp("yf_iter");
        self.store_local(it_t, it);
        let sent_t = self.temp("yf_sent");
        let n = self.none();
        self.store_local(sent_t, n);
        let val_t = self.temp("yf_value");
        let (head, yb, done) = (self.block(), self.block(), self.block());
        self.jump(head);
        self.switch(head);
        let itv = self.load_temp(it_t);
        let sv = self.load_temp(sent_t);
        let has = self.emit(Op::YieldFromSend { target: val_t }, vec![itv, sv]);
        self.terminate(Term::Branch(has, yb, done));
        self.switch(yb);
        let vv = self.load_temp(val_t);
        let s = self.emit(Op::Yield { delegate: Some(Delegate { iter: it_t, value: val_t, done }) }, vec![vv]);
        self.store_local(sent_t, s);
        self.jump(head);
        self.switch(done);
        self.emit(Op::DelLocal { local: it_t, checked: false }, vec![]);
        self.load_temp(val_t)
    }

    /// Yields `v` from a generator, in a block of its own (nothing else is live across
    /// the suspension); the result is the value sent in.
    pub fn yield_value(&mut self, v: Inst) -> Inst {
        let t = self.temp("yield");
        self.store_local(t, v);
        let b = self.block();
        self.jump(b);
        self.switch(b);
        let x = self.load_temp(t);
        self.emit(Op::Yield { delegate: None }, vec![x])
    }

    pub fn exprs(&mut self, es: &'a [Expr]) -> LResult<Vec<Inst>> {
        for e in es {
            if let Expr::Starred(s) = e {
                return self.unsupported(s.range, "starred unpacking in a display is");
            }
        }
        let all: Vec<&'a Expr> = es.iter().collect();
        self.operands(&all)
    }

    fn constant_expr(&mut self, c: &ast::Constant, e: &Expr) -> LResult<Inst> {
        let k = match c {
            ast::Constant::None => Const::None,
            ast::Constant::Bool(b) => Const::Bool(*b),
            ast::Constant::Int(i) => Const::Int(i.clone()),
            ast::Constant::Float(f) => Const::Float(*f),
            ast::Constant::Str(s) => Const::Str(s.clone()),
            ast::Constant::Ellipsis => return Ok(self.emit(Op::Builtin("Ellipsis".into()), vec![])),
            ast::Constant::Bytes(b) => Const::Bytes(b.clone()),
            ast::Constant::Complex { real, imag } => Const::Complex(*real, *imag),
            ast::Constant::Tuple(items) => {
                let mut ids = vec![];
                for it in items {
                    let v = self.constant_expr(it, e)?;
                    ids.push(v);
                }
                return Ok(self.emit(Op::BuildTuple, ids));
            }
        };
        Ok(self.constant(k))
    }

    /// One part of an f-string: literal text or a formatted field.
    fn fstring_part(&mut self, e: &'a Expr) -> LResult<Inst> {
        match e {
            Expr::FormattedValue(f) => {
                let spec: Vec<&'a Expr> = f.format_spec.as_deref().into_iter().collect();
                let v = self.expr(&f.value)?;
                let v = self.keep_across(v, &spec);
                let conv = match f.conversion {
                    ast::ConversionFlag::None => krait_abi::conv::NONE,
                    ast::ConversionFlag::Str => krait_abi::conv::STR,
                    ast::ConversionFlag::Repr => krait_abi::conv::REPR,
                    ast::ConversionFlag::Ascii => krait_abi::conv::ASCII,
                };
                let spec = match &f.format_spec {
                    Some(spec) => Some(self.expr(spec)?),
                    None => None,
                };
                let mut args = vec![self.restore(v)];
                args.extend(spec);
                let has_spec = args.len() == 2;
                self.at(e.range());
                Ok(self.emit(Op::Format { conv, has_spec }, args))
            }
            other => self.expr(other),
        }
    }

    /// A list (or set) display with `*` items.
    fn starred_display(&mut self, elts: &'a [Expr], set: bool) -> LResult<Inst> {
        let empty = self.emit(if set { Op::BuildSet } else { Op::BuildList }, vec![]);
        let t = self.temp("display");
        self.store_local(t, empty);
        for x in elts {
            match x {
                Expr::Starred(s) => {
                    let v = self.expr(&s.value)?;
                    let l = self.load_temp(t);
                    self.at(s.value.range());
                    self.emit(if set { Op::SetUpdate } else { Op::ListExtend }, vec![l, v]);
                }
                other => {
                    let v = self.expr(other)?;
                    let l = self.load_temp(t);
                    self.emit(if set { Op::SetAdd } else { Op::ListAppend }, vec![l, v]);
                }
            }
        }
        Ok(self.load_temp(t))
    }

    fn call(&mut self, c: &'a ast::ExprCall, e: &Expr) -> LResult<Inst> {
        self.note_dynamic_import(c);
        // `eval`, `exec` and `compile` need a compiler at run time.
        if let Expr::Name(n) = &*c.func {
            if matches!(n.id.as_str(), "eval" | "exec" | "compile") && !self.ctx.globals.contains(n.id.as_str()) {
                let msg = format!("`{}()` is not supported: krait compiles ahead of time and has no compiler at run time", n.id);
                if !self.ctx.in_stdlib {
                    return Err(self.ctx.error(c.range, &msg));
                }
                // In the standard library, `eval` and `compile` are the runtime's builtins,
                // which handle the expressions string annotations are made of
                // (`typing.ForwardRef`; runtime/src/evalexpr.rs) and raise for others.
                // `exec` sits on paths programs rarely take (doctest, namedtuple's
                // replaced code): it raises when run.
                if n.id.as_str() == "exec" {
                    for a in &c.args {
                        self.expr(a)?;
                    }
                    let (line, _) = self.ctx.index.line_col(crate::syntax::span(c.range).0);
                    let text = format!("krait: {}() cannot run in a compiled program ({}:{})", n.id, self.ctx.file, line);
                    return Ok(self.emit(Op::Unsupported(text), vec![]));
                }
            }
            if let Some(v) = self.frame_builtin_call(c)? {
                return Ok(v);
            }
            if n.id.as_str() == "super" && c.args.is_empty() && c.keywords.is_empty() {
                if let Some(v) = self.zero_arg_super() {
                    return Ok(v);
                }
            }
        }
        if c.args.iter().any(|a| matches!(a, Expr::Starred(_))) || c.keywords.iter().any(|k| k.arg.is_none()) {
            let f = self.expr(&c.func)?;
            let t = self.temp("callee");
            self.store_local(t, f);
            return self.call_ex(t, &[], &c.args, &c.keywords, e.range());
        }
        let kwnames: Vec<String> = c.keywords.iter().map(|k| k.arg.as_ref().unwrap().to_string()).collect();
        let mut all: Vec<&'a Expr> = vec![];
        let op = match &*c.func {
            Expr::Attribute(a) => {
                all.push(&a.value);
                Op::CallMethod { name: a.attr.to_string(), kwnames }
            }
            f => {
                all.push(f);
                Op::Call { kwnames }
            }
        };
        all.extend(c.args.iter());
        all.extend(c.keywords.iter().map(|k| &k.value));
        let args = self.operands(&all)?;
        self.loc = match &*c.func {
            Expr::Attribute(a) => self.ctx.loc_attr(e.range(), a),
            _ => self.ctx.loc(e.range()),
        };
        Ok(self.emit(op, args))
    }

    /// One comparison of two values, as an object (`is` and `in` give bools).
    fn compare_one(&mut self, op: &ast::CmpOp, l: Inst, r: Inst) -> Inst {
        let i1 = self.compare_i1_or(op, l, r);
        match i1 {
            Ok(c) => self.emit(Op::BoxBool, vec![c]),
            Err(v) => v,
        }
    }

    /// `is`/`in` comparisons as i1 (`Ok`), others as objects (`Err`).
    fn compare_i1_or(&mut self, op: &ast::CmpOp, l: Inst, r: Inst) -> Result<Inst, Inst> {
        use ast::CmpOp as C;
        let cmp = |o| Op::Compare(o);
        match op {
            C::Is => Ok(self.emit(Op::Is, vec![l, r])),
            C::IsNot => {
                let x = self.emit(Op::Is, vec![l, r]);
                Ok(self.emit(Op::NotI1, vec![x]))
            }
            C::In => Ok(self.emit(Op::Contains, vec![r, l])),
            C::NotIn => {
                let x = self.emit(Op::Contains, vec![r, l]);
                Ok(self.emit(Op::NotI1, vec![x]))
            }
            C::Eq => Err(self.emit(cmp(CmpOp::Eq), vec![l, r])),
            C::NotEq => Err(self.emit(cmp(CmpOp::Ne), vec![l, r])),
            C::Lt => Err(self.emit(cmp(CmpOp::Lt), vec![l, r])),
            C::LtE => Err(self.emit(cmp(CmpOp::Le), vec![l, r])),
            C::Gt => Err(self.emit(cmp(CmpOp::Gt), vec![l, r])),
            C::GtE => Err(self.emit(cmp(CmpOp::Ge), vec![l, r])),
        }
    }

    /// A comparison chain as a value: `a < b < c` is `a < b and b < c`, `b` evaluated once.
    fn compare(&mut self, c: &'a ast::ExprCompare, e: &Expr) -> LResult<Inst> {
        if c.ops.len() == 1 {
            let v = self.operands(&[&c.left, &c.comparators[0]])?;
            self.at(e.range());
            return Ok(self.compare_one(&c.ops[0], v[0], v[1]));
        }
        let left = self.expr(&c.left)?;
        let mut left = self.keep_across(left, &[&c.comparators[0]]);
        let res = self.temp("cmp");
        let mid = self.temp("mid");
        let done = self.block();
        for (i, (op, comp)) in c.ops.iter().zip(&c.comparators).enumerate() {
            let r = self.expr(comp)?;
            let l = self.restore(left);
            let last = i + 1 == c.ops.len();
            if !last {
                self.store_local(mid, r);
            }
            let r = if last { r } else { self.emit(Op::LoadLocal { local: mid, checked: false }, vec![]) };
            self.at(e.range());
            let v = self.compare_one(op, l, r);
            self.store_local(res, v);
            if last {
                self.jump(done);
            } else {
                let v = self.load_local(res);
                let t = self.emit(Op::Truth, vec![v]);
                let next = self.block();
                self.terminate(Term::Branch(t, next, done));
                self.switch(next);
                left = Err(mid);
            }
        }
        self.switch(done);
        Ok(self.load_local(res))
    }

    /// Lowers a condition as control flow: jumps to `yes` when `e` is true, else `no`.
    pub fn branch(&mut self, e: &'a Expr, yes: Block, no: Block) -> LResult<()> {
        let saved = self.loc;
        self.at(e.range());
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                self.branch(&u.operand, no, yes)?;
            }
            Expr::BoolOp(b) => {
                for (i, v) in b.values.iter().enumerate() {
                    if i + 1 == b.values.len() {
                        self.branch(v, yes, no)?;
                    } else {
                        let next = self.block();
                        match b.op {
                            ast::BoolOp::And => self.branch(v, next, no)?,
                            ast::BoolOp::Or => self.branch(v, yes, next)?,
                        }
                        self.switch(next);
                    }
                }
            }
            Expr::Compare(c) if c.ops.len() == 1 => {
                let v = self.operands(&[&c.left, &c.comparators[0]])?;
                self.at(e.range());
                let t = match self.compare_i1_or(&c.ops[0], v[0], v[1]) {
                    Ok(t) => t,
                    Err(v) => self.emit(Op::Truth, vec![v]),
                };
                self.terminate(Term::Branch(t, yes, no));
            }
            Expr::Constant(ast::ExprConstant { value: ast::Constant::Bool(b), .. }) => {
                self.terminate(Term::Jump(if *b { yes } else { no }));
            }
            _ => {
                let v = self.expr(e)?;
                let t = self.emit(Op::Truth, vec![v]);
                self.terminate(Term::Branch(t, yes, no));
            }
        }
        self.loc = saved;
        Ok(())
    }
}
