//! Beside the listing: the selected opcode, what it does (the lab's `opcode_words`, in
//! the page language), its stack effect (`pickle::opinfo`), where it sits, and when it
//! came in.

use super::opcode_words::explain;
use super::words::SerializeWords;
use crate::py::pickle::dis::DisLine;
use crate::py::pickle::opinfo;
use crate::ui::hooks::use_words;
use crate::ui::kit::opt;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OpcodeInfoProps {
    pub line: Option<DisLine>,
}

#[component]
pub fn OpcodeInfo(props: &OpcodeInfoProps) -> Html {
    let t = &use_words::<SerializeWords>().serialize;
    let body = match &props.line {
        None => html! { <p class="hint">{ t.opcode_pick }</p> },
        Some(line) => {
            let info = opinfo::by_name(line.name);
            html! {
                <>
                    <p><code class="opname">{ line.name }</code>{ format!(" (0x{:02x}) ", line.code) }
                        <span class="hint">{ (t.opcode_span)(line.offset, line.len) }</span></p>
                    { opt(info.map(|i| html! {
                        <>
                            <p>{ explain(t.opcodes, i.name).unwrap_or_default() }</p>
                            <p class="hint">
                                <code>{ format!("[{}] → [{}]", i.before.join(", "), i.after.join(", ")) }</code>
                                { format!(" · {}", (t.opcode_protocol)(i.proto)) }
                            </p>
                        </>
                    })) }
                </>
            }
        }
    };
    html! { <aside class="opcode-info" aria-live="polite">{ body }</aside> }
}
