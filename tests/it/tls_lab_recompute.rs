//! Integration tests: "Recompute it yourself". For every suite, the Python the page
//! gives (standard library only) prints exactly the session's value when run by the
//! real python3, and the check tells a right value, a wrong one and non-hex apart.
//! The pre-master secret is opened with the lab server's published key; the CBC
//! record's MAC is checked against the MAC inside the engine's encrypted record.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

use wirelab::labs::tls::hs_recompute::{check, recomputables, RecomputeWhat, Verdict};
use wirelab::labs::tls::hs_summary::{HandshakeSummary, Scenario, Side, SUITES};

use super::tls_lab_handshake::run;

fn python(code: &str) -> String {
    let out = Command::new("python3")
        .arg("-c")
        .arg(code)
        .output()
        .expect("python3");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap().trim().to_owned()
}

/// What each suite lets the learner recompute: RSA key exchange adds the pre-master
/// secret (the published server key opens it), CBC adds the record's MAC.
fn offered(suite: &str) -> Vec<RecomputeWhat> {
    use RecomputeWhat::*;
    let mut all = vec![MasterSecret, ClientWriteKey, ClientVerifyData];
    if suite.starts_with("TLS_RSA_") {
        all.push(PreMasterSecret);
    }
    if suite.contains("_CBC_") {
        all.push(ClientRecordMac);
    }
    all
}

fn value(s: &HandshakeSummary, what: RecomputeWhat) -> (Vec<u8>, String) {
    let x = recomputables(s)
        .into_iter()
        .find(|x| x.what == what)
        .unwrap();
    (x.expected, x.python)
}

#[test]
fn the_python_snippets_print_the_sessions_values() {
    for suite in SUITES {
        let s = run(suite, Scenario::Normal, Some(7));
        let r = recomputables(&s);
        let whats: Vec<_> = r.iter().map(|x| x.what).collect();
        assert_eq!(whats, offered(suite), "{suite}");
        for x in &r {
            let printed = python(&x.python);
            assert_eq!(
                printed,
                wirelab::hex::encode(&x.expected),
                "{suite} {:?}",
                x.what
            );
            assert_eq!(check(&x.expected, &printed), Verdict::Match);
        }
    }
}

#[test]
fn the_check_tells_right_wrong_and_invalid_apart() {
    let s = run(SUITES[0], Scenario::Normal, Some(7));
    let ms = &recomputables(&s)[0].expected;
    assert_eq!(ms.len(), 48);
    let hex = wirelab::hex::encode(ms);
    assert_eq!(check(ms, &hex), Verdict::Match);
    assert_eq!(
        check(ms, &format!("  {} ", hex.to_uppercase())),
        Verdict::Match
    );
    let mut wrong = ms.clone();
    wrong[47] ^= 1;
    assert_eq!(check(ms, &wirelab::hex::encode(&wrong)), Verdict::Mismatch);
    assert_eq!(check(ms, &hex[..94]), Verdict::Mismatch);
    assert_eq!(check(ms, "zz").as_str(), "invalid");
}

#[test]
fn nothing_to_recompute_without_keys() {
    let s = run(SUITES[0], Scenario::NoSharedSuite, Some(7));
    assert!(recomputables(&s).is_empty());
}

#[test]
fn the_pre_master_secret_opens_with_the_published_server_key() {
    for suite in [
        "TLS_RSA_WITH_AES_128_GCM_SHA256",
        "TLS_RSA_WITH_AES_128_CBC_SHA256",
    ] {
        let s = run(suite, Scenario::Normal, Some(7));
        let (expected, snippet) = value(&s, RecomputeWhat::PreMasterSecret);
        let pms = &s
            .secrets
            .iter()
            .find(|x| x.label == "pre_master_secret")
            .unwrap()
            .bytes;
        assert_eq!(&expected, pms);
        // RFC 5246 7.4.7.1: 48 bytes, starting with the client's version (3, 3).
        assert_eq!((expected.len(), &expected[..2]), (48, &[3u8, 3][..]));
        assert_eq!(python(&snippet), wirelab::hex::encode(pms), "{suite}");
        // The key is the lab server's: n is the certificate's 2048-bit modulus.
        assert_eq!(s.server_key.as_ref().unwrap().n.len(), 256);
        // Another session's pre-master secret does not match this one.
        let other = run(suite, Scenario::Normal, Some(8));
        let (_, other_python) = value(&other, RecomputeWhat::PreMasterSecret);
        assert_eq!(check(&expected, &python(&other_python)), Verdict::Mismatch);
    }
}

#[test]
fn no_server_key_is_handed_out_for_ecdhe_or_mallory() {
    let ecdhe = run(SUITES[2], Scenario::Normal, Some(7));
    assert!(ecdhe.server_key.is_none());
    let mallory = run(SUITES[0], Scenario::MitmCertificate, Some(7));
    assert!(mallory.server_key.is_none());
    // The client refused Mallory before any key exchange: nothing to open.
    assert!(recomputables(&mallory).is_empty());
}

/// AES-128-CBC decryption of a record's fragment (IV first), as the server does it.
fn cbc_open(key: &[u8], fragment: &[u8]) -> Vec<u8> {
    use aes::cipher::{BlockCipherDecrypt, KeyInit};
    let aes = aes::Aes128::new_from_slice(key).unwrap();
    let mut prev = fragment[..16].to_vec();
    let mut plain = Vec::new();
    for chunk in fragment[16..].chunks(16) {
        let mut block = aes::Block::try_from(chunk).unwrap();
        aes.decrypt_block(&mut block);
        plain.extend(block.iter().zip(&prev).map(|(a, b)| a ^ b));
        prev = chunk.to_vec();
    }
    plain
}

#[test]
fn the_record_mac_is_the_one_inside_the_cbc_record() {
    let s = run(SUITES[1], Scenario::Normal, Some(7));
    let (expected, snippet) = value(&s, RecomputeWhat::ClientRecordMac);
    assert_eq!(python(&snippet), wirelab::hex::encode(&expected));
    // The client's first application_data record: seq 1 (its Finished was seq 0).
    let r = s
        .app_records
        .iter()
        .find(|r| s.messages[r.message as usize].from == Side::Client)
        .unwrap();
    assert_eq!(r.seq, 1);
    assert!(snippet.contains("seq_num = 1\n"));
    let key = &s
        .secrets
        .iter()
        .find(|x| x.label == "client_write_key")
        .unwrap()
        .bytes;
    let wire = &s.messages[r.message as usize].wire;
    let plain = cbc_open(key, &wire[5..]);
    let padding = usize::from(*plain.last().unwrap()) + 1;
    let content = plain.len() - padding - 32;
    assert_eq!(plain[..content], r.plaintext[..]);
    assert_eq!(plain[content..content + 32], expected[..]);
    // Forgetting that Finished took seq 0 gives another MAC.
    let wrong = python(&snippet.replace("seq_num = 1\n", "seq_num = 0\n"));
    assert_eq!(check(&expected, &wrong), Verdict::Mismatch);
}
