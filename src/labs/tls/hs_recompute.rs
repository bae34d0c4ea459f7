//! "Recompute it yourself": the values of one session a learner can recompute in
//! Python 3.8+ with the standard library only (the TLS 1.2 PRF of RFC 5246 section 5,
//! `pow` for RSA, `hmac` for a record's MAC), the Python that does it with this
//! session's inputs filled in, and the check of a pasted hex value. Pure: it reads the
//! summary the page already has (no new job).

use super::hs_summary::{HandshakeSummary, MsgType, Side};
use crate::hex::{decode, encode, HexError};

/// What the learner recomputes (its `as_str` is the `hs-recompute-what` option value).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecomputeWhat {
    /// PRF(pre_master_secret, "master secret" or "extended master secret", ...).
    MasterSecret,
    /// A slice of PRF(master_secret, "key expansion", server_random + client_random).
    ClientWriteKey,
    /// PRF(master_secret, "client finished", SHA-256(handshake messages))[:12].
    ClientVerifyData,
    /// ClientKeyExchange opened with the server's private key (RSA key exchange):
    /// `pow(c, d, n)`, then PKCS#1 v1.5 unpadding.
    PreMasterSecret,
    /// HMAC-SHA256 of the client's first application_data record (CBC suite only).
    ClientRecordMac,
}

impl RecomputeWhat {
    pub const ALL: [RecomputeWhat; 5] = [
        RecomputeWhat::MasterSecret,
        RecomputeWhat::ClientWriteKey,
        RecomputeWhat::ClientVerifyData,
        RecomputeWhat::PreMasterSecret,
        RecomputeWhat::ClientRecordMac,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RecomputeWhat::MasterSecret => "master_secret",
            RecomputeWhat::ClientWriteKey => "client_write_key",
            RecomputeWhat::ClientVerifyData => "client_verify_data",
            RecomputeWhat::PreMasterSecret => "pre_master_secret",
            RecomputeWhat::ClientRecordMac => "client_record_mac",
        }
    }
}

/// One value of this session: what it is, its bytes, and the Python that makes them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recomputable {
    pub what: RecomputeWhat,
    pub expected: Vec<u8>,
    pub python: String,
}

/// How a pasted value compares with the session's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    Match,
    Mismatch,
    /// Not hex: Python's `bytes.fromhex` error.
    Invalid(HexError),
}

impl Verdict {
    /// The `data-result` value.
    pub fn as_str(&self) -> &'static str {
        match self {
            Verdict::Match => "match",
            Verdict::Mismatch => "mismatch",
            Verdict::Invalid(_) => "invalid",
        }
    }
}

/// Compares pasted hex (spaces allowed, as `bytes.fromhex`) with the session's bytes.
pub fn check(expected: &[u8], pasted: &str) -> Verdict {
    match decode(pasted) {
        Ok(b) if b == expected => Verdict::Match,
        Ok(_) => Verdict::Mismatch,
        Err(e) => Verdict::Invalid(e),
    }
}

/// The PRF in Python 3.8+ with the standard library only (RFC 5246 section 5).
const PRF_PY: &str = "import hashlib, hmac

def p_sha256(secret, seed, n):
    out, a = b\"\", seed
    while len(out) < n:
        a = hmac.new(secret, a, hashlib.sha256).digest()
        out += hmac.new(secret, a + seed, hashlib.sha256).digest()
    return out[:n]

def prf(secret, label, seed, n):
    return p_sha256(secret, label + seed, n)

";

/// The first connection's secret named `label`.
fn secret<'a>(s: &'a HandshakeSummary, label: &str) -> Option<&'a [u8]> {
    s.secrets
        .iter()
        .find(|x| x.connection == 0 && x.label == label)
        .map(|x| x.bytes.as_slice())
}

/// The 32 random bytes of the first connection's hello of that type (record header 5,
/// handshake header 4, version 2).
fn random(s: &HandshakeSummary, typ: MsgType) -> Option<&[u8]> {
    let m = s
        .messages
        .iter()
        .find(|m| m.connection == 0 && m.typ == typ)?;
    m.wire.get(11..43)
}

/// The client Finished of the first connection (its index) and the handshake messages
/// before it, as both sides hashed them.
fn client_finished(s: &HandshakeSummary) -> Option<(usize, Vec<u8>)> {
    let at = s
        .messages
        .iter()
        .position(|m| m.connection == 0 && m.typ == MsgType::Finished && m.from == Side::Client)?;
    let transcript = s.messages[..at]
        .iter()
        .filter(|m| m.connection == 0 && !m.encrypted && m.wire.first() == Some(&22))
        .flat_map(|m| m.wire.get(5..).unwrap_or_default().iter().copied())
        .collect();
    Some((at, transcript))
}

fn hex_line(name: &str, bytes: &[u8]) -> String {
    format!("{name} = bytes.fromhex(\"{}\")\n", encode(bytes))
}

/// The master secret's inputs and formula (extended master secret when the session
/// used it, RFC 7627).
fn master_python(s: &HandshakeSummary) -> Option<String> {
    let pms = secret(s, "pre_master_secret")?;
    let mut py = String::from(PRF_PY);
    py += &hex_line("pre_master_secret", pms);
    match secret(s, "session_hash") {
        Some(h) => {
            py += &hex_line("session_hash", h);
            py += "print(prf(pre_master_secret, b\"extended master secret\", session_hash, 48).hex())\n";
        }
        None => {
            py += &hex_line("client_random", random(s, MsgType::ClientHello)?);
            py += &hex_line("server_random", random(s, MsgType::ServerHello)?);
            py += "print(prf(pre_master_secret, b\"master secret\", client_random + server_random, 48).hex())\n";
        }
    }
    Some(py)
}

