//! Record protection (RFC 5246 section 6.2.3): AES-128-GCM (RFC 5288) and
//! AES-128-CBC with HMAC-SHA256, MAC-then-encrypt (RFC 5246 section 6.2.3.2).

use aes::cipher::{BlockCipherDecrypt, BlockCipherEncrypt, KeyInit};
use aes::Aes128;
use aes_gcm::aead::{Aead, Payload};
use aes_gcm::Aes128Gcm;

use super::prf::hmac_sha256;

/// Why a record could not be opened: always `bad_record_mac` on the wire, whatever
/// failed inside (padding or MAC), so the peer learns nothing (no padding oracle).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BadRecordMac;

/// One direction's record protection.
#[derive(Clone)]
pub enum Protection {
    /// AES-128-GCM: 4-byte salt from the key block, 8-byte explicit nonce on the wire.
    Gcm {
        /// The AEAD.
        aead: Aes128Gcm,
        /// client/server_write_IV (the implicit nonce part).
        salt: [u8; 4],
    },
    /// AES-128-CBC + HMAC-SHA256 (MAC-then-encrypt).
    Cbc {
        /// The block cipher.
        aes: Aes128,
        /// write_MAC_key.
        mac_key: Vec<u8>,
    },
}

impl core::fmt::Debug for Protection {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(match self {
            Protection::Gcm { .. } => "Protection::Gcm",
            Protection::Cbc { .. } => "Protection::Cbc",
        })
    }
}

/// `seq_num + type + version + length`: the additional data both suites authenticate
/// (RFC 5246 sections 6.2.3.1 and 6.2.3.3).
pub fn additional_data(seq: u64, typ: u8, version: u16, len: usize) -> Vec<u8> {
    let mut ad = seq.to_be_bytes().to_vec();
    ad.push(typ);
    ad.extend_from_slice(&version.to_be_bytes());
    ad.extend_from_slice(&(len as u16).to_be_bytes());
    ad
}

impl Protection {
    /// GCM protection from write_key and write_IV.
    pub fn gcm(key: &[u8], iv: &[u8]) -> Option<Protection> {
        let aead = Aes128Gcm::new_from_slice(key).ok()?;
        let salt: [u8; 4] = iv.try_into().ok()?;
        Some(Protection::Gcm { aead, salt })
    }

    /// CBC protection from write_key and write_MAC_key.
    pub fn cbc(key: &[u8], mac_key: &[u8]) -> Option<Protection> {
        let aes = Aes128::new_from_slice(key).ok()?;
        Some(Protection::Cbc {
            aes,
            mac_key: mac_key.to_vec(),
        })
    }

    /// Encrypts one record's fragment (`seal_record`): GCM gives
    /// `nonce_explicit + ciphertext + tag`, CBC gives `IV + E(content + MAC + padding)`.
    pub fn seal_record(&self, seq: u64, typ: u8, version: u16, plaintext: &[u8]) -> Vec<u8> {
        let ad = additional_data(seq, typ, version, plaintext.len());
        match self {
            Protection::Gcm { aead, salt } => {
                // The explicit nonce is the sequence number: unique per key, as RFC 5288 asks.
                let explicit = seq.to_be_bytes();
                let mut nonce = salt.to_vec();
                nonce.extend_from_slice(&explicit);
                let nonce =
                    aes_gcm::Nonce::<aes_gcm::aead::consts::U12>::try_from(nonce.as_slice());
                let ct = match nonce {
                    Ok(n) => aead
                        .encrypt(
                            &n,
                            Payload {
                                msg: plaintext,
                                aad: &ad,
                            },
                        )
                        .unwrap_or_default(),
                    Err(_) => Vec::new(),
                };
                let mut out = explicit.to_vec();
                out.extend_from_slice(&ct);
                out
            }
            Protection::Cbc { aes, mac_key } => {
                let mac = hmac_sha256(mac_key, &[&ad, plaintext]);
                let mut data = plaintext.to_vec();
                data.extend_from_slice(&mac);
                let pad = 15 - (data.len() % 16);
                data.extend(std::iter::repeat_n(pad as u8, pad + 1));
                // The explicit IV must be unpredictable to an attacker: E_k(seq) is, and it
                // keeps the record layer free of an RNG (the same session replays byte for byte).
                let mut iv = [0u8; 16];
                iv[8..].copy_from_slice(&seq.to_be_bytes());
                iv[0] = 0x49;
                let iv = encrypt_block(aes, iv);
                let mut out = iv.to_vec();
                let mut prev = iv;
                for chunk in data.chunks(16) {
                    let mut block = [0u8; 16];
                    for (i, b) in chunk.iter().enumerate() {
                        block[i] = b ^ prev[i];
                    }
                    prev = encrypt_block(aes, block);
                    out.extend_from_slice(&prev);
                }
                out
            }
        }
    }

