//! The Certificates panel: a host name, "make" (a fresh CA, server certificate and
//! gallery from the Web Worker, `Job::CertMake`), the client's clock as a slider,
//! and the verification redone in the worker (`Job::CertVerify`) whenever the clock
//! or the host changes. The previous verdict stays on screen while the next one runs.

use super::cert_view::{date_text, gallery_view, pem_view, verify_view};
use super::words::TlsWords;
use crate::labs::jobs::{Job, JobOutput};
use crate::labs::tls::cert_check::{CertCheck, CheckRequest};
use crate::labs::tls::cert_make::{check_host, CertRequest};
use crate::labs::tls::cert_tree::annotate;
use crate::ui::hooks::use_words;
use crate::ui::kit::compute::{use_compute, ComputeState, ComputeWords};
use crate::ui::kit::{opt, ErrorBox, FieldList, HexView};
use std::rc::Rc;
use yew::prelude::*;

/// The host the panel starts with.
const DEFAULT_HOST: &str = "wirelab.example";
/// The clock spans the server certificate's window and this much either side.
const MARGIN: u64 = 10 * 86_400;
/// The clock's step: a minute.
const CLOCK_STEP: u64 = 60;

fn now_seconds() -> u64 {
    (js_sys::Date::now() / 1000.0) as u64
}

