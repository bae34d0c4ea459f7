//! The 8-byte-packet exercise, finished: first the learner's prediction (checked by
//! the engine), then the book's receiver, which strips the '.', starts a new
//! `decompressobj` on the rest and gets `b'flat'`, beside `zlib.decompress` on the
//! same bytes (only `b'sparse'`). zlib runs in the Web Worker (`Job::Exercise`).

use super::words::CompressWords;
use crate::labs::compress::{check_prediction, ExerciseSummary, PredictionCheck};
use crate::labs::jobs::{Job, JobOutput};
use crate::py::repr::bytes_repr;
use crate::ui::hooks::use_words;
use crate::ui::kit::compute::{use_compute, ComputeState, ComputeWords};
use crate::ui::kit::{opt, ErrorBox};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The receive loop a learner writes (as in `zlib::exercise`).
const RECEIVE_LOOP: &str = "import zlib
packets = [stream[i:i + 8] for i in range(0, len(stream), 8)]
d, message, messages = zlib.decompressobj(), b'', []
for packet in packets:
    data = packet
    while data:
        message += d.decompress(data)
        data = b''
        if d.eof:                      # this message is complete
            messages.append(message)
            rest = d.unused_data       # what arrived after it
            data = rest[1:] if rest[:1] == b'.' else rest   # drop the '.'
            d, message = zlib.decompressobj(), b''
print(messages)
print(zlib.decompress(stream))";

fn value(e: &InputEvent) -> String {
    e.target_dyn_into::<HtmlInputElement>()
        .map(|i| i.value())
        .unwrap_or_default()
}

fn verdict(ok: Option<bool>, right: &str, wrong: &str, unread: &str) -> Html {
    let (class, text) = match ok {
        Some(true) => ("ok", right),
        Some(false) => ("error-text", wrong),
        None => ("hint", unread),
    };
    html! { <p class={class}>{ text.to_owned() }</p> }
}

#[component]
pub fn ReceiverPanel() -> Html {
    let t = use_words::<CompressWords>();
    let computing = use_words::<ComputeWords>();
    let compute = use_compute();
    {
        let compute = compute.clone();
        use_effect_with((), move |_| compute.run(Job::Exercise));
    }
    let call = use_state(String::new);
    let unused = use_state(String::new);
    let checked = use_state_eq(|| None::<PredictionCheck>);
    let finished = use_state_eq(|| false);
    let view: Rc<ExerciseSummary> = match compute.state() {
        ComputeState::Done(out) => match &**out {
            JobOutput::Exercise(Ok(v)) => Rc::new(v.clone()),
            JobOutput::Exercise(Err(e)) => return html! { <ErrorBox text={e.clone()} /> },
            _ => return html! {},
        },
        ComputeState::Failed(e) => return html! { <ErrorBox help={computing.error(e)} /> },
        _ => return html! { <p class="hint" role="status">{ computing.working }</p> },
    };
    let on_call = {
        let call = call.clone();
        Callback::from(move |e: InputEvent| call.set(value(&e)))
    };
    let on_unused = {
        let unused = unused.clone();
        Callback::from(move |e: InputEvent| unused.set(value(&e)))
    };
    let on_check = {
        let (view, call, unused, checked) =
            (view.clone(), call.clone(), unused.clone(), checked.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            checked.set(Some(check_prediction(
                view.eof_call,
                &view.unused_at_eof,
                &call,
                &unused,
            )));
        })
    };
    let on_finish = {
        let finished = finished.clone();
        Callback::from(move |_: MouseEvent| finished.set(true))
    };
    let result = (*checked).map(|c| {
        html! {
            <div data-testid="predict-result" data-call={format!("{:?}", c.call)} data-unused={format!("{:?}", c.unused)} role="status">
                { verdict(c.call, t.predict_call_right, t.predict_call_wrong, t.predict_call_unread) }
                { verdict(c.unused, t.predict_unused_right, t.predict_unused_wrong, t.predict_unused_unread) }
            </div>
        }
    });
    let finish = (*finished).then(|| {
        let messages: Vec<String> = view.messages.iter().map(|m| bytes_repr(m)).collect();
        let one_shot = match &view.one_shot {
            Ok(out) => bytes_repr(out),
            Err(e) => e.to_string(),
        };
        html! {
            <div data-testid="receiver-result" data-messages={messages.join(",")} data-decompress={one_shot.clone()}>
                <pre class="code wrap">{ RECEIVE_LOOP }</pre>
                <pre class="code wrap" data-testid="receiver-output">{ format!("[{}]\n{one_shot}", messages.join(", ")) }</pre>
                <p>{ (t.finish_messages)(messages.len()) }</p>
                <p>{ t.finish_one_shot }</p>
                <p>{ t.finish_grows }</p>
                <p>{ (t.finish_short_packet)(view.stream.len(), view.packet_lens.last().map_or(0, |&n| n as usize)) }</p>
            </div>
        }
    });
    html! {
        <div class="receiver card">
            <h3>{ t.predict_heading }</h3>
            <p>{ t.predict_intro }</p>
            <form class="controls" onsubmit={on_check}>
                <label for="predict-call">{ t.predict_call_label }</label>
                <input id="predict-call" data-testid="predict-call" type="text" inputmode="numeric"
                    value={(*call).clone()} oninput={on_call} />
                <label for="predict-unused">{ t.predict_unused_label }</label>
                <input id="predict-unused" data-testid="predict-unused" type="text" class="code"
                    spellcheck="false" autocomplete="off" value={(*unused).clone()} oninput={on_unused} />
                <button type="submit" data-testid="predict-check">{ t.predict_check }</button>
            </form>
            { opt(result) }
            <h3>{ t.finish_heading }</h3>
            <p>{ t.finish_intro }</p>
            <button type="button" data-testid="receiver-finish" onclick={on_finish}>{ t.finish_button }</button>
            { opt(finish) }
        </div>
    }
}
