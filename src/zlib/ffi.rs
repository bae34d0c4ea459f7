//! The one place that touches zlib's C ABI (as `libz-rs-sys` exposes it): a safe
//! owner for a `z_stream`, driven exactly as CPython's Modules/zlibmodule.c drives it.
//!
//! Everything `unsafe` in the crate lives here. The callers above see slices in,
//! counts and return codes out, and zlib's `msg` as an owned string.

use libz_rs_sys as z;
use std::ffi::{c_int, CStr};

pub(crate) use z::{
    Z_BUF_ERROR, Z_DATA_ERROR, Z_FINISH, Z_MEM_ERROR, Z_NO_FLUSH, Z_OK, Z_STREAM_END,
    Z_STREAM_ERROR, Z_SYNC_FLUSH,
};

/// CPython's `DEF_MEM_LEVEL` (zlib's default, 8).
const DEF_MEM_LEVEL: c_int = 8;

/// What one call to `inflate` or `deflate` did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Step {
    /// zlib's return code (`Z_OK`, `Z_STREAM_END`, `Z_DATA_ERROR`, ...).
    pub code: i32,
    /// Input bytes zlib took from the front of `input`.
    pub consumed: usize,
    /// Output bytes zlib wrote at the front of `output`.
    pub produced: usize,
}

/// Which direction a stream was initialised for (decides the matching `*End`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Inflate,
    Deflate,
}

/// An initialised `z_stream`. Boxed, because zlib's internal state keeps a pointer
/// back to the `z_stream` and checks it on every call: the stream must never move.
pub(crate) struct Stream {
    strm: Box<z::z_stream>,
    kind: Kind,
    /// Set once `inflateEnd`/`deflateEnd` ran: zlib's state is freed.
    ended: bool,
}

impl std::fmt::Debug for Stream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Stream")
            .field("kind", &self.kind)
            .field("ended", &self.ended)
            .finish()
    }
}

impl Stream {
    /// `inflateInit2(strm, wbits)`; on failure the zlib return code.
    pub(crate) fn inflate_init(wbits: i32) -> Result<Self, i32> {
        let mut strm = Box::new(z::z_stream::default());
        // SAFETY: `strm` is a valid, default-initialised z_stream (allocator set by
        // the `rust-allocator` feature); the version string is zlib's own,
        // NUL-terminated; the size is that of the very struct we pass.
        let code = unsafe {
            z::inflateInit2_(
                &mut *strm,
                wbits,
                z::zlibVersion(),
                std::mem::size_of::<z::z_stream>() as c_int,
            )
        };
        if code == Z_OK {
            Ok(Self {
                strm,
                kind: Kind::Inflate,
                ended: false,
            })
        } else {
            Err(code)
        }
    }

    /// `deflateInit2(strm, level, Z_DEFLATED, wbits, DEF_MEM_LEVEL,
    /// Z_DEFAULT_STRATEGY)`, as `zlib.compress` and `zlib.compressobj` call it.
    pub(crate) fn deflate_init(level: i32, wbits: i32) -> Result<Self, i32> {
        let mut strm = Box::new(z::z_stream::default());
        // SAFETY: as in `inflate_init`.
        let code = unsafe {
            z::deflateInit2_(
                &mut *strm,
                level,
                z::Z_DEFLATED,
                wbits,
                DEF_MEM_LEVEL,
                z::Z_DEFAULT_STRATEGY,
                z::zlibVersion(),
                std::mem::size_of::<z::z_stream>() as c_int,
            )
        };
        if code == Z_OK {
            Ok(Self {
                strm,
                kind: Kind::Deflate,
                ended: false,
            })
        } else {
            Err(code)
        }
    }

    /// `deflateTune(strm, good_length, max_lazy, nice_length, max_chain)`.
    pub(crate) fn tune(&mut self, good: i32, lazy: i32, nice: i32, chain: i32) -> i32 {
        if self.ended || self.kind != Kind::Deflate {
            return Z_STREAM_ERROR;
        }
        // SAFETY: an initialised, not yet ended deflate stream.
        unsafe { z::deflateTune(&mut *self.strm, good, lazy, nice, chain) }
    }

    /// One `inflate(strm, flush)` (or `deflate`) over `input` into `output`.
    /// Lengths above `u32::MAX` are clipped, as CPython's `arrange_input_buffer`.
    /// After `end`, answers `Z_STREAM_ERROR` as zlib does for a freed state.
    pub(crate) fn run(&mut self, input: &[u8], output: &mut [u8], flush: i32) -> Step {
        if self.ended {
            return Step {
                code: Z_STREAM_ERROR,
                consumed: 0,
                produced: 0,
            };
        }
        let avail_in = u32::try_from(input.len()).unwrap_or(u32::MAX);
        let avail_out = u32::try_from(output.len()).unwrap_or(u32::MAX);
        self.strm.next_in = input.as_ptr();
        self.strm.avail_in = avail_in;
        self.strm.next_out = output.as_mut_ptr();
        self.strm.avail_out = avail_out;
        // SAFETY: next_in/avail_in describe the live `input` slice and
        // next_out/avail_out the live, initialised `output` slice, both valid for
        // the whole call; the stream was initialised and not ended.
        let code = unsafe {
            match self.kind {
                Kind::Inflate => z::inflate(&mut *self.strm, flush),
                Kind::Deflate => z::deflate(&mut *self.strm, flush),
            }
        };
        let consumed = (avail_in - self.strm.avail_in.min(avail_in)) as usize;
        let produced = (avail_out - self.strm.avail_out.min(avail_out)) as usize;
        // Leave no pointer into the caller's buffers behind.
        self.strm.next_in = std::ptr::null();
        self.strm.avail_in = 0;
        self.strm.next_out = std::ptr::null_mut();
        self.strm.avail_out = 0;
        Step {
            code,
            consumed,
            produced,
        }
    }

    /// zlib's `strm->msg`, if it set one.
    pub(crate) fn msg(&self) -> Option<String> {
        // After `*End` the state is gone; CPython only reaches that point after a
        // clean end of stream, when zlib's `msg` is still NULL.
        if self.ended || self.strm.msg.is_null() {
            return None;
        }
        // SAFETY: zlib only ever points `msg` at its own static NUL-terminated
        // strings; it is non-null here.
        let text = unsafe { CStr::from_ptr(self.strm.msg) };
        Some(text.to_string_lossy().into_owned())
    }

    /// `inflateEnd`/`deflateEnd`: frees zlib's state; later calls get
    /// `Z_STREAM_ERROR`. Returns zlib's code (`Z_OK`, or `Z_DATA_ERROR` when a
    /// deflate stream ended mid-way).
    pub(crate) fn end(&mut self) -> i32 {
        if self.ended {
            return Z_STREAM_ERROR;
        }
        self.ended = true;
        // SAFETY: the stream was initialised by the matching *Init2_ and is ended
        // exactly once (guarded by `ended`).
        unsafe {
            match self.kind {
                Kind::Inflate => z::inflateEnd(&mut *self.strm),
                Kind::Deflate => z::deflateEnd(&mut *self.strm),
            }
        }
    }
}

impl Drop for Stream {
    fn drop(&mut self) {
        let _ = self.end();
    }
}
