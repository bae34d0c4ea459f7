//! `#/compress`: bytes -> `zlib.compress` (sizes, ratio, size by level), then the
//! stream's anatomy, the decompressobj stepper and the bomb. All values come from
//! `labs::compress` and `zlib`; this file only lays them out.

use super::words::CompressWords;
use super::{BombPanel, LevelChart, StreamLab, TwoCompressorsPanel};
use crate::labs::compress::{
    input_bytes, ratio_text, wbits_choices, CompressInputs, InputMode, CHART_MAX_INPUT,
};
use crate::labs::jobs::{Job, JobOutput};
use crate::labs::serialize::{Analysis, SerializeInputs};
use crate::ui::carry::{use_carried, Carried};
use crate::ui::hooks::use_words;
use crate::ui::kit::compute::{use_compute, ComputeState, ComputeWords};
use crate::ui::kit::opt;
use crate::ui::kit::{read_stored, use_persisted, CopyButton, ErrorBox, KitWords, LabelledSelect};
use std::rc::Rc;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// The most hex characters drawn (the full hex stays in `data-hex`).
const HEX_DRAWN: usize = 16 * 1024;

/// `(value, text)` options showing the numbers themselves.
fn number_options(values: impl IntoIterator<Item = i32>) -> Vec<(AttrValue, AttrValue)> {
    values
        .into_iter()
        .map(|v| {
            (
                AttrValue::from(v.to_string()),
                AttrValue::from(v.to_string()),
            )
        })
        .collect()
}

