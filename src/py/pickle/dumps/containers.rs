//! Tuples, lists, dicts, sets and frozensets: `save_tuple`, `save_list` with
//! `batch_list(_exact)`, `save_dict` with `batch_dict(_exact)`, `save_set` and
//! `save_frozenset` of `Modules/_pickle.c`.
//!
//! Each writes what comes before the items at once and queues the rest as tasks,
//! ending with the [`Task::Leave`] that matches the caller's `enter`.

use super::memo::{Global, Obj};
use super::{DumpError, Pickler, Task};
use crate::py::pickle::opcodes::*;
use crate::py::Value;
use std::iter::once;

/// `BATCHSIZE`: items per `APPENDS`/`SETITEMS`/`ADDITEMS` run.
const BATCHSIZE: usize = 1000;

impl<'v> Pickler<'v> {
    /// `save_tuple` (the caller has checked the memo and entered): `TUPLE1`-`TUPLE3`
    /// for short tuples from protocol 2, else `MARK ... TUPLE`; the empty tuple is a
    /// singleton and never memoized.
    pub(super) fn save_tuple(&mut self, items: &'v [Value], obj: Option<Obj>) {
        if items.is_empty() {
            if self.proto >= 1 {
                self.out.write(&[EMPTY_TUPLE]);
            } else {
                self.out.write(&[MARK, TUPLE]);
            }
            self.then(once(Task::Leave));
            return;
        }
        let close = match items.len() {
            1 if self.proto >= 2 => TUPLE1,
            2 if self.proto >= 2 => TUPLE2,
            3 if self.proto >= 2 => TUPLE3,
            _ => {
                self.out.write(&[MARK]);
                TUPLE
            }
        };
        let after = [Task::Op(close), Task::MemoPut(obj), Task::Leave];
        self.then(items.iter().map(Task::Save).chain(after));
    }

    /// `save_list`: an empty list (memoized), then its items.
    pub(super) fn save_list(&mut self, items: &'v [Value]) -> Result<(), DumpError> {
        if self.proto >= 1 {
            self.out.write(&[EMPTY_LIST]);
        } else {
            self.out.write(&[MARK, LIST]);
        }
        self.memo_put(None);
        if items.is_empty() {
            self.then(once(Task::Leave));
            return Ok(());
        }
        // The batch runs one level deeper.
        self.enter()?;
        let tasks = self.list_batches(items);
        self.then(tasks.into_iter().chain([Task::Leave, Task::Leave]));
        Ok(())
    }

    /// `batch_list` (protocol 0: one `APPEND` each) and `batch_list_exact`: a lone
    /// item gets `APPEND`, otherwise `MARK ... APPENDS` runs of up to 1000.
    fn list_batches(&self, items: &'v [Value]) -> Vec<Task<'v>> {
        if self.proto == 0 {
            return items
                .iter()
                .flat_map(|item| [Task::Save(item), Task::Op(APPEND)])
                .collect();
        }
        if let [item] = items {
            return vec![Task::Save(item), Task::Op(APPEND)];
        }
        let mut tasks = Vec::with_capacity(items.len().saturating_add(2));
        for batch in items.chunks(BATCHSIZE) {
            tasks.push(Task::Op(MARK));
            tasks.extend(batch.iter().map(Task::Save));
            tasks.push(Task::Op(APPENDS));
        }
        tasks
    }

    /// `save_dict`: an empty dict (memoized), then its items.
    pub(super) fn save_dict(&mut self, pairs: &'v [(Value, Value)]) -> Result<(), DumpError> {
        if self.proto >= 1 {
            self.out.write(&[EMPTY_DICT]);
        } else {
            self.out.write(&[MARK, DICT]);
        }
        self.memo_put(None);
        if pairs.is_empty() {
            self.then(once(Task::Leave));
            return Ok(());
        }
        if self.proto == 0 {
            // Protocol 0 iterates `obj.items()`, a call that checks the depth too.
            self.check_call_depth()?;
        }
        self.enter()?;
        let tasks = self.dict_batches(pairs);
        self.then(tasks.into_iter().chain([Task::Leave, Task::Leave]));
        Ok(())
    }

    /// `batch_dict` (protocol 0: one `SETITEM` each) and `batch_dict_exact`: a lone
    /// pair gets `SETITEM`, otherwise `MARK ... SETITEMS` runs of up to 1000; a run
    /// that comes out full is always followed by another, even an empty one.
    fn dict_batches(&self, pairs: &'v [(Value, Value)]) -> Vec<Task<'v>> {
        let pair = |(key, value): &'v (Value, Value)| [Task::Save(key), Task::Save(value)];
        if self.proto == 0 {
            return pairs
                .iter()
                .flat_map(|p| pair(p).into_iter().chain(once(Task::Op(SETITEM))))
                .collect();
        }
        if let [only] = pairs {
            return pair(only)
                .into_iter()
                .chain(once(Task::Op(SETITEM)))
                .collect();
        }
        let mut tasks = Vec::with_capacity(pairs.len().saturating_mul(2).saturating_add(2));
        for batch in full_runs(pairs) {
            tasks.push(Task::Op(MARK));
            tasks.extend(batch.iter().flat_map(pair));
            tasks.push(Task::Op(SETITEMS));
        }
        tasks
    }

    /// `save_set`: `set(list)` through `REDUCE` before protocol 4; then `EMPTY_SET`
    /// (memoized) and `MARK ... ADDITEMS` runs of up to 1000, with an empty run
    /// after a full one.
    pub(super) fn save_set(&mut self, items: &'v [Value]) {
        if self.proto < 4 {
            self.reduce_collection(Global::Set, items);
            return;
        }
        self.out.write(&[EMPTY_SET]);
        self.memo_put(None);
        let mut tasks = Vec::with_capacity(items.len().saturating_add(3));
        if !items.is_empty() {
            for batch in full_runs(items) {
                tasks.push(Task::Op(MARK));
                tasks.extend(batch.iter().map(Task::Save));
                tasks.push(Task::Op(ADDITEMS));
            }
        }
        tasks.push(Task::Leave);
        self.then(tasks.into_iter());
    }

    /// `save_frozenset`: `frozenset(list)` through `REDUCE` before protocol 4; then
    /// `MARK items FROZENSET`, memoized after.
    pub(super) fn save_frozenset(&mut self, items: &'v [Value]) {
        if self.proto < 4 {
            self.reduce_collection(Global::FrozenSet, items);
            return;
        }
        self.out.write(&[MARK]);
        let after = [Task::Op(FROZENSET), Task::MemoPut(None), Task::Leave];
        self.then(items.iter().map(Task::Save).chain(after));
    }
}

/// The runs of `batch_dict_exact` and `save_set`: `do { up to BATCHSIZE } while (the
/// run was full)`, so a length that is a multiple of 1000 ends with an empty run.
fn full_runs<T>(items: &[T]) -> impl Iterator<Item = &[T]> {
    let runs = items.len() / BATCHSIZE + 1;
    (0..runs).map(move |i| {
        let start = (i * BATCHSIZE).min(items.len());
        let end = start.saturating_add(BATCHSIZE).min(items.len());
        items.get(start..end).unwrap_or(&[])
    })
}
