//! Making certificates: a self-signed root CA and a server certificate it signs
//! (RFC 5280 profile, sha256WithRSAEncryption). Validity is always given explicitly:
//! `x509_cert::time::Validity::from_now` reads a clock and panics in wasm.

use core::str::FromStr;
use core::time::Duration;

use der::asn1::{Ia5String, OctetString};
use der::{Encode, EncodePem};
use rand_core::CryptoRng;
use rsa::pkcs1v15::SigningKey;
use rsa::{PrivateKey as RsaPrivateKey, PublicKey as RsaPublicKey};
use sha1::{Digest, Sha1};
use sha2::Sha256;
use spki::{SubjectPublicKeyInfoOwned, SubjectPublicKeyInfoRef};
use x509_cert::builder::profile::BuilderProfile;
use x509_cert::builder::{Builder, CertificateBuilder};
use x509_cert::certificate::{Certificate, TbsCertificate};
use x509_cert::ext::pkix::name::GeneralName;
use x509_cert::ext::pkix::{
    AuthorityKeyIdentifier, BasicConstraints, ExtendedKeyUsage, KeyUsage, KeyUsages,
    SubjectAltName, SubjectKeyIdentifier,
};
use x509_cert::ext::Extension;
use x509_cert::name::Name;
use x509_cert::serial_number::SerialNumber;
use x509_cert::time::{Time, Validity};

use super::CertError;

/// id-kp-serverAuth (RFC 5280 4.2.1.12).
const ID_KP_SERVER_AUTH: der::oid::ObjectIdentifier =
    der::oid::ObjectIdentifier::new_unwrap("1.3.6.1.5.5.7.3.1");

/// What goes into the root CA certificate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaParams {
    /// The subject (and issuer) common name, e.g. `wirelab Root CA`.
    pub common_name: String,
    /// Not Before, UNIX seconds.
    pub not_before: u64,
    /// Not After, UNIX seconds.
    pub not_after: u64,
}

impl CaParams {
    /// A CA valid from one hour before `now` for ten years.
    pub fn new(common_name: &str, now: u64) -> Self {
        CaParams {
            common_name: common_name.to_string(),
            not_before: now.saturating_sub(3600),
            not_after: now.saturating_add(10 * 365 * 86400),
        }
    }
}

/// What goes into the server certificate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServerCertParams {
    /// The subject common name (also the first SAN DNS name when `dns_names` is empty).
    pub common_name: String,
    /// subjectAltName names: what hostname verification really looks at. Entries that
    /// parse as IP addresses become iPAddress entries, the others dNSName.
    pub dns_names: Vec<String>,
    /// Not Before, UNIX seconds.
    pub not_before: u64,
    /// Not After, UNIX seconds.
    pub not_after: u64,
}

/// What kind of certificate a [`LabProfile`] makes.
enum Kind {
    Ca,
    Server {
        dns_names: Vec<String>,
        authority_key_id: Vec<u8>,
    },
}

/// Our builder profile: subject, issuer and exactly the extensions the lab explains.
struct LabProfile {
    subject: Name,
    issuer: Name,
    kind: Kind,
}

impl BuilderProfile for LabProfile {
    fn get_issuer(&self, _subject: &Name) -> Name {
        self.issuer.clone()
    }

    fn get_subject(&self) -> Name {
        self.subject.clone()
    }

    fn build_extensions(
        &self,
        spk: SubjectPublicKeyInfoRef<'_>,
        _issuer_spk: SubjectPublicKeyInfoRef<'_>,
        _tbs: &TbsCertificate,
    ) -> x509_cert::builder::Result<Vec<Extension>> {
        let ski = key_identifier(spk.subject_public_key.raw_bytes());
        let mut exts = Vec::new();
        match &self.kind {
            Kind::Ca => {
                let bc = BasicConstraints {
                    ca: true,
                    path_len_constraint: None,
                };
                exts.push(extension(&bc, true)?);
                let ku = KeyUsage(KeyUsages::KeyCertSign | KeyUsages::CRLSign);
                exts.push(extension(&ku, true)?);
                exts.push(extension(
                    &SubjectKeyIdentifier(OctetString::new(ski)?),
                    false,
                )?);
            }
            Kind::Server {
                dns_names,
                authority_key_id,
            } => {
                let bc = BasicConstraints {
                    ca: false,
                    path_len_constraint: None,
                };
                exts.push(extension(&bc, true)?);
                let ku = KeyUsage(KeyUsages::DigitalSignature | KeyUsages::KeyEncipherment);
                exts.push(extension(&ku, true)?);
                exts.push(extension(
                    &ExtendedKeyUsage(vec![ID_KP_SERVER_AUTH]),
                    false,
                )?);
                exts.push(extension(
                    &SubjectKeyIdentifier(OctetString::new(ski)?),
                    false,
                )?);
                let aki = AuthorityKeyIdentifier {
                    key_identifier: Some(OctetString::new(authority_key_id.clone())?),
                    authority_cert_issuer: None,
                    authority_cert_serial_number: None,
                };
                exts.push(extension(&aki, false)?);
                // A name that is an IP address becomes an iPAddress entry (RFC 5280
                // 4.2.1.6), so clients that connect to 127.0.0.1 can check it.
                let names = dns_names
                    .iter()
                    .map(|n| match n.parse::<std::net::IpAddr>() {
                        Ok(std::net::IpAddr::V4(ip)) => {
                            OctetString::new(ip.octets().to_vec()).map(GeneralName::IpAddress)
                        }
                        Ok(std::net::IpAddr::V6(ip)) => {
                            OctetString::new(ip.octets().to_vec()).map(GeneralName::IpAddress)
                        }
                        Err(_) => Ia5String::new(n).map(GeneralName::DnsName),
                    })
                    .collect::<der::Result<Vec<_>>>()?;
                exts.push(extension(&SubjectAltName(names), false)?);
            }
        }
        Ok(exts)
    }
}

