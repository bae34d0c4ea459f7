//! The anatomy as plain text, for `wirelab zlib inspect` and for reading in tests.

use super::{Anatomy, AnatomyError, Block, BlockType, Field, Format, Span, Token, TokenKind};
use std::fmt::Write;

/// Tokens listed before "... N more" (all are in `Anatomy::tokens`).
const LISTED_TOKENS: usize = 2000;

fn bits(span: Span) -> String {
    format!("bits {}..{}", span.start, span.end)
}

fn field_line(out: &mut String, f: &Field) {
    let _ = writeln!(
        out,
        "  {:<16} {:<10} = {:<10} {}",
        bits(f.bits),
        f.label,
        f.value,
        f.meaning
    );
}

/// A byte as Python's `repr` shows it inside `b'...'`.
fn byte_repr(b: u8) -> String {
    match b {
        b'\\' => "\\\\".into(),
        b'\'' => "\\'".into(),
        b'\n' => "\\n".into(),
        b'\r' => "\\r".into(),
        b'\t' => "\\t".into(),
        0x20..=0x7e => char::from(b).to_string(),
        _ => format!("\\x{b:02x}"),
    }
}

fn block_line(out: &mut String, i: usize, b: &Block) {
    let kind = match b.btype {
        BlockType::Stored => "00 stored",
        BlockType::Fixed => "01 fixed Huffman",
        BlockType::Dynamic => "10 dynamic Huffman",
        BlockType::Reserved => "11 reserved (invalid)",
    };
    let _ = writeln!(
        out,
        "block {i}: BFINAL={} BTYPE={kind}, {}, header {}, output bytes {}..{}, {} tokens",
        u8::from(b.bfinal),
        bits(b.bits),
        bits(b.header_bits),
        b.output.start,
        b.output.end,
        b.token_count
    );
    if let Some((len, nlen)) = b.stored_len {
        let _ = writeln!(
            out,
            "  LEN={len} NLEN={nlen} (NLEN must be LEN's ones' complement {})",
            !len
        );
    }
    if let Some(d) = &b.dynamic {
        let _ = writeln!(out, "  HLIT={} HDIST={} HCLEN={}", d.hlit, d.hdist, d.hclen);
        let _ = writeln!(
            out,
            "  code length code lengths (symbols 0-18): {:?}",
            d.code_length_lengths
        );
        let lens = |lengths: &[u8]| -> String {
            let used: Vec<String> = lengths
                .iter()
                .enumerate()
                .filter(|(_, &l)| l > 0)
                .map(|(s, l)| format!("{s}:{l}"))
                .collect();
            used.join(" ")
        };
        let _ = writeln!(
            out,
            "  literal/length code lengths (symbol:bits): {}",
            lens(&d.literal_lengths)
        );
        let _ = writeln!(
            out,
            "  distance code lengths (symbol:bits): {}",
            lens(&d.distance_lengths)
        );
    }
}

fn token_line(out: &mut String, t: &Token) {
    let what = match t.kind {
        TokenKind::Literal(b) => format!("literal '{}'", byte_repr(b)),
        TokenKind::Match { length, distance } => {
            format!("match length {length} distance {distance}")
        }
        TokenKind::EndOfBlock => "end of block".to_string(),
        TokenKind::Stored { len } => format!("{len} stored bytes"),
    };
    let _ = writeln!(
        out,
        "    {:<16} {what} -> output {}..{}",
        bits(t.bits),
        t.output.start,
        t.output.end
    );
}

/// The whole anatomy as text.
pub fn render(a: &Anatomy) -> String {
    let mut out = String::new();
    let format = match a.format {
        Format::Zlib => "zlib (RFC 1950)",
        Format::Gzip => "gzip (RFC 1952)",
        Format::Raw => "raw deflate (RFC 1951)",
    };
    let _ = writeln!(out, "format: {format}");
    if !a.header.is_empty() {
        let _ = writeln!(out, "header:");
        a.header.iter().for_each(|f| field_line(&mut out, f));
    }
    let mut listed = 0;
    for (i, b) in a.blocks.iter().enumerate() {
        block_line(&mut out, i, b);
        let tokens = a.tokens.iter().skip(b.first_token).take(b.token_count);
        for t in tokens {
            if listed < LISTED_TOKENS {
                token_line(&mut out, t);
            }
            listed += 1;
        }
    }
    let hidden = (listed.saturating_sub(LISTED_TOKENS) as u64).saturating_add(a.tokens_dropped);
    if hidden > 0 {
        let _ = writeln!(out, "    ... {hidden} more tokens");
    }
    if let Some(t) = &a.trailer {
        let _ = writeln!(out, "trailer:");
        t.fields.iter().for_each(|f| field_line(&mut out, f));
    }
    let _ = writeln!(out, "output: {} bytes", a.output.len());
    if let Some(u) = a.unused {
        let _ = writeln!(out, "unused data: bytes {}..{}", u.start / 8, u.end / 8);
    }
    if let Some(e) = &a.error {
        let _ = writeln!(out, "error: {e}");
    }
    out
}

/// The CLI's English for why the anatomy stops (zlib's own words where zlib has them).
impl std::fmt::Display for AnatomyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AnatomyError::Zlib(msg) => {
                write!(f, "zlib.error: Error -3 while decompressing data: {msg}")
            }
            AnatomyError::Truncated => {
                f.write_str("the stream ends early (incomplete or truncated stream)")
            }
            AnatomyError::NeedsDictionary => {
                f.write_str("zlib.error: Error 2 while decompressing data")
            }
            AnatomyError::OutputLimit(n) => write!(
                f,
                "stopped after {n} bytes of output: use max_length to read a stream this large"
            ),
        }
    }
}
