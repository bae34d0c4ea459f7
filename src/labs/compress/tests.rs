//! The Compress lab's view model against CPython's zlib (values recorded from
//! python3 3.11.7 with zlib 1.2.13).

use super::*;
use crate::labs::kit::ReplayAction;
use crate::zlib::{CappedOutcome, Decompressor};

#[test]
fn input_modes_give_the_bytes_python_would() {
    assert_eq!(
        input_bytes(InputMode::Text, "한", b"").unwrap(),
        "한".as_bytes()
    );
    assert_eq!(
        input_bytes(InputMode::Hex, "78 9c", b"").unwrap(),
        [0x78, 0x9c]
    );
    // bytes.fromhex('7g') -> position 1
    assert_eq!(
        input_bytes(InputMode::Hex, "7g", b"").unwrap_err(),
        "ValueError: non-hexadecimal number found in fromhex() arg at position 1"
    );
    assert_eq!(
        input_bytes(InputMode::Pickle, "ignored", b"\x80\x04").unwrap(),
        b"\x80\x04"
    );
    for mode in InputMode::ALL {
        assert_eq!(InputMode::from_key(mode.key()), Some(mode));
    }
}

#[test]
fn wbits_choices_cover_the_three_containers() {
    let w = wbits_choices();
    assert_eq!(w.len(), 21);
    assert_eq!(w.first(), Some(&15));
    assert_eq!(container(15), Container::Zlib);
    assert_eq!(container(-9), Container::Raw);
    assert_eq!(container(31), Container::Gzip);
    // Every choice is one zlib.compress accepts.
    for wbits in w {
        assert!(zlib::compress(b"abc", 6, wbits).is_ok(), "{wbits}");
    }
}

#[test]
fn ratio_and_saving() {
    // len(zlib.compress(b'a' * 100)) == 12
    let out = zlib::compress(&[b'a'; 100], 6, 15).unwrap();
    assert_eq!(out.len(), 12);
    assert_eq!(ratio_text(100, out.len()), ("0.120".to_owned(), 88));
    assert_eq!(ratio_text(0, 8), ("0.000".to_owned(), 0));
    // zlib.compress(b'') grows: 8 bytes of header and trailer.
    assert_eq!(ratio_text(1, 9).1, -800);
}

#[test]
fn level_sizes_match_cpython() {
    // [len(zlib.compress(EXAMPLE_TEXT.encode(), l)) for l in range(10)]
    let sizes: Vec<usize> = level_sizes(EXAMPLE_TEXT.as_bytes(), 15)
        .into_iter()
        .map(|(_, s)| s)
        .collect();
    assert_eq!(sizes, [104, 67, 67, 67, 67, 67, 67, 67, 67, 67]);
    assert!(level_sizes(&vec![0; CHART_MAX_INPUT + 1], 15).is_empty());
}

#[test]
fn chart_bars_are_proportional_and_inside_the_view_box() {
    let bars = chart_bars(&[(0, 200), (1, 100), (9, 50)], 1);
    assert_eq!(bars.len(), 3);
    assert!((bars[0].height - 2.0 * bars[1].height).abs() < 1e-9);
    assert!((bars[1].height - 2.0 * bars[2].height).abs() < 1e-9);
    assert!(bars[1].selected && !bars[0].selected);
    for b in &bars {
        assert!(b.x >= 0.0 && b.x + b.width <= f64::from(CHART_W));
        assert!(b.y >= 0.0 && b.y + b.height <= CHART_BASELINE + 1e-9);
    }
    assert!(CHART_LABEL_Y < f64::from(CHART_H));
    assert!(chart_bars(&[], 6).is_empty());
}

