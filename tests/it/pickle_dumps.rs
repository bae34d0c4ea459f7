//! Integration tests: `pickle.dumps` against CPython 3.11.7, byte for byte.
//!
//! Expected outputs come from CPython: `pickle_dumps/cases.rs` (recorded by
//! `tests/gen/record_pickle_dumps.py`), `tests/fixtures/pickle.json`, and a live
//! comparison with `python3` over generated values when it is installed.

// In tests a failed expectation is the test failing, with its message.
#![allow(clippy::expect_used, clippy::unwrap_used)]

mod cases;
mod live;

use num_bigint::BigInt;
use wirelab::py::literal;
use wirelab::py::pickle::{dumps, opcodes};
use wirelab::py::Value;

/// One recorded value and what `pickle.dumps(value, p).hex()` gave for p = 0..=5.
pub(super) struct Case {
    /// The Python literal or expression (prefixed with `=`) that was recorded.
    python: &'static str,
    value: Value,
    /// Run-length hex (`unit*count` tokens joined by `|`), `#len:fnv1a64` for long
    /// outputs, or `!Exception: text`.
    hex: [&'static str; 6],
}

pub(super) fn none() -> Value {
    Value::None
}
pub(super) fn boolean(b: bool) -> Value {
    Value::Bool(b)
}
pub(super) fn int(i: i64) -> Value {
    Value::Int(BigInt::from(i))
}
pub(super) fn big(decimal: &str) -> Value {
    Value::Int(decimal.parse().expect("decimal int"))
}
/// `2**exp + add`.
pub(super) fn pow2(exp: u32, add: i64) -> Value {
    Value::Int(BigInt::from(2).pow(exp) + add)
}
pub(super) fn neg(value: Value) -> Value {
    match value {
        Value::Int(i) => Value::Int(-i),
        other => panic!("neg of {other:?}"),
    }
}
pub(super) fn float(f: f64) -> Value {
    Value::Float(f)
}
pub(super) fn s(text: &str) -> Value {
    Value::Str(text.to_owned())
}
pub(super) fn by(data: &[u8]) -> Value {
    Value::Bytes(data.to_vec())
}
pub(super) fn list(items: Vec<Value>) -> Value {
    Value::List(items)
}
pub(super) fn tuple(items: Vec<Value>) -> Value {
    Value::Tuple(items)
}
pub(super) fn dict(pairs: Vec<(Value, Value)>) -> Value {
    Value::Dict(pairs)
}
/// Members must be given in CPython's iteration order.
pub(super) fn set(items: Vec<Value>) -> Value {
    Value::Set(items)
}
pub(super) fn fset(items: Vec<Value>) -> Value {
    Value::FrozenSet(items)
}
pub(super) fn ints(range: std::ops::Range<i64>) -> Vec<Value> {
    range.map(int).collect()
}

/// `n` containers made by `wrap`, nested around `core`.
fn nest(n: usize, core: Value, wrap: impl Fn(Value) -> Value) -> Value {
    (0..n).fold(core, |inner, _| wrap(inner))
}
pub(super) fn nest_lists(n: usize) -> Value {
    nest(n, int(0), |v| list(vec![v]))
}
pub(super) fn nest_tuples(n: usize) -> Value {
    nest(n, int(0), |v| tuple(vec![v]))
}
pub(super) fn nest_dicts(n: usize) -> Value {
    nest(n, int(0), |v| dict(vec![(int(0), v)]))
}
pub(super) fn nest_frozensets(n: usize) -> Value {
    nest(n, int(0), |v| fset(vec![v]))
}
/// `n` tuples around `{1}`.
pub(super) fn nest_set(n: usize) -> Value {
    nest(n, set(vec![int(1)]), |v| tuple(vec![v]))
}

/// FNV-1a 64, the digest the recorder stores for long outputs.
fn fnv1a64(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Expands the recorder's run-length hex.
fn expand(stored: &str) -> Vec<u8> {
    let mut out = Vec::new();
    for token in stored.split('|').filter(|t| !t.is_empty()) {
        let (unit, count) = match token.split_once('*') {
            Some((unit, count)) => (unit, count.parse().expect("run count")),
            None => (token, 1),
        };
        let unit = wirelab::hex::decode(unit).expect("recorded hex");
        for _ in 0..count {
            out.extend_from_slice(&unit);
        }
    }
    out
}

/// `None` if `dumps(value, proto)` gives what CPython gave, else what differs.
fn check(value: &Value, proto: u8, expected: &str) -> Option<String> {
    let got = dumps(value, proto);
    if let Some(error) = expected.strip_prefix('!') {
        return match got {
            Err(e) if e.message == error => None,
            other => Some(format!(
                "expected {error}, got {:?}",
                other.map(|b| b.len())
            )),
        };
    }
    let got = match got {
        Ok(bytes) => bytes,
        Err(e) => return Some(format!("unexpected error {}", e.message)),
    };
    if let Some(digest) = expected.strip_prefix('#') {
        let actual = format!("{}:{:016x}", got.len(), fnv1a64(&got));
        return (actual != digest).then(|| format!("digest {actual}, expected {digest}"));
    }
    let want = expand(expected);
    if got == want {
        return None;
    }
    let at = got.iter().zip(&want).take_while(|(a, b)| a == b).count();
    let window = |b: &[u8]| wirelab::hex::encode(&b[at.saturating_sub(8)..b.len().min(at + 24)]);
    Some(format!(
        "first difference at byte {at} (lengths {} vs {}): got ..{}.., want ..{}..",
        got.len(),
        want.len(),
        window(&got),
        window(&want)
    ))
}

#[test]
fn recorded_cases_match_cpython() {
    let cases = cases::cases();
    let mut failures = Vec::new();
    for case in &cases {
        for (proto, expected) in case.hex.iter().enumerate() {
            if let Some(why) = check(&case.value, proto as u8, expected) {
                failures.push(format!("{} protocol {proto}: {why}", case.python));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} mismatches:\n{}",
        failures.len(),
        cases.len() * 6,
        failures.join("\n")
    );
}

/// `tests/fixtures/pickle.json`: 43 objects recorded from CPython 3.11.7, each
/// parsed from its literal by the lab's parser.
#[test]
fn fixture_objects_match_cpython_in_every_protocol() {
    let text = include_str!("../fixtures/pickle.json");
    let fixture: serde_json::Value = serde_json::from_str(text).expect("pickle.json");
    let objects = fixture["objects"].as_array().expect("objects");
    assert_eq!(objects.len(), 43);
    let mut failures = Vec::new();
    for object in objects {
        let literal = object["literal"].as_str().expect("literal");
        let value = literal::parse(literal).expect("fixture literal parses");
        for proto in 0..=5u8 {
            let want = object["by_protocol"][proto.to_string()]["hex"]
                .as_str()
                .expect("hex");
            if let Some(why) = check(&value, proto, want) {
                failures.push(format!("{literal} protocol {proto}: {why}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The recorded literals parse to the values the table builds by hand.
#[test]
fn recorded_literals_parse_to_the_recorded_values() {
    for case in cases::cases() {
        if !case.python.starts_with('=') {
            let parsed = literal::parse(case.python).expect(case.python);
            assert!(parsed == case.value, "{}", case.python);
        }
    }
}

#[test]
fn protocol_above_5_is_a_value_error() {
    let err = dumps(&Value::None, 6).expect_err("protocol 6");
    assert_eq!(err.message, "ValueError: pickle protocol must be <= 5");
    assert_eq!(err.to_string(), err.message);
    assert!(dumps(&Value::None, 5).is_ok());
}

#[test]
fn deep_nesting_is_a_recursion_error_not_a_crash() {
    // Far beyond the limit: must fail cleanly (and fast), in every protocol.
    let deep = nest_lists(5_000);
    for proto in 0..=5 {
        let err = dumps(&deep, proto).expect_err("too deep");
        assert_eq!(
            err.message,
            "RecursionError: maximum recursion depth exceeded while pickling an object"
        );
    }
}

#[test]
fn opcode_table_is_pickletools() {
    // `[(o.name, o.code) for o in pickletools.opcodes]`, CPython 3.11.7.
    let expected = "INT I BININT J BININT1 K BININT2 M LONG L LONG1 8a LONG4 8b STRING S \
        BINSTRING T SHORT_BINSTRING U BINBYTES B SHORT_BINBYTES C BINBYTES8 8e \
        BYTEARRAY8 96 NEXT_BUFFER 97 READONLY_BUFFER 98 NONE N NEWTRUE 88 NEWFALSE 89 \
        UNICODE V SHORT_BINUNICODE 8c BINUNICODE X BINUNICODE8 8d FLOAT F BINFLOAT G \
        EMPTY_LIST ] APPEND a APPENDS e LIST l EMPTY_TUPLE ) TUPLE t TUPLE1 85 TUPLE2 86 \
        TUPLE3 87 EMPTY_DICT } DICT d SETITEM s SETITEMS u EMPTY_SET 8f ADDITEMS 90 \
        FROZENSET 91 POP 0 DUP 2 MARK ( POP_MARK 1 GET g BINGET h LONG_BINGET j PUT p \
        BINPUT q LONG_BINPUT r MEMOIZE 94 EXT1 82 EXT2 83 EXT4 84 GLOBAL c \
        STACK_GLOBAL 93 REDUCE R BUILD b INST i OBJ o NEWOBJ 81 NEWOBJ_EX 92 PROTO 80 \
        STOP . FRAME 95 PERSID P BINPERSID Q";
    let words: Vec<&str> = expected.split_whitespace().collect();
    let table: Vec<(&str, u8)> = words
        .chunks(2)
        .map(|pair| {
            let code = match pair[1].len() {
                1 => pair[1].as_bytes()[0],
                _ => u8::from_str_radix(pair[1], 16).expect("hex code"),
            };
            (pair[0], code)
        })
        .collect();
    assert_eq!(table.len(), opcodes::OPCODES.len());
    for ((name, code), op) in table.iter().zip(opcodes::OPCODES.iter()) {
        assert_eq!((*name, *code), (op.name, op.code));
        assert_eq!(opcodes::name(*code), Some(*name));
    }
    let unused = (0..=255u8).filter(|c| opcodes::name(*c).is_none()).count();
    assert_eq!(unused, 256 - table.len());
}
