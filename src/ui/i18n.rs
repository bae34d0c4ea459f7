//! The page language, and how words reach the page: the shell, the kit and every lab
//! each own one typed words module (an `EN` and a `KO` value of one struct), so a
//! missing translation is a compile error, not a blank on the page.
//!
//! Terms follow docs/GLOSSARY.md; Python names and Python's own texts (exception
//! texts, `repr`, the `pickletools.dis` listing) stay verbatim in both languages.

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
}

/// A words module: one value per language (see the module doc).
pub trait Words: Sync + 'static {
    /// This module's words in `lang`.
    fn of(lang: Lang) -> &'static Self;
}

/// What the registry shows of a lab: its nav entry, home card and intro.
#[derive(PartialEq)]
pub struct LabCard {
    pub title: &'static str,
    /// The nav entry's label.
    pub nav: &'static str,
    /// One or two sentences: what the lab teaches.
    pub blurb: &'static str,
    /// What the learner does there (the intro of a lab still being built).
    pub will_teach: &'static [&'static str],
}
