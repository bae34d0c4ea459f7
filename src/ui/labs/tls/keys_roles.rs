//! The two roles of the key the Keys panel made: encrypt with the public key and
//! decrypt with the private key, sign with the private key and verify with the
//! public key, each optionally with one bit flipped on the way (`Job::KeyRoles`, in
//! the Web Worker; the learning key travels there as DER).

use super::words::TlsWords;
use crate::labs::jobs::{Job, JobOutput};
use crate::labs::tls::keys_roles::{RolesProblem, RolesRequest, FLIPPED_BYTE};
use crate::ui::hooks::use_words;
use crate::ui::kit::compute::{use_compute, ComputeState, ComputeWords};
use crate::ui::kit::{opt, ErrorBox};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct KeyRolesProps {
    /// The private key, PKCS#8 DER.
    pub der: Rc<Vec<u8>>,
}

#[component]
pub fn KeyRoles(props: &KeyRolesProps) -> Html {
    let t = &use_words::<TlsWords>().roles;
    let c = use_words::<ComputeWords>();
    let message = use_state(|| t.sample.to_string());
    let flips = use_state_eq(|| (false, false));
    let compute = use_compute();
    let run = {
        let (compute, der, message) = (compute.clone(), props.der.clone(), message.clone());
        move |(flip_ciphertext, flip_signature): (bool, bool)| {
            compute.run(Job::KeyRoles(RolesRequest {
                key_der: (*der).clone(),
                message: (*message).clone(),
                flip_ciphertext,
                flip_signature,
            }))
        }
    };
    let on_message = {
        let message = message.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            message.set(input.value());
        })
    };
    let on_run = {
        let (run, flips) = (run.clone(), flips.clone());
        Callback::from(move |_: MouseEvent| run(*flips))
    };
    let toggle = |which: usize| {
        let (run, flips, done) = (
            run.clone(),
            flips.clone(),
            !matches!(compute.state(), ComputeState::Idle),
        );
        Callback::from(move |_: Event| {
            let (a, b) = *flips;
            let next = if which == 0 { (!a, b) } else { (a, !b) };
            flips.set(next);
            if done {
                run(next);
            }
        })
    };
    let result = match compute.state() {
        ComputeState::Pending(_) => Some(html! { <p role="status">{ c.working }</p> }),
        ComputeState::Failed(e) => {
            Some(html! { <ErrorBox help={c.error(e)} testid="role-error" /> })
        }
        ComputeState::Done(out) => match &**out {
            JobOutput::KeyRoles(Err(p)) => {
                let help = match p {
                    RolesProblem::TooLong { max } => (t.too_long)(*max),
                    RolesProblem::Failed(why) => why.clone(),
                };
                Some(html! { <ErrorBox {help} testid="role-error" /> })
            }
            JobOutput::KeyRoles(Ok(r)) => Some(html! {
                <div data-testid="role-result" data-decrypted={r.decrypted.clone().unwrap_or_default()}
                    data-verified={r.verified.to_string()}>
                    <p>{ t.ciphertext }</p>
                    <code class="wrap">{ crate::hex::encode(&r.ciphertext) }</code>
                    { match &r.decrypted {
                        Some(m) => html! { <p class="ok">{ t.decrypted }{ " " }<code>{ m.clone() }</code></p> },
                        None => html! { <p class="error-text">{ t.decrypt_failed }</p> },
                    } }
                    <p>{ t.signature }</p>
                    <code class="wrap">{ crate::hex::encode(&r.signature) }</code>
                    { if r.verified {
                        html! { <p class="ok">{ t.verified }</p> }
                    } else {
                        html! { <p class="error-text">{ t.not_verified }</p> }
                    } }
                </div>
            }),
            _ => None,
        },
        ComputeState::Idle | ComputeState::Cancelled => None,
    };
    let (flip_c, flip_s) = *flips;
    html! {
        <div class="key-roles">
            <h3>{ t.heading }</h3>
            <p>{ t.intro }</p>
            <label for="role-message">{ t.message }</label>
            <input id="role-message" type="text" data-testid="role-message" value={(*message).clone()} oninput={on_message} />
            <label><input type="checkbox" data-testid="role-flip-ciphertext" checked={flip_c} onchange={toggle(0)} />
                { (t.flip_ciphertext)(FLIPPED_BYTE) }</label>
            <label><input type="checkbox" data-testid="role-flip-signature" checked={flip_s} onchange={toggle(1)} />
                { (t.flip_signature)(FLIPPED_BYTE) }</label>
            <div class="actions">
                <button type="button" data-testid="role-run" onclick={on_run}>{ t.run }</button>
            </div>
            { opt(result) }
        </div>
    }
}
