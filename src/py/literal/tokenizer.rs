//! A tokenizer that follows CPython 3.11's `Parser/tokenizer.c` step by step, so its
//! errors (numbers, strings, brackets) carry CPython's words and columns.

use super::{ErrorKind, LiteralError};

/// CPython's `MAXLEVEL`: brackets nest at most this deep.
pub const MAX_LEVEL: usize = 200;

/// What a token is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    Number,
    /// A string literal with its prefix and quotes.
    Str,
    Name,
    /// An operator or bracket (unknown characters too, as CPython's `OP`).
    Op,
    Newline,
    /// The end of input; at level > 0 it means an unclosed bracket.
    End,
}

/// One token, with CPython's 1-based line and 0-based character columns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub kind: Kind,
    pub text: String,
    pub line: usize,
    pub col: usize,
    pub end_line: usize,
    pub end_col: usize,
}

/// The token list, and the brackets still open at the end (char, line, col).
pub struct Tokens {
    pub tokens: Vec<Token>,
    pub open: Vec<(char, usize, usize)>,
    /// Characters in the last line (where errors "at the end" point).
    pub last_line_len: usize,
    /// An error CPython's tokenizer reports only when the parser reaches it (a bad
    /// line continuation, an unexpected indent): the tokens stop there.
    pub deferred: Option<LiteralError>,
}

pub(super) struct Tok<'a> {
    pub(super) s: &'a [char],
    pub(super) cur: usize,
    pub(super) line: usize,
    pub(super) line_start: usize,
    parens: Vec<(char, usize, usize)>,
}

const OPS3: [&str; 4] = ["**=", "//=", ">>=", "<<="];
const OPS2: [&str; 20] = [
    "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<", "<=", "==", ">=", ">>",
    "@=", "^=", "|=", "<>",
];

fn is_id_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_' || c as u32 >= 128
}

pub(super) fn is_id_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c as u32 >= 128
}

pub(super) fn digit(c: Option<char>) -> bool {
    matches!(c, Some('0'..='9'))
}

impl Tok<'_> {
    pub(super) fn nextc(&mut self) -> Option<char> {
        let c = self.s.get(self.cur).copied();
        if c.is_some() {
            self.cur += 1;
        }
        c
    }

    pub(super) fn backup(&mut self, c: Option<char>) {
        if c.is_some() {
            self.cur = self.cur.saturating_sub(1);
        }
    }

    /// CPython's `syntaxerror()`: the caret sits at `tok->cur`.
    pub(super) fn error(&self, message: String) -> LiteralError {
        let col = self.cur.saturating_sub(self.line_start);
        LiteralError::syntax(message, self.line, col)
    }

    pub(super) fn peek(&self) -> Option<char> {
        self.s.get(self.cur).copied()
    }

    /// Reads a string body after its opening quote `q` (prefix already read).
    pub(super) fn string(&mut self, q: char, start: usize) -> Result<(), LiteralError> {
        let first_line = self.line;
        let first_line_start = self.line_start;
        let mut quote_size = 1;
        let mut end_quote_size = 0;
        let mut c = self.nextc();
        if c == Some(q) {
            c = self.nextc();
            if c == Some(q) {
                quote_size = 3;
            } else {
                end_quote_size = 1;
            }
        }
        if c != Some(q) {
            self.backup(c);
        }
        while end_quote_size != quote_size {
            let c = self.nextc();
            if c.is_none() || (quote_size == 1 && c == Some('\n')) {
                // CPython counts a line once it reads a character of it.
                let after_newline =
                    c.is_none() && self.s.get(self.cur.wrapping_sub(1)) == Some(&'\n');
                let detected = if after_newline {
                    self.line - 1
                } else {
                    self.line
                };
                self.cur = start + 1;
                self.line = first_line;
                self.line_start = first_line_start;
                let what = if quote_size == 3 {
                    "triple-quoted string"
                } else {
                    "string"
                };
                return Err(self.error(format!(
                    "unterminated {what} literal (detected at line {detected})"
                )));
            }
            if c == Some('\n') {
                self.line += 1;
                self.line_start = self.cur;
            }
            if c == Some(q) {
                end_quote_size += 1;
            } else {
                end_quote_size = 0;
                if c == Some('\\') && self.nextc() == Some('\n') {
                    self.line += 1;
                    self.line_start = self.cur;
                }
            }
        }
        Ok(())
    }

    /// A name, or a string prefix followed by a quote.
    pub(super) fn name_or_string(
        &mut self,
        first: char,
        start: usize,
    ) -> Result<Kind, LiteralError> {
        let (mut b, mut r, mut u, mut f) = (false, false, false, false);
        let mut c = Some(first);
        loop {
            match c {
                Some('b' | 'B') if !(b || u || f) => b = true,
                Some('u' | 'U') if !(b || u || r || f) => u = true,
                Some('r' | 'R') if !(r || u) => r = true,
                Some('f' | 'F') if !(f || b || u) => f = true,
                _ => break,
            }
            c = self.nextc();
            if let Some(q @ ('\'' | '"')) = c {
                self.string(q, start)?;
                return Ok(Kind::Str);
            }
        }
        while c.is_some_and(is_id_char) {
            c = self.nextc();
        }
        self.backup(c);
        // CPython's verify_identifier: the first character that cannot be in a name.
        let text = self.s.get(start..self.cur).unwrap_or(&[]);
        let bad = text.iter().enumerate().find(|&(i, &ch)| {
            if i == 0 {
                !(ch == '_' || unicode_ident::is_xid_start(ch))
            } else {
                !unicode_ident::is_xid_continue(ch)
            }
        });
        if let Some((i, &ch)) = bad {
            self.cur = start + i + 1;
            let hex = format!("{:04X}", ch as u32);
            return Err(self.error(if super::super::printable::is_printable(ch) {
                format!("invalid character '{ch}' (U+{hex})")
            } else {
                format!("invalid non-printable character U+{hex}")
            }));
        }
        Ok(Kind::Name)
    }

    pub(super) fn bracket(&mut self, c: char, start: usize) -> Result<(), LiteralError> {
        match c {
            '(' | '[' | '{' => {
                if self.parens.len() >= MAX_LEVEL {
                    return Err(self.error("too many nested parentheses".into()));
                }
                self.parens
                    .push((c, self.line, start.saturating_sub(self.line_start)));
            }
            _ => {
                let Some((open, line, _)) = self.parens.pop() else {
                    return Err(self.error(format!("unmatched '{c}'")));
                };
                let want = match open {
                    '(' => ')',
                    '[' => ']',
                    _ => '}',
                };
                if c != want {
                    let on = if line != self.line {
                        format!(" on line {line}")
                    } else {
                        String::new()
                    };
                    return Err(self.error(format!(
                        "closing parenthesis '{c}' does not match opening parenthesis '{open}'{on}"
                    )));
                }
            }
        }
        Ok(())
    }
}

