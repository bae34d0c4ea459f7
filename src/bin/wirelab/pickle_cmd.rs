//! `wirelab pickle ...` and `wirelab json ...` commands.

use std::process::ExitCode;

/// Runs `wirelab pickle ARGS`.
pub fn pickle(args: &[String]) -> Result<ExitCode, String> {
    let _ = args;
    Err("wirelab pickle: not built yet".into())
}

/// Runs `wirelab json ARGS`.
pub fn json(args: &[String]) -> Result<ExitCode, String> {
    let _ = args;
    Err("wirelab json: not built yet".into())
}
