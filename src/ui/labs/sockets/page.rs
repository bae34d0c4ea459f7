//! `#/sockets`: the lab's intro, from the registry.

use crate::ui::labs::Lab;
use crate::ui::shell::LabIntro;
use yew::prelude::*;

#[component]
pub fn SocketsPage() -> Html {
    html! { <LabIntro lab={Lab::Sockets} /> }
}
