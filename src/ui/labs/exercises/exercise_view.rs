//! One exercise: the note's line quoted, the task and its data, a prediction, a link
//! that opens the lab in the exercise's state, the answer checked in the Web Worker
//! (`Job::CheckExercise` through `use_compute`), hints one at a time, the explanation
//! after success, and the Python to try at home.

use super::words::{ExerciseText, ExercisesWords};
use crate::labs::compress::CompressInputs;
use crate::labs::exercises::progress::ExerciseProgress;
use crate::labs::exercises::{AnswerKind, Check, Exercise, LabSeed};
use crate::labs::jobs::{Job, JobOutput};
use crate::labs::serialize::SerializeInputs;
use crate::ui::hooks::use_words;
use crate::ui::kit::compute::{use_compute, ComputeState, ComputeWords};
use crate::ui::kit::{opt, CopyButton, ErrorBox};
use crate::ui::labs::Lab;
use crate::ui::route::Route;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;
use yew_router::query::ToQuery;

/// What the learner did, for the progress record.
#[derive(Clone, Debug, PartialEq)]
pub enum Activity {
    Attempted(bool),
    Hint,
    Predicted(String),
}

#[derive(Properties, PartialEq)]
pub struct ExerciseViewProps {
    pub exercise: &'static Exercise,
    pub progress: ExerciseProgress,
    pub on_event: Callback<Activity>,
}

/// Text with `code` spans (backticks) as `<code>`.
pub fn rich(text: &str) -> Html {
    text.split('`')
        .enumerate()
        .map(|(i, part)| {
            if i % 2 == 1 {
                html! { <code>{ part.to_owned() }</code> }
            } else {
                html! { { part.to_owned() } }
            }
        })
        .collect()
}

/// The Sockets lab's query for a program (its `SocketsInputs` keeps the rest).
#[derive(serde::Serialize)]
struct ProgramQuery<'a> {
    program: &'a str,
}

/// The lab's route and URL query that open it in the exercise's state (the Sockets
/// lab with the learner's program as it stands).
fn lab_href(seed: LabSeed, answer: &str) -> String {
    let (lab, query) = match seed {
        LabSeed::Serialize {
            lit,
            protocol,
            loads,
        } => {
            let inputs = SerializeInputs {
                lit: lit.into(),
                p: protocol,
                loads: loads.into(),
                ..SerializeInputs::default()
            };
            (Lab::Serialize, inputs.to_query().map(|q| q.into_owned()))
        }
        LabSeed::Compress {
            stream,
            chunks,
            max,
        } => {
            let inputs = CompressInputs {
                stream: stream.into(),
                chunks: chunks.into(),
                max: max.into(),
                ..CompressInputs::default()
            };
            (Lab::Compress, inputs.to_query().map(|q| q.into_owned()))
        }
        LabSeed::Sockets => {
            let query = ProgramQuery { program: answer };
            (Lab::Sockets, query.to_query().map(|q| q.into_owned()))
        }
        LabSeed::Tls => (Lab::Tls, Ok(String::new())),
    };
    let href = Route::Lab(lab).href();
    query
        .ok()
        .filter(|q| !q.is_empty())
        .map_or(href.clone(), |q| format!("{href}?{q}"))
}

fn input_value(e: &InputEvent) -> String {
    if let Some(t) = e.target_dyn_into::<HtmlTextAreaElement>() {
        return t.value();
    }
    e.target_dyn_into::<HtmlInputElement>()
        .map(|i| i.value())
        .unwrap_or_default()
}

/// The result of a finished check, the prediction's verdict and the explanation.
fn result_view(
    t: &ExercisesWords,
    text: &ExerciseText,
    ex: &Exercise,
    check: &Check,
    predicted: &str,
) -> Html {
    let pass = *check == Check::Pass;
    let verdict = match check {
        Check::Pass => html! { <p class="ok">{ t.pass }</p> },
        Check::Fail(why) => html! { <p class="error-text">{ rich(&(t.why)(why)) }</p> },
    };
    let prediction = (pass && !predicted.trim().is_empty()).then(|| {
        let said = if ex.prediction_right(predicted) {
            t.predicted_right.to_owned()
        } else {
            (t.predicted_other)(ex.expected.first().copied().unwrap_or_default())
        };
        html! { <p>{ said }</p> }
    });
    let explain = pass.then(|| {
        html! { <><h3>{ t.explain }</h3><p>{ rich(text.explain) }</p></> }
    });
    html! {
        <div data-testid="ex-result" data-result={if pass { "pass" } else { "fail" }}
            data-why={match check { Check::Pass => "", Check::Fail(why) => why.key() }} role="status">
            { verdict }
            { opt(prediction) }
            { opt(explain) }
        </div>
    }
}

