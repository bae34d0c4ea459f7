//! The TLS track's learning identity: a root CA and a server certificate for
//! `localhost` and `*.lab.example`, made once per process (per worker in the
//! browser) from a fixed seed, so every check meets the same certificate and no
//! private key file ships in the library. Not a secret: anyone can regenerate it.

use std::sync::OnceLock;

use rand_chacha::rand_core::SeedableRng;
use rand_chacha::ChaCha20Rng;

use crate::tls::pki::{
    cert_to_der, generate_rsa_key, make_ca, make_server_cert, CaParams, RsaPrivateKey,
    ServerCertParams,
};

/// 2027-01-01T00:00:00Z: the client's clock unless the learner sets another.
pub const LEARNING_NOW: u64 = 1_798_761_600;
/// The certificate's names (subjectAltName).
pub const LEARNING_NAMES: [&str; 2] = ["localhost", "*.lab.example"];
/// Key size: the smallest the lab offers, so the first check is quick.
const BITS: usize = 1024;
/// The seed (any fixed number: the key is a published learning key).
const SEED: u64 = 2027;

/// The root CA (DER), the server's certificate (DER) and the server's key.
#[derive(Debug)]
pub struct LearningIdentity {
    pub ca: Vec<u8>,
    pub cert: Vec<u8>,
    pub key: RsaPrivateKey,
}

/// The learning identity, made on first use.
pub fn learning_identity() -> Option<&'static LearningIdentity> {
    static IDENTITY: OnceLock<Option<LearningIdentity>> = OnceLock::new();
    IDENTITY.get_or_init(make).as_ref()
}

fn make() -> Option<LearningIdentity> {
    let mut rng = ChaCha20Rng::seed_from_u64(SEED);
    let ca_key = generate_rsa_key(&mut rng, BITS, |_| {}).ok()?;
    let key = generate_rsa_key(&mut rng, BITS, |_| {}).ok()?;
    let ca_params = CaParams {
        common_name: "wirelab Learning CA".into(),
        // 2025-01-01 .. 2035-01-01
        not_before: 1_735_689_600,
        not_after: 2_051_222_400,
    };
    let ca = make_ca(&ca_params, &ca_key, &mut rng).ok()?;
    let params = ServerCertParams {
        common_name: "localhost".into(),
        dns_names: LEARNING_NAMES.iter().map(|n| n.to_string()).collect(),
        // 2026-01-01 .. 2028-01-01
        not_before: 1_767_225_600,
        not_after: 1_830_297_600,
    };
    let cert = make_server_cert(&ca, &ca_key, key.as_public_key(), &params, &mut rng).ok()?;
    Some(LearningIdentity {
        ca: cert_to_der(&ca).ok()?,
        cert: cert_to_der(&cert).ok()?,
        key,
    })
}
