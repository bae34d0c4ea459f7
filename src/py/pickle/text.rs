//! Python's `repr` of the scalars a pickle carries, over code points: pickled text may
//! hold lone surrogates (`'\ud800'`), which a Rust `&str` cannot.

use num_bigint::BigInt;

/// CPython's default `sys.get_int_max_str_digits()`.
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// `repr(int)`, or Python's ValueError when the int has more than 4300 digits.
pub fn int_repr(value: &BigInt) -> Result<String, String> {
    // CPython refuses before converting when the size alone proves it too long;
    // this also keeps a huge LONG4 from costing a quadratic conversion.
    if value.bits() > 14_300 {
        return Err(int_limit_error());
    }
    let text = value.to_string();
    let digits = text.trim_start_matches('-').len();
    if digits > INT_MAX_STR_DIGITS {
        return Err(int_limit_error());
    }
    Ok(text)
}

fn int_limit_error() -> String {
    "ValueError: Exceeds the limit (4300 digits) for integer string conversion; \
     use sys.set_int_max_str_digits() to increase the limit"
        .into()
}

/// `repr(str)` for a string of code points (surrogates included).
pub fn str_repr(cps: &[u32]) -> String {
    let has_single = cps.contains(&u32::from(b'\''));
    let has_double = cps.contains(&u32::from(b'"'));
    let quote = if has_single && !has_double { '"' } else { '\'' };
    let mut out = String::with_capacity(cps.len() + 2);
    out.push(quote);
    for &cp in cps {
        match cp {
            0x5c => out.push_str("\\\\"),
            0x09 => out.push_str("\\t"),
            0x0a => out.push_str("\\n"),
            0x0d => out.push_str("\\r"),
            _ if cp == u32::from(quote) => {
                out.push('\\');
                out.push(quote);
            }
            0..=0x1f | 0x7f => out.push_str(&format!("\\x{cp:02x}")),
            0x20..=0x7e => out.push(char::from(cp as u8)),
            _ => match char::from_u32(cp) {
                Some(c) if is_printable(cp) => out.push(c),
                _ if cp < 0x100 => out.push_str(&format!("\\x{cp:02x}")),
                _ if cp < 0x10000 => out.push_str(&format!("\\u{cp:04x}")),
                _ => out.push_str(&format!("\\U{cp:08x}")),
            },
        }
    }
    out.push(quote);
    out
}

/// `repr(str)` of a Rust string.
pub fn str_repr_str(s: &str) -> String {
    let cps: Vec<u32> = s.chars().map(u32::from).collect();
    str_repr(&cps)
}

/// `str.isprintable()` for one non-ASCII code point (lone surrogates never are).
fn is_printable(cp: u32) -> bool {
    char::from_u32(cp).is_some_and(crate::py::printable::is_printable)
}

/// `repr(bytes)`.
pub fn bytes_repr(bytes: &[u8]) -> String {
    crate::py::repr::bytes_repr(bytes)
}

/// The quoted part of `repr(bytearray)`. Unlike bytes, CPython's bytearray repr
/// escapes every `'`, even inside double quotes: `bytearray(b"\xa8\'")`.
fn bytearray_body(bytes: &[u8]) -> String {
    let quote = if bytes.contains(&b'\'') && !bytes.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(bytes.len() + 2);
    out.push(quote);
    for &b in bytes {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\'' => out.push_str("\\'"),
            0x20..=0x7e => out.push(char::from(b)),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(quote);
    out
}

/// `repr(bytearray)`.
pub fn bytearray_repr(bytes: &[u8]) -> String {
    format!("bytearray(b{})", bytearray_body(bytes))
}

/// `repr(float)`.
pub fn float_repr(x: f64) -> String {
    crate::py::repr::float_repr(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_as_python() {
        // Expected values from CPython 3.11.7's repr().
        for (x, s) in [
            (1e16, "1e+16"),
            (1e-5, "1e-05"),
            (123456789012345.6, "123456789012345.6"),
            (1.5e-4, "0.00015"),
            (2f64.powi(70), "1.1805916207174113e+21"),
            (-0.0, "-0.0"),
            (1e300, "1e+300"),
            (1.5, "1.5"),
            (100.0, "100.0"),
        ] {
            assert_eq!(float_repr(x), s);
        }
    }

    #[test]
    fn strings_as_python() {
        assert_eq!(str_repr_str("it's"), "\"it's\"");
        assert_eq!(
            str_repr_str("\u{a0}\u{ad}\u{2028}\u{e000} \x7f"),
            "'\\xa0\\xad\\u2028\\ue000 \\x7f'"
        );
        assert_eq!(str_repr(&[0xd800]), "'\\ud800'");
        assert_eq!(bytes_repr(b"'\"\x00"), "b'\\'\"\\x00'");
        assert_eq!(bytearray_repr(b"a"), "bytearray(b'a')");
        // python3 -c "print(repr(bytearray(b'\xa8\'')))"
        assert_eq!(bytearray_repr(b"\xa8'"), "bytearray(b\"\\xa8\\'\")");
    }
}
