//! The current language and a words module in it, from the app's context.

use crate::ui::i18n::{Lang, Words};
use yew::prelude::*;

/// The page language (English when no provider is mounted, as in isolated tests).
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// The words of module `W` in the page language.
#[hook]
pub fn use_words<W: Words>() -> &'static W {
    W::of(use_lang())
}
