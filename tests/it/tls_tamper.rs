//! Integration tests: tls tampering (the Mallory view). Every authenticated byte that
//! changes in flight makes the handshake or the record fail, with the right alert.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use rand_chacha::rand_core::SeedableRng;
use rand_chacha::ChaCha20Rng;
use wirelab::tls::conn::Event;
use wirelab::tls::enums::{AlertDescription, CipherSuite};
use wirelab::tls::error::Error;
use wirelab::tls::pair::Pair;

use crate::tls::{client_config, server_config, session, NOW, SUITES};

fn alerts(events: &[Event], outgoing: bool) -> Vec<AlertDescription> {
    events
        .iter()
        .filter_map(|e| match e {
            Event::Alert {
                outgoing: o,
                description,
                ..
            } if *o == outgoing => Some(*description),
            _ => None,
        })
        .collect()
}

/// Runs a handshake whose flight `target` gets `edit`; returns (client error, server error,
/// every alert the client sent, every alert the server sent).
fn tampered(
    suite: CipherSuite,
    target: usize,
    edit: &dyn Fn(&mut Vec<u8>),
) -> (
    Option<Error>,
    Option<Error>,
    Vec<AlertDescription>,
    Vec<AlertDescription>,
) {
    let mut rng = ChaCha20Rng::seed_from_u64(1);
    let mut pair = Pair::new(
        client_config(suite, "localhost", "ca.pem"),
        server_config("server.pem"),
        &mut rng,
        NOW,
    );
    let _ = pair.run(&mut rng, &mut |_, i, bytes| {
        if i == target {
            edit(bytes)
        }
    });
    let mut client_sent = Vec::new();
    let mut server_sent = Vec::new();
    for f in &pair.flights {
        let (c, s) = if f.from_client {
            (&f.sender_events, &f.receiver_events)
        } else {
            (&f.receiver_events, &f.sender_events)
        };
        client_sent.extend(alerts(c, true));
        server_sent.extend(alerts(s, true));
    }
    (
        pair.client.error().cloned(),
        pair.server.error().cloned(),
        client_sent,
        server_sent,
    )
}

/// Flips one byte at `offset` of the record at index `record` of a flight.
fn flip_in_record(record: usize, offset: usize) -> impl Fn(&mut Vec<u8>) {
    move |bytes: &mut Vec<u8>| {
        let mut at = 0;
        for _ in 0..record {
            let len = usize::from(u16::from_be_bytes([bytes[at + 3], bytes[at + 4]]));
            at += 5 + len;
        }
        bytes[at + 5 + offset] ^= 0x01;
    }
}

#[test]
fn tampered_randoms_change_the_keys_so_finished_is_bad_record_mac() {
    // Flight 0 is the ClientHello record, flight 1 starts with ServerHello: body offset
    // 4 (header) + 2 (version) is the random. Other randoms give other keys, so the
    // first encrypted record (the client's Finished) fails authentication.
    for flight in [0, 1] {
        let (client, server, _, server_sent) = tampered(
            CipherSuite::TlsRsaWithAes128GcmSha256,
            flight,
            &flip_in_record(0, 6),
        );
        assert_eq!(server, Some(Error::BadRecordMac), "flight {flight}");
        assert_eq!(server_sent, vec![AlertDescription::BadRecordMac]);
        assert_eq!(
            client,
            Some(Error::PeerAlert(AlertDescription::BadRecordMac))
        );
    }
}

#[test]
fn tampered_transcript_fails_finished_with_decrypt_error() {
    // Hiding the client's extended_master_secret offer (type 23 -> 22, unknown here):
    // both sides fall back to the RFC 5246 master secret, so the keys agree, but the
    // transcripts differ and the server's check of the client's verify_data fails.
    let hide_ems = |bytes: &mut Vec<u8>| {
        let at = bytes.windows(4).position(|w| w == [0, 23, 0, 0]).unwrap();
        bytes[at + 1] = 22;
    };
    let (client, server, _, server_sent) =
        tampered(CipherSuite::TlsRsaWithAes128GcmSha256, 0, &hide_ems);
    assert!(matches!(server, Some(Error::DecryptError(_))), "{server:?}");
    assert_eq!(server_sent, vec![AlertDescription::DecryptError]);
    assert_eq!(
        client,
        Some(Error::PeerAlert(AlertDescription::DecryptError))
    );
}

