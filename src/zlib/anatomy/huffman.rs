//! Canonical Huffman codes from code lengths (RFC 1951 section 3.2.2), decoded
//! bit by bit as zlib's `puff.c` does: slow, small, and easy to check.

use super::bits::BitReader;
use super::AnatomyError;

const MAX_BITS: usize = 15;

/// A canonical code: how many codes of each length, and the symbols in code order.
#[derive(Debug, Clone)]
pub(crate) struct Huffman {
    count: [u16; MAX_BITS + 1],
    symbols: Vec<u16>,
    /// The longest code (at least 1): zlib's tables reject a bit pattern that
    /// is no code once this many bits are in, and an empty code after one bit.
    max_len: usize,
}

/// Whether a set of lengths forms a complete code (zlib's `inflate_table` rules).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fit {
    Complete,
    /// Codes left unused; zlib allows it only for a single length-1 code.
    Incomplete {
        single_code: bool,
    },
    OverSubscribed,
}

impl Huffman {
    /// Builds the code for `lengths` (0 = symbol unused) and says how it fits.
    pub(crate) fn new(lengths: &[u8]) -> (Self, Fit) {
        let mut count = [0u16; MAX_BITS + 1];
        for &len in lengths {
            if let Some(c) = count.get_mut(usize::from(len)) {
                *c += 1;
            }
        }
        let mut left: i32 = 1;
        let mut over = false;
        for &c in &count[1..] {
            left = left * 2 - i32::from(c);
            if left < 0 {
                over = true;
                break;
            }
        }
        let mut offsets = [0usize; MAX_BITS + 2];
        for len in 1..=MAX_BITS {
            offsets[len + 1] = offsets[len] + usize::from(count[len]);
        }
        let mut symbols = vec![0u16; offsets[MAX_BITS + 1]];
        for (symbol, &len) in lengths.iter().enumerate() {
            let len = usize::from(len);
            if (1..=MAX_BITS).contains(&len) {
                if let Some(slot) = symbols.get_mut(offsets[len]) {
                    *slot = symbol as u16;
                }
                offsets[len] += 1;
            }
        }
        let used: u16 = count[1..].iter().sum();
        let max_len = (1..=MAX_BITS).rev().find(|&l| count[l] > 0).unwrap_or(0);
        let fit = if over {
            Fit::OverSubscribed
        } else if left > 0 && used > 0 {
            Fit::Incomplete {
                single_code: used == 1 && max_len == 1,
            }
        } else {
            Fit::Complete
        };
        (
            Self {
                count,
                symbols,
                max_len: max_len.max(1),
            },
            fit,
        )
    }

    /// Decodes one symbol; `None` for a bit pattern that is no code (an
    /// incomplete code), which the caller words as zlib does.
    pub(crate) fn decode(&self, bits: &mut BitReader<'_>) -> Result<Option<u16>, AnatomyError> {
        let mut code: i32 = 0;
        let mut first: i32 = 0;
        let mut index: i32 = 0;
        for len in 1..=self.max_len {
            code |= bits.bit()? as i32;
            let count = i32::from(self.count[len]);
            if code - first < count {
                let at = usize::try_from(index + code - first).unwrap_or(usize::MAX);
                return Ok(self.symbols.get(at).copied());
            }
            index += count;
            first = (first + count) << 1;
            code <<= 1;
        }
        Ok(None)
    }
}
