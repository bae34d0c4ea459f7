//! Expressions by precedence: `or`, `and`, `not`, comparisons, `+ -`, `*`, unary `-`.

use super::{is_keyword, Parser, R};
use crate::sockets::ast::{BinOp, Expr, UnOp};
use crate::sockets::error::Problem;
use crate::sockets::lex::Tok;

impl Parser {
    /// `a, b` as a tuple, or one expression.
    pub(super) fn expr_list(&mut self) -> R<Expr> {
        let first = self.expr()?;
        if !self.is_op(",") {
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat_op(",") {
            if self.starts_expr() {
                items.push(self.expr()?);
            }
        }
        Ok(Expr::Tuple(items))
    }

    fn starts_expr(&self) -> bool {
        match self.peek() {
            Some(Tok::Name(n)) => {
                !is_keyword(n) || matches!(n.as_str(), "not" | "None" | "True" | "False")
            }
            Some(Tok::Lit(_)) => true,
            Some(Tok::Op(o)) => matches!(*o, "(" | "[" | "-"),
            _ => false,
        }
    }

    pub(super) fn expr(&mut self) -> R<Expr> {
        self.enter()?;
        let mut left = self.and_expr()?;
        let mark = self.depth;
        while self.eat_name("or") {
            self.enter()?;
            left = Expr::Or(Box::new(left), Box::new(self.and_expr()?));
        }
        self.depth = mark;
        if self.is_name("if") {
            return self.fail(Problem::Unsupported("x if c else y".into()));
        }
        self.depth -= 1;
        Ok(left)
    }

    fn and_expr(&mut self) -> R<Expr> {
        let mut left = self.not_expr()?;
        let mark = self.depth;
        while self.eat_name("and") {
            self.enter()?;
            left = Expr::And(Box::new(left), Box::new(self.not_expr()?));
        }
        self.depth = mark;
        Ok(left)
    }

    fn not_expr(&mut self) -> R<Expr> {
        if self.eat_name("not") {
            self.enter()?;
            let e = self.not_expr()?;
            self.depth -= 1;
            return Ok(Expr::Unary(UnOp::Not, Box::new(e)));
        }
        let left = self.arith()?;
        let op = if self.eat_op("==") {
            BinOp::Eq
        } else if self.eat_op("!=") {
            BinOp::Ne
        } else if self.eat_op("<=") {
            BinOp::Le
        } else if self.eat_op(">=") {
            BinOp::Ge
        } else if self.eat_op("<") {
            BinOp::Lt
        } else if self.eat_op(">") {
            BinOp::Gt
        } else if self.eat_name("in") {
            BinOp::In
        } else if self.eat_name("is") {
            if self.eat_name("not") {
                BinOp::IsNot
            } else {
                BinOp::Is
            }
        } else {
            return Ok(left);
        };
        let right = self.arith()?;
        Ok(Expr::Binary(op, Box::new(left), Box::new(right)))
    }

    fn arith(&mut self) -> R<Expr> {
        let mut left = self.term()?;
        let mark = self.depth;
        loop {
            let op = if self.eat_op("+") {
                BinOp::Add
            } else if self.eat_op("-") {
                BinOp::Sub
            } else {
                self.depth = mark;
                return Ok(left);
            };
            self.enter()?;
            left = Expr::Binary(op, Box::new(left), Box::new(self.term()?));
        }
    }

    fn term(&mut self) -> R<Expr> {
        let mut left = self.unary()?;
        let mark = self.depth;
        while self.eat_op("*") {
            self.enter()?;
            left = Expr::Binary(BinOp::Mul, Box::new(left), Box::new(self.unary()?));
        }
        self.depth = mark;
        if self.is_op("**") || self.is_op("//") {
            return self.unexpected();
        }
        Ok(left)
    }

    fn unary(&mut self) -> R<Expr> {
        if self.eat_op("-") {
            self.enter()?;
            let e = self.unary()?;
            self.depth -= 1;
            return Ok(Expr::Unary(UnOp::Neg, Box::new(e)));
        }
        self.postfix()
    }
}
