//! The Handshake panel's parts below the diagram, as plain functions over the summary
//! and the number of records shown: the key schedule (per side), the application
//! records, the alert, Eve's view, and the export (key log and pcap).

use std::rc::Rc;

use super::hs_words::HandshakeWords;
use crate::labs::tls::hs_summary::{HandshakeSummary, Side};
use crate::py::repr::repr;
use crate::py::value::Value;
use crate::ui::kit::DownloadButton;
use yew::prelude::*;

/// A side's name inside a sentence, in the page language.
pub fn side_name(t: &HandshakeWords, side: Side) -> &'static str {
    (t.side)(side)
}

fn hex_cell(bytes: &[u8]) -> Html {
    html! { <td class="code wrap">{ crate::hex::encode(bytes) }</td> }
}

/// Secrets as they appear: a side's cell shows the value from the step it knows it.
pub fn key_schedule(t: &HandshakeWords, s: &HandshakeSummary, shown: usize) -> Html {
    let known = |at: Option<u32>| at.is_some_and(|a| (a as usize) < shown);
    let rows = s.secrets.iter().map(|x| {
        let cell = |at: Option<u32>| {
            if known(at) {
                hex_cell(&x.bytes)
            } else {
                html! { <td class="hint">{ t.not_yet }</td> }
            }
        };
        html! {
            <tr data-testid="hs-secret" data-label={x.label.clone()}
                data-client={known(x.client_at).to_string()} data-server={known(x.server_at).to_string()}>
                <th scope="row"><code>{ x.label.clone() }</code></th>
                { cell(x.client_at) }
                { cell(x.server_at) }
                <td class="hint">{ t.never }</td>
            </tr>
        }
    });
    html! {
        <section aria-labelledby="hs-keys-heading">
            <h3 id="hs-keys-heading">{ t.keys_heading }</h3>
            <p>{ t.keys_intro }</p>
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="hs-keys-heading">
                <table class="hs-keys">
                    <tr>{ for t.keys_cols.iter().map(|c| html! { <th scope="col">{ *c }</th> }) }</tr>
                    { for rows }
                </table>
            </div>
        </section>
    }
}

/// The application_data records shown so far, taken apart.
pub fn app_records(t: &HandshakeWords, s: &HandshakeSummary, shown: usize) -> Html {
    let rows: Vec<Html> = s
        .app_records
        .iter()
        .filter(|r| (r.message as usize) < shown)
        .map(|r| {
            html! {
                <tr data-testid="hs-record">
                    <td>{ r.message + 1 }</td>
                    <td>{ r.seq }</td>
                    { hex_cell(&r.nonce) }
                    { hex_cell(&r.ciphertext) }
                    { hex_cell(&r.tag) }
                    <td class="code wrap">{ repr(&Value::Bytes(r.plaintext.clone())) }</td>
                </tr>
            }
        })
        .collect();
    if rows.is_empty() {
        return html! {};
    }
    html! {
        <section aria-labelledby="hs-records-heading">
            <h3 id="hs-records-heading">{ t.records_heading }</h3>
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="hs-records-heading">
                <table>
                    <tr>{ for t.records_cols.iter().map(|c| html! { <th scope="col">{ *c }</th> }) }</tr>
                    { for rows }
                </table>
            </div>
        </section>
    }
}

/// The alert that ended the session, once its record is shown.
pub fn alert_line(t: &HandshakeWords, s: &HandshakeSummary, shown: usize) -> Html {
    match &s.alert {
        Some(a) if (a.message as usize) < shown => html! {
            <p data-testid="hs-alert" data-alert={a.name.clone()} data-from={a.from.as_str()}
                class={classes!("hs-alert", a.fatal.then_some("fatal"))} role="status">
                { (t.alert)(&a.name, side_name(t, a.from)) }
            </p>
        },
        _ => html! {},
    }
}

/// What Eve sees of the records shown so far: no key, yet all of this.
pub fn eve_view(t: &HandshakeWords, s: &HandshakeSummary, shown: usize) -> Html {
    let content_type = |b: Option<&u8>| match b {
        Some(20) => "change_cipher_spec",
        Some(21) => "alert",
        Some(22) => "handshake",
        Some(23) => "application_data",
        _ => "?",
    };
    let rows = s.messages.iter().take(shown).enumerate().map(|(i, m)| {
        html! {
            <tr>
                <td>{ i + 1 }</td>
                <td>{ side_name(t, m.from) }</td>
                <td><code>{ content_type(m.wire.first()) }</code></td>
                <td>{ m.wire.len().saturating_sub(5) }</td>
            </tr>
        }
    });
    html! {
        <section aria-labelledby="hs-eve-heading" data-testid="hs-eve">
            <h3 id="hs-eve-heading">{ t.eve_heading }</h3>
            <p>{ t.eve_intro }</p>
            <ul>
                <li>{ (t.eve_addresses)(&s.eve.client, &s.eve.server) }</li>
                { crate::ui::kit::opt(s.eve.sni.as_ref().map(|n| html! { <li>{ (t.eve_sni)(n) }</li> })) }
            </ul>
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="hs-eve-heading">
                <table>
                    <tr>{ for t.eve_cols.iter().map(|c| html! { <th scope="col">{ *c }</th> }) }</tr>
                    { for rows }
                </table>
            </div>
            <p class="hint">{ t.eve_hidden }</p>
        </section>
    }
}

/// The NSS key log and the capture, for Wireshark.
pub fn export(t: &HandshakeWords, s: &HandshakeSummary, pcap: Rc<Vec<u8>>) -> Html {
    html! {
        <section aria-labelledby="hs-export-heading">
            <h3 id="hs-export-heading">{ t.keylog_heading }</h3>
            <p>{ t.keylog_intro }</p>
            <pre class="code wrap" data-testid="hs-keylog" data-text={s.keylog.clone()}>{ s.keylog.clone() }</pre>
            <div class="actions">
                <DownloadButton bytes={pcap} filename="wirelab-handshake.pcap" label={t.pcap} testid="hs-pcap" />
            </div>
        </section>
    }
}
