//! Code generation for function bodies.
//!
//! Each IR function becomes an internal LLVM function taking its parameters as owned
//! values (`impl`) plus a generic entry that binds a call's arguments (`entry`). Locals
//! are stack slots (promoted to registers by LLVM). Reference counting is decided here,
//! per block: an owned value is released right after its last use unless that use
//! takes it; on an error edge, every value still owned is released, a traceback entry
//! is added, and control goes to the block's handler or the function's exit.

use super::Gen;
use crate::ir::{self, Const, ConstId, FuncId, Inst, Module, Op, Term, Type};
use inkwell::basic_block::BasicBlock;
use inkwell::builder::{Builder, BuilderError};
use inkwell::values::{BasicMetadataValueEnum, FunctionValue, IntValue, PhiValue, PointerValue};
use inkwell::IntPredicate;
use krait_abi::{BinOp, CmpOp, Rt};
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::collections::HashMap;

type R<T> = Result<T, String>;

fn e<T>(r: Result<T, BuilderError>) -> R<T> {
    r.map_err(|x| x.to_string())
}

/// The value of a constant int if it fits a small int.
pub fn small_int(v: &BigInt) -> Option<i64> {
    v.to_i64().filter(|n| (krait_abi::tag::SMALL_MIN..=krait_abi::tag::SMALL_MAX).contains(n))
}

/// A constant's value (constants are immortal, so no reference is added).
pub fn const_value<'ctx>(g: &mut Gen<'ctx>, b: &Builder<'ctx>, m: &Module, id: ConstId) -> R<IntValue<'ctx>> {
    Ok(match &m.consts[id.index()] {
        Const::None => addr(g, b, krait_abi::globals::NONE)?,
        Const::Bool(true) => addr(g, b, krait_abi::globals::TRUE)?,
        Const::Bool(false) => addr(g, b, krait_abi::globals::FALSE)?,
        Const::Int(v) if small_int(v).is_some() => {
            let n = small_int(v).unwrap();
            g.i64t.const_int(((n << 1) | 1) as u64, true)
        }
        _ => {
            let slot = g.const_slots[id.index()].expect("constant slot");
            e(b.build_load(g.i64t, slot.as_pointer_value(), "c"))?.into_int_value()
        }
    })
}

/// The address of a runtime data symbol as a value.
fn addr<'ctx>(g: &mut Gen<'ctx>, b: &Builder<'ctx>, name: &str) -> R<IntValue<'ctx>> {
    let gl = g.rt_global(name);
    e(b.build_ptr_to_int(gl.as_pointer_value(), g.i64t, "addr"))
}

/// Can a value of this type be a small int (tagged word)?
fn may_be_small(t: Type) -> bool {
    matches!(t, Type::Int | Type::Object)
}

struct Cx<'g, 'ctx> {
    g: &'g mut Gen<'ctx>,
    b: Builder<'ctx>,
    m: &'g Module,
    f: &'g ir::Function,
    fid: FuncId,
    llf: FunctionValue<'ctx>,
    slots: Vec<PointerValue<'ctx>>,
    blocks: Vec<Option<BasicBlock<'ctx>>>,
    exit: BasicBlock<'ctx>,
    exit_phi: PhiValue<'ctx>,
    vals: HashMap<Inst, IntValue<'ctx>>,
    argbuf: PointerValue<'ctx>,
    nextbuf: PointerValue<'ctx>,
    /// Owned values of the current block not yet released, in definition order.
    alive: Vec<Inst>,
    /// In a generator's resume function: its state.
    gen: Option<GenState<'ctx>>,
    /// The block being emitted.
    cur_block: ir::Block,
    /// The line field of this frame's record in `rt_frames`, and the line last
    /// stored there in the current block.
    frame_line: PointerValue<'ctx>,
    stored_line: Option<u32>,
}

/// The state of a generator's resume function while it is emitted.
struct GenState<'ctx> {
    /// The generator object (the first parameter).
    obj: IntValue<'ctx>,
    /// The value sent in (0: an exception was thrown in).
    sent: IntValue<'ctx>,
    /// Where the resume point is kept (the frame's last slot).
    state: PointerValue<'ctx>,
    /// Resume points: state number and block.
    cases: Vec<(u64, BasicBlock<'ctx>)>,
}

