//! Atoms and their trailers: names, constants (read by `py::literal::parse`), `( )`, `[ ]`,
//! attribute access, calls with keyword arguments, subscripts.

use super::{is_keyword, Parser, R};
use crate::py::literal;
use crate::sockets::ast::Expr;
use crate::sockets::error::Problem;
use crate::sockets::lex::Tok;

/// Positional and keyword arguments of a call.
type Args = (Vec<Expr>, Vec<(String, Expr)>);

impl Parser {
    pub(super) fn postfix(&mut self) -> R<Expr> {
        let mut e = self.atom()?;
        let mark = self.depth;
        loop {
            // A chain of trailers nests as deep as it is long.
            if self.is_op(".") || self.is_op("(") || self.is_op("[") {
                self.enter()?;
            }
            if self.eat_op(".") {
                e = Expr::Attr(Box::new(e), self.ident()?);
            } else if self.eat_op("(") {
                let (args, kwargs) = self.call_args()?;
                e = Expr::Call(Box::new(e), args, kwargs);
            } else if self.eat_op("[") {
                let index = self.expr()?;
                if self.is_op(":") {
                    return self.fail(Problem::Unsupported("slice".into()));
                }
                self.expect_op("]")?;
                e = Expr::Index(Box::new(e), Box::new(index));
            } else {
                self.depth = mark;
                return Ok(e);
            }
        }
    }

    fn call_args(&mut self) -> R<Args> {
        let (mut args, mut kwargs) = (Vec::new(), Vec::new());
        while !self.eat_op(")") {
            if self.is_op("*") || self.is_op("**") {
                return self.fail(Problem::Unsupported("*args".into()));
            }
            let is_kw = matches!(self.peek(), Some(Tok::Name(_)))
                && matches!(self.toks.get(self.pos + 1), Some((Tok::Op("="), _)));
            if is_kw {
                let name = self.ident()?;
                self.pos += 1;
                kwargs.push((name, self.expr()?));
            } else if kwargs.is_empty() {
                args.push(self.expr()?);
            } else {
                return self.unexpected();
            }
            if !self.is_op(")") {
                self.expect_op(",")?;
            }
        }
        Ok((args, kwargs))
    }

    fn atom(&mut self) -> R<Expr> {
        match self.peek().cloned() {
            Some(Tok::Lit(text)) => {
                self.pos += 1;
                literal::parse(&text)
                    .map(Expr::Const)
                    .or_else(|e| self.fail(Problem::BadLiteral(e.to_string())))
            }
            Some(Tok::Name(n)) if matches!(n.as_str(), "None" | "True" | "False") => {
                self.pos += 1;
                literal::parse(&n)
                    .map(Expr::Const)
                    .or_else(|e| self.fail(Problem::BadLiteral(e.to_string())))
            }
            Some(Tok::Name(n)) if !is_keyword(&n) => {
                self.pos += 1;
                Ok(Expr::Name(n))
            }
            Some(Tok::Op("(")) => {
                self.pos += 1;
                self.enter()?;
                let e = if self.eat_op(")") {
                    Expr::Tuple(Vec::new())
                } else {
                    let e = self.expr_list()?;
                    self.expect_op(")")?;
                    e
                };
                self.depth -= 1;
                Ok(e)
            }
            Some(Tok::Op("[")) => {
                self.pos += 1;
                self.enter()?;
                let mut items = Vec::new();
                while !self.eat_op("]") {
                    items.push(self.expr()?);
                    if self.is_name("for") {
                        return self.fail(Problem::Unsupported("comprehension".into()));
                    }
                    if !self.is_op("]") {
                        self.expect_op(",")?;
                    }
                }
                self.depth -= 1;
                Ok(Expr::List(items))
            }
            _ => self.unexpected(),
        }
    }
}
