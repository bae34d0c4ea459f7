//! The site header: name, nav, language and theme switches.

use super::NavLink;
use crate::ui::hooks::{use_lang, use_texts};
use crate::ui::prefs::Theme;
use crate::ui::route::Route;
use yew::prelude::*;
use yew_router::prelude::Link;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub theme: Theme,
    pub on_toggle_lang: Callback<()>,
    pub on_toggle_theme: Callback<()>,
}

#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let t = &use_texts().shell;
    let other = use_lang().other();
    let on_lang = props.on_toggle_lang.reform(|_: MouseEvent| ());
    let on_theme = props.on_toggle_theme.reform(|_: MouseEvent| ());
    let theme_label = match props.theme {
        Theme::Light => t.theme_to_dark,
        Theme::Dark => t.theme_to_light,
    };
    let links = [
        (Route::Serialize, t.nav_serialize, "nav-serialize"),
        (Route::Compress, t.nav_compress, "nav-compress"),
        (Route::Sockets, t.nav_sockets, "nav-sockets"),
        (Route::Tls, t.nav_tls, "nav-tls"),
        (Route::Exercises, t.nav_exercises, "nav-exercises"),
        (Route::About, t.nav_about, "nav-about"),
    ];
    html! {
        <header class="site-header">
            <div class="brand">
                <Link<Route> classes="brand-name" to={Route::Home}>{ "wirelab" }</Link<Route>>
                <span class="tagline">{ t.tagline }</span>
            </div>
            <nav aria-label={t.nav_label}>
                <ul>
                    { for links.iter().map(|(to, label, id)| html! {
                        <li><NavLink to={*to} label={*label} testid={*id} /></li>
                    }) }
                </ul>
            </nav>
            <div class="switches">
                <button type="button" data-testid="lang-toggle" aria-label={t.lang_button_aria} lang={other.tag()}
                    onclick={on_lang}>{ t.lang_button }</button>
                <button type="button" data-testid="theme-toggle"
                    aria-pressed={(props.theme == Theme::Dark).to_string()}
                    onclick={on_theme}>{ theme_label }</button>
            </div>
        </header>
    }
}
