//! The gzip member header (RFC 1952 section 2.3), checked as zlib's `inflate.c`
//! checks it: magic, method, flags, then the optional fields FLG announces.

use super::bits::BitReader;
use super::checksum::crc32;
use super::meaning::{ExtraFlagsHint, Meaning, OsKind};
use super::wrapper::{bytes4, field};
use super::{AnatomyError, Field};

/// Reads ID1..OS and the optional FEXTRA, FNAME, FCOMMENT and FHCRC fields.
pub(crate) fn gzip_header(
    r: &mut BitReader<'_>,
    fields: &mut Vec<Field>,
) -> Result<(), AnatomyError> {
    let id = r.bytes(2)?;
    let id_ok = id == [0x1f, 0x8b];
    let meaning = Meaning::GzipMagic { valid: id_ok };
    field(
        fields,
        "ID1 ID2",
        0,
        16,
        u64::from(id[0]) << 8 | u64::from(id[1]),
        meaning,
    );
    if !id_ok {
        return Err(AnatomyError::Zlib("incorrect header check"));
    }
    // zlib waits for CM and FLG together (NEEDBITS(16)) before judging either.
    let cm_flg = r.bytes(2)?;
    let (cm, flg) = (cm_flg[0], cm_flg[1]);
    let method = if cm == 8 {
        Meaning::Deflate
    } else {
        Meaning::UnknownMethod(cm)
    };
    field(fields, "CM", 16, 24, cm.into(), method);
    if cm != 8 {
        return Err(AnatomyError::Zlib("unknown compression method"));
    }
    let names = [
        (1, "FTEXT"),
        (2, "FHCRC"),
        (4, "FEXTRA"),
        (8, "FNAME"),
        (16, "FCOMMENT"),
    ];
    let set: Vec<&'static str> = names
        .iter()
        .filter(|(bit, _)| flg & bit != 0)
        .map(|(_, n)| *n)
        .collect();
    field(fields, "FLG", 24, 32, flg.into(), Meaning::Flags(set));
    if flg & 0xe0 != 0 {
        return Err(AnatomyError::Zlib("unknown header flags set"));
    }
    let mtime = u32::from_le_bytes(bytes4(r.bytes(4)?));
    field(fields, "MTIME", 32, 64, mtime.into(), Meaning::Mtime(mtime));
    let xfl = r.bytes(1)?[0];
    let how = match xfl {
        2 => ExtraFlagsHint::Maximum,
        4 => ExtraFlagsHint::Fastest,
        _ => ExtraFlagsHint::None,
    };
    field(fields, "XFL", 64, 72, xfl.into(), Meaning::ExtraFlags(how));
    let os = r.bytes(1)?[0];
    let system = Meaning::Os(OsKind::from_byte(os));
    field(fields, "OS", 72, 80, os.into(), system);
    if flg & 4 != 0 {
        let start = r.pos();
        let xlen = r.bytes(2)?;
        let xlen = u16::from_le_bytes([xlen[0], xlen[1]]);
        field(
            fields,
            "XLEN",
            start,
            r.pos(),
            xlen.into(),
            Meaning::ExtraLength(xlen),
        );
        let start = r.pos();
        r.bytes(usize::from(xlen))?;
        field(
            fields,
            "FEXTRA",
            start,
            r.pos(),
            xlen.into(),
            Meaning::ExtraField,
        );
    }
    for (bit, label) in [(8u8, "FNAME"), (16, "FCOMMENT")] {
        if flg & bit != 0 {
            let start = r.pos();
            let mut text = Vec::new();
            loop {
                let b = r.bytes(1)?[0];
                if b == 0 {
                    break;
                }
                text.push(b);
            }
            // RFC 1952: ISO 8859-1 text, so every byte is one character.
            let text: String = text.iter().map(|&b| char::from(b)).collect();
            field(fields, label, start, r.pos(), 0, Meaning::Text(text));
        }
    }
    if flg & 2 != 0 {
        let start = r.pos();
        let header_len = r.byte_pos();
        let stored = r.bytes(2)?;
        let stored = u16::from_le_bytes([stored[0], stored[1]]);
        let computed = r
            .prefix(header_len)
            .map(|h| crc32(h) as u16)
            .unwrap_or_default();
        let verdict = Meaning::HeaderCrc {
            matches: stored == computed,
            computed,
        };
        field(fields, "CRC16", start, r.pos(), stored.into(), verdict);
        if stored != computed {
            return Err(AnatomyError::Zlib("header crc mismatch"));
        }
    }
    Ok(())
}
