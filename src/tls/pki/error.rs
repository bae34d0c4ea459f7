//! The errors of the key area ([`KeyError`]); certificate errors are in `verify.rs`.

use core::fmt;

/// Why a key operation failed.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyError {
    /// Key generation supports multiples of 16 bits from 1024 to 4096.
    UnsupportedKeySize(usize),
    /// The input is neither PEM nor DER of a known key format.
    NotAKey(String),
    /// A PEM block whose label is not a key we read (e.g. `CERTIFICATE`).
    UnexpectedPemLabel(String),
    /// The DER parsed but is not an RSA key (e.g. an EC key).
    NotRsa,
    /// An error from the RSA primitive (message too long, decryption error...).
    Rsa(String),
    /// A signature did not verify.
    BadSignature,
    /// Encoding the key failed.
    Encoding(String),
}

impl fmt::Display for KeyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeyError::UnsupportedKeySize(bits) => write!(
                f,
                "unsupported RSA key size {bits}: use a multiple of 16 bits from 1024 to 4096"
            ),
            KeyError::NotAKey(why) => write!(f, "not an RSA key in PEM or DER: {why}"),
            KeyError::UnexpectedPemLabel(label) => write!(
                f,
                "PEM block \"{label}\" is not a key (expected PRIVATE KEY, RSA PRIVATE KEY, PUBLIC KEY or RSA PUBLIC KEY)"
            ),
            KeyError::NotRsa => write!(f, "the key is not an RSA key"),
            KeyError::Rsa(why) => write!(f, "RSA: {why}"),
            KeyError::BadSignature => write!(f, "signature verification failed"),
            KeyError::Encoding(why) => write!(f, "cannot encode the key: {why}"),
        }
    }
}

impl std::error::Error for KeyError {}
