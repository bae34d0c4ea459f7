//! The Yew UI: the only place that touches the browser. It renders what the engines
//! and the view models in `crate::labs` return, and holds no logic of its own.
//!
//! - `shell/`: the app, header, nav, home, about, not found;
//! - `kit/`: what every lab's page shares (stepper controls, annotated bytes, error
//!   box, copy and download, labelled selects, the compute hook) and its words;
//! - `labs/`: the `Lab` registry and one folder per lab (page, components, words);
//! - `lazy/`: a wasm app per lab beyond the first (`Lab::bundle`), fetched when the
//!   lab is first opened.

pub mod carry;
mod hooks;
pub mod i18n;
mod kit;
mod labs;
pub mod lazy;
pub mod prefs;
mod route;
mod shell;

pub use labs::{bundle_pages, Bundle, Lab};
pub use route::Route;
pub use shell::App;

/// Mounts the app on the page body, in place of the loading frame `index.html` shows
/// while the wasm downloads.
pub fn start() {
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
    yew::Renderer::<App>::new().render();
}
