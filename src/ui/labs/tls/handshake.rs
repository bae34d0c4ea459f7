//! The TLS page's Handshake section: one whole session computed in the Web Worker
//! (`Job::Handshake`, the engine never reaches the page's wasm), replayed a record at
//! a time with the kit's stepper. Suite, scenario, seed and step live in the URL
//! (`use_persisted`), so a link or a reload returns to the same moment; the worker is
//! only started once a session is asked for (a step in the URL, or Next/Run).

use serde::{Deserialize, Serialize};
use std::rc::Rc;

use super::hs_diagram::diagram_svg;
use super::hs_inspect::{inspect, Cursor};
use super::hs_leak::LengthLeak;
use super::hs_panels::{alert_line, app_records, eve_view, export, key_schedule};
use super::hs_recompute::Recompute;
use super::hs_send::{send_controls, sent_view, use_message};
use super::hs_send_words::SendWords;
use super::hs_tls13::tls13_beside;
use super::words::TlsWords;
use crate::labs::jobs::{Job, JobOutput};
use crate::labs::kit::{Replay, ReplayAction};
use crate::labs::tls::diagram::layout;
use crate::labs::tls::hs_message::MessageSource;
use crate::labs::tls::hs_recompute::recomputables;
use crate::labs::tls::hs_summary::{
    HandshakeRequest, HandshakeSummary, Scenario, DEFAULT_SEED, SEEDED_NOW, SUITES,
};
use crate::ui::hooks::use_words;
use crate::ui::kit::compute::{use_compute, ComputeState, ComputeWords};
use crate::ui::kit::{
    opt, still_drawing, use_paced, use_persisted, use_staged, ErrorBox, LabelledSelect,
    StepperControls,
};
use yew::prelude::*;

/// The step "Run to end" asks for before the session's length is known: shown clamped
/// to the last record (and kept as is in the URL: it means "the end", and rewriting it
/// would draw the whole session a second time).
const TO_THE_END: usize = 9999;

/// The session's parts, drawn a frame apart when it arrives: the diagram, the
/// selected record, the key schedule, the records and Eve's view, the export.
const PARTS: usize = 5;

/// The section's state in the URL (`hs_` names: the page's other panels share the
/// query). Every field is required: a query written by another panel of the page does
/// not parse as this, so the section falls back to what localStorage kept.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HsInputs {
    pub hs_suite: String,
    pub hs_scenario: String,
    pub hs_seed: u64,
    pub hs_fresh: bool,
    pub hs_step: usize,
    /// What the client sends (`MessageSource::as_str`); absent in older links.
    #[serde(default)]
    pub hs_send: String,
    /// Compress it first (zlib).
    #[serde(default)]
    pub hs_zlib: bool,
}

impl Default for HsInputs {
    fn default() -> Self {
        HsInputs {
            hs_suite: SUITES[0].to_owned(),
            hs_scenario: Scenario::Normal.as_str().to_owned(),
            hs_seed: DEFAULT_SEED,
            hs_fresh: false,
            hs_step: 0,
            hs_send: MessageSource::Http.as_str().to_owned(),
            hs_zlib: false,
        }
    }
}

impl HsInputs {
    fn request(&self, now: u64, app_data: Option<Vec<u8>>) -> HandshakeRequest {
        HandshakeRequest {
            suite: self.hs_suite.clone(),
            scenario: Scenario::parse(&self.hs_scenario).unwrap_or_default(),
            seed: (!self.hs_fresh).then_some(self.hs_seed),
            now: if self.hs_fresh { now } else { SEEDED_NOW },
            app_data,
        }
    }
}

/// The summary in `state` if it answers `want` (the clock aside).
fn summary_for<'a>(
    state: &'a ComputeState,
    want: &HandshakeRequest,
) -> Option<&'a HandshakeSummary> {
    let ComputeState::Done(out) = state else {
        return None;
    };
    let JobOutput::Handshake(result) = &**out else {
        return None;
    };
    let s = result.as_ref().as_ref().ok()?;
    let r = &s.request;
    (r.suite == want.suite
        && r.scenario == want.scenario
        && r.seed == want.seed
        && r.app_data == want.app_data)
        .then_some(s)
}

fn now() -> u64 {
    (js_sys::Date::now() / 1000.0) as u64
}

