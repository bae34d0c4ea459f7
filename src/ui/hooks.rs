//! Hooks shared by the pages.

mod use_texts;

pub use use_texts::{use_lang, use_texts};
