//! `wirelab sockets run PROGRAM.py [--net NET.json]`: a Python-subset program on the
//! simulated network; stdout as Python prints it, an uncaught exception's traceback last
//! line on stderr (exit 1). Programs the lab cannot run exit 2 with the reason.

use std::process::ExitCode;
use wirelab::sockets::{self, Network, Outcome, Problem, Stop};

const USAGE: &str = "usage: wirelab sockets run PROGRAM.py [--net NET.json]";

pub fn run(args: &[String]) -> Result<ExitCode, String> {
    let (Some("run"), Some(path)) = (args.first().map(String::as_str), args.get(1)) else {
        return Err(USAGE.to_string());
    };
    let net = match args.get(2..).unwrap_or_default() {
        [] => Network::default_lab(),
        [flag, file] if flag == "--net" => {
            let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
            serde_json::from_str(&text).map_err(|e| format!("{file}: {e}"))?
        }
        _ => return Err(USAGE.to_string()),
    };
    let program = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let run = sockets::run(&program, &net);
    print!("{}", run.stdout);
    match run.outcome {
        Outcome::Finished => Ok(ExitCode::SUCCESS),
        Outcome::Raised { exc, .. } => {
            eprintln!("{}", exc.last_line());
            Ok(ExitCode::from(1))
        }
        Outcome::Stopped(stop) => Err(stop_text(&stop)),
    }
}

fn stop_text(stop: &Stop) -> String {
    match stop {
        Stop::Parse(e) => format!("line {}: {}", e.line, problem_text(&e.problem)),
        Stop::StepBudget { line } => {
            format!(
                "line {line}: stopped after {} steps",
                sockets::interp::STEP_BUDGET
            )
        }
        Stop::BlocksForever { line } => {
            format!("line {line}: this call would block forever (no timeout, nothing to wake it)")
        }
        Stop::NotSimulated { line, what } => {
            format!("line {line}: '{what}' is not simulated by the lab")
        }
    }
}

fn problem_text(p: &Problem) -> String {
    match p {
        Problem::Unsupported(w) => format!("'{w}' is outside the lab's Python subset"),
        Problem::Unexpected(w) if w.is_empty() => "SyntaxError: invalid syntax".to_string(),
        Problem::Unexpected(w) => format!("SyntaxError: invalid syntax near '{w}'"),
        Problem::BadLiteral(t) => t.clone(),
        Problem::InvalidCharacter(c) => format!("SyntaxError: invalid character '{c}'"),
        Problem::UnterminatedString => "SyntaxError: unterminated string literal".to_string(),
        Problem::NeverClosed => "SyntaxError: a bracket was never closed".to_string(),
        Problem::BadDedent => {
            "IndentationError: unindent does not match any outer indentation level".to_string()
        }
        Problem::ExpectedIndent => "IndentationError: expected an indented block".to_string(),
        Problem::TooDeep => "too deeply nested for the lab".to_string(),
    }
}
