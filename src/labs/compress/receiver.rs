//! The 8-byte-packet exercise, finished as the book does: a receiver that strips the
//! '.', starts a new `decompressobj` on the rest and gets `b'flat'` too; beside it,
//! `zlib.decompress` on the same bytes (only `b'sparse'`), and the check of a
//! learner's prediction (which call sets `eof`, what `unused_data` then holds).

use crate::labs::kit::bytes_text::read_bytes;
use crate::zlib::exercise::{classic_stream, receive_messages, Received};
use crate::zlib::{self, TracePlan, ZlibError};

/// The packet size of the exercise.
pub const PACKET: usize = 8;

/// Everything the finished exercise shows.
#[derive(Debug, Clone, PartialEq)]
pub struct ReceiverView {
    pub stream: Vec<u8>,
    pub packets: Vec<Vec<u8>>,
    /// The book's receive loop over the packets.
    pub received: Received,
    /// `zlib.decompress(stream)`.
    pub one_shot: Result<Vec<u8>, ZlibError>,
    /// With one `decompressobj` fed every packet: the 1-based call that set `eof`,
    /// and `unused_data` right after it.
    pub eof_call: Option<usize>,
    pub unused_at_eof: Vec<u8>,
}

/// The exercise's stream, cut in packets, received both ways.
pub fn classic_receiver() -> Result<ReceiverView, ZlibError> {
    let stream = classic_stream()?;
    let packets: Vec<Vec<u8>> = stream.chunks(PACKET).map(<[u8]>::to_vec).collect();
    let refs: Vec<&[u8]> = packets.iter().map(Vec::as_slice).collect();
    let received = receive_messages(&refs)?;
    let plan = TracePlan {
        wbits: 15,
        chunks: packets.iter().map(Vec::len).collect(),
        max_length: 0,
        flush: false,
    };
    let steps = zlib::trace(&stream, &plan)?;
    let eof_index = steps.iter().position(|s| s.eof);
    let unused_at_eof = eof_index
        .and_then(|i| steps.get(i))
        .map(|s| s.unused_data.clone())
        .unwrap_or_default();
    Ok(ReceiverView {
        one_shot: zlib::decompress(&stream, 15),
        stream,
        packets,
        received,
        eof_call: eof_index.map(|i| i + 1),
        unused_at_eof,
    })
}

/// How a prediction fared: each part right, wrong, or not read (`None`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PredictionCheck {
    pub call: Option<bool>,
    pub unused: Option<bool>,
}

/// Checks a typed prediction against the call that set `eof` and `unused_data` right
/// after it: the call number, and `unused_data` as hexadecimal or as Python prints it
/// (`b'.x'`). Empty or unreadable parts are `None`.
pub fn check_prediction(
    eof_call: Option<u64>,
    unused_at_eof: &[u8],
    call: &str,
    unused: &str,
) -> PredictionCheck {
    let call = call.trim().parse::<u64>().ok().map(|n| Some(n) == eof_call);
    let unused = (!unused.trim().is_empty())
        .then(|| read_bytes(unused).ok())
        .flatten()
        .map(|(b, _)| b == unused_at_eof);
    PredictionCheck { call, unused }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn the_book_gets_both_messages_and_decompress_only_one() {
        let v = classic_receiver().unwrap();
        assert_eq!(v.packets.len(), 4);
        // 28 bytes in 8-byte packets: the last one holds the 4 that are left.
        assert_eq!(v.packets[3].len(), 4);
        assert_eq!(
            v.received.messages,
            vec![b"sparse".to_vec(), b"flat".to_vec()]
        );
        assert_eq!(v.one_shot, Ok(b"sparse".to_vec()));
        // python3: d.eof first True on the 2nd call, unused_data == b'.x'
        assert_eq!(
            (v.eof_call, v.unused_at_eof.as_slice()),
            (Some(2), &b".x"[..])
        );
    }

    #[test]
    fn predictions_are_checked_in_either_spelling() {
        let v = classic_receiver().unwrap();
        let right = PredictionCheck {
            call: Some(true),
            unused: Some(true),
        };
        let eof = v.eof_call.map(|c| c as u64);
        let check = |call, unused| check_prediction(eof, &v.unused_at_eof, call, unused);
        assert_eq!(check("2", "b'.x'"), right);
        assert_eq!(check(" 2 ", "2e78"), right);
        let wrong = check("1", "b'.'");
        assert_eq!((wrong.call, wrong.unused), (Some(false), Some(false)));
        let blank = check("", "zz");
        assert_eq!((blank.call, blank.unused), (None, None));
    }
}