/// Splits `src` into tokens, or returns the first error CPython's tokenizer reports.
pub fn tokenize(src: &str) -> Result<Tokens, LiteralError> {
    let chars: Vec<char> = src.chars().collect();
    let mut t = Tok {
        s: &chars,
        cur: 0,
        line: 1,
        line_start: 0,
        parens: Vec::new(),
    };
    let mut tokens: Vec<Token> = Vec::new();
    // Whether the current logical line has produced a token (blank lines give no NEWLINE).
    let mut line_has_token = false;
    let mut deferred = None;
    loop {
        let mut c = t.nextc();
        while matches!(c, Some(' ' | '\t' | '\x0c')) {
            c = t.nextc();
        }
        if c == Some('#') {
            while !matches!(c, None | Some('\n')) {
                c = t.nextc();
            }
        }
        let start = t.cur.saturating_sub(1);
        let col = start.saturating_sub(t.line_start);
        let Some(ch) = c else {
            // CPython's ENDMARKER sits on the last line that has text.
            let line = if chars.last() == Some(&'\n') {
                t.line - 1
            } else {
                t.line
            };
            tokens.push(end_token(if chars.is_empty() { 0 } else { line }));
            break;
        };
        let kind = match ch {
            '\n' => {
                let newline = t.parens.is_empty() && line_has_token;
                if newline {
                    tokens.push(Token {
                        kind: Kind::Newline,
                        text: "\n".into(),
                        line: t.line,
                        col,
                        end_line: t.line,
                        end_col: col,
                    });
                    line_has_token = false;
                }
                t.line += 1;
                t.line_start = t.cur;
                if t.parens.is_empty() {
                    // An indented line at top level: CPython's INDENT token (eval()
                    // strips only the first line).
                    let mut n = t.cur;
                    while matches!(chars.get(n), Some(' ' | '\t' | '\x0c')) {
                        n += 1;
                    }
                    if n > t.cur && !matches!(chars.get(n), Some('\n' | '#')) {
                        deferred = Some(LiteralError {
                            kind: ErrorKind::IndentationError,
                            end_column: 0,
                            ..LiteralError::syntax("unexpected indent".into(), t.line, n - t.cur)
                        });
                        tokens.push(end_token(t.line));
                        break;
                    }
                }
                continue;
            }
            '\\' => {
                let c = t.nextc();
                if c != Some('\n') {
                    let mut e =
                        t.error("unexpected character after line continuation character".into());
                    e.end_column = 0;
                    deferred = Some(e);
                    tokens.push(end_token(t.line));
                    break;
                }
                t.line += 1;
                t.line_start = t.cur;
                continue;
            }
            c if is_id_start(c) => t.name_or_string(c, start)?,
            '0'..='9' => {
                t.number(ch, start)?;
                Kind::Number
            }
            '.' if t.peek().is_some_and(|c| c.is_ascii_digit()) => {
                t.number('.', start)?;
                Kind::Number
            }
            '\'' | '"' => {
                t.string(ch, start)?;
                Kind::Str
            }
            '(' | ')' | '[' | ']' | '{' | '}' => {
                t.bracket(ch, start)?;
                Kind::Op
            }
            _ => {
                let rest: String = chars
                    .get(start..(start + 3).min(chars.len()))
                    .unwrap_or(&[])
                    .iter()
                    .collect();
                let len = if OPS3.iter().any(|o| rest.starts_with(o)) || rest == "..." {
                    3
                } else if OPS2.iter().any(|o| rest.starts_with(o)) {
                    2
                } else {
                    1
                };
                t.cur = start + len;
                Kind::Op
            }
        };
        line_has_token = true;
        let text: String = chars.get(start..t.cur).unwrap_or(&[]).iter().collect();
        let end_col = t.cur.saturating_sub(t.line_start);
        let end_line = t.line;
        let line = end_line.saturating_sub(text.matches('\n').count());
        tokens.push(Token {
            kind,
            text,
            line,
            col,
            end_line,
            end_col,
        });
    }
    let last_line_len = chars.len().saturating_sub(t.line_start);
    Ok(Tokens {
        tokens,
        open: t.parens,
        last_line_len,
        deferred,
    })
}

fn end_token(line: usize) -> Token {
    Token {
        kind: Kind::End,
        text: String::new(),
        line,
        col: 0,
        end_line: line,
        end_col: 0,
    }
}