impl<'g, 'ctx> Cx<'g, 'ctx> {
    fn bb(&self, name: &str) -> BasicBlock<'ctx> {
        self.g.ctx.append_basic_block(self.llf, name)
    }

    fn call(&mut self, rt: Rt, args: &[BasicMetadataValueEnum<'ctx>]) -> R<Option<IntValue<'ctx>>> {
        let f = self.g.rt(rt);
        let c = e(self.b.build_call(f, args, ""))?;
        Ok(c.try_as_basic_value().basic().map(|v| v.into_int_value()))
    }

    fn i64c(&self, n: i64) -> IntValue<'ctx> {
        self.g.i64t.const_int(n as u64, true)
    }

    fn i32c(&self, n: i32) -> IntValue<'ctx> {
        self.g.i32t.const_int(n as u64, true)
    }

    /// Adds a reference (inline; small ints and, if `nullable`, 0 are skipped).
    fn incref(&mut self, v: IntValue<'ctx>, small: bool, nullable: bool) -> R<()> {
        self.refcount(v, small, nullable, 1)
    }

    /// Drops a reference, calling `rt_dealloc` when it was the last.
    fn decref(&mut self, v: IntValue<'ctx>, small: bool, nullable: bool) -> R<()> {
        self.refcount(v, small, nullable, -1)
    }

    fn refcount(&mut self, v: IntValue<'ctx>, small: bool, nullable: bool, delta: i64) -> R<()> {
        let cont = self.bb("rc.cont");
        let work = self.bb("rc");
        let mut cond: Option<IntValue> = None;
        if small {
            let bit = e(self.b.build_and(v, self.i64c(1), ""))?;
            cond = Some(e(self.b.build_int_compare(IntPredicate::EQ, bit, self.i64c(0), ""))?);
        }
        if nullable {
            let nn = e(self.b.build_int_compare(IntPredicate::NE, v, self.i64c(0), ""))?;
            cond = Some(match cond {
                Some(c) => e(self.b.build_and(c, nn, ""))?,
                None => nn,
            });
        }
        match cond {
            Some(c) => e(self.b.build_conditional_branch(c, work, cont))?,
            None => e(self.b.build_unconditional_branch(work))?,
        };
        self.b.position_at_end(work);
        let p = e(self.b.build_int_to_ptr(v, self.g.ptrt, ""))?;
        let rc = e(self.b.build_load(self.g.i64t, p, "rc"))?.into_int_value();
        let rc2 = e(self.b.build_int_add(rc, self.i64c(delta), ""))?;
        e(self.b.build_store(p, rc2))?;
        if delta < 0 {
            let zero = e(self.b.build_int_compare(IntPredicate::EQ, rc2, self.i64c(0), ""))?;
            let free = self.bb("free");
            e(self.b.build_conditional_branch(zero, free, cont))?;
            self.b.position_at_end(free);
            self.call(Rt::rt_dealloc, &[v.into()])?;
        }
        e(self.b.build_unconditional_branch(cont))?;
        self.b.position_at_end(cont);
        Ok(())
    }

    fn ty(&self, i: Inst) -> Type {
        self.f.inst(i).ty
    }

    fn val(&self, i: Inst) -> IntValue<'ctx> {
        self.vals[&i]
    }

    /// An error edge from the instruction `at`: releases the owned values, records the
    /// traceback entry (unless re-raising) and goes to the handler or the exit.
    fn error_block(&mut self, at: Inst, handler: Option<BasicBlock<'ctx>>, reraise: bool) -> R<BasicBlock<'ctx>> {
        let here = self.b.get_insert_block().unwrap();
        let bb = self.bb("err");
        self.b.position_at_end(bb);
        for a in self.alive.clone() {
            let v = self.val(a);
            self.decref(v, may_be_small(self.ty(a)), false)?;
        }
        if !reraise {
            let l = self.f.inst(at).loc;
            let info = self.g.func_infos[self.fid.index()].as_pointer_value();
            let args = [info.into(), self.i32c(l.line as i32).into(), self.i32c(l.col).into(), self.i32c(l.end_col).into(), self.i32c(l.anchor).into(), self.i32c(l.anchor_end).into()];
            self.call(Rt::rt_traceback_add, &args)?;
        }
        match handler {
            Some(h) => e(self.b.build_unconditional_branch(h))?,
            None => {
                let from = self.b.get_insert_block().unwrap();
                self.exit_phi.add_incoming(&[(&self.i64c(0), from)]);
                e(self.b.build_unconditional_branch(self.exit))?
            }
        };
        self.b.position_at_end(here);
        Ok(bb)
    }

    /// Branches to the error edge when `failed` is true.
    fn check(&mut self, failed: IntValue<'ctx>, at: Inst, handler: Option<BasicBlock<'ctx>>) -> R<()> {
        let err = self.error_block(at, handler, false)?;
        let ok = self.bb("ok");
        e(self.b.build_conditional_branch(failed, err, ok))?;
        self.b.position_at_end(ok);
        Ok(())
    }

    fn check_null(&mut self, v: IntValue<'ctx>, at: Inst, h: Option<BasicBlock<'ctx>>) -> R<IntValue<'ctx>> {
        let c = e(self.b.build_int_compare(IntPredicate::EQ, v, self.i64c(0), ""))?;
        self.check(c, at, h)?;
        Ok(v)
    }

    fn check_neg(&mut self, v: IntValue<'ctx>, at: Inst, h: Option<BasicBlock<'ctx>>) -> R<IntValue<'ctx>> {
        let c = e(self.b.build_int_compare(IntPredicate::SLT, v, self.i32c(0), ""))?;
        self.check(c, at, h)?;
        Ok(v)
    }

    /// Stores values into the shared argument buffer and returns its address.
    fn args_to_buf(&mut self, args: &[Inst]) -> R<PointerValue<'ctx>> {
        for (k, a) in args.iter().enumerate() {
            let p = unsafe { e(self.b.build_gep(self.g.i64t, self.argbuf, &[self.i64c(k as i64)], ""))? };
            e(self.b.build_store(p, self.val(*a)))?;
        }
        Ok(self.argbuf)
    }

    fn name_slot(&mut self, name: &str) -> R<IntValue<'ctx>> {
        let slot = match self.g.name_slots.get(name) {
            Some(s) => *s,
            None => {
                let s = self.g.slot(&format!("{}.n{}", self.g.prefix, self.g.name_slots.len()));
                self.g.name_slots.insert(name.to_string(), s);
                s
            }
        };
        Ok(e(self.b.build_load(self.g.i64t, slot.as_pointer_value(), "name"))?.into_int_value())
    }

    fn kw_tuple(&mut self, names: &[String]) -> R<IntValue<'ctx>> {
        if names.is_empty() {
            return Ok(self.i64c(0));
        }
        let slot = match self.g.kw_slots.get(names) {
            Some(s) => *s,
            None => {
                let s = self.g.slot(&format!("{}.kw{}", self.g.prefix, self.g.kw_slots.len()));
                self.g.kw_slots.insert(names.to_vec(), s);
                s
            }
        };
        Ok(e(self.b.build_load(self.g.i64t, slot.as_pointer_value(), "kw"))?.into_int_value())
    }

    fn bool_obj(&mut self, c: IntValue<'ctx>) -> R<IntValue<'ctx>> {
        let t = addr(self.g, &self.b, krait_abi::globals::TRUE)?;
        let f = addr(self.g, &self.b, krait_abi::globals::FALSE)?;
        Ok(e(self.b.build_select(c, t, f, "bool"))?.into_int_value())
    }

    /// Both operands small ints?
    fn both_small(&mut self, a: IntValue<'ctx>, b: IntValue<'ctx>) -> R<IntValue<'ctx>> {
        let both = e(self.b.build_and(a, b, ""))?;
        let bit = e(self.b.build_and(both, self.i64c(1), ""))?;
        e(self.b.build_int_compare(IntPredicate::NE, bit, self.i64c(0), "small"))
    }

    /// `a op b` with an inline path for small ints (+, -, *, comparisons), falling
    /// back to the runtime on other types and on overflow.
    fn arith(&mut self, op: BinOp, inplace: bool, a: Inst, b: Inst, at: Inst, h: Option<BasicBlock<'ctx>>) -> R<IntValue<'ctx>> {
        let (va, vb) = (self.val(a), self.val(b));
        let both_int_like = may_be_small(self.ty(a)) && may_be_small(self.ty(b));
        let slow_rt = if inplace { Rt::rt_inplace } else { Rt::rt_binary };
        if both_int_like && matches!(op, BinOp::FloorDiv | BinOp::Mod | BinOp::And | BinOp::Or | BinOp::Xor) {
            return self.arith_other(op, slow_rt, va, vb, at, h);
        }
        let fast_ok = both_int_like && matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul);
        if !fast_ok {
            let r = self.call(slow_rt, &[self.i32c(op as i32).into(), va.into(), vb.into()])?.unwrap();
            return self.check_null(r, at, h);
        }
        let small = self.both_small(va, vb)?;
        let (fast, slow, join) = (self.bb("int.fast"), self.bb("int.slow"), self.bb("int.join"));
        e(self.b.build_conditional_branch(small, fast, slow))?;
        self.b.position_at_end(fast);
        let i64t = self.g.i64t;
        let (intr, x, y) = match op {
            // (2x+1) + (2y+1) - 1 = 2(x+y)+1
            BinOp::Add => ("llvm.sadd.with.overflow", va, e(self.b.build_int_sub(vb, self.i64c(1), ""))?),
            // (2x+1) - (2y+1) = 2(x-y), then +1
            BinOp::Sub => ("llvm.ssub.with.overflow", va, vb),
            // x * (2y) = 2xy, then +1
            _ => ("llvm.smul.with.overflow", e(self.b.build_right_shift(va, self.i64c(1), true, ""))?, e(self.b.build_int_sub(vb, self.i64c(1), ""))?),
        };
        let intrinsic = inkwell::intrinsics::Intrinsic::find(intr).ok_or("missing overflow intrinsic")?;
        let decl = intrinsic.get_declaration(&self.g.llmod, &[i64t.into()]).ok_or("bad intrinsic")?;
        let pair = e(self.b.build_call(decl, &[x.into(), y.into()], ""))?.try_as_basic_value().basic().unwrap().into_struct_value();
        let raw = e(self.b.build_extract_value(pair, 0, ""))?.into_int_value();
        let ovf = e(self.b.build_extract_value(pair, 1, ""))?.into_int_value();
        let res = if op == BinOp::Add { raw } else { e(self.b.build_or(raw, self.i64c(1), ""))? };
        let fast_done = self.bb("int.ok");
        e(self.b.build_conditional_branch(ovf, slow, fast_done))?;
        self.b.position_at_end(fast_done);
        e(self.b.build_unconditional_branch(join))?;
        self.b.position_at_end(slow);
        let r = self.call(slow_rt, &[self.i32c(op as i32).into(), va.into(), vb.into()])?.unwrap();
        let r = self.check_null(r, at, h)?;
        let slow_done = self.b.get_insert_block().unwrap();
        e(self.b.build_unconditional_branch(join))?;
        self.b.position_at_end(join);
        let phi = e(self.b.build_phi(i64t, "arith"))?;
        phi.add_incoming(&[(&res, fast_done), (&r, slow_done)]);
        Ok(phi.as_basic_value().into_int_value())
    }

    /// Inline small-int paths for `//`, `%` (Python's floor semantics) and the bitwise
    /// operators; division by 0 or -1 and other types take the runtime path.
    fn arith_other(&mut self, op: BinOp, slow_rt: Rt, va: IntValue<'ctx>, vb: IntValue<'ctx>, at: Inst, h: Option<BasicBlock<'ctx>>) -> R<IntValue<'ctx>> {
        let small = self.both_small(va, vb)?;
        let (check, fast, slow, join) = (self.bb("int2.check"), self.bb("int2.fast"), self.bb("int2.slow"), self.bb("int2.join"));
        e(self.b.build_conditional_branch(small, check, slow))?;
        self.b.position_at_end(check);
        if matches!(op, BinOp::FloorDiv | BinOp::Mod) {
            // Tagged 0 is 1 and tagged -1 is -1: both go to the runtime (error, overflow).
            let is_zero = e(self.b.build_int_compare(IntPredicate::EQ, vb, self.i64c(1), ""))?;
            let is_m1 = e(self.b.build_int_compare(IntPredicate::EQ, vb, self.i64c(-1), ""))?;
            let bad = e(self.b.build_or(is_zero, is_m1, ""))?;
            e(self.b.build_conditional_branch(bad, slow, fast))?;
        } else {
            e(self.b.build_unconditional_branch(fast))?;
        }
        self.b.position_at_end(fast);
        let res = match op {
            BinOp::And => e(self.b.build_and(va, vb, ""))?,
            BinOp::Or => e(self.b.build_or(va, vb, ""))?,
            BinOp::Xor => {
                let x = e(self.b.build_xor(va, vb, ""))?;
                e(self.b.build_or(x, self.i64c(1), ""))?
            }
            _ => {
                let x = e(self.b.build_right_shift(va, self.i64c(1), true, ""))?;
                let y = e(self.b.build_right_shift(vb, self.i64c(1), true, ""))?;
                let q = e(self.b.build_int_signed_div(x, y, ""))?;
                let r = e(self.b.build_int_signed_rem(x, y, ""))?;
                // Python rounds toward negative infinity: adjust when the signs differ.
                let r_nz = e(self.b.build_int_compare(IntPredicate::NE, r, self.i64c(0), ""))?;
                let sx = e(self.b.build_xor(r, y, ""))?;
                let neg = e(self.b.build_int_compare(IntPredicate::SLT, sx, self.i64c(0), ""))?;
                let adjust = e(self.b.build_and(r_nz, neg, ""))?;
                let out = if op == BinOp::FloorDiv {
                    let q1 = e(self.b.build_int_sub(q, self.i64c(1), ""))?;
                    e(self.b.build_select(adjust, q1, q, ""))?.into_int_value()
                } else {
                    let r1 = e(self.b.build_int_add(r, y, ""))?;
                    e(self.b.build_select(adjust, r1, r, ""))?.into_int_value()
                };
                let sh = e(self.b.build_left_shift(out, self.i64c(1), ""))?;
                e(self.b.build_or(sh, self.i64c(1), ""))?
            }
        };
        let fast_end = self.b.get_insert_block().unwrap();
        e(self.b.build_unconditional_branch(join))?;
        self.b.position_at_end(slow);
        let r = self.call(slow_rt, &[self.i32c(op as i32).into(), va.into(), vb.into()])?.unwrap();
        let r = self.check_null(r, at, h)?;
        let slow_end = self.b.get_insert_block().unwrap();
        e(self.b.build_unconditional_branch(join))?;
        self.b.position_at_end(join);
        let phi = e(self.b.build_phi(self.g.i64t, "arith"))?;
        phi.add_incoming(&[(&res, fast_end), (&r, slow_end)]);
        Ok(phi.as_basic_value().into_int_value())
    }

    fn compare(&mut self, op: CmpOp, a: Inst, b: Inst, at: Inst, h: Option<BasicBlock<'ctx>>) -> R<IntValue<'ctx>> {
        let (va, vb) = (self.val(a), self.val(b));
        let slow_call = |cx: &mut Self| -> R<IntValue<'ctx>> {
            let r = cx.call(Rt::rt_compare, &[cx.i32c(op as i32).into(), va.into(), vb.into()])?.unwrap();
            cx.check_null(r, at, h)
        };
        if !(may_be_small(self.ty(a)) && may_be_small(self.ty(b))) {
            return slow_call(self);
        }
        let small = self.both_small(va, vb)?;
        let (fast, slow, join) = (self.bb("cmp.fast"), self.bb("cmp.slow"), self.bb("cmp.join"));
        e(self.b.build_conditional_branch(small, fast, slow))?;
        self.b.position_at_end(fast);
        let pred = match op {
            CmpOp::Lt => IntPredicate::SLT,
            CmpOp::Le => IntPredicate::SLE,
            CmpOp::Eq => IntPredicate::EQ,
            CmpOp::Ne => IntPredicate::NE,
            CmpOp::Gt => IntPredicate::SGT,
            CmpOp::Ge => IntPredicate::SGE,
        };
        let c = e(self.b.build_int_compare(pred, va, vb, ""))?;
        let fr = self.bool_obj(c)?;
        let fast_end = self.b.get_insert_block().unwrap();
        e(self.b.build_unconditional_branch(join))?;
        self.b.position_at_end(slow);
        let sr = slow_call(self)?;
        let slow_end = self.b.get_insert_block().unwrap();
        e(self.b.build_unconditional_branch(join))?;
        self.b.position_at_end(join);
        let phi = e(self.b.build_phi(self.g.i64t, "cmp"))?;
        phi.add_incoming(&[(&fr, fast_end), (&sr, slow_end)]);
        Ok(phi.as_basic_value().into_int_value())
    }

    fn truth(&mut self, a: Inst, at: Inst, h: Option<BasicBlock<'ctx>>) -> R<IntValue<'ctx>> {
        let v = self.val(a);
        let t = addr(self.g, &self.b, krait_abi::globals::TRUE)?;
        if self.ty(a) == Type::Bool {
            return e(self.b.build_int_compare(IntPredicate::EQ, v, t, "truth"));
        }
        let f = addr(self.g, &self.b, krait_abi::globals::FALSE)?;
        let n = addr(self.g, &self.b, krait_abi::globals::NONE)?;
        let join = self.bb("truth.join");
        let start = self.b.get_insert_block().unwrap();
        let (small_bb, other, call_bb) = (self.bb("truth.small"), self.bb("truth.other"), self.bb("truth.call"));
        let bit = e(self.b.build_and(v, self.i64c(1), ""))?;
        let is_small = e(self.b.build_int_compare(IntPredicate::NE, bit, self.i64c(0), ""))?;
        e(self.b.build_conditional_branch(is_small, small_bb, other))?;
        let _ = start;
        self.b.position_at_end(small_bb);
        let sr = e(self.b.build_int_compare(IntPredicate::NE, v, self.i64c(1), ""))?;
        e(self.b.build_unconditional_branch(join))?;
        self.b.position_at_end(other);
        let is_t = e(self.b.build_int_compare(IntPredicate::EQ, v, t, ""))?;
        let is_f = e(self.b.build_int_compare(IntPredicate::EQ, v, f, ""))?;
        let is_n = e(self.b.build_int_compare(IntPredicate::EQ, v, n, ""))?;
        let known = e(self.b.build_or(is_t, e(self.b.build_or(is_f, is_n, ""))?, ""))?;
        let known_bb = self.bb("truth.known");
        e(self.b.build_conditional_branch(known, known_bb, call_bb))?;
        self.b.position_at_end(known_bb);
        e(self.b.build_unconditional_branch(join))?;
        self.b.position_at_end(call_bb);
        let r = self.call(Rt::rt_is_true, &[v.into()])?.unwrap();
        let r = self.check_neg(r, at, h)?;
        let cr = e(self.b.build_int_compare(IntPredicate::NE, r, self.i32c(0), ""))?;
        let call_end = self.b.get_insert_block().unwrap();
        e(self.b.build_unconditional_branch(join))?;
        self.b.position_at_end(join);
        let phi = e(self.b.build_phi(self.g.i1t, "truth"))?;
        phi.add_incoming(&[(&sr, small_bb), (&is_t, known_bb), (&cr, call_end)]);
        Ok(phi.as_basic_value().into_int_value())
    }

    /// Replaces a slot's value with `v` (already owned) and releases the old one.
    fn replace_slot(&mut self, slot: PointerValue<'ctx>, v: IntValue<'ctx>) -> R<()> {
        let old = e(self.b.build_load(self.g.i64t, slot, "old"))?.into_int_value();
        e(self.b.build_store(slot, v))?;
        self.decref(old, true, true)
    }

    fn global_slot(&self, g: ir::GlobalId) -> PointerValue<'ctx> {
        self.g.global_slots[g.index()].as_pointer_value()
    }

    fn builtin(&mut self, name: &str) -> R<IntValue<'ctx>> {
        let slot = match self.g.builtin_slots.get(name) {
            Some(s) => *s,
            None => {
                let s = self.g.slot(&format!("{}.builtin.{}", self.g.prefix, name));
                self.g.builtin_slots.insert(name.to_string(), s);
                s
            }
        };
        Ok(e(self.b.build_load(self.g.i64t, slot.as_pointer_value(), name))?.into_int_value())
    }

    /// Raises through `rt_fn(name)` when `missing` holds.
    fn raise_if(&mut self, missing: IntValue<'ctx>, rt_fn: Rt, name: &str, at: Inst, h: Option<BasicBlock<'ctx>>) -> R<()> {
        let (bad, ok) = (self.bb("unbound"), self.bb("bound"));
        e(self.b.build_conditional_branch(missing, bad, ok))?;
        self.b.position_at_end(bad);
        let p = self.g.cstring(name);
        self.call(rt_fn, &[p.into()])?;
        let err = self.error_block(at, h, false)?;
        e(self.b.build_unconditional_branch(err))?;
        self.b.position_at_end(ok);
        Ok(())
    }

    /// Emits one instruction; returns its value (if it has one).
    fn inst(&mut self, i: Inst, h: Option<BasicBlock<'ctx>>) -> R<Option<IntValue<'ctx>>> {
        let d = self.f.inst(i).clone();
        let a = |k: usize| d.args[k];
        let is_zero = |cx: &mut Self, v: IntValue<'ctx>| e(cx.b.build_int_compare(IntPredicate::EQ, v, cx.i64c(0), ""));
        let v = match &d.op {
            Op::Const(c) => Some(const_value(self.g, &self.b, self.m, *c)?),
            Op::LoadLocal { local, checked } => {
                let v = e(self.b.build_load(self.g.i64t, self.slots[local.index()], "l"))?.into_int_value();
                if *checked {
                    let z = is_zero(self, v)?;
                    let name = self.f.local(*local).name.clone();
                    self.raise_if(z, Rt::rt_unbound_local, &name, i, h)?;
                }
                self.incref(v, may_be_small(d.ty), false)?;
                Some(v)
            }
            Op::StoreLocal(l) => {
                let v = self.val(a(0));
                self.replace_slot(self.slots[l.index()], v)?;
                None
            }
            Op::DelLocal { local, checked } => {
                let slot = self.slots[local.index()];
                let old = e(self.b.build_load(self.g.i64t, slot, "old"))?.into_int_value();
                if *checked {
                    let z = is_zero(self, old)?;
                    let name = self.f.local(*local).name.clone();
                    self.raise_if(z, Rt::rt_unbound_local, &name, i, h)?;
                }
                e(self.b.build_store(slot, self.i64c(0)))?;
                self.decref(old, true, true)?;
                None
            }
            Op::LoadGlobal { global, builtin } => {
                let slot = self.global_slot(*global);
                let v = e(self.b.build_load(self.g.i64t, slot, "g"))?.into_int_value();
                let name = self.m.globals[global.index()].clone();
                let z = is_zero(self, v)?;
                let v = if *builtin {
                    let (miss, join) = (self.bb("g.miss"), self.bb("g.join"));
                    let here = self.b.get_insert_block().unwrap();
                    e(self.b.build_conditional_branch(z, miss, join))?;
                    self.b.position_at_end(miss);
                    let bv = self.builtin(&name)?;
                    let miss_end = self.b.get_insert_block().unwrap();
                    e(self.b.build_unconditional_branch(join))?;
                    self.b.position_at_end(join);
                    let phi = e(self.b.build_phi(self.g.i64t, "g"))?;
                    phi.add_incoming(&[(&v, here), (&bv, miss_end)]);
                    phi.as_basic_value().into_int_value()
                } else {
                    self.raise_if(z, Rt::rt_name_error, &name, i, h)?;
                    v
                };
                self.incref(v, true, false)?;
                Some(v)
            }
            Op::StoreGlobal(gid) => {
                // Into the module dict, which updates the slot. A str key cannot make
                // the store fail, so the op does not raise.
                let v = self.val(a(0));
                let name = self.m.globals[gid.index()].clone();
                let nm = self.name_slot(&name)?;
                let dict = e(self.b.build_load(self.g.i64t, self.g.dict_slot.as_pointer_value(), "globals"))?.into_int_value();
                self.call(Rt::rt_store_global, &[dict.into(), nm.into(), v.into()])?;
                self.decref(v, true, true)?;
                None
            }
            Op::DelGlobal(gid) => {
                let name = self.m.globals[gid.index()].clone();
                let nm = self.name_slot(&name)?;
                let dict = e(self.b.build_load(self.g.i64t, self.g.dict_slot.as_pointer_value(), "globals"))?.into_int_value();
                let r = self.call(Rt::rt_del_global, &[dict.into(), nm.into()])?.unwrap();
                self.check_neg(r, i, h)?;
                None
            }
            Op::ModuleDict => {
                let dict = e(self.b.build_load(self.g.i64t, self.g.dict_slot.as_pointer_value(), "globals"))?.into_int_value();
                self.incref(dict, false, false)?;
                Some(dict)
            }
            Op::Builtin(name) => Some(self.builtin(name)?),
            Op::Binary(op) => Some(self.arith(*op, false, a(0), a(1), i, h)?),
            Op::Inplace(op) => Some(self.arith(*op, true, a(0), a(1), i, h)?),
            Op::Unary(op) => {
                let r = self.call(Rt::rt_unary, &[self.i32c(*op as i32).into(), self.val(a(0)).into()])?.unwrap();
                Some(self.check_null(r, i, h)?)
            }
            Op::Not => {
                let r = self.call(Rt::rt_not, &[self.val(a(0)).into()])?.unwrap();
                Some(self.check_null(r, i, h)?)
            }
            Op::Compare(op) => Some(self.compare(*op, a(0), a(1), i, h)?),
            Op::Is => Some(e(self.b.build_int_compare(IntPredicate::EQ, self.val(a(0)), self.val(a(1)), "is"))?),
            Op::Contains => {
                let r = self.call(Rt::rt_contains, &[self.val(a(0)).into(), self.val(a(1)).into()])?.unwrap();
                let r = self.check_neg(r, i, h)?;
                Some(e(self.b.build_int_compare(IntPredicate::NE, r, self.i32c(0), "in"))?)
            }
            Op::Truth => Some(self.truth(a(0), i, h)?),
            Op::NotI1 => Some(e(self.b.build_not(self.val(a(0)), "not"))?),
            Op::BoxBool => Some(self.bool_obj(self.val(a(0)))?),
            Op::Call { kwnames } => {
                let callee = self.val(a(0));
                let buf = self.args_to_buf(&d.args[1..])?;
                let kw = self.kw_tuple(kwnames)?;
                let n = self.i64c(d.args.len() as i64 - 1);
                let r = self.call(Rt::rt_call, &[callee.into(), buf.into(), n.into(), kw.into()])?.unwrap();
                Some(self.check_null(r, i, h)?)
            }
            Op::CallDirect(target) => {
                // Guarded: the callee must still be a function with this body's entry
                // (another module, `globals()` or a loop may have rebound the name);
                // anything else takes the generic call.
                let callee = self.val(a(0));
                let (check_ty, check_entry, fast, slow, join) =
                    (self.bb("direct.ty"), self.bb("direct.entry"), self.bb("direct"), self.bb("direct.slow"), self.bb("direct.join"));
                let tag = e(self.b.build_and(callee, self.i64c(1), ""))?;
                let is_obj = e(self.b.build_int_compare(IntPredicate::EQ, tag, self.i64c(0), ""))?;
                e(self.b.build_conditional_branch(is_obj, check_ty, slow))?;
                self.b.position_at_end(check_ty);
                let ptr = e(self.b.build_int_to_ptr(callee, self.g.ptrt, ""))?;
                let ty_p = unsafe { e(self.b.build_gep(self.g.i64t, ptr, &[self.i64c(1)], ""))? };
                let ty = e(self.b.build_load(self.g.i64t, ty_p, "ty"))?.into_int_value();
                let fty = self.g.rt_global(krait_abi::globals::FUNCTION_TYPE).as_pointer_value();
                let fty = e(self.b.build_load(self.g.i64t, fty, "fty"))?.into_int_value();
                let same_ty = e(self.b.build_int_compare(IntPredicate::EQ, ty, fty, ""))?;
                e(self.b.build_conditional_branch(same_ty, check_entry, slow))?;
                self.b.position_at_end(check_entry);
                let entry_p = unsafe { e(self.b.build_gep(self.g.i64t, ptr, &[self.i64c(krait_abi::FUNC_ENTRY_WORD as i64)], ""))? };
                let entry = e(self.b.build_load(self.g.i64t, entry_p, "entry"))?.into_int_value();
                let want = self.g.entries[target.index()].as_global_value().as_pointer_value();
                let want = e(self.b.build_ptr_to_int(want, self.g.i64t, ""))?;
                let same = e(self.b.build_int_compare(IntPredicate::EQ, entry, want, ""))?;
                e(self.b.build_conditional_branch(same, fast, slow))?;
                // The body takes its arguments; the call only borrows them.
                self.b.position_at_end(fast);
                let mut args: Vec<BasicMetadataValueEnum> = vec![callee.into()];
                for &x in &d.args[1..] {
                    let v = self.val(x);
                    self.incref(v, may_be_small(self.ty(x)), false)?;
                    args.push(v.into());
                }
                let body = self.g.impls[target.index()];
                let r1 = e(self.b.build_call(body, &args, ""))?.try_as_basic_value().basic().unwrap().into_int_value();
                let fast_end = self.b.get_insert_block().unwrap();
                e(self.b.build_unconditional_branch(join))?;
                self.b.position_at_end(slow);
                let buf = self.args_to_buf(&d.args[1..])?;
                let n = self.i64c(d.args.len() as i64 - 1);
                let r2 = self.call(Rt::rt_call, &[callee.into(), buf.into(), n.into(), self.i64c(0).into()])?.unwrap();
                let slow_end = self.b.get_insert_block().unwrap();
                e(self.b.build_unconditional_branch(join))?;
                self.b.position_at_end(join);
                let phi = e(self.b.build_phi(self.g.i64t, "r"))?;
                phi.add_incoming(&[(&r1, fast_end), (&r2, slow_end)]);
                let r = phi.as_basic_value().into_int_value();
                Some(self.check_null(r, i, h)?)
            }
            Op::CallMethod { name, kwnames } => {
                let obj = self.val(a(0));
                let nm = self.name_slot(name)?;
                let buf = self.args_to_buf(&d.args[1..])?;
                let kw = self.kw_tuple(kwnames)?;
                let n = self.i64c(d.args.len() as i64 - 1);
                let r = self.call(Rt::rt_call_method, &[obj.into(), nm.into(), buf.into(), n.into(), kw.into()])?.unwrap();
                Some(self.check_null(r, i, h)?)
            }
            Op::GetAttr(name) => {
                let nm = self.name_slot(name)?;
                let r = self.call(Rt::rt_getattr, &[self.val(a(0)).into(), nm.into()])?.unwrap();
                Some(self.check_null(r, i, h)?)
            }
            Op::SetAttr(name) => {
                let nm = self.name_slot(name)?;
                let r = self.call(Rt::rt_setattr, &[self.val(a(0)).into(), nm.into(), self.val(a(1)).into()])?.unwrap();
                self.check_neg(r, i, h)?;
                None
            }
            Op::GetItem => {
                let r = self.call(Rt::rt_getitem, &[self.val(a(0)).into(), self.val(a(1)).into()])?.unwrap();
                Some(self.check_null(r, i, h)?)
            }
            Op::SetItem => {
                let r = self.call(Rt::rt_setitem, &[self.val(a(0)).into(), self.val(a(1)).into(), self.val(a(2)).into()])?.unwrap();
                self.check_neg(r, i, h)?;
                None
            }
            Op::DelItem => {
                let r = self.call(Rt::rt_delitem, &[self.val(a(0)).into(), self.val(a(1)).into()])?.unwrap();
                self.check_neg(r, i, h)?;
                None
            }
            Op::BuildSlice => {
                let r = self.call(Rt::rt_slice_new, &[self.val(a(0)).into(), self.val(a(1)).into(), self.val(a(2)).into()])?.unwrap();
                Some(r)
            }
            Op::BuildList | Op::BuildTuple | Op::BuildSet | Op::BuildDict | Op::BuildStr => {
                let all_const = d.args.len() >= 3 && d.args.iter().all(|x| matches!(self.f.inst(*x).op, Op::Const(_)));
                let rt = match d.op {
                    Op::BuildList => Rt::rt_build_list,
                    Op::BuildTuple => Rt::rt_build_tuple,
                    // CPython folds a display of constants into a frozenset first.
                    Op::BuildSet if all_const => Rt::rt_build_const_set,
                    Op::BuildSet => Rt::rt_build_set,
                    Op::BuildDict => Rt::rt_build_dict,
                    _ => Rt::rt_build_str,
                };
                let buf = self.args_to_buf(&d.args)?;
                let n = if d.op == Op::BuildDict { d.args.len() / 2 } else { d.args.len() };
                let r = self.call(rt, &[buf.into(), self.i64c(n as i64).into()])?.unwrap();
                Some(self.check_null(r, i, h)?)
            }
            Op::Format { conv, has_spec } => {
                let spec = if *has_spec { self.val(a(1)) } else { self.i64c(0) };
                let r = self.call(Rt::rt_format, &[self.val(a(0)).into(), spec.into(), self.i32c(*conv).into()])?.unwrap();
                Some(self.check_null(r, i, h)?)
            }
            Op::GetIter => {
                let r = self.call(Rt::rt_get_iter, &[self.val(a(0)).into()])?.unwrap();
                Some(self.check_null(r, i, h)?)
            }
            Op::IterNext { target } => {
                let r = self.call(Rt::rt_iter_next, &[self.val(a(0)).into(), self.nextbuf.into()])?.unwrap();
                let r = self.check_neg(r, i, h)?;
                let got = e(self.b.build_int_compare(IntPredicate::EQ, r, self.i32c(1), "got"))?;
                let (store, join) = (self.bb("next.store"), self.bb("next.join"));
                e(self.b.build_conditional_branch(got, store, join))?;
                self.b.position_at_end(store);
                let item = e(self.b.build_load(self.g.i64t, self.nextbuf, "item"))?.into_int_value();
                self.replace_slot(self.slots[target.index()], item)?;
                e(self.b.build_unconditional_branch(join))?;
                self.b.position_at_end(join);
                Some(got)
            }
            Op::Unpack(n) => {
                let r = self.call(Rt::rt_unpack, &[self.val(a(0)).into(), self.i64c(*n as i64).into()])?.unwrap();
                Some(self.check_null(r, i, h)?)
            }
            Op::TupleItem(k) => Some(self.call(Rt::rt_tuple_item, &[self.val(a(0)).into(), self.i64c(*k as i64).into()])?.unwrap()),
            Op::MakeFunction { func: fid, defaults, kwdefaults, closure } => {
                let info = self.g.func_infos[fid.index()].as_pointer_value();
                let entry = self.g.entries[fid.index()].as_global_value().as_pointer_value();
                let mut k = 0;
                let mut next = |present: bool| {
                    if present {
                        k += 1;
                        Some(d.args[k - 1])
                    } else {
                        None
                    }
                };
                let (dv, kv, cv) = (next(*defaults), next(*kwdefaults), next(*closure));
                let get = |x: Option<Inst>, cx: &Self| x.map(|x| cx.val(x)).unwrap_or(cx.i64c(0));
                let (dv, kv, cv) = (get(dv, self), get(kv, self), get(cv, self));
                let r = self.call(Rt::rt_make_function, &[info.into(), entry.into(), dv.into(), kv.into(), cv.into()])?.unwrap();
                Some(self.check_null(r, i, h)?)
            }
            Op::LoadDeref { local, free } => {
                let cell = e(self.b.build_load(self.g.i64t, self.slots[local.index()], "cell"))?.into_int_value();
                let name = self.g.cstring(&self.f.local(*local).name);
                let r = self.call(Rt::rt_cell_get, &[cell.into(), name.into(), self.i32c(*free as i32).into()])?.unwrap();
                Some(self.check_null(r, i, h)?)
            }
            Op::StoreDeref(local) => {
                let cell = e(self.b.build_load(self.g.i64t, self.slots[local.index()], "cell"))?.into_int_value();
                self.call(Rt::rt_cell_set, &[cell.into(), self.val(a(0)).into()])?;
                None
            }
            Op::DelDeref { local, free } => {
                let cell = e(self.b.build_load(self.g.i64t, self.slots[local.index()], "cell"))?.into_int_value();
                let name = self.g.cstring(&self.f.local(*local).name);
                let r = self.call(Rt::rt_cell_del, &[cell.into(), name.into(), self.i32c(*free as i32).into()])?.unwrap();
                self.check_neg(r, i, h)?;
                None
            }
            Op::NsLoad { name, global } => {
                let nm = self.name_slot(name)?;
                let slot = self.g.global_slots[global.index()].as_pointer_value();
                let r = self.call(Rt::rt_ns_load, &[self.val(a(0)).into(), nm.into(), slot.into()])?.unwrap();
                Some(self.check_null(r, i, h)?)
            }
            Op::ListExtend => {
                let callee = if d.args.len() > 2 { self.val(a(2)) } else { self.i64c(0) };
                let r = self.call(Rt::rt_list_extend, &[self.val(a(0)).into(), self.val(a(1)).into(), callee.into()])?.unwrap();
                self.check_neg(r, i, h)?;
                None
            }
            Op::ListAppend | Op::SetAdd | Op::SetUpdate => {
                let rt = match d.op {
                    Op::ListAppend => Rt::rt_list_append,
                    Op::SetAdd => Rt::rt_set_add,
                    _ => Rt::rt_set_update,
                };
                let r = self.call(rt, &[self.val(a(0)).into(), self.val(a(1)).into()])?.unwrap();
                self.check_neg(r, i, h)?;
                None
            }
            Op::DictSet => {
                let r = self.call(Rt::rt_dict_set, &[self.val(a(0)).into(), self.val(a(1)).into(), self.val(a(2)).into()])?.unwrap();
                self.check_neg(r, i, h)?;
                None
            }
            Op::DictMerge { call } => {
                let callee = if *call { self.val(a(2)) } else { self.i64c(0) };
                let r = self.call(Rt::rt_dict_merge, &[self.val(a(0)).into(), self.val(a(1)).into(), callee.into()])?.unwrap();
                self.check_neg(r, i, h)?;
                None
            }
            Op::ListToTuple => Some(self.call(Rt::rt_list_to_tuple, &[self.val(a(0)).into()])?.unwrap()),
            Op::CallEx => {
                let kw = if d.args.len() > 2 { self.val(a(2)) } else { self.i64c(0) };
                let r = self.call(Rt::rt_call_ex, &[self.val(a(0)).into(), self.val(a(1)).into(), kw.into()])?.unwrap();
                Some(self.check_null(r, i, h)?)
            }
            Op::Yield { delegate } => {
                let v = self.val(a(0));
                // The yielded value is given away: it is no longer ours on a throw.
                self.alive.retain(|x| *x != a(0));
                // A plain `yield` marks its state (the runtime's `AT_YIELD`): async
                // generators tell their own values from those an `await` passes out.
                let mut k = self.gen.as_ref().unwrap().cases.len() as u64 + 1;
                if delegate.is_none() {
                    k |= 1 << 62;
                }
                let state = self.gen.as_ref().unwrap().state;
                e(self.b.build_store(state, self.g.i64t.const_int(k, false)))?;
                add_depth(self.g, &self.b, -1)?;
                e(self.b.build_return(Some(&v)))?;
                let resume = self.bb("resume");
                self.gen.as_mut().unwrap().cases.push((k, resume));
                // The resume function's entry counts the frame again (`enter_frame`).
                self.b.position_at_end(resume);
                let sent = self.gen.as_ref().unwrap().sent;
                let thrown = e(self.b.build_int_compare(IntPredicate::EQ, sent, self.i64c(0), "thrown"))?;
                match delegate {
                    None => self.check(thrown, i, h)?,
                    Some(dg) => {
                        // Pass the exception to the inner iterator of `yield from`.
                        let (throw_bb, ok) = (self.bb("yf.throw"), self.bb("yf.ok"));
                        e(self.b.build_conditional_branch(thrown, throw_bb, ok))?;
                        self.b.position_at_end(throw_bb);
                        let it = e(self.b.build_load(self.g.i64t, self.slots[dg.iter.index()], "it"))?.into_int_value();
                        let r = self.call(Rt::rt_yf_throw, &[it.into(), self.nextbuf.into()])?.unwrap();
                        let r = self.check_neg(r, i, h)?;
                        let item = e(self.b.build_load(self.g.i64t, self.nextbuf, "item"))?.into_int_value();
                        self.replace_slot(self.slots[dg.value.index()], item)?;
                        let again = e(self.b.build_int_compare(IntPredicate::EQ, r, self.i32c(1), "again"))?;
                        let here = self.blocks[self.cur_block.index()].unwrap();
                        let done = self.blocks[dg.done.index()].unwrap();
                        e(self.b.build_conditional_branch(again, here, done))?;
                        self.b.position_at_end(ok);
                    }
                }
                self.incref(sent, true, false)?;
                Some(sent)
            }
            Op::YieldFromSend { target } => {
                let r = self.call(Rt::rt_yf_send, &[self.val(a(0)).into(), self.val(a(1)).into(), self.nextbuf.into()])?.unwrap();
                let r = self.check_neg(r, i, h)?;
                let item = e(self.b.build_load(self.g.i64t, self.nextbuf, "item"))?.into_int_value();
                self.replace_slot(self.slots[target.index()], item)?;
                Some(e(self.b.build_int_compare(IntPredicate::EQ, r, self.i32c(1), "yielded"))?)
            }
            Op::DelAttr(name) => {
                let nm = self.name_slot(name)?;
                let r = self.call(Rt::rt_delattr, &[self.val(a(0)).into(), nm.into()])?.unwrap();
                self.check_neg(r, i, h)?;
                None
            }
            Op::UnpackEx { before, after } => {
                let r = self.call(Rt::rt_unpack_ex, &[self.val(a(0)).into(), self.i64c(*before as i64).into(), self.i64c(*after as i64).into()])?.unwrap();
                Some(self.check_null(r, i, h)?)
            }
            Op::Import(name) => {
                let p = self.g.cstring(name);
                let len = self.i64c(name.len() as i64);
                let r = match self.m.imports.get(name) {
                    Some(ir::ModuleRef::Native) => {
                        let ctor = self.g.native_module_ctor(name);
                        self.call(Rt::rt_import_native, &[p.into(), len.into(), ctor.into()])?.unwrap()
                    }
                    Some(ir::ModuleRef::Compiled { .. }) => {
                        let def = self.g.module_def(name);
                        self.call(Rt::rt_import_module, &[def.into()])?.unwrap()
                    }
                    // The runtime's own modules, or one found in `sys.modules` (a
                    // module the search did not find); else ModuleNotFoundError.
                    _ => self.call(Rt::rt_import, &[p.into(), len.into()])?.unwrap(),
                };
                Some(self.check_null(r, i, h)?)
            }
            Op::ImportFrom { name, sub } => {
                let nm = self.name_slot(name)?;
                let def = match sub {
                    Some(s) => self.g.module_def(s),
                    None => self.g.ptrt.const_null(),
                };
                let r = self.call(Rt::rt_import_from, &[self.val(a(0)).into(), nm.into(), def.into()])?.unwrap();
                Some(self.check_null(r, i, h)?)
            }
            Op::ImportStar => {
                let dict = e(self.b.build_load(self.g.i64t, self.g.dict_slot.as_pointer_value(), "globals"))?.into_int_value();
                let r = self.call(Rt::rt_import_star, &[self.val(a(0)).into(), dict.into()])?.unwrap();
                self.check_neg(r, i, h)?;
                None
            }
            Op::ImportFail { .. } | Op::Unsupported(_) => {
                let (msg, kind) = match &d.op {
                    Op::ImportFail { msg, not_found } => (msg.clone(), if *not_found { 0 } else { 1 }),
                    Op::Unsupported(msg) => (msg.clone(), 2),
                    _ => unreachable!(),
                };
                let p = self.g.cstring(&msg);
                let args = [p.into(), self.i64c(msg.len() as i64).into(), self.i32c(kind).into()];
                let r = self.call(Rt::rt_fail, &args)?.unwrap();
                Some(self.check_null(r, i, h)?)
            }
            Op::Raise => {
                let cause = if d.args.len() > 1 { self.val(a(1)) } else { self.i64c(0) };
                self.call(Rt::rt_raise, &[self.val(a(0)).into(), cause.into()])?;
                let err = self.error_block(i, h, false)?;
                e(self.b.build_unconditional_branch(err))?;
                None
            }
            Op::Reraise if d.args.is_empty() => {
                // Re-raised (1): no new traceback entry; RuntimeError (0): one.
                let r = self.call(Rt::rt_reraise_handled, &[])?.unwrap();
                let fresh = e(self.b.build_int_compare(IntPredicate::EQ, r, self.i32c(0), "fresh"))?;
                let new_err = self.error_block(i, h, false)?;
                let re_err = self.error_block(i, h, true)?;
                e(self.b.build_conditional_branch(fresh, new_err, re_err))?;
                None
            }
            Op::Reraise => {
                self.call(Rt::rt_reraise, &[self.val(a(0)).into()])?;
                let err = self.error_block(i, h, true)?;
                e(self.b.build_unconditional_branch(err))?;
                None
            }
            Op::EnterHandler => Some(self.call(Rt::rt_exc_enter, &[self.val(a(0)).into()])?.unwrap()),
            Op::ExitHandler => {
                self.call(Rt::rt_exc_exit, &[self.val(a(0)).into()])?;
                None
            }
            Op::FetchExc => Some(self.call(Rt::rt_fetch_exc, &[])?.unwrap()),
            Op::ExcMatch => {
                let r = self.call(Rt::rt_exc_match, &[self.val(a(0)).into(), self.val(a(1)).into()])?.unwrap();
                let r = self.check_neg(r, i, h)?;
                Some(e(self.b.build_int_compare(IntPredicate::NE, r, self.i32c(0), "match"))?)
            }
        };
        Ok(v)
    }

    fn block(&mut self, bid: ir::Block) -> R<()> {
        self.cur_block = bid;
        let bd = self.f.block(bid);
        let llbb = self.blocks[bid.index()].unwrap();
        self.b.position_at_end(llbb);
        let h = bd.handler.map(|hb| self.blocks[hb.index()].unwrap());
        let n = bd.insts.len();
        self.stored_line = None;
        // The position of each value's last use in this block (n = the terminator).
        let mut last: HashMap<Inst, usize> = HashMap::new();
        for (pos, &i) in bd.insts.iter().enumerate() {
            for &a in &self.f.inst(i).args {
                last.insert(a, pos);
            }
        }
        match &bd.term {
            Term::Branch(c, _, _) => {
                last.insert(*c, n);
            }
            Term::Return(v) => {
                last.insert(*v, n);
            }
            _ => {}
        }
        self.alive.clear();
        for (pos, &i) in bd.insts.iter().enumerate() {
            let d = self.f.inst(i).clone();
            // A taking use that is not the last needs a reference of its own.
            for (k, &a) in d.args.iter().enumerate() {
                if d.op.takes(k) && last.get(&a) != Some(&pos) {
                    let v = self.val(a);
                    self.incref(v, may_be_small(self.ty(a)), false)?;
                }
            }
            // Code this instruction runs may read the frame's line (`sys._getframe`).
            if d.op.can_raise() && self.stored_line != Some(d.loc.line) {
                self.stored_line = Some(d.loc.line);
                let line = self.i64c(d.loc.line as i64);
                e(self.b.build_store(self.frame_line, line))?;
            }
            let v = self.inst(i, h)?;
            if d.op.never_returns() {
                return Ok(());
            }
            if let Some(v) = v {
                self.vals.insert(i, v);
            }
            // Release operands at their last use, unless this instruction took them.
            let mut released: Vec<Inst> = vec![];
            for (k, &a) in d.args.iter().enumerate() {
                if last.get(&a) == Some(&pos) && !released.contains(&a) {
                    released.push(a);
                    self.alive.retain(|x| *x != a);
                    if !d.op.takes(k) && self.ty(a).is_object() {
                        let v = self.val(a);
                        self.decref(v, may_be_small(self.ty(a)), false)?;
                    }
                }
            }
            if d.ty.is_object() {
                if last.contains_key(&i) {
                    self.alive.push(i);
                } else {
                    let v = self.val(i);
                    self.decref(v, may_be_small(d.ty), false)?;
                }
            }
        }
        match &bd.term {
            Term::Jump(t) => {
                e(self.b.build_unconditional_branch(self.blocks[t.index()].unwrap()))?;
            }
            Term::Branch(c, t, f) => {
                let (t, f) = (self.blocks[t.index()].unwrap(), self.blocks[f.index()].unwrap());
                e(self.b.build_conditional_branch(self.val(*c), t, f))?;
            }
            Term::Return(v) if self.gen.is_some() => {
                let obj = self.gen.as_ref().unwrap().obj;
                self.call(Rt::rt_gen_return, &[obj.into(), self.val(*v).into()])?;
                let from = self.b.get_insert_block().unwrap();
                self.exit_phi.add_incoming(&[(&self.i64c(0), from)]);
                e(self.b.build_unconditional_branch(self.exit))?;
            }
            Term::Return(v) => {
                let from = self.b.get_insert_block().unwrap();
                self.exit_phi.add_incoming(&[(&self.val(*v), from)]);
                e(self.b.build_unconditional_branch(self.exit))?;
            }
            Term::Unreachable => {
                e(self.b.build_unreachable())?;
            }
        }
        Ok(())
    }
}

