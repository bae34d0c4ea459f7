//! TLS 1.2 (RFC 5246): keys and certificates (`pki`), and the protocol engine: codec,
//! record layer, key schedule, client and server state machines, pair, export.

pub mod cipher;
pub mod client;
pub mod codec;
pub mod conn;
pub mod connection;
pub mod enums;
pub mod error;
pub mod extension;
pub mod kx;
pub mod messages;
pub mod pair;
pub mod pcap;
pub mod pem;
pub mod pki;
pub mod prf;
pub mod record;
pub mod server;
pub mod verify;
