//! `json.loads(text)` with its default arguments, as CPython 3.11 runs it.
//!
//! CONTRACT: `loads(&str) -> Result<Value, LoadsError>`; `repr(&value)` is what
//! `repr(json.loads(text))` prints, and `LoadsError`'s Display is the traceback's last
//! line (`json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)`).
//!
//! This follows `Lib/json/__init__.py` (the BOM check), `Lib/json/decoder.py`
//! (`decode`: whitespace, "Extra data") and the C scanner `Modules/_json.c`
//! (`scan_once_unicode`, `_parse_object_unicode`, `_parse_array_unicode`,
//! `scanstring_unicode`, `_match_number_unicode`): the same checks in the same order,
//! so the first error CPython meets is the one reported, at the same character.
//! Positions count characters (code points), as a Python str does. Nesting is kept
//! on an explicit stack, so no document can overflow the call stack.

mod error;
mod scan;

pub use error::{Container, JsonDecodeError, LoadsError, Problem};

use crate::py::Value;
use scan::{constant, number, scan_string, skip_ws};
use std::collections::HashMap;

/// The deepest nesting `python3 -c 'print(repr(json.loads(sys.argv[1])))'` accepts:
/// the C scanner's `Py_EnterRecursiveCall` fails on entering container 996 (the
/// interpreter's limit of 1000, less the frames of `-c`, `loads`, `decode` and
/// `raw_decode`). Measured with CPython 3.11.7.
pub const MAX_DEPTH: usize = 995;

/// CPython's default `sys.get_int_max_str_digits()`.
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// A container being filled.
enum Frame {
    Array(Vec<Value>),
    Object {
        pairs: Vec<(Value, Value)>,
        /// Key (code points) -> its index in `pairs`: a repeated key replaces the
        /// value and keeps the first position, as a dict's `__setitem__` does.
        index: HashMap<Vec<u32>, usize>,
        /// The key whose value is being read.
        key: Vec<u32>,
    },
}

/// `json.loads(text)`.
pub fn loads(text: &str) -> Result<Value, LoadsError> {
    let doc: Vec<char> = text.chars().collect();
    if doc.first() == Some(&'\u{feff}') {
        return Err(JsonDecodeError::at(Problem::UnexpectedBom, &doc, 0).into());
    }
    let (value, end) = scan_document(&doc, skip_ws(&doc, 0))?;
    let end = skip_ws(&doc, end);
    if end != doc.len() {
        return Err(JsonDecodeError::at(Problem::ExtraData, &doc, end).into());
    }
    Ok(value)
}

/// A str value: `Str` unless the code points hold a lone surrogate.
pub fn str_value(cps: Vec<u32>) -> Value {
    match cps.iter().map(|&cp| char::from_u32(cp)).collect() {
        Some(text) => Value::Str(text),
        None => Value::SurrogateStr(cps),
    }
}

fn fail(msg: Problem, doc: &[char], pos: usize) -> LoadsError {
    JsonDecodeError::at(msg, doc, pos).into()
}

/// `scan_once(s, idx)`: the value starting at `idx` and the index after it. The
/// nested calls of the C scanner become `stack`; each loop turn reads one value,
/// then closes as many containers as that value completes.
fn scan_document(doc: &[char], mut idx: usize) -> Result<(Value, usize), LoadsError> {
    let mut stack: Vec<Frame> = Vec::new();
    loop {
        // Read one value at `idx`, or open a container and go on to its first item.
        let mut value = match doc.get(idx) {
            None => return Err(fail(Problem::ExpectingValue, doc, idx)),
            Some('"') => {
                let (cps, next) = scan_string(doc, idx + 1)?;
                idx = next;
                str_value(cps)
            }
            Some(&open @ ('{' | '[')) => {
                let (kind, close) = if open == '{' {
                    (Container::Object, '}')
                } else {
                    (Container::Array, ']')
                };
                if stack.len() >= MAX_DEPTH {
                    return Err(LoadsError::Recursion(kind));
                }
                idx = skip_ws(doc, idx + 1);
                if doc.get(idx) == Some(&close) {
                    idx += 1;
                    match kind {
                        Container::Object => Value::Dict(Vec::new()),
                        Container::Array => Value::List(Vec::new()),
                    }
                } else {
                    match kind {
                        Container::Array => stack.push(Frame::Array(Vec::new())),
                        Container::Object => {
                            let (key, next) = object_key(doc, idx)?;
                            idx = next;
                            stack.push(Frame::Object {
                                pairs: Vec::new(),
                                index: HashMap::new(),
                                key,
                            });
                        }
                    }
                    continue;
                }
            }
            Some(_) => match constant(doc, idx) {
                Some((v, next)) => {
                    idx = next;
                    v
                }
                None => match number(doc, idx) {
                    Some(scanned) => {
                        let (v, next) = scanned?;
                        idx = next;
                        v
                    }
                    None => return Err(fail(Problem::ExpectingValue, doc, idx)),
                },
            },
        };
        // Hand the value to its container; close the containers it completes.
        loop {
            let Some(frame) = stack.last_mut() else {
                return Ok((value, idx));
            };
            idx = skip_ws(doc, idx);
            let close = match frame {
                Frame::Array(items) => {
                    items.push(value);
                    ']'
                }
                Frame::Object { pairs, index, key } => {
                    let key = std::mem::take(key);
                    match index.get(&key) {
                        Some(&at) => {
                            if let Some(pair) = pairs.get_mut(at) {
                                pair.1 = value;
                            }
                        }
                        None => {
                            index.insert(key.clone(), pairs.len());
                            pairs.push((str_value(key), value));
                        }
                    }
                    '}'
                }
            };
            if doc.get(idx) == Some(&close) {
                idx += 1;
                value = match stack.pop() {
                    Some(Frame::Array(items)) => Value::List(items),
                    Some(Frame::Object { pairs, .. }) => Value::Dict(pairs),
                    None => Value::None,
                };
                continue;
            }
            if doc.get(idx) != Some(&',') {
                return Err(fail(Problem::ExpectingComma, doc, idx));
            }
            idx = skip_ws(doc, idx + 1);
            if let Some(Frame::Object { key, .. }) = stack.last_mut() {
                let (next_key, next) = object_key(doc, idx)?;
                *key = next_key;
                idx = next;
            }
            break;
        }
    }
}

/// A member's key, its `:` and the whitespace after it: `(key, index of the value)`.
fn object_key(doc: &[char], idx: usize) -> Result<(Vec<u32>, usize), LoadsError> {
    if doc.get(idx) != Some(&'"') {
        return Err(fail(Problem::ExpectingPropertyName, doc, idx));
    }
    let (key, next) = scan_string(doc, idx + 1)?;
    let idx = skip_ws(doc, next);
    if doc.get(idx) != Some(&':') {
        return Err(fail(Problem::ExpectingColon, doc, idx));
    }
    Ok((key, skip_ws(doc, idx + 1)))
}

#[cfg(test)]
mod tests;
