//! Beside the pickle bytes: what dumps and loads are, the protocol table, and
//! `pickle.load(f)` on a stream with bytes after the pickle (`f.tell()` where the
//! pickle's STOP left it: right after the page's pickle, whose last opcode is STOP).

use super::words::SerializeWords;
use crate::ui::hooks::use_words;
use std::rc::Rc;
use yew::prelude::*;

/// What follows the pickle in the example stream.
const AFTER: &[u8] = b"next message";

#[derive(Properties, PartialEq)]
pub struct PickleNotesProps {
    pub pickle: Rc<Vec<u8>>,
    pub protocol: u8,
    /// `repr()` of the value pickled (what `pickle.load` gives back).
    pub repr: AttrValue,
}

#[component]
pub fn PickleNotes(props: &PickleNotesProps) -> Html {
    let t = &use_words::<SerializeWords>().pickle;
    let after = crate::py::repr::bytes_repr(AFTER);
    let session = format!(
        ">>> f = io.BytesIO(pickle.dumps(x, {}) + {after})\n>>> pickle.load(f)\n{}\n>>> f.tell()\n{}\n>>> f.read()\n{after}",
        props.protocol,
        props.repr,
        props.pickle.len(),
    );
    html! {
        <details class="panel pickle-notes">
            <summary>{ t.protocols_heading }</summary>
            <p>{ t.terms }</p>
            <div class="table-wrap">
                <table data-testid="protocol-table">
                    <thead><tr>
                        <th scope="col">{ t.col_protocol }</th><th scope="col">{ t.col_since }</th><th scope="col">{ t.col_what }</th>
                    </tr></thead>
                    <tbody>
                        { for t.protocol_rows.iter().map(|r| html! {
                            <tr class={classes!((r.protocol == props.protocol).then_some("current"))}>
                                <td>{ r.protocol }</td><td>{ r.since }</td><td>{ r.what }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <p class="hint">{ t.protocols_note }</p>
            <h3>{ t.stream_heading }</h3>
            <p>{ t.stream_text }</p>
            <pre class="code wrap" data-testid="pickle-load-stream">{ session }</pre>
        </details>
    }
}
