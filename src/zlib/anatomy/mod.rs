//! The anatomy of a zlib (RFC 1950), gzip (RFC 1952) or raw DEFLATE (RFC 1951)
//! stream: header fields, blocks, tokens and trailer, each with the bits it came
//! from, read by a parser of our own (no library reports bit positions).
//!
//! The parser is bounded: it never panics on garbage, stops at the first error
//! with the anatomy read so far, keeps at most `Limits::max_tokens` tokens (and
//! counts the rest), and refuses to produce more than `Limits::max_output` bytes.
//! Error texts are zlib's where zlib has one.

mod bits;
mod checksum;
mod deflate;
mod gzip;
mod huffman;
mod meaning;
mod text;
mod wrapper;

pub use checksum::{adler32, crc32};
pub use meaning::{ExtraFlagsHint, LevelHint, Meaning, OsKind};
pub use text::render;

use bits::BitReader;
use deflate::Deflate;

/// A range of bits, counted from the first bit of the stream (bit 0 is the least
/// significant bit of byte 0): `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: u64,
    pub end: u64,
}

/// The wrapper around the DEFLATE data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Zlib,
    Gzip,
    Raw,
}

/// One header or trailer field: its name (as the RFC spells it), bits, raw value
/// and what it means (as data; the page and the CLI word it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub label: &'static str,
    pub bits: Span,
    pub value: u64,
    pub meaning: Meaning,
}

/// RFC 1951 BTYPE.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockType {
    /// 00: no compression.
    Stored,
    /// 01: the fixed Huffman codes of RFC 1951 3.2.6.
    Fixed,
    /// 10: Huffman codes sent in the block header.
    Dynamic,
    /// 11: reserved (an error).
    Reserved,
}

/// The code lengths a dynamic block sends (RFC 1951 3.2.7).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DynamicHeader {
    /// Literal/length codes (257..=286).
    pub hlit: u16,
    /// Distance codes (1..=30).
    pub hdist: u8,
    /// Code length codes sent (4..=19).
    pub hclen: u8,
    /// Lengths of the code length code, by symbol 0..=18.
    pub code_length_lengths: [u8; 19],
    pub literal_lengths: Vec<u8>,
    pub distance_lengths: Vec<u8>,
    /// From BFINAL to the last code length.
    pub bits: Span,
}

/// One DEFLATE block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub bfinal: bool,
    pub btype: BlockType,
    /// The whole block, header to end-of-block code (or to the error).
    pub bits: Span,
    /// BFINAL and BTYPE, plus the stored lengths or the dynamic code lengths.
    pub header_bits: Span,
    /// A stored block's LEN and NLEN.
    pub stored_len: Option<(u16, u16)>,
    pub dynamic: Option<DynamicHeader>,
    /// This block's tokens: `tokens[first_token..first_token + token_count]`.
    pub first_token: usize,
    pub token_count: usize,
    /// The bytes of output this block produced (as a byte range, in `Span`).
    pub output: Span,
}

/// What one token says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// A literal byte.
    Literal(u8),
    /// Copy `length` bytes from `distance` bytes back: repetition, compressed.
    Match { length: u16, distance: u16 },
    /// Code 256.
    EndOfBlock,
    /// A stored block's `len` bytes, as they are.
    Stored { len: u16 },
}

/// A token, the bits it was read from, and the output bytes it produced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub bits: Span,
    /// Output byte range (start..end in bytes).
    pub output: Span,
}

/// Which check the trailer carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckKind {
    Adler32,
    Crc32,
}

/// The trailer's stored values beside the recomputed ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trailer {
    pub kind: CheckKind,
    pub stored: u32,
    pub computed: u32,
    /// gzip ISIZE: stored, and the real length mod 2^32.
    pub isize: Option<(u32, u32)>,
    pub fields: Vec<Field>,
}

/// Why the anatomy stops early; zlib's words where zlib has them.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum AnatomyError {
    /// zlib's message for this error (`incorrect header check`, `invalid block
    /// type`, `incorrect data check`, ...): Python's `Error -3 ...` text.
    Zlib(&'static str),
    /// The stream ends before its last block or trailer (zlib waits for more;
    /// `d.flush()` returns what it has without an error).
    Truncated,
    /// A zlib stream with FDICT set needs a preset dictionary (Python: `Error 2`).
    NeedsDictionary,
    /// More output than the anatomy will hold (a decompression bomb?).
    OutputLimit(usize),
}

/// `Display` (the CLI's English) is in `text.rs`; the page words the key itself.
impl std::error::Error for AnatomyError {}

/// Bounds on what `inspect` collects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub max_tokens: usize,
    pub max_output: usize,
}

impl Default for Limits {
    /// 100 000 tokens, 8 MiB of output.
    fn default() -> Self {
        Self {
            max_tokens: 100_000,
            max_output: 8 << 20,
        }
    }
}

/// Everything read from a stream, up to the first error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anatomy {
    pub format: Format,
    pub header: Vec<Field>,
    pub blocks: Vec<Block>,
    pub tokens: Vec<Token>,
    /// Tokens past `Limits::max_tokens`, counted but not kept.
    pub tokens_dropped: u64,
    pub trailer: Option<Trailer>,
    /// The decompressed bytes (the tokens' `output` ranges index into it).
    pub output: Vec<u8>,
    /// Bytes after the end of the stream (Python's `unused_data`), as a bit span.
    pub unused: Option<Span>,
    pub error: Option<AnatomyError>,
}

/// Reads the anatomy of `stream`. `wbits` as for `zlib.decompressobj` (8..=15
/// zlib, -8..=-15 raw, 24..=31 gzip, 40..=47 or 0 zlib/gzip by header), or `None`
/// to guess: gzip magic, else a valid zlib header, else raw.
pub fn inspect(stream: &[u8], wbits: Option<i32>) -> Anatomy {
    inspect_with(stream, wbits, Limits::default())
}

/// [`inspect`] with explicit limits.
pub fn inspect_with(stream: &[u8], wbits: Option<i32>, limits: Limits) -> Anatomy {
    let (format, window) = wrapper::choose_format(stream, wbits);
    let mut anatomy = Anatomy {
        format,
        header: Vec::new(),
        blocks: Vec::new(),
        tokens: Vec::new(),
        tokens_dropped: 0,
        trailer: None,
        output: Vec::new(),
        unused: None,
        error: None,
    };
    let mut reader = BitReader::new(stream, 0);
    if let Err(e) = wrapper::read_header(&mut reader, format, window, &mut anatomy.header) {
        anatomy.error = Some(e);
        return anatomy;
    }
    let mut deflate = Deflate {
        bits: reader,
        blocks: Vec::new(),
        tokens: Vec::new(),
        tokens_dropped: 0,
        output: Vec::new(),
        limits,
    };
    let result = deflate.run();
    let mut reader = deflate.bits;
    anatomy.blocks = deflate.blocks;
    anatomy.tokens = deflate.tokens;
    anatomy.tokens_dropped = deflate.tokens_dropped;
    anatomy.output = deflate.output;
    if let Err(e) = result {
        anatomy.error = Some(e);
        return anatomy;
    }
    let (trailer, error) = wrapper::read_trailer(&mut reader, format, &anatomy.output);
    anatomy.trailer = trailer;
    if error.is_some() {
        anatomy.error = error;
        return anatomy;
    }
    reader.align();
    let end = stream.len() as u64 * 8;
    if reader.pos() < end {
        anatomy.unused = Some(Span {
            start: reader.pos(),
            end,
        });
    }
    anatomy
}