/// Emits the body of function `fid`.
pub fn emit_function<'ctx>(g: &mut Gen<'ctx>, m: &Module, fid: FuncId, f: &ir::Function) -> R<()> {
    if f.generator {
        return emit_generator(g, m, fid, f);
    }
    let llf = g.impls[fid.index()];
    let b = g.ctx.create_builder();
    let entry = g.ctx.append_basic_block(llf, "entry");
    b.position_at_end(entry);
    let mut slots = vec![];
    for (k, l) in f.locals.iter().enumerate() {
        let s = e(b.build_alloca(g.i64t, &format!("{}.{}", l.name, k)))?;
        e(b.build_store(s, g.i64t.const_zero()))?;
        slots.push(s);
    }
    let maxargs = f.insts.iter().map(|d| d.args.len()).max().unwrap_or(0).max(1);
    let argbuf = e(b.build_array_alloca(g.i64t, g.i64t.const_int(maxargs as u64, false), "args"))?;
    let nextbuf = e(b.build_alloca(g.i64t, "next"))?;
    for (k, p) in f.params.iter().enumerate() {
        let v = llf.get_nth_param(k as u32 + 1).unwrap().into_int_value();
        e(b.build_store(slots[p.index()], v))?;
    }
    let func = llf.get_nth_param(0).unwrap().into_int_value();
    init_cells(g, &b, f, func, &slots)?;
    let exit = g.ctx.append_basic_block(llf, "exit");
    b.position_at_end(exit);
    let exit_phi = e(b.build_phi(g.i64t, "ret"))?;
    // Recursion limit: count this frame, raise RecursionError past the limit.
    b.position_at_end(entry);
    let (body, frame_line) = enter_frame(g, &b, fid, llf, exit, exit_phi, "body")?;
    // Blocks.
    let mut blocks: Vec<Option<BasicBlock>> = vec![None; f.blocks.len()];
    let order = f.reachable();
    for bid in &order {
        blocks[bid.index()] = Some(g.ctx.append_basic_block(llf, &bid.to_string()));
    }
    b.position_at_end(body);
    e(b.build_unconditional_branch(blocks[0].unwrap()))?;
    let mut cx = Cx { g, b, m, f, fid, llf, slots, blocks, exit, exit_phi, vals: HashMap::new(), argbuf, nextbuf, alive: vec![], gen: None, cur_block: ir::Block(0), frame_line, stored_line: None };
    for bid in order {
        cx.block(bid)?;
    }
    // The exit: release every local, leave the frame, return.
    cx.b.position_at_end(exit);
    for k in 0..f.locals.len() {
        let v = e(cx.b.build_load(cx.g.i64t, cx.slots[k], ""))?.into_int_value();
        cx.decref(v, true, true)?;
    }
    add_depth(cx.g, &cx.b, -1)?;
    e(cx.b.build_return(Some(&exit_phi.as_basic_value())))?;
    Ok(())
}

