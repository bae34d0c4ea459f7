//! The in-browser bench page (`bench.html`, built into `dist/bench/`): our engines
//! against the browser's own CompressionStream and WebCrypto, timed with
//! `performance.now()` here in the UI layer (the engines never see a clock).
//!
//! A binary of its own so the app's bundle does not carry the bench.

#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
mod measure;
#[cfg(target_arch = "wasm32")]
mod page;
#[cfg(target_arch = "wasm32")]
mod texts;
mod workload;

#[cfg(target_arch = "wasm32")]
fn main() {
    yew::Renderer::<page::BenchPage>::new().render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    // Keeps the median helper exercised natively (and free of dead-code warnings).
    eprintln!(
        "wirelab-bench is the browser bench page (median {:?} ms of [1, 2, 3]): \
         build it with ./scripts/build and open /bench/ (see README.md, Benchmarks)",
        workload::median(&[1.0, 2.0, 3.0])
    );
}
