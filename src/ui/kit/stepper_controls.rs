//! The stepper controls every lab shares: Reset, Back, Next, Run to end over a
//! [`Replay`] cursor, with the same test ids everywhere (`stepper-next`, ...), arrow
//! keys on the group, and buttons that stay focusable at either end (`aria-disabled`),
//! so a keyboard user never loses focus. [`use_replay`] holds the cursor.

use super::KitWords;
use crate::labs::kit::{Replay, ReplayAction};
use crate::ui::hooks::use_words;
use yew::prelude::*;

/// A replay cursor in component state and the callback that moves it. Give the
/// component that calls this a `key` per session, so a new session starts at 0.
#[hook]
pub fn use_replay(total: usize) -> (Replay, Callback<ReplayAction>) {
    let replay = use_state_eq(|| Replay::new(total));
    // The same session with a different length (never expected): clamp, don't panic.
    let current = Replay::at(replay.shown(), total);
    let on_action = {
        let replay = replay.clone();
        Callback::from(move |action: ReplayAction| replay.set(current.step(action)))
    };
    (current, on_action)
}

#[derive(Properties, PartialEq)]
pub struct StepperControlsProps {
    pub replay: Replay,
    pub on_action: Callback<ReplayAction>,
    /// The group's accessible name (the stepper's heading).
    pub label: AttrValue,
    /// The test ids' prefix (`stepper-next`, ...; the TLS handshake's are `hs-next`).
    #[prop_or(AttrValue::Static("stepper"))]
    pub prefix: AttrValue,
}

fn key_action(key: &str) -> Option<ReplayAction> {
    match key {
        "ArrowRight" => Some(ReplayAction::Next),
        "ArrowLeft" => Some(ReplayAction::Back),
        "Home" => Some(ReplayAction::Reset),
        "End" => Some(ReplayAction::RunToEnd),
        _ => None,
    }
}

#[component]
pub fn StepperControls(props: &StepperControlsProps) -> Html {
    let t = use_words::<KitWords>();
    let replay = props.replay;
    let onkeydown = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: KeyboardEvent| {
            if let Some(action) = key_action(&e.key()) {
                e.prevent_default();
                on_action.emit(action);
            }
        })
    };
    let button = |action: ReplayAction| {
        let (label, name) = match action {
            ReplayAction::Reset => (t.reset, "reset"),
            ReplayAction::Back => (t.back, "back"),
            ReplayAction::Next => (t.next, "next"),
            ReplayAction::RunToEnd => (t.run_to_end, "run"),
        };
        let testid = format!("{}-{name}", props.prefix);
        let on_action = props.on_action.clone();
        let onclick = Callback::from(move |_: MouseEvent| on_action.emit(action));
        let disabled = (!replay.can(action)).to_string();
        html! {
            <button type="button" data-testid={testid} aria-disabled={disabled} {onclick}>{ label }</button>
        }
    };
    let status = if replay.at_start() {
        t.not_started.to_owned()
    } else {
        (t.progress)(replay.shown(), replay.total())
    };
    html! {
        <div class="stepper-controls">
            <div class="buttons" role="group" aria-label={props.label.clone()} {onkeydown}>
                { for ReplayAction::ALL.into_iter().map(button) }
            </div>
            <p class="hint" aria-live="polite" data-testid={format!("{}-progress", props.prefix)}
                data-shown={replay.shown().to_string()} data-total={replay.total().to_string()}>
                { status }
            </p>
        </div>
    }
}