/// Counts a new Python frame (`rt_depth`) at the builder's position and raises
/// RecursionError past the limit, leaving through `exit`; in the block where the
/// function goes on, writes the function's record into `rt_frames[depth]`. Returns
/// that block and the address of the record's line.
fn enter_frame<'ctx>(g: &mut Gen<'ctx>, b: &Builder<'ctx>, fid: FuncId, llf: FunctionValue<'ctx>, exit: BasicBlock<'ctx>, exit_phi: PhiValue<'ctx>, next: &str) -> R<(BasicBlock<'ctx>, PointerValue<'ctx>)> {
    let depth1 = add_depth(g, b, 1)?;
    let limit_g = g.rt_global(krait_abi::globals::LIMIT).as_pointer_value();
    let limit = e(b.build_load(g.i64t, limit_g, "limit"))?.into_int_value();
    let over = e(b.build_int_compare(IntPredicate::SGT, depth1, limit, "over"))?;
    let (too_deep, body) = (g.ctx.append_basic_block(llf, "too_deep"), g.ctx.append_basic_block(llf, next));
    e(b.build_conditional_branch(over, too_deep, body))?;
    b.position_at_end(too_deep);
    let rf = g.rt(Rt::rt_recursion_error);
    e(b.build_call(rf, &[], ""))?;
    exit_phi.add_incoming(&[(&g.i64t.const_zero(), too_deep)]);
    e(b.build_unconditional_branch(exit))?;
    b.position_at_end(body);
    let frames = g.rt_global(krait_abi::globals::FRAMES).as_pointer_value();
    let two = g.i64t.const_int(2, false);
    let at = e(b.build_int_mul(depth1, two, ""))?;
    let rec = unsafe { e(b.build_gep(g.i64t, frames, &[at], "frame"))? };
    let info = g.func_infos[fid.index()].as_pointer_value();
    e(b.build_store(rec, info))?;
    let line = unsafe { e(b.build_gep(g.i64t, rec, &[g.i64t.const_int(1, false)], "frame.line"))? };
    Ok((body, line))
}

