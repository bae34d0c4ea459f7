//! The Serialize track: pickle's bytes (UTF-8 text, protocol 0, the memo, STOP) and
//! what JSON loses, each checked with the literal parser, `pickle.dumps`,
//! `pickletools.dis` and the unpickler.

use super::{AnswerKind, Exercise, LabSeed, Predict, Track, Why};
use crate::labs::kit::bytes_text::read_bytes;
use crate::py::literal::{self, LiteralError};
use crate::py::pickle::{dis::dis, dumps, machine, opcodes};
use crate::py::{json, json_loads, repr::repr, Value};

/// `pickle.dumps({'a': 1}, 2) + b'next'`: a pickle, then other data.
const PICKLE_THEN_MORE: &str = "80027d710058010000006171014b01732e6e657874";

const fn ex(id: &'static str) -> Exercise {
    Exercise {
        id,
        track: Track::Serialize,
        predict: Predict::Number,
        expected: &[],
        answer: AnswerKind::Literal,
        starter: "",
        given: "",
        hints: 2,
        lab: LabSeed::Serialize {
            lit: "",
            protocol: 4,
            loads: "",
        },
        home: "",
    }
}

pub const EXERCISES: [Exercise; 5] = [
    Exercise {
        expected: &["6"],
        lab: LabSeed::Serialize {
            lit: "'이름'",
            protocol: 4,
            loads: "",
        },
        home: include_str!("home/serialize_utf8.py"),
        ..ex("serialize.utf8-bytes")
    },
    Exercise {
        predict: Predict::Byte,
        expected: &["80", "\\x80"],
        answer: AnswerKind::Bytes,
        lab: LabSeed::Serialize {
            lit: "['a', 1]",
            protocol: 0,
            loads: "",
        },
        home: include_str!("home/serialize_protocol0.py"),
        ..ex("serialize.protocol0-text")
    },
    Exercise {
        expected: &["1", "one"],
        lab: LabSeed::Serialize {
            lit: "['ab', 'ab']",
            protocol: 4,
            loads: "",
        },
        home: include_str!("home/serialize_memo.py"),
        ..ex("serialize.memo")
    },
    Exercise {
        predict: Predict::Byte,
        expected: &["2e", ".", "\\x2e", "b."],
        answer: AnswerKind::Number,
        given: PICKLE_THEN_MORE,
        lab: LabSeed::Serialize {
            lit: "{'a': 1}",
            protocol: 2,
            loads: PICKLE_THEN_MORE,
        },
        home: include_str!("home/serialize_stop.py"),
        ..ex("serialize.pickle-end")
    },
    Exercise {
        predict: Predict::Exception,
        expected: &["TypeError"],
        lab: LabSeed::Serialize {
            lit: "(1, 2)",
            protocol: 4,
            loads: "",
        },
        home: include_str!("home/serialize_json.py"),
        ..ex("serialize.json-loses")
    },
];

/// Checks an answer of this track.
pub fn check(id: &str, answer: &str) -> Result<(), Why> {
    match id {
        "serialize.utf8-bytes" => utf8_bytes(answer),
        "serialize.protocol0-text" => protocol0_text(answer),
        "serialize.memo" => memo(answer),
        "serialize.pickle-end" => pickle_end(answer),
        "serialize.json-loses" => json_loses(answer),
        _ => Err(Why::UnknownExercise),
    }
}

fn literal(answer: &str) -> Result<Value, Why> {
    literal::parse(answer.trim()).map_err(|e| Why::NotLiteral(python_line(&e)))
}

/// Python's own line, or nothing when the text is valid Python but no literal.
fn python_line(e: &LiteralError) -> String {
    if e.not_literal.is_some() {
        String::new()
    } else {
        e.to_string()
    }
}

fn pickled(value: &Value, protocol: u8) -> Result<Vec<u8>, Why> {
    dumps(value, protocol).map_err(|e| Why::NotAPickle(e.to_string()))
}

/// A str of 2 characters whose pickle stores 6 bytes of text (its SHORT_BINUNICODE
/// length byte says so).
fn utf8_bytes(answer: &str) -> Result<(), Why> {
    let value = literal(answer)?;
    let Value::Str(text) = &value else {
        return Err(Why::WrongType(value.type_name().to_owned()));
    };
    let chars = text.chars().count() as u64;
    if chars != 2 {
        return Err(Why::CharCount(chars));
    }
    let bytes = pickled(&value, 4)?;
    let listing = dis(&bytes);
    let stored = listing
        .lines
        .iter()
        .find(|l| l.code == opcodes::SHORT_BINUNICODE)
        .and_then(|l| bytes.get(l.offset + 1))
        .map_or(0, |&n| u64::from(n));
    if stored == 6 {
        Ok(())
    } else {
        Err(Why::Utf8Length(stored))
    }
}

/// Pasted bytes: a pickle of protocol 0 only that loads as `['a', 1]`.
fn protocol0_text(answer: &str) -> Result<(), Why> {
    let (bytes, _) = read_bytes(answer).map_err(|e| Why::NotBytes(e.to_string()))?;
    let listing = dis(&bytes);
    if let Some(binary) = listing
        .lines
        .iter()
        .find(|l| opcodes::lookup(l.code).is_some_and(|o| o.proto > 0))
    {
        return Err(Why::BinaryOpcode(binary.name.to_owned()));
    }
    let loaded = machine::loads(&bytes).map_err(|e| Why::NotAPickle(e.message))?;
    if loaded.repr == "['a', 1]" {
        Ok(())
    } else {
        Err(Why::WrongValue(loaded.repr))
    }
}

/// A literal whose protocol-4 pickle reads an object back from the memo.
fn memo(answer: &str) -> Result<(), Why> {
    let bytes = pickled(&literal(answer)?, 4)?;
    let gets = [opcodes::GET, opcodes::BINGET, opcodes::LONG_BINGET];
    if dis(&bytes).lines.iter().any(|l| gets.contains(&l.code)) {
        Ok(())
    } else {
        Err(Why::NoMemoGet)
    }
}

/// Where `pickle.load(f)` leaves the file: one past the STOP opcode.
fn pickle_end(answer: &str) -> Result<(), Why> {
    let n = super::answer::number(answer).ok_or(Why::NotNumber)?;
    let bytes = crate::hex::decode(PICKLE_THEN_MORE).map_err(|_| Why::UnknownExercise)?;
    let loaded = machine::loads(&bytes).map_err(|e| Why::NotAPickle(e.message))?;
    if n == loaded.stop_offset as u64 + 1 {
        Ok(())
    } else {
        Err(Why::WrongNumber)
    }
}

/// A literal that `json.dumps` accepts but that comes back changed from `json.loads`.
fn json_loses(answer: &str) -> Result<(), Why> {
    let value = literal(answer)?;
    let text = json::dumps(&value).map_err(|e| Why::JsonRefuses(e.to_string()))?;
    let back = json_loads::loads(&text).map_err(|e| Why::JsonRefuses(e.to_string()))?;
    if repr(&back) == repr(&value) {
        Err(Why::RoundTripSame)
    } else {
        Ok(())
    }
}
