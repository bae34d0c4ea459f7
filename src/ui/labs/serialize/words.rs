//! The Serialize lab's words (pickle.dumps, json.dumps, pickle.loads and its stepper),
//! English and Korean: one typed struct, an `EN` and a `KO` value (`words_en.rs`,
//! `words_ko.rs`), so a missing entry is a compile error. Terms follow docs/GLOSSARY.md.

use super::opcode_words::OpcodeWord;
use crate::labs::serialize::JsonLoss;
use crate::py::literal::NotLiteral;
use crate::ui::i18n::{LabCard, Lang, Words};

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
    /// Why valid Python is not a literal.
    pub not_literal: fn(&NotLiteral) -> String,
    pub protocol_label: &'static str,
    pub protocol_help: &'static str,
    pub hex_aria: &'static str,
    pub dis_aria: &'static str,
    pub dis_hint: &'static str,
    pub dumps_error_help: &'static str,
    pub opcode_pick: &'static str,
    /// What each opcode does (`opcode_words`).
    pub opcodes: &'static [OpcodeWord; 68],
    pub opcode_protocol: fn(u8) -> String,
    pub opcode_span: fn(usize, usize) -> String,
    pub size_pickle: fn(u8) -> String,
    pub json_error_help: &'static str,
    pub sizes_heading: &'static str,
    pub loses_heading: &'static str,
    pub loses_nothing: &'static str,
    pub loss: fn(&JsonLoss) -> String,
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
    pub read_as_literal: &'static str,
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
    pub next_at: fn(usize) -> String,
    pub last_opcode: &'static str,
    pub stopped: &'static str,
    pub stack: &'static str,
    pub memo: &'static str,
    pub empty: &'static str,
}

/// Everything the Serialize lab says.
pub struct SerializeWords {
    pub serialize: SerializeTexts,
    pub loads: LoadsTexts,
    pub json: super::words_json::JsonTexts,
    pub pickle: super::words_pickle::PickleTexts,
}

impl Words for SerializeWords {
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
