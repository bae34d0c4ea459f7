//! Hooks shared by the pages.

mod use_words;

pub use use_words::{use_lang, use_words};
