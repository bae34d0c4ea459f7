//! How the Keys panel draws a key search (its counters while it runs) and the key
//! it found (n, e, d, p, q with their sizes, and the hex in `key-result`'s data
//! attributes). Plain functions: the state lives in `TlsPage`.

use super::keys_roles::KeyRoles;
use super::words::KeysWords;
use crate::labs::jobs::KeyNumbers;
use crate::tls::pki::KeygenProgress;
use std::rc::Rc;
use yew::prelude::*;

/// The numbers shown (the CRT values dP, dQ, qInv stay in the key).
const SHOWN: [&str; 5] = ["n", "e", "d", "p", "q"];

/// While the search runs: what is happening, then the counters once they arrive
/// (also in `data-tried`, `data-tests`, `data-primes`).
pub fn progress_view(t: &KeysWords, working: &'static str, p: Option<KeygenProgress>) -> Html {
    let line = p.map(|p| format!("{}: {}", (t.phase)(p.phase), (t.counters)(&p)));
    html! {
        <div data-testid="key-progress" role="status" aria-live="off"
            data-tried={p.map(|p| p.candidates_tried.to_string())}
            data-tests={p.map(|p| p.primality_tests.to_string())}
            data-primes={p.map(|p| p.primes_found.to_string())}>
            <p>{ working }</p>
            <p>{ line }</p>
        </div>
    }
}

/// The finished key: its numbers in hex with their sizes.
pub fn key_view(t: &KeysWords, key: &KeyNumbers) -> Html {
    let hex = |symbol: &str| key.part(symbol).map(|p| p.hex.clone()).unwrap_or_default();
    html! {
        <div data-testid="key-result" data-n={hex("n")} data-e={hex("e")} data-d={hex("d")}
            data-p={hex("p")} data-q={hex("q")}>
            <p>{ (t.counters)(&key.search) }</p>
            <div class="table-wrap">
                <table>
                    <tr>{ for t.columns.iter().map(|c| html! { <th scope="col">{ *c }</th> }) }</tr>
                    { for SHOWN.iter().filter_map(|s| key.part(s)).map(|part| html! {
                        <tr>
                            <th scope="row">{ part.symbol.clone() }</th>
                            <td>{ (t.part_name)(&part.symbol) }</td>
                            <td data-testid={format!("key-bits-{}", part.symbol)}>{ part.bits.to_string() }</td>
                            <td class="code wrap">{ part.hex.clone() }</td>
                        </tr>
                    }) }
                </table>
            </div>
            <p class="notice">{ t.note }</p>
            <KeyRoles key={hex("n")} der={Rc::new(key.der.clone())} />
        </div>
    }
}
