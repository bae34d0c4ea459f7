//! Python's own error for a line it cannot read (`SyntaxError: ...`), shown verbatim
//! under the page's explanation; None where Python has no words (outside the subset).

use crate::sockets::Problem;

/// What python3 would print for `p`, when it is a syntax or indentation error.
pub fn python_error(p: &Problem) -> Option<String> {
    Some(match p {
        Problem::Unexpected(w) if w.is_empty() => "SyntaxError: invalid syntax".to_owned(),
        Problem::Unexpected(w) => format!("SyntaxError: invalid syntax near '{w}'"),
        Problem::BadLiteral(t) => t.clone(),
        Problem::InvalidCharacter(c) => format!("SyntaxError: invalid character '{c}'"),
        Problem::UnterminatedString => "SyntaxError: unterminated string literal".to_owned(),
        Problem::NeverClosed => "SyntaxError: a bracket was never closed".to_owned(),
        Problem::BadDedent => {
            "IndentationError: unindent does not match any outer indentation level".to_owned()
        }
        Problem::ExpectedIndent => "IndentationError: expected an indented block".to_owned(),
        Problem::Unsupported(_) | Problem::TooDeep => return None,
    })
}
