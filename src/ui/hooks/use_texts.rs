//! The current language and its text table, from the app's context.

use crate::ui::i18n::{Lang, Texts};
use yew::prelude::*;

/// The page language (English when no provider is mounted, as in isolated tests).
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// The text table of the page language.
#[hook]
pub fn use_texts() -> &'static Texts {
    use_lang().texts()
}
