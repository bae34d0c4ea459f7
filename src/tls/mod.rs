//! TLS 1.2 (RFC 5246): codec, record layer, key schedule, client and server state machines.

pub mod pki;
