//! Key generation, key parts and PEM/DER against OpenSSL.

use super::*;

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
        pki::public_key_parts(key.as_public_key()),
        parts[..2].to_vec()
    );
    assert_eq!(
        parts.iter().map(|p| p.symbol).collect::<Vec<_>>(),
        ["n", "e", "d", "p", "q", "dP", "dQ", "qInv"]
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

/// Every size the page offers, checked once by hand (slow in debug builds):
/// `cargo test --release --test it pki::keys::keygen_every_size -- --ignored`.
#[test]
#[ignore]
fn keygen_every_size() {
    for bits in [1024, 2048, 3072, 4096] {
        let key = pki::generate_rsa_key(&mut ChaCha20Rng::seed_from_u64(bits as u64), bits, |_| {})
            .unwrap();
        let parts = pki::key_parts(&key).unwrap();
        assert_eq!(parts[0].bits(), bits as u64);
        assert_eq!(parts[3].bits() + parts[4].bits(), bits as u64);
        let mut rng = ChaCha20Rng::seed_from_u64(1);
        let sig = pki::pss_sign(&key, &mut rng, b"m").unwrap();
        assert_eq!(pki::pss_verify(key.as_public_key(), b"m", &sig), Ok(()));
    }
}
