//! The decompression bomb: built and inflated on a click, shown capped, counted
//! up to a limit, with `max_length` explained as the defence.

use super::words::CompressWords;
use crate::labs::compress::Bomb;
use crate::ui::hooks::use_words;
use crate::ui::kit::opt;
use crate::zlib::CappedOutcome;
use std::rc::Rc;
use yew::prelude::*;

#[component]
pub fn BombPanel() -> Html {
    let t = use_words::<CompressWords>();
    let bomb = use_state(|| None::<Rc<Bomb>>);
    let onclick = {
        let bomb = bomb.clone();
        // Bounded work: the count stops at BOMB_COUNT_LIMIT.
        Callback::from(move |_: MouseEvent| bomb.set(Some(Rc::new(Bomb::load()))))
    };
    let result = (*bomb).clone().map(|b| {
        let stopped = b.capped.outcome == CappedOutcome::CountLimit;
        html! {
            <div data-testid="bomb-result" data-total={b.capped.total.to_string()}
                data-shown={b.capped.shown.len().to_string()} role="status">
                <p>{ (t.bomb_result)(b.stream_len, b.claimed, b.capped.total, stopped) }</p>
                <p>{ (t.bomb_shown)(b.capped.shown.len()) }</p>
                <p class="notice">{ t.bomb_defence }</p>
            </div>
        }
    });
    html! {
        <section class="panel" aria-labelledby="bomb-heading">
            <h2 id="bomb-heading">{ t.bomb_heading }</h2>
            <p>{ t.bomb_text }</p>
            <button type="button" class="danger-button" data-testid="bomb-load" {onclick}>{ t.bomb_load }</button>
            { opt(result) }
        </section>
    }
}
