//! Server certificate verification seam: a trait the client calls with the chain, the
//! host name and the time. `X509Verifier` plugs in the `pki` module's `verify_chain`.

use der::{Decode, Encode};
use rsa::pkcs8::DecodePublicKey;
use x509_cert::Certificate;

use super::pki::{verify_chain, CertError};

/// Verifies a server's certificate chain (leaf first, DER) for `hostname` at `now`
/// (unix seconds).
pub trait ServerCertVerifier {
    /// `Ok` when the chain is trusted for `hostname` at `now`.
    fn verify_server_cert(
        &self,
        chain: &[Vec<u8>],
        hostname: &str,
        now: u64,
    ) -> Result<(), CertError>;
}

/// Trusts chains that end at one of `roots` (DER root certificates), via `pki::verify_chain`.
#[derive(Clone, Debug, Default)]
pub struct X509Verifier {
    /// Trust anchors (root certificates).
    pub roots: Vec<Vec<u8>>,
}

/// Chains longer than this are rejected before any parsing (hostile input stays cheap).
const MAX_CHAIN: usize = 8;

fn parse(der: &[u8]) -> Result<Certificate, CertError> {
    Certificate::from_der(der).map_err(|e| CertError::Malformed(e.to_string()))
}

/// The RSA public key of a DER certificate.
pub fn rsa_public_key(der: &[u8]) -> Result<rsa::PublicKey, CertError> {
    let cert = parse(der)?;
    let spki = cert
        .tbs_certificate()
        .subject_public_key_info()
        .to_der()
        .map_err(|e| CertError::Malformed(e.to_string()))?;
    rsa::PublicKey::from_public_key_der(&spki)
        .map_err(|_| CertError::UnsupportedAlgorithm("server key is not RSA".into()))
}

impl ServerCertVerifier for X509Verifier {
    fn verify_server_cert(
        &self,
        chain: &[Vec<u8>],
        hostname: &str,
        now: u64,
    ) -> Result<(), CertError> {
        if chain.len() > MAX_CHAIN {
            return Err(CertError::Malformed(format!(
                "chain of {} certificates",
                chain.len()
            )));
        }
        let certs = chain
            .iter()
            .map(|c| parse(c))
            .collect::<Result<Vec<_>, _>>()?;
        let roots = self
            .roots
            .iter()
            .filter_map(|c| parse(c).ok())
            .collect::<Vec<_>>();
        verify_chain(&certs, &roots, now, Some(hostname)).map(|_| ())
    }
}
