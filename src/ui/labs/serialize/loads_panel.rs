//! The `pickle.loads` panel: pasted hex in, repr / STOP / trailing bytes or Python's
//! error out, the dangers flagged loudly, and the stepper. The unpickler runs in the
//! Web Worker (`Job::Loads`): a hostile pickle can take millions of opcodes.

use super::words::SerializeWords;
use super::Stepper;
use crate::labs::jobs::{Job, JobOutput};
use crate::labs::unpickle::{LoadsSummary, MALICIOUS};
use crate::py::pickle::machine::StepNote;
use crate::ui::hooks::use_words;
use crate::ui::kit::compute::{use_compute, ComputeState, ComputeWords};
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
    let computing = use_words::<ComputeWords>();
    let compute = use_compute();
    {
        let compute = compute.clone();
        use_effect_with(text.clone(), move |text| {
            if !text.trim().is_empty() {
                compute.run(Job::Loads {
                    text: text.to_string(),
                });
            }
        });
    }
    // The last answer stays on screen while the next one is computed.
    let last = use_mut_ref(|| None::<Rc<LoadsSummary>>);
    if let ComputeState::Done(out) = compute.state() {
        if let JobOutput::Loads(summary) = &**out {
            *last.borrow_mut() = Some(Rc::new(summary.clone()));
        }
    }
    let pending = matches!(compute.state(), ComputeState::Pending(_));
    let failed = match compute.state() {
        ComputeState::Failed(e) => Some(computing.error(e)),
        _ => None,
    };
    let view = last.borrow().clone();
    let oninput = props.on_text.reform(|e: InputEvent| {
        e.target_dyn_into::<HtmlTextAreaElement>()
            .map(|area| area.value())
            .unwrap_or_default()
    });
    let use_above = props.above_hex.clone().map(|hex| {
        let on_text = props.on_text.clone();
        let onclick = Callback::from(move |_: MouseEvent| on_text.emit(hex.to_string()));
        html! { <button type="button" data-testid="loads-use-above" {onclick}>{ t.use_above }</button> }
    });
    let malicious = MALICIOUS.iter().zip(t.malicious_names).map(|((_, hex), name)| {
        let on_text = props.on_text.clone();
        let onclick = Callback::from(move |_: MouseEvent| on_text.emit((*hex).to_owned()));
        html! { <li><button type="button" class="example danger-button" {onclick}>{ name }</button></li> }
    });
    let blank = text.trim().is_empty();
    let result = match (&view, blank) {
        (_, true) => html! { <p class="hint">{ t.empty_hint }</p> },
        (None, false) => html! {},
        (Some(view), false) => match (&view.bytes, &view.result) {
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
                    <p>{ (t.stop_at)(loaded.stop_offset as usize) }</p>
                    if loaded.trailing > 0 {
                        <p>{ (t.trailing)(loaded.trailing as usize) }</p>
                    }
                </div>
            },
            (Ok(_), None) => html! {},
        },
    };
    let dangers: Vec<StepNote> = view.as_ref().map(|v| v.dangers.clone()).unwrap_or_default();
    let danger = (!blank && !dangers.is_empty()).then(|| {
        let items = dangers.iter().map(|d| match d {
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
    let form = (!blank && view.as_ref().is_some_and(|v| v.literal_form))
        .then(|| html! { <p class="hint" data-testid="loads-form">{ t.read_as_literal }</p> });
    let stepper = match (view.as_ref().map(|v| (&v.bytes, v.steps)), blank) {
        (Some((Ok(bytes), steps)), false) => {
            let key = crate::hex::encode(bytes);
            html! { <Stepper {key} bytes={Rc::new(bytes.clone())} total={steps as usize} /> }
        }
        _ => html! {},
    };
    let status = if pending && !blank {
        Some(
            html! { <p class="hint" role="status" data-testid="loads-pending">{ computing.working }</p> },
        )
    } else {
        failed.map(|e| html! { <ErrorBox help={e} /> })
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
            { opt(status) }
            { opt(danger) }
            { opt(form) }
            { result }
            { stepper }
        </section>
    }
}
