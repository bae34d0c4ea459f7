//! `#/`: a card per lab.

use crate::ui::components::LabCard;
use crate::ui::hooks::use_texts;
use crate::ui::route::Route;
use yew::prelude::*;

#[component]
pub fn Home() -> Html {
    let t = use_texts();
    html! {
        <>
            <h1>{ t.pages.home_title }</h1>
            <p class="lead">{ t.pages.home_intro }</p>
            <div class="cards">
                <LabCard to={Route::Serialize} lab={&t.lab_serialize} />
                <LabCard to={Route::Compress} lab={&t.lab_compress} />
                <LabCard to={Route::Sockets} lab={&t.lab_sockets} />
                <LabCard to={Route::Tls} lab={&t.lab_tls} />
                <LabCard to={Route::Exercises} lab={&t.lab_exercises} />
            </div>
        </>
    }
}
