//! `json.dumps` of the same value: the text or Python's TypeError, and what JSON loses.

use super::words::SerializeWords;
use crate::labs::serialize::JsonLoss;
use crate::py::json::JsonError;
use crate::ui::hooks::use_words;
use crate::ui::kit::{ErrorBox, KitWords};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct JsonPanelProps {
    pub json: Result<String, JsonError>,
    pub losses: Vec<JsonLoss>,
}

#[component]
pub fn JsonPanel(props: &JsonPanelProps) -> Html {
    let t = &use_words::<SerializeWords>().serialize;
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
        </section>
    }
}
