//! TLS 1.2 (RFC 5246): codec, record layer, key schedule, client and server state machines.

pub mod cipher;
pub mod codec;
pub mod enums;
pub mod error;
pub mod messages;
pub mod prf;
pub mod verify;
