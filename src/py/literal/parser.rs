//! A recursive-descent parser over the tokens, for Python's expression grammar in
//! outline: literal displays in full, other expressions only far enough to place
//! CPython 3.11's syntax errors ("Perhaps you forgot a comma?", "'[' was never closed").

use super::expr::Expr;
use super::numbers::number;
use super::strings::{decode, Piece, StrError};
use super::tokenizer::{Kind, Token, Tokens};
use super::{ErrorKind, LiteralError};
use crate::py::Value;

/// Errors are boxed so the recursive frames stay small (nesting reaches 200 levels,
/// and the browser's stack is 1 MB).
type PResult<T> = Result<T, Box<LiteralError>>;

/// Deepest expression nesting parsed (Python raises RecursionError near here).
const MAX_DEPTH: usize = 1000;
/// Longest run of prefix operators (`- - - 1`); CPython's parser stack is 6000.
const MAX_PREFIX: usize = 5000;

const KEYWORDS: [&str; 35] = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

const BINARY: [&str; 20] = [
    "+", "-", "*", "/", "//", "%", "**", "@", "|", "&", "^", "<<", ">>", "<", ">", "<=", ">=",
    "==", "!=", ".",
];

pub struct Parser<'a> {
    toks: &'a Tokens,
    i: usize,
    depth: usize,
}

fn is_kw(t: &Token, w: &str) -> bool {
    t.kind == Kind::Name && t.text == w
}

fn is_op(t: &Token, o: &str) -> bool {
    t.kind == Kind::Op && t.text == o
}

impl<'a> Parser<'a> {
    pub fn new(toks: &'a Tokens) -> Self {
        Parser {
            toks,
            i: 0,
            depth: 0,
        }
    }

