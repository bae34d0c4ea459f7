//! Live CPython for the comparisons: runs a python3 script that reads one case a line
//! on stdin and prints one answer a line. `None` when python3 is missing (the caller
//! says the comparison was skipped).

#![allow(clippy::expect_used)]

use std::io::Write;
use std::process::{Command, Stdio};

/// The script's stdout lines for `input` (written from a thread: large inputs would
/// otherwise deadlock on full pipes).
pub fn run_lines(script: &str, input: String, env: &[(&str, &str)]) -> Option<Vec<String>> {
    let mut command = Command::new("python3");
    command
        .args(["-c", script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped());
    for (k, v) in env {
        command.env(k, v);
    }
    let mut child = command.spawn().ok()?;
    let mut stdin = child.stdin.take().expect("stdin");
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().expect("python3 output");
    writer.join().expect("writer").expect("write the cases");
    assert!(output.status.success(), "python3 failed");
    let text = String::from_utf8(output.stdout).expect("utf-8");
    Some(text.lines().map(str::to_owned).collect())
}
