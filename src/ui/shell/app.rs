//! The root component: language and theme state, the router, the shell.

use super::{About, Header, Home, NotFound, PageTitle, ShellWords};
use crate::ui::carry::{Carried, CarryContext};
use crate::ui::i18n::{Lang, Words};
use crate::ui::prefs::{self, Theme};
use crate::ui::route::Route;
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <Home /> },
        Route::Lab(lab) => lab.page(),
        Route::About => html! { <About /> },
        Route::NotFound => html! { <NotFound /> },
    }
}

/// The whole site.
#[component]
pub fn App() -> Html {
    let lang = use_state(prefs::initial_lang);
    let theme = use_state(prefs::initial_theme);
    {
        // Reflect the first guess on <html> without storing it: only a choice is remembered.
        let (l, t) = (*lang, *theme);
        use_effect_with((), move |_| {
            prefs::apply_lang(l, false);
            prefs::apply_theme(t, false);
        });
    }
    let on_toggle_lang = {
        let lang = lang.clone();
        Callback::from(move |_| {
            let next: Lang = lang.other();
            prefs::apply_lang(next, true);
            lang.set(next);
        })
    };
    let on_toggle_theme = {
        let theme = theme.clone();
        Callback::from(move |_| {
            let next: Theme = theme.other();
            prefs::apply_theme(next, true);
            theme.set(next);
        })
    };
    let carried = use_state_eq(|| None::<Rc<Carried>>);
    let carry = CarryContext {
        last: (*carried).clone(),
        set: {
            let carried = carried.clone();
            Callback::from(move |c: Carried| carried.set(Some(Rc::new(c))))
        },
    };
    let texts = &ShellWords::of(*lang).shell;
    html! {
        <ContextProvider<Lang> context={*lang}>
        <ContextProvider<CarryContext> context={carry}>
            <HashRouter>
                <PageTitle />
                <a class="skip-link" href="#main" onclick={skip_to_main()}>{ texts.skip_link }</a>
                <Header theme={*theme} {on_toggle_lang} {on_toggle_theme} />
                <main id="main" tabindex="-1">
                    <Switch<Route> render={switch} />
                </main>
                <footer class="site-footer"><p>{ texts.footer }</p></footer>
            </HashRouter>
        </ContextProvider<CarryContext>>
        </ContextProvider<Lang>>
    }
}

/// The skip link must not change the hash (the router owns it): focus <main> instead.
fn skip_to_main() -> Callback<MouseEvent> {
    Callback::from(|e: MouseEvent| {
        e.prevent_default();
        if let Some(main) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("main"))
        {
            use wasm_bindgen::JsCast;
            if let Some(el) = main.dyn_ref::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    })
}
