//! The `pickle.loads` panel's view model: pasted hex -> bytes -> a safe loads, and a
//! stepper over the unpickler machine whose state changes only through [`Stepper::step`].

use crate::hex::{self, HexError};
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
    /// The bytes, or `bytes.fromhex`'s error.
    pub bytes: Result<Vec<u8>, HexError>,
    /// `pickle.loads(bytes)`, when the hex was read.
    pub result: Option<Result<Loaded, UnpicklingError>>,
    /// Every refused import or call met while running, in order.
    pub dangers: Vec<StepNote>,
}

impl LoadsView {
    /// Reads `text` as `bytes.fromhex` does and runs the safe unpickler on it.
    pub fn new(text: &str) -> Self {
        let bytes = hex::decode(text);
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

/// A stepper button.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepAction {
    Next,
    RunToEnd,
    Reset,
}

/// The unpickler being stepped, with the opcodes already run.
#[derive(Debug, Clone)]
pub struct Stepper {
    bytes: Vec<u8>,
    machine: Machine,
    /// Executed steps, oldest first.
    pub history: Vec<Step>,
    /// True once the machine has stopped (STOP ran or an opcode failed).
    pub done: bool,
}

impl PartialEq for Stepper {
    fn eq(&self, other: &Self) -> bool {
        self.bytes == other.bytes && self.history == other.history && self.done == other.done
    }
}

impl Stepper {
    /// A fresh machine at offset 0.
    pub fn new(bytes: &[u8]) -> Self {
        Stepper {
            bytes: bytes.to_vec(),
            machine: Machine::new(bytes),
            history: Vec::new(),
            done: false,
        }
    }

    /// The next state; `self` is untouched (the UI reducer wraps this).
    pub fn step(&self, action: StepAction) -> Self {
        match action {
            StepAction::Reset => Stepper::new(&self.bytes),
            StepAction::Next => {
                let mut next = self.clone();
                next.advance();
                next
            }
            StepAction::RunToEnd => {
                let mut next = self.clone();
                let mut n = 0;
                while !next.done && n < MAX_STEPS {
                    next.advance();
                    n += 1;
                }
                next
            }
        }
    }

    fn advance(&mut self) {
        if self.done {
            return;
        }
        match self.machine.step() {
            Some(step) => self.history.push(step),
            None => self.done = true,
        }
        if self.machine.outcome().is_some() {
            self.done = true;
        }
    }

    /// The opcode run last.
    pub fn last(&self) -> Option<&Step> {
        self.history.last()
    }

    /// Offset of the next opcode.
    pub fn position(&self) -> usize {
        self.machine.position()
    }

    /// Stack entries' reprs, bottom first.
    pub fn stack(&self) -> Vec<String> {
        self.machine.stack()
    }

    /// Memo entries in key order.
    pub fn memo(&self) -> Vec<(u64, String)> {
        self.machine.memo()
    }

    /// The result once the machine stopped.
    pub fn outcome(&self) -> Option<&Result<Loaded, UnpicklingError>> {
        self.machine.outcome()
    }

    /// Refused imports and calls met so far.
    pub fn dangers(&self) -> Vec<&StepNote> {
        self.history
            .iter()
            .map(|s| &s.note)
            .filter(|n| is_danger(n))
            .collect()
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests;
