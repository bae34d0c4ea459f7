//! The classic 8-byte-packet exercise, decompression bombs, and `wirelab zlib inspect`.

use std::process::Command;
use wirelab::hex;
use wirelab::zlib::{self, Decompressor};

#[test]
fn classic_exercise_in_8_byte_packets_uses_unused_data() {
    use wirelab::zlib::exercise;
    // python3 -c "import zlib; print((zlib.compress(b'sparse') + b'.' + zlib.compress(b'flat') + b'.').hex())"
    let stream = exercise::classic_stream().unwrap();
    assert_eq!(
        hex::encode(&stream),
        "789c2b2e482c2a4e0500090d028f2e789c4bcb492c0100041601a82e"
    );
    // In python3, d = zlib.decompressobj(); d.decompress(stream[0:8]) -> b'spars',
    // d.decompress(stream[8:16]) -> b'e', d.eof True, d.unused_data b'.x'.
    let mut d = Decompressor::new(15).unwrap();
    assert_eq!(d.decompress(&stream[0..8], 0).unwrap(), b"spars");
    assert!(!d.eof());
    assert_eq!(d.decompress(&stream[8..16], 0).unwrap(), b"e");
    assert!(d.eof());
    assert_eq!(d.unused_data(), b".x");
    let packets: Vec<&[u8]> = stream.chunks(8).collect();
    let received = exercise::receive_messages(&packets).unwrap();
    assert_eq!(received.messages, [b"sparse".to_vec(), b"flat".to_vec()]);
    assert_eq!(received.steps[1].unused_data, b".x");
    // Any packet size works, including ones that end a message right before its '.'.
    for size in 1..=stream.len() {
        let packets: Vec<&[u8]> = stream.chunks(size).collect();
        let received = exercise::receive_messages(&packets).unwrap();
        assert_eq!(
            received.messages,
            [b"sparse".to_vec(), b"flat".to_vec()],
            "packets of {size}"
        );
        assert!(received.pending.is_empty());
    }
}

// ---- decompression bombs ----

#[test]
fn a_bomb_is_shown_capped_and_counted() {
    // 32 MiB of zeros compress to ~32 KB; python3 agrees on the size:
    // len(zlib.decompress(zlib.compress(bytes(32 << 20))))
    let bomb = zlib::compress(&vec![0u8; 32 << 20], 9, 15).unwrap();
    assert!(bomb.len() < 40_000, "{}", bomb.len());
    let capped = zlib::inflate_capped(&bomb, 15, 1 << 20);
    assert_eq!(capped.shown.len(), 1 << 20);
    assert_eq!(capped.total, 32 << 20);
    assert_eq!(capped.outcome, zlib::CappedOutcome::StreamEnd { unused: 0 });
    // Counting stops at the limit: the real size is "at least" that.
    let capped = zlib::inflate_capped_to(&bomb, 15, 1000, 4 << 20);
    assert_eq!(capped.shown.len(), 1000);
    assert!(capped.total >= 4 << 20 && capped.total < (4 << 20) + (64 << 10));
    assert_eq!(capped.outcome, zlib::CappedOutcome::CountLimit);
    // max_length is Python's defence: each call returns at most that much.
    let mut d = Decompressor::new(15).unwrap();
    let out = d.decompress(&bomb, 4096).unwrap();
    assert_eq!(out.len(), 4096);
    assert!(!d.unconsumed_tail().is_empty());
}

#[test]
fn capped_inflate_reports_errors_and_truncation_in_pythons_words() {
    let stream = zlib::compress(b"first message first message", 6, 15).unwrap();
    let capped = zlib::inflate_capped(&stream[..stream.len() - 3], 15, 10);
    assert_eq!(capped.shown, b"first mess");
    assert_eq!(capped.total, 27);
    assert_eq!(capped.outcome, zlib::CappedOutcome::Truncated);
    let capped = zlib::inflate_capped(&stream, -15, 10);
    let zlib::CappedOutcome::Error(e) = capped.outcome else {
        panic!("{capped:?}")
    };
    // python3: zlib.decompress(stream, -15) -> the same text
    assert_eq!(
        e.to_string(),
        "zlib.error: Error -3 while decompressing data: invalid stored block lengths"
    );
    let mut extra = stream.clone();
    extra.extend_from_slice(b"tail");
    assert_eq!(
        zlib::inflate_capped(&extra, 15, 100).outcome,
        zlib::CappedOutcome::StreamEnd { unused: 4 }
    );
}

#[test]
fn cli_inspect_prints_the_anatomy() {
    let out = Command::new(env!("CARGO_BIN_EXE_wirelab"))
        .args([
            "zlib",
            "inspect",
            "789c4bcb2c2a2e51c84d2d2e4e4c4f55481b501e00acd635037365636f6e64",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("format: zlib (RFC 1950)\nheader:\n"),
        "{text}"
    );
    assert!(
        text.contains("block 0: BFINAL=1 BTYPE=01 fixed Huffman, bits 16..165"),
        "{text}"
    );
    assert!(
        text.contains("    bits 139..158    match length 125 distance 14 -> output 15..140\n"),
        "{text}"
    );
    assert!(
        text.contains("ADLER32    = 2899719427 matches the recomputed acd63503"),
        "{text}"
    );
    assert!(
        text.ends_with("output: 140 bytes\nunused data: bytes 25..31\n"),
        "{text}"
    );
}

#[test]
fn a_bomb_without_max_length_stops_at_the_labs_limit() {
    // Python would allocate the whole 32 MiB here; the lab stops at its limit.
    let bomb = zlib::compress(&vec![0u8; 32 << 20], 9, 15).unwrap();
    let mut d = Decompressor::new(15).unwrap();
    d.set_output_limit(Some(1 << 20));
    let e = d.decompress(&bomb, 0).unwrap_err();
    assert_eq!(e, zlib::ZlibError::OutputLimit(1 << 20));
    // With max_length, the same object reads on safely (Python's defence).
    let mut d = Decompressor::new(15).unwrap();
    d.set_output_limit(Some(1 << 20));
    let mut total = 0;
    let mut fed = bomb.clone();
    while !d.eof() {
        total += d.decompress(&fed, 1 << 20).unwrap().len();
        fed = d.unconsumed_tail().to_vec();
    }
    assert_eq!(total, 32 << 20);
    let plan = zlib::TracePlan {
        wbits: 15,
        chunks: vec![bomb.len()],
        max_length: 0,
        flush: false,
    };
    let steps = zlib::trace(&bomb, &plan).unwrap();
    assert_eq!(steps.len(), 1, "32 MiB is under the trace limit");
}

#[test]
fn the_anatomy_of_a_bomb_stops_at_its_output_limit() {
    let bomb = zlib::compress(&vec![0u8; 32 << 20], 9, 15).unwrap();
    let a = zlib::inspect(&bomb, None);
    assert_eq!(
        a.error,
        Some(zlib::anatomy::AnatomyError::OutputLimit(8 << 20))
    );
    assert!(a.output.len() <= 8 << 20 && a.output.len() > (8 << 20) - 300);
    let limits = zlib::anatomy::Limits {
        max_tokens: 10,
        max_output: 1 << 20,
    };
    let a = zlib::anatomy::inspect_with(&bomb, None, limits);
    assert_eq!(a.tokens.len(), 10);
    assert!(a.tokens_dropped > 1000);
    assert!(a.error.unwrap().to_string().contains("max_length"));
}
