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

#[test]
fn loaded_lone_surrogates_flow_through_the_other_engines() {
    use wirelab::py::{hash::hash, json, pickle};
    // PYTHONHASHSEED=0 python3 -c "import json, pickle; v = json.loads(TEXT);
    //   print(repr(v), json.dumps(v), hash(v), [pickle.dumps(v, p).hex() for p in range(6)])"
    let v = loads(r#""\ud800x\udfff""#).unwrap();
    assert_eq!(repr(&v), r"'\ud800x\udfff'");
    assert_eq!(json::dumps(&v).unwrap(), r#""\ud800x\udfff""#);
    assert_eq!(hash(&v).unwrap(), -3672421391739846557);
    let want = [
        "565c7564383030785c75646666660a70300a2e",
        "5807000000eda08078edbfbf71002e",
        "80025807000000eda08078edbfbf71002e",
        "80035807000000eda08078edbfbf71002e",
        "8004950b000000000000008c07eda08078edbfbf942e",
        "8005950b000000000000008c07eda08078edbfbf942e",
    ];
    for (proto, want) in want.iter().enumerate() {
        let got = pickle::dumps(&v, proto as u8).unwrap();
        assert_eq!(wirelab::hex::encode(&got), *want, "protocol {proto}");
    }
    // Each str json.loads makes is a new object: no memo get for the second one.
    let w = loads(r#"["\ud800", "\ud800", {"\udc00": "\ud83d"}]"#).unwrap();
    assert_eq!(repr(&w), r"['\ud800', '\ud800', {'\udc00': '\ud83d'}]");
    assert_eq!(
        json::dumps(&w).unwrap(),
        r#"["\ud800", "\ud800", {"\udc00": "\ud83d"}]"#
    );
    let want = [
        "286c70300a565c75643830300a70310a61565c75643830300a70320a61286470330a565c75646330300a70340a565c75643833640a70350a73612e",
        "5d7100285803000000eda08071015803000000eda08071027d71035803000000edb08071045803000000eda0bd710573652e",
        "80025d7100285803000000eda08071015803000000eda08071027d71035803000000edb08071045803000000eda0bd710573652e",
        "80035d7100285803000000eda08071015803000000eda08071027d71035803000000edb08071045803000000eda0bd710573652e",
        "80049520000000000000005d94288c03eda080948c03eda080947d948c03edb080948c03eda0bd9473652e",
        "80059520000000000000005d94288c03eda080948c03eda080947d948c03edb080948c03eda0bd9473652e",
    ];
    for (proto, want) in want.iter().enumerate() {
        let got = pickle::dumps(&w, proto as u8).unwrap();
        assert_eq!(wirelab::hex::encode(&got), *want, "protocol {proto}");
    }
}
