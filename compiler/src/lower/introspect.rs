//! Lowering of `locals()`, `globals()`, `vars()` and `dir()` without arguments.
//!
//! These builtins read the frame that calls them, which krait's compiled code does
//! not keep, so a call of the builtin (not shadowed) is lowered in place: a fresh dict
//! built from the variables the scope knows statically, skipping unbound ones (each
//! is loaded with a handler that drops the NameError or UnboundLocalError). In a class
//! body `locals()` is the namespace itself, as in CPython; `globals()` (and `locals()`
//! at module level) is the live module dict; in a function the dict is a snapshot,
//! so storing into it does not change variables, as in CPython. Using these names
//! other than by a direct call is a diagnostic.

use super::{LResult, Lower};
use crate::ir::*;
use crate::symtable::Resolved;
use crate::syntax::ast;

/// The builtins lowered here.
const FRAME_BUILTINS: &[&str] = &["locals", "globals", "vars", "dir"];

/// The module attributes the runtime puts in every compiled module's dict (CPython
/// also has `__builtins__` and `__cached__`, which krait does not model).
pub const MODULE_DUNDERS: &[&str] = &["__name__", "__doc__", "__package__", "__loader__", "__spec__", "__file__"];

/// Is `name` one of the builtins whose argument-less calls are lowered here?
pub fn is_frame_builtin(name: &str) -> bool {
    FRAME_BUILTINS.contains(&name)
}

impl<'m, 'a> Lower<'m, 'a> {
    /// Does `name` refer to the builtin of that name here?
    fn is_builtin_ref(&self, name: &str) -> bool {
        match self.resolve(name) {
            Resolved::Global => !self.ctx.globals.contains(name),
            Resolved::ClassLocal => !self.scope.is_local(name) && !self.ctx.globals.contains(name),
            _ => false,
        }
    }

    /// A name load that would reach `locals`/`globals` other than in a call they can
    /// be lowered for is rejected.
    pub fn check_frame_builtin_ref(&self, n: &ast::ExprName) -> LResult<()> {
        if matches!(n.id.as_str(), "locals" | "globals") && self.is_builtin_ref(n.id.as_str()) {
            return Err(self.ctx.error(n.range, &format!("`{}` is supported only as a direct call `{}()`", n.id, n.id)));
        }
        Ok(())
    }

    /// `locals()`, `globals()`, `vars()` or `dir()` without arguments, when `c` is one;
    /// `None` for any other call.
    pub fn frame_builtin_call(&mut self, c: &'a ast::ExprCall) -> LResult<Option<Inst>> {
        let ast::Expr::Name(n) = &*c.func else { return Ok(None) };
        let name = n.id.as_str();
        if !FRAME_BUILTINS.contains(&name) || !self.is_builtin_ref(name) {
            return Ok(None);
        }
        if !c.args.is_empty() || !c.keywords.is_empty() {
            if matches!(name, "locals" | "globals") {
                return Err(self.ctx.error(c.range, &format!("{}() takes no arguments", name)));
            }
            // `vars(obj)` and `dir(obj)` are ordinary builtins.
            return Ok(None);
        }
        self.at(c.range);
        let d = match name {
            "globals" => self.globals_dict(),
            _ => self.locals_dict(),
        };
        if name == "dir" {
            let sorted = self.emit(Op::Builtin("sorted".into()), vec![]);
            return Ok(Some(self.emit(Op::Call { kwnames: vec![] }, vec![sorted, d])));
        }
        Ok(Some(d))
    }

    /// The names of the scope's variables in CPython's `locals()` order: parameters
    /// and plain locals as first bound, then captured locals and free variables, each
    /// sorted.
    fn local_names(&self) -> Vec<String> {
        let params: Vec<&str> = self.f.params.iter().map(|&l| self.f.local(l).name.as_str()).collect();
        // CPython's order: positional, keyword-only, `*args`, `**kwargs`; krait's
        // parameter locals have `*args` before the keyword-only ones.
        let sig = &self.f.sig;
        let counted = sig.positional + usize::from(sig.varargs) + sig.kwonly + usize::from(sig.varkw);
        if counted != params.len() {
            return params.iter().map(|s| s.to_string()).collect();
        }
        let mut first: Vec<String> = params[..sig.positional].iter().map(|s| s.to_string()).collect();
        let va = usize::from(sig.varargs);
        first.extend(params[sig.positional + va..sig.positional + va + sig.kwonly].iter().map(|s| s.to_string()));
        if sig.varargs {
            first.push(params[sig.positional].to_string());
        }
        first.extend(params[sig.positional + va + sig.kwonly..].iter().map(|s| s.to_string()));
        let mut cells = vec![];
        for n in &self.scope.locals {
            if params.contains(&n.as_str()) {
                continue;
            }
            if self.scope.globals.contains(n) || self.scope.nonlocals.contains(n) {
                continue;
            }
            match self.resolve(n) {
                Resolved::Local => first.push(n.clone()),
                Resolved::Cell => cells.push(n.clone()),
                _ => {}
            }
        }
        cells.sort();
        let mut frees: Vec<String> = self.scope.frees.iter().filter(|n| self.resolve(n) == Resolved::Free).cloned().collect();
        frees.sort();
        first.extend(cells);
        first.extend(frees);
        first
    }

    fn locals_dict(&mut self) -> Inst {
        if self.is_module {
            return self.globals_dict();
        }
        if let Some(ns) = self.ns {
            return self.load_temp(ns);
        }
        let names = self.local_names();
        self.bound_dict(&names)
    }

    /// The module dict itself, live as in CPython.
    fn globals_dict(&mut self) -> Inst {
        self.emit(Op::ModuleDict, vec![])
    }

    /// A new dict of the bound variables among `names`.
    fn bound_dict(&mut self, names: &[String]) -> Inst {
        let d = self.emit(Op::BuildDict, vec![]);
        let dt = self.temp("ns");
        self.store_local(dt, d);
        let outer = self.handler;
        for name in names {
            let next = self.block();
            // An unbound variable raises; its handler drops the error.
            let skip = self.f.new_block(outer);
            self.handler = Some(skip);
            let b = self.block();
            self.jump(b);
            self.switch(b);
            let v = self.load_name(name);
            let k = self.constant(Const::Str(name.clone()));
            let dd = self.load_temp(dt);
            self.emit(Op::DictSet, vec![dd, k, v]);
            self.jump(next);
            self.handler = outer;
            self.switch(skip);
            self.emit(Op::FetchExc, vec![]);
            self.jump(next);
            self.switch(next);
        }
        self.handler = outer;
        let d = self.load_temp(dt);
        self.emit(Op::DelLocal { local: dt, checked: false }, vec![]);
        d
    }
}