#[test]
fn extended_master_secret_binds_the_transcript_into_the_keys() {
    // With RFC 7627 the master secret covers the session hash: bytes that change no
    // key in plain TLS 1.2 (the SNI name, the ServerHello session_id) now change the keys,
    // so the first encrypted record already fails.
    let sni = |bytes: &mut Vec<u8>| {
        let at = bytes.windows(9).position(|w| w == b"localhost").unwrap();
        bytes[at] = b'L';
    };
    let (client, server, _, _) = tampered(CipherSuite::TlsRsaWithAes128GcmSha256, 0, &sni);
    assert_eq!(server, Some(Error::BadRecordMac));
    assert_eq!(
        client,
        Some(Error::PeerAlert(AlertDescription::BadRecordMac))
    );
    let (client, server, _, _) = tampered(
        CipherSuite::TlsRsaWithAes128GcmSha256,
        1,
        &flip_in_record(0, 39),
    );
    assert_eq!(server, Some(Error::BadRecordMac));
    assert_eq!(
        client,
        Some(Error::PeerAlert(AlertDescription::BadRecordMac))
    );
    // Both sides report the session hash they used.
    let (pair, _, _) = session(CipherSuite::TlsRsaWithAes128GcmSha256, 5);
    let hashes: Vec<&Vec<u8>> = pair
        .flights
        .iter()
        .flat_map(|f| f.sender_events.iter().chain(&f.receiver_events))
        .filter_map(|e| match e {
            Event::Secret { label, bytes } if label == "session_hash" => Some(bytes),
            _ => None,
        })
        .collect();
    assert_eq!(hashes.len(), 2);
    assert_eq!(hashes[0], hashes[1]);
    assert!(pair.client.session().unwrap().extended_master_secret);
}

#[test]
fn tampered_certificate_is_rejected_with_decrypt_error_or_bad_certificate() {
    // Flight 1 record 0 holds ServerHello + Certificate; flip a byte deep in the
    // certificate's signed body (the subject public key).
    let (client, server, client_sent, _) = tampered(
        CipherSuite::TlsRsaWithAes128GcmSha256,
        1,
        &flip_in_record(0, 400),
    );
    assert!(matches!(client, Some(Error::Certificate(_))), "{client:?}");
    assert_eq!(client_sent.len(), 1);
    assert!(matches!(server, Some(Error::PeerAlert(_))));
}

#[test]
fn tampered_server_key_exchange_signature_is_decrypt_error() {
    let mut rng = ChaCha20Rng::seed_from_u64(1);
    let mut pair = Pair::new(
        client_config(
            CipherSuite::TlsEcdheRsaWithAes128GcmSha256,
            "localhost",
            "ca.pem",
        ),
        server_config("server.pem"),
        &mut rng,
        NOW,
    );
    pair.step(&mut rng, &mut |_, _, _| {});
    // The server's first flight: flip the ServerKeyExchange's public key (signed).
    let flight = pair.step(&mut rng, &mut |_, _, bytes| {
        let ske = bytes
            .windows(4)
            .position(|w| w == [12, 0, 1, 0x28])
            .unwrap();
        bytes[ske + 4 + 4 + 5] ^= 1;
    });
    let flight = flight.unwrap();
    assert!(
        matches!(pair.client.error(), Some(Error::DecryptError(_))),
        "{:?}",
        pair.client.error()
    );
    assert_eq!(
        alerts(&flight.receiver_events, true),
        vec![AlertDescription::DecryptError]
    );
}

#[test]
fn tampered_encrypted_finished_is_bad_record_mac_for_every_suite() {
    for suite in SUITES {
        // Flight 2 (client): ClientKeyExchange, ChangeCipherSpec, Finished (record 2).
        for offset in [0, 8, 20, 39] {
            let (client, server, _, server_sent) = tampered(suite, 2, &flip_in_record(2, offset));
            assert_eq!(
                server,
                Some(Error::BadRecordMac),
                "{suite:?} offset {offset}"
            );
            assert_eq!(server_sent, vec![AlertDescription::BadRecordMac]);
            assert_eq!(
                client,
                Some(Error::PeerAlert(AlertDescription::BadRecordMac))
            );
        }
    }
}

