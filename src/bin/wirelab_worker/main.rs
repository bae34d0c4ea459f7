//! The Web Worker's wasm (Trunk: `data-type="worker"` in index.html): heavy jobs off
//! the page's thread. A thin glue over `wirelab::labs::jobs`: it greets the page with
//! `jobs::hello()`, then decodes each request, runs `jobs::run_job` with a ChaCha20
//! rng seeded by the page (from `crypto.getRandomValues`), and posts the progress and
//! the result back. The page never loads this wasm until a heavy job is asked for.

#[cfg(target_arch = "wasm32")]
mod glue;

#[cfg(target_arch = "wasm32")]
fn main() {
    // zlib, the unpickler, the sockets interpreter; the TLS engine is the other worker's.
    glue::start(|job, _rng, clock, _progress| wirelab::labs::jobs::general::run(job, clock));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("wirelab-worker is the browser's Web Worker: Trunk builds it (see README.md)");
}
