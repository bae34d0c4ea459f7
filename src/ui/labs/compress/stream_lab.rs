//! The stream under study (compressed above, pasted, the exercise's, or the bomb),
//! read two ways: its anatomy, and a `decompressobj` fed chunk by chunk (the bomb:
//! `max_length` at a time, rebuilt in the worker, its anatomy not drawn).

use super::words::CompressWords;
use super::{AnatomyView, ReceiverPanel, ZlibStepper};
use crate::labs::compress::PACKET;
use crate::labs::compress::{
    every, parse_chunks, parse_max_length, read_wbits_choices, the_bomb, CompressInputs, BOMB_FILE,
};
use crate::labs::jobs::{Job, JobOutput};
use crate::labs::kit::bytes_text::read_bytes;
use crate::ui::hooks::use_words;
use crate::ui::kit::compute::{use_compute, ComputeState};
use crate::ui::kit::opt;
use crate::ui::kit::{save_bytes, ErrorBox, LabelledSelect};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StreamLabProps {
    /// The stream `zlib.compress` made above, if it succeeded.
    pub compressed: Option<Rc<Vec<u8>>>,
    /// The page's inputs (this part uses the stream, its wbits, chunks and max_length).
    pub inputs: Rc<CompressInputs>,
    pub on_inputs: Callback<CompressInputs>,
}

fn input_value(e: &InputEvent) -> String {
    e.target_dyn_into::<HtmlInputElement>()
        .map(|i| i.value())
        .unwrap_or_default()
}

/// `8,8,8`: the sizes as the chunks box shows them.
fn sizes_text(sizes: &[usize]) -> String {
    sizes
        .iter()
        .map(usize::to_string)
        .collect::<Vec<_>>()
        .join(",")
}

