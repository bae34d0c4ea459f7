//! RSA encryption and signatures (RFC 8017): PKCS#1 v1.5 and OAEP(SHA-256) encryption,
//! PKCS#1 v1.5 and PSS (SHA-256, salt = 32 bytes) signatures.

use rand_core::CryptoRng;
use rsa::{PrivateKey as RsaPrivateKey, PublicKey as RsaPublicKey};
use sha2::Sha256;

use super::KeyError;

fn rsa_err(e: rsa::Error) -> KeyError {
    KeyError::Rsa(e.to_string())
}

/// RSAES-PKCS1-v1_5 encryption (RFC 8017 7.2.1): what TLS 1.2 RSA key transport uses.
pub fn pkcs1v15_encrypt<R: CryptoRng + ?Sized>(
    key: &RsaPublicKey,
    rng: &mut R,
    plaintext: &[u8],
) -> Result<Vec<u8>, KeyError> {
    key.pkcs1v15_encrypt_with_rng(rng, plaintext)
        .map_err(rsa_err)
}

/// RSAES-PKCS1-v1_5 decryption; `rng` blinds the private operation.
///
/// Bad padding is not an error: `rsa` uses implicit rejection and returns a
/// pseudo-random message derived from the key and the ciphertext, so a server cannot
/// become a Bleichenbacher padding oracle (RFC 5246 7.4.7.1 asks the same of TLS).
pub fn pkcs1v15_decrypt<R: CryptoRng + ?Sized>(
    key: &RsaPrivateKey,
    rng: &mut R,
    ciphertext: &[u8],
) -> Result<Vec<u8>, KeyError> {
    key.pkcs1v15_decrypt_with_rng(rng, ciphertext)
        .map_err(rsa_err)
}

/// RSAES-OAEP encryption with SHA-256 and MGF1-SHA-256, empty label (RFC 8017 7.1.1).
pub fn oaep_encrypt<R: CryptoRng + ?Sized>(
    key: &RsaPublicKey,
    rng: &mut R,
    plaintext: &[u8],
) -> Result<Vec<u8>, KeyError> {
    key.oaep_encrypt_with_rng::<Sha256, _>(rng, plaintext)
        .map_err(rsa_err)
}

/// RSAES-OAEP decryption (SHA-256, MGF1-SHA-256, empty label).
pub fn oaep_decrypt<R: CryptoRng + ?Sized>(
    key: &RsaPrivateKey,
    rng: &mut R,
    ciphertext: &[u8],
) -> Result<Vec<u8>, KeyError> {
    key.oaep_decrypt_with_rng::<Sha256, _>(rng, ciphertext)
        .map_err(rsa_err)
}

/// RSASSA-PKCS1-v1_5 signature of SHA-256(message) (RFC 8017 8.2.1); deterministic.
pub fn pkcs1v15_sign<R: CryptoRng + ?Sized>(
    key: &RsaPrivateKey,
    rng: &mut R,
    message: &[u8],
) -> Result<Vec<u8>, KeyError> {
    key.pkcs1v15_sign_with_rng::<Sha256, _>(rng, message)
        .map_err(rsa_err)
}

/// Verifies an RSASSA-PKCS1-v1_5 SHA-256 signature.
pub fn pkcs1v15_verify(
    key: &RsaPublicKey,
    message: &[u8],
    signature: &[u8],
) -> Result<(), KeyError> {
    key.pkcs1v15_verify::<Sha256>(message, signature)
        .map_err(|_| KeyError::BadSignature)
}

/// RSASSA-PSS signature with SHA-256, MGF1-SHA-256 and a 32-byte salt (RFC 8017 8.1.1).
pub fn pss_sign<R: CryptoRng + ?Sized>(
    key: &RsaPrivateKey,
    rng: &mut R,
    message: &[u8],
) -> Result<Vec<u8>, KeyError> {
    key.pss_sign_with_rng::<Sha256, _>(rng, message)
        .map_err(rsa_err)
}

/// Verifies an RSASSA-PSS SHA-256 signature with a 32-byte salt.
pub fn pss_verify(key: &RsaPublicKey, message: &[u8], signature: &[u8]) -> Result<(), KeyError> {
    key.pss_verify::<Sha256>(message, signature)
        .map_err(|_| KeyError::BadSignature)
}
