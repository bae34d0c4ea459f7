//! wirelab: engines for what a network program puts on the wire, and the browser UI over them.
//!
//! Everything outside `ui` is plain Rust: no browser, no clock, no global RNG, no I/O
//! (see ARCHITECTURE.md; `tests/it/tidy.rs` enforces it).

pub mod crypto;
pub mod hex;
pub mod labs;
pub mod py;
pub mod sockets;
pub mod text;
pub mod tls;
pub mod zlib;

#[cfg(target_arch = "wasm32")]
pub mod ui;
