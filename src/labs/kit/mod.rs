//! What every lab's view model shares, pure and tested natively: the annotated-bytes
//! model (bytes plus nested fields that the pickle listing, the zlib anatomy and the
//! TLS codec all convert into) and the replay stepper (precomputed steps and a cursor).

pub mod annotated;
pub mod bytes_text;
pub mod hexdump;
mod numbers;
pub mod replay;

pub use annotated::{Annotated, Annotation, Role, Span};
pub use numbers::grouped;
pub use replay::{Replay, ReplayAction};
