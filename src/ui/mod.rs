//! The Yew UI: the only place that touches the browser.

/// Mounts the app on the page body.
pub fn start() {}
