//! `#/exercises`: every track's exercises with the learner's progress, the exercise
//! named in the URL (`#/exercises?ex=ID`, a link a teacher can share) opened below,
//! and the progress kept in localStorage: exported as a JSON file, imported, reset.

use super::exercise_view::{Activity, ExerciseView};
use super::store;
use super::words::ExercisesWords;
use crate::labs::exercises::progress::Progress;
use crate::labs::exercises::{self, Track};
use crate::ui::hooks::use_words;
use crate::ui::kit::{opt, DownloadButton};
use crate::ui::labs::Lab;
use crate::ui::route::Route;
use gloo::file::callbacks::FileReader;
use serde::{Deserialize, Serialize};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

/// The page's URL query: the open exercise.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
struct ExQuery {
    #[serde(default)]
    ex: String,
}

/// What changes the progress.
enum Action {
    Did(&'static str, Activity),
    Replace(Progress),
}

/// The progress, as a reducer over `Progress`'s own pure updates; every change is
/// stored.
#[derive(PartialEq)]
struct State(Progress);

impl Reducible for State {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = match action {
            Action::Did(id, Activity::Attempted(pass)) => self.0.attempted(id, pass),
            Action::Did(id, Activity::Hint) => self.0.hint_shown(id),
            Action::Did(id, Activity::Predicted(text)) => self.0.predicted(id, &text),
            Action::Replace(p) => p,
        };
        if next == self.0 {
            return self;
        }
        store::save(&next);
        Rc::new(State(next))
    }
}

fn track_list(
    t: &ExercisesWords,
    title: &'static str,
    state: &Progress,
    open: Option<&str>,
    nav: Option<Navigator>,
) -> Html {
    let item = |ex: &'static exercises::Exercise| {
        let p = state.of(ex.id);
        let title = t.text(ex.id).map_or(ex.id, |x| x.title);
        let href = format!("{}?ex={}", Route::Lab(Lab::Exercises).href(), ex.id);
        let onclick = {
            let nav = nav.clone();
            Callback::from(move |e: MouseEvent| {
                if let Some(nav) = &nav {
                    e.prevent_default();
                    let query = ExQuery {
                        ex: ex.id.to_owned(),
                    };
                    let _ = nav.push_with_query(&Route::Lab(Lab::Exercises), &query);
                }
            })
        };
        let current = (open == Some(ex.id)).then_some("page");
        html! {
            <li>
                <a {href} {onclick} aria-current={current} data-testid="ex-item" data-id={ex.id}
                    data-passed={p.passed.to_string()}>{ title }</a>
                { " " }
                <span class={if p.passed { "ok" } else { "hint" }}>
                    { if p.passed { t.passed } else { t.not_passed } }
                </span>
                <span class="hint">{ format!(" · {}", (t.attempts)(p.attempts, p.hints)) }</span>
            </li>
        }
    };
    html! {
        <nav data-testid="ex-list" aria-label={title}>
            { for Track::ALL.iter().map(|&track| html! {
                <section>
                    <h2>{ (t.track)(track) }</h2>
                    <ul>{ for track.exercises().iter().map(&item) }</ul>
                </section>
            }) }
        </nav>
    }
}

#[component]
pub fn ExercisesPage() -> Html {
    let title = super::card(crate::ui::hooks::use_lang()).title;
    let t = use_words::<ExercisesWords>();
    let state = use_reducer(|| State(store::load()));
    let status = use_state(|| None::<(bool, String)>);
    let reader = use_mut_ref(|| None::<FileReader>);
    let location = use_location();
    let navigator = use_navigator();
    let open = location
        .and_then(|l| l.query::<ExQuery>().ok())
        .and_then(|q| exercises::find(&q.ex));
    let progress = &state.0;
    let (passed, total) = progress.counts();

    let on_import = {
        let (state, status, reader) = (state.clone(), status.clone(), reader.clone());
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let (state, status) = (state.clone(), status.clone());
            let read = store::read_chosen(&input, move |text| match Progress::from_json(&text) {
                Ok(p) => {
                    state.dispatch(Action::Replace(p));
                    status.set(Some((false, t.imported.to_owned())));
                }
                Err(e) => status.set(Some((true, (t.import_error)(&e)))),
            });
            *reader.borrow_mut() = read;
            input.set_value("");
        })
    };
    let on_reset = {
        let (state, status) = (state.clone(), status.clone());
        let done = t.reset_done;
        Callback::from(move |_: MouseEvent| {
            state.dispatch(Action::Replace(Progress::new()));
            status.set(Some((false, done.to_owned())));
        })
    };
    let view = open.map(|ex| {
        let state = state.clone();
        let on_event = Callback::from(move |ev: Activity| state.dispatch(Action::Did(ex.id, ev)));
        html! {
            <ExerciseView key={ex.id} exercise={ex} progress={progress.of(ex.id)} {on_event} />
        }
    });
    let status_line = (*status).clone().map(|(error, text)| {
        html! { <p class={if error { "error-text" } else { "ok" }}>{ rich_status(text) }</p> }
    });
    html! {
        <>
            <h1>{ title }</h1>
            <p class="lead">{ t.intro }</p>
            <p data-testid="ex-progress" data-passed={passed.to_string()} data-total={total.to_string()}
                role="status">{ (t.progress)(passed, total) }</p>
            <div class="actions">
                <DownloadButton bytes={Rc::new(progress.to_json().into_bytes())}
                    filename="wirelab-progress.json" label={t.export} testid="ex-export" />
                <label class="file-button">{ t.import }
                    <input type="file" data-testid="ex-import" accept=".json,application/json"
                        onchange={on_import} />
                </label>
                <button type="button" data-testid="ex-reset" onclick={on_reset}>{ t.reset }</button>
            </div>
            <div aria-live="polite">{ opt(status_line) }</div>
            { view.unwrap_or_else(|| html! { <p class="hint">{ t.pick }</p> }) }
            { track_list(t, title, progress, open.map(|e| e.id), navigator) }
        </>
    }
}

fn rich_status(text: String) -> Html {
    super::exercise_view::rich(&text)
}
