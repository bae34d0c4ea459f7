//! The zlib (RFC 1950) and gzip (RFC 1952) wrappers: header fields and trailer,
//! checked in the order zlib's `inflate.c` checks them, with its words.

use super::bits::BitReader;
use super::checksum::{adler32, crc32};
use super::gzip;
use super::meaning::{LevelHint, Meaning};
use super::{AnatomyError, CheckKind, Field, Format, Span, Trailer};

/// Picks the wrapper as `inflateInit2(wbits)` would, or guesses (`None`).
/// Returns the format and the largest window the header may ask for (0 = any,
/// the header decides, as wbits 0 does).
pub(crate) fn choose_format(stream: &[u8], wbits: Option<i32>) -> (Format, u32) {
    let gzip_magic = stream.starts_with(&[0x1f, 0x8b]);
    match wbits {
        Some(w @ 8..=15) => (Format::Zlib, w as u32),
        Some(0) => (Format::Zlib, 0),
        Some(-15..=-8) => (Format::Raw, 15),
        Some(16 | 24..=31) => (Format::Gzip, 15),
        Some(32) if !gzip_magic => (Format::Zlib, 0),
        Some(w @ 40..=47) if !gzip_magic => (Format::Zlib, (w - 32) as u32),
        Some(32 | 40..=47) => (Format::Gzip, 15),
        _ if gzip_magic => (Format::Gzip, 15),
        _ => match stream {
            [cmf, flg, ..]
                if (u16::from(*cmf) << 8 | u16::from(*flg)) % 31 == 0 && cmf & 15 == 8 =>
            {
                (Format::Zlib, 15)
            }
            _ => (Format::Raw, 15),
        },
    }
}

pub(crate) fn field(
    fields: &mut Vec<Field>,
    label: &'static str,
    start: u64,
    end: u64,
    value: u64,
    meaning: Meaning,
) {
    fields.push(Field {
        label,
        bits: Span { start, end },
        value,
        meaning,
    });
}

/// Reads the header fields into `fields`, stopping at zlib's first complaint.
pub(crate) fn read_header(
    r: &mut BitReader<'_>,
    format: Format,
    window: u32,
    fields: &mut Vec<Field>,
) -> Result<(), AnatomyError> {
    match format {
        Format::Raw => Ok(()),
        Format::Zlib => zlib_header(r, window, fields),
        Format::Gzip => gzip::gzip_header(r, fields),
    }
}

fn zlib_header(
    r: &mut BitReader<'_>,
    window: u32,
    fields: &mut Vec<Field>,
) -> Result<(), AnatomyError> {
    let both = r.clone().bits(16)?;
    let (cmf, flg) = (both & 0xff, both >> 8);
    let cm = r.bits(4)?;
    let method = if cm == 8 {
        Meaning::Deflate
    } else {
        Meaning::UnknownMethod(cm as u8)
    };
    field(fields, "CM", 0, 4, cm.into(), method);
    let cinfo = r.bits(4)?;
    let size = 1u64 << (cinfo + 8).min(63);
    field(
        fields,
        "CINFO",
        4,
        8,
        cinfo.into(),
        Meaning::Window {
            log2: cinfo + 8,
            bytes: size,
        },
    );
    let fcheck = r.bits(5)?;
    let ok = (cmf << 8 | flg) % 31 == 0;
    let verdict = Meaning::HeaderCheck { valid: ok };
    field(fields, "FCHECK", 8, 13, fcheck.into(), verdict);
    let fdict = r.bits(1)?;
    let dict = Meaning::PresetDictionary {
        present: fdict == 1,
    };
    field(fields, "FDICT", 13, 14, fdict.into(), dict);
    let flevel = r.bits(2)?;
    let hint = Meaning::Level(LevelHint::from_bits(flevel));
    field(fields, "FLEVEL", 14, 16, flevel.into(), hint);
    if !ok {
        return Err(AnatomyError::Zlib("incorrect header check"));
    }
    if cm != 8 {
        return Err(AnatomyError::Zlib("unknown compression method"));
    }
    if cinfo + 8 > 15 || (window != 0 && cinfo + 8 > window) {
        return Err(AnatomyError::Zlib("invalid window size"));
    }
    if fdict == 1 {
        let id = u32::from_be_bytes(bytes4(r.bytes(4)?));
        field(fields, "DICTID", 16, 48, id.into(), Meaning::DictionaryId);
        return Err(AnatomyError::NeedsDictionary);
    }
    Ok(())
}

pub(crate) fn bytes4(b: &[u8]) -> [u8; 4] {
    let mut out = [0u8; 4];
    for (o, v) in out.iter_mut().zip(b) {
        *o = *v;
    }
    out
}

/// Reads the trailer after the last block: Adler-32 (zlib) or CRC-32 + ISIZE
/// (gzip), recomputed over `output`. Returns what was read and zlib's complaint.
pub(crate) fn read_trailer(
    r: &mut BitReader<'_>,
    format: Format,
    output: &[u8],
) -> (Option<Trailer>, Option<AnatomyError>) {
    r.align();
    let mut fields = Vec::new();
    let start = r.pos();
    match format {
        Format::Raw => (None, None),
        Format::Zlib => {
            let Ok(bytes) = r.bytes(4) else {
                return (None, Some(AnatomyError::Truncated));
            };
            let stored = u32::from_be_bytes(bytes4(bytes));
            let computed = adler32(output);
            field(
                &mut fields,
                "ADLER32",
                start,
                r.pos(),
                stored.into(),
                check_meaning(stored, computed),
            );
            let error = (stored != computed).then_some(AnatomyError::Zlib("incorrect data check"));
            (
                Some(Trailer {
                    kind: CheckKind::Adler32,
                    stored,
                    computed,
                    isize: None,
                    fields,
                }),
                error,
            )
        }
        Format::Gzip => {
            let Ok(bytes) = r.bytes(4) else {
                return (None, Some(AnatomyError::Truncated));
            };
            let stored = u32::from_le_bytes(bytes4(bytes));
            let computed = crc32(output);
            field(
                &mut fields,
                "CRC32",
                start,
                r.pos(),
                stored.into(),
                check_meaning(stored, computed),
            );
            let mut trailer = Trailer {
                kind: CheckKind::Crc32,
                stored,
                computed,
                isize: None,
                fields,
            };
            if stored != computed {
                return (
                    Some(trailer),
                    Some(AnatomyError::Zlib("incorrect data check")),
                );
            }
            let start = r.pos();
            let Ok(bytes) = r.bytes(4) else {
                return (Some(trailer), Some(AnatomyError::Truncated));
            };
            let isize = u32::from_le_bytes(bytes4(bytes));
            let real = output.len() as u32;
            let meaning = Meaning::Length {
                matches: isize == real,
                real,
            };
            field(
                &mut trailer.fields,
                "ISIZE",
                start,
                r.pos(),
                isize.into(),
                meaning,
            );
            trailer.isize = Some((isize, real));
            let error = (isize != real).then_some(AnatomyError::Zlib("incorrect length check"));
            (Some(trailer), error)
        }
    }
}

fn check_meaning(stored: u32, computed: u32) -> Meaning {
    Meaning::Check {
        matches: stored == computed,
        computed,
    }
}
