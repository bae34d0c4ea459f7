//! The decompressobj stepper: the kit's controls over a `Replay` of the session the
//! Web Worker traced (`Job::Trace`: zlib is the worker's), one list item per call
//! made, with what Python would print after it. Reading the bomb (`Job::BombTrace`),
//! each call shows lengths and the first bytes only, as `len(out), out[:16]` would.

use super::words::CompressWords;
use crate::labs::compress::{BombDrain, StepError, StepView, TraceSummary, MAX_DRAIN};
use crate::labs::jobs::{Job, JobOutput};
use crate::py::repr::bytes_repr;
use crate::ui::hooks::use_words;
use crate::ui::kit::compute::{use_compute, ComputeState, ComputeWords};
use crate::ui::kit::opt;
use crate::ui::kit::{use_replay, CopyButton, ErrorBox, KitWords, StepperControls};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ZlibStepperProps {
    pub stream: Rc<Vec<u8>>,
    pub wbits: i32,
    pub chunks: Vec<usize>,
    pub max_length: usize,
    /// Run `while d.unconsumed_tail:` after the last chunk.
    #[prop_or_default]
    pub drain: bool,
    /// Read the decompression bomb (rebuilt in the worker) instead of `stream`.
    #[prop_or_default]
    pub bomb: bool,
}

fn py_bool(b: bool) -> &'static str {
    if b {
        "True"
    } else {
        "False"
    }
}

/// Give this component a `key` per session (stream, wbits, chunks, max_length): a new
/// session starts with nothing called.
#[component]
pub fn ZlibStepper(props: &ZlibStepperProps) -> Html {
    let t = use_words::<CompressWords>();
    let kit = use_words::<KitWords>();
    let computing = use_words::<ComputeWords>();
    let compute = use_compute();
    {
        let compute = compute.clone();
        let job = if props.bomb {
            Job::BombTrace {
                wbits: props.wbits,
                max_length: props.max_length as u64,
            }
        } else {
            Job::Trace {
                stream: props.stream.to_vec(),
                wbits: props.wbits,
                chunks: props.chunks.iter().map(|&c| c as u64).collect(),
                max_length: props.max_length as u64,
                drain: props.drain,
            }
        };
        use_effect_with((), move |_| compute.run(job));
    }
    let summary: Option<Rc<TraceSummary>> = match compute.state() {
        ComputeState::Done(out) => match &**out {
            JobOutput::Trace(s) => Some(Rc::new(s.clone())),
            _ => None,
        },
        _ => None,
    };
    let all: &[StepView] = summary
        .as_ref()
        .and_then(|s| s.steps.as_ref().ok())
        .map_or(&[], Vec::as_slice);
    let (replay, on_action) = use_replay(all.len());
    let count = replay.shown();
    let visible = all.get(..count).unwrap_or(all);
    let bomb = summary
        .as_ref()
        .and_then(|s| BombDrain::of(s, props.max_length as u64));
    let mut total = 0u64;
    let steps = visible.iter().enumerate().map(|(i, step)| {
        total = total.saturating_add(step.out_len);
        match &bomb {
            Some(b) => bomb_step_view(t, i, step, total, b.bound()),
            None => step_view(t, i, step),
        }
    });
    let bomb_note = bomb.as_ref().map(|b| {
        html! { <p class="notice" data-testid="stepper-bomb-note">{ (t.bomb_note)(all.len(), b) }</p> }
    });
    let found = visible.iter().position(|s| !s.unused_data.is_empty()).map(
        |i| html! { <p class="notice" data-testid="stepper-found">{ (t.first_unused)(i + 1) }</p> },
    );
    let refused = summary
        .as_ref()
        .and_then(|s| s.steps.as_ref().err().cloned())
        .map(StepError::Python);
    let failed = visible
        .iter()
        .find_map(|s| s.out.as_ref().err().cloned())
        .or(refused);
    let status = match compute.state() {
        ComputeState::Pending(_) => {
            Some(html! { <p class="hint" role="status">{ computing.working }</p> })
        }
        ComputeState::Failed(e) => Some(html! { <ErrorBox help={computing.error(e)} /> }),
        _ => None,
    };
    let python = summary
        .as_ref()
        .map(|s| s.python.clone())
        .unwrap_or_default();
    let unfed = summary.as_ref().map_or(0, |s| s.unfed as usize);
    let cut_short = summary.as_ref().is_some_and(|s| s.drain_cut_short);
    html! {
        <div class="zlib-stepper">
            <StepperControls {replay} {on_action} label={t.stepper_heading} />
            { opt(status) }
            if replay.at_start() { <p class="hint">{ t.not_started }</p> }
            { if unfed > 0 { html! { <p class="hint">{ (t.unfed)(unfed) }</p> } } else { html! {} } }
            <ol class="steps">{ for steps }</ol>
            { opt(found) }
            { opt(bomb_note) }
            { opt(cut_short.then(|| html! { <p class="hint" data-testid="stepper-drain-more">{ (t.drain_more)(MAX_DRAIN) }</p> })) }
            { opt(failed.map(|e| match e {
                StepError::OutputLimit(n) => html! { <ErrorBox help={(t.output_limit)(n as usize)} testid="stepper-error" /> },
                StepError::Python(text) => html! { <ErrorBox {text} testid="stepper-error" /> },
            })) }
            <details>
                <summary>{ t.python_heading }</summary>
                <pre class="code wrap" data-testid="stepper-python">{ python.clone() }</pre>
                <CopyButton text={python} label={kit.copy_python} />
            </details>
        </div>
    }
}

