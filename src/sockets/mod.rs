//! The Sockets lab's engine: a simulated network (`net`), a simulated kernel with Linux's
//! answers (`kernel`), and an interpreter for a small Python subset (`parse`, `interp`)
//! that raises what CPython 3.11 raises (`exc`). No clock, no I/O: time is simulated.

pub mod ast;
pub mod error;
pub mod exc;
pub mod interp;
pub mod kernel;
pub mod lex;
pub mod net;
pub mod obj;
pub mod parse;
pub mod timeline;

pub use error::{ParseError, Problem, Stop};
pub use exc::{ExcClass, PyException};
pub use interp::{run, Handled, Outcome, Run};
pub use net::Network;
