//! The TLS track: the client's checks (the clock, the host name), tampering in flight
//! (the MAC), and the key exchange (forward secrecy), each checked by running the
//! in-memory `tls::pair::Pair` with the learning identity.

use std::sync::Arc;

use rand_chacha::rand_core::SeedableRng;
use rand_chacha::ChaCha20Rng;

use super::tls_identity::{learning_identity, LEARNING_NOW};
use super::{answer, AnswerKind, Exercise, LabSeed, Predict, Track, Why};
use crate::tls::client::ClientConfig;
use crate::tls::enums::CipherSuite;
use crate::tls::error::Error;
use crate::tls::pair::{Pair, Tamper};
use crate::tls::server::ServerConfig;
use crate::tls::verify::X509Verifier;

/// What the certificate says about its names and dates (as `openssl x509 -text`).
const CERT_SUMMARY: &str = "Subject: CN=localhost
Not Before: Jan  1 00:00:00 2026 GMT
Not After : Jan  1 00:00:00 2028 GMT
X509v3 Subject Alternative Name: DNS:localhost, DNS:*.lab.example";
/// The flights of a full RSA handshake.
const FLIGHTS: &str = "0 client: ClientHello
1 server: ServerHello, Certificate, ServerHelloDone
2 client: ClientKeyExchange, ChangeCipherSpec, Finished
3 server: ChangeCipherSpec, Finished";

const fn ex(id: &'static str) -> Exercise {
    Exercise {
        id,
        track: Track::Tls,
        predict: Predict::Alert,
        expected: &[],
        answer: AnswerKind::Settings,
        starter: "",
        given: CERT_SUMMARY,
        hints: 2,
        lab: LabSeed::Tls,
        home: "",
    }
}

pub const EXERCISES: [Exercise; 4] = [
    Exercise {
        expected: &["certificate_expired"],
        starter: include_str!("starters/tls_reject.txt"),
        home: include_str!("home/tls_reject.py"),
        ..ex("tls.reject-cert")
    },
    Exercise {
        predict: Predict::Name,
        expected: &["subjectAltName", "Subject Alternative Name", "SAN"],
        answer: AnswerKind::HostName,
        home: include_str!("home/tls_host_name.py"),
        ..ex("tls.host-name")
    },
    Exercise {
        expected: &["bad_record_mac"],
        answer: AnswerKind::Tamper,
        given: FLIGHTS,
        home: include_str!("home/tls_bad_record_mac.py"),
        ..ex("tls.bad-record-mac")
    },
    Exercise {
        predict: Predict::Name,
        expected: &["ClientKeyExchange"],
        answer: AnswerKind::Suites,
        starter: "TLS_RSA_WITH_AES_128_GCM_SHA256",
        given: "TLS_RSA_WITH_AES_128_GCM_SHA256\nTLS_RSA_WITH_AES_128_CBC_SHA256\nTLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
        home: include_str!("home/tls_forward_secrecy.py"),
        ..ex("tls.forward-secrecy")
    },
];

/// Checks an answer of this track.
pub fn check(id: &str, answer: &str) -> Result<(), Why> {
    match id {
        "tls.reject-cert" => reject_cert(answer),
        "tls.host-name" => host_name(answer),
        "tls.bad-record-mac" => bad_record_mac(answer),
        "tls.forward-secrecy" => forward_secrecy(answer),
        _ => Err(Why::UnknownExercise),
    }
}

/// How the client connects in a check.
struct Client {
    host: String,
    now: u64,
    suites: Vec<CipherSuite>,
}

impl Default for Client {
    fn default() -> Self {
        Client {
            host: "localhost".into(),
            now: LEARNING_NOW,
            suites: vec![CipherSuite::TlsRsaWithAes128GcmSha256],
        }
    }
}

/// Runs a whole handshake with the learning identity; the server prefers RSA key
/// transport (so only the client's offer decides forward secrecy).
fn handshake(client: &Client, tamper: Tamper<'_>) -> Result<Pair, Why> {
    let id = learning_identity().ok_or(Why::UnknownExercise)?;
    let client_config = ClientConfig {
        server_name: client.host.clone(),
        suites: client.suites.clone(),
        verifier: Arc::new(X509Verifier {
            roots: vec![id.ca.clone()],
        }),
        resume: None,
    };
    let server_config = ServerConfig {
        cert_chain: vec![id.cert.clone()],
        key: id.key.clone(),
        suites: vec![
            CipherSuite::TlsRsaWithAes128GcmSha256,
            CipherSuite::TlsRsaWithAes128CbcSha256,
            CipherSuite::TlsEcdheRsaWithAes128GcmSha256,
        ],
        cache: Vec::new(),
    };
    let mut rng = ChaCha20Rng::seed_from_u64(7);
    let mut pair = Pair::new(client_config, server_config, &mut rng, client.now);
    let _ = pair.run(&mut rng, tamper);
    Ok(pair)
}

