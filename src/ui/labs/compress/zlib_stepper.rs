//! The decompressobj stepper: Next / Run all / Reset over `labs::compress::StepperModel`,
//! one list item per call made, with what Python would print after it.

use super::words::CompressWords;
use crate::labs::compress::{StepperModel, MAX_DRAIN};
use crate::py::repr::bytes_repr;
use crate::ui::hooks::use_words;
use crate::ui::kit::opt;
use crate::ui::kit::{use_replay, ErrorBox, StepperControls};
use crate::zlib::{Call, TraceStep, ZlibError};
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
    /// Run `while d.unconsumed_tail:` after the last chunk.
    #[prop_or_default]
    pub drain: bool,
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

/// Give this component a `key` per session (stream, wbits, chunks, max_length): a new
/// session starts with nothing called.
#[component]
pub fn ZlibStepper(props: &ZlibStepperProps) -> Html {
    let t = use_words::<CompressWords>();
    let model = use_memo(
        (
            props.stream.clone(),
            props.wbits,
            props.chunks.clone(),
            props.max_length,
            props.drain,
        ),
        |(s, w, c, m, drain)| StepperModel::with_drain(s.to_vec(), *w, c.clone(), *m, *drain),
    );
    let (replay, on_action) = use_replay(model.total());
    let count = replay.shown();
    let error = model.steps.as_ref().err().cloned();
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
        .cloned()
        .or(error);
    html! {
        <div class="zlib-stepper">
            <StepperControls {replay} {on_action} label={t.stepper_heading} />
            if replay.at_start() { <p class="hint">{ t.not_started }</p> }
            { if model.unfed() > 0 { html! { <p class="hint">{ (t.unfed)(model.unfed()) }</p> } } else { html! {} } }
            <ol class="steps">{ for steps }</ol>
            { opt(found) }
            { opt(model.drain_cut_short().then(|| html! { <p class="hint" data-testid="stepper-drain-more">{ (t.drain_more)(MAX_DRAIN) }</p> })) }
            { opt(failed.map(|e| match e {
                ZlibError::OutputLimit(n) => html! { <ErrorBox help={(t.output_limit)(n)} testid="stepper-error" /> },
                e => html! { <ErrorBox text={e.to_string()} testid="stepper-error" /> },
            })) }
            <details>
                <summary>{ t.python_heading }</summary>
                <pre class="code wrap">{ model.python() }</pre>
            </details>
        </div>
    }
}

fn step_view(t: &super::words::CompressWords, i: usize, code: &str, step: &TraceStep) -> Html {
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
        // The lab's cap is not Python's: a comment in the learner's language.
        Err(ZlibError::OutputLimit(n)) => format!("# {}", (t.output_limit)(*n)),
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
