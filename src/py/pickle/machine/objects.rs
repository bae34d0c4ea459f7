//! The arena of unpickled objects: containers refer to their items by id, so one
//! object can sit in many places (through the memo) and even contain itself.

use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::collections::HashMap;

/// An object's index in the arena.
pub type Id = usize;

/// One unpickled object.
#[derive(Debug, Clone, PartialEq)]
pub enum Obj {
    None,
    Bool(bool),
    Int(BigInt),
    Float(f64),
    /// Code points: pickled text may hold lone surrogates.
    Str(Vec<u32>),
    Bytes(Vec<u8>),
    ByteArray(Vec<u8>),
    List(Vec<Id>),
    Tuple(Vec<Id>),
    Dict(Vec<(Id, Id)>),
    Set(Vec<Id>),
    FrozenSet(Vec<Id>),
    /// A global this lab honours (`builtins.set`, `_codecs.encode`...): module, name.
    Builtin(String, String),
    /// A global this lab refuses to import: `<not imported: os.system>`.
    NotImported(String),
    /// A call this lab refuses to make: `<not called: os.system('echo pwned')>`.
    NotCalled(String),
}

impl Obj {
    /// Python's `type(x).__name__`, for error texts.
    pub fn type_name(&self) -> &'static str {
        match self {
            Obj::None => "NoneType",
            Obj::Bool(_) => "bool",
            Obj::Int(_) => "int",
            Obj::Float(_) => "float",
            Obj::Str(_) => "str",
            Obj::Bytes(_) => "bytes",
            Obj::ByteArray(_) => "bytearray",
            Obj::List(_) => "list",
            Obj::Tuple(_) => "tuple",
            Obj::Dict(_) => "dict",
            Obj::Set(_) => "set",
            Obj::FrozenSet(_) => "frozenset",
            Obj::Builtin(..) => "type",
            Obj::NotImported(_) | Obj::NotCalled(_) => "object",
        }
    }
}

/// All objects of one unpickling.
#[derive(Debug, Clone, Default)]
pub struct Arena {
    objs: Vec<Obj>,
    /// For each dict/set: key hash -> positions, so filling is not quadratic.
    index: HashMap<Id, HashMap<u64, Vec<usize>>>,
}

/// How deep equality looks into nested tuples before giving up (Python would
/// hit its recursion limit first).
const EQ_DEPTH: usize = 200;

impl Arena {
    pub fn add(&mut self, obj: Obj) -> Id {
        self.objs.push(obj);
        self.objs.len() - 1
    }

    pub fn get(&self, id: Id) -> &Obj {
        self.objs.get(id).unwrap_or(&Obj::None)
    }

    pub fn get_mut(&mut self, id: Id) -> Option<&mut Obj> {
        self.objs.get_mut(id)
    }

    /// `hash(x)` succeeds: Python's "unhashable type: 'list'" otherwise.
    pub fn check_hashable(&self, id: Id) -> Result<(), String> {
        self.hashable_at(id, 0)
    }

    fn hashable_at(&self, id: Id, depth: usize) -> Result<(), String> {
        if depth > EQ_DEPTH {
            return Err("RecursionError: maximum recursion depth exceeded".into());
        }
        match self.get(id) {
            o @ (Obj::List(_) | Obj::Dict(_) | Obj::Set(_) | Obj::ByteArray(_)) => {
                Err(format!("TypeError: unhashable type: '{}'", o.type_name()))
            }
            Obj::Tuple(items) => items
                .iter()
                .try_for_each(|&i| self.hashable_at(i, depth + 1)),
            _ => Ok(()),
        }
    }

    /// `a == b` for hashable objects (dict keys, set items): numbers compare across
    /// int/float/bool, and an object always equals itself (so one nan is found).
    pub fn key_eq(&self, a: Id, b: Id) -> bool {
        self.eq_at(a, b, 0)
    }

    fn eq_at(&self, a: Id, b: Id, depth: usize) -> bool {
        if a == b {
            return true;
        }
        if depth > EQ_DEPTH {
            return false;
        }
        match (self.get(a), self.get(b)) {
            (Obj::None, Obj::None) => true,
            (Obj::Str(x), Obj::Str(y)) => x == y,
            (Obj::Bytes(x), Obj::Bytes(y)) => x == y,
            (Obj::Tuple(x), Obj::Tuple(y)) => {
                x.len() == y.len() && x.iter().zip(y).all(|(&p, &q)| self.eq_at(p, q, depth + 1))
            }
            (Obj::FrozenSet(x), Obj::FrozenSet(y)) => {
                x.len() == y.len()
                    && x.iter()
                        .all(|&p| y.iter().any(|&q| self.eq_at(p, q, depth + 1)))
            }
            (Obj::NotImported(_) | Obj::NotCalled(_), _) => false,
            (x, y) => match (number(x), number(y)) {
                (Some(Num::Int(p)), Some(Num::Int(q))) => p == q,
                (Some(Num::Int(p)), Some(Num::Float(q)))
                | (Some(Num::Float(q)), Some(Num::Int(p))) => int_eq_float(&p, q),
                (Some(Num::Float(p)), Some(Num::Float(q))) => p == q,
                _ => false,
            },
        }
    }

