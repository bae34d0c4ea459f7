//! `json.dumps` of the same value: the text or Python's TypeError, what JSON loses,
//! `ensure_ascii` (6 bytes a Hangul syllable, or 3), `.encode()` before `sendall`, and
//! what dict keys become.

use super::words::SerializeWords;
use crate::labs::serialize::JsonLoss;
use crate::py::json::JsonError;
use crate::ui::hooks::use_words;
use crate::ui::kit::{ErrorBox, KitWords};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct JsonPanelProps {
    pub json: Result<String, JsonError>,
    /// `json.dumps(value, ensure_ascii=False)`, when it succeeds.
    #[prop_or_default]
    pub unicode: Option<AttrValue>,
    pub losses: Vec<JsonLoss>,
}

#[component]
pub fn JsonPanel(props: &JsonPanelProps) -> Html {
    let t = &use_words::<SerializeWords>().serialize;
    let tj = &use_words::<SerializeWords>().json;
    let kit = use_words::<KitWords>();
    let body = match &props.json {
        Ok(text) => html! {
            <>
                <pre class="code json" data-testid="json-output">{ text.clone() }</pre>
                <p class="size">{ (kit.bytes)(text.len()) }</p>
            </>
        },
        Err(err) => html! {
            <ErrorBox help={t.json_error_help} text={err.to_string()} testid="json-error" />
        },
    };
    let ascii = match (&props.json, &props.unicode) {
        (Ok(text), Some(unicode)) => html! {
            <>
                <h3><code>{ tj.ascii_heading }</code></h3>
                <p>{ tj.ascii_text }</p>
                <pre class="code json" data-testid="json-unicode">{ unicode.clone() }</pre>
                <p class="size" data-testid="json-sizes">{ (tj.ascii_sizes)(text.len(), unicode.len()) }</p>
                <h3>{ tj.encode_heading }</h3>
                <p>{ tj.encode_text }</p>
                <h3>{ tj.keys_heading }</h3>
                <p>{ tj.keys_text }</p>
            </>
        },
        _ => html! {},
    };
    html! {
        <section class="panel json-panel" aria-labelledby="json-heading">
            <h2 id="json-heading"><code>{ "json.dumps" }</code></h2>
            { body }
            <h3>{ t.loses_heading }</h3>
            if props.losses.is_empty() {
                <p>{ t.loses_nothing }</p>
            } else {
                <ul class="losses">
                    { for props.losses.iter().map(|l| html! { <li>{ (t.loss)(l) }</li> }) }
                </ul>
            }
            { ascii }
        </section>
    }
}