    /// Decrypts and authenticates one record's fragment (`open_record`).
    pub fn open_record(
        &self,
        seq: u64,
        typ: u8,
        version: u16,
        fragment: &[u8],
    ) -> Result<Vec<u8>, BadRecordMac> {
        match self {
            Protection::Gcm { aead, salt } => {
                if fragment.len() < 8 + 16 {
                    return Err(BadRecordMac);
                }
                let (explicit, ct) = fragment.split_at(8);
                let ad = additional_data(seq, typ, version, ct.len() - 16);
                let mut nonce = salt.to_vec();
                nonce.extend_from_slice(explicit);
                let nonce =
                    aes_gcm::Nonce::<aes_gcm::aead::consts::U12>::try_from(nonce.as_slice())
                        .map_err(|_| BadRecordMac)?;
                aead.decrypt(&nonce, Payload { msg: ct, aad: &ad })
                    .map_err(|_| BadRecordMac)
            }
            Protection::Cbc { aes, mac_key } => {
                // IV + at least MAC + one padding byte, rounded to blocks.
                if fragment.len() < 16 + 48 || !fragment.len().is_multiple_of(16) {
                    return Err(BadRecordMac);
                }
                let mut prev = [0u8; 16];
                prev.copy_from_slice(&fragment[..16]);
                let mut plain = Vec::with_capacity(fragment.len() - 16);
                for chunk in fragment[16..].chunks(16) {
                    let mut block = [0u8; 16];
                    block.copy_from_slice(chunk);
                    let d = decrypt_block(aes, block);
                    plain.extend(d.iter().zip(prev.iter()).map(|(a, b)| a ^ b));
                    prev = block;
                }
                check_cbc_padding_and_mac(&plain, mac_key, seq, typ, version)
            }
        }
    }
}

/// Checks padding and MAC without revealing which failed (RFC 5246 section 6.2.3.2,
/// implementation note): a bad padding still computes a MAC, as if padding were empty.
fn check_cbc_padding_and_mac(
    plain: &[u8],
    mac_key: &[u8],
    seq: u64,
    typ: u8,
    version: u16,
) -> Result<Vec<u8>, BadRecordMac> {
    let n = plain.len();
    let pad = usize::from(plain[n - 1]);
    let mut bad = u8::from(pad + 1 + 32 > n);
    let pad_used = if bad == 0 { pad } else { 0 };
    for i in 0..=255usize.min(n - 1) {
        let in_pad = u8::from(i <= pad_used);
        bad |= in_pad & u8::from(plain[n - 1 - i] != pad as u8);
    }
    let pad_used = if bad == 0 { pad_used } else { 0 };
    let content_len = n - 1 - pad_used - 32;
    let (content, rest) = plain.split_at(content_len);
    let ad = additional_data(seq, typ, version, content_len);
    let want = hmac_sha256(mac_key, &[&ad, content]);
    let mut diff = 0u8;
    for (a, b) in want.iter().zip(rest.iter()) {
        diff |= a ^ b;
    }
    if (diff | bad) == 0 {
        Ok(content.to_vec())
    } else {
        Err(BadRecordMac)
    }
}

fn encrypt_block(aes: &Aes128, block: [u8; 16]) -> [u8; 16] {
    let mut b = aes::Block::from(block);
    aes.encrypt_block(&mut b);
    b.into()
}

fn decrypt_block(aes: &Aes128, block: [u8; 16]) -> [u8; 16] {
    let mut b = aes::Block::from(block);
    aes.decrypt_block(&mut b);
    b.into()
}
