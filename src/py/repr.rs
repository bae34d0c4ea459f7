//! Python's `repr()` of a [`Value`].
//!
//! CONTRACT: `repr(&Value) -> String`, `float_repr(f64) -> String`,
//! `str_repr(&str) -> String`, `bytes_repr(&[u8]) -> String`, all exactly as CPython 3.11.

use super::printable::is_printable;
use super::Value;
use std::fmt::Write;

/// `repr(value)` as CPython 3.11 prints it.
pub fn repr(value: &Value) -> String {
    let mut out = String::new();
    write_repr(&mut out, value);
    out
}

/// What is left to print: a value, or literal text (separators and closers).
enum Job<'a> {
    Value(&'a Value),
    Text(&'static str),
}

/// Appends `repr(value)` to `out`, with an explicit stack rather than recursion, so
/// arbitrarily deep values (from a crafted pickle) cannot overflow the call stack.
fn write_repr(out: &mut String, value: &Value) {
    let mut stack = vec![Job::Value(value)];
    while let Some(job) = stack.pop() {
        let value = match job {
            Job::Text(t) => {
                out.push_str(t);
                continue;
            }
            Job::Value(v) => v,
        };
        match value {
            Value::None => out.push_str("None"),
            Value::Bool(true) => out.push_str("True"),
            Value::Bool(false) => out.push_str("False"),
            Value::Int(i) => {
                let _ = write!(out, "{i}");
            }
            Value::Float(f) => out.push_str(&float_repr(*f)),
            Value::Str(s) => out.push_str(&str_repr(s)),
            Value::SurrogateStr(cps) => out.push_str(&super::pickle::text::str_repr(cps)),
            Value::Bytes(b) => out.push_str(&bytes_repr(b)),
            Value::List(items) => push_seq(out, &mut stack, "[", items, "]"),
            Value::Tuple(items) if items.len() == 1 => push_seq(out, &mut stack, "(", items, ",)"),
            Value::Tuple(items) => push_seq(out, &mut stack, "(", items, ")"),
            Value::Dict(pairs) => {
                out.push('{');
                stack.push(Job::Text("}"));
                for (i, (k, v)) in pairs.iter().enumerate().rev() {
                    stack.push(Job::Value(v));
                    stack.push(Job::Text(": "));
                    stack.push(Job::Value(k));
                    if i > 0 {
                        stack.push(Job::Text(", "));
                    }
                }
            }
            // An empty set has no display syntax: `{}` is a dict.
            Value::Set(items) if items.is_empty() => out.push_str("set()"),
            Value::Set(items) => push_seq(out, &mut stack, "{", items, "}"),
            Value::FrozenSet(items) if items.is_empty() => out.push_str("frozenset()"),
            Value::FrozenSet(items) => push_seq(out, &mut stack, "frozenset({", items, "})"),
        }
    }
}

/// Prints the opener now and schedules the items, separators and closer.
fn push_seq<'a>(
    out: &mut String,
    stack: &mut Vec<Job<'a>>,
    open: &str,
    items: &'a [Value],
    close: &'static str,
) {
    out.push_str(open);
    stack.push(Job::Text(close));
    for (i, item) in items.iter().enumerate().rev() {
        stack.push(Job::Value(item));
        if i > 0 {
            stack.push(Job::Text(", "));
        }
    }
}

/// `repr(float)`: the shortest digits that round-trip (CPython's `'r'` format mode),
/// in positional notation when the decimal point falls in `-4 < decpt <= 16`, else
/// as `1e+300` with a sign and at least two exponent digits.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    // Rust's `{:e}` prints the same shortest round-trip digits: `d.ddde[-]X`.
    let sci = format!("{:e}", x.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((sci.as_str(), "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let decpt = exp + 1;
    let n = digits.len() as i32;
    if !(-4 < decpt && decpt <= 16) {
        let (first, rest) = digits.split_at(1);
        let frac = if rest.is_empty() {
            String::new()
        } else {
            format!(".{rest}")
        };
        let esign = if exp < 0 { '-' } else { '+' };
        return format!("{sign}{first}{frac}e{esign}{:02}", exp.unsigned_abs());
    }
    if decpt <= 0 {
        let zeros = "0".repeat(decpt.unsigned_abs() as usize);
        format!("{sign}0.{zeros}{digits}")
    } else if decpt >= n {
        let zeros = "0".repeat((decpt - n) as usize);
        format!("{sign}{digits}{zeros}.0")
    } else {
        let (int, frac) = digits.split_at(decpt as usize);
        format!("{sign}{int}.{frac}")
    }
}

/// `repr(str)`: single quotes unless the text has `'` and no `"`; `\\`, the quote,
/// `\t \n \r` escaped; other characters that `str.isprintable()` rejects as `\xNN`,
/// `\uNNNN` or `\UNNNNNNNN`; printable non-ASCII (Hangul, ...) kept as is.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c if (c as u32) <= 0xff => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if (c as u32) <= 0xffff => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => {
                let _ = write!(out, "\\U{:08x}", c as u32);
            }
        }
    }
    out.push(quote);
    out
}

/// `repr(bytes)`: `b'...'` with the same quote rule as str; bytes outside
/// `0x20..0x7f` as `\xNN` (except `\t \n \r`).
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(quote as char);
    out
}
