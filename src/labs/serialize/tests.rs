//! Tests of the Serialize view model, against CPython recordings where they exist.

use super::*;
use crate::py::literal::ErrorKind;
use crate::py::pickle::dis::DisLine;
use num_bigint::BigInt;

fn int(i: i64) -> Value {
    Value::Int(BigInt::from(i))
}

fn s(text: &str) -> Value {
    Value::Str(text.into())
}

#[test]
fn losses_of_a_plain_dict_are_none() {
    // {'name': 'Kim', 'scores': [90, 85], 'ok': True}: json.loads(json.dumps(x)) == x
    let v = Value::Dict(vec![
        (s("name"), s("Kim")),
        (s("scores"), Value::List(vec![int(90), int(85)])),
        (s("ok"), Value::Bool(true)),
    ]);
    assert_eq!(json_losses(&v), vec![]);
}

#[test]
fn losses_found_deep_and_reported_once() {
    // {1: (2,), None: [b'x', (3,)], (1, 2): {4}} in Python:
    // keys 1/None become strings, tuples become lists, bytes/set/tuple-key raise.
    let v = Value::Dict(vec![
        (int(1), Value::Tuple(vec![int(2)])),
        (
            Value::None,
            Value::List(vec![
                Value::Bytes(b"x".to_vec()),
                Value::Tuple(vec![int(3)]),
            ]),
        ),
        (Value::Tuple(vec![int(1), int(2)]), Value::Set(vec![int(4)])),
    ]);
    assert_eq!(
        json_losses(&v),
        vec![
            JsonLoss::KeyBecomesString("int"),
            JsonLoss::TupleBecomesList,
            JsonLoss::KeyBecomesString("NoneType"),
            JsonLoss::ValueRaises("bytes"),
            JsonLoss::KeyRaises("tuple"),
            JsonLoss::ValueRaises("set"),
        ]
    );
}

#[test]
fn big_ints_and_special_floats() {
    // 2**53 is exact in a double; 2**53 + 1 is not.
    assert_eq!(json_losses(&Value::Int(BigInt::from(1u64 << 53))), vec![]);
    assert_eq!(
        json_losses(&Value::Int(-BigInt::from((1u64 << 53) + 1))),
        vec![JsonLoss::BigIntPrecision]
    );
    assert_eq!(
        json_losses(&Value::List(vec![
            Value::Float(f64::NAN),
            Value::Float(1.5)
        ])),
        vec![JsonLoss::NonStandardFloat]
    );
    assert_eq!(
        json_losses(&Value::FrozenSet(vec![])),
        vec![JsonLoss::ValueRaises("frozenset")]
    );
}

/// The traceback lines for `src`, as the UI prints them.
fn traceback(src: &str) -> Option<(String, String)> {
    literal::parse(src).err().and_then(|e| caret(src, &e))
}

#[test]
fn caret_as_python_traceback_prints_it() {
    // python3 file.py with these contents, CPython 3.11.7:
    assert_eq!(
        traceback("[1, 2"),
        Some(("[1, 2".to_owned(), "^".to_owned())) // '[' was never closed
    );
    assert_eq!(
        traceback("{1: 2, 3}"),
        Some(("{1: 2, 3}".to_owned(), "       ^".to_owned())) // ':' expected after dictionary key
    );
    // Indentation is stripped from the quoted line and the caret moves with it.
    let err = LiteralError {
        kind: ErrorKind::SyntaxError,
        message: "invalid syntax".into(),
        not_literal: None,
        line: 2,
        column: 5,
        end_line: 2,
        end_column: 8,
    };
    assert_eq!(
        caret("[\n   1 2 3]", &err),
        Some(("1 2 3]".to_owned(), " ^^^".to_owned()))
    );
    // No place (an evaluation error): no source lines.
    let eval = LiteralError {
        line: 0,
        column: 0,
        end_line: 0,
        end_column: 0,
        ..err
    };
    assert_eq!(caret("{[]: 1}", &eval), None);
}

