//! The stream under study (compressed above, pasted, or the exercise's), read two
//! ways: its anatomy, and a `decompressobj` fed chunk by chunk.

use super::words::CompressWords;
use super::{AnatomyView, ZlibStepper};
use crate::labs::compress::{every, parse_chunks, parse_max_length, wbits_choices};
use crate::ui::hooks::use_words;
use crate::ui::kit::{ErrorBox, LabelledSelect};
use crate::zlib::exercise::classic_stream;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StreamLabProps {
    /// The stream `zlib.compress` made above, if it succeeded.
    pub compressed: Option<Rc<Vec<u8>>>,
    /// The wbits it was made with (the reading wbits follow it).
    pub wbits: i32,
}

fn input_value(e: &InputEvent) -> String {
    e.target_dyn_into::<HtmlInputElement>()
        .map(|i| i.value())
        .unwrap_or_default()
}

#[component]
pub fn StreamLab(props: &StreamLabProps) -> Html {
    let t = use_words::<CompressWords>();
    let pasted = use_state(String::new);
    let read_wbits = use_state_eq(|| props.wbits);
    let chunks = use_state(String::new);
    let every_n = use_state(|| "8".to_owned());
    let max_length = use_state(String::new);
    {
        // A new container above: read the stream the way it was made.
        let read_wbits = read_wbits.clone();
        use_effect_with(props.wbits, move |w| read_wbits.set(*w));
    }
    let stream: Result<Rc<Vec<u8>>, String> = if pasted.trim().is_empty() {
        Ok(props.compressed.clone().unwrap_or_default())
    } else {
        crate::hex::decode(&pasted)
            .map(Rc::new)
            .map_err(|e| e.to_string())
    };
    let on_pasted = {
        let pasted = pasted.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(area) = e.target_dyn_into::<HtmlTextAreaElement>() {
                pasted.set(area.value());
            }
        })
    };
    let on_read_wbits = {
        let read_wbits = read_wbits.clone();
        Callback::from(move |value: String| {
            if let Ok(w) = value.parse::<i32>() {
                read_wbits.set(w);
            }
        })
    };
    let on_chunks = {
        let chunks = chunks.clone();
        Callback::from(move |e: InputEvent| chunks.set(input_value(&e)))
    };
    let on_every_n = {
        let every_n = every_n.clone();
        Callback::from(move |e: InputEvent| every_n.set(input_value(&e)))
    };
    let on_max_length = {
        let max_length = max_length.clone();
        Callback::from(move |e: InputEvent| max_length.set(input_value(&e)))
    };
    let stream_len = stream.as_ref().map(|s| s.len()).unwrap_or(0);
    let on_split = {
        let (chunks, every_n) = (chunks.clone(), every_n.clone());
        Callback::from(move |_: MouseEvent| {
            let n = every_n.trim().parse::<usize>().unwrap_or(1);
            let sizes = every(n, stream_len);
            chunks.set(
                sizes
                    .iter()
                    .map(usize::to_string)
                    .collect::<Vec<_>>()
                    .join(","),
            );
        })
    };
    let on_exercise = {
        let (pasted, chunks, max_length, read_wbits) = (
            pasted.clone(),
            chunks.clone(),
            max_length.clone(),
            read_wbits.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            if let Ok(stream) = classic_stream() {
                pasted.set(crate::hex::encode(&stream));
                chunks.set(
                    every(8, stream.len())
                        .iter()
                        .map(usize::to_string)
                        .collect::<Vec<_>>()
                        .join(","),
                );
                max_length.set(String::new());
                read_wbits.set(15);
            }
        })
    };
    let anatomy = use_memo((stream.clone(), *read_wbits), |(s, w)| {
        s.as_ref()
            .ok()
            .map(|s| Rc::new(crate::zlib::inspect(s, Some(*w))))
    });
    let source_line = match &stream {
        Ok(s) if pasted.trim().is_empty() => (t.stream_from_above)(s.len()),
        Ok(s) => (t.stream_pasted)(s.len()),
        Err(_) => String::new(),
    };
    let parsed_chunks = parse_chunks(&chunks, stream_len);
    let parsed_max = parse_max_length(&max_length);
    let stepper = match (&stream, &parsed_chunks, &parsed_max) {
        (Ok(s), Ok(c), Ok(m)) => html! {
            <ZlibStepper key={format!("{}/{}/{:?}/{}", crate::hex::encode(s), *read_wbits, c, m)}
                stream={s.clone()} wbits={*read_wbits} chunks={c.clone()} max_length={*m} />
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
                    aria-describedby="stream-help" value={(*pasted).clone()} oninput={on_pasted} />
                <p id="stream-help" class="hint">{ t.stream_help }</p>
                <LabelledSelect id="stepper-wbits" label={html! { { t.read_wbits_label } }}
                    options={wbits_choices().into_iter().map(|w| (AttrValue::from(w.to_string()), AttrValue::from(w.to_string()))).collect::<Vec<_>>()}
                    selected={AttrValue::from(read_wbits.to_string())} on_change={on_read_wbits} />
                <p class="hint">{ source_line }</p>
                { for stream.as_ref().err().map(|e| html! {
                    <ErrorBox text={e.clone()} testid="stream-error" />
                }) }
                { for stream.as_ref().ok().zip((*anatomy).clone()).map(|(s, a)| html! { <AnatomyView stream={s.clone()} anatomy={a} /> }) }
            </section>
            <section class="panel" aria-labelledby="stepper-heading">
                <h2 id="stepper-heading">{ t.stepper_heading }</h2>
                <p>{ t.stepper_intro }</p>
                <div class="exercise card">
                    <h3>{ t.exercise_heading }</h3>
                    <p>{ t.exercise_text }</p>
                    <ol>{ for t.exercise_steps.iter().map(|s| html! { <li>{ *s }</li> }) }</ol>
                    <button type="button" data-testid="exercise-load" onclick={on_exercise}>{ t.exercise_load }</button>
                </div>
                <div class="controls">
                    <label for="stepper-chunks">{ t.chunks_label }</label>
                    <input id="stepper-chunks" data-testid="stepper-chunks" class="code" type="text"
                        placeholder="8,8,8" aria-describedby="chunks-help"
                        value={(*chunks).clone()} oninput={on_chunks} />
                    <span id="chunks-help" class="hint">{ t.chunks_help }</span>
                </div>
                <div class="controls">
                    <label for="stepper-every">{ t.every_label }</label>
                    <input id="stepper-every" data-testid="stepper-every" type="number" min="1"
                        value={(*every_n).clone()} oninput={on_every_n} />
                    <button type="button" data-testid="stepper-split" onclick={on_split}>{ t.every_button }</button>
                </div>
                <div class="controls">
                    <label for="stepper-max-length"><code>{ t.max_length_label }</code></label>
                    <input id="stepper-max-length" data-testid="stepper-max-length" type="text"
                        inputmode="numeric" aria-describedby="max-length-help"
                        value={(*max_length).clone()} oninput={on_max_length} />
                    <span id="max-length-help" class="hint">{ t.max_length_help }</span>
                </div>
                { stepper }
            </section>
        </>
    }
}
