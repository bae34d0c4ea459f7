//! Integration tests: the guided exercises (`wirelab::labs::exercises`). Every exercise
//! has a correct answer that passes and a typical wrong one that fails with the
//! expected reason, checked by the real engines, and through the worker's job.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use rand_chacha::ChaCha20Rng;
use rand_core::SeedableRng;
use wirelab::labs::exercises::{self, check, Check, Why};
use wirelab::labs::jobs::{run_job, Job, JobOutput};

/// One exercise's cases: answers that pass, and (answer, reason) pairs that fail.
struct Case {
    id: &'static str,
    pass: &'static [&'static str],
    fail: Vec<(&'static str, Why)>,
}

fn starter(id: &str) -> &'static str {
    exercises::find(id).unwrap().starter
}

/// The starter program with `from` replaced by `to` (the learner's edit).
fn edited(id: &str, from: &str, to: &str) -> String {
    let s = starter(id);
    assert!(s.contains(from), "{id}: starter lacks {from:?}");
    s.replace(from, to)
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            id: "serialize.utf8-bytes",
            pass: &["'이름'", "\"한글\""],
            fail: vec![
                ("'ab'", Why::Utf8Length(2)),
                ("'이름이'", Why::CharCount(3)),
                ("b'ab'", Why::WrongType("bytes".into())),
            ],
        },
        Case {
            id: "serialize.protocol0-text",
            // pickle.dumps(['a', 1], 0), as hex and as print() shows it.
            pass: &[
                "286c70300a56610a70310a6149310a612e",
                "b'(lp0\\nVa\\np1\\naI1\\na.'",
            ],
            fail: vec![
                // pickle.dumps(['a', 1], 4): starts with PROTO.
                (
                    "8004950b0000000000005d94288c0161944b01652e",
                    Why::BinaryOpcode("PROTO".into()),
                ),
                // pickle.dumps(['b', 1], 0)
                (
                    "286c70300a56620a70310a6149310a612e",
                    Why::WrongValue("['b', 1]".into()),
                ),
            ],
        },
        Case {
            id: "serialize.memo",
            pass: &["['ab', 'ab']", "(b'x', b'x')"],
            fail: vec![("['ab', 'ac']", Why::NoMemoGet), ("[1, 1]", Why::NoMemoGet)],
        },
        Case {
            id: "serialize.pickle-end",
            pass: &["17", "0x11"],
            fail: vec![("21", Why::WrongNumber), ("end", Why::NotNumber)],
        },
        Case {
            id: "serialize.json-loses",
            pass: &["(1, 2)", "{1: 'one'}"],
            fail: vec![("['a', 1]", Why::RoundTripSame)],
        },
        Case {
            id: "compress.adler32",
            pass: &["0bf402e7", "0x0bf402e7", "200540903"],
            fail: vec![
                ("8a25b301", Why::Crc32Instead),
                ("789c2bcf", Why::WrongNumber),
                ("789c", Why::NotNumber),
            ],
        },
        Case {
            id: "compress.packets-unused",
            pass: &["8,8,8,4", "8 8 8 8", "4,4,4,4,4,4,4"],
            fail: vec![
                ("8,8", Why::SecondIncomplete("2e78".into())),
                ("28", Why::PacketTooBig(28)),
            ],
        },
        Case {
            id: "compress.second-message",
            pass: &["789c4bcb492c0100041601a8", "789c4bcb492c0100041601a82e"],
            fail: vec![
                (
                    "2e789c4bcb492c0100041601a8",
                    Why::Zlib(
                        "zlib.error: Error -3 while decompressing data: incorrect header check"
                            .into(),
                    ),
                ),
                ("789c4bcb492c01", Why::NotEof),
            ],
        },
        Case {
            id: "compress.max-length",
            pass: &["200", "249"],
            fail: vec![("100", Why::Calls(10)), ("250", Why::Calls(4))],
        },
        Case {
            id: "tls.reject-cert",
            pass: &[
                "host = localhost\ndate = 2029-01-01",
                "host = example.com",
                "now = 2025-06-01",
            ],
            fail: vec![
                ("host = localhost\ndate = 2027-01-01", Why::Accepted),
                ("cert = other.pem", Why::BadSetting(1)),
            ],
        },
        Case {
            id: "tls.host-name",
            pass: &["www.lab.example", "Mail.Lab.Example"],
            fail: vec![
                ("lab.example", Why::NameMismatch),
                ("a.b.lab.example", Why::NameMismatch),
                ("localhost", Why::IsLocalhost),
            ],
        },
        Case {
            id: "tls.bad-record-mac",
            // The client's Finished ends flight 2: its last byte is the GCM tag's; a
            // ClientHello random byte changes the keys (flight 0, offset 5 + 4 + 2).
            pass: &["2 -1", "0 11"],
            fail: vec![
                // The record's content type: the server cannot even parse it.
                ("0 0", Why::OtherAlert("unexpected_message".into())),
                ("3 -1", Why::ClientSent("bad_record_mac".into())),
                ("9 0", Why::OutsideFlights),
                ("two", Why::BadTamper),
            ],
        },
        Case {
            id: "tls.forward-secrecy",
            pass: &[
                "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
                "tls_ecdhe_rsa_with_aes_128_gcm_sha256",
            ],
            fail: vec![
                (
                    "TLS_RSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
                    Why::NoForwardSecrecy("TLS_RSA_WITH_AES_128_GCM_SHA256".into()),
                ),
                (
                    "TLS_AES_128_GCM_SHA256",
                    Why::UnknownSuite("TLS_AES_128_GCM_SHA256".into()),
                ),
            ],
        },
    ]
}

