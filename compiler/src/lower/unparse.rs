//! Expressions back to source text, as CPython's compiler writes annotations under
//! `from __future__ import annotations` (`Python/ast_unparse.c`): minimal
//! parentheses by precedence, `repr` of constants, subscripts without tuple
//! parentheses. Forms that annotations do not use in practice (f-strings,
//! comprehensions, `await`, `yield`) give `None`, and the caller uses the source
//! text as written.

use crate::syntax::ast::{self, Expr};

// Precedence levels, lowest first.
const TUPLE: u8 = 0;
const TEST: u8 = 1;
const OR: u8 = 2;
const AND: u8 = 3;
const NOT: u8 = 4;
const CMP: u8 = 5;
const BOR: u8 = 6;
const BXOR: u8 = 7;
const BAND: u8 = 8;
const SHIFT: u8 = 9;
const ARITH: u8 = 10;
const TERM: u8 = 11;
const FACTOR: u8 = 12;
const POWER: u8 = 13;
const ATOM: u8 = 15;

/// The text of `e` as an annotation (at the level of a test, so a tuple is
/// parenthesised), or `None` for a form this does not write.
pub fn annotation(e: &Expr) -> Option<String> {
    let mut out = String::new();
    write(&mut out, e, TEST)?;
    Some(out)
}

fn binop(op: &ast::Operator) -> (&'static str, u8) {
    use ast::Operator::*;
    match op {
        Add => ("+", ARITH),
        Sub => ("-", ARITH),
        Mult => ("*", TERM),
        MatMult => ("@", TERM),
        Div => ("/", TERM),
        Mod => ("%", TERM),
        FloorDiv => ("//", TERM),
        Pow => ("**", POWER),
        LShift => ("<<", SHIFT),
        RShift => (">>", SHIFT),
        BitOr => ("|", BOR),
        BitXor => ("^", BXOR),
        BitAnd => ("&", BAND),
    }
}

fn cmpop(op: &ast::CmpOp) -> &'static str {
    use ast::CmpOp::*;
    match op {
        Eq => "==",
        NotEq => "!=",
        Lt => "<",
        LtE => "<=",
        Gt => ">",
        GtE => ">=",
        Is => "is",
        IsNot => "is not",
        In => "in",
        NotIn => "not in",
    }
}

fn seq(out: &mut String, items: &[Expr]) -> Option<()> {
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write(out, x, TEST)?;
    }
    Some(())
}

