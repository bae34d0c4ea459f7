//! The opcodes of atoms and strings: `save_none`, `save_bool`, `save_long`,
//! `save_float`, `save_unicode` and the binary half of `save_bytes` in
//! `Modules/_pickle.c`.

use super::framing::Output;
use super::DumpError;
use crate::py::pickle::opcodes::*;
use crate::py::repr::float_repr;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// `save_bool`: `NEWTRUE`/`NEWFALSE` from protocol 2; before that `INT` with the
/// special texts `01`/`00`, so old unpicklers read an int and new ones a bool.
pub(super) fn save_bool(out: &mut Output, proto: u8, value: bool) {
    match (proto >= 2, value) {
        (true, true) => out.write(&[NEWTRUE]),
        (true, false) => out.write(&[NEWFALSE]),
        (false, true) => out.write(b"I01\n"),
        (false, false) => out.write(b"I00\n"),
    }
}

/// `save_long`: the smallest of `BININT1`/`BININT2`/`BININT` (or text `INT` in
/// protocol 0) for a signed 32-bit value; else `LONG1`/`LONG4` two's complement
/// bytes from protocol 2, or the decimal text plus Python 2's `L` before that.
pub(super) fn save_long(out: &mut Output, proto: u8, value: &BigInt) -> Result<(), DumpError> {
    if let Some(small) = value.to_i32() {
        if proto == 0 {
            out.write(format!("I{small}\n").as_bytes());
        } else {
            let le = small.to_le_bytes();
            if le[3] != 0 || le[2] != 0 {
                out.write(&[BININT, le[0], le[1], le[2], le[3]]);
            } else if le[1] != 0 {
                out.write(&[BININT2, le[0], le[1]]);
            } else {
                out.write(&[BININT1, le[0]]);
            }
        }
        return Ok(());
    }
    if proto < 2 {
        out.write(format!("L{value}L\n").as_bytes());
        return Ok(());
    }
    // The minimal little-endian two's complement, as `_PyLong_AsByteArray` plus the
    // trim of a redundant 0xff byte leaves it.
    let data = value.to_signed_bytes_le();
    if data.len() < 256 {
        out.write(&[LONG1, data.len() as u8]);
    } else {
        let len = u32::try_from(data.len())
            .ok()
            .filter(|len| *len <= 0x7fff_ffff)
            .ok_or_else(|| DumpError::overflow("int too large to pickle"))?;
        let mut header = [LONG4, 0, 0, 0, 0];
        header[1..].copy_from_slice(&len.to_le_bytes());
        out.write(&header);
    }
    out.write(&data);
    Ok(())
}

/// `save_float`: `BINFLOAT` (big-endian IEEE 754) in binary protocols, else `FLOAT`
/// with `repr(x)` as text.
pub(super) fn save_float(out: &mut Output, proto: u8, value: f64) {
    if proto >= 1 {
        let mut op = [0u8; 9];
        op[0] = BINFLOAT;
        op[1..].copy_from_slice(&value.to_be_bytes());
        out.write(&op);
    } else {
        out.write(&[FLOAT]);
        // `PyOS_double_to_string(x, 'r', 0, Py_DTSF_ADD_DOT_0)` is `repr(x)`.
        out.write(float_repr(value).as_bytes());
        out.write(b"\n");
    }
}

/// `save_unicode` minus the memo: `UNICODE` with raw-unicode-escape text in protocol
/// 0, else UTF-8 under `SHORT_BINUNICODE` (4+), `BINUNICODE` or `BINUNICODE8` (4+).
pub(super) fn save_unicode(out: &mut Output, proto: u8, s: &str) -> Result<(), DumpError> {
    let cps: Vec<u32> = s.chars().map(u32::from).collect();
    save_unicode_code_points(out, proto, &cps)
}

