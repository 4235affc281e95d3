//! Type inference: the static type of every value, from constants, operator rules and
//! the types stored into locals, iterated to a fixed point. A local gets a precise type
//! only when every store to it has that type; otherwise it is `object`. Types only
//! select fast paths that still check their assumption at run time, so an imprecise
//! type costs speed, never correctness.

use crate::ir::*;
use krait_abi::{BinOp, UnaryOp};

/// The result type of an operation on operands of the given types.
pub fn result_type(op: &Op, args: &[Type], consts: &[Const], f: &Function) -> Type {
    use Type::*;
    let num = |t: Type| matches!(t, Int | Bool);
    match op {
        Op::Const(c) => consts[c.index()].ty(),
        Op::LoadLocal { local, .. } => f.local(*local).ty,
        Op::Binary(o) | Op::Inplace(o) => binary(*o, args[0], args[1]),
        Op::Unary(o) => match (o, args[0]) {
            (UnaryOp::Neg | UnaryOp::Pos, Float) => Float,
            (_, t) if num(t) => Int,
            _ => Object,
        },
        Op::Not | Op::BoxBool => Bool,
        Op::Compare(_) => {
            let known = |t: Type| !matches!(t, Object);
            if known(args[0]) && known(args[1]) {
                Bool
            } else {
                Object
            }
        }
        op if op.is_i1() => I1,
        Op::GetItem if args[0] == Str => Str,
        Op::BuildList => List,
        Op::BuildTuple | Op::Unpack(_) | Op::UnpackEx { .. } | Op::ListToTuple => Tuple,
        Op::BuildSet => Set,
        Op::BuildDict => Dict,
        Op::BuildStr | Op::Format { .. } => Str,
        op if op.is_void() => Void,
        _ => Object,
    }
}

fn binary(op: BinOp, a: Type, b: Type) -> Type {
    use Type::*;
    let int = |t: Type| matches!(t, Int | Bool);
    let numeric = |t: Type| matches!(t, Int | Bool | Float);
    match op {
        BinOp::And | BinOp::Or | BinOp::Xor if a == Bool && b == Bool => Bool,
        BinOp::TrueDiv if numeric(a) && numeric(b) => Float,
        BinOp::Pow => Object,
        BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::FloorDiv | BinOp::Mod if int(a) && int(b) => Int,
        BinOp::LShift | BinOp::RShift | BinOp::And | BinOp::Or | BinOp::Xor if int(a) && int(b) => Int,
        BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::FloorDiv | BinOp::Mod if numeric(a) && numeric(b) => Float,
        BinOp::Add if a == Str && b == Str => Str,
        BinOp::Mul if (a == Str && int(b)) || (int(a) && b == Str) => Str,
        BinOp::Mod if a == Str => Str,
        BinOp::Add if a == List && b == List => List,
        BinOp::Add if a == Tuple && b == Tuple => Tuple,
        _ => Object,
    }
}

/// The `infer` pass over a module.
pub fn run(m: &mut Module) {
    let consts = m.consts.clone();
    for f in m.functions.iter_mut() {
        run_function(f, &consts);
    }
}

/// Infers the types of one function's locals and values.
pub fn run_function(f: &mut Function, consts: &[Const]) {
    for _round in 0..8 {
        // Each local's type is the join of what is stored into it.
        let mut stored: Vec<Option<Type>> = vec![None; f.locals.len()];
        for (i, l) in f.locals.iter().enumerate() {
            if l.kind == LocalKind::Param {
                stored[i] = Some(Type::Object);
            }
        }
        for d in &f.insts {
            let (local, ty) = match &d.op {
                Op::StoreLocal(l) => (*l, f.insts[d.args[0].index()].ty),
                Op::IterNext { target } | Op::YieldFromSend { target } => (*target, Type::Object),
                _ => continue,
            };
            let s = &mut stored[local.index()];
            *s = Some(match *s {
                None => ty,
                Some(t) => t.join(ty),
            });
        }
        let mut changed = false;
        for (i, l) in f.locals.iter_mut().enumerate() {
            // A cell local holds the cell, whatever is stored in it.
            let t = if l.cell { Type::Object } else { stored[i].unwrap_or(Type::Object) };
            if l.ty != t {
                l.ty = t;
                changed = true;
            }
        }
        // Recompute value types in definition order (operands come first in a block).
        for b in 0..f.blocks.len() {
            for k in 0..f.blocks[b].insts.len() {
                let i = f.blocks[b].insts[k];
                let d = &f.insts[i.index()];
                let tys: Vec<Type> = d.args.iter().map(|a| f.insts[a.index()].ty).collect();
                let t = result_type(&d.op, &tys, consts, f);
                if f.insts[i.index()].ty != t {
                    f.insts[i.index()].ty = t;
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
}
