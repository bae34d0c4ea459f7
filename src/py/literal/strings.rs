//! String and bytes literal bodies: prefixes, quotes and escapes, decoded as CPython
//! 3.11's `Parser/string_parser.c` and the `unicode_escape` codec do, with their errors.

use super::NotLiteral;

/// A decoded string token.
#[derive(Debug, Clone, PartialEq)]
pub enum Piece {
    Str(String),
    Bytes(Vec<u8>),
}

/// Why a string token does not decode; the parser places it as CPython would.
#[derive(Debug, Clone, PartialEq)]
pub enum StrError {
    /// "bytes can only contain ASCII literal characters" (at the token).
    NonAsciiBytes,
    /// An error CPython raises while decoding escapes (at the last token read).
    Decode(String),
    /// Valid Python that this lab does not evaluate.
    Unsupported(NotLiteral),
}

/// Decodes one string token (prefix, quotes and body).
pub fn decode(text: &str) -> Result<Piece, StrError> {
    let quote_at = text.find(['\'', '"']).unwrap_or(0);
    let (prefix, rest) = text.split_at(quote_at);
    let prefix = prefix.to_ascii_lowercase();
    let q = if rest.starts_with("'''") || rest.starts_with("\"\"\"") {
        3
    } else {
        1
    };
    let body = rest.get(q..rest.len().saturating_sub(q)).unwrap_or("");
    if prefix.contains('f') {
        return Err(StrError::Unsupported(NotLiteral::FString));
    }
    let raw = prefix.contains('r');
    if prefix.contains('b') {
        if !body.is_ascii() {
            return Err(StrError::NonAsciiBytes);
        }
        if raw {
            return Ok(Piece::Bytes(body.as_bytes().to_vec()));
        }
        return decode_bytes_escapes(body.as_bytes()).map(Piece::Bytes);
    }
    if raw || !body.contains('\\') {
        return Ok(Piece::Str(body.to_string()));
    }
    decode_unicode_escapes(&escape_non_ascii(body)).map(Piece::Str)
}

/// CPython's `decode_unicode_with_escapes` first rewrites every non-ASCII character as
/// `\UXXXXXXXX` (and a backslash before one as `\u005c`), so error positions count
/// bytes of that rewritten text.
fn escape_non_ascii(body: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len());
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            out.push(b'\\');
            match chars.peek() {
                None => {
                    out.extend_from_slice(b"u005c");
                    break;
                }
                Some(n) if !n.is_ascii() => out.extend_from_slice(b"u005c"),
                Some(_) => {
                    if let Some(n) = chars.next() {
                        out.push(n as u8);
                    }
                    continue;
                }
            }
            continue;
        }
        if c.is_ascii() {
            out.push(c as u8);
        } else {
            out.extend_from_slice(format!("\\U{:08x}", c as u32).as_bytes());
        }
    }
    out
}

fn hex_val(b: u8) -> Option<u32> {
    (b as char).to_digit(16)
}

/// The `unicode_escape` codec over the rewritten body, with its error texts.
fn decode_unicode_escapes(s: &[u8]) -> Result<String, StrError> {
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    let err = |start: usize, end: usize, msg: &str| {
        let place = if end - start > 1 {
            format!("bytes in position {start}-{}", end - 1)
        } else {
            format!(
                "byte 0x{:02x} in position {start}",
                s.get(start).copied().unwrap_or(0)
            )
        };
        StrError::Decode(format!(
            "(unicode error) 'unicodeescape' codec can't decode {place}: {msg}"
        ))
    };
    while let Some(&b) = s.get(i) {
        if b != b'\\' {
            out.push(b as char);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let Some(&c) = s.get(i) else {
            return Err(err(start, i, "\\ at end of string"));
        };
        i += 1;
        let simple = match c {
            b'\n' => Some(None),
            b'\\' => Some(Some('\\')),
            b'\'' => Some(Some('\'')),
            b'"' => Some(Some('"')),
            b'b' => Some(Some('\x08')),
            b'f' => Some(Some('\x0c')),
            b't' => Some(Some('\t')),
            b'n' => Some(Some('\n')),
            b'r' => Some(Some('\r')),
            b'v' => Some(Some('\x0b')),
            b'a' => Some(Some('\x07')),
            _ => None,
        };
        if let Some(ch) = simple {
            out.extend(ch);
            continue;
        }
        match c {
            b'0'..=b'7' => {
                let v = octal_escape(c, s, &mut i);
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            b'x' | b'u' | b'U' => {
                let (count, msg) = match c {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut v: u32 = 0;
                for _ in 0..count {
                    match s.get(i).and_then(|&d| hex_val(d)) {
                        Some(d) => {
                            v = (v << 4) | d;
                            i += 1;
                        }
                        None => return Err(err(start, i, msg)),
                    }
                }
                if v > 0x10ffff {
                    return Err(err(start, i, "illegal Unicode character"));
                }
                match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    None => return Err(StrError::Unsupported(NotLiteral::LoneSurrogate(v))),
                }
            }
            b'N' => {
                let malformed = "malformed \\N character escape";
                if s.get(i) != Some(&b'{') {
                    return Err(err(start, i, malformed));
                }
                i += 1;
                let name_start = i;
                while s.get(i).is_some_and(|&d| d != b'}') {
                    i += 1;
                }
                if i >= s.len() || i == name_start {
                    return Err(err(start, i, malformed));
                }
                let name = String::from_utf8_lossy(s.get(name_start..i).unwrap_or(&[]));
                return Err(StrError::Unsupported(NotLiteral::UnicodeName(
                    name.into_owned(),
                )));
            }
            other => {
                // An unknown escape keeps its backslash (CPython only warns).
                out.push('\\');
                out.push(other as char);
            }
        }
    }
    Ok(out)
}

/// `_PyBytes_DecodeEscape`: like the str escapes, bytes only, octal masked to 8 bits.
fn decode_bytes_escapes(s: &[u8]) -> Result<Vec<u8>, StrError> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while let Some(&b) = s.get(i) {
        if b != b'\\' {
            out.push(b);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let Some(&c) = s.get(i) else {
            return Err(StrError::Decode(
                "(value error) Trailing \\ in string".into(),
            ));
        };
        i += 1;
        match c {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(c),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b't' => out.push(b'\t'),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b'v' => out.push(11),
            b'a' => out.push(7),
            b'0'..=b'7' => {
                let v = octal_escape(c, s, &mut i);
                out.push((v & 0xff) as u8);
            }
            b'x' => {
                let hi = s.get(i).and_then(|&d| hex_val(d));
                let lo = s.get(i + 1).and_then(|&d| hex_val(d));
                match (hi, lo) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => {
                        return Err(StrError::Decode(format!(
                            "(value error) invalid \\x escape at position {start}"
                        )))
                    }
                }
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// An octal escape: the digit `first`, then up to two more octal digits at `s[*i..]`.
fn octal_escape(first: u8, s: &[u8], i: &mut usize) -> u32 {
    let mut v = u32::from(first - b'0');
    for _ in 0..2 {
        match s.get(*i) {
            Some(&d @ b'0'..=b'7') => {
                v = v * 8 + u32::from(d - b'0');
                *i += 1;
            }
            _ => break,
        }
    }
    v
}
