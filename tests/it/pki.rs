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

/// The first field labelled `label`, depth first.
fn find<'a>(field: &'a pki::Field, label: &str) -> Option<&'a pki::Field> {
    if field.label == label {
        return Some(field);
    }
    field.children.iter().find_map(|c| find(c, label))
}

mod certs;
mod cli;
mod fields;
mod keys;
mod rsa_ops;
mod verify;

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
