//! The TLS 1.2 client state machine (RFC 5246 section 7.3, rustls `client/tls12.rs`).

mod steps;

use std::sync::Arc;

use rand_core::CryptoRng;

use super::cipher::Protection;
use super::conn::{Common, Event, Incoming, Session};
use super::connection::{Connection, Context, HandshakeState};
use super::enums::{CipherSuite, ExtensionType, TLS12};
use super::error::Error;
use super::kx;
use super::messages::{
    ClientHello, EcdheServerKeyExchange, Extension, HandshakeMessage, HandshakePayload, ServerHello,
};
use super::prf;
use super::verify::{rsa_public_key, ServerCertVerifier};

/// How the client connects.
#[derive(Clone)]
pub struct ClientConfig {
    /// The host name to verify and to send in SNI.
    pub server_name: String,
    /// Suites to offer, in preference order.
    pub suites: Vec<CipherSuite>,
    /// Checks the server's certificate chain.
    pub verifier: Arc<dyn ServerCertVerifier + Send + Sync>,
    /// A cached session to offer (abbreviated handshake, RFC 5246 section 7.3).
    pub resume: Option<Session>,
}

impl core::fmt::Debug for ClientConfig {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("ClientConfig")
            .field("server_name", &self.server_name)
            .field("suites", &self.suites)
            .finish()
    }
}

/// The client's connection.
pub type ClientConnection = Connection<ClientState>;

/// What the client is waiting for.
#[derive(Debug)]
pub enum ClientState {
    /// ServerHello.
    ExpectServerHello(ExpectServerHello),
    /// Certificate.
    ExpectCertificate(ExpectCertificate),
    /// ServerKeyExchange (ECDHE only).
    ExpectServerKeyExchange(ExpectServerKeyExchange),
    /// ServerHelloDone.
    ExpectServerHelloDone(ExpectServerHelloDone),
    /// The server's ChangeCipherSpec.
    ExpectChangeCipherSpec(ExpectChangeCipherSpec),
    /// The server's Finished.
    ExpectFinished(ExpectFinished),
    /// Application data flows.
    Traffic,
}

/// Parameters fixed by the hellos.
#[derive(Debug, Clone)]
pub struct Hellos {
    config: Arc<ClientConfig>,
    client_random: [u8; 32],
    server_random: [u8; 32],
    suite: CipherSuite,
    session_id: Vec<u8>,
    /// The server agreed to RFC 7627.
    ems: bool,
}

/// Waiting for ServerHello.
#[derive(Debug)]
pub struct ExpectServerHello {
    config: Arc<ClientConfig>,
    client_random: [u8; 32],
}

/// Waiting for Certificate.
#[derive(Debug)]
pub struct ExpectCertificate {
    hellos: Hellos,
}

/// Waiting for ServerKeyExchange; holds the verified server key.
#[derive(Debug)]
pub struct ExpectServerKeyExchange {
    hellos: Hellos,
    server_key: rsa::PublicKey,
}

/// Waiting for ServerHelloDone.
#[derive(Debug)]
pub struct ExpectServerHelloDone {
    hellos: Hellos,
    server_key: rsa::PublicKey,
    /// The server's verified ephemeral x25519 key (ECDHE).
    ecdhe_public: Option<Vec<u8>>,
}

/// Waiting for the server's ChangeCipherSpec.
#[derive(Debug)]
pub struct ExpectChangeCipherSpec {
    hellos: Hellos,
    master: [u8; 48],
    /// Resumed: our own CCS + Finished go after the server's.
    pending_write: Option<Protection>,
}

/// Waiting for the server's Finished.
#[derive(Debug)]
pub struct ExpectFinished {
    hellos: Hellos,
    master: [u8; 48],
    pending_write: Option<Protection>,
}

