//! What a header or trailer field's value means, as data: the page words it in
//! English or Korean, `english` words it for the CLI (`wirelab zlib inspect`).

use std::fmt;

/// The meaning of one [`super::Field`]'s value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Meaning {
    /// CM = 8.
    Deflate,
    /// CM other than 8.
    UnknownMethod(u8),
    /// CINFO: a window of `2^log2` = `bytes` bytes.
    Window { log2: u32, bytes: u64 },
    /// FCHECK: whether CMF*256+FLG is a multiple of 31.
    HeaderCheck { valid: bool },
    /// FDICT: whether a preset dictionary (DICTID) follows.
    PresetDictionary { present: bool },
    /// FLEVEL: the compressor's hint.
    Level(LevelHint),
    /// DICTID: the Adler-32 of the dictionary.
    DictionaryId,
    /// ADLER32 / CRC32: the stored check against the recomputed one.
    Check { matches: bool, computed: u32 },
    /// ISIZE: the stored length against the output's length mod 2^32.
    Length { matches: bool, real: u32 },
    /// ID1 ID2: the gzip magic or not.
    GzipMagic { valid: bool },
    /// FLG: the names of the flags set (FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT).
    Flags(Vec<&'static str>),
    /// MTIME: UNIX seconds (0: no time stamp).
    Mtime(u32),
    /// XFL: the compressor's hint.
    ExtraFlags(ExtraFlagsHint),
    /// OS: the file system the member was made on.
    Os(OsKind),
    /// XLEN: the length of the extra field.
    ExtraLength(u16),
    /// FEXTRA: the extra field itself.
    ExtraField,
    /// FNAME / FCOMMENT: the text (ISO 8859-1), shown quoted as written.
    Text(String),
    /// FHCRC: the stored CRC-16 against the header's CRC-32 low bits.
    HeaderCrc { matches: bool, computed: u16 },
}

/// FLEVEL (RFC 1950).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LevelHint {
    /// 0: level 0-1.
    Fastest,
    /// 1: level 2-5.
    Fast,
    /// 2: level 6.
    Default,
    /// 3: level 7-9.
    Maximum,
}

impl LevelHint {
    pub(crate) fn from_bits(flevel: u32) -> Self {
        match flevel {
            0 => LevelHint::Fastest,
            1 => LevelHint::Fast,
            2 => LevelHint::Default,
            _ => LevelHint::Maximum,
        }
    }
}

/// XFL (RFC 1952).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExtraFlagsHint {
    /// 2: level 9.
    Maximum,
    /// 4: level 1.
    Fastest,
    /// Anything else.
    None,
}

/// OS (RFC 1952), the values worth naming.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OsKind {
    Fat,
    Unix,
    Macintosh,
    Ntfs,
    /// 255.
    Unknown,
    Other,
}

impl OsKind {
    pub(crate) fn from_byte(os: u8) -> Self {
        match os {
            0 => OsKind::Fat,
            3 => OsKind::Unix,
            7 => OsKind::Macintosh,
            11 => OsKind::Ntfs,
            255 => OsKind::Unknown,
            _ => OsKind::Other,
        }
    }

    /// The system's name (a proper noun in any language; `None` for unknown/other).
    pub fn name(self) -> Option<&'static str> {
        match self {
            OsKind::Fat => Some("FAT (MS-DOS)"),
            OsKind::Unix => Some("Unix"),
            OsKind::Macintosh => Some("Macintosh"),
            OsKind::Ntfs => Some("NTFS"),
            OsKind::Unknown | OsKind::Other => None,
        }
    }
}

