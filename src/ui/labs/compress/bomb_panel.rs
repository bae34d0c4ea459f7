//! The decompression bomb: built and inflated on a click, shown capped, counted
//! up to a limit, with `max_length` explained as the defence.

use super::words::CompressWords;
use crate::labs::jobs::{Job, JobOutput};
use crate::ui::hooks::use_words;
use crate::ui::kit::compute::{use_compute, ComputeState, ComputeWords};
use crate::ui::kit::{opt, ErrorBox};
use yew::prelude::*;

#[component]
pub fn BombPanel() -> Html {
    let t = use_words::<CompressWords>();
    let computing = use_words::<ComputeWords>();
    let compute = use_compute();
    let onclick = {
        let compute = compute.clone();
        // Bounded work (the count stops at BOMB_COUNT_LIMIT), off the page's thread.
        Callback::from(move |_: MouseEvent| compute.run(Job::Bomb))
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
            <button type="button" class="danger-button" data-testid="bomb-load" {onclick}>{ t.bomb_load }</button>
            { opt(result) }
        </section>
    }
}