#[test]
fn chunks_parse_like_the_learner_types_them() {
    assert_eq!(parse_chunks("8,8,8", 28).unwrap(), [8, 8, 8]);
    assert_eq!(parse_chunks(" 8, 8 8 ", 28).unwrap(), [8, 8, 8]);
    assert_eq!(parse_chunks("", 28).unwrap(), [28]);
    assert_eq!(
        parse_chunks("8,x", 28).unwrap_err(),
        ChunkError::NotASize("x".into())
    );
    assert_eq!(
        parse_chunks("-1", 28).unwrap_err(),
        ChunkError::NotASize("-1".into())
    );
    assert_eq!(every(8, 28), [8, 8, 8, 8]);
    assert_eq!(every(0, 3), [1, 1, 1]);
    assert_eq!(every(1, 10_000).len(), stepper::MAX_CHUNKS);
    assert_eq!(parse_max_length("").unwrap(), 0);
    assert_eq!(parse_max_length(" 4 ").unwrap(), 4);
    assert_eq!(
        parse_max_length("-1").unwrap_err(),
        "ValueError: max_length must be non-negative"
    );
}

/// The classic exercise in 8-byte packets, as python3 prints it:
/// `b'spars' False b'' b''`, `b'e' True b'.x' b''`, then only unused_data grows.
#[test]
fn classic_exercise_steps_like_python() {
    let stream = zlib::exercise::classic_stream().unwrap();
    assert_eq!(
        crate::hex::encode(&stream),
        "789c2b2e482c2a4e0500090d028f2e789c4bcb492c0100041601a82e"
    );
    let m = StepperModel::new(stream, 15, every(8, 28), 0);
    assert_eq!(m.total(), 5); // four decompress calls and the flush
    assert!(m.visible(0).is_empty() && m.first_unused(0).is_none());
    let r = m.replay().step(ReplayAction::Next);
    let shown = r.shown();
    let first = &m.visible(shown)[0];
    assert_eq!(first.result.as_deref().unwrap(), b"spars");
    assert!(!first.eof);
    let r = r.step(ReplayAction::Next);
    let shown = r.shown();
    assert_eq!(m.first_unused(shown), Some(1));
    let second = &m.visible(shown)[1];
    assert_eq!(second.result.as_deref().unwrap(), b"e");
    assert!(second.eof);
    assert_eq!(second.unused_data, b".x");
    assert_eq!(m.code(1), "d.decompress(stream[8:16])");
    let r = r.step(ReplayAction::RunToEnd);
    let shown = r.shown();
    assert!(r.at_end());
    assert_eq!(r.step(ReplayAction::Next).shown(), 5);
    assert_eq!(
        m.visible(shown)[3].unused_data,
        b".x\x9cK\xcbI,\x01\x00\x04\x16\x01\xa8."
    );
    assert_eq!(m.code(4), "d.flush()");
    assert_eq!(r.step(ReplayAction::Reset).shown(), 0);
    assert_eq!(m.unfed(), 0);
    assert!(m.python().contains("d = zlib.decompressobj(15)"));
}

#[test]
fn wrong_wbits_gives_pythons_error() {
    // zlib.decompressobj(15).decompress(zlib.compress(b'abc', 6, 31))
    let gz = zlib::compress(b"abc", 6, 31).unwrap();
    let m = StepperModel::new(gz, 15, vec![100], 0);
    assert_eq!(m.total(), 1);
    assert_eq!(
        m.visible(1)[0].result.as_ref().unwrap_err().to_string(),
        "zlib.error: Error -3 while decompressing data: incorrect header check"
    );
    let bad = StepperModel::new(vec![], 99, vec![1], 0);
    assert_eq!(
        bad.steps.unwrap_err().to_string(),
        "ValueError: Invalid initialization option"
    );
}

#[test]
fn max_length_leaves_an_unconsumed_tail() {
    let stream = zlib::compress(&[b'a'; 100], 6, 15).unwrap();
    let m = StepperModel::new(stream, 15, vec![12, 0], 10);
    let first = &m.visible(m.total())[0];
    assert_eq!(first.result.as_deref().unwrap(), [b'a'; 10]);
    assert!(!first.unconsumed_tail.is_empty());
    assert_eq!(
        m.code(1),
        "d.decompress(d.unconsumed_tail + stream[12:12], 10)"
    );
}

