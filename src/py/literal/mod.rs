//! Python literal syntax (what `repr` prints) into a [`Value`], with Python's errors.
//!
//! CONTRACT (other modules and the UI rely on it):
//! `parse(src) -> Result<Value, LiteralError>`; `LiteralError` carries Python's
//! exception name and message, and the 1-based line/column Python's SyntaxError shows.

use super::Value;
use std::fmt;

/// Which Python exception the literal raises (or `Unsupported`: valid Python that is
/// not a literal this lab evaluates, such as `float('inf')` or `1j`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    SyntaxError,
    TypeError,
    ValueError,
    Unsupported,
}

/// A literal that does not evaluate, pointing where Python would point.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LiteralError {
    pub kind: ErrorKind,
    /// Python's wording (for `Unsupported`, wirelab's English wording).
    pub message: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column (in characters), as Python's caret.
    pub column: usize,
}

impl fmt::Display for LiteralError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = match self.kind {
            ErrorKind::SyntaxError => "SyntaxError",
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
    let _ = src;
    Err(LiteralError {
        kind: ErrorKind::Unsupported,
        message: "the literal parser is being written".into(),
        line: 1,
        column: 1,
    })
}
