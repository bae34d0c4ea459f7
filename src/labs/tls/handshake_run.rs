//! Runs one handshake scenario on the real TLS engine (`tls::pair`) and summarises it
//! (`hs_collect`). Worker only: this is the one place the lab reaches the engine.
//!
//! Keys: generating RSA-2048 per run takes seconds in wasm, so the lab CA, the server
//! and Mallory use three fixed RSA-2048 keys made once with `openssl genrsa` and built
//! in (`hs_keys/`; public, so worthless for anything real). The certificates are made
//! fresh around the request's clock on every run.

use std::sync::Arc;

use rand_chacha::ChaCha20Rng;
use rand_core::{CryptoRng, SeedableRng};

use super::hs_collect::{collect, Connection};
use super::hs_message::fits;
use super::hs_summary::{
    CertFacts, EveView, HandshakeError, HandshakeRequest, HandshakeSummary, Scenario, ServerKey,
};
use crate::tls::client::ClientConfig;
use crate::tls::enums::CipherSuite;
use crate::tls::pair::Pair;
use crate::tls::pcap::{write_pcap_connections, CLIENT, SERVER};
use crate::tls::pem::private_key_from_pem;
use crate::tls::pki::{
    cert_to_der, key_parts, make_ca, make_server_cert, CaParams, ServerCertParams,
};
use crate::tls::server::ServerConfig;
use crate::tls::verify::X509Verifier;

/// The server's name (SNI and the certificate's SAN).
pub const HOST: &str = "wirelab.test";
/// The lab CA's and Mallory's CA's common names.
pub const CA_NAME: &str = "wirelab lab CA";
pub const MALLORY_CA_NAME: &str = "Mallory CA";

const CA_KEY: &str = include_str!("hs_keys/ca.pem");
const SERVER_KEY: &str = include_str!("hs_keys/server.pem");
const MALLORY_KEY: &str = include_str!("hs_keys/mallory.pem");

/// What the client sends unless the learner chose a message of their own
/// (`HandshakeRequest::app_data`), and the server's answer (HTTP, as a browser would).
pub const REQUEST: &[u8] = super::hs_message::HTTP_REQUEST;
pub const RESPONSE: &[u8] = b"HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nhello\n";

const DAY: u64 = 86_400;

