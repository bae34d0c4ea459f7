//! The text decoders and number parsers pickle arguments go through, with CPython's
//! exact error text: UTF-8 with `surrogatepass`, `raw-unicode-escape`,
//! `codecs.escape_decode`, ASCII, `int(bytes)` and `float(bytes)`.

use super::text::{bytes_repr, INT_MAX_STR_DIGITS};
use num_bigint::BigInt;

/// `UnicodeDecodeError` text for `codec` over `bytes[start..end]`.
fn decode_error(codec: &str, bytes: &[u8], start: usize, end: usize, reason: &str) -> String {
    if end.saturating_sub(start) == 1 {
        let b = bytes.get(start).copied().unwrap_or(0);
        format!("UnicodeDecodeError: '{codec}' codec can't decode byte 0x{b:02x} in position {start}: {reason}")
    } else {
        format!(
            "UnicodeDecodeError: '{codec}' codec can't decode bytes in position {start}-{}: {reason}",
            end.saturating_sub(1)
        )
    }
}

fn is_cont(b: u8) -> bool {
    b & 0xc0 == 0x80
}

/// `bytes.decode('utf-8', 'surrogatepass')`, following CPython's decoder
/// (Objects/stringlib/codecs.h) for where each error starts and ends.
pub fn utf8_surrogatepass(bytes: &[u8]) -> Result<Vec<u32>, String> {
    utf8(bytes, true)
}

/// `bytes.decode('utf-8')` (strict).
pub fn utf8_strict(bytes: &[u8]) -> Result<Vec<u32>, String> {
    utf8(bytes, false)
}

fn utf8(bytes: &[u8], surrogatepass: bool) -> Result<Vec<u32>, String> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b0) = bytes.get(i) {
        let rest = &bytes[i..];
        let at = |k: usize| rest.get(k).copied();
        // (bytes to take, or Err((bad length, reason)))
        let outcome: Result<usize, (usize, &str)> = match b0 {
            0x00..=0x7f => Ok(1),
            0xc2..=0xdf => match at(1) {
                None => Err((rest.len(), "unexpected end of data")),
                Some(b1) if is_cont(b1) => Ok(2),
                Some(_) => Err((1, "invalid continuation byte")),
            },
            0xe0..=0xef => {
                let second_ok = |b1: u8| {
                    is_cont(b1) && !(b1 < 0xa0 && b0 == 0xe0) && !(b1 >= 0xa0 && b0 == 0xed)
                };
                match (at(1), at(2)) {
                    (None, _) => Err((rest.len(), "unexpected end of data")),
                    (Some(b1), _) if !second_ok(b1) => Err((1, "invalid continuation byte")),
                    (Some(_), None) => Err((rest.len(), "unexpected end of data")),
                    (Some(_), Some(b2)) if !is_cont(b2) => Err((2, "invalid continuation byte")),
                    _ => Ok(3),
                }
            }
            0xf0..=0xf4 => {
                let second_ok = |b1: u8| {
                    is_cont(b1) && !(b1 < 0x90 && b0 == 0xf0) && !(b1 >= 0x90 && b0 == 0xf4)
                };
                match (at(1), at(2), at(3)) {
                    (None, _, _) => Err((rest.len(), "unexpected end of data")),
                    (Some(b1), _, _) if !second_ok(b1) => Err((1, "invalid continuation byte")),
                    (_, None, _) => Err((rest.len(), "unexpected end of data")),
                    (_, Some(b2), _) if !is_cont(b2) => Err((2, "invalid continuation byte")),
                    (_, _, None) => Err((rest.len(), "unexpected end of data")),
                    (_, _, Some(b3)) if !is_cont(b3) => Err((3, "invalid continuation byte")),
                    _ => Ok(4),
                }
            }
            _ => Err((1, "invalid start byte")),
        };
        match outcome {
            Ok(n) => {
                let cp = match n {
                    1 => u32::from(b0),
                    2 => (u32::from(b0 & 0x1f) << 6) | u32::from(rest[1] & 0x3f),
                    3 => {
                        (u32::from(b0 & 0x0f) << 12)
                            | (u32::from(rest[1] & 0x3f) << 6)
                            | u32::from(rest[2] & 0x3f)
                    }
                    _ => {
                        (u32::from(b0 & 0x07) << 18)
                            | (u32::from(rest[1] & 0x3f) << 12)
                            | (u32::from(rest[2] & 0x3f) << 6)
                            | u32::from(rest[3] & 0x3f)
                    }
                };
                out.push(cp);
                i += n;
            }
            Err((bad, reason)) => {
                // The surrogatepass handler accepts an encoded surrogate ED A0..BF 80..BF.
                if let [0xed, b1 @ 0xa0..=0xbf, b2, ..] = rest {
                    if surrogatepass && is_cont(*b2) {
                        out.push(0xd000 | (u32::from(b1 & 0x3f) << 6) | u32::from(b2 & 0x3f));
                        i += 3;
                        continue;
                    }
                }
                return Err(decode_error("utf-8", bytes, i, i + bad, reason));
            }
        }
    }
    Ok(out)
}

