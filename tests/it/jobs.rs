//! The compute seam (`wirelab::labs::jobs`): what the Web Worker runs, run natively.
//! Keys are real (p * q = n, e * d = 1 mod lcm), the same seed gives the same key as
//! `generate_rsa_key`, progress only grows, and every message survives the wire format.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use num_bigint::BigUint;
use rand_chacha::ChaCha20Rng;
use rand_core::SeedableRng;
use wirelab::labs::compress::{level_sizes, BOMB_TOTAL};
use wirelab::labs::jobs::{
    self, decode, encode, hello, run_inline, run_job, Job, JobError, JobEvent, JobOutput,
    JobProgress, JobReply, JobRequest, KeyNumbers, Placement, PROTOCOL,
};
use wirelab::tls::pki::{self, KeygenPhase};

/// lcm(a, b) with Euclid's gcd.
fn lcm(a: &BigUint, b: &BigUint) -> BigUint {
    let (mut x, mut y) = (a.clone(), b.clone());
    while y != BigUint::ZERO {
        let r = &x % &y;
        x = y;
        y = r;
    }
    a / &x * b
}

fn key(bits: u32, seed: u8) -> (KeyNumbers, Vec<JobProgress>) {
    let mut rng = ChaCha20Rng::from_seed([seed; 32]);
    let mut seen = Vec::new();
    let out = run_job(&Job::RsaKey { bits }, &mut rng, |p| seen.push(p)).unwrap();
    match out {
        JobOutput::RsaKey(k) => (k, seen),
        other => panic!("not a key: {other:?}"),
    }
}

fn big(k: &KeyNumbers, symbol: &str) -> BigUint {
    BigUint::parse_bytes(k.part(symbol).unwrap().hex.as_bytes(), 16).unwrap()
}

#[test]
fn rsa_key_job_makes_a_real_key_with_growing_progress() {
    let (k, seen) = key(1024, 7);
    let (n, e, d, p, q) = (
        big(&k, "n"),
        big(&k, "e"),
        big(&k, "d"),
        big(&k, "p"),
        big(&k, "q"),
    );
    assert_eq!(&p * &q, n);
    assert_eq!(k.part("n").unwrap().bits, 1024);
    assert_eq!(k.part("p").unwrap().bits, 512);
    assert_eq!(k.part("q").unwrap().bits, 512);
    assert_eq!(e, BigUint::from(65537u32));
    let one = BigUint::from(1u32);
    assert_eq!((&e * &d) % lcm(&(&p - &one), &(&q - &one)), one);
    assert_eq!(k.part("n").unwrap().hex.len(), 256);
    assert!(k
        .part("n")
        .unwrap()
        .hex
        .chars()
        .all(|c| matches!(c, '0'..='9' | 'a'..='f')));
    let symbols: Vec<&str> = k.parts.iter().map(|p| p.symbol.as_str()).collect();
    assert_eq!(symbols, ["n", "e", "d", "p", "q", "dP", "dQ", "qInv"]);

    assert!(seen.len() > 1, "progress is reported along the way");
    let counters: Vec<_> = seen.iter().map(|JobProgress::RsaKey(c)| *c).collect();
    for w in counters.windows(2) {
        assert!(w[1].candidates_tried > w[0].candidates_tried);
        assert!(w[1].primality_tests >= w[0].primality_tests);
        assert!(w[1].sieved_out >= w[0].sieved_out);
        assert!(w[1].primes_found >= w[0].primes_found);
    }
    let last = counters.last().unwrap();
    assert_eq!(*last, k.search);
    assert_eq!(last.primes_found, 2);
    assert_eq!(last.phase, KeygenPhase::Done);
    assert_eq!(
        last.candidates_tried,
        last.sieved_out + last.primality_tests
    );
}

#[test]
fn same_seed_same_key_as_generate_rsa_key() {
    let (k, _) = key(1024, 42);
    let mut rng = ChaCha20Rng::from_seed([42; 32]);
    let reference = pki::generate_rsa_key(&mut rng, 1024, |_| {}).unwrap();
    let parts = pki::key_parts(&reference).unwrap();
    for p in parts {
        assert_eq!(k.part(p.symbol).unwrap().hex, p.hex(), "{}", p.symbol);
        assert_eq!(k.part(p.symbol).unwrap().bits, p.bits(), "{}", p.symbol);
    }
    assert_ne!(key(1024, 43).0, k, "another seed, another key");
}

#[test]
fn unsupported_key_size_is_an_error() {
    let mut rng = ChaCha20Rng::from_seed([0; 32]);
    for bits in [0, 1000, 1032, 8192] {
        assert_eq!(
            run_job(&Job::RsaKey { bits }, &mut rng, |_| {}),
            Err(JobError::UnsupportedKeySize(bits))
        );
    }
}

