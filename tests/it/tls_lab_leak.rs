//! Integration tests: the length leak (the CRIME idea). With compression the right
//! guess alone gives the shortest record; without it every record has the same
//! length; the record-length formula is the TLS engine's own AES-GCM record; and the
//! general worker's job compresses as the pure function does.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use rand_chacha::rand_core::SeedableRng;
use rand_chacha::ChaCha20Rng;
use wirelab::labs::jobs::{run_job, Job, JobOutput, WorkerKind};
use wirelab::labs::tls::hs_summary::Scenario;
use wirelab::labs::tls::length_leak::{
    compressed_sizes, gcm_record_len, leak, request, requests, LeakProblem, LeakRequest,
    DEFAULT_GUESSES, DEFAULT_SECRET,
};

use super::tls_lab_handshake::run;

fn default(compress: bool) -> LeakRequest {
    LeakRequest {
        secret: DEFAULT_SECRET.into(),
        guesses: DEFAULT_GUESSES.iter().map(|g| (*g).to_owned()).collect(),
        compress,
    }
}

#[test]
fn with_compression_the_right_guess_is_strictly_shortest() {
    let s = leak(&default(true)).unwrap();
    let right = DEFAULT_GUESSES
        .iter()
        .position(|g| *g == DEFAULT_SECRET)
        .unwrap();
    assert_eq!(s.shortest, Some(right), "{:?}", s.rows);
    let min = s.rows[right].record_len;
    assert!(s
        .rows
        .iter()
        .enumerate()
        .all(|(i, r)| i == right || r.record_len > min));
    // Each record is exactly header + explicit nonce + compressed bytes + tag.
    for r in &s.rows {
        assert_eq!(r.record_len, 5 + 8 + r.sealed_len + 16);
        assert!(r.sealed_len < r.plain_len);
    }
}

#[test]
fn without_compression_every_record_has_the_same_length() {
    let s = leak(&default(false)).unwrap();
    assert_eq!(s.shortest, None);
    let len = gcm_record_len(request(DEFAULT_SECRET, DEFAULT_GUESSES[0]).len() as u64);
    assert!(s
        .rows
        .iter()
        .all(|r| r.record_len == len && r.sealed_len == r.plain_len));
}

#[test]
fn the_formula_is_the_engines_aes_gcm_record() {
    let s = run("TLS_RSA_WITH_AES_128_GCM_SHA256", Scenario::Normal, Some(7));
    assert!(!s.app_records.is_empty());
    for r in &s.app_records {
        let wire = &s.messages[r.message as usize].wire;
        assert_eq!(wire.len() as u64, gcm_record_len(r.plaintext.len() as u64));
    }
}

#[test]
fn the_general_worker_compresses_the_requests() {
    let texts = requests(&default(true)).unwrap();
    let job = Job::CompressedSizes(texts.clone());
    assert_eq!(job.worker(), WorkerKind::General);
    let mut rng = ChaCha20Rng::seed_from_u64(1);
    let out = run_job(&job, &mut rng, |_| {}).unwrap();
    assert_eq!(out, JobOutput::CompressedSizes(compressed_sizes(&texts)));
}

#[test]
fn bad_requests_are_refused() {
    let mut r = default(true);
    r.guesses.clear();
    assert_eq!(leak(&r), Err(LeakProblem::NoGuesses));
    r.guesses = vec!["x".into(); 65];
    assert_eq!(leak(&r), Err(LeakProblem::TooMany));
    r.guesses = vec!["x".repeat(257)];
    assert_eq!(leak(&r), Err(LeakProblem::TooLong));
}
