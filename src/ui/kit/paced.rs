//! Drawing much at once freezes the page: a whole TLS session, or a whole lab page on
//! its first open, took 50-140 ms of script, style and layout in one task, over the
//! 50 ms rule. These hooks spread such a drawing over animation frames, one part per
//! frame, so each frame lays out only what it added.

use super::opt;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Runs `then` at the next animation frame; dropping the guard cancels it.
struct Frame {
    id: i32,
    _closure: Closure<dyn FnMut()>,
}

impl Frame {
    fn next(then: impl FnOnce() + 'static) -> Option<Frame> {
        let window = web_sys::window()?;
        let mut then = Some(then);
        let closure = Closure::<dyn FnMut()>::new(move || {
            if let Some(then) = then.take() {
                then();
            }
        });
        let id = window
            .request_animation_frame(closure.as_ref().unchecked_ref())
            .ok()?;
        Some(Frame {
            id,
            _closure: closure,
        })
    }
}

impl Drop for Frame {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            let _ = window.cancel_animation_frame(self.id);
        }
    }
}

/// How many of `target` items to draw now: a step forward by one, or any step back,
/// is drawn at once; a jump forward (Run to end, a link to a late step) plays one item
/// per animation frame until it reaches `target`.
#[hook]
pub fn use_paced(target: usize) -> usize {
    use_paced_from(0, target)
}

/// [`use_paced`], with `first` items drawn at once on the first render.
#[hook]
fn use_paced_from(first: usize, target: usize) -> usize {
    let drawn = use_state_eq(|| first);
    let now = if target <= drawn.saturating_add(1) {
        target
    } else {
        *drawn
    };
    {
        let drawn = drawn.clone();
        use_effect_with((target, now), move |&(target, now)| {
            let frame = if now < target {
                Frame::next(move || drawn.set(now + 1))
            } else {
                drawn.set(now);
                None
            };
            move || drop(frame)
        });
    }
    now
}

/// How many of a page's `parts` to draw: the first at once, then one more per
/// animation frame (a lab's sections on its first open).
#[hook]
pub fn use_staged(parts: usize) -> usize {
    use_paced_from(1, parts)
}

/// While a page's parts are still coming: the marker the e2e harness waits on before a
/// test reads the page (`lab-loading`, as while a lab's bundle loads; hidden).
pub fn still_drawing(drawn: usize, parts: usize) -> Html {
    opt((drawn < parts).then(|| html! { <div data-testid="lab-loading" hidden=true></div> }))
}