/// `save_unicode` of a str as code points: lone surrogates are encoded with
/// `surrogatepass` (`ED A0 80` for U+D800), or as `\uXXXX` in protocol 0.
pub(super) fn save_unicode_code_points(
    out: &mut Output,
    proto: u8,
    cps: &[u32],
) -> Result<(), DumpError> {
    if proto == 0 {
        out.write(&[UNICODE]);
        out.write(&raw_unicode_escape(cps));
        out.write(b"\n");
        return Ok(());
    }
    let utf8 = utf8_surrogatepass(cps);
    let short = (proto >= 4).then_some(SHORT_BINUNICODE);
    let header = sized_header(
        utf8.len(),
        proto,
        (short, BINUNICODE, BINUNICODE8),
        "serializing a string larger than 4 GiB requires pickle protocol 4 or higher",
    )?;
    out.write_bytes(&header, &utf8);
    Ok(())
}

/// `str.encode('utf-8', 'surrogatepass')`: a surrogate takes the 3-byte form too.
fn utf8_surrogatepass(cps: &[u32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(cps.len());
    for &cp in cps {
        match cp {
            0..=0x7f => out.push(cp as u8),
            0x80..=0x7ff => out.extend([0xc0 | (cp >> 6) as u8, 0x80 | (cp & 0x3f) as u8]),
            0x800..=0xffff => out.extend([
                0xe0 | (cp >> 12) as u8,
                0x80 | ((cp >> 6) & 0x3f) as u8,
                0x80 | (cp & 0x3f) as u8,
            ]),
            _ => out.extend([
                0xf0 | (cp >> 18) as u8,
                0x80 | ((cp >> 12) & 0x3f) as u8,
                0x80 | ((cp >> 6) & 0x3f) as u8,
                0x80 | (cp & 0x3f) as u8,
            ]),
        }
    }
    out
}

/// `_save_bytes_data` minus the memo (protocol 3+): `SHORT_BINBYTES`, `BINBYTES`
/// or `BINBYTES8` (4+).
pub(super) fn save_bytes_data(out: &mut Output, proto: u8, data: &[u8]) -> Result<(), DumpError> {
    let header = sized_header(
        data.len(),
        proto,
        (Some(SHORT_BINBYTES), BINBYTES, BINBYTES8),
        "serializing a bytes object larger than 4 GiB requires pickle protocol 4 or higher",
    )?;
    out.write_bytes(&header, data);
    Ok(())
}

/// The opcode and length field for a payload of `len` bytes: the 1-byte form up to
/// 255 (when there is one), the 4-byte form up to 4 GiB, else the 8-byte
/// form (protocol 4+).
fn sized_header(
    len: usize,
    proto: u8,
    (short, four, eight): (Option<u8>, u8, u8),
    too_large: &str,
) -> Result<Vec<u8>, DumpError> {
    if let (Some(short), Ok(len)) = (short, u8::try_from(len)) {
        return Ok(vec![short, len]);
    }
    if let Ok(len) = u32::try_from(len) {
        let mut header = vec![four];
        header.extend_from_slice(&len.to_le_bytes());
        return Ok(header);
    }
    if proto >= 4 {
        let mut header = vec![eight];
        header.extend_from_slice(&(len as u64).to_le_bytes());
        return Ok(header);
    }
    Err(DumpError::overflow(too_large))
}

/// `raw_unicode_escape` of `_pickle.c`: latin-1 bytes as they are, except that
/// backslash, NUL, `\n`, `\r` and `\x1a` (which would end or corrupt the line)
/// and every character above U+00FF become `\uXXXX` / `\UXXXXXXXX` escapes.
pub(super) fn raw_unicode_escape(cps: &[u32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(cps.len());
    for &code in cps {
        if code >= 0x10000 {
            out.extend_from_slice(format!("\\U{code:08x}").as_bytes());
        } else if code >= 0x100 || matches!(code, 0x5c | 0 | 0x0a | 0x0d | 0x1a) {
            out.extend_from_slice(format!("\\u{code:04x}").as_bytes());
        } else {
            out.push(code as u8);
        }
    }
    out
}
