//! A lab bundle's side: the app `mount_lab` renders into the element `LazyLab`
//! gives it. It provides what the first bundle's `App` provides to a page (the
//! language, the carried pickle, a hash router) and renders the lab's page.
//!
//! Two wasm apps share one URL: when this app's router changes it (a link, a lab's
//! state in the query), it tells the first one with a `popstate` event, sent after
//! this render (the first app may unmount this one in answer).

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::ui::carry::{Carried, CarryContext};
use crate::ui::i18n::Lang;
use crate::ui::labs::Lab;

#[derive(Properties, Clone)]
pub struct LabRootProps {
    pub lab: Lab,
    /// The lab's page (one of `ui::bundle_pages`).
    pub page: fn() -> Html,
    pub lang: Lang,
    pub carried: Option<Rc<Carried>>,
}

impl PartialEq for LabRootProps {
    /// The page follows from the lab.
    fn eq(&self, other: &Self) -> bool {
        (self.lab, self.lang, &self.carried) == (other.lab, other.lang, &other.carried)
    }
}

/// The mounted lab, with its contexts.
#[component]
pub fn LabRoot(props: &LabRootProps) -> Html {
    let carry = CarryContext {
        last: props.carried.clone(),
        // The Serialize lab (first bundle) is the only one that sets it.
        set: Callback::noop(),
    };
    html! {
        <ContextProvider<Lang> context={props.lang}>
        <ContextProvider<CarryContext> context={carry}>
            <HashRouter>
                <UrlBridge />
                { (props.page)() }
            </HashRouter>
        </ContextProvider<CarryContext>>
        </ContextProvider<Lang>>
    }
}

thread_local! {
    /// The URL last announced (so the event this app also hears ends here).
    static ANNOUNCED: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Announces this app's URL changes to the first app's router.
#[component]
fn UrlBridge() -> Html {
    let location = use_location();
    use_effect_with(location, |_| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let href = window.location().href().unwrap_or_default();
        let changed = ANNOUNCED.with(|last| {
            let mut last = last.borrow_mut();
            let first = last.is_empty();
            let changed = *last != href;
            *last = href;
            changed && !first
        });
        if changed {
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(event) = web_sys::PopStateEvent::new("popstate") {
                    let _ = window.dispatch_event(&event);
                }
            });
        }
    });
    html! {}
}

impl LabRootProps {
    /// The props from what `LazyLab` passes (the carried pickle as its parts).
    pub fn new(
        lab: Lab,
        page: fn() -> Html,
        lang: &str,
        source: String,
        protocol: u8,
        pickle: Option<Vec<u8>>,
        json: Option<String>,
    ) -> Self {
        let carried = (!source.is_empty() || pickle.is_some() || json.is_some()).then(|| {
            Rc::new(Carried {
                source,
                protocol,
                pickle: pickle.map(Rc::new),
                json: json.map(Rc::new),
            })
        });
        LabRootProps {
            lab,
            page,
            lang: Lang::from_tag(lang),
            carried,
        }
    }
}

/// Yew numbers its app roots from 1 in each wasm instance and finds which app owns a
/// DOM event by that number, so the first bundle (root 1, on `<body>`, an ancestor
/// of every lab's element) would take this bundle's clicks for its own when the
/// numbers meet. Rendering and dropping throwaway roots once moves this bundle's
/// numbers past the first bundle's (which has one root).
pub fn skip_first_bundles_tree_ids() {
    thread_local! {
        static DONE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if DONE.with(|done| done.replace(true)) {
        return;
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    for _ in 0..FIRST_BUNDLE_ROOTS {
        if let Ok(scratch) = document.create_element("div") {
            yew::Renderer::<Nothing>::with_root(scratch)
                .render()
                .destroy();
        }
    }
}

/// Roots the first bundle may make (it makes one: `ui::start`); kept generous.
const FIRST_BUNDLE_ROOTS: usize = 4;

#[component]
fn Nothing() -> Html {
    html! {}
}
