//! The Yew UI: the only place that touches the browser. It renders what the engines
//! and the view models in `crate::labs` return, and holds no logic of its own.
//!
//! - `shell/`: the app, header, nav, home, about, not found;
//! - `kit/`: what every lab's page shares (stepper controls, annotated bytes, error
//!   box, copy and download, labelled selects, the compute hook) and its words;
//! - `labs/`: the `Lab` registry and one folder per lab (page, components, words).

pub mod carry;
mod hooks;
pub mod i18n;
mod kit;
mod labs;
pub mod prefs;
mod route;
mod shell;

pub use labs::Lab;
pub use route::Route;
pub use shell::App;

/// Mounts the app on the page body.
pub fn start() {
    yew::Renderer::<App>::new().render();
}
