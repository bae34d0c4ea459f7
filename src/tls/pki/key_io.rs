//! RSA keys in and out: PEM and DER, PKCS#8 and PKCS#1 private keys, SPKI public keys.

use der::pem::LineEnding;
use rsa::pkcs1::{DecodeRsaPrivateKey, DecodeRsaPublicKey, EncodeRsaPrivateKey};
use rsa::pkcs8::{DecodePrivateKey, DecodePublicKey, EncodePrivateKey, EncodePublicKey};
use rsa::{PrivateKey as RsaPrivateKey, PublicKey as RsaPublicKey};

use super::KeyError;

/// The container a private key is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrivateKeyFormat {
    /// PKCS#8 `PrivateKeyInfo` (PEM label `PRIVATE KEY`), what `openssl genpkey` writes.
    Pkcs8,
    /// PKCS#1 `RSAPrivateKey` (PEM label `RSA PRIVATE KEY`), the older OpenSSL form.
    Pkcs1,
}

/// Reads a private key from PEM (`PRIVATE KEY` or `RSA PRIVATE KEY`) or DER (PKCS#8
/// or PKCS#1).
pub fn private_key_from_pem_or_der(input: &[u8]) -> Result<RsaPrivateKey, KeyError> {
    if let Some((label, der)) = pem_block(input)? {
        return match label.as_str() {
            "PRIVATE KEY" => private_key_from_pkcs8_der(&der),
            "RSA PRIVATE KEY" => private_key_from_pkcs1_der(&der),
            _ => Err(KeyError::UnexpectedPemLabel(label)),
        };
    }
    private_key_from_pkcs8_der(input)
        .or_else(|pkcs8| private_key_from_pkcs1_der(input).map_err(|_| pkcs8))
}

/// Reads a public key from PEM (`PUBLIC KEY` or `RSA PUBLIC KEY`) or DER (SPKI or PKCS#1).
pub fn public_key_from_pem_or_der(input: &[u8]) -> Result<RsaPublicKey, KeyError> {
    if let Some((label, der)) = pem_block(input)? {
        return match label.as_str() {
            "PUBLIC KEY" => public_key_from_spki_der(&der),
            "RSA PUBLIC KEY" => RsaPublicKey::from_pkcs1_der(&der).map_err(not_a_key),
            _ => Err(KeyError::UnexpectedPemLabel(label)),
        };
    }
    public_key_from_spki_der(input)
        .or_else(|spki| RsaPublicKey::from_pkcs1_der(input).map_err(|_| spki))
}

fn private_key_from_pkcs8_der(der: &[u8]) -> Result<RsaPrivateKey, KeyError> {
    RsaPrivateKey::from_pkcs8_der(der).map_err(|e| match e {
        rsa::pkcs8::Error::PublicKey(spki::Error::OidUnknown { .. }) => KeyError::NotRsa,
        other => KeyError::NotAKey(other.to_string()),
    })
}

fn private_key_from_pkcs1_der(der: &[u8]) -> Result<RsaPrivateKey, KeyError> {
    RsaPrivateKey::from_pkcs1_der(der).map_err(not_a_key)
}

fn public_key_from_spki_der(der: &[u8]) -> Result<RsaPublicKey, KeyError> {
    RsaPublicKey::from_public_key_der(der).map_err(|e| match e {
        spki::Error::OidUnknown { .. } => KeyError::NotRsa,
        other => KeyError::NotAKey(other.to_string()),
    })
}

fn not_a_key(e: impl ToString) -> KeyError {
    KeyError::NotAKey(e.to_string())
}

/// The first PEM block of `input` when it looks like PEM text, else None (then the
/// input is taken as DER).
pub(crate) fn pem_block(input: &[u8]) -> Result<Option<(String, Vec<u8>)>, KeyError> {
    let text = trim_to_pem(input);
    let Some(text) = text else {
        return Ok(None);
    };
    der::pem::decode_vec(text)
        .map(|(label, der)| Some((label.to_string(), der)))
        .map_err(|e| KeyError::NotAKey(format!("bad PEM: {e}")))
}

/// The bytes from the first `-----BEGIN ` to the end of its `-----END ...-----` line,
/// so text around a PEM block (as `openssl` prints) is ignored.
pub(crate) fn trim_to_pem(input: &[u8]) -> Option<&[u8]> {
    let begin = find(input, b"-----BEGIN ")?;
    let rest = input.get(begin..)?;
    let end = find(rest, b"-----END ")?;
    let after_end = rest.get(end + 9..)?;
    let close = find(after_end, b"-----")?;
    rest.get(..end + 9 + close + 5)
}

/// Every PEM block of `input`, in order.
pub(crate) fn pem_blocks(input: &[u8]) -> Vec<&[u8]> {
    let mut blocks = Vec::new();
    let mut rest = input;
    while let Some(begin) = find(rest, b"-----BEGIN ") {
        let Some(block) = rest.get(begin..).and_then(trim_to_pem) else {
            break;
        };
        blocks.push(block);
        rest = rest.get(begin + block.len()..).unwrap_or_default();
    }
    blocks
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The private key as PEM text in the given format (LF line endings).
pub fn private_key_to_pem(
    key: &RsaPrivateKey,
    format: PrivateKeyFormat,
) -> Result<String, KeyError> {
    let pem = match format {
        PrivateKeyFormat::Pkcs8 => key.to_pkcs8_pem(LineEnding::LF).map_err(encoding)?,
        PrivateKeyFormat::Pkcs1 => key.to_pkcs1_pem(LineEnding::LF).map_err(encoding)?,
    };
    Ok(pem.to_string())
}

/// The private key as DER in the given format.
pub fn private_key_to_der(
    key: &RsaPrivateKey,
    format: PrivateKeyFormat,
) -> Result<Vec<u8>, KeyError> {
    let der = match format {
        PrivateKeyFormat::Pkcs8 => key.to_pkcs8_der().map_err(encoding)?,
        PrivateKeyFormat::Pkcs1 => key.to_pkcs1_der().map_err(encoding)?,
    };
    Ok(der.as_bytes().to_vec())
}

/// The public key as SPKI PEM (`PUBLIC KEY`, what `openssl pkey -pubout` writes).
pub fn public_key_to_pem(key: &RsaPublicKey) -> Result<String, KeyError> {
    key.to_public_key_pem(LineEnding::LF).map_err(encoding)
}

/// The public key as SPKI DER.
pub fn public_key_to_der(key: &RsaPublicKey) -> Result<Vec<u8>, KeyError> {
    Ok(key.to_public_key_der().map_err(encoding)?.into_vec())
}

fn encoding(e: impl ToString) -> KeyError {
    KeyError::Encoding(e.to_string())
}