fn write(out: &mut String, e: &Expr, level: u8) -> Option<()> {
    let paren = |out: &mut String, own: u8, f: &mut dyn FnMut(&mut String) -> Option<()>| -> Option<()> {
        if level > own {
            out.push('(');
        }
        f(out)?;
        if level > own {
            out.push(')');
        }
        Some(())
    };
    match e {
        Expr::Name(n) => out.push_str(n.id.as_str()),
        Expr::Constant(c) => constant(out, &c.value)?,
        Expr::Attribute(a) => {
            write(out, &a.value, ATOM)?;
            // `1 .real`: an int needs a space before the dot.
            if matches!(&*a.value, Expr::Constant(ast::ExprConstant { value: ast::Constant::Int(_), .. })) {
                out.push(' ');
            }
            out.push('.');
            out.push_str(a.attr.as_str());
        }
        Expr::Subscript(s) => {
            write(out, &s.value, ATOM)?;
            out.push('[');
            write(out, &s.slice, TUPLE)?;
            out.push(']');
        }
        Expr::Tuple(t) => {
            if t.elts.is_empty() {
                out.push_str("()");
            } else {
                paren(out, TUPLE, &mut |out| {
                    seq(out, &t.elts)?;
                    if t.elts.len() == 1 {
                        out.push(',');
                    }
                    Some(())
                })?;
            }
        }
        Expr::List(l) => {
            out.push('[');
            seq(out, &l.elts)?;
            out.push(']');
        }
        Expr::Set(s) => {
            out.push('{');
            seq(out, &s.elts)?;
            out.push('}');
        }
        Expr::Dict(d) => {
            out.push('{');
            for (i, (k, v)) in d.keys.iter().zip(&d.values).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match k {
                    Some(k) => {
                        write(out, k, TEST)?;
                        out.push_str(": ");
                        write(out, v, TEST)?;
                    }
                    None => {
                        out.push_str("**");
                        write(out, v, BOR)?;
                    }
                }
            }
            out.push('}');
        }
        Expr::BinOp(b) => {
            let (text, own) = binop(&b.op);
            // `**` groups to the right, the others to the left.
            let (l, r) = if own == POWER { (own + 1, own) } else { (own, own + 1) };
            paren(out, own, &mut |out| {
                write(out, &b.left, l)?;
                out.push(' ');
                out.push_str(text);
                out.push(' ');
                write(out, &b.right, r)
            })?;
        }
        Expr::UnaryOp(u) => {
            let (text, own) = match u.op {
                ast::UnaryOp::Not => ("not ", NOT),
                ast::UnaryOp::Invert => ("~", FACTOR),
                ast::UnaryOp::UAdd => ("+", FACTOR),
                ast::UnaryOp::USub => ("-", FACTOR),
            };
            paren(out, own, &mut |out| {
                out.push_str(text);
                write(out, &u.operand, own)
            })?;
        }
        Expr::BoolOp(b) => {
            let (text, own) = match b.op {
                ast::BoolOp::And => (" and ", AND),
                ast::BoolOp::Or => (" or ", OR),
            };
            paren(out, own, &mut |out| {
                for (i, v) in b.values.iter().enumerate() {
                    if i > 0 {
                        out.push_str(text);
                    }
                    write(out, v, own + 1)?;
                }
                Some(())
            })?;
        }
        Expr::Compare(c) => {
            paren(out, CMP, &mut |out| {
                write(out, &c.left, CMP + 1)?;
                for (op, r) in c.ops.iter().zip(&c.comparators) {
                    out.push(' ');
                    out.push_str(cmpop(op));
                    out.push(' ');
                    write(out, r, CMP + 1)?;
                }
                Some(())
            })?;
        }
        Expr::IfExp(i) => {
            paren(out, TEST, &mut |out| {
                write(out, &i.body, TEST + 1)?;
                out.push_str(" if ");
                write(out, &i.test, TEST + 1)?;
                out.push_str(" else ");
                write(out, &i.orelse, TEST)
            })?;
        }
        Expr::Call(c) => {
            write(out, &c.func, ATOM)?;
            out.push('(');
            let mut first = true;
            for a in &c.args {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                write(out, a, TEST)?;
            }
            for k in &c.keywords {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                match &k.arg {
                    Some(n) => {
                        out.push_str(n.as_str());
                        out.push('=');
                    }
                    None => out.push_str("**"),
                }
                write(out, &k.value, TEST)?;
            }
            out.push(')');
        }
        Expr::Starred(s) => {
            out.push('*');
            write(out, &s.value, BOR)?;
        }
        Expr::Slice(s) => {
            if let Some(l) = &s.lower {
                write(out, l, TEST)?;
            }
            out.push(':');
            if let Some(u) = &s.upper {
                write(out, u, TEST)?;
            }
            if let Some(st) = &s.step {
                out.push(':');
                write(out, st, TEST)?;
            }
        }
        Expr::NamedExpr(n) => {
            out.push('(');
            write(out, &n.target, ATOM)?;
            out.push_str(" := ");
            write(out, &n.value, ATOM)?;
            out.push(')');
        }
        _ => return None,
    }
    Some(())
}

fn constant(out: &mut String, c: &ast::Constant) -> Option<()> {
    match c {
        ast::Constant::None => out.push_str("None"),
        ast::Constant::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
        ast::Constant::Ellipsis => out.push_str("..."),
        ast::Constant::Int(i) => out.push_str(&i.to_string()),
        ast::Constant::Str(s) => out.push_str(&str_repr(s)),
        // Floats, complex numbers, bytes and tuples keep their source text.
        _ => return None,
    }
    Some(())
}

/// Python's `repr` of a str.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (0x80..0xa0).contains(&(c as u32)) => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}
