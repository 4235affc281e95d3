//! `compile()` and `eval()` at run time, for the expressions annotations are made of.
//!
//! krait compiles ahead of time and has no compiler at run time. But the standard
//! library evaluates one kind of source text routinely: type annotations written as
//! strings. `typing.ForwardRef('Node')` compiles its text when it is made (so
//! `Optional['Node']` and `List['Tree']` do, at import), and `typing.get_type_hints`
//! evaluates it. Those texts are names, attributes, subscripts, constants, tuples,
//! lists and `|` unions, which this module parses and evaluates directly.
//!
//! Anything beyond that subset raises NotImplementedError naming the text (a program's
//! own `eval`/`compile` calls are compile errors; these builtins serve the standard
//! library's calls). `exec` never runs. Malformed text raises SyntaxError.

use crate::exc::{raise, type_error};
use crate::native_obj::{self, ClassSpec, NativeState};
use crate::objects::*;
use crate::ops;
use crate::types::*;
use crate::value::{Obj, Raised, Value, R};
use num_bigint::BigInt;
use std::cell::RefCell;

/// A parsed expression.
#[derive(Debug, Clone, PartialEq)]
enum Node {
    Name(String),
    Int(BigInt),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    None,
    True,
    False,
    Ellipsis,
    Attr(Box<Node>, String),
    Subscript(Box<Node>, Box<Node>),
    Tuple(Vec<Node>),
    List(Vec<Node>),
    BitOr(Box<Node>, Box<Node>),
    Neg(Box<Node>),
}

/// Why text could not be parsed: malformed (SyntaxError) or outside the subset.
#[derive(Debug, PartialEq)]
enum ParseError {
    Syntax(String),
    Unsupported,
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Name(String),
    Int(BigInt),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    Punct(&'static str),
}

/// Splits text into tokens.
fn tokenize(src: &str) -> Result<Vec<Tok>, ParseError> {
    let chars: Vec<char> = src.chars().collect();
    let mut out = vec![];
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\x0c' {
            i += 1;
            continue;
        }
        if c == '\\' && chars.get(i + 1) == Some(&'\n') {
            i += 2;
            continue;
        }
        if c == '#' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            continue;
        }
        if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            // A string prefix directly before a quote.
            if i < chars.len() && (chars[i] == '\'' || chars[i] == '"') && word.len() <= 2 {
                let p = word.to_ascii_lowercase();
                if matches!(p.as_str(), "r" | "u" | "b" | "br" | "rb") {
                    let (tok, next) = string(&chars, i, p.contains('r'), p.contains('b'))?;
                    out.push(tok);
                    i = next;
                    continue;
                }
                if p.contains('f') {
                    return Err(ParseError::Unsupported);
                }
            }
            out.push(Tok::Name(word));
            continue;
        }
        if c.is_ascii_digit() || (c == '.' && chars.get(i + 1).is_some_and(|d| d.is_ascii_digit())) {
            let (tok, next) = number(&chars, i)?;
            out.push(tok);
            i = next;
            continue;
        }
        if c == '\'' || c == '"' {
            let (tok, next) = string(&chars, i, false, false)?;
            out.push(tok);
            i = next;
            continue;
        }
        if chars[i..].starts_with(&['.', '.', '.']) {
            out.push(Tok::Punct("..."));
            i += 3;
            continue;
        }
        let p = match c {
            '.' => ".",
            ',' => ",",
            '[' => "[",
            ']' => "]",
            '(' => "(",
            ')' => ")",
            '|' => "|",
            '-' => "-",
            _ => return Err(ParseError::Unsupported),
        };
        // `|=` and the like are statements or other operators.
        if p == "|" && chars.get(i + 1) == Some(&'=') {
            return Err(ParseError::Syntax("invalid syntax".into()));
        }
        out.push(Tok::Punct(p));
        i += 1;
    }
    Ok(out)
}

