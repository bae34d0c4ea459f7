//! The bomb in the `decompressobj` stepper, read `max_length` at a time: the defence
//! the bomb panel names, watched call by call. The stream is rebuilt from
//! [`the_bomb`] where it is read (never sent as hexadecimal), and each call keeps
//! only its lengths and a few bytes of output.

use super::bomb::{the_bomb, BOMB_FILE, BOMB_TOTAL};
use super::summaries::{capped, StepError, StepView, TraceSummary};
use crate::zlib::{self, DrainPlan, ZlibError};

/// The most calls the stepper draws (the whole bomb takes thousands).
pub const BOMB_CALLS: usize = 32;

/// Output bytes the drawn calls may produce in all (bounds the work for a large
/// `max_length`).
pub const BOMB_DRAIN_BUDGET: usize = 64 << 20;

/// Bytes of each call's output shown (`out[:16]`).
pub const BOMB_PREVIEW: usize = 16;

/// How many calls of `max_length` the stepper draws: [`BOMB_CALLS`], fewer when
/// `max_length` is so large that they would inflate more than [`BOMB_DRAIN_BUDGET`].
pub fn bomb_calls(max_length: usize) -> usize {
    match max_length {
        0 => 1,
        m => (BOMB_DRAIN_BUDGET / m).clamp(1, BOMB_CALLS),
    }
}

/// Calls of `max_length` bytes it takes to read `total` bytes (0: no limit, one call).
pub fn calls_for(total: u64, max_length: u64) -> u64 {
    match max_length {
        0 => 0,
        m => total.div_ceil(m),
    }
}

/// The bomb in the stepper, as the page words it: what was drawn, what all of it
/// would take.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BombDrain {
    pub stream_len: u64,
    pub max_length: u64,
    /// Output bytes the stream inflates to ([`BOMB_TOTAL`]).
    pub inflates_to: u64,
    /// Calls of `max_length` the whole output takes (0 when `max_length` is 0).
    pub calls_for_all: u64,
}

impl BombDrain {
    /// The numbers for a session of [`TraceSummary::bomb`] (`None` for any other).
    pub fn of(summary: &TraceSummary, max_length: u64) -> Option<BombDrain> {
        (summary.bomb_len > 0).then(|| BombDrain {
            stream_len: summary.bomb_len,
            max_length,
            inflates_to: BOMB_TOTAL,
            calls_for_all: calls_for(BOMB_TOTAL, max_length),
        })
    }

    /// What the program holds after a call can never exceed: `max_length` + the stream.
    pub fn bound(&self) -> u64 {
        self.max_length.saturating_add(self.stream_len)
    }
}

impl TraceSummary {
    /// `d = zlib.decompressobj(wbits)` reading the bomb `max_length` at a time: the
    /// first [`bomb_calls`] calls, with the Python that makes them on `bomb.zlib`.
    pub fn bomb(wbits: i32, max_length: usize) -> Self {
        let stream = the_bomb();
        let plan = DrainPlan {
            wbits,
            max_length,
            calls: bomb_calls(max_length),
            preview: BOMB_PREVIEW,
        };
        let steps = zlib::drain_measured(&stream, &plan).map(|calls| {
            calls
                .into_iter()
                .enumerate()
                .map(|(i, c)| StepView {
                    code: if i == 0 {
                        format!("d.decompress(stream, {max_length})")
                    } else {
                        format!("d.decompress(d.unconsumed_tail, {max_length})")
                    },
                    flush: false,
                    out: c.result.map_err(|e| match e {
                        ZlibError::OutputLimit(n) => StepError::OutputLimit(n as u64),
                        e => StepError::Python(e.to_string()),
                    }),
                    out_len: c.out_len as u64,
                    eof: c.eof,
                    unused_data: capped(&c.unused_data),
                    unconsumed_tail: Vec::new(),
                    tail_len: c.tail_len as u64,
                })
                .collect()
        });
        TraceSummary {
            steps: steps.map_err(|e| e.to_string()),
            python: zlib::python_code_measured(&plan, BOMB_FILE),
            unfed: 0,
            drain_cut_short: false,
            bomb_len: stream.len() as u64,
        }
    }
}