/// The sockets cases: the learner's edits of the starter programs.
fn sockets_cases() -> Vec<(&'static str, String, Why)> {
    vec![
        (
            "sockets.gaierror",
            edited("sockets.gaierror", "'server.lab'", "'nowhere.lab'"),
            Why::NoException,
        ),
        (
            "sockets.refused",
            format!(
                "{}try:\n    socket.create_connection(('server.lab', 8))\nexcept ConnectionRefusedError:\n    print('refused')\n",
                "import socket\n"
            ),
            Why::NoException,
        ),
        (
            "sockets.timeout-order",
            edited(
                "sockets.timeout-order",
                "except OSError as e:\n    print('network error:', e)\nexcept socket.timeout:\n    print('timed out')\n",
                "except socket.timeout:\n    print('timed out')\nexcept OSError as e:\n    print('network error:', e)\n",
            ),
            Why::SwallowedBy("OSError".into()),
        ),
        (
            "sockets.addr-in-use",
            format!("{}b = socket.socket()\nb.bind(('127.0.0.1', 5000))\n", starter("sockets.addr-in-use")),
            Why::NoException,
        ),
    ]
}

#[test]
fn every_correct_answer_passes_and_every_typical_mistake_fails_with_its_reason() {
    for case in cases() {
        for answer in case.pass {
            assert_eq!(
                check(case.id, answer),
                Check::Pass,
                "{}: {answer:?}",
                case.id
            );
        }
        for (answer, why) in &case.fail {
            assert_eq!(
                check(case.id, answer),
                Check::Fail(why.clone()),
                "{}: {answer:?}",
                case.id
            );
        }
    }
}

/// The golden transcript of every case's verdict (re-record with `WIRELAB_RECORD=1`):
/// a change in what an engine says about a learner's answer shows up as a diff.
#[test]
fn golden_transcript_of_every_check() {
    let mut got = String::new();
    let mut line = |id: &str, answer: &str| {
        got.push_str(&format!("{id} {answer:?} -> {:?}\n", check(id, answer)));
    };
    for case in cases() {
        for answer in case.pass {
            line(case.id, answer);
        }
        for (answer, _) in &case.fail {
            line(case.id, answer);
        }
    }
    for (id, right, _) in sockets_cases() {
        line(id, &right);
        line(id, starter(id));
    }
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/exercise_checks.txt"
    );
    if std::env::var_os("WIRELAB_RECORD").is_some() {
        std::fs::write(path, &got).unwrap();
    }
    assert_eq!(got, std::fs::read_to_string(path).unwrap());
}

