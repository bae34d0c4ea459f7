//! The Sockets track: the learner edits a program and the sockets interpreter runs it
//! on the lab's default network; the check reads which exceptions were raised, which
//! `except` clause took them, and how the program ended.

use super::{AnswerKind, Exercise, LabSeed, Predict, Track, Why};
use crate::sockets::{run, ExcClass, Network, Outcome, PyException, Run};

const fn ex(id: &'static str) -> Exercise {
    Exercise {
        id,
        track: Track::Sockets,
        predict: Predict::Exception,
        expected: &[],
        answer: AnswerKind::Program,
        starter: "",
        given: "",
        hints: 2,
        lab: LabSeed::Sockets,
        home: "",
    }
}

pub const EXERCISES: [Exercise; 4] = [
    Exercise {
        expected: &["gaierror", "socket.gaierror"],
        starter: include_str!("starters/sockets_gaierror.py"),
        home: include_str!("home/sockets_gaierror.py"),
        ..ex("sockets.gaierror")
    },
    Exercise {
        expected: &["ConnectionRefusedError"],
        starter: include_str!("starters/sockets_refused.py"),
        home: include_str!("home/sockets_refused.py"),
        ..ex("sockets.refused")
    },
    Exercise {
        expected: &["OSError", "except OSError"],
        starter: include_str!("starters/sockets_timeout_order.py"),
        home: include_str!("home/sockets_timeout_order.py"),
        ..ex("sockets.timeout-order")
    },
    Exercise {
        predict: Predict::Number,
        expected: &["98"],
        starter: include_str!("starters/sockets_addr_in_use.py"),
        home: include_str!("home/sockets_addr_in_use.py"),
        ..ex("sockets.addr-in-use")
    },
];

/// Checks an answer of this track.
pub fn check(id: &str, answer: &str) -> Result<(), Why> {
    let ran = run(answer, &Network::default_lab());
    if let Outcome::Stopped(stop) = &ran.outcome {
        return Err(Why::Stopped(stop_line(stop)));
    }
    match id {
        "sockets.gaierror" => raises(&ran, |e| e.class == ExcClass::Gaierror),
        "sockets.refused" => caught(&ran, ExcClass::ConnectionRefusedError),
        "sockets.timeout-order" => timeout_order(&ran),
        "sockets.addr-in-use" => raises(&ran, |e| e.errno() == crate::py::Value::Int(98.into())),
        _ => Err(Why::UnknownExercise),
    }
}

/// The line a stopped run names.
fn stop_line(stop: &crate::sockets::Stop) -> u64 {
    use crate::sockets::Stop;
    let line = match stop {
        Stop::Parse(e) => e.line,
        Stop::StepBudget { line }
        | Stop::BlocksForever { line }
        | Stop::NotSimulated { line, .. } => *line,
    };
    line as u64
}

/// Every exception of the run: those `except` took, then the uncaught one.
fn exceptions(ran: &Run) -> Vec<&PyException> {
    let mut all: Vec<&PyException> = ran.handled.iter().map(|h| &h.exc).collect();
    if let Outcome::Raised { exc, .. } = &ran.outcome {
        all.push(exc);
    }
    all
}

/// The run raised (caught or not) an exception that `wanted` accepts.
fn raises(ran: &Run, wanted: impl Fn(&PyException) -> bool) -> Result<(), Why> {
    let all = exceptions(ran);
    if all.iter().any(|e| wanted(e)) {
        return Ok(());
    }
    Err(all.last().map_or(Why::NoException, |e| {
        Why::OtherException(e.class.qualified())
    }))
}

/// The run raised `class`, an `except` took it, and the program finished.
fn caught(ran: &Run, class: ExcClass) -> Result<(), Why> {
    raises(ran, |e| e.class == class)?;
    match &ran.outcome {
        Outcome::Raised { exc, .. } => Err(Why::Uncaught(exc.class.qualified())),
        _ => Ok(()),
    }
}

/// The timeout was taken by a clause naming `socket.timeout` / `TimeoutError`.
fn timeout_order(ran: &Run) -> Result<(), Why> {
    raises(ran, |e| e.class == ExcClass::TimeoutError)?;
    let taken = ran
        .handled
        .iter()
        .find(|h| h.exc.class == ExcClass::TimeoutError);
    match taken.map(|h| h.matched) {
        Some(Some(ExcClass::TimeoutError)) => Ok(()),
        Some(Some(other)) => Err(Why::SwallowedBy(other.qualified())),
        Some(None) => Err(Why::SwallowedBy(String::new())),
        None => Err(Why::Uncaught(ExcClass::TimeoutError.qualified())),
    }
}
