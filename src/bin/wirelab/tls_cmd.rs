//! `wirelab tls ...` commands.

use std::process::ExitCode;

/// Runs `wirelab tls ARGS`.
pub fn run(args: &[String]) -> Result<ExitCode, String> {
    match args.first().map(String::as_str) {
        Some("client" | "server" | "capture") => super::tls_net_cmd::run(args),
        _ => Err("wirelab tls: not built yet".into()),
    }
}