#[test]
fn sockets_programs_pass_once_edited_and_fail_as_given() {
    for (id, right, why) in sockets_cases() {
        assert_eq!(check(id, &right), Check::Pass, "{id}: {right}");
        assert_eq!(
            check(id, starter(id)),
            Check::Fail(why),
            "{id}: the starter"
        );
    }
    // The refusal caught nowhere, and a program outside the subset.
    let uncaught = "import socket\nsocket.create_connection(('server.lab', 8))\n";
    assert_eq!(
        check("sockets.refused", uncaught),
        Check::Fail(Why::Uncaught("ConnectionRefusedError".into()))
    );
    assert_eq!(
        check("sockets.gaierror", "import os\nos.system('ls')\n"),
        Check::Fail(Why::Stopped(1))
    );
}

#[test]
fn every_exercise_has_cases_and_sensible_data() {
    let mut covered: Vec<&str> = cases().iter().map(|c| c.id).collect();
    covered.extend(sockets_cases().iter().map(|c| c.0));
    for ex in exercises::all() {
        assert!(covered.contains(&ex.id), "{} has no test cases", ex.id);
        assert!(ex
            .id
            .starts_with(&format!("{:?}.", ex.track).to_lowercase()));
        assert!(!ex.home.is_empty() && ex.hints > 0 && !ex.expected.is_empty());
        assert!(ex.prediction_right(ex.expected[0]), "{}", ex.id);
        assert!(!ex.prediction_right("zzz"), "{}", ex.id);
    }
    for track in exercises::Track::ALL {
        assert!((4..=8).contains(&track.exercises().len()), "{track:?}");
    }
    assert_eq!(
        check("nope.nothing", "1"),
        Check::Fail(Why::UnknownExercise)
    );
    assert_eq!(check("serialize.memo", "  "), Check::Fail(Why::Empty));
}

#[test]
fn the_worker_job_answers_the_same_check() {
    let mut rng = ChaCha20Rng::seed_from_u64(1);
    let job = |id: &str, answer: &str| Job::CheckExercise {
        id: id.into(),
        answer: answer.into(),
    };
    let out = run_job(&job("tls.host-name", "www.lab.example"), &mut rng, |_| {});
    assert_eq!(out, Ok(JobOutput::Check(Check::Pass)));
    let out = run_job(&job("compress.max-length", "100"), &mut rng, |_| {});
    assert_eq!(out, Ok(JobOutput::Check(Check::Fail(Why::Calls(10)))));
}

#[test]
fn every_home_snippet_runs_on_python3() {
    let dir = std::env::temp_dir().join(format!("wirelab-home-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    if std::process::Command::new("python3")
        .arg("-V")
        .output()
        .is_err()
    {
        eprintln!("python3 missing: home snippets not run");
        return;
    }
    for ex in exercises::all() {
        let path = dir.join(format!("{}.py", ex.id.replace(['.', '-'], "_")));
        std::fs::write(&path, ex.home).unwrap();
        // A snippet that needs the internet says so on its first line: compile only.
        let needs_net = ex.home.starts_with("# needs: an internet connection");
        let args: Vec<&std::ffi::OsStr> = if needs_net {
            vec!["-m".as_ref(), "py_compile".as_ref(), path.as_os_str()]
        } else {
            vec![path.as_os_str()]
        };
        let out = std::process::Command::new("python3")
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}: {}",
            ex.id,
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            ex.home.starts_with("# "),
            "{}: first line says what it needs",
            ex.id
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn every_exercise_is_worded_in_english_and_korean_in_order() {
    // The words live in the wasm-only UI: read their sources for the ids and hints.
    let root = env!("CARGO_MANIFEST_DIR");
    let ids: Vec<&str> = exercises::all().map(|e| e.id).collect();
    for lang in ["en", "ko"] {
        let path = format!("{root}/src/ui/labs/exercises/texts_{lang}.rs");
        let text = std::fs::read_to_string(&path).unwrap();
        let worded: Vec<&str> = text
            .lines()
            .filter_map(|l| l.trim().strip_prefix("id: \""))
            .map(|l| l.trim_end_matches("\","))
            .collect();
        assert_eq!(worded, ids, "{path}");
        for entry in text.split("    T {").skip(1) {
            let hints = entry
                .split("hints: &[")
                .nth(1)
                .unwrap()
                .split("],")
                .next()
                .unwrap();
            let count =
                hints.matches("\",").count() + usize::from(!hints.trim_end().ends_with(','));
            let id = entry
                .split("id: \"")
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap();
            assert_eq!(
                count,
                exercises::find(id).unwrap().hints,
                "{lang} {id}: hints"
            );
        }
    }
}
