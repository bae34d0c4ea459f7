//! The anatomy against CPython's streams and zlib's verdicts: complete, consistent
//! (tokens re-expand to the data, bit ranges tile the stream, checks recomputed)
//! and in zlib's words where it stops.

use super::{compress_vectors, fixture, python, text_inputs, unhex, Json};
use wirelab::hex;
use wirelab::zlib;
use wirelab::zlib::anatomy::{self, Anatomy, Format, TokenKind};

/// Checks what every clean anatomy must satisfy: no error, the tokens re-expand
/// to the output, the trailer's stored check equals the recomputed one, and the
/// bit ranges tile the stream (header, blocks, tokens, trailer) with no gap.
fn check_anatomy(a: &Anatomy, stream: &[u8], data: &[u8], what: &str) {
    assert_eq!(a.error, None, "{what}");
    assert_eq!(a.output, data, "{what}");
    // Header fields are contiguous from bit 0.
    let mut pos = 0;
    for f in &a.header {
        assert_eq!(f.bits.start, pos, "{what}: header field {}", f.label);
        pos = f.bits.end;
    }
    // Blocks follow the header; tokens tile each block after its header.
    let mut rebuilt: Vec<u8> = Vec::new();
    for b in &a.blocks {
        assert_eq!(b.bits.start, pos, "{what}: block start");
        let mut at = b.header_bits.end;
        assert_eq!(b.output.start, rebuilt.len() as u64, "{what}");
        for t in &a.tokens[b.first_token..b.first_token + b.token_count] {
            assert_eq!(t.bits.start, at, "{what}: token {:?}", t.kind);
            assert_eq!(t.output.start, rebuilt.len() as u64, "{what}");
            match t.kind {
                TokenKind::Literal(byte) => rebuilt.push(byte),
                TokenKind::Match { length, distance } => {
                    assert!((3..=258).contains(&length) && (1..=32768).contains(&distance));
                    for _ in 0..length {
                        rebuilt.push(rebuilt[rebuilt.len() - usize::from(distance)]);
                    }
                }
                TokenKind::Stored { len } => {
                    let start = (t.bits.start / 8) as usize;
                    rebuilt.extend_from_slice(&stream[start..start + usize::from(len)]);
                }
                TokenKind::EndOfBlock => {}
            }
            assert_eq!(t.output.end, rebuilt.len() as u64, "{what}");
            at = t.bits.end;
        }
        assert_eq!(at, b.bits.end, "{what}: last token ends the block");
        pos = b.bits.end;
    }
    assert_eq!(rebuilt, data, "{what}: tokens re-expand to the data");
    assert!(a.blocks.last().is_some_and(|b| b.bfinal), "{what}");
    let trailer_start = pos.div_ceil(8) * 8;
    match (&a.trailer, a.format) {
        (None, Format::Raw) => assert_eq!(trailer_start, stream.len() as u64 * 8, "{what}"),
        (Some(t), _) => {
            assert_eq!(t.stored, t.computed, "{what}");
            assert_eq!(t.fields[0].bits.start, trailer_start, "{what}");
            assert_eq!(
                t.fields.last().unwrap().bits.end,
                stream.len() as u64 * 8,
                "{what}"
            );
            if let Some((stored, real)) = t.isize {
                assert_eq!((stored, real), (data.len() as u32, data.len() as u32));
            }
        }
        (None, _) => panic!("{what}: no trailer"),
    }
    assert_eq!(a.unused, None, "{what}");
}

#[test]
fn anatomy_of_cpython_streams_is_complete_and_consistent() {
    for (input, level, stream) in compress_vectors() {
        let a = zlib::inspect(&stream, None);
        assert_eq!(a.format, Format::Zlib);
        check_anatomy(&a, &stream, &input, &format!("vector level {level}"));
        let flevel = a.header.iter().find(|f| f.label == "FLEVEL").unwrap().value;
        assert_eq!(flevel, [0, 0, 1, 1, 1, 1, 2, 3, 3, 3][level as usize]);
    }
    // Larger text through every level and wrapper, compressed by python3 itself:
    // python3 -c "import zlib,sys; sys.stdout.buffer.write(zlib.compress(data, level, wbits))"
    let text = &text_inputs()[0];
    for level in [0, 1, 6, 9] {
        for (wbits, format) in [(15, Format::Zlib), (-15, Format::Raw), (31, Format::Gzip)] {
            let script = format!(
                "import sys, zlib; sys.stdout.buffer.write(zlib.compress(sys.stdin.buffer.read(), {level}, {wbits}))"
            );
            let stream = python(&script, text);
            let a = zlib::inspect(&stream, Some(wbits));
            assert_eq!(a.format, format);
            check_anatomy(
                &a,
                &stream,
                text,
                &format!("text level {level} wbits {wbits}"),
            );
            if level == 0 {
                assert!(a.blocks.len() > 1 && a.blocks.iter().all(|b| b.stored_len.is_some()));
            } else if level > 0 {
                assert!(
                    a.blocks.iter().any(|b| b.dynamic.is_some()),
                    "level {level}"
                );
            }
        }
    }
}

