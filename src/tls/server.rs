//! The TLS 1.2 server state machine (RFC 5246 section 7.3, rustls `server/tls12.rs`).

mod steps;

use std::sync::Arc;

use rand_core::CryptoRng;

use super::cipher::Protection;
use super::client::constant_time_eq;
use super::conn::{Common, Event, Incoming, Session};
use super::connection::{Connection, Context, HandshakeState};
use super::enums::{CipherSuite, ExtensionType, TLS12};
use super::error::Error;
use super::kx;
use super::messages::{
    ClientHello, EcdheServerKeyExchange, Extension, HandshakeMessage, HandshakePayload, ServerHello,
};
use super::prf;

/// How the server answers.
#[derive(Clone, Debug)]
pub struct ServerConfig {
    /// Certificate chain, leaf first (DER).
    pub cert_chain: Vec<Vec<u8>>,
    /// The leaf's private key.
    pub key: rsa::PrivateKey,
    /// Suites in the server's preference order.
    pub suites: Vec<CipherSuite>,
    /// The session cache (RFC 5246 section 7.3): sessions a client may resume.
    pub cache: Vec<Session>,
}

/// The server's connection.
pub type ServerConnection = Connection<ServerState>;

/// What the server is waiting for.
#[derive(Debug)]
pub enum ServerState {
    /// ClientHello.
    ExpectClientHello(ExpectClientHello),
    /// ClientKeyExchange.
    ExpectClientKeyExchange(ExpectClientKeyExchange),
    /// The client's ChangeCipherSpec.
    ExpectChangeCipherSpec(ExpectChangeCipherSpec),
    /// The client's Finished.
    ExpectFinished(ExpectFinished),
    /// Application data flows.
    Traffic,
}

/// Parameters fixed by the hellos.
#[derive(Debug, Clone)]
pub struct Hellos {
    config: Arc<ServerConfig>,
    client_version: u16,
    client_random: [u8; 32],
    server_random: [u8; 32],
    suite: CipherSuite,
    session_id: Vec<u8>,
    /// Both sides use RFC 7627.
    ems: bool,
}

/// Waiting for ClientHello.
#[derive(Debug)]
pub struct ExpectClientHello {
    config: Arc<ServerConfig>,
}

/// Waiting for ClientKeyExchange.
#[derive(Debug)]
pub struct ExpectClientKeyExchange {
    hellos: Hellos,
    /// Our ephemeral x25519 secret (ECDHE).
    ecdhe_secret: Option<[u8; 32]>,
}

/// Waiting for the client's ChangeCipherSpec.
#[derive(Debug)]
pub struct ExpectChangeCipherSpec {
    hellos: Hellos,
    master: [u8; 48],
    /// Full handshake: our CCS + Finished go after the client's.
    pending_write: Option<Protection>,
    resumed: bool,
}

/// Waiting for the client's Finished.
#[derive(Debug)]
pub struct ExpectFinished {
    hellos: Hellos,
    master: [u8; 48],
    pending_write: Option<Protection>,
    resumed: bool,
}

/// A server connection waiting for a ClientHello.
pub fn accept(config: ServerConfig) -> ServerConnection {
    Connection::from_parts(
        Common::new(false),
        ServerState::ExpectClientHello(ExpectClientHello {
            config: Arc::new(config),
        }),
    )
}

fn unexpected(state: &str, m: &Incoming) -> Error {
    let what = match m {
        Incoming::Handshake(h, _) => h.typ().name(),
        Incoming::ChangeCipherSpec => "ChangeCipherSpec".into(),
        Incoming::ApplicationData(_) => "application data".into(),
    };
    Error::UnexpectedMessage(format!("{what} in state {state}"))
}

impl HandshakeState for ServerState {
    fn handle<R: CryptoRng>(self, cx: &mut Context<'_, R>, m: Incoming) -> Result<Self, Error> {
        let name = self.name();
        match (self, m) {
            (
                ServerState::ExpectClientHello(s),
                Incoming::Handshake(
                    HandshakeMessage {
                        payload: HandshakePayload::ClientHello(ch),
                    },
                    raw,
                ),
            ) => s.handle(cx, ch, &raw),
            (
                ServerState::ExpectClientKeyExchange(s),
                Incoming::Handshake(
                    HandshakeMessage {
                        payload: HandshakePayload::ClientKeyExchange(body),
                    },
                    raw,
                ),
            ) => s.handle(cx, &body, &raw),
            (ServerState::ExpectChangeCipherSpec(s), Incoming::ChangeCipherSpec) => {
                cx.common.activate_read()?;
                Ok(ServerState::ExpectFinished(ExpectFinished {
                    hellos: s.hellos,
                    master: s.master,
                    pending_write: s.pending_write,
                    resumed: s.resumed,
                }))
            }
            (
                ServerState::ExpectFinished(s),
                Incoming::Handshake(
                    HandshakeMessage {
                        payload: HandshakePayload::Finished(v),
                    },
                    raw,
                ),
            ) => s.handle(cx, &v, &raw),
            (ServerState::Traffic, Incoming::ApplicationData(d)) => {
                cx.common.events.push(Event::ApplicationData(d));
                Ok(ServerState::Traffic)
            }
            (_, m) => Err(unexpected(name, &m)),
        }
    }

    fn is_traffic(&self) -> bool {
        matches!(self, ServerState::Traffic)
    }

    fn name(&self) -> &'static str {
        match self {
            ServerState::ExpectClientHello(_) => "ExpectClientHello",
            ServerState::ExpectClientKeyExchange(_) => "ExpectClientKeyExchange",
            ServerState::ExpectChangeCipherSpec(_) => "ExpectChangeCipherSpec",
            ServerState::ExpectFinished(_) => "ExpectFinished",
            ServerState::Traffic => "Traffic",
        }
    }
}
