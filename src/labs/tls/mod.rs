//! The TLS lab's view models: what the worker computes for the TLS page (certificates
//! and their verification, the key roles, the handshake job: request, summary and the
//! runner) and what the page derives from it (the sequence diagram's geometry).

pub mod cert_check;
pub mod cert_gallery;
pub mod cert_make;
pub mod cert_tree;
pub mod diagram;
pub mod handshake_run;
pub mod hs_annotate;
pub mod hs_collect;
pub mod hs_message;
pub mod hs_recompute;
pub mod hs_sent;
pub mod hs_summary;
pub mod keys_roles;
pub mod length_leak;
pub mod tls13_flow;
