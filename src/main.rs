//! Browser entry: mounts the app.

#[cfg(target_arch = "wasm32")]
fn main() {
    wirelab::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("wirelab-web is the browser build: run `trunk serve` (see README.md)");
}
