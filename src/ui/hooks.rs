//! Hooks shared by the pages.

mod use_texts;

pub use use_texts::use_texts;
