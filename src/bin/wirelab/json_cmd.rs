//! `wirelab json dumps LITERAL` and `wirelab json loads TEXT`.

use std::process::ExitCode;
use wirelab::py::repr::repr;
use wirelab::py::{json, json_loads, literal};

const USAGE: &str = "usage: wirelab json dumps LITERAL | loads TEXT";

/// Runs `wirelab json ARGS`.
pub fn json(args: &[String]) -> Result<ExitCode, String> {
    let words: Vec<&str> = args.iter().map(String::as_str).collect();
    match words.as_slice() {
        ["dumps", src] => dumps(src),
        ["loads", text] => Ok(loads(text)),
        _ => Err(USAGE.into()),
    }
}

/// `print(json.dumps(eval(LITERAL)))`, or Python's error on stderr.
fn dumps(src: &str) -> Result<ExitCode, String> {
    let value = match literal::parse(src) {
        Ok(v) => v,
        Err(e) => {
            eprintln!("{e}");
            return Ok(ExitCode::from(1));
        }
    };
    match json::dumps(&value) {
        Ok(text) => {
            println!("{text}");
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            eprintln!("{e}");
            Ok(ExitCode::from(1))
        }
    }
}

/// `print(repr(json.loads(TEXT)))`, or the traceback's last line on stderr.
fn loads(text: &str) -> ExitCode {
    match json_loads::loads(text) {
        Ok(value) => {
            println!("{}", repr(&value));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(1)
        }
    }
}
