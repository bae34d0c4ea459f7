//! Decompression-bomb-safe inflate: shows at most `cap` bytes, keeps counting the
//! real size up to a limit, and never holds more than `cap` plus one scratch block.
//!
//! This is what `max_length` is for in Python: `d.decompress(data, max_length)`
//! returns at most `max_length` bytes and leaves the rest of the input in
//! `d.unconsumed_tail`, so a program never has to hold the whole output at once.

use super::ffi::{self, Stream};
use super::quirks;
use super::ZlibError;

/// How much is inflated per call into the scratch block.
const SCRATCH: usize = 64 * 1024;

/// The default counting limit of [`inflate_capped`]: 256 MiB.
pub const COUNT_LIMIT: u64 = 256 << 20;

/// How a capped inflate ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CappedOutcome {
    /// The stream ended; `unused` bytes of input followed it.
    StreamEnd { unused: usize },
    /// The input ran out before the end of the stream.
    Truncated,
    /// Counting stopped at the limit: the stream inflates to at least `total`.
    CountLimit,
    /// zlib refused the data, in Python's words.
    Error(ZlibError),
}

/// What a capped inflate shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Capped {
    /// The first `cap` bytes (or fewer) of the output.
    pub shown: Vec<u8>,
    /// Output bytes counted (all of them, unless `outcome` is `CountLimit`).
    pub total: u64,
    pub outcome: CappedOutcome,
}

/// Inflates `data` (a `wbits` stream as for `zlib.decompressobj`), showing at most
/// `cap` bytes and counting up to [`COUNT_LIMIT`].
pub fn inflate_capped(data: &[u8], wbits: i32, cap: usize) -> Capped {
    inflate_capped_to(data, wbits, cap, COUNT_LIMIT)
}

/// [`inflate_capped`] with an explicit counting limit (bounds the time spent).
pub fn inflate_capped_to(data: &[u8], wbits: i32, cap: usize, count_limit: u64) -> Capped {
    let mut shown = Vec::new();
    let mut total = 0u64;
    let mut stream = match Stream::inflate_init(wbits) {
        Ok(stream) => stream,
        Err(_) => {
            let outcome = CappedOutcome::Error(ZlibError::InvalidInitOption);
            return Capped {
                shown,
                total,
                outcome,
            };
        }
    };
    let mut scratch = vec![0u8; SCRATCH];
    let mut pos = 0usize;
    let outcome = loop {
        if total >= count_limit {
            break CappedOutcome::CountLimit;
        }
        let input = data.get(pos..).unwrap_or_default();
        let step = stream.run(input, &mut scratch, ffi::Z_SYNC_FLUSH);
        pos += step.consumed;
        total = total.saturating_add(step.produced as u64);
        let room = cap.saturating_sub(shown.len());
        shown.extend_from_slice(&scratch[..step.produced.min(room)]);
        match step.code {
            ffi::Z_STREAM_END => {
                break CappedOutcome::StreamEnd {
                    unused: data.len() - pos,
                }
            }
            ffi::Z_OK if step.consumed + step.produced > 0 => {}
            // No progress with room to write: the input is exhausted.
            ffi::Z_OK | ffi::Z_BUF_ERROR => break CappedOutcome::Truncated,
            code => {
                let msg = match stream.msg() {
                    Some(m) if m == quirks::BAD_STATE => {
                        quirks::data_error_message(wbits, &[], data).or(Some(m))
                    }
                    msg => msg,
                };
                let error = ZlibError::from_zlib(code, "while decompressing data", msg);
                break CappedOutcome::Error(error);
            }
        }
    };
    Capped {
        shown,
        total,
        outcome,
    }
}
