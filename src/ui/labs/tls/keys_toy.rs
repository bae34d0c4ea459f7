//! The textbook-RSA toy (`crypto::hazmat`, clearly unsafe): p, q, e and a message m
//! as small numbers, then n, φ(n), d, and c = m^e mod n by square-and-multiply, one
//! row per bit of e, and m = c^d mod n back. Cheap u64 arithmetic: computed inline.

use super::words::TlsWords;
use crate::crypto::hazmat::{mod_pow_steps, ToyRsa};
use crate::ui::hooks::use_words;
use crate::ui::kit::ErrorBox;
use yew::prelude::*;

/// p, q, e, m to start with: the worked example of Wikipedia's RSA article.
const START: [u64; 4] = [61, 53, 17, 65];
const IDS: [&str; 4] = ["toy-p", "toy-q", "toy-e", "toy-m"];

#[component]
pub fn KeysToy() -> Html {
    let t = &use_words::<TlsWords>().toy;
    let numbers = use_state_eq(|| START.map(|n| n.to_string()));
    let inputs = IDS.iter().enumerate().map(|(i, id)| {
        let value = numbers[i].clone();
        let numbers = numbers.clone();
        let oninput = Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let mut next = (*numbers).clone();
            next[i] = input.value();
            numbers.set(next);
        });
        html! {
            <label for={*id}>{ t.names[i] }
                <input id={*id} data-testid={*id} type="number" min="0" {value} {oninput} />
            </label>
        }
    });
    let parsed: Result<Vec<u64>, usize> = numbers
        .iter()
        .enumerate()
        .map(|(i, v)| v.trim().parse::<u64>().map_err(|_| i))
        .collect();
    let body = match parsed {
        Err(i) => html! { <ErrorBox help={(t.not_a_number)(t.names[i])} testid="toy-error" /> },
        Ok(v) => {
            match ToyRsa::new(v[0], v[1], v[2]).and_then(|k| k.encrypt(v[3]).map(|c| (k, c))) {
                Err(e) => html! { <ErrorBox help={(t.error)(&e)} testid="toy-error" /> },
                Ok((k, c)) => {
                    let m = v[3];
                    let rows = mod_pow_steps(m, k.e, k.n).into_iter().map(|s| {
                        html! {
                            <tr>
                                <td>{ u8::from(s.bit).to_string() }</td>
                                <td>{ s.squared.to_string() }</td>
                                <td>{ if s.bit { s.result.to_string() } else { "-".into() } }</td>
                            </tr>
                        }
                    });
                    let back = k.decrypt(c).unwrap_or_default();
                    html! {
                        <div data-testid="toy-result" data-n={k.n.to_string()} data-d={k.d.to_string()}
                            data-c={c.to_string()} data-back={back.to_string()}>
                            <p translate="no" class="code">{ format!("n = {} × {} = {}, φ(n) = {}, d = {}⁻¹ mod φ(n) = {}",
                                k.p, k.q, k.n, k.phi, k.e, k.d) }</p>
                            <p>{ (t.steps_intro)(k.e) }</p>
                            <div class="table-wrap">
                                <table>
                                    <tr>{ for t.columns.iter().map(|c| html! { <th scope="col">{ *c }</th> }) }</tr>
                                    { for rows }
                                </table>
                            </div>
                            <p translate="no" class="code">{ format!("c = {m}^{} mod {} = {c}; c^d mod n = {c}^{} mod {} = {back}",
                                k.e, k.n, k.d, k.n) }</p>
                        </div>
                    }
                }
            }
        }
    };
    html! {
        <div class="key-toy">
            <h3>{ t.heading }</h3>
            <p class="notice" role="note">{ t.warning }</p>
            <div class="actions">{ for inputs }</div>
            { body }
        </div>
    }
}