/// The alert a failure sends, or the one the peer sent.
fn alert_name(e: &Error) -> String {
    match e {
        Error::PeerAlert(a) => a.name(),
        other => other.alert().map(|a| a.name()).unwrap_or_default(),
    }
}

/// Only the client's clock and the host name change; the certificate must be
/// rejected.
fn reject_cert(answer: &str) -> Result<(), Why> {
    let mut client = Client::default();
    let lines = answer::settings(answer).map_err(Why::BadSetting)?;
    for (n, (name, value)) in lines.iter().enumerate() {
        let bad = Why::BadSetting(n as u64 + 1);
        match name.as_str() {
            "host" | "server_name" | "server_hostname" => client.host = value.clone(),
            "date" | "now" | "time" => client.now = answer::moment(value).ok_or(bad)?,
            _ => return Err(bad),
        }
    }
    let pair = handshake(&client, &mut |_, _, _| {})?;
    match pair.client.error() {
        Some(Error::Certificate(_)) => Ok(()),
        Some(e) => Err(Why::OtherAlert(alert_name(e))),
        None => Err(Why::Accepted),
    }
}

/// Another name the certificate is valid for: the handshake must succeed.
fn host_name(answer: &str) -> Result<(), Why> {
    let host = answer.trim().trim_end_matches('.').to_ascii_lowercase();
    if host == "localhost" {
        return Err(Why::IsLocalhost);
    }
    let client = Client {
        host,
        ..Client::default()
    };
    let pair = handshake(&client, &mut |_, _, _| {})?;
    match pair.client.error() {
        None => Ok(()),
        Some(Error::Certificate(crate::tls::pki::CertError::HostnameMismatch { .. })) => {
            Err(Why::NameMismatch)
        }
        Some(e) => Err(Why::OtherAlert(alert_name(e))),
    }
}

/// `flight offset`: one byte flipped in flight; the server must send bad_record_mac.
fn bad_record_mac(answer: &str) -> Result<(), Why> {
    let mut parts = answer.split_whitespace();
    let flight: usize = parts
        .next()
        .and_then(|f| f.parse().ok())
        .ok_or(Why::BadTamper)?;
    let offset: i64 = parts
        .next()
        .and_then(|o| o.parse().ok())
        .ok_or(Why::BadTamper)?;
    if parts.next().is_some() {
        return Err(Why::BadTamper);
    }
    let mut flipped = false;
    let pair = handshake(&Client::default(), &mut |_, index, bytes| {
        if index != flight {
            return;
        }
        let at = if offset < 0 {
            usize::try_from(-offset)
                .ok()
                .and_then(|back| bytes.len().checked_sub(back))
        } else {
            usize::try_from(offset).ok()
        };
        if let Some(b) = at.and_then(|at| bytes.get_mut(at)) {
            *b ^= 0x01;
            flipped = true;
        }
    })?;
    if !flipped {
        return Err(Why::OutsideFlights);
    }
    let own = |e: Option<&Error>| e.filter(|e| !matches!(e, Error::PeerAlert(_))).cloned();
    match (own(pair.server.error()), own(pair.client.error())) {
        (Some(Error::BadRecordMac), _) => Ok(()),
        (Some(e), _) => Err(Why::OtherAlert(alert_name(&e))),
        (None, Some(e)) => Err(Why::ClientSent(alert_name(&e))),
        (None, None) => Err(Why::Accepted),
    }
}

/// The client's offer (IANA names); the session's suite must be ECDHE.
fn forward_secrecy(answer: &str) -> Result<(), Why> {
    let suites = answer
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|s| !s.is_empty())
        .map(|s| {
            CipherSuite::from_name(&s.to_ascii_uppercase())
                .ok_or_else(|| Why::UnknownSuite(s.to_owned()))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let client = Client {
        suites,
        ..Client::default()
    };
    let pair = handshake(&client, &mut |_, _, _| {})?;
    if let Some(e) = pair.client.error().or(pair.server.error()) {
        return Err(Why::OtherAlert(alert_name(e)));
    }
    match pair.client.session() {
        Some(s) if s.suite.is_ecdhe() => Ok(()),
        Some(s) => Err(Why::NoForwardSecrecy(s.suite.name())),
        None => Err(Why::Accepted),
    }
}
