//! Guided exercises, one track per lab, as data plus check functions.
//!
//! An [`Exercise`] is data the page draws (its words are keyed by its id in the
//! Exercises page's words). [`check`] runs the learner's answer through the real
//! engines (literal parser, pickle, zlib, the sockets interpreter, the TLS pair) and
//! answers [`Check::Pass`] or [`Check::Fail`] with a [`Why`] key, never English.
//! Checks are heavy (RSA, TLS, zlib, the interpreter): the page runs them in the Web
//! Worker (`Job::CheckExercise`), so only the data reaches the first-load wasm.

mod answer;
mod compress;
pub mod progress;
mod serialize;
mod sockets;
mod tls;
mod tls_identity;

use serde::{Deserialize, Serialize};

pub use tls_identity::{learning_identity, LearningIdentity, LEARNING_NOW};

/// The lab a track follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Track {
    Serialize,
    Compress,
    Sockets,
    Tls,
}

impl Track {
    /// Every track, in the course's order.
    pub const ALL: [Track; 4] = [
        Track::Serialize,
        Track::Compress,
        Track::Sockets,
        Track::Tls,
    ];

    /// The track's exercises, in the course note's order.
    pub fn exercises(self) -> &'static [Exercise] {
        match self {
            Track::Serialize => &serialize::EXERCISES,
            Track::Compress => &compress::EXERCISES,
            Track::Sockets => &sockets::EXERCISES,
            Track::Tls => &tls::EXERCISES,
        }
    }
}

/// What the prediction box asks for (the page words the prompt by the exercise id;
/// this kind chooses the input's hint).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Predict {
    /// A byte, in hexadecimal.
    Byte,
    /// A size or count.
    Number,
    /// Bytes as Python prints them.
    Bytes,
    /// An exception's name.
    Exception,
    /// A TLS alert's name.
    Alert,
    /// A name: a handshake message, a certificate extension.
    Name,
}

/// What the answer box holds (its label and whether it is a program editor).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswerKind {
    /// A Python literal.
    Literal,
    /// Bytes: hexadecimal or a bytes literal.
    Bytes,
    /// A number (decimal, or hexadecimal with 0x).
    Number,
    /// Chunk sizes, `8,8,8`.
    Chunks,
    /// A program for the Sockets lab (multi-line).
    Program,
    /// `name = value` lines for the TLS client.
    Settings,
    /// A host name.
    HostName,
    /// `flight offset`.
    Tamper,
    /// Cipher suite names.
    Suites,
}

/// The lab, opened in the state an exercise is about (the page turns it into the
/// lab's URL query).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabSeed {
    /// The Serialize lab with this literal and protocol, and bytes in `pickle.loads`.
    Serialize {
        lit: &'static str,
        protocol: u8,
        loads: &'static str,
    },
    /// The Compress lab's stream view with this stream (hex), chunks and max_length.
    Compress {
        stream: &'static str,
        chunks: &'static str,
        max: &'static str,
    },
    /// The Sockets lab (the program is the answer box's).
    Sockets,
    /// The TLS lab.
    Tls,
}

/// One guided exercise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Exercise {
    /// Stable id, `track.name` (links, progress files and words use it).
    pub id: &'static str,
    pub track: Track,
    pub predict: Predict,
    /// Accepted predictions, compared after [`normalise`].
    pub expected: &'static [&'static str],
    pub answer: AnswerKind,
    /// What the answer box starts with (a program to edit), often empty.
    pub starter: &'static str,
    /// Data the task is about, shown as code (a stream, a certificate's names).
    pub given: &'static str,
    /// How many hints the words hold for it (shown one at a time).
    pub hints: usize,
    pub lab: LabSeed,
    /// The Python to try at home (runs on Python 3.8+, or its first line says what
    /// it needs).
    pub home: &'static str,
}

impl Exercise {
    /// Whether `prediction` is one of the accepted ones.
    pub fn prediction_right(&self, prediction: &str) -> bool {
        let p = normalise(prediction);
        !p.is_empty() && self.expected.iter().any(|e| normalise(e) == p)
    }
}

