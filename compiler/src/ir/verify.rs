//! The verifier: checks the typed bytecode's invariants after lowering and after every
//! pass (in tests and debug builds). A failure is a compiler bug, reported with the
//! offending instruction in the canonical text form.

use super::*;

/// Checks every function of a module.
pub fn module(m: &Module) -> Result<(), String> {
    for (i, f) in m.functions.iter().enumerate() {
        function(m, f).map_err(|e| format!("in {} {}: {}", FuncId(i as u32), f.name, e))?;
    }
    Ok(())
}

/// Checks one function.
pub fn function(m: &Module, f: &Function) -> Result<(), String> {
    let mut owner: Vec<Option<(Block, usize)>> = vec![None; f.insts.len()];
    for b in f.blocks() {
        for (pos, &i) in f.block(b).insts.iter().enumerate() {
            if i.index() >= f.insts.len() {
                return Err(format!("{} lists a missing instruction {}", b, i));
            }
            if owner[i.index()].is_some() {
                return Err(format!("{} appears in two places", i));
            }
            owner[i.index()] = Some((b, pos));
        }
    }
    let check_block = |b: Block| -> Result<(), String> {
        if b.index() >= f.blocks.len() {
            return Err(format!("reference to missing block {}", b));
        }
        Ok(())
    };
    for b in f.blocks() {
        let bd = f.block(b);
        if let Some(h) = bd.handler {
            check_block(h)?;
        }
        for (pos, &i) in bd.insts.iter().enumerate() {
            let d = f.inst(i);
            let show = || write::inst(f, i);
            for &a in &d.args {
                match owner.get(a.index()).copied().flatten() {
                    Some((ab, apos)) if ab == b && apos < pos => {}
                    _ => return Err(format!("operand {} of `{}` is not defined earlier in {}", a, show(), b)),
                }
                let at = f.inst(a).ty;
                let wants_i1 = matches!(d.op, Op::NotI1 | Op::BoxBool);
                if wants_i1 != (at == Type::I1) || at == Type::Void {
                    return Err(format!("operand {} of `{}` has type {}", a, show(), at.name()));
                }
            }
            let arity_ok = match &d.op {
                Op::Const(c) => c.index() < m.consts.len() && d.args.is_empty(),
                Op::LoadLocal { local, .. } | Op::DelLocal { local, .. } => local.index() < f.locals.len() && d.args.is_empty(),
                Op::StoreLocal(l) => l.index() < f.locals.len() && d.args.len() == 1,
                Op::IterNext { target } => target.index() < f.locals.len() && d.args.len() == 1,
                Op::LoadGlobal { global, .. } | Op::DelGlobal(global) => global.index() < m.globals.len() && d.args.is_empty(),
                Op::StoreGlobal(g) => g.index() < m.globals.len() && d.args.len() == 1,
                Op::Builtin(_) | Op::FetchExc | Op::ImportFail { .. } | Op::ModuleDict | Op::Unsupported(_) => d.args.is_empty(),
                Op::Import(n) => d.args.is_empty() && m.imports.contains_key(n),
                Op::ImportFrom { sub, .. } => d.args.len() == 1 && sub.as_ref().map_or(true, |s| m.imports.contains_key(s)),
                Op::ImportStar => d.args.len() == 1,
                Op::Binary(_) | Op::Inplace(_) | Op::Compare(_) | Op::Is | Op::Contains | Op::GetItem | Op::DelItem | Op::ExcMatch | Op::SetAttr(_) => d.args.len() == 2,
                Op::Unary(_) | Op::Not | Op::Truth | Op::NotI1 | Op::BoxBool | Op::GetAttr(_) | Op::GetIter | Op::Unpack(_) | Op::TupleItem(_) | Op::EnterHandler | Op::ExitHandler => d.args.len() == 1,
                Op::Reraise => d.args.len() <= 1,
                Op::SetItem | Op::BuildSlice => d.args.len() == 3,
                Op::Raise => d.args.len() == 1 || d.args.len() == 2,
                Op::Call { kwnames } => d.args.len() >= 1 + kwnames.len(),
                Op::CallMethod { kwnames, .. } => d.args.len() >= 1 + kwnames.len(),
                Op::CallDirect(id) => id.index() < m.functions.len() && d.args.len() == 1 + m.func(*id).params.len(),
                Op::BuildDict => d.args.len() % 2 == 0,
                Op::Format { has_spec, .. } => d.args.len() == 1 + *has_spec as usize,
                Op::MakeFunction { func, defaults, kwdefaults, closure } => {
                    func.index() < m.functions.len() && d.args.len() == *defaults as usize + *kwdefaults as usize + *closure as usize
                }
                Op::LoadDeref { local, .. } | Op::DelDeref { local, .. } => local.index() < f.locals.len() && f.local(*local).cell && d.args.is_empty(),
                Op::StoreDeref(l) => l.index() < f.locals.len() && f.local(*l).cell && d.args.len() == 1,
                Op::NsLoad { global, .. } => global.index() < m.globals.len() && d.args.len() == 1,
                Op::ListAppend | Op::SetAdd | Op::SetUpdate => d.args.len() == 2,
                Op::ListExtend => d.args.len() == 2 || d.args.len() == 3,
                Op::DictSet => d.args.len() == 3,
                Op::DictMerge { .. } => d.args.len() == 3,
                Op::ListToTuple => d.args.len() == 1,
                Op::CallEx => d.args.len() == 2 || d.args.len() == 3,
                Op::UnpackEx { .. } => d.args.len() == 1,
                Op::Yield { .. } => d.args.len() == 1 && f.generator && pos <= 1,
                Op::YieldFromSend { target } => target.index() < f.locals.len() && d.args.len() == 2,
                Op::DelAttr(_) => d.args.len() == 1,
                Op::BuildList | Op::BuildTuple | Op::BuildSet | Op::BuildStr => true,
            };
            if !arity_ok {
                return Err(format!("malformed `{}`", show()));
            }
            let result_ok = match &d.op {
                op if op.is_i1() => d.ty == Type::I1,
                op if op.is_void() => d.ty == Type::Void,
                _ => d.ty.is_object(),
            };
            if !result_ok {
                return Err(format!("`{}` has the wrong result type", show()));
            }
            if d.op.never_returns() && pos + 1 != bd.insts.len() {
                return Err(format!("`{}` never returns but is not last in {}", show(), b));
            }
        }
        match &bd.term {
            Term::Jump(t) => check_block(*t)?,
            Term::Branch(c, t, e) => {
                check_block(*t)?;
                check_block(*e)?;
                match owner.get(c.index()).copied().flatten() {
                    Some((cb, _)) if cb == b && f.inst(*c).ty == Type::I1 => {}
                    _ => return Err(format!("branch condition {} in {} is not an i1 of the block", c, b)),
                }
            }
            Term::Return(v) => match owner.get(v.index()).copied().flatten() {
                Some((vb, _)) if vb == b && f.inst(*v).ty.is_object() => {}
                _ => return Err(format!("returned value {} in {} is not an object of the block", v, b)),
            },
            Term::Unreachable => {
                let last_raises = bd.insts.last().map(|i| f.inst(*i).op.never_returns()).unwrap_or(false);
                if !last_raises && f.reachable().contains(&b) {
                    return Err(format!("{} is reachable but ends in `unreachable` without a raise", b));
                }
            }
        }
    }
    Ok(())
}
