//! PEM in: certificates and RSA private keys as the CLI and tests read them
//! (the `pki` module makes and renders them; this is only the loading seam).

use der::Encode;
use rsa::pkcs1::DecodeRsaPrivateKey;
use rsa::pkcs8::DecodePrivateKey;
use x509_cert::Certificate;

/// Every `CERTIFICATE` block of a PEM text, as DER.
pub fn certs_from_pem(text: &str) -> Result<Vec<Vec<u8>>, String> {
    let certs = Certificate::load_pem_chain(text.as_bytes())
        .map_err(|e| format!("bad certificate PEM: {e}"))?;
    certs
        .iter()
        .map(|c| c.to_der().map_err(|e| e.to_string()))
        .collect()
}

/// An RSA private key from PKCS#8 (`PRIVATE KEY`) or PKCS#1 (`RSA PRIVATE KEY`) PEM.
pub fn private_key_from_pem(text: &str) -> Result<rsa::PrivateKey, String> {
    rsa::PrivateKey::from_pkcs8_pem(text)
        .or_else(|_| rsa::PrivateKey::from_pkcs1_pem(text))
        .map_err(|e| format!("bad RSA private key PEM: {e}"))
}
