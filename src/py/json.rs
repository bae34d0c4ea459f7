//! `json.dumps` with its default arguments, and the `TypeError`s it raises.
//!
//! CONTRACT: `dumps(&Value) -> Result<String, JsonError>`; `JsonError`'s Display is
//! Python's text, e.g. `TypeError: Object of type bytes is not JSON serializable`.

use super::Value;

/// Why `json.dumps` raised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    /// Python's message after `TypeError: `.
    pub message: String,
}

impl std::fmt::Display for JsonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "TypeError: {}", self.message)
    }
}

impl std::error::Error for JsonError {}

/// `json.dumps(value)`.
pub fn dumps(value: &Value) -> Result<String, JsonError> {
    Err(JsonError {
        message: format!("Object of type {} is not JSON serializable", value.type_name()),
    })
}
