//! The `pickle.loads` panel's view model: pasted hex -> bytes -> a safe loads, and a
//! replay of the unpickler machine ([`UnpickleSession`]), one opcode at a time.

use crate::labs::kit::bytes_text::{read_bytes, BytesForm, BytesTextError};
use crate::labs::kit::Replay;
use crate::py::pickle::machine::{self, Loaded, Machine, Step, StepNote, UnpicklingError};

/// The malicious pickles recorded from CPython (tests/fixtures/pickle.json `malicious[]`).
pub const MALICIOUS: &[(&str, &str)] = &[
    (
        "os.system via GLOBAL+REDUCE, protocol 0",
        "636f730a73797374656d0a2853276563686f2070776e6564270a74522e",
    ),
    (
        "builtins.eval via STACK_GLOBAL, protocol 4",
        "8004951f000000000000008c086275696c74696e73948c046576616c9493948c03312b3194859452942e",
    ),
];

/// An upper bound on steps for "run to end"; every opcode consumes at least one byte,
/// so a machine stops long before this on any input a page can hold.
const MAX_STEPS: usize = 1 << 22;

/// What the loads panel shows for the pasted text.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadsView {
    /// The bytes (hexadecimal or a pasted `b'...'`), or why they could not be read.
    pub bytes: Result<Vec<u8>, BytesTextError>,
    /// How the text was read, when it was.
    pub form: Option<BytesForm>,
    /// `pickle.loads(bytes)`, when the hex was read.
    pub result: Option<Result<Loaded, UnpicklingError>>,
    /// Every refused import or call met while running, in order.
    pub dangers: Vec<StepNote>,
}

impl LoadsView {
    /// Reads `text` (as `bytes.fromhex` does, or as a bytes literal) and runs the safe
    /// unpickler on it.
    pub fn new(text: &str) -> Self {
        let read = read_bytes(text);
        let form = read.as_ref().ok().map(|(_, f)| *f);
        let bytes = read.map(|(b, _)| b);
        let (result, dangers) = match &bytes {
            Ok(b) => {
                let mut m = Machine::new(b);
                let mut dangers = Vec::new();
                let mut n = 0;
                while let Some(step) = m.step() {
                    if is_danger(&step.note) && !dangers.contains(&step.note) {
                        dangers.push(step.note);
                    }
                    n += 1;
                    if n >= MAX_STEPS {
                        break;
                    }
                }
                let result = m.outcome().cloned().unwrap_or_else(|| machine::loads(b));
                (Some(result), dangers)
            }
            Err(_) => (None, Vec::new()),
        };
        LoadsView {
            bytes,
            form,
            result,
            dangers,
        }
    }
}

/// True for the notes the page flags loudly: what Python would import or call.
pub fn is_danger(note: &StepNote) -> bool {
    matches!(
        note,
        StepNote::WouldImport { .. } | StepNote::WouldCall { .. }
    )
}

/// The unpickler stepped through: run once to count its opcodes, then replayed to any
/// point (a [`Replay`] cursor over the session; back is a replay from the start, so
/// the page keeps no history of machine states).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnpickleSession {
    bytes: Vec<u8>,
    total: usize,
}

/// The unpickler after some opcodes: its stack and memo, and the opcode run last.
#[derive(Debug, Clone)]
pub struct Frame {
    machine: Machine,
    /// The opcode run last (`None` before the first).
    pub last: Option<Step>,
    /// True once the machine has stopped (STOP ran or an opcode failed).
    pub done: bool,
}

impl UnpickleSession {
    /// Runs the unpickler on `bytes` to its end, counting opcodes.
    pub fn new(bytes: &[u8]) -> Self {
        let mut m = Machine::new(bytes);
        let mut total = 0;
        while total < MAX_STEPS && advance(&mut m).is_some() {
            total += 1;
        }
        UnpickleSession {
            bytes: bytes.to_vec(),
            total,
        }
    }

    /// A cursor at the start of the session.
    pub fn replay(&self) -> Replay {
        Replay::new(self.total)
    }

    /// The machine after the first `shown` opcodes.
    pub fn frame(&self, shown: usize) -> Frame {
        let mut machine = Machine::new(&self.bytes);
        let mut last = None;
        for _ in 0..shown.min(self.total) {
            match advance(&mut machine) {
                Some(step) => last = Some(step),
                None => break,
            }
        }
        let done = shown >= self.total;
        if done {
            // Running off the end is no step, but it is what sets the outcome
            // ("EOFError: Ran out of input" when STOP never came).
            let _ = advance(&mut machine);
        }
        Frame {
            machine,
            last,
            done,
        }
    }
}

/// One opcode, or `None` once the machine has stopped.
fn advance(m: &mut Machine) -> Option<Step> {
    if m.outcome().is_some() {
        return None;
    }
    m.step()
}

impl Frame {
    /// Offset of the next opcode.
    pub fn position(&self) -> usize {
        self.machine.position()
    }

    /// Stack entries' reprs, bottom first.
    pub fn stack(&self) -> Vec<String> {
        self.machine.stack()
    }

    /// The top `n` stack entries (bottom first), cheap for a view redrawn every step.
    pub fn stack_top(&self, n: usize) -> Vec<String> {
        self.machine.stack_top(n)
    }

    /// How many entries the stack holds (marks included).
    pub fn stack_len(&self) -> usize {
        self.machine.stack_len()
    }

    /// Memo entries in key order.
    pub fn memo(&self) -> Vec<(u64, String)> {
        self.machine.memo()
    }

    /// The result once the machine stopped.
    pub fn outcome(&self) -> Option<&Result<Loaded, UnpicklingError>> {
        self.machine.outcome()
    }
}

mod summary;
pub use summary::{FrameSummary, LoadedSummary, LoadsSummary};

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests;
