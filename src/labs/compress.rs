//! The Compress lab's view model: input bytes -> `zlib.compress`, sizes, ratio, a
//! size-by-level chart, the stream's anatomy, a `decompressobj` stepper and a
//! decompression bomb, all as plain data the page lays out.

mod annotate;
mod bomb;
mod bomb_drain;
mod inputs;
mod receiver;
mod stepper;
mod summaries;
mod token_text;
mod two_compressors;

pub use annotate::{annotate_stream, PART_BLOCK, PART_HEADER, PART_TRAILER, PART_UNUSED};
pub use bomb::{bomb_stream, the_bomb, Bomb, BOMB_COUNT_LIMIT, BOMB_FILE, BOMB_SHOWN, BOMB_TOTAL};
pub use bomb_drain::{
    bomb_calls, calls_for, BombDrain, BOMB_CALLS, BOMB_DRAIN_BUDGET, BOMB_PREVIEW,
};
pub use inputs::{CompressInputs, BOMB_MAX_LENGTH, BOMB_SOURCE};
pub use receiver::{check_prediction, classic_receiver, PredictionCheck, ReceiverView, PACKET};
pub use stepper::{
    every, parse_chunks, parse_max_length, step_code, ChunkError, StepperModel, MAX_DRAIN,
};
pub use summaries::{ExerciseSummary, StepError, StepView, TraceSummary, STEP_BYTES_MAX};
pub use token_text::token_texts;
pub use two_compressors::{two_compressors, Clock, CompressorResult, TwoCompressors};

use crate::zlib::{self, ZlibError};

/// Where the bytes to compress come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputMode {
    /// UTF-8 text, as `'...'.encode()`.
    Text,
    /// Hex, as `bytes.fromhex('...')`.
    Hex,
    /// The pickle the Serialize lab made last.
    Pickle,
    /// The JSON text the Serialize lab made last, UTF-8 encoded.
    Json,
}

impl InputMode {
    /// Every mode, in the order the selector lists them.
    pub const ALL: [InputMode; 4] = [
        InputMode::Text,
        InputMode::Hex,
        InputMode::Pickle,
        InputMode::Json,
    ];

    /// The selector's option value.
    pub fn key(self) -> &'static str {
        match self {
            InputMode::Text => "text",
            InputMode::Hex => "hex",
            InputMode::Pickle => "pickle",
            InputMode::Json => "json",
        }
    }

    pub fn from_key(key: &str) -> Option<InputMode> {
        InputMode::ALL.into_iter().find(|m| m.key() == key)
    }
}

/// Text the learner starts from: repetition, so compression has something to find.
pub const EXAMPLE_TEXT: &str =
    "GET /index.html HTTP/1.1\r\nHost: example.com\r\n\r\nGET /style.css HTTP/1.1\r\nHost: example.com\r\n\r\n";

/// The bytes for `mode`: the text typed (Text, Hex) or carried from the Serialize
/// lab (Pickle, Json). Hex errors are `bytes.fromhex`'s.
pub fn input_bytes(mode: InputMode, typed: &str, carried: &[u8]) -> Result<Vec<u8>, String> {
    match mode {
        InputMode::Text => Ok(typed.as_bytes().to_vec()),
        InputMode::Hex => crate::hex::decode(typed).map_err(|e| e.to_string()),
        InputMode::Pickle | InputMode::Json => Ok(carried.to_vec()),
    }
}

/// wbits `zlib.compress` and `zlib.decompressobj` take here: zlib 15..9, raw
/// deflate -15..-9, gzip 31..25 (the others only change the window size).
pub fn wbits_choices() -> Vec<i32> {
    let zlib = (9..=15).rev();
    let raw = (9..=15).rev().map(|w: i32| -w);
    let gzip = (25..=31).rev();
    zlib.chain(raw).chain(gzip).collect()
}

/// Every wbits `zlib.decompressobj` accepts, for reading a stream: those of
/// [`wbits_choices`], then 0 (the window size from the zlib header) and 40..47 (zlib or
/// gzip, detected from the header).
pub fn read_wbits_choices() -> Vec<i32> {
    let mut all = wbits_choices();
    all.push(0);
    all.extend((40..=47).rev());
    all
}

