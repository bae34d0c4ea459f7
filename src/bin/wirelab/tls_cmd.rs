//! `wirelab tls ...` commands.

use std::process::ExitCode;

/// Runs `wirelab tls ARGS`.
pub fn run(args: &[String]) -> Result<ExitCode, String> {
    let _ = args;
    Err("wirelab tls: not built yet".into())
}
