//! `pickle.dumps(value, protocol)` byte for byte as CPython 3.11's `_pickle` writes it.

use crate::py::Value;

/// Why `pickle.dumps` raised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DumpError {
    /// Python's text, e.g. `ValueError: pickle protocol must be <= 5`.
    pub message: String,
}

impl std::fmt::Display for DumpError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for DumpError {}

/// `pickle.dumps(value, protocol)`.
pub fn dumps(value: &Value, protocol: u8) -> Result<Vec<u8>, DumpError> {
    let _ = (value, protocol);
    Err(DumpError {
        message: "pickle.dumps is being written".into(),
    })
}
