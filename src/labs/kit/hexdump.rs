//! The rows of a hex dump (offset, bytes, ASCII column), as `hexdump -C` lays them out.

/// Bytes per row on a wide screen, as `xxd` and `hexdump -C` show them.
pub const HEX_ROW: usize = 16;

/// The most bytes a hex view draws (a DOM node per byte: more would stall the page).
pub const HEX_VIEW_MAX: usize = 8 * 1024;

/// One row of the hex view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HexRow {
    /// Offset of the first byte.
    pub offset: usize,
    pub bytes: Vec<u8>,
}

/// Splits bytes into rows of `width` bytes (at least 1).
pub fn hex_rows(bytes: &[u8], width: usize) -> Vec<HexRow> {
    let width = width.max(1);
    bytes
        .chunks(width)
        .enumerate()
        .map(|(i, chunk)| HexRow {
            offset: i * width,
            bytes: chunk.to_vec(),
        })
        .collect()
}

/// The ASCII column character for a byte, as `hexdump -C` prints it.
pub fn ascii(byte: u8) -> char {
    if byte.is_ascii_graphic() || byte == b' ' {
        char::from(byte)
    } else {
        '.'
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_and_ascii_column() {
        let bytes: Vec<u8> = (0u8..20).collect();
        let rows = hex_rows(&bytes, HEX_ROW);
        assert_eq!(rows.len(), 2);
        assert_eq!((rows[1].offset, rows[1].bytes.len()), (16, 4));
        assert_eq!(hex_rows(&bytes, 8).len(), 3);
        assert_eq!(hex_rows(&[], 16), vec![]);
        let col: String = b"\x80\x04 K~\x7f\xc3".iter().map(|b| ascii(*b)).collect();
        assert_eq!(col, ".. K~..");
    }
}
