//! Fuzzing the stepper and the anatomy parser with proptest: arbitrary bytes,
//! damaged real streams, arbitrary chunkings. Nothing may panic, output stays
//! bounded, and where zlib and our own parser both read a stream they agree.

use proptest::prelude::*;
use wirelab::zlib::{self, anatomy, Call, TracePlan};

const WBITS: [i32; 12] = [15, 9, 8, 0, -15, -9, -8, 31, 16, 47, 32, 7];

/// DEFLATE cannot expand more than 1032:1 (a 258-byte match costs at least 2 bits).
fn output_bound(input: usize) -> usize {
    input * 1032 + 1024
}

/// Runs one plan through the stepper and the anatomy and checks they agree.
fn check(stream: &[u8], wbits: i32, chunks: Vec<usize>, max_length: usize, flush: bool) {
    let plan = TracePlan {
        wbits,
        chunks,
        max_length,
        flush,
    };
    let Ok(steps) = zlib::trace(stream, &plan) else {
        return; // an invalid wbits: decompressobj refused it, as Python does
    };
    let mut total = 0;
    for step in &steps {
        if let (Call::Decompress { .. }, Ok(out)) = (&step.call, &step.result) {
            if max_length > 0 {
                assert!(out.len() <= max_length);
            }
            total += out.len();
        }
    }
    assert!(total <= output_bound(stream.len()));
    let a = zlib::inspect(stream, Some(wbits));
    assert!(a.output.len() <= output_bound(stream.len()));
    assert!(a.tokens.len() <= anatomy::Limits::default().max_tokens);

    // One-shot decoding by zlib against the anatomy: same bytes or same words.
    let mut d = zlib::Decompressor::new(wbits).unwrap();
    match d.decompress(stream, 0) {
        Ok(out) => {
            if d.eof() {
                assert_eq!(a.error, None, "{}", wirelab::hex::encode(stream));
                assert_eq!(a.output, out);
                let unused = a.unused.map_or(0, |u| ((u.end - u.start) / 8) as usize);
                assert_eq!(unused, d.unused_data().len());
            } else {
                assert_eq!(a.error, Some(anatomy::AnatomyError::Truncated));
                assert_eq!(a.output, out);
            }
        }
        Err(e) => {
            let ours = a.error.map(|e| e.to_string());
            assert_eq!(
                ours,
                Some(e.to_string()),
                "{}",
                wirelab::hex::encode(stream)
            );
        }
    }
}

fn damaged_stream() -> impl Strategy<Value = (Vec<u8>, i32)> {
    (
        prop::collection::vec(prop::sample::select(b"ab c\n\x00zz".to_vec()), 0..400),
        prop::sample::select(vec![0, 1, 6, 9]),
        prop::sample::select(vec![15, -15, 31, 9]),
        prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..3),
        any::<prop::sample::Index>(),
        any::<bool>(),
    )
        .prop_map(|(data, level, wbits, flips, cut, truncate)| {
            let mut s = zlib::compress(&data, level, wbits).unwrap();
            for (at, byte) in flips {
                let i = at.index(s.len());
                s[i] ^= byte;
            }
            if truncate {
                s.truncate(cut.index(s.len() + 1));
            }
            (s, wbits)
        })
}

fn chunks() -> impl Strategy<Value = Vec<usize>> {
    prop::collection::vec(0usize..64, 0..40)
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(
        stream in prop::collection::vec(any::<u8>(), 0..300),
        wbits in prop::sample::select(WBITS.to_vec()),
        chunks in chunks(),
        max_length in prop::sample::select(vec![0usize, 1, 7, 100]),
        flush in any::<bool>(),
    ) {
        check(&stream, wbits, chunks, max_length, flush);
    }

    #[test]
    fn damaged_streams_agree_with_zlib(
        (stream, wbits) in damaged_stream(),
        chunks in chunks(),
        max_length in prop::sample::select(vec![0usize, 1, 7, 100]),
        flush in any::<bool>(),
    ) {
        check(&stream, wbits, chunks, max_length, flush);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200_000))]
    /// The long run: `cargo test --release --test it zlib::fuzz -- --ignored`.
    #[test]
    #[ignore]
    fn long_fuzz(
        stream in prop::collection::vec(any::<u8>(), 0..600),
        (damaged, dwbits) in damaged_stream(),
        wbits in prop::sample::select(WBITS.to_vec()),
        chunks in chunks(),
        max_length in prop::sample::select(vec![0usize, 1, 7, 100]),
        flush in any::<bool>(),
    ) {
        check(&stream, wbits, chunks.clone(), max_length, flush);
        check(&damaged, dwbits, chunks, max_length, flush);
    }
}

/// Cases the long fuzz found, kept as regressions.
#[test]
fn regressions_found_by_fuzzing() {
    // A fixed block whose distance code is 30 or 31: zlib rejects it after the
    // five bits, it does not wait for more input.
    check(
        &wirelab::hex::decode("c3fc03").unwrap(),
        -15,
        vec![3],
        0,
        true,
    );
    check(
        &wirelab::hex::decode("ebc3fc03").unwrap(),
        -15,
        vec![4],
        0,
        true,
    );
}
