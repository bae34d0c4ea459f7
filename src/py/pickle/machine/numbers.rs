//! The text numbers of protocol 0 (INT, LONG, FLOAT, GET/PUT keys) read as the C
//! unpickler reads them: C strings, `strtol`, `PyLong_FromString`, `strtod`.

use super::objects::Obj;
use crate::py::pickle::decode::utf8_strict;
use crate::py::pickle::text::str_repr;
use num_bigint::BigInt;

fn text(line: &[u8]) -> String {
    String::from_utf8_lossy(line).into_owned()
}

/// The C string a copied line is to C functions: it ends at the first NUL.
fn cstr(line: &[u8]) -> &[u8] {
    line.iter()
        .position(|&b| b == 0)
        .map_or(line, |p| &line[..p])
}

/// `PyLong_FromString(s, NULL, 10)` over a line (newline included). Its error
/// shows the text as a str, so bytes that are not UTF-8 fail as UnicodeDecodeError.
pub fn long_base10(line: &[u8]) -> Result<BigInt, String> {
    let s = cstr(line);
    crate::py::pickle::decode::py_int(s).map_err(|e| {
        if e.contains("Exceeds the limit") {
            return e;
        }
        match utf8_strict(s) {
            Ok(cps) => {
                let r: String = str_repr(&cps).chars().take(200).collect();
                format!("ValueError: invalid literal for int() with base 10: {r}")
            }
            Err(e) => e,
        }
    })
}

/// `load_int`: C `strtol(s, &end, 0)` must stop at the newline; else the line is
/// retried as a Python int (which then fails as "could not convert string to int").
pub fn load_int(line: &[u8]) -> Result<Obj, String> {
    let s = cstr(line);
    if let Some(x) = s.strip_suffix(b"\n").and_then(strtol0) {
        if line.len() == 3 && (x == 0 || x == 1) {
            return Ok(Obj::Bool(x == 1));
        }
        return Ok(Obj::Int(BigInt::from(x)));
    }
    match long_base0(s) {
        Some(v) => Ok(Obj::Int(v)),
        None => Err("ValueError: could not convert string to int".into()),
    }
}

/// `PyLong_FromString(s, NULL, 0)`: decimal without leading zeros, or `0x`/`0o`/`0b`.
fn long_base0(s: &[u8]) -> Option<BigInt> {
    let t = std::str::from_utf8(s)
        .ok()?
        .trim_matches(|c: char| " \t\n\x0b\x0c\r".contains(c));
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let (radix, digits) = match lower.get(..2) {
        Some("0x") => (16, &lower[2..]),
        Some("0o") => (8, &lower[2..]),
        Some("0b") => (2, &lower[2..]),
        _ => (10, lower.as_str()),
    };
    // After a prefix one underscore may lead; elsewhere only between digits.
    let digits = if radix != 10 {
        digits.strip_prefix('_').unwrap_or(digits)
    } else {
        digits
    };
    let ok = !digits.is_empty()
        && !digits.starts_with('_')
        && !digits.ends_with('_')
        && !digits.contains("__")
        && digits.chars().all(|c| c == '_' || c.is_digit(radix));
    if !ok
        || (radix == 10 && digits.starts_with('0') && digits.chars().any(|c| c != '0' && c != '_'))
    {
        return None;
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    if radix == 10 && clean.len() > crate::py::pickle::text::INT_MAX_STR_DIGITS {
        return None;
    }
    let v = BigInt::parse_bytes(clean.as_bytes(), radix)?;
    Some(if neg { -v } else { v })
}

/// C `strtol` in base 0 (leading space, sign, `0x`, octal `0`), only if it reads
/// every byte and fits a C long.
fn strtol0(s: &[u8]) -> Option<i64> {
    let s = match s.iter().position(|b| !b" \t\n\x0b\x0c\r".contains(b)) {
        Some(p) => &s[p..],
        None => return None,
    };
    let (neg, s) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let (radix, digits) = if s.len() > 2 && (s.starts_with(b"0x") || s.starts_with(b"0X")) {
        (16, &s[2..])
    } else if s.len() > 1 && s[0] == b'0' {
        (8, &s[1..])
    } else {
        (10, s)
    };
    if digits.is_empty() || !digits.iter().all(|&b| char::from(b).is_digit(radix)) {
        return None;
    }
    let text = std::str::from_utf8(digits).ok()?;
    let v = i128::from_str_radix(text, radix).ok()?;
    i64::try_from(if neg { -v } else { v }).ok()
}

/// `load_float`: `PyOS_string_to_double` (no spaces, no underscores).
pub fn load_float(line: &[u8]) -> Result<Obj, String> {
    let body = line.strip_suffix(b"\n").unwrap_or(line);
    let shown = || text(line).chars().take(200).collect::<String>();
    let len = float_prefix(body);
    if len == 0 {
        return Err(format!(
            "ValueError: could not convert string to float: '{}'",
            shown()
        ));
    }
    if len != body.len() {
        return Err("ValueError: could not convert string to float".into());
    }
    let v: f64 = text(body)
        .parse()
        .map_err(|_| "ValueError: could not convert string to float".to_string())?;
    if v.is_infinite() && !text(body).to_ascii_lowercase().contains("inf") {
        return Err(format!(
            "OverflowError: value too large to convert to float: '{}'",
            shown()
        ));
    }
    Ok(Obj::Float(v))
}

/// Length of the longest prefix `strtod` accepts.
fn float_prefix(s: &[u8]) -> usize {
    let mut i = usize::from(matches!(s.first(), Some(b'+' | b'-')));
    let lower = s[i..].to_ascii_lowercase();
    for word in [&b"infinity"[..], b"inf", b"nan"] {
        if lower.starts_with(word) {
            return i + word.len();
        }
    }
    let digits = |i: &mut usize| {
        let start = *i;
        while s.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i - start
    };
    let mut n = digits(&mut i);
    if s.get(i) == Some(&b'.') {
        i += 1;
        n += digits(&mut i);
    }
    if n == 0 {
        return 0;
    }
    if matches!(s.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(s.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        if digits(&mut j) > 0 {
            i = j;
        }
    }
    i
}
