//! How the Certificates panel draws a verification (each step passed or failed, with
//! the two hashes, the window, the names, the root), a PEM with its download, and
//! the gallery of bad certificates. Plain functions: the state lives in `CertPanel`.

use super::cert_words::CertWords;
use crate::labs::tls::cert_check::{CertCheck, Step};
use crate::labs::tls::cert_gallery::GalleryEntry;
use crate::ui::kit::DownloadButton;
use std::rc::Rc;
use yew::prelude::*;

/// UNIX seconds as `2026-01-01 00:00 UTC` (the browser's calendar).
pub fn date_text(unix: u64) -> String {
    let ms = wasm_bindgen::JsValue::from_f64(unix as f64 * 1000.0);
    let iso = String::from(js_sys::Date::new(&ms).to_iso_string());
    format!("{} UTC", iso.get(..16).unwrap_or(&iso).replace('T', " "))
}

fn hex(bytes: &[u8]) -> String {
    crate::hex::encode(bytes)
}

/// The opened block with its run of `ff` shortened: `0001 ff…ff(202) 00 3031…`.
fn block_text(block: &[u8]) -> String {
    let pad = block.iter().skip(2).take_while(|b| **b == 0xff).count();
    match (block.get(..2), block.get(2 + pad..)) {
        (Some(head), Some(rest)) if pad > 2 => {
            format!("{} ff…ff ({pad}) {}", hex(head), hex(rest))
        }
        _ => hex(block),
    }
}

fn step_detail(t: &CertWords, step: &Step) -> Html {
    match step {
        Step::Signature {
            hash,
            computed,
            opened_block,
            opened,
            key_of,
            ..
        } => html! {
            <>
                <p>{ (t.computed)(hash) }<br /><code class="wrap" data-testid="cert-hash-computed">{ hex(computed) }</code></p>
                <p>{ (t.opened)(key_of) }<br /><code class="wrap" data-testid="cert-hash-opened">{
                    opened.as_deref().map(hex).unwrap_or_default()
                }</code></p>
                <p><code class="wrap">{ block_text(opened_block) }</code></p>
                if opened.is_none() { <p>{ t.opened_none }</p> }
                <p class="hint">{ t.signed_note }</p>
            </>
        },
        Step::Validity {
            not_before,
            not_after,
            now,
            ..
        } => html! {
            <>
                <p translate="no">{ format!("Not Before {} ≤ {} ≤ Not After {}",
                    date_text(*not_before), date_text(*now), date_text(*not_after)) }</p>
                <p>{ (t.window)(not_before <= now, now <= not_after) }</p>
            </>
        },
        Step::Hostname { host, names, ok } => html! { <p>{ (t.hostname)(host, names, *ok) }</p> },
        Step::Anchor {
            issuer,
            anchors,
            problem,
            ..
        } => html! {
            <>
                <p>{ (t.anchor)(issuer, anchors, *problem) }</p>
                <p class="hint">{ t.anchor_note }</p>
            </>
        },
    }
}

fn step_index(step: &Step) -> usize {
    match step {
        Step::Signature { .. } => 0,
        Step::Validity { .. } => 1,
        Step::Hostname { .. } => 2,
        Step::Anchor { .. } => 3,
    }
}

/// The verdict: accepted, or the alert and why.
fn verdict(t: &CertWords, check: &CertCheck) -> Html {
    match &check.failure {
        None => html! { <p class="ok">{ t.accepted }</p> },
        Some(f) => html! {
            <p class="error-text">{ (t.refused)(&f.alert, f.code) }{ " " }{ (t.problem)(f.problem) }</p>
        },
    }
}

/// The steps, each passed or failed; with `detail`, what each compared.
fn steps(t: &CertWords, check: &CertCheck, detail: bool) -> Html {
    html! {
        <ol class="cert-steps">
            { for check.steps.iter().map(|s| {
                let ok = s.ok();
                html! {
                    <li data-ok={ok.to_string()}>
                        <strong>{ t.step_names[step_index(s)] }</strong>{ ": " }
                        <span class={if ok { "ok" } else { "error-text" }}>{ if ok { t.passed } else { t.failed } }</span>
                        if detail { { step_detail(t, s) } }
                    </li>
                }
            }) }
        </ol>
    }
}

/// The verification of the server certificate (`cert-verify`, `data-result`).
pub fn verify_view(t: &CertWords, check: &CertCheck) -> Html {
    html! {
        <div data-testid="cert-verify" data-result={check.result().to_string()} aria-live="polite">
            { steps(t, check, true) }
            { verdict(t, check) }
        </div>
    }
}

/// A PEM, shown and downloadable (`data-pem`).
pub fn pem_view(
    t: &CertWords,
    testid: &'static str,
    heading: &'static str,
    pem: &str,
    file: &'static str,
) -> Html {
    html! {
        <div data-testid={testid} data-pem={pem.to_string()}>
            <h3>{ heading }</h3>
            <pre class="wrap">{ pem }</pre>
            <DownloadButton bytes={Rc::new(pem.as_bytes().to_vec())} filename={file}
                label={format!("{} {file}", t.download)} />
        </div>
    }
}

/// The gallery: each bad certificate, its story, its steps and its alert.
pub fn gallery_view(t: &CertWords, gallery: &[GalleryEntry]) -> Html {
    html! {
        <>
            <h3>{ t.gallery_heading }</h3>
            <p>{ t.gallery_intro }</p>
            <ul class="cert-gallery">
                { for gallery.iter().map(|g| html! {
                    <li data-testid={format!("cert-bad-{}", g.defect.slug())} data-result={g.check.result().to_string()}>
                        <strong>{ (t.defect)(g.defect) }</strong>
                        <p>{ (t.defect_story)(g.defect) }</p>
                        { steps(t, &g.check, false) }
                        { verdict(t, &g.check) }
                    </li>
                }) }
            </ul>
        </>
    }
}
