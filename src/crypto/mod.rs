//! Cryptography for the lessons that is not the TLS engine's: only the textbook RSA
//! toy for now, fenced off in [`hazmat`].

pub mod hazmat;
