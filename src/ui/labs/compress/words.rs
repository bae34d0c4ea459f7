//! The Compress lab's words, English and Korean: one typed struct, an `EN` and a `KO`
//! value (`words_en.rs`, `words_ko.rs`), so a missing entry is a compile error. Terms
//! follow docs/GLOSSARY.md.

use crate::labs::compress::{BombDrain, ChunkError};
use crate::ui::i18n::{LabCard, Lang, Words};
use crate::zlib::anatomy::{AnatomyError, Meaning};

/// The Compress lab.
pub struct CompressWords {
    pub title: &'static str,
    pub intro: &'static str,
    pub mode_label: &'static str,
    /// Names of `labs::compress::InputMode::ALL`, in order.
    pub modes: [&'static str; 4],
    pub input_label: &'static str,
    /// "N bytes carried from the Serialize lab (literal ...)".
    pub carried: fn(usize, &str) -> String,
    pub level_label: &'static str,
    pub level_help: &'static str,
    pub wbits_label: &'static str,
    pub wbits_help: &'static str,
    pub sizes_heading: &'static str,
    pub input_size: &'static str,
    pub output_size: &'static str,
    pub ratio_label: &'static str,
    pub saved: fn(i64) -> String,
    pub chart_title: &'static str,
    pub chart_desc: &'static str,
    pub chart_bar: fn(i32, usize) -> String,
    pub anatomy_heading: &'static str,
    pub stream_label: &'static str,
    pub stream_help: &'static str,
    pub stream_from_above: fn(usize) -> String,
    pub stream_pasted: fn(usize) -> String,
    pub stream_exercise: fn(usize) -> String,
    pub stream_clear: &'static str,
    pub read_wbits_label: &'static str,
    pub read_wbits_help: &'static str,
    pub header_heading: &'static str,
    pub stream_bytes_heading: &'static str,
    pub stream_hex_aria: &'static str,
    pub stream_parts_aria: &'static str,
    /// Names of the stream's parts (the kit's field list): header, block n, trailer,
    /// data after the end of the stream.
    pub part_header: &'static str,
    pub part_block: fn(&str) -> String,
    pub part_trailer: &'static str,
    pub part_unused: &'static str,
    pub col_bits: &'static str,
    pub col_field: &'static str,
    pub col_value: &'static str,
    pub col_meaning: &'static str,
    /// A header or trailer field's meaning.
    pub meaning: fn(&Meaning) -> String,
    /// Why the anatomy stopped, when it is not zlib's error (shown verbatim then).
    pub anatomy_stopped: fn(&AnatomyError) -> Option<String>,
    /// A `decompress` call stopped by the lab's output cap.
    pub output_limit: fn(usize) -> String,
    pub blocks_heading: &'static str,
    /// Stored, fixed, dynamic, reserved.
    pub block_types: [&'static str; 4],
    /// Block n, BFINAL, type, bit range start..end, output bytes.
    pub block_line: fn(usize, bool, &str, u64, u64, u64) -> String,
    pub dynamic_summary: fn(u16, u8, u8, usize, usize) -> String,
    pub stored_summary: fn(u16) -> String,
    pub tokens_heading: &'static str,
    pub tokens_help: &'static str,
    pub legend_literal: &'static str,
    pub legend_match: &'static str,
    pub match_title: fn(u16, u16) -> String,
    /// The copy in focus: length, distance, the text it copies.
    pub match_panel: fn(u16, u16, &str) -> String,
    pub match_panel_empty: &'static str,
    pub tokens_more: fn(u64) -> String,
    pub trailer_heading: &'static str,
    pub check_ok: fn(&str, u32) -> String,
    pub check_bad: fn(&str, u32, u32) -> String,
    pub unused_bytes: fn(u64, u64) -> String,
    pub output_len: fn(usize) -> String,
    pub stepper_heading: &'static str,
    pub stepper_intro: &'static str,
    pub chunks_label: &'static str,
    pub chunks_help: &'static str,
    pub every_label: &'static str,
    pub every_button: &'static str,
    pub max_length_label: &'static str,
    pub max_length_help: &'static str,
    pub drain_label: &'static str,
    pub drain_help: &'static str,
    pub drain_more: fn(usize) -> String,
    pub not_started: &'static str,
    pub returned: &'static str,
    pub first_unused: fn(usize) -> String,
    pub unfed: fn(usize) -> String,
    pub chunk_error: fn(&ChunkError) -> String,
    pub python_heading: &'static str,
    pub shown_of: fn(usize, usize) -> String,
    pub exercise_heading: &'static str,
    pub exercise_text: &'static str,
    pub exercise_steps: &'static [&'static str],
    pub exercise_load: &'static str,
    pub predict_heading: &'static str,
    pub predict_intro: &'static str,
    pub predict_call_label: &'static str,
    pub predict_unused_label: &'static str,
    pub predict_check: &'static str,
    pub predict_call_right: &'static str,
    pub predict_call_wrong: &'static str,
    pub predict_call_unread: &'static str,
    pub predict_unused_right: &'static str,
    pub predict_unused_wrong: &'static str,
    pub predict_unused_unread: &'static str,
    pub finish_heading: &'static str,
    pub finish_intro: &'static str,
    pub finish_button: &'static str,
    /// How many messages the receiver got.
    pub finish_messages: fn(usize) -> String,
    pub finish_one_shot: &'static str,
    pub finish_grows: &'static str,
    /// Stream length, last packet's length.
    pub finish_short_packet: fn(usize, usize) -> String,
    pub two_heading: &'static str,
    pub two_text: &'static str,
    /// The button, for the chosen level.
    pub two_button: fn(i32) -> String,
    /// The results table's caption (read by screen readers).
    pub two_caption: &'static str,
    pub two_col_engine: &'static str,
    pub two_col_size: &'static str,
    pub two_col_time: &'static str,
    pub two_col_bytes: &'static str,
    pub two_col_back: &'static str,
    /// Microseconds per run, runs.
    pub two_time: fn(u64, u32) -> String,
    pub two_round_trip_ok: &'static str,
    pub two_round_trip_bad: &'static str,
    /// Whether the bytes are the same, the input size (grouped).
    pub two_verdict: fn(bool, String) -> String,
    pub bomb_heading: &'static str,
    pub bomb_text: &'static str,
    pub bomb_load: &'static str,
    /// Stream bytes, bytes it claims, bytes counted, whether counting stopped.
    pub bomb_result: fn(usize, u64, u64, bool) -> String,
    pub bomb_shown: fn(usize) -> String,
    pub bomb_defence: &'static str,
    /// The bomb panel's button that puts the stepper on the bomb.
    pub bomb_watch: &'static str,
    /// The stepper's source line while it reads the bomb.
    pub stream_bomb: &'static str,
    pub stream_unbomb: &'static str,
    pub bomb_download: &'static str,
    /// Why `max_length` is the defence (the stepper, reading the bomb): before the
    /// loop's code, and after it.
    pub bomb_stepper_intro: &'static str,
    pub bomb_stepper_after: &'static str,
    /// Bytes held after a call (`out` + the tail), and their bound.
    pub bomb_held: fn(u64, u64) -> String,
    /// Calls drawn, and the whole bomb's numbers.
    pub bomb_note: fn(usize, &BombDrain) -> String,
}

impl Words for CompressWords {
    fn of(lang: Lang) -> &'static Self {
        match lang {
            Lang::En => &super::words_en::EN,
            Lang::Ko => &super::words_ko::KO,
        }
    }
}

/// The lab's card alone: the registry (in the first load) links only this, not the
/// rest of the lab's words, which stay in the lab's own bundle.
pub fn card(lang: Lang) -> &'static LabCard {
    match lang {
        Lang::En => &super::words_en::CARD_EN,
        Lang::Ko => &super::words_ko::CARD_KO,
    }
}
