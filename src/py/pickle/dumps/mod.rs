//! `pickle.dumps(value, protocol)` byte for byte as CPython 3.11's C pickler
//! (`Modules/_pickle.c`) writes it, for the values a literal can spell.
//!
//! The module follows `_pickle.c`'s shape: `save` dispatches on the type, atoms are
//! written directly, everything else goes through the memo (`memo`), containers are
//! batched (`containers`), bytes and sets of old protocols are reduced to a call
//! (`reduce`), and protocol 4+ output is cut into frames (`framing`).

mod containers;
mod framing;
mod memo;
mod reduce;
mod scalars;

use crate::py::pickle::opcodes::*;
use crate::py::Value;
use framing::Output;
use memo::{Global, Identities, Memo, Obj};

/// `pickle.HIGHEST_PROTOCOL` in CPython 3.11.
pub const HIGHEST_PROTOCOL: u8 = 5;

/// `pickle.DEFAULT_PROTOCOL` in CPython 3.11.
pub const DEFAULT_PROTOCOL: u8 = 4;

/// How deep `save` may nest before Python gives up: `sys.getrecursionlimit()` (1000)
/// minus the one frame of the `python3 -c` module that calls `pickle.dumps`.
/// Measured: 999 nested tuples pickle, 1000 raise `RecursionError`.
const RECURSION_BUDGET: usize = 999;

/// The Python exception `pickle.dumps` raised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum DumpErrorKind {
    /// `ValueError`: a protocol above [`HIGHEST_PROTOCOL`].
    ValueError,
    /// `RecursionError`: the value nests deeper than Python's recursion limit.
    RecursionError,
    /// `OverflowError`: a str or bytes of 4 GiB or more before protocol 4, or an
    /// int whose two's complement needs 2 GiB.
    OverflowError,
}

/// Why `pickle.dumps` raised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DumpError {
    /// Which exception.
    pub kind: DumpErrorKind,
    /// Python's text, e.g. `ValueError: pickle protocol must be <= 5`.
    pub message: String,
}

impl DumpError {
    fn new(kind: DumpErrorKind, name: &str, text: &str) -> Self {
        DumpError {
            kind,
            message: format!("{name}: {text}"),
        }
    }

    fn overflow(text: &str) -> Self {
        Self::new(DumpErrorKind::OverflowError, "OverflowError", text)
    }

    fn recursion(while_doing: &str) -> Self {
        let text = format!("maximum recursion depth exceeded {while_doing}");
        Self::new(DumpErrorKind::RecursionError, "RecursionError", &text)
    }
}

impl std::fmt::Display for DumpError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for DumpError {}

/// `pickle.dumps(value, protocol)`.
pub fn dumps(value: &Value, protocol: u8) -> Result<Vec<u8>, DumpError> {
    if protocol > HIGHEST_PROTOCOL {
        return Err(DumpError::new(
            DumpErrorKind::ValueError,
            "ValueError",
            &format!("pickle protocol must be <= {HIGHEST_PROTOCOL}"),
        ));
    }
    let mut pickler = Pickler {
        proto: protocol,
        out: Output::default(),
        memo: Memo::default(),
        ids: Identities::of(value),
        depth: 0,
        todo: vec![Task::Save(value)],
    };
    // `dump`: PROTO goes before the first frame.
    if protocol >= 2 {
        pickler.out.write(&[PROTO, protocol]);
        if protocol >= 4 {
            pickler.out.start_framing();
        }
    }
    while let Some(task) = pickler.todo.pop() {
        pickler.run(task)?;
    }
    pickler.out.write(&[STOP]);
    Ok(pickler.out.finish())
}

