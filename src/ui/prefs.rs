//! The learner's language and theme: first guess from the browser, then what they
//! chose, remembered in localStorage and reflected on `<html lang>` / `data-theme`.

use super::i18n::Lang;

const LANG_KEY: &str = "wirelab.lang";
const THEME_KEY: &str = "wirelab.theme";

/// The colour theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    /// The value of `<html data-theme>`.
    pub fn name(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn other(self) -> Theme {
        match self {
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::Light,
        }
    }
}

/// localStorage, when the browser allows it (private modes and file:// may not).
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// A stored choice. Plain strings (not JSON): the bundle needs no serde_json for this.
fn load(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

fn store(key: &str, value: &str) {
    if let Some(s) = storage() {
        // A full or refused storage only means the choice is not remembered.
        let _ = s.set_item(key, value);
    }
}

/// The stored language, else `navigator.language` (`ko*` -> Korean).
pub fn initial_lang() -> Lang {
    if let Some(tag) = load(LANG_KEY) {
        return Lang::from_tag(&tag);
    }
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .map(|tag| Lang::from_tag(&tag))
        .unwrap_or_default()
}

/// The stored theme, else the system's `prefers-color-scheme`.
pub fn initial_theme() -> Theme {
    match load(THEME_KEY).as_deref() {
        Some("dark") => return Theme::Dark,
        Some("light") => return Theme::Light,
        _ => {}
    }
    let dark = web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .map(|m| m.matches())
        .unwrap_or(false);
    if dark {
        Theme::Dark
    } else {
        Theme::Light
    }
}

fn set_root_attribute(name: &str, value: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        // Failing to set an attribute only loses styling; nothing to report.
        let _ = root.set_attribute(name, value);
    }
}

/// Shows `lang` on `<html lang>`; with `remember`, stores it for the next visit.
pub fn apply_lang(lang: Lang, remember: bool) {
    set_root_attribute("lang", lang.tag());
    if remember {
        store(LANG_KEY, lang.tag());
    }
}

/// Shows `theme` on `<html data-theme>`; with `remember`, stores it.
pub fn apply_theme(theme: Theme, remember: bool) {
    set_root_attribute("data-theme", theme.name());
    if remember {
        store(THEME_KEY, theme.name());
    }
}
