//! The site header: name, nav, language and theme switches.

use super::{NavLink, ShellWords};
use crate::ui::hooks::{use_lang, use_words};
use crate::ui::labs::Lab;
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
    let lang = use_lang();
    let t = &use_words::<ShellWords>().shell;
    let other = lang.other();
    let on_lang = props.on_toggle_lang.reform(|_: MouseEvent| ());
    let on_theme = props.on_toggle_theme.reform(|_: MouseEvent| ());
    let theme_label = match props.theme {
        Theme::Light => t.theme_to_dark,
        Theme::Dark => t.theme_to_light,
    };
    let labs = Lab::ALL.into_iter().map(|lab| {
        let testid = format!("nav-{}", lab.slug());
        html! { <li><NavLink to={Route::Lab(lab)} label={lab.card(lang).nav} {testid} /></li> }
    });
    html! {
        <header class="site-header">
            <div class="brand">
                <Link<Route> classes="brand-name" to={Route::Home}>{ "wirelab" }</Link<Route>>
                <span class="tagline">{ t.tagline }</span>
            </div>
            <nav aria-label={t.nav_label}>
                <ul>
                    { for labs }
                    <li><NavLink to={Route::About} label={t.nav_about} testid="nav-about" /></li>
                </ul>
            </nav>
            <div class="switches">
                // The accessible name starts with the visible text (WCAG 2.5.3).
                <button type="button" data-testid="lang-toggle" onclick={on_lang}>
                    <span lang={other.tag()}>{ t.lang_button }</span>
                    <span class="sr-only">{ t.lang_button_hint }</span>
                </button>
                <button type="button" data-testid="theme-toggle"
                    aria-pressed={(props.theme == Theme::Dark).to_string()}
                    onclick={on_theme}>{ theme_label }</button>
            </div>
        </header>
    }
}
