//! The numbers inside an RSA key (n, e, d, p, q, dP, dQ, qInv) for the page to show.

use num_bigint::BigUint;
use rsa::pkcs1::{EncodeRsaPrivateKey, RsaPrivateKeyRef};
use rsa::traits::PublicKeyParts;
use rsa::{PrivateKey as RsaPrivateKey, PublicKey as RsaPublicKey};

use super::KeyError;

/// One number of the key, big-endian without leading zeros.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyPart {
    /// The name RFC 8017 A.1.2 gives it (`modulus`, `publicExponent`, ...).
    pub name: &'static str,
    /// The short symbol (`n`, `e`, `d`, `p`, `q`, `dP`, `dQ`, `qInv`).
    pub symbol: &'static str,
    /// The value, big-endian.
    pub bytes: Vec<u8>,
}

impl KeyPart {
    /// Lowercase hex, as `openssl rsa -text` prints it (without the colons).
    pub fn hex(&self) -> String {
        crate::hex::encode(&self.bytes)
    }

    /// Decimal.
    pub fn decimal(&self) -> String {
        BigUint::from_bytes_be(&self.bytes).to_string()
    }

    /// Size in bits.
    pub fn bits(&self) -> u64 {
        BigUint::from_bytes_be(&self.bytes).bits()
    }
}

/// The eight numbers of the key in PKCS#1 order: n, e, d, p, q, dP, dQ, qInv.
pub fn key_parts(key: &RsaPrivateKey) -> Result<Vec<KeyPart>, KeyError> {
    let der = key
        .to_pkcs1_der()
        .map_err(|e| KeyError::Encoding(e.to_string()))?;
    let k = <RsaPrivateKeyRef<'_> as der::Decode>::from_der(der.as_bytes())
        .map_err(|e| KeyError::Encoding(e.to_string()))?;
    let part = |name, symbol, v: der::asn1::UintRef<'_>| KeyPart {
        name,
        symbol,
        bytes: v.as_bytes().to_vec(),
    };
    Ok(vec![
        part("modulus", "n", k.modulus),
        part("publicExponent", "e", k.public_exponent),
        part("privateExponent", "d", k.private_exponent),
        part("prime1", "p", k.prime1),
        part("prime2", "q", k.prime2),
        part("exponent1", "dP", k.exponent1),
        part("exponent2", "dQ", k.exponent2),
        part("coefficient", "qInv", k.coefficient),
    ])
}

/// The two numbers of a public key (n, e), e.g. of a certificate's key.
pub fn public_key_parts(key: &RsaPublicKey) -> Vec<KeyPart> {
    let trim = |b: Box<[u8]>| {
        b.iter()
            .copied()
            .skip_while(|x| *x == 0)
            .collect::<Vec<u8>>()
    };
    vec![
        KeyPart {
            name: "modulus",
            symbol: "n",
            bytes: trim(key.n().to_be_bytes()),
        },
        KeyPart {
            name: "publicExponent",
            symbol: "e",
            bytes: trim(key.e().to_be_bytes()),
        },
    ]
}