/// `bytes.decode('raw-unicode-escape')`: latin-1, except `\uXXXX` and `\UXXXXXXXX`.
pub fn raw_unicode_escape(bytes: &[u8]) -> Result<Vec<u32>, String> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&c) = bytes.get(i) {
        i += 1;
        if c != b'\\' || i >= bytes.len() {
            out.push(u32::from(c));
            continue;
        }
        let next = bytes[i];
        i += 1;
        let (count, message) = match next {
            b'u' => (4, "truncated \\uXXXX escape"),
            b'U' => (8, "truncated \\UXXXXXXXX escape"),
            _ => {
                out.push(u32::from(c));
                out.push(u32::from(next));
                continue;
            }
        };
        let start = i - 2;
        let mut cp: u32 = 0;
        for _ in 0..count {
            match bytes.get(i).and_then(|&d| char::from(d).to_digit(16)) {
                Some(d) => {
                    cp = (cp << 4) | d;
                    i += 1;
                }
                None => return Err(decode_error("rawunicodeescape", bytes, start, i, message)),
            }
        }
        if cp > 0x10ffff {
            let message = "\\Uxxxxxxxx out of range";
            return Err(decode_error("rawunicodeescape", bytes, start, i, message));
        }
        out.push(cp);
    }
    Ok(out)
}

/// `codecs.escape_decode(bytes)[0]`: the escapes of a bytes literal.
pub fn escape_decode(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&c) = bytes.get(i) {
        i += 1;
        if c != b'\\' {
            out.push(c);
            continue;
        }
        let Some(&e) = bytes.get(i) else {
            return Err("ValueError: Trailing \\ in string".into());
        };
        i += 1;
        match e {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(e),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b't' => out.push(9),
            b'n' => out.push(10),
            b'r' => out.push(13),
            b'v' => out.push(11),
            b'a' => out.push(7),
            b'0'..=b'7' => {
                let mut v = u32::from(e - b'0');
                for _ in 0..2 {
                    match bytes.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            v = (v << 3) + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                // CPython 3.11 keeps the low byte of \400..\777.
                out.push((v & 0xff) as u8);
            }
            b'x' => {
                let hex = |k: usize| bytes.get(k).and_then(|&d| char::from(d).to_digit(16));
                match (hex(i), hex(i + 1)) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => {
                        return Err(format!(
                            "ValueError: invalid \\x escape at position {}",
                            i - 2
                        ))
                    }
                }
            }
            _ => {
                // Unknown escapes stay as written (Python only warns).
                out.push(b'\\');
                i -= 1;
            }
        }
    }
    Ok(out)
}

/// `bytes.decode('ascii')`.
pub fn ascii(bytes: &[u8]) -> Result<Vec<u32>, String> {
    match bytes.iter().position(|&b| b >= 0x80) {
        Some(p) => Err(decode_error(
            "ascii",
            bytes,
            p,
            p + 1,
            "ordinal not in range(128)",
        )),
        None => Ok(bytes.iter().map(|&b| u32::from(b)).collect()),
    }
}

