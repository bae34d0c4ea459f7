//! Object identity for the memo: which parts of a literal CPython pickles as one
//! object (a memo get the second time) and which are new objects every time.
//!
//! `Value` carries no object ids, so they are rebuilt from how CPython compiles a
//! literal: the compiler merges equal constants of one code object recursively
//! (`_PyCode_ConstantKey`, `merge_consts_recursive` in `Python/compile.c`), so equal
//! str constants are one object, equal bytes constants one object, and equal tuples
//! of constants one object. The key distinguishes types (`(1,)`, `(True,)` and
//! `(1.0,)` are three objects) and the sign of a zero float. Lists, dicts, sets,
//! frozensets and any tuple holding one of them are built at run time: a new object
//! each time, never found in the memo.

use crate::py::Value;
use num_bigint::BigInt;
use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The multiply-rotate hash of rustc's `FxHasher`: several times faster than the
/// default SipHash on these small keys, and flooding is no concern (the input is
/// the learner's own literal).
#[derive(Debug, Default, Clone, Copy)]
struct FxHasher(u64);

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let mut tail = [0u8; 8];
        let rest = chunks.remainder();
        if let Some(slot) = tail.get_mut(..rest.len()) {
            slot.copy_from_slice(rest);
        }
        self.add(u64::from_le_bytes(tail) ^ rest.len() as u64);
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// The objects the pickler itself adds when it reduces bytes and sets in old
/// protocols; each is one object for the whole pickle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Global {
    /// `_codecs.encode`, which rebuilds bytes in protocols 0-2.
    CodecsEncode,
    /// The `bytes` type (empty bytes in protocols 0-2).
    Bytes,
    /// The `set` type (protocols 0-3).
    Set,
    /// The `frozenset` type (protocols 0-3).
    FrozenSet,
}

/// An object that can be found in the memo again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Obj {
    /// A merged constant of the literal (str, bytes or a tuple of constants).
    Const(u32),
    /// A module-level object written by `GLOBAL`.
    Global(Global),
}

/// `_PyCode_ConstantKey`: two constants with equal keys are one object.
#[derive(Debug, PartialEq, Eq, Hash)]
enum ConstKey<'v> {
    None,
    Bool(bool),
    Int(&'v BigInt),
    /// The bit pattern: equal floats share it, except 0.0 and -0.0 (which CPython
    /// also keeps apart).
    Float(u64),
    Str(Cow<'v, str>),
    Bytes(&'v [u8]),
    /// The ids of the items.
    Tuple(Vec<u32>),
}

/// The constant ids of a literal's str, bytes and constant tuples.
#[derive(Debug, Default)]
pub(super) struct Identities<'v> {
    keys: FxMap<ConstKey<'v>, u32>,
    /// Constant tuples by node address (the tree does not move while pickling).
    tuples: FxMap<*const Value, u32>,
}

impl<'v> Identities<'v> {
    /// Finds the constant tuples of `root`, walking it without recursion so that a
    /// deep literal cannot overflow the stack here.
    pub(super) fn of(root: &'v Value) -> Self {
        let mut ids = Identities::default();
        let mut stack: Vec<(&'v Value, bool)> = vec![(root, false)];
        while let Some((value, children_done)) = stack.pop() {
            match value {
                Value::Tuple(items) if !children_done => {
                    stack.push((value, true));
                    stack.extend(items.iter().rev().map(|item| (item, false)));
                }
                Value::Tuple(items) => {
                    let item_ids: Option<Vec<u32>> =
                        items.iter().map(|item| ids.constant(item)).collect();
                    if let Some(item_ids) = item_ids {
                        let id = ids.intern(ConstKey::Tuple(item_ids));
                        ids.tuples.insert(value as *const Value, id);
                    }
                }
                Value::List(items) | Value::Set(items) | Value::FrozenSet(items) => {
                    stack.extend(items.iter().map(|item| (item, false)));
                }
                Value::Dict(pairs) => {
                    for (key, item) in pairs {
                        stack.push((key, false));
                        stack.push((item, false));
                    }
                }
                _ => {}
            }
        }
        ids
    }

    fn intern(&mut self, key: ConstKey<'v>) -> u32 {
        let next = u32::try_from(self.keys.len()).unwrap_or(u32::MAX);
        *self.keys.entry(key).or_insert(next)
    }

    /// The id of a constant, or `None` for a value built at run time. Tuples must
    /// already have been seen by [`Identities::of`].
    fn constant(&mut self, value: &'v Value) -> Option<u32> {
        let key = match value {
            Value::None => ConstKey::None,
            Value::Bool(b) => ConstKey::Bool(*b),
            Value::Int(i) => ConstKey::Int(i),
            Value::Float(f) => ConstKey::Float(f.to_bits()),
            Value::Str(s) => ConstKey::Str(Cow::Borrowed(s)),
            Value::Bytes(b) => ConstKey::Bytes(b),
            Value::Tuple(_) => return self.tuples.get(&(value as *const Value)).copied(),
            // Only json.loads makes one: a new object each time.
            Value::SurrogateStr(_) => return None,
            Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::FrozenSet(_) => return None,
        };
        Some(self.intern(key))
    }

    /// The object a str constant is.
    pub(super) fn str_obj(&mut self, s: &'v str) -> Obj {
        Obj::Const(self.intern(ConstKey::Str(Cow::Borrowed(s))))
    }

    /// The object a bytes constant is.
    pub(super) fn bytes_obj(&mut self, b: &'v [u8]) -> Obj {
        Obj::Const(self.intern(ConstKey::Bytes(b)))
    }

    /// The object a tuple is, if it is a constant (other tuples are new objects).
    pub(super) fn tuple_obj(&self, tuple: &Value) -> Option<Obj> {
        self.tuples
            .get(&(tuple as *const Value))
            .copied()
            .map(Obj::Const)
    }

    /// The str that `bytes.decode('latin1')` returns for the bytes of a protocol 0-2
    /// pickle: a new object, except that CPython 3.11 hands out one cached object per
    /// one-character latin-1 str, and the literal's own constant for that character
    /// is that same object unless the interpreter had already interned another one
    /// at start-up (measured with `python3` 3.11.7: the characters in
    /// `INTERNED_AT_STARTUP`).
    pub(super) fn latin1_obj(&mut self, data: &[u8]) -> Option<Obj> {
        const INTERNED_AT_STARTUP: &[u8] = b"BCLST_abcdefhijklmnopqrstvwxy";
        match data {
            [byte] if !INTERNED_AT_STARTUP.contains(byte) => {
                let s = char::from(*byte).to_string();
                Some(Obj::Const(self.intern(ConstKey::Str(Cow::Owned(s)))))
            }
            _ => None,
        }
    }
}

/// The pickler's memo: object -> index, in the order objects were stored.
#[derive(Debug, Default)]
pub(super) struct Memo {
    table: FxMap<Obj, usize>,
    len: usize,
}

impl Memo {
    /// The memo index of `obj`, if it was stored before.
    pub(super) fn get(&self, obj: Obj) -> Option<usize> {
        self.table.get(&obj).copied()
    }

    /// Stores an object under the next index and returns the index. A new object
    /// (`None`) takes an index too, but can never be looked up again.
    pub(super) fn put(&mut self, obj: Option<Obj>) -> usize {
        let index = self.len;
        if let Some(obj) = obj {
            self.table.insert(obj, index);
        }
        self.len = self.len.saturating_add(1);
        index
    }
}
