//! Any other address.

use super::ShellWords;
use crate::ui::hooks::use_words;
use crate::ui::route::Route;
use yew::prelude::*;
use yew_router::prelude::Link;

#[component]
pub fn NotFound() -> Html {
    let t = &use_words::<ShellWords>().shell;
    html! {
        <>
            <h1>{ t.not_found_title }</h1>
            <p>{ t.not_found_text }</p>
            <p><Link<Route> to={Route::Home}>{ t.back_home }</Link<Route>></p>
        </>
    }
}
