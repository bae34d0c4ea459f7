//! The DEFLATE blocks and tokens of a stream (RFC 1951 section 3.2), read with
//! zlib `inflate.c`'s checks and words, recording the bits of everything.

use super::bits::BitReader;
use super::huffman::{Fit, Huffman};
use super::{AnatomyError, Block, BlockType, DynamicHeader, Limits, Span, Token, TokenKind};

/// RFC 1951 3.2.5: base lengths and extra bits of length codes 257..285.
const LENGTH_BASE: [u16; 29] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
    163, 195, 227, 258,
];
const LENGTH_EXTRA: [u8; 29] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
];
/// RFC 1951 3.2.5: base distances and extra bits of distance codes 0..29.
const DIST_BASE: [u16; 30] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
];
const DIST_EXTRA: [u8; 30] = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
    13,
];
/// RFC 1951 3.2.7: the order code length code lengths are stored in.
pub(crate) const CLEN_ORDER: [usize; 19] = [
    16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15,
];

/// Everything the block reader fills in.
pub(crate) struct Deflate<'a> {
    pub bits: BitReader<'a>,
    pub blocks: Vec<Block>,
    pub tokens: Vec<Token>,
    pub tokens_dropped: u64,
    pub output: Vec<u8>,
    pub limits: Limits,
}

