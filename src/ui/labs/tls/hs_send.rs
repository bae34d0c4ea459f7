//! "Send your own message": the client's application data is the lab's HTTP request
//! or the Serialize lab's value (its pickle or JSON, from the app's carry context),
//! optionally `zlib.compress`ed first by the general worker (zlib is never linked into
//! the TLS worker, which only seals the bytes). `use_message` gives the Handshake
//! section the bytes for its request; the two views are plain functions.

use std::rc::Rc;

use super::hs_send_words::SendWords;
use crate::labs::jobs::{Job, JobOutput};
use crate::labs::tls::hs_message::{fits, record_len, MessageSource, HTTP_REQUEST};
use crate::labs::tls::hs_summary::{HandshakeSummary, Side};
use crate::py::repr::repr;
use crate::py::value::Value;
use crate::ui::carry::use_carried;
use crate::ui::kit::compute::{use_compute, ComputeError, ComputeState};
use crate::ui::kit::{opt, ErrorBox, LabelledSelect};
use crate::ui::labs::Lab;
use crate::ui::route::Route;
use yew::prelude::*;

/// The most bytes drawn as hex and as a repr (the full hex stays in `data-hex`).
const DRAWN: usize = 2048;

/// Where the client's message stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Sending {
    /// These bytes go in the request (`None`: the default HTTP request).
    Ready(Option<Vec<u8>>),
    /// Pickle or JSON chosen, but nothing was carried from the Serialize lab.
    Missing,
    /// zlib is running in the general worker.
    Compressing,
    /// zlib refused (its text), or the worker failed.
    Failed(Result<String, ComputeError>),
}

/// The client's message as the page knows it now.
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    pub source: MessageSource,
    pub compress: bool,
    /// The chosen bytes before compression (`None`: not carried).
    pub plain: Option<Rc<Vec<u8>>>,
    /// The Serialize lab's literal they come from (empty for HTTP).
    pub literal: String,
    /// The Serialize lab has handed a value over (else pickle and JSON say so).
    pub carried: bool,
    pub sending: Sending,
}

impl Message {
    /// The request's `app_data`, once the bytes are known.
    pub fn app_data(&self) -> Option<Option<Vec<u8>>> {
        match &self.sending {
            Sending::Ready(bytes) => Some(bytes.clone()),
            Sending::Missing | Sending::Compressing | Sending::Failed(_) => None,
        }
    }

    /// The bytes that will be sent (the HTTP request when `app_data` is `None`).
    fn sent(&self) -> Option<Vec<u8>> {
        self.app_data()
            .map(|a| a.unwrap_or_else(|| HTTP_REQUEST.to_vec()))
    }
}

/// `zlib.compress`'s answer, if `out` is one.
fn zlib_output(out: &JobOutput) -> Option<&Result<Vec<u8>, String>> {
    if let JobOutput::Compressed(r) = out {
        Some(r)
    } else {
        None
    }
}

/// The message for `source` (compressed first when `compress`).
#[hook]
pub fn use_message(source: MessageSource, compress: bool) -> Message {
    let carried = use_carried();
    let plain: Option<Rc<Vec<u8>>> = match source {
        MessageSource::Http => Some(Rc::new(HTTP_REQUEST.to_vec())),
        MessageSource::Pickle => carried.as_ref().and_then(|c| c.pickle.clone()),
        MessageSource::Json => carried
            .as_ref()
            .and_then(|c| c.json.as_ref())
            .map(|j| Rc::new(j.as_bytes().to_vec())),
    };
    let zlib = use_compute();
    // The bytes the last zlib job was asked for: a result for other bytes is stale.
    let asked = use_mut_ref(|| None::<Rc<Vec<u8>>>);
    {
        let (zlib, asked) = (zlib.clone(), asked.clone());
        use_effect_with((plain.clone(), compress), move |(plain, compress)| {
            match (plain, compress) {
                (Some(p), true) => {
                    *asked.borrow_mut() = Some(p.clone());
                    zlib.run(Job::Compress {
                        data: p.to_vec(),
                        level: -1,
                        wbits: 15,
                    });
                }
                (None, _) | (Some(_), false) => *asked.borrow_mut() = None,
            }
        });
    }
    let sending = match (&plain, compress) {
        (None, _) => Sending::Missing,
        (Some(_), false) if source == MessageSource::Http => Sending::Ready(None),
        (Some(p), false) => Sending::Ready(Some(p.to_vec())),
        (Some(p), true) if asked.borrow().as_ref() != Some(p) => Sending::Compressing,
        (Some(_), true) => match zlib.state() {
            // Only a Compress job runs on this hook.
            ComputeState::Done(out) => match zlib_output(out) {
                Some(Ok(bytes)) => Sending::Ready(Some(bytes.clone())),
                Some(Err(e)) => Sending::Failed(Ok(e.clone())),
                None => Sending::Compressing,
            },
            ComputeState::Failed(e) => Sending::Failed(Err(e.clone())),
            ComputeState::Idle | ComputeState::Cancelled | ComputeState::Pending(_) => {
                Sending::Compressing
            }
        },
    };
    Message {
        source,
        compress,
        plain,
        carried: carried.is_some(),
        literal: carried.map(|c| c.source.clone()).unwrap_or_default(),
        sending,
    }
}