/// Builds the ClientHello, queues it and returns the connection in `ExpectServerHello`.
pub fn connect<R: CryptoRng>(config: ClientConfig, rng: &mut R) -> ClientConnection {
    let mut common = Common::new(true);
    let mut client_random = [0u8; 32];
    rng.fill_bytes(&mut client_random);
    let session_id = config
        .resume
        .as_ref()
        .map(|s| s.id.clone())
        .unwrap_or_default();
    let mut suites = config.suites.clone();
    // RFC 5746: signal secure renegotiation so OpenSSL 3 agrees to talk.
    suites.push(CipherSuite::TlsEmptyRenegotiationInfoScsv);
    let mut extensions = Vec::new();
    // RFC 6066 section 3: SNI carries DNS names only, never IP literals.
    let is_ip = config.server_name.contains(':')
        || config
            .server_name
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.');
    if !config.server_name.is_empty() && !is_ip {
        extensions.push(Extension::server_name(&config.server_name));
    }
    extensions.push(Extension {
        typ: ExtensionType::SignatureAlgorithms,
        data: vec![0, 2, 4, 1],
    });
    extensions.push(Extension {
        typ: ExtensionType::ExtendedMasterSecret,
        data: Vec::new(),
    });
    if config.suites.iter().any(|s| s.is_ecdhe()) {
        extensions.push(Extension {
            typ: ExtensionType::SupportedGroups,
            data: vec![0, 2, 0, 29],
        });
        extensions.push(Extension {
            typ: ExtensionType::EcPointFormats,
            data: vec![1, 0],
        });
    }
    let hello = ClientHello {
        client_version: TLS12,
        random: client_random,
        session_id,
        cipher_suites: suites,
        compression_methods: vec![0],
        extensions,
    };
    common.send_handshake(&HandshakeMessage {
        payload: HandshakePayload::ClientHello(hello),
    });
    let state = ClientState::ExpectServerHello(ExpectServerHello {
        config: Arc::new(config),
        client_random,
    });
    Connection::from_parts(common, state)
}

fn unexpected(state: &str, m: &Incoming) -> Error {
    let what = match m {
        Incoming::Handshake(h, _) => h.typ().name(),
        Incoming::ChangeCipherSpec => "ChangeCipherSpec".into(),
        Incoming::ApplicationData(_) => "application data".into(),
    };
    Error::UnexpectedMessage(format!("{what} in state {state}"))
}

impl HandshakeState for ClientState {
    fn handle<R: CryptoRng>(self, cx: &mut Context<'_, R>, m: Incoming) -> Result<Self, Error> {
        let name = self.name();
        match (self, m) {
            (
                ClientState::ExpectServerHello(s),
                Incoming::Handshake(
                    HandshakeMessage {
                        payload: HandshakePayload::ServerHello(sh),
                    },
                    raw,
                ),
            ) => s.handle(cx, sh, &raw),
            (
                ClientState::ExpectCertificate(s),
                Incoming::Handshake(
                    HandshakeMessage {
                        payload: HandshakePayload::Certificate(c),
                    },
                    raw,
                ),
            ) => s.handle(cx, c, &raw),
            (
                ClientState::ExpectServerKeyExchange(s),
                Incoming::Handshake(
                    HandshakeMessage {
                        payload: HandshakePayload::ServerKeyExchange(k),
                    },
                    raw,
                ),
            ) => s.handle(cx, k, &raw),
            (
                ClientState::ExpectServerHelloDone(s),
                Incoming::Handshake(
                    HandshakeMessage {
                        payload: HandshakePayload::ServerHelloDone,
                    },
                    raw,
                ),
            ) => s.handle(cx, &raw),
            (ClientState::ExpectChangeCipherSpec(s), Incoming::ChangeCipherSpec) => {
                cx.common.activate_read()?;
                Ok(ClientState::ExpectFinished(ExpectFinished {
                    hellos: s.hellos,
                    master: s.master,
                    pending_write: s.pending_write,
                }))
            }
            (
                ClientState::ExpectFinished(s),
                Incoming::Handshake(
                    HandshakeMessage {
                        payload: HandshakePayload::Finished(v),
                    },
                    raw,
                ),
            ) => s.handle(cx, &v, &raw),
            (ClientState::Traffic, Incoming::ApplicationData(d)) => {
                cx.common.events.push(Event::ApplicationData(d));
                Ok(ClientState::Traffic)
            }
            (_, m) => Err(unexpected(name, &m)),
        }
    }

    fn is_traffic(&self) -> bool {
        matches!(self, ClientState::Traffic)
    }

    fn name(&self) -> &'static str {
        match self {
            ClientState::ExpectServerHello(_) => "ExpectServerHello",
            ClientState::ExpectCertificate(_) => "ExpectCertificate",
            ClientState::ExpectServerKeyExchange(_) => "ExpectServerKeyExchange",
            ClientState::ExpectServerHelloDone(_) => "ExpectServerHelloDone",
            ClientState::ExpectChangeCipherSpec(_) => "ExpectChangeCipherSpec",
            ClientState::ExpectFinished(_) => "ExpectFinished",
            ClientState::Traffic => "Traffic",
        }
    }
}

/// Compares without an early exit (no timing hint about where the bytes differ).
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
