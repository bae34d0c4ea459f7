//! The scalar scanners of `Modules/_json.c` (CPython 3.11): `scanstring_unicode`,
//! `_match_number_unicode` and the named constants, over the document's characters,
//! with the same positions in their errors.

use super::error::{JsonDecodeError, LoadsError, Problem};
use super::INT_MAX_STR_DIGITS;
use crate::py::Value;
use num_bigint::BigInt;

/// What a scanner found: a value and the index just after it.
pub(super) type Scanned = Result<(Value, usize), LoadsError>;

fn err(msg: Problem, doc: &[char], pos: usize) -> LoadsError {
    LoadsError::Decode(JsonDecodeError::at(msg, doc, pos))
}

/// `IS_WHITESPACE`: the four characters JSON allows between tokens.
pub(super) fn is_ws(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

/// The index of the first non-whitespace character at or after `idx`.
pub(super) fn skip_ws(doc: &[char], mut idx: usize) -> usize {
    while doc.get(idx).is_some_and(|c| is_ws(*c)) {
        idx += 1;
    }
    idx
}

/// `scanstring_unicode(pystr, end, strict=True)`: the string whose opening quote is
/// at `end - 1`, as code points (lone surrogates kept), and the index after its
/// closing quote.
pub(super) fn scan_string(doc: &[char], mut end: usize) -> Result<(Vec<u32>, usize), LoadsError> {
    let len = doc.len();
    let begin = end.saturating_sub(1);
    let mut out: Vec<u32> = Vec::new();
    loop {
        // Find the end of the string or the next escape.
        let mut next = end;
        let mut found = None;
        while let Some(&d) = doc.get(next) {
            if d == '"' || d == '\\' {
                found = Some(d);
                break;
            }
            if u32::from(d) <= 0x1f {
                return Err(err(Problem::InvalidControlCharacter, doc, next));
            }
            out.push(u32::from(d));
            next += 1;
        }
        let Some(c) = found else {
            return Err(err(Problem::UnterminatedString, doc, begin));
        };
        next += 1;
        if c == '"' {
            return Ok((out, next));
        }
        let Some(&c) = doc.get(next) else {
            return Err(err(Problem::UnterminatedString, doc, begin));
        };
        let code = if c != 'u' {
            end = next + 1;
            u32::from(match c {
                '"' | '\\' | '/' => c,
                'b' => '\x08',
                'f' => '\x0c',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                _ => return Err(err(Problem::InvalidEscape, doc, end - 2)),
            })
        } else {
            next += 1;
            end = next + 4;
            if end >= len {
                return Err(err(Problem::InvalidUnicodeEscape, doc, next - 1));
            }
            let mut code =
                hex4(doc, next).ok_or_else(|| err(Problem::InvalidUnicodeEscape, doc, end - 5))?;
            next = end;
            // A high surrogate followed by `\u`: join it with a low one, else keep it
            // alone (and the second escape is read on its own afterwards).
            if (0xd800..0xdc00).contains(&code)
                && end + 6 < len
                && doc.get(next) == Some(&'\\')
                && doc.get(next + 1) == Some(&'u')
            {
                end += 6;
                let low = hex4(doc, next + 2)
                    .ok_or_else(|| err(Problem::InvalidUnicodeEscape, doc, end - 5))?;
                if (0xdc00..0xe000).contains(&low) {
                    code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00));
                } else {
                    end -= 6;
                }
            }
            code
        };
        out.push(code);
    }
}

/// Four hex digits at `at`, or `None` if any is not one (or missing).
fn hex4(doc: &[char], at: usize) -> Option<u32> {
    let digits = doc.get(at..at + 4)?;
    digits
        .iter()
        .try_fold(0u32, |acc, c| Some((acc << 4) | c.to_digit(16)?))
}

/// `scan_once_unicode`'s named constants: `null`, `true`, `false`, `NaN`,
/// `Infinity`, `-Infinity`, when the whole word is there.
pub(super) fn constant(doc: &[char], idx: usize) -> Option<(Value, usize)> {
    let here = |word: &str| {
        let n = word.chars().count();
        let found = doc.get(idx..idx + n)?.iter().copied().eq(word.chars());
        found.then_some(idx + n)
    };
    let (value, next) = if let Some(next) = here("null") {
        (Value::None, next)
    } else if let Some(next) = here("true") {
        (Value::Bool(true), next)
    } else if let Some(next) = here("false") {
        (Value::Bool(false), next)
    } else if let Some(next) = here("NaN") {
        (Value::Float(f64::NAN), next)
    } else if let Some(next) = here("Infinity") {
        (Value::Float(f64::INFINITY), next)
    } else {
        (Value::Float(f64::NEG_INFINITY), here("-Infinity")?)
    };
    Some((value, next))
}

/// `_match_number_unicode`: an int (`-?(0|[1-9][0-9]*)`) or, with a fraction or an
/// exponent, a float; `None` (Python's `StopIteration`: "Expecting value") when no
/// number starts at `start`. An exponent without digits is left for the caller.
pub(super) fn number(doc: &[char], start: usize) -> Option<Scanned> {
    let digit = |i: usize| doc.get(i).is_some_and(char::is_ascii_digit);
    let end_idx = doc.len().checked_sub(1)?;
    let mut idx = start;
    if doc.get(idx) == Some(&'-') {
        idx += 1;
        if idx > end_idx {
            return None;
        }
    }
    match doc.get(idx) {
        Some('1'..='9') => {
            idx += 1;
            while digit(idx) {
                idx += 1;
            }
        }
        Some('0') => idx += 1,
        _ => return None,
    }
    let mut is_float = false;
    if idx < end_idx && doc.get(idx) == Some(&'.') && digit(idx + 1) {
        is_float = true;
        idx += 2;
        while digit(idx) {
            idx += 1;
        }
    }
    if idx < end_idx && matches!(doc.get(idx), Some('e' | 'E')) {
        let e_start = idx;
        idx += 1;
        if idx < end_idx && matches!(doc.get(idx), Some('-' | '+')) {
            idx += 1;
        }
        while digit(idx) {
            idx += 1;
        }
        if digit(idx - 1) {
            is_float = true;
        } else {
            idx = e_start;
        }
    }
    let text: String = doc.get(start..idx)?.iter().collect();
    Some(convert(&text, is_float).map(|v| (v, idx)))
}

/// `PyFloat_FromString` / `PyLong_FromString(buf, NULL, 10)` of a matched number.
fn convert(text: &str, is_float: bool) -> Result<Value, LoadsError> {
    if is_float {
        // Rust's parse is correctly rounded, as `_Py_dg_strtod`: 1e400 is inf.
        return Ok(Value::Float(text.parse::<f64>().unwrap_or(f64::NAN)));
    }
    let digits = text.trim_start_matches('-').len();
    if digits > INT_MAX_STR_DIGITS {
        return Err(LoadsError::IntTooLong { digits });
    }
    Ok(Value::Int(text.parse::<BigInt>().unwrap_or_default()))
}
