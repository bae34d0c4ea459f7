//! `wirelab tls pki`.

use super::*;

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
fn cli_pki_localhost_also_covers_loopback_addresses() {
    let dir = scratch("cli-localhost");
    let out = Command::new(env!("CARGO_BIN_EXE_wirelab"))
        .args(["tls", "pki", "--bits", "1024", "--seed", "9", "--out"])
        .arg(&dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Defaults: CN = localhost, valid from an hour ago for a year (system clock).
    for check in [
        ["-verify_hostname", "localhost"],
        ["-verify_ip", "127.0.0.1"],
        ["-verify_ip", "::1"],
    ] {
        let mut args = vec!["verify", "-CAfile", "ca.pem"];
        args.extend_from_slice(&check);
        args.push("server.pem");
        let (ok, text) = openssl(&dir, &args);
        assert!(ok, "{check:?}: {text}");
    }
    let (ok, text) = openssl(
        &dir,
        &[
            "verify",
            "-CAfile",
            "ca.pem",
            "-verify_hostname",
            "example.com",
            "server.pem",
        ],
    );
    assert!(!ok && text.contains("hostname mismatch"), "{text}");
}

#[test]
fn cli_pki_not_after_alone_in_the_past_makes_an_expired_certificate() {
    let dir = scratch("cli-expired");
    let out = Command::new(env!("CARGO_BIN_EXE_wirelab"))
        .args([
            "tls",
            "pki",
            "--bits",
            "1024",
            "--seed",
            "4",
            "--not-after",
            "2020-01-01",
            "--out",
        ])
        .arg(&dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (ok, text) = openssl(&dir, &["verify", "-CAfile", "ca.pem", "server.pem"]);
    assert!(!ok && text.contains("certificate has expired"), "{text}");
    let (_, dates) = openssl(&dir, &["x509", "-in", "server.pem", "-noout", "-dates"]);
    assert!(
        dates.contains("notBefore=Jan  1 00:00:00 2019 GMT"),
        "{dates}"
    );
}
