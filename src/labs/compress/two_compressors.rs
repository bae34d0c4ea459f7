//! Two compressors, one input: zlib (zlib-rs driven as CPython drives zlib: CPython's
//! bytes) and miniz_oxide (another valid DEFLATE encoder). Different bytes, the same
//! data back: compressed bytes are not unique, so never compare them for equality.
//! Times come from a clock the caller passes in (the worker's `Date.now`).

use crate::zlib;
use serde::{Deserialize, Serialize};

/// Runs of each compressor are repeated until they take at least this long, so a
/// millisecond clock still gives a usable time per run.
const MIN_TOTAL_MS: f64 = 40.0;

/// The most runs of one compressor.
const MAX_RUNS: u32 = 200;

/// One compressor's result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompressorResult {
    /// The stream (zlib format: header, DEFLATE, Adler-32).
    pub bytes: Vec<u8>,
    /// zlib (CPython's decompressor) gives the input back from these bytes.
    pub round_trip: bool,
    /// Microseconds per run, averaged over `runs`; `None` without a clock.
    pub us_per_run: Option<u64>,
    pub runs: u32,
}

/// Both compressors on the same input at the same level.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TwoCompressors {
    pub input_len: u64,
    pub level: u8,
    pub zlib: Result<CompressorResult, String>,
    pub miniz: CompressorResult,
    /// The two streams are the same bytes (rare beyond tiny inputs).
    pub same_bytes: bool,
}

/// The clock: milliseconds, as the worker's `Date.now()` gives them.
pub type Clock<'a> = &'a mut dyn FnMut() -> f64;

fn timed(
    clock: &mut Option<Clock<'_>>,
    mut run: impl FnMut() -> Vec<u8>,
) -> (Vec<u8>, Option<u64>, u32) {
    let Some(clock) = clock.as_mut() else {
        return (run(), None, 1);
    };
    let start = clock();
    let mut out = run();
    let mut runs = 1;
    while clock() - start < MIN_TOTAL_MS && runs < MAX_RUNS {
        out = run();
        runs += 1;
    }
    let total_ms = (clock() - start).max(0.0);
    let us = (total_ms * 1000.0 / f64::from(runs)).round();
    (out, Some(us as u64), runs)
}

fn round_trips(stream: &[u8], input: &[u8]) -> bool {
    zlib::decompress(stream, 15).is_ok_and(|out| out == input)
}

/// `data` through zlib and miniz_oxide at `level` (0..=9), timed with `clock` when
/// there is one.
pub fn two_compressors(data: &[u8], level: u8, mut clock: Option<Clock<'_>>) -> TwoCompressors {
    let level = level.min(9);
    let zlib_result = zlib::compress(data, i32::from(level), 15)
        .map_err(|e| e.to_string())
        .map(|_| {
            let (bytes, us, runs) = timed(&mut clock, || {
                zlib::compress(data, i32::from(level), 15).unwrap_or_default()
            });
            CompressorResult {
                round_trip: round_trips(&bytes, data),
                bytes,
                us_per_run: us,
                runs,
            }
        });
    let (bytes, us, runs) = timed(&mut clock, || {
        miniz_oxide::deflate::compress_to_vec_zlib(data, level)
    });
    let miniz = CompressorResult {
        round_trip: round_trips(&bytes, data),
        bytes,
        us_per_run: us,
        runs,
    };
    TwoCompressors {
        input_len: data.len() as u64,
        level,
        same_bytes: zlib_result.as_ref().is_ok_and(|z| z.bytes == miniz.bytes),
        zlib: zlib_result,
        miniz,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn different_bytes_same_data() {
        let data = crate::zlib::sample::text_like(20_000);
        let mut t = 0.0;
        let mut clock = || {
            t += 1.0;
            t
        };
        let r = two_compressors(&data, 6, Some(&mut clock));
        let z = r.zlib.unwrap();
        // python3: zlib.compress(data, 6) is what zlib-rs gives (the fixture tests).
        assert_eq!(z.bytes, crate::zlib::compress(&data, 6, 15).unwrap());
        assert!(z.round_trip && r.miniz.round_trip);
        assert_ne!(z.bytes, r.miniz.bytes);
        assert!(!r.same_bytes);
        assert!(r.miniz.runs >= 1 && r.miniz.us_per_run.is_some_and(|us| us > 0));
        assert_eq!(two_compressors(&data, 6, None).miniz.us_per_run, None);
    }
}
