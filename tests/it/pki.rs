//! Keys and certificates (`wirelab::tls::pki`) against OpenSSL: keys, RSA operations
//! both ways, certificates we make (OpenSSL verifies them), certificates OpenSSL makes
//! (we parse and verify them), every verification failure, garbage never panics.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::cloned_ref_to_slice_refs
)]

use std::path::{Path, PathBuf};
use std::process::Command;

use num_bigint::BigUint;
use rand_chacha::ChaCha20Rng;
use rand_core::SeedableRng;
use wirelab::tls::pki::{
    self, CaParams, CertError, Certificate, PrivateKeyFormat, ServerCertParams,
};

/// 2026-01-01T00:00:00Z: the "now" of the tests (certificates get explicit dates).
const NOW: u64 = 1_767_225_600;
const DAY: u64 = 86_400;

fn fixture_key(name: &str) -> pki::RsaPrivateKey {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/keys")
        .join(name);
    pki::private_key_from_pem_or_der(&std::fs::read(path).unwrap()).unwrap()
}

/// A fresh scratch directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("wirelab-pki-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs `openssl ARGS` in `dir`; returns (success, stdout + stderr).
fn openssl(dir: &Path, args: &[&str]) -> (bool, String) {
    let out = Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("openssl runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

struct Pki {
    ca: Certificate,
    ca_key: pki::RsaPrivateKey,
    server: Certificate,
    server_key: pki::RsaPrivateKey,
}

/// Our CA (valid around NOW) and a server certificate for `names` with the given dates.
fn make_pki(names: &[&str], not_before: u64, not_after: u64) -> Pki {
    let mut rng = ChaCha20Rng::seed_from_u64(11);
    let ca_key = fixture_key("ca-2048.key");
    let server_key = fixture_key("server-2048.key");
    let ca = pki::make_ca(&CaParams::new("wirelab Test CA", NOW), &ca_key, &mut rng).unwrap();
    let params = ServerCertParams {
        common_name: names[0].to_string(),
        dns_names: names.iter().map(|s| s.to_string()).collect(),
        not_before,
        not_after,
    };
    let server =
        pki::make_server_cert(&ca, &ca_key, server_key.as_public_key(), &params, &mut rng).unwrap();
    Pki {
        ca,
        ca_key,
        server,
        server_key,
    }
}

fn write_pki(dir: &Path, p: &Pki) {
    std::fs::write(dir.join("ca.pem"), pki::cert_to_pem(&p.ca).unwrap()).unwrap();
    std::fs::write(dir.join("server.pem"), pki::cert_to_pem(&p.server).unwrap()).unwrap();
    let key = pki::private_key_to_pem(&p.server_key, PrivateKeyFormat::Pkcs8).unwrap();
    std::fs::write(dir.join("server.key"), key).unwrap();
    let public = pki::public_key_to_pem(p.server_key.as_public_key()).unwrap();
    std::fs::write(dir.join("server.pub"), public).unwrap();
}

// ---- key generation -------------------------------------------------------------

#[test]
fn keygen_1024_is_reproducible_and_reports_progress() {
    let mut seen = Vec::new();
    let a =
        pki::generate_rsa_key(&mut ChaCha20Rng::seed_from_u64(7), 1024, |p| seen.push(*p)).unwrap();
    let b = pki::generate_rsa_key(&mut ChaCha20Rng::seed_from_u64(7), 1024, |_| {}).unwrap();
    let c = pki::generate_rsa_key(&mut ChaCha20Rng::seed_from_u64(8), 1024, |_| {}).unwrap();
    let pem = |k| pki::private_key_to_pem(k, PrivateKeyFormat::Pkcs8).unwrap();
    assert_eq!(pem(&a), pem(&b));
    assert_ne!(pem(&a), pem(&c));
    let last = *seen.last().unwrap();
    assert_eq!(last.primes_found, 2);
    assert_eq!(last.phase, pki::KeygenPhase::Done);
    // The sieve throws out most candidates before any exponentiation.
    assert!(last.sieved_out > last.primality_tests, "{last:?}");
    assert_eq!(
        last.candidates_tried,
        last.sieved_out + last.primality_tests
    );
    assert!(seen.iter().any(|p| p.phase == pki::KeygenPhase::SearchingQ));
    assert!(seen
        .windows(2)
        .all(|w| w[0].candidates_tried <= w[1].candidates_tried));
    let parts = pki::key_parts(&a).unwrap();
    assert_eq!(parts[0].bits(), 1024);
    assert_eq!(parts[1].decimal(), "65537");
}

#[test]
fn keygen_refuses_odd_sizes() {
    let mut rng = ChaCha20Rng::seed_from_u64(1);
    for bits in [0, 512, 1000, 8192] {
        let err = pki::generate_rsa_key(&mut rng, bits, |_| {}).unwrap_err();
        assert_eq!(err, pki::KeyError::UnsupportedKeySize(bits));
    }
}

#[test]
fn key_parts_match_openssl_rsa_text() {
    let dir = scratch("parts");
    let key = fixture_key("server-2048.key");
    let (ok, text) = openssl(
        &dir,
        &[
            "rsa",
            "-in",
            &format!(
                "{}/tests/fixtures/keys/server-2048.key",
                env!("CARGO_MANIFEST_DIR")
            ),
            "-noout",
            "-text",
        ],
    );
    assert!(ok, "{text}");
    let parts = pki::key_parts(&key).unwrap();
    // openssl rsa -text prints each number as colon hex after "name:" (e as decimal).
    let sections = [
        "modulus",
        "privateExponent",
        "prime1",
        "prime2",
        "exponent1",
        "exponent2",
        "coefficient",
    ];
    for name in sections {
        let start = text.find(&format!("{name}:")).unwrap() + name.len() + 1;
        let hex: String = text[start..]
            .lines()
            .skip(1)
            .take_while(|l| l.starts_with(' '))
            .collect::<String>()
            .chars()
            .filter(|c| c.is_ascii_hexdigit())
            .collect();
        let theirs = BigUint::parse_bytes(hex.as_bytes(), 16).unwrap();
        let ours = parts.iter().find(|p| p.name == name).unwrap();
        assert_eq!(BigUint::from_bytes_be(&ours.bytes), theirs, "{name}");
    }
    assert!(text.contains("publicExponent: 65537 (0x10001)"));
    let n = BigUint::from_bytes_be(&parts[0].bytes);
    let p = BigUint::from_bytes_be(&parts[3].bytes);
    let q = BigUint::from_bytes_be(&parts[4].bytes);
    assert_eq!(n, p * q);
    assert_eq!(
        parts.iter().map(|p| p.symbol).collect::<Vec<_>>(),
        ["n", "e", "d", "p", "q", "dP", "dQ", "qInv"]
    );
}

// ---- PEM / DER ------------------------------------------------------------------

#[test]
fn pem_and_der_round_trips() {
    let key = fixture_key("ca-2048.key");
    for format in [PrivateKeyFormat::Pkcs8, PrivateKeyFormat::Pkcs1] {
        let pem = pki::private_key_to_pem(&key, format).unwrap();
        let der = pki::private_key_to_der(&key, format).unwrap();
        assert_eq!(
            pki::private_key_from_pem_or_der(pem.as_bytes()).unwrap(),
            key
        );
        assert_eq!(pki::private_key_from_pem_or_der(&der).unwrap(), key);
    }
    let label = |f| {
        pki::private_key_to_pem(&key, f)
            .unwrap()
            .lines()
            .next()
            .unwrap()
            .to_string()
    };
    assert_eq!(
        label(PrivateKeyFormat::Pkcs8),
        "-----BEGIN PRIVATE KEY-----"
    );
    assert_eq!(
        label(PrivateKeyFormat::Pkcs1),
        "-----BEGIN RSA PRIVATE KEY-----"
    );
    let public = key.as_public_key();
    let pem = pki::public_key_to_pem(public).unwrap();
    assert_eq!(
        &pki::public_key_from_pem_or_der(pem.as_bytes()).unwrap(),
        public
    );
    let der = pki::public_key_to_der(public).unwrap();
    assert_eq!(&pki::public_key_from_pem_or_der(&der).unwrap(), public);
    // The fixture itself is byte-for-byte what we write.
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/keys/ca-2048.key");
    assert_eq!(
        pki::private_key_to_pem(&key, PrivateKeyFormat::Pkcs8).unwrap(),
        std::fs::read_to_string(path).unwrap()
    );
}

#[test]
fn public_key_pem_matches_openssl_pubout() {
    let dir = scratch("pubout");
    let key = fixture_key("server-2048.key");
    std::fs::write(
        dir.join("k.pem"),
        pki::private_key_to_pem(&key, PrivateKeyFormat::Pkcs1).unwrap(),
    )
    .unwrap();
    let (ok, text) = openssl(&dir, &["pkey", "-in", "k.pem", "-pubout"]);
    assert!(ok, "{text}");
    assert_eq!(text, pki::public_key_to_pem(key.as_public_key()).unwrap());
}

#[test]
fn garbage_keys_give_errors() {
    let cert_pem = pki::cert_to_pem(&make_pki(&["a.test"], NOW, NOW + DAY).ca).unwrap();
    let cases: Vec<(&[u8], &str)> = vec![
        (b"", "not an RSA key"),
        (b"hello", "not an RSA key"),
        (
            b"-----BEGIN PRIVATE KEY-----\n!!!!\n-----END PRIVATE KEY-----\n",
            "bad PEM",
        ),
        (
            cert_pem.as_bytes(),
            "PEM block \"CERTIFICATE\" is not a key",
        ),
        (&[0x30, 0x82, 0xff, 0xff, 0x02], "not an RSA key"),
    ];
    for (input, want) in cases {
        let err = pki::private_key_from_pem_or_der(input)
            .unwrap_err()
            .to_string();
        assert!(err.contains(want), "{err:?} lacks {want:?}");
        assert!(pki::public_key_from_pem_or_der(input).is_err());
    }
    // An EC key is a key, but not RSA.
    let dir = scratch("ec");
    let (ok, text) = openssl(
        &dir,
        &[
            "genpkey",
            "-algorithm",
            "EC",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
        ],
    );
    assert!(ok, "{text}");
    assert_eq!(
        pki::private_key_from_pem_or_der(text.as_bytes()),
        Err(pki::KeyError::NotRsa)
    );
}

// ---- RSA operations both ways ---------------------------------------------------

#[test]
fn rsa_encryption_interop_with_openssl_pkeyutl() {
    let dir = scratch("enc");
    let p = make_pki(&["a.test"], NOW, NOW + DAY);
    write_pki(&dir, &p);
    let mut rng = ChaCha20Rng::seed_from_u64(3);
    let secret = b"pre-master secret: 48 bytes of it, in TLS 1.2!!";
    let oaep: &[&str] = &[
        "-pkeyopt",
        "rsa_padding_mode:oaep",
        "-pkeyopt",
        "rsa_oaep_md:sha256",
        "-pkeyopt",
        "rsa_mgf1_md:sha256",
    ];
    for (name, pad) in [("pkcs1", &[][..]), ("oaep", oaep)] {
        // Ours -> OpenSSL.
        let ct = match name {
            "pkcs1" => pki::pkcs1v15_encrypt(p.server_key.as_public_key(), &mut rng, secret),
            _ => pki::oaep_encrypt(p.server_key.as_public_key(), &mut rng, secret),
        }
        .unwrap();
        std::fs::write(dir.join("ct"), &ct).unwrap();
        let mut args = vec![
            "pkeyutl",
            "-decrypt",
            "-inkey",
            "server.key",
            "-in",
            "ct",
            "-out",
            "pt",
        ];
        args.extend_from_slice(pad);
        let (ok, text) = openssl(&dir, &args);
        assert!(ok, "{name}: {text}");
        assert_eq!(std::fs::read(dir.join("pt")).unwrap(), secret);
        // OpenSSL -> ours.
        std::fs::write(dir.join("msg"), secret).unwrap();
        let mut args = vec![
            "pkeyutl",
            "-encrypt",
            "-pubin",
            "-inkey",
            "server.pub",
            "-in",
            "msg",
            "-out",
            "ct2",
        ];
        args.extend_from_slice(pad);
        let (ok, text) = openssl(&dir, &args);
        assert!(ok, "{name}: {text}");
        let ct2 = std::fs::read(dir.join("ct2")).unwrap();
        let pt = match name {
            "pkcs1" => pki::pkcs1v15_decrypt(&p.server_key, &mut rng, &ct2),
            _ => pki::oaep_decrypt(&p.server_key, &mut rng, &ct2),
        };
        assert_eq!(pt.unwrap(), secret);
        // A flipped ciphertext byte is an error, not garbage plaintext.
        let mut bad = ct2.clone();
        bad[100] ^= 1;
        if name == "pkcs1" {
            // PKCS#1 v1.5 decryption uses implicit rejection (RFC 5246 7.4.7.1's
            // countermeasure): bad padding yields a fixed pseudo-random message, not an
            // error an attacker could observe.
            let a = pki::pkcs1v15_decrypt(&p.server_key, &mut rng, &bad).unwrap();
            let b = pki::pkcs1v15_decrypt(&p.server_key, &mut rng, &bad).unwrap();
            assert_eq!(a, b);
            assert_ne!(a, secret);
        } else {
            let pt = pki::oaep_decrypt(&p.server_key, &mut rng, &bad);
            assert!(matches!(pt, Err(pki::KeyError::Rsa(_))), "{name}: {pt:?}");
        }
    }
}

#[test]
fn rsa_signatures_interop_with_openssl_dgst() {
    let dir = scratch("sig");
    let p = make_pki(&["a.test"], NOW, NOW + DAY);
    write_pki(&dir, &p);
    let mut rng = ChaCha20Rng::seed_from_u64(4);
    let msg = b"ServerKeyExchange params";
    std::fs::write(dir.join("msg"), msg).unwrap();
    let pss: &[&str] = &[
        "-sigopt",
        "rsa_padding_mode:pss",
        "-sigopt",
        "rsa_pss_saltlen:32",
    ];
    for (name, opts) in [("pkcs1", &[][..]), ("pss", pss)] {
        let sig = match name {
            "pkcs1" => pki::pkcs1v15_sign(&p.server_key, &mut rng, msg),
            _ => pki::pss_sign(&p.server_key, &mut rng, msg),
        }
        .unwrap();
        std::fs::write(dir.join("sig"), &sig).unwrap();
        let mut args = vec![
            "dgst",
            "-sha256",
            "-verify",
            "server.pub",
            "-signature",
            "sig",
        ];
        args.extend_from_slice(opts);
        args.push("msg");
        let (ok, text) = openssl(&dir, &args);
        assert!(ok && text.contains("Verified OK"), "{name}: {text}");
        let mut args = vec!["dgst", "-sha256", "-sign", "server.key", "-out", "sig2"];
        args.extend_from_slice(opts);
        args.push("msg");
        let (ok, text) = openssl(&dir, &args);
        assert!(ok, "{name}: {text}");
        let sig2 = std::fs::read(dir.join("sig2")).unwrap();
        let public = p.server_key.as_public_key();
        let verify = |m: &[u8], s: &[u8]| match name {
            "pkcs1" => pki::pkcs1v15_verify(public, m, s),
            _ => pki::pss_verify(public, m, s),
        };
        assert_eq!(verify(msg, &sig2), Ok(()));
        assert_eq!(
            verify(b"ServerKeyExchange params!", &sig2),
            Err(pki::KeyError::BadSignature)
        );
        let mut bad = sig2.clone();
        bad[0] ^= 0x40;
        assert_eq!(verify(msg, &bad), Err(pki::KeyError::BadSignature));
    }
    // PKCS#1 v1.5 is deterministic: OpenSSL's signature is byte-for-byte ours.
    let ours = pki::pkcs1v15_sign(&p.server_key, &mut rng, msg).unwrap();
    let (ok, _) = openssl(
        &dir,
        &[
            "dgst",
            "-sha256",
            "-sign",
            "server.key",
            "-out",
            "sig3",
            "msg",
        ],
    );
    assert!(ok);
    assert_eq!(std::fs::read(dir.join("sig3")).unwrap(), ours);
}

// ---- certificates we make, OpenSSL checks -----------------------------------------

#[test]
fn openssl_verifies_our_chain_and_reads_our_fields() {
    let dir = scratch("verify");
    let p = make_pki(
        &["lab.example", "www.lab.example"],
        NOW - DAY,
        NOW + 30 * DAY,
    );
    write_pki(&dir, &p);
    let at = NOW.to_string();
    let (ok, text) = openssl(
        &dir,
        &[
            "verify",
            "-attime",
            &at,
            "-CAfile",
            "ca.pem",
            "-verify_hostname",
            "www.lab.example",
            "-purpose",
            "sslserver",
            "server.pem",
        ],
    );
    assert!(ok && text.contains("server.pem: OK"), "{text}");
    // Our text rendering is OpenSSL's, line for line.
    for (name, cert) in [("ca.pem", &p.ca), ("server.pem", &p.server)] {
        let (ok, theirs) = openssl(&dir, &["x509", "-in", name, "-noout", "-text"]);
        assert!(ok, "{theirs}");
        assert_eq!(pki::render_text(cert), theirs, "{name}");
    }
    let text = pki::render_text(&p.server);
    for want in [
        "Issuer: CN = wirelab Test CA",
        "Subject: CN = lab.example",
        "DNS:lab.example, DNS:www.lab.example",
        "TLS Web Server Authentication",
        "Digital Signature, Key Encipherment",
        "CA:FALSE",
        "Not Before: Dec 31 00:00:00 2025 GMT",
        "Not After : Jan 31 00:00:00 2026 GMT",
    ] {
        assert!(text.contains(want), "missing {want:?} in\n{text}");
    }
    let ca_text = pki::render_text(&p.ca);
    assert!(ca_text.contains("X509v3 Basic Constraints: critical\n                CA:TRUE"));
    assert!(ca_text.contains("Certificate Sign, CRL Sign"));
    // Our verifier agrees.
    let v = pki::verify_chain(
        &[p.server.clone()],
        &[p.ca.clone()],
        NOW,
        Some("www.lab.example"),
    )
    .unwrap();
    assert_eq!(v.path, vec![p.server.clone(), p.ca.clone()]);
}

#[test]
fn openssl_rejects_what_we_reject() {
    let dir = scratch("reject");
    let p = make_pki(&["lab.example"], NOW - 30 * DAY, NOW - DAY);
    write_pki(&dir, &p);
    let at = NOW.to_string();
    let (ok, text) = openssl(
        &dir,
        &["verify", "-attime", &at, "-CAfile", "ca.pem", "server.pem"],
    );
    assert!(!ok && text.contains("certificate has expired"), "{text}");
    let err = pki::verify_chain(&[p.server], &[p.ca], NOW, None).unwrap_err();
    assert!(matches!(err, CertError::Expired { .. }));
}

// ---- certificates OpenSSL makes, we read ----------------------------------------

#[test]
fn we_parse_and_verify_openssl_made_certificates() {
    let dir = scratch("theirs");
    let (ok, text) = openssl(
        &dir,
        &[
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            "ca.key",
            "-out",
            "ca.pem",
            "-subj",
            "/C=KR/O=Course/CN=Course Root",
            "-days",
            "30",
        ],
    );
    assert!(ok, "{text}");
    let (ok, text) = openssl(
        &dir,
        &[
            "req",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            "leaf.key",
            "-out",
            "leaf.csr",
            "-subj",
            "/CN=peer.test",
        ],
    );
    assert!(ok, "{text}");
    std::fs::write(
        dir.join("ext.cnf"),
        "subjectAltName=DNS:peer.test,DNS:*.peer.test\nbasicConstraints=CA:FALSE\n",
    )
    .unwrap();
    let (ok, text) = openssl(
        &dir,
        &[
            "x509",
            "-req",
            "-in",
            "leaf.csr",
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-out",
            "leaf.pem",
            "-days",
            "10",
            "-extfile",
            "ext.cnf",
            "-sha256",
        ],
    );
    assert!(ok, "{text}");
    let ca = pki::cert_from_pem_or_der(&std::fs::read(dir.join("ca.pem")).unwrap()).unwrap();
    let leaf = pki::cert_from_pem_or_der(&std::fs::read(dir.join("leaf.pem")).unwrap()).unwrap();
    for (name, cert) in [("ca.pem", &ca), ("leaf.pem", &leaf)] {
        let (_, theirs) = openssl(&dir, &["x509", "-in", name, "-noout", "-text"]);
        assert_eq!(pki::render_text(cert), theirs, "{name}");
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let v = pki::verify_chain(&[leaf.clone()], &[ca.clone()], now, Some("x.peer.test")).unwrap();
    assert_eq!(v.path.len(), 2);
    assert!(matches!(
        pki::verify_chain(&[leaf.clone()], &[ca.clone()], now, Some("a.b.peer.test")),
        Err(CertError::HostnameMismatch { .. })
    ));
    assert!(matches!(
        pki::verify_chain(&[leaf.clone()], &[ca.clone()], now + 20 * DAY, None),
        Err(CertError::Expired { .. })
    ));
    // DER input and the field tree.
    let (ok, _) = openssl(
        &dir,
        &[
            "x509", "-in", "leaf.pem", "-outform", "DER", "-out", "leaf.der",
        ],
    );
    assert!(ok);
    let der = std::fs::read(dir.join("leaf.der")).unwrap();
    assert_eq!(pki::cert_from_pem_or_der(&der).unwrap(), leaf);
    let (der2, tree) =
        pki::certificate_fields(&std::fs::read(dir.join("leaf.pem")).unwrap()).unwrap();
    assert_eq!(der2, der);
    assert_eq!(tree.range, 0..der.len());
    let subject = find(&tree, "subject").unwrap();
    assert_eq!(subject.meaning, "CN = peer.test");
    let issuer = find(&tree, "issuer").unwrap();
    assert_eq!(issuer.meaning, "C = KR, O = Course, CN = Course Root");
}

// ---- our verifier: one distinct error per failure --------------------------------

#[test]
fn verifier_errors_name_each_failure() {
    let good = make_pki(&["lab.example"], NOW - DAY, NOW + DAY);
    let check = |chain: &[Certificate], anchors: &[Certificate], now: u64, host: Option<&str>| {
        pki::verify_chain(chain, anchors, now, host).unwrap_err()
    };
    let leaf = std::slice::from_ref(&good.server);
    let anchors = std::slice::from_ref(&good.ca);
    assert!(pki::verify_chain(leaf, anchors, NOW, Some("LAB.example.")).is_ok());

    let cases: Vec<(CertError, &str, &str)> = vec![
        (
            check(leaf, anchors, NOW + 2 * DAY, None),
            "certificate expired",
            "certificate_expired",
        ),
        (
            check(leaf, anchors, NOW - 2 * DAY, None),
            "not yet valid",
            "bad_certificate",
        ),
        (
            check(leaf, anchors, NOW, Some("evil.example")),
            "hostname mismatch",
            "bad_certificate",
        ),
        (check(leaf, &[], NOW, None), "unknown CA", "unknown_ca"),
    ];
    for (err, words, alert) in &cases {
        assert!(err.to_string().contains(words), "{err}");
        assert_eq!(err.alert().1, *alert, "{err}");
    }
    assert!(
        matches!(cases[0].0, CertError::Expired { not_after, now, .. } if not_after == NOW + DAY && now == NOW + 2 * DAY)
    );
    assert_eq!(
        cases[2].0,
        CertError::HostnameMismatch {
            hostname: "evil.example".into(),
            names: vec!["lab.example".into()]
        }
    );

    // Another CA with the same name but another key: the signature does not verify.
    let mut rng = ChaCha20Rng::seed_from_u64(99);
    let other = pki::make_ca(
        &CaParams::new("wirelab Test CA", NOW),
        &good.server_key,
        &mut rng,
    )
    .unwrap();
    let err = check(leaf, &[other], NOW, None);
    assert!(matches!(err, CertError::BadSignature { .. }), "{err}");
    assert_eq!(err.alert(), (51, "decrypt_error"));

    // A CA with another name: unknown issuer.
    let stranger =
        pki::make_ca(&CaParams::new("Somebody Else", NOW), &good.ca_key, &mut rng).unwrap();
    assert_eq!(
        check(leaf, &[stranger], NOW, None),
        CertError::UnknownIssuer {
            issuer: "CN = wirelab Test CA".into()
        }
    );

    // One flipped byte of the signature, or of the signed body.
    let der = pki::cert_to_der(&good.server).unwrap();
    let mut sig_flip = der.clone();
    *sig_flip.last_mut().unwrap() ^= 1;
    let tampered = pki::cert_from_pem_or_der(&sig_flip).unwrap();
    assert!(matches!(
        check(&[tampered], anchors, NOW, None),
        CertError::BadSignature { .. }
    ));
    let body_at = der.windows(11).position(|w| w == b"lab.example").unwrap();
    let mut body_flip = der.clone();
    body_flip[body_at] = b'x';
    let tampered = pki::cert_from_pem_or_der(&body_flip).unwrap();
    assert!(matches!(
        check(&[tampered], anchors, NOW, Some("xab.example")),
        CertError::BadSignature { .. }
    ));

    // The server's certificate used as a CA: it signs "evil.example" for itself.
    let evil_params = ServerCertParams {
        common_name: "evil.example".into(),
        dns_names: vec!["evil.example".into()],
        not_before: NOW - DAY,
        not_after: NOW + DAY,
    };
    let evil = pki::make_server_cert(
        &good.server,
        &good.server_key,
        good.ca_key.as_public_key(),
        &evil_params,
        &mut rng,
    )
    .unwrap();
    let err = check(
        &[evil, good.server.clone()],
        anchors,
        NOW,
        Some("evil.example"),
    );
    assert_eq!(
        err,
        CertError::NotACa {
            subject: "CN = lab.example".into()
        }
    );
    assert!(err.to_string().contains("not a CA"));
    assert_eq!(check(&[], anchors, NOW, None), CertError::EmptyChain);
}

#[test]
fn hostname_wildcards_follow_rfc_6125() {
    let cases = [
        ("*.lab.example", "a.lab.example", true),
        ("*.lab.example", "lab.example", false),
        ("*.lab.example", "a.b.lab.example", false),
        ("*.example", "lab.example", false),
        ("LAB.example", "lab.EXAMPLE", true),
        ("lab.example", "lab.example.", true),
        ("", "", false),
    ];
    for (pattern, host, want) in cases {
        assert_eq!(
            pki::dns_name_matches(pattern, host),
            want,
            "{pattern} vs {host}"
        );
    }
}

// ---- field tree ------------------------------------------------------------------

fn find<'a>(field: &'a pki::Field, label: &str) -> Option<&'a pki::Field> {
    if field.label == label {
        return Some(field);
    }
    field.children.iter().find_map(|c| find(c, label))
}

fn check_nesting(field: &pki::Field) {
    for child in &field.children {
        assert!(
            field.range.start <= child.range.start && child.range.end <= field.range.end,
            "{} in {}",
            child.label,
            field.label
        );
        check_nesting(child);
    }
    for pair in field.children.windows(2) {
        assert!(pair[0].range.end <= pair[1].range.start);
    }
}

#[test]
fn field_tree_spans_point_at_the_right_bytes() {
    let p = make_pki(&["lab.example"], NOW - DAY, NOW + DAY);
    let pem = pki::cert_to_pem(&p.server).unwrap();
    let (der, tree) = pki::certificate_fields(pem.as_bytes()).unwrap();
    assert_eq!(der, pki::cert_to_der(&p.server).unwrap());
    check_nesting(&tree);
    let labels: Vec<&str> = tree.children.iter().map(|f| f.label.as_str()).collect();
    assert_eq!(
        labels,
        ["tbsCertificate", "signatureAlgorithm", "signatureValue"]
    );
    let tbs: Vec<&str> = tree.children[0]
        .children
        .iter()
        .map(|f| f.label.as_str())
        .collect();
    assert_eq!(
        tbs,
        [
            "version",
            "serialNumber",
            "signature",
            "issuer",
            "validity",
            "subject",
            "subjectPublicKeyInfo",
            "extensions"
        ]
    );
    assert_eq!(find(&tree, "version").unwrap().meaning, "v3");
    assert_eq!(
        find(&tree, "signatureAlgorithm").unwrap().meaning,
        "1.2.840.113549.1.1.11 (sha256WithRSAEncryption)"
    );
    assert_eq!(find(&tree, "notBefore").unwrap().meaning, "251231000000Z");
    // The modulus span holds n's bytes (with DER's leading zero).
    let n = find(&tree, "modulus (n)").unwrap();
    let n_bytes = &pki::key_parts(&p.server_key).unwrap()[0].bytes;
    assert!(der[n.range.clone()].ends_with(n_bytes));
    // The serial span holds the serial bytes.
    let serial = find(&tree, "serialNumber").unwrap();
    assert!(
        der[serial.range.clone()].ends_with(p.server.tbs_certificate().serial_number().as_bytes())
    );
    let exts: Vec<&str> = find(&tree, "extensions")
        .unwrap()
        .children
        .iter()
        .map(|f| f.label.as_str())
        .collect();
    assert_eq!(
        exts,
        [
            "basicConstraints",
            "keyUsage",
            "extKeyUsage",
            "subjectKeyIdentifier",
            "authorityKeyIdentifier",
            "subjectAltName"
        ]
    );
    let san = find(&tree, "subjectAltName").unwrap();
    assert!(!san.children.iter().any(|c| c.label == "critical"));
    let value = san
        .children
        .iter()
        .find(|c| c.label == "extnValue")
        .unwrap();
    assert_eq!(value.children[0].children[0].meaning, "lab.example");
}

#[test]
fn garbage_certificates_give_errors() {
    let cases: Vec<(Vec<u8>, &str)> = vec![
        (vec![], "truncated"),
        (vec![0x30], "truncated"),
        (vec![0x30, 0x80, 0, 0], "indefinite length"),
        (vec![0x30, 0x85, 1, 1, 1, 1, 1], "length of 5 octets"),
        (vec![0x30, 0x03, 0x02, 0x05, 0x00], "runs past the end"),
        (vec![0x02, 0x01, 0x00], "not a SEQUENCE"),
        (vec![0x30, 0x00, 0x00], "trailing bytes"),
        (
            [0x30u8, 0x02]
                .iter()
                .copied()
                .chain(std::iter::repeat_n(0x30, 40))
                .collect(),
            "runs past",
        ),
        (
            b"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n".to_vec(),
            "is not a CERTIFICATE",
        ),
    ];
    for (input, want) in cases {
        let err = pki::certificate_fields(&input).unwrap_err().to_string();
        assert!(err.contains(want), "{err:?} lacks {want:?}");
        assert!(pki::cert_from_pem_or_der(&input).is_err());
    }
    // Nesting deeper than MAX_DEPTH is refused, not recursed into.
    let mut deep = vec![0x05, 0x00];
    for _ in 0..100 {
        let mut outer = vec![0x30, 0x81, deep.len() as u8];
        if deep.len() > 255 {
            break;
        }
        outer.extend_from_slice(&deep);
        deep = outer;
    }
    let err = pki::certificate_fields(&deep).unwrap_err().to_string();
    assert!(err.contains("nested deeper"), "{err}");
}

mod fuzz {
    use super::*;
    use proptest::prelude::*;

    fn valid_der() -> Vec<u8> {
        pki::cert_to_der(&make_pki(&["lab.example"], NOW - DAY, NOW + DAY).server).unwrap()
    }

    fn exercise(bytes: &[u8]) {
        let _ = pki::certificate_fields(bytes);
        if let Ok(cert) = pki::cert_from_pem_or_der(bytes) {
            let _ = pki::render_text(&cert);
            let _ = pki::verify_chain(&[cert.clone()], &[cert], NOW, Some("lab.example"));
        }
        let _ = pki::private_key_from_pem_or_der(bytes);
        let _ = pki::public_key_from_pem_or_der(bytes);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
            exercise(&bytes);
        }

        #[test]
        fn mutated_certificates_never_panic(at in 0usize..2000, xor in 1u8..=255, cut in 0usize..2000) {
            let mut der = valid_der();
            let i = at % der.len();
            der[i] ^= xor;
            der.truncate(cut.max(i + 1));
            exercise(&der);
        }
    }

    /// The long run, done once by hand: `cargo test --test it pki::fuzz -- --ignored`.
    #[test]
    #[ignore]
    fn long_run() {
        let der = valid_der();
        let key = pki::private_key_to_der(&fixture_key("server-2048.key"), PrivateKeyFormat::Pkcs8)
            .unwrap();
        let mut rng = ChaCha20Rng::seed_from_u64(2024);
        use rand_core::Rng;
        for round in 0..20_000u32 {
            for base in [&der, &key] {
                let mut m = base.clone();
                for _ in 0..1 + round % 4 {
                    let i = (rng.next_u32() as usize) % m.len();
                    m[i] ^= (rng.next_u32() as u8) | 1;
                }
                m.truncate(1 + (rng.next_u32() as usize) % m.len());
                exercise(&m);
            }
        }
    }
}

