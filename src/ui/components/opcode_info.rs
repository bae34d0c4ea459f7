//! Beside the listing: the selected opcode's name, where it sits, and when it came in.

use crate::labs::serialize::opcode_protocol;
use crate::py::pickle::dis::DisLine;
use crate::ui::hooks::use_texts;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OpcodeInfoProps {
    pub line: Option<DisLine>,
}

#[component]
pub fn OpcodeInfo(props: &OpcodeInfoProps) -> Html {
    let t = &use_texts().serialize;
    let body = match &props.line {
        None => html! { <p class="hint">{ t.opcode_pick }</p> },
        Some(line) => html! {
            <>
                <p><code class="opname">{ line.name }</code>{ format!(" (0x{:02x})", line.code) }</p>
                <p>{ (t.opcode_span)(line.offset, line.len) }</p>
                { for opcode_protocol(line.name).map(|p| html! { <p>{ (t.opcode_protocol)(p) }</p> }) }
            </>
        },
    };
    html! { <aside class="opcode-info" aria-live="polite">{ body }</aside> }
}
