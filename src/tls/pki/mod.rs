//! Keys and certificates for the TLS engine: RSA key generation with a visible prime
//! search, RSA encryption and signatures, PEM/DER, X.509 certificates (make, parse
//! into a field tree, render as `openssl x509 -text`, verify a chain).
//!
//! Time is always a parameter (UNIX seconds) and randomness a `&mut impl CryptoRng`.

mod cert_error;
mod cert_fields;
mod der_tree;
mod error;
mod key_io;
mod keygen;
mod make;
mod parts;
mod rsa_ops;
mod text;
mod verify;

pub use cert_error::CertError;
pub use cert_fields::certificate_fields;
pub use der_tree::{parse_der, Field, Tlv, MAX_DEPTH};
pub use error::KeyError;
pub use key_io::{
    private_key_from_pem_or_der, private_key_to_der, private_key_to_pem,
    public_key_from_pem_or_der, public_key_to_der, public_key_to_pem, PrivateKeyFormat,
};
pub use keygen::{generate_rsa_key, KeyGeneration, KeygenPhase, KeygenProgress, PUBLIC_EXPONENT};
pub use make::{
    cert_to_der, cert_to_pem, key_identifier, make_ca, make_server_cert, CaParams, ServerCertParams,
};
pub use parts::{key_parts, public_key_parts, KeyPart};
pub use rsa::{PrivateKey as RsaPrivateKey, PublicKey as RsaPublicKey};
pub use rsa_ops::{
    oaep_decrypt, oaep_encrypt, pkcs1v15_decrypt, pkcs1v15_encrypt, pkcs1v15_sign, pkcs1v15_verify,
    pss_sign, pss_verify,
};
pub use text::{name_to_string, render_text, unix_to_openssl, unix_to_rfc3339};
pub use verify::{
    cert_from_pem_or_der, cert_public_key, certificate_names, certs_from_pem, dns_name_matches,
    verify_chain, verify_chain_der, verify_signature, VerifiedChain,
};
pub use x509_cert::Certificate;
