//! One opcode of the C unpickler (`load_*` in Modules/_pickle.c), on the arena.

use super::numbers::{load_float, load_int, long_base10};
use super::objects::{Id, Obj};
use super::{State, StepNote};
use crate::py::pickle::decode::{ascii, escape_decode, raw_unicode_escape, utf8_surrogatepass};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

pub use super::reader::Reader;
use super::reader::TRUNCATED;

/// What the loop does after an opcode.
pub enum Flow {
    Continue(StepNote),
    Stop,
}

/// `Pdata_stack_underflow`.
pub fn underflow(st: &State) -> String {
    if st.marks.is_empty() {
        "_pickle.UnpicklingError: unpickling stack underflow".into()
    } else {
        "_pickle.UnpicklingError: unexpected MARK found".into()
    }
}

fn push(st: &mut State, obj: Obj) -> Flow {
    let id = st.arena.add(obj);
    st.stack.push(id);
    Flow::Continue(StepNote::Plain)
}

fn pop(st: &mut State) -> Result<Id, String> {
    if st.stack.len() <= st.fence() {
        return Err(underflow(st));
    }
    st.stack.pop().ok_or_else(|| underflow(st))
}

fn top(st: &State) -> Result<Id, String> {
    if st.stack.len() <= st.fence() {
        return Err(underflow(st));
    }
    st.stack.last().copied().ok_or_else(|| underflow(st))
}

/// `marker()`: pops the topmost mark, giving the stack height it marked.
fn marker(st: &mut State) -> Result<usize, String> {
    st.marks
        .pop()
        .ok_or_else(|| "_pickle.UnpicklingError: could not find MARK".to_string())
}

/// Pops everything above height `start`.
fn pop_from(st: &mut State, start: usize) -> Vec<Id> {
    st.stack.split_off(start.min(st.stack.len()))
}

/// `Pdata_poptuple(stack, len - n)`.
fn pop_n(st: &mut State, n: usize) -> Result<Vec<Id>, String> {
    if st.stack.len() < n || st.stack.len() - n < st.fence() {
        return Err(underflow(st));
    }
    Ok(pop_from(st, st.stack.len() - n))
}

/// An 8-byte size, refused past `PY_SSIZE_T_MAX` as CPython does.
fn size8(r: &mut Reader, what: &str) -> Result<u64, String> {
    let n = u64::from_le_bytes(r.fixed()?);
    if n > i64::MAX as u64 {
        return Err(format!(
            "OverflowError: {what} exceeds system's maximum size of {} bytes",
            i64::MAX
        ));
    }
    Ok(n)
}

fn memo_index(v: &BigInt) -> Result<u64, String> {
    v.to_i64()
        .ok_or_else(|| "OverflowError: Python int too large to convert to C ssize_t".to_string())
        .map(|i| i as u64)
}

fn memo_get(st: &mut State, idx: u64) -> Result<Flow, String> {
    let id = st.memo.get(&idx).copied().ok_or_else(|| {
        format!(
            "_pickle.UnpicklingError: Memo value not found at index {}",
            idx as i64
        )
    })?;
    st.stack.push(id);
    Ok(Flow::Continue(StepNote::Plain))
}

fn memo_put(st: &mut State, idx: u64) -> Result<Flow, String> {
    let id = top(st)?;
    st.memo.insert(idx, id);
    Ok(Flow::Continue(StepNote::Plain))
}

