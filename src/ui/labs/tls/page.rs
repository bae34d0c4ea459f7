//! `#/tls`: the lab's intro (the handshake comes in the next issue), then the Keys
//! panel, whose key generation runs in the Web Worker.

use yew::prelude::*;

use super::keys_panel::KeysPanel;
use crate::ui::hooks::use_texts;

#[component]
pub fn TlsPage() -> Html {
    let t = use_texts();
    let lab = &t.lab_tls;
    html! {
        <>
            <h1>{ lab.title }</h1>
            <p class="lead">{ lab.blurb }</p>
            <p class="notice">{ t.pages.under_construction }</p>
            <h2>{ t.pages.will_teach_heading }</h2>
            <ul>{ for lab.will_teach.iter().map(|s| html! { <li>{ *s }</li> }) }</ul>
            <KeysPanel />
        </>
    }
}