#[test]
fn level_sizes_job_is_the_chart_and_runs_in_the_worker() {
    let small = b"abcabcabcabc hello hello hello".repeat(10);
    let job = Job::LevelSizes {
        data: small.clone(),
        wbits: 15,
    };
    // zlib is the worker's: even a small chart is never computed on the page.
    assert_eq!(job.placement(), Placement::Worker);
    assert_eq!(run_inline(&job), Err(JobError::NotInline));
    let expected: Vec<(i32, u64)> = level_sizes(&small, 15)
        .into_iter()
        .map(|(l, s)| (l, s as u64))
        .collect();
    assert_eq!(expected.len(), 10);
    let mut rng = ChaCha20Rng::from_seed([0; 32]);
    assert_eq!(
        run_job(&job, &mut rng, |_| panic!("no progress")),
        Ok(JobOutput::LevelSizes(expected))
    );
}

#[test]
fn zlib_jobs_answer_as_python() {
    let mut rng = ChaCha20Rng::from_seed([0; 32]);
    // python3: zlib.compress(b'a' * 100).hex()
    let job = Job::Compress {
        data: vec![b'a'; 100],
        level: 6,
        wbits: 15,
    };
    assert_eq!(
        run_job(&job, &mut rng, |_| {}),
        Ok(JobOutput::Compressed(Ok(wirelab::hex::decode(
            "789c4b4ca43d00007a4725e5"
        )
        .unwrap())))
    );
    let JobOutput::Exercise(Ok(ex)) = run_job(&Job::Exercise, &mut rng, |_| {}).unwrap() else {
        panic!("not the exercise");
    };
    assert_eq!(ex.messages, vec![b"sparse".to_vec(), b"flat".to_vec()]);
    let trace = Job::Trace {
        stream: ex.stream.clone(),
        wbits: 15,
        chunks: vec![8, 8, 8, 8],
        max_length: 0,
        drain: false,
    };
    let JobOutput::Trace(t) = run_job(&trace, &mut rng, |_| {}).unwrap() else {
        panic!("not a trace");
    };
    assert_eq!(t.steps.unwrap()[1].unused_data, b".x");
}

#[test]
fn json_loads_is_the_one_inline_job() {
    let job = Job::JsonLoads {
        text: "[1, 2".into(),
    };
    assert_eq!(job.placement(), Placement::Inline);
    assert_eq!(
        run_inline(&job),
        Ok(JobOutput::JsonLoads(Err(
            "json.decoder.JSONDecodeError: Expecting ',' delimiter: line 1 column 6 (char 5)"
                .into()
        )))
    );
}

#[test]
fn keys_and_the_bomb_never_run_inline() {
    assert_eq!(Job::RsaKey { bits: 2048 }.placement(), Placement::Worker);
    assert_eq!(Job::Bomb.placement(), Placement::Worker);
    assert_eq!(
        run_inline(&Job::RsaKey { bits: 1024 }),
        Err(JobError::NotInline)
    );
    assert_eq!(run_inline(&Job::Bomb), Err(JobError::NotInline));
}

#[test]
fn bomb_job_reports_the_capped_inflate() {
    let mut rng = ChaCha20Rng::from_seed([0; 32]);
    let JobOutput::Bomb(b) = run_job(&Job::Bomb, &mut rng, |_| {}).unwrap() else {
        panic!("not the bomb");
    };
    assert_eq!(b.claimed, BOMB_TOTAL);
    assert!(b.stopped_at_limit);
    assert_eq!(b.total, wirelab::labs::compress::BOMB_COUNT_LIMIT);
    assert_eq!(b.shown, wirelab::labs::compress::BOMB_SHOWN as u64);
    assert!(b.stream_len > 0 && b.stream_len < 1 << 20);
}

#[test]
fn messages_survive_the_wire_format() {
    let request = JobRequest {
        protocol: PROTOCOL,
        id: 3,
        seed: [9; 32],
        job: Job::LevelSizes {
            data: vec![1, 2, 3],
            wbits: 31,
        },
    };
    assert_eq!(
        decode::<JobRequest>(&encode(&request).unwrap()),
        Ok(request)
    );
    let (k, seen) = key(1024, 1);
    for event in [
        JobEvent::Progress(seen[0]),
        JobEvent::Done(JobOutput::RsaKey(k)),
        JobEvent::Failed(JobError::Key("x".into())),
        JobEvent::Failed(JobError::Protocol { worker: PROTOCOL }),
    ] {
        let reply = JobReply { id: 9, event };
        assert_eq!(decode::<JobReply>(&encode(&reply).unwrap()), Ok(reply));
    }
    assert!(decode::<JobRequest>(&[1, 2, 3]).is_err());
    assert!(hello().contains(&PROTOCOL.to_string()));
    assert_eq!(jobs::KEY_BITS, [1024, 2048, 3072, 4096]);
}