    fn tok(&self, i: usize) -> Option<&'a Token> {
        self.toks.tokens.get(i)
    }

    /// The next token. Reaching the end with a bracket open is CPython's
    /// "'(' was never closed", raised as soon as the parser reads that far.
    fn peek(&self) -> PResult<&'a Token> {
        let t = self.tok(self.i).or(self.toks.tokens.last());
        match t {
            Some(t) if t.kind == Kind::End => {
                if let Some(&(c, line, col)) = self.toks.open.last() {
                    return Err(never_closed(c, line, col));
                }
                Ok(t)
            }
            Some(t) => Ok(t),
            None => Err(Box::new(LiteralError::syntax(
                "invalid syntax".into(),
                0,
                0,
            ))),
        }
    }

    fn bump(&mut self) {
        self.i += 1;
    }

    /// CPython's generic "invalid syntax", at a token.
    #[cold]
    #[inline(never)]
    fn invalid_at(t: &Token) -> Box<LiteralError> {
        if t.kind == Kind::End {
            return Box::new(LiteralError::syntax("invalid syntax".into(), t.line, 0));
        }
        let mut e = LiteralError::syntax("invalid syntax".into(), t.line, t.col + 1);
        e.end_line = t.end_line;
        e.end_column = t.end_col + 1;
        Box::new(e)
    }

    #[cold]
    #[inline(never)]
    fn unsupported(what: String, t: &Token) -> Box<LiteralError> {
        Box::new(LiteralError {
            kind: ErrorKind::Unsupported,
            ..LiteralError::syntax(what, t.line, t.col + 1)
        })
    }

    /// `eval` input: `expressions NEWLINE* ENDMARKER`.
    pub fn parse_eval(&mut self) -> PResult<Expr> {
        let first = self.peek()?;
        if first.kind == Kind::End {
            return Err(Self::invalid_at(first));
        }
        let e = self.expressions(false)?;
        let mut t = self.peek()?;
        while t.kind == Kind::Newline {
            self.bump();
            t = self.peek()?;
        }
        if t.kind != Kind::End {
            return Err(Self::invalid_at(t));
        }
        Ok(e)
    }

    /// `a, b, c` (a tuple) or a single expression.
    fn expressions(&mut self, in_brackets: bool) -> PResult<Expr> {
        let first = self.element(in_brackets)?;
        if !is_op(self.peek()?, ",") {
            return Ok(first);
        }
        let mut items = vec![first];
        while is_op(self.peek()?, ",") {
            self.bump();
            if !self.starts_expr(self.peek()?) {
                break;
            }
            items.push(self.element(in_brackets)?);
        }
        Ok(Expr::Tuple(items))
    }

    fn starts_expr(&self, t: &Token) -> bool {
        match t.kind {
            Kind::Number | Kind::Str => true,
            Kind::Name => {
                !KEYWORDS.contains(&t.text.as_str())
                    || matches!(
                        t.text.as_str(),
                        "True" | "False" | "None" | "not" | "lambda" | "await"
                    )
            }
            Kind::Op => matches!(
                t.text.as_str(),
                "(" | "[" | "{" | "-" | "+" | "~" | "..." | "*"
            ),
            _ => false,
        }
    }

    /// One element of a display or argument list. Inside brackets, an element
    /// followed directly by another expression is CPython's "Perhaps you forgot a
    /// comma?", spanning both.
    fn element(&mut self, in_brackets: bool) -> PResult<Expr> {
        let start = self.peek()?;
        if is_op(start, "*") || is_op(start, "**") {
            return Err(Self::unsupported(
                format!("'{}' unpacking is code, not a literal", start.text),
                start,
            ));
        }
        let e = self.expr()?;
        let next = self.peek()?;
        let juxtaposed = matches!(next.kind, Kind::Number | Kind::Str | Kind::Name)
            || is_op(next, "{")
            || is_op(next, "~");
        if juxtaposed && self.starts_expr(next) {
            // CPython's second pass parses the second expression (raising its errors);
            // only inside brackets does it then suggest the comma.
            let b_first = next;
            match self.expr() {
                Ok(_) if in_brackets => {
                    let end = self.tok(self.i.saturating_sub(1)).unwrap_or(b_first);
                    return Err(forgot_comma(start, end));
                }
                Ok(_) => return Err(Self::invalid_at(b_first)),
                Err(e) if e.message == "invalid syntax" => return Err(Self::invalid_at(b_first)),
                Err(e) => return Err(e),
            }
        }
        Ok(e)
    }

    /// `expression`: a conditional or an operand chain.
    fn expr(&mut self) -> PResult<Expr> {
        let t = self.peek()?;
        if self.depth >= MAX_DEPTH {
            return Err(Self::unsupported(
                "too deeply nested for Python's compiler".into(),
                t,
            ));
        }
        self.depth += 1;
        let r = self.expr_inner(t);
        self.depth -= 1;
        r
    }

    fn expr_inner(&mut self, t: &Token) -> PResult<Expr> {
        if is_kw(t, "lambda") || is_kw(t, "yield") {
            return Err(Self::unsupported(
                format!("'{}' is code, not a literal", t.text),
                t,
            ));
        }
        let a = self.binary()?;
        if is_kw(self.peek()?, "if") {
            self.bump();
            let cond = self.binary()?;
            let t = self.peek()?;
            if !is_kw(t, "else") {
                return Err(Self::invalid_at(t));
            }
            self.bump();
            let _ = self.expr()?;
            return Ok(Expr::NotLiteral(
                "a conditional expression (x if c else y)".into(),
                vec![cond],
            ));
        }
        if is_op(self.peek()?, ":=") {
            let t = self.peek()?;
            return Err(Self::unsupported("':=' is code, not a literal".into(), t));
        }
        Ok(a)
    }

    /// Operands joined by binary, comparison and boolean operators.
    fn binary(&mut self) -> PResult<Expr> {
        let first = self.operand()?;
        let mut operands = vec![first];
        let mut op_name: Option<String> = None;
        loop {
            let t = self.peek()?;
            let binary_op =
                t.kind == Kind::Op && BINARY.contains(&t.text.as_str()) && t.text != ".";
            let word_op = is_kw(t, "and") || is_kw(t, "or") || is_kw(t, "in") || is_kw(t, "is");
            let op = if binary_op || word_op {
                t.text.clone()
            } else if is_kw(t, "not") && self.tok(self.i + 1).is_some_and(|n| is_kw(n, "in")) {
                self.bump();
                "not in".into()
            } else {
                break;
            };
            self.bump();
            if op == "is" && is_kw(self.peek()?, "not") {
                self.bump();
            }
            op_name.get_or_insert(op);
            operands.push(self.operand()?);
        }
        match op_name {
            None => Ok(operands.pop().unwrap_or(Expr::Const(Value::None))),
            Some(op) => Ok(not_literal_op(&op, operands)),
        }
    }

    /// Prefix operators (kept in a loop, not recursion), then a primary.
    fn operand(&mut self) -> PResult<Expr> {
        let mut prefixes = Vec::new();
        loop {
            let t = self.peek()?;
            let prefix = is_op(t, "-") || is_op(t, "+") || is_op(t, "~");
            if !(prefix || is_kw(t, "not") || is_kw(t, "await")) {
                break;
            }
            let p = t.text.clone();
            if prefixes.len() >= MAX_PREFIX {
                return Err(Self::unsupported(
                    "too many prefix operators for Python's parser".into(),
                    t,
                ));
            }
            prefixes.push(p);
            self.bump();
        }
        let mut e = self.primary()?;
        for p in prefixes.into_iter().rev() {
            e = match p.as_str() {
                "-" => Expr::Unary('-', Box::new(e)),
                "+" => Expr::Unary('+', Box::new(e)),
                _ => not_literal_op(&p, vec![e]),
            };
        }
        Ok(e)
    }

    /// An atom followed by calls, subscripts and attribute accesses.
    fn primary(&mut self) -> PResult<Expr> {
        let mut e = self.atom()?;
        loop {
            let t = self.peek()?;
            if is_op(t, "(") {
                self.bump();
                let (args, plain) = self.call_args()?;
                e = Expr::Call {
                    func: Box::new(e),
                    args,
                    plain,
                };
            } else if is_op(t, "[") {
                self.bump();
                let index = self.subscript()?;
                e = Expr::NotLiteral("a subscript (x[i])".into(), vec![e, index]);
            } else if is_op(t, ".") {
                self.bump();
                let n = self.peek()?;
                if n.kind != Kind::Name || KEYWORDS.contains(&n.text.as_str()) {
                    return Err(Self::invalid_at(n));
                }
                self.bump();
                e = not_literal_op(&format!(".{}", n.text), vec![e]);
            } else {
                return Ok(e);
            }
        }
    }

    fn atom(&mut self) -> PResult<Expr> {
        let t = self.peek()?;
        match t.kind {
            Kind::Number => {
                self.bump();
                Ok(number(t)?)
            }
            Kind::Str => self.strings(),
            Kind::Name => {
                self.bump();
                match t.text.as_str() {
                    "True" => Ok(Expr::Const(Value::Bool(true))),
                    "False" => Ok(Expr::Const(Value::Bool(false))),
                    "None" => Ok(Expr::Const(Value::None)),
                    w if KEYWORDS.contains(&w) => Err(Self::invalid_at(t)),
                    w => Ok(Expr::Name(w.to_string())),
                }
            }
            Kind::Op => {
                self.bump();
                match t.text.as_str() {
                    "(" => self.paren(),
                    "[" => {
                        let items = self.sequence("]")?;
                        Ok(Expr::List(items))
                    }
                    "{" => self.brace(),
                    "..." => Ok(Expr::NotLiteral("Ellipsis (...)".into(), vec![])),
                    _ => Err(Self::invalid_at(t)),
                }
            }
            _ => Err(Self::invalid_at(t)),
        }
    }

    /// `STRING+`: adjacent strings concatenate; bytes and str do not mix.
    fn strings(&mut self) -> PResult<Expr> {
        let first = self.i;
        while self.tok(self.i).is_some_and(|t| t.kind == Kind::Str) {
            self.bump();
        }
        let last = self.i;
        // Errors raised while decoding point at the token after the strings.
        let after = self.peek()?;
        let at_after = |message: String| -> LiteralError {
            let mut e = if after.kind == Kind::End {
                LiteralError::syntax(message, after.line, self.toks.last_line_len)
            } else {
                LiteralError::syntax(message, after.line, after.col + 1)
            };
            e.end_column = if after.kind == Kind::End {
                0
            } else {
                after.end_col + 1
            };
            e
        };
        let mut text = String::new();
        let mut bytes = Vec::new();
        let mut is_bytes = None;
        let mut not_literal: Option<LiteralError> = None;
        for i in first..last {
            let Some(t) = self.tok(i) else { break };
            let piece = match decode(&t.text) {
                Ok(p) => p,
                Err(StrError::NonAsciiBytes) => {
                    return Err(at_token(
                        "bytes can only contain ASCII literal characters",
                        t,
                    ));
                }
                Err(StrError::Decode(m)) => return Err(Box::new(at_after(m))),
                Err(StrError::Unsupported(m)) => {
                    not_literal.get_or_insert(*Self::unsupported(m, t));
                    Piece::Str(String::new())
                }
            };
            let this_bytes = matches!(piece, Piece::Bytes(_));
            if is_bytes.is_some_and(|b| b != this_bytes) {
                return Err(Box::new(at_after(
                    "cannot mix bytes and nonbytes literals".into(),
                )));
            }
            is_bytes = Some(this_bytes);
            match piece {
                Piece::Str(s) => text.push_str(&s),
                Piece::Bytes(b) => bytes.extend_from_slice(&b),
            }
        }
        if let Some(e) = not_literal {
            return Ok(Expr::NotLiteral(e.message, vec![]));
        }
        Ok(Expr::Const(if is_bytes == Some(true) {
            Value::Bytes(bytes)
        } else {
            Value::Str(text)
        }))
    }

    /// After `(`: `()`, a parenthesized expression, or a tuple.
    fn paren(&mut self) -> PResult<Expr> {
        if is_op(self.peek()?, ")") {
            self.bump();
            return Ok(Expr::Tuple(vec![]));
        }
        let first = self.element(true)?;
        let t = self.peek()?;
        if is_op(t, ")") {
            self.bump();
            return Ok(first);
        }
        if is_kw(t, "for") || is_kw(t, "async") {
            return Err(Self::unsupported(
                "a generator expression is code, not a literal".into(),
                t,
            ));
        }
        if !is_op(t, ",") {
            return Err(Self::invalid_at(t));
        }
        self.bump();
        let mut items = vec![first];
        items.extend(self.sequence(")")?);
        Ok(Expr::Tuple(items))
    }

    /// Elements up to the closing bracket, with an optional trailing comma.
    fn sequence(&mut self, close: &str) -> PResult<Vec<Expr>> {
        let mut items = Vec::new();
        loop {
            let t = self.peek()?;
            if is_op(t, close) {
                self.bump();
                return Ok(items);
            }
            items.push(self.element(true)?);
            let t = self.peek()?;
            if is_op(t, ",") {
                self.bump();
            } else if is_op(t, close) {
                self.bump();
                return Ok(items);
            } else if is_kw(t, "for") || is_kw(t, "async") {
                return Err(Self::unsupported(
                    "a comprehension is code, not a literal".into(),
                    t,
                ));
            } else {
                return Err(Self::invalid_at(t));
            }
        }
    }

    /// After `{`: a dict or a set display.
    fn brace(&mut self) -> PResult<Expr> {
        let t = self.peek()?;
        if is_op(t, "}") {
            self.bump();
            return Ok(Expr::Dict(vec![]));
        }
        let first = self.element(true)?;
        if !is_op(self.peek()?, ":") {
            let t = self.peek()?;
            if is_kw(t, "for") || is_kw(t, "async") {
                return Err(Self::unsupported(
                    "a comprehension is code, not a literal".into(),
                    t,
                ));
            }
            let mut items = vec![first];
            if is_op(t, ",") {
                self.bump();
                items.extend(self.sequence("}")?);
            } else if is_op(t, "}") {
                self.bump();
            } else {
                return Err(Self::invalid_at(t));
            }
            return Ok(Expr::Set(items));
        }
        let mut pairs = Vec::new();
        let mut key = first;
        loop {
            let colon = self.peek()?;
            self.bump();
            let t = self.peek()?;
            if is_op(t, "}") || is_op(t, ",") {
                return Err(at_token(
                    "expression expected after dictionary key and ':'",
                    colon,
                ));
            }
            let value = self.element(true)?;
            pairs.push((key, value));
            let t = self.peek()?;
            if is_kw(t, "for") || is_kw(t, "async") {
                return Err(Self::unsupported(
                    "a comprehension is code, not a literal".into(),
                    t,
                ));
            }
            if is_op(t, "}") {
                self.bump();
                return Ok(Expr::Dict(pairs));
            }
            if !is_op(t, ",") {
                return Err(Self::invalid_at(t));
            }
            self.bump();
            let t = self.peek()?;
            if is_op(t, "}") {
                self.bump();
                return Ok(Expr::Dict(pairs));
            }
            if is_op(t, "**") {
                return Err(Self::unsupported(
                    "'**' unpacking is code, not a literal".into(),
                    t,
                ));
            }
            key = self.expr()?;
            if !is_op(self.peek()?, ":") {
                // CPython points at the key's last character.
                let end = self.tok(self.i.saturating_sub(1)).unwrap_or(t);
                return Err(colon_expected(end));
            }
        }
    }

    /// Call arguments after `(`: positional, `name=value`, `*a`, `**k`.
    fn call_args(&mut self) -> PResult<(Vec<Expr>, bool)> {
        let mut args = Vec::new();
        let mut plain = true;
        loop {
            let t = self.peek()?;
            if is_op(t, ")") {
                self.bump();
                return Ok((args, plain));
            }
            if is_op(t, "*") || is_op(t, "**") {
                self.bump();
                plain = false;
            } else if t.kind == Kind::Name && self.tok(self.i + 1).is_some_and(|n| is_op(n, "=")) {
                self.bump();
                self.bump();
                plain = false;
            }
            args.push(self.element(true)?);
            let t = self.peek()?;
            if is_op(t, ",") {
                self.bump();
            } else if is_op(t, ")") {
                self.bump();
                return Ok((args, plain));
            } else if is_kw(t, "for") || is_kw(t, "async") {
                return Err(Self::unsupported(
                    "a generator expression is code, not a literal".into(),
                    t,
                ));
            } else {
                return Err(Self::invalid_at(t));
            }
        }
    }

    /// A subscript after `[`: expressions and slices, kept only for their operands.
    fn subscript(&mut self) -> PResult<Expr> {
        let mut parts = Vec::new();
        loop {
            let t = self.peek()?;
            if is_op(t, "]") {
                self.bump();
                return Ok(Expr::NotLiteral("a subscript".into(), parts));
            }
            if is_op(t, ":") || is_op(t, ",") {
                self.bump();
                continue;
            }
            parts.push(self.expr()?);
        }
    }
}

