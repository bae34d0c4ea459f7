//! PEM in: certificates and RSA private keys as the CLI and tests read them, in the
//! shapes the handshake takes (DER certificates, an RSA key). The parsing is `pki`'s
//! (`certs_from_pem`, `private_key_from_pem_or_der`); this is only the seam.

use der::Encode;

use super::pki;

/// Every `CERTIFICATE` block of a PEM text, as DER.
pub fn certs_from_pem(text: &str) -> Result<Vec<Vec<u8>>, String> {
    let certs =
        pki::certs_from_pem(text.as_bytes()).map_err(|e| format!("bad certificate PEM: {e}"))?;
    certs
        .iter()
        .map(|c| c.to_der().map_err(|e| e.to_string()))
        .collect()
}

/// An RSA private key from PKCS#8 (`PRIVATE KEY`) or PKCS#1 (`RSA PRIVATE KEY`) PEM.
pub fn private_key_from_pem(text: &str) -> Result<rsa::PrivateKey, String> {
    pki::private_key_from_pem_or_der(text.as_bytes())
        .map_err(|e| format!("bad RSA private key PEM: {e}"))
}
