//! `#/compress`: bytes -> `zlib.compress` (sizes, ratio, size by level), then the
//! stream's anatomy, the decompressobj stepper and the bomb. All values come from
//! `labs::compress` and `zlib`; this file only lays them out.

use crate::labs::compress::{
    input_bytes, ratio_text, wbits_choices, InputMode, CHART_MAX_INPUT, EXAMPLE_TEXT,
};
use crate::labs::jobs::{Job, JobOutput};
use crate::labs::serialize::{Analysis, DEFAULT_PROTOCOL, EXAMPLES};
use crate::ui::carry::{use_carried, Carried};
use crate::ui::components::{BombPanel, CopyButton, LevelChart, StreamLab};
use crate::ui::hooks::{use_lang, use_texts};
use crate::ui::kit::compute::{compute_words, use_compute, ComputeState};
use std::rc::Rc;
use web_sys::{HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// The most hex characters drawn (the full hex stays in `data-hex`).
const HEX_DRAWN: usize = 16 * 1024;

fn select_value(e: &Event) -> Option<String> {
    e.target_dyn_into::<HtmlSelectElement>().map(|s| s.value())
}

#[component]
pub fn CompressPage() -> Html {
    let t = &use_texts().compress;
    let lang = use_lang();
    let carried = use_carried();
    // Before the Serialize lab has run, its first example is what it would make.
    let carried = use_memo(carried, |c| match c {
        Some(c) => (**c).clone(),
        None => {
            let a = Analysis::new(EXAMPLES[0], DEFAULT_PROTOCOL);
            Carried {
                source: a.source.clone(),
                protocol: a.protocol,
                pickle: a.pickle_bytes().map(|b| Rc::new(b.to_vec())),
                json: a.json.clone().and_then(Result::ok).map(Rc::new),
            }
        }
    });
    let mode = use_state_eq(|| InputMode::Text);
    let typed = use_state(|| EXAMPLE_TEXT.to_owned());
    let level = use_state_eq(|| 6i32);
    let wbits = use_state_eq(|| 15i32);
    let carried_bytes: Vec<u8> = match *mode {
        InputMode::Pickle => carried.pickle.as_deref().cloned().unwrap_or_default(),
        InputMode::Json => carried
            .json
            .as_deref()
            .map(|j| j.as_bytes().to_vec())
            .unwrap_or_default(),
        InputMode::Text | InputMode::Hex => Vec::new(),
    };
    let input = use_memo(
        (*mode, (*typed).clone(), carried_bytes),
        |(m, typed, carried)| input_bytes(*m, typed, carried),
    );
    let output = use_memo(((*input).clone(), *level, *wbits), |(i, l, w)| {
        i.as_ref()
            .ok()
            .map(|data| crate::zlib::compress(data, *l, *w))
    });
    // The size-by-level chart: inline for small inputs, in the Web Worker for large.
    let chart = use_compute();
    {
        let chart = chart.clone();
        use_effect_with(((*input).clone(), *wbits), move |(i, w)| match i {
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
            JobOutput::RsaKey(_) | JobOutput::Bomb(_) => Vec::new(),
        },
        ComputeState::Idle | ComputeState::Pending(_) | ComputeState::Failed(_) => Vec::new(),
    });
    let chart_pending = matches!(chart.state(), ComputeState::Pending(_)).then(|| {
        html! { <p class="hint" role="status" data-testid="compress-chart-pending">{ compute_words(lang).working }</p> }
    });

    let on_mode = {
        let mode = mode.clone();
        Callback::from(move |e: Event| {
            if let Some(m) = select_value(&e).as_deref().and_then(InputMode::from_key) {
                mode.set(m);
            }
        })
    };
    let on_typed = {
        let typed = typed.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(area) = e.target_dyn_into::<HtmlTextAreaElement>() {
                typed.set(area.value());
            }
        })
    };
    let on_level = {
        let level = level.clone();
        Callback::from(move |e: Event| {
            if let Some(l) = select_value(&e).and_then(|v| v.parse::<i32>().ok()) {
                level.set(l.clamp(0, 9));
            }
        })
    };
    let on_wbits = {
        let wbits = wbits.clone();
        Callback::from(move |e: Event| {
            if let Some(w) = select_value(&e).and_then(|v| v.parse::<i32>().ok()) {
                wbits.set(w);
            }
        })
    };

    let input_box = match *mode {
        InputMode::Text | InputMode::Hex => html! {
            <textarea id="compress-input" data-testid="compress-input" class="code" rows="4"
                spellcheck="false" autocapitalize="off" autocomplete="off"
                value={(*typed).clone()} oninput={on_typed} />
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
        html! { <div class="error" role="alert"><pre data-testid="compress-input-error">{ e.clone() }</pre></div> }
    });
    let compressed = match (*output).clone() {
        Some(Ok(bytes)) => Some(Rc::new(bytes)),
        _ => None,
    };
    let output_view = match (&*output, &compressed, input.as_ref()) {
        (_, Some(bytes), Ok(data)) => {
            let hex = crate::hex::encode(bytes);
            let drawn: String = hex.chars().take(HEX_DRAWN).collect();
            let (ratio, saved) = ratio_text(data.len(), bytes.len());
            let code = crate::labs::compress::compress_code(data, *level, *wbits);
            html! {
                <>
                    <pre class="code wrap" data-testid="compress-hex" data-hex={hex.clone()}>{ drawn }</pre>
                    <div class="actions">
                        <CopyButton text={hex} label={t.copy_hex} />
                        <CopyButton text={code} label={t.copy_code} />
                    </div>
                    <table class="sizes">
                        <caption>{ t.sizes_heading }</caption>
                        <tbody>
                            <tr><th scope="row">{ t.input_size }</th><td>{ (t.bytes)(data.len()) }</td></tr>
                            <tr><th scope="row">{ t.output_size }</th><td>{ (t.bytes)(bytes.len()) }</td></tr>
                            <tr><th scope="row">{ t.ratio_label }</th>
                                <td data-testid="compress-ratio">{ format!("{ratio} ({})", (t.saved)(saved)) }</td></tr>
                        </tbody>
                    </table>
                    { for chart_pending }
                    <LevelChart sizes={sizes.clone()} level={*level} />
                </>
            }
        }
        (Some(Err(e)), _, _) => html! {
            <div class="error" role="alert"><pre>{ e.to_string() }</pre></div>
        },
        _ => html! {},
    };
    html! {
        <>
            <h1>{ t.title }</h1>
            <p class="lead">{ t.intro }</p>
            <section class="panel" aria-labelledby="compress-heading">
                <h2 id="compress-heading"><code>{ "zlib.compress" }</code></h2>
                <div class="controls">
                    <label for="compress-mode">{ t.mode_label }</label>
                    <select id="compress-mode" data-testid="compress-mode" onchange={on_mode}>
                        { for InputMode::ALL.iter().zip(t.modes).map(|(m, name)| html! {
                            <option value={m.key()} selected={*m == *mode}>{ name }</option>
                        }) }
                    </select>
                </div>
                <label for="compress-input" class="sr-only">{ t.input_label }</label>
                { input_box }
                { for input_error }
                <div class="controls">
                    <label for="compress-level">{ t.level_label }</label>
                    <select id="compress-level" data-testid="compress-level" onchange={on_level}
                        aria-describedby="level-help">
                        { for (0..=9).map(|l| html! {
                            <option value={l.to_string()} selected={l == *level}>{ l.to_string() }</option>
                        }) }
                    </select>
                    <span id="level-help" class="hint">{ t.level_help }</span>
                </div>
                <div class="controls">
                    <label for="compress-wbits">{ t.wbits_label }</label>
                    <select id="compress-wbits" data-testid="compress-wbits" onchange={on_wbits}
                        aria-describedby="wbits-help">
                        { for wbits_choices().into_iter().map(|w| html! {
                            <option value={w.to_string()} selected={w == *wbits}>{ w.to_string() }</option>
                        }) }
                    </select>
                    <span id="wbits-help" class="hint">{ t.wbits_help }</span>
                </div>
                { output_view }
            </section>
            <StreamLab compressed={compressed} wbits={*wbits} />
            <BombPanel />
        </>
    }
}
