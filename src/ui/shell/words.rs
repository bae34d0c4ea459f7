//! The shell's words (header, footer, home, about, not found), English and Korean:
//! one typed struct, an `EN` and a `KO` value, so a missing entry is a compile error.
//! Terms follow docs/GLOSSARY.md.

use crate::ui::i18n::{Lang, Words};

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
    pub nav_about: &'static str,
    /// The language button's text: the *other* language's own name.
    pub lang_button: &'static str,
    /// Read after it by screen readers only, in the page language: what it does.
    pub lang_button_hint: &'static str,
    pub theme_to_dark: &'static str,
    pub theme_to_light: &'static str,
    pub footer: &'static str,
    pub not_found_title: &'static str,
    pub not_found_text: &'static str,
    pub back_home: &'static str,
    /// While a lab of the labs bundle loads (`ui::lazy`).
    pub lab_loading: &'static str,
    /// The labs bundle did not load.
    pub lab_load_failed: &'static str,
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
    /// What the lab is not: keys for learning only, the `rsa` crate's timing side
    /// channel, the retired protocol versions.
    pub not_title: &'static str,
    pub not_items: &'static [&'static str],
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

/// Everything the shell says.
pub struct ShellWords {
    pub shell: ShellTexts,
    pub pages: PagesTexts,
}

impl Words for ShellWords {
    fn of(lang: Lang) -> &'static Self {
        match lang {
            Lang::En => &super::words_en::EN,
            Lang::Ko => &super::words_ko::KO,
        }
    }
}
