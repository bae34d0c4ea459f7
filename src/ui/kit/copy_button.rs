//! A button that copies text to the clipboard and says so once the browser agrees.

use super::KitWords;
use crate::ui::hooks::use_words;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CopyButtonProps {
    pub text: AttrValue,
    pub label: AttrValue,
}

/// Starts `navigator.clipboard.writeText(text)`; `on_done` runs if it succeeds.
/// `navigator.clipboard` is missing outside secure contexts, and the promise rejects
/// without permission: both only mean nothing was copied (no throw, no console error).
fn write_text(text: &str, on_done: impl FnOnce() + 'static) -> Option<()> {
    let navigator = web_sys::window()?.navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")).ok()?;
    if clipboard.is_undefined() || clipboard.is_null() {
        return None;
    }
    let promise = clipboard
        .unchecked_into::<web_sys::Clipboard>()
        .write_text(text);
    let ok: Closure<dyn FnMut(JsValue)> = Closure::once(move |_: JsValue| on_done());
    let err: Closure<dyn FnMut(JsValue)> = Closure::once(|_: JsValue| {});
    let _ = promise.then2(&ok, &err);
    // The promise settles after this function returns: the handlers must outlive it
    // (two small closures per click).
    ok.forget();
    err.forget();
    Some(())
}

#[component]
pub fn CopyButton(props: &CopyButtonProps) -> Html {
    let t = use_words::<KitWords>();
    let copied = use_state_eq(|| false);
    {
        // A new text means nothing has been copied yet.
        let copied = copied.clone();
        use_effect_with(props.text.clone(), move |_| copied.set(false));
    }
    let onclick = {
        let text = props.text.clone();
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            let _ = write_text(&text, move || copied.set(true));
        })
    };
    html! {
        <button type="button" {onclick} aria-live="polite">
            { if *copied { t.copied } else { props.label.as_str() } }
        </button>
    }
}
