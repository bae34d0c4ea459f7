//! Draws `labs::tls::diagram`'s geometry as SVG: a titled group, a lane per party, and
//! each record shown so far as a focusable arrow (`hs-message`, Enter or Space selects
//! it). Plain functions: the state is `HandshakeSection`'s.

use super::hs_words::HandshakeWords;
use crate::labs::tls::diagram::Diagram;
use crate::labs::tls::hs_summary::HsMessage;
use yew::prelude::*;

/// The diagram with the first `shown` arrows; `selected` is drawn pressed.
pub fn diagram_svg(
    t: &HandshakeWords,
    d: &Diagram,
    messages: &[HsMessage],
    shown: usize,
    selected: Option<usize>,
    on_select: &Callback<usize>,
) -> Html {
    let lanes = d.lanes.iter().map(|l| {
        html! {
            <g class="lane">
                <text x={l.x.to_string()} y="24" text-anchor="middle">{ (t.party)(l.party) }</text>
                <line x1={l.x.to_string()} y1="34" x2={l.x.to_string()} y2={d.height.to_string()} />
            </g>
        }
    });
    let dividers = d.dividers.iter().map(|y| {
        html! { <line class="divider" x1="10" x2={(d.width - 10).to_string()} y1={y.to_string()} y2={y.to_string()} /> }
    });
    let arrows = d.arrows.iter().take(shown).filter_map(|a| {
        let m = messages.get(a.message)?;
        let from = (t.side)(m.from);
        let mut name = (t.arrow)(a.message + 1, a.label, from);
        if a.encrypted {
            name = format!("{name} ({})", t.encrypted);
        }
        let i = a.message;
        let onclick = on_select.reform(move |_: MouseEvent| i);
        let onkeydown = {
            let on_select = on_select.clone();
            Callback::from(move |e: KeyboardEvent| {
                if e.key() == "Enter" || e.key() == " " {
                    e.prevent_default();
                    on_select.emit(i);
                }
            })
        };
        let class = classes!("arrow", a.encrypted.then_some("encrypted"));
        let (x1, x2, y) = (a.x1.to_string(), a.x2.to_string(), a.y.to_string());
        let mid = ((a.x1 + a.x2) / 2).to_string();
        let mark = a.mark_x.map(|x| {
            html! { <circle class="tamper" cx={x.to_string()} cy={y.clone()} r="7" /> }
        });
        Some(html! {
            <g {class} data-testid="hs-message" data-from={m.from.as_str()} data-type={m.typ.as_str()}
                data-hex={crate::hex::encode(&m.wire)} tabindex="0" role="button"
                aria-label={name.clone()} aria-pressed={(selected == Some(i)).to_string()}
                {onclick} {onkeydown}>
                <title>{ name }</title>
                <line x1={x1} y1={y.clone()} x2={x2} y2={y.clone()} marker-end="url(#hs-head)" />
                <text x={mid} y={(a.y - 7).to_string()} text-anchor="middle">{ a.label }</text>
                { crate::ui::kit::opt(mark) }
            </g>
        })
    });
    html! {
        <svg class="hs-diagram" viewBox={format!("0 0 {} {}", d.width, d.height)} role="group"
            aria-labelledby="hs-diagram-title" data-testid="hs-diagram">
            <title id="hs-diagram-title">{ t.diagram_title }</title>
            <defs>
                <marker id="hs-head" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7"
                    markerHeight="7" orient="auto-start-reverse">
                    <path d="M0,0 L10,5 L0,10 z" />
                </marker>
            </defs>
            { for lanes }
            { for dividers }
            { for arrows }
        </svg>
    }
}
