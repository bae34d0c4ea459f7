//! The bomb in the `decompressobj` stepper, `max_length` at a time: every call
//! returns exactly `max_length` bytes, the tail shrinks slowly, `eof` stays False,
//! nothing a call returns is kept beyond a preview, the calls are the ones the full
//! `decompressobj` emulation (which matches CPython) makes, and the page's Python,
//! run by python3 on `bomb.zlib`, prints what the stepper shows.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use rand_chacha::ChaCha20Rng;
use rand_core::SeedableRng;
use wirelab::labs::compress::{
    bomb_calls, calls_for, the_bomb, BombDrain, StepError, StepView, TraceSummary, BOMB_CALLS,
    BOMB_FILE, BOMB_PREVIEW, BOMB_TOTAL,
};
use wirelab::labs::jobs::{encode, run_job, Job, JobOutput, JobRequest, WorkerKind};
use wirelab::py::repr::bytes_repr;
use wirelab::zlib::{self, TracePlan, DRAIN_OUTPUT_LIMIT};

const MAX: usize = 65536;

fn steps(s: &TraceSummary) -> &[StepView] {
    s.steps.as_deref().unwrap()
}

#[test]
fn compress_bomb_each_call_returns_max_length_and_memory_stays_bounded() {
    let s = TraceSummary::bomb(15, MAX);
    let bomb = BombDrain::of(&s, MAX as u64).unwrap();
    assert_eq!(
        BombDrain::of(&TraceSummary::of(b"x", 15, &[1], 0, false), 0),
        None
    );
    let stream_len = the_bomb().len() as u64;
    assert_eq!(bomb.stream_len, stream_len);
    assert!((1_000_000..1_100_000).contains(&stream_len), "{stream_len}");
    // 1 GiB in 64 KiB pieces: 16,384 calls (the last one a little short).
    assert_eq!(bomb.calls_for_all, 16_384);
    assert_eq!(bomb.inflates_to, BOMB_TOTAL);
    let steps = steps(&s);
    assert_eq!(steps.len(), BOMB_CALLS);
    let mut last_tail = stream_len;
    for (i, st) in steps.iter().enumerate() {
        assert_eq!(st.out_len, MAX as u64, "call {}", i + 1);
        assert_eq!(st.out, Ok(vec![0; BOMB_PREVIEW]), "only a preview is kept");
        assert!(!st.eof);
        assert!(st.unused_data.is_empty() && st.unconsumed_tail.is_empty());
        assert!(st.tail_len < last_tail, "the tail shrinks at every call");
        // About 1032:1: 64 KiB of zeros costs about 64 bytes of stream.
        assert!(last_tail - st.tail_len < 100, "{}", last_tail - st.tail_len);
        last_tail = st.tail_len;
        // What the program holds after the call: `out` and the tail.
        assert!(st.out_len + st.tail_len <= bomb.bound());
        assert_eq!(bomb.bound(), MAX as u64 + stream_len);
    }
    assert!(
        last_tail > 1_000_000,
        "after {BOMB_CALLS} calls: {last_tail}"
    );
    assert_eq!(steps[0].code, "d.decompress(stream, 65536)");
    assert_eq!(steps[1].code, "d.decompress(d.unconsumed_tail, 65536)");
    // The whole session, as the worker sends it, is a few KB: no tail, no output.
    let sent = encode(&JobOutput::Trace(s.clone())).unwrap();
    assert!(sent.len() < 8 * 1024, "{} bytes", sent.len());
}