/// The CLI's English (and the tests'): `wirelab zlib inspect` prints this.
impl fmt::Display for Meaning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let verdict = |ok: bool| if ok { "matches" } else { "does not match" };
        match self {
            Meaning::Deflate => f.write_str("deflate"),
            Meaning::UnknownMethod(cm) => write!(f, "unknown method {cm}"),
            Meaning::Window { log2, bytes } => write!(f, "window size 2^{log2} = {bytes} bytes"),
            Meaning::HeaderCheck { valid: true } => {
                f.write_str("CMF*256+FLG is a multiple of 31: valid")
            }
            Meaning::HeaderCheck { valid: false } => {
                f.write_str("CMF*256+FLG is not a multiple of 31")
            }
            Meaning::PresetDictionary { present: true } => {
                f.write_str("a preset dictionary follows (DICTID)")
            }
            Meaning::PresetDictionary { present: false } => f.write_str("no preset dictionary"),
            Meaning::Level(hint) => f.write_str(match hint {
                LevelHint::Fastest => "compressor used fastest (level 0-1)",
                LevelHint::Fast => "compressor used fast (level 2-5)",
                LevelHint::Default => "compressor used default (level 6)",
                LevelHint::Maximum => "compressor used maximum (level 7-9)",
            }),
            Meaning::DictionaryId => f.write_str("Adler-32 of the dictionary"),
            Meaning::Check { matches, computed } => {
                write!(f, "{} the recomputed {computed:08x}", verdict(*matches))
            }
            Meaning::Length { matches, real } => {
                write!(f, "{} (output is {real} bytes mod 2^32)", verdict(*matches))
            }
            Meaning::GzipMagic { valid: true } => f.write_str("gzip magic 1f 8b"),
            Meaning::GzipMagic { valid: false } => f.write_str("not the gzip magic 1f 8b"),
            Meaning::Flags(set) if set.is_empty() => f.write_str("no flags"),
            Meaning::Flags(set) => f.write_str(&set.join(" ")),
            Meaning::Mtime(0) => f.write_str("no time stamp"),
            Meaning::Mtime(t) => write!(f, "{t} seconds after 1970-01-01 UTC"),
            Meaning::ExtraFlags(hint) => f.write_str(match hint {
                ExtraFlagsHint::Maximum => "maximum compression (level 9)",
                ExtraFlagsHint::Fastest => "fastest compression (level 1)",
                ExtraFlagsHint::None => "no hint",
            }),
            Meaning::Os(os) => f.write_str(os.name().unwrap_or(match os {
                OsKind::Unknown => "unknown",
                _ => "other",
            })),
            Meaning::ExtraLength(n) => write!(f, "{n} bytes of extra field"),
            Meaning::ExtraField => f.write_str("extra field"),
            Meaning::Text(text) => write!(f, "{text:?}"),
            Meaning::HeaderCrc { matches, computed } => write!(
                f,
                "{} the header's CRC-32 low bits {computed:04x}",
                verdict(*matches)
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{ExtraFlagsHint, LevelHint, Meaning, OsKind};

    /// The CLI's words, as `wirelab zlib inspect` printed them when meanings were strings.
    #[test]
    fn the_cli_english_is_unchanged() {
        let cases = [
            (Meaning::Deflate, "deflate"),
            (Meaning::UnknownMethod(7), "unknown method 7"),
            (
                Meaning::Window {
                    log2: 15,
                    bytes: 32768,
                },
                "window size 2^15 = 32768 bytes",
            ),
            (
                Meaning::HeaderCheck { valid: true },
                "CMF*256+FLG is a multiple of 31: valid",
            ),
            (
                Meaning::PresetDictionary { present: false },
                "no preset dictionary",
            ),
            (
                Meaning::Level(LevelHint::Default),
                "compressor used default (level 6)",
            ),
            (Meaning::DictionaryId, "Adler-32 of the dictionary"),
            (
                Meaning::Check {
                    matches: false,
                    computed: 0x0a0b,
                },
                "does not match the recomputed 00000a0b",
            ),
            (
                Meaning::Length {
                    matches: true,
                    real: 5,
                },
                "matches (output is 5 bytes mod 2^32)",
            ),
            (
                Meaning::GzipMagic { valid: false },
                "not the gzip magic 1f 8b",
            ),
            (Meaning::Flags(vec![]), "no flags"),
            (Meaning::Flags(vec!["FNAME", "FCOMMENT"]), "FNAME FCOMMENT"),
            (Meaning::Mtime(0), "no time stamp"),
            (Meaning::Mtime(5), "5 seconds after 1970-01-01 UTC"),
            (
                Meaning::ExtraFlags(ExtraFlagsHint::Maximum),
                "maximum compression (level 9)",
            ),
            (Meaning::Os(OsKind::from_byte(3)), "Unix"),
            (Meaning::Os(OsKind::from_byte(255)), "unknown"),
            (Meaning::Os(OsKind::from_byte(42)), "other"),
            (Meaning::ExtraLength(4), "4 bytes of extra field"),
            (Meaning::Text("a\"b".into()), "\"a\\\"b\""),
            (
                Meaning::HeaderCrc {
                    matches: true,
                    computed: 0xbeef,
                },
                "matches the header's CRC-32 low bits beef",
            ),
        ];
        for (meaning, english) in cases {
            assert_eq!(meaning.to_string(), english);
        }
    }
}
