//! The in-memory TLS session the page runs: full handshake with pre-made keys (the test
//! fixtures) plus one application record each way, for each suite.
//!
//! Run: `cargo bench --bench tls`. The browser target is under 20 ms per session.
//!
//! Measured 2026-11-26 natively (release profile, 2 shared cores under load from other
//! builds; criterion's estimate over 10 samples), one whole session each:
//!
//! | suite                                 | session |
//! |---------------------------------------|---------|
//! | TLS_RSA_WITH_AES_128_GCM_SHA256       | 6.3 ms  |
//! | TLS_RSA_WITH_AES_128_CBC_SHA256       | 6.2 ms  |
//! | TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 | 5.5 ms  |
//!
//! Most of it is the one RSA-2048 private-key operation (decrypt or sign) and the
//! certificate signature checks; the browser build has not been measured yet.

use std::sync::Arc;

use criterion::{criterion_group, criterion_main, Criterion};
use rand_chacha::ChaCha20Rng;
use rand_core::SeedableRng;
use wirelab::tls::client::ClientConfig;
use wirelab::tls::enums::CipherSuite;
use wirelab::tls::pair::Pair;
use wirelab::tls::pem::{certs_from_pem, private_key_from_pem};
use wirelab::tls::server::ServerConfig;
use wirelab::tls::verify::X509Verifier;

const CA: &str = include_str!("../tests/fixtures/tls/ca.pem");
const CERT: &str = include_str!("../tests/fixtures/tls/server.pem");
const KEY: &str = include_str!("../tests/fixtures/tls/server.key");
/// 2027-01-01: inside the fixtures' validity.
const NOW: u64 = 1_798_761_600;

fn session(client: &ClientConfig, server: &ServerConfig, seed: u64) {
    let mut rng = ChaCha20Rng::seed_from_u64(seed);
    let mut pair = Pair::new(client.clone(), server.clone(), &mut rng, NOW);
    let ok = pair.run(&mut rng, &mut |_, _, _| {}).is_ok()
        && pair.client.send_application_data(b"hello server\n").is_ok()
        && pair.server.send_application_data(b"hello client\n").is_ok()
        && pair.run(&mut rng, &mut |_, _, _| {}).is_ok();
    assert!(ok, "session failed");
}

fn bench(c: &mut Criterion) {
    let (Ok(roots), Ok(chain), Ok(key)) = (
        certs_from_pem(CA),
        certs_from_pem(CERT),
        private_key_from_pem(KEY),
    ) else {
        panic!("fixtures do not parse");
    };
    for suite in [
        CipherSuite::TlsRsaWithAes128GcmSha256,
        CipherSuite::TlsRsaWithAes128CbcSha256,
        CipherSuite::TlsEcdheRsaWithAes128GcmSha256,
    ] {
        let client = ClientConfig {
            server_name: "localhost".into(),
            suites: vec![suite],
            verifier: Arc::new(X509Verifier {
                roots: roots.clone(),
            }),
            resume: None,
        };
        let server = ServerConfig {
            cert_chain: chain.clone(),
            key: key.clone(),
            suites: vec![suite],
            cache: Vec::new(),
        };
        let mut seed = 0;
        c.bench_function(&format!("session {}", suite.name()), |b| {
            b.iter(|| {
                seed += 1;
                session(&client, &server, seed)
            })
        });
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = bench
}
criterion_main!(benches);
