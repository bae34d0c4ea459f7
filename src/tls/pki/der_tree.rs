//! A DER walker that keeps byte spans (X.690): every TLV becomes a [`Field`] the hex
//! view can highlight. It never trusts a length: each one is checked against the
//! bytes that are really there, and nesting is bounded.

use core::ops::Range;

use super::CertError;

/// Deeper nesting than this is refused (a certificate needs about 10).
pub const MAX_DEPTH: usize = 32;

/// One annotated span of the encoding: what the page's hex view and inspector show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    /// What the bytes are, e.g. `tbsCertificate` or `subjectPublicKey`.
    pub label: String,
    /// The bytes of the whole TLV (tag, length and value) in the input.
    pub range: Range<usize>,
    /// What the value means, e.g. `2.5.4.3 (commonName)` or `CA:TRUE`.
    pub meaning: String,
    /// The TLVs inside a constructed value (or inside an extension's OCTET STRING).
    pub children: Vec<Field>,
}

/// One decoded TLV.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tlv {
    /// The identifier octet (the lab reads low tag numbers only, as X.509 uses).
    pub tag: u8,
    /// The whole TLV.
    pub range: Range<usize>,
    /// The value octets.
    pub value: Range<usize>,
    /// The TLVs inside, for a constructed tag.
    pub children: Vec<Tlv>,
}

/// Parses exactly one TLV spanning all of `data`.
pub fn parse_der(data: &[u8]) -> Result<Tlv, CertError> {
    let tlv = parse_tlv(data, 0, data.len(), 0)?;
    if tlv.range.end != data.len() {
        return Err(malformed(format!(
            "{} trailing bytes after the DER value",
            data.len() - tlv.range.end
        )));
    }
    Ok(tlv)
}

/// Parses the TLVs that exactly fill `data[start..end]`.
pub fn parse_all(
    data: &[u8],
    start: usize,
    end: usize,
    depth: usize,
) -> Result<Vec<Tlv>, CertError> {
    let mut out = Vec::new();
    let mut at = start;
    while at < end {
        let tlv = parse_tlv(data, at, end, depth)?;
        at = tlv.range.end;
        out.push(tlv);
    }
    Ok(out)
}

fn parse_tlv(data: &[u8], start: usize, end: usize, depth: usize) -> Result<Tlv, CertError> {
    if depth > MAX_DEPTH {
        return Err(malformed(format!("nested deeper than {MAX_DEPTH} levels")));
    }
    let byte = |i: usize| -> Result<u8, CertError> {
        if i < end {
            data.get(i).copied().ok_or_else(|| truncated(i))
        } else {
            Err(truncated(i))
        }
    };
    let tag = byte(start)?;
    if tag & 0x1f == 0x1f {
        return Err(malformed(format!("high tag number form at offset {start}")));
    }
    let first = byte(start + 1)?;
    let (len, header) = if first < 0x80 {
        (usize::from(first), 2)
    } else {
        let n = usize::from(first & 0x7f);
        if n == 0 {
            return Err(malformed(format!(
                "indefinite length at offset {start} (not DER)"
            )));
        }
        if n > 4 {
            return Err(malformed(format!("length of {n} octets at offset {start}")));
        }
        let mut len = 0usize;
        for i in 0..n {
            len = (len << 8) | usize::from(byte(start + 2 + i)?);
        }
        (len, 2 + n)
    };
    let value_start = start + header;
    let value_end = value_start
        .checked_add(len)
        .filter(|&e| e <= end)
        .ok_or_else(|| {
            malformed(format!(
                "length {len} at offset {start} runs past the end of its container ({end})"
            ))
        })?;
    let children = if tag & 0x20 != 0 {
        parse_all(data, value_start, value_end, depth + 1)?
    } else {
        Vec::new()
    };
    Ok(Tlv {
        tag,
        range: start..value_end,
        value: value_start..value_end,
        children,
    })
}

fn truncated(at: usize) -> CertError {
    malformed(format!("truncated at offset {at}"))
}

fn malformed(why: String) -> CertError {
    CertError::Malformed(why)
}

/// The universal type name of a tag, e.g. `SEQUENCE`, or `[3]` for context tags.
pub fn tag_name(tag: u8) -> String {
    match tag {
        0x01 => "BOOLEAN".into(),
        0x02 => "INTEGER".into(),
        0x03 => "BIT STRING".into(),
        0x04 => "OCTET STRING".into(),
        0x05 => "NULL".into(),
        0x06 => "OBJECT IDENTIFIER".into(),
        0x0c => "UTF8String".into(),
        0x13 => "PrintableString".into(),
        0x16 => "IA5String".into(),
        0x17 => "UTCTime".into(),
        0x18 => "GeneralizedTime".into(),
        0x30 => "SEQUENCE".into(),
        0x31 => "SET".into(),
        t if t & 0xc0 == 0x80 => format!("[{}]", t & 0x1f),
        t => format!("tag 0x{t:02x}"),
    }
}

/// Dotted text of an OID's content octets (X.690 8.19), or None if malformed.
pub fn oid_text(bytes: &[u8]) -> Option<String> {
    let mut arcs: Vec<u64> = Vec::new();
    let mut acc: u64 = 0;
    for &b in bytes {
        acc = acc.checked_mul(128)?.checked_add(u64::from(b & 0x7f))?;
        if b & 0x80 == 0 {
            arcs.push(acc);
            acc = 0;
        }
    }
    if bytes.last().is_none_or(|b| b & 0x80 != 0) {
        return None;
    }
    let first = *arcs.first()?;
    let (a, b) = if first < 80 {
        (first / 40, first % 40)
    } else {
        (2, first - 80)
    };
    let mut parts = vec![a.to_string(), b.to_string()];
    parts.extend(arcs.iter().skip(1).map(u64::to_string));
    Some(parts.join("."))
}