#[component]
pub fn CertPanel() -> Html {
    let t = &use_words::<TlsWords>().certs;
    let c = use_words::<ComputeWords>();
    let host = use_state(|| DEFAULT_HOST.to_string());
    let clock = use_state_eq(|| None::<u64>);
    let make = use_compute();
    let verify = use_compute();
    let last = use_mut_ref(|| None::<Rc<JobOutput>>);
    let field = use_state_eq(|| None::<usize>);
    let byte = use_state_eq(|| None::<usize>);
    let output = match make.state() {
        ComputeState::Done(out) => Some(out.clone()),
        _ => None,
    };
    let set = output.as_ref().and_then(|o| match &**o {
        JobOutput::CertMade(Ok(set)) => Some(set),
        _ => None,
    });
    let data = use_memo(output.clone(), |o| {
        o.as_ref().and_then(|o| match &**o {
            JobOutput::CertMade(Ok(s)) => Some(Rc::new(annotate(&s.server.der, &s.server.fields))),
            _ => None,
        })
    });
    let host_problem = check_host(host.trim()).err();
    let pending = matches!(make.state(), ComputeState::Pending(_));

    // Re-verify the current set at `now` for `name` (unless a check is still running
    // and this is only a step of a drag).
    let reverify = {
        let (verify, output) = (verify.clone(), output.clone());
        Rc::new(move |now: u64, name: String, always: bool| {
            let Some(JobOutput::CertMade(Ok(s))) = output.as_deref() else {
                return;
            };
            if !always && matches!(verify.state(), ComputeState::Pending(_)) {
                return;
            }
            verify.run(Job::CertVerify(CheckRequest {
                chain: vec![s.server.der.clone()],
                anchors: vec![s.ca.der.clone()],
                now,
                host: name,
            }));
        })
    };
    let on_host = {
        let (host, clock, reverify) = (host.clone(), clock.clone(), reverify.clone());
        let set_now = set.map(|s| s.now);
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let value = input.value();
            if let Some(now) = (*clock).or(set_now) {
                reverify(now, value.trim().to_string(), true);
            }
            host.set(value);
        })
    };
    let on_make = {
        let (make, verify, host, clock, last) = (
            make.clone(),
            verify.clone(),
            host.clone(),
            clock.clone(),
            last.clone(),
        );
        let (field, byte) = (field.clone(), byte.clone());
        Callback::from(move |_: MouseEvent| {
            verify.cancel();
            *last.borrow_mut() = None;
            clock.set(None);
            field.set(None);
            byte.set(None);
            make.run(Job::CertMake(CertRequest {
                host: host.trim().to_string(),
                now: now_seconds(),
            }));
        })
    };
    let on_clock = |always: bool| {
        let (clock, reverify, host) = (clock.clone(), reverify.clone(), host.clone());
        move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Ok(v) = input.value().parse::<u64>() {
                clock.set(Some(v));
                reverify(v, host.trim().to_string(), always);
            }
        }
    };
    let on_clock_input = {
        let f = on_clock(false);
        Callback::from(move |e: InputEvent| f(e.into()))
    };
    let on_clock_change = Callback::from(on_clock(true));

    // The verdict: the latest re-check, the one before it while it runs, else the
    // check made with the certificate.
    let check: Option<CertCheck> = {
        if let ComputeState::Done(out) = verify.state() {
            *last.borrow_mut() = Some(out.clone());
        }
        let latest = last.borrow().as_ref().and_then(|o| match &**o {
            JobOutput::CertVerified(c) => Some(c.clone()),
            _ => None,
        });
        latest.or_else(|| set.map(|s| s.check.clone()))
    };
    let status = match make.state() {
        ComputeState::Pending(_) => Some(html! { <p role="status">{ c.working }</p> }),
        ComputeState::Failed(e) => {
            Some(html! { <ErrorBox help={c.error(e)} testid="cert-error" /> })
        }
        ComputeState::Done(out) => match &**out {
            JobOutput::CertMade(Err(p)) => {
                Some(html! { <ErrorBox help={(t.host_problem)(p)} testid="cert-error" /> })
            }
            _ => None,
        },
        ComputeState::Idle | ComputeState::Cancelled => None,
    };
    let body = set.map(|s| {
        let now = (*clock).unwrap_or(s.now);
        let min = s.now.saturating_sub(MARGIN);
        let max = s.server.not_after.saturating_add(MARGIN);
        let on_field = {
            let (field, byte) = (field.clone(), byte.clone());
            Callback::from(move |i: usize| {
                field.set(Some(i));
                byte.set(None);
            })
        };
        let annotated = (*data).clone();
        let on_cursor = {
            let (field, byte, annotated) = (field.clone(), byte.clone(), annotated.clone());
            Callback::from(move |i: usize| {
                byte.set(Some(i));
                field.set(annotated.as_ref().and_then(|a| a.field_at(i)));
            })
        };
        let note = annotated
            .as_ref()
            .zip(*field)
            .and_then(|(a, i)| a.fields.get(i))
            .and_then(|f| f.meaning)
            .map(|k| (t.field_note)(k))
            .unwrap_or(t.field_pick);
        html! {
            <>
                <div class="cert-clock">
                    <label for="cert-clock">{ t.clock_label }</label>
                    <input id="cert-clock" type="range" data-testid="cert-clock" min={min.to_string()}
                        max={max.to_string()} step={CLOCK_STEP.to_string()} value={now.to_string()}
                        aria-valuetext={date_text(now)} oninput={on_clock_input} onchange={on_clock_change} />
                    <output for="cert-clock" translate="no">{ date_text(now) }</output>
                    <p class="hint">{ t.clock_hint }</p>
                </div>
                <h3>{ t.verify_heading }</h3>
                { opt(check.as_ref().map(|ch| verify_view(t, ch))) }
                { pem_view(t, "cert-ca-pem", t.ca_pem, &s.ca.pem, "ca.pem") }
                { pem_view(t, "cert-server-pem", t.server_pem, &s.server.pem, "server.pem") }
                <h3>{ t.fields_heading }</h3>
                { opt(annotated.map(|a| html! {
                    <div class="bytes-and-listing">
                        <HexView data={a.clone()} highlight={*field} cursor={*byte} on_hover={on_cursor.clone()}
                            {on_cursor} testid="cert-hex" label={t.hex_aria} />
                        <FieldList data={a} selected={*field} on_hover={on_field.clone()} on_select={on_field}
                            label={t.fields_aria} id_prefix="cert-field" testid="cert-fields" />
                    </div>
                })) }
                <p class="notice" aria-live="polite">{ note }</p>
                <h3>{ t.text_heading }</h3>
                <pre class="wrap" data-testid="cert-text">{ s.server.text.clone() }</pre>
                { gallery_view(t, &s.gallery) }
            </>
        }
    });
    html! {
        <section class="panel" aria-labelledby="certs-heading">
            <h2 id="certs-heading">{ t.heading }</h2>
            <p>{ t.intro }</p>
            <label for="cert-host">{ t.host_label }</label>
            <input id="cert-host" type="text" data-testid="cert-host" value={(*host).clone()}
                spellcheck="false" autocomplete="off" oninput={on_host} />
            { opt(host_problem.as_ref().map(|p| html! { <ErrorBox help={(t.host_problem)(p)} testid="cert-host-error" /> })) }
            <div class="actions">
                <button type="button" data-testid="cert-make" onclick={on_make}
                    disabled={pending || host_problem.is_some()}>{ t.make }</button>
            </div>
            { opt(status) }
            { opt(body) }
            <ul class="hint">{ for t.notes.iter().map(|n| html! { <li>{ *n }</li> }) }</ul>
        </section>
    }
}
