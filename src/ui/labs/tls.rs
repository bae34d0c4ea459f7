//! The TLS lab: for now its intro and the Keys panel (RSA key generation in the
//! Web Worker); the handshake follows in the next issue.

mod keys_panel;
mod page;
mod words;

pub use page::TlsPage;
