//! The certificate field tree: spans, labels, garbage, fuzzing.

use super::*;

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
