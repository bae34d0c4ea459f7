//! Our chain verifier: one distinct error (and TLS alert) per failure.

use super::*;

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
    assert_eq!(err.alert(), (48, "unknown_ca"));
    assert_eq!(check(&[], anchors, NOW, None), CertError::EmptyChain);
    // The DER form the TLS Certificate message carries.
    let der = |c: &Certificate| pki::cert_to_der(c).unwrap();
    let v = pki::verify_chain_der(
        &[der(&good.server)],
        &[der(&good.ca)],
        NOW,
        Some("lab.example"),
    );
    assert_eq!(v.unwrap().path.len(), 2);
    let err = pki::verify_chain_der(&[vec![0x30, 0x00]], &[der(&good.ca)], NOW, None).unwrap_err();
    assert!(matches!(err, CertError::Malformed(_)), "{err}");
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
