//! `#/serialize`: literal -> pickle bytes + listing, json.dumps, and a safe pickle.loads.
//! All values come from `labs::serialize::Analysis`; this file only lays them out.

use super::words::SerializeWords;
use super::{
    DisListing, JsonLoadsPanel, JsonPanel, LiteralEditor, LoadsPanel, OpcodeInfo, PickleNotes,
};
use crate::labs::serialize::{annotate, Analysis, SerializeInputs, HIGHEST_PROTOCOL};
use crate::ui::carry::{Carried, CarryContext};
use crate::ui::hooks::use_words;
use crate::ui::kit::opt;
use crate::ui::kit::{
    use_persisted, CopyButton, DownloadButton, ErrorBox, HexView, KitWords, LabelledSelect,
};
use std::rc::Rc;
use yew::prelude::*;

#[component]
pub fn SerializePage() -> Html {
    let ts = &use_words::<SerializeWords>().serialize;
    let kit = use_words::<KitWords>();
    let (inputs, set_inputs) = use_persisted::<SerializeInputs>(SerializeInputs::STORE_KEY);
    let protocol = inputs.protocol();
    // The selected opcode (index into the listing) and the byte under the cursor.
    let line = use_state_eq(|| None::<usize>);
    let locked = use_state_eq(|| false);
    let byte = use_state_eq(|| None::<usize>);
    let typed = use_memo((inputs.lit.clone(), protocol), |(s, p)| {
        Rc::new(Analysis::new(s, *p))
    });
    // While the literal is invalid, the last valid result stays on screen, dimmed,
    // so the page does not jump at every keystroke that breaks it.
    let last_good = use_mut_ref(|| None::<Rc<Analysis>>);
    if typed.value.is_ok() {
        *last_good.borrow_mut() = Some((*typed).clone());
    }
    let stale = typed.value.is_err() && last_good.borrow().is_some();
    let analysis: Rc<Analysis> = if stale {
        last_good
            .borrow()
            .clone()
            .unwrap_or_else(|| (*typed).clone())
    } else {
        (*typed).clone()
    };
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
        let (line, byte, locked) = (line.clone(), byte.clone(), locked.clone());
        use_effect_with(analysis.clone(), move |_| {
            line.set(None);
            byte.set(None);
            locked.set(false);
        });
    }
    let on_input = {
        let (inputs, set) = (inputs.clone(), set_inputs.clone());
        Callback::from(move |lit: String| {
            set.emit(SerializeInputs {
                lit,
                ..(*inputs).clone()
            })
        })
    };
    let on_protocol = {
        let (inputs, set) = (inputs.clone(), set_inputs.clone());
        Callback::from(move |value: String| {
            if let Ok(p) = value.parse::<u8>() {
                set.emit(SerializeInputs {
                    p: p.min(HIGHEST_PROTOCOL),
                    ..(*inputs).clone()
                })
            }
        })
    };
    let on_json_loads = {
        let (inputs, set) = (inputs.clone(), set_inputs.clone());
        Callback::from(move |jl: String| {
            set.emit(SerializeInputs {
                jl,
                ..(*inputs).clone()
            })
        })
    };
    let unicode = use_memo(analysis.clone(), |a| {
        a.value
            .as_ref()
            .ok()
            .and_then(|v| crate::py::json::dumps_with(v, false).ok())
            .map(AttrValue::from)
    });
    let on_loads = {
        let (inputs, set) = (inputs.clone(), set_inputs.clone());
        Callback::from(move |loads: String| {
            set.emit(SerializeInputs {
                loads,
                ..(*inputs).clone()
            })
        })
    };
    let listing = analysis.dis.clone().map(Rc::new);
    let annotated = use_memo(analysis.clone(), |a| {
        Rc::new(match (a.pickle_bytes(), &a.dis) {
            (Some(bytes), Some(listing)) => annotate(bytes, listing),
            _ => Default::default(),
        })
    });
    // Hovering shows a field; a click locks it (hovering then leaves it alone) and Esc
    // releases it; the keyboard moves the selection either way.
    let select_line = {
        let (line, byte, locked) = (line.clone(), byte.clone(), locked.clone());
        Callback::from(move |(i, lock): (usize, Option<bool>)| {
            line.set(Some(i));
            byte.set(None);
            if let Some(l) = lock {
                locked.set(l);
            }
        })
    };
    let select_byte = {
        let (line, byte, locked) = (line.clone(), byte.clone(), locked.clone());
        let annotated = annotated.clone();
        Callback::from(move |(i, lock): (usize, Option<bool>)| {
            byte.set(Some(i));
            line.set(annotated.field_at(i));
            if let Some(l) = lock {
                locked.set(l);
            }
        })
    };
    let is_locked = *locked;
    let hover = |select: &Callback<(usize, Option<bool>)>| {
        let select = select.clone();
        Callback::from(move |i: usize| {
            if !is_locked {
                select.emit((i, None));
            }
        })
    };
    let (hover_line, hover_byte) = (hover(&select_line), hover(&select_byte));
    let key_line = select_line.reform(|i| (i, None));
    let key_byte = select_byte.reform(|i| (i, None));
    let pick_line = select_line.reform(|i| (i, Some(true)));
    let pick_byte = select_byte.reform(|i| (i, Some(true)));
    let release = {
        let select = select_line.clone();
        let line = *line;
        Callback::from(move |()| {
            if let Some(i) = line {
                select.emit((i, Some(false)));
            }
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
                        <CopyButton text={hex} label={kit.copy_hex} />
                        <CopyButton text={analysis.python_snippet()} label={kit.copy_python} />
                        <DownloadButton bytes={bytes.clone()} filename="wirelab.pickle" label={(kit.download)(".pickle")} />
                    </div>
                    <div class="bytes-and-listing">
                        <HexView data={(*annotated).clone()} highlight={*line} cursor={*byte}
                            on_cursor={key_byte} on_hover={hover_byte} on_pick={pick_byte}
                            on_release={release.clone()} testid="pickle-hex" label={ts.hex_aria} />
                        <div class="listing-col">
                            { opt(listing.clone().map(|l| html! {
                                <DisListing listing={l} data={(*annotated).clone()} selected={*line} locked={is_locked}
                                    on_select={key_line.clone()} on_hover={hover_line.clone()}
                                    on_pick={pick_line.clone()} on_release={release.clone()} />
                            })) }
                            <OpcodeInfo line={selected_line} />
                        </div>
                    </div>
                    <p class="hint">{ ts.dis_hint }</p>
                    <PickleNotes pickle={bytes.clone()} protocol={analysis.protocol}
                        repr={analysis.value.as_ref().map(crate::py::repr::repr).unwrap_or_default()} />
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
                    { opt(p.map(|b| html! { <tr><th scope="row">{ (ts.size_pickle)(analysis.protocol) }</th><td>{ (kit.bytes)(b.len()) }</td></tr> })) }
                    { opt(j.map(|n| html! { <tr><th scope="row">{ "JSON" }</th><td>{ (kit.bytes)(n) }</td></tr> })) }
                </tbody>
            </table>
        },
    };
    let literal_error = typed.value.as_ref().err().cloned();
    html! {
        <>
            <h1>{ ts.title }</h1>
            <p class="lead">{ ts.intro }</p>
            <LiteralEditor value={inputs.lit.clone()} error={literal_error} {on_input} />
            <div class={classes!("serialize-grid", stale.then_some("stale"))} aria-busy={stale.to_string()}
                data-testid="serialize-results" data-stale={stale.to_string()}>
                <section class="panel pickle-panel" aria-labelledby="pickle-heading">
                    <h2 id="pickle-heading"><code>{ "pickle.dumps" }</code></h2>
                    { protocol_select }
                    { pickle }
                </section>
                { opt(analysis.json.clone().map(|json| html! {
                    <JsonPanel json={json} unicode={(*unicode).clone()} losses={analysis.losses.clone()} />
                })) }
            </div>
            <div class={classes!(stale.then_some("stale"))}>{ sizes }</div>
            <JsonLoadsPanel text={inputs.jl.clone()} on_text={on_json_loads}
                above={analysis.json.clone().and_then(Result::ok).map(AttrValue::from)} />
            <LoadsPanel text={inputs.loads.clone()} on_text={on_loads}
                above_hex={analysis.pickle_bytes().map(|b| AttrValue::from(crate::hex::encode(b)))} />
        </>
    }
}
