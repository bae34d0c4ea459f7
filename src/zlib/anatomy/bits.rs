//! An LSB-first bit reader over a byte slice (RFC 1951 section 3.1.1) that knows
//! its absolute bit position, so every field can report the bits it came from.

use super::AnatomyError;

/// Reads bits least significant first; never reads past the end (errors instead).
#[derive(Debug, Clone)]
pub(crate) struct BitReader<'a> {
    data: &'a [u8],
    /// Absolute position in bits from the start of `data`.
    pos: u64,
}

impl<'a> BitReader<'a> {
    pub(crate) fn new(data: &'a [u8], byte_offset: usize) -> Self {
        Self {
            data,
            pos: (byte_offset as u64) * 8,
        }
    }

    /// The current position, in bits from the start of the stream.
    pub(crate) fn pos(&self) -> u64 {
        self.pos
    }

    /// Bits left in the input.
    fn remaining(&self) -> u64 {
        (self.data.len() as u64 * 8).saturating_sub(self.pos)
    }

    /// One bit.
    pub(crate) fn bit(&mut self) -> Result<u32, AnatomyError> {
        let byte = usize::try_from(self.pos / 8).map_err(|_| AnatomyError::Truncated)?;
        let b = *self.data.get(byte).ok_or(AnatomyError::Truncated)?;
        let bit = (b >> (self.pos % 8)) & 1;
        self.pos += 1;
        Ok(u32::from(bit))
    }

    /// `n` bits (n <= 32), the first read as the least significant.
    pub(crate) fn bits(&mut self, n: u32) -> Result<u32, AnatomyError> {
        if u64::from(n) > self.remaining() {
            return Err(AnatomyError::Truncated);
        }
        let mut value = 0u32;
        for i in 0..n.min(32) {
            value |= self.bit()? << i;
        }
        Ok(value)
    }

    /// Skips to the next byte boundary (stored blocks, trailers).
    pub(crate) fn align(&mut self) {
        self.pos = self.pos.div_ceil(8) * 8;
    }

    /// The byte-aligned position in bytes (call after `align`).
    pub(crate) fn byte_pos(&self) -> usize {
        usize::try_from(self.pos / 8).unwrap_or(usize::MAX)
    }

    /// Whole bytes left from a byte-aligned position.
    pub(crate) fn bytes_left(&self) -> usize {
        self.data.len().saturating_sub(self.byte_pos())
    }

    /// The first `n` bytes of the input.
    pub(crate) fn prefix(&self, n: usize) -> Option<&'a [u8]> {
        self.data.get(..n)
    }

    /// `n` whole bytes from a byte-aligned position.
    pub(crate) fn bytes(&mut self, n: usize) -> Result<&'a [u8], AnatomyError> {
        let start = self.byte_pos();
        let end = start.checked_add(n).ok_or(AnatomyError::Truncated)?;
        let slice = self.data.get(start..end).ok_or(AnatomyError::Truncated)?;
        self.pos = (end as u64) * 8;
        Ok(slice)
    }
}
