//! `wirelab tls ...` commands: a dispatcher; each command lives in its own file.

use std::process::ExitCode;

use crate::{tls_net_cmd, tls_pki_cmd};

const USAGE: &str = "usage: wirelab tls <client|server|pki|capture> ...  (see DESIGN.md)";

/// Runs `wirelab tls ARGS`.
pub fn run(args: &[String]) -> Result<ExitCode, String> {
    let rest = args.get(1..).unwrap_or_default();
    match args.first().map(String::as_str) {
        Some("pki") => tls_pki_cmd::run(rest),
        Some("client" | "server" | "capture") => tls_net_cmd::run(args),
        _ => Err(USAGE.to_string()),
    }
}