fn line(offset: usize, len: usize, name: &'static str) -> DisLine {
    DisLine {
        offset,
        len,
        code: 0,
        name,
        text: String::new(),
    }
}

#[test]
fn byte_to_listing_line() {
    // pickle.dumps(1, 2) == b'\x80\x02K\x01.'
    let listing = Disassembly {
        lines: vec![
            line(0, 2, "PROTO"),
            line(2, 2, "BININT1"),
            line(4, 1, "STOP"),
        ],
        text: String::new(),
        error: None,
    };
    let found: Vec<_> = (0..6).map(|i| line_at(&listing, i)).collect();
    assert_eq!(
        found,
        vec![Some(0), Some(0), Some(1), Some(1), Some(2), None]
    );
}

#[test]
fn snippet_reproduces_the_call() {
    assert_eq!(
        python_snippet(" ['ab', 'ab']\n", 2),
        "import pickle\npickle.dumps(['ab', 'ab'], protocol=2).hex()\n"
    );
}

#[test]
fn a_literal_error_stops_the_pipeline() {
    // `[1, 2` is a SyntaxError in Python: nothing downstream runs.
    let a = Analysis::new("[1, 2", 4);
    assert!(a.value.is_err());
    assert_eq!((a.pickle, a.dis, a.json), (None, None, None));
    assert!(a.losses.is_empty());
}

/// Every object of tests/fixtures/pickle.json (recorded from CPython 3.11.7), at
/// every protocol: the bytes, the listing and json.dumps the page shows are
/// CPython's, and every byte maps to the opcode line that covers it.
#[test]
fn analysis_matches_the_cpython_recordings() {
    let fixture: serde_json::Value =
        serde_json::from_str(include_str!("../../../tests/fixtures/pickle.json")).unwrap();
    let objects = fixture["objects"].as_array().unwrap();
    let mut checked = 0;
    for object in objects {
        let literal = object["literal"].as_str().unwrap();
        for protocol in 0..=HIGHEST_PROTOCOL {
            let a = Analysis::new(literal, protocol);
            let recorded = &object["by_protocol"][protocol.to_string()];
            let bytes = a.pickle_bytes().unwrap();
            assert_eq!(
                crate::hex::encode(bytes),
                recorded["hex"],
                "{literal} @ {protocol}"
            );
            let listing = a.dis.as_ref().unwrap();
            assert_eq!(listing.text, recorded["pickletools_dis"], "{literal}");
            let lines: Vec<_> = (0..bytes.len()).map(|i| line_at(listing, i)).collect();
            assert!(lines.iter().all(Option::is_some), "{literal}: {lines:?}");
            assert!(lines.windows(2).all(|w| w[0] <= w[1]));
            checked += 1;
        }
        let json = match a_json(literal) {
            Ok(text) => serde_json::Value::from(text),
            Err(e) => serde_json::Value::from(e.to_string()),
        };
        let expected = object
            .get("json_dumps")
            .or(object.get("json_error"))
            .unwrap();
        assert_eq!(&json, expected, "{literal}");
    }
    assert_eq!(checked, objects.len() * 6);
}

fn a_json(literal: &str) -> Result<String, JsonError> {
    Analysis::new(literal, DEFAULT_PROTOCOL).json.unwrap()
}

#[test]
fn what_json_loses_for_the_examples() {
    let losses = |src: &str| Analysis::new(src, 4).losses;
    assert_eq!(losses(EXAMPLES[0]), vec![]);
    assert_eq!(losses("(1, 2)"), vec![JsonLoss::TupleBecomesList]);
    assert_eq!(losses("{1, 2, 3}"), vec![JsonLoss::ValueRaises("set")]);
    // json.dumps({1: 'one'}) == '{"1": "one"}' in CPython.
    let a = Analysis::new("{1: 'one'}", 4);
    assert_eq!(a.json, Some(Ok(r#"{"1": "one"}"#.to_owned())));
    assert_eq!(a.losses, vec![JsonLoss::KeyBecomesString("int")]);
}
