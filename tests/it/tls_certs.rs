//! The TLS page's Certificates panel (`wirelab::labs::tls`): the set the worker makes
//! passes `openssl verify`, the clock and the host decide the verdict, every gallery
//! certificate earns the error OpenSSL's `openssl verify` reports and the alert
//! OpenSSL's client sends for it (`x509table` in ssl/statem/statem_lib.c), the
//! drawn signature step opens the real signature, and the field rows cover the DER.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

use rand_chacha::ChaCha20Rng;
use rand_core::SeedableRng;
use sha2::{Digest, Sha256};
use wirelab::labs::jobs::{decode, encode, run_job, Job, JobOutput};
use wirelab::labs::kit::Role;
use wirelab::labs::tls::cert_check::{
    check, digest_in_block, host_matches, open_signature, CheckRequest, Problem, Step,
};
use wirelab::labs::tls::cert_gallery::{Defect, DEFECTS, MALLORY_HOST};
use wirelab::labs::tls::cert_make::{
    check_host, make_with_keys, CertKeys, CertRequest, CertSet, MakeProblem, SERVER_DAYS,
};
use wirelab::labs::tls::cert_tree::annotate;
use wirelab::tls::pki;

/// 2026-01-01T00:00:00Z.
const NOW: u64 = 1_767_225_600;
const HOST: &str = "wirelab.example";

fn key(name: &str) -> pki::RsaPrivateKey {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/keys")
        .join(name);
    pki::private_key_from_pem_or_der(&std::fs::read(path).unwrap()).unwrap()
}

/// The panel's set for `host` at NOW, from the fixture keys and a seeded Mallory key.
fn set_for(host: &str) -> CertSet {
    let mut rng = ChaCha20Rng::seed_from_u64(5);
    let mallory = pki::generate_rsa_key(&mut rng, 2048, |_| {}).unwrap();
    let keys = CertKeys {
        ca: key("ca-2048.key"),
        server: key("server-2048.key"),
        mallory,
    };
    let req = CertRequest {
        host: host.to_string(),
        now: NOW,
    };
    make_with_keys(&req, &keys, &mut rng).unwrap()
}

