//! Unit checks of the scanner's corners; the CPython vectors live in tests/it.

use super::*;
use crate::py::repr::repr;

fn ok(text: &str) -> String {
    match loads(text) {
        Ok(v) => repr(&v),
        Err(e) => panic!("{text:?}: {e}"),
    }
}

fn bad(text: &str) -> String {
    match loads(text) {
        Ok(v) => panic!("{text:?} loaded as {}", repr(&v)),
        Err(e) => e.to_string(),
    }
}

#[test]
fn values_as_python() {
    // Expected: python3 3.11.7, repr(json.loads(text)).
    assert_eq!(ok(r#"{"a": [1, 2.5, null, true], "a": -0}"#), "{'a': 0}");
    assert_eq!(ok(r#"{"b": 1, "a": 2, "b": 3}"#), "{'b': 3, 'a': 2}");
    assert_eq!(ok(r#""\ud834\udd1e\ud800x""#), "'\u{1d11e}\\ud800x'");
    assert_eq!(
        ok("[NaN, Infinity, -Infinity, 1e400, -0.0]"),
        "[nan, inf, -inf, inf, -0.0]"
    );
    assert_eq!(ok(" \t\r\n[ ]\n"), "[]");
}

#[test]
fn errors_as_python() {
    assert_eq!(
        bad(""),
        "json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)"
    );
    assert_eq!(
        bad("{\"a\":1}\n\n  x"),
        "json.decoder.JSONDecodeError: Extra data: line 3 column 3 (char 11)"
    );
    assert_eq!(
        bad("\"\\ud834\\udd1e"),
        "json.decoder.JSONDecodeError: Invalid \\uXXXX escape: line 1 column 9 (char 8)"
    );
    assert_eq!(
        bad(&"[".repeat(MAX_DEPTH + 1)),
        "RecursionError: maximum recursion depth exceeded while decoding a JSON array \
         from a unicode string"
    );
    assert!(loads(&format!(
        "{}{}",
        "[".repeat(MAX_DEPTH),
        "]".repeat(MAX_DEPTH)
    ))
    .is_ok());
}
