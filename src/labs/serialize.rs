//! The Serialize lab's view model: literal -> `pickle.dumps` -> `pickletools.dis`,
//! `json.dumps`, sizes, and what JSON loses, all computed from one source text.

use crate::py::json::{self, JsonError};
use crate::py::literal::{self, LiteralError};
use crate::py::pickle::dis::{self, Disassembly};
use crate::py::pickle::{self, DumpError};
use crate::py::Value;

/// The protocol `pickle.dumps` uses by default in CPython 3.8+.
pub const DEFAULT_PROTOCOL: u8 = 4;

/// The highest protocol CPython 3.11 writes.
pub const HIGHEST_PROTOCOL: u8 = 5;

/// Bytes per row of the hex view, as `xxd` and `hexdump -C` show them.
pub const HEX_ROW: usize = 16;

/// Literals a learner can start from (each one shows something about pickle).
pub const EXAMPLES: &[&str] = &[
    "{'name': 'Kim', 'scores': [90, 85], 'ok': True}",
    "['ab', 'ab']",
    "'안녕하세요'",
    "12345678901234567890",
    "b'\\x00\\x01\\xff'",
    "{1, 2, 3}",
    "(1, 2)",
    "{'nested': {'deep': [[], {}, ()]}}",
];

/// Everything the page shows for one literal and protocol.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    /// The source as typed.
    pub source: String,
    pub protocol: u8,
    /// The literal, or the error Python would raise evaluating it.
    pub value: Result<Value, LiteralError>,
    /// `pickle.dumps(value, protocol)`; `None` when the literal failed.
    pub pickle: Option<Result<Vec<u8>, DumpError>>,
    /// `pickletools.dis` of the pickle bytes, when dumps succeeded.
    pub dis: Option<Disassembly>,
    /// `json.dumps(value)`; `None` when the literal failed.
    pub json: Option<Result<String, JsonError>>,
    /// What a JSON round trip changes or refuses, found by walking the value.
    pub losses: Vec<JsonLoss>,
}

impl Analysis {
    /// Runs every engine on `source`; never panics, errors are values.
    pub fn new(source: &str, protocol: u8) -> Self {
        let value = literal::parse(source);
        let (pickle, dis, json, losses) = match &value {
            Ok(v) => {
                let bytes = pickle::dumps(v, protocol);
                let listing = bytes.as_ref().ok().map(|b| dis::dis(b));
                (Some(bytes), listing, Some(json::dumps(v)), json_losses(v))
            }
            Err(_) => (None, None, None, Vec::new()),
        };
        Analysis {
            source: source.to_owned(),
            protocol,
            value,
            pickle,
            dis,
            json,
            losses,
        }
    }

    /// The pickle bytes, when dumps succeeded.
    pub fn pickle_bytes(&self) -> Option<&[u8]> {
        match &self.pickle {
            Some(Ok(bytes)) => Some(bytes),
            _ => None,
        }
    }

    /// Size of the JSON text in bytes (UTF-8; `json.dumps` escapes non-ASCII by default).
    pub fn json_size(&self) -> Option<usize> {
        match &self.json {
            Some(Ok(text)) => Some(text.len()),
            _ => None,
        }
    }

    /// A Python snippet that reproduces the bytes shown.
    pub fn python_snippet(&self) -> String {
        python_snippet(&self.source, self.protocol)
    }
}

/// `import pickle` + the call that gives the same bytes, with `.hex()` to compare.
pub fn python_snippet(source: &str, protocol: u8) -> String {
    format!(
        "import pickle\npickle.dumps({}, protocol={protocol}).hex()\n",
        source.trim()
    )
}

