//! Certificates we make (OpenSSL verifies and prints them) and certificates OpenSSL
//! makes (we parse, print and verify them).

use super::*;

#[test]
fn openssl_verifies_our_chain_and_reads_our_fields() {
    let dir = scratch("verify");
    let p = make_pki(
        &["lab.example", "www.lab.example", "127.0.0.1", "::1"],
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
    let (ok, text) = openssl(
        &dir,
        &[
            "verify",
            "-attime",
            &at,
            "-CAfile",
            "ca.pem",
            "-verify_ip",
            "127.0.0.1",
            "server.pem",
        ],
    );
    assert!(ok, "{text}");
    let anchors = std::slice::from_ref(&p.ca);
    let leaf = std::slice::from_ref(&p.server);
    assert!(pki::verify_chain(leaf, anchors, NOW, Some("127.0.0.1")).is_ok());
    assert!(pki::verify_chain(leaf, anchors, NOW, Some("::1")).is_ok());
    assert_eq!(
        pki::verify_chain(leaf, anchors, NOW, Some("127.0.0.2")).unwrap_err(),
        CertError::HostnameMismatch {
            hostname: "127.0.0.2".into(),
            names: vec![
                "lab.example".into(),
                "www.lab.example".into(),
                "127.0.0.1".into(),
                "::1".into()
            ]
        }
    );
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
        "DNS:lab.example, DNS:www.lab.example, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1",
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
    assert_eq!(
        &pki::cert_public_key(&p.server).unwrap(),
        p.server_key.as_public_key()
    );
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

#[test]
fn ec_certificates_parse_but_are_not_rsa() {
    let dir = scratch("ec-cert");
    let (ok, text) = openssl(
        &dir,
        &[
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-nodes",
            "-keyout",
            "k.pem",
            "-out",
            "c.pem",
            "-subj",
            "/CN=ec.test",
            "-days",
            "3",
        ],
    );
    assert!(ok, "{text}");
    let pem = std::fs::read(dir.join("c.pem")).unwrap();
    let cert = pki::cert_from_pem_or_der(&pem).unwrap();
    let (_, tree) = pki::certificate_fields(&pem).unwrap();
    assert_eq!(find(&tree, "subject").unwrap().meaning, "CN = ec.test");
    assert!(pki::render_text(&cert).contains("Public Key Algorithm: id-ecPublicKey"));
    assert!(matches!(
        pki::cert_public_key(&cert),
        Err(CertError::UnsupportedAlgorithm(_))
    ));
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let err = pki::verify_chain(&[cert.clone()], &[cert], now, None).unwrap_err();
    assert_eq!(err.alert(), (43, "unsupported_certificate"), "{err}");
}
