//! TLS errors: one per failure, each with the alert it sends (RFC 5246 section 7.2.2).

use super::enums::AlertDescription;
use super::pki::CertError;

/// A TLS failure. Once a connection has one, it keeps it (errors stick).
///
/// For the page, the variant is the key (worded in English or Korean by the TLS
/// lab's words, beside [`Error::alert`]), and [`Error::detail`] is the technical
/// detail shown verbatim as code, as OpenSSL's own messages are; `Display` is the
/// CLI's one-line English.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// A message or record did not parse: decode_error.
    Decode(String),
    /// A record failed authentication (MAC, tag or padding): bad_record_mac.
    BadRecordMac,
    /// A message arrived in a state that does not expect it: unexpected_message.
    UnexpectedMessage(String),
    /// No common parameters, or a check of the peer failed: handshake_failure.
    HandshakeFailure(String),
    /// Finished verify_data or a signature did not verify: decrypt_error.
    DecryptError(String),
    /// A parameter had a value it may not have: illegal_parameter.
    IllegalParameter(String),
    /// The peer is not speaking TLS 1.2: protocol_version.
    ProtocolVersion(u16),
    /// A record was longer than RFC 5246 section 6.2 allows: record_overflow.
    RecordOverflow,
    /// The server's certificate was rejected.
    Certificate(CertError),
    /// The peer sent a fatal alert.
    PeerAlert(AlertDescription),
    /// Something in our own key handling failed: internal_error.
    Internal(String),
}

impl Error {
    /// The alert this side sends, or `None` when the peer already ended with an alert.
    pub fn alert(&self) -> Option<AlertDescription> {
        Some(match self {
            Error::Decode(_) => AlertDescription::DecodeError,
            Error::BadRecordMac => AlertDescription::BadRecordMac,
            Error::UnexpectedMessage(_) => AlertDescription::UnexpectedMessage,
            Error::HandshakeFailure(_) => AlertDescription::HandshakeFailure,
            Error::DecryptError(_) => AlertDescription::DecryptError,
            Error::IllegalParameter(_) => AlertDescription::IllegalParameter,
            Error::ProtocolVersion(_) => AlertDescription::ProtocolVersion,
            Error::RecordOverflow => AlertDescription::RecordOverflow,
            Error::Certificate(c) => AlertDescription::from_wire(c.alert().0),
            Error::PeerAlert(_) => return None,
            Error::Internal(_) => AlertDescription::InternalError,
        })
    }

    /// The technical detail a variant carries (what did not parse, which check
    /// failed), if any; a certificate failure's data is in its [`CertError`].
    pub fn detail(&self) -> Option<&str> {
        match self {
            Error::Decode(d)
            | Error::UnexpectedMessage(d)
            | Error::HandshakeFailure(d)
            | Error::DecryptError(d)
            | Error::IllegalParameter(d)
            | Error::Internal(d) => Some(d),
            Error::BadRecordMac
            | Error::ProtocolVersion(_)
            | Error::RecordOverflow
            | Error::Certificate(_)
            | Error::PeerAlert(_) => None,
        }
    }
}

impl core::fmt::Display for Error {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            Error::Decode(e) => write!(f, "decode_error: {e}"),
            Error::BadRecordMac => f.write_str("bad_record_mac: record authentication failed"),
            Error::UnexpectedMessage(e) => write!(f, "unexpected_message: {e}"),
            Error::HandshakeFailure(e) => write!(f, "handshake_failure: {e}"),
            Error::DecryptError(e) => write!(f, "decrypt_error: {e}"),
            Error::IllegalParameter(e) => write!(f, "illegal_parameter: {e}"),
            Error::ProtocolVersion(v) => write!(f, "protocol_version: peer offered {v:#06x}"),
            Error::RecordOverflow => f.write_str("record_overflow"),
            Error::Certificate(c) => write!(f, "{}: {c}", c.alert().1),
            Error::PeerAlert(a) => write!(f, "received fatal alert: {}", a.name()),
            Error::Internal(e) => write!(f, "internal_error: {e}"),
        }
    }
}

impl From<super::codec::DecodeError> for Error {
    fn from(e: super::codec::DecodeError) -> Self {
        Error::Decode(e.0)
    }
}

#[cfg(test)]
mod tests {
    use super::Error;

    #[test]
    fn the_variant_is_the_key_and_the_detail_is_data() {
        let e = Error::Decode("session_id longer than 32 bytes".into());
        assert_eq!(e.detail(), Some("session_id longer than 32 bytes"));
        assert_eq!(
            e.to_string(),
            "decode_error: session_id longer than 32 bytes"
        );
        assert_eq!(Error::BadRecordMac.detail(), None);
        assert_eq!(Error::ProtocolVersion(0x0301).detail(), None);
    }
}
