//! RSA encryption and signatures both ways with `openssl pkeyutl` / `openssl dgst`.

use super::*;

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