#[component]
pub fn HandshakeSection() -> Html {
    let t = &use_words::<TlsWords>().handshake;
    let c = use_words::<ComputeWords>();
    let (inputs, set_inputs) = use_persisted::<HsInputs>("wirelab.tls.handshake");
    let compute = use_compute();
    let selected = use_state_eq(|| None::<usize>);
    let cursor = use_state_eq(Cursor::default);
    let sw = use_words::<SendWords>();
    let message = use_message(MessageSource::parse(&inputs.hs_send), inputs.hs_zlib);
    // `None` until the message's bytes are known (carried, compressed): no run before.
    let app_data = message.app_data();
    let want = inputs.request(0, app_data.clone().flatten());
    let summary = app_data
        .as_ref()
        .and_then(|_| summary_for(compute.state(), &want));
    let total = summary.map(|s| s.messages.len());
    // Before the session exists, Next and Run stay enabled: they start it.
    let asked = match total {
        Some(total) => Replay::at(inputs.hs_step, total),
        None => Replay::at(inputs.hs_step.min(1), 1),
    };
    // Run to end (or a link to a late step) plays a record per frame: drawing a whole
    // session in one task took over 50 ms.
    let replay = Replay::at(use_paced(asked.shown()), asked.total());
    let playing = replay.shown() < asked.shown();
    {
        // A step in the URL brings the session back on arrival (and after a change of
        // suite, scenario or seed while a session is open).
        let (compute, inputs) = (compute.clone(), (*inputs).clone());
        use_effect_with((want.clone(), app_data.is_some()), move |(want, ready)| {
            if inputs.hs_step > 0 && *ready {
                compute.run(Job::Handshake(inputs.request(now(), want.app_data.clone())));
            }
        });
    }
    let update = {
        let (inputs, set_inputs, selected) = (inputs.clone(), set_inputs.clone(), selected.clone());
        move |change: &dyn Fn(&mut HsInputs)| {
            let mut next = (*inputs).clone();
            change(&mut next);
            selected.set(None);
            set_inputs.emit(next);
        }
    };
    let on_action = {
        let (update, compute, inputs) = (update.clone(), compute.clone(), inputs.clone());
        let app_data = app_data.clone();
        Callback::from(move |action: ReplayAction| {
            let step = match total {
                Some(_) => replay.step(action).shown(),
                None => match action {
                    ReplayAction::Next => 1,
                    ReplayAction::RunToEnd => TO_THE_END,
                    ReplayAction::Back | ReplayAction::Reset => 0,
                },
            };
            let pending = matches!(compute.state(), ComputeState::Pending(_));
            if let (None, true, false, Some(data)) = (total, step > 0, pending, &app_data) {
                compute.run(Job::Handshake(inputs.request(now(), data.clone())));
            }
            update(&|i| i.hs_step = step);
        })
    };
    // Every setting below starts the session over (step 0).
    let restart = {
        let update = update.clone();
        move |set: &dyn Fn(&mut HsInputs)| {
            update(&|i| {
                set(i);
                i.hs_step = 0;
            })
        }
    };
    let on_choice = |set: fn(&mut HsInputs, String)| {
        let restart = restart.clone();
        Callback::from(move |v: String| restart(&|i| set(i, v.clone())))
    };
    let on_check = |set: fn(&mut HsInputs, bool)| {
        let restart = restart.clone();
        Callback::from(move |e: Event| {
            let on = e
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .is_some_and(|i| i.checked());
            restart(&|i| set(i, on));
        })
    };
    let on_suite = on_choice(|i, v| i.hs_suite = v);
    let on_scenario = on_choice(|i, v| i.hs_scenario = v);
    let on_send = on_choice(|i, v| i.hs_send = v);
    let on_fresh = on_check(|i, on| i.hs_fresh = on);
    let on_zlib = on_check(|i, on| i.hs_zlib = on);
    let on_seed = {
        let restart = restart.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            if let Ok(seed) = v.trim().parse::<u64>() {
                restart(&|i| i.hs_seed = seed);
            }
        })
    };
    let on_select = {
        let (selected, cursor) = (selected.clone(), cursor.clone());
        Callback::from(move |i: usize| {
            selected.set(Some(i));
            cursor.set(Cursor::default());
        })
    };
    let on_cursor = {
        let cursor = cursor.clone();
        Callback::from(move |c: Cursor| cursor.set(c))
    };
    let pcap = use_memo(summary.map(|s| s.pcap.clone()), |p| {
        Rc::new(p.clone().unwrap_or_default())
    });

    let shown = replay.shown();
    // A new session's panels appear a frame apart, as its records do.
    let parts = use_paced(if summary.is_some() { PARTS } else { 0 });
    // The length leak and TLS 1.3 come a frame after the section, one each (first open).
    let later = use_staged(3);
    let body = match (summary, compute.state()) {
        (Some(s), _) => {
            let d = layout(&s.messages, s.request.scenario);
            let open = selected.filter(|&i| i < shown).or(replay.current());
            let part = |n: usize, draw: &dyn Fn() -> Html| opt((parts >= n).then(draw));
            html! {
                <>
                    { diagram_svg(t, &d, &s.messages, shown, open, &on_select) }
                    { alert_line(t, s, shown) }
                    // Not while a run plays: a record's bytes per frame would cost more
                    // than the frame has.
                    { part(2, &|| opt(open.filter(|_| !playing).map(|i| inspect(t, s, i, *cursor, &on_cursor)))) }
                    { part(3, &|| key_schedule(t, s, shown)) }
                    { part(4, &|| html! { <>{ app_records(t, s, shown) }{ sent_view(sw, s, shown) }{ eve_view(t, s, shown) }</> }) }
                    { part(PARTS, &|| export(t, s, (*pcap).clone())) }
                    // Once the whole session is shown: the values exist on both sides.
                    { opt((parts >= PARTS && shown >= s.messages.len()).then(|| html! { <Recompute items={recomputables(s)} /> })) }
                </>
            }
        }
        (None, ComputeState::Pending(_)) => html! { <p role="status">{ c.working }</p> },
        (None, ComputeState::Done(out)) => match &**out {
            JobOutput::Handshake(r) => match r.as_ref() {
                Err(e) => html! { <ErrorBox help={(t.error)(e)} testid="hs-error" /> },
                Ok(_) => html! { <p class="hint">{ t.start_hint }</p> },
            },
            _ => html! { <p class="hint">{ t.start_hint }</p> },
        },
        (None, ComputeState::Failed(e)) => {
            html! { <ErrorBox help={c.error(e)} testid="hs-error" /> }
        }
        (None, _) => html! { <p class="hint">{ t.start_hint }</p> },
    };
    let suites: Vec<(AttrValue, AttrValue)> = SUITES
        .iter()
        .map(|s| (AttrValue::Static(s), AttrValue::Static(s)))
        .collect();
    let scenarios: Vec<(AttrValue, AttrValue)> = Scenario::ALL
        .iter()
        .map(|s| {
            (
                AttrValue::Static(s.as_str()),
                AttrValue::Static((t.scenario)(*s)),
            )
        })
        .collect();
    html! {
        <section class="panel" aria-labelledby="hs-heading">
            <h2 id="hs-heading">{ t.heading }</h2>
            <p>{ t.intro }</p>
            <p class="hint">{ t.keys_note }</p>
            <LabelledSelect id="hs-suite" label={html! { { t.suite_label } }} options={suites}
                selected={AttrValue::from(inputs.hs_suite.clone())} on_change={on_suite} />
            <LabelledSelect id="hs-scenario" label={html! { { t.scenario_label } }} options={scenarios}
                selected={AttrValue::from(inputs.hs_scenario.clone())} on_change={on_scenario}
                help={AttrValue::Static((t.scenario_about)(want.scenario))} />
            <div class="controls">
                <label for="hs-seed">{ t.seed_label }</label>
                <input id="hs-seed" data-testid="hs-seed" type="number" min="0"
                    value={inputs.hs_seed.to_string()} disabled={inputs.hs_fresh} onchange={on_seed} />
                <label>
                    <input type="checkbox" data-testid="hs-fresh" checked={inputs.hs_fresh} onchange={on_fresh} />
                    { " " }{ t.fresh_label }
                </label>
            </div>
            <p class="hint" data-testid="hs-mode">{ (t.mode)(want.seed) }</p>
            { send_controls(sw, &message, &inputs.hs_suite, &|e| c.error(e), on_send, on_zlib) }
            <StepperControls {replay} {on_action} label={t.stepper_label} prefix="hs" />
            { body }
            { opt((later >= 2).then(|| html! { <LengthLeak /> })) }
            { opt((later >= 3).then(|| tls13_beside(t))) }
            { still_drawing(later, 3) }
        </section>
    }
}
