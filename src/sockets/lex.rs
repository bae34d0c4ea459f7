//! The tokenizer of the lab's Python subset: logical lines with INDENT/DEDENT, names,
//! operators, and literal tokens whose text goes to `py::literal::parse`.

use super::error::{ParseError, Problem};

#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Name(String),
    /// A number or string token's source text (adjacent strings are joined).
    Lit(String),
    Op(&'static str),
    Newline,
    Indent,
    Dedent,
}

/// A token and its 1-based line.
pub type Token = (Tok, usize);

const OPS: [&str; 22] = [
    "==", "!=", "<=", ">=", "+=", "-=", "**", "//", "->", "(", ")", "[", "]", ",", ":", ".", "=",
    "<", ">", "+", "-", "*",
];
const OTHER_OPS: [&str; 8] = ["{", "}", "/", "%", "@", ";", "&", "|"];

fn err(line: usize, problem: Problem) -> ParseError {
    ParseError { line, problem }
}

/// Tokenizes a whole program.
pub fn tokenize(src: &str) -> Result<Vec<Token>, ParseError> {
    let c: Vec<char> = src.replace("\r\n", "\n").chars().collect();
    let mut out: Vec<Token> = Vec::new();
    let mut indents = vec![0usize];
    let (mut i, mut line, mut depth) = (0usize, 1usize, 0usize);
    let mut at_line_start = true;
    while i < c.len() {
        if at_line_start && depth == 0 {
            let mut col = 0;
            while i < c.len() && (c[i] == ' ' || c[i] == '\t') {
                col += if c[i] == '\t' { 8 - col % 8 } else { 1 };
                i += 1;
            }
            if i >= c.len() || c[i] == '\n' || c[i] == '#' {
                while i < c.len() && c[i] != '\n' {
                    i += 1;
                }
                i += 1;
                line += 1;
                continue;
            }
            at_line_start = false;
            let top = indents.last().copied().unwrap_or(0);
            if col > top {
                indents.push(col);
                out.push((Tok::Indent, line));
            } else {
                while col < indents.last().copied().unwrap_or(0) {
                    indents.pop();
                    out.push((Tok::Dedent, line));
                }
                if col != indents.last().copied().unwrap_or(0) {
                    return Err(err(line, Problem::BadDedent));
                }
            }
        }
        let ch = c[i];
        if ch == '\n' {
            if depth == 0 {
                out.push((Tok::Newline, line));
                at_line_start = true;
            }
            line += 1;
            i += 1;
        } else if ch == ' ' || ch == '\t' {
            i += 1;
        } else if ch == '#' {
            while i < c.len() && c[i] != '\n' {
                i += 1;
            }
        } else if ch == '\\' && c.get(i + 1) == Some(&'\n') {
            i += 2;
            line += 1;
        } else if let Some(end) = string_end(&c, i, line)? {
            let text: String = c[i..end].iter().collect();
            let prefix: String = text.chars().take_while(char::is_ascii_alphabetic).collect();
            if prefix.contains(['f', 'F']) {
                return Err(err(line, Problem::Unsupported("f-string".into())));
            }
            line += text.matches('\n').count();
            match out.last_mut() {
                Some((Tok::Lit(prev), _)) if is_string(prev) => {
                    prev.push(' ');
                    prev.push_str(&text);
                }
                _ => out.push((Tok::Lit(text), line)),
            }
            i = end;
        } else if ch.is_ascii_digit()
            || (ch == '.' && c.get(i + 1).is_some_and(char::is_ascii_digit))
        {
            let start = i;
            while i < c.len() && (c[i].is_ascii_alphanumeric() || c[i] == '_' || c[i] == '.') {
                let exp = matches!(c[i], 'e' | 'E');
                i += 1;
                if exp && i < c.len() && matches!(c[i], '+' | '-') {
                    i += 1;
                }
            }
            out.push((Tok::Lit(c[start..i].iter().collect()), line));
        } else if ch.is_alphabetic() || ch == '_' {
            let start = i;
            while i < c.len() && (c[i].is_alphanumeric() || c[i] == '_') {
                i += 1;
            }
            out.push((Tok::Name(c[start..i].iter().collect()), line));
        } else if let Some(op) = OPS.iter().find(|op| starts_with(&c, i, op)) {
            match *op {
                "(" | "[" => depth += 1,
                ")" | "]" => depth = depth.saturating_sub(1),
                _ => {}
            }
            out.push((Tok::Op(op), line));
            i += op.len();
        } else if let Some(op) = OTHER_OPS.iter().find(|op| starts_with(&c, i, op)) {
            return Err(err(line, Problem::Unsupported((*op).into())));
        } else {
            return Err(err(line, Problem::InvalidCharacter(ch)));
        }
    }
    if depth > 0 {
        return Err(err(line, Problem::NeverClosed));
    }
    if !at_line_start {
        out.push((Tok::Newline, line));
    }
    for _ in 1..indents.len() {
        out.push((Tok::Dedent, line));
    }
    Ok(out)
}

fn is_string(text: &str) -> bool {
    text.ends_with(['\'', '"'])
}

fn starts_with(c: &[char], i: usize, s: &str) -> bool {
    s.chars()
        .enumerate()
        .all(|(k, ch)| c.get(i + k) == Some(&ch))
}

/// If a string literal (with an optional prefix) starts at `i`, where it ends.
fn string_end(c: &[char], i: usize, line: usize) -> Result<Option<usize>, ParseError> {
    let mut q = i;
    while q < c.len() && q - i < 2 && matches!(c[q], 'r' | 'R' | 'b' | 'B' | 'u' | 'U' | 'f' | 'F')
    {
        q += 1;
    }
    if q >= c.len() || !matches!(c[q], '\'' | '"') {
        return Ok(None);
    }
    let quote = c[q];
    let triple = c.get(q + 1) == Some(&quote) && c.get(q + 2) == Some(&quote);
    let mut j = q + if triple { 3 } else { 1 };
    while j < c.len() {
        if c[j] == '\\' {
            j += 2;
            continue;
        }
        if !triple && c[j] == '\n' {
            break;
        }
        if c[j] == quote
            && (!triple || (c.get(j + 1) == Some(&quote) && c.get(j + 2) == Some(&quote)))
        {
            return Ok(Some(j + if triple { 3 } else { 1 }));
        }
        j += 1;
    }
    Err(err(line, Problem::UnterminatedString))
}
