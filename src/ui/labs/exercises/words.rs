//! The Exercises page's words, English and Korean (`words_en.rs`, `words_ko.rs`), terms
//! from docs/GLOSSARY.md. Each exercise's quote, task, prediction prompt, hints and
//! explanation are keyed by its id; every `Why` key is worded here.

use crate::labs::exercises::progress::ImportError;
use crate::labs::exercises::{AnswerKind, Predict, Track, Why};
use crate::ui::i18n::{LabCard, Lang, Words};

/// One exercise's words.
pub struct ExerciseText {
    pub id: &'static str,
    pub title: &'static str,
    /// The course note's line, quoted (in Korean as the note says it).
    pub quote: &'static str,
    pub task: &'static str,
    pub predict: &'static str,
    /// Shown one at a time (as many as the exercise's `hints`).
    pub hints: &'static [&'static str],
    /// After success.
    pub explain: &'static str,
}

/// Everything the Exercises page says.
pub struct ExercisesWords {
    pub intro: &'static str,
    pub track: fn(Track) -> &'static str,
    pub progress: fn(usize, usize) -> String,
    pub export: &'static str,
    pub import: &'static str,
    pub imported: &'static str,
    pub import_error: fn(&ImportError) -> String,
    pub reset: &'static str,
    pub reset_done: &'static str,
    pub passed: &'static str,
    pub not_passed: &'static str,
    pub attempts: fn(u32, u32) -> String,
    pub pick: &'static str,
    pub note_says: &'static str,
    pub given: &'static str,
    pub step_predict: &'static str,
    pub predict_hint: fn(Predict) -> &'static str,
    pub predicted_right: &'static str,
    pub predicted_other: fn(&str) -> String,
    pub step_lab: &'static str,
    pub open_lab: fn(Track) -> &'static str,
    pub step_answer: &'static str,
    pub answer_label: fn(AnswerKind) -> &'static str,
    pub check: &'static str,
    pub checking: &'static str,
    pub pass: &'static str,
    pub why: fn(&Why) -> String,
    pub hint: &'static str,
    pub next_hint: &'static str,
    pub no_more_hints: &'static str,
    pub explain: &'static str,
    pub home: &'static str,
    pub copy_python: &'static str,
    pub link: &'static str,
    pub texts: &'static [ExerciseText],
}

impl ExercisesWords {
    /// The words of exercise `id`.
    pub fn text(&self, id: &str) -> Option<&'static ExerciseText> {
        self.texts.iter().find(|t| t.id == id)
    }
}

impl Words for ExercisesWords {
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
