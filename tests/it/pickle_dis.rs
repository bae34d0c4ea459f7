//! `pickletools.dis` against CPython 3.11.7: every fixture listing, and malformed
//! pickles whose expected output was recorded with python3 (see each case).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use serde_json::Value as Json;
use wirelab::hex;
use wirelab::py::pickle::dis::dis;

fn fixture() -> Json {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/pickle.json"
    ))
    .expect("fixture");
    serde_json::from_str(&text).expect("json")
}

/// Every (label, bytes, pickletools text) in tests/fixtures/pickle.json.
pub fn fixture_listings() -> Vec<(String, Vec<u8>, String)> {
    let fx = fixture();
    let mut out = Vec::new();
    for obj in fx["objects"].as_array().expect("objects") {
        let literal = obj["literal"].as_str().expect("literal");
        for (proto, case) in obj["by_protocol"].as_object().expect("by_protocol") {
            let bytes = hex::decode(case["hex"].as_str().expect("hex")).expect("hex");
            let text = case["pickletools_dis"].as_str().expect("dis").to_string();
            out.push((format!("{literal} protocol {proto}"), bytes, text));
        }
    }
    for m in fx["malicious"].as_array().expect("malicious") {
        let bytes = hex::decode(m["hex"].as_str().expect("hex")).expect("hex");
        let text = m["pickletools_dis"].as_str().expect("dis").to_string();
        out.push((m["name"].as_str().expect("name").to_string(), bytes, text));
    }
    out
}

#[test]
fn all_fixture_listings_match() {
    let cases = fixture_listings();
    assert_eq!(cases.len(), 43 * 6 + 2);
    let mut failures = Vec::new();
    for (label, bytes, want) in &cases {
        let got = dis(bytes);
        if got.text != *want || got.error.is_some() {
            failures.push(format!(
                "{label}\n--- want\n{want}--- got\n{}{:?}",
                got.text, got.error
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn lines_map_to_bytes() {
    for (label, bytes, _) in fixture_listings() {
        let d = dis(&bytes);
        let mut next = 0;
        for line in &d.lines {
            assert_eq!(line.offset, next, "{label}");
            assert_eq!(bytes[line.offset], line.code, "{label}");
            next += line.len;
        }
        assert_eq!(d.lines.last().map(|l| l.name), Some("STOP"), "{label}");
        let joined: String = d.lines.iter().map(|l| format!("{}\n", l.text)).collect();
        assert!(d.text.starts_with(&joined), "{label}");
    }
}

/// tests/fixtures/pickle_malformed.json, recorded from CPython 3.11.7 by
/// tests/fixtures/record_pickle_malformed.py (mutated, cut and random pickles).
pub fn malformed_cases() -> Vec<Json> {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/pickle_malformed.json"
    ))
    .expect("fixture");
    let fx: Json = serde_json::from_str(&text).expect("json");
    fx["cases"].as_array().expect("cases").clone()
}

#[test]
fn malformed_listings_match_python() {
    let cases = malformed_cases();
    assert!(cases.len() > 2000);
    let mut failures = Vec::new();
    for case in &cases {
        let bytes = hex::decode(case["hex"].as_str().expect("hex")).expect("hex");
        let got = dis(&bytes);
        let want_error = case["dis_error"].as_str().map(str::to_string);
        if got.text != case["dis_text"].as_str().expect("text") || got.error != want_error {
            failures.push(format!(
                "{}\n--- want\n{}{want_error:?}\n--- got\n{}{:?}",
                case["hex"], case["dis_text"], got.text, got.error
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{}/{} mismatches:\n{}",
        failures.len(),
        cases.len(),
        failures[..failures.len().min(8)].join("\n")
    );
}

#[test]
fn malformed_by_hand() {
    // (input, text, error) printed by python3 -c "import pickletools;
    // pickletools.dis(INPUT)" (CPython 3.11.7).
    let cases: &[(&[u8], &str, &str)] = &[
        (b"", "", "ValueError: pickle exhausted before seeing STOP"),
        (b"\xff", "", "ValueError: at position 0, opcode b'\\xff' unknown"),
        (b"(2t.", "    0: (    MARK\n    1: 2        DUP\n    2: ", "IndexError: list index out of range"),
        (b"p1\n\x94.", "    0: p    PUT        1\n", "ValueError: stack is empty -- can't store into memo"),
        (b"Np01\n\x94\x94.", "    0: N    NONE\n    1: p    PUT        True\n    5: \\x94 MEMOIZE    (as 1)\n", "ValueError: memo key None already defined"),
        (b"S'\\x4'\n.", "", "ValueError: invalid \\x escape at position 0"),
        (b"S'\\777'\n.", "", "UnicodeDecodeError: 'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)"),
        (b"I1__0\n.", "", "ValueError: invalid literal for int() with base 10: b'1__0'"),
        (b"NN.", "    0: N    NONE\n    1: N    NONE\n    2: .    STOP\nhighest protocol among opcodes = 0\n", "ValueError: stack not empty after STOP: [None]"),
    ];
    for (input, text, error) in cases {
        let got = dis(input);
        assert_eq!(got.text, *text, "{input:?}");
        assert_eq!(got.error.as_deref(), Some(*error), "{input:?}");
    }
}
