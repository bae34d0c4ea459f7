//! The TLS lab (its own bundle): the Keys panel (key search, key roles, the
//! textbook-RSA toy), the Certificates panel (make, verify on a clock, the gallery)
//! and the Handshake section (sequence diagram, key schedule, Eve's view, recompute,
//! the length leak, TLS 1.3 beside 1.2). Everything heavy runs in the TLS worker.

mod cert_panel;
mod cert_view;
mod cert_words;
mod handshake;
mod hs_diagram;
mod hs_inspect;
mod hs_leak;
mod hs_panels;
mod hs_recompute;
mod hs_send;
mod hs_send_words;
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
