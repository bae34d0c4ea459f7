//! TLS 1.3 beside TLS 1.2: the two static flows of `labs::tls::tls13_flow`, drawn
//! with the handshake diagram's style (encrypted arrows dashed), each with a list of
//! its messages for screen readers, and why RSA key transport is gone.

use super::hs_words::HandshakeWords;
use crate::labs::tls::tls13_flow::{layout_flow, round_trips, FlowStep, TLS12, TLS13};
use yew::prelude::*;

fn flow_svg(t: &HandshakeWords, id: &'static str, title: &str, flow: &[FlowStep]) -> Html {
    let d = layout_flow(flow);
    let lanes = d.lanes.iter().map(|l| {
        html! {
            <g class="lane">
                <text x={l.x.to_string()} y="24" text-anchor="middle">{ (t.party)(l.party) }</text>
                <line x1={l.x.to_string()} y1="34" x2={l.x.to_string()} y2={d.height.to_string()} />
            </g>
        }
    });
    let arrows = d.arrows.iter().map(|a| {
        let y = a.y.to_string();
        html! {
            <g class={classes!("arrow", a.encrypted.then_some("encrypted"))}>
                <line x1={a.x1.to_string()} y1={y.clone()} x2={a.x2.to_string()} y2={y} marker-end="url(#hs-head)" />
                <text x={((a.x1 + a.x2) / 2).to_string()} y={(a.y - 7).to_string()} text-anchor="middle">{ a.label }</text>
            </g>
        }
    });
    let items = flow.iter().map(|s| {
        let enc = if s.encrypted { t.encrypted } else { "" };
        html! { <li>{ format!("{} → {} {}", (t.side)(s.from), s.label, enc) }</li> }
    });
    html! {
        <figure data-testid={id} data-arrows={flow.len().to_string()} data-round-trips={round_trips(flow).to_string()}>
            <figcaption>{ title }{ " · " }{ (t.tls13_round_trips)(round_trips(flow)) }</figcaption>
            <svg class="hs-diagram" viewBox={format!("0 0 {} {}", d.width, d.height)} aria-hidden="true">
                { for lanes }
                { for arrows }
            </svg>
            <ol class="sr-only">{ for items }</ol>
        </figure>
    }
}

/// The two versions side by side, and the reason for the change.
pub fn tls13_beside(t: &HandshakeWords) -> Html {
    html! {
        <section aria-labelledby="hs-tls13-heading">
            <h3 id="hs-tls13-heading">{ t.tls13_heading }</h3>
            <p>{ t.tls13_intro }</p>
            <div class="hs-versions">
                { flow_svg(t, "hs-tls12-flow", "TLS 1.2 (ECDHE)", &TLS12) }
                { flow_svg(t, "hs-tls13-flow", "TLS 1.3", &TLS13) }
            </div>
            <p>{ t.tls13_no_rsa }</p>
        </section>
    }
}