/// A prediction as compared: trimmed, lowercase, without quotes, `0x`, spaces and a
/// `socket.` prefix.
pub fn normalise(text: &str) -> String {
    let t = text.trim().to_ascii_lowercase();
    let t = t.strip_prefix("socket.").unwrap_or(&t);
    let t = t.strip_prefix("0x").unwrap_or(t);
    t.chars()
        .filter(|c| !c.is_whitespace() && *c != '\'' && *c != '"')
        .collect()
}

/// Every exercise, track by track.
pub fn all() -> impl Iterator<Item = &'static Exercise> {
    Track::ALL.into_iter().flat_map(|t| t.exercises().iter())
}

/// The exercise with this id.
pub fn find(id: &str) -> Option<&'static Exercise> {
    all().find(|e| e.id == id)
}

/// What a check found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Check {
    Pass,
    Fail(Why),
}

/// Why an answer did not pass: a key the page words (its fields are data: Python's
/// own texts, names, numbers).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Why {
    /// No exercise has that id.
    UnknownExercise,
    /// The answer box is empty.
    Empty,
    /// Not a Python literal (Python's error line).
    NotLiteral(String),
    /// A literal of another type than asked (Python's type name).
    WrongType(String),
    /// A str of another length (characters).
    CharCount(u64),
    /// The pickle stores this many bytes of text.
    Utf8Length(u64),
    /// Not bytes (Python's error line).
    NotBytes(String),
    /// Not a pickle (Python's error line).
    NotAPickle(String),
    /// An opcode of protocol 1 or later (its name).
    BinaryOpcode(String),
    /// It loads as another value (its repr).
    WrongValue(String),
    /// The pickle never reads the memo.
    NoMemoGet,
    /// `json.dumps` refused it (Python's error line).
    JsonRefuses(String),
    /// `json.loads(json.dumps(x))` gives `x` back unchanged.
    RoundTripSame,
    /// Not a number.
    NotNumber,
    /// Another number than the one asked for.
    WrongNumber,
    /// The CRC-32 (gzip's checksum), not the Adler-32.
    Crc32Instead,
    /// Not chunk sizes.
    NotChunks,
    /// A chunk larger than a packet (its size).
    PacketTooBig(u64),
    /// After the last call, unused_data does not hold the whole second message
    /// (what it holds, hex).
    SecondIncomplete(String),
    /// zlib raised (Python's error line).
    Zlib(String),
    /// Inflated to other bytes (hex).
    WrongOutput(String),
    /// The stream did not end (`eof` stayed False).
    NotEof,
    /// The drain loop took this many calls.
    Calls(u64),
    /// The program could not run to its end in the lab (the line).
    Stopped(u64),
    /// The program raised nothing.
    NoException,
    /// It raised another exception (its name).
    OtherException(String),
    /// The exception asked for was raised but not caught (its name).
    Uncaught(String),
    /// An earlier `except` clause took the exception (the class it named).
    SwallowedBy(String),
    /// A settings line that does not read as `name = value` (1-based line).
    BadSetting(u64),
    /// The handshake succeeded.
    Accepted,
    /// The handshake failed, but not as asked (the alert's name).
    OtherAlert(String),
    /// `localhost` is the name already used.
    IsLocalhost,
    /// The certificate is not valid for that name.
    NameMismatch,
    /// Not `flight offset`.
    BadTamper,
    /// No such flight or byte.
    OutsideFlights,
    /// The client sent this alert, not the server.
    ClientSent(String),
    /// An unknown cipher suite name.
    UnknownSuite(String),
    /// The session used this suite, without forward secrecy.
    NoForwardSecrecy(String),
}