/// The choice of message, and what it will cost on the wire with `suite`.
pub fn send_controls(
    w: &SendWords,
    m: &Message,
    suite: &str,
    worker_error: &dyn Fn(&ComputeError) -> String,
    on_source: Callback<String>,
    on_compress: Callback<Event>,
) -> Html {
    let options: Vec<(AttrValue, AttrValue)> = MessageSource::ALL
        .iter()
        .map(|&s| {
            let text = if m.carried || s == MessageSource::Http {
                AttrValue::Static((w.source)(s))
            } else {
                AttrValue::from(format!("{} ({})", (w.source)(s), w.not_carried))
            };
            (AttrValue::Static(s.as_str()), text)
        })
        .collect();
    let literal = (m.source != MessageSource::Http && m.plain.is_some())
        .then(|| html! { <p class="hint"><code>{ (w.from_literal)(&m.literal) }</code></p> });
    let status = match (&m.sending, m.sent()) {
        (_, Some(sent)) if !fits(sent.len()) => {
            html! { <ErrorBox help={(w.too_long)(sent.len())} testid="hs-send-error" /> }
        }
        (_, Some(sent)) => {
            let plain = m.plain.as_ref().map_or(sent.len(), |p| p.len());
            let record = record_len(suite, sent.len() as u64);
            html! {
                <p data-testid="hs-send-lengths" data-plain={plain.to_string()}
                    data-sent={sent.len().to_string()} data-record={record.to_string()}>
                    { (w.lengths)(plain, m.compress.then_some(sent.len()), sent.len(), record) }
                </p>
            }
        }
        (Sending::Missing, _) => html! {
            <p class="hint" data-testid="hs-send-missing">
                { w.missing }{ " " }<a href={Route::Lab(Lab::Serialize).href()}>{ w.open_serialize }</a>
            </p>
        },
        (Sending::Failed(Ok(text)), _) => {
            html! { <ErrorBox text={AttrValue::from(text.clone())} testid="hs-send-error" /> }
        }
        (Sending::Failed(Err(e)), _) => {
            html! { <ErrorBox help={worker_error(e)} testid="hs-send-error" /> }
        }
        (Sending::Compressing | Sending::Ready(_), _) => {
            html! { <p role="status">{ w.compressing }</p> }
        }
    };
    html! {
        <section aria-labelledby="hs-send-heading">
            <h3 id="hs-send-heading">{ w.heading }</h3>
            <p>{ w.intro }</p>
            <LabelledSelect id="hs-send-source" label={html! { { w.source_label } }} {options}
                selected={AttrValue::Static(m.source.as_str())} on_change={on_source} />
            <label>
                <input type="checkbox" data-testid="hs-send-compress" checked={m.compress} onchange={on_compress} />
                { " " }{ w.compress_label }
            </label>
            { opt(literal) }
            { status }
        </section>
    }
}

/// Some bytes as hex and as a Python bytes repr, both cut at [`DRAWN`].
fn bytes_view(side: Side, bytes: &[u8]) -> Html {
    let cut = &bytes[..bytes.len().min(DRAWN)];
    let more = if cut.len() < bytes.len() { "…" } else { "" };
    html! {
        <>
            <pre class="code wrap" data-testid="hs-send-plain" data-side={side.as_str()}
                data-hex={crate::hex::encode(bytes)}>{ crate::hex::encode(cut) }{ more }</pre>
            <pre class="code wrap">{ repr(&Value::Bytes(cut.to_vec())) }{ more }</pre>
        </>
    }
}

/// The client's first application_data record of the session, once it is shown: the
/// plaintext on both ends, and the one thing Eve gets (its length).
pub fn sent_view(w: &SendWords, s: &HandshakeSummary, shown: usize) -> Html {
    let first = s.app_records.iter().find(|r| {
        (r.message as usize) < shown
            && s.messages
                .get(r.message as usize)
                .is_some_and(|m| m.connection == 0 && m.from == Side::Client)
    });
    let Some(r) = first else {
        return html! {};
    };
    let wire_len = s
        .messages
        .get(r.message as usize)
        .map_or(0, |m| m.wire.len());
    let server = match &r.received {
        Some(bytes) => html! { <><p>{ w.server_read }</p>{ bytes_view(Side::Server, bytes) }</> },
        None => html! { <p data-testid="hs-send-rejected">{ w.server_rejected }</p> },
    };
    html! {
        <section aria-labelledby="hs-sent-heading">
            <h3 id="hs-sent-heading">{ w.heading }</h3>
            <p>{ w.client_wrote }</p>
            { bytes_view(Side::Client, &r.plaintext) }
            { server }
            <p data-testid="hs-send-eve" data-record-len={wire_len.to_string()}>{ (w.eve_sees)(wire_len) }</p>
        </section>
    }
}
