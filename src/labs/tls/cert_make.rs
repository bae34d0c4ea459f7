//! The Certificates panel's job: a fresh CA and a server certificate for the host the
//! learner typed (keys made on the spot), each as DER, PEM, field tree and
//! `openssl x509 -text`, verified at the time of making, with the gallery of bad
//! certificates made from the same CA.

use rand_core::CryptoRng;
use serde::{Deserialize, Serialize};

use super::cert_check::{check, CertCheck, CheckRequest};
use super::cert_gallery::{make_gallery, GalleryEntry, GalleryKeys};
use super::cert_tree::FieldNode;
use crate::tls::pki::{
    self, certificate_fields, generate_rsa_key, make_ca, make_server_cert, render_text, CaParams,
    CertError, Certificate, RsaPrivateKey, ServerCertParams,
};

/// The size of every key the panel makes (what a server certificate uses today).
pub const CERT_KEY_BITS: usize = 2048;
/// How long the server certificate is valid (as Let's Encrypt's).
pub const SERVER_DAYS: u64 = 90;
/// The learner's root CA.
pub const CA_NAME: &str = "wirelab Root CA";
/// The longest DNS name (RFC 1035 2.3.4, as text).
pub const MAX_HOST: usize = 253;

/// Make a CA and a certificate for `host` at `now` (UNIX seconds).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertRequest {
    pub host: String,
    pub now: u64,
}

/// One certificate as the page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertView {
    pub der: Vec<u8>,
    pub pem: String,
    /// `openssl x509 -text -noout`.
    pub text: String,
    pub fields: FieldNode,
    pub not_before: u64,
    pub not_after: u64,
}

/// Everything the panel draws after "make".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertSet {
    pub host: String,
    pub now: u64,
    pub ca: CertView,
    pub server: CertView,
    /// The server certificate verified at `now` for `host`.
    pub check: CertCheck,
    pub gallery: Vec<GalleryEntry>,
}

/// Why nothing was made (a key for the page's words).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MakeProblem {
    EmptyHost,
    /// Longer than [`MAX_HOST`].
    TooLong,
    /// A character a DNS name cannot hold (IDNs are written as `xn--`).
    BadChar(char),
    /// The engine's own words (verbatim).
    Failed(String),
}

impl From<CertError> for MakeProblem {
    fn from(e: CertError) -> Self {
        MakeProblem::Failed(e.to_string())
    }
}

/// A host name a certificate can carry: letters, digits, `-`, `.` and a wildcard
/// `*`, or an IP address (digits, `.`, `:`), at most [`MAX_HOST`] characters. (No
/// address parser here: the page runs this check on every keystroke, and its wasm
/// budget is tight; the certificate's builder parses addresses in the worker.)
pub fn check_host(host: &str) -> Result<(), MakeProblem> {
    if host.is_empty() {
        return Err(MakeProblem::EmptyHost);
    }
    if host.len() > MAX_HOST {
        return Err(MakeProblem::TooLong);
    }
    match host
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '*' | ':')))
    {
        Some(c) => Err(MakeProblem::BadChar(c)),
        None => Ok(()),
    }
}

fn view(cert: &Certificate) -> Result<CertView, CertError> {
    let der = pki::cert_to_der(cert)?;
    let (_, fields) = certificate_fields(&der)?;
    let validity = cert.tbs_certificate().validity();
    Ok(CertView {
        pem: pki::cert_to_pem(cert)?,
        text: render_text(cert),
        fields: FieldNode::from(&fields),
        not_before: validity.not_before.to_unix_duration().as_secs(),
        not_after: validity.not_after.to_unix_duration().as_secs(),
        der,
    })
}

/// The panel's keys: the CA's, the server's and Mallory's.
pub struct CertKeys {
    pub ca: RsaPrivateKey,
    pub server: RsaPrivateKey,
    pub mallory: RsaPrivateKey,
}

/// Makes the set from given keys (the tests use fixed ones).
pub fn make_with_keys<R: CryptoRng + ?Sized>(
    req: &CertRequest,
    keys: &CertKeys,
    rng: &mut R,
) -> Result<CertSet, MakeProblem> {
    let host = req.host.trim();
    check_host(host)?;
    let now = req.now;
    let ca = make_ca(&CaParams::new(CA_NAME, now), &keys.ca, rng)?;
    let params = ServerCertParams {
        common_name: host.to_string(),
        dns_names: vec![host.to_string()],
        not_before: now.saturating_sub(3600),
        not_after: now.saturating_add(SERVER_DAYS * 86_400),
    };
    let server = make_server_cert(&ca, &keys.ca, keys.server.as_public_key(), &params, rng)?;
    let (ca, server) = (view(&ca)?, view(&server)?);
    let check = check(&CheckRequest {
        chain: vec![server.der.clone()],
        anchors: vec![ca.der.clone()],
        now,
        host: host.to_string(),
    });
    let ca_cert = pki::cert_from_pem_or_der(&ca.der)?;
    let gallery = make_gallery(
        &GalleryKeys {
            ca: &ca_cert,
            ca_key: &keys.ca,
            server_key: &keys.server,
            mallory_key: &keys.mallory,
        },
        host,
        now,
        rng,
    )?;
    Ok(CertSet {
        host: host.to_string(),
        now,
        ca,
        server,
        check,
        gallery,
    })
}

/// Makes the set with three fresh keys.
pub fn make_cert_set<R: CryptoRng + ?Sized>(
    req: &CertRequest,
    rng: &mut R,
) -> Result<CertSet, MakeProblem> {
    check_host(req.host.trim())?;
    let mut key = || generate_rsa_key(&mut *rng, CERT_KEY_BITS, |_| {});
    let failed = |e: pki::KeyError| MakeProblem::Failed(e.to_string());
    let keys = CertKeys {
        ca: key().map_err(failed)?,
        server: key().map_err(failed)?,
        mallory: key().map_err(failed)?,
    };
    make_with_keys(req, &keys, rng)
}