/// Adds `delta` to the frame count `rt_depth`; returns the new count.
fn add_depth<'ctx>(g: &mut Gen<'ctx>, b: &Builder<'ctx>, delta: i64) -> R<IntValue<'ctx>> {
    let depth_g = g.rt_global(krait_abi::globals::DEPTH).as_pointer_value();
    let d = e(b.build_load(g.i64t, depth_g, "depth"))?.into_int_value();
    let d1 = e(b.build_int_add(d, g.i64t.const_int(delta as u64, true), ""))?;
    e(b.build_store(depth_g, d1))?;
    Ok(d1)
}

/// Stores the initial cells of a function's frame: captured parameters move into new
/// cells, other captured locals start as empty cells, free variables come from the
/// function's closure.
fn init_cells<'ctx>(g: &mut Gen<'ctx>, b: &Builder<'ctx>, f: &ir::Function, func: IntValue<'ctx>, slots: &[PointerValue<'ctx>]) -> R<()> {
    for (k, l) in f.locals.iter().enumerate() {
        if !l.cell {
            continue;
        }
        let lid = ir::Local(k as u32);
        let cell = if let Some(pos) = f.freevars.iter().position(|x| *x == lid) {
            let rt = g.rt(Rt::rt_func_cell);
            e(b.build_call(rt, &[func.into(), g.i64t.const_int(pos as u64, false).into()], ""))?
        } else {
            let init = if f.params.contains(&lid) { e(b.build_load(g.i64t, slots[k], ""))?.into_int_value() } else { g.i64t.const_zero() };
            let rt = g.rt(Rt::rt_cell_new);
            e(b.build_call(rt, &[init.into()], ""))?
        };
        let cell = cell.try_as_basic_value().unwrap_basic().into_int_value();
        e(b.build_store(slots[k], cell))?;
    }
    Ok(())
}

