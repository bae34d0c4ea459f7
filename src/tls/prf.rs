//! The TLS 1.2 key schedule: PRF (RFC 5246 section 5), master secret (section 8.1),
//! key block (section 6.3) and Finished verify_data (section 7.4.9).

use hmac::{Hmac, KeyInit, Mac};
use sha2::{Digest, Sha256};

type HmacSha256 = Hmac<Sha256>;

/// HMAC-SHA256 (RFC 2104) over the concatenation of `parts`.
pub fn hmac_sha256(key: &[u8], parts: &[&[u8]]) -> [u8; 32] {
    // HMAC accepts keys of any length, so this cannot fail.
    let mut mac = match HmacSha256::new_from_slice(key) {
        Ok(m) => m,
        Err(_) => return [0u8; 32],
    };
    for p in parts {
        mac.update(p);
    }
    mac.finalize().into_bytes().into()
}

/// SHA-256 of `data`.
pub fn sha256(data: &[u8]) -> [u8; 32] {
    Sha256::digest(data).into()
}

/// `P_SHA256(secret, seed)` (RFC 5246 section 5): A(i) = HMAC(secret, A(i-1)),
/// output = HMAC(secret, A(1) + seed) + HMAC(secret, A(2) + seed) + ..., cut to `len`.
pub fn p_sha256(secret: &[u8], seed: &[u8], len: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(len + 32);
    let mut a = hmac_sha256(secret, &[seed]);
    while out.len() < len {
        out.extend_from_slice(&hmac_sha256(secret, &[&a, seed]));
        a = hmac_sha256(secret, &[&a]);
    }
    out.truncate(len);
    out
}

/// `PRF(secret, label, seed) = P_SHA256(secret, label + seed)` (RFC 5246 section 5).
pub fn prf(secret: &[u8], label: &[u8], seed: &[u8], len: usize) -> Vec<u8> {
    let mut s = label.to_vec();
    s.extend_from_slice(seed);
    p_sha256(secret, &s, len)
}

/// `master_secret = PRF(pre_master_secret, "master secret", ClientHello.random +
/// ServerHello.random)[0..47]` (RFC 5246 section 8.1).
pub fn master_secret(
    pre_master: &[u8],
    client_random: &[u8; 32],
    server_random: &[u8; 32],
) -> [u8; 48] {
    let mut seed = client_random.to_vec();
    seed.extend_from_slice(server_random);
    let v = prf(pre_master, b"master secret", &seed, 48);
    let mut out = [0u8; 48];
    out.copy_from_slice(&v);
    out
}

/// The extended master secret (RFC 7627 section 4): PRF over the session hash.
pub fn extended_master_secret(pre_master: &[u8], session_hash: &[u8; 32]) -> [u8; 48] {
    let v = prf(pre_master, b"extended master secret", session_hash, 48);
    let mut out = [0u8; 48];
    out.copy_from_slice(&v);
    out
}

/// The key block split into its parts (RFC 5246 section 6.3).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyBlock {
    /// client_write_MAC_key (empty for AEAD suites).
    pub client_mac_key: Vec<u8>,
    /// server_write_MAC_key (empty for AEAD suites).
    pub server_mac_key: Vec<u8>,
    /// client_write_key.
    pub client_key: Vec<u8>,
    /// server_write_key.
    pub server_key: Vec<u8>,
    /// client_write_IV (the 4-byte GCM salt; empty for CBC, whose IV is explicit).
    pub client_iv: Vec<u8>,
    /// server_write_IV.
    pub server_iv: Vec<u8>,
}

/// `key_block = PRF(master_secret, "key expansion", server_random + client_random)`,
/// split as RFC 5246 section 6.3 lists: MAC keys, keys, IVs.
pub fn key_block(
    master: &[u8; 48],
    client_random: &[u8; 32],
    server_random: &[u8; 32],
    mac_len: usize,
    key_len: usize,
    iv_len: usize,
) -> KeyBlock {
    let mut seed = server_random.to_vec();
    seed.extend_from_slice(client_random);
    let total = 2 * (mac_len + key_len + iv_len);
    let kb = prf(master, b"key expansion", &seed, total);
    let mut parts = Vec::new();
    let mut at = 0;
    for n in [mac_len, mac_len, key_len, key_len, iv_len, iv_len] {
        parts.push(kb.get(at..at + n).unwrap_or_default().to_vec());
        at += n;
    }
    let mut it = parts.into_iter();
    let mut next = || it.next().unwrap_or_default();
    KeyBlock {
        client_mac_key: next(),
        server_mac_key: next(),
        client_key: next(),
        server_key: next(),
        client_iv: next(),
        server_iv: next(),
    }
}

/// `verify_data = PRF(master_secret, finished_label, Hash(handshake_messages))[0..11]`
/// (RFC 5246 section 7.4.9); `from_client` picks "client finished" or "server finished".
pub fn verify_data(master: &[u8; 48], from_client: bool, handshake_messages: &[u8]) -> Vec<u8> {
    let label: &[u8] = if from_client {
        b"client finished"
    } else {
        b"server finished"
    };
    prf(master, label, &sha256(handshake_messages), 12)
}
