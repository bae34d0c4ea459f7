//! The classic exercise: two '.'-terminated zlib messages,
//! `zlib.compress(b'sparse') + b'.' + zlib.compress(b'flat') + b'.'`, arrive in
//! 8-byte packets; `unused_data` tells where the first message ends.
//!
//! The receiver below is the answer a learner writes in Python:
//!
//! ```text
//! d, message, messages = zlib.decompressobj(), b'', []
//! for packet in packets:
//!     data = packet
//!     while data:
//!         message += d.decompress(data)
//!         data = b''
//!         if d.eof:                      # this message is complete
//!             messages.append(message)
//!             rest = d.unused_data       # what arrived after it
//!             data = rest[1:] if rest[:1] == b'.' else rest   # drop the '.'
//!             d, message = zlib.decompressobj(), b''
//! ```

use super::{compress, Decompressor, ZlibError};

/// `zlib.compress(b'sparse') + b'.' + zlib.compress(b'flat') + b'.'` (28 bytes).
pub fn classic_stream() -> Result<Vec<u8>, ZlibError> {
    let mut stream = compress(b"sparse", -1, 15)?;
    stream.push(b'.');
    stream.extend(compress(b"flat", -1, 15)?);
    stream.push(b'.');
    Ok(stream)
}

/// One `d.decompress(data)` call the receiver made, for the stepper to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceiveStep {
    /// Which packet was being handled.
    pub packet: usize,
    pub fed: Vec<u8>,
    pub out: Vec<u8>,
    pub eof: bool,
    pub unused_data: Vec<u8>,
}

/// The messages received, and every call made to get them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Received {
    pub messages: Vec<Vec<u8>>,
    pub steps: Vec<ReceiveStep>,
    /// Bytes of a message still waiting for its end.
    pub pending: Vec<u8>,
}

/// Runs the receiver above over `packets` ('.'-terminated zlib messages).
pub fn receive_messages(packets: &[&[u8]]) -> Result<Received, ZlibError> {
    let mut d = Decompressor::new(15)?;
    let mut received = Received {
        messages: Vec::new(),
        steps: Vec::new(),
        pending: Vec::new(),
    };
    // Set when a message ended right at a packet's end: its '.' is still to come.
    let mut expect_dot = false;
    for (index, packet) in packets.iter().enumerate() {
        let mut data = packet.to_vec();
        if expect_dot && data.first() == Some(&b'.') {
            data.remove(0);
            expect_dot = false;
        }
        while !data.is_empty() {
            let out = d.decompress(&data, 0)?;
            received.pending.extend_from_slice(&out);
            received.steps.push(ReceiveStep {
                packet: index,
                fed: std::mem::take(&mut data),
                out,
                eof: d.eof(),
                unused_data: d.unused_data().to_vec(),
            });
            if d.eof() {
                received
                    .messages
                    .push(std::mem::take(&mut received.pending));
                let rest = d.unused_data();
                data = match rest.split_first() {
                    Some((b'.', after)) => after.to_vec(),
                    Some(_) => rest.to_vec(),
                    None => {
                        expect_dot = true;
                        Vec::new()
                    }
                };
                d = Decompressor::new(15)?;
            }
        }
    }
    Ok(received)
}
