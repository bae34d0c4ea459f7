//! Keys and certificates (`wirelab::tls::pki`) against OpenSSL.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use rand_chacha::ChaCha20Rng;
use rand_core::SeedableRng;
use wirelab::tls::pki;

#[test]
fn keygen_1024_is_reproducible() {
    let mut last = None;
    let a = pki::generate_rsa_key(&mut ChaCha20Rng::seed_from_u64(7), 1024, |p| {
        last = Some(*p)
    })
    .unwrap();
    let b = pki::generate_rsa_key(&mut ChaCha20Rng::seed_from_u64(7), 1024, |_| {}).unwrap();
    assert_eq!(
        pki::private_key_to_pem(&a, pki::PrivateKeyFormat::Pkcs8).unwrap(),
        pki::private_key_to_pem(&b, pki::PrivateKeyFormat::Pkcs8).unwrap()
    );
    let last = last.unwrap();
    assert_eq!(last.primes_found, 2);
    assert_eq!(last.phase, pki::KeygenPhase::Done);
    assert!(last.sieved_out > last.primality_tests);
    eprintln!("{last:?}");
}
