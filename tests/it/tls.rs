//! Integration tests: tls. Known-answer vectors, the in-memory pair, tampering.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use rand_chacha::rand_core::SeedableRng;
use rand_chacha::ChaCha20Rng;
use wirelab::tls::client::ClientConfig;
use wirelab::tls::conn::Event;
use wirelab::tls::enums::CipherSuite;
use wirelab::tls::pair::Pair;
use wirelab::tls::pem::{certs_from_pem, private_key_from_pem};
use wirelab::tls::server::ServerConfig;
use wirelab::tls::verify::X509Verifier;

const FIX: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/tls/");
/// 2027-01-01T00:00:00Z: inside the validity of ca.pem and server.pem.
pub const NOW: u64 = 1_798_761_600;

pub fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{FIX}{name}")).unwrap()
}

pub fn client_config(suite: CipherSuite, host: &str, ca: &str) -> ClientConfig {
    ClientConfig {
        server_name: host.into(),
        suites: vec![suite],
        verifier: Arc::new(X509Verifier {
            roots: certs_from_pem(&fixture(ca)).unwrap(),
        }),
        resume: None,
    }
}

pub fn server_config(cert: &str) -> ServerConfig {
    ServerConfig {
        cert_chain: certs_from_pem(&fixture(cert)).unwrap(),
        key: private_key_from_pem(&fixture("server.key")).unwrap(),
        suites: vec![
            CipherSuite::TlsEcdheRsaWithAes128GcmSha256,
            CipherSuite::TlsRsaWithAes128GcmSha256,
            CipherSuite::TlsRsaWithAes128CbcSha256,
        ],
        cache: Vec::new(),
    }
}

const SUITES: [CipherSuite; 3] = [
    CipherSuite::TlsRsaWithAes128GcmSha256,
    CipherSuite::TlsRsaWithAes128CbcSha256,
    CipherSuite::TlsEcdheRsaWithAes128GcmSha256,
];

fn app_data(events: &[Event]) -> Vec<u8> {
    events
        .iter()
        .filter_map(|e| match e {
            Event::ApplicationData(d) => Some(d.clone()),
            _ => None,
        })
        .flatten()
        .collect()
}

/// Runs a whole session: handshake, one line each way, close_notify.
fn session(suite: CipherSuite, seed: u64) -> (Pair, Vec<u8>, Vec<u8>) {
    let mut rng = ChaCha20Rng::seed_from_u64(seed);
    let mut pair = Pair::new(
        client_config(suite, "localhost", "ca.pem"),
        server_config("server.pem"),
        &mut rng,
        NOW,
    );
    pair.run(&mut rng, &mut |_, _, _| {}).unwrap();
    pair.client
        .send_application_data(b"hello server\n")
        .unwrap();
    pair.server
        .send_application_data(b"hello client\n")
        .unwrap();
    pair.client.send_close_notify();
    let mut server_got = Vec::new();
    let mut client_got = Vec::new();
    while let Some(f) = pair.step(&mut rng, &mut |_, _, _| {}) {
        let got = app_data(&f.receiver_events);
        if f.from_client {
            server_got.extend(got);
        } else {
            client_got.extend(got);
        }
    }
    (pair, server_got, client_got)
}

#[test]
fn pair_runs_every_suite() {
    for suite in SUITES {
        let (pair, server_got, client_got) = session(suite, 7);
        assert_eq!(server_got, b"hello server\n", "{suite:?}");
        assert_eq!(client_got, b"hello client\n", "{suite:?}");
        assert!(
            pair.server.peer_closed() && pair.client.peer_closed(),
            "{suite:?}"
        );
        assert_eq!(pair.client.state_name(), "Traffic");
    }
}
