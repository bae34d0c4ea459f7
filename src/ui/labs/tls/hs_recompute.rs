//! The Handshake section's "Recompute it yourself": choose a value of this session,
//! copy the Python that computes it (`labs::tls::hs_recompute`), paste its output,
//! and the page compares it with the session's bytes (no job: the summary has them).

use super::words::TlsWords;
use crate::labs::tls::hs_recompute::{check, Recomputable, Verdict};
use crate::ui::hooks::use_words;
use crate::ui::kit::{opt, CopyButton, KitWords, LabelledSelect};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RecomputeProps {
    /// What this session lets the learner recompute (empty: nothing is drawn).
    pub items: Vec<Recomputable>,
}

#[component]
pub fn Recompute(props: &RecomputeProps) -> Html {
    let t = &use_words::<TlsWords>().handshake;
    let kit = use_words::<KitWords>();
    let what = use_state_eq(String::new);
    let pasted = use_state_eq(String::new);
    let items = &props.items;
    let Some(item) = items
        .iter()
        .find(|x| x.what.as_str() == *what)
        .or(items.first())
    else {
        return html! {};
    };
    let options: Vec<(AttrValue, AttrValue)> = items
        .iter()
        .map(|x| {
            (
                AttrValue::Static(x.what.as_str()),
                AttrValue::Static((t.recompute_what)(x.what)),
            )
        })
        .collect();
    let on_what = {
        let what = what.clone();
        Callback::from(move |v: String| what.set(v))
    };
    let oninput = {
        let pasted = pasted.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(i) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                pasted.set(i.value());
            }
        })
    };
    let verdict = (!pasted.trim().is_empty()).then(|| check(&item.expected, &pasted));
    let result = verdict.map(|v| {
        let text = match &v {
            Verdict::Match => html! { { t.recompute_match } },
            Verdict::Mismatch => html! { { t.recompute_mismatch } },
            Verdict::Invalid(e) => {
                html! { <>{ t.recompute_invalid }{ " " }<code>{ e.to_string() }</code></> }
            }
        };
        html! {
            <p data-testid="hs-recompute-result" data-result={v.as_str()} role="status"
                class={classes!((v != Verdict::Match).then_some("error"))}>{ text }</p>
        }
    });
    html! {
        <section aria-labelledby="hs-recompute-heading">
            <h3 id="hs-recompute-heading">{ t.recompute_heading }</h3>
            <p>{ t.recompute_intro }</p>
            <LabelledSelect id="hs-recompute-what" label={html! { { t.recompute_what_label } }}
                options={options} selected={AttrValue::Static(item.what.as_str())} on_change={on_what} />
            { opt((t.recompute_note)(item.what).map(|n| html! { <p class="hint" data-testid="hs-recompute-note">{ n }</p> })) }
            <pre class="code wrap" tabindex="0"><code>{ item.python.clone() }</code></pre>
            <div class="actions">
                <CopyButton text={AttrValue::from(item.python.clone())} label={kit.copy_python} />
            </div>
            <div class="controls">
                <label for="hs-recompute-input">{ t.recompute_input_label }</label>
                <input id="hs-recompute-input" data-testid="hs-recompute-input" type="text" class="code"
                    spellcheck="false" autocomplete="off" value={(*pasted).clone()} {oninput} />
            </div>
            { opt(result) }
        </section>
    }
}
