//! The unpickler stepper: Next / Run to end / Reset over the pure
//! `labs::unpickle::Stepper`, showing the opcode run, the stack and the memo.

use super::HexView;
use crate::labs::serialize::DIS_VIEW_MAX;
use crate::labs::unpickle::{self, StepAction};
use crate::py::pickle::machine::StepNote;
use crate::py::pickle::opinfo;
use crate::ui::hooks::{use_lang, use_texts};
use crate::ui::i18n::Lang;
use std::rc::Rc;
use yew::prelude::*;

/// The reducer: a thin adapter over the pure `Stepper::step`.
#[derive(PartialEq)]
struct StepperState(unpickle::Stepper);

impl Reducible for StepperState {
    type Action = StepAction;
    fn reduce(self: Rc<Self>, action: StepAction) -> Rc<Self> {
        if self.0.done && action != StepAction::Reset {
            return self;
        }
        Rc::new(StepperState(self.0.step(action)))
    }
}

#[derive(Properties, PartialEq)]
pub struct StepperProps {
    pub bytes: Rc<Vec<u8>>,
}

#[component]
pub fn Stepper(props: &StepperProps) -> Html {
    let ts = &use_texts().serialize;
    let t = &use_texts().loads;
    let lang = use_lang();
    let bytes = props.bytes.clone();
    let cursor = use_state_eq(|| None::<usize>);
    let state = use_reducer(move || StepperState(unpickle::Stepper::new(&bytes)));
    let s = &state.0;
    let button = |action: StepAction, label: &'static str, testid: Option<&'static str>| {
        let state = state.clone();
        let onclick = Callback::from(move |_: MouseEvent| state.dispatch(action));
        let disabled = s.done && action != StepAction::Reset;
        html! { <button type="button" data-testid={testid} {disabled} {onclick}>{ label }</button> }
    };
    let last = match s.last() {
        None => html! { <p>{ t.not_started }</p> },
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
                    { for opinfo::by_name(step.name).map(|i| html! {
                        <p class="hint">{ match lang { Lang::En => i.en, Lang::Ko => i.ko } }</p>
                    }) }
                    { note }
                </>
            }
        }
    };
    let status = if s.done {
        t.stopped.to_owned()
    } else {
        (t.next_at)(s.position())
    };
    let list = |items: Vec<String>| {
        if items.is_empty() {
            html! { <p class="hint">{ t.empty }</p> }
        } else {
            // Long stacks are cut short like long listings: the DOM must stay small.
            let total = items.len();
            let shown = total.min(DIS_VIEW_MAX);
            html! {
                <>
                    <ol class="code stack">{ for items.into_iter().take(shown).map(|i| html! { <li>{ i }</li> }) }</ol>
                    if shown < total { <p class="hint">{ (ts.shown_of)(shown, total) }</p> }
                </>
            }
        }
    };
    // The bytes of the opcode just run light up; hovering bytes only moves the cursor.
    let highlight = s
        .last()
        .map(|st| st.offset..st.offset.saturating_add(st.len));
    let on_select_byte = {
        let cursor = cursor.clone();
        Callback::from(move |i: usize| cursor.set(Some(i)))
    };
    let memo = s
        .memo()
        .into_iter()
        .map(|(k, v)| format!("{k}: {v}"))
        .collect();
    html! {
        <section class="stepper" aria-labelledby="stepper-heading">
            <h3 id="stepper-heading">{ t.stepper_heading }</h3>
            <div class="buttons">
                { button(StepAction::Next, t.next, Some("step-next")) }
                { button(StepAction::RunToEnd, t.run_to_end, None) }
                { button(StepAction::Reset, t.reset, Some("step-reset")) }
            </div>
            <HexView bytes={props.bytes.clone()} {highlight} cursor={*cursor} {on_select_byte}
                label={t.stepper_bytes_aria} />
            <div aria-live="polite">
                { last }
                <p class="hint">{ status }</p>
            </div>
            <div class="stack-memo">
                <div><h4>{ t.stack }</h4>{ list(s.stack()) }</div>
                <div><h4>{ t.memo }</h4>{ list(memo) }</div>
            </div>
        </section>
    }
}
