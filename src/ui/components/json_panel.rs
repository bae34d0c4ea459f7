//! `json.dumps` of the same value: the text or Python's TypeError, and what JSON loses.

use crate::labs::serialize::JsonLoss;
use crate::py::json::JsonError;
use crate::ui::hooks::use_texts;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct JsonPanelProps {
    pub json: Result<String, JsonError>,
    pub losses: Vec<JsonLoss>,
}

#[component]
pub fn JsonPanel(props: &JsonPanelProps) -> Html {
    let t = &use_texts().serialize;
    let body = match &props.json {
        Ok(text) => html! {
            <>
                <pre class="code json" data-testid="json-output">{ text.clone() }</pre>
                <p class="size">{ (t.size_bytes)(text.len()) }</p>
            </>
        },
        Err(err) => html! {
            <div class="error">
                <pre class="code" data-testid="json-error">{ err.to_string() }</pre>
                <p>{ t.json_error_help }</p>
            </div>
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