impl Deflate<'_> {
    /// Reads blocks until the one with BFINAL set has ended.
    pub(crate) fn run(&mut self) -> Result<(), AnatomyError> {
        loop {
            let start = self.bits.pos();
            let bfinal = self.bits.bit()? == 1;
            let btype = match self.bits.bits(2)? {
                0 => BlockType::Stored,
                1 => BlockType::Fixed,
                2 => BlockType::Dynamic,
                _ => BlockType::Reserved,
            };
            let mut block = Block {
                bfinal,
                btype,
                bits: Span {
                    start,
                    end: self.bits.pos(),
                },
                header_bits: Span {
                    start,
                    end: self.bits.pos(),
                },
                stored_len: None,
                dynamic: None,
                first_token: self.tokens.len(),
                token_count: 0,
                output: Span {
                    start: self.output.len() as u64,
                    end: self.output.len() as u64,
                },
            };
            let result = self.block_body(&mut block);
            block.bits.end = self.bits.pos();
            block.output.end = self.output.len() as u64;
            block.token_count = self.tokens.len() - block.first_token;
            self.blocks.push(block);
            result?;
            if bfinal {
                return Ok(());
            }
        }
    }

    fn block_body(&mut self, block: &mut Block) -> Result<(), AnatomyError> {
        match block.btype {
            BlockType::Stored => self.stored(block),
            BlockType::Fixed => {
                let mut lengths = [0u8; 288];
                lengths[..144].fill(8);
                lengths[144..256].fill(9);
                lengths[256..280].fill(7);
                lengths[280..].fill(8);
                let (lit, _) = Huffman::new(&lengths);
                // Distance codes 30 and 31 take part in the code but are invalid.
                let (dist, _) = Huffman::new(&[5u8; 32]);
                block.header_bits.end = self.bits.pos();
                self.codes(&lit, &dist)
            }
            BlockType::Dynamic => {
                let (lit, dist, header) = self.dynamic_header(block.header_bits.start)?;
                block.header_bits.end = self.bits.pos();
                block.dynamic = Some(header);
                self.codes(&lit, &dist)
            }
            BlockType::Reserved => Err(AnatomyError::Zlib("invalid block type")),
        }
    }

    /// RFC 1951 3.2.4: LEN, NLEN, then LEN bytes as they are.
    fn stored(&mut self, block: &mut Block) -> Result<(), AnatomyError> {
        self.bits.align();
        let header = self.bits.bytes(4)?;
        let len = u16::from_le_bytes([header[0], header[1]]);
        let nlen = u16::from_le_bytes([header[2], header[3]]);
        block.header_bits.end = self.bits.pos();
        block.stored_len = Some((len, nlen));
        if len != !nlen {
            return Err(AnatomyError::Zlib("invalid stored block lengths"));
        }
        let start = self.bits.pos();
        // zlib copies what has arrived of a stored block, so a cut stream still
        // shows its first bytes.
        let available = self.bits.bytes_left().min(usize::from(len));
        let data = self.bits.bytes(available)?;
        self.emit_output(data)?;
        let out_end = self.output.len() as u64;
        self.push_token(Token {
            kind: TokenKind::Stored {
                len: available as u16,
            },
            bits: Span {
                start,
                end: self.bits.pos(),
            },
            output: Span {
                start: out_end - available as u64,
                end: out_end,
            },
        });
        if available < usize::from(len) {
            return Err(AnatomyError::Truncated);
        }
        Ok(())
    }

    /// RFC 1951 3.2.7: HLIT, HDIST, HCLEN, the code length code, then the
    /// literal/length and distance code lengths, with zlib's checks.
    fn dynamic_header(
        &mut self,
        start: u64,
    ) -> Result<(Huffman, Huffman, DynamicHeader), AnatomyError> {
        let hlit = self.bits.bits(5)? as usize + 257;
        let hdist = self.bits.bits(5)? as usize + 1;
        let hclen = self.bits.bits(4)? as usize + 4;
        if hlit > 286 || hdist > 30 {
            return Err(AnatomyError::Zlib("too many length or distance symbols"));
        }
        let mut clen = [0u8; 19];
        for &i in CLEN_ORDER.iter().take(hclen) {
            clen[i] = self.bits.bits(3)? as u8;
        }
        let (clen_code, fit) = Huffman::new(&clen);
        if fit != Fit::Complete && clen.iter().any(|&l| l != 0) {
            return Err(AnatomyError::Zlib("invalid code lengths set"));
        }
        // zlib decodes an empty code length code as symbol 0 in one bit.
        let empty = clen.iter().all(|&l| l == 0);
        let mut lengths = vec![0u8; hlit + hdist];
        let mut i = 0;
        while i < lengths.len() {
            let symbol = if empty {
                self.bits.bit()?;
                Some(0)
            } else {
                clen_code.decode(&mut self.bits)?
            };
            let symbol = symbol.ok_or(AnatomyError::Zlib("invalid code lengths set"))?;
            let (value, repeat) = match symbol {
                0..=15 => (symbol as u8, 1),
                16 => {
                    let prev = i.checked_sub(1).and_then(|p| lengths.get(p)).copied();
                    let prev = prev.ok_or(AnatomyError::Zlib("invalid bit length repeat"))?;
                    (prev, 3 + self.bits.bits(2)? as usize)
                }
                17 => (0, 3 + self.bits.bits(3)? as usize),
                _ => (0, 11 + self.bits.bits(7)? as usize),
            };
            if i + repeat > lengths.len() {
                return Err(AnatomyError::Zlib("invalid bit length repeat"));
            }
            lengths[i..i + repeat].fill(value);
            i += repeat;
        }
        if lengths[256] == 0 {
            return Err(AnatomyError::Zlib("invalid code -- missing end-of-block"));
        }
        let (lit, fit) = Huffman::new(&lengths[..hlit]);
        if !allowed(fit) {
            return Err(AnatomyError::Zlib("invalid literal/lengths set"));
        }
        let (dist, fit) = Huffman::new(&lengths[hlit..]);
        if !allowed(fit) {
            return Err(AnatomyError::Zlib("invalid distances set"));
        }
        let header = DynamicHeader {
            hlit: hlit as u16,
            hdist: hdist as u8,
            hclen: hclen as u8,
            code_length_lengths: clen,
            literal_lengths: lengths[..hlit].to_vec(),
            distance_lengths: lengths[hlit..].to_vec(),
            bits: Span {
                start,
                end: self.bits.pos(),
            },
        };
        Ok((lit, dist, header))
    }

    /// RFC 1951 3.2.5: literals, (length, distance) pairs, end of block.
    fn codes(&mut self, lit: &Huffman, dist: &Huffman) -> Result<(), AnatomyError> {
        loop {
            let start = self.bits.pos();
            let out_start = self.output.len() as u64;
            let symbol = lit.decode(&mut self.bits)?;
            let kind = match symbol {
                Some(byte @ 0..=255) => {
                    self.emit_output(&[byte as u8])?;
                    TokenKind::Literal(byte as u8)
                }
                Some(256) => TokenKind::EndOfBlock,
                Some(code @ 257..=285) => {
                    let index = usize::from(code - 257);
                    let extra = self.bits.bits(u32::from(LENGTH_EXTRA[index]))? as u16;
                    let length = LENGTH_BASE[index] + extra;
                    let dcode = dist.decode(&mut self.bits)?.map(usize::from);
                    let dcode = dcode
                        .filter(|&d| d < 30)
                        .ok_or(AnatomyError::Zlib("invalid distance code"))?;
                    let extra = self.bits.bits(u32::from(DIST_EXTRA[dcode]))? as u16;
                    let distance = DIST_BASE[dcode] + extra;
                    self.copy(length, distance)?;
                    TokenKind::Match { length, distance }
                }
                _ => return Err(AnatomyError::Zlib("invalid literal/length code")),
            };
            self.push_token(Token {
                kind,
                bits: Span {
                    start,
                    end: self.bits.pos(),
                },
                output: Span {
                    start: out_start,
                    end: self.output.len() as u64,
                },
            });
            if kind == TokenKind::EndOfBlock {
                return Ok(());
            }
        }
    }

    /// Copies `length` bytes from `distance` back (the copy may overlap itself).
    fn copy(&mut self, length: u16, distance: u16) -> Result<(), AnatomyError> {
        let distance = usize::from(distance);
        if distance > self.output.len() {
            return Err(AnatomyError::Zlib("invalid distance too far back"));
        }
        self.check_room(usize::from(length))?;
        for _ in 0..length {
            let byte = self.output[self.output.len() - distance];
            self.output.push(byte);
        }
        Ok(())
    }

    fn emit_output(&mut self, data: &[u8]) -> Result<(), AnatomyError> {
        self.check_room(data.len())?;
        self.output.extend_from_slice(data);
        Ok(())
    }

    fn check_room(&self, more: usize) -> Result<(), AnatomyError> {
        if self.output.len().saturating_add(more) > self.limits.max_output {
            return Err(AnatomyError::OutputLimit(self.limits.max_output));
        }
        Ok(())
    }

    fn push_token(&mut self, token: Token) {
        if self.tokens.len() < self.limits.max_tokens {
            self.tokens.push(token);
        } else {
            self.tokens_dropped += 1;
        }
    }
}

/// zlib accepts an incomplete literal or distance code only when it is a single
/// code of one bit (and an empty distance code, for literal-only blocks).
fn allowed(fit: Fit) -> bool {
    matches!(fit, Fit::Complete | Fit::Incomplete { single_code: true })
}
