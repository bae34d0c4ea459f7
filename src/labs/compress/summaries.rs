//! The Compress lab's engine results as plain data for the Web Worker's messages:
//! zlib (deflate and inflate) runs there, so it is not in the page's first-load wasm.
//! The page draws these exactly as it drew the engine's own types.

use super::receiver::classic_receiver;
use super::stepper::StepperModel;
use crate::zlib::{Call, TraceStep, ZlibError};
use serde::{Deserialize, Serialize};

/// The most bytes of one step's value a summary carries (the page draws no more).
pub const STEP_BYTES_MAX: usize = 4096;

/// Why a call raised, as the page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum StepError {
    /// Python's own text (`zlib.error: Error -3 ...`).
    Python(String),
    /// Not Python's: the lab stopped the call at this many bytes of output.
    OutputLimit(u64),
}

/// One `d.decompress` / `d.flush()` call and what Python shows after it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepView {
    /// The Python call (`d.decompress(stream[0:8])`).
    pub code: String,
    pub flush: bool,
    /// What it returned (the first [`STEP_BYTES_MAX`] bytes) or raised.
    pub out: Result<Vec<u8>, StepError>,
    /// How many bytes it returned in all.
    pub out_len: u64,
    pub eof: bool,
    pub unused_data: Vec<u8>,
    /// The first [`STEP_BYTES_MAX`] bytes of `d.unconsumed_tail` (none for the bomb).
    pub unconsumed_tail: Vec<u8>,
    /// `len(d.unconsumed_tail)`.
    pub tail_len: u64,
}

/// A whole `decompressobj` session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TraceSummary {
    /// Every call, or Python's error when `zlib.decompressobj(wbits)` itself refuses.
    pub steps: Result<Vec<StepView>, String>,
    /// The session as a Python script.
    pub python: String,
    /// Stream bytes no chunk covers.
    pub unfed: u64,
    /// The drain loop stopped at its bound with input left.
    pub drain_cut_short: bool,
    /// The bomb's stream length when the stepper reads the bomb, else 0 (one plain
    /// number: both workers link this type's serde code, the TLS one near its budget).
    pub bomb_len: u64,
}

/// The 8-byte-packet exercise, received both ways.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExerciseSummary {
    pub stream: Vec<u8>,
    pub packet_lens: Vec<u64>,
    pub messages: Vec<Vec<u8>>,
    /// `zlib.decompress(stream)`, or Python's error.
    pub one_shot: Result<Vec<u8>, String>,
    pub eof_call: Option<u64>,
    pub unused_at_eof: Vec<u8>,
}

pub(super) fn capped(bytes: &[u8]) -> Vec<u8> {
    bytes.get(..STEP_BYTES_MAX).unwrap_or(bytes).to_vec()
}

fn step_view(model: &StepperModel, i: usize, step: &TraceStep) -> StepView {
    StepView {
        code: model.code(i),
        flush: step.call == Call::Flush,
        out: match &step.result {
            Ok(out) => Ok(capped(out)),
            Err(ZlibError::OutputLimit(n)) => Err(StepError::OutputLimit(*n as u64)),
            Err(e) => Err(StepError::Python(e.to_string())),
        },
        out_len: step.result.as_ref().map_or(0, |o| o.len() as u64),
        eof: step.eof,
        unused_data: capped(&step.unused_data),
        unconsumed_tail: capped(&step.unconsumed_tail),
        tail_len: step.unconsumed_tail.len() as u64,
    }
}

impl TraceSummary {
    /// The stepper's session (see [`StepperModel::with_drain`]).
    pub fn of(stream: &[u8], wbits: i32, chunks: &[usize], max_length: usize, drain: bool) -> Self {
        let model =
            StepperModel::with_drain(stream.to_vec(), wbits, chunks.to_vec(), max_length, drain);
        TraceSummary {
            steps: match &model.steps {
                Ok(steps) => Ok(steps
                    .iter()
                    .enumerate()
                    .map(|(i, s)| step_view(&model, i, s))
                    .collect()),
                Err(e) => Err(e.to_string()),
            },
            python: model.python(),
            unfed: model.unfed() as u64,
            drain_cut_short: model.drain_cut_short(),
            bomb_len: 0,
        }
    }
}

impl ExerciseSummary {
    /// The classic exercise (see [`classic_receiver`]).
    pub fn classic() -> Result<Self, String> {
        let v = classic_receiver().map_err(|e| e.to_string())?;
        Ok(ExerciseSummary {
            packet_lens: v.packets.iter().map(|p| p.len() as u64).collect(),
            messages: v.received.messages.clone(),
            one_shot: v.one_shot.map_err(|e| e.to_string()),
            eof_call: v.eof_call.map(|c| c as u64),
            unused_at_eof: v.unused_at_eof,
            stream: v.stream,
        })
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn the_exercise_session_as_data() {
        let ex = ExerciseSummary::classic().unwrap();
        assert_eq!(ex.packet_lens, vec![8, 8, 8, 4]);
        assert_eq!(
            (ex.eof_call, ex.unused_at_eof.as_slice()),
            (Some(2), &b".x"[..])
        );
        let t = TraceSummary::of(&ex.stream, 15, &[8, 8, 8, 8], 0, false);
        let steps = t.steps.unwrap();
        assert_eq!(steps.len(), 5);
        assert_eq!(steps[1].code, "d.decompress(stream[8:16])");
        assert_eq!(steps[1].out, Ok(b"e".to_vec()));
        assert!(steps[4].flush);
        assert_eq!(t.unfed, 0);
    }

    #[test]
    fn a_refused_wbits_is_pythons_error() {
        let t = TraceSummary::of(b"x", 99, &[1], 0, false);
        assert!(t
            .steps
            .unwrap_err()
            .contains("Invalid initialization option"));
    }
}
