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
