//! `wirelab zlib ...` commands.

use std::process::ExitCode;

/// Runs `wirelab zlib ARGS`.
pub fn run(args: &[String]) -> Result<ExitCode, String> {
    let _ = args;
    Err("wirelab zlib: not built yet".into())
}
