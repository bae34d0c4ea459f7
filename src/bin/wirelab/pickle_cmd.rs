//! `wirelab pickle ...` commands.

use std::process::ExitCode;
use wirelab::hex;
use wirelab::py::pickle::dis::dis;
use wirelab::py::pickle::machine::{loads, StepNote};
use wirelab::py::{literal, pickle};

const PICKLE_USAGE: &str =
    "usage: wirelab pickle dumps [--protocol N] LITERAL | dis HEX | loads HEX";

/// Runs `wirelab pickle ARGS`.
pub fn pickle(args: &[String]) -> Result<ExitCode, String> {
    let words: Vec<&str> = args.iter().map(String::as_str).collect();
    match words.as_slice() {
        ["dumps", rest @ ..] => dumps(rest),
        ["dis", hex_text] => {
            let Some(bytes) = from_hex(hex_text) else {
                return Ok(ExitCode::from(1));
            };
            let d = dis(&bytes);
            print!("{}", d.text);
            match d.error {
                Some(e) => {
                    eprintln!("{e}");
                    Ok(ExitCode::from(1))
                }
                None => Ok(ExitCode::SUCCESS),
            }
        }
        ["loads", hex_text] => {
            let Some(bytes) = from_hex(hex_text) else {
                return Ok(ExitCode::from(1));
            };
            match loads(&bytes) {
                Ok(loaded) => {
                    for danger in &loaded.dangers {
                        match danger {
                            StepNote::WouldImport { module, name } => {
                                eprintln!("refused: would import {module}.{name}")
                            }
                            StepNote::WouldCall { callable, args } => {
                                eprintln!("refused: would call {callable}{args}")
                            }
                            _ => {}
                        }
                    }
                    println!("{}", loaded.repr);
                    Ok(ExitCode::SUCCESS)
                }
                Err(e) => {
                    eprintln!("{e}");
                    Ok(ExitCode::from(1))
                }
            }
        }
        _ => Err(PICKLE_USAGE.into()),
    }
}

/// The bytes of HEX, or `None` after printing Python's `bytes.fromhex` error.
fn from_hex(text: &str) -> Option<Vec<u8>> {
    match hex::decode(text) {
        Ok(bytes) => Some(bytes),
        Err(e) => {
            eprintln!("{e}");
            None
        }
    }
}

fn dumps(words: &[&str]) -> Result<ExitCode, String> {
    let (protocol, src) = match words {
        ["--protocol", n, src] => {
            let n: i64 = n
                .parse()
                .map_err(|_| format!("wirelab: --protocol takes an integer, not {n}"))?;
            // As pickle.dumps: a negative protocol means HIGHEST_PROTOCOL; too high
            // ones reach dumps, which raises Python's ValueError.
            let n = if n < 0 {
                5
            } else {
                u8::try_from(n).unwrap_or(u8::MAX)
            };
            (n, *src)
        }
        [src] => (4, *src),
        _ => return Err(PICKLE_USAGE.into()),
    };
    let value = match literal::parse(src) {
        Ok(v) => v,
        Err(e) => {
            eprintln!("{e}");
            return Ok(ExitCode::from(1));
        }
    };
    match pickle::dumps(&value, protocol) {
        Ok(bytes) => {
            println!("{}", hex::encode(&bytes));
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            eprintln!("{e}");
            Ok(ExitCode::from(1))
        }
    }
}