#[component]
pub fn ExerciseView(props: &ExerciseViewProps) -> Html {
    let t = use_words::<ExercisesWords>();
    let c = use_words::<ComputeWords>();
    let ex = props.exercise;
    let prediction = use_state(|| props.progress.prediction.clone());
    let answer = use_state(|| ex.starter.to_owned());
    let compute = use_compute();
    let title = use_node_ref();
    {
        // Opened (by a link or from the list): the keyboard continues here.
        let title = title.clone();
        use_effect_with((), move |_| {
            if let Some(h) = title.cast::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        });
    }
    {
        // Each finished check is one attempt.
        let on_event = props.on_event.clone();
        use_effect_with(compute.state().clone(), move |state| {
            if let ComputeState::Done(out) = state {
                if let JobOutput::Check(check) = &**out {
                    on_event.emit(Activity::Attempted(*check == Check::Pass));
                }
            }
        });
    }
    let Some(text) = t.text(ex.id) else {
        return html! {};
    };
    let on_prediction = {
        let prediction = prediction.clone();
        Callback::from(move |e: InputEvent| prediction.set(input_value(&e)))
    };
    let on_answer = {
        let answer = answer.clone();
        Callback::from(move |e: InputEvent| answer.set(input_value(&e)))
    };
    let on_check = {
        let (compute, answer, prediction) = (compute.clone(), answer.clone(), prediction.clone());
        let on_event = props.on_event.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_event.emit(Activity::Predicted((*prediction).clone()));
            compute.run(Job::CheckExercise {
                id: ex.id.to_owned(),
                answer: (*answer).clone(),
            });
        })
    };
    let on_hint = {
        let on_event = props.on_event.clone();
        Callback::from(move |_: MouseEvent| on_event.emit(Activity::Hint))
    };
    let shown = (props.progress.hints as usize).min(text.hints.len());
    let pending = matches!(compute.state(), ComputeState::Pending(_));
    let result = match compute.state() {
        ComputeState::Done(out) => {
            if let JobOutput::Check(check) = &**out {
                Some(result_view(t, text, ex, check, &prediction))
            } else {
                None
            }
        }
        ComputeState::Pending(_) => Some(html! { <p role="status">{ t.checking }</p> }),
        ComputeState::Failed(e) => Some(html! { <ErrorBox help={c.error(e)} /> }),
        ComputeState::Idle | ComputeState::Cancelled => None,
    };
    let multi_line = matches!(
        ex.answer,
        AnswerKind::Program | AnswerKind::Settings | AnswerKind::Suites
    );
    let answer_box = if multi_line {
        let rows = ex.starter.lines().count().clamp(3, 14).to_string();
        html! {
            <textarea id="ex-answer" data-testid="ex-answer" class="code" spellcheck="false"
                rows={rows} value={(*answer).clone()} oninput={on_answer} />
        }
    } else {
        html! {
            <input id="ex-answer" data-testid="ex-answer" type="text" class="code" spellcheck="false"
                autocomplete="off" value={(*answer).clone()} oninput={on_answer} />
        }
    };
    let given = (!ex.given.is_empty()).then(|| {
        html! { <><h3>{ t.given }</h3><pre class="code wrap">{ ex.given }</pre></> }
    });
    let hints = text
        .hints
        .iter()
        .take(shown)
        .map(|h| html! { <li>{ rich(h) }</li> });
    let link = format!("{}?ex={}", Route::Lab(Lab::Exercises).href(), ex.id);
    html! {
        <article class="panel exercise" aria-labelledby="ex-title" data-testid="ex-open" data-id={ex.id}>
            <h2 id="ex-title" tabindex="-1" ref={title}>{ text.title }</h2>
            <blockquote class="notice">
                <p>{ rich(text.quote) }</p>
                <footer class="hint">{ t.note_says }</footer>
            </blockquote>
            <p>{ rich(text.task) }</p>
            { opt(given) }
            <form onsubmit={on_check}>
                <h3>{ t.step_predict }</h3>
                <label for="ex-prediction">{ rich(text.predict) }</label>
                <input id="ex-prediction" data-testid="ex-prediction" type="text" class="code"
                    spellcheck="false" autocomplete="off" placeholder={(t.predict_hint)(ex.predict)}
                    value={(*prediction).clone()} oninput={on_prediction} />
                <h3>{ t.step_lab }</h3>
                <p><a href={lab_href(ex.lab, &answer)} data-testid="ex-lab">{ (t.open_lab)(ex.track) }</a></p>
                <h3>{ t.step_answer }</h3>
                <label for="ex-answer">{ (t.answer_label)(ex.answer) }</label>
                { answer_box }
                <div class="actions">
                    <button type="submit" data-testid="ex-check" disabled={pending}>{ t.check }</button>
                </div>
            </form>
            { opt(result) }
            <h3>{ t.hint }</h3>
            <ol class="hints">{ for hints }</ol>
            <button type="button" data-testid="ex-hint" onclick={on_hint}
                aria-disabled={(shown >= text.hints.len()).then_some("true")}>
                { if shown >= text.hints.len() { t.no_more_hints } else { t.next_hint } }
            </button>
            <h3>{ t.home }</h3>
            <pre class="code">{ ex.home }</pre>
            <CopyButton text={ex.home} label={t.copy_python} />
            <p><a href={link}>{ t.link }</a></p>
        </article>
    }
}
