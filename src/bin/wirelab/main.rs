//! The `wirelab` command line: the lab's engines from a terminal (DESIGN.md, "The CLI
//! contract"). Each area's commands live in their own file.

mod json_cmd;
mod pickle_cmd;
mod sockets_cmd;
mod tls_capture_cmd;
mod tls_cmd;
mod tls_net_cmd;
mod tls_pki_cmd;
mod zlib_cmd;

use std::process::ExitCode;

const USAGE: &str = "usage: wirelab <pickle|json|sockets|zlib|tls> ...  (see DESIGN.md)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("pickle") => pickle_cmd::pickle(&args[1..]),
        Some("json") => json_cmd::json(&args[1..]),
        Some("sockets") => sockets_cmd::run(&args[1..]),
        Some("zlib") => zlib_cmd::run(&args[1..]),
        Some("tls") => tls_cmd::run(&args[1..]),
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::from(2)
        }
    }
}
