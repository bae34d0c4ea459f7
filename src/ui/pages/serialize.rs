//! `#/serialize`: literal -> pickle bytes + listing, json.dumps, and a safe pickle.loads.
//! All values come from `labs::serialize::Analysis`; this file only lays them out.

use crate::labs::serialize::{line_at, Analysis, DEFAULT_PROTOCOL, HIGHEST_PROTOCOL};
use crate::ui::carry::{Carried, CarryContext};
use crate::ui::components::{
    CopyButton, DisListing, DownloadButton, HexView, JsonPanel, LiteralEditor, LoadsPanel,
    OpcodeInfo,
};
use crate::ui::hooks::use_texts;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[component]
pub fn SerializePage() -> Html {
    let t = use_texts();
    let ts = &t.serialize;
    let source = use_state(|| crate::labs::serialize::EXAMPLES[0].to_owned());
    let protocol = use_state(|| DEFAULT_PROTOCOL);
    // The selected opcode (index into the listing) and the byte under the cursor.
    let line = use_state_eq(|| None::<usize>);
    let byte = use_state_eq(|| None::<usize>);
    let analysis = use_memo(((*source).clone(), *protocol), |(s, p)| {
        Analysis::new(s, *p)
    });
    {
        // The Compress lab takes these bytes with one click.
        let carry = use_context::<CarryContext>();
        use_effect_with(analysis.clone(), move |a| {
            if let Some(carry) = carry {
                carry.set.emit(Carried {
                    source: a.source.clone(),
                    protocol: a.protocol,
                    pickle: a.pickle_bytes().map(|b| Rc::new(b.to_vec())),
                    json: a.json.clone().and_then(Result::ok).map(Rc::new),
                });
            }
        });
    }
    {
        // New bytes: the old selection points nowhere.
        let (line, byte) = (line.clone(), byte.clone());
        use_effect_with(analysis.clone(), move |_| {
            line.set(None);
            byte.set(None);
        });
    }
    let on_input = {
        let source = source.clone();
        Callback::from(move |s: String| source.set(s))
    };
    let on_protocol = {
        let protocol = protocol.clone();
        Callback::from(move |e: Event| {
            let value = e.target_dyn_into::<HtmlSelectElement>().map(|s| s.value());
            if let Some(p) = value.and_then(|v| v.parse::<u8>().ok()) {
                protocol.set(p.min(HIGHEST_PROTOCOL));
            }
        })
    };
    let listing = analysis.dis.clone().map(Rc::new);
    let on_select_line = {
        let (line, byte) = (line.clone(), byte.clone());
        Callback::from(move |i: usize| {
            line.set(Some(i));
            byte.set(None);
        })
    };
    let on_select_byte = {
        let (line, byte) = (line.clone(), byte.clone());
        let listing = listing.clone();
        Callback::from(move |i: usize| {
            byte.set(Some(i));
            line.set(listing.as_ref().and_then(|l| line_at(l, i)));
        })
    };
    let selected_line = listing
        .as_ref()
        .and_then(|l| (*line).and_then(|i| l.lines.get(i).cloned()));
    let highlight = selected_line
        .as_ref()
        .map(|l| l.offset..l.offset.saturating_add(l.len));

    let protocol_select = html! {
        <div class="protocol">
            <label for="protocol-select">{ ts.protocol_label }</label>
            <select id="protocol-select" data-testid="protocol-select" onchange={on_protocol}
                aria-describedby="protocol-help">
                { for (0..=HIGHEST_PROTOCOL).map(|p| html! {
                    <option value={p.to_string()} selected={p == *protocol}>{ p.to_string() }</option>
                }) }
            </select>
            <span id="protocol-help" class="hint">{ ts.protocol_help }</span>
        </div>
    };
    let pickle = match (&analysis.pickle, analysis.pickle_bytes()) {
        (_, Some(bytes)) => {
            let bytes = Rc::new(bytes.to_vec());
            let hex = crate::hex::encode(&bytes);
            html! {
                <>
                    <p class="size">{ (ts.size_bytes)(bytes.len()) }</p>
                    <div class="actions">
                        <CopyButton text={hex} label={ts.copy_hex} />
                        <CopyButton text={analysis.python_snippet()} label={ts.copy_snippet} />
                        <DownloadButton bytes={bytes.clone()} filename="wirelab.pickle" label={ts.download} />
                    </div>
                    <div class="bytes-and-listing">
                        <HexView bytes={bytes} highlight={highlight} cursor={*byte} {on_select_byte} testid="pickle-hex" />
                        <div class="listing-col">
                            { for listing.clone().map(|l| html! {
                                <DisListing listing={l} selected={*line} on_select={on_select_line.clone()} />
                            }) }
                            <OpcodeInfo line={selected_line} />
                        </div>
                    </div>
                    <p class="hint">{ ts.dis_hint }</p>
                </>
            }
        }
        (Some(Err(err)), None) => html! {
            <div class="error"><p>{ ts.dumps_error_help }</p><pre class="code">{ err.to_string() }</pre></div>
        },
        _ => html! {},
    };
    let sizes = match (analysis.pickle_bytes(), analysis.json_size()) {
        (None, None) => html! {},
        (p, j) => html! {
            <table class="sizes">
                <caption>{ ts.sizes_heading }</caption>
                <tbody>
                    { for p.map(|b| html! { <tr><th scope="row">{ (ts.size_pickle)(*protocol) }</th><td>{ (ts.size_bytes)(b.len()) }</td></tr> }) }
                    { for j.map(|n| html! { <tr><th scope="row">{ "JSON" }</th><td>{ (ts.size_bytes)(n) }</td></tr> }) }
                </tbody>
            </table>
        },
    };
    let literal_error = analysis.value.as_ref().err().cloned();
    html! {
        <>
            <h1>{ ts.title }</h1>
            <p class="lead">{ ts.intro }</p>
            <LiteralEditor value={(*source).clone()} error={literal_error} {on_input} />
            <div class="serialize-grid">
                <section class="panel pickle-panel" aria-labelledby="pickle-heading">
                    <h2 id="pickle-heading"><code>{ "pickle.dumps" }</code></h2>
                    { protocol_select }
                    { pickle }
                </section>
                { for analysis.json.clone().map(|json| html! {
                    <JsonPanel json={json} losses={analysis.losses.clone()} />
                }) }
            </div>
            { sizes }
            <LoadsPanel above_hex={analysis.pickle_bytes().map(|b| AttrValue::from(crate::hex::encode(b)))} />
        </>
    }
}
