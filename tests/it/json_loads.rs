//! `json.loads` against CPython 3.11.7: the recorded vectors
//! (`tests/fixtures/json_loads.json`, from `tests/gen/record_json_loads.py`) through
//! the engine and through `wirelab json loads`, fuzzing that nothing panics, and a
//! live comparison with `python3` (`live.rs`).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod live;

use proptest::prelude::*;
use std::process::Command;
use wirelab::py::json_loads::{loads, LoadsError};
use wirelab::py::repr::repr;

/// One recorded case: the text and what `python3` printed for it (the repr on
/// stdout, or the traceback's last line).
struct Case {
    text: String,
    expect: Result<String, String>,
}

fn cases() -> Vec<Case> {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/json_loads.json"
    ))
    .unwrap();
    let fx: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(fx["python"], "3.11.7");
    fx["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| Case {
            text: c["text"].as_str().unwrap().to_owned(),
            expect: match c["repr"].as_str() {
                Some(r) => Ok(r.to_owned()),
                None => Err(format!(
                    "{}: {}",
                    c["exception"].as_str().unwrap(),
                    c["message"].as_str().unwrap()
                )),
            },
        })
        .collect()
}

/// What the engine gives for `text`, in the shape of a recorded case.
fn run(text: &str) -> Result<String, String> {
    loads(text).map(|v| repr(&v)).map_err(|e| e.to_string())
}

fn short(text: &str) -> String {
    let head: String = text.chars().take(60).collect();
    format!("{head:?} ({} chars)", text.chars().count())
}

#[test]
fn vectors_match_cpython() {
    let cases = cases();
    assert!(cases.len() >= 150, "{}", cases.len());
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|c| {
            let got = run(&c.text);
            (got != c.expect)
                .then(|| format!("{}\n  want {:?}\n  got  {got:?}", short(&c.text), c.expect))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} differ:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn vectors_match_cpython_through_the_cli() {
    let mut checked = 0;
    let mut failures = Vec::new();
    for c in cases() {
        // A command-line argument cannot hold NUL.
        if c.text.contains('\0') {
            continue;
        }
        let out = Command::new(env!("CARGO_BIN_EXE_wirelab"))
            .args(["json", "loads", &c.text])
            .output()
            .expect("run wirelab");
        let stdout = String::from_utf8(out.stdout).unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        let got = match out.status.code() {
            Some(0) if stderr.is_empty() => Ok(stdout.strip_suffix('\n').unwrap_or("?").to_owned()),
            Some(1) if stdout.is_empty() => Err(stderr.lines().last().unwrap_or("").to_owned()),
            code => Err(format!(
                "exit {code:?}, stdout {stdout:?}, stderr {stderr:?}"
            )),
        };
        if got != c.expect {
            failures.push(format!(
                "{}\n  want {:?}\n  got  {got:?}",
                short(&c.text),
                c.expect
            ));
        }
        checked += 1;
    }
    assert!(checked >= 150, "{checked}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn errors_carry_python_positions() {
    // python3 -c "import json; json.loads('[1,\n 2,\n x]')" -> e.pos, e.lineno, e.colno
    let Err(LoadsError::Decode(e)) = loads("[1,\n 2,\n x]") else {
        panic!("expected a JSONDecodeError");
    };
    assert_eq!((e.pos, e.lineno, e.colno), (9, 3, 2));
    assert_eq!(e.to_string(), "Expecting value: line 3 column 2 (char 9)");
    // Characters, not bytes: '한' is one character (three UTF-8 bytes).
    assert_eq!(
        run("[\"한\" 1]"),
        Err(
            "json.decoder.JSONDecodeError: Expecting ',' delimiter: line 1 column 6 (char 5)"
                .into()
        )
    );
}

/// Documents near JSON: its punctuation, escapes, numbers and words, plus any char.
fn jsonish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("[".to_string()),
        Just("]".to_string()),
        Just("{".to_string()),
        Just("}".to_string()),
        Just(",".to_string()),
        Just(":".to_string()),
        Just("\"".to_string()),
        Just("\\".to_string()),
        Just("\\u".to_string()),
        Just("\\ud834".to_string()),
        Just("\\udd1e".to_string()),
        Just(" ".to_string()),
        Just("\n".to_string()),
        Just("-".to_string()),
        Just("0".to_string()),
        Just("1.5e".to_string()),
        Just("+".to_string()),
        Just("null".to_string()),
        Just("NaN".to_string()),
        Just("-Infinity".to_string()),
        "[0-9a-fA-F]{1,4}",
        any::<char>().prop_map(String::from),
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|p| p.concat())
}

fn never_panics(text: &str) {
    match loads(text) {
        Ok(v) => {
            let _ = repr(&v);
        }
        Err(LoadsError::Decode(e)) => {
            assert!(e.pos <= text.chars().count(), "{text:?}: {e}");
            assert!(e.lineno >= 1 && e.colno >= 1);
        }
        Err(e) => {
            let _ = e.to_string();
        }
    }
}

proptest! {
    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        never_panics(&text);
    }

    #[test]
    fn jsonish_text_never_panics(text in jsonish()) {
        never_panics(&text);
    }
}

proptest! {
    // The long run: cargo test --release --test it json_loads -- --ignored
    #![proptest_config(ProptestConfig::with_cases(200_000))]
    #[test]
    #[ignore]
    fn long_fuzz(text in prop_oneof![jsonish(), any::<String>()]) {
        never_panics(&text);
    }
}
