//! A run as the page draws it, sent from the Web Worker: what was printed, the
//! traceback's last line, each caught exception with the clause that took it and the
//! class chain that explains why, the packet timeline and the simulated time.

use super::clauses::clauses_at;
use crate::py::Value;
use crate::sockets::timeline::Event;
use crate::sockets::{self, Network, Outcome, PyException, Stop};
use serde::{Deserialize, Serialize};

/// Characters of stdout sent to the page (a loop can print for 100,000 steps).
pub const STDOUT_MAX: usize = 64 * 1024;
/// Timeline events sent to the page (the rest are counted).
pub const TIMELINE_MAX: usize = 400;
/// Caught exceptions sent to the page (the rest are counted).
pub const CAUGHT_MAX: usize = 50;

/// Everything the page shows for one run.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunSummary {
    /// What the program printed, as Python prints it (cut at [`STDOUT_MAX`]).
    pub stdout: String,
    pub stdout_cut: bool,
    /// The exception that ended the program, if one did.
    pub raised: Option<Raised>,
    /// Why the lab stopped the program (outside the subset, a loop too long...).
    pub stopped: Option<Stop>,
    /// Exceptions an `except` clause took, in order.
    pub caught: Vec<Caught>,
    pub caught_total: u64,
    /// What went on the wire, in order (the first [`TIMELINE_MAX`]).
    pub timeline: Vec<Event>,
    pub timeline_total: u64,
    /// Simulated time at the end, microseconds.
    pub elapsed_us: u64,
}

/// An exception as the page explains it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExcInfo {
    /// The traceback's last line: `TimeoutError: timed out`.
    pub last_line: String,
    /// `e.errno`, when it has one.
    pub errno: Option<i64>,
    /// The class and its bases up to `BaseException`, as a traceback names them
    /// (`socket.gaierror`, `OSError`, `Exception`, `BaseException`).
    pub chain: Vec<String>,
}

/// An uncaught exception and the line that raised it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Raised {
    pub line: u64,
    pub exc: ExcInfo,
}

/// An exception an `except` clause took.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Caught {
    pub raised_line: u64,
    pub exc: ExcInfo,
    pub clause_line: u64,
    /// Its index among the clauses of its `try`.
    pub clause_index: u64,
    /// The class named by the clause that matched, as in `chain` (None: bare `except:`).
    pub matched: Option<String>,
    /// Every clause of that `try`, in order.
    pub clauses: Vec<Clause>,
}

/// One `except` clause of a `try`, read from the program.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Clause {
    pub line: u64,
    /// The classes it names (empty: a bare `except:`).
    pub names: Vec<ClauseName>,
    /// Would it take the exception (a class it names is in the exception's chain)?
    pub takes: bool,
}

/// A class named in an `except` clause: as written, and the class it is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClauseName {
    /// `socket.timeout`.
    pub written: String,
    /// `TimeoutError` (None: not a class the lab knows by name).
    pub class: Option<String>,
}

impl ExcInfo {
    pub fn of(e: &PyException) -> Self {
        let mut chain = Vec::new();
        let mut class = Some(e.class);
        while let Some(c) = class {
            chain.push(c.qualified());
            class = c.base();
        }
        let errno = match e.errno() {
            Value::Int(n) => i64::try_from(&n).ok(),
            _ => None,
        };
        ExcInfo {
            last_line: e.last_line(),
            errno,
            chain,
        }
    }
}

impl RunSummary {
    /// Runs `program` on `net` and summarises the run.
    pub fn of(program: &str, net: &Network) -> Self {
        let run = sockets::run(program, net);
        let (raised, stopped) = match run.outcome {
            Outcome::Finished => (None, None),
            Outcome::Raised { exc, line } => (
                Some(Raised {
                    line: line as u64,
                    exc: ExcInfo::of(&exc),
                }),
                None,
            ),
            Outcome::Stopped(s) => (None, Some(s)),
        };
        let caught = run
            .handled
            .iter()
            .take(CAUGHT_MAX)
            .map(|h| {
                let exc = ExcInfo::of(&h.exc);
                Caught {
                    raised_line: h.raised_line as u64,
                    clause_line: h.clause_line as u64,
                    clause_index: h.clause_index as u64,
                    matched: h.matched.map(|c| c.qualified()),
                    clauses: clauses_at(program, h.clause_line, &exc.chain),
                    exc,
                }
            })
            .collect();
        let stdout_cut = run.stdout.chars().count() > STDOUT_MAX;
        let stdout = match stdout_cut {
            true => run.stdout.chars().take(STDOUT_MAX).collect(),
            false => run.stdout,
        };
        RunSummary {
            stdout,
            stdout_cut,
            raised,
            stopped,
            caught,
            caught_total: run.handled.len() as u64,
            timeline_total: run.timeline.len() as u64,
            timeline: run.timeline.into_iter().take(TIMELINE_MAX).collect(),
            elapsed_us: run.elapsed_us,
        }
    }

    /// `data-error`: the traceback's last line, empty when nothing escaped.
    pub fn error_line(&self) -> &str {
        self.raised
            .as_ref()
            .map_or("", |r| r.exc.last_line.as_str())
    }
}
