//! Integration tests: tls. Known-answer vectors, the in-memory pair, tampering.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use rand_chacha::rand_core::SeedableRng;
use rand_chacha::ChaCha20Rng;
use wirelab::tls::client::ClientConfig;
use wirelab::tls::conn::Event;
use wirelab::tls::enums::CipherSuite;
use wirelab::tls::error::Error;
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

pub const SUITES: [CipherSuite; 3] = [
    CipherSuite::TlsRsaWithAes128GcmSha256,
    CipherSuite::TlsRsaWithAes128CbcSha256,
    CipherSuite::TlsEcdheRsaWithAes128GcmSha256,
];

pub fn app_data(events: &[Event]) -> Vec<u8> {
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
pub fn session(suite: CipherSuite, seed: u64) -> (Pair, Vec<u8>, Vec<u8>) {
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

fn unhex(s: &str) -> Vec<u8> {
    wirelab::hex::decode(s).unwrap()
}

/// The TLS 1.2 PRF (P_SHA256) vector published on the IETF TLS list
/// (https://mailarchive.ietf.org/arch/msg/tls/fzVCzk-z3FShgGJ6DOXqM1ydxms/),
/// re-checked with Python's hmac module.
#[test]
fn prf_sha256_known_answer() {
    let out = wirelab::tls::prf::prf(
        &unhex("9bbe436ba940f017b17652849a71db35"),
        b"test label",
        &unhex("a0ba9f936cda311827a6f796ffd5198c"),
        100,
    );
    assert_eq!(
        wirelab::hex::encode(&out),
        "e3f229ba727be17b8d122620557cd453c2aab21d07c3d495329b52d4e61edb5a6b301791e90d35c9c9a46b4e14baf9af\
         0fa022f7077def17abfd3797c0564bab4fbc91666e9def9b97fce34f796789baa48082d122ee42c5a72e5a5110fff70187347b66"
    );
}

/// RFC 4231 section 4.3 (test case 2).
#[test]
fn hmac_sha256_known_answer() {
    let mac = wirelab::tls::prf::hmac_sha256(b"Jefe", &[b"what do ya want ", b"for nothing?"]);
    assert_eq!(
        wirelab::hex::encode(&mac),
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
    );
}

/// The GCM specification's test case 4 (McGrew and Viega, "The Galois/Counter Mode of
/// Operation", NIST CAVS gcmEncryptExtIV128): the AEAD under our record layer.
#[test]
fn aes128_gcm_known_answer() {
    use aes_gcm::aead::{Aead, KeyInit, Payload};
    let aead =
        aes_gcm::Aes128Gcm::new_from_slice(&unhex("feffe9928665731c6d6a8f9467308308")).unwrap();
    let nonce = unhex("cafebabefacedbaddecaf888");
    let pt = unhex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
    let aad = unhex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
    let nonce = aes_gcm::Nonce::<aes_gcm::aead::consts::U12>::try_from(nonce.as_slice()).unwrap();
    let ct = aead
        .encrypt(
            &nonce,
            Payload {
                msg: &pt,
                aad: &aad,
            },
        )
        .unwrap();
    assert_eq!(
        wirelab::hex::encode(&ct),
        "42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091\
         5bc94fbc3221a5db94fae95ae7121a47"
    );
}

/// Our GCM record: explicit nonce = sequence number, AAD = seq||type||version||length;
/// opening inverts sealing and any flipped bit (or other sequence number) is bad_record_mac.
#[test]
fn gcm_and_cbc_records_open_and_reject_modified() {
    use wirelab::tls::cipher::{BadRecordMac, Protection};
    let key = unhex("000102030405060708090a0b0c0d0e0f");
    for p in [
        Protection::gcm(&key, &[1, 2, 3, 4]).unwrap(),
        Protection::cbc(&key, &[7u8; 32]).unwrap(),
    ] {
        let sealed = p.seal_record(5, 23, 0x0303, b"attack at dawn");
        assert_eq!(
            p.open_record(5, 23, 0x0303, &sealed).unwrap(),
            b"attack at dawn"
        );
        assert_eq!(p.open_record(6, 23, 0x0303, &sealed), Err(BadRecordMac));
        assert_eq!(p.open_record(5, 22, 0x0303, &sealed), Err(BadRecordMac));
        for i in 0..sealed.len() {
            let mut m = sealed.clone();
            m[i] ^= 0x01;
            assert_eq!(
                p.open_record(5, 23, 0x0303, &m),
                Err(BadRecordMac),
                "byte {i}"
            );
        }
        assert_eq!(
            p.open_record(5, 23, 0x0303, &sealed[..sealed.len() - 1]),
            Err(BadRecordMac)
        );
    }
    // GCM wire form: 8-byte explicit nonce (the sequence number) + ciphertext + 16-byte tag.
    let g = Protection::gcm(&key, &[1, 2, 3, 4]).unwrap();
    let sealed = g.seal_record(5, 23, 0x0303, b"attack at dawn");
    assert_eq!(&sealed[..8], &5u64.to_be_bytes());
    assert_eq!(sealed.len(), 8 + 14 + 16);
}

#[test]
fn same_seed_replays_the_same_session_byte_for_byte() {
    for suite in SUITES {
        let (a, _, _) = session(suite, 42);
        let (b, _, _) = session(suite, 42);
        let (c, _, _) = session(suite, 43);
        assert_eq!(a.flights, b.flights);
        assert_ne!(a.flights, c.flights);
    }
}

#[test]
fn certificate_failures_send_the_right_alert() {
    let cases: [(&str, &str, &str, u64, &str); 4] = [
        (
            "server.pem",
            "ca.pem",
            "wrong.example",
            NOW,
            "hostname mismatch",
        ),
        ("server.pem", "other_ca.pem", "localhost", NOW, "unknown CA"),
        (
            "expired.pem",
            "ca.pem",
            "localhost",
            NOW,
            "certificate expired",
        ),
        (
            "server.pem",
            "ca.pem",
            "localhost",
            1_700_000_000,
            "not yet valid",
        ),
    ];
    for (cert, ca, host, now, words) in cases {
        let mut rng = ChaCha20Rng::seed_from_u64(1);
        let mut pair = Pair::new(
            client_config(CipherSuite::TlsRsaWithAes128GcmSha256, host, ca),
            server_config(cert),
            &mut rng,
            now,
        );
        let err = pair.run(&mut rng, &mut |_, _, _| {}).unwrap_err();
        assert!(matches!(err, Error::Certificate(_)), "{err:?}");
        assert!(err.to_string().contains(words), "{err}");
        let alert = err.alert().unwrap();
        assert_eq!(
            pair.server.error(),
            Some(&Error::PeerAlert(alert)),
            "{cert} {ca} {host}"
        );
    }
}

#[test]
fn abbreviated_handshake_resumes_a_cached_session() {
    for suite in SUITES {
        let (first, _, _) = session(suite, 9);
        let session_c = first.client.session().cloned().unwrap();
        let session_s = first.server.session().cloned().unwrap();
        assert_eq!(session_c, session_s);
        let mut rng = ChaCha20Rng::seed_from_u64(10);
        let mut cc = client_config(suite, "localhost", "ca.pem");
        cc.resume = Some(session_c.clone());
        let mut sc = server_config("server.pem");
        sc.cache.push(session_s);
        let mut pair = Pair::new(cc, sc, &mut rng, NOW);
        pair.run(&mut rng, &mut |_, _, _| {}).unwrap();
        let resumed = pair
            .flights
            .iter()
            .flat_map(|f| f.sender_events.iter().chain(&f.receiver_events))
            .filter(|e| matches!(e, Event::HandshakeComplete { resumed: true, .. }))
            .count();
        assert_eq!(resumed, 2, "{suite:?}");
        // Abbreviated: ClientHello; ServerHello+CCS+Finished; CCS+Finished.
        assert_eq!(pair.flights.len(), 3);
        pair.client.send_application_data(b"again\n").unwrap();
        let f = pair.step(&mut rng, &mut |_, _, _| {}).unwrap();
        assert_eq!(app_data(&f.receiver_events), b"again\n");
        // A server without the session in its cache runs a full handshake instead.
        let mut cc = client_config(suite, "localhost", "ca.pem");
        cc.resume = Some(session_c);
        let mut pair = Pair::new(cc, server_config("server.pem"), &mut rng, NOW);
        pair.run(&mut rng, &mut |_, _, _| {}).unwrap();
        assert!(pair.flights.len() > 3);
    }
}

#[test]
fn every_message_and_secret_is_reported_with_fields() {
    let (pair, _, _) = session(CipherSuite::TlsEcdheRsaWithAes128GcmSha256, 5);
    let events: Vec<&Event> = pair
        .flights
        .iter()
        .flat_map(|f| f.sender_events.iter().chain(&f.receiver_events))
        .collect();
    let labels: Vec<String> = events
        .iter()
        .filter_map(|e| match e {
            Event::Secret { label, .. } => Some(label.clone()),
            _ => None,
        })
        .collect();
    for want in [
        "pre_master_secret",
        "master_secret",
        "client_write_key",
        "server_write_key",
        "client_write_IV",
        "server_write_IV",
    ] {
        assert!(
            labels.iter().any(|l| l == want),
            "{want} missing from {labels:?}"
        );
    }
    for e in &events {
        if let Event::Handshake { bytes, fields, .. } = e {
            assert_eq!(fields[0].label, "msg_type");
            assert!(fields.iter().all(|f| f.range.end <= bytes.len()));
        }
    }
    // The ClientHello's random is a field with the right span.
    let Some(Event::Handshake { bytes, fields, .. }) = events
        .iter()
        .find(|e| matches!(e, Event::Handshake { outgoing: true, .. }))
    else {
        panic!()
    };
    let random = fields.iter().find(|f| f.label == "random").unwrap();
    assert_eq!(random.range, 6..38);
    assert_eq!(bytes[0], 1);
}

proptest::proptest! {
    #[test]
    fn decoders_never_panic(data in proptest::collection::vec(proptest::num::u8::ANY, 0..600)) {
        use wirelab::tls::codec::{Codec, Reader};
        let _ = wirelab::tls::messages::HandshakeMessage::read(&mut Reader::new(&data));
        let mut rng = ChaCha20Rng::seed_from_u64(0);
        let mut server = wirelab::tls::server::accept(server_config("server.pem"));
        server.read_tls(&data);
        let _ = server.process(&mut rng, NOW);
        let mut client = wirelab::tls::client::connect(client_config(CipherSuite::TlsRsaWithAes128GcmSha256, "localhost", "ca.pem"), &mut rng);
        client.read_tls(&data);
        let _ = client.process(&mut rng, NOW);
    }

    #[test]
    fn framed_handshake_bodies_never_panic(typ in 0u8..25, body in proptest::collection::vec(proptest::num::u8::ANY, 0..300)) {
        let mut rec = vec![22, 3, 3];
        let mut hs = vec![typ, 0, (body.len() >> 8) as u8, body.len() as u8];
        hs.extend(&body);
        rec.extend((hs.len() as u16).to_be_bytes());
        rec.extend(&hs);
        let mut rng = ChaCha20Rng::seed_from_u64(0);
        let mut client = wirelab::tls::client::connect(client_config(CipherSuite::TlsEcdheRsaWithAes128GcmSha256, "localhost", "ca.pem"), &mut rng);
        client.read_tls(&rec);
        let _ = client.process(&mut rng, NOW);
        let mut server = wirelab::tls::server::accept(server_config("server.pem"));
        server.read_tls(&rec);
        let _ = server.process(&mut rng, NOW);
    }
}

const GOLDEN: &str = "transcript_rsa_gcm_seed42.txt";

fn transcript_text(pair: &Pair) -> String {
    let mut out = String::from("# wirelab TLS 1.2 session, TLS_RSA_WITH_AES_128_GCM_SHA256, ChaCha20Rng seed 42, now 2027-01-01\n");
    for f in &pair.flights {
        out.push_str(if f.from_client { "C " } else { "S " });
        out.push_str(&wirelab::hex::encode(&f.sent));
        out.push('\n');
    }
    out.push_str(&pair.keylog().unwrap());
    out
}

/// A full handshake transcript (every flight's bytes and the key log), recorded once by
/// `record_golden_transcript` and replayed here: the same seed must give the same bytes.
/// tshark decrypts it as well (see tls_interop).
#[test]
fn full_handshake_transcript_replays() {
    let (pair, _, _) = session(CipherSuite::TlsRsaWithAes128GcmSha256, 42);
    assert_eq!(transcript_text(&pair), fixture(GOLDEN));
}

#[test]
#[ignore = "re-records tests/fixtures/tls/transcript_rsa_gcm_seed42.txt"]
fn record_golden_transcript() {
    let (pair, _, _) = session(CipherSuite::TlsRsaWithAes128GcmSha256, 42);
    std::fs::write(format!("{FIX}{GOLDEN}"), transcript_text(&pair)).unwrap();
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(20_000))]
    /// The long fuzz run of the record and handshake decoders (done once; `--ignored`).
    #[test]
    #[ignore = "long fuzz run"]
    fn long_fuzz_of_decoders(data in proptest::collection::vec(proptest::num::u8::ANY, 0..2000)) {
        use wirelab::tls::codec::{Codec, Reader};
        let _ = wirelab::tls::messages::HandshakeMessage::read(&mut Reader::new(&data));
        let mut buf = data.clone();
        let _ = wirelab::tls::conn::take_handshake(&mut buf);
        let mut buf = data.clone();
        let _ = wirelab::tls::conn::Common::take_record(&mut buf);
        let _ = wirelab::tls::record::Record::fields(&data);
    }
}
