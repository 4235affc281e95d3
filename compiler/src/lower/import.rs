//! Lowering of `import` and `from ... import`.
//!
//! Every module a statement names is looked up through the driver's resolver (the
//! lowering itself touches no files) and recorded in [`Module::imports`]; importing
//! `a.b.c` imports `a`, `a.b` and `a.b.c` in that order, as CPython does. Relative
//! imports are resolved here against the module's package. A module that cannot be
//! found is a compile error at the statement, unless an enclosing `try` catches
//! ImportError (or the importing file is part of the standard library, whose
//! platform-dependent imports sit behind run-time tests): then the import raises
//! ModuleNotFoundError when it runs, as in CPython. Imports inside functions of
//! standard-library modules are *deferred* (see [`Module::eager_imports`]): the
//! standard library imports much of itself lazily, in functions programs seldom
//! call (`pickle._test` imports doctest, `tokenize.main` argparse...), and following
//! those imports would compile nearly all of it into every program.

use super::{LResult, Lower};
use crate::ir::*;
use crate::syntax::ast;

type Range = ast::text_size::TextRange;

/// Small standard-library modules that are always compiled in when imported, even
/// inside a function (`Counter.most_common` imports heapq, `dataclasses.replace`
/// copy...): their own imports add little, and the functions that import them are
/// ones programs call.
const LIGHT_MODULES: &[&str] =
    &["heapq", "bisect", "copy", "copyreg", "keyword", "reprlib", "types", "operator", "functools", "itertools", "collections", "contextlib", "warnings", "string", "textwrap", "struct", "weakref", "shutil"];

/// Handlers that catch ImportError: a bare `except`, or one naming ImportError, one
/// of its bases or ModuleNotFoundError (alone or in a tuple).
pub fn catches_import_error(handlers: &[ast::ExceptHandler]) -> bool {
    fn names_it(e: &ast::Expr) -> bool {
        match e {
            ast::Expr::Name(n) => matches!(n.id.as_str(), "ImportError" | "ModuleNotFoundError" | "Exception" | "BaseException"),
            ast::Expr::Tuple(t) => t.elts.iter().any(names_it),
            _ => false,
        }
    }
    handlers.iter().any(|h| {
        let ast::ExceptHandler::ExceptHandler(h) = h;
        h.type_.as_deref().map_or(true, names_it)
    })
}

impl<'m, 'a> Lower<'m, 'a> {
    /// Imports one module by its absolute dotted name (its parents must have been
    /// imported first): the module object.
    fn import_one(&mut self, name: &str, range: Range) -> LResult<Inst> {
        let r = match self.m.imports.get(name) {
            Some(r) => r.clone(),
            None => {
                let r = (self.ctx.resolver)(name);
                if r == ModuleRef::Missing && self.ctx.import_guards == 0 && !self.ctx.in_stdlib {
                    return Err(self.ctx.error(range, &format!("no module named '{}'", name)));
                }
                self.m.imports.insert(name.to_string(), r.clone());
                r
            }
        };
        // A module the search did not find may still be in `sys.modules` when the
        // import runs (os.py makes `os.path` that way): the runtime looks there,
        // then raises ModuleNotFoundError.
        if r != ModuleRef::Missing && (!self.deferred_import() || LIGHT_MODULES.contains(&name)) {
            self.m.eager_imports.insert(name.to_string());
        }
        Ok(self.emit(Op::Import(name.to_string()), vec![]))
    }

    /// A call that imports a module named by a constant, `importlib.import_module("m")`
    /// or `__import__("m")`: the module (with its packages) is compiled into the
    /// program, as if imported by a statement, so the call finds it at run time. Only
    /// the name is recorded: the call itself runs as written.
    pub fn note_dynamic_import(&mut self, c: &ast::ExprCall) {
        let by_name = match &*c.func {
            ast::Expr::Name(n) => n.id.as_str() == "__import__" || n.id.as_str() == "import_module",
            ast::Expr::Attribute(a) => a.attr.as_str() == "import_module",
            _ => false,
        };
        let Some(ast::Expr::Constant(k)) = c.args.first() else { return };
        let ast::Constant::Str(name) = &k.value else { return };
        // Relative names and computed levels are left to run time.
        if !by_name || name.is_empty() || name.starts_with('.') || c.args.len() > 4 || c.keywords.iter().any(|k| k.arg.as_deref() == Some("level")) {
            return;
        }
        let parts: Vec<&str> = name.split('.').collect();
        for k in 1..=parts.len() {
            let m = parts[..k].join(".");
            let r = match self.m.imports.get(&m) {
                Some(r) => r.clone(),
                None => {
                    let r = (self.ctx.resolver)(&m);
                    self.m.imports.insert(m.clone(), r.clone());
                    r
                }
            };
            if r == ModuleRef::Missing {
                return;
            }
            if !self.deferred_import() || LIGHT_MODULES.contains(&m.as_str()) {
                self.m.eager_imports.insert(m);
            }
        }
    }