// ---- the CLI ---------------------------------------------------------------------

#[test]
fn cli_pki_writes_a_chain_openssl_accepts() {
    let dir = scratch("cli");
    let out = Command::new(env!("CARGO_BIN_EXE_wirelab"))
        .args(["tls", "pki", "--out"])
        .arg(&dir)
        .args([
            "--bits",
            "1024",
            "--cn",
            "cli.test",
            "--seed",
            "5",
            "--not-before",
            "2025-12-01",
            "--not-after",
            "2026-02-01T12:00:00Z",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for f in ["ca.pem", "ca.key", "server.pem", "server.key"] {
        assert!(dir.join(f).exists(), "{f}");
    }
    let at = NOW.to_string();
    let (ok, text) = openssl(
        &dir,
        &[
            "verify",
            "-attime",
            &at,
            "-CAfile",
            "ca.pem",
            "-verify_hostname",
            "cli.test",
            "server.pem",
        ],
    );
    assert!(ok, "{text}");
    let (ok, text) = openssl(
        &dir,
        &[
            "x509",
            "-in",
            "server.pem",
            "-noout",
            "-dates",
            "-ext",
            "subjectAltName",
        ],
    );
    assert!(ok);
    assert!(
        text.contains("notBefore=Dec  1 00:00:00 2025 GMT"),
        "{text}"
    );
    assert!(text.contains("notAfter=Feb  1 12:00:00 2026 GMT"), "{text}");
    assert!(text.contains("DNS:cli.test"), "{text}");
    // The key matches the certificate.
    let (_, cert_mod) = openssl(&dir, &["x509", "-in", "server.pem", "-noout", "-modulus"]);
    let (_, key_mod) = openssl(&dir, &["rsa", "-in", "server.key", "-noout", "-modulus"]);
    assert_eq!(cert_mod, key_mod);
    // After Not After, OpenSSL says expired.
    let late = (NOW + 60 * DAY).to_string();
    let (ok, text) = openssl(
        &dir,
        &[
            "verify",
            "-attime",
            &late,
            "-CAfile",
            "ca.pem",
            "server.pem",
        ],
    );
    assert!(!ok && text.contains("certificate has expired"), "{text}");
    // Same seed, same files.
    let again = scratch("cli-again");
    let status = Command::new(env!("CARGO_BIN_EXE_wirelab"))
        .args(["tls", "pki", "--out"])
        .arg(&again)
        .args([
            "--bits",
            "1024",
            "--cn",
            "cli.test",
            "--seed",
            "5",
            "--not-before",
            "1764547200",
            "--not-after",
            "2026-02-01T21:00:00+09:00",
        ])
        .status()
        .unwrap();
    assert!(status.success());
    for f in ["ca.key", "server.key", "server.pem"] {
        assert_eq!(
            std::fs::read(dir.join(f)).unwrap(),
            std::fs::read(again.join(f)).unwrap(),
            "{f}"
        );
    }
}

#[test]
fn cli_pki_rejects_bad_arguments() {
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_wirelab"))
            .args(args)
            .output()
            .unwrap();
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (ok, err) = run(&[
        "tls",
        "pki",
        "--out",
        "/nonexistent-dir-x/y",
        "--not-before",
        "yesterday",
    ]);
    assert!(!ok && err.contains("bad time \"yesterday\""), "{err}");
    let (ok, err) = run(&["tls", "pki"]);
    assert!(!ok && err.contains("usage: wirelab tls pki"), "{err}");
    let (ok, err) = run(&["tls", "pki", "--out", "/tmp/x", "--bits", "1000"]);
    assert!(
        !ok && err.contains("unsupported RSA key size 1000"),
        "{err}"
    );
}

#[test]
fn the_sieve_changes_the_speed_not_the_key() {
    let run = |bound| {
        let mut rng = ChaCha20Rng::seed_from_u64(21);
        let mut g = pki::KeyGeneration::with_sieve_bound(1024, bound).unwrap();
        loop {
            if let Some(key) = g.step(&mut rng, 1000).unwrap() {
                return (key, g.progress());
            }
        }
    };
    let (sieved, p1) = run(1 << 15);
    let (plain, p2) = run(0);
    assert_eq!(sieved, plain);
    assert_eq!(p1.candidates_tried, p2.candidates_tried);
    assert_eq!(p2.sieved_out + p2.primality_tests, p2.candidates_tried);
    // Without the sieve nearly every candidate costs an exponentiation.
    assert!(
        p1.primality_tests * 5 < p2.primality_tests,
        "{p1:?} vs {p2:?}"
    );
}

#[test]
fn src_tls_never_uses_the_textbook_rsa_toy() {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/tls"),
        &mut files,
    );
    assert!(!files.is_empty());
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(
            !text.contains("crypto::hazmat"),
            "{} uses the textbook RSA toy",
            file.display()
        );
    }
}