/// What is left to do. `_pickle.c` recurses; this pickler keeps the same steps on
/// an explicit stack, so a deep value costs heap, not call stack (a wasm page has
/// little of it), and the recursion limit is a counter like CPython's.
enum Task<'v> {
    /// `save(value)`.
    Save(&'v Value),
    /// `save(text)` for a str the pickler made, as the object `obj` (`None`: new).
    SaveStr(String, Option<Obj>),
    /// `save(global)` of a module-level callable.
    SaveGlobal(Global),
    /// `save(())`.
    SaveEmptyTuple,
    /// `save((data.decode('latin1'), 'latin1'))`: the arguments of `_codecs.encode`.
    SaveLatin1Args(&'v [u8]),
    /// `save((list(items),))`: the argument of `set` or `frozenset`.
    SaveListArgs(&'v [Value]),
    /// `save(list(items))`: a list the pickler made.
    SaveList(&'v [Value]),
    /// Write one opcode.
    Op(u8),
    /// `memo_put` of `obj` (`None`: a new object).
    MemoPut(Option<Obj>),
    /// `_Py_LeaveRecursiveCall()`.
    Leave,
}

/// `PicklerObject`: the state of one `dumps` call.
struct Pickler<'v> {
    proto: u8,
    out: Output,
    memo: Memo,
    ids: Identities<'v>,
    /// `_Py_EnterRecursiveCall` depth.
    depth: usize,
    /// Pending tasks, the next one last.
    todo: Vec<Task<'v>>,
}

impl<'v> Pickler<'v> {
    fn run(&mut self, task: Task<'v>) -> Result<(), DumpError> {
        match task {
            Task::Save(value) => self.save(value)?,
            Task::SaveStr(text, obj) => {
                self.out.opcode_boundary();
                if !obj.is_some_and(|obj| self.memo_get(obj)) {
                    self.save_unicode(&text, obj)?;
                }
            }
            Task::SaveGlobal(global) => self.save_global(global)?,
            Task::SaveEmptyTuple => {
                self.out.opcode_boundary();
                self.enter()?;
                self.save_tuple(&[], None);
            }
            Task::SaveLatin1Args(data) => self.save_latin1_args(data)?,
            Task::SaveListArgs(items) => self.save_list_args(items)?,
            Task::SaveList(items) => {
                self.out.opcode_boundary();
                self.enter()?;
                self.save_list(items)?;
            }
            Task::Op(op) => self.out.write(&[op]),
            Task::MemoPut(obj) => self.memo_put(obj),
            Task::Leave => self.depth = self.depth.saturating_sub(1),
        }
        Ok(())
    }

    /// Queues `tasks` to run next, first one first.
    fn then(&mut self, tasks: impl DoubleEndedIterator<Item = Task<'v>>) {
        self.todo.extend(tasks.rev());
    }

    /// `save`: one object, atoms first, then the memo, then by type.
    fn save(&mut self, value: &'v Value) -> Result<(), DumpError> {
        self.out.opcode_boundary();
        match value {
            Value::None => self.out.write(&[NONE]),
            Value::Bool(b) => scalars::save_bool(&mut self.out, self.proto, *b),
            Value::Int(i) => scalars::save_long(&mut self.out, self.proto, i)?,
            Value::Float(f) => scalars::save_float(&mut self.out, self.proto, *f),
            Value::Str(s) => {
                let obj = self.ids.str_obj(s);
                if !self.memo_get(obj) {
                    self.save_unicode(s, Some(obj))?;
                }
            }
            // Only json.loads makes one: a new object, never a memo get.
            Value::SurrogateStr(cps) => {
                scalars::save_unicode_code_points(&mut self.out, self.proto, cps)?;
                self.memo_put(None);
            }
            Value::Bytes(b) => {
                let obj = self.ids.bytes_obj(b);
                if !self.memo_get(obj) {
                    self.save_bytes(b, obj)?;
                }
            }
            Value::Tuple(items) => {
                let obj = self.ids.tuple_obj(value);
                if !obj.is_some_and(|obj| self.memo_get(obj)) {
                    self.enter()?;
                    self.save_tuple(items, obj);
                }
            }
            // Built at run time: new objects, never in the memo already.
            Value::List(items) => {
                self.enter()?;
                self.save_list(items)?;
            }
            Value::Dict(pairs) => {
                self.enter()?;
                self.save_dict(pairs)?;
            }
            Value::Set(items) => {
                self.enter()?;
                self.save_set(items);
            }
            Value::FrozenSet(items) => {
                self.enter()?;
                self.save_frozenset(items);
            }
        }
        Ok(())
    }

    /// `save_unicode`, storing the str in the memo as `obj` (`None`: a new object).
    fn save_unicode(&mut self, s: &str, obj: Option<Obj>) -> Result<(), DumpError> {
        scalars::save_unicode(&mut self.out, self.proto, s)?;
        self.memo_put(obj);
        Ok(())
    }

    /// `save_bytes`: opcodes from protocol 3, a `_codecs.encode` call before.
    fn save_bytes(&mut self, data: &'v [u8], obj: Obj) -> Result<(), DumpError> {
        if self.proto < 3 {
            self.reduce_bytes(data, obj);
            return Ok(());
        }
        scalars::save_bytes_data(&mut self.out, self.proto, data)?;
        self.memo_put(Some(obj));
        Ok(())
    }

    /// `_Py_EnterRecursiveCall(" while pickling an object")`; the caller queues the
    /// matching [`Task::Leave`] after the object's last task.
    fn enter(&mut self) -> Result<(), DumpError> {
        self.depth = self.depth.saturating_add(1);
        if self.depth > RECURSION_BUDGET {
            return Err(DumpError::recursion("while pickling an object"));
        }
        Ok(())
    }

    /// The check a call into Python code makes (`dict.items` in protocol 0, the
    /// `__import__` of `save_global`).
    fn check_call_depth(&self) -> Result<(), DumpError> {
        if self.depth.saturating_add(1) > RECURSION_BUDGET {
            return Err(DumpError::recursion("while calling a Python object"));
        }
        Ok(())
    }

    /// `memo_get`: writes `GET`/`BINGET`/`LONG_BINGET` if `obj` is in the memo.
    fn memo_get(&mut self, obj: Obj) -> bool {
        let Some(index) = self.memo.get(obj) else {
            return false;
        };
        if self.proto == 0 {
            self.out.write(format!("g{index}\n").as_bytes());
        } else if let Ok(small) = u8::try_from(index) {
            self.out.write(&[BINGET, small]);
        } else {
            // A memo of 4G entries cannot be built in memory; saturate rather than wrap.
            let index = u32::try_from(index).unwrap_or(u32::MAX).to_le_bytes();
            self.out.write(&[LONG_BINGET]);
            self.out.write(&index);
        }
        true
    }

    /// `memo_put`: stores `obj` under the next index and writes
    /// `PUT`/`BINPUT`/`LONG_BINPUT`, or `MEMOIZE` from protocol 4.
    fn memo_put(&mut self, obj: Option<Obj>) {
        let index = self.memo.put(obj);
        if self.proto >= 4 {
            self.out.write(&[MEMOIZE]);
        } else if self.proto == 0 {
            self.out.write(format!("p{index}\n").as_bytes());
        } else if let Ok(small) = u8::try_from(index) {
            self.out.write(&[BINPUT, small]);
        } else {
            let index = u32::try_from(index).unwrap_or(u32::MAX).to_le_bytes();
            self.out.write(&[LONG_BINPUT]);
            self.out.write(&index);
        }
    }
}