    /// Imports `a.b.c` as CPython's `IMPORT_NAME` does: each package on the way first.
    /// Returns the top-level module and the module named.
    fn import_chain(&mut self, name: &str, range: Range) -> LResult<(Inst, Inst)> {
        let parts: Vec<&str> = name.split('.').collect();
        let top = self.import_one(parts[0], range)?;
        let mut last = top;
        for k in 2..=parts.len() {
            last = self.import_one(&parts[..k].join("."), range)?;
        }
        Ok((top, last))
    }

    /// `import a.b.c` binds `a`; `import a.b.c as d` binds `a.b.c`, reached from `a`
    /// attribute by attribute as CPython 3.11 does.
    pub fn import_stmt(&mut self, i: &'a ast::StmtImport) -> LResult<()> {
        for a in &i.names {
            let name = a.name.to_string();
            self.at(a.range);
            let (top, _) = self.import_chain(&name, a.range)?;
            match &a.asname {
                None => {
                    let first = name.split('.').next().unwrap().to_string();
                    self.store_name(&first, top);
                }
                Some(asname) => {
                    let mut v = top;
                    for part in name.split('.').skip(1) {
                        v = self.emit(Op::ImportFrom { name: part.to_string(), sub: None }, vec![v]);
                    }
                    self.store_name(asname.as_str(), v);
                }
            }
        }
        Ok(())
    }

    /// The absolute name `from <level dots><module> import ...` refers to, or the
    /// ImportError CPython raises at run time when there is none.
    fn absolute_base(&self, level: u32, module: Option<&str>) -> Result<String, String> {
        if level == 0 {
            return Ok(module.unwrap_or_default().to_string());
        }
        let Some(package) = self.ctx.package.as_deref().filter(|p| !p.is_empty()) else {
            return Err("attempted relative import with no known parent package".to_string());
        };
        let parts: Vec<&str> = package.split('.').collect();
        let up = level as usize - 1;
        if up >= parts.len() {
            return Err("attempted relative import beyond top-level package".to_string());
        }
        let mut base = parts[..parts.len() - up].join(".");
        if let Some(m) = module {
            base.push('.');
            base.push_str(m);
        }
        Ok(base)
    }

    /// `from m import a, b as c`, `from . import x`, `from m import *`.
    pub fn import_from_stmt(&mut self, i: &'a ast::StmtImportFrom) -> LResult<()> {
        let level = i.level.map(|l| l.to_u32()).unwrap_or(0);
        let module = i.module.as_ref().map(|m| m.to_string());
        self.at(i.range);
        let base = match self.absolute_base(level, module.as_deref()) {
            Ok(b) => b,
            Err(msg) => {
                let v = self.emit(Op::ImportFail { msg, not_found: false }, vec![]);
                // Unreachable at run time; keeps the names bound in the IR.
                for a in &i.names {
                    if a.name.as_str() != "*" {
                        let bound = a.asname.as_ref().unwrap_or(&a.name).to_string();
                        let one = self.emit(Op::ImportFrom { name: a.name.to_string(), sub: None }, vec![v]);
                        self.store_name(&bound, one);
                    }
                }
                return Ok(());
            }
        };
        for a in &i.names {
            self.at(a.range);
            let (_, m) = self.import_chain(&base, i.range)?;
            if a.name.as_str() == "*" {
                if !self.is_module {
                    return Err(self.ctx.error(i.range, "import * only allowed at module level"));
                }
                self.emit(Op::ImportStar, vec![m]);
                continue;
            }
            // A submodule of a package is imported when the package lacks the name.
            let subname = format!("{}.{}", base, a.name);
            let sub = match self.m.imports.get(&subname).cloned().unwrap_or_else(|| (self.ctx.resolver)(&subname)) {
                r @ ModuleRef::Compiled { .. } => {
                    self.m.imports.insert(subname.clone(), r);
                    if !self.deferred_import() {
                        self.m.eager_imports.insert(subname.clone());
                    }
                    Some(subname)
                }
                _ => None,
            };
            let v = self.emit(Op::ImportFrom { name: a.name.to_string(), sub }, vec![m]);
            let bound = a.asname.as_ref().unwrap_or(&a.name).to_string();
            self.store_name(&bound, v);
        }
        Ok(())
    }
}
