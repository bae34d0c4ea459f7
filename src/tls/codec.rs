//! The wire codec (RFC 5246 section 4): a `Reader` and `Writer` that record field spans.
//!
//! Every byte the page's hex view colours comes from a `Field` recorded here, while the
//! real encoder or decoder runs, never from a second description of the format.

use core::ops::Range;

/// One labelled span of an encoded message: what the inspector shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    /// Field name as RFC 5246 spells it (`client_version`, `random`, ...).
    pub label: String,
    /// Byte range inside the message's encoding.
    pub range: Range<usize>,
    /// What the bytes mean, in words (`TLS 1.2`, `TLS_RSA_WITH_AES_128_GCM_SHA256`).
    pub meaning: String,
}

/// A decoding failure: the input ended early or a length was inconsistent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodeError(pub String);

impl core::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "decode_error: {}", self.0)
    }
}

/// Reads TLS wire data and records the span of every field it takes.
#[derive(Debug)]
pub struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
    /// Offset of `buf[0]` inside the message being annotated (for nested readers).
    base: usize,
    /// The spans read so far.
    pub fields: Vec<Field>,
}

impl<'a> Reader<'a> {
    /// A reader over a whole message.
    pub fn new(buf: &'a [u8]) -> Self {
        Reader {
            buf,
            pos: 0,
            base: 0,
            fields: Vec::new(),
        }
    }

    /// Bytes not yet read.
    pub fn rest(&self) -> &'a [u8] {
        self.buf.get(self.pos..).unwrap_or(&[])
    }

    /// True when every byte has been read.
    pub fn is_empty(&self) -> bool {
        self.pos >= self.buf.len()
    }

    /// Current absolute offset (for spans).
    pub fn offset(&self) -> usize {
        self.base + self.pos
    }

    /// Takes `n` bytes without recording a field.
    pub fn take_raw(&mut self, n: usize, what: &str) -> Result<&'a [u8], DecodeError> {
        let end = self.pos.checked_add(n).filter(|e| *e <= self.buf.len());
        match end {
            Some(end) => {
                let out = &self.buf[self.pos..end];
                self.pos = end;
                Ok(out)
            }
            None => Err(DecodeError(format!(
                "{what}: need {n} bytes, {} left",
                self.buf.len().saturating_sub(self.pos)
            ))),
        }
    }

    /// Takes `n` bytes and records them as field `label`.
    pub fn take(
        &mut self,
        label: &str,
        n: usize,
        meaning: impl Into<String>,
    ) -> Result<&'a [u8], DecodeError> {
        let start = self.offset();
        let out = self.take_raw(n, label)?;
        self.note(label, start, meaning);
        Ok(out)
    }

    /// Records a field from `start` to the current offset.
    pub fn note(&mut self, label: &str, start: usize, meaning: impl Into<String>) {
        self.fields.push(Field {
            label: label.to_string(),
            range: start..self.offset(),
            meaning: meaning.into(),
        });
    }

    /// Reads a big-endian integer of `n` (1..=3) bytes.
    pub fn uint(&mut self, label: &str, n: usize) -> Result<usize, DecodeError> {
        let b = self.take_raw(n, label)?;
        Ok(b.iter().fold(0usize, |acc, x| (acc << 8) | usize::from(*x)))
    }

    /// Reads a u8 and records it.
    pub fn u8(&mut self, label: &str) -> Result<u8, DecodeError> {
        let start = self.offset();
        let v = self.uint(label, 1)? as u8;
        self.note(label, start, v.to_string());
        Ok(v)
    }

    /// Reads a u16 and records it.
    pub fn u16(&mut self, label: &str) -> Result<u16, DecodeError> {
        let start = self.offset();
        let v = self.uint(label, 2)? as u16;
        self.note(label, start, v.to_string());
        Ok(v)
    }

    /// Reads a vector `<floor..2^(8*len_bytes)-1>` (RFC 5246 section 4.3) and records
    /// its length prefix and body.
    pub fn vec(&mut self, label: &str, len_bytes: usize) -> Result<&'a [u8], DecodeError> {
        let start = self.offset();
        let n = self.uint(label, len_bytes)?;
        self.note(&format!("{label} length"), start, n.to_string());
        self.take(label, n, format!("{n} bytes"))
    }

    /// A reader over the next `n` bytes whose spans land in this reader's field list.
    pub fn sub(&mut self, label: &str, n: usize) -> Result<Reader<'a>, DecodeError> {
        let base = self.offset();
        let body = self.take_raw(n, label)?;
        Ok(Reader {
            buf: body,
            pos: 0,
            base,
            fields: Vec::new(),
        })
    }

    /// Moves the fields of a finished sub-reader into this one.
    pub fn absorb(&mut self, sub: Reader<'a>) {
        self.fields.extend(sub.fields);
    }

    /// Sets the meaning of the most recent field (after interpreting its value).
    pub fn explain_last(&mut self, meaning: impl Into<String>) {
        if let Some(f) = self.fields.last_mut() {
            f.meaning = meaning.into();
        }
    }

    /// Fails unless all bytes were consumed.
    pub fn expect_end(&self, what: &str) -> Result<(), DecodeError> {
        if self.is_empty() {
            Ok(())
        } else {
            Err(DecodeError(format!(
                "{what}: {} trailing bytes",
                self.buf.len() - self.pos
            )))
        }
    }
}

/// Writes TLS wire data and records the span of every field it puts.
#[derive(Debug, Default)]
pub struct Writer {
    /// The encoding so far.
    pub buf: Vec<u8>,
    /// The spans written so far.
    pub fields: Vec<Field>,
}

impl Writer {
    /// An empty writer.
    pub fn new() -> Self {
        Writer::default()
    }

    /// Appends `bytes` as field `label`.
    pub fn put(&mut self, label: &str, bytes: &[u8], meaning: impl Into<String>) {
        let start = self.buf.len();
        self.buf.extend_from_slice(bytes);
        self.fields.push(Field {
            label: label.to_string(),
            range: start..self.buf.len(),
            meaning: meaning.into(),
        });
    }

    /// Appends a big-endian integer of `n` bytes.
    pub fn uint(&mut self, label: &str, n: usize, v: usize, meaning: impl Into<String>) {
        let bytes: Vec<u8> = (0..n).rev().map(|i| (v >> (8 * i)) as u8).collect();
        self.put(label, &bytes, meaning);
    }

    /// Appends a vector with an `len_bytes`-byte length prefix (RFC 5246 section 4.3).
    pub fn vec(&mut self, label: &str, len_bytes: usize, body: &[u8], meaning: impl Into<String>) {
        self.uint(
            &format!("{label} length"),
            len_bytes,
            body.len(),
            body.len().to_string(),
        );
        self.put(label, body, meaning);
    }

    /// Appends another writer's output, shifting its spans.
    pub fn nest(&mut self, inner: Writer) {
        let shift = self.buf.len();
        self.buf.extend_from_slice(&inner.buf);
        self.fields.extend(inner.fields.into_iter().map(|mut f| {
            f.range = f.range.start + shift..f.range.end + shift;
            f
        }));
    }
}

/// A wire type: encode into a `Writer`, read from a `Reader` (rustls `msgs/codec.rs`).
pub trait Codec: Sized {
    /// Writes the encoding, recording spans.
    fn encode(&self, w: &mut Writer);
    /// Reads one value, recording spans.
    fn read(r: &mut Reader<'_>) -> Result<Self, DecodeError>;

    /// The encoding as bytes.
    fn get_encoding(&self) -> Vec<u8> {
        let mut w = Writer::new();
        self.encode(&mut w);
        w.buf
    }
}
