//! What old protocols have no opcode for: bytes before protocol 3 and sets and
//! frozensets before protocol 4 are pickled as a call, `save_reduce` of a
//! `(callable, args)` pair whose callable is written by `save_global`.

use super::memo::{Global, Obj};
use super::{DumpError, Pickler, Task};
use crate::py::pickle::opcodes::*;
use crate::py::Value;

impl Global {
    /// `(module, qualified name)` as `whichmodule` and `__qualname__` give them.
    fn path(self) -> (&'static str, &'static str) {
        match self {
            Global::CodecsEncode => ("_codecs", "encode"),
            Global::Bytes => ("builtins", "bytes"),
            Global::Set => ("builtins", "set"),
            Global::FrozenSet => ("builtins", "frozenset"),
        }
    }
}

impl<'v> Pickler<'v> {
    /// `save(callable)` for a module-level object: `GLOBAL "module\nname\n"`,
    /// memoized, so the second use is a memo get. Before protocol 3, `fix_imports`
    /// writes Python 2's `__builtin__` for `builtins`.
    pub(super) fn save_global(&mut self, global: Global) -> Result<(), DumpError> {
        self.out.opcode_boundary();
        let obj = Obj::Global(global);
        if self.memo_get(obj) {
            return Ok(());
        }
        self.enter()?;
        // `PyImport_Import(module)` calls `__import__`, one level deeper.
        self.check_call_depth()?;
        let (mut module, name) = global.path();
        if self.proto < 3 && module == "builtins" {
            module = "__builtin__";
        }
        self.out.write(&[GLOBAL]);
        self.out.write(format!("{module}\n{name}\n").as_bytes());
        self.memo_put(Some(obj));
        self.depth = self.depth.saturating_sub(1);
        Ok(())
    }

    /// `save_bytes` before protocol 3: `_codecs.encode(data.decode('latin1'),
    /// 'latin1')`, or `bytes()` for empty bytes; the bytes object is memoized after
    /// `REDUCE`.
    pub(super) fn reduce_bytes(&mut self, data: &'v [u8], obj: Obj) {
        let (callable, args) = if data.is_empty() {
            (Global::Bytes, Task::SaveEmptyTuple)
        } else {
            (Global::CodecsEncode, Task::SaveLatin1Args(data))
        };
        self.then(
            [
                Task::SaveGlobal(callable),
                args,
                Task::Op(REDUCE),
                Task::MemoPut(Some(obj)),
            ]
            .into_iter(),
        );
    }

    /// `save((data.decode('latin1'), 'latin1'))`: a new tuple.
    pub(super) fn save_latin1_args(&mut self, data: &'v [u8]) -> Result<(), DumpError> {
        self.out.opcode_boundary();
        self.enter()?;
        let text: String = data.iter().map(|&b| char::from(b)).collect();
        let text_obj = self.ids.latin1_obj(data);
        let latin1_obj = self.ids.str_obj("latin1");
        let close = if self.proto >= 2 {
            TUPLE2
        } else {
            self.out.write(&[MARK]);
            TUPLE
        };
        self.then(
            [
                Task::SaveStr(text, text_obj),
                Task::SaveStr("latin1".into(), Some(latin1_obj)),
                Task::Op(close),
                Task::MemoPut(None),
                Task::Leave,
            ]
            .into_iter(),
        );
        Ok(())
    }

    /// `save_set`/`save_frozenset` before protocol 4 (entered by `save`):
    /// `set(list(items))` or `frozenset(list(items))`; the list, the argument tuple
    /// and the result are new objects.
    pub(super) fn reduce_collection(&mut self, global: Global, items: &'v [Value]) {
        self.then(
            [
                Task::SaveGlobal(global),
                Task::SaveListArgs(items),
                Task::Op(REDUCE),
                Task::MemoPut(None),
                Task::Leave,
            ]
            .into_iter(),
        );
    }

    /// `save((list(items),))`: a new tuple holding a new list.
    pub(super) fn save_list_args(&mut self, items: &'v [Value]) -> Result<(), DumpError> {
        self.out.opcode_boundary();
        self.enter()?;
        let close = if self.proto >= 2 {
            TUPLE1
        } else {
            self.out.write(&[MARK]);
            TUPLE
        };
        self.then(
            [
                Task::SaveList(items),
                Task::Op(close),
                Task::MemoPut(None),
                Task::Leave,
            ]
            .into_iter(),
        );
        Ok(())
    }
}
