//! The Keys panel: an RSA key pair generated in the Web Worker (`Job::RsaKey`
//! through `use_compute`), the prime search's counters while it runs, a cancel
//! button, then n, e, d, p, q with their sizes.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::words::{KeysWords, TlsWords};
use crate::labs::jobs::{Job, JobOutput, JobProgress, KeyNumbers, KEY_BITS};
use crate::tls::pki::KeygenProgress;
use crate::ui::hooks::use_words;
use crate::ui::kit::compute::{use_compute, ComputeState, ComputeWords};
use crate::ui::kit::ErrorBox;

/// The size selected first: what a server certificate uses today.
const DEFAULT_BITS: u32 = 2048;

/// The numbers shown (the CRT values dP, dQ, qInv stay in the key).
const SHOWN: [&str; 5] = ["n", "e", "d", "p", "q"];

#[component]
pub fn KeysPanel() -> Html {
    let t = &use_words::<TlsWords>().keys;
    let c = use_words::<ComputeWords>();
    let bits = use_state_eq(|| DEFAULT_BITS);
    let compute = use_compute();
    let cancelled = use_state_eq(|| false);
    let pending = matches!(compute.state(), ComputeState::Pending(_));

    let on_bits = {
        let bits = bits.clone();
        Callback::from(move |e: Event| {
            let value = e.target_dyn_into::<HtmlSelectElement>().map(|s| s.value());
            if let Some(b) = value.and_then(|v| v.parse::<u32>().ok()) {
                bits.set(b);
            }
        })
    };
    let on_generate = {
        let (compute, bits, cancelled) = (compute.clone(), *bits, cancelled.clone());
        Callback::from(move |_: MouseEvent| {
            cancelled.set(false);
            compute.run(Job::RsaKey { bits });
        })
    };
    let on_cancel = {
        let (compute, cancelled) = (compute.clone(), cancelled.clone());
        Callback::from(move |_: MouseEvent| {
            compute.cancel();
            cancelled.set(true);
        })
    };

    let body = match compute.state() {
        ComputeState::Idle if *cancelled => html! { <p role="status">{ t.cancelled }</p> },
        ComputeState::Idle => html! {},
        ComputeState::Pending(progress) => {
            let counters = progress.map(|JobProgress::RsaKey(p)| p);
            html! {
                <div data-testid="key-progress" role="status" aria-live="off">
                    <p>{ c.working }</p>
                    { for counters.map(|p| progress_view(t, &p)) }
                </div>
            }
        }
        ComputeState::Done(output) => match &**output {
            JobOutput::RsaKey(key) => key_view(t, key),
            JobOutput::LevelSizes(_) | JobOutput::Bomb(_) => html! {},
        },
        ComputeState::Failed(e) => html! { <ErrorBox help={c.error(e)} testid="key-error" /> },
    };

    html! {
        <section class="panel" aria-labelledby="keys-heading">
            <h2 id="keys-heading">{ t.keys_heading }</h2>
            <p>{ t.keys_intro }</p>
            <div class="controls">
                <label for="key-bits">{ t.bits_label }</label>
                <select id="key-bits" data-testid="key-bits" onchange={on_bits} disabled={pending}>
                    { for KEY_BITS.iter().map(|b| html! {
                        <option value={b.to_string()} selected={*b == *bits}>{ (t.bits_option)(*b) }</option>
                    }) }
                </select>
                <button type="button" data-testid="key-generate" onclick={on_generate}
                    disabled={pending}>{ t.generate }</button>
                <button type="button" data-testid="key-cancel" onclick={on_cancel}
                    disabled={!pending}>{ c.cancel }</button>
            </div>
            { body }
        </section>
    }
}

/// The search's counters, as a definition list.
fn progress_view(t: &KeysWords, p: &KeygenProgress) -> Html {
    let row = |label: &'static str, value: String, testid: &'static str| {
        html! { <><dt>{ label }</dt><dd data-testid={testid}>{ value }</dd></> }
    };
    html! {
        <>
            <h3>{ t.progress_heading }{ ": " }{ (t.phase)(p.phase) }</h3>
            <dl class="counters">
                { row(t.tried, p.candidates_tried.to_string(), "key-tried") }
                { row(t.sieved, p.sieved_out.to_string(), "key-sieved") }
                { row(t.tests, p.primality_tests.to_string(), "key-tests") }
                { row(t.primes, p.primes_found.to_string(), "key-primes") }
            </dl>
        </>
    }
}

/// The finished key: its numbers in hex with their sizes.
fn key_view(t: &KeysWords, key: &KeyNumbers) -> Html {
    let hex = |symbol: &str| key.part(symbol).map(|p| p.hex()).unwrap_or_default();
    let s = &key.search;
    html! {
        <div data-testid="key-result" data-bits={key.bits.to_string()}
            data-n={hex("n")} data-e={hex("e")} data-d={hex("d")} data-p={hex("p")} data-q={hex("q")}>
            <h3>{ (t.result_heading)(key.bits) }</h3>
            <p>{ (t.search_summary)(s.candidates_tried, s.sieved_out, s.primality_tests) }</p>
            <div class="table-wrap">
                <table class="key-parts">
                    <thead><tr>
                        <th scope="col">{ t.col_symbol }</th><th scope="col">{ t.col_name }</th>
                        <th scope="col">{ t.col_bits }</th><th scope="col">{ t.col_value }</th>
                    </tr></thead>
                    <tbody>
                        { for SHOWN.iter().filter_map(|s| key.part(s)).map(|part| html! {
                            <tr>
                                <th scope="row"><var>{ part.symbol.clone() }</var></th>
                                <td>{ (t.part_name)(&part.symbol) }</td>
                                <td data-testid={format!("key-bits-{}", part.symbol)}>{ part.bits().to_string() }</td>
                                <td><code class="number">{ part.hex() }</code></td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <p class="notice">{ t.public_note }{ " " }{ t.private_note }</p>
        </div>
    }
}