/// One thing a JSON round trip does not keep, found in the value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JsonLoss {
    /// A tuple is written as a JSON array and comes back as a list.
    TupleBecomesList,
    /// A dict key of this type (int, float, bool, None) is written as a string.
    KeyBecomesString(&'static str),
    /// A dict key of this type makes `json.dumps` raise (`keys must be str, ...`).
    KeyRaises(&'static str),
    /// A value of this type (bytes, set, frozenset) makes `json.dumps` raise.
    ValueRaises(&'static str),
    /// `nan`/`inf` are written as `NaN`/`Infinity`, which strict JSON forbids.
    NonStandardFloat,
    /// An int beyond 2**53 loses precision in JavaScript's `JSON.parse`.
    BigIntPrecision,
}

/// Limit on how deep the walk goes (the parser bounds nesting well below this).
const MAX_DEPTH: usize = 200;

/// What JSON loses for `value`, each kind once, in order of discovery.
pub fn json_losses(value: &Value) -> Vec<JsonLoss> {
    let mut out = Vec::new();
    walk(value, 0, &mut out);
    out
}

fn note(out: &mut Vec<JsonLoss>, loss: JsonLoss) {
    if !out.contains(&loss) {
        out.push(loss);
    }
}

fn walk(value: &Value, depth: usize, out: &mut Vec<JsonLoss>) {
    if depth > MAX_DEPTH {
        return;
    }
    match value {
        Value::Tuple(items) => {
            note(out, JsonLoss::TupleBecomesList);
            items.iter().for_each(|v| walk(v, depth + 1, out));
        }
        Value::List(items) => items.iter().for_each(|v| walk(v, depth + 1, out)),
        Value::Dict(pairs) => {
            for (k, v) in pairs {
                match k {
                    Value::Str(_) => {}
                    Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None => {
                        note(out, JsonLoss::KeyBecomesString(k.type_name()));
                    }
                    other => note(out, JsonLoss::KeyRaises(other.type_name())),
                }
                walk(v, depth + 1, out);
            }
        }
        Value::Bytes(_) | Value::Set(_) | Value::FrozenSet(_) => {
            note(out, JsonLoss::ValueRaises(value.type_name()));
        }
        Value::Float(f) if !f.is_finite() => note(out, JsonLoss::NonStandardFloat),
        Value::Int(i) => {
            let limit = num_bigint::BigInt::from(1u64 << 53);
            if i.magnitude() > limit.magnitude() {
                note(out, JsonLoss::BigIntPrecision);
            }
        }
        Value::None | Value::Bool(_) | Value::Float(_) | Value::Str(_) => {}
    }
}

/// The source line Python's SyntaxError quotes, and a caret line under the column.
pub fn caret(source: &str, err: &LiteralError) -> (String, String) {
    let line = source
        .lines()
        .nth(err.line.saturating_sub(1))
        .unwrap_or("")
        .to_owned();
    let pad = " ".repeat(err.column.saturating_sub(1).min(line.chars().count()));
    (line, format!("{pad}^"))
}

/// One row of the hex view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HexRow {
    /// Offset of the first byte.
    pub offset: usize,
    pub bytes: Vec<u8>,
}

/// Splits bytes into rows of [`HEX_ROW`].
pub fn hex_rows(bytes: &[u8]) -> Vec<HexRow> {
    bytes
        .chunks(HEX_ROW)
        .enumerate()
        .map(|(i, chunk)| HexRow {
            offset: i * HEX_ROW,
            bytes: chunk.to_vec(),
        })
        .collect()
}

/// The ASCII column character for a byte, as `hexdump -C` prints it.
pub fn ascii(byte: u8) -> char {
    if byte.is_ascii_graphic() || byte == b' ' {
        char::from(byte)
    } else {
        '.'
    }
}

/// Index of the listing line whose opcode covers byte `offset`.
pub fn line_at(listing: &Disassembly, offset: usize) -> Option<usize> {
    listing
        .lines
        .iter()
        .position(|l| offset >= l.offset && offset < l.offset.saturating_add(l.len.max(1)))
}

#[cfg(test)]
mod tests {
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

    #[test]
    fn caret_points_at_the_column() {
        let err = LiteralError {
            kind: ErrorKind::SyntaxError,
            message: "'{' was never closed".into(),
            line: 2,
            column: 3,
        };
        assert_eq!(
            caret("[1,\n  {'a': 1\n]", &err),
            ("  {'a': 1".to_owned(), "  ^".to_owned())
        );
        // A column past the end (or a line that is not there) still gives a caret.
        let far = LiteralError {
            line: 9,
            column: 40,
            ..err
        };
        assert_eq!(caret("x", &far), (String::new(), "^".to_owned()));
    }

    #[test]
    fn hex_rows_and_ascii_column() {
        let bytes: Vec<u8> = (0u8..40).collect();
        let rows = hex_rows(&bytes);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[2].offset, 32);
        assert_eq!(rows[2].bytes, (32u8..40).collect::<Vec<_>>());
        assert_eq!(hex_rows(&[]), vec![]);
        // As `hexdump -C`: printable ASCII and space as is, everything else a dot.
        let col: String = b"\x80\x04 K~\x7f\xc3".iter().map(|b| ascii(*b)).collect();
        assert_eq!(col, ".. K~..");
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
}
