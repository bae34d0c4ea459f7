//! The TLS lab's view models: the handshake job (request, summary, and the runner the
//! worker calls) and the sequence diagram's geometry.

pub mod diagram;
pub mod handshake_run;
pub mod hs_annotate;
pub mod hs_collect;
pub mod hs_sent;
pub mod hs_summary;
