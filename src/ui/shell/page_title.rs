//! The document title follows the route (`Serialize · wirelab`), in the page language,
//! so tabs, history and screen readers name the page a learner is on.

use super::ShellWords;
use crate::ui::hooks::{use_lang, use_words};
use crate::ui::route::Route;
use yew::prelude::*;
use yew_router::prelude::use_route;

#[component]
pub fn PageTitle() -> Html {
    let lang = use_lang();
    let t = &use_words::<ShellWords>().shell;
    let route = use_route::<Route>().unwrap_or(Route::NotFound);
    let title = match route {
        Route::Home => "wirelab".to_owned(),
        Route::Lab(lab) => format!("{} · wirelab", lab.card(lang).title),
        Route::About => format!("{} · wirelab", t.nav_about),
        Route::NotFound => format!("{} · wirelab", t.not_found_title),
    };
    use_effect_with(title, |title| {
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            doc.set_title(title);
        }
    });
    html! {}
}