/// The slots of a generator frame: one pointer per local, then the state slot.
fn frame_slots<'ctx>(g: &mut Gen<'ctx>, b: &Builder<'ctx>, gen: IntValue<'ctx>, n: usize) -> R<Vec<PointerValue<'ctx>>> {
    let rt = g.rt(Rt::rt_gen_frame);
    let frame = e(b.build_call(rt, &[gen.into()], "frame"))?.try_as_basic_value().unwrap_basic().into_pointer_value();
    let mut v = vec![];
    for k in 0..=n {
        v.push(unsafe { e(b.build_gep(g.i64t, frame, &[g.i64t.const_int(k as u64, false)], ""))? });
    }
    Ok(v)
}

/// A generator function: the body (`impl`) makes the generator object with the
/// arguments in its frame; a second function, `resume`, runs the code from the last
/// suspension point (a `switch` on the frame's state slot) to the next `yield`.
fn emit_generator<'ctx>(g: &mut Gen<'ctx>, m: &Module, fid: FuncId, f: &ir::Function) -> R<()> {
    let llf = g.impls[fid.index()];
    let n = f.locals.len();
    let rty = g.i64t.fn_type(&[g.i64t.into(), g.i64t.into()], false);
    let resume_fn = g.llmod.add_function(&format!("{}.resume", llf.get_name().to_str().unwrap_or("gen")), rty, Some(inkwell::module::Linkage::Internal));
    // The maker.
    {
        let b = g.ctx.create_builder();
        let entry = g.ctx.append_basic_block(llf, "entry");
        b.position_at_end(entry);
        let func = llf.get_nth_param(0).unwrap().into_int_value();
        let rt = g.rt(Rt::rt_gen_new);
        let fptr = resume_fn.as_global_value().as_pointer_value();
        let flavor = g.i64t.const_int(f.flavor as u64, false);
        let gen = e(b.build_call(rt, &[func.into(), g.i64t.const_int(n as u64, false).into(), fptr.into(), flavor.into()], "gen"))?.try_as_basic_value().unwrap_basic().into_int_value();
        let is_null = e(b.build_int_compare(IntPredicate::EQ, gen, g.i64t.const_zero(), ""))?;
        let (fail, ok) = (g.ctx.append_basic_block(llf, "fail"), g.ctx.append_basic_block(llf, "ok"));
        e(b.build_conditional_branch(is_null, fail, ok))?;
        b.position_at_end(fail);
        for k in 0..f.params.len() {
            let v = llf.get_nth_param(k as u32 + 1).unwrap().into_int_value();
            let dec = g.rt(Rt::rt_decref);
            e(b.build_call(dec, &[v.into()], ""))?;
        }
        e(b.build_return(Some(&g.i64t.const_zero())))?;
        b.position_at_end(ok);
        let slots = frame_slots(g, &b, gen, n)?;
        for (k, p) in f.params.iter().enumerate() {
            let v = llf.get_nth_param(k as u32 + 1).unwrap().into_int_value();
            e(b.build_store(slots[p.index()], v))?;
        }
        init_cells(g, &b, f, func, &slots)?;
        e(b.build_return(Some(&gen)))?;
    }
    // The resume function.
    let b = g.ctx.create_builder();
    let entry = g.ctx.append_basic_block(resume_fn, "entry");
    b.position_at_end(entry);
    let gen = resume_fn.get_nth_param(0).unwrap().into_int_value();
    let sent = resume_fn.get_nth_param(1).unwrap().into_int_value();
    let mut slots = frame_slots(g, &b, gen, n)?;
    let state = slots.pop().unwrap();
    let maxargs = f.insts.iter().map(|d| d.args.len()).max().unwrap_or(0).max(1);
    let argbuf = e(b.build_array_alloca(g.i64t, g.i64t.const_int(maxargs as u64, false), "args"))?;
    let nextbuf = e(b.build_alloca(g.i64t, "next"))?;
    let exit = g.ctx.append_basic_block(resume_fn, "exit");
    b.position_at_end(exit);
    let exit_phi = e(b.build_phi(g.i64t, "ret"))?;
    b.position_at_end(entry);
    let (dispatch, frame_line) = enter_frame(g, &b, fid, resume_fn, exit, exit_phi, "dispatch")?;
    let mut blocks: Vec<Option<BasicBlock>> = vec![None; f.blocks.len()];
    let order = f.reachable();
    for bid in &order {
        blocks[bid.index()] = Some(g.ctx.append_basic_block(resume_fn, &bid.to_string()));
    }
    // A generator started by a throw raises at its start.
    let start = g.ctx.append_basic_block(resume_fn, "start");
    b.position_at_end(start);
    let thrown = e(b.build_int_compare(IntPredicate::EQ, sent, g.i64t.const_zero(), "thrown"))?;
    let start_ok = g.ctx.append_basic_block(resume_fn, "start_ok");
    let thrown_bb = g.ctx.append_basic_block(resume_fn, "start_thrown");
    e(b.build_conditional_branch(thrown, thrown_bb, start_ok))?;
    b.position_at_end(thrown_bb);
    exit_phi.add_incoming(&[(&g.i64t.const_zero(), thrown_bb)]);
    e(b.build_unconditional_branch(exit))?;
    b.position_at_end(start_ok);
    e(b.build_unconditional_branch(blocks[0].unwrap()))?;
    let gs = GenState { obj: gen, sent, state, cases: vec![] };
    let mut cx = Cx { g, b, m, f, fid, llf: resume_fn, slots, blocks, exit, exit_phi, vals: HashMap::new(), argbuf, nextbuf, alive: vec![], gen: Some(gs), cur_block: ir::Block(0), frame_line, stored_line: None };
    for bid in order {
        cx.block(bid)?;
    }
    let cases = cx.gen.take().unwrap().cases;
    cx.b.position_at_end(dispatch);
    let st = e(cx.b.build_load(cx.g.i64t, state, "state"))?.into_int_value();
    let mut sw: Vec<(IntValue, BasicBlock)> = vec![(cx.g.i64t.const_zero(), start)];
    for (k, bb) in cases {
        sw.push((cx.g.i64t.const_int(k, false), bb));
    }
    let bad = cx.bb("bad_state");
    e(cx.b.build_switch(st, bad, &sw))?;
    cx.b.position_at_end(bad);
    e(cx.b.build_unreachable())?;
    // The exit (return or exception): release the frame, mark the generator finished.
    cx.b.position_at_end(exit);
    for k in 0..f.locals.len() {
        let v = e(cx.b.build_load(cx.g.i64t, cx.slots[k], ""))?.into_int_value();
        e(cx.b.build_store(cx.slots[k], cx.g.i64t.const_zero()))?;
        cx.decref(v, true, true)?;
    }
    e(cx.b.build_store(state, cx.g.i64t.const_int(u64::MAX, true)))?;
    add_depth(cx.g, &cx.b, -1)?;
    e(cx.b.build_return(Some(&exit_phi.as_basic_value())))?;
    Ok(())
}

