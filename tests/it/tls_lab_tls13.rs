//! Integration tests: TLS 1.3 beside TLS 1.2 (static flows, snapshot of the layout).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use wirelab::labs::tls::diagram::Party;
use wirelab::labs::tls::hs_summary::Side;
use wirelab::labs::tls::tls13_flow::{layout_flow, round_trips, TLS12, TLS13};

#[test]
fn tls13_takes_one_round_trip_and_tls12_two() {
    assert_eq!(round_trips(&TLS13), 1);
    assert_eq!(round_trips(&TLS12), 2);
}

#[test]
fn tls13_encrypts_everything_after_server_hello_tls12_sends_the_certificate_in_clear() {
    let sh = TLS13
        .iter()
        .position(|s| s.label.starts_with("ServerHello"))
        .unwrap();
    assert!(TLS13[..=sh].iter().all(|s| !s.encrypted));
    assert!(TLS13[sh + 1..].iter().all(|s| s.encrypted));
    assert!(TLS13
        .iter()
        .any(|s| s.label == "{Certificate}" && s.encrypted));
    assert!(TLS12
        .iter()
        .any(|s| s.label == "Certificate" && !s.encrypted));
    assert!(!TLS13
        .iter()
        .any(|s| s.label.contains("KeyExchange") || s.label == "ChangeCipherSpec"));
}

#[test]
fn the_tls13_layout_snapshot() {
    let d = layout_flow(&TLS13);
    assert_eq!((d.width, d.height), (600, 362));
    assert_eq!(
        d.lanes.iter().map(|l| (l.party, l.x)).collect::<Vec<_>>(),
        [(Party::Client, 90), (Party::Server, 510)]
    );
    let got: Vec<_> = d
        .arrows
        .iter()
        .map(|a| (a.x1, a.x2, a.y, a.label, a.encrypted))
        .collect();
    assert_eq!(
        got,
        [
            (90, 510, 90, "ClientHello + key_share", false),
            (510, 90, 124, "ServerHello + key_share", false),
            (510, 90, 158, "{EncryptedExtensions}", true),
            (510, 90, 192, "{Certificate}", true),
            (510, 90, 226, "{CertificateVerify}", true),
            (510, 90, 260, "{Finished}", true),
            (90, 510, 294, "{Finished}", true),
            (90, 510, 328, "[ApplicationData]", true),
        ]
    );
    let d12 = layout_flow(&TLS12);
    assert_eq!(d12.arrows.len(), 11);
    assert_eq!(d12.height, 56 + 12 * 34);
    assert!(d12
        .arrows
        .iter()
        .zip(&TLS12)
        .all(|(a, s)| (a.x1 == 90) == (s.from == Side::Client)));
}
