//! pickletools' argument readers (`read_uint1`, `read_stringnl`, ...) over a byte
//! cursor, with their exact ValueError texts.

use crate::py::pickle::decode::{
    ascii, escape_decode, latin1, py_float, py_int, raw_unicode_escape, utf8_surrogatepass,
};
use crate::py::pickle::opinfo::Arg;
use crate::py::pickle::text::{bytearray_repr, bytes_repr, float_repr, int_repr, str_repr};
use num_bigint::BigInt;

/// A decoded argument, as the Python object pickletools' reader returns.
#[derive(Debug, Clone, PartialEq)]
pub enum ArgValue {
    Int(BigInt),
    Bool(bool),
    Str(Vec<u32>),
    Bytes(Vec<u8>),
    ByteArray(Vec<u8>),
    Float(f64),
}

impl ArgValue {
    /// `repr(arg)`; only a too-long int fails (Python's int max str digits).
    pub fn repr(&self) -> Result<String, String> {
        Ok(match self {
            ArgValue::Int(i) => int_repr(i)?,
            ArgValue::Bool(true) => "True".into(),
            ArgValue::Bool(false) => "False".into(),
            ArgValue::Str(s) => str_repr(s),
            ArgValue::Bytes(b) => bytes_repr(b),
            ArgValue::ByteArray(b) => bytearray_repr(b),
            ArgValue::Float(x) => float_repr(*x),
        })
    }

    /// The value as a memo key (`True == 1` in a Python dict).
    pub fn memo_key(&self) -> Option<BigInt> {
        match self {
            ArgValue::Int(i) => Some(i.clone()),
            ArgValue::Bool(b) => Some(BigInt::from(u8::from(*b))),
            _ => None,
        }
    }
}

/// A read position in the pickle, as the `io.BytesIO` pickletools reads from.
pub struct Cursor<'a> {
    data: &'a [u8],
    pub pos: usize,
}

impl<'a> Cursor<'a> {
    pub fn new(data: &'a [u8]) -> Self {
        Cursor { data, pos: 0 }
    }

    /// `f.read(n)`: at most n bytes (never allocates from n itself).
    pub fn read(&mut self, n: u64) -> &'a [u8] {
        let left = self.data.len().saturating_sub(self.pos);
        let take = usize::try_from(n).unwrap_or(usize::MAX).min(left);
        let start = self.pos.min(self.data.len());
        self.pos = start + take;
        &self.data[start..start + take]
    }

    /// `f.readline()`: up to and including the next newline, or to the end.
    pub fn readline(&mut self) -> &'a [u8] {
        let start = self.pos.min(self.data.len());
        let rest = &self.data[start..];
        let n = rest
            .iter()
            .position(|&b| b == b'\n')
            .map_or(rest.len(), |p| p + 1);
        self.pos = start + n;
        &rest[..n]
    }

    fn fixed<const N: usize>(&mut self, what: &str) -> Result<[u8; N], String> {
        <[u8; N]>::try_from(self.read(N as u64))
            .map_err(|_| format!("ValueError: not enough data in stream to read {what}"))
    }
}

/// `decode_long`: little-endian two's complement.
fn decode_long(data: &[u8]) -> BigInt {
    BigInt::from_signed_bytes_le(data)
}

/// `read_stringnl(f, decode, stripquotes)`, returning the raw bytes when not decoding.
fn stringnl_raw(f: &mut Cursor, stripquotes: bool) -> Result<Vec<u8>, String> {
    let line = f.readline();
    let Some(data) = line.strip_suffix(b"\n") else {
        return Err("ValueError: no newline found when trying to read stringnl".into());
    };
    if !stripquotes {
        return Ok(data.to_vec());
    }
    for q in [b'"', b'\''] {
        if data.first() == Some(&q) {
            if data.last() != Some(&q) {
                return Err(format!(
                    "ValueError: strinq quote {} not found at both ends of {}",
                    bytes_repr(&[q]),
                    bytes_repr(data)
                ));
            }
            // A lone quote both starts and ends the data: Python's data[1:-1] is empty.
            return Ok(data.get(1..data.len() - 1).unwrap_or_default().to_vec());
        }
    }
    Err(format!(
        "ValueError: no string quotes around {}",
        bytes_repr(data)
    ))
}

fn stringnl(f: &mut Cursor, stripquotes: bool) -> Result<Vec<u32>, String> {
    let raw = stringnl_raw(f, stripquotes)?;
    ascii(&escape_decode(&raw)?)
}

/// Length-prefixed data, with pickletools' "expected N bytes in a KIND" check.
fn counted<'a>(f: &mut Cursor<'a>, n: u64, kind: &str) -> Result<&'a [u8], String> {
    let data = f.read(n);
    if data.len() as u64 == n {
        Ok(data)
    } else {
        Err(format!(
            "ValueError: expected {n} bytes in a {kind}, but only {} remain",
            data.len()
        ))
    }
}

/// `sys.maxsize` on the 64-bit CPython the fixtures come from.
const MAXSIZE: u64 = i64::MAX as u64;

