//! The Keys panel's key roles (`wirelab::labs::tls::keys_roles`), run as the worker
//! runs them: the key made by `Job::RsaKey` travels as DER and back; encryption
//! round-trips and signatures verify, and one flipped bit breaks each; OpenSSL
//! decrypts our ciphertext and verifies our signature with the same key.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

use rand_chacha::ChaCha20Rng;
use rand_core::SeedableRng;
use wirelab::labs::jobs::{run_job, Job, JobOutput};
use wirelab::labs::tls::keys_roles::{RolesProblem, RolesRequest, RolesSummary, FLIPPED_BYTE};
use wirelab::tls::pki;

fn key_der(bits: u32, seed: u8) -> Vec<u8> {
    let mut rng = ChaCha20Rng::from_seed([seed; 32]);
    match run_job(&Job::RsaKey { bits }, &mut rng, |_| {}).unwrap() {
        JobOutput::RsaKey(k) => {
            // The DER is the key whose numbers the page shows.
            let key = pki::private_key_from_pem_or_der(&k.der).unwrap();
            let n = pki::key_parts(&key).unwrap()[0].hex();
            assert_eq!(k.part("n").unwrap().hex, n);
            k.der
        }
        other => panic!("{other:?}"),
    }
}

fn roles(
    der: &[u8],
    message: &str,
    flip_c: bool,
    flip_s: bool,
) -> Result<RolesSummary, RolesProblem> {
    let mut rng = ChaCha20Rng::seed_from_u64(3);
    let job = Job::KeyRoles(RolesRequest {
        key_der: der.to_vec(),
        message: message.into(),
        flip_ciphertext: flip_c,
        flip_signature: flip_s,
    });
    match run_job(&job, &mut rng, |_| {}).unwrap() {
        JobOutput::KeyRoles(r) => r,
        other => panic!("{other:?}"),
    }
}

#[test]
fn each_role_works_and_one_flipped_bit_breaks_it() {
    let der = key_der(1024, 9);
    let ok = roles(&der, "정오에 만나요", false, false).unwrap();
    assert_eq!(ok.decrypted.as_deref(), Some("정오에 만나요"));
    assert!(ok.verified);
    assert_eq!(ok.ciphertext.len(), 128);
    assert_eq!(ok.signature.len(), 128);

    let bad_c = roles(&der, "정오에 만나요", true, false).unwrap();
    assert_eq!(bad_c.decrypted, None, "OAEP refuses a changed ciphertext");
    assert!(bad_c.verified);
    let bad_s = roles(&der, "정오에 만나요", false, true).unwrap();
    assert_eq!(bad_s.decrypted.as_deref(), Some("정오에 만나요"));
    assert!(!bad_s.verified);
    // Signatures are deterministic (PKCS#1 v1.5): exactly one bit differs.
    let diff: Vec<u8> = ok
        .signature
        .iter()
        .zip(&bad_s.signature)
        .map(|(a, b)| a ^ b)
        .collect();
    assert_eq!(diff.iter().map(|d| d.count_ones()).sum::<u32>(), 1);
    assert_eq!(diff[FLIPPED_BYTE], 1);
}

#[test]
fn openssl_reads_what_the_roles_made() {
    let der = key_der(1024, 4);
    let r = roles(&der, "hello", false, false).unwrap();
    let dir = std::env::temp_dir().join(format!("wirelab-roles-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("key.der"), &der).unwrap();
    std::fs::write(dir.join("msg"), "hello").unwrap();
    std::fs::write(dir.join("ct"), &r.ciphertext).unwrap();
    std::fs::write(dir.join("sig"), &r.signature).unwrap();
    let run = |args: &[&str]| {
        let out = Command::new("openssl")
            .args(args)
            .current_dir(&dir)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    };
    let plain = run(&[
        "pkeyutl",
        "-decrypt",
        "-inkey",
        "key.der",
        "-keyform",
        "DER",
        "-in",
        "ct",
        "-pkeyopt",
        "rsa_padding_mode:oaep",
        "-pkeyopt",
        "rsa_oaep_md:sha256",
        "-pkeyopt",
        "rsa_mgf1_md:sha256",
    ]);
    assert_eq!(plain, b"hello");
    let said = run(&[
        "dgst",
        "-sha256",
        "-keyform",
        "DER",
        "-prverify",
        "key.der",
        "-signature",
        "sig",
        "msg",
    ]);
    assert!(String::from_utf8_lossy(&said).contains("Verified OK"));
}

#[test]
fn too_long_messages_and_bad_keys_are_refused() {
    let der = key_der(1024, 9);
    // 1024-bit key: 128 - 2 * 32 - 2 = 62 bytes.
    assert!(roles(&der, &"a".repeat(62), false, false).is_ok());
    assert_eq!(
        roles(&der, &"a".repeat(63), false, false),
        Err(RolesProblem::TooLong { max: 62 })
    );
    assert!(matches!(
        roles(&[1, 2, 3], "x", false, false),
        Err(RolesProblem::Failed(_))
    ));
}
