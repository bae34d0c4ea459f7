//! Every visible string, in English and Korean, as one typed table per language:
//! a missing translation is a compile error, not a blank on the page.
//!
//! Terms follow docs/GLOSSARY.md; Python names and Python's error texts stay
//! English in both tables.

mod compress_en;
mod compress_ko;
mod en;
mod ko;

use crate::labs::compress::ChunkError;
use crate::labs::serialize::JsonLoss;

/// The page language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Ko,
}

impl Lang {
    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
        }
    }

    /// Reads a stored or browser language tag: `ko*` is Korean, anything else English.
    pub fn from_tag(tag: &str) -> Lang {
        if tag.to_ascii_lowercase().starts_with("ko") {
            Lang::Ko
        } else {
            Lang::En
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Ko,
            Lang::Ko => Lang::En,
        }
    }

    /// This language's table.
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::En => &en::EN,
            Lang::Ko => &ko::KO,
        }
    }
}

/// A lab's card and intro page.
#[derive(PartialEq)]
pub struct LabTexts {
    pub title: &'static str,
    /// One or two sentences: what the lab teaches.
    pub blurb: &'static str,
    /// What the finished lab will let the learner do (intro pages).
    pub will_teach: &'static [&'static str],
}

/// One row of "what the course notes simplify".
pub struct SimplifyRow {
    pub notes_say: &'static str,
    pub what_is_true: &'static str,
    pub gently: &'static str,
}

/// The app shell: header, nav, footer, not-found.
pub struct ShellTexts {
    pub skip_link: &'static str,
    pub tagline: &'static str,
    pub nav_label: &'static str,
    pub nav_serialize: &'static str,
    pub nav_compress: &'static str,
    pub nav_sockets: &'static str,
    pub nav_tls: &'static str,
    pub nav_exercises: &'static str,
    pub nav_about: &'static str,
    /// The language button's text: the *other* language's own name.
    pub lang_button: &'static str,
    pub lang_button_aria: &'static str,
    pub theme_to_dark: &'static str,
    pub theme_to_light: &'static str,
    pub footer: &'static str,
    pub not_found_title: &'static str,
    pub not_found_text: &'static str,
    pub back_home: &'static str,
}

/// Home and About.
pub struct PagesTexts {
    pub home_title: &'static str,
    pub home_intro: &'static str,
    pub open_lab: &'static str,
    pub under_construction: &'static str,
    pub will_teach_heading: &'static str,
    pub about_title: &'static str,
    pub about_what: &'static str,
    pub principle_title: &'static str,
    pub principle_text: &'static str,
    pub safety_title: &'static str,
    pub safety_text: &'static str,
    pub bench_title: &'static str,
    pub bench_text: &'static str,
    pub bench_link: &'static str,
    pub simplify_title: &'static str,
    pub simplify_intro: &'static str,
    pub col_notes_say: &'static str,
    pub col_what_is_true: &'static str,
    pub col_gently: &'static str,
    pub simplify_rows: &'static [SimplifyRow],
}

/// The Serialize lab.
pub struct SerializeTexts {
    pub title: &'static str,
    pub intro: &'static str,
    pub literal_label: &'static str,
    pub literal_help: &'static str,
    pub examples_label: &'static str,
    pub syntax_error_help: &'static str,
    pub type_error_help: &'static str,
    pub value_error_help: &'static str,
    pub unsupported_help: &'static str,
    pub protocol_label: &'static str,
    pub protocol_help: &'static str,
    pub bytes_label: &'static str,
    pub hex_aria: &'static str,
    pub dis_aria: &'static str,
    pub dis_hint: &'static str,
    pub dumps_error_help: &'static str,
    pub opcode_pick: &'static str,
    pub opcode_protocol: fn(u8) -> String,
    pub opcode_span: fn(usize, usize) -> String,
    pub size_bytes: fn(usize) -> String,
    /// "N of M shown" under a view cut short.
    pub shown_of: fn(usize, usize) -> String,
    pub size_pickle: fn(u8) -> String,
    pub json_error_help: &'static str,
    pub sizes_heading: &'static str,
    pub loses_heading: &'static str,
    pub loses_nothing: &'static str,
    pub loss: fn(&JsonLoss) -> String,
    pub copy_hex: &'static str,
    pub copy_snippet: &'static str,
    pub copied: &'static str,
    pub download: &'static str,
}

/// The `pickle.loads` panel and the stepper.
pub struct LoadsTexts {
    pub heading: &'static str,
    pub intro: &'static str,
    pub input_label: &'static str,
    pub use_above: &'static str,
    pub malicious_label: &'static str,
    /// Button labels of `labs::unpickle::MALICIOUS`, in the same order.
    pub malicious_names: [&'static str; 2],
    pub empty_hint: &'static str,
    pub hex_error_help: &'static str,
    pub error_help: &'static str,
    pub repr_label: &'static str,
    pub stop_at: fn(usize) -> String,
    pub trailing: fn(usize) -> String,
    pub danger_title: &'static str,
    pub would_import: fn(&str, &str) -> String,
    pub would_call: fn(&str, &str) -> String,
    pub never_runs: &'static str,
    pub honoured: fn(&str, &str) -> String,
    pub stepper_heading: &'static str,
    pub stepper_bytes_aria: &'static str,
    pub next: &'static str,
    pub run_to_end: &'static str,
    pub reset: &'static str,
    pub next_at: fn(usize) -> String,
    pub last_opcode: &'static str,
    pub not_started: &'static str,
    pub stopped: &'static str,
    pub stack: &'static str,
    pub memo: &'static str,
    pub empty: &'static str,
}

/// The Compress lab.
pub struct CompressTexts {
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
    /// zlib, raw deflate, gzip.
    pub containers: [&'static str; 3],
    pub sizes_heading: &'static str,
    pub input_size: &'static str,
    pub output_size: &'static str,
    pub ratio_label: &'static str,
    pub saved: fn(i64) -> String,
    pub bytes: fn(usize) -> String,
    pub chart_title: &'static str,
    pub chart_desc: &'static str,
    pub chart_bar: fn(i32, usize) -> String,
    pub copy_hex: &'static str,
    pub copy_code: &'static str,
    pub anatomy_heading: &'static str,
    pub stream_label: &'static str,
    pub stream_help: &'static str,
    pub stream_from_above: fn(usize) -> String,
    pub stream_pasted: fn(usize) -> String,
    pub read_wbits_label: &'static str,
    pub header_heading: &'static str,
    pub col_bits: &'static str,
    pub col_field: &'static str,
    pub col_value: &'static str,
    pub col_meaning: &'static str,
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
    pub next: &'static str,
    pub run_all: &'static str,
    pub reset: &'static str,
    pub progress: fn(usize, usize) -> String,
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
    pub bomb_heading: &'static str,
    pub bomb_text: &'static str,
    pub bomb_load: &'static str,
    /// Stream bytes, bytes it claims, bytes counted, whether counting stopped.
    pub bomb_result: fn(usize, u64, u64, bool) -> String,
    pub bomb_shown: fn(usize) -> String,
    pub bomb_defence: &'static str,
}

/// One language's complete table.
pub struct Texts {
    pub shell: ShellTexts,
    pub pages: PagesTexts,
    pub serialize: SerializeTexts,
    pub loads: LoadsTexts,
    pub compress: CompressTexts,
    pub lab_serialize: LabTexts,
    pub lab_compress: LabTexts,
    pub lab_sockets: LabTexts,
    pub lab_tls: LabTexts,
    pub lab_exercises: LabTexts,
}