/// A number token at `chars[i..]`: ints in any base, floats; complex is unsupported.
fn number(chars: &[char], mut i: usize) -> Result<(Tok, usize), ParseError> {
    let start = i;
    let radix = if chars[i] == '0' && i + 1 < chars.len() {
        match chars[i + 1].to_ascii_lowercase() {
            'x' => 16,
            'o' => 8,
            'b' => 2,
            _ => 10,
        }
    } else {
        10
    };
    if radix != 10 {
        i += 2;
        let ds = i;
        while i < chars.len() && (chars[i].is_digit(radix) || chars[i] == '_') {
            i += 1;
        }
        let digits: String = chars[ds..i].iter().filter(|&&c| c != '_').collect();
        return BigInt::parse_bytes(digits.as_bytes(), radix).map(|n| (Tok::Int(n), i)).ok_or_else(|| ParseError::Syntax("invalid number".into()));
    }
    let mut is_float = false;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() || c == '_' {
            i += 1;
        } else if c == '.' && !is_float {
            is_float = true;
            i += 1;
        } else if (c == 'e' || c == 'E') && i > start {
            is_float = true;
            i += 1;
            if i < chars.len() && (chars[i] == '+' || chars[i] == '-') {
                i += 1;
            }
        } else {
            break;
        }
    }
    if i < chars.len() && (chars[i] == 'j' || chars[i] == 'J') {
        return Err(ParseError::Unsupported);
    }
    let text: String = chars[start..i].iter().filter(|&&c| c != '_').collect();
    if is_float {
        text.parse::<f64>().map(|x| (Tok::Float(x), i)).map_err(|_| ParseError::Syntax("invalid number".into()))
    } else {
        BigInt::parse_bytes(text.as_bytes(), 10).map(|n| (Tok::Int(n), i)).ok_or_else(|| ParseError::Syntax("invalid number".into()))
    }
}

/// A string or bytes literal at `chars[i..]` (the opening quote).
fn string(chars: &[char], mut i: usize, raw: bool, bytes: bool) -> Result<(Tok, usize), ParseError> {
    let q = chars[i];
    let triple = chars[i..].starts_with(&[q, q, q]);
    i += if triple { 3 } else { 1 };
    let mut text = String::new();
    loop {
        let Some(&c) = chars.get(i) else {
            return Err(ParseError::Syntax("unterminated string literal".into()));
        };
        if c == q && (!triple || chars[i..].starts_with(&[q, q, q])) {
            i += if triple { 3 } else { 1 };
            break;
        }
        if c == '\n' && !triple {
            return Err(ParseError::Syntax("unterminated string literal".into()));
        }
        if c != '\\' {
            text.push(c);
            i += 1;
            continue;
        }
        let Some(&e) = chars.get(i + 1) else {
            return Err(ParseError::Syntax("unterminated string literal".into()));
        };
        if raw {
            text.push('\\');
            text.push(e);
            i += 2;
            continue;
        }
        i += 2;
        let simple = match e {
            '\n' => Some(None),
            '\\' => Some(Some('\\')),
            '\'' => Some(Some('\'')),
            '"' => Some(Some('"')),
            'a' => Some(Some('\x07')),
            'b' => Some(Some('\x08')),
            'f' => Some(Some('\x0c')),
            'n' => Some(Some('\n')),
            'r' => Some(Some('\r')),
            't' => Some(Some('\t')),
            'v' => Some(Some('\x0b')),
            _ => None,
        };
        if let Some(ch) = simple {
            text.extend(ch);
            continue;
        }
        let hex = |n: usize, i: usize| -> Result<u32, ParseError> {
            let s: String = chars.get(i..i + n).ok_or_else(|| ParseError::Syntax("truncated escape".into()))?.iter().collect();
            u32::from_str_radix(&s, 16).map_err(|_| ParseError::Syntax("truncated escape".into()))
        };
        let (cp, len) = match e {
            'x' => (hex(2, i)?, 2),
            'u' if !bytes => (hex(4, i)?, 4),
            'U' if !bytes => (hex(8, i)?, 8),
            '0'..='7' => {
                let mut v = 0u32;
                let mut n = 0;
                let mut k = i - 1;
                while n < 3 && k < chars.len() && ('0'..='7').contains(&chars[k]) {
                    v = v * 8 + chars[k].to_digit(8).unwrap();
                    k += 1;
                    n += 1;
                }
                (v, n - 1)
            }
            'N' if !bytes => return Err(ParseError::Unsupported),
            _ => {
                // An unknown escape keeps its backslash.
                text.push('\\');
                text.push(e);
                continue;
            }
        };
        i += len;
        match crate::strs::surrogates::char_of(cp) {
            Some(ch) if cp < 0x110000 => text.push(ch),
            _ => return Err(ParseError::Syntax("illegal Unicode character".into())),
        }
    }
    if bytes {
        if !text.chars().all(|c| (c as u32) < 256) {
            return Err(ParseError::Syntax("bytes can only contain ASCII literal characters".into()));
        }
        return Ok((Tok::Bytes(text.chars().map(|c| c as u8).collect()), i));
    }
    Ok((Tok::Str(text), i))
}

