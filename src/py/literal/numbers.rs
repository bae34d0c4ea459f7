//! NUMBER tokens into values: ints of any size in any base, floats, and complex
//! numbers refused (they are not values this lab models).

use super::expr::Expr;
use super::tokenizer::Token;
use super::{LiteralError, NotLiteral};
use crate::py::Value;
use num_bigint::BigInt;

/// CPython's default `sys.get_int_max_str_digits()`.
const MAX_STR_DIGITS: usize = 4300;

/// The value of a NUMBER token (the tokenizer has checked its shape).
pub fn number(t: &Token) -> Result<Expr, LiteralError> {
    let text: String = t.text.chars().filter(|&c| c != '_').collect();
    let lower = text.to_ascii_lowercase();
    if lower.ends_with('j') {
        return Ok(Expr::NotLiteral(
            NotLiteral::Complex(t.text.clone()),
            vec![],
        ));
    }
    let radix = match lower.get(..2) {
        Some("0x") => 16,
        Some("0o") => 8,
        Some("0b") => 2,
        _ => 10,
    };
    if radix != 10 {
        let digits = lower.get(2..).unwrap_or("");
        return BigInt::parse_bytes(digits.as_bytes(), radix)
            .map(|i| Expr::Const(Value::Int(i)))
            .ok_or_else(|| LiteralError::syntax("invalid syntax".into(), t.line, t.col + 1));
    }
    if lower.contains(['.', 'e']) {
        // Rust's parser rounds correctly, as CPython's dtoa does; overflow gives inf.
        return lower
            .parse::<f64>()
            .map(|f| Expr::Const(Value::Float(f)))
            .map_err(|_| LiteralError::syntax("invalid syntax".into(), t.line, t.col + 1));
    }
    if lower.len() > MAX_STR_DIGITS {
        let mut e = LiteralError::syntax(
            format!(
                "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: \
                 value has {} digits; use sys.set_int_max_str_digits() to increase the limit \
                 - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                lower.len()
            ),
            t.line,
            0,
        );
        // CPython raises this from the int conversion, with no column.
        e.end_column = 0;
        return Err(e);
    }
    BigInt::parse_bytes(lower.as_bytes(), 10)
        .map(|i| Expr::Const(Value::Int(i)))
        .ok_or_else(|| LiteralError::syntax("invalid syntax".into(), t.line, t.col + 1))
}