#[test]
fn tampered_client_key_exchange_never_completes() {
    // RSA: a changed encrypted pre-master decrypts to garbage, the server silently uses
    // a random pre-master (RFC 5246 section 7.4.7.1) and the Finished check fails.
    let (_, server, _, server_sent) = tampered(
        CipherSuite::TlsRsaWithAes128GcmSha256,
        2,
        &flip_in_record(0, 100),
    );
    assert!(
        matches!(server, Some(Error::BadRecordMac | Error::DecryptError(_))),
        "{server:?}"
    );
    assert_eq!(server_sent.len(), 1);
    // ECDHE: a changed public key gives another shared secret.
    let (_, server, _, _) = tampered(
        CipherSuite::TlsEcdheRsaWithAes128GcmSha256,
        2,
        &flip_in_record(0, 10),
    );
    assert!(
        matches!(server, Some(Error::BadRecordMac | Error::DecryptError(_))),
        "{server:?}"
    );
}

#[test]
fn errors_stick() {
    let mut rng = ChaCha20Rng::seed_from_u64(3);
    let mut pair = Pair::new(
        client_config(
            CipherSuite::TlsRsaWithAes128GcmSha256,
            "localhost",
            "ca.pem",
        ),
        server_config("server.pem"),
        &mut rng,
        NOW,
    );
    let hello = pair.client.write_tls();
    // A ClientHello with an empty body.
    pair.server
        .read_tls(b"\x16\x03\x03\x00\x04\x01\x00\x00\x00");
    let first = pair.server.process(&mut rng, NOW).unwrap_err();
    assert!(matches!(first, Error::Decode(_)));
    pair.server.read_tls(&hello);
    assert_eq!(pair.server.process(&mut rng, NOW), Err(first));
    assert_eq!(pair.server.state_name(), "Failed");
    assert!(pair.server.send_application_data(b"x").is_err());
}

/// Every field of every plaintext handshake message is authenticated (by the Finished
/// check over the transcript, the certificate signature, or the ServerKeyExchange
/// signature): flipping its first byte in flight means the handshake never completes,
/// and the side that notices sends an alert.
#[test]
fn tampering_any_handshake_field_fails_the_handshake() {
    for suite in [
        CipherSuite::TlsRsaWithAes128GcmSha256,
        CipherSuite::TlsEcdheRsaWithAes128GcmSha256,
    ] {
        let (clean, _, _) = session(suite, 7);
        let mut checked = 0;
        // A side's outgoing messages are reported while it handles the peer's flight.
        let messages: Vec<&Event> = clean
            .flights
            .iter()
            .flat_map(|f| f.sender_events.iter().chain(&f.receiver_events))
            .collect();
        for e in messages {
            let Event::Handshake {
                outgoing: true,
                bytes,
                fields,
                ..
            } = e
            else {
                continue;
            };
            // Only plaintext messages can be found (and flipped) in the flights.
            let found = clean.flights.iter().enumerate().find_map(|(i, f)| {
                f.sent
                    .windows(bytes.len())
                    .position(|w| w == bytes.as_slice())
                    .map(|at| (i, at))
            });
            let Some((index, at)) = found else { continue };
            {
                for field in fields.iter().filter(|f| !f.range.is_empty()) {
                    let pos = at + field.range.start;
                    let mut rng = ChaCha20Rng::seed_from_u64(7);
                    let mut pair = Pair::new(
                        client_config(suite, "localhost", "ca.pem"),
                        server_config("server.pem"),
                        &mut rng,
                        NOW,
                    );
                    let result = pair.run(&mut rng, &mut |_, i, b| {
                        if i == index {
                            b[pos] ^= 0x01;
                        }
                    });
                    assert!(
                        result.is_err(),
                        "{suite:?} flight {index} field {} survived tampering",
                        field.label
                    );
                    let sent: usize = pair
                        .flights
                        .iter()
                        .map(|f| {
                            alerts(&f.sender_events, true).len()
                                + alerts(&f.receiver_events, true).len()
                        })
                        .sum();
                    assert_eq!(
                        sent, 1,
                        "{suite:?} field {}: exactly one side sends one alert",
                        field.label
                    );
                    checked += 1;
                }
            }
        }
        assert!(checked > 30, "{checked}");
    }
}
