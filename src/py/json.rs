//! `json.dumps` with its default arguments, and the `TypeError`s it raises.
//!
//! CONTRACT: `dumps(&Value) -> Result<String, JsonError>`; `JsonError`'s Display is
//! Python's text, e.g. `TypeError: Object of type bytes is not JSON serializable`.
//!
//! This follows CPython 3.11's C encoder (`Modules/_json.c`): separators `', '` and
//! `': '`, `ensure_ascii=True`, `allow_nan=True`, tuples as arrays, and errors raised
//! at the first offending object in traversal order.

use super::repr::float_repr;
use super::Value;
use num_bigint::BigInt;
use std::fmt::Write;

/// Containers nested deeper than this raise RecursionError in `python3 -c
/// 'json.dumps(x)'` (the interpreter's limit of 1000 frames, less the caller's).
const MAX_DEPTH: usize = 995;

/// CPython's default `sys.get_int_max_str_digits()`: `str(int)` refuses more digits.
const MAX_STR_DIGITS: usize = 4300;

/// Why `json.dumps` raised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    /// The Python exception: `TypeError`; `ValueError` for an int too long to print;
    /// `RecursionError` for containers nested too deep.
    pub exception: &'static str,
    /// Python's message after `TypeError: `.
    pub message: String,
}

impl std::fmt::Display for JsonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.exception, self.message)
    }
}

impl std::error::Error for JsonError {}

fn type_error(message: String) -> JsonError {
    JsonError {
        exception: "TypeError",
        message,
    }
}

/// `json.dumps(value)`.
pub fn dumps(value: &Value) -> Result<String, JsonError> {
    dumps_with(value, true)
}

/// `json.dumps(value, ensure_ascii=...)`: with `ensure_ascii=False` text stays text
/// (Hangul is 3 UTF-8 bytes a syllable instead of a 6-byte `\uXXXX`); only `"`, `\`
/// and control characters are escaped.
pub fn dumps_with(value: &Value, ensure_ascii: bool) -> Result<String, JsonError> {
    let mut out = String::new();
    encode(&mut out, value, 0, ensure_ascii)?;
    Ok(out)
}

/// `int.__repr__`, with CPython's limit on decimal digits.
fn int_text(i: &BigInt) -> Result<String, JsonError> {
    let text = i.to_string();
    let digits = text.trim_start_matches('-').len();
    if digits > MAX_STR_DIGITS {
        return Err(JsonError {
            exception: "ValueError",
            message: format!(
                "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion; \
                 use sys.set_int_max_str_digits() to increase the limit"
            ),
        });
    }
    Ok(text)
}

/// `encoder_encode_float`: `float.__repr__`, except the non-finite spellings.
fn float_text(f: f64) -> String {
    if f.is_nan() {
        "NaN".into()
    } else if f.is_infinite() {
        if f > 0.0 { "Infinity" } else { "-Infinity" }.into()
    } else {
        float_repr(f)
    }
}

fn encode(out: &mut String, value: &Value, depth: usize, ascii: bool) -> Result<(), JsonError> {
    let nested = matches!(value, Value::List(_) | Value::Tuple(_) | Value::Dict(_));
    if nested && depth >= MAX_DEPTH {
        return Err(JsonError {
            exception: "RecursionError",
            message: "maximum recursion depth exceeded while encoding a JSON object".into(),
        });
    }
    match value {
        Value::None => out.push_str("null"),
        Value::Bool(true) => out.push_str("true"),
        Value::Bool(false) => out.push_str("false"),
        Value::Int(i) => out.push_str(&int_text(i)?),
        Value::Float(f) => out.push_str(&float_text(*f)),
        Value::Str(s) => encode_str(out, s, ascii),
        Value::SurrogateStr(cps) => encode_code_points(out, cps.iter().copied(), ascii),
        Value::List(items) | Value::Tuple(items) => {
            out.push('[');
            for (n, item) in items.iter().enumerate() {
                if n > 0 {
                    out.push_str(", ");
                }
                encode(out, item, depth + 1, ascii)?;
            }
            out.push(']');
        }
        Value::Dict(pairs) => {
            out.push('{');
            for (n, (k, v)) in pairs.iter().enumerate() {
                let key = match k {
                    Value::SurrogateStr(cps) => {
                        if n > 0 {
                            out.push_str(", ");
                        }
                        encode_code_points(out, cps.iter().copied(), ascii);
                        out.push_str(": ");
                        encode(out, v, depth + 1, ascii)?;
                        continue;
                    }
                    Value::Str(s) => s.clone(),
                    Value::Float(f) => float_text(*f),
                    Value::Bool(true) => "true".into(),
                    Value::Bool(false) => "false".into(),
                    Value::None => "null".into(),
                    Value::Int(i) => int_text(i)?,
                    other => {
                        return Err(type_error(format!(
                            "keys must be str, int, float, bool or None, not {}",
                            other.type_name()
                        )))
                    }
                };
                if n > 0 {
                    out.push_str(", ");
                }
                encode_str(out, &key, ascii);
                out.push_str(": ");
                encode(out, v, depth + 1, ascii)?;
            }
            out.push('}');
        }
        Value::Bytes(_) | Value::Set(_) | Value::FrozenSet(_) => {
            return Err(type_error(format!(
                "Object of type {} is not JSON serializable",
                value.type_name()
            )))
        }
    }
    Ok(())
}

/// `py_encode_basestring_ascii`: printable ASCII as is, the rest as `\uXXXX`
/// (a surrogate pair beyond the BMP), with JSON's short escapes.
fn encode_str(out: &mut String, s: &str, ascii: bool) {
    encode_code_points(out, s.chars().map(u32::from), ascii);
}

/// `encode_str` over code points: a lone surrogate is one `\uXXXX` escape.
/// With `ascii` false (`py_encode_basestring`), everything from U+0020 up stays as it
/// is; a lone surrogate is still escaped (a Rust string cannot hold it).
fn encode_code_points(out: &mut String, cps: impl Iterator<Item = u32>, ascii: bool) {
    out.push('"');
    for cp in cps {
        match char::from_u32(cp) {
            Some('"') => out.push_str("\\\""),
            Some('\\') => out.push_str("\\\\"),
            Some('\n') => out.push_str("\\n"),
            Some('\r') => out.push_str("\\r"),
            Some('\t') => out.push_str("\\t"),
            Some('\x08') => out.push_str("\\b"),
            Some('\x0c') => out.push_str("\\f"),
            Some(c @ ' '..='~') => out.push(c),
            Some(c) if !ascii && c >= ' ' => out.push(c),
            Some(c) => {
                let mut units = [0u16; 2];
                for u in c.encode_utf16(&mut units) {
                    let _ = write!(out, "\\u{u:04x}");
                }
            }
            None => {
                let _ = write!(out, "\\u{cp:04x}");
            }
        }
    }
    out.push('"');
}

#[cfg(test)]
mod ensure_ascii_tests {
    use super::*;

    fn s(text: &str) -> Value {
        Value::Str(text.into())
    }

    #[test]
    fn text_stays_text_without_ensure_ascii() {
        // python3: json.dumps({'이름': '김\x7f\n'}, ensure_ascii=...)
        let v = Value::Dict(vec![(s("이름"), s("김\x7f\n\x1f"))]);
        assert_eq!(
            dumps_with(&v, false).ok().as_deref(),
            Some("{\"이름\": \"김\x7f\\n\\u001f\"}")
        );
        assert_eq!(
            dumps(&v).ok().as_deref(),
            Some("{\"\\uc774\\ub984\": \"\\uae40\\u007f\\n\\u001f\"}")
        );
    }
}