    /// Adds `item` to the set or frozenset `set` unless an equal one is there.
    pub fn set_add(&mut self, set: Id, item: Id) -> Result<(), String> {
        self.check_hashable(item)?;
        let h = self.key_hash(item, 0);
        let found = self.candidates(set, h).any(|pos| match self.get(set) {
            Obj::Set(items) | Obj::FrozenSet(items) => {
                items.get(pos).is_some_and(|&i| self.key_eq(i, item))
            }
            _ => false,
        });
        if found {
            return Ok(());
        }
        if let Some(Obj::Set(items) | Obj::FrozenSet(items)) = self.objs.get_mut(set) {
            self.index
                .entry(set)
                .or_default()
                .entry(h)
                .or_default()
                .push(items.len());
            items.push(item);
        }
        Ok(())
    }

    /// `d[key] = value`: an equal key keeps its place and its first key object.
    pub fn dict_set(&mut self, dict: Id, key: Id, value: Id) -> Result<(), String> {
        self.check_hashable(key)?;
        let h = self.key_hash(key, 0);
        let found = self.candidates(dict, h).find(|&pos| match self.get(dict) {
            Obj::Dict(pairs) => pairs.get(pos).is_some_and(|&(k, _)| self.key_eq(k, key)),
            _ => false,
        });
        if let Some(Obj::Dict(pairs)) = self.objs.get_mut(dict) {
            match found.and_then(|pos| pairs.get_mut(pos)) {
                Some(pair) => pair.1 = value,
                None => {
                    self.index
                        .entry(dict)
                        .or_default()
                        .entry(h)
                        .or_default()
                        .push(pairs.len());
                    pairs.push((key, value));
                }
            }
        }
        Ok(())
    }

    /// Positions in container `c` whose key hash is `h`.
    fn candidates(&self, c: Id, h: u64) -> impl Iterator<Item = usize> + '_ {
        self.index
            .get(&c)
            .and_then(|m| m.get(&h))
            .into_iter()
            .flatten()
            .copied()
    }

    /// A hash that agrees with `key_eq` (equal keys hash alike), as Python's `hash`.
    fn key_hash(&self, id: Id, depth: usize) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        match self.get(id) {
            Obj::None => 0u8.hash(&mut h),
            Obj::Str(s) => (1u8, s).hash(&mut h),
            Obj::Bytes(b) => (2u8, b).hash(&mut h),
            Obj::Tuple(items) if depth < EQ_DEPTH => {
                3u8.hash(&mut h);
                for &i in items {
                    self.key_hash(i, depth + 1).hash(&mut h);
                }
            }
            Obj::FrozenSet(items) if depth < EQ_DEPTH => {
                // Order-free: equal frozensets may list items differently.
                let sum = items.iter().fold(0u64, |acc, &i| {
                    acc.wrapping_add(self.key_hash(i, depth + 1))
                });
                (4u8, sum).hash(&mut h);
            }
            o => match number(o) {
                Some(Num::Int(i)) => (5u8, i).hash(&mut h),
                Some(Num::Float(f)) if f.is_finite() && f.fract() == 0.0 => {
                    let i: BigInt = num_traits::FromPrimitive::from_f64(f).unwrap_or_default();
                    (5u8, i).hash(&mut h);
                }
                Some(Num::Float(f)) if !f.is_nan() => (6u8, f.to_bits()).hash(&mut h),
                // nan, placeholders, builtins: equal only to themselves.
                _ => (7u8, id).hash(&mut h),
            },
        }
        h.finish()
    }
}

enum Num {
    Int(BigInt),
    Float(f64),
}

fn number(o: &Obj) -> Option<Num> {
    match o {
        Obj::Bool(b) => Some(Num::Int(BigInt::from(u8::from(*b)))),
        Obj::Int(i) => Some(Num::Int(i.clone())),
        Obj::Float(f) => Some(Num::Float(*f)),
        _ => None,
    }
}

fn int_eq_float(i: &BigInt, f: f64) -> bool {
    f.is_finite() && f.fract() == 0.0 && i.to_f64() == Some(f) && {
        // Exact: f is an integer, so compare as integers.
        num_traits::FromPrimitive::from_f64(f).is_some_and(|g: BigInt| &g == i)
    }
}