/// Runs `request`: a seeded session is the same byte for byte every time; an unseeded
/// one takes its randomness from `rng`.
pub fn run_handshake<R: CryptoRng + ?Sized>(
    request: &HandshakeRequest,
    rng: &mut R,
) -> Result<HandshakeSummary, HandshakeError> {
    let suite = CipherSuite::from_name(&request.suite)
        .filter(|s| s.is_supported())
        .ok_or_else(|| HandshakeError::UnknownSuite(request.suite.clone()))?;
    let message = request.app_data.as_deref().unwrap_or(REQUEST);
    if !fits(message.len()) {
        return Err(HandshakeError::MessageTooLong(message.len() as u64));
    }
    let mut rng = match request.seed {
        Some(seed) => ChaCha20Rng::seed_from_u64(seed),
        None => {
            let mut seed = [0u8; 32];
            rng.fill_bytes(&mut seed);
            ChaCha20Rng::from_seed(seed)
        }
    };
    let now = request.now;
    let scenario = request.scenario;
    let key = |pem: &str| private_key_from_pem(pem).map_err(HandshakeError::Setup);
    let setup = |e: crate::tls::pki::CertError| HandshakeError::Setup(e.to_string());
    let ca_key = key(CA_KEY)?;
    let ca = make_ca(&CaParams::new(CA_NAME, now), &ca_key, &mut rng).map_err(setup)?;
    let lab_server_key = key(SERVER_KEY)?;
    // Published with the lab (RSA key exchange only: the key that opens the
    // pre-master secret); Mallory's key is never handed out.
    let server_numbers = (scenario != Scenario::MitmCertificate && !suite.is_ecdhe())
        .then(|| server_key_numbers(&lab_server_key))
        .flatten();
    let (leaf_issuer, issuer_key, server_key) = if scenario == Scenario::MitmCertificate {
        let mallory_key = key(MALLORY_KEY)?;
        let mallory_ca =
            make_ca(&CaParams::new(MALLORY_CA_NAME, now), &mallory_key, &mut rng).map_err(setup)?;
        (mallory_ca, mallory_key.clone(), mallory_key)
    } else {
        (ca.clone(), ca_key, lab_server_key)
    };
    let (not_before, not_after) = if scenario == Scenario::ExpiredCertificate {
        (now.saturating_sub(400 * DAY), now.saturating_sub(30 * DAY))
    } else {
        (now.saturating_sub(DAY), now.saturating_add(90 * DAY))
    };
    let leaf = make_server_cert(
        &leaf_issuer,
        &issuer_key,
        server_key.as_public_key(),
        &ServerCertParams {
            common_name: HOST.into(),
            dns_names: vec![HOST.into()],
            not_before,
            not_after,
        },
        &mut rng,
    )
    .map_err(setup)?;
    let issuer = if scenario == Scenario::MitmCertificate {
        MALLORY_CA_NAME
    } else {
        CA_NAME
    };
    let client_config = ClientConfig {
        server_name: HOST.into(),
        suites: vec![suite],
        verifier: Arc::new(X509Verifier {
            roots: vec![cert_to_der(&ca).map_err(setup)?],
        }),
        resume: None,
    };
    let server_suites = crate::labs::tls::hs_summary::SUITES
        .iter()
        .filter_map(|n| CipherSuite::from_name(n))
        .filter(|s| scenario != Scenario::NoSharedSuite || *s != suite)
        .collect();
    let server_config = ServerConfig {
        cert_chain: vec![cert_to_der(&leaf).map_err(setup)?],
        key: server_key,
        suites: server_suites,
        cache: Vec::new(),
    };
    let mut connections = vec![session(
        client_config.clone(),
        server_config.clone(),
        message,
        scenario == Scenario::TamperRecord,
        &mut rng,
        now,
    )];
    if scenario == Scenario::Resumption {
        let first = &connections[0].pair;
        let client_session = first.client.session().cloned();
        let server_session = first.server.session().cloned();
        let resumed = session(
            ClientConfig {
                resume: client_session,
                ..client_config
            },
            ServerConfig {
                cache: server_session.into_iter().collect(),
                ..server_config
            },
            message,
            false,
            &mut rng,
            now,
        );
        connections.push(resumed);
    }
    let wire: Vec<Vec<(bool, Vec<u8>)>> = connections
        .iter()
        .map(|c| {
            c.pair
                .flights
                .iter()
                .map(|f| (f.from_client, f.delivered.clone()))
                .collect()
        })
        .collect();
    let keylog = connections
        .iter()
        .filter_map(|c| c.pair.keylog())
        .collect::<String>();
    let collected = collect(
        &connections,
        suite != CipherSuite::TlsRsaWithAes128CbcSha256,
    );
    let endpoint = |(_, ip, port): ([u8; 6], [u8; 4], u16)| {
        format!("{}.{}.{}.{}:{port}", ip[0], ip[1], ip[2], ip[3])
    };
    Ok(HandshakeSummary {
        request: request.clone(),
        messages: collected.messages,
        secrets: collected.secrets,
        app_records: collected.app_records,
        alert: collected.alert,
        keylog,
        pcap: write_pcap_connections(&wire, now),
        eve: EveView {
            client: endpoint(CLIENT),
            server: endpoint(SERVER),
            sni: Some(HOST.into()),
        },
        server_cert: CertFacts {
            subject: HOST.into(),
            issuer: issuer.into(),
            not_before,
            not_after,
        },
        server_key: server_numbers,
    })
}

/// n, e and d of the lab server's key.
fn server_key_numbers(key: &rsa::PrivateKey) -> Option<ServerKey> {
    let parts = key_parts(key).ok()?;
    let part = |symbol: &str| {
        parts
            .iter()
            .find(|p| p.symbol == symbol)
            .map(|p| p.bytes.clone())
    };
    Some(ServerKey {
        n: part("n")?,
        e: part("e")?,
        d: part("d")?,
    })
}

/// One connection: the handshake, then (if it succeeded) the client's `message` and
/// the answer (Mallory flips the last bit of the message's record when `tamper`), then
/// close_notify both ways.
fn session(
    client: ClientConfig,
    server: ServerConfig,
    message: &[u8],
    tamper: bool,
    rng: &mut ChaCha20Rng,
    now: u64,
) -> Connection {
    let mut pair = Pair::new(client, server, rng, now);
    let mut sent = (Vec::new(), Vec::new());
    let _ = pair.run(rng, &mut |_, _, _| {});
    let fine = |p: &Pair| p.client.error().is_none() && p.server.error().is_none();
    if fine(&pair) && pair.client.send_application_data(message).is_ok() {
        sent.0.push(message.to_vec());
        let target = pair.flights.len();
        let _ = pair.run(rng, &mut |from_client, i, bytes| {
            if tamper && from_client && i == target {
                if let Some(last) = bytes.last_mut() {
                    *last ^= 0x01;
                }
            }
        });
        if fine(&pair) && pair.server.send_application_data(RESPONSE).is_ok() {
            sent.1.push(RESPONSE.to_vec());
            let _ = pair.run(rng, &mut |_, _, _| {});
        }
        if fine(&pair) {
            pair.client.send_close_notify();
            let _ = pair.run(rng, &mut |_, _, _| {});
        }
    }
    Connection {
        pair,
        client_app: sent.0,
        server_app: sent.1,
    }
}
