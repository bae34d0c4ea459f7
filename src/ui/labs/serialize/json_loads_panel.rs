//! The `json.loads` panel: pasted JSON in, `repr` of the Python value or CPython's
//! exact `JSONDecodeError` (line, column, char) out, and why it is safe.

use super::words::SerializeWords;
use crate::labs::jobs::{Job, JobOutput};
use crate::ui::hooks::use_words;
use crate::ui::kit::compute::{use_compute, ComputeState};
use crate::ui::kit::ErrorBox;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct JsonLoadsPanelProps {
    /// The pasted text (the page keeps it with its other inputs).
    pub text: AttrValue,
    pub on_text: Callback<String>,
    /// The `json.dumps` output above, when there is one.
    pub above: Option<AttrValue>,
}

#[component]
pub fn JsonLoadsPanel(props: &JsonLoadsPanelProps) -> Html {
    let t = &use_words::<SerializeWords>().json;
    // A cheap engine: the compute hook answers it on the page (Placement::Inline).
    let compute = use_compute();
    {
        let compute = compute.clone();
        use_effect_with(props.text.clone(), move |text| {
            compute.run(Job::JsonLoads {
                text: text.to_string(),
            })
        });
    }
    let result: Option<Result<String, String>> = match compute.state() {
        ComputeState::Done(out) => match &**out {
            JobOutput::JsonLoads(r) => Some(r.clone()),
            _ => None,
        },
        _ => None,
    };
    let oninput = props.on_text.reform(|e: InputEvent| {
        e.target_dyn_into::<HtmlTextAreaElement>()
            .map(|a| a.value())
            .unwrap_or_default()
    });
    let use_above = props.above.clone().map(|above| {
        let on_text = props.on_text.clone();
        let onclick = Callback::from(move |_: MouseEvent| on_text.emit(above.to_string()));
        html! { <button type="button" data-testid="json-loads-use-above" {onclick}>{ t.loads_use_above }</button> }
    });
    let out = if props.text.is_empty() {
        html! { <p class="hint">{ t.loads_empty }</p> }
    } else {
        match &result {
            None => html! {},
            Some(Ok(text)) => html! {
                <>
                    <h3>{ t.loads_repr }</h3>
                    <pre class="code" data-testid="json-loads-repr">{ text.clone() }</pre>
                </>
            },
            Some(Err(e)) => html! {
                <ErrorBox help={t.loads_error_help} text={e.clone()} testid="json-loads-error" />
            },
        }
    };
    html! {
        <section class="panel" aria-labelledby="json-loads-heading">
            <h2 id="json-loads-heading"><code>{ t.loads_heading }</code></h2>
            <p>{ t.loads_intro }</p>
            <label for="json-loads-input">{ t.loads_label }</label>
            <textarea id="json-loads-input" data-testid="json-loads-input" class="code" rows="3"
                spellcheck="false" autocomplete="off" value={props.text.clone()} {oninput} />
            <div class="examples">{ use_above.unwrap_or_default() }</div>
            { out }
            <p class="notice">{ t.loads_safe }</p>
        </section>
    }
}
