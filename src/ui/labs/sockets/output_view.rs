//! A run's result: what the program printed and, for an uncaught exception, the
//! traceback's last line, as Python prints them (`sock-output`, with `data-stdout` and
//! `data-error` for the e2e contract); why the lab stopped a program; then the caught
//! exceptions and the timeline.

use super::caught_view::{caught_view, chain_view};
use super::timeline_view::{seconds, timeline_view};
use super::words::SocketsWords;
use crate::labs::sockets::{python_error, RunSummary};
use crate::sockets::Stop;
use crate::ui::kit::{opt, ErrorBox};
use yew::prelude::*;

pub(super) fn output_view(t: &SocketsWords, s: &RunSummary) -> Html {
    let error = s.error_line().to_owned();
    let printed = match (s.stdout.is_empty(), error.is_empty()) {
        (true, true) => html! { <p class="hint">{ t.nothing_printed }</p> },
        _ => html! {
            <pre class="code wrap sock-stdout">
                { s.stdout.clone() }
                { opt((!error.is_empty()).then(|| html! { <span class="sock-exc">{ error.clone() }</span> })) }
            </pre>
        },
    };
    let cut = s
        .stdout_cut
        .then(|| html! { <p class="hint">{ t.stdout_cut }</p> });
    let ending = match (&s.raised, &s.stopped) {
        (Some(r), _) => html! {
            <>
                <p>{ (t.raised_at)(r.line) }</p>
                { chain_view(t, &r.exc, None) }
                <p class="hint">{ t.uncaught_chain }</p>
            </>
        },
        (None, Some(stop)) => {
            let text = match stop {
                Stop::Parse(e) => python_error(&e.problem).map(AttrValue::from),
                _ => None,
            };
            html! { <ErrorBox help={(t.stopped)(stop)} {text} testid="sock-stopped" /> }
        }
        (None, None) => html! { <p>{ (t.finished)(&seconds(s.elapsed_us)) }</p> },
    };
    html! {
        <>
            <div data-testid="sock-output" data-stdout={s.stdout.clone()} data-error={error}>
                { printed }
                { opt(cut) }
                { ending }
            </div>
            { caught_view(t, s) }
            { timeline_view(t, s) }
        </>
    }
}
