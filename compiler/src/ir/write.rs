//! The canonical text form of the typed bytecode, used by `krait emit bytecode`, by
//! snapshot tests and in verifier messages.

use super::*;
use std::fmt::Write;

/// Renders a whole module.
pub fn module(m: &Module) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "module {} ({})", m.name, m.file);
    for (name, r) in &m.imports {
        let how = match r {
            ModuleRef::Runtime => "runtime".to_string(),
            ModuleRef::Native => "native".to_string(),
            ModuleRef::Compiled { file, package } => format!("{} {:?}", if *package { "package" } else { "compiled" }, file),
            ModuleRef::Missing => "missing".to_string(),
        };
        let deferred = if m.eager_imports.contains(name) { "" } else { " deferred" };
        let _ = writeln!(s, "import {} = {}{}", name, how, deferred);
    }
    for (i, g) in m.globals.iter().enumerate() {
        let _ = writeln!(s, "global g{} {}", i, g);
    }
    for (i, c) in m.consts.iter().enumerate() {
        let _ = writeln!(s, "const c{} = {}", i, constant(c));
    }
    for (i, f) in m.functions.iter().enumerate() {
        s.push('\n');
        function(&mut s, FuncId(i as u32), f);
    }
    s
}

/// A constant as text.
pub fn constant(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::Bool(b) => if *b { "True".into() } else { "False".into() },
        Const::Int(i) => format!("int {}", i),
        Const::Float(x) => format!("float {:?}", x),
        Const::Str(t) => format!("str {:?}", t),
        Const::Bytes(b) => format!("bytes {:?}", b),
        Const::Complex(re, im) => format!("complex {:?} {:?}", re, im),
        Const::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(|c| c.to_string()).collect();
            format!("tuple ({})", parts.join(", "))
        }
    }
}

/// Renders one function.
pub fn function(s: &mut String, id: FuncId, f: &Function) {
    let params: Vec<String> = f.params.iter().map(|p| format!("{}: {}", f.local(*p).name, f.local(*p).ty.name())).collect();
    let _ = writeln!(s, "{} {}({}) -> {}  # line {}, {} defaults", id, f.name, params.join(", "), f.ret.name(), f.line, f.ndefaults);
    if f.qualname != f.name {
        let _ = writeln!(s, "  qualname {}", f.qualname);
    }
    if f.sig != Signature::default() && (f.sig.posonly + f.sig.kwonly > 0 || f.sig.varargs || f.sig.varkw) {
        let g = f.sig;
        let _ = writeln!(s, "  signature posonly={} positional={} varargs={} kwonly={} varkw={}", g.posonly, g.positional, g.varargs, g.kwonly, g.varkw);
    }
    if f.generator {
        let _ = writeln!(s, "  {}", match f.flavor {
            Flavor::Generator => "generator",
            Flavor::Coroutine => "coroutine",
            Flavor::AsyncGenerator => "async generator",
        });
    }
    if !f.freevars.is_empty() {
        let fv: Vec<String> = f.freevars.iter().map(|l| l.to_string()).collect();
        let _ = writeln!(s, "  freevars {}", fv.join(", "));
    }
    for (i, l) in f.locals.iter().enumerate() {
        let kind = match l.kind {
            LocalKind::Param => "param",
            LocalKind::Var => "var",
            LocalKind::Temp => "temp",
        };
        let _ = writeln!(s, "  local %{} {}: {} ({}{})", i, l.name, l.ty.name(), kind, if l.cell { ", cell" } else { "" });
    }
    for b in f.reachable() {
        let bd = f.block(b);
        match bd.handler {
            Some(h) => {
                let _ = writeln!(s, "{} (handler {}):", b, h);
            }
            None => {
                let _ = writeln!(s, "{}:", b);
            }
        }
        for &i in &bd.insts {
            let _ = writeln!(s, "    {}", inst(f, i));
        }
        let _ = writeln!(s, "    {}", term(&bd.term));
    }
}

