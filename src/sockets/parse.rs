//! The parser of the lab's Python subset: statements and expressions from `lex` tokens;
//! constants through `py::literal::parse`. Anything else is a `ParseError` naming the line.

use super::ast::{Expr, Handler, Stmt, StmtKind};
use super::error::{ParseError, Problem};
use super::lex::{tokenize, Tok, Token};

mod atom;
mod expr;

/// How deeply blocks and expressions may nest (no program can blow the stack).
const MAX_DEPTH: usize = 100;

/// Parses a whole program.
pub fn parse(src: &str) -> Result<Vec<Stmt>, ParseError> {
    let toks = tokenize(src)?;
    let mut p = Parser {
        toks,
        pos: 0,
        depth: 0,
    };
    let mut body = Vec::new();
    while p.pos < p.toks.len() {
        body.extend(p.statement()?);
    }
    Ok(body)
}

struct Parser {
    toks: Vec<Token>,
    pos: usize,
    depth: usize,
}

type R<T> = Result<T, ParseError>;

const KEYWORDS_OUT: [&str; 14] = [
    "def", "class", "lambda", "return", "yield", "global", "nonlocal", "del", "assert", "async",
    "await", "from", "match", "elif",
];

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos).map(|t| &t.0)
    }
    fn line(&self) -> usize {
        self.toks
            .get(self.pos)
            .or(self.toks.last())
            .map_or(1, |t| t.1)
    }
    fn fail<T>(&self, problem: Problem) -> R<T> {
        Err(ParseError {
            line: self.line(),
            problem,
        })
    }
    fn unexpected<T>(&self) -> R<T> {
        let w = match self.peek() {
            Some(Tok::Name(n)) if KEYWORDS_OUT.contains(&n.as_str()) => {
                return self.fail(Problem::Unsupported(n.clone()))
            }
            Some(Tok::Name(n)) | Some(Tok::Lit(n)) => n.clone(),
            Some(Tok::Op(o)) => (*o).to_string(),
            _ => String::new(),
        };
        self.fail(Problem::Unexpected(w))
    }
    fn is_op(&self, op: &str) -> bool {
        matches!(self.peek(), Some(Tok::Op(o)) if *o == op)
    }
    fn is_name(&self, n: &str) -> bool {
        matches!(self.peek(), Some(Tok::Name(x)) if x == n)
    }
    fn eat_op(&mut self, op: &str) -> bool {
        let yes = self.is_op(op);
        self.pos += usize::from(yes);
        yes
    }
    fn eat_name(&mut self, n: &str) -> bool {
        let yes = self.is_name(n);
        self.pos += usize::from(yes);
        yes
    }
    fn expect_op(&mut self, op: &str) -> R<()> {
        if self.eat_op(op) {
            Ok(())
        } else {
            self.unexpected()
        }
    }
    fn ident(&mut self) -> R<String> {
        match self.peek() {
            Some(Tok::Name(n)) if !is_keyword(n) => {
                let n = n.clone();
                self.pos += 1;
                Ok(n)
            }
            _ => self.unexpected(),
        }
    }
    fn enter(&mut self) -> R<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return self.fail(Problem::TooDeep);
        }
        Ok(())
    }

    /// One statement line (a simple line may hold several `;`-free statements: one).
    fn statement(&mut self) -> R<Vec<Stmt>> {
        let line = self.line();
        let kind = match self.peek() {
            Some(Tok::Name(n)) => match n.as_str() {
                "if" => return Ok(vec![self.if_stmt()?]),
                "while" => {
                    self.pos += 1;
                    let cond = self.expr()?;
                    let body = self.block()?;
                    StmtKind::While(cond, body)
                }
                "for" => {
                    self.pos += 1;
                    let target = self.target_list()?;
                    if !self.eat_name("in") {
                        return self.unexpected();
                    }
                    let iter = self.expr_list()?;
                    StmtKind::For(target, iter, self.block()?)
                }
                "try" => return Ok(vec![self.try_stmt()?]),
                "with" => {
                    self.pos += 1;
                    let ctx = self.expr()?;
                    let name = if self.eat_name("as") {
                        Some(self.target_list()?)
                    } else {
                        None
                    };
                    if self.is_op(",") {
                        return self.fail(Problem::Unsupported("with a, b".into()));
                    }
                    StmtKind::With(ctx, name, self.block()?)
                }
                _ => return Ok(vec![self.simple()?]),
            },
            Some(Tok::Indent) => return self.fail(Problem::Unexpected("indent".into())),
            _ => return Ok(vec![self.simple()?]),
        };
        Ok(vec![Stmt { line, kind }])
    }

    fn if_stmt(&mut self) -> R<Stmt> {
        let line = self.line();
        self.pos += 1;
        let mut arms = vec![(self.expr()?, self.block()?)];
        let mut orelse = Vec::new();
        loop {
            if self.eat_name("elif") {
                arms.push((self.expr()?, self.block()?));
            } else if self.eat_name("else") {
                orelse = self.block()?;
                break;
            } else {
                break;
            }
        }
        Ok(Stmt {
            line,
            kind: StmtKind::If(arms, orelse),
        })
    }

    fn try_stmt(&mut self) -> R<Stmt> {
        let line = self.line();
        self.pos += 1;
        let body = self.block()?;
        let mut handlers = Vec::new();
        while self.is_name("except") {
            let hline = self.line();
            self.pos += 1;
            let (mut class, mut name) = (None, None);
            if !self.is_op(":") {
                class = Some(self.expr()?);
                if self.eat_name("as") {
                    name = Some(self.ident()?);
                }
            }
            handlers.push(Handler {
                line: hline,
                class,
                name,
                body: self.block()?,
            });
        }
        let orelse = if self.eat_name("else") {
            self.block()?
        } else {
            Vec::new()
        };
        let finally = if self.eat_name("finally") {
            self.block()?
        } else {
            Vec::new()
        };
        if handlers.is_empty() && finally.is_empty() {
            return self.unexpected();
        }
        Ok(Stmt {
            line,
            kind: StmtKind::Try {
                body,
                handlers,
                orelse,
                finally,
            },
        })
    }

    /// `: NEWLINE INDENT stmts DEDENT`, or `: simple_stmt NEWLINE`.
    fn block(&mut self) -> R<Vec<Stmt>> {
        self.expect_op(":")?;
        self.enter()?;
        let body = if matches!(self.peek(), Some(Tok::Newline)) {
            self.pos += 1;
            if !matches!(self.peek(), Some(Tok::Indent)) {
                return self.fail(Problem::ExpectedIndent);
            }
            self.pos += 1;
            let mut body = Vec::new();
            while !matches!(self.peek(), Some(Tok::Dedent) | None) {
                body.extend(self.statement()?);
            }
            self.pos += 1;
            body
        } else {
            vec![self.simple()?]
        };
        self.depth -= 1;
        Ok(body)
    }

    fn simple(&mut self) -> R<Stmt> {
        let line = self.line();
        let kind = match self.peek() {
            Some(Tok::Name(n)) if n == "import" => {
                self.pos += 1;
                let mut names = vec![self.ident()?];
                while self.eat_op(",") {
                    names.push(self.ident()?);
                }
                if self.is_op(".") || self.is_name("as") {
                    return self.unexpected();
                }
                StmtKind::Import(names)
            }
            Some(Tok::Name(n)) if n == "pass" => self.keyword(StmtKind::Pass),
            Some(Tok::Name(n)) if n == "break" => self.keyword(StmtKind::Break),
            Some(Tok::Name(n)) if n == "continue" => self.keyword(StmtKind::Continue),
            Some(Tok::Name(n)) if n == "raise" => {
                self.pos += 1;
                if matches!(self.peek(), Some(Tok::Newline)) {
                    StmtKind::Raise(None)
                } else {
                    let e = self.expr()?;
                    if self.is_name("from") {
                        return self.fail(Problem::Unsupported("raise ... from".into()));
                    }
                    StmtKind::Raise(Some(e))
                }
            }
            Some(Tok::Name(n))
                if is_keyword(n) && !matches!(n.as_str(), "not" | "None" | "True" | "False") =>
            {
                return self.unexpected()
            }
            _ => {
                let first = self.expr_list()?;
                if self.eat_op("+=") {
                    StmtKind::AugAdd(first, self.expr_list()?)
                } else if self.is_op("=") {
                    let mut targets = vec![first];
                    let mut value = None;
                    while self.eat_op("=") {
                        let e = self.expr_list()?;
                        if let Some(prev) = value.replace(e) {
                            targets.push(prev);
                        }
                    }
                    match value {
                        Some(v) => StmtKind::Assign(targets, v),
                        None => return self.unexpected(),
                    }
                } else {
                    StmtKind::Expr(first)
                }
            }
        };
        match self.peek() {
            Some(Tok::Newline) => self.pos += 1,
            None => {}
            _ => return self.unexpected(),
        }
        Ok(Stmt { line, kind })
    }

    fn keyword(&mut self, k: StmtKind) -> StmtKind {
        self.pos += 1;
        k
    }

    fn target_list(&mut self) -> R<Expr> {
        let first = self.postfix()?;
        if !self.is_op(",") {
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat_op(",") {
            items.push(self.postfix()?);
        }
        Ok(Expr::Tuple(items))
    }
}

fn is_keyword(n: &str) -> bool {
    matches!(
        n,
        "False"
            | "None"
            | "True"
            | "and"
            | "as"
            | "assert"
            | "async"
            | "await"
            | "break"
            | "class"
            | "continue"
            | "def"
            | "del"
            | "elif"
            | "else"
            | "except"
            | "finally"
            | "for"
            | "from"
            | "global"
            | "if"
            | "import"
            | "in"
            | "is"
            | "lambda"
            | "nonlocal"
            | "not"
            | "or"
            | "pass"
            | "raise"
            | "return"
            | "try"
            | "while"
            | "with"
            | "yield"
    )
}
