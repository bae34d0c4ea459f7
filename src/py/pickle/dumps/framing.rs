//! The pickler's output buffer with protocol 4 framing, as `_Pickler_Write`,
//! `_Pickler_CommitFrame`, `_Pickler_OpcodeBoundary` and `_Pickler_write_bytes` in
//! CPython's `Modules/_pickle.c` build it (PEP 3154).

use crate::py::pickle::opcodes::FRAME;

/// `FRAME` opcode plus its 8-byte little-endian length.
const FRAME_HEADER_SIZE: usize = 9;
/// A frame with fewer payload bytes than this loses its header when committed.
const FRAME_SIZE_MIN: usize = 4;
/// A frame is closed at the first opcode boundary once it holds this much.
const FRAME_SIZE_TARGET: usize = 64 * 1024;

/// The bytes written so far, and where the open frame (if any) starts.
#[derive(Debug, Default)]
pub(super) struct Output {
    buf: Vec<u8>,
    /// Protocol 4+ after `PROTO` has been written.
    framing: bool,
    /// Offset of the open frame's 9-byte header placeholder.
    frame_start: Option<usize>,
}

impl Output {
    /// Turns framing on (`dump` does so right after writing `PROTO 4` or `PROTO 5`).
    pub(super) fn start_framing(&mut self) {
        self.framing = true;
    }

    /// `_Pickler_Write`: appends `data`, first opening a frame if framing is on and
    /// none is open.
    pub(super) fn write(&mut self, data: &[u8]) {
        if self.framing && self.frame_start.is_none() {
            self.frame_start = Some(self.buf.len());
            // Placeholder, filled in (or removed) by `commit_frame`.
            self.buf.extend_from_slice(&[0xfe; FRAME_HEADER_SIZE]);
        }
        self.buf.extend_from_slice(data);
    }

    /// `_Pickler_CommitFrame`: closes the open frame, writing its header, or removing
    /// the header when the frame is too small to be worth one.
    pub(super) fn commit_frame(&mut self) {
        let Some(start) = self.frame_start.take() else {
            return;
        };
        let payload_start = start.saturating_add(FRAME_HEADER_SIZE);
        let frame_len = self.buf.len().saturating_sub(payload_start);
        if frame_len >= FRAME_SIZE_MIN {
            let mut header = [0u8; FRAME_HEADER_SIZE];
            header[0] = FRAME;
            header[1..].copy_from_slice(&(frame_len as u64).to_le_bytes());
            if let Some(slot) = self.buf.get_mut(start..payload_start) {
                slot.copy_from_slice(&header);
            }
        } else {
            // The frame is the tail of the buffer, so this moves fewer than 4 bytes.
            self.buf.drain(start..payload_start);
        }
    }

    /// `_Pickler_OpcodeBoundary`, called at the start of every `save`: closes the
    /// frame once it has reached `FRAME_SIZE_TARGET`.
    pub(super) fn opcode_boundary(&mut self) {
        if let Some(start) = self.frame_start {
            let frame_len = self
                .buf
                .len()
                .saturating_sub(start.saturating_add(FRAME_HEADER_SIZE));
            if frame_len >= FRAME_SIZE_TARGET {
                self.commit_frame();
            }
        }
    }

    /// `_Pickler_write_bytes`: a payload of 64 KiB or more goes outside any frame
    /// (header included), so a reader can hand it to `file.read` directly.
    pub(super) fn write_bytes(&mut self, header: &[u8], data: &[u8]) {
        if data.len() >= FRAME_SIZE_TARGET {
            self.commit_frame();
            let framing = self.framing;
            self.framing = false;
            self.write(header);
            self.write(data);
            self.framing = framing;
        } else {
            self.write(header);
            self.write(data);
        }
    }

    /// Closes the last frame and hands over the pickle (`_Pickler_GetString`).
    pub(super) fn finish(mut self) -> Vec<u8> {
        self.commit_frame();
        self.buf
    }
}
