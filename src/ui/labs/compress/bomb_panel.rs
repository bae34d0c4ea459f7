//! The decompression bomb: built and inflated on a click, shown capped, counted
//! up to a limit, with `max_length` explained as the defence, and a second button
//! that puts the stepper on the bomb so the defence can be watched call by call.

use super::words::CompressWords;
use crate::labs::jobs::{Job, JobOutput};
use crate::ui::hooks::use_words;
use crate::ui::kit::compute::{use_compute, ComputeState, ComputeWords};
use crate::ui::kit::{opt, ErrorBox};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BombPanelProps {
    /// Puts the stepper on the bomb (the page's inputs).
    pub on_watch: Callback<()>,
}

/// Moves focus to the stepper's `max_length` box: the stepper is above, and the
/// learner's next move is to read its calls or change the limit.
fn focus_max_length() {
    use wasm_bindgen::JsCast;
    let input = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("stepper-max-length"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(input) = input {
        // A refused focus leaves it on this button, which is still there.
        let _ = input.focus();
    }
}

#[component]
pub fn BombPanel(props: &BombPanelProps) -> Html {
    let t = use_words::<CompressWords>();
    let computing = use_words::<ComputeWords>();
    let compute = use_compute();
    let onclick = {
        let compute = compute.clone();
        // Bounded work (the count stops at BOMB_COUNT_LIMIT), off the page's thread.
        Callback::from(move |_: MouseEvent| compute.run(Job::Bomb))
    };
    let on_watch = {
        let watch = props.on_watch.clone();
        Callback::from(move |_: MouseEvent| {
            watch.emit(());
            focus_max_length();
        })
    };
    let result = match compute.state() {
        ComputeState::Idle | ComputeState::Cancelled => None,
        ComputeState::Pending(_) => Some(html! {
            <p role="status" data-testid="bomb-pending">{ computing.working }</p>
        }),
        ComputeState::Done(output) => match &**output {
            JobOutput::Bomb(b) => Some(html! {
                <div data-testid="bomb-result" data-total={b.total.to_string()}
                    data-shown={b.shown.to_string()} role="status">
                    <p>{ (t.bomb_result)(b.stream_len as usize, b.claimed, b.total, b.stopped_at_limit) }</p>
                    <p>{ (t.bomb_shown)(b.shown as usize) }</p>
                    <p class="notice">{ t.bomb_defence }</p>
                </div>
            }),
            _ => None,
        },
        ComputeState::Failed(e) => Some(html! { <ErrorBox help={computing.error(e)} /> }),
    };
    html! {
        <section class="panel" aria-labelledby="bomb-heading">
            <h2 id="bomb-heading">{ t.bomb_heading }</h2>
            <p>{ t.bomb_text }</p>
            <div class="actions">
                <button type="button" class="danger-button" data-testid="bomb-load" {onclick}>{ t.bomb_load }</button>
                <button type="button" data-testid="bomb-watch" onclick={on_watch}>{ t.bomb_watch }</button>
            </div>
            { opt(result) }
        </section>
    }
}
