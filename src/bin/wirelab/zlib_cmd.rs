//! `wirelab zlib ...` commands: compress, trace (a decompressobj session as JSON
//! lines, DESIGN.md), inspect (the anatomy of a stream as text).

use std::io::Write;
use std::process::ExitCode;
use wirelab::zlib;

const USAGE: &str = "usage: wirelab zlib compress [--level L] [--wbits W] HEX\n       \
wirelab zlib trace [--wbits W] [--max-length M] [--flush] --chunks A,B,C HEX\n       \
wirelab zlib inspect [--wbits W|auto] HEX";

/// Runs `wirelab zlib ARGS`.
pub fn run(args: &[String]) -> Result<ExitCode, String> {
    let (command, rest) = args.split_first().ok_or(USAGE)?;
    let opts = Options::parse(rest)?;
    match command.as_str() {
        "compress" => compress(&opts),
        "trace" => trace(&opts),
        "inspect" => inspect(&opts),
        _ => Err(USAGE.into()),
    }
}

/// Parsed flags; values may be negative (`--wbits -15`), so any next word is a value.
#[derive(Default)]
struct Options {
    level: Option<String>,
    wbits: Option<String>,
    max_length: Option<String>,
    chunks: Option<String>,
    flush: bool,
    hex: Option<String>,
}

impl Options {
    fn parse(args: &[String]) -> Result<Self, String> {
        let mut opts = Options::default();
        let mut iter = args.iter();
        while let Some(arg) = iter.next() {
            let (name, inline) = match arg.split_once('=') {
                Some((name, value)) if name.starts_with("--") => (name, Some(value.to_string())),
                _ => (arg.as_str(), None),
            };
            let slot = match name {
                "--level" => &mut opts.level,
                "--wbits" => &mut opts.wbits,
                "--max-length" => &mut opts.max_length,
                "--chunks" => &mut opts.chunks,
                "--flush" => {
                    opts.flush = true;
                    continue;
                }
                _ if opts.hex.is_none() && !name.starts_with("--") => {
                    opts.hex = Some(arg.clone());
                    continue;
                }
                _ => return Err(format!("wirelab zlib: unexpected argument {arg}\n{USAGE}")),
            };
            let value = match inline {
                Some(value) => value,
                None => iter
                    .next()
                    .cloned()
                    .ok_or(format!("wirelab zlib: {name} needs a value"))?,
            };
            *slot = Some(value);
        }
        Ok(opts)
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        let text = self.hex.as_deref().ok_or(USAGE)?;
        wirelab::hex::decode(text).map_err(|e| e.to_string())
    }
}

fn int<T: std::str::FromStr>(value: Option<&str>, default: T, what: &str) -> Result<T, String> {
    match value {
        None => Ok(default),
        Some(text) => text
            .trim()
            .parse()
            .map_err(|_| format!("wirelab zlib: {what} must be an integer, not {text:?}")),
    }
}

fn compress(opts: &Options) -> Result<ExitCode, String> {
    let level = int(opts.level.as_deref(), -1, "--level")?;
    let wbits = int(opts.wbits.as_deref(), 15, "--wbits")?;
    match zlib::compress(&opts.bytes()?, level, wbits) {
        Ok(out) => {
            println!("{}", wirelab::hex::encode(&out));
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            eprintln!("{e}");
            Ok(ExitCode::FAILURE)
        }
    }
}

fn trace(opts: &Options) -> Result<ExitCode, String> {
    let wbits = int(opts.wbits.as_deref(), 15, "--wbits")?;
    let max_length: i64 = int(opts.max_length.as_deref(), 0, "--max-length")?;
    let max_length = usize::try_from(max_length)
        .map_err(|_| "ValueError: max_length must be non-negative".to_string())?;
    let chunks = opts.chunks.as_deref().ok_or(USAGE)?;
    let chunks = chunks
        .split(',')
        .filter(|s| !s.trim().is_empty())
        .map(|s| int(Some(s), 0usize, "--chunks"))
        .collect::<Result<Vec<_>, _>>()?;
    let plan = zlib::TracePlan {
        wbits,
        chunks,
        max_length,
        flush: opts.flush,
    };
    let lines = match zlib::trace(&opts.bytes()?, &plan) {
        Ok(steps) => steps.iter().map(zlib::step_json).collect(),
        Err(e) => vec![format!(
            "{{\"error\": {}}}",
            serde_json::Value::String(e.to_string())
        )],
    };
    // A closed pipe (`| head`) is not an error worth a panic.
    let mut stdout = std::io::stdout().lock();
    for line in lines {
        if writeln!(stdout, "{line}").is_err() {
            break;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn inspect(opts: &Options) -> Result<ExitCode, String> {
    let wbits = match opts.wbits.as_deref() {
        None | Some("auto") => None,
        Some(text) => Some(int(Some(text), 15, "--wbits")?),
    };
    let anatomy = zlib::inspect(&opts.bytes()?, wbits);
    print!("{}", zlib::anatomy::render(&anatomy));
    Ok(ExitCode::SUCCESS)
}