/// CPython's `raise_unclosed_parentheses_error`.
#[cold]
#[inline(never)]
pub fn never_closed(c: char, line: usize, col: usize) -> Box<LiteralError> {
    let mut e = LiteralError::syntax(format!("'{c}' was never closed"), line, col + 1);
    e.end_column = 0;
    Box::new(e)
}

/// An error spanning one token.
#[cold]
#[inline(never)]
fn at_token(message: &str, t: &Token) -> Box<LiteralError> {
    let mut e = LiteralError::syntax(message.into(), t.line, t.col + 1);
    e.end_line = t.end_line;
    e.end_column = t.end_col + 1;
    Box::new(e)
}

/// `invalid_expression`: two expressions side by side inside brackets.
#[cold]
#[inline(never)]
fn forgot_comma(start: &Token, end: &Token) -> Box<LiteralError> {
    let mut e = LiteralError::syntax(
        "invalid syntax. Perhaps you forgot a comma?".into(),
        start.line,
        start.col + 1,
    );
    e.end_line = end.end_line;
    e.end_column = end.end_col + 1;
    Box::new(e)
}

/// `invalid_kvpair`: CPython points at the key's last character.
#[cold]
#[inline(never)]
fn colon_expected(end: &Token) -> Box<LiteralError> {
    let mut e = LiteralError::syntax(
        "':' expected after dictionary key".into(),
        end.end_line,
        end.end_col,
    );
    e.end_column = 0;
    Box::new(e)
}

/// An operator (or attribute access) applied to operands: code, not a literal.
#[cold]
#[inline(never)]
fn not_literal_op(op: &str, operands: Vec<Expr>) -> Expr {
    let what = if op.starts_with('.') && op.len() > 1 {
        format!("the attribute access '{op}'")
    } else {
        format!("the operator '{op}'")
    };
    Expr::NotLiteral(what, operands)
}
