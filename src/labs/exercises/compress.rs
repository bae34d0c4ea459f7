//! The Compress track: the Adler-32 trailer, the 8-byte-packet exercise (`unused_data`
//! and a new `decompressobj` for the rest), and `max_length`, each checked with zlib
//! (`zlib::trace`, `Decompressor`, the anatomy's checksums).

use super::answer;
use super::{AnswerKind, Exercise, LabSeed, Predict, Track, Why};
use crate::labs::kit::bytes_text::read_bytes;
use crate::zlib::anatomy::{adler32, crc32};
use crate::zlib::{self, Decompressor, TracePlan};

/// `zlib.compress(b'wirelab')`.
const WIRELAB: &str = "789c2bcf2c4acd494c02000bf402e7";
/// `zlib.compress(b'sparse') + b'.' + zlib.compress(b'flat') + b'.'`.
const TWO_MESSAGES: &str = "789c2b2e482c2a4e0500090d028f2e789c4bcb492c0100041601a82e";
/// `zlib.compress(b'network ' * 125)`: 24 bytes that inflate to 1000.
const THOUSAND: &str = "789ccb4b2d29cf2fca56c81ba547e9517ad8d200f2418b92";
/// The exercise's packet size.
const PACKET: u64 = 8;
/// The calls the `max_length` exercise asks for.
const CALLS: u64 = 5;

const fn ex(id: &'static str) -> Exercise {
    Exercise {
        id,
        track: Track::Compress,
        predict: Predict::Number,
        expected: &[],
        answer: AnswerKind::Number,
        starter: "",
        given: TWO_MESSAGES,
        hints: 2,
        lab: LabSeed::Compress {
            stream: TWO_MESSAGES,
            chunks: "8,8,8,4",
            max: "",
        },
        home: "",
    }
}

pub const EXERCISES: [Exercise; 4] = [
    Exercise {
        expected: &["4"],
        given: WIRELAB,
        lab: LabSeed::Compress {
            stream: WIRELAB,
            chunks: "",
            max: "",
        },
        home: include_str!("home/compress_adler32.py"),
        ..ex("compress.adler32")
    },
    Exercise {
        expected: &["2"],
        answer: AnswerKind::Chunks,
        home: include_str!("home/compress_packets.py"),
        ..ex("compress.packets-unused")
    },
    Exercise {
        predict: Predict::Bytes,
        expected: &["b'sparse'", "sparse"],
        answer: AnswerKind::Bytes,
        home: include_str!("home/compress_second.py"),
        ..ex("compress.second-message")
    },
    Exercise {
        expected: &["100"],
        given: THOUSAND,
        lab: LabSeed::Compress {
            stream: THOUSAND,
            chunks: "24",
            max: "100",
        },
        home: include_str!("home/compress_max_length.py"),
        ..ex("compress.max-length")
    },
];

/// Checks an answer of this track.
pub fn check(id: &str, answer: &str) -> Result<(), Why> {
    match id {
        "compress.adler32" => adler(answer),
        "compress.packets-unused" => packets_unused(answer),
        "compress.second-message" => second_message(answer),
        "compress.max-length" => max_length(answer),
        _ => Err(Why::UnknownExercise),
    }
}

fn given(hex: &str) -> Result<Vec<u8>, Why> {
    crate::hex::decode(hex).map_err(|_| Why::UnknownExercise)
}

fn zlib_error(e: zlib::ZlibError) -> Why {
    Why::Zlib(e.to_string())
}

/// A checksum as typed: 8 hexadecimal digits (as the trailer's bytes read), `0x...`,
/// or decimal.
fn checksum(text: &str) -> Option<u64> {
    let t = text.trim();
    let t = t
        .strip_prefix("0x")
        .or_else(|| t.strip_prefix("0X"))
        .unwrap_or(t);
    let digits: String = t.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.len() == 8 && digits.chars().all(|c| c.is_ascii_hexdigit()) {
        return u64::from_str_radix(&digits, 16).ok();
    }
    answer::number(text)
}

/// The Adler-32 of the data the stream holds.
fn adler(answer: &str) -> Result<(), Why> {
    let typed = checksum(answer).ok_or(Why::NotNumber)?;
    let data = zlib::decompress(&given(WIRELAB)?, 15).map_err(zlib_error)?;
    if typed == u64::from(adler32(&data)) {
        Ok(())
    } else if typed == u64::from(crc32(&data)) {
        Err(Why::Crc32Instead)
    } else {
        Err(Why::WrongNumber)
    }
}

/// Packets of at most 8 bytes fed to one decompressobj; after the last call,
/// `unused_data` must hold the whole second message (`.` + its stream + `.`).
fn packets_unused(answer: &str) -> Result<(), Why> {
    let sizes = answer::sizes(answer).ok_or(Why::NotChunks)?;
    if let Some(&big) = sizes.iter().find(|&&s| s > PACKET || s == 0) {
        return Err(Why::PacketTooBig(big));
    }
    let stream = given(TWO_MESSAGES)?;
    let plan = TracePlan {
        wbits: 15,
        chunks: sizes.iter().map(|&s| s as usize).collect(),
        max_length: 0,
        flush: false,
    };
    let steps = zlib::trace(&stream, &plan).map_err(zlib_error)?;
    let last = steps.last().ok_or(Why::NotChunks)?;
    if let Err(e) = &last.result {
        return Err(Why::Zlib(e.to_string()));
    }
    let second = last.unused_data.strip_prefix(b".").unwrap_or(&[]);
    match zlib::decompress(second, 15) {
        Ok(out) if out == b"flat" && second.ends_with(b".") => Ok(()),
        _ => Err(Why::SecondIncomplete(crate::hex::encode(&last.unused_data))),
    }
}

/// Bytes that a new decompressobj turns into `b'flat'`, reaching the stream's end.
fn second_message(answer: &str) -> Result<(), Why> {
    let (bytes, _) = read_bytes(answer).map_err(|e| Why::NotBytes(e.to_string()))?;
    let mut d = Decompressor::new(15).map_err(zlib_error)?;
    let out = d.decompress(&bytes, 0).map_err(zlib_error)?;
    if out != b"flat" {
        Err(Why::WrongOutput(crate::hex::encode(&out)))
    } else if !d.eof() {
        Err(Why::NotEof)
    } else {
        Ok(())
    }
}

/// A `max_length` with which the first call and the `while d.unconsumed_tail:` loop
/// make exactly [`CALLS`] calls.
fn max_length(answer: &str) -> Result<(), Why> {
    let max = answer::number(answer).ok_or(Why::NotNumber)?;
    let stream = given(THOUSAND)?;
    let plan = TracePlan {
        wbits: 15,
        chunks: vec![stream.len()],
        max_length: usize::try_from(max).unwrap_or(usize::MAX),
        flush: false,
    };
    let steps = zlib::trace_draining(&stream, &plan, 2000).map_err(zlib_error)?;
    let calls = steps.len() as u64;
    if calls == CALLS {
        Ok(())
    } else {
        Err(Why::Calls(calls))
    }
}
