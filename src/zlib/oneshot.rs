//! `zlib.decompress(data, wbits)`: the one-shot call. It stops at the end of the first
//! stream and silently drops whatever follows (where `decompressobj` keeps it in
//! `unused_data`), and raises Error -5 when the stream is cut short.

use super::{Decompressor, ZlibError};

/// What `zlib.decompress(data, wbits)` returns or raises (CPython 3.11).
pub fn decompress(data: &[u8], wbits: i32) -> Result<Vec<u8>, ZlibError> {
    let mut d = Decompressor::new(wbits)?;
    let out = d.decompress(data, 0)?;
    if d.eof() {
        Ok(out)
    } else {
        // zlibmodule.c's zlib_decompress_impl: Z_BUF_ERROR with no input left.
        Err(ZlibError::from_zlib(-5, "while decompressing data", None))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_first_stream_and_its_bytes_come_back() {
        // python3: zlib.decompress(zlib.compress(b'sparse') + b'.' + zlib.compress(b'flat') + b'.')
        let stream = super::super::exercise::classic_stream().unwrap_or_default();
        assert_eq!(decompress(&stream, 15), Ok(b"sparse".to_vec()));
        // python3: zlib.decompress(that[:10])
        assert_eq!(
            decompress(&stream[..10], 15).map_err(|e| e.to_string()),
            Err(
                "zlib.error: Error -5 while decompressing data: incomplete or truncated stream"
                    .into()
            )
        );
    }
}
