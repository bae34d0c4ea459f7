//! The decompressobj stepper: Next / Run all / Reset over `labs::compress::StepperModel`,
//! one list item per call made, with what Python would print after it.

use crate::labs::compress::{StepAction, StepperModel};
use crate::py::repr::bytes_repr;
use crate::ui::hooks::use_texts;
use crate::zlib::{Call, TraceStep};
use std::rc::Rc;
use yew::prelude::*;

/// The most bytes of one value drawn or put in a `data-*` attribute.
const BYTES_SHOWN: usize = 4096;

#[derive(Properties, PartialEq)]
pub struct ZlibStepperProps {
    pub stream: Rc<Vec<u8>>,
    pub wbits: i32,
    pub chunks: Vec<usize>,
    pub max_length: usize,
}

fn py_bool(b: bool) -> &'static str {
    if b {
        "True"
    } else {
        "False"
    }
}

fn capped(bytes: &[u8]) -> &[u8] {
    bytes.get(..BYTES_SHOWN).unwrap_or(bytes)
}

#[component]
pub fn ZlibStepper(props: &ZlibStepperProps) -> Html {
    let t = &use_texts().compress;
    let model = use_memo(
        (
            props.stream.clone(),
            props.wbits,
            props.chunks.clone(),
            props.max_length,
        ),
        |(s, w, c, m)| StepperModel::new(s.to_vec(), *w, c.clone(), *m),
    );
    let shown = use_state_eq(|| 0usize);
    {
        // A new session starts with nothing called.
        let shown = shown.clone();
        use_effect_with(model.clone(), move |_| shown.set(0));
    }
    let count = (*shown).min(model.total());
    // Buttons stay focusable when there is nothing left to do (aria-disabled), so
    // a keyboard user never loses focus.
    let button = |action: StepAction, label: &'static str, testid: &'static str| {
        let (model, shown) = (model.clone(), shown.clone());
        let done = model.done(count) && action != StepAction::Reset;
        let onclick = Callback::from(move |_: MouseEvent| shown.set(model.step(*shown, action)));
        html! {
            <button type="button" data-testid={testid} aria-disabled={py_bool(done).to_lowercase()} {onclick}>{ label }</button>
        }
    };
    let error = model.steps.as_ref().err().map(|e| e.to_string());
    let steps = model
        .visible(count)
        .iter()
        .enumerate()
        .map(|(i, step)| step_view(t, i, &model.code(i), step));
    let found = model.first_unused(count).map(|i| {
        html! { <p class="notice" data-testid="stepper-found">{ (t.first_unused)(i + 1) }</p> }
    });
    let failed = model
        .visible(count)
        .iter()
        .find_map(|s| s.result.as_ref().err())
        .map(|e| e.to_string())
        .or(error);
    html! {
        <div class="zlib-stepper">
            <div class="buttons" role="group" aria-label={t.stepper_heading}>
                { button(StepAction::Next, t.next, "stepper-next") }
                { button(StepAction::RunAll, t.run_all, "stepper-run") }
                { button(StepAction::Reset, t.reset, "stepper-reset") }
            </div>
            <p class="hint" aria-live="polite">{
                if count == 0 { t.not_started.to_owned() } else { (t.progress)(count, model.total()) }
            }</p>
            { if model.unfed() > 0 { html! { <p class="hint">{ (t.unfed)(model.unfed()) }</p> } } else { html! {} } }
            <ol class="steps">{ for steps }</ol>
            { for found }
            { for failed.map(|e| html! {
                <div class="error" role="alert"><pre data-testid="stepper-error">{ e }</pre></div>
            }) }
            <details>
                <summary>{ t.python_heading }</summary>
                <pre class="code wrap">{ model.python() }</pre>
            </details>
        </div>
    }
}

fn step_view(t: &crate::ui::i18n::CompressTexts, i: usize, code: &str, step: &TraceStep) -> Html {
    let hex = |b: &[u8]| crate::hex::encode(capped(b));
    let out = step.result.as_ref().ok();
    let out_hex = out.map(|o| hex(o)).unwrap_or_default();
    let is_flush = step.call == Call::Flush;
    let returned = match &step.result {
        Ok(o) => {
            let note = if o.len() > BYTES_SHOWN {
                format!("  # {}", (t.shown_of)(BYTES_SHOWN, o.len()))
            } else {
                String::new()
            };
            format!("{} {}{note}", t.returned, bytes_repr(capped(o)))
        }
        Err(e) => e.to_string(),
    };
    html! {
        <li data-testid="stepper-step" data-eof={py_bool(step.eof)}
            data-unused-hex={hex(&step.unused_data)} data-tail-hex={hex(&step.unconsumed_tail)}
            data-out-hex={out_hex} data-flush={py_bool(is_flush)}>
            <pre class="code wrap">{ format!(
                ">>> out = {code}   # {}\n{returned}\nd.eof = {}\nd.unused_data = {}\nd.unconsumed_tail = {}",
                i + 1,
                py_bool(step.eof),
                bytes_repr(capped(&step.unused_data)),
                bytes_repr(capped(&step.unconsumed_tail)),
            ) }</pre>
        </li>
    }
}