fn len8(f: &mut Cursor, kind: &str) -> Result<u64, String> {
    let n = u64::from_le_bytes(f.fixed::<8>("uint8")?);
    if n > MAXSIZE {
        return Err(format!("ValueError: {kind} byte count > sys.maxsize: {n}"));
    }
    Ok(n)
}

/// Reads the argument of kind `arg`; `Ok(None)` for opcodes without one.
pub fn read_arg(f: &mut Cursor, arg: Arg) -> Result<Option<ArgValue>, String> {
    let value = match arg {
        Arg::None => return Ok(None),
        Arg::Uint1 => ArgValue::Int(f.fixed::<1>("uint1")?[0].into()),
        Arg::Uint2 => ArgValue::Int(u16::from_le_bytes(f.fixed("uint2")?).into()),
        Arg::Int4 => ArgValue::Int(i32::from_le_bytes(f.fixed("int4")?).into()),
        Arg::Uint4 => ArgValue::Int(u32::from_le_bytes(f.fixed("uint4")?).into()),
        Arg::Uint8 => ArgValue::Int(u64::from_le_bytes(f.fixed("uint8")?).into()),
        Arg::Float8 => ArgValue::Float(f64::from_be_bytes(f.fixed("float8")?)),
        Arg::DecimalnlShort => {
            let s = stringnl_raw(f, false)?;
            match s.as_slice() {
                b"00" => ArgValue::Bool(false),
                b"01" => ArgValue::Bool(true),
                _ => ArgValue::Int(py_int(&s)?),
            }
        }
        Arg::DecimalnlLong => {
            let s = stringnl_raw(f, false)?;
            let s = s.strip_suffix(b"L").unwrap_or(&s);
            ArgValue::Int(py_int(s)?)
        }
        Arg::Floatnl => ArgValue::Float(py_float(&stringnl_raw(f, false)?)?),
        Arg::Long1 => {
            let n = f.fixed::<1>("uint1")?[0];
            let data = f.read(n.into());
            if data.len() != usize::from(n) {
                return Err("ValueError: not enough data in stream to read long1".into());
            }
            ArgValue::Int(decode_long(data))
        }
        Arg::Long4 => {
            let n = i32::from_le_bytes(f.fixed("int4")?);
            if n < 0 {
                return Err(format!("ValueError: long4 byte count < 0: {n}"));
            }
            let data = f.read(n.unsigned_abs().into());
            if data.len() as u64 != u64::from(n.unsigned_abs()) {
                return Err("ValueError: not enough data in stream to read long4".into());
            }
            ArgValue::Int(decode_long(data))
        }
        Arg::Stringnl => ArgValue::Str(stringnl(f, true)?),
        Arg::StringnlNoescape => ArgValue::Str(stringnl(f, false)?),
        Arg::StringnlNoescapePair => {
            let mut first = stringnl(f, false)?;
            let second = stringnl(f, false)?;
            first.push(u32::from(b' '));
            first.extend(second);
            ArgValue::Str(first)
        }
        Arg::String1 => {
            let n = f.fixed::<1>("uint1")?[0];
            ArgValue::Str(latin1(counted(f, n.into(), "string1")?))
        }
        Arg::String4 => {
            let n = i32::from_le_bytes(f.fixed("int4")?);
            if n < 0 {
                return Err(format!("ValueError: string4 byte count < 0: {n}"));
            }
            ArgValue::Str(latin1(counted(f, n.unsigned_abs().into(), "string4")?))
        }
        Arg::Bytes1 => {
            let n = f.fixed::<1>("uint1")?[0];
            ArgValue::Bytes(counted(f, n.into(), "bytes1")?.to_vec())
        }
        Arg::Bytes4 => {
            let n = u32::from_le_bytes(f.fixed("uint4")?);
            ArgValue::Bytes(counted(f, n.into(), "bytes4")?.to_vec())
        }
        Arg::Bytes8 => {
            let n = len8(f, "bytes8")?;
            ArgValue::Bytes(counted(f, n, "bytes8")?.to_vec())
        }
        Arg::Bytearray8 => {
            let n = len8(f, "bytearray8")?;
            ArgValue::ByteArray(counted(f, n, "bytearray8")?.to_vec())
        }
        Arg::Unicodestringnl => {
            let line = f.readline();
            let Some(data) = line.strip_suffix(b"\n") else {
                return Err(
                    "ValueError: no newline found when trying to read unicodestringnl".into(),
                );
            };
            ArgValue::Str(raw_unicode_escape(data)?)
        }
        Arg::Unicodestring1 => {
            let n = f.fixed::<1>("uint1")?[0];
            ArgValue::Str(utf8_surrogatepass(counted(f, n.into(), "unicodestring1")?)?)
        }
        Arg::Unicodestring4 => {
            let n = u32::from_le_bytes(f.fixed("uint4")?);
            ArgValue::Str(utf8_surrogatepass(counted(f, n.into(), "unicodestring4")?)?)
        }
        Arg::Unicodestring8 => {
            let n = len8(f, "unicodestring8")?;
            ArgValue::Str(utf8_surrogatepass(counted(f, n, "unicodestring8")?)?)
        }
    };
    Ok(Some(value))
}
