//! `#/tls`: the lab's intro from the registry, then the Keys panel: an RSA key pair
//! generated in the TLS worker (`Job::RsaKey` through `use_compute`), with the prime
//! search's counters and a cancel button.
//! One component holds the panel's state; `keys_panel` draws it. Then the
//! Certificates panel (`cert_panel`) and the Handshake section (`handshake`), each a
//! frame later (`use_staged`).

use super::cert_panel::CertPanel;
use super::keys_panel::{key_view, progress_view};
use super::keys_toy::KeysToy;
use super::words::TlsWords;
use crate::labs::jobs::{Job, JobOutput, JobProgress, KEY_BITS};
use crate::ui::hooks::use_words;
use crate::ui::kit::compute::{use_compute, ComputeState, ComputeWords};
use crate::ui::kit::{opt, still_drawing, use_staged, ErrorBox, LabelledSelect};
use crate::ui::labs::Lab;
use crate::ui::shell::LabIntro;
use yew::prelude::*;

/// The size selected first: what a server certificate uses today.
const DEFAULT_BITS: u32 = 2048;

#[component]
pub fn TlsPage() -> Html {
    let t = &use_words::<TlsWords>().keys;
    let c = use_words::<ComputeWords>();
    let bits = use_state_eq(|| DEFAULT_BITS);
    let compute = use_compute();
    // The page's parts (the toy, certificates, handshake) appear a frame apart on first open: drawn and laid out
    // in one task they took over 50 ms.
    let stage = use_staged(4);
    let pending = matches!(compute.state(), ComputeState::Pending(_));

    let on_bits = {
        let bits = bits.clone();
        Callback::from(move |v: String| bits.set(v.parse().unwrap_or(DEFAULT_BITS)))
    };
    let on_generate = {
        let (compute, bits) = (compute.clone(), *bits);
        Callback::from(move |_: MouseEvent| compute.run(Job::RsaKey { bits }))
    };
    let on_cancel = {
        let compute = compute.clone();
        Callback::from(move |_: MouseEvent| compute.cancel())
    };
    let body = match compute.state() {
        ComputeState::Cancelled => html! { <p role="status">{ t.cancelled }</p> },
        ComputeState::Pending(progress) => {
            progress_view(t, c.working, progress.map(|JobProgress::RsaKey(p)| p))
        }
        ComputeState::Done(output) => {
            if let JobOutput::RsaKey(key) = &**output {
                key_view(t, key)
            } else {
                html! {}
            }
        }
        ComputeState::Failed(e) => html! { <ErrorBox help={c.error(e)} testid="key-error" /> },
        ComputeState::Idle => html! {},
    };
    let options = KEY_BITS
        .iter()
        .map(|b| {
            (
                AttrValue::from(b.to_string()),
                AttrValue::from(b.to_string()),
            )
        })
        .collect::<Vec<_>>();
    html! {
        <>
            <LabIntro lab={Lab::Tls} />
            <section class="panel" aria-labelledby="keys-heading">
                <h2 id="keys-heading">{ t.heading }</h2>
                <p>{ t.intro }</p>
                <LabelledSelect id="key-bits" label={html! { { t.bits_label } }} {options}
                    selected={AttrValue::from(bits.to_string())} on_change={on_bits} />
                <div class="actions">
                    <button type="button" data-testid="key-generate" onclick={on_generate}
                        disabled={pending}>{ t.generate }</button>
                    <button type="button" data-testid="key-cancel" onclick={on_cancel}
                        disabled={!pending}>{ c.cancel }</button>
                </div>
                { body }
                { opt((stage >= 2).then(|| html! { <KeysToy /> })) }
            </section>
            { opt((stage >= 3).then(|| html! { <CertPanel /> })) }
            { opt((stage >= 4).then(|| html! { <super::handshake::HandshakeSection /> })) }
            { still_drawing(stage, 4) }
        </>
    }
}
