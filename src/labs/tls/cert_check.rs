//! A certificate verified as a TLS client verifies it, one drawn step at a time: the
//! signature (the hash of the to-be-signed part beside the hash found by opening the
//! signature with the issuer's public key), the validity window at the chosen time,
//! the hostname against the names, the trust anchor. The verdict is the alert
//! OpenSSL's client would send, checked in OpenSSL's order (`verify_chain` in
//! `crypto/x509/x509_vfy.c`: the chain and its CAs, then the hostname, then each
//! signature and validity window).

use std::net::IpAddr;

use num_bigint::BigUint;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256, Sha384, Sha512};

use crate::tls::pki::{
    self, cert_public_key, certificate_names, dns_name_matches, name_to_string, public_key_parts,
    CertError, Certificate,
};

/// What to verify: a chain as a server sends it, the client's roots, when, for whom.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckRequest {
    /// Leaf first, then the certificates that lead to a root (DER).
    pub chain: Vec<Vec<u8>>,
    /// The root certificates the client trusts (DER): the learner's CA.
    pub anchors: Vec<Vec<u8>>,
    /// The verification time, UNIX seconds.
    pub now: u64,
    /// The name the client asked for.
    pub host: String,
}

/// One step of the verification, with what the page draws for it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {
    /// The issuer's signature over tbsCertificate.
    Signature {
        /// The hash named by signatureAlgorithm (`SHA-256`).
        hash: String,
        /// The hash of tbsCertificate, computed by the client.
        computed: Vec<u8>,
        /// The signature opened with the public key (s^e mod n), as a block.
        opened_block: Vec<u8>,
        /// The hash inside that block, when it is a PKCS#1 v1.5 DigestInfo.
        opened: Option<Vec<u8>>,
        /// Whose public key opened it (the subject of that certificate).
        key_of: String,
        ok: bool,
    },
    /// Not Before <= now <= Not After (RFC 5280 4.1.2.5), for the leaf.
    Validity {
        not_before: u64,
        not_after: u64,
        now: u64,
        ok: bool,
    },
    /// The name asked for against the certificate's names (RFC 6125).
    Hostname {
        host: String,
        names: Vec<String>,
        ok: bool,
    },
    /// The issuer is a root the client trusts (or a CA that leads to one).
    Anchor {
        /// The leaf's issuer.
        issuer: String,
        /// The roots the client trusts.
        anchors: Vec<String>,
        /// Why it failed, when it did (`UnknownIssuer` or `NotACa`).
        problem: Option<Problem>,
        ok: bool,
    },
}

impl Step {
    /// True when this step passed.
    pub fn ok(&self) -> bool {
        match self {
            Step::Signature { ok, .. }
            | Step::Validity { ok, .. }
            | Step::Hostname { ok, .. }
            | Step::Anchor { ok, .. } => *ok,
        }
    }
}

/// Why a certificate was refused (a key for the page's words).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Problem {
    Malformed,
    BadSignature,
    Expired,
    NotYetValid,
    UnknownIssuer,
    NotACa,
    HostnameMismatch,
    Unsupported,
}

/// The verdict: the steps, and `ok` or the alert a client sends.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertCheck {
    /// Signature, validity, hostname, anchor (empty when the leaf cannot be read).
    pub steps: Vec<Step>,
    /// `None` when the certificate is accepted.
    pub failure: Option<Failure>,
}

/// A refusal: the problem and the alert (RFC 5246 7.2) it sends.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Failure {
    pub problem: Problem,
    /// The alert's code (42, 45, 48, 51...).
    pub code: u8,
    /// The alert's name (`certificate_expired`).
    pub alert: String,
}

impl CertCheck {
    /// `ok`, or the alert's name: the page's `data-result`.
    pub fn result(&self) -> &str {
        self.failure.as_ref().map_or("ok", |f| f.alert.as_str())
    }
}

impl From<&CertError> for Failure {
    fn from(e: &CertError) -> Self {
        let problem = match e {
            CertError::BadSignature { .. } => Problem::BadSignature,
            CertError::Expired { .. } => Problem::Expired,
            CertError::NotYetValid { .. } => Problem::NotYetValid,
            CertError::UnknownIssuer { .. } => Problem::UnknownIssuer,
            CertError::NotACa { .. } => Problem::NotACa,
            CertError::HostnameMismatch { .. } => Problem::HostnameMismatch,
            CertError::UnsupportedAlgorithm(_) => Problem::Unsupported,
            _ => Problem::Malformed,
        };
        let (code, alert) = e.alert();
        Failure {
            problem,
            code,
            alert: alert.to_string(),
        }
    }
}

fn parse(der: &[u8]) -> Result<Certificate, CertError> {
    pki::cert_from_pem_or_der(der)
}

