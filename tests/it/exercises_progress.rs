//! Integration tests: exercise progress (`labs::exercises::progress`): updates, the
//! JSON file a student hands in, and reading it back (hostile files included).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use wirelab::labs::exercises::progress::{ImportError, Progress};

#[test]
fn progress_counts_attempts_hints_and_passes() {
    let p = Progress::new()
        .attempted("compress.adler32", false)
        .attempted("compress.adler32", true)
        .attempted("compress.adler32", false)
        .hint_shown("compress.adler32")
        .hint_shown("compress.adler32")
        .hint_shown("compress.adler32")
        .predicted("compress.adler32", "4")
        .attempted("no.such", true);
    let ex = p.of("compress.adler32");
    assert!(ex.passed, "a pass stays a pass");
    assert_eq!((ex.attempts, ex.hints, ex.prediction.as_str()), (3, 2, "4"));
    let (passed, total) = p.counts();
    assert_eq!(passed, 1);
    assert_eq!(total, 17);
    assert!(!p.exercises.contains_key("no.such"));
}

#[test]
fn the_file_round_trips_and_strangers_are_dropped() {
    let p = Progress::new()
        .attempted("tls.host-name", true)
        .predicted("tls.host-name", "subjectAltName \"SAN\"");
    let text = p.to_json();
    assert!(text.starts_with("{\"format\": \"wirelab-exercises\", \"version\": 1"));
    assert_eq!(Progress::from_json(&text), Ok(p));

    let edited = r#"{"format": "wirelab-exercises", "version": 1, "exercises": {
        "tls.host-name": {"passed": true, "attempts": 99999999999, "hints": 50},
        "evil": {"passed": true}}}"#;
    let read = Progress::from_json(edited).unwrap();
    let ex = read.of("tls.host-name");
    assert_eq!((ex.passed, ex.attempts, ex.hints), (true, 0, 2));
    assert_eq!(read.exercises.len(), 1);

    assert_eq!(
        Progress::from_json(r#"{"format": "other", "version": 1, "exercises": {}}"#),
        Err(ImportError::OtherFormat)
    );
    assert_eq!(
        Progress::from_json(r#"{"format": "wirelab-exercises", "version": 2, "exercises": {}}"#),
        Err(ImportError::OtherFormat)
    );
    assert!(matches!(
        Progress::from_json("not json"),
        Err(ImportError::NotProgress(_))
    ));
}
