//! Server certificate verification seam: a trait the client calls with the chain, the
//! host name and the time; `X509Verifier` is a small implementation over x509-cert.

use der::{Decode, Encode};
use rsa::pkcs8::DecodePublicKey;
use sha2::Sha256;
use x509_cert::ext::pkix::name::GeneralName;
use x509_cert::ext::pkix::{BasicConstraints, SubjectAltName};
use x509_cert::Certificate;

use super::error::CertError;

/// Verifies a server's certificate chain (leaf first, DER) for `hostname` at `now`
/// (unix seconds). The pki engineer's verifier plugs in here.
pub trait ServerCertVerifier {
    /// `Ok` when the chain is trusted for `hostname` at `now`.
    fn verify_server_cert(
        &self,
        chain: &[Vec<u8>],
        hostname: &str,
        now: u64,
    ) -> Result<(), CertError>;
}

/// Trusts chains that end at one of `roots` (DER certificates).
#[derive(Clone, Debug, Default)]
pub struct X509Verifier {
    /// Trust anchors (root certificates).
    pub roots: Vec<Vec<u8>>,
}

/// Chains longer than this are rejected (no unbounded loops on hostile input).
const MAX_CHAIN: usize = 8;

fn parse(der: &[u8]) -> Result<Certificate, CertError> {
    Certificate::from_der(der).map_err(|e| CertError::BadEncoding(e.to_string()))
}

/// The RSA public key of a DER certificate.
pub fn rsa_public_key(der: &[u8]) -> Result<rsa::PublicKey, CertError> {
    let cert = parse(der)?;
    let spki = cert
        .tbs_certificate()
        .subject_public_key_info()
        .to_der()
        .map_err(|e| CertError::BadEncoding(e.to_string()))?;
    rsa::PublicKey::from_public_key_der(&spki).map_err(|_| CertError::UnsupportedKey)
}

fn check_signature(cert: &Certificate, issuer: &Certificate) -> Result<(), CertError> {
    let spki = issuer
        .tbs_certificate()
        .subject_public_key_info()
        .to_der()
        .map_err(|e| CertError::BadEncoding(e.to_string()))?;
    let key = rsa::PublicKey::from_public_key_der(&spki).map_err(|_| CertError::UnsupportedKey)?;
    let tbs = cert
        .tbs_certificate()
        .to_der()
        .map_err(|e| CertError::BadEncoding(e.to_string()))?;
    let sig = cert.signature().raw_bytes();
    key.pkcs1v15_verify::<Sha256>(&tbs, sig)
        .map_err(|_| CertError::BadSignature)
}

fn check_time(cert: &Certificate, now: u64) -> Result<(), CertError> {
    let v = cert.tbs_certificate().validity();
    if now < v.not_before.to_unix_duration().as_secs() {
        return Err(CertError::NotYetValid);
    }
    if now > v.not_after.to_unix_duration().as_secs() {
        return Err(CertError::Expired);
    }
    Ok(())
}

fn is_ca(cert: &Certificate) -> bool {
    matches!(cert.tbs_certificate().get_extension::<BasicConstraints>(), Ok(Some((_, bc))) if bc.ca)
}

/// Matches `pattern` (possibly `*.example.com`) against `host`, as RFC 6125 section 6.4.
fn name_matches(pattern: &str, host: &str) -> bool {
    let (p, h) = (pattern.to_ascii_lowercase(), host.to_ascii_lowercase());
    match p.strip_prefix("*.") {
        Some(rest) => h
            .split_once('.')
            .is_some_and(|(first, tail)| !first.is_empty() && tail == rest),
        None => p == h,
    }
}

fn check_hostname(cert: &Certificate, host: &str) -> Result<(), CertError> {
    let names: Vec<String> = match cert.tbs_certificate().get_extension::<SubjectAltName>() {
        Ok(Some((_, san))) => san
            .0
            .iter()
            .filter_map(|g| match g {
                GeneralName::DnsName(n) => Some(n.to_string()),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    if names.iter().any(|n| name_matches(n, host)) {
        Ok(())
    } else {
        Err(CertError::HostnameMismatch(host.to_string()))
    }
}

impl ServerCertVerifier for X509Verifier {
    fn verify_server_cert(
        &self,
        chain: &[Vec<u8>],
        hostname: &str,
        now: u64,
    ) -> Result<(), CertError> {
        let certs = chain
            .iter()
            .take(MAX_CHAIN)
            .map(|c| parse(c))
            .collect::<Result<Vec<_>, _>>()?;
        let roots = self
            .roots
            .iter()
            .filter_map(|c| parse(c).ok())
            .collect::<Vec<_>>();
        let leaf = certs
            .first()
            .ok_or(CertError::BadEncoding("empty certificate list".into()))?;
        let mut current = leaf;
        for depth in 0..MAX_CHAIN {
            // A trust anchor that issued `current` ends the walk.
            let issuer_name = current.tbs_certificate().issuer();
            if let Some(root) = roots
                .iter()
                .find(|r| r.tbs_certificate().subject() == issuer_name)
            {
                check_signature(current, root)?;
                check_time(current, now)?;
                check_time(root, now)?;
                break;
            }
            let next = certs
                .get(depth + 1)
                .filter(|c| c.tbs_certificate().subject() == issuer_name);
            match next {
                Some(issuer) => {
                    if !is_ca(issuer) {
                        return Err(CertError::NotCa);
                    }
                    check_signature(current, issuer)?;
                    check_time(current, now)?;
                    current = issuer;
                }
                None => return Err(CertError::UnknownIssuer),
            }
            if depth + 1 == MAX_CHAIN {
                return Err(CertError::UnknownIssuer);
            }
        }
        check_hostname(leaf, hostname)
    }
}
