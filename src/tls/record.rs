//! The record layer framing (RFC 5246 section 6.2): `TLSPlaintext`/`TLSCiphertext`
//! headers, and a deframer that cuts a byte stream into whole records.

use super::codec::{DecodeError, Field, Reader, Writer};
use super::enums::{version_name, ContentType};

/// Largest fragment a TLS 1.2 record may carry after protection: 2^14 + 2048
/// (RFC 5246 section 6.2.3).
pub const MAX_CIPHERTEXT: usize = 16384 + 2048;

/// Largest plaintext fragment (RFC 5246 section 6.2.1).
pub const MAX_PLAINTEXT: usize = 16384;

/// One record as it crosses the wire.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    /// `type`.
    pub typ: ContentType,
    /// `version`.
    pub version: u16,
    /// `fragment` (protected once keys are in use).
    pub fragment: Vec<u8>,
}

impl Record {
    /// The 5-byte header plus fragment, with the header's field spans.
    pub fn encode(&self) -> (Vec<u8>, Vec<Field>) {
        let mut w = Writer::new();
        w.uint("type", 1, usize::from(self.typ.get()), self.typ.name());
        w.uint(
            "version",
            2,
            usize::from(self.version),
            version_name(self.version),
        );
        w.uint(
            "length",
            2,
            self.fragment.len(),
            self.fragment.len().to_string(),
        );
        w.put(
            "fragment",
            &self.fragment,
            format!("{} bytes", self.fragment.len()),
        );
        (w.buf, w.fields)
    }

    /// Reads a header's fields from `bytes` (for the inspector).
    pub fn fields(bytes: &[u8]) -> Vec<Field> {
        let mut r = Reader::new(bytes);
        let _ = (|| -> Result<(), DecodeError> {
            let t = ContentType::from_wire(r.u8("type")?);
            r.explain_last(t.name());
            let v = r.u16("version")?;
            r.explain_last(version_name(v));
            let n = r.u16("length")?;
            r.take("fragment", usize::from(n), format!("{n} bytes"))?;
            Ok(())
        })();
        r.fields
    }
}

/// Takes one whole record off the front of `buf`, if there is one.
/// A length beyond `MAX_CIPHERTEXT` is an error before any allocation.
pub fn take_record(buf: &mut Vec<u8>) -> Result<Option<(Record, Vec<u8>)>, RecordError> {
    if buf.len() < 5 {
        return Ok(None);
    }
    let len = usize::from(u16::from_be_bytes([buf[3], buf[4]]));
    if len > MAX_CIPHERTEXT {
        return Err(RecordError::Overflow);
    }
    let typ = ContentType::from_wire(buf[0]);
    if let ContentType::Unknown(_) = typ {
        return Err(RecordError::BadType(buf[0]));
    }
    if buf.len() < 5 + len {
        return Ok(None);
    }
    let raw: Vec<u8> = buf.drain(..5 + len).collect();
    let version = u16::from_be_bytes([raw[1], raw[2]]);
    let fragment = raw[5..].to_vec();
    Ok(Some((
        Record {
            typ,
            version,
            fragment,
        },
        raw,
    )))
}

/// A framing failure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordError {
    /// The length field exceeds 2^14 + 2048: record_overflow.
    Overflow,
    /// An unknown content type: unexpected_message.
    BadType(u8),
}
