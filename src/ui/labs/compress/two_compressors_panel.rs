//! Two compressors, one input: zlib (CPython's bytes) beside miniz_oxide, computed and
//! timed in the Web Worker. Different bytes, the same data back.

use super::words::CompressWords;
use crate::labs::compress::CompressorResult;
use crate::labs::jobs::{Job, JobOutput};
use crate::labs::kit::grouped;
use crate::ui::hooks::use_words;
use crate::ui::kit::compute::{use_compute, ComputeState, ComputeWords};
use crate::ui::kit::{opt, ErrorBox, KitWords};
use std::rc::Rc;
use yew::prelude::*;

/// Hex characters of each stream shown (the start is where they differ).
const HEX_SHOWN: usize = 48;

#[derive(Properties, PartialEq)]
pub struct TwoCompressorsPanelProps {
    pub data: Rc<Vec<u8>>,
    pub level: i32,
}

fn row(name: &str, r: &CompressorResult, t: &CompressWords, kit: &KitWords) -> Html {
    let hex = crate::hex::encode(&r.bytes);
    let shown: String = hex.chars().take(HEX_SHOWN).collect();
    let time = r
        .us_per_run
        .map(|us| (t.two_time)(us, r.runs))
        .unwrap_or_default();
    html! {
        <tr data-testid="two-row" data-hex={hex}>
            <th scope="row"><code>{ name.to_owned() }</code></th>
            <td>{ (kit.bytes)(r.bytes.len()) }</td>
            <td>{ time }</td>
            <td><code>{ format!("{shown}…") }</code></td>
            <td>{ if r.round_trip { t.two_round_trip_ok } else { t.two_round_trip_bad } }</td>
        </tr>
    }
}

#[component]
pub fn TwoCompressorsPanel(props: &TwoCompressorsPanelProps) -> Html {
    let t = use_words::<CompressWords>();
    let kit = use_words::<KitWords>();
    let computing = use_words::<ComputeWords>();
    let compute = use_compute();
    let onclick = {
        let (compute, data, level) = (compute.clone(), props.data.clone(), props.level);
        Callback::from(move |_: MouseEvent| {
            compute.run(Job::TwoCompressors {
                data: data.to_vec(),
                level: u8::try_from(level.clamp(0, 9)).unwrap_or(6),
            })
        })
    };
    let result = match compute.state() {
        ComputeState::Pending(_) => {
            Some(html! { <p class="hint" role="status">{ computing.working }</p> })
        }
        ComputeState::Failed(e) => Some(html! { <ErrorBox help={computing.error(e)} /> }),
        ComputeState::Done(out) => match &**out {
            JobOutput::TwoCompressors(two) => Some(html! {
                <div data-testid="two-result" data-same={two.same_bytes.to_string()} role="status">
                    // May scroll on a phone: a focusable region, named apart from the section.
                    <div class="table-wrap" tabindex="0" role="region" aria-labelledby="two-caption">
                        <table>
                            <caption id="two-caption" class="sr-only">{ t.two_caption }</caption>
                            <thead><tr>
                                <th scope="col">{ t.two_col_engine }</th><th scope="col">{ t.two_col_size }</th>
                                <th scope="col">{ t.two_col_time }</th><th scope="col">{ t.two_col_bytes }</th>
                                <th scope="col">{ t.two_col_back }</th>
                            </tr></thead>
                            <tbody>
                                { match &two.zlib {
                                    Ok(z) => row("zlib (CPython)", z, t, kit),
                                    Err(e) => html! { <tr><th scope="row"><code>{ "zlib" }</code></th><td colspan="4">{ e.clone() }</td></tr> },
                                } }
                                { row("miniz_oxide", &two.miniz, t, kit) }
                            </tbody>
                        </table>
                    </div>
                    <p>{ (t.two_verdict)(two.same_bytes, grouped(two.input_len)) }</p>
                </div>
            }),
            _ => None,
        },
        ComputeState::Idle | ComputeState::Cancelled => None,
    };
    html! {
        <section class="panel" aria-labelledby="two-heading">
            <h2 id="two-heading">{ t.two_heading }</h2>
            <p>{ t.two_text }</p>
            <button type="button" data-testid="two-run" {onclick}>{ (t.two_button)(props.level) }</button>
            { opt(result) }
        </section>
    }
}
