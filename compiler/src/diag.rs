//! Diagnostics: errors in the user's program (syntax errors, constructs krait does not
//! compile yet), printed as `file:line:col: error: message` with the source line and a
//! caret, as compilers do.

use std::fmt::Write;

/// One error at a source position (line 1-based, column 1-based in characters).
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub file: String,
    pub line: u32,
    pub col: u32,
    pub message: String,
}

impl Diagnostic {
    pub fn new(file: &str, line: u32, col: u32, message: &str) -> Diagnostic {
        Diagnostic { file: file.to_string(), line, col, message: message.to_string() }
    }

    /// Renders the diagnostic with the source line it points into.
    pub fn render(&self, source: &str) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "{}:{}:{}: error: {}", self.file, self.line, self.col, self.message);
        if let Some(text) = source.lines().nth(self.line as usize - 1) {
            let gutter = format!("{}", self.line);
            let _ = writeln!(s, "{} | {}", gutter, text);
            let pad: String = text.chars().take(self.col.saturating_sub(1) as usize).map(|c| if c == '\t' { '\t' } else { ' ' }).collect();
            let _ = writeln!(s, "{} | {}^", " ".repeat(gutter.len()), pad);
        }
        s
    }
}