fn step_view(t: &super::words::CompressWords, i: usize, step: &StepView) -> Html {
    let hex = crate::hex::encode;
    let out_hex = step.out.as_ref().map(|o| hex(o)).unwrap_or_default();
    let returned = match &step.out {
        Ok(o) => {
            let shown = o.len();
            let note = if step.out_len as usize > shown {
                format!("  # {}", (t.shown_of)(shown, step.out_len as usize))
            } else {
                String::new()
            };
            format!("{} {}{note}", t.returned, bytes_repr(o))
        }
        // The lab's cap is not Python's: a comment in the learner's language.
        Err(StepError::OutputLimit(n)) => format!("# {}", (t.output_limit)(*n as usize)),
        Err(StepError::Python(text)) => text.clone(),
    };
    // A tail longer than the summary carries is said to be cut, never shown as whole.
    let shown_tail = step.unconsumed_tail.len();
    let tail_note = if step.tail_len as usize > shown_tail {
        format!("  # {}", (t.shown_of)(shown_tail, step.tail_len as usize))
    } else {
        String::new()
    };
    html! {
        <li data-testid="stepper-step" data-eof={py_bool(step.eof)}
            data-out-len={step.out_len.to_string()} data-tail-len={step.tail_len.to_string()}
            data-unused-hex={hex(&step.unused_data)} data-tail-hex={hex(&step.unconsumed_tail)}
            data-out-hex={out_hex} data-flush={py_bool(step.flush)}>
            <pre class="code wrap">{ format!(
                ">>> out = {}   # {}\n{returned}\nd.eof = {}\nd.unused_data = {}\nd.unconsumed_tail = {}",
                step.code,
                i + 1,
                py_bool(step.eof),
                bytes_repr(&step.unused_data),
                bytes_repr(&step.unconsumed_tail),
            ) }{ tail_note }</pre>
        </li>
    }
}

/// A call on the bomb: lengths and `out[:16]`, as a learner would ask the REPL (the
/// output and the tail are too big to print), and what the program holds after it.
fn bomb_step_view(
    t: &super::words::CompressWords,
    i: usize,
    step: &StepView,
    total: u64,
    bound: u64,
) -> Html {
    let held = step.out_len + step.tail_len;
    let shown = match &step.out {
        Ok(o) => format!(
            ">>> len(out), out[:{}]\n({}, {})\n>>> len(d.unconsumed_tail), d.eof, total\n({}, {}, {})\n# {}",
            o.len(),
            step.out_len,
            bytes_repr(o),
            step.tail_len,
            py_bool(step.eof),
            total,
            (t.bomb_held)(held, bound),
        ),
        Err(StepError::OutputLimit(n)) => format!("# {}", (t.output_limit)(*n as usize)),
        Err(StepError::Python(text)) => text.clone(),
    };
    html! {
        <li data-testid="stepper-step" data-eof={py_bool(step.eof)} data-flush="False"
            data-out-len={step.out_len.to_string()} data-tail-len={step.tail_len.to_string()}
            data-total={total.to_string()} data-held={held.to_string()}
            data-out-hex={step.out.as_ref().map(|o| crate::hex::encode(o)).unwrap_or_default()}
            data-unused-hex={crate::hex::encode(&step.unused_data)}>
            <pre class="code wrap">{ format!(">>> out = {}   # {}\n{shown}", step.code, i + 1) }</pre>
        </li>
    }
}
