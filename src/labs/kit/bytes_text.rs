//! Bytes as a learner pastes them: hexadecimal (what `bytes.hex()` prints, read as
//! `bytes.fromhex` reads it) or a Python bytes literal (what `print(pickle.dumps(x))`
//! shows: `b'\x80\x04...'`), read by the literal parser, so both are understood.

use crate::hex::{self, HexError};
use crate::py::literal::{self, LiteralError};
use crate::py::Value;

/// How the pasted text was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BytesForm {
    /// `bytes.fromhex(text)`.
    Hex,
    /// A bytes literal, `b'...'`.
    Literal,
}

/// Why the pasted text is not bytes, in Python's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BytesTextError {
    /// `bytes.fromhex` refused it (ValueError text).
    Hex(HexError),
    /// It looks like a bytes literal but Python would not read it.
    Literal(LiteralError),
    /// A literal, but of another type (`'abc'` is a str): Python's type name.
    NotBytes(&'static str),
}

impl std::fmt::Display for BytesTextError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BytesTextError::Hex(e) => e.fmt(f),
            BytesTextError::Literal(e) => e.fmt(f),
            BytesTextError::NotBytes(t) => {
                write!(f, "TypeError: a bytes-like object is required, not '{t}'")
            }
        }
    }
}

/// True when `text` starts like a bytes literal (`b'`, `B"`, `rb'`, ...).
fn looks_like_literal(text: &str) -> bool {
    let t = text.trim_start();
    let prefix: String = t
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect::<String>()
        .to_ascii_lowercase();
    matches!(prefix.as_str(), "b" | "br" | "rb") && t[prefix.len()..].starts_with(['\'', '"'])
}

/// Reads pasted bytes: a bytes literal when it looks like one, else hexadecimal.
pub fn read_bytes(text: &str) -> Result<(Vec<u8>, BytesForm), BytesTextError> {
    if looks_like_literal(text) {
        return match literal::parse(text.trim()) {
            Ok(Value::Bytes(b)) => Ok((b, BytesForm::Literal)),
            Ok(other) => Err(BytesTextError::NotBytes(other.type_name())),
            Err(e) => Err(BytesTextError::Literal(e)),
        };
    }
    hex::decode(text)
        .map(|b| (b, BytesForm::Hex))
        .map_err(BytesTextError::Hex)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn hex_and_printed_bytes_both_read() {
        let pickle = vec![0x80, 4, 0x4b, 1, 0x2e];
        assert_eq!(
            read_bytes("80 04 4b 01 2e").unwrap(),
            (pickle.clone(), BytesForm::Hex)
        );
        // print(pickle.dumps(1, 4)) shows b'\x80\x04K\x01.'
        assert_eq!(
            read_bytes(" b'\\x80\\x04K\\x01.'\n").unwrap(),
            (pickle, BytesForm::Literal)
        );
    }

    #[test]
    fn what_is_not_bytes_says_so_in_pythons_words() {
        assert!(matches!(
            read_bytes("b'\\x8"),
            Err(BytesTextError::Literal(_))
        ));
        assert!(matches!(read_bytes("zz"), Err(BytesTextError::Hex(_))));
        // 'abc' is a str, not hex and not a bytes literal.
        let err = read_bytes("'abc'").unwrap_err().to_string();
        assert!(err.starts_with("ValueError: non-hexadecimal number found in fromhex() arg"));
        assert_eq!(
            BytesTextError::NotBytes("str").to_string(),
            "TypeError: a bytes-like object is required, not 'str'"
        );
    }
}
