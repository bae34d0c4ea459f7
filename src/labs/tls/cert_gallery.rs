//! The gallery of bad certificates, made on the spot from the learner's CA: each has
//! one defect, and each is verified as a client would at the same time for the same
//! host, so the alert it earns is the one OpenSSL's client sends.

use rand_core::CryptoRng;
use serde::{Deserialize, Serialize};

use super::cert_check::{check, CertCheck, CheckRequest};
use crate::tls::pki::{
    self, make_ca, make_server_cert, CaParams, CertError, Certificate, RsaPrivateKey,
    ServerCertParams,
};

const DAY: u64 = 86_400;

/// The one defect of a gallery certificate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Defect {
    /// Not After is a month ago.
    Expired,
    /// Not Before is a month ahead.
    NotYetValid,
    /// Signed by the learner's CA, for another name.
    WrongHost,
    /// For the host, but signed by Mallory's own self-made CA.
    UnknownCa,
    /// Signed by the learner's CA, then Mallory put her public key in its body.
    Tampered,
    /// Mallory's real server certificate (CA:FALSE) used to sign one for the host.
    LeafAsCa,
}

impl Defect {
    /// The name in test ids (`cert-bad-expired`).
    pub fn slug(self) -> &'static str {
        match self {
            Defect::Expired => "expired",
            Defect::NotYetValid => "not-yet-valid",
            Defect::WrongHost => "wrong-host",
            Defect::UnknownCa => "unknown-ca",
            Defect::Tampered => "tampered",
            Defect::LeafAsCa => "leaf-as-ca",
        }
    }
}

/// Every defect, in the order the page shows them.
pub const DEFECTS: [Defect; 6] = [
    Defect::Expired,
    Defect::NotYetValid,
    Defect::WrongHost,
    Defect::UnknownCa,
    Defect::Tampered,
    Defect::LeafAsCa,
];

/// Mallory's site, for which the learner's CA really issued her a certificate.
pub const MALLORY_HOST: &str = "mallory.example";
/// The subject of Mallory's self-made root.
pub const MALLORY_CA: &str = "Mallory CA";

/// One bad certificate: its chain as a server would send it (leaf first, DER) and
/// its verification.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GalleryEntry {
    pub defect: Defect,
    pub chain: Vec<Vec<u8>>,
    /// The leaf as PEM (what `openssl x509` and `openssl verify` read).
    pub pem: String,
    pub check: CertCheck,
}

/// What every gallery certificate is made from.
pub struct GalleryKeys<'a> {
    pub ca: &'a Certificate,
    pub ca_key: &'a RsaPrivateKey,
    /// The honest server's key pair.
    pub server_key: &'a RsaPrivateKey,
    /// Mallory's key pair.
    pub mallory_key: &'a RsaPrivateKey,
}

fn params(host: &str, not_before: u64, not_after: u64) -> ServerCertParams {
    ServerCertParams {
        common_name: host.to_string(),
        dns_names: vec![host.to_string()],
        not_before,
        not_after,
    }
}

/// Makes the certificate with `defect` for `host` at `now`, leaf first.
pub fn make_bad<R: CryptoRng + ?Sized>(
    defect: Defect,
    keys: &GalleryKeys<'_>,
    host: &str,
    now: u64,
    rng: &mut R,
) -> Result<Vec<Certificate>, CertError> {
    let server_pub = keys.server_key.as_public_key();
    let mallory_pub = keys.mallory_key.as_public_key();
    let fine = params(host, now.saturating_sub(3600), now.saturating_add(90 * DAY));
    let by_ca = |p: &ServerCertParams, key: &pki::RsaPublicKey, rng: &mut R| {
        make_server_cert(keys.ca, keys.ca_key, key, p, rng)
    };
    Ok(match defect {
        Defect::Expired => {
            let p = params(
                host,
                now.saturating_sub(120 * DAY),
                now.saturating_sub(30 * DAY),
            );
            vec![by_ca(&p, server_pub, rng)?]
        }
        Defect::NotYetValid => {
            let p = params(
                host,
                now.saturating_add(30 * DAY),
                now.saturating_add(120 * DAY),
            );
            vec![by_ca(&p, server_pub, rng)?]
        }
        Defect::WrongHost => {
            let other = if host.eq_ignore_ascii_case(MALLORY_HOST) {
                "other.example"
            } else {
                MALLORY_HOST
            };
            let p = params(other, fine.not_before, fine.not_after);
            vec![by_ca(&p, server_pub, rng)?]
        }
        Defect::UnknownCa => {
            let root = make_ca(&CaParams::new(MALLORY_CA, now), keys.mallory_key, rng)?;
            vec![make_server_cert(
                &root,
                keys.mallory_key,
                mallory_pub,
                &fine,
                rng,
            )?]
        }
        Defect::Tampered => {
            let honest = by_ca(&fine, server_pub, rng)?;
            vec![swap_public_key(&honest, mallory_pub)?]
        }
        Defect::LeafAsCa => {
            let p = params(MALLORY_HOST, fine.not_before, fine.not_after);
            let mallory = by_ca(&p, mallory_pub, rng)?;
            let forged = make_server_cert(&mallory, keys.mallory_key, mallory_pub, &fine, rng)?;
            vec![forged, mallory]
        }
    })
}

/// `cert` with its subjectPublicKeyInfo replaced by `key`'s, its signature kept.
pub fn swap_public_key(
    cert: &Certificate,
    key: &pki::RsaPublicKey,
) -> Result<Certificate, CertError> {
    let making = |e: &dyn ToString| CertError::Making(e.to_string());
    let der = pki::cert_to_der(cert)?;
    let old = der::Encode::to_der(cert.tbs_certificate().subject_public_key_info())
        .map_err(|e| making(&e))?;
    let new = pki::public_key_to_der(key).map_err(|e| making(&e))?;
    let at = der
        .windows(old.len())
        .position(|w| w == old.as_slice())
        .filter(|_| old.len() == new.len())
        .ok_or_else(|| CertError::Making("subjectPublicKeyInfo".into()))?;
    let (head, tail) = (der.get(..at), der.get(at + old.len()..));
    let tampered = [head.unwrap_or_default(), &new, tail.unwrap_or_default()].concat();
    pki::cert_from_pem_or_der(&tampered)
}

/// Every defect's certificate, verified at `now` for `host` against the CA.
pub fn make_gallery<R: CryptoRng + ?Sized>(
    keys: &GalleryKeys<'_>,
    host: &str,
    now: u64,
    rng: &mut R,
) -> Result<Vec<GalleryEntry>, CertError> {
    let anchors = vec![pki::cert_to_der(keys.ca)?];
    DEFECTS
        .iter()
        .map(|&defect| {
            let certs = make_bad(defect, keys, host, now, rng)?;
            let chain = certs
                .iter()
                .map(pki::cert_to_der)
                .collect::<Result<Vec<_>, _>>()?;
            let pem = certs.first().map(pki::cert_to_pem).transpose()?;
            let check = check(&CheckRequest {
                chain: chain.clone(),
                anchors: anchors.clone(),
                now,
                host: host.to_string(),
            });
            Ok(GalleryEntry {
                defect,
                chain,
                pem: pem.unwrap_or_default(),
                check,
            })
        })
        .collect()
}
