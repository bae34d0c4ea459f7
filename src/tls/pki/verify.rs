//! Chain verification (a small RFC 5280 section 6 path validation): issuer by name,
//! signature with the issuer's key, issuers must be CAs, every certificate valid at
//! `now`, and the leaf valid for the hostname (RFC 6125, as OpenSSL checks it).

use std::net::IpAddr;

use der::{Decode, Encode};
use rsa::pkcs1v15::{Signature, VerifyingKey};
use rsa::signature::Verifier;
use rsa::PublicKey as RsaPublicKey;
use spki::DecodePublicKey;
use x509_cert::certificate::Certificate;
use x509_cert::ext::pkix::name::GeneralName;
use x509_cert::ext::pkix::{BasicConstraints, KeyUsage, KeyUsages, SubjectAltName};

use super::text::name_to_string;
use super::CertError;

/// sha256WithRSAEncryption and friends (RFC 4055 5).
const SHA256_WITH_RSA: &str = "1.2.840.113549.1.1.11";
const SHA384_WITH_RSA: &str = "1.2.840.113549.1.1.12";
const SHA512_WITH_RSA: &str = "1.2.840.113549.1.1.13";

/// A chain that verified: the path from the leaf to the trust anchor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerifiedChain {
    /// Leaf first, the trust anchor last.
    pub path: Vec<Certificate>,
    /// The names the leaf was checked against (None when no hostname was given).
    pub hostname: Option<String>,
}

/// Verifies `chain` (leaf first, then intermediates in any order) against `anchors`
/// (root certificates the client ships) at `now` (UNIX seconds) for `hostname`.
pub fn verify_chain(
    chain: &[Certificate],
    anchors: &[Certificate],
    now: u64,
    hostname: Option<&str>,
) -> Result<VerifiedChain, CertError> {
    let leaf = chain.first().ok_or(CertError::EmptyChain)?;
    let mut path = vec![leaf.clone()];
    let mut current = leaf;
    // Each step climbs one issuer; a path longer than the chain would be a loop.
    for _ in 0..=chain.len() {
        let issuer_name = current.tbs_certificate().issuer();
        if let Some(anchor) = anchors
            .iter()
            .find(|a| a.tbs_certificate().subject() == issuer_name)
        {
            check_issuer(current, anchor)?;
            if anchor != current {
                path.push(anchor.clone());
            }
            for cert in &path {
                check_time(cert, now)?;
            }
            if let Some(host) = hostname {
                check_hostname(leaf, host)?;
            }
            return Ok(VerifiedChain {
                path,
                hostname: hostname.map(str::to_string),
            });
        }
        let next = chain
            .iter()
            .skip(1)
            .find(|c| *c != current && c.tbs_certificate().subject() == issuer_name);
        let Some(next) = next else {
            return Err(CertError::UnknownIssuer {
                issuer: name_to_string(issuer_name),
            });
        };
        check_issuer(current, next)?;
        path.push(next.clone());
        current = next;
    }
    Err(CertError::UnknownIssuer {
        issuer: name_to_string(current.tbs_certificate().issuer()),
    })
}

/// [`verify_chain`] over DER certificates, as a TLS Certificate message carries them
/// (leaf first) and as a client keeps its roots.
pub fn verify_chain_der(
    chain: &[Vec<u8>],
    anchors: &[Vec<u8>],
    now: u64,
    hostname: Option<&str>,
) -> Result<VerifiedChain, CertError> {
    let parse =
        |der: &Vec<u8>| Certificate::from_der(der).map_err(|e| CertError::Malformed(e.to_string()));
    let chain = chain.iter().map(parse).collect::<Result<Vec<_>, _>>()?;
    let anchors = anchors.iter().map(parse).collect::<Result<Vec<_>, _>>()?;
    verify_chain(&chain, &anchors, now, hostname)
}

/// `issuer` may sign (a CA) and its key verifies `cert`'s signature.
fn check_issuer(cert: &Certificate, issuer: &Certificate) -> Result<(), CertError> {
    let self_signed = cert == issuer;
    if !self_signed && !is_ca(issuer)? {
        return Err(CertError::NotACa {
            subject: name_to_string(issuer.tbs_certificate().subject()),
        });
    }
    verify_signature(cert, issuer)
}