fn extension<T: Encode + der::oid::AssociatedOid>(
    value: &T,
    critical: bool,
) -> der::Result<Extension> {
    Ok(Extension {
        extn_id: T::OID,
        critical,
        extn_value: OctetString::new(value.to_der()?)?,
    })
}

/// The key identifier of RFC 5280 4.2.1.2 method (1): SHA-1 of the subjectPublicKey
/// bits (what OpenSSL writes too).
pub fn key_identifier(subject_public_key: &[u8]) -> Vec<u8> {
    Sha1::digest(subject_public_key).to_vec()
}

/// Makes a self-signed root CA: basicConstraints CA:TRUE (critical), keyUsage
/// keyCertSign + cRLSign (critical), subjectKeyIdentifier; serial from `rng`.
pub fn make_ca<R: CryptoRng + ?Sized>(
    params: &CaParams,
    key: &RsaPrivateKey,
    rng: &mut R,
) -> Result<Certificate, CertError> {
    let subject = name_with_cn(&params.common_name)?;
    let profile = LabProfile {
        issuer: subject.clone(),
        subject,
        kind: Kind::Ca,
    };
    build(
        profile,
        key,
        key.as_public_key(),
        params.not_before,
        params.not_after,
        rng,
    )
}

/// Makes a server certificate for `server_pubkey`, signed by `ca`'s key: subject CN,
/// SAN DNS names, keyUsage digitalSignature + keyEncipherment, extendedKeyUsage
/// serverAuth, authorityKeyIdentifier = the CA's subjectKeyIdentifier.
pub fn make_server_cert<R: CryptoRng + ?Sized>(
    ca: &Certificate,
    ca_key: &RsaPrivateKey,
    server_pubkey: &RsaPublicKey,
    params: &ServerCertParams,
    rng: &mut R,
) -> Result<Certificate, CertError> {
    let tbs = ca.tbs_certificate();
    let authority_key_id = match tbs.get_extension::<SubjectKeyIdentifier>() {
        Ok(Some((_, ski))) => ski.0.as_bytes().to_vec(),
        _ => key_identifier(tbs.subject_public_key_info().subject_public_key.raw_bytes()),
    };
    let dns_names = if params.dns_names.is_empty() {
        vec![params.common_name.clone()]
    } else {
        params.dns_names.clone()
    };
    let profile = LabProfile {
        subject: name_with_cn(&params.common_name)?,
        issuer: tbs.subject().clone(),
        kind: Kind::Server {
            dns_names,
            authority_key_id,
        },
    };
    build(
        profile,
        ca_key,
        server_pubkey,
        params.not_before,
        params.not_after,
        rng,
    )
}

fn build<R: CryptoRng + ?Sized>(
    profile: LabProfile,
    signer_key: &RsaPrivateKey,
    subject_key: &RsaPublicKey,
    not_before: u64,
    not_after: u64,
    rng: &mut R,
) -> Result<Certificate, CertError> {
    let validity = Validity::new(time(not_before)?, time(not_after)?);
    let spki = SubjectPublicKeyInfoOwned::from_key(subject_key).map_err(making)?;
    let builder =
        CertificateBuilder::new(profile, random_serial(rng)?, validity, spki).map_err(making)?;
    let signer = SigningKey::<Sha256>::new(signer_key.clone());
    builder
        .build::<_, rsa::pkcs1v15::Signature>(&signer)
        .map_err(making)
}

/// A positive 16-byte serial (RFC 5280 4.1.2.2: at most 20 octets, positive).
fn random_serial<R: CryptoRng + ?Sized>(rng: &mut R) -> Result<SerialNumber, CertError> {
    let mut bytes = [0u8; 16];
    rng.fill_bytes(&mut bytes);
    bytes[0] = (bytes[0] & 0x7f) | 0x01;
    SerialNumber::new(&bytes).map_err(making)
}

/// UNIX seconds as an X.509 Time (UTCTime up to 2049, GeneralizedTime after).
fn time(unix: u64) -> Result<Time, CertError> {
    der::DateTime::from_unix_duration(Duration::from_secs(unix))
        .map(Time::from)
        .map_err(|_| CertError::Making(format!("time {unix} is out of the X.509 range")))
}

/// `CN=<cn>` with RFC 4514 escapes, so a name with commas stays one attribute.
fn name_with_cn(cn: &str) -> Result<Name, CertError> {
    if cn.is_empty() {
        return Err(CertError::Making("the common name is empty".into()));
    }
    let mut escaped = String::from("CN=");
    for (i, c) in cn.chars().enumerate() {
        let special = matches!(c, ',' | '+' | '"' | '\\' | '<' | '>' | ';' | '=')
            || (i == 0 && (c == '#' || c == ' '));
        if special {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    Name::from_str(&escaped).map_err(|e| CertError::Making(format!("bad name {cn:?}: {e}")))
}

fn making(e: impl ToString) -> CertError {
    CertError::Making(e.to_string())
}

/// The certificate as DER.
pub fn cert_to_der(cert: &Certificate) -> Result<Vec<u8>, CertError> {
    cert.to_der().map_err(making)
}

/// The certificate as PEM (`CERTIFICATE`, LF line endings).
pub fn cert_to_pem(cert: &Certificate) -> Result<String, CertError> {
    cert.to_pem(der::pem::LineEnding::LF).map_err(making)
}
