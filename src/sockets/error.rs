//! Why a program could not run to its end other than by a Python exception: outside the
//! lab's subset, or stopped by the simulation (data for the page to word).

/// A program the lab does not run, and the line that says why.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ParseError {
    pub line: usize,
    pub problem: Problem,
}

/// What is wrong at that line.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Problem {
    /// Valid Python, outside the lab's subset (the construct, as written).
    Unsupported(String),
    /// A token the grammar did not expect here (as written; empty at the end of a line).
    Unexpected(String),
    /// A literal the literal parser rejected: its own SyntaxError text.
    BadLiteral(String),
    InvalidCharacter(char),
    UnterminatedString,
    NeverClosed,
    BadDedent,
    ExpectedIndent,
    /// Nesting deeper than the lab allows.
    TooDeep,
}

/// Why the simulation stopped a program that Python would not have stopped.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Stop {
    /// The program is outside the subset.
    Parse(ParseError),
    /// More steps than the budget (a loop that would run too long).
    StepBudget { line: usize },
    /// A blocking call with no timeout that nothing could ever wake: Python would hang.
    BlocksForever { line: usize },
    /// A call or attribute the lab does not simulate (its name, as written).
    NotSimulated { line: usize, what: String },
}
