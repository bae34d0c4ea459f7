//! CPython 3.11's second parsing pass for two expressions side by side:
//! "Perhaps you forgot a comma?", or the error met while reading the second one.

use super::parser::{Parser, KEYWORDS};
use super::tokenizer::{Kind, Token};
use super::LiteralError;

impl<'a> Parser<'a> {
    /// Two expressions side by side: CPython's second pass (`invalid_expression`,
    /// `invalid_legacy_expression`) decides between "Perhaps you forgot a comma?",
    /// an error raised while reading the second one, and plain "invalid syntax".
    #[inline(never)]
    pub(super) fn juxtaposed(
        &mut self,
        in_brackets: bool,
        start_i: usize,
        next: &'a Token,
        empty_list: bool,
    ) -> Box<LiteralError> {
        // Where CPython's first pass stopped: at `]` for `x[]`, else at `next`.
        let stop = if empty_list {
            self.tok(self.i + 1).unwrap_or(next)
        } else {
            next
        };
        if self.no_invalid > 0 {
            return Self::invalid_at(stop);
        }
        let Some(first) = self.tok(start_i) else {
            return Self::invalid_at(stop);
        };
        // invalid_expression does not apply to `NAME STRING` or a soft keyword, but
        // the second pass still parses what follows the name, hints included.
        let plain_name = first.kind == Kind::Name && !KEYWORDS.contains(&first.text.as_str());
        let name_string = plain_name && self.tok(start_i + 1).is_some_and(|t| t.kind == Kind::Str);
        let soft = plain_name && matches!(first.text.as_str(), "match" | "case" | "_");
        // invalid_legacy_expression (`print x`): a lone NAME, then what follows parsed
        // with the hints active; tried when invalid_expression gave nothing.
        let legacy =
            plain_name && self.i == start_i + 1 && !(in_brackets && !(name_string || soft));
        if name_string || soft || legacy {
            return match self.element(in_brackets) {
                Err(e) if e.message != "invalid syntax" => e,
                _ => Self::invalid_at(stop),
            };
        }
        // A group `(x)` starts where x starts.
        let a_end = self.i;
        let mut a_start = start_i;
        while let Some(&(_, inner, _)) = self
            .groups
            .iter()
            .find(|g| g.0 == a_start && g.2 + 1 == a_end)
        {
            a_start = inner;
        }
        let a_tok = self.tok(a_start).unwrap_or(first);
        let save = self.i;
        self.no_invalid += 1;
        let mut b = self.expr();
        if matches!(&b, Err(e) if e.message == "invalid syntax") {
            // PEG backtracking: `1 -` is still the expression `1`.
            self.i = save;
            b = self.operand();
        }
        self.no_invalid -= 1;
        match b {
            Ok(_) if in_brackets => {
                let end = self.tok(self.i.saturating_sub(1)).unwrap_or(next);
                forgot_comma(a_tok, end)
            }
            // At top level the rule gives no hint.
            Ok(_) => Self::invalid_at(stop),
            Err(e) if e.message == "invalid syntax" => Self::invalid_at(stop),
            Err(e) => e,
        }
    }
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
