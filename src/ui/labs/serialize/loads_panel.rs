//! The `pickle.loads` panel: pasted hex in, repr / STOP / trailing bytes or Python's
//! error out, the dangers flagged loudly, and the stepper.

use super::words::SerializeWords;
use super::Stepper;
use crate::labs::kit::bytes_text::BytesForm;
use crate::labs::unpickle::{LoadsView, MALICIOUS};
use crate::py::pickle::machine::StepNote;
use crate::ui::hooks::use_words;
use crate::ui::kit::opt;
use crate::ui::kit::ErrorBox;
use std::rc::Rc;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LoadsPanelProps {
    /// The pasted hex (the page keeps it, with its other inputs).
    pub text: AttrValue,
    pub on_text: Callback<String>,
    /// The hex of the pickle shown above, when there is one.
    pub above_hex: Option<AttrValue>,
}

#[component]
pub fn LoadsPanel(props: &LoadsPanelProps) -> Html {
    let t = &use_words::<SerializeWords>().loads;
    let text = props.text.clone();
    let view = use_memo(text.clone(), |s| LoadsView::new(s));
    let oninput = props.on_text.reform(|e: InputEvent| {
        e.target_dyn_into::<HtmlTextAreaElement>()
            .map(|area| area.value())
            .unwrap_or_default()
    });
    let use_above = props.above_hex.clone().map(|hex| {
        let on_text = props.on_text.clone();
        let onclick = Callback::from(move |_: MouseEvent| on_text.emit(hex.to_string()));
        html! { <button type="button" {onclick}>{ t.use_above }</button> }
    });
    let malicious = MALICIOUS.iter().zip(t.malicious_names).map(|((_, hex), name)| {
        let on_text = props.on_text.clone();
        let onclick = Callback::from(move |_: MouseEvent| on_text.emit((*hex).to_owned()));
        html! { <li><button type="button" class="example danger-button" {onclick}>{ name }</button></li> }
    });
    let blank = text.trim().is_empty();
    let result = if blank {
        html! { <p class="hint">{ t.empty_hint }</p> }
    } else {
        match (&view.bytes, &view.result) {
            (Err(err), _) => html! {
                <ErrorBox help={t.hex_error_help} text={err.to_string()} testid="loads-error" />
            },
            (Ok(_), Some(Err(err))) => html! {
                <ErrorBox help={t.error_help} text={err.to_string()} testid="loads-error" />
            },
            (Ok(_), Some(Ok(loaded))) => html! {
                <div class="loaded">
                    <h3>{ t.repr_label }</h3>
                    <pre class="code" data-testid="loads-repr">{ loaded.repr.clone() }</pre>
                    <p>{ (t.stop_at)(loaded.stop_offset) }</p>
                    if !loaded.trailing.is_empty() {
                        <p>{ (t.trailing)(loaded.trailing.len()) }</p>
                    }
                </div>
            },
            (Ok(_), None) => html! {},
        }
    };
    let danger = (!blank && !view.dangers.is_empty()).then(|| {
        let items = view.dangers.iter().map(|d| match d {
            StepNote::WouldImport { module, name } => {
                html! { <li>{ (t.would_import)(module, name) }</li> }
            }
            StepNote::WouldCall { callable, args } => {
                html! { <li>{ (t.would_call)(callable, args) }</li> }
            }
            StepNote::Plain | StepNote::Honoured { .. } => html! {},
        });
        html! {
            <div class="danger" data-testid="loads-danger" role="alert">
                <h3>{ t.danger_title }</h3>
                <ul>{ for items }</ul>
                <p><strong>{ t.never_runs }</strong></p>
            </div>
        }
    });
    let form = (!blank && view.form == Some(BytesForm::Literal))
        .then(|| html! { <p class="hint" data-testid="loads-form">{ t.read_as_literal }</p> });
    let stepper = match (&view.bytes, blank) {
        (Ok(bytes), false) => {
            let key = crate::hex::encode(bytes);
            html! { <Stepper {key} bytes={Rc::new(bytes.clone())} /> }
        }
        _ => html! {},
    };
    html! {
        <section class="panel loads-panel" aria-labelledby="loads-heading">
            <h2 id="loads-heading">{ t.heading }</h2>
            <p>{ t.intro }</p>
            <label for="loads-input">{ t.input_label }</label>
            <textarea id="loads-input" data-testid="loads-input" class="code" rows="3"
                spellcheck="false" autocomplete="off" value={text.clone()} {oninput} />
            <div class="examples">
                { opt(use_above) }
                <span id="malicious-label">{ t.malicious_label }</span>
                <ul aria-labelledby="malicious-label">{ for malicious }</ul>
            </div>
            { opt(danger) }
            { opt(form) }
            { result }
            { stepper }
        </section>
    }
}
