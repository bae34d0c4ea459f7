//! The errors of the certificate area ([`CertError`]) and the TLS alert each causes.

use core::fmt;

/// Why a certificate could not be made, read or trusted. The page words each variant
/// from its fields (names, times, hostnames are data); `Display` is the CLI's English.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CertError {
    /// The input is not a certificate in PEM or DER (or a field cannot be decoded).
    Malformed(String),
    /// The chain to verify is empty.
    EmptyChain,
    /// A signature in the chain does not verify with its issuer's public key.
    BadSignature {
        /// The subject of the certificate whose signature failed.
        subject: String,
    },
    /// `now` is after the certificate's Not After.
    Expired {
        /// The subject of the expired certificate.
        subject: String,
        /// Its Not After, UNIX seconds.
        not_after: u64,
        /// The verification time, UNIX seconds.
        now: u64,
    },
    /// `now` is before the certificate's Not Before.
    NotYetValid {
        /// The subject of the certificate.
        subject: String,
        /// Its Not Before, UNIX seconds.
        not_before: u64,
        /// The verification time, UNIX seconds.
        now: u64,
    },
    /// No trust anchor (and no certificate in the chain) issued this certificate.
    UnknownIssuer {
        /// The issuer name nobody trusted matches.
        issuer: String,
    },
    /// The leaf certificate is not for the hostname the client asked for.
    HostnameMismatch {
        /// The name the client wanted.
        hostname: String,
        /// The names the certificate is valid for (SAN DNS names, or the CN).
        names: Vec<String>,
    },
    /// A certificate signed another one but is not a CA (basicConstraints CA:FALSE or
    /// absent, or keyUsage without keyCertSign).
    NotACa {
        /// The subject of the certificate used as a CA.
        subject: String,
    },
    /// A signature algorithm the lab does not verify.
    UnsupportedAlgorithm(String),
    /// Making a certificate failed (bad name, time out of range...).
    Making(String),
}

impl CertError {
    /// The TLS alert description (RFC 5246 7.2) this failure causes, as OpenSSL maps
    /// its verification errors (`x509table` in ssl/statem/statem_lib.c): the code and its name.
    pub fn alert(&self) -> (u8, &'static str) {
        match self {
            CertError::Expired { .. } => (45, "certificate_expired"),
            // OpenSSL's x509table maps X509_V_ERR_INVALID_CA to unknown_ca too.
            CertError::UnknownIssuer { .. } | CertError::NotACa { .. } => (48, "unknown_ca"),
            CertError::BadSignature { .. } => (51, "decrypt_error"),
            CertError::UnsupportedAlgorithm(_) => (43, "unsupported_certificate"),
            CertError::Malformed(_)
            | CertError::EmptyChain
            | CertError::NotYetValid { .. }
            | CertError::HostnameMismatch { .. }
            | CertError::Making(_) => (42, "bad_certificate"),
        }
    }
}

impl fmt::Display for CertError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CertError::Malformed(why) => write!(f, "malformed certificate: {why}"),
            CertError::EmptyChain => write!(f, "no certificate to verify"),
            CertError::BadSignature { subject } => write!(
                f,
                "bad certificate signature: the signature on \"{subject}\" does not verify with its issuer's public key"
            ),
            CertError::Expired { subject, not_after, now } => write!(
                f,
                "certificate expired: \"{subject}\" was valid until {} (now is {})",
                super::text::unix_to_rfc3339(*not_after),
                super::text::unix_to_rfc3339(*now)
            ),
            CertError::NotYetValid { subject, not_before, now } => write!(
                f,
                "certificate not yet valid: \"{subject}\" is valid from {} (now is {})",
                super::text::unix_to_rfc3339(*not_before),
                super::text::unix_to_rfc3339(*now)
            ),
            CertError::UnknownIssuer { issuer } => write!(
                f,
                "unknown CA: no trusted certificate for issuer \"{issuer}\""
            ),
            CertError::HostnameMismatch { hostname, names } => write!(
                f,
                "hostname mismatch: the certificate is for {} but the client asked for \"{hostname}\"",
                if names.is_empty() { "no name".to_string() } else { names.join(", ") }
            ),
            CertError::NotACa { subject } => write!(
                f,
                "not a CA: \"{subject}\" signed a certificate but is not a certificate authority"
            ),
            CertError::UnsupportedAlgorithm(oid) => {
                write!(f, "unsupported signature algorithm {oid}")
            }
            CertError::Making(why) => write!(f, "cannot make the certificate: {why}"),
        }
    }
}

impl std::error::Error for CertError {}
