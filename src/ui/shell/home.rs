//! `#/`: a card per lab, from the registry.

use super::{LabCard, ShellWords};
use crate::ui::hooks::use_words;
use crate::ui::labs::Lab;
use yew::prelude::*;

#[component]
pub fn Home() -> Html {
    let t = &use_words::<ShellWords>().pages;
    html! {
        <>
            <h1>{ t.home_title }</h1>
            <p class="lead">{ t.home_intro }</p>
            <div class="cards">
                { for Lab::ALL.into_iter().map(|lab| html! { <LabCard {lab} /> }) }
            </div>
        </>
    }
}
