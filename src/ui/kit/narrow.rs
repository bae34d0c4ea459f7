//! Whether the page is phone-narrow (`max-width: 40rem`), kept current on resize, so
//! views that lay out in code (the hex view's bytes per row) follow the screen.

use gloo::events::EventListener;
use yew::prelude::*;

const NARROW: &str = "(max-width: 40rem)";

fn is_narrow() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media(NARROW).ok().flatten())
        .is_some_and(|m| m.matches())
}

/// True on a phone-narrow screen.
#[hook]
pub fn use_narrow() -> bool {
    let narrow = use_state_eq(is_narrow);
    {
        let narrow = narrow.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window()
                .map(|w| EventListener::new(&w, "resize", move |_| narrow.set(is_narrow())));
            move || drop(listener)
        });
    }
    *narrow
}
