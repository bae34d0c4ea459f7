//! A home-page card: one lab, what it teaches, a link.

use crate::ui::hooks::use_texts;
use crate::ui::i18n::LabTexts;
use crate::ui::route::Route;
use yew::prelude::*;
use yew_router::prelude::Link;

#[derive(Properties, PartialEq)]
pub struct LabCardProps {
    pub to: Route,
    pub lab: &'static LabTexts,
}

#[component]
pub fn LabCard(props: &LabCardProps) -> Html {
    let t = use_texts();
    html! {
        <article class="card">
            <h2>{ props.lab.title }</h2>
            <p>{ props.lab.blurb }</p>
            <Link<Route> to={props.to}>{ t.pages.open_lab }<span class="sr-only">{ format!(": {}", props.lab.title) }</span></Link<Route>>
        </article>
    }
}
