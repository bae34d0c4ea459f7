//! The intro page of a lab that is still being built: what it will teach, honestly.

use crate::ui::hooks::use_texts;
use crate::ui::route::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LabIntroProps {
    pub route: Route,
}

#[component]
pub fn LabIntro(props: &LabIntroProps) -> Html {
    let t = use_texts();
    let lab = match props.route {
        Route::Compress => &t.lab_compress,
        Route::Sockets => &t.lab_sockets,
        Route::Tls => &t.lab_tls,
        _ => &t.lab_exercises,
    };
    html! {
        <>
            <h1>{ lab.title }</h1>
            <p class="lead">{ lab.blurb }</p>
            <p class="notice">{ t.pages.under_construction }</p>
            <h2>{ t.pages.will_teach_heading }</h2>
            <ul>{ for lab.will_teach.iter().map(|s| html! { <li>{ *s }</li> }) }</ul>
        </>
    }
}
