//! Caught exceptions and why: for each, the line that raised it, the class chain (its
//! MRO, from the engine's `ExcClass`) with the class the clause named highlighted, and
//! every clause of its `try` in order: the one that took it, those that do not match,
//! and a later one that would have matched but was never reached.

use super::words::SocketsWords;
use crate::labs::sockets::{Caught, Clause, ExcInfo, RunSummary};
use crate::ui::kit::opt;
use std::cmp::Ordering;
use yew::prelude::*;

/// `TimeoutError → OSError → Exception → BaseException`, `matched` marked, and
/// `e.errno` when it has one.
pub(super) fn chain_view(t: &SocketsWords, exc: &ExcInfo, matched: Option<&str>) -> Html {
    let items = exc.chain.iter().map(|c| {
        let class = match matched == Some(c.as_str()) {
            true => "code match",
            false => "code",
        };
        html! { <li {class}>{ c.clone() }</li> }
    });
    let errno = exc
        .errno
        .map(|n| format!("e.errno == {n}"))
        .unwrap_or_default();
    html! {
        <>
            <p>{ t.chain_label }</p>
            <ol class="chain">{ for items }</ol>
            <p class="code">{ errno }</p>
        </>
    }
}

fn clause_text(c: &Clause) -> String {
    let names: Vec<&str> = c.names.iter().map(|n| n.written.as_str()).collect();
    match names.as_slice() {
        [] => "except:".to_owned(),
        [one] => format!("except {one}:"),
        many => format!("except ({}):", many.join(", ")),
    }
}

fn clauses_view(t: &SocketsWords, c: &Caught) -> Html {
    let took = c.clause_index as usize;
    let items = c.clauses.iter().enumerate().map(|(i, clause)| {
        let (state, class) = match (i.cmp(&took), clause.takes) {
            (Ordering::Equal, _) => (t.clause_took, "clause took"),
            (Ordering::Greater, true) => (t.clause_shadowed, "clause shadowed"),
            (Ordering::Greater, false) => (t.clause_later, "clause later"),
            (Ordering::Less, _) => (t.clause_no, "clause no"),
        };
        html! {
            <li {class}>
                <span class="code">{ format!("{:>3}  {}", clause.line, clause_text(clause)) }</span>
                { format!("  {state}") }
            </li>
        }
    });
    let shadowed = c.clauses.iter().skip(took + 1).any(|k| k.takes);
    html! {
        <>
            <p>{ t.clauses_label }</p>
            <ol class="clauses">{ for items }</ol>
            { opt(shadowed.then(|| html! { <p class="notice">{ t.order_hint }</p> })) }
        </>
    }
}

pub(super) fn caught_view(t: &SocketsWords, s: &RunSummary) -> Html {
    let items = s.caught.iter().map(|c| {
        html! {
            <li class="sock-caught" data-testid="sock-caught" data-matched={c.matched.clone().unwrap_or_default()}>
                <p>{ (t.caught_summary)(c.raised_line, c.clause_line) }</p>
                <pre class="code">{ c.exc.last_line.clone() }</pre>
                { chain_view(t, &c.exc, c.matched.as_deref()) }
                { clauses_view(t, c) }
            </li>
        }
    });
    let more = s.caught_total.saturating_sub(s.caught.len() as u64);
    let tail = match (s.caught.is_empty(), more) {
        (true, _) => Some(t.caught_none.to_owned()),
        (false, 0) => None,
        (false, n) => Some((t.caught_more)(n)),
    };
    html! {
        <>
            <h3>{ t.caught_heading }</h3>
            <p class="hint">{ t.chain_help }</p>
            <ol class="plain">{ for items }</ol>
            { opt(tail.map(|m| html! { <p class="hint">{ m }</p> })) }
        </>
    }
}
