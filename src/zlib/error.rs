//! `ZlibError`: every way the zlib engine fails, worded as CPython 3.11 words it.

/// A failure of `compress`, `Decompressor` or `inflate_capped`, printed as the last
/// line of Python's traceback (`zlib.error: Error -3 while decompressing data: ...`).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ZlibError {
    /// zlib returned `code` during `action` ("while decompressing data",
    /// "while compressing data", "while finishing decompression"); `msg` is zlib's
    /// own `strm->msg` or, when zlib left it empty, CPython's fallback text
    /// (`zlib_error` in Modules/zlibmodule.c).
    Zlib {
        code: i32,
        action: &'static str,
        msg: Option<String>,
    },
    /// `deflateInit2` refused the level or wbits: `zlib.error: Bad compression level`
    /// (CPython says "level" for a bad wbits too).
    BadCompressionLevel,
    /// `inflateInit2` refused wbits: `ValueError: Invalid initialization option`.
    InvalidInitOption,
    /// zlib could not allocate: `MemoryError: Out of memory while compressing data`.
    OutOfMemory,
    /// Not Python's: the lab stopped one call at this many bytes of output
    /// (`Decompressor::set_output_limit`); Python would have kept allocating.
    OutputLimit(usize),
}

impl ZlibError {
    /// CPython's `zlib_error`: zlib's message, else a fallback by return code.
    pub(crate) fn from_zlib(code: i32, action: &'static str, zmsg: Option<String>) -> Self {
        let msg = zmsg.or_else(|| {
            let fallback = match code {
                -5 => "incomplete or truncated stream",
                -2 => "inconsistent stream state",
                -3 => "invalid input data",
                -6 => "library version mismatch",
                _ => return None,
            };
            Some(fallback.to_string())
        });
        ZlibError::Zlib { code, action, msg }
    }
}

impl std::fmt::Display for ZlibError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ZlibError::Zlib {
                code,
                action,
                msg: Some(msg),
            } => {
                write!(f, "zlib.error: Error {code} {action}: {msg}")
            }
            ZlibError::Zlib {
                code,
                action,
                msg: None,
            } => {
                write!(f, "zlib.error: Error {code} {action}")
            }
            ZlibError::BadCompressionLevel => f.write_str("zlib.error: Bad compression level"),
            ZlibError::InvalidInitOption => {
                f.write_str("ValueError: Invalid initialization option")
            }
            ZlibError::OutOfMemory => {
                f.write_str("MemoryError: Out of memory while compressing data")
            }
            ZlibError::OutputLimit(limit) => write!(
                f,
                "stopped: this call would return more than {limit} bytes (pass max_length, \
                 as a program reading untrusted data should)"
            ),
        }
    }
}

impl std::error::Error for ZlibError {}
