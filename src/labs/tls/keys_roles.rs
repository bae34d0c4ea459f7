//! The two roles of a key pair, with the key the Keys panel made: anyone encrypts
//! with the public key and only the private key decrypts (RSAES-OAEP, SHA-256); only
//! the private key signs and anyone verifies (RSASSA-PKCS1-v1_5, SHA-256, as the
//! certificates are signed). With a flipped bit, decryption and verification fail.

use rand_core::CryptoRng;
use rsa::traits::PublicKeyParts;
use serde::{Deserialize, Serialize};

use crate::tls::pki::{self, PrivateKeyFormat};

/// The bit flipped when the learner asks: the lowest bit of this byte (a byte in
/// the middle of any 1024-bit or larger ciphertext or signature).
pub const FLIPPED_BYTE: usize = 17;

/// Run both roles with the key `key_der` (PKCS#8 DER, a learning key) on `message`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RolesRequest {
    pub key_der: Vec<u8>,
    pub message: String,
    /// Flip a bit of the ciphertext before decrypting.
    pub flip_ciphertext: bool,
    /// Flip a bit of the signature before verifying.
    pub flip_signature: bool,
}

/// What each role produced.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RolesSummary {
    /// The ciphertext as sent (after the flip, if asked).
    pub ciphertext: Vec<u8>,
    /// The decrypted message, or `None` when the private key refused it.
    pub decrypted: Option<String>,
    /// The signature as received (after the flip, if asked).
    pub signature: Vec<u8>,
    /// The public key accepted the signature.
    pub verified: bool,
}

/// Why the roles could not run (a key for the page's words).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RolesProblem {
    /// OAEP with SHA-256 holds at most `max` bytes with this key.
    TooLong { max: u64 },
    /// The engine's own words (verbatim).
    Failed(String),
}

/// The key's PKCS#8 DER (what travels to the page with the key's numbers).
pub fn key_der(key: &pki::RsaPrivateKey) -> Vec<u8> {
    pki::private_key_to_der(key, PrivateKeyFormat::Pkcs8).unwrap_or_default()
}

fn flip(mut bytes: Vec<u8>, yes: bool) -> Vec<u8> {
    if let Some(b) = bytes.get_mut(FLIPPED_BYTE).filter(|_| yes) {
        *b ^= 1;
    }
    bytes
}

/// Encrypts, decrypts, signs and verifies as `req` asks.
pub fn run_roles<R: CryptoRng + ?Sized>(
    req: &RolesRequest,
    rng: &mut R,
) -> Result<RolesSummary, RolesProblem> {
    let failed = |e: pki::KeyError| RolesProblem::Failed(e.to_string());
    let key = pki::private_key_from_pem_or_der(&req.key_der).map_err(failed)?;
    let public = key.as_public_key();
    let message = req.message.as_bytes();
    let max = public.size().saturating_sub(2 * 32 + 2);
    if message.len() > max {
        return Err(RolesProblem::TooLong { max: max as u64 });
    }
    let ciphertext = flip(
        pki::oaep_encrypt(public, rng, message).map_err(failed)?,
        req.flip_ciphertext,
    );
    let decrypted = pki::oaep_decrypt(&key, rng, &ciphertext)
        .ok()
        .map(|m| String::from_utf8_lossy(&m).into_owned());
    let signature = flip(
        pki::pkcs1v15_sign(&key, rng, message).map_err(failed)?,
        req.flip_signature,
    );
    let verified = pki::pkcs1v15_verify(public, message, &signature).is_ok();
    Ok(RolesSummary {
        ciphertext,
        decrypted,
        signature,
        verified,
    })
}
