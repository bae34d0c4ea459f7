//! The unpickler stepper: the kit's controls over a `Replay` of the session, each
//! frame (the opcode run, the stack, the memo) computed by the Web Worker
//! (`Job::UnpickleFrame`), so the machine never runs on the page.

use super::opcode_words::explain;
use super::words::SerializeWords;
use crate::labs::jobs::{Job, JobOutput};
use crate::labs::kit::{Annotated, Annotation, Role};
use crate::labs::unpickle::FrameSummary;
use crate::py::pickle::machine::StepNote;
use crate::ui::hooks::use_words;
use crate::ui::kit::compute::{use_compute, ComputeState, ComputeWords};
use crate::ui::kit::{opt, use_replay, ErrorBox, HexView, KitWords, StepperControls};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StepperProps {
    pub bytes: Rc<Vec<u8>>,
    /// Opcodes in the session (from the loads summary).
    pub total: usize,
}

/// Give this component a `key` per pickle: a new pickle starts a new session.
#[component]
pub fn Stepper(props: &StepperProps) -> Html {
    let kit = use_words::<KitWords>();
    let words = use_words::<SerializeWords>();
    let t = &words.loads;
    let computing = use_words::<ComputeWords>();
    let (replay, on_action) = use_replay(props.total);
    let compute = use_compute();
    {
        let (compute, bytes) = (compute.clone(), props.bytes.clone());
        use_effect_with(replay.shown(), move |shown| {
            compute.run(Job::UnpickleFrame {
                bytes: bytes.to_vec(),
                shown: *shown as u64,
            });
        });
    }
    // The last frame stays on screen while the next one is computed.
    let last_frame = use_mut_ref(|| None::<Rc<FrameSummary>>);
    if let ComputeState::Done(out) = compute.state() {
        if let JobOutput::Frame(f) = &**out {
            *last_frame.borrow_mut() = Some(Rc::new(f.clone()));
        }
    }
    let failed = match compute.state() {
        ComputeState::Failed(e) => Some(html! { <ErrorBox help={computing.error(e)} /> }),
        _ => None,
    };
    let frame = last_frame.borrow().clone();
    let cursor = use_state_eq(|| None::<usize>);
    let last = match frame.as_ref().and_then(|f| f.last.clone()) {
        None => html! {},
        Some((offset, _, name, note)) => {
            let note = match &note {
                StepNote::Plain => html! {},
                StepNote::WouldImport { module, name } => {
                    html! { <p class="danger-text">{ (t.would_import)(module, name) }</p> }
                }
                StepNote::WouldCall { callable, args } => {
                    html! { <p class="danger-text">{ (t.would_call)(callable, args) }</p> }
                }
                StepNote::Honoured { module, name } => {
                    html! { <p>{ (t.honoured)(module, name) }</p> }
                }
            };
            html! {
                <>
                    <p>{ format!("{}: ", t.last_opcode) }<code>{ format!("{offset:>5}: {name}") }</code></p>
                    { opt(explain(words.serialize.opcodes, &name).map(|text| html! {
                        <p class="hint">{ text }</p>
                    })) }
                    { note }
                </>
            }
        }
    };
    let status = match frame.as_ref() {
        Some(f) if f.done => t.stopped.to_owned(),
        Some(f) => (t.next_at)(f.position as usize),
        None => computing.working.to_owned(),
    };
    // Long stacks and memos are cut short like long listings: the DOM must stay small.
    let list = |items: Vec<String>, total: u64| {
        if items.is_empty() {
            html! { <p class="hint">{ t.empty }</p> }
        } else {
            let shown = items.len();
            html! {
                <>
                    <ol class="code stack">{ for items.into_iter().map(|i| html! { <li>{ i }</li> }) }</ol>
                    if (shown as u64) < total { <p class="hint">{ (kit.shown_of)(shown, total as usize) }</p> }
                </>
            }
        }
    };
    // The bytes of the opcode just run light up; hovering bytes only moves the cursor.
    let lit = frame
        .as_ref()
        .and_then(|f| f.last.as_ref().map(|l| (l.0, l.1, l.2.clone())));
    let data = use_memo((props.bytes.clone(), lit), |(bytes, lit)| {
        let fields = lit
            .iter()
            .map(|(offset, len, name)| {
                let start = usize::try_from(*offset).unwrap_or(usize::MAX);
                let end = start.saturating_add(usize::try_from(*len).unwrap_or(0));
                Annotation::bytes(name.clone(), start..end, Role::Whole)
            })
            .collect();
        Rc::new(Annotated {
            bytes: bytes.to_vec(),
            fields,
        })
    });
    let highlight = (!data.fields.is_empty()).then_some(0);
    let on_cursor = {
        let cursor = cursor.clone();
        Callback::from(move |i: usize| cursor.set(Some(i)))
    };
    let (stack, stack_len, memo, memo_len) = match frame.as_ref() {
        Some(f) => (
            f.stack_top.clone(),
            f.stack_len,
            f.memo.iter().map(|(k, v)| format!("{k}: {v}")).collect(),
            f.memo_len,
        ),
        None => (Vec::new(), 0, Vec::new(), 0),
    };
    html! {
        <section class="stepper" aria-labelledby="stepper-heading">
            <h3 id="stepper-heading">{ t.stepper_heading }</h3>
            <StepperControls {replay} {on_action} label={t.stepper_heading} />
            <HexView data={(*data).clone()} {highlight} cursor={*cursor} on_hover={on_cursor.clone()} {on_cursor}
                label={t.stepper_bytes_aria} />
            <div aria-live="polite">
                { last }
                <p class="hint" data-testid="stepper-status">{ status }</p>
            </div>
            { opt(failed) }
            <div class="stack-memo">
                <div><h4>{ t.stack }</h4>{ list(stack, stack_len) }</div>
                <div><h4>{ t.memo }</h4>{ list(memo, memo_len) }</div>
            </div>
        </section>
    }
}
