//! `zlib.decompressobj(wbits)`, step for step as CPython 3.11's
//! Modules/zlibmodule.c (`zlib_Decompress_decompress_impl`,
//! `zlib_Decompress_flush_impl`, `save_unconsumed_input`) with zlib 1.2.13.
//!
//! The output buffer grows in CPython's `_BlocksOutputBuffer` block sizes, so zlib
//! sees the same `avail_out` on every call as under CPython: how far zlib reads
//! into its input (and so `unconsumed_tail`) depends on it.

use super::ffi::{self, Stream};
use super::quirks;
use super::ZlibError;

/// pycore_blocks_output_buffer.h `BUFFER_BLOCK_SIZE`.
const BUFFER_BLOCK_SIZE: [usize; 17] = [
    32 << 10,
    64 << 10,
    256 << 10,
    1 << 20,
    4 << 20,
    8 << 20,
    16 << 20,
    16 << 20,
    32 << 20,
    32 << 20,
    32 << 20,
    32 << 20,
    64 << 20,
    64 << 20,
    128 << 20,
    128 << 20,
    256 << 20,
];

/// `flush()`'s default `length` (zlibmodule.c `DEF_BUF_SIZE`).
const DEF_BUF_SIZE: usize = 16 * 1024;

const DECOMPRESSING: &str = "while decompressing data";
const FINISHING: &str = "while finishing decompression";

/// An output buffer that grows block by block like CPython's, up to `max_length`.
struct BlocksOutput {
    data: Vec<u8>,
    filled: usize,
    blocks: usize,
    max_length: Option<usize>,
}

impl BlocksOutput {
    /// `_BlocksOutputBuffer_InitAndGrow`: the first block is 32 KiB, or
    /// `max_length` if smaller. `first` overrides the size (flush's `length`).
    fn new(max_length: Option<usize>, first: Option<usize>) -> Self {
        let mut out = Self {
            data: Vec::new(),
            filled: 0,
            blocks: 0,
            max_length,
        };
        let size = first.unwrap_or(BUFFER_BLOCK_SIZE[0]);
        out.add_block(size);
        out
    }

    fn add_block(&mut self, size: usize) {
        let size = match self.max_length {
            Some(max) => size.min(max.saturating_sub(self.data.len())),
            None => size,
        };
        self.data.resize(self.data.len().saturating_add(size), 0);
        self.blocks += 1;
    }

    /// `_BlocksOutputBuffer_Grow`: the next block from the table.
    fn grow(&mut self) {
        let index = self.blocks.min(BUFFER_BLOCK_SIZE.len() - 1);
        self.add_block(BUFFER_BLOCK_SIZE[index]);
    }

    fn avail_out(&self) -> usize {
        self.data.len() - self.filled
    }

    /// `OutputBuffer_GetDataSize(...) == max_length`.
    fn is_full(&self) -> bool {
        self.max_length == Some(self.filled)
    }

    fn finish(mut self) -> Vec<u8> {
        self.data.truncate(self.filled);
        self.data
    }
}

/// `d = zlib.decompressobj(wbits)`: feed it chunks, read `eof`, `unused_data`,
/// `unconsumed_tail` after each call, exactly as CPython reports them.
#[derive(Debug)]
pub struct Decompressor {
    stream: Stream,
    wbits: i32,
    eof: bool,
    unused_data: Vec<u8>,
    unconsumed_tail: Vec<u8>,
    /// Every byte zlib has taken so far (see `quirks::data_error_message`).
    history: Vec<u8>,
    /// zlib's message for the first data error: zlib repeats it on later calls.
    first_error: Option<String>,
    /// The most one call may return (None: unlimited, as in Python).
    output_limit: Option<usize>,
}

impl Decompressor {
    /// `zlib.decompressobj(wbits)`: 8..=15 zlib, -8..=-15 raw, 24..=31 gzip,
    /// 40..=47 automatic zlib/gzip, 0 = the zlib header's window size.
    pub fn new(wbits: i32) -> Result<Self, ZlibError> {
        match Stream::inflate_init(wbits) {
            Ok(stream) => Ok(Self {
                stream,
                wbits,
                eof: false,
                unused_data: Vec::new(),
                unconsumed_tail: Vec::new(),
                history: Vec::new(),
                first_error: None,
                output_limit: None,
            }),
            Err(ffi::Z_MEM_ERROR) => Err(ZlibError::OutOfMemory),
            Err(_) => Err(ZlibError::InvalidInitOption),
        }
    }

    /// The `wbits` this object was made with.
    pub fn wbits(&self) -> i32 {
        self.wbits
    }

    /// `d.eof`: the end of the compressed stream was reached.
    pub fn eof(&self) -> bool {
        self.eof
    }

    /// `d.unused_data`: bytes after the end of the compressed stream.
    pub fn unused_data(&self) -> &[u8] {
        &self.unused_data
    }

    /// `d.unconsumed_tail`: input not yet read because `max_length` was reached
    /// (pass it back in the next call).
    pub fn unconsumed_tail(&self) -> &[u8] {
        &self.unconsumed_tail
    }

    /// A guard Python does not have: a call that would return more than `limit`
    /// bytes stops with [`ZlibError::OutputLimit`] instead of filling memory (a
    /// decompression bomb fed without `max_length` would freeze the page).
    pub fn set_output_limit(&mut self, limit: Option<usize>) {
        self.output_limit = limit;
    }

