//! `#/serialize`: literal -> pickle bytes + listing, json.dumps, and a safe pickle.loads.
//! All values come from `labs::serialize::Analysis`; this file only lays them out.

use super::words::SerializeWords;
use super::{DisListing, JsonPanel, LiteralEditor, LoadsPanel, OpcodeInfo};
use crate::labs::serialize::{annotate, Analysis, DEFAULT_PROTOCOL, HIGHEST_PROTOCOL};
use crate::ui::carry::{Carried, CarryContext};
use crate::ui::hooks::use_words;
use crate::ui::kit::{CopyButton, DownloadButton, ErrorBox, HexView, KitWords, LabelledSelect};
use std::rc::Rc;
use yew::prelude::*;

#[component]
pub fn SerializePage() -> Html {
    let ts = &use_words::<SerializeWords>().serialize;
    let kit = use_words::<KitWords>();
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
        Callback::from(move |value: String| {
            if let Ok(p) = value.parse::<u8>() {
                protocol.set(p.min(HIGHEST_PROTOCOL));
            }
        })
    };
    let listing = analysis.dis.clone().map(Rc::new);
    let annotated = use_memo(analysis.clone(), |a| {
        Rc::new(match (a.pickle_bytes(), &a.dis) {
            (Some(bytes), Some(listing)) => annotate(bytes, listing),
            _ => Default::default(),
        })
    });
    let on_select_line = {
        let (line, byte) = (line.clone(), byte.clone());
        Callback::from(move |i: usize| {
            line.set(Some(i));
            byte.set(None);
        })
    };
    let on_select_byte = {
        let (line, byte) = (line.clone(), byte.clone());
        let annotated = annotated.clone();
        Callback::from(move |i: usize| {
            byte.set(Some(i));
            line.set(annotated.field_at(i));
        })
    };
    let selected_line = listing
        .as_ref()
        .and_then(|l| (*line).and_then(|i| l.lines.get(i).cloned()));

    let protocol_select = html! {
        <LabelledSelect id="protocol-select" label={html! { { ts.protocol_label } }}
            options={(0..=HIGHEST_PROTOCOL).map(|p| (AttrValue::from(p.to_string()), AttrValue::from(p.to_string()))).collect::<Vec<_>>()}
            selected={AttrValue::from(protocol.to_string())} on_change={on_protocol}
            help={AttrValue::Static(ts.protocol_help)} />
    };
    let pickle = match (&analysis.pickle, analysis.pickle_bytes()) {
        (_, Some(bytes)) => {
            let bytes = Rc::new(bytes.to_vec());
            let hex = crate::hex::encode(&bytes);
            html! {
                <>
                    <p class="size">{ (kit.bytes)(bytes.len()) }</p>
                    <div class="actions">
                        <CopyButton text={hex} label={ts.copy_hex} />
                        <CopyButton text={analysis.python_snippet()} label={ts.copy_snippet} />
                        <DownloadButton bytes={bytes.clone()} filename="wirelab.pickle" label={ts.download} />
                    </div>
                    <div class="bytes-and-listing">
                        <HexView data={(*annotated).clone()} highlight={*line} cursor={*byte}
                            on_cursor={on_select_byte} testid="pickle-hex" label={ts.hex_aria} />
                        <div class="listing-col">
                            { for listing.clone().map(|l| html! {
                                <DisListing listing={l} data={(*annotated).clone()} selected={*line} on_select={on_select_line.clone()} />
                            }) }
                            <OpcodeInfo line={selected_line} />
                        </div>
                    </div>
                    <p class="hint">{ ts.dis_hint }</p>
                </>
            }
        }
        (Some(Err(err)), None) => html! {
            <ErrorBox help={ts.dumps_error_help} text={err.to_string()} />
        },
        _ => html! {},
    };
    let sizes = match (analysis.pickle_bytes(), analysis.json_size()) {
        (None, None) => html! {},
        (p, j) => html! {
            <table class="sizes">
                <caption>{ ts.sizes_heading }</caption>
                <tbody>
                    { for p.map(|b| html! { <tr><th scope="row">{ (ts.size_pickle)(*protocol) }</th><td>{ (kit.bytes)(b.len()) }</td></tr> }) }
                    { for j.map(|n| html! { <tr><th scope="row">{ "JSON" }</th><td>{ (kit.bytes)(n) }</td></tr> }) }
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
