//! Direct calls: a call whose callee is a module global bound exactly once, by a
//! module-level `def`, with positional arguments matching the function's parameters,
//! calls the function's body directly instead of going through `rt_call` and argument
//! binding. The callee is still loaded first, so calling a function before its `def`
//! has run raises NameError exactly as in CPython.

use crate::ir::*;
use std::collections::HashMap;

/// The `direct_calls` pass.
pub fn run(m: &mut Module) {
    // Globals stored exactly once in the whole module, by `make_function` in the body.
    let mut stores: HashMap<GlobalId, usize> = HashMap::new();
    let mut defined: HashMap<GlobalId, FuncId> = HashMap::new();
    for (fi, f) in m.functions.iter().enumerate() {
        for d in &f.insts {
            match &d.op {
                Op::StoreGlobal(g) => {
                    *stores.entry(*g).or_default() += 1;
                    if let Op::MakeFunction { func: id, closure: false, kwdefaults: false, .. } = f.inst(d.args[0]).op {
                        let simple = { let g = m.functions[id.index()].sig; !g.varargs && !g.varkw && g.kwonly == 0 };
                        if fi == 0 && simple {
                            defined.insert(*g, id);
                        }
                    }
                }
                Op::DelGlobal(g) => *stores.entry(*g).or_default() += 2,
                _ => {}
            }
        }
    }
    let known: HashMap<GlobalId, FuncId> = defined.into_iter().filter(|(g, _)| stores.get(g) == Some(&1)).collect();
    if known.is_empty() {
        return;
    }
    let arity: Vec<usize> = m.functions.iter().map(|f| f.params.len()).collect();
    for f in m.functions.iter_mut() {
        for i in 0..f.insts.len() {
            let d = &f.insts[i];
            let Op::Call { kwnames } = &d.op else { continue };
            if !kwnames.is_empty() {
                continue;
            }
            let Op::LoadGlobal { global, .. } = f.insts[d.args[0].index()].op else { continue };
            let Some(&target) = known.get(&global) else { continue };
            if arity[target.index()] == d.args.len() - 1 {
                f.insts[i].op = Op::CallDirect(target);
            }
        }
    }
}
