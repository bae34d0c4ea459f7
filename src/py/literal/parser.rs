//! A recursive-descent parser over the tokens, for Python's expression grammar in
//! outline: literal displays in full, other expressions only far enough to place
//! CPython 3.11's syntax errors ("Perhaps you forgot a comma?", "'[' was never closed").

use super::expr::Expr;
use super::numbers::number;
use super::tokenizer::{Kind, Token, Tokens};
use super::{LiteralError, NotLiteral};
use crate::py::Value;

/// Errors are boxed so the recursive frames stay small (nesting reaches 200 levels,
/// and the browser's stack is 1 MB).
pub(super) type PResult<T> = Result<T, Box<LiteralError>>;

/// Deepest expression nesting parsed (brackets stop at 200; the rest is chains of
/// conditional expressions, refused beyond this to keep the browser's stack safe).
const MAX_DEPTH: usize = 400;
/// Longest run of prefix operators (`- - - 1`); CPython's parser stack is 6000.
const MAX_PREFIX: usize = 5000;

pub(super) const KEYWORDS: [&str; 35] = [
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
    pub(super) toks: &'a Tokens,
    pub(super) i: usize,
    depth: usize,
    /// Parenthesized groups `(x)`: (open, inner start, close) token indices. CPython's
    /// tree places a group at its inner expression.
    pub(super) groups: Vec<(usize, usize, usize)>,
    /// Above 0 while parsing as CPython's `expression_without_invalid` (no hints).
    pub(super) no_invalid: usize,
}

pub(super) fn is_kw(t: &Token, w: &str) -> bool {
    t.kind == Kind::Name && t.text == w
}

pub(super) fn is_op(t: &Token, o: &str) -> bool {
    t.kind == Kind::Op && t.text == o
}

impl<'a> Parser<'a> {
    pub fn new(toks: &'a Tokens) -> Self {
        Parser {
            toks,
            i: 0,
            depth: 0,
            groups: Vec::new(),
            no_invalid: 0,
        }
    }

    pub(super) fn tok(&self, i: usize) -> Option<&'a Token> {
        self.toks.tokens.get(i)
    }

    /// The next token. Reaching the end with a bracket open is CPython's
    /// "'(' was never closed", raised as soon as the parser reads that far.
    pub(super) fn peek(&self) -> PResult<&'a Token> {
        let t = self.tok(self.i).or(self.toks.tokens.last());
        match t {
            Some(t) if t.kind == Kind::End => {
                if let Some(e) = &self.toks.deferred {
                    return Err(Box::new(e.clone()));
                }
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

    pub(super) fn bump(&mut self) {
        self.i += 1;
    }

    /// CPython's generic "invalid syntax", at a token.
    #[cold]
    #[inline(never)]
    pub(super) fn invalid_at(t: &Token) -> Box<LiteralError> {
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
    pub(super) fn unsupported(why: NotLiteral, t: &Token) -> Box<LiteralError> {
        Box::new(LiteralError::unsupported(why, t.line, t.col + 1))
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

    /// `[]` right after an expression is not a subscript (CPython then reads two
    /// expressions side by side).
    pub(super) fn empty_brackets(&self) -> bool {
        self.tok(self.i).is_some_and(|t| is_op(t, "["))
            && self.tok(self.i + 1).is_some_and(|t| is_op(t, "]"))
    }

    pub(super) fn starts_expr(&self, t: &Token) -> bool {
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
    pub(super) fn element(&mut self, in_brackets: bool) -> PResult<Expr> {
        let start = self.peek()?;
        if is_op(start, "*") || is_op(start, "**") {
            return Err(Self::unsupported(
                NotLiteral::Unpacking(start.text.clone()),
                start,
            ));
        }
        let start_i = self.i;
        let e = self.expr()?;
        let next = self.peek()?;
        let empty_list = self.empty_brackets();
        let juxtaposed = matches!(next.kind, Kind::Number | Kind::Str | Kind::Name)
            || is_op(next, "{")
            || is_op(next, "~")
            || empty_list;
        if juxtaposed && self.starts_expr(next) {
            return Err(self.juxtaposed(in_brackets, start_i, next, empty_list));
        }
        Ok(e)
    }

    /// `expression`: a conditional or an operand chain.
    pub(super) fn expr(&mut self) -> PResult<Expr> {
        let t = self.peek()?;
        if self.depth >= MAX_DEPTH {
            return Err(Self::unsupported(NotLiteral::TooDeep, t));
        }
        self.depth += 1;
        let r = self.expr_inner(t);
        self.depth -= 1;
        r
    }

    fn expr_inner(&mut self, t: &Token) -> PResult<Expr> {
        if is_kw(t, "lambda") || is_kw(t, "yield") {
            return Err(Self::unsupported(NotLiteral::Keyword(t.text.clone()), t));
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
            return Ok(Expr::NotLiteral(NotLiteral::Conditional, vec![cond]));
        }
        if is_op(self.peek()?, ":=") {
            let t = self.peek()?;
            return Err(Self::unsupported(NotLiteral::Walrus, t));
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
    pub(super) fn operand(&mut self) -> PResult<Expr> {
        let mut prefixes = Vec::new();
        loop {
            let t = self.peek()?;
            let prefix = is_op(t, "-") || is_op(t, "+") || is_op(t, "~");
            if !(prefix || is_kw(t, "not") || is_kw(t, "await")) {
                break;
            }
            let p = t.text.clone();
            if prefixes.len() >= MAX_PREFIX {
                return Err(Self::unsupported(NotLiteral::TooManyPrefixes, t));
            }
            prefixes.push(p);
            self.bump();
        }
        let e = self.primary()?;
        if prefixes.is_empty() {
            return Ok(e);
        }
        // One node for the whole run, so evaluating and dropping it never recurses.
        if let Some(op) = prefixes.iter().find(|p| *p != "-" && *p != "+") {
            return Ok(not_literal_op(op, vec![e]));
        }
        let signs = prefixes.iter().filter_map(|p| p.chars().next()).collect();
        Ok(Expr::Unary(signs, Box::new(e)))
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
            } else if is_op(t, "[") && !self.empty_brackets() {
                self.bump();
                let index = self.subscript()?;
                e = Expr::NotLiteral(NotLiteral::Subscript, vec![e, index]);
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
                    "..." => Ok(Expr::NotLiteral(NotLiteral::Ellipsis, vec![])),
                    _ => Err(Self::invalid_at(t)),
                }
            }
            _ => Err(Self::invalid_at(t)),
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

/// An operator (or attribute access) applied to operands: code, not a literal.
#[cold]
#[inline(never)]
fn not_literal_op(op: &str, operands: Vec<Expr>) -> Expr {
    let what = if op.starts_with('.') && op.len() > 1 {
        NotLiteral::Attribute(op.to_owned())
    } else {
        NotLiteral::Operator(op.to_owned())
    };
    Expr::NotLiteral(what, operands)
}