/// Runs one opcode whose byte was `code`; `r` reads its argument.
pub fn execute(st: &mut State, r: &mut Reader, code: u8) -> Result<Flow, String> {
    Ok(match code {
        b'N' => push(st, Obj::None),
        0x88 => push(st, Obj::Bool(true)),
        0x89 => push(st, Obj::Bool(false)),
        b'J' => push(st, Obj::Int(i32::from_le_bytes(r.fixed()?).into())),
        b'K' => push(st, Obj::Int(r.fixed::<1>()?[0].into())),
        b'M' => push(st, Obj::Int(u16::from_le_bytes(r.fixed()?).into())),
        b'I' => {
            let line = r.readline()?;
            if line.len() < 2 {
                return Err(TRUNCATED.into());
            }
            push(st, load_int(line)?)
        }
        b'L' => {
            let line = r.readline()?;
            if line.len() < 2 {
                return Err(TRUNCATED.into());
            }
            // CPython writes a NUL over the L: the C string ends there.
            let cut = if line[line.len() - 2] == b'L' { &line[..line.len() - 2] } else { line };
            push(st, Obj::Int(long_base10(cut)?))
        }
        0x8a | 0x8b => {
            let n: i64 = if code == 0x8a {
                r.fixed::<1>()?[0].into()
            } else {
                i32::from_le_bytes(r.fixed()?).into()
            };
            if n < 0 {
                return Err("_pickle.UnpicklingError: LONG pickle has negative byte count".into());
            }
            let data = r.read(n.unsigned_abs())?;
            push(st, Obj::Int(BigInt::from_signed_bytes_le(data)))
        }
        b'F' => {
            let line = r.readline()?;
            push(st, load_float(line)?)
        }
        b'G' => push(st, Obj::Float(f64::from_be_bytes(r.fixed()?))),
        b'S' => {
            let line = r.readline()?;
            let s = &line[..line.len() - 1];
            let quoted = s.len() >= 2 && s[0] == s[s.len() - 1] && (s[0] == b'\'' || s[0] == b'"');
            if !quoted {
                return Err("_pickle.UnpicklingError: the STRING opcode argument must be quoted".into());
            }
            push(st, Obj::Str(ascii(&escape_decode(&s[1..s.len() - 1])?)?))
        }
        b'T' | b'U' => {
            // calc_binsize: the 4-byte size is unsigned on 64-bit CPython.
            let n: u64 = if code == b'U' {
                r.fixed::<1>()?[0].into()
            } else {
                u32::from_le_bytes(r.fixed()?).into()
            };
            push(st, Obj::Str(ascii(r.read(n)?)?))
        }
        b'B' | b'C' | 0x8e | 0x96 => {
            let n: u64 = match code {
                b'C' => r.fixed::<1>()?[0].into(),
                b'B' => u32::from_le_bytes(r.fixed()?).into(),
                _ => size8(r, if code == 0x96 { "BYTEARRAY8" } else { "BINBYTES" })?,
            };
            let data = r.read(n)?.to_vec();
            push(st, if code == 0x96 { Obj::ByteArray(data) } else { Obj::Bytes(data) })
        }
        b'V' => {
            let line = r.readline()?;
            push(st, Obj::Str(raw_unicode_escape(&line[..line.len() - 1])?))
        }
        0x8c | b'X' | 0x8d => {
            let n: u64 = match code {
                0x8c => r.fixed::<1>()?[0].into(),
                b'X' => u32::from_le_bytes(r.fixed()?).into(),
                _ => size8(r, "BINUNICODE")?,
            };
            push(st, Obj::Str(utf8_surrogatepass(r.read(n)?)?))
        }
        b']' => push(st, Obj::List(Vec::new())),
        b')' => push(st, Obj::Tuple(Vec::new())),
        b'}' => push(st, Obj::Dict(Vec::new())),
        0x8f => push(st, Obj::Set(Vec::new())),
        b'l' | b't' | 0x91 => {
            let start = marker(st)?;
            let items = pop_from(st, start);
            match code {
                b'l' => push(st, Obj::List(items)),
                b't' => push(st, Obj::Tuple(items)),
                _ => {
                    let set = st.arena.add(Obj::FrozenSet(Vec::new()));
                    for item in items {
                        st.arena.set_add(set, item)?;
                    }
                    st.stack.push(set);
                    Flow::Continue(StepNote::Plain)
                }
            }
        }
        0x85..=0x87 => {
            let items = pop_n(st, usize::from(code - 0x84))?;
            push(st, Obj::Tuple(items))
        }
        b'd' => {
            let start = marker(st)?;
            let items = pop_from(st, start);
            if !items.len().is_multiple_of(2) {
                return Err("_pickle.UnpicklingError: odd number of items for DICT".into());
            }
            let dict = st.arena.add(Obj::Dict(Vec::new()));
            for kv in items.chunks(2) {
                st.arena.dict_set(dict, kv[0], kv[1])?;
            }
            st.stack.push(dict);
            Flow::Continue(StepNote::Plain)
        }
        b'a' | b'e' | b's' | b'u' | 0x90 => {
            let x = if matches!(code, b'a' | b's') {
                st.stack.len().saturating_sub(if code == b'a' { 1 } else { 2 })
            } else {
                marker(st)?
            };
            super::ops_fill::fill(st, code, x)?
        }
        b'0' => {
            let len = st.stack.len();
            if st.marks.last() == Some(&len) {
                st.marks.pop();
            } else {
                pop(st)?;
            }
            Flow::Continue(StepNote::Plain)
        }
        b'1' => {
            let start = marker(st)?;
            pop_from(st, start);
            Flow::Continue(StepNote::Plain)
        }
        b'2' => {
            let id = top(st)?;
            st.stack.push(id);
            Flow::Continue(StepNote::Plain)
        }
        b'(' => {
            st.marks.push(st.stack.len());
            Flow::Continue(StepNote::Plain)
        }
        b'g' => {
            let line = r.readline()?;
            if line.len() < 2 {
                return Err(TRUNCATED.into());
            }
            let idx = memo_index(&long_base10(line)?)?;
            memo_get(st, idx)?
        }
        b'h' => memo_get(st, r.fixed::<1>()?[0].into())?,
        b'j' => memo_get(st, u32::from_le_bytes(r.fixed()?).into())?,
        b'p' => {
            let line = r.readline()?;
            if line.len() < 2 {
                return Err(TRUNCATED.into());
            }
            top(st)?;
            let idx = long_base10(line)?;
            if idx < BigInt::from(0) {
                return Err("ValueError: negative PUT argument".into());
            }
            memo_put(st, memo_index(&idx)?)?
        }
        b'q' => {
            let idx = r.fixed::<1>()?[0];
            memo_put(st, idx.into())?
        }
        b'r' => {
            let idx = u32::from_le_bytes(r.fixed()?);
            memo_put(st, idx.into())?
        }
        0x94 => {
            let idx = st.memo.len() as u64;
            memo_put(st, idx)?
        }
        0x80 => {
            let p = r.fixed::<1>()?[0];
            if p > 5 {
                return Err(format!("ValueError: unsupported pickle protocol: {p}"));
            }
            st.proto = p;
            Flow::Continue(StepNote::Plain)
        }
        0x95 => {
            let n = u64::from_le_bytes(r.fixed()?);
            if n > i64::MAX as u64 {
                return Err(format!(
                    "OverflowError: FRAME length exceeds system's maximum of {} bytes",
                    i64::MAX
                ));
            }
            // The frame must be there in full; then reading goes on inside it.
            let before = r.pos();
            r.read(n)?;
            r.pos = before;
            Flow::Continue(StepNote::Plain)
        }
        b'.' => Flow::Stop,
        b'c' | b'i' | 0x93 | b'R' | b'b' | b'o' | 0x81 | 0x92 => {
            super::ops_call::execute(st, r, code)?
        }
        0x82..=0x84 => {
            let c: i64 = match code {
                0x82 => r.fixed::<1>()?[0].into(),
                0x83 => u16::from_le_bytes(r.fixed()?).into(),
                _ => i32::from_le_bytes(r.fixed()?).into(),
            };
            if c <= 0 {
                return Err("_pickle.UnpicklingError: EXT specifies code <= 0".into());
            }
            return Err(format!("ValueError: unregistered extension code {c}"));
        }
        b'P' | b'Q' => {
            return Err("_pickle.UnpicklingError: A load persistent id instruction was encountered,\nbut no persistent_load function was specified.".into())
        }
        0x97 => {
            return Err("_pickle.UnpicklingError: pickle stream refers to out-of-band data but no *buffers* argument was given".into())
        }
        0x98 => {
            let id = top(st)?;
            match st.arena.get(id) {
                Obj::Bytes(_) => Flow::Continue(StepNote::Plain),
                other => {
                    return Err(format!(
                        "TypeError: memoryview: a bytes-like object is required, not '{}'",
                        other.type_name()
                    ))
                }
            }
        }
        _ => {
            let shown = if (0x20..=0x7e).contains(&code) && code != b'\'' && code != b'\\' {
                char::from(code).to_string()
            } else {
                format!("\\x{code:02x}")
            };
            return Err(format!("_pickle.UnpicklingError: invalid load key, '{shown}'."));
        }
    })
}

/// `repr(obj)` for notes (cut when very long); never fails.
pub fn show(st: &State, id: Id) -> String {
    super::repr::preview(&st.arena, id, 4096)
}
