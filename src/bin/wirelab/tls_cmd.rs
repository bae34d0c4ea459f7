//! `wirelab tls ...` commands: a dispatcher; each command lives in its own file.

use std::process::ExitCode;

use crate::tls_pki_cmd;

const USAGE: &str = "usage: wirelab tls <client|server|pki|capture> ...  (see DESIGN.md)";

/// Runs `wirelab tls ARGS`.
pub fn run(args: &[String]) -> Result<ExitCode, String> {
    let rest = args.get(1..).unwrap_or_default();
    match args.first().map(String::as_str) {
        Some("pki") => tls_pki_cmd::run(rest),
        Some(cmd @ ("client" | "server" | "capture")) => {
            Err(format!("wirelab tls {cmd}: not built yet"))
        }
        _ => Err(USAGE.to_string()),
    }
}
