//! The `decompressobj` stepper: chunk sizes as typed (`8,8,8`), `max_length`, and
//! the whole session traced once by the engine, revealed one call at a time.

use crate::labs::kit::Replay;
use crate::zlib::{self, Call, TracePlan, TraceStep, ZlibError};

/// The most chunks a session may have (each step is drawn on the page).
pub const MAX_CHUNKS: usize = 1000;

/// Why the chunk sizes could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChunkError {
    /// This piece is not a non-negative whole number.
    NotASize(String),
    /// More than [`MAX_CHUNKS`] chunks.
    TooMany(usize),
}

/// Reads `8,8,8` (commas or spaces between sizes). Empty text means one chunk with
/// the whole stream (`d.decompress(stream)`).
pub fn parse_chunks(text: &str, stream_len: usize) -> Result<Vec<usize>, ChunkError> {
    let pieces: Vec<&str> = text
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|p| !p.is_empty())
        .collect();
    if pieces.is_empty() {
        return Ok(vec![stream_len]);
    }
    if pieces.len() > MAX_CHUNKS {
        return Err(ChunkError::TooMany(pieces.len()));
    }
    pieces
        .iter()
        .map(|p| {
            p.parse::<usize>()
                .map_err(|_| ChunkError::NotASize((*p).to_owned()))
        })
        .collect()
}

/// "Split every `n` bytes": sizes `n,n,...` covering `len` bytes (the last may be
/// shorter, as Python's slicing gives it); at most [`MAX_CHUNKS`] chunks.
pub fn every(n: usize, len: usize) -> Vec<usize> {
    let n = n.max(1);
    let count = len.div_ceil(n).clamp(1, MAX_CHUNKS);
    vec![n; count]
}

/// Reads `max_length`: empty means 0 (no limit); Python's error for a negative one.
pub fn parse_max_length(text: &str) -> Result<usize, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(0);
    }
    match text.parse::<i64>() {
        Ok(n) if n < 0 => Err("ValueError: max_length must be non-negative".into()),
        Ok(n) => usize::try_from(n).map_err(|_| "OverflowError".into()),
        Err(_) => Err(format!(
            "ValueError: invalid literal for int() with base 10: '{text}'"
        )),
    }
}

/// The Python line of step `index` of `plan` (the `d.flush()` comes last).
pub fn step_code(plan: &TracePlan, index: usize) -> String {
    let Some(size) = plan.chunks.get(index) else {
        return "d.flush()".into();
    };
    let start: usize = plan
        .chunks
        .iter()
        .take(index)
        .fold(0usize, |a, &b| a.saturating_add(b));
    let end = start.saturating_add(*size);
    if plan.max_length > 0 {
        format!(
            "d.decompress(d.unconsumed_tail + stream[{start}:{end}], {})",
            plan.max_length
        )
    } else {
        format!("d.decompress(stream[{start}:{end}])")
    }
}

/// A session: the stream, the plan, and every step zlib takes. How many steps are
/// shown is the page's state: a [`Replay`] cursor from [`StepperModel::replay`].
#[derive(Debug, Clone, PartialEq)]
pub struct StepperModel {
    pub stream: Vec<u8>,
    pub plan: TracePlan,
    /// `Err` when `zlib.decompressobj(wbits)` itself refuses.
    pub steps: Result<Vec<TraceStep>, ZlibError>,
    /// Whether the `while d.unconsumed_tail:` loop runs after the last chunk.
    pub drain: bool,
}

/// The most calls the drain loop makes on the page (a bomb would need thousands).
pub const MAX_DRAIN: usize = 256;

impl StepperModel {
    /// Traces the whole session (bounded by `zlib::TRACE_OUTPUT_LIMIT` per call).
    /// Always ends with `d.flush()` unless a call raised.
    pub fn new(stream: Vec<u8>, wbits: i32, chunks: Vec<usize>, max_length: usize) -> Self {
        Self::with_drain(stream, wbits, chunks, max_length, false)
    }

    /// [`StepperModel::new`], then (when `drain` and `max_length` held output back)
    /// up to [`MAX_DRAIN`] calls of the `while d.unconsumed_tail:` loop.
    pub fn with_drain(
        stream: Vec<u8>,
        wbits: i32,
        chunks: Vec<usize>,
        max_length: usize,
        drain: bool,
    ) -> Self {
        let plan = TracePlan {
            wbits,
            chunks,
            max_length,
            flush: true,
        };
        let max_drain = if drain { MAX_DRAIN } else { 0 };
        let steps = zlib::trace_draining(&stream, &plan, max_drain);
        StepperModel {
            stream,
            plan,
            steps,
            drain,
        }
    }

    pub fn total(&self) -> usize {
        self.steps.as_ref().map(Vec::len).unwrap_or(0)
    }

    /// A cursor at the start of the session.
    pub fn replay(&self) -> Replay {
        Replay::new(self.total())
    }

    /// The first `shown` steps.
    pub fn visible(&self, shown: usize) -> &[TraceStep] {
        match &self.steps {
            Ok(steps) => steps.get(..shown).unwrap_or(steps),
            Err(_) => &[],
        }
    }

    /// The Python line of the `i`th step.
    pub fn code(&self, i: usize) -> String {
        match self.steps.as_ref().ok().and_then(|s| s.get(i)) {
            Some(TraceStep {
                call: Call::Flush, ..
            }) => "d.flush()".into(),
            Some(TraceStep {
                call: Call::Drain { .. },
                ..
            }) => format!("d.decompress(d.unconsumed_tail, {})", self.plan.max_length),
            _ => step_code(&self.plan, i),
        }
    }

    /// The first of the `shown` steps where `unused_data` is not empty: the
    /// compressed stream ended in that call.
    pub fn first_unused(&self, shown: usize) -> Option<usize> {
        self.visible(shown)
            .iter()
            .position(|s| !s.unused_data.is_empty())
    }

    /// Stream bytes no chunk covers (never fed).
    pub fn unfed(&self) -> usize {
        let fed = self
            .plan
            .chunks
            .iter()
            .fold(0usize, |a, &b| a.saturating_add(b));
        self.stream.len().saturating_sub(fed)
    }

    /// The whole session as a Python script.
    pub fn python(&self) -> String {
        if self.drain && self.plan.max_length > 0 {
            zlib::python_code_draining(&self.stream, &self.plan)
        } else {
            zlib::python_code(&self.stream, &self.plan)
        }
    }

    /// True when the drain loop stopped at [`MAX_DRAIN`] calls with input left.
    pub fn drain_cut_short(&self) -> bool {
        let drains = self
            .steps
            .as_ref()
            .map(|s| {
                s.iter()
                    .filter(|st| matches!(st.call, Call::Drain { .. }))
                    .count()
            })
            .unwrap_or(0);
        drains >= MAX_DRAIN
    }
}