/// Emits the generic entry of function `i`: binds the call's arguments, then calls the body.
pub fn emit_entry(g: &mut Gen, f: &ir::Function, i: usize) -> R<()> {
    let llf = g.entries[i];
    let b = g.ctx.create_builder();
    let entry = g.ctx.append_basic_block(llf, "entry");
    b.position_at_end(entry);
    let n = f.params.len();
    let buf = e(b.build_array_alloca(g.i64t, g.i64t.const_int(n.max(1) as u64, false), "params"))?;
    let p = |k: u32| llf.get_nth_param(k).unwrap();
    let bind = g.rt(Rt::rt_bind_args);
    let r = e(b.build_call(bind, &[p(0).into(), p(1).into(), p(2).into(), p(3).into(), buf.into()], ""))?;
    let r = r.try_as_basic_value().basic().unwrap().into_int_value();
    let bad = e(b.build_int_compare(IntPredicate::SLT, r, g.i32t.const_zero(), ""))?;
    let (fail, ok) = (g.ctx.append_basic_block(llf, "fail"), g.ctx.append_basic_block(llf, "ok"));
    e(b.build_conditional_branch(bad, fail, ok))?;
    b.position_at_end(fail);
    e(b.build_return(Some(&g.i64t.const_zero())))?;
    b.position_at_end(ok);
    let mut args: Vec<BasicMetadataValueEnum> = vec![p(0).into()];
    for k in 0..n {
        let ptr = unsafe { e(b.build_gep(g.i64t, buf, &[g.i64t.const_int(k as u64, false)], ""))? };
        args.push(e(b.build_load(g.i64t, ptr, ""))?.into());
    }
    let r = e(b.build_call(g.impls[i], &args, ""))?.try_as_basic_value().basic().unwrap();
    e(b.build_return(Some(&r)))?;
    Ok(())
}