#[test]
fn compress_bomb_calls_are_those_of_the_full_decompressobj() {
    // The emulation that matches CPython step by step, keeping every byte: its
    // first calls on the bomb, against the measured ones.
    let stream = the_bomb();
    let plan = TracePlan {
        wbits: 15,
        chunks: vec![stream.len()],
        max_length: MAX,
        flush: false,
    };
    let full = zlib::trace_draining(&stream, &plan, 5).unwrap();
    let s = TraceSummary::bomb(15, MAX);
    let measured = steps(&s);
    assert_eq!(full.len(), 6);
    for (f, m) in full.iter().zip(measured) {
        let out = f.result.as_ref().unwrap();
        assert_eq!(out.len() as u64, m.out_len);
        assert_eq!(m.out.as_ref().unwrap().as_slice(), &out[..BOMB_PREVIEW]);
        assert_eq!(f.unconsumed_tail.len() as u64, m.tail_len);
        assert_eq!((f.eof, f.unused_data.is_empty()), (m.eof, true));
    }
}

#[test]
fn compress_bomb_python_prints_what_the_stepper_shows() {
    let s = TraceSummary::bomb(15, MAX);
    let dir = std::env::temp_dir().join(format!("wirelab-bomb-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(BOMB_FILE), the_bomb()).unwrap();
    let out = std::process::Command::new("python3")
        .args(["-c", &s.python])
        .current_dir(&dir)
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let printed = String::from_utf8(out.stdout).unwrap();
    let py = |b: bool| if b { "True" } else { "False" };
    let mut total = 0;
    let shown: Vec<String> = steps(&s)
        .iter()
        .map(|st| {
            let out = st.out.as_ref().unwrap();
            total += st.out_len;
            let (len, tail) = (st.out_len, st.tail_len);
            format!("{len} {} {tail} {} {total}", bytes_repr(out), py(st.eof))
        })
        .collect();
    assert_eq!(printed.lines().collect::<Vec<_>>(), shown);
    assert!(s
        .python
        .contains("while d.unconsumed_tail and total < LIMIT:"));
}

#[test]
fn compress_bomb_without_max_length_or_with_the_wrong_wbits() {
    // No limit: the one call would return 1 GiB; the lab stops it (Python would not).
    let s = TraceSummary::bomb(15, 0);
    let steps = steps(&s);
    assert_eq!(steps.len(), 1);
    assert_eq!(
        steps[0].out,
        Err(StepError::OutputLimit(DRAIN_OUTPUT_LIMIT as u64))
    );
    assert_eq!(BombDrain::of(&s, 0).unwrap().calls_for_all, 0);
    // Read as gzip, the zlib header is Python's error.
    let s = TraceSummary::bomb(31, MAX);
    assert_eq!(
        steps_err(&s),
        "zlib.error: Error -3 while decompressing data: incorrect header check"
    );
    // A wbits decompressobj refuses.
    assert!(TraceSummary::bomb(99, MAX)
        .steps
        .unwrap_err()
        .contains("Invalid initialization option"));
}

fn steps_err(s: &TraceSummary) -> String {
    match &steps(s)[0].out {
        Err(StepError::Python(text)) => text.clone(),
        other => panic!("{other:?}"),
    }
}

#[test]
fn compress_bomb_large_max_length_draws_fewer_calls() {
    assert_eq!(bomb_calls(0), 1);
    assert_eq!(bomb_calls(MAX), BOMB_CALLS);
    assert_eq!(bomb_calls(16 << 20), 4);
    assert_eq!(bomb_calls(usize::MAX), 1);
    assert_eq!(calls_for(BOMB_TOTAL, 1 << 20), 1024);
    assert_eq!(calls_for(10, 3), 4);
}

#[test]
fn compress_bomb_trace_is_a_general_worker_job_that_sends_no_stream() {
    let job = Job::BombTrace {
        wbits: 15,
        max_length: MAX as u64,
    };
    assert_eq!(job.worker(), WorkerKind::General);
    let request = JobRequest {
        protocol: 1,
        id: 1,
        seed: [0; 32],
        job: job.clone(),
    };
    assert!(encode(&request).unwrap().len() < 100);
    let mut rng = ChaCha20Rng::from_seed([0; 32]);
    match run_job(&job, &mut rng, |_| {}).unwrap() {
        JobOutput::Trace(s) => assert_eq!(s, TraceSummary::bomb(15, MAX)),
        other => panic!("{other:?}"),
    }
}