#[component]
pub fn CompressPage() -> Html {
    let t = use_words::<CompressWords>();
    let kit = use_words::<KitWords>();
    let computing = use_words::<ComputeWords>();
    let carried = use_carried();
    // Before the Serialize lab has run, its first example is what it would make.
    let carried = use_memo(carried, |c| match c {
        Some(c) => (**c).clone(),
        None => {
            // Not visited this session: what it shows for the learner's stored literal.
            let inputs = read_stored::<SerializeInputs>(SerializeInputs::STORE_KEY);
            let a = Analysis::new(&inputs.lit, inputs.protocol());
            Carried {
                source: a.source.clone(),
                protocol: a.protocol,
                pickle: a.pickle_bytes().map(|b| Rc::new(b.to_vec())),
                json: a.json.clone().and_then(Result::ok).map(Rc::new),
            }
        }
    });
    let (inputs, set_inputs) = use_persisted::<CompressInputs>(CompressInputs::STORE_KEY);
    let mode = inputs.input_mode();
    let level = inputs.level();
    let wbits = inputs.wbits;
    let carried_bytes: Vec<u8> = match mode {
        InputMode::Pickle => carried.pickle.as_deref().cloned().unwrap_or_default(),
        InputMode::Json => carried
            .json
            .as_deref()
            .map(|j| j.as_bytes().to_vec())
            .unwrap_or_default(),
        InputMode::Text | InputMode::Hex => Vec::new(),
    };
    let input = use_memo(
        (mode, inputs.text.clone(), carried_bytes),
        |(m, typed, carried)| input_bytes(*m, typed, carried),
    );
    // zlib runs in the Web Worker; the last result stays while the next is computed.
    let compressor = use_compute();
    {
        let compressor = compressor.clone();
        use_effect_with(((*input).clone(), level, wbits), move |(i, l, w)| match i {
            Ok(data) => compressor.run(Job::Compress {
                data: data.clone(),
                level: *l,
                wbits: *w,
            }),
            Err(_) => compressor.cancel(),
        });
    }
    let last_output = use_mut_ref(|| None::<Rc<Result<Vec<u8>, String>>>);
    if let ComputeState::Done(out) = compressor.state() {
        if let JobOutput::Compressed(r) = &**out {
            *last_output.borrow_mut() = Some(Rc::new(r.clone()));
        }
    }
    let output = last_output.borrow().clone();
    let compress_failed = match compressor.state() {
        ComputeState::Failed(e) => Some(computing.error(e)),
        _ => None,
    };
    // The size-by-level chart, in the Web Worker too.
    let chart = use_compute();
    {
        let chart = chart.clone();
        use_effect_with(((*input).clone(), wbits), move |(i, w)| match i {
            Ok(data) if data.len() <= CHART_MAX_INPUT => chart.run(Job::LevelSizes {
                data: data.clone(),
                wbits: *w,
            }),
            _ => chart.cancel(),
        });
    }
    let sizes: Rc<Vec<(i32, usize)>> = Rc::new(match chart.state() {
        ComputeState::Done(out) => match &**out {
            JobOutput::LevelSizes(s) => s.iter().map(|&(l, n)| (l, n as usize)).collect(),
            _ => Vec::new(),
        },
        ComputeState::Idle
        | ComputeState::Cancelled
        | ComputeState::Pending(_)
        | ComputeState::Failed(_) => Vec::new(),
    });
    let chart_pending = matches!(chart.state(), ComputeState::Pending(_)).then(|| {
        html! { <p class="hint" role="status" data-testid="compress-chart-pending">{ computing.working }</p> }
    });

    let update = |change: fn(&CompressInputs, String) -> CompressInputs| {
        let (inputs, set) = (inputs.clone(), set_inputs.clone());
        Callback::from(move |value: String| set.emit(change(&inputs, value)))
    };
    let on_mode = update(|i, v| match InputMode::from_key(&v) {
        Some(m) => i.with_mode(m),
        None => i.clone(),
    });
    let on_typed = {
        let set_text = update(|i, text| CompressInputs { text, ..i.clone() });
        Callback::from(move |e: InputEvent| {
            if let Some(area) = e.target_dyn_into::<HtmlTextAreaElement>() {
                set_text.emit(area.value());
            }
        })
    };
    let on_level = update(|i, v| CompressInputs {
        level: v.parse::<i32>().map_or(i.level, |l| l.clamp(0, 9)),
        ..i.clone()
    });
    // A new container above: the stream below is read the way it was made.
    let on_wbits = update(|i, v| match v.parse::<i32>() {
        Ok(w) => CompressInputs {
            wbits: w,
            rwbits: w,
            ..i.clone()
        },
        Err(_) => i.clone(),
    });

    let input_box = match mode {
        InputMode::Text | InputMode::Hex => html! {
            <textarea id="compress-input" data-testid="compress-input" class="code" rows="4"
                spellcheck="false" autocapitalize="off" autocomplete="off"
                value={inputs.text.clone()} oninput={on_typed} />
        },
        InputMode::Pickle | InputMode::Json => {
            let n = input.as_ref().as_ref().map(Vec::len).unwrap_or(0);
            html! {
                <p class="hint" data-testid="compress-carried">
                    { (t.carried)(n, &carried.source) }
                </p>
            }
        }
    };
    let input_error = input.as_ref().as_ref().err().map(|e| {
        html! { <ErrorBox text={e.clone()} testid="compress-input-error" /> }
    });
    let compressed = match output.as_deref() {
        Some(Ok(bytes)) => Some(Rc::new(bytes.clone())),
        _ => None,
    };
    let output_view = match (output.as_deref(), &compressed, input.as_ref()) {
        (_, Some(bytes), Ok(data)) => {
            let hex = crate::hex::encode(bytes);
            let drawn: String = hex.chars().take(HEX_DRAWN).collect();
            let (ratio, saved) = ratio_text(data.len(), bytes.len());
            let code = crate::labs::compress::compress_code(data, level, wbits);
            html! {
                <>
                    <pre class="code wrap" data-testid="compress-hex" data-hex={hex.clone()}>{ drawn }</pre>
                    <div class="actions">
                        <CopyButton text={hex} label={kit.copy_hex} />
                        <CopyButton text={code} label={kit.copy_python} />
                    </div>
                    <table class="sizes">
                        <caption>{ t.sizes_heading }</caption>
                        <tbody>
                            <tr><th scope="row">{ t.input_size }</th><td>{ (kit.bytes)(data.len()) }</td></tr>
                            <tr><th scope="row">{ t.output_size }</th><td>{ (kit.bytes)(bytes.len()) }</td></tr>
                            <tr><th scope="row">{ t.ratio_label }</th>
                                <td data-testid="compress-ratio">{ format!("{ratio} ({})", (t.saved)(saved)) }</td></tr>
                        </tbody>
                    </table>
                    { opt(chart_pending) }
                    <LevelChart sizes={sizes.clone()} {level} />
                </>
            }
        }
        (Some(Err(e)), _, _) => html! {
            <ErrorBox text={e.clone()} />
        },
        _ => html! {},
    };
    let output_view = html! {
        <>
            { output_view }
            { opt(compress_failed.map(|e| html! { <ErrorBox help={e} /> })) }
        </>
    };
    let on_watch_bomb = {
        let (inputs, set) = (inputs.clone(), set_inputs.clone());
        Callback::from(move |()| set.emit(inputs.with_bomb()))
    };
    html! {
        <>
            <h1>{ t.title }</h1>
            <p class="lead">{ t.intro }</p>
            <section class="panel" aria-labelledby="compress-heading">
                <h2 id="compress-heading"><code>{ "zlib.compress" }</code></h2>
                <LabelledSelect id="compress-mode" label={html! { { t.mode_label } }}
                    options={InputMode::ALL.iter().zip(t.modes).map(|(m, name)| (AttrValue::Static(m.key()), AttrValue::Static(name))).collect::<Vec<_>>()}
                    selected={AttrValue::Static(mode.key())} on_change={on_mode} />
                <label for="compress-input" class="sr-only">{ t.input_label }</label>
                { input_box }
                { opt(input_error) }
                <LabelledSelect id="compress-level" label={html! { { t.level_label } }}
                    options={number_options(0..=9)} selected={AttrValue::from(level.to_string())}
                    on_change={on_level} help={AttrValue::Static(t.level_help)} />
                <LabelledSelect id="compress-wbits" label={html! { { t.wbits_label } }}
                    options={number_options(wbits_choices())} selected={AttrValue::from(wbits.to_string())}
                    on_change={on_wbits} help={AttrValue::Static(t.wbits_help)} />
                { output_view }
            </section>
            { opt(input.as_ref().as_ref().ok().map(|data| html! {
                <TwoCompressorsPanel data={Rc::new(data.clone())} {level} />
            })) }
            <StreamLab {compressed} inputs={inputs.clone()} on_inputs={set_inputs.clone()} />
            <BombPanel on_watch={on_watch_bomb} />
        </>
    }
}
