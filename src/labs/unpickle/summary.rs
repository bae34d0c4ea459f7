//! The `pickle.loads` panel and its stepper as plain data for the Web Worker's
//! messages: the unpickler runs there (a hostile pickle can take millions of opcodes,
//! and the machine stays out of the page's first-load wasm), the page draws these.

use super::{is_danger, LoadsView, UnpickleSession};
use crate::py::pickle::machine::StepNote;
use serde::{Deserialize, Serialize};

/// What the loads panel shows for the pasted text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoadsSummary {
    /// The bytes, or Python's error for the text (`bytes.fromhex` or the literal).
    pub bytes: Result<Vec<u8>, String>,
    /// Read as a bytes literal (`b'...'`), not hexadecimal.
    pub literal_form: bool,
    /// `pickle.loads(bytes)`, when the bytes were read (Python's error text on failure).
    pub result: Option<Result<LoadedSummary, String>>,
    /// Every refused import or call met while running, in order.
    pub dangers: Vec<StepNote>,
    /// Opcodes the stepper's session has.
    pub steps: u64,
}

/// A successful `pickle.loads`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoadedSummary {
    pub repr: String,
    pub stop_offset: u64,
    /// Bytes after STOP (Python ignores them).
    pub trailing: u64,
}

/// The unpickler after some opcodes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FrameSummary {
    /// The opcode run last: offset, length, name and what it would do.
    pub last: Option<(u64, u64, String, StepNote)>,
    pub done: bool,
    /// Offset of the next opcode.
    pub position: u64,
    /// The top of the stack (bottom first) and how many entries it holds.
    pub stack_top: Vec<String>,
    pub stack_len: u64,
    /// The first memo entries in key order, and how many there are.
    pub memo: Vec<(u64, String)>,
    pub memo_len: u64,
}

impl LoadsSummary {
    /// Reads `text` and runs the safe unpickler on it (as [`LoadsView::new`]).
    pub fn of(text: &str) -> Self {
        let view = LoadsView::new(text);
        let steps = view
            .bytes
            .as_ref()
            .map_or(0, |b| UnpickleSession::new(b).replay().total() as u64);
        LoadsSummary {
            literal_form: view.form == Some(super::BytesForm::Literal),
            result: view.result.map(|r| {
                r.map(|l| LoadedSummary {
                    repr: l.repr,
                    stop_offset: l.stop_offset as u64,
                    trailing: l.trailing.len() as u64,
                })
                .map_err(|e| e.to_string())
            }),
            dangers: view.dangers.into_iter().filter(is_danger).collect(),
            bytes: view.bytes.map_err(|e| e.to_string()),
            steps,
        }
    }
}

impl FrameSummary {
    /// The machine after the first `shown` opcodes of `bytes`, with at most `view_max`
    /// stack and memo entries.
    pub fn of(bytes: &[u8], shown: usize, view_max: usize) -> Self {
        let frame = UnpickleSession::new(bytes).frame(shown);
        let memo_all = frame.memo();
        FrameSummary {
            last: frame.last.as_ref().map(|s| {
                (
                    s.offset as u64,
                    s.len as u64,
                    s.name.to_owned(),
                    s.note.clone(),
                )
            }),
            done: frame.done,
            position: frame.position() as u64,
            stack_top: frame.stack_top(view_max),
            stack_len: frame.stack_len() as u64,
            memo_len: memo_all.len() as u64,
            memo: memo_all.into_iter().take(view_max).collect(),
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn a_malicious_pickle_is_summarised_with_its_dangers() {
        // os.system via GLOBAL + REDUCE (tests/fixtures/pickle.json)
        let s = LoadsSummary::of("636f730a73797374656d0a2853276563686f2070776e6564270a74522e");
        assert_eq!(s.dangers.len(), 2);
        assert!(s.result.is_some());
        assert_eq!(s.steps, 6);
        let f = FrameSummary::of(&s.bytes.unwrap(), 1, 10);
        assert_eq!(f.last.map(|l| l.2), Some("GLOBAL".to_owned()));
    }

    #[test]
    fn bad_text_is_pythons_error() {
        let s = LoadsSummary::of("80 0g");
        assert_eq!(
            s.bytes,
            Err("ValueError: non-hexadecimal number found in fromhex() arg at position 4".into())
        );
        assert_eq!((s.result, s.steps), (None, 0));
    }
}