/// basicConstraints CA:TRUE, and keyUsage (when present) allows keyCertSign.
fn is_ca(cert: &Certificate) -> Result<bool, CertError> {
    let tbs = cert.tbs_certificate();
    let bc = tbs
        .get_extension::<BasicConstraints>()
        .map_err(|e| CertError::Malformed(format!("basicConstraints: {e}")))?;
    let ku = tbs
        .get_extension::<KeyUsage>()
        .map_err(|e| CertError::Malformed(format!("keyUsage: {e}")))?;
    let ca = bc.is_some_and(|(_, bc)| bc.ca);
    let may_sign = ku.is_none_or(|(_, ku)| ku.0.contains(KeyUsages::KeyCertSign));
    Ok(ca && may_sign)
}

/// Checks `cert`'s signature over its TBSCertificate with `issuer`'s RSA key.
pub fn verify_signature(cert: &Certificate, issuer: &Certificate) -> Result<(), CertError> {
    let subject = || name_to_string(cert.tbs_certificate().subject());
    let tbs = cert
        .tbs_certificate()
        .to_der()
        .map_err(|e| CertError::Malformed(e.to_string()))?;
    let key = cert_public_key(issuer)?;
    let sig_bytes = cert
        .signature()
        .as_bytes()
        .ok_or_else(|| CertError::Malformed("signature is not whole bytes".into()))?;
    let signature = Signature::try_from(sig_bytes)
        .map_err(|_| CertError::BadSignature { subject: subject() })?;
    let oid = cert.signature_algorithm().oid.to_string();
    let ok = match oid.as_str() {
        SHA256_WITH_RSA => VerifyingKey::<sha2::Sha256>::new(key).verify(&tbs, &signature),
        SHA384_WITH_RSA => VerifyingKey::<sha2::Sha384>::new(key).verify(&tbs, &signature),
        SHA512_WITH_RSA => VerifyingKey::<sha2::Sha512>::new(key).verify(&tbs, &signature),
        _ => return Err(CertError::UnsupportedAlgorithm(oid)),
    };
    ok.map_err(|_| CertError::BadSignature { subject: subject() })
}

/// The RSA public key a certificate carries (what a TLS client encrypts the
/// pre-master secret to, or checks the ServerKeyExchange signature with).
pub fn cert_public_key(cert: &Certificate) -> Result<RsaPublicKey, CertError> {
    let spki = cert
        .tbs_certificate()
        .subject_public_key_info()
        .to_der()
        .map_err(|e| CertError::Malformed(e.to_string()))?;
    RsaPublicKey::from_public_key_der(&spki).map_err(|e| match e {
        spki::Error::OidUnknown { oid } => {
            CertError::UnsupportedAlgorithm(format!("public key algorithm {oid}"))
        }
        other => CertError::Malformed(format!("public key: {other}")),
    })
}

/// Not Before <= now <= Not After (RFC 5280 4.1.2.5: both ends inclusive).
fn check_time(cert: &Certificate, now: u64) -> Result<(), CertError> {
    let validity = cert.tbs_certificate().validity();
    let not_before = validity.not_before.to_unix_duration().as_secs();
    let not_after = validity.not_after.to_unix_duration().as_secs();
    let subject = name_to_string(cert.tbs_certificate().subject());
    if now < not_before {
        return Err(CertError::NotYetValid {
            subject,
            not_before,
            now,
        });
    }
    if now > not_after {
        return Err(CertError::Expired {
            subject,
            not_after,
            now,
        });
    }
    Ok(())
}

/// The names the certificate is for: its SAN DNS names, or (only when it has none, as
/// OpenSSL's `X509_check_host` does) its subject CN; then its SAN IP addresses.
pub fn certificate_names(cert: &Certificate) -> Vec<String> {
    let (dns, ips) = san_names(cert);
    let mut names = if dns.is_empty() {
        cert.tbs_certificate()
            .subject()
            .common_name()
            .ok()
            .flatten()
            .map(|cn| vec![cn.value().to_string()])
            .unwrap_or_default()
    } else {
        dns
    };
    names.extend(ips.iter().map(ToString::to_string));
    names
}

