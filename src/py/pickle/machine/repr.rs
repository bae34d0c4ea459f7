//! `repr()` over the arena, as CPython prints it: `[...]`/`{...}` where a container
//! meets itself, and a RecursionError (not a stack overflow) on very deep nesting.

use super::objects::{Arena, Id, Obj};
use super::set_order::table_order;
use crate::py::pickle::text::{bytearray_repr, bytes_repr, float_repr, int_repr, str_repr};

/// Nesting depth at which repr gives up, as CPython does at its recursion limit
/// (lower here: the browser thread has a small stack).
pub const MAX_REPR_DEPTH: usize = 200;

/// Longest repr this lab builds: shared sub-objects can make a small pickle's repr
/// exponentially long (Python would run out of memory).
pub const MAX_REPR_LEN: usize = 4 << 20;

/// Text of CPython's error when repr nests too deep.
pub const RECURSION_ERROR: &str =
    "RecursionError: maximum recursion depth exceeded while getting the repr of an object";

/// `repr(obj)`; `Err` with Python's exception text.
pub fn repr(arena: &Arena, id: Id) -> Result<String, String> {
    let mut out = String::new();
    let mut active = Vec::new();
    write(arena, id, &mut out, &mut active, MAX_REPR_LEN)?;
    Ok(out)
}

/// repr for the stack and memo views, cut after `limit` bytes with `...`: they are
/// redrawn at every step, so they must stay cheap.
pub fn preview(arena: &Arena, id: Id, limit: usize) -> String {
    let mut out = String::new();
    let mut active = Vec::new();
    match write(arena, id, &mut out, &mut active, limit) {
        Ok(()) => out,
        Err(e) if e == TOO_LONG => {
            let mut cut = limit.min(out.len());
            while !out.is_char_boundary(cut) {
                cut -= 1;
            }
            out.truncate(cut);
            out.push_str("...");
            out
        }
        Err(e) => format!("<{e}>"),
    }
}

const TOO_LONG: &str = "MemoryError: repr longer than 4 MiB (wirelab's limit)";

fn write(
    arena: &Arena,
    id: Id,
    out: &mut String,
    active: &mut Vec<Id>,
    limit: usize,
) -> Result<(), String> {
    if out.len() > limit {
        return Err(TOO_LONG.into());
    }
    let obj = arena.get(id);
    let container = matches!(
        obj,
        Obj::List(_) | Obj::Tuple(_) | Obj::Dict(_) | Obj::Set(_) | Obj::FrozenSet(_)
    );
    if container {
        // Py_ReprEnter: a container already being printed shows as `[...]`.
        if active.contains(&id) {
            out.push_str(match obj {
                Obj::List(_) => "[...]",
                Obj::Tuple(_) => "(...)",
                Obj::Dict(_) => "{...}",
                Obj::Set(_) => "set(...)",
                _ => "frozenset(...)",
            });
            return Ok(());
        }
        if active.len() >= MAX_REPR_DEPTH {
            return Err(RECURSION_ERROR.into());
        }
        active.push(id);
    }
    match obj {
        Obj::None => out.push_str("None"),
        Obj::Bool(true) => out.push_str("True"),
        Obj::Bool(false) => out.push_str("False"),
        Obj::Int(i) => out.push_str(&int_repr(i)?),
        Obj::Float(f) => out.push_str(&float_repr(*f)),
        Obj::Str(s) => out.push_str(&str_repr(s)),
        Obj::Bytes(b) => out.push_str(&bytes_repr(b)),
        Obj::ByteArray(b) => out.push_str(&bytearray_repr(b)),
        Obj::List(items) => seq(arena, limit, items, "[", "]", out, active)?,
        Obj::Tuple(items) if items.len() == 1 => seq(arena, limit, items, "(", ",)", out, active)?,
        Obj::Tuple(items) => seq(arena, limit, items, "(", ")", out, active)?,
        Obj::Set(items) if items.is_empty() => out.push_str("set()"),
        Obj::Set(items) => {
            let ordered = table_order(arena, items);
            let items = ordered.as_deref().unwrap_or(items);
            seq(arena, limit, items, "{", "}", out, active)?
        }
        Obj::FrozenSet(items) if items.is_empty() => out.push_str("frozenset()"),
        Obj::FrozenSet(items) => {
            let ordered = table_order(arena, items);
            let items = ordered.as_deref().unwrap_or(items);
            seq(arena, limit, items, "frozenset({", "})", out, active)?
        }
        Obj::Dict(pairs) => {
            out.push('{');
            for (n, &(k, v)) in pairs.iter().enumerate() {
                if n > 0 {
                    out.push_str(", ");
                }
                write(arena, k, out, active, limit)?;
                out.push_str(": ");
                write(arena, v, out, active, limit)?;
            }
            out.push('}');
        }
        Obj::Builtin(module, name) => {
            if module == "builtins" {
                out.push_str(&format!("<class '{name}'>"));
            } else {
                out.push_str(&format!("<built-in function {name}>"));
            }
        }
        Obj::NotImported(what) => out.push_str(&format!("<not imported: {what}>")),
        Obj::NotCalled(what) => out.push_str(&format!("<not called: {what}>")),
    }
    if container {
        active.pop();
    }
    Ok(())
}

fn seq(
    arena: &Arena,
    limit: usize,
    items: &[Id],
    open: &str,
    close: &str,
    out: &mut String,
    active: &mut Vec<Id>,
) -> Result<(), String> {
    out.push_str(open);
    for (n, &item) in items.iter().enumerate() {
        if n > 0 {
            out.push_str(", ");
        }
        write(arena, item, out, active, limit)?;
    }
    out.push_str(close);
    Ok(())
}