    /// Refuses to grow the output past `output_limit`.
    fn check_limit(&self, out: &BlocksOutput) -> Result<(), ZlibError> {
        match self.output_limit {
            Some(limit) if out.data.len() >= limit => Err(ZlibError::OutputLimit(limit)),
            _ => Ok(()),
        }
    }

    /// `d.decompress(data, max_length)`; `max_length == 0` means no limit.
    pub fn decompress(&mut self, data: &[u8], max_length: usize) -> Result<Vec<u8>, ZlibError> {
        let max = (max_length != 0).then_some(max_length);
        let mut out = BlocksOutput::new(max, None);
        let (pos, err) = self.inflate(data, &mut out, false)?;
        if err == ffi::Z_STREAM_END {
            self.eof = true;
        } else if err != ffi::Z_OK && err != ffi::Z_BUF_ERROR {
            let msg = self.error_message(err, data.get(pos..).unwrap_or_default());
            return Err(ZlibError::from_zlib(err, DECOMPRESSING, msg));
        }
        Ok(out.finish())
    }

    /// `d.flush()`: decompress what is left in `unconsumed_tail` with Z_FINISH.
    /// As in CPython 3.11 it reports no error for a truncated or corrupt stream
    /// (it returns what it could); at the end of the stream it frees zlib's state.
    pub fn flush(&mut self) -> Result<Vec<u8>, ZlibError> {
        // CPython reads the tail in place; it stays unless save_unconsumed_input
        // replaces it.
        let data = self.unconsumed_tail.clone();
        let mut out = BlocksOutput::new(None, Some(DEF_BUF_SIZE));
        let (_, err) = self.inflate(&data, &mut out, true)?;
        if err == ffi::Z_STREAM_END {
            self.eof = true;
            let code = self.stream.end();
            if code != ffi::Z_OK {
                return Err(ZlibError::from_zlib(code, FINISHING, self.stream.msg()));
            }
        }
        Ok(out.finish())
    }

    /// The inflate loop `decompress` and `flush` share in Modules/zlibmodule.c: feed
    /// `data` a UINT_MAX window at a time until the output is full (max_length), the
    /// stream ends or zlib fails, then keep what was not consumed. With `finish`, the
    /// last window goes in with Z_FINISH (`flush`), else each with Z_SYNC_FLUSH.
    /// Returns the bytes consumed and zlib's last code.
    fn inflate(
        &mut self,
        data: &[u8],
        out: &mut BlocksOutput,
        finish: bool,
    ) -> Result<(usize, i32), ZlibError> {
        let mut pos = 0;
        // Kept across the full-buffer exit: when the stream ends exactly at
        // max_length, CPython still sees Z_STREAM_END and sets eof.
        let mut err = ffi::Z_OK;
        'input: loop {
            // arrange_input_buffer hands zlib at most UINT_MAX bytes at a time.
            let window_end = pos + (data.len() - pos).min(u32::MAX as usize);
            let flush = match (finish, window_end == data.len()) {
                (false, _) => ffi::Z_SYNC_FLUSH,
                (true, true) => ffi::Z_FINISH,
                (true, false) => ffi::Z_NO_FLUSH,
            };
            loop {
                if out.avail_out() == 0 {
                    if out.is_full() {
                        break 'input;
                    }
                    self.check_limit(out)?;
                    out.grow();
                }
                let start = out.filled;
                let step = self
                    .stream
                    .run(&data[pos..window_end], &mut out.data[start..], flush);
                pos += step.consumed;
                out.filled += step.produced;
                err = step.code;
                // Z_NEED_DICT: CPython has no zdict here, so it is an error too.
                if !matches!(err, ffi::Z_OK | ffi::Z_BUF_ERROR | ffi::Z_STREAM_END) {
                    break 'input;
                }
                if out.avail_out() != 0 {
                    break;
                }
            }
            if err == ffi::Z_STREAM_END || window_end == data.len() {
                break;
            }
        }
        self.history
            .extend_from_slice(data.get(..pos).unwrap_or_default());
        self.save_unconsumed_input(data, pos, err);
        Ok((pos, err))
    }

    /// zlib's `msg` after a failed call, as zlib 1.2.13 would have left it.
    fn error_message(&mut self, err: i32, rest: &[u8]) -> Option<String> {
        let msg = self.stream.msg();
        if err != ffi::Z_DATA_ERROR {
            return msg;
        }
        let msg = match (&self.first_error, msg) {
            (Some(first), _) => Some(first.clone()),
            (None, Some(m)) if m == quirks::BAD_STATE => {
                quirks::data_error_message(self.wbits, &self.history, rest).or(Some(m))
            }
            (None, msg) => msg,
        };
        self.first_error.clone_from(&msg);
        msg
    }

    /// CPython's `save_unconsumed_input`, quirks included: after the end of the
    /// stream the rest of `data` goes to `unused_data`, and if a tail was pending
    /// it is *also* replaced by that rest.
    fn save_unconsumed_input(&mut self, data: &[u8], pos: usize, err: i32) {
        let left = data.get(pos..).unwrap_or_default();
        let mut avail_in = left.len();
        if err == ffi::Z_STREAM_END && avail_in > 0 {
            self.unused_data.extend_from_slice(left);
            avail_in = 0;
        }
        if avail_in > 0 || !self.unconsumed_tail.is_empty() {
            self.unconsumed_tail = left.to_vec();
        }
    }
}