fn verify_at(set: &CertSet, now: u64, host: &str) -> wirelab::labs::tls::cert_check::CertCheck {
    check(&CheckRequest {
        chain: vec![set.server.der.clone()],
        anchors: vec![set.ca.der.clone()],
        now,
        host: host.to_string(),
    })
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("wirelab-certs-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// `openssl verify ARGS` in `dir`: success, and the first `error N` it reports.
fn openssl_verify(dir: &Path, args: &[&str]) -> (bool, Option<u32>, String) {
    let out = Command::new("openssl")
        .arg("verify")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("openssl runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let first = text
        .split("error ")
        .skip(1)
        .find_map(|rest| rest.split_whitespace().next()?.parse().ok());
    (out.status.success(), first, text)
}

/// OpenSSL 3.0's `x509table`: the verify error -> the alert its client sends.
fn openssl_alert(error: u32) -> &'static str {
    match error {
        7 => "decrypt_error",        // X509_V_ERR_CERT_SIGNATURE_FAILURE
        9 => "bad_certificate",      // X509_V_ERR_CERT_NOT_YET_VALID
        10 => "certificate_expired", // X509_V_ERR_CERT_HAS_EXPIRED
        20 => "unknown_ca",          // X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY
        79 => "unknown_ca",          // X509_V_ERR_INVALID_CA (79 in OpenSSL 3.0)
        62 => "bad_certificate",     // X509_V_ERR_HOSTNAME_MISMATCH
        other => panic!("no alert recorded for error {other}"),
    }
}

#[test]
fn the_panels_certificates_pass_openssl_verify() {
    let set = set_for(HOST);
    assert_eq!(verify_at(&set, NOW, HOST).result(), "ok");
    assert_eq!(set.check.result(), "ok");
    assert!(set.check.steps.iter().all(Step::ok));
    let dir = scratch("good");
    std::fs::write(dir.join("ca.pem"), &set.ca.pem).unwrap();
    std::fs::write(dir.join("server.pem"), &set.server.pem).unwrap();
    let now = NOW.to_string();
    let (ok, _, text) = openssl_verify(
        &dir,
        &[
            "-attime",
            &now,
            "-verify_hostname",
            HOST,
            "-CAfile",
            "ca.pem",
            "server.pem",
        ],
    );
    assert!(ok, "{text}");
    assert!(text.contains("server.pem: OK"), "{text}");
    // Our PEM, DER and text agree with OpenSSL's reading of them.
    let out = Command::new("openssl")
        .args([
            "x509",
            "-in",
            "server.pem",
            "-noout",
            "-subject",
            "-ext",
            "subjectAltName",
        ])
        .current_dir(&dir)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains(&format!("CN = {HOST}")), "{text}");
    assert!(text.contains(&format!("DNS:{HOST}")), "{text}");
    assert!(set.server.text.contains(&format!("DNS:{HOST}")));
    assert_eq!(set.server.not_after, NOW + SERVER_DAYS * 86_400);
    assert_eq!(set.server.not_before, NOW - 3600);
}

#[test]
fn the_clock_and_the_host_decide_the_verdict() {
    let set = set_for(HOST);
    let (nb, na) = (set.server.not_before, set.server.not_after);
    // Both ends of the window are inside (RFC 5280 4.1.2.5).
    for now in [nb, na, NOW] {
        assert_eq!(verify_at(&set, now, HOST).result(), "ok", "at {now}");
    }
    let late = verify_at(&set, na + 1, HOST);
    assert_eq!(late.result(), "certificate_expired");
    assert_eq!(late.failure.as_ref().unwrap().code, 45);
    assert_eq!(late.failure.as_ref().unwrap().problem, Problem::Expired);
    let oks: Vec<bool> = late.steps.iter().map(Step::ok).collect();
    assert_eq!(oks, [true, false, true, true], "only the window fails");
    let early = verify_at(&set, nb - 1, HOST);
    assert_eq!(early.result(), "bad_certificate");
    assert_eq!(early.failure.unwrap().problem, Problem::NotYetValid);
    let other = verify_at(&set, NOW, "evil.example");
    assert_eq!(other.result(), "bad_certificate");
    assert_eq!(
        other.failure.as_ref().unwrap().problem,
        Problem::HostnameMismatch
    );
    assert!(
        matches!(&other.steps[2], Step::Hostname { ok: false, names, .. } if names == &[HOST.to_string()])
    );
    assert_eq!(verify_at(&set, NOW, "WIRELAB.example.").result(), "ok");

    // A wrong host and an expired certificate: OpenSSL checks the name first.
    let both = verify_at(&set, na + 1, "evil.example");
    assert_eq!(both.failure.unwrap().problem, Problem::HostnameMismatch);
    let dir = scratch("order");
    std::fs::write(dir.join("ca.pem"), &set.ca.pem).unwrap();
    std::fs::write(dir.join("server.pem"), &set.server.pem).unwrap();
    let late = (na + 1).to_string();
    let (ok, first, text) = openssl_verify(
        &dir,
        &[
            "-attime",
            &late,
            "-verify_hostname",
            "evil.example",
            "-CAfile",
            "ca.pem",
            "server.pem",
        ],
    );
    assert!(!ok);
    assert_eq!(first, Some(62), "{text}");
    let (_, first, text) =
        openssl_verify(&dir, &["-attime", &late, "-CAfile", "ca.pem", "server.pem"]);
    assert_eq!(first, Some(10), "{text}");
}

#[test]
fn every_gallery_certificate_fails_as_openssl_says() {
    let set = set_for(HOST);
    let expected = [
        (Defect::Expired, 10, Problem::Expired, &[1][..]),
        (Defect::NotYetValid, 9, Problem::NotYetValid, &[1]),
        (Defect::WrongHost, 62, Problem::HostnameMismatch, &[2]),
        // Your CA's key does not open Mallory's signature either.
        (Defect::UnknownCa, 20, Problem::UnknownIssuer, &[0, 3]),
        (Defect::Tampered, 7, Problem::BadSignature, &[0]),
        (Defect::LeafAsCa, 79, Problem::NotACa, &[3]),
    ];
    assert_eq!(set.gallery.len(), DEFECTS.len());
    let dir = scratch("gallery");
    std::fs::write(dir.join("ca.pem"), &set.ca.pem).unwrap();
    let now = NOW.to_string();
    for ((defect, error, problem, failed_steps), entry) in expected.iter().zip(&set.gallery) {
        assert_eq!(entry.defect, *defect);
        let failure = entry.check.failure.as_ref().unwrap();
        assert_eq!(failure.problem, *problem, "{defect:?}");
        // Exactly the steps that show the defect fail.
        let failed: Vec<usize> = (0..entry.check.steps.len())
            .filter(|&i| !entry.check.steps[i].ok())
            .collect();
        assert_eq!(&failed, failed_steps, "{defect:?}: {:?}", entry.check.steps);
        // OpenSSL finds the same defect, and its client would send our alert.
        let leaf = format!("{}.pem", defect.slug());
        std::fs::write(dir.join(&leaf), &entry.pem).unwrap();
        let mut args = vec![
            "-attime",
            &now,
            "-verify_hostname",
            HOST,
            "-CAfile",
            "ca.pem",
        ];
        let rest: String = entry.chain[1..]
            .iter()
            .map(|d| pki::cert_to_pem(&pki::cert_from_pem_or_der(d).unwrap()).unwrap())
            .collect();
        if !rest.is_empty() {
            std::fs::write(dir.join("untrusted.pem"), rest).unwrap();
            args.extend(["-untrusted", "untrusted.pem"]);
        }
        args.push(&leaf);
        let (ok, first, text) = openssl_verify(&dir, &args);
        assert!(!ok, "{defect:?}: {text}");
        assert_eq!(first, Some(*error), "{defect:?}: {text}");
        assert_eq!(entry.check.result(), openssl_alert(*error), "{defect:?}");
    }
}

#[test]
fn the_signature_step_opens_the_real_signature() {
    let set = set_for(HOST);
    let Step::Signature {
        computed,
        opened,
        opened_block,
        ok,
        ..
    } = &set.check.steps[0]
    else {
        panic!("the first step is the signature");
    };
    assert!(ok);
    // The client's hash is SHA-256 of the tbsCertificate bytes of the DER.
    let (_, tree) = pki::certificate_fields(&set.server.der).unwrap();
    let tbs = &tree.children[0];
    assert_eq!(tbs.label, "tbsCertificate");
    assert_eq!(
        computed,
        &Sha256::digest(&set.server.der[tbs.range.clone()]).to_vec()
    );
    assert_eq!(opened.as_ref(), Some(computed));
    assert_eq!(opened_block.len(), 256);
    assert_eq!(&opened_block[..3], &[0, 1, 0xff]);

    // The tampered body: the same signature no longer matches its hash.
    let tampered = &set.gallery[4];
    let Step::Signature {
        computed,
        opened,
        ok,
        ..
    } = &tampered.check.steps[0]
    else {
        panic!("signature first");
    };
    assert!(!ok);
    assert!(opened.is_some(), "the CA's key still opens the signature");
    assert_ne!(opened.as_ref(), Some(computed));
    // Mallory's certificate: the trusted CA's key opens it to no hash at all.
    let Step::Signature { opened, ok, .. } = &set.gallery[3].check.steps[0] else {
        panic!("signature first");
    };
    assert!(!ok);
    assert_eq!(*opened, None);

    // Garbage never panics and never yields a hash.
    let ca = pki::cert_from_pem_or_der(&set.ca.der).unwrap();
    let parts = pki::public_key_parts(&pki::cert_public_key(&ca).unwrap());
    assert_eq!(open_signature(&parts, &[0xff; 300]), Vec::<u8>::new());
    assert_eq!(open_signature(&[], &[1, 2, 3]), Vec::<u8>::new());
    for block in [
        &[][..],
        &[0, 1],
        &[0, 1, 0xff, 0],
        &[
            0, 2, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0, 0x30, 0,
        ],
    ] {
        assert_eq!(digest_in_block(block), None);
    }
}

#[test]
fn garbage_chains_are_refused_without_steps() {
    let set = set_for(HOST);
    let bad = check(&CheckRequest {
        chain: vec![vec![0x30, 0x03, 1, 2]],
        anchors: vec![set.ca.der.clone()],
        now: NOW,
        host: HOST.into(),
    });
    assert_eq!(bad.result(), "bad_certificate");
    assert!(bad.steps.is_empty());
    let empty = check(&CheckRequest {
        chain: vec![],
        anchors: vec![],
        now: NOW,
        host: HOST.into(),
    });
    assert_eq!(empty.result(), "bad_certificate");
    // No anchors at all: unknown_ca, and no signature step to draw.
    let alone = check(&CheckRequest {
        chain: vec![set.server.der.clone()],
        anchors: vec![],
        now: NOW,
        host: HOST.into(),
    });
    assert_eq!(alone.result(), "unknown_ca");
}

#[test]
fn host_names_are_checked_before_anything_is_made() {
    assert_eq!(check_host(""), Err(MakeProblem::EmptyHost));
    assert_eq!(check_host("a b"), Err(MakeProblem::BadChar(' ')));
    assert_eq!(check_host("한국.kr"), Err(MakeProblem::BadChar('한')));
    assert_eq!(check_host(&"a".repeat(254)), Err(MakeProblem::TooLong));
    for good in [
        "www.example.com",
        "*.example.com",
        "127.0.0.1",
        "::1",
        "xn--3e0b707e.kr",
    ] {
        assert_eq!(check_host(good), Ok(()), "{good}");
    }
    assert!(host_matches("127.0.0.1", &["127.0.0.1".into()]));
    assert!(!host_matches("127.0.0.2", &["127.0.0.1".into()]));
    assert!(host_matches("a.example.com", &["*.example.com".into()]));
    assert!(!host_matches("example.com", &["*.example.com".into()]));
    // The job refuses a bad host with the problem, and makes nothing.
    let mut rng = ChaCha20Rng::seed_from_u64(1);
    let job = Job::CertMake(CertRequest {
        host: " ".into(),
        now: NOW,
    });
    let out = run_job(&job, &mut rng, |_| {}).unwrap();
    assert_eq!(out, JobOutput::CertMade(Err(MakeProblem::EmptyHost)));
}

#[test]
fn the_jobs_cross_the_wire_and_a_wrong_host_cert_names_mallory() {
    let set = set_for(MALLORY_HOST);
    // The wrong-host certificate is for another name when the host is Mallory's.
    let Step::Hostname { names, .. } = &set.gallery[2].check.steps[2] else {
        panic!("hostname third");
    };
    assert_eq!(names, &["other.example".to_string()]);
    let out = JobOutput::CertMade(Ok(Box::new(set.clone())));
    assert_eq!(decode::<JobOutput>(&encode(&out).unwrap()).unwrap(), out);
    let job = Job::CertVerify(CheckRequest {
        chain: vec![set.server.der.clone()],
        anchors: vec![set.ca.der.clone()],
        now: set.server.not_after + 60,
        host: MALLORY_HOST.into(),
    });
    let mut rng = ChaCha20Rng::seed_from_u64(1);
    match run_job(&job, &mut rng, |_| {}).unwrap() {
        JobOutput::CertVerified(c) => assert_eq!(c.result(), "certificate_expired"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_field_rows_cover_the_der_in_order_as_tag_length_value() {
    let set = set_for(HOST);
    let a = annotate(&set.server.der, &set.server.fields);
    assert_eq!(a.bytes, set.server.der);
    // Rows follow each other with no gap and no overlap, from byte 0 to the end.
    let mut at = 0;
    for f in &a.fields {
        let r = f.span.bytes();
        assert_eq!(r.start, at, "{}", f.label);
        at = r.end;
    }
    assert_eq!(at, a.bytes.len());
    let labels: Vec<&str> = a.fields.iter().map(|f| f.label.as_str()).collect();
    for want in [
        "Certificate",
        "tbsCertificate",
        "version",
        "serialNumber",
        "issuer",
        "validity",
        "subject",
        "subjectPublicKeyInfo",
        "extensions",
        "subjectAltName",
        "signatureAlgorithm",
        "signatureValue",
    ] {
        assert!(labels.contains(&want), "{want} in {labels:?}");
    }
    // The subject row: 30 (tag), its length, then the value; its value names the host.
    let i = labels.iter().position(|l| *l == "subject").unwrap();
    let start = a.fields[i].span.bytes().start;
    assert_eq!(a.bytes[start], 0x30);
    assert_eq!(a.role_at(i, start), Some(Role::Opcode));
    assert_eq!(a.role_at(i, start + 1), Some(Role::Length));
    assert_eq!(a.role_at(i, start + 2), Some(Role::Payload));
    assert_eq!(
        a.fields[i].value.as_deref(),
        Some(format!("CN = {HOST}").as_str())
    );
    assert_eq!(a.fields[i].meaning, Some("subject"));
    // The header row of Certificate: 30 82 LL LL.
    assert_eq!(a.fields[0].span.bytes(), 0..4);
    assert_eq!(a.role_at(0, 2), Some(Role::Length));
}
