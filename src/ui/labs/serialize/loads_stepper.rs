//! The unpickler stepper: the kit's controls over a `Replay` of the pure
//! `labs::unpickle::UnpickleSession`, showing the opcode run, the stack and the memo.

use super::opcode_words::explain;
use super::words::SerializeWords;
use crate::labs::kit::{Annotated, Annotation, Role};
use crate::labs::serialize::DIS_VIEW_MAX as VIEW_MAX;
use crate::labs::unpickle::UnpickleSession;
use crate::py::pickle::machine::StepNote;
use crate::ui::hooks::use_words;
use crate::ui::kit::opt;
use crate::ui::kit::{use_replay, HexView, KitWords, StepperControls};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StepperProps {
    pub bytes: Rc<Vec<u8>>,
}

/// Give this component a `key` per pickle: a new pickle starts a new session.
#[component]
pub fn Stepper(props: &StepperProps) -> Html {
    let kit = use_words::<KitWords>();
    let words = use_words::<SerializeWords>();
    let t = &words.loads;
    let session = use_memo(props.bytes.clone(), |b| UnpickleSession::new(b));
    let (replay, on_action) = use_replay(session.replay().total());
    let frame = use_memo((session.clone(), replay.shown()), |(s, shown)| {
        s.frame(*shown)
    });
    let cursor = use_state_eq(|| None::<usize>);
    let last = match &frame.last {
        None => html! {},
        Some(step) => {
            let note = match &step.note {
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
                    <p>{ format!("{}: ", t.last_opcode) }<code>{ format!("{:>5}: {}", step.offset, step.name) }</code></p>
                    { opt(explain(words.serialize.opcodes, step.name).map(|text| html! {
                        <p class="hint">{ text }</p>
                    })) }
                    { note }
                </>
            }
        }
    };
    let status = if frame.done {
        t.stopped.to_owned()
    } else {
        (t.next_at)(frame.position())
    };
    // Long stacks and memos are cut short like long listings: the DOM must stay small.
    let list = |items: Vec<String>, total: usize| {
        if items.is_empty() {
            html! { <p class="hint">{ t.empty }</p> }
        } else {
            let shown = items.len();
            html! {
                <>
                    <ol class="code stack">{ for items.into_iter().map(|i| html! { <li>{ i }</li> }) }</ol>
                    if shown < total { <p class="hint">{ (kit.shown_of)(shown, total) }</p> }
                </>
            }
        }
    };
    // The bytes of the opcode just run light up; hovering bytes only moves the cursor.
    let data = use_memo(
        (props.bytes.clone(), frame.last.clone()),
        |(bytes, last)| {
            let fields = last
                .iter()
                .map(|st| {
                    let end = st.offset.saturating_add(st.len);
                    Annotation::bytes(st.name, st.offset..end, Role::Whole)
                })
                .collect();
            Rc::new(Annotated {
                bytes: bytes.to_vec(),
                fields,
            })
        },
    );
    let highlight = frame.last.as_ref().map(|_| 0);
    let on_cursor = {
        let cursor = cursor.clone();
        Callback::from(move |i: usize| cursor.set(Some(i)))
    };
    let memo_all = frame.memo();
    let memo_len = memo_all.len();
    let memo = memo_all
        .into_iter()
        .take(VIEW_MAX)
        .map(|(k, v)| format!("{k}: {v}"))
        .collect();
    html! {
        <section class="stepper" aria-labelledby="stepper-heading">
            <h3 id="stepper-heading">{ t.stepper_heading }</h3>
            <StepperControls {replay} {on_action} label={t.stepper_heading} />
            <HexView data={(*data).clone()} {highlight} cursor={*cursor} on_hover={on_cursor.clone()} {on_cursor}
                label={t.stepper_bytes_aria} />
            <div aria-live="polite">
                { last }
                <p class="hint">{ status }</p>
            </div>
            <div class="stack-memo">
                <div><h4>{ t.stack }</h4>{ list(frame.stack_top(VIEW_MAX), frame.stack_len()) }</div>
                <div><h4>{ t.memo }</h4>{ list(memo, memo_len) }</div>
            </div>
        </section>
    }
}