/// `bytes.decode('latin-1')`.
pub fn latin1(bytes: &[u8]) -> Vec<u32> {
    bytes.iter().map(|&b| u32::from(b)).collect()
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

fn trim(bytes: &[u8]) -> &[u8] {
    let start = bytes
        .iter()
        .position(|&b| !is_space(b))
        .unwrap_or(bytes.len());
    let end = bytes
        .iter()
        .rposition(|&b| !is_space(b))
        .map_or(start, |e| e + 1);
    &bytes[start..end.max(start)]
}

/// Digits with single underscores between them (Python's `digitpart`).
fn digitpart_ok(s: &[u8]) -> bool {
    !s.is_empty()
        && s.first().is_some_and(u8::is_ascii_digit)
        && s.last().is_some_and(u8::is_ascii_digit)
        && s.iter().all(|&b| b.is_ascii_digit() || b == b'_')
        && !s.windows(2).any(|w| w == b"__")
}

/// `int(bytes)` in base 10, with Python's ValueError texts.
pub fn py_int(bytes: &[u8]) -> Result<BigInt, String> {
    let invalid = || {
        let r: String = bytes_repr(bytes).chars().take(200).collect();
        format!("ValueError: invalid literal for int() with base 10: {r}")
    };
    let s = trim(bytes);
    let (neg, digits) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    if !digitpart_ok(digits) {
        return Err(invalid());
    }
    let clean: String = digits
        .iter()
        .filter(|b| b.is_ascii_digit())
        .map(|&b| char::from(b))
        .collect();
    if clean.len() > INT_MAX_STR_DIGITS {
        return Err(format!(
            "ValueError: Exceeds the limit (4300 digits) for integer string conversion: \
             value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            clean.len()
        ));
    }
    let value: BigInt = clean.parse().map_err(|_| invalid())?;
    Ok(if neg { -value } else { value })
}

/// `float(bytes)`, with Python's ValueError text.
pub fn py_float(bytes: &[u8]) -> Result<f64, String> {
    let invalid = || {
        format!(
            "ValueError: could not convert string to float: {}",
            bytes_repr(bytes)
        )
    };
    let s = trim(bytes);
    let body = match s.first() {
        Some(b'-' | b'+') => &s[1..],
        _ => s,
    };
    let lower = body.to_ascii_lowercase();
    let special = matches!(lower.as_slice(), b"inf" | b"infinity" | b"nan");
    if !special && !float_syntax_ok(body) {
        return Err(invalid());
    }
    let clean: String = s
        .iter()
        .filter(|&&b| b != b'_')
        .map(|&b| char::from(b))
        .collect();
    clean.parse::<f64>().map_err(|_| invalid())
}

/// Python's float grammar without sign: digits [. [digits]] | . digits, then [e[sign]digits].
fn float_syntax_ok(s: &[u8]) -> bool {
    let (mantissa, exp) = match s.iter().position(|&b| b == b'e' || b == b'E') {
        Some(p) => (&s[..p], Some(&s[p + 1..])),
        None => (s, None),
    };
    let mantissa_ok = match mantissa.iter().position(|&b| b == b'.') {
        Some(p) => {
            let (int, frac) = (&mantissa[..p], &mantissa[p + 1..]);
            match (int.is_empty(), frac.is_empty()) {
                (true, true) => false,
                (true, false) => digitpart_ok(frac),
                (false, true) => digitpart_ok(int),
                (false, false) => digitpart_ok(int) && digitpart_ok(frac),
            }
        }
        None => digitpart_ok(mantissa),
    };
    let exp_ok = match exp {
        None => true,
        Some(e) => match e.first() {
            Some(b'-' | b'+') => digitpart_ok(&e[1..]),
            _ => digitpart_ok(e),
        },
    };
    mantissa_ok && exp_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_as_python() {
        // Texts from CPython 3.11.7 (bytes.decode / int() / float()).
        assert_eq!(
            utf8_surrogatepass(b"\xe4\xb8x"),
            Err("UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte".into())
        );
        assert_eq!(
            utf8_surrogatepass(b"\xf0\x80"),
            Err("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xf0 in position 0: invalid continuation byte".into())
        );
        assert_eq!(utf8_surrogatepass(b"\xed\xa0\x80"), Ok(vec![0xd800]));
        assert_eq!(
            raw_unicode_escape(b"ab\\U0011ffff"),
            Err("UnicodeDecodeError: 'rawunicodeescape' codec can't decode bytes in position 2-11: \\Uxxxxxxxx out of range".into())
        );
        assert_eq!(
            escape_decode(b"\\0\\12a\\1234\\8"),
            Ok(b"\x00\naS4\\8".to_vec())
        );
        assert_eq!(py_int(b" 1_0 "), Ok(BigInt::from(10)));
        assert!(py_int(b"1__0").is_err());
        assert_eq!(py_float(b"1_0.5"), Ok(10.5));
        assert_eq!(py_float(b"Infinity"), Ok(f64::INFINITY));
        assert_eq!(
            py_float(b"1__0"),
            Err("ValueError: could not convert string to float: b'1__0'".into())
        );
    }
}