#[component]
pub fn StreamLab(props: &StreamLabProps) -> Html {
    let t = use_words::<CompressWords>();
    let inputs = &props.inputs;
    let pasted = &inputs.stream;
    let read_wbits = inputs.rwbits;
    let bomb = inputs.reads_bomb();
    let stream: Result<Rc<Vec<u8>>, String> = if pasted.trim().is_empty() {
        Ok(props.compressed.clone().unwrap_or_default())
    } else {
        read_bytes(pasted)
            .map(|(b, _)| Rc::new(b))
            .map_err(|e| e.to_string())
    };
    let stream_len = stream.as_ref().map(|s| s.len()).unwrap_or(0);
    let update = |change: fn(&CompressInputs, String) -> CompressInputs| {
        let (inputs, set) = (props.inputs.clone(), props.on_inputs.clone());
        Callback::from(move |value: String| set.emit(change(&inputs, value)))
    };
    let on_pasted = {
        // Typing a stream lets go of the bomb.
        let set = update(|i, stream| CompressInputs {
            stream,
            src: String::new(),
            ..i.clone()
        });
        Callback::from(move |e: InputEvent| {
            if let Some(area) = e.target_dyn_into::<HtmlTextAreaElement>() {
                set.emit(area.value());
            }
        })
    };
    let on_read_wbits = update(|i, v| CompressInputs {
        rwbits: v.parse::<i32>().unwrap_or(i.rwbits),
        ..i.clone()
    });
    let on_chunks = update(|i, chunks| CompressInputs {
        chunks,
        ..i.clone()
    })
    .reform(|e: InputEvent| input_value(&e));
    let on_every_n = update(|i, every| CompressInputs { every, ..i.clone() })
        .reform(|e: InputEvent| input_value(&e));
    let on_max_length = update(|i, max| CompressInputs { max, ..i.clone() })
        .reform(|e: InputEvent| input_value(&e));
    let on_drain = {
        let (inputs, set) = (props.inputs.clone(), props.on_inputs.clone());
        Callback::from(move |_: Event| {
            set.emit(CompressInputs {
                drain: !inputs.drain,
                ..(*inputs).clone()
            })
        })
    };
    let on_split = {
        let (inputs, set) = (props.inputs.clone(), props.on_inputs.clone());
        Callback::from(move |_: MouseEvent| {
            let n = inputs.every.trim().parse::<usize>().unwrap_or(1);
            set.emit(CompressInputs {
                chunks: sizes_text(&every(n, stream_len)),
                ..(*inputs).clone()
            });
        })
    };
    let on_clear = {
        let (inputs, set) = (props.inputs.clone(), props.on_inputs.clone());
        Callback::from(move |_: MouseEvent| {
            set.emit(CompressInputs {
                stream: String::new(),
                rwbits: inputs.wbits,
                ..(*inputs).clone()
            })
        })
    };
    // The exercise's stream is made by zlib, in the Web Worker: the click asks for it,
    // and its arrival fills the inputs.
    let exercise = use_compute();
    let asked = use_mut_ref(|| false);
    let on_exercise = {
        let (exercise, asked) = (exercise.clone(), asked.clone());
        Callback::from(move |_: MouseEvent| {
            *asked.borrow_mut() = true;
            exercise.run(Job::Exercise);
        })
    };
    {
        let (inputs, set, asked) = (props.inputs.clone(), props.on_inputs.clone(), asked.clone());
        use_effect_with(exercise.state().clone(), move |state| {
            if let ComputeState::Done(out) = state {
                if let JobOutput::Exercise(Ok(ex)) = &**out {
                    if asked.replace(false) {
                        set.emit(CompressInputs {
                            stream: crate::hex::encode(&ex.stream),
                            chunks: sizes_text(&every(PACKET, ex.stream.len())),
                            max: String::new(),
                            rwbits: 15,
                            src: String::new(),
                            ..(*inputs).clone()
                        });
                    }
                }
            }
        });
    }
    let exercise_stream: Option<Vec<u8>> = match exercise.state() {
        ComputeState::Done(out) => match &**out {
            JobOutput::Exercise(Ok(ex)) => Some(ex.stream.clone()),
            _ => None,
        },
        _ => None,
    };
    let anatomy = use_memo((stream.clone(), read_wbits, bomb), |(s, w, bomb)| {
        s.as_ref()
            .ok()
            .filter(|_| !*bomb)
            .map(|s| Rc::new(crate::zlib::inspect(s, Some(*w))))
    });
    let on_unbomb = {
        let (inputs, set) = (props.inputs.clone(), props.on_inputs.clone());
        Callback::from(move |_: MouseEvent| set.emit(inputs.without_bomb()))
    };
    // Built on the click (about 1 MB of bit writing, no zlib), never held by the page.
    let on_download = Callback::from(|_: MouseEvent| {
        // A refused download leaves the page as it was.
        let _ = save_bytes(&the_bomb(), BOMB_FILE);
    });
    let source_line = match &stream {
        _ if bomb => t.stream_bomb.to_owned(),
        Ok(s) if pasted.trim().is_empty() => (t.stream_from_above)(s.len()),
        Ok(s) if exercise_stream.as_deref() == Some(s.as_slice()) => (t.stream_exercise)(s.len()),
        Ok(s) => (t.stream_pasted)(s.len()),
        Err(_) => String::new(),
    };
    let parsed_chunks = parse_chunks(&inputs.chunks, stream_len);
    let parsed_max = parse_max_length(&inputs.max);
    let stepper = match (&stream, &parsed_chunks, &parsed_max) {
        (_, _, Ok(m)) if bomb => html! {
            <ZlibStepper key={format!("bomb/{read_wbits}/{m}")} stream={Rc::<Vec<u8>>::default()}
                wbits={read_wbits} chunks={Vec::new()} max_length={*m} bomb=true />
        },
        (_, _, Err(e)) if bomb => html! {
            <ErrorBox text={e.clone()} testid="stepper-error" />
        },
        (Ok(s), Ok(c), Ok(m)) => html! {
            <ZlibStepper key={format!("{}/{}/{:?}/{}/{}", crate::hex::encode(s), read_wbits, c, m, inputs.drain)}
                stream={s.clone()} wbits={read_wbits} chunks={c.clone()} max_length={*m} drain={inputs.drain} />
        },
        (Ok(_), Err(e), _) => html! {
            <ErrorBox help={(t.chunk_error)(e)} testid="stepper-chunks-error" />
        },
        (Ok(_), _, Err(e)) => html! {
            <ErrorBox text={e.clone()} testid="stepper-error" />
        },
        (Err(_), _, _) => html! {},
    };
    html! {
        <>
            <section class="panel" aria-labelledby="anatomy-heading">
                <h2 id="anatomy-heading">{ t.anatomy_heading }</h2>
                <label for="stream-input">{ t.stream_label }</label>
                <textarea id="stream-input" data-testid="stream-input" class="code" rows="3"
                    spellcheck="false" autocapitalize="off" autocomplete="off"
                    aria-describedby="stream-help" value={pasted.clone()} oninput={on_pasted} />
                <p id="stream-help" class="hint">{ t.stream_help }</p>
                if !pasted.trim().is_empty() && !bomb {
                    <button type="button" data-testid="stream-clear" onclick={on_clear}>{ t.stream_clear }</button>
                }
                <LabelledSelect id="stepper-wbits" label={html! { { t.read_wbits_label } }}
                    options={read_wbits_choices().into_iter().map(|w| (AttrValue::from(w.to_string()), AttrValue::from(w.to_string()))).collect::<Vec<_>>()}
                    selected={AttrValue::from(read_wbits.to_string())} on_change={on_read_wbits}
                    help={AttrValue::Static(t.read_wbits_help)} />
                <p class="hint" data-testid="stream-source">{ source_line }</p>
                if bomb {
                    <div class="actions">
                        <button type="button" data-testid="bomb-download" onclick={on_download}>{ t.bomb_download }</button>
                        <button type="button" data-testid="stream-unbomb" onclick={on_unbomb}>{ t.stream_unbomb }</button>
                    </div>
                }
                { opt(stream.as_ref().err().map(|e| html! {
                    <ErrorBox text={e.clone()} testid="stream-error" />
                })) }
                { opt(stream.as_ref().ok().zip((*anatomy).clone()).map(|(s, a)| html! { <AnatomyView stream={s.clone()} anatomy={a} /> })) }
            </section>
            <section class="panel" aria-labelledby="stepper-heading">
                <h2 id="stepper-heading">{ t.stepper_heading }</h2>
                <p>{ t.stepper_intro }</p>
                <div class="exercise card">
                    <h3>{ t.exercise_heading }</h3>
                    <p>{ t.exercise_text }</p>
                    <ol>{ for t.exercise_steps.iter().map(|s| html! { <li>{ *s }</li> }) }</ol>
                    <button type="button" data-testid="exercise-load" onclick={on_exercise}>{ t.exercise_load }</button>
                    <ReceiverPanel />
                </div>
                if bomb {
                    <div class="notice" data-testid="stepper-bomb-intro">
                        <p>{ t.bomb_stepper_intro }</p>
                        <pre class="code wrap">{ "while d.unconsumed_tail and total < LIMIT:\n    out = d.decompress(d.unconsumed_tail, max_length)\n    total += len(out)" }</pre>
                        <p>{ t.bomb_stepper_after }</p>
                    </div>
                } else {
                <div class="controls">
                    <label for="stepper-chunks">{ t.chunks_label }</label>
                    <input id="stepper-chunks" data-testid="stepper-chunks" class="code" type="text"
                        placeholder="8,8,8" aria-describedby="chunks-help"
                        value={inputs.chunks.clone()} oninput={on_chunks} />
                    <span id="chunks-help" class="hint">{ t.chunks_help }</span>
                </div>
                <div class="controls">
                    <label for="stepper-every">{ t.every_label }</label>
                    <input id="stepper-every" data-testid="stepper-every" type="number" min="1"
                        value={inputs.every.clone()} oninput={on_every_n} />
                    <button type="button" data-testid="stepper-split" onclick={on_split}>{ t.every_button }</button>
                </div>
                }
                <div class="controls">
                    <label for="stepper-max-length"><code>{ t.max_length_label }</code></label>
                    <input id="stepper-max-length" data-testid="stepper-max-length" type="text"
                        inputmode="numeric" aria-describedby="max-length-help"
                        value={inputs.max.clone()} oninput={on_max_length} />
                    <span id="max-length-help" class="hint">{ t.max_length_help }</span>
                </div>
                if !bomb {
                <div class="controls">
                    <input id="stepper-drain" data-testid="stepper-drain" type="checkbox"
                        checked={inputs.drain} onchange={on_drain} aria-describedby="drain-help" />
                    <label for="stepper-drain">{ t.drain_label }</label>
                    <span id="drain-help" class="hint">{ t.drain_help }</span>
                </div>
                }
                { stepper }
            </section>
        </>
    }
}
