//! Python literal syntax (what `repr` prints) into a [`Value`], with Python's errors.
//!
//! CONTRACT (other modules and the UI rely on it):
//! `parse(src) -> Result<Value, LiteralError>`; `LiteralError` carries Python's
//! exception name and message, and the 1-based line/column Python's SyntaxError shows.
//!
//! The pipeline follows CPython 3.11: `tokenizer` (its errors win over the parser's,
//! as CPython re-tokenizes the whole source after a parse error), `parser` (the
//! expression grammar in outline, placing syntax errors where CPython does), then
//! `eval` (building values as the compiled bytecode would).

mod displays;
mod eval;
mod expr;
mod hints;
mod lex_number;
mod not_literal;
mod numbers;
mod parser;
mod strings;
mod tokenizer;

use super::Value;
use std::fmt;

pub use not_literal::NotLiteral;
pub use tokenizer::MAX_LEVEL;

/// Which Python exception the literal raises (or `Unsupported`: valid Python that is
/// not a literal this lab evaluates, such as `float('inf')` or `1j`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// `SyntaxError`, from CPython's tokenizer or parser.
    SyntaxError,
    /// `IndentationError: unexpected indent` (a second line indented at top level).
    IndentationError,
    /// `TypeError` while evaluating, e.g. `unhashable type: 'list'`.
    TypeError,
    /// `ValueError` while evaluating.
    ValueError,
    /// Valid Python that is code, not a literal (names, calls, operators, `1j`, ...).
    Unsupported,
}

/// A literal that does not evaluate, pointing where Python would point.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LiteralError {
    pub kind: ErrorKind,
    /// Python's wording (for `Unsupported`, the English of `not_literal`, for the CLI).
    pub message: String,
    /// For `Unsupported`: why, as data (the page words it in its language).
    pub not_literal: Option<NotLiteral>,
    /// 1-based line (`SyntaxError.lineno`; 0 for empty input and for errors raised
    /// while evaluating, which have no place).
    pub line: usize,
    /// 1-based column in characters, as `SyntaxError.offset` (0 where CPython gives 0).
    pub column: usize,
    /// `SyntaxError.end_lineno`.
    pub end_line: usize,
    /// `SyntaxError.end_offset` (0 where CPython reports -1 or none).
    pub end_column: usize,
}

impl LiteralError {
    /// A SyntaxError at `line`, `column` (CPython's offset), ending there too.
    pub(crate) fn syntax(message: String, line: usize, column: usize) -> Self {
        LiteralError {
            kind: ErrorKind::SyntaxError,
            message,
            not_literal: None,
            line,
            column,
            end_line: line,
            end_column: column,
        }
    }
}

impl LiteralError {
    /// Valid Python that is not a literal, at `line`, `column` (0, 0: no place).
    pub(crate) fn unsupported(why: NotLiteral, line: usize, column: usize) -> Self {
        LiteralError {
            kind: ErrorKind::Unsupported,
            message: why.to_string(),
            not_literal: Some(why),
            ..LiteralError::syntax(String::new(), line, column)
        }
    }
}

impl fmt::Display for LiteralError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = match self.kind {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TypeError => "TypeError",
            ErrorKind::ValueError => "ValueError",
            ErrorKind::Unsupported => "wirelab",
        };
        write!(f, "{name}: {}", self.message)
    }
}

impl std::error::Error for LiteralError {}

/// Evaluates a Python literal as `eval` would.
pub fn parse(src: &str) -> Result<Value, LiteralError> {
    // eval() of a str strips leading spaces and tabs; CPython rejects NUL bytes.
    let src = src.trim_start_matches([' ', '\t']);
    if src.contains('\0') {
        return Err(LiteralError::syntax(
            "source code string cannot contain null bytes".into(),
            0,
            0,
        ));
    }
    // CPython's universal newlines.
    let src = src.replace("\r\n", "\n").replace('\r', "\n");
    let tokens = tokenizer::tokenize(&src)?;
    let mut p = parser::Parser::new(&tokens);
    let expr = match p.parse_eval() {
        Ok(e) => e,
        Err(e) => {
            let e = *e;
            // CPython reports a bracket left open on an earlier line instead (but
            // not over an error its tokenizer raised while the parser read on).
            if e.kind == ErrorKind::SyntaxError && tokens.deferred.as_ref() != Some(&e) {
                if let Some(&(c, line, col)) = tokens.open.last() {
                    if e.line > line {
                        return Err(*parser::never_closed(c, line, col));
                    }
                }
            }
            if tokens.deferred.as_ref() == Some(&e) {
                return Err(e);
            }
            return Err(clamp_end(&src, e));
        }
    };
    eval::eval(&expr)
}

/// CPython converts a parser error's end column with the text of its *first* line,
/// clamped to that line's length + 1 (in UTF-8 bytes), so an error spanning lines
/// ends at most one past the end of the line it starts on.
fn clamp_end(src: &str, mut e: LiteralError) -> LiteralError {
    if e.end_line <= e.line || e.line == 0 {
        return e;
    }
    let line_text = |n: usize| src.split('\n').nth(n.saturating_sub(1)).unwrap_or("");
    let first = line_text(e.line);
    // The end as a byte offset (+1) on its own line.
    let end_line = line_text(e.end_line);
    let end_chars = e.end_column.saturating_sub(1);
    let end_bytes: usize = end_line
        .chars()
        .take(end_chars)
        .map(char::len_utf8)
        .sum::<usize>()
        + 1;
    let clamp = end_bytes.min(first.len() + 1);
    e.end_column = if clamp > first.len() {
        first.chars().count() + 1
    } else {
        String::from_utf8_lossy(first.as_bytes().get(..clamp).unwrap_or(&[]))
            .chars()
            .count()
    };
    e
}
