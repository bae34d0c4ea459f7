//! The Yew UI: the only place that touches the browser. It renders what the engines
//! and the view models in `crate::labs` return, and holds no logic of its own.

mod app;
pub mod carry;
mod components;
mod hooks;
pub mod i18n;
pub mod kit;
mod labs;
mod pages;
pub mod prefs;
mod route;

pub use app::App;
pub use route::Route;

/// Mounts the app on the page body.
pub fn start() {
    yew::Renderer::<App>::new().render();
}
