//! The intro page of a lab that is still being built: what it will teach, honestly.

use super::ShellWords;
use crate::ui::hooks::{use_lang, use_words};
use crate::ui::labs::Lab;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LabIntroProps {
    pub lab: Lab,
}

#[component]
pub fn LabIntro(props: &LabIntroProps) -> Html {
    let t = &use_words::<ShellWords>().pages;
    let card = props.lab.card(use_lang());
    html! {
        <>
            <h1>{ card.title }</h1>
            <p class="lead">{ card.blurb }</p>
            <p class="notice">{ t.under_construction }</p>
            <h2>{ t.will_teach_heading }</h2>
            <ul>{ for card.will_teach.iter().map(|s| html! { <li>{ *s }</li> }) }</ul>
        </>
    }
}
