//! The Compress lab's bundle (Trunk: `data-type="worker"` in index.html, so it is a
//! plain script with a stable name, but the page runs it): mounted by the first
//! bundle's `ui::lazy::LazyLab` when the lab is first opened (see `src/ui/lazy`).

#[cfg(target_arch = "wasm32")]
wirelab::lab_bundle!(
    wirelab::ui::Lab::Compress,
    wirelab::ui::bundle_pages::compress
);

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "wirelab-lab-compress is a lab of the browser build: Trunk builds it (see README.md)"
    );
}
