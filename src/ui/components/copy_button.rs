//! A button that copies text to the clipboard and says so.

use crate::ui::hooks::use_texts;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CopyButtonProps {
    pub text: AttrValue,
    pub label: AttrValue,
}

#[component]
pub fn CopyButton(props: &CopyButtonProps) -> Html {
    let t = use_texts();
    let copied = use_state(|| false);
    {
        // A new text means nothing has been copied yet.
        let copied = copied.clone();
        use_effect_with(props.text.clone(), move |_| copied.set(false));
    }
    let onclick = {
        let text = props.text.clone();
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(w) = web_sys::window() {
                // The promise settles later; a refusal only means nothing was copied.
                let _ = w.navigator().clipboard().write_text(&text);
                copied.set(true);
            }
        })
    };
    html! {
        <button type="button" {onclick}>
            { if *copied { t.serialize.copied } else { props.label.as_str() } }
        </button>
    }
}
