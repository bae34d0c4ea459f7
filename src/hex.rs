//! Hex text in and out, forgiving about how learners paste it.

/// Why pasted hex could not be read: Python's `bytes.fromhex` error, with the
/// 0-based character position it reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HexError {
    pub position: usize,
}

impl std::fmt::Display for HexError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "ValueError: non-hexadecimal number found in fromhex() arg at position {}",
            self.position
        )
    }
}

impl std::error::Error for HexError {}

/// Lower-case hex, as Python's `bytes.hex()`.
pub fn encode(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(DIGITS[usize::from(b >> 4)] as char);
        out.push(DIGITS[usize::from(b & 15)] as char);
    }
    out
}

/// Reads hex exactly as Python's `bytes.fromhex`: white space may stand between
/// bytes, never inside one.
pub fn decode(text: &str) -> Result<Vec<u8>, HexError> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let high = chars[i].to_digit(16).ok_or(HexError { position: i })?;
        let low = chars
            .get(i + 1)
            .and_then(|c| c.to_digit(16))
            .ok_or(HexError { position: i + 1 })?;
        out.push((high << 4 | low) as u8);
        i += 2;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        assert_eq!(encode(&[0, 0xab, 0xff]), "00abff");
        assert_eq!(decode("00 AB ff\n"), Ok(vec![0, 0xab, 0xff]));
        // Positions as CPython 3.11 reports them.
        assert_eq!(decode("0"), Err(HexError { position: 1 }));
        assert_eq!(decode("zz"), Err(HexError { position: 0 }));
        assert_eq!(decode("00 0"), Err(HexError { position: 4 }));
        assert_eq!(decode("0 0"), Err(HexError { position: 1 }));
    }
}
