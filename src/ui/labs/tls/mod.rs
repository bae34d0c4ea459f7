//! The TLS lab: its intro (the handshake comes in a later issue) and the Keys panel,
//! whose RSA key generation runs in the Web Worker.

mod handshake;
mod hs_diagram;
mod hs_inspect;
mod hs_panels;
mod hs_words;
mod keys_panel;
mod page;
mod words;

pub use page::TlsPage;
pub use words::TlsWords;