#[test]
fn anatomy_reads_a_full_gzip_header() {
    // python3 -c "import gzip; print(gzip.compress(b'hi', mtime=1700000000).hex())"
    // with FNAME etc. written by hand: FLG = FTEXT|FHCRC|FEXTRA|FNAME|FCOMMENT.
    let mut header = vec![0x1f, 0x8b, 8, 0x1f, 0, 0xf1, 0x53, 0x65, 2, 3];
    header.extend_from_slice(&[3, 0, b'a', b'b', b'c']);
    header.extend_from_slice(b"name.txt\0a comment\0");
    let crc = anatomy::crc32(&header) as u16;
    header.extend_from_slice(&crc.to_le_bytes());
    let body = zlib::compress(b"hi hi hi hi", 9, -15).unwrap();
    let mut stream = [header, body].concat();
    stream.extend_from_slice(&anatomy::crc32(b"hi hi hi hi").to_le_bytes());
    stream.extend_from_slice(&11u32.to_le_bytes());
    // python3 accepts it: zlib.decompress(stream, 31) == b'hi hi hi hi'
    let out = python(
        "import sys, zlib; sys.stdout.buffer.write(zlib.decompress(sys.stdin.buffer.read(), 31))",
        &stream,
    );
    assert_eq!(out, b"hi hi hi hi");
    let a = zlib::inspect(&stream, None);
    check_anatomy(&a, &stream, b"hi hi hi hi", "gzip with every header field");
    let labels: Vec<&str> = a.header.iter().map(|f| f.label).collect();
    assert_eq!(
        labels,
        [
            "ID1 ID2", "CM", "FLG", "MTIME", "XFL", "OS", "XLEN", "FEXTRA", "FNAME", "FCOMMENT",
            "CRC16"
        ]
    );
    assert_eq!(a.header[3].value, 1_700_000_000);
    assert_eq!(a.header[8].meaning.to_string(), "\"name.txt\"");
    // A flipped header byte now fails the header CRC, as zlib says.
    stream[12] ^= 1;
    assert_eq!(
        zlib::inspect(&stream, Some(31)).error,
        Some(anatomy::AnatomyError::Zlib("header crc mismatch"))
    );
}

/// Python's error text, if the recorded trace ended in a data error.
fn trace_error(t: &Json) -> Option<String> {
    t["steps"]
        .as_array()
        .unwrap()
        .last()
        .and_then(|s| s["error"].as_str())
        .map(str::to_string)
}

#[test]
fn anatomy_agrees_with_zlib_on_every_recorded_stream() {
    // Where CPython decoded a whole stream in one go (no max_length), the
    // anatomy must reach the same output or the same zlib message.
    let compared = anatomy_agrees(&fixture("zlib_traces.json"));
    assert!(compared > 200, "{compared}");
}

/// Compares the anatomy with every one-shot trace; returns how many it compared.
pub(super) fn anatomy_agrees(data: &Json) -> usize {
    let mut compared = 0;
    for t in data["traces"].as_array().unwrap() {
        let wbits = t["wbits"].as_i64().unwrap() as i32;
        if t["max_length"].as_u64() != Some(0) || t.get("init_error").is_some() {
            continue;
        }
        let stream = unhex(&t["stream_hex"]);
        let a = zlib::inspect(&stream, Some(wbits));
        let name = t["name"].as_str().unwrap();
        let steps = t["steps"].as_array().unwrap();
        match trace_error(t) {
            Some(e) => {
                let got = a.error.as_ref().map(ToString::to_string);
                assert_eq!(got.as_deref(), Some(e.as_str()), "{name}");
            }
            None => {
                let out: Vec<u8> = steps
                    .iter()
                    .filter_map(|s| s["out_hex"].as_str())
                    .flat_map(|h| hex::decode(h).unwrap())
                    .collect();
                let eof = steps
                    .iter()
                    .rev()
                    .find_map(|s| s["eof"].as_bool())
                    .unwrap_or(false);
                assert_eq!(a.output, out, "{name}");
                if eof {
                    assert_eq!(a.error, None, "{name}");
                } else {
                    assert_eq!(a.error, Some(anatomy::AnatomyError::Truncated), "{name}");
                }
            }
        }
        compared += 1;
    }
    compared
}
