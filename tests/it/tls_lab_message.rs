//! Integration tests: "Send your own message". The learner's bytes (a CPython pickle,
//! and the same pickle zlib-compressed) travel as the client's application data: the
//! summary's record decrypts (by the server, and by AES-GCM here with the summary's
//! keys) to exactly those bytes, the record is the length plus the suite's overhead,
//! a seeded session repeats byte for byte, and more than one record's worth is refused.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use aes_gcm::aead::{Aead, KeyInit, Payload};
use rand_chacha::rand_core::SeedableRng;
use rand_chacha::ChaCha20Rng;
use wirelab::labs::jobs::{run_job, Job, JobOutput};
use wirelab::labs::tls::handshake_run::{run_handshake, REQUEST};
use wirelab::labs::tls::hs_message::{record_len, MessageSource, MAX_APP_DATA};
use wirelab::labs::tls::hs_summary::{
    HandshakeError, HandshakeRequest, HandshakeSummary, HsAppRecord, Scenario, Side, SEEDED_NOW,
    SUITES,
};

/// `pickle.dumps({'id': 7, 'tags': ['a', 'b'], 'ok': True}, protocol=4)` from CPython 3.11.
const PICKLE: &str = "80049525000000000000007d94288c026964944b078c0474616773945d94288c016194\
                      8c016294658c026f6b9488752e";

fn request(suite: &str, scenario: Scenario, app_data: Option<Vec<u8>>) -> HandshakeRequest {
    HandshakeRequest {
        suite: suite.into(),
        scenario,
        seed: Some(11),
        now: SEEDED_NOW,
        app_data,
    }
}

fn run(req: &HandshakeRequest) -> Result<HandshakeSummary, HandshakeError> {
    run_handshake(req, &mut ChaCha20Rng::seed_from_u64(3))
}

/// The client's application_data record of the first connection.
fn client_record(s: &HandshakeSummary) -> &HsAppRecord {
    s.app_records
        .iter()
        .find(|r| s.messages[r.message as usize].from == Side::Client)
        .expect("a client record")
}

fn pickle() -> Vec<u8> {
    wirelab::hex::decode(PICKLE).unwrap()
}

#[test]
fn the_learners_bytes_are_the_client_record_for_every_suite() {
    let zipped = wirelab::zlib::compress(&pickle(), -1, 15).unwrap();
    for suite in SUITES {
        for bytes in [pickle(), zipped.clone(), REQUEST.to_vec()] {
            let s = run(&request(suite, Scenario::Normal, Some(bytes.clone()))).unwrap();
            let r = client_record(&s);
            assert_eq!(r.plaintext, bytes, "{suite}");
            // The server decrypted and checked it: it read exactly these bytes.
            assert_eq!(r.received.as_deref(), Some(bytes.as_slice()), "{suite}");
            // What Eve sees: the record is the message plus the suite's overhead.
            let wire = &s.messages[r.message as usize].wire;
            assert_eq!(
                wire.len() as u64,
                record_len(suite, bytes.len() as u64),
                "{suite}"
            );
            assert_eq!(s.request.app_data.as_deref(), Some(bytes.as_slice()));
        }
    }
}

#[test]
fn the_gcm_record_opens_to_the_pickle_with_the_summarys_keys() {
    let s = run(&request(SUITES[0], Scenario::Normal, Some(pickle()))).unwrap();
    let key = |label: &str| {
        s.secrets
            .iter()
            .find(|x| x.label == label)
            .unwrap()
            .bytes
            .clone()
    };
    let r = client_record(&s);
    let aead = aes_gcm::Aes128Gcm::new_from_slice(&key("client_write_key")).unwrap();
    let nonce = aes_gcm::Nonce::<aes_gcm::aead::consts::U12>::try_from(r.nonce.as_slice()).unwrap();
    let mut ad = r.seq.to_be_bytes().to_vec();
    ad.extend_from_slice(&[23, 3, 3]);
    ad.extend_from_slice(&(PICKLE.len() as u16 / 2).to_be_bytes());
    let mut sealed = r.ciphertext.clone();
    sealed.extend_from_slice(&r.tag);
    let opened = aead
        .decrypt(
            &nonce,
            Payload {
                msg: &sealed,
                aad: &ad,
            },
        )
        .unwrap();
    assert_eq!(opened, pickle());
    // The overhead of AES-GCM: header 5, explicit nonce 8, tag 16.
    assert_eq!(record_len(SUITES[0], 40), 5 + 8 + 40 + 16);
}

#[test]
fn cbc_pads_to_whole_blocks() {
    let cbc = SUITES[1];
    assert!(cbc.contains("CBC"));
    // IV 16 + (content + MAC 32 + 1..=16 bytes of padding) in 16-byte blocks.
    assert_eq!(record_len(cbc, 0), 5 + 16 + 48);
    assert_eq!(record_len(cbc, 15), 5 + 16 + 48);
    assert_eq!(record_len(cbc, 16), 5 + 16 + 64);
    // Every length up to two blocks, against the engine's real records.
    for n in [1usize, 14, 15, 16, 17, 31, 32, 33] {
        let bytes = vec![b'x'; n];
        let s = run(&request(cbc, Scenario::Normal, Some(bytes))).unwrap();
        let r = client_record(&s);
        assert_eq!(
            s.messages[r.message as usize].wire.len() as u64,
            record_len(cbc, n as u64),
            "{n}"
        );
    }
}

#[test]
fn the_default_is_the_http_request_and_a_seed_repeats() {
    let default = run(&request(SUITES[2], Scenario::Normal, None)).unwrap();
    assert_eq!(client_record(&default).plaintext, REQUEST);
    let same = run(&request(SUITES[2], Scenario::Normal, Some(pickle()))).unwrap();
    assert_eq!(
        same,
        run(&request(SUITES[2], Scenario::Normal, Some(pickle()))).unwrap()
    );
    assert_ne!(same.pcap, default.pcap);
}

#[test]
fn a_tampered_record_is_not_read_by_the_server() {
    let s = run(&request(SUITES[0], Scenario::TamperRecord, Some(pickle()))).unwrap();
    let r = client_record(&s);
    assert_eq!(r.plaintext, pickle());
    assert_eq!(r.received, None);
    assert_eq!(s.alert.unwrap().name, "bad_record_mac");
}

#[test]
fn more_than_one_record_is_refused() {
    let fits = vec![0u8; MAX_APP_DATA];
    let s = run(&request(SUITES[0], Scenario::Normal, Some(fits))).unwrap();
    assert_eq!(client_record(&s).received.as_ref().unwrap().len(), 16384);
    let too_long = vec![0u8; MAX_APP_DATA + 1];
    let job = Job::Handshake(request(SUITES[0], Scenario::Normal, Some(too_long)));
    let out = run_job(&job, &mut ChaCha20Rng::seed_from_u64(1), |_| {}).unwrap();
    assert_eq!(
        out,
        JobOutput::Handshake(Box::new(Err(HandshakeError::MessageTooLong(16385))))
    );
}

#[test]
fn the_message_source_is_kept_in_the_url_by_name() {
    for m in MessageSource::ALL {
        assert_eq!(MessageSource::parse(m.as_str()), m);
    }
    assert_eq!(MessageSource::parse("nonsense"), MessageSource::Http);
}
