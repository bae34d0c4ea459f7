//! Python's `repr()` of a [`Value`].
//!
//! CONTRACT: `repr(&Value) -> String`, `float_repr(f64) -> String`,
//! `str_repr(&str) -> String`, `bytes_repr(&[u8]) -> String`, all exactly as CPython 3.11.

use super::Value;

/// `repr(value)` as CPython 3.11 prints it.
pub fn repr(value: &Value) -> String {
    format!("{value:?}")
}