/// The SAN dNSName and iPAddress entries.
fn san_names(cert: &Certificate) -> (Vec<String>, Vec<IpAddr>) {
    let mut dns = Vec::new();
    let mut ips = Vec::new();
    if let Ok(Some((_, san))) = cert.tbs_certificate().get_extension::<SubjectAltName>() {
        for name in &san.0 {
            match name {
                GeneralName::DnsName(d) => dns.push(d.to_string()),
                GeneralName::IpAddress(ip) => match ip.as_bytes() {
                    b if b.len() == 4 => {
                        let mut a = [0u8; 4];
                        a.copy_from_slice(b);
                        ips.push(IpAddr::from(a));
                    }
                    b if b.len() == 16 => {
                        let mut a = [0u8; 16];
                        a.copy_from_slice(b);
                        ips.push(IpAddr::from(a));
                    }
                    _ => {}
                },
                _ => {}
            }
        }
    }
    (dns, ips)
}

/// An IP address is checked against the iPAddress entries only (`X509_check_ip`);
/// a DNS name against the dNSName entries, or the CN when there are none.
fn check_hostname(leaf: &Certificate, hostname: &str) -> Result<(), CertError> {
    let ok = match hostname.parse::<IpAddr>() {
        Ok(ip) => san_names(leaf).1.contains(&ip),
        Err(_) => {
            let (dns, _) = san_names(leaf);
            let patterns = if dns.is_empty() {
                certificate_names(leaf)
            } else {
                dns
            };
            patterns
                .iter()
                .any(|pattern| dns_name_matches(pattern, hostname))
        }
    };
    if ok {
        return Ok(());
    }
    Err(CertError::HostnameMismatch {
        hostname: hostname.to_string(),
        names: certificate_names(leaf),
    })
}

/// Case-insensitive DNS match; `*` may stand for exactly one whole left-most label
/// (RFC 6125 6.4.3), never for a label of a public suffix like `*.com`.
pub fn dns_name_matches(pattern: &str, hostname: &str) -> bool {
    let pattern = pattern.trim_end_matches('.').to_ascii_lowercase();
    let host = hostname.trim_end_matches('.').to_ascii_lowercase();
    if let Some(rest) = pattern.strip_prefix("*.") {
        if rest.split('.').count() < 2 {
            return false;
        }
        return match host.split_once('.') {
            Some((label, host_rest)) => !label.is_empty() && host_rest == rest,
            None => false,
        };
    }
    !pattern.is_empty() && pattern == host
}

/// The DER of one certificate given as PEM (`CERTIFICATE`) or DER.
pub(super) fn certificate_der(input: &[u8]) -> Result<Vec<u8>, CertError> {
    match super::key_io::pem_block(input) {
        Ok(Some((label, der))) if label == "CERTIFICATE" => Ok(der),
        Ok(Some((label, _))) => Err(CertError::Malformed(format!(
            "PEM block \"{label}\" is not a CERTIFICATE"
        ))),
        Ok(None) => Ok(input.to_vec()),
        Err(e) => Err(CertError::Malformed(e.to_string())),
    }
}

/// Reads one certificate from PEM (`CERTIFICATE`) or DER.
pub fn cert_from_pem_or_der(input: &[u8]) -> Result<Certificate, CertError> {
    let der = certificate_der(input)?;
    Certificate::from_der(&der).map_err(|e| CertError::Malformed(e.to_string()))
}

/// Reads every certificate of a PEM bundle (a chain file or a CA file).
pub fn certs_from_pem(input: &[u8]) -> Result<Vec<Certificate>, CertError> {
    let certs = super::key_io::pem_blocks(input)
        .into_iter()
        .map(cert_from_pem_or_der)
        .collect::<Result<Vec<_>, _>>()?;
    if certs.is_empty() {
        return Err(CertError::Malformed("no PEM CERTIFICATE block".into()));
    }
    Ok(certs)
}
