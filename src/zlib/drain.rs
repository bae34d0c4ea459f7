//! The `max_length` defence on a stream too big to keep: `d.decompress(stream,
//! max_length)`, then `d.decompress(d.unconsumed_tail, max_length)` while a tail is
//! left and the program still wants more. Each call is kept as lengths and a short
//! preview only: a decompression bomb's tail is about 1 MB after every call, so
//! keeping every call's tail or output would hold a megabyte per call.

use super::{Decompressor, ZlibError};

/// A guard Python does not have (as `TRACE_OUTPUT_LIMIT`, smaller): one call past
/// 16 MiB (`max_length` 0 on a bomb) stops with `ZlibError::OutputLimit`.
pub const DRAIN_OUTPUT_LIMIT: usize = 16 << 20;

/// `d = zlib.decompressobj(wbits)` read `max_length` at a time, at most `calls` calls.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DrainPlan {
    pub wbits: i32,
    /// 0 = no limit: the first call then tries to return everything.
    pub max_length: usize,
    /// The most calls made (the program's `total < LIMIT`).
    pub calls: usize,
    /// Bytes of each call's output (and `unused_data`) kept to show.
    pub preview: usize,
}

/// One call, measured: what Python would report, without the bulk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeasuredCall {
    /// The first `preview` bytes returned, or what the call raised.
    pub result: Result<Vec<u8>, ZlibError>,
    /// `len(out)`.
    pub out_len: usize,
    pub eof: bool,
    /// The first `preview` bytes of `d.unused_data`.
    pub unused_data: Vec<u8>,
    /// `len(d.unconsumed_tail)`.
    pub tail_len: usize,
    /// Output of every call so far, this one included.
    pub total: u64,
}

/// Runs `plan` over `stream`: the first call gets the whole stream, each next one
/// `d.unconsumed_tail`, until the tail is empty, a call raises or `plan.calls` calls
/// were made. `Err` only when `zlib.decompressobj(wbits)` itself refuses. At most
/// one call's output is held at a time.
pub fn drain_measured(stream: &[u8], plan: &DrainPlan) -> Result<Vec<MeasuredCall>, ZlibError> {
    let mut d = Decompressor::new(plan.wbits)?;
    d.set_output_limit(Some(DRAIN_OUTPUT_LIMIT));
    let keep = |b: &[u8]| b.get(..plan.preview).unwrap_or(b).to_vec();
    let mut calls = Vec::new();
    let mut total = 0u64;
    let mut fed = stream.to_vec();
    while calls.len() < plan.calls {
        let result = d.decompress(&fed, plan.max_length);
        let out_len = result.as_ref().map_or(0, Vec::len);
        total = total.saturating_add(out_len as u64);
        let failed = result.is_err();
        calls.push(MeasuredCall {
            result: result.map(|out| keep(&out)),
            out_len,
            eof: d.eof(),
            unused_data: keep(d.unused_data()),
            tail_len: d.unconsumed_tail().len(),
            total,
        });
        if failed || d.unconsumed_tail().is_empty() {
            break;
        }
        fed = d.unconsumed_tail().to_vec();
    }
    Ok(calls)
}

/// The Python 3.8+ program that makes the same calls on the file `filename` and
/// prints, per call, `len(out)`, `out[:preview]`, `len(d.unconsumed_tail)`, `d.eof`
/// and the total so far: the loop stops when the tail is empty or `total` reaches
/// `plan.calls * plan.max_length`.
pub fn python_code_measured(plan: &DrainPlan, filename: &str) -> String {
    let max = plan.max_length;
    let show = "print(len(out), out[:PREVIEW], len(d.unconsumed_tail), d.eof, total)";
    format!(
        "import zlib\n\
         with open('{filename}', 'rb') as f:\n    stream = f.read()\n\
         MAX_LENGTH = {max}\n\
         LIMIT = {calls} * MAX_LENGTH\n\
         PREVIEW = {preview}\n\
         d = zlib.decompressobj({wbits})\n\
         out = d.decompress(stream, MAX_LENGTH)\n\
         total = len(out)\n\
         {show}\n\
         while d.unconsumed_tail and total < LIMIT:\n    \
         out = d.decompress(d.unconsumed_tail, MAX_LENGTH)\n    \
         total += len(out)\n    \
         {show}\n",
        calls = plan.calls,
        preview = plan.preview,
        wbits = plan.wbits,
    )
}