/// One instruction as text: `v3: int = binary + v1, v2`.
pub fn inst(f: &Function, i: Inst) -> String {
    let d = f.inst(i);
    let args: Vec<String> = d.args.iter().map(|a| a.to_string()).collect();
    let args = args.join(", ");
    let op = match &d.op {
        Op::Const(c) => format!("const {}", c),
        Op::LoadLocal { local, checked } => format!("load_local {}{}", local, if *checked { " checked" } else { "" }),
        Op::StoreLocal(l) => format!("store_local {}", l),
        Op::DelLocal { local, checked } => format!("del_local {}{}", local, if *checked { " checked" } else { "" }),
        Op::LoadGlobal { global, builtin } => format!("load_global {}{}", global, if *builtin { " or_builtin" } else { "" }),
        Op::StoreGlobal(g) => format!("store_global {}", g),
        Op::DelGlobal(g) => format!("del_global {}", g),
        Op::Builtin(n) => format!("builtin {}", n),
        Op::Binary(o) => format!("binary {}", o.symbol()),
        Op::Inplace(o) => format!("inplace {}=", o.symbol()),
        Op::Unary(o) => format!("unary {}", o.symbol()),
        Op::Not => "not".into(),
        Op::Compare(o) => format!("compare {}", o.symbol()),
        Op::Is => "is".into(),
        Op::Contains => "contains".into(),
        Op::Truth => "truth".into(),
        Op::NotI1 => "not_i1".into(),
        Op::BoxBool => "box_bool".into(),
        Op::Call { kwnames } => format!("call{}", kw(kwnames)),
        Op::CallDirect(id) => format!("call_direct {}", id),
        Op::CallMethod { name, kwnames } => format!("call_method .{}{}", name, kw(kwnames)),
        Op::GetAttr(n) => format!("getattr .{}", n),
        Op::SetAttr(n) => format!("setattr .{}", n),
        Op::GetItem => "getitem".into(),
        Op::SetItem => "setitem".into(),
        Op::DelItem => "delitem".into(),
        Op::BuildSlice => "build_slice".into(),
        Op::BuildList => "build_list".into(),
        Op::BuildTuple => "build_tuple".into(),
        Op::BuildSet => "build_set".into(),
        Op::BuildDict => "build_dict".into(),
        Op::BuildStr => "build_str".into(),
        Op::Format { conv, has_spec } => format!("format conv={}{}", conv, if *has_spec { " spec" } else { "" }),
        Op::GetIter => "get_iter".into(),
        Op::IterNext { target } => format!("iter_next -> {}", target),
        Op::Unpack(n) => format!("unpack {}", n),
        Op::TupleItem(n) => format!("tuple_item {}", n),
        Op::MakeFunction { func, defaults, kwdefaults, closure } => format!(
            "make_function {}{}{}{}",
            func,
            if *defaults { " defaults" } else { "" },
            if *kwdefaults { " kwdefaults" } else { "" },
            if *closure { " closure" } else { "" }
        ),
        Op::LoadDeref { local, free } => format!("load_deref {}{}", local, if *free { " free" } else { "" }),
        Op::StoreDeref(l) => format!("store_deref {}", l),
        Op::DelDeref { local, free } => format!("del_deref {}{}", local, if *free { " free" } else { "" }),
        Op::NsLoad { name, global } => format!("ns_load .{} or {}", name, global),
        Op::ListAppend => "list_append".into(),
        Op::ListExtend => "list_extend".into(),
        Op::SetAdd => "set_add".into(),
        Op::SetUpdate => "set_update".into(),
        Op::DictSet => "dict_set".into(),
        Op::DictMerge { call } => format!("dict_merge{}", if *call { " call" } else { "" }),
        Op::ListToTuple => "list_to_tuple".into(),
        Op::CallEx => "call_ex".into(),
        Op::Yield { delegate: None } => "yield".into(),
        Op::Yield { delegate: Some(d) } => format!("yield delegate {} -> {} else {}", d.iter, d.value, d.done),
        Op::YieldFromSend { target } => format!("yield_from_send -> {}", target),
        Op::DelAttr(n) => format!("delattr .{}", n),
        Op::UnpackEx { before, after } => format!("unpack_ex {} {}", before, after),
        Op::Import(n) => format!("import {}", n),
        Op::ImportFrom { name, sub: None } => format!("import_from {}", name),
        Op::ImportFrom { name, sub: Some(sub) } => format!("import_from {} sub {}", name, sub),
        Op::ImportStar => "import_star".to_string(),
        Op::ImportFail { msg, not_found } => format!("import_fail {} {:?}", if *not_found { "not_found" } else { "error" }, msg),
        Op::ModuleDict => "module_dict".to_string(),
        Op::Unsupported(msg) => format!("unsupported {:?}", msg),
        Op::Raise => "raise".into(),
        Op::Reraise => "reraise".into(),
        Op::EnterHandler => "enter_handler".into(),
        Op::ExitHandler => "exit_handler".into(),
        Op::FetchExc => "fetch_exc".into(),
        Op::ExcMatch => "exc_match".into(),
    };
    let sep = if args.is_empty() { "" } else { " " };
    let loc = format!("  @{}", d.loc.line);
    if d.ty == Type::Void {
        format!("{}{}{}{}", op, sep, args, loc)
    } else {
        format!("{}: {} = {}{}{}{}", i, d.ty.name(), op, sep, args, loc)
    }
}

fn kw(names: &[String]) -> String {
    if names.is_empty() {
        String::new()
    } else {
        format!(" kw=({})", names.join(", "))
    }
}

/// A terminator as text.
pub fn term(t: &Term) -> String {
    match t {
        Term::Jump(b) => format!("jump {}", b),
        Term::Branch(c, a, b) => format!("branch {}, {}, {}", c, a, b),
        Term::Return(v) => format!("return {}", v),
        Term::Unreachable => "unreachable".into(),
    }
}