/// The parser over tokens.
struct Parser {
    toks: Vec<Tok>,
    pos: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos)
    }
    fn at(&self, p: &str) -> bool {
        matches!(self.peek(), Some(Tok::Punct(q)) if *q == p)
    }
    fn eat(&mut self, p: &str) -> bool {
        let yes = self.at(p);
        if yes {
            self.pos += 1;
        }
        yes
    }
    fn expect(&mut self, p: &str) -> Result<(), ParseError> {
        if self.eat(p) {
            Ok(())
        } else if self.peek().is_none() {
            Err(ParseError::Syntax(format!("'{}' was never closed", if p == "]" { "[" } else { "(" })))
        } else {
            Err(ParseError::Syntax("invalid syntax".into()))
        }
    }

    /// A comma-separated list up to `close`: the items and whether a comma was seen.
    fn items(&mut self, close: &str) -> Result<(Vec<Node>, bool), ParseError> {
        let mut items = vec![];
        let mut comma = false;
        while !self.at(close) {
            items.push(self.or_expr()?);
            if !self.eat(",") {
                break;
            }
            comma = true;
        }
        self.expect(close)?;
        Ok((items, comma))
    }

    /// The top level: an expression or a bare tuple.
    fn top(&mut self) -> Result<Node, ParseError> {
        let first = self.or_expr()?;
        if !self.at(",") {
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat(",") {
            if self.peek().is_none() {
                break;
            }
            items.push(self.or_expr()?);
        }
        Ok(Node::Tuple(items))
    }

    fn or_expr(&mut self) -> Result<Node, ParseError> {
        let mut left = self.unary()?;
        while self.eat("|") {
            let right = self.unary()?;
            left = Node::BitOr(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn unary(&mut self) -> Result<Node, ParseError> {
        if self.eat("-") {
            return Ok(Node::Neg(Box::new(self.unary()?)));
        }
        self.primary()
    }

    fn primary(&mut self) -> Result<Node, ParseError> {
        let mut node = self.atom()?;
        loop {
            if self.eat(".") {
                match self.peek().cloned() {
                    Some(Tok::Name(n)) => {
                        self.pos += 1;
                        node = Node::Attr(Box::new(node), n);
                    }
                    _ => return Err(ParseError::Syntax("invalid syntax".into())),
                }
            } else if self.eat("[") {
                let (mut items, comma) = self.items("]")?;
                if items.is_empty() {
                    return Err(ParseError::Syntax("invalid syntax".into()));
                }
                let index = if comma || items.len() > 1 { Node::Tuple(items) } else { items.pop().unwrap() };
                node = Node::Subscript(Box::new(node), Box::new(index));
            } else if self.at("(") {
                // A call.
                return Err(ParseError::Unsupported);
            } else {
                return Ok(node);
            }
        }
    }

    fn atom(&mut self) -> Result<Node, ParseError> {
        let Some(t) = self.peek().cloned() else {
            return Err(ParseError::Syntax("invalid syntax".into()));
        };
        self.pos += 1;
        Ok(match t {
            Tok::Name(n) => match n.as_str() {
                "None" => Node::None,
                "True" => Node::True,
                "False" => Node::False,
                "lambda" | "not" | "await" | "yield" => return Err(ParseError::Unsupported),
                _ if is_keyword(&n) => return Err(ParseError::Syntax("invalid syntax".into())),
                _ => Node::Name(n),
            },
            Tok::Int(n) => Node::Int(n),
            Tok::Float(x) => Node::Float(x),
            Tok::Str(mut s) => {
                // Adjacent literals concatenate.
                while let Some(Tok::Str(more)) = self.peek().cloned() {
                    self.pos += 1;
                    s.push_str(&more);
                }
                Node::Str(s)
            }
            Tok::Bytes(mut b) => {
                while let Some(Tok::Bytes(more)) = self.peek().cloned() {
                    self.pos += 1;
                    b.extend(more);
                }
                Node::Bytes(b)
            }
            Tok::Punct("...") => Node::Ellipsis,
            Tok::Punct("(") => {
                let (mut items, comma) = self.items(")")?;
                if items.len() == 1 && !comma {
                    items.pop().unwrap()
                } else {
                    Node::Tuple(items)
                }
            }
            Tok::Punct("[") => Node::List(self.items("]")?.0),
            Tok::Punct(_) => return Err(ParseError::Syntax("invalid syntax".into())),
        })
    }
}

fn is_keyword(n: &str) -> bool {
    matches!(
        n,
        "and" | "as" | "assert" | "async" | "break" | "class" | "continue" | "def" | "del" | "elif" | "else" | "except" | "finally" | "for" | "from" | "global" | "if" | "import" | "in" | "is" | "nonlocal" | "or" | "pass" | "raise" | "return" | "try" | "while" | "with"
    )
}

/// Is text outside the subset still malformed Python? Unbalanced brackets or a
/// trailing operator say so (a SyntaxError whatever the expression would have been).
fn malformed(src: &str) -> bool {
    let mut depth: i64 = 0;
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for c in src.chars() {
        if let Some(q) = quote {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '\'' | '"' => quote = Some(c),
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            _ => {}
        }
        if depth < 0 {
            return true;
        }
    }
    let last = src.trim_end().chars().last();
    depth != 0 || quote.is_some() || last.is_some_and(|c| "+-*/%@&|^<>=,.~:".contains(c))
}

/// Parses an expression in the subset.
fn parse(src: &str) -> Result<Node, ParseError> {
    match parse_subset(src) {
        Err(ParseError::Unsupported) if malformed(src) => Err(ParseError::Syntax("invalid syntax".into())),
        r => r,
    }
}

fn parse_subset(src: &str) -> Result<Node, ParseError> {
    let toks = tokenize(src)?;
    if toks.is_empty() {
        return Err(ParseError::Syntax("invalid syntax".into()));
    }
    let mut p = Parser { toks, pos: 0 };
    let node = p.top()?;
    match p.peek() {
        None => Ok(node),
        // `a b`, `x = 1`, `a < b`...: other expressions and statements.
        Some(Tok::Punct(")")) | Some(Tok::Punct("]")) => Err(ParseError::Syntax("unmatched bracket".into())),
        Some(Tok::Name(n)) if is_keyword(n) => Err(ParseError::Unsupported),
        Some(_) => Err(ParseError::Syntax("invalid syntax".into())),
    }
}

/// The exception for a text that could not be parsed.
fn parse_failure(e: ParseError, src: &str, what: &str) -> Raised {
    match e {
        ParseError::Syntax(msg) => raise(&SYNTAX_ERROR, msg),
        ParseError::Unsupported => raise(
            &NOT_IMPLEMENTED_ERROR,
            format!("krait: {}() at run time evaluates only names, attributes, subscripts, constants, tuples, lists and `|` (as in annotations), not {:?}", what, src),
        ),
    }
}

/// Where names are looked up.
struct Scope {
    globals: Value,
    locals: Option<Value>,
}

impl Scope {
    fn name(&self, n: &str) -> R<Obj> {
        let key = str_from(n);
        if let Some(l) = self.locals {
            if let Some(d) = as_dict(l).map(|_| l) {
                if let Some(v) = crate::dicts::dict_get(d, key.v())? {
                    return Ok(v);
                }
            } else {
                match ops::getitem(l, key.v()) {
                    Ok(v) => return Ok(v),
                    Err(Raised) => match crate::exc::take_current() {
                        Some(e) if e.ty().is_subtype(&KEY_ERROR) => {}
                        Some(e) => return Err(crate::exc::set_current(e)),
                        None => return Err(Raised),
                    },
                }
            }
        }
        if let Some(v) = crate::dicts::dict_get(self.globals, key.v())? {
            return Ok(v);
        }
        // The globals' `__builtins__` (a module or a dict), else the builtins.
        if let Some(b) = crate::dicts::dict_get(self.globals, str_from("__builtins__").v())? {
            let found = if as_dict(b.v()).is_some() { crate::dicts::dict_get(b.v(), key.v())? } else { ops::getattr_opt(b.v(), n)? };
            if let Some(v) = found {
                return Ok(v);
            }
        } else if let Some(v) = crate::builtins::lookup(n) {
            return Ok(v);
        }
        Err(raise(&NAME_ERROR, format!("name '{}' is not defined", n)))
    }
}

fn evaluate(node: &Node, scope: &Scope) -> R<Obj> {
    Ok(match node {
        Node::Name(n) => scope.name(n)?,
        Node::Int(n) => int_from_big(n.clone()),
        Node::Float(x) => float(*x),
        Node::Str(s) => str_from(s.as_str()),
        Node::Bytes(b) => crate::bytes::bytes_from(b.clone()),
        Node::None => none(),
        Node::True => bool_obj(true),
        Node::False => bool_obj(false),
        Node::Ellipsis => crate::builtins::lookup("Ellipsis").unwrap(),
        Node::Attr(v, name) => {
            let o = evaluate(v, scope)?;
            ops::getattr(o.v(), name)?
        }
        Node::Subscript(v, index) => {
            let o = evaluate(v, scope)?;
            let i = evaluate(index, scope)?;
            ops::getitem(o.v(), i.v())?
        }
        Node::Tuple(items) => tuple_from(items.iter().map(|n| evaluate(n, scope).map(Obj::into_raw)).collect::<R<Vec<Value>>>()?),
        Node::List(items) => list_from(items.iter().map(|n| evaluate(n, scope).map(Obj::into_raw)).collect::<R<Vec<Value>>>()?),
        Node::BitOr(a, b) => {
            let x = evaluate(a, scope)?;
            let y = evaluate(b, scope)?;
            ops::binary(krait_abi::BinOp::Or, x.v(), y.v())?
        }
        Node::Neg(a) => {
            let x = evaluate(a, scope)?;
            ops::unary(krait_abi::UnaryOp::Neg, x.v())?
        }
    })
}

/// The state of a code object made by `compile()`: its text, parsed.
struct ExprCode {
    filename: String,
    node: Node,
}

impl NativeState for ExprCode {}

thread_local! {
    static CLASS: RefCell<Option<Obj>> = const { RefCell::new(None) };
}

crate::builtin!(code_repr, |a| {
    let c = native_obj::state::<ExprCode>(a.pos[0]).unwrap();
    Ok(str_from(format!("<code object <module> at {:#x}, file \"{}\", line 1>", a.pos[0].0, c.filename)))
});
crate::builtin!(code_filename, |a| Ok(str_from(native_obj::state::<ExprCode>(a.pos[0]).map_or("", |c| c.filename.as_str()))));
crate::builtin!(code_name, |_a| Ok(str_from("<module>")));

/// The class of `compile()`'s code objects (named `code`, as CPython's).
fn class() -> R<&'static TypeObj> {
    if let Some(c) = CLASS.with(|c| c.borrow().as_ref().map(|o| o.v())) {
        return Ok(crate::builtins::as_type(c).unwrap());
    }
    let prop = |f: crate::types::BuiltinFn, n: &'static str| -> R<(&'static str, Obj)> { Ok((n, native_obj::property(native_obj::method(n, f), None)?)) };
    let mut attrs = vec![prop(code_filename, "co_filename")?, prop(code_name, "co_name")?];
    attrs.extend(native_obj::with_methods(vec![("__repr__", code_repr)]));
    let cls = native_obj::new_class(ClassSpec { name: "code", module: "builtins", bases: &[], new_state: Some(|| Box::new(ExprCode { filename: String::new(), node: Node::None })), attrs })?;
    let v = cls.v();
    CLASS.with(|c| *c.borrow_mut() = Some(cls));
    Ok(crate::builtins::as_type(v).unwrap())
}

/// The text of a source argument (str, or bytes-like decoded as UTF-8).
fn source_text(v: Value, what: &str) -> R<String> {
    if let Some(s) = as_str(v) {
        return Ok(s.s.to_string());
    }
    if let Some(b) = crate::bytes::buffer(v)? {
        return match std::str::from_utf8(&b) {
            Ok(s) => Ok(s.to_string()),
            Err(_) => Err(raise(&SYNTAX_ERROR, "source code cannot be decoded as UTF-8")),
        };
    }
    type_error(format!("{}() arg 1 must be a string, bytes or AST object", what))
}

// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`.
crate::builtin!(bi_compile, |a| {
    let b = crate::clinic::unpack_keywords(a, "compile", &["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"], 0, 3, 6)?;
    let filename = match as_str(b[1].unwrap()) {
        Some(s) => s.s.to_string(),
        None => crate::filemethods::fspath(b[1].unwrap())?.to_string_lossy().into_owned(),
    };
    let mode = match as_str(b[2].unwrap()) {
        Some(m) => m.s.to_string(),
        None => return type_error(format!("compile() argument 'mode' must be str, not {}", ops::type_name(b[2].unwrap()))),
    };
    if !matches!(mode.as_str(), "exec" | "eval" | "single" | "func_type") {
        return crate::exc::value_error("compile() mode must be 'exec', 'eval' or 'single'");
    }
    let source = source_text(b[0].unwrap(), "compile")?;
    if mode != "eval" {
        return Err(raise(&NOT_IMPLEMENTED_ERROR, format!("krait: compile() in '{}' mode needs a compiler at run time", mode)));
    }
    let node = parse(&source).map_err(|e| parse_failure(e, &source, "compile"))?;
    Ok(native_obj::new(class()?, Box::new(ExprCode { filename, node })))
});

// `eval(source, globals=None, locals=None)`.
crate::builtin!(bi_eval, |a| {
    let b = crate::clinic::unpack_keywords(a, "eval", &["", "globals", "locals"], 3, 1, 3)?;
    let src = b[0].unwrap();
    let globals = b[1].filter(|g| !is_none(*g));
    let locals = b[2].filter(|l| !is_none(*l));
    if let Some(g) = globals {
        if as_dict(g).is_none() {
            return type_error(if locals.is_some() { "globals must be a real dict; try eval(expr, {}, mapping)" } else { "globals must be a dict" });
        }
    }
    let Some(globals) = globals else {
        return Err(raise(&NOT_IMPLEMENTED_ERROR, "krait: eval() without a globals dict needs the caller's namespace, which compiled code does not keep"));
    };
    let parsed;
    let node = match native_obj::state::<ExprCode>(src) {
        Some(c) => &c.node,
        None => {
            let text = if as_str(src).is_some() || crate::bytes::buffer(src)?.is_some() {
                source_text(src, "eval")?
            } else {
                return type_error("eval() arg 1 must be a string, bytes or code object");
            };
            // eval() ignores leading blanks, as CPython's does.
            let text = text.trim_start_matches([' ', '\t']).to_string();
            parsed = parse(&text).map_err(|e| parse_failure(e, &text, "eval"))?;
            &parsed
        }
    };
    evaluate(node, &Scope { globals, locals })
});

// `exec(...)`: statements need a compiler at run time.
crate::builtin!(bi_exec, |_a| Err(raise(&NOT_IMPLEMENTED_ERROR, "krait: exec() needs a compiler at run time")));

/// The builtins this module defines.
pub const FUNCTIONS: [(&str, crate::types::BuiltinFn); 3] = [("compile", bi_compile), ("eval", bi_eval), ("exec", bi_exec)];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annotation_texts_parse() {
        assert_eq!(parse("Node"), Ok(Node::Name("Node".into())));
        assert!(matches!(parse("Optional[List['Tree']]"), Ok(Node::Subscript(..))));
        assert!(matches!(parse("int | None"), Ok(Node::BitOr(..))));
        assert!(matches!(parse("Callable[[int, str], None]"), Ok(Node::Subscript(..))));
        assert!(matches!(parse("typing.Dict[str, 'x.y']"), Ok(Node::Subscript(..))));
        assert!(matches!(parse("Literal[-1, 0x10, 2.5, b'a', ...]"), Ok(Node::Subscript(..))));
        assert_eq!(parse("(1,)"), Ok(Node::Tuple(vec![Node::Int(1.into())])));
    }

    #[test]
    fn other_texts_are_refused() {
        assert_eq!(parse("f(x)"), Err(ParseError::Unsupported));
        assert_eq!(parse("a + b"), Err(ParseError::Unsupported));
        assert_eq!(parse("lambda: 1"), Err(ParseError::Unsupported));
        assert_eq!(parse("x if y else z"), Err(ParseError::Unsupported));
        assert!(matches!(parse("List[int"), Err(ParseError::Syntax(_))));
        assert!(matches!(parse("'abc"), Err(ParseError::Syntax(_))));
        assert!(matches!(parse(""), Err(ParseError::Syntax(_))));
        assert!(matches!(parse("a b"), Err(ParseError::Syntax(_))));
    }
}
