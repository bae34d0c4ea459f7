//! The Exercises page in English.

use super::words::ExercisesWords;
use crate::labs::exercises::progress::ImportError;
use crate::labs::exercises::{AnswerKind, Predict, Track, Why};
use crate::ui::i18n::LabCard;

fn why(w: &Why) -> String {
    match w {
        Why::UnknownExercise => "This exercise does not exist (an old link?).".into(),
        Why::Empty => "Type an answer first.".into(),
        Why::NotLiteral(s) if s.is_empty() => "That is not a Python literal.".into(),
        Why::NotLiteral(s) => format!("Not a Python literal: `{s}`"),
        Why::WrongType(t) => format!("That is a {t}, not what the task asks for."),
        Why::CharCount(n) => format!("That str has {n} characters, not 2."),
        Why::Utf8Length(n) => format!("Its pickle stores {n} bytes of text, not 6."),
        Why::NotBytes(s) => format!("Not bytes: `{s}`"),
        Why::NotAPickle(s) => format!("Not a pickle: `{s}`"),
        Why::BinaryOpcode(op) => format!("It contains {op}, an opcode of protocol 1 or later."),
        Why::WrongValue(r) => format!("It loads as `{r}`, not ['a', 1]."),
        Why::NoMemoGet => "Its pickle never reads the memo: no object appears twice.".into(),
        Why::JsonRefuses(s) => format!("json.dumps refuses it: `{s}`"),
        Why::RoundTripSame => "json.loads gives it back unchanged.".into(),
        Why::NotNumber => "Type a number.".into(),
        Why::WrongNumber => "Not that number: look again.".into(),
        Why::Crc32Instead => "That is the CRC-32 (gzip's checksum), not the Adler-32.".into(),
        Why::NotChunks => "Type packet sizes separated by commas, e.g. 8,8.".into(),
        Why::PacketTooBig(n) => format!("A packet of {n} bytes: packets hold 1 to 8 bytes."),
        Why::SecondIncomplete(h) => {
            format!("After the last call unused_data holds only `{h}` (hexadecimal).")
        }
        Why::Zlib(s) => format!("zlib raised `{s}`"),
        Why::WrongOutput(h) => format!("It inflates to `{h}` (hexadecimal), not b'flat'."),
        Why::NotEof => "The stream did not end: eof stays False.".into(),
        Why::Calls(n) => format!("That makes {n} calls, not 5."),
        Why::Stopped(line) => format!(
            "The lab cannot run this program (line {line}): run it in the Sockets lab to see why."
        ),
        Why::NoException => "The program raised no exception.".into(),
        Why::OtherException(e) => format!("It raised {e}, not the exception asked for."),
        Why::Uncaught(e) => format!("{e} was raised, but nothing caught it."),
        Why::SwallowedBy(c) if c.is_empty() => "A bare except: took the timeout first.".into(),
        Why::SwallowedBy(c) => format!("except {c} took the timeout first."),
        Why::BadSetting(n) => format!("Line {n} is not host = NAME or date = YYYY-MM-DD."),
        Why::Accepted => "The handshake succeeded: nothing was rejected.".into(),
        Why::OtherAlert(a) => format!("The handshake failed with {a}, not as asked."),
        Why::IsLocalhost => "localhost is the name already used: find another.".into(),
        Why::NameMismatch => "The certificate is not valid for that name.".into(),
        Why::BadTamper => "Type the flight and the byte offset, e.g. 2 -1.".into(),
        Why::OutsideFlights => "There is no such flight or byte.".into(),
        Why::ClientSent(a) => format!("The client sent {a}, not the server."),
        Why::UnknownSuite(s) => format!("{s} is not a suite this lab offers."),
        Why::NoForwardSecrecy(s) => {
            format!("The session used {s}: RSA key transport, no forward secrecy.")
        }
    }
}

pub static EN: ExercisesWords = ExercisesWords {
    intro: "One track per lab, in the course note's order. Each exercise quotes the note, asks for a prediction, opens the lab in the right state, and checks your own answer with the same engines the labs use.",
    track: |t| match t {
        Track::Serialize => "Serialize: pickle and JSON",
        Track::Compress => "Compress: zlib",
        Track::Sockets => "Sockets: network errors",
        Track::Tls => "TLS: certificates and records",
    },
    progress: |p, t| format!("{p} of {t} exercises passed"),
    export: "Export progress (JSON)",
    import: "Import progress",
    imported: "Progress imported.",
    import_error: |e| match e {
        ImportError::NotProgress(s) => format!("This file is not JSON: `{s}`"),
        ImportError::OtherFormat => "This file is not a wirelab progress file.".into(),
    },
    reset: "Reset progress",
    reset_done: "Progress reset.",
    passed: "passed",
    not_passed: "not yet",
    attempts: |a, h| format!("{a} attempts, {h} hints"),
    pick: "Choose an exercise above.",
    note_says: "The course note says",
    given: "Given",
    step_predict: "1. Predict",
    predict_hint: |p| match p {
        Predict::Byte => "a byte in hexadecimal, e.g. 2e",
        Predict::Number => "a number",
        Predict::Bytes => "bytes as Python prints them, e.g. b'abc'",
        Predict::Exception => "an exception's name",
        Predict::Alert => "an alert's name, e.g. handshake_failure",
        Predict::Name => "a name",
    },
    predicted_right: "Your prediction was right.",
    predicted_other: |e| format!("Your prediction differs: the answer was {e}."),
    step_lab: "2. Try it in the lab",
    open_lab: |t| match t {
        Track::Serialize => "Open the Serialize lab with this example",
        Track::Compress => "Open the Compress lab with this stream",
        Track::Sockets => "Open the Sockets lab",
        Track::Tls => "Open the TLS lab",
    },
    step_answer: "3. Your answer",
    answer_label: |k| match k {
        AnswerKind::Literal => "A Python literal",
        AnswerKind::Bytes => "Bytes (hexadecimal or b'...')",
        AnswerKind::Number => "A number",
        AnswerKind::Chunks => "Packet sizes, e.g. 8,8",
        AnswerKind::Program => "Your program",
        AnswerKind::Settings => "Client settings (host = NAME, date = YYYY-MM-DD)",
        AnswerKind::HostName => "A host name",
        AnswerKind::Tamper => "Flight and byte offset, e.g. 2 -1",
        AnswerKind::Suites => "Cipher suites the client offers",
    },
    check: "Check",
    checking: "Checking...",
    pass: "Passed: the engine agrees.",
    why,
    hint: "Hint",
    next_hint: "Show a hint",
    no_more_hints: "No more hints.",
    explain: "Why it works",
    home: "Try it at home",
    copy_python: "Copy Python",
    link: "Link to this exercise",
    texts: super::texts_en::TEXTS,
};

/// The lab's card (EN), apart from its other words: the registry links only it.
pub static CARD_EN: LabCard = LabCard {
    title: "Exercises",
    nav: "Exercises",
    blurb: "Guided exercises that check your own work with the real engines, with hints.",
    will_teach: &[
        "Predict, try it in the lab, then make it happen: the engines check your answer.",
        "Hints one at a time; progress saved in your browser, exportable to hand in.",
    ],
};
