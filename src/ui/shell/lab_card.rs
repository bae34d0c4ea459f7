//! A home-page card: one lab, what it teaches, a link.

use super::ShellWords;
use crate::ui::hooks::{use_lang, use_words};
use crate::ui::labs::Lab;
use crate::ui::route::Route;
use yew::prelude::*;
use yew_router::prelude::Link;

#[derive(Properties, PartialEq)]
pub struct LabCardProps {
    pub lab: Lab,
}

#[component]
pub fn LabCard(props: &LabCardProps) -> Html {
    let t = &use_words::<ShellWords>().pages;
    let card = props.lab.card(use_lang());
    html! {
        <article class="card">
            <h2>{ card.title }</h2>
            <p>{ card.blurb }</p>
            <Link<Route> to={Route::Lab(props.lab)}>{ t.open_lab }<span class="sr-only">{ format!(": {}", card.title) }</span></Link<Route>>
        </article>
    }
}
