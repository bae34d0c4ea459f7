//! TLS 1.2: keys and certificates (`pki`), and the protocol engine.

pub mod pki;
