//! The TLS Web Worker's wasm (Trunk: `data-type="worker"` in index.html): RSA keys,
//! certificates, the handshake and the TLS exercises off the page's thread, with the
//! same glue as `wirelab-worker` (`../wirelab_worker/glue.rs`) and the TLS half of
//! `labs::jobs`. Fetched the first time a TLS job is asked for.

#[cfg(target_arch = "wasm32")]
#[path = "../wirelab_worker/glue.rs"]
mod glue;

#[cfg(target_arch = "wasm32")]
fn main() {
    glue::start(|job, rng, _clock, progress| wirelab::labs::jobs::tls::run(job, rng, progress));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "wirelab-worker-tls is the browser's TLS Web Worker: Trunk builds it (see README.md)"
    );
}