impl Why {
    /// The variant's name: a stable key (the page's `data-why`).
    pub fn key(&self) -> &'static str {
        match self {
            Why::UnknownExercise => "UnknownExercise",
            Why::Empty => "Empty",
            Why::NotLiteral(_) => "NotLiteral",
            Why::WrongType(_) => "WrongType",
            Why::CharCount(_) => "CharCount",
            Why::Utf8Length(_) => "Utf8Length",
            Why::NotBytes(_) => "NotBytes",
            Why::NotAPickle(_) => "NotAPickle",
            Why::BinaryOpcode(_) => "BinaryOpcode",
            Why::WrongValue(_) => "WrongValue",
            Why::NoMemoGet => "NoMemoGet",
            Why::JsonRefuses(_) => "JsonRefuses",
            Why::RoundTripSame => "RoundTripSame",
            Why::NotNumber => "NotNumber",
            Why::WrongNumber => "WrongNumber",
            Why::Crc32Instead => "Crc32Instead",
            Why::NotChunks => "NotChunks",
            Why::PacketTooBig(_) => "PacketTooBig",
            Why::SecondIncomplete(_) => "SecondIncomplete",
            Why::Zlib(_) => "Zlib",
            Why::WrongOutput(_) => "WrongOutput",
            Why::NotEof => "NotEof",
            Why::Calls(_) => "Calls",
            Why::Stopped(_) => "Stopped",
            Why::NoException => "NoException",
            Why::OtherException(_) => "OtherException",
            Why::Uncaught(_) => "Uncaught",
            Why::SwallowedBy(_) => "SwallowedBy",
            Why::BadSetting(_) => "BadSetting",
            Why::Accepted => "Accepted",
            Why::OtherAlert(_) => "OtherAlert",
            Why::IsLocalhost => "IsLocalhost",
            Why::NameMismatch => "NameMismatch",
            Why::BadTamper => "BadTamper",
            Why::OutsideFlights => "OutsideFlights",
            Why::ClientSent(_) => "ClientSent",
            Why::UnknownSuite(_) => "UnknownSuite",
            Why::NoForwardSecrecy(_) => "NoForwardSecrecy",
        }
    }
}

/// Checks `answer` to the exercise `id` with the real engines (every track; native
/// tests and the CLI). The workers call [`check_general`] or [`check_tls`].
pub fn check(id: &str, answer: &str) -> Check {
    match check_general(id, answer) {
        Check::Fail(Why::UnknownExercise) => check_tls(id, answer),
        found => found,
    }
}

/// The tracks the general worker checks (every one but TLS).
const GENERAL: [&[Exercise]; 3] = [
    &serialize::EXERCISES,
    &compress::EXERCISES,
    &sockets::EXERCISES,
];

/// Whether the exercise `id` is checked by the TLS engine (in the TLS worker).
pub fn is_tls(id: &str) -> bool {
    tls::EXERCISES.iter().any(|ex| ex.id == id)
}

/// [`check`] for every track but TLS (the general worker, which has no TLS engine).
pub fn check_general(id: &str, answer: &str) -> Check {
    verdict(&GENERAL, id, answer, |ex, answer| match ex.track {
        Track::Serialize => serialize::check(ex.id, answer),
        Track::Compress => compress::check(ex.id, answer),
        Track::Sockets => sockets::check(ex.id, answer),
        Track::Tls => Err(Why::UnknownExercise),
    })
}

/// [`check`] for the TLS track (the TLS worker). It looks the id up in the TLS track
/// alone, so the other tracks' data (home Python, starters) is not linked into the
/// TLS worker.
pub fn check_tls(id: &str, answer: &str) -> Check {
    verdict(&[&tls::EXERCISES], id, answer, |ex, answer| {
        tls::check(ex.id, answer)
    })
}

/// The verdict on `answer` to the exercise `id`, looked up in `tracks` only.
fn verdict(
    tracks: &[&'static [Exercise]],
    id: &str,
    answer: &str,
    run: impl Fn(&Exercise, &str) -> Result<(), Why>,
) -> Check {
    let Some(ex) = tracks.iter().flat_map(|t| t.iter()).find(|e| e.id == id) else {
        return Check::Fail(Why::UnknownExercise);
    };
    if answer.trim().is_empty() {
        return Check::Fail(Why::Empty);
    }
    match run(ex, answer) {
        Ok(()) => Check::Pass,
        Err(why) => Check::Fail(why),
    }
}