/// ClientKeyExchange opened with the lab server's key: textbook RSA (`pow`), then the
/// PKCS#1 v1.5 block `00 02 <nonzero padding> 00 pre_master_secret` (RFC 8017
/// section 7.2.2). Only when the summary publishes the key (RSA key exchange with the
/// lab's own server).
fn pre_master_python(s: &HandshakeSummary) -> Option<String> {
    let key = s.server_key.as_ref()?;
    let cke = s.messages.iter().find(|m| {
        m.connection == 0 && m.typ == MsgType::ClientKeyExchange && m.from == Side::Client
    })?;
    // Record header 5, handshake header 4, the 2-byte length of the encrypted bytes.
    let encrypted = cke.wire.get(11..).filter(|c| !c.is_empty())?;
    let mut py = format!(
        "n = int(\"{}\", 16)\nd = int(\"{}\", 16)\n",
        encode(&key.n),
        encode(&key.d)
    );
    py += &hex_line("encrypted", encrypted);
    py += "em = pow(int.from_bytes(encrypted, \"big\"), d, n).to_bytes((n.bit_length() + 7) // 8, \"big\")\n";
    py += "assert em[:2] == b\"\\x00\\x02\"\n";
    py += "print(em[em.index(b\"\\x00\", 2) + 1:].hex())\n";
    Some(py)
}

/// HMAC-SHA256(client_write_MAC_key, seq_num + type + version + length + plaintext)
/// of the client's first application_data record (RFC 5246 section 6.2.3.1): the MAC
/// the CBC suite encrypts with the record. None for AEAD suites (no MAC key).
fn record_mac(s: &HandshakeSummary) -> Option<Recomputable> {
    let mac_key = secret(s, "client_write_MAC_key")?;
    let record = s.app_records.iter().find(|r| {
        s.messages
            .get(r.message as usize)
            .is_some_and(|m| m.connection == 0 && m.from == Side::Client)
    })?;
    let mut py = String::from("import hashlib, hmac\n\n");
    py += &hex_line("client_write_MAC_key", mac_key);
    py += &format!("seq_num = {}\n", record.seq);
    py += &hex_line("plaintext", &record.plaintext);
    py += "header = seq_num.to_bytes(8, \"big\") + bytes([23, 3, 3]) + len(plaintext).to_bytes(2, \"big\")\n";
    py += "print(hmac.new(client_write_MAC_key, header + plaintext, hashlib.sha256).hexdigest())\n";
    Some(Recomputable {
        what: RecomputeWhat::ClientRecordMac,
        expected: record.tag.clone(),
        python: py,
    })
}

/// Every value this session lets the learner recompute (none before keys exist).
pub fn recomputables(s: &HandshakeSummary) -> Vec<Recomputable> {
    let mut out = Vec::new();
    let Some(ms) = secret(s, "master_secret") else {
        return out;
    };
    if let Some(python) = master_python(s) {
        out.push(Recomputable {
            what: RecomputeWhat::MasterSecret,
            expected: ms.to_vec(),
            python,
        });
    }
    let (cr, sr) = (
        random(s, MsgType::ClientHello),
        random(s, MsgType::ServerHello),
    );
    if let (Some(key), Some(cr), Some(sr)) = (secret(s, "client_write_key"), cr, sr) {
        // Key block order: MAC keys, write keys, IVs (RFC 5246 section 6.3).
        let mac = secret(s, "client_write_MAC_key").map_or(0, <[u8]>::len);
        let iv = secret(s, "client_write_IV").map_or(0, <[u8]>::len);
        let len = 2 * (mac + key.len() + iv);
        let mut py = String::from(PRF_PY);
        py += &hex_line("master_secret", ms);
        py += &hex_line("client_random", cr);
        py += &hex_line("server_random", sr);
        py += &format!(
            "key_block = prf(master_secret, b\"key expansion\", server_random + client_random, {len})\nprint(key_block[{}:{}].hex())\n",
            2 * mac,
            2 * mac + key.len()
        );
        out.push(Recomputable {
            what: RecomputeWhat::ClientWriteKey,
            expected: key.to_vec(),
            python: py,
        });
    }
    if let Some((at, transcript)) = client_finished(s) {
        let verify = s.messages[at]
            .inner
            .as_ref()
            .and_then(|(plain, _)| plain.get(4..16));
        if let Some(verify) = verify {
            let mut py = String::from(PRF_PY);
            py += &hex_line("master_secret", ms);
            py += &hex_line("handshake_messages", &transcript);
            py += "print(prf(master_secret, b\"client finished\", hashlib.sha256(handshake_messages).digest(), 12).hex())\n";
            out.push(Recomputable {
                what: RecomputeWhat::ClientVerifyData,
                expected: verify.to_vec(),
                python: py,
            });
        }
    }
    if let (Some(pms), Some(python)) = (secret(s, "pre_master_secret"), pre_master_python(s)) {
        out.push(Recomputable {
            what: RecomputeWhat::PreMasterSecret,
            expected: pms.to_vec(),
            python,
        });
    }
    out.extend(record_mac(s));
    out
}
