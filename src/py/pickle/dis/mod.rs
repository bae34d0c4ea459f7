//! `pickletools.dis`: the listing, with each opcode's byte range for the hex view.
//!
//! This follows CPython 3.11's `pickletools.dis` line by line: the same argument
//! readers, the same crude stack of type names (to find MARKs and check pops), the
//! same memo checks, and the same order of printing and raising.

mod args;

pub use args::ArgValue;
use args::{read_arg, Cursor};

use crate::py::pickle::opinfo::{info, OpInfo};
use num_bigint::BigInt;
use std::collections::HashMap;

/// One opcode of the listing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisLine {
    /// Byte offset of the opcode.
    pub offset: usize,
    /// Bytes taken by the opcode and its argument.
    pub len: usize,
    /// The opcode byte.
    pub code: u8,
    /// pickletools' name, e.g. `SHORT_BINUNICODE`.
    pub name: &'static str,
    /// The line as pickletools prints it (without the newline).
    pub text: String,
}

/// What `pickletools.dis(bytes)` prints.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Disassembly {
    pub lines: Vec<DisLine>,
    /// Exactly the text pickletools prints (every line, the final
    /// `highest protocol among opcodes = N` line when it gets there).
    pub text: String,
    /// The exception pickletools raised, if it stopped early (e.g. `ValueError: ...`).
    pub error: Option<String>,
}

/// Longest listing this lab prints. pickletools indents by MARK depth, so a pasted
/// run of MARKs would make a quadratic listing (gigabytes for 100 KB of input).
pub const MAX_TEXT: usize = 8 << 20;

/// pickletools' `markobject` on the emulated stack; other entries are type names.
const MARK: &str = "mark";

/// Disassembles as `pickletools.dis` does.
pub fn dis(bytes: &[u8]) -> Disassembly {
    let mut out = Disassembly::default();
    if let Err(e) = run(bytes, &mut out) {
        out.error = Some(e);
    }
    out
}

fn run(bytes: &[u8], out: &mut Disassembly) -> Result<(), String> {
    let mut f = Cursor::new(bytes);
    let mut stack: Vec<&'static str> = Vec::new();
    let mut memo: HashMap<BigInt, &'static str> = HashMap::new();
    let mut markstack: Vec<usize> = Vec::new();
    let mut maxproto: i32 = -1;
    loop {
        // _genops: read the opcode and its argument before printing anything.
        let pos = f.pos;
        let Some(&code) = bytes.get(pos) else {
            return Err("ValueError: pickle exhausted before seeing STOP".into());
        };
        f.pos += 1;
        let Some(op) = info(code) else {
            return Err(format!(
                "ValueError: at position {pos}, opcode {} unknown",
                crate::py::pickle::text::bytes_repr(&[code])
            ));
        };
        let arg = read_arg(&mut f, op.arg)?;
        out.text.push_str(&format!("{pos:5}: "));
        let line = disassemble_one(op, arg.as_ref(), pos, &mut stack, &mut memo, &mut markstack);
        maxproto = maxproto.max(i32::from(op.proto));
        let (line, check) = line?;
        out.text.push_str(&line);
        out.text.push('\n');
        out.lines.push(DisLine {
            offset: pos,
            len: f.pos - pos,
            code,
            name: op.name,
            text: format!("{pos:5}: {line}"),
        });
        check?;
        if code == b'.' {
            break;
        }
        if out.text.len() > MAX_TEXT {
            return Err("wirelab: listing longer than 8 MiB, stopped here".into());
        }
    }
    out.text
        .push_str(&format!("highest protocol among opcodes = {maxproto}\n"));
    if !stack.is_empty() {
        return Err(format!(
            "ValueError: stack not empty after STOP: [{}]",
            stack.join(", ")
        ));
    }
    Ok(())
}

/// One iteration of dis's loop after the position is printed: `Err` if Python raised
/// before printing the line; otherwise the line and the check raised after it.
fn disassemble_one(
    op: &'static OpInfo,
    arg: Option<&ArgValue>,
    pos: usize,
    stack: &mut Vec<&'static str>,
    memo: &mut HashMap<BigInt, &'static str>,
    markstack: &mut Vec<usize>,
) -> Result<(String, Result<(), String>), String> {
    let mut line = format!(
        "{:<4} {}{}",
        op.shown,
        "    ".repeat(markstack.len()),
        op.name
    );
    let mut after: Vec<&'static str> = op.after.to_vec();
    let mut numtopop = op.before.len();
    let mut errormsg: Option<String> = None;
    let mut markmsg: Option<String> = None;

    let pops_mark = op.before.contains(&MARK) || (op.name == "POP" && stack.last() == Some(&MARK));
    if pops_mark {
        if let Some(markpos) = markstack.pop() {
            markmsg = Some(format!("(MARK at {markpos})"));
            // Pop everything at and after the topmost markobject; Python's
            // stack[-1] fails if a DUP or a pop already took the mark away.
            loop {
                match stack.pop() {
                    Some(MARK) => break,
                    Some(_) => {}
                    None => return Err("IndexError: list index out of range".into()),
                }
            }
            numtopop = op.before.iter().position(|&s| s == MARK).unwrap_or(0);
        } else {
            errormsg = Some("no MARK exists on stack".into());
            markmsg = errormsg.clone();
        }
    }

    match op.name {
        "PUT" | "BINPUT" | "LONG_BINPUT" | "MEMOIZE" => {
            let key = if op.name == "MEMOIZE" {
                markmsg = Some(format!("(as {})", memo.len()));
                Some(BigInt::from(memo.len()))
            } else {
                arg.and_then(ArgValue::memo_key)
            };
            let shown = match arg {
                Some(a) => a.repr()?,
                None => "None".into(),
            };
            match key {
                Some(k) if memo.contains_key(&k) => {
                    errormsg = Some(format!("memo key {shown} already defined"));
                }
                _ if stack.is_empty() => {
                    errormsg = Some("stack is empty -- can't store into memo".into());
                }
                _ if stack.last() == Some(&MARK) => {
                    errormsg = Some("can't store markobject in the memo".into());
                }
                Some(k) => {
                    if let Some(&top) = stack.last() {
                        memo.insert(k, top);
                    }
                }
                None => {}
            }
        }
        "GET" | "BINGET" | "LONG_BINGET" => {
            match arg.and_then(ArgValue::memo_key).and_then(|k| memo.get(&k)) {
                Some(&v) => after = vec![v],
                None => {
                    let shown = match arg {
                        Some(a) => a.repr()?,
                        None => "None".into(),
                    };
                    errormsg = Some(format!("memo key {shown} has never been stored into"));
                }
            }
        }
        _ => {}
    }

    if arg.is_some() || markmsg.is_some() {
        line.push_str(&" ".repeat(10usize.saturating_sub(op.name.len())));
        if let Some(a) = arg {
            line.push(' ');
            line.push_str(&a.repr()?);
        }
        if let Some(m) = &markmsg {
            line.push(' ');
            line.push_str(m);
        }
    }
    if let Some(e) = errormsg {
        return Ok((line, Err(format!("ValueError: {e}"))));
    }

    // Emulate the stack effects.
    if stack.len() < numtopop {
        let e = format!(
            "ValueError: tries to pop {numtopop} items from stack with only {} items",
            stack.len()
        );
        return Ok((line, Err(e)));
    }
    stack.truncate(stack.len() - numtopop);
    if after.contains(&MARK) {
        markstack.push(pos);
    }
    stack.extend(after);
    Ok((line, Ok(())))
}
