//! The one module that knows the parser. Everything else sees `syntax::ast` (re-exported
//! from rustpython-parser) and byte offsets turned into lines and columns by
//! [`LineIndex`]; replacing the unmaintained parser means changing this file.

mod literals;

pub use rustpython_parser::ast;
use rustpython_parser::text_size::TextRange;

use crate::diag::Diagnostic;

/// Parses a module's source text.
pub fn parse_module(source: &str, file: &str) -> Result<Vec<ast::Stmt>, Diagnostic> {
    match rustpython_parser::parse(source, rustpython_parser::Mode::Module, file) {
        Ok(ast::Mod::Module(m)) => literals::fix_module(m.body, source, file),
        Ok(_) => Err(Diagnostic::new(file, 1, 1, "expected a module")),
        Err(e) => {
            let index = LineIndex::new(source);
            let (line, col) = index.line_col(u32::from(e.offset) as usize);
            let msg = match &e.error {
                rustpython_parser::ParseErrorType::Eof => "invalid syntax: unexpected end of file".to_string(),
                other => {
                    let text = other.to_string();
                    if text.starts_with("invalid syntax") {
                        text
                    } else {
                        format!("invalid syntax: {}", text)
                    }
                }
            };
            Err(Diagnostic::new(file, line, col + 1, &msg))
        }
    }
}

/// Maps byte offsets to 1-based lines and 0-based byte columns.
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(source: &str) -> LineIndex {
        let mut starts = vec![0];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i + 1);
            }
        }
        LineIndex { starts }
    }
    /// The line (1-based) and byte column (0-based) of an offset.
    pub fn line_col(&self, offset: usize) -> (u32, u32) {
        let line = match self.starts.binary_search(&offset) {
            Ok(l) => l,
            Err(l) => l - 1,
        };
        (line as u32 + 1, (offset - self.starts[line]) as u32)
    }
}

/// Start and end offsets of a node.
pub fn span(r: TextRange) -> (usize, usize) {
    (u32::from(r.start()) as usize, u32::from(r.end()) as usize)
}

/// Replaces each top-level `def NAME` listed in `replaced` by
/// `from MODULE import NAME` at the same place (krait's own implementation of a
/// standard-library function, `driver/library.rs`). Returns the names replaced.
pub fn replace_defs(body: &mut [ast::Stmt], replaced: &[(&str, &str)]) -> Vec<String> {
    let mut done = vec![];
    for stmt in body.iter_mut() {
        let (name, range) = match stmt {
            ast::Stmt::FunctionDef(d) => (d.name.to_string(), d.range),
            _ => continue,
        };
        let Some((_, module)) = replaced.iter().find(|(n, _)| *n == name) else { continue };
        *stmt = ast::Stmt::ImportFrom(ast::StmtImportFrom {
            module: Some(ast::Identifier::new(*module)),
            names: vec![ast::Alias { name: ast::Identifier::new(name.as_str()), asname: None, range }],
            level: Some(ast::Int::new(0)),
            range,
        });
        done.push(name);
    }
    done
}