#[test]
fn bomb_stream_inflates_to_what_it_claims() {
    let small = bomb_stream(1000);
    let mut d = Decompressor::new(15).unwrap();
    let out = d.decompress(&small, 0).unwrap();
    assert!(d.eof() && d.unused_data().is_empty());
    assert_eq!(out.len(), 258_001);
    assert!(out.iter().all(|&b| b == 0));
    // Python's own view of it: the anatomy reads one dynamic block and a good check.
    let a = zlib::inspect(&small, Some(15));
    assert!(a.error.is_none(), "{:?}", a.error);
    let t = a.trailer.unwrap();
    assert_eq!(t.stored, t.computed);
}

#[test]
fn the_bomb_is_counted_not_held() {
    let bomb = Bomb::load();
    assert_eq!(bomb.claimed, 1_073_741_821);
    // 2 bits per 258 bytes: about a thousandth of the output.
    assert!(bomb.stream_len < 1_100_000 && bomb.stream_len > 1_000_000);
    assert_eq!(bomb.capped.shown.len(), BOMB_SHOWN);
    assert_eq!(bomb.capped.outcome, CappedOutcome::CountLimit);
    assert!(bomb.capped.total >= BOMB_COUNT_LIMIT);
}

/// python3: zlib.decompressobj(0) and (47) read a zlib stream; (47) reads gzip too.
#[test]
fn reading_wbits_include_header_and_auto_detect() {
    let choices = read_wbits_choices();
    assert!(choices.contains(&0) && choices.contains(&40) && choices.contains(&47));
    let zlib_stream = zlib::compress(b"abcabcabc", 6, 15).unwrap();
    let gzip_stream = zlib::compress(b"abcabcabc", 6, 31).unwrap();
    for (stream, wbits) in [(&zlib_stream, 0), (&zlib_stream, 47), (&gzip_stream, 47)] {
        let m = StepperModel::new(stream.clone(), wbits, vec![stream.len()], 0);
        let first = &m.visible(1)[0];
        assert_eq!(
            first.result.as_deref().unwrap(),
            b"abcabcabc",
            "wbits {wbits}"
        );
        assert!(first.eof);
        assert!(
            zlib::inspect(stream, Some(wbits)).error.is_none(),
            "anatomy, wbits {wbits}"
        );
    }
}

/// python3: with max_length 4, after the only chunk, `while d.unconsumed_tail:`
/// keeps calling d.decompress(d.unconsumed_tail, 4) until all 12 bytes are out.
#[test]
fn the_drain_loop_empties_unconsumed_tail() {
    let stream = zlib::compress(b"abcdefghijkl", 0, 15).unwrap();
    let m = StepperModel::with_drain(stream.clone(), 15, vec![stream.len()], 4, true);
    let outs: Vec<Vec<u8>> = m
        .visible(m.total())
        .iter()
        .filter_map(|s| s.result.clone().ok())
        .collect();
    assert_eq!(
        outs[..3],
        [b"abcd".to_vec(), b"efgh".to_vec(), b"ijkl".to_vec()]
    );
    assert_eq!(m.code(1), "d.decompress(d.unconsumed_tail, 4)");
    assert!(m.python().contains("while d.unconsumed_tail:"));
    assert!(!m.drain_cut_short());
    let plain = StepperModel::new(stream.clone(), 15, vec![stream.len()], 4);
    assert!(plain.total() < m.total());
}

/// The copied Python runs on 3.8+: zlib.compress takes wbits only from 3.11, so other
/// containers go through compressobj (same bytes: python3 -c "...").
#[test]
fn copied_python_needs_no_311() {
    assert!(!compress_code(b"ab", 6, 15).contains(", 15)"));
    let gzip = compress_code(b"ab", 9, 31);
    assert!(
        gzip.contains("zlib.compressobj(9, zlib.DEFLATED, 31)"),
        "{gzip}"
    );
}
