//! The length leak (CRIME) beside the handshake: the victim's cookie and Eve's
//! guesses, each request compressed in the general worker (`Job::CompressedSizes`),
//! and the record length Eve sees for each (`labs::tls::length_leak`). Compression
//! off needs no job: every record is the plaintext's length plus the same overhead.
//! Nothing runs until the learner presses Send (the page fetches no worker on its own).

use super::words::TlsWords;
use crate::labs::jobs::{Job, JobOutput};
use crate::labs::tls::length_leak::{
    requests, summarize, LeakRequest, LeakSummary, DEFAULT_GUESSES, DEFAULT_SECRET,
};
use crate::ui::hooks::use_words;
use crate::ui::kit::compute::{use_compute, ComputeState, ComputeWords};
use crate::ui::kit::ErrorBox;
use yew::prelude::*;

fn text_of(e: &InputEvent) -> Option<String> {
    use wasm_bindgen::JsCast;
    let target = e.target()?;
    if let Some(i) = target.dyn_ref::<web_sys::HtmlInputElement>() {
        return Some(i.value());
    }
    target
        .dyn_ref::<web_sys::HtmlTextAreaElement>()
        .map(|t| t.value())
}

#[component]
pub fn LengthLeak() -> Html {
    let t = &use_words::<TlsWords>().handshake;
    let c = use_words::<ComputeWords>();
    let secret = use_state_eq(|| DEFAULT_SECRET.to_owned());
    let guesses = use_state_eq(|| DEFAULT_GUESSES.join("\n"));
    let compress = use_state_eq(|| true);
    let started = use_state_eq(|| false);
    let compute = use_compute();
    let req = LeakRequest {
        secret: (*secret).clone(),
        guesses: guesses
            .lines()
            .map(str::trim)
            .filter(|g| !g.is_empty())
            .map(str::to_owned)
            .collect(),
        compress: *compress,
    };
    let texts = requests(&req);
    {
        // Each change of the requests (with compression on) asks the worker again.
        let compute = compute.clone();
        use_effect_with(
            (texts.clone().ok(), *compress, *started),
            move |(texts, on, go)| {
                if let (Some(texts), true, true) = (texts, *on, *go) {
                    compute.run(Job::CompressedSizes(texts.clone()));
                }
            },
        );
    }
    let result: Html = match &texts {
        _ if !*started => html! {},
        Err(p) => html! { <ErrorBox help={(t.leak_problem)(*p)} testid="hs-leak-error" /> },
        Ok(texts) if !*compress => table(t, summarize(&req, texts, None)),
        Ok(texts) => match compute.state() {
            ComputeState::Done(out) => match &**out {
                JobOutput::CompressedSizes(Ok(sizes)) => {
                    table(t, summarize(&req, texts, Some(sizes)))
                }
                JobOutput::CompressedSizes(Err(e)) => {
                    html! { <ErrorBox help={e.clone()} testid="hs-leak-error" /> }
                }
                _ => html! {},
            },
            ComputeState::Failed(e) => {
                html! { <ErrorBox help={c.error(e)} testid="hs-leak-error" /> }
            }
            _ => html! { <p role="status">{ c.working }</p> },
        },
    };
    let on_secret = {
        let secret = secret.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(v) = text_of(&e) {
                secret.set(v);
            }
        })
    };
    let on_guesses = {
        let guesses = guesses.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(v) = text_of(&e) {
                guesses.set(v);
            }
        })
    };
    let on_compress = {
        let compress = compress.clone();
        Callback::from(move |e: Event| {
            compress.set(
                e.target_dyn_into::<web_sys::HtmlInputElement>()
                    .is_some_and(|i| i.checked()),
            )
        })
    };
    html! {
        <section aria-labelledby="hs-leak-heading">
            <h3 id="hs-leak-heading">{ t.leak_heading }</h3>
            <p>{ t.leak_intro }</p>
            <div class="controls">
                <label for="hs-leak-secret">{ t.leak_secret_label }</label>
                <input id="hs-leak-secret" data-testid="hs-leak-secret" type="text" class="code"
                    spellcheck="false" autocomplete="off" value={(*secret).clone()} oninput={on_secret} />
            </div>
            <div class="controls">
                <label for="hs-leak-guesses">{ t.leak_guesses_label }</label>
                <textarea id="hs-leak-guesses" data-testid="hs-leak-guesses" class="code" rows="5"
                    spellcheck="false" value={(*guesses).clone()} oninput={on_guesses} />
            </div>
            <label>
                <input type="checkbox" data-testid="hs-leak-compress" checked={*compress} onchange={on_compress} />
                { " " }{ t.leak_compress_label }
            </label>
            <div class="actions">
                <button type="button" data-testid="hs-leak-run" onclick={
                    let started = started.clone();
                    move |_: MouseEvent| started.set(true)
                }>{ t.leak_run }</button>
            </div>
            <p class="hint">{ t.leak_formula }</p>
            { result }
        </section>
    }
}

/// The records Eve sees, and what she learns from them.
fn table(t: &super::hs_words::HandshakeWords, s: Option<LeakSummary>) -> Html {
    let Some(s) = s else {
        return html! {};
    };
    let rows = s.rows.iter().enumerate().map(|(i, r)| {
        let shortest = s.shortest == Some(i);
        html! {
            <tr data-testid="hs-leak-row" data-guess={r.guess.clone()}
                data-record-len={r.record_len.to_string()} data-shortest={shortest.to_string()}
                class={classes!(shortest.then_some("hs-leak-shortest"))}>
                <td><code>{ r.guess.clone() }</code></td>
                <td>{ r.plain_len }</td>
                <td>{ r.sealed_len }</td>
                <td>{ r.record_len }</td>
            </tr>
        }
    });
    let found = s
        .shortest
        .and_then(|i| s.rows.get(i))
        .map(|r| r.guess.clone());
    let verdict = match (&found, s.compress) {
        (Some(g), _) => (t.leak_found)(g),
        (None, true) => t.leak_tie.to_owned(),
        (None, false) => t.leak_off.to_owned(),
    };
    html! {
        <>
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="hs-leak-heading">
                <table>
                    <tr>{ for t.leak_cols.iter().map(|c| html! { <th scope="col">{ *c }</th> }) }</tr>
                    { for rows }
                </table>
            </div>
            <p data-testid="hs-leak-verdict" data-found={found.unwrap_or_default()} role="status">{ verdict }</p>
        </>
    }
}
