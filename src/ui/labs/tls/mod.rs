//! The TLS lab: its intro (the handshake comes in a later issue) and the Keys panel,
//! whose RSA key generation runs in the Web Worker.

mod cert_panel;
mod cert_view;
mod cert_words;
mod handshake;
mod hs_diagram;
mod hs_inspect;
mod hs_leak;
mod hs_panels;
mod hs_recompute;
mod hs_tls13;
mod hs_words;
mod keys_panel;
mod keys_roles;
mod keys_toy;
mod keys_words;
mod page;
mod words;

pub use page::TlsPage;
pub use words::card;
