//! A whole decompressobj session as plain data: the steps the Compress page's
//! stepper shows and `wirelab zlib trace` prints (keys as tests/fixtures/zlib.json).

use super::{Decompressor, ZlibError};

/// What the learner asked for: `d = zlib.decompressobj(wbits)`, the stream cut into
/// chunks of these sizes, an optional `max_length`, an optional final `d.flush()`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TracePlan {
    pub wbits: i32,
    /// Chunk sizes, in order; a size past the end takes what is left (Python
    /// slicing); bytes after the last chunk are never fed.
    pub chunks: Vec<usize>,
    /// 0 = no limit. Otherwise each call gets `d.unconsumed_tail + chunk`.
    pub max_length: usize,
    pub flush: bool,
}

/// Which call a step made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Call {
    /// `d.decompress(fed, max_length)`.
    Decompress { fed: Vec<u8> },
    /// `d.decompress(d.unconsumed_tail, max_length)`: the `while d.unconsumed_tail:`
    /// loop that drains what `max_length` held back.
    Drain { fed: Vec<u8> },
    /// `d.flush()`.
    Flush,
}

/// One call and what Python would show after it. On an error the session stops
/// (Python raised); `eof`/`unused_data`/`unconsumed_tail` are still the object's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TraceStep {
    pub call: Call,
    pub result: Result<Vec<u8>, ZlibError>,
    pub eof: bool,
    pub unused_data: Vec<u8>,
    pub unconsumed_tail: Vec<u8>,
}

/// Cuts `stream` by `sizes` as `stream[a:b]` slices would.
pub fn split_chunks<'a>(stream: &'a [u8], sizes: &[usize]) -> Vec<&'a [u8]> {
    let mut pos = 0usize;
    sizes
        .iter()
        .map(|&size| {
            let start = pos.min(stream.len());
            let end = pos.saturating_add(size).min(stream.len());
            pos = pos.saturating_add(size);
            &stream[start..end]
        })
        .collect()
}

/// The most one traced call may return: 64 MiB (see `ZlibError::OutputLimit`).
pub const TRACE_OUTPUT_LIMIT: usize = 64 << 20;

/// Runs `plan` over `stream`; `Err` only when `zlib.decompressobj(wbits)` itself
/// fails (bad wbits). A call past [`TRACE_OUTPUT_LIMIT`] ends the trace with
/// `ZlibError::OutputLimit` where Python would keep allocating.
pub fn trace(stream: &[u8], plan: &TracePlan) -> Result<Vec<TraceStep>, ZlibError> {
    trace_draining(stream, plan, 0)
}

/// [`trace`], and when `plan.max_length` held output back, up to `max_drain` more
/// calls `d.decompress(d.unconsumed_tail, max_length)` after the last chunk (before
/// the flush), as `while d.unconsumed_tail:` would make them.
pub fn trace_draining(
    stream: &[u8],
    plan: &TracePlan,
    max_drain: usize,
) -> Result<Vec<TraceStep>, ZlibError> {
    let mut d = Decompressor::new(plan.wbits)?;
    d.set_output_limit(Some(TRACE_OUTPUT_LIMIT));
    let mut steps = Vec::new();
    for chunk in split_chunks(stream, &plan.chunks) {
        let fed = if plan.max_length > 0 {
            [d.unconsumed_tail(), chunk].concat()
        } else {
            chunk.to_vec()
        };
        let result = d.decompress(&fed, plan.max_length);
        let failed = result.is_err();
        steps.push(snapshot(&d, Call::Decompress { fed }, result));
        if failed {
            return Ok(steps);
        }
    }
    let mut drained = 0;
    while plan.max_length > 0 && !d.unconsumed_tail().is_empty() && drained < max_drain {
        let fed = d.unconsumed_tail().to_vec();
        let result = d.decompress(&fed, plan.max_length);
        let failed = result.is_err();
        steps.push(snapshot(&d, Call::Drain { fed }, result));
        if failed {
            return Ok(steps);
        }
        drained += 1;
    }
    if plan.flush {
        let result = d.flush();
        steps.push(snapshot(&d, Call::Flush, result));
    }
    Ok(steps)
}

fn snapshot(d: &Decompressor, call: Call, result: Result<Vec<u8>, ZlibError>) -> TraceStep {
    TraceStep {
        call,
        result,
        eof: d.eof(),
        unused_data: d.unused_data().to_vec(),
        unconsumed_tail: d.unconsumed_tail().to_vec(),
    }
}

/// The step as one JSON object with the fixture's keys, in the fixture's order:
/// `{"out_hex","eof","unused_data_hex","unconsumed_tail_hex"}` or `{"error"}`;
/// for a flush `{"flush_out_hex","eof","unused_data_hex"}` or `{"flush_error"}`.
pub fn step_json(step: &TraceStep) -> String {
    let hex = crate::hex::encode;
    let quote = |s: &str| serde_json::Value::String(s.to_string()).to_string();
    match (&step.call, &step.result) {
        (Call::Decompress { .. } | Call::Drain { .. }, Ok(out)) => format!(
            "{{\"out_hex\": \"{}\", \"eof\": {}, \"unused_data_hex\": \"{}\", \"unconsumed_tail_hex\": \"{}\"}}",
            hex(out),
            step.eof,
            hex(&step.unused_data),
            hex(&step.unconsumed_tail)
        ),
        (Call::Decompress { .. } | Call::Drain { .. }, Err(e)) => {
            format!("{{\"error\": {}}}", quote(&e.to_string()))
        }
        (Call::Flush, Ok(out)) => format!(
            "{{\"flush_out_hex\": \"{}\", \"eof\": {}, \"unused_data_hex\": \"{}\"}}",
            hex(out),
            step.eof,
            hex(&step.unused_data)
        ),
        (Call::Flush, Err(e)) => format!("{{\"flush_error\": {}}}", quote(&e.to_string())),
    }
}

/// The Python a learner would type for `plan` (shown beside the stepper).
pub fn python_code(stream: &[u8], plan: &TracePlan) -> String {
    let mut code = format!(
        "import zlib\nstream = bytes.fromhex('{}')\nd = zlib.decompressobj({})\n",
        crate::hex::encode(stream),
        plan.wbits
    );
    let mut pos = 0usize;
    for size in &plan.chunks {
        let end = pos.saturating_add(*size);
        if plan.max_length > 0 {
            code.push_str(&format!(
                "out = d.decompress(d.unconsumed_tail + stream[{pos}:{end}], {})\n",
                plan.max_length
            ));
        } else {
            code.push_str(&format!("out = d.decompress(stream[{pos}:{end}])\n"));
        }
        code.push_str("print(out, d.eof, d.unused_data, d.unconsumed_tail)\n");
        pos = end;
    }
    if plan.flush {
        code.push_str("print(d.flush(), d.eof, d.unused_data)\n");
    }
    code
}

/// [`python_code`] with the `while d.unconsumed_tail:` loop before the flush.
pub fn python_code_draining(stream: &[u8], plan: &TracePlan) -> String {
    let code = python_code(
        stream,
        &TracePlan {
            flush: false,
            ..plan.clone()
        },
    );
    let drain = format!(
        "while d.unconsumed_tail:\n    out = d.decompress(d.unconsumed_tail, {})\n    print(out, d.eof, d.unused_data, d.unconsumed_tail)\n",
        plan.max_length
    );
    let flush = if plan.flush {
        "print(d.flush(), d.eof, d.unused_data)\n"
    } else {
        ""
    };
    format!("{code}{drain}{flush}")
}
