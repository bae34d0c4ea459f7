//! Key exchange (RFC 5246 section 7.4.7, RFC 8422): RSA key transport of the
//! pre-master secret, and ECDHE over x25519 with an RSA-signed ServerKeyExchange.

use rand_core::CryptoRng;
use sha2::Sha256;

use super::error::Error;

/// The x25519 base point u = 9 (RFC 7748 section 4.1).
const BASEPOINT: [u8; 32] = {
    let mut b = [0u8; 32];
    b[0] = 9;
    b
};

/// An x25519 key pair: secret scalar and public u-coordinate.
pub fn x25519_keypair<R: CryptoRng>(rng: &mut R) -> ([u8; 32], [u8; 32]) {
    let mut secret = [0u8; 32];
    rng.fill_bytes(&mut secret);
    (secret, x25519_dalek::x25519(secret, BASEPOINT))
}

/// The ECDHE pre-master secret: the shared x25519 value (RFC 8422 section 5.10).
/// An all-zero result (a low-order peer point) is refused, as RFC 7748 section 6.1 advises.
pub fn x25519_shared(secret: [u8; 32], peer: &[u8]) -> Result<[u8; 32], Error> {
    let peer: [u8; 32] = peer
        .try_into()
        .map_err(|_| Error::Decode("x25519 public key is not 32 bytes".into()))?;
    let shared = x25519_dalek::x25519(secret, peer);
    if shared == [0u8; 32] {
        return Err(Error::IllegalParameter(
            "x25519 shared secret is zero".into(),
        ));
    }
    Ok(shared)
}

/// The bytes the server signs in ServerKeyExchange: client_random + server_random +
/// ServerECDHParams (RFC 8422 section 5.4).
pub fn signed_params(client_random: &[u8; 32], server_random: &[u8; 32], params: &[u8]) -> Vec<u8> {
    let mut m = client_random.to_vec();
    m.extend_from_slice(server_random);
    m.extend_from_slice(params);
    m
}

/// Signs with RSASSA-PKCS1-v1_5 SHA-256 (signature_algorithms rsa_pkcs1_sha256).
pub fn rsa_sign<R: CryptoRng>(
    key: &rsa::PrivateKey,
    rng: &mut R,
    msg: &[u8],
) -> Result<Vec<u8>, Error> {
    key.pkcs1v15_sign_with_rng::<Sha256, _>(rng, msg)
        .map_err(|e| Error::Internal(e.to_string()))
}

/// Verifies an RSASSA-PKCS1-v1_5 SHA-256 signature: decrypt_error when it fails.
pub fn rsa_verify(key: &rsa::PublicKey, msg: &[u8], sig: &[u8]) -> Result<(), Error> {
    key.pkcs1v15_verify::<Sha256>(msg, sig)
        .map_err(|_| Error::DecryptError("ServerKeyExchange signature does not verify".into()))
}

/// The client's RSA pre-master secret: client_version (03 03) + 46 random bytes
/// (RFC 5246 section 7.4.7.1).
pub fn rsa_pre_master<R: CryptoRng>(rng: &mut R) -> [u8; 48] {
    let mut pms = [0u8; 48];
    rng.fill_bytes(&mut pms);
    pms[0] = 3;
    pms[1] = 3;
    pms
}

/// Encrypts the pre-master secret with the server's public key (RSAES-PKCS1-v1_5).
pub fn rsa_encrypt_pre_master<R: CryptoRng>(
    key: &rsa::PublicKey,
    rng: &mut R,
    pms: &[u8; 48],
) -> Result<Vec<u8>, Error> {
    key.pkcs1v15_encrypt_with_rng(rng, pms)
        .map_err(|e| Error::Internal(e.to_string()))
}

/// The server's side of RSA key transport, with the RFC 5246 section 7.4.7.1
/// countermeasure: a random pre-master is generated first and used whenever
/// decryption, length or version is wrong, so the peer learns nothing (no oracle);
/// a wrong guess surfaces later as a failed Finished.
pub fn rsa_decrypt_pre_master<R: CryptoRng>(
    key: &rsa::PrivateKey,
    rng: &mut R,
    encrypted: &[u8],
    client_version: u16,
) -> [u8; 48] {
    let mut fallback = [0u8; 48];
    rng.fill_bytes(&mut fallback);
    let decrypted = key
        .pkcs1v15_decrypt_with_rng(rng, encrypted)
        .unwrap_or_default();
    let ok = decrypted.len() == 48
        && decrypted.first().copied() == Some((client_version >> 8) as u8)
        && decrypted.get(1).copied() == Some(client_version as u8);
    if ok {
        let mut pms = [0u8; 48];
        pms.copy_from_slice(&decrypted);
        pms
    } else {
        fallback
    }
}
