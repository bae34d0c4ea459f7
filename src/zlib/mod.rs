//! The Compress lab's engine: `zlib.compress`, a `zlib.decompressobj` that behaves
//! like CPython 3.11 with zlib 1.2.13, a bomb-safe capped inflate, and the anatomy
//! of a zlib/raw/gzip stream read bit by bit (RFC 1950, 1951, 1952).
//!
//! Which library, and why (measured, see tests/it/zlib.rs):
//! - Compression and decompression both go through `libz-rs-sys` (zlib-rs, a
//!   Rust port of zlib), driven through its zlib C ABI in `ffi` exactly as
//!   CPython's Modules/zlibmodule.c drives zlib. Its inflate pulls input only as it
//!   needs bits and keeps zlib's messages, so `unconsumed_tail`, `unused_data` and
//!   the `Error -3 ...` texts come out as Python's; miniz_oxide's streaming inflate
//!   swallows input eagerly and folds errors into one, so it cannot.
//! - For compression, zlib-rs (tuned per level with zlib 1.2.13's parameters, see
//!   `compress`) reproduces CPython's output byte for byte on the recorded vectors
//!   but one 43-byte input (1 byte larger at levels 1-8), and stays within 1 % in
//!   size on larger text. miniz_oxide, measured on the same inputs, matched none
//!   of the non-trivial vectors and was up to 52 % larger (240-byte vector), up
//!   to 48 % on 70-90 KB text at level 1; so it is not used at all. One crate for both directions
//!   also keeps the wasm bundle small (~54 KB).
//! - The anatomy needs every bit position, which no library reports, so
//!   `anatomy` has its own bounded RFC 1951 parser; it never decides what the
//!   stepper says (that is zlib's job), it only explains the bytes.

mod capped;
mod compress;
mod decompressobj;
mod error;
pub mod exercise;
mod ffi;
mod quirks;
mod trace;

pub mod anatomy;

pub use anatomy::{inspect, Anatomy};
pub use capped::{inflate_capped, inflate_capped_to, Capped, CappedOutcome, COUNT_LIMIT};
pub use compress::compress;
pub use decompressobj::Decompressor;
pub use error::ZlibError;
pub use trace::{
    python_code, split_chunks, step_json, trace, Call, TracePlan, TraceStep, TRACE_OUTPUT_LIMIT,
};
