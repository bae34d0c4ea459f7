//! Where zlib-rs 0.6 says something other than zlib 1.2.13, and how we get
//! zlib's words back.
//!
//! A data error found in zlib-rs's fast decoding loop (`inflate_fast`: "invalid
//! distance too far back", "invalid distance code", "invalid literal/length
//! code") sets the right message, but the main loop then passes through its BAD
//! state, which overwrites it with "repeated call with bad state". zlib's
//! `inflate.c` leaves `msg` alone in BAD, and both loops of zlib (and of zlib-rs)
//! detect the same error at the same symbol. So the message is recovered by
//! decoding the same input again with output room below the fast loop's minimum
//! (260 bytes), where only the slow loop runs and its message survives.

use super::ffi::{self, Stream};

/// zlib-rs's message for a call made in its BAD state.
pub(crate) const BAD_STATE: &str = "repeated call with bad state";

/// Below zlib-rs's `INFLATE_FAST_MIN_LEFT` (260): the fast loop never runs.
const SLOW_OUT: usize = 128;

/// Decodes `history` then `rest` from the start with the slow loop only, and
/// returns the data error's message as zlib 1.2.13 words it.
pub(crate) fn data_error_message(wbits: i32, history: &[u8], rest: &[u8]) -> Option<String> {
    let mut stream = Stream::inflate_init(wbits).ok()?;
    let mut scratch = [0u8; SLOW_OUT];
    for part in [history, rest] {
        let mut input = part;
        loop {
            let step = stream.run(input, &mut scratch, ffi::Z_SYNC_FLUSH);
            input = input.get(step.consumed..).unwrap_or_default();
            match step.code {
                ffi::Z_OK if step.consumed + step.produced > 0 => continue,
                ffi::Z_OK | ffi::Z_BUF_ERROR => break,
                ffi::Z_DATA_ERROR => return stream.msg().filter(|m| m != BAD_STATE),
                _ => return None,
            }
        }
    }
    None
}