/// Verifies `req` and draws each step.
pub fn check(req: &CheckRequest) -> CertCheck {
    let malformed = |e: &CertError| CertCheck {
        steps: Vec::new(),
        failure: Some(Failure::from(e)),
    };
    let chain = match req
        .chain
        .iter()
        .map(|d| parse(d))
        .collect::<Result<Vec<_>, _>>()
    {
        Ok(c) => c,
        Err(e) => return malformed(&e),
    };
    let anchors = match req
        .anchors
        .iter()
        .map(|d| parse(d))
        .collect::<Result<Vec<_>, _>>()
    {
        Ok(a) => a,
        Err(e) => return malformed(&e),
    };
    let Some(leaf) = chain.first() else {
        return malformed(&CertError::EmptyChain);
    };
    // The chain, its signatures and windows, without the name; the name on its own.
    let path = pki::verify_chain(&chain, &anchors, req.now, None);
    let names = certificate_names(leaf);
    let host = (!host_matches(&req.host, &names)).then(|| CertError::HostnameMismatch {
        hostname: req.host.clone(),
        names: names.clone(),
    });
    let chain_problem = path.as_ref().err().filter(|e| {
        matches!(
            e,
            CertError::UnknownIssuer { .. } | CertError::NotACa { .. }
        )
    });
    // OpenSSL: build the chain (unknown_ca), check the CAs, the name, then signatures
    // and windows.
    let failure = chain_problem
        .or(host.as_ref())
        .or(path.as_ref().err())
        .map(Failure::from);
    let tbs = leaf.tbs_certificate();
    let validity = tbs.validity();
    let (not_before, not_after) = (
        validity.not_before.to_unix_duration().as_secs(),
        validity.not_after.to_unix_duration().as_secs(),
    );
    let issuer_name = tbs.issuer();
    let issuer = chain
        .iter()
        .skip(1)
        .chain(&anchors)
        .find(|c| c.tbs_certificate().subject() == issuer_name)
        .or(anchors.first());
    let mut steps = Vec::new();
    if let Some(issuer) = issuer {
        steps.push(signature_step(leaf, issuer));
    }
    steps.push(Step::Validity {
        not_before,
        not_after,
        now: req.now,
        ok: not_before <= req.now && req.now <= not_after,
    });
    steps.push(Step::Hostname {
        host: req.host.clone(),
        names,
        ok: host.is_none(),
    });
    let problem = chain_problem.map(|e| Failure::from(e).problem);
    steps.push(Step::Anchor {
        issuer: name_to_string(issuer_name),
        anchors: anchors
            .iter()
            .map(|a| name_to_string(a.tbs_certificate().subject()))
            .collect(),
        problem,
        ok: problem.is_none(),
    });
    CertCheck { steps, failure }
}

/// Opens `cert`'s signature with `issuer`'s public key and compares the hashes.
fn signature_step(cert: &Certificate, issuer: &Certificate) -> Step {
    let key_of = name_to_string(issuer.tbs_certificate().subject());
    let oid = cert.signature_algorithm().oid.to_string();
    let tbs = der::Encode::to_der(cert.tbs_certificate()).unwrap_or_default();
    let (hash, computed) = match oid.as_str() {
        "1.2.840.113549.1.1.12" => ("SHA-384", Sha384::digest(&tbs).to_vec()),
        "1.2.840.113549.1.1.13" => ("SHA-512", Sha512::digest(&tbs).to_vec()),
        _ => ("SHA-256", Sha256::digest(&tbs).to_vec()),
    };
    let signature = cert.signature().as_bytes().unwrap_or_default();
    let opened_block = cert_public_key(issuer)
        .map(|key| open_signature(&public_key_parts(&key), signature))
        .unwrap_or_default();
    let opened = digest_in_block(&opened_block);
    let ok = opened.as_deref() == Some(computed.as_slice());
    Step::Signature {
        hash: hash.to_string(),
        computed,
        opened_block,
        opened,
        key_of,
        ok,
    }
}

/// s^e mod n, left-padded to the modulus' length: what "opening" a signature with
/// the public key means (RFC 8017 5.2.2, RSAVP1).
pub fn open_signature(public: &[pki::KeyPart], signature: &[u8]) -> Vec<u8> {
    let part = |s: &str| {
        public
            .iter()
            .find(|p| p.symbol == s)
            .map(|p| BigUint::from_bytes_be(&p.bytes))
    };
    let (Some(n), Some(e)) = (part("n"), part("e")) else {
        return Vec::new();
    };
    let s = BigUint::from_bytes_be(signature);
    if n == BigUint::ZERO || s >= n {
        return Vec::new();
    }
    let m = s.modpow(&e, &n).to_bytes_be();
    let k = n.to_bytes_be().len();
    let mut block = vec![0u8; k.saturating_sub(m.len())];
    block.extend(m);
    block
}

/// The hash inside an EMSA-PKCS1-v1_5 block `00 01 ff .. ff 00 DigestInfo`
/// (RFC 8017 9.2): the DigestInfo's OCTET STRING.
pub fn digest_in_block(block: &[u8]) -> Option<Vec<u8>> {
    let rest = block.strip_prefix(&[0x00, 0x01])?;
    let pad = rest.iter().take_while(|b| **b == 0xff).count();
    let info = rest.get(pad..)?.strip_prefix(&[0x00])?;
    if pad < 8 {
        return None;
    }
    let tlv = pki::parse_der(info).ok()?;
    match tlv.children.as_slice() {
        [alg, digest] if tlv.tag == 0x30 && alg.tag == 0x30 && digest.tag == 0x04 => {
            info.get(digest.value.clone()).map(<[u8]>::to_vec)
        }
        _ => None,
    }
}

/// True when `host` is one of `names` (from `certificate_names`) as OpenSSL matches
/// it: an IP address exactly (`X509_check_ip`), a DNS name with one left-most `*`
/// at most (`X509_check_host`).
pub fn host_matches(host: &str, names: &[String]) -> bool {
    match host.parse::<IpAddr>() {
        Ok(ip) => names.iter().any(|n| n.parse::<IpAddr>() == Ok(ip)),
        Err(_) => names.iter().any(|n| dns_name_matches(n, host)),
    }
}