/// What the wbits value selects, as `zlib`'s documentation names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Container {
    Zlib,
    Raw,
    Gzip,
}

/// The container a wbits value selects (as for `zlib.compress`).
pub fn container(wbits: i32) -> Container {
    if wbits < 0 {
        Container::Raw
    } else if wbits > 15 {
        Container::Gzip
    } else {
        Container::Zlib
    }
}

/// Compressed size over input size (0 for empty input): below 1 means smaller.
pub fn ratio(input: usize, output: usize) -> f64 {
    if input == 0 {
        0.0
    } else {
        output as f64 / input as f64
    }
}

/// The ratio as the page shows it: `0.42` and "58 % saved" (negative when larger).
pub fn ratio_text(input: usize, output: usize) -> (String, i64) {
    let r = ratio(input, output);
    let saved = if input == 0 {
        0
    } else {
        ((1.0 - r) * 100.0).round() as i64
    };
    (format!("{r:.3}"), saved)
}

/// Inputs larger than this get no size-by-level chart (ten compressions per edit).
pub const CHART_MAX_INPUT: usize = 256 * 1024;

/// `len(zlib.compress(data, level, wbits))` for levels 0..=9; empty when the input
/// is too large to compress ten times per keystroke, or wbits is refused.
pub fn level_sizes(data: &[u8], wbits: i32) -> Vec<(i32, usize)> {
    if data.len() > CHART_MAX_INPUT {
        return Vec::new();
    }
    (0..=9)
        .map(|level| zlib::compress(data, level, wbits).map(|out| (level, out.len())))
        .collect::<Result<Vec<_>, ZlibError>>()
        .unwrap_or_default()
}

/// The chart's fixed coordinate system: `viewBox="0 0 CHART_W CHART_H"`.
pub const CHART_W: u32 = 320;
pub const CHART_H: u32 = 150;
/// The bars stand on this line; the labels go below it.
const BASELINE: f64 = 120.0;
/// The tallest bar's height.
const TALLEST: f64 = 95.0;
const LEFT: f64 = 12.0;
const SLOT: f64 = 30.0;
const BAR_W: f64 = 20.0;

/// One bar of the size-by-level chart, in viewBox units.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub level: i32,
    pub size: usize,
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    /// Where the level number (below) and the size (above) are centred.
    pub label_x: f64,
    pub selected: bool,
}

/// Bars for `sizes`, heights proportional to size (the largest is `TALLEST`).
pub fn chart_bars(sizes: &[(i32, usize)], selected_level: i32) -> Vec<Bar> {
    let max = sizes.iter().map(|&(_, s)| s).max().unwrap_or(0).max(1) as f64;
    sizes
        .iter()
        .enumerate()
        .map(|(i, &(level, size))| {
            let height = (size as f64 / max * TALLEST).max(1.0);
            let x = LEFT + i as f64 * SLOT;
            Bar {
                level,
                size,
                x,
                y: BASELINE - height,
                width: BAR_W,
                height,
                label_x: x + BAR_W / 2.0,
                selected: level == selected_level,
            }
        })
        .collect()
}

/// The y of the level labels under the bars, and of the baseline.
pub const CHART_LABEL_Y: f64 = BASELINE + 14.0;
pub const CHART_BASELINE: f64 = BASELINE;

/// A Python line that makes the same bytes, for the learner to check.
/// With the default wbits it runs on Python 3.8+; `zlib.compress` takes `wbits` only
/// from 3.11, so other containers go through `compressobj`, which every Python 3 has.
pub fn compress_code(data: &[u8], level: i32, wbits: i32) -> String {
    let data = crate::hex::encode(data);
    if wbits == 15 {
        format!("import zlib\nprint(zlib.compress(bytes.fromhex('{data}'), {level}).hex())\n")
    } else {
        format!(
            "import zlib\nc = zlib.compressobj({level}, zlib.DEFLATED, {wbits})\nprint((c.compress(bytes.fromhex('{data}')) + c.flush()).hex())\n"
        )
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests;
