//! The Serialize lab's view model: literal -> `pickle.dumps` -> `pickletools.dis`,
//! `json.dumps`, sizes, and what JSON loses, all computed from one source text.

use crate::py::json::{self, JsonError};
use crate::py::literal::{self, LiteralError};
use crate::py::pickle::dis::{self, Disassembly};
use crate::py::pickle::{self, DumpError};
use crate::py::Value;

mod annotate;
pub use annotate::annotate;

/// The protocol `pickle.dumps` uses by default in CPython 3.8+.
pub const DEFAULT_PROTOCOL: u8 = 4;

/// The highest protocol CPython 3.11 writes.
pub const HIGHEST_PROTOCOL: u8 = 5;

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

/// What a learner typed and chose on the Serialize page: kept in the URL and in the
/// browser (short keys: they are the URL's query).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct SerializeInputs {
    /// The Python literal.
    pub lit: String,
    /// The pickle protocol.
    pub p: u8,
    /// The hex pasted into the `pickle.loads` panel.
    pub loads: String,
    /// The text pasted into the `json.loads` panel.
    pub jl: String,
}

impl Default for SerializeInputs {
    fn default() -> Self {
        SerializeInputs {
            lit: EXAMPLES[0].to_owned(),
            p: DEFAULT_PROTOCOL,
            loads: String::new(),
            jl: String::new(),
        }
    }
}

impl SerializeInputs {
    /// Where the page keeps them in the browser (the Compress lab reads them too).
    pub const STORE_KEY: &'static str = "wirelab.serialize";

    /// The protocol, clamped to what CPython 3.11 writes (a URL may say anything).
    pub fn protocol(&self) -> u8 {
        self.p.min(HIGHEST_PROTOCOL)
    }
}

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
                    Value::Str(_) | Value::SurrogateStr(_) => {}
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
        Value::None | Value::Bool(_) | Value::Float(_) | Value::Str(_) | Value::SurrogateStr(_) => {
        }
    }
}

/// The source line and caret line Python's traceback prints for a SyntaxError:
/// the line without its indentation, `^` from `offset` to `end_offset` (one `^`
/// when the range is empty or spans lines). `None` when Python gives no place
/// (errors raised while evaluating).
pub fn caret(source: &str, err: &LiteralError) -> Option<(String, String)> {
    if err.line == 0 {
        return None;
    }
    let raw = source.lines().nth(err.line - 1).unwrap_or("");
    let line = raw.trim_start();
    let indent = raw.chars().count() - line.chars().count();
    if err.column == 0 {
        return Some((line.to_owned(), String::new()));
    }
    let start = (err.column - 1)
        .saturating_sub(indent)
        .min(line.chars().count());
    let width = if err.end_line == err.line && err.end_column > err.column {
        err.end_column - err.column
    } else {
        1
    };
    Some((
        line.to_owned(),
        format!("{}{}", " ".repeat(start), "^".repeat(width)),
    ))
}

/// The most listing lines drawn (a DOM node per line: more would stall the page).
pub const DIS_VIEW_MAX: usize = 2000;

/// Index of the listing line whose opcode covers byte `offset`.
pub fn line_at(listing: &Disassembly, offset: usize) -> Option<usize> {
    listing
        .lines
        .iter()
        .position(|l| offset >= l.offset && offset < l.offset.saturating_add(l.len.max(1)))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests;
