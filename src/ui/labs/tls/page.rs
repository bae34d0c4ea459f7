//! `#/tls`: the lab's intro from the registry (the handshake comes in a later issue),
//! then the Keys panel, whose key generation runs in the Web Worker.

use super::keys_panel::KeysPanel;
use crate::ui::labs::Lab;
use crate::ui::shell::LabIntro;
use yew::prelude::*;

#[component]
pub fn TlsPage() -> Html {
    html! {
        <>
            <LabIntro lab={Lab::Tls} />
            <KeysPanel />
        </>
    }
}
