//! The timeline under a run: every packet the simulation put on the wire (SYN, SYN-ACK,
//! RST, FIN, data), the silences until a timeout, and the DNS answers, each with its
//! simulated time and the program's line, as one accessible list (few element kinds:
//! each costs the first-load wasm).

use super::words::SocketsWords;
use crate::labs::sockets::RunSummary;
use crate::sockets::timeline::{Endpoint, Event, EventKind, Flags};
use crate::ui::kit::opt;
use yew::prelude::*;

/// Simulated microseconds as seconds with millisecond precision: `2.001 s`.
pub(super) fn seconds(us: u64) -> String {
    format!("{}.{:03} s", us / 1_000_000, (us / 1000) % 1000)
}

fn endpoint(e: &Endpoint) -> String {
    format!("{}:{}", e.0, e.1)
}

/// The event's class (for its colour), its text, and whether the text is code.
fn what(t: &SocketsWords, e: &Event) -> (&'static str, String, bool) {
    match &e.kind {
        EventKind::Packet { from, to, flags } => {
            let flag = match flags {
                Flags::Syn => "SYN".to_owned(),
                Flags::SynAck => "SYN-ACK".to_owned(),
                Flags::Ack => "ACK".to_owned(),
                Flags::Rst => "RST".to_owned(),
                Flags::Fin => "FIN".to_owned(),
                Flags::Data(n) => {
                    return ("data", (t.data)(endpoint(from), endpoint(to), *n), false)
                }
            };
            let class = match flags {
                Flags::Rst => "rst",
                _ => "packet",
            };
            let text = format!("{} → {}  {flag}", endpoint(from), endpoint(to));
            (class, text, true)
        }
        EventKind::Silence {
            until_us,
            on,
            timed_out,
        } => {
            let long = seconds(until_us.saturating_sub(e.at_us));
            ("silence", (t.silence)(&long, *on, *timed_out), false)
        }
        EventKind::Dns { name, answer } => ("dns", (t.dns)(name, answer.as_deref()), false),
    }
}

pub(super) fn timeline_view(t: &SocketsWords, s: &RunSummary) -> Html {
    let rows = s.timeline.iter().map(|e| {
        let (class, text, code) = what(t, e);
        html! {
            <li class={class}>
                { format!("{}  {}  ", seconds(e.at_us), (t.line)(e.line as u64)) }
                <span class={code.then_some("code")}>{ text }</span>
            </li>
        }
    });
    let more = s.timeline_total.saturating_sub(s.timeline.len() as u64);
    let tail = match (s.timeline.is_empty(), more) {
        (true, _) => Some(t.timeline_empty.to_owned()),
        (false, 0) => None,
        (false, n) => Some((t.timeline_more)(n)),
    };
    html! {
        <>
            <h3>{ t.timeline_heading }</h3>
            <ol class="sock-timeline" data-testid="sock-timeline">{ for rows }</ol>
            { opt(tail.map(|m| html! { <p class="hint">{ m }</p> })) }
            <p>{ (t.elapsed)(&seconds(s.elapsed_us)) }</p>
        </>
    }
}
