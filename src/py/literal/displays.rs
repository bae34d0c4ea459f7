//! The bracketed displays and strings of CPython's grammar: `STRING+`, `( )`, `[ ]`,
//! `{ }`, call arguments and subscripts, with the hints CPython gives inside them.

use super::expr::Expr;
use super::parser::{is_kw, is_op, PResult, Parser};
use super::strings::{decode, Piece, StrError};
use super::tokenizer::{Kind, Token};
use super::{LiteralError, NotLiteral};
use crate::py::Value;

impl Parser<'_> {
    /// `STRING+`: adjacent strings concatenate; bytes and str do not mix.
    pub(super) fn strings(&mut self) -> PResult<Expr> {
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
        let mut not_literal: Option<NotLiteral> = None;
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
                    not_literal.get_or_insert(m);
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
            return Ok(Expr::NotLiteral(e, vec![]));
        }
        Ok(Expr::Const(if is_bytes == Some(true) {
            Value::Bytes(bytes)
        } else {
            Value::Str(text)
        }))
    }

    /// After `(`: `()`, a parenthesized expression, or a tuple.
    pub(super) fn paren(&mut self) -> PResult<Expr> {
        if is_op(self.peek()?, ")") {
            self.bump();
            return Ok(Expr::Tuple(vec![]));
        }
        let inner = self.i;
        let first = self.element(true)?;
        let t = self.peek()?;
        if is_op(t, ")") {
            self.groups.push((inner.saturating_sub(1), inner, self.i));
            self.bump();
            return Ok(first);
        }
        if is_kw(t, "for") || is_kw(t, "async") {
            return Err(Self::unsupported(NotLiteral::Generator, t));
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
    pub(super) fn sequence(&mut self, close: &str) -> PResult<Vec<Expr>> {
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
                return Err(Self::unsupported(NotLiteral::Comprehension, t));
            } else {
                return Err(Self::invalid_at(t));
            }
        }
    }

    /// After `{`: a dict or a set display.
    pub(super) fn brace(&mut self) -> PResult<Expr> {
        let t = self.peek()?;
        if is_op(t, "}") {
            self.bump();
            return Ok(Expr::Dict(vec![]));
        }
        let first = self.element(true)?;
        if !is_op(self.peek()?, ":") {
            let t = self.peek()?;
            if is_kw(t, "for") || is_kw(t, "async") {
                return Err(Self::unsupported(NotLiteral::Comprehension, t));
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
            if (is_op(t, "}") || is_op(t, ",")) && self.no_invalid > 0 {
                return Err(Self::invalid_at(t));
            }
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
                return Err(Self::unsupported(NotLiteral::Comprehension, t));
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
                return Err(Self::unsupported(NotLiteral::Unpacking("**".into()), t));
            }
            key = self.expr()?;
            if !is_op(self.peek()?, ":") && self.no_invalid > 0 {
                return Err(Self::invalid_at(self.peek()?));
            }
            if !is_op(self.peek()?, ":") {
                // CPython points at the key's last character.
                let end = self.tok(self.i.saturating_sub(1)).unwrap_or(t);
                return Err(colon_expected(end));
            }
        }
    }

    /// Call arguments after `(`: positional, `name=value`, `*a`, `**k`.
    pub(super) fn call_args(&mut self) -> PResult<(Vec<Expr>, bool)> {
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
                return Err(Self::unsupported(NotLiteral::Generator, t));
            } else {
                return Err(Self::invalid_at(t));
            }
        }
    }

    /// A subscript after `[`: expressions and slices, kept only for their operands.
    pub(super) fn subscript(&mut self) -> PResult<Expr> {
        let mut parts = Vec::new();
        // Whether a slice item has begun (a `,` needs one before it).
        let mut item = false;
        loop {
            let t = self.peek()?;
            if is_op(t, "]") && (item || !parts.is_empty()) {
                self.bump();
                return Ok(Expr::Subscript(parts));
            }
            if is_op(t, ":") {
                item = true;
                self.bump();
                continue;
            }
            if is_op(t, ",") && item {
                item = false;
                self.bump();
                continue;
            }
            if !self.starts_expr(t) {
                return Err(Self::invalid_at(t));
            }
            parts.push(self.expr()?);
            item = true;
        }
    }
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
