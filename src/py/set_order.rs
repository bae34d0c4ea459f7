//! An emulation of CPython 3.11's set hash table (`Objects/setobject.c`), so a set's
//! iteration order is the order CPython gives (with `PYTHONHASHSEED=0`).
//!
//! Two orders cannot be reproduced: sets holding None (3.11 hashes None by address),
//! and constant set displays with identifier-like str members that an earlier
//! statement of the process had interned (the compiler then rebuilds the constant
//! frozenset once more). The literal evaluator assumes neither happened.

use super::hash::{hash, py_eq, Unhashable};
use super::Value;

/// `LINEAR_PROBES`: slots tried next to the first one before perturbing.
const LINEAR_PROBES: usize = 9;
/// `PERTURB_SHIFT`.
const PERTURB_SHIFT: u32 = 5;
/// `PySet_MINSIZE`: a new set's table has 8 slots.
const MINSIZE: usize = 8;

/// A set's table: slots holding (hash, key), `fill` and `used` as in CPython (this
/// model never deletes, so there are no dummies and fill == used).
#[derive(Debug, Clone, PartialEq)]
pub struct SetTable {
    slots: Vec<Option<(i64, Value)>>,
    used: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        Self::new()
    }
}

impl SetTable {
    /// An empty set: 8 slots.
    pub fn new() -> Self {
        SetTable {
            slots: vec![None; MINSIZE],
            used: 0,
        }
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Number of members.
    pub fn len(&self) -> usize {
        self.used
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// `set.add(key)`: CPython's `set_add_entry`.
    pub fn add(&mut self, key: Value) -> Result<(), Unhashable> {
        let h = hash(&key)?;
        self.add_entry(key, h);
        Ok(())
    }

    fn add_entry(&mut self, key: Value, h: i64) {
        let mask = self.mask();
        let mut i = (h as u64 as usize) & mask;
        let mut perturb = h as u64;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match self.slots.get(j) {
                    Some(Some((eh, ek))) => {
                        if *eh == h && py_eq(ek, &key) {
                            return;
                        }
                    }
                    Some(None) => {
                        if let Some(slot) = self.slots.get_mut(j) {
                            *slot = Some((h, key));
                        }
                        self.used += 1;
                        if self.used * 5 >= mask * 3 {
                            let n = if self.used > 50_000 {
                                self.used * 2
                            } else {
                                self.used * 4
                            };
                            self.resize(n);
                        }
                        return;
                    }
                    None => return,
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// `set_insert_clean`: place a key known to be absent, in a table known to have room.
    fn insert_clean(slots: &mut [Option<(i64, Value)>], key: Value, h: i64) {
        let mask = slots.len() - 1;
        let mut i = (h as u64 as usize) & mask;
        let mut perturb = h as u64;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                if let Some(slot @ None) = slots.get_mut(j) {
                    *slot = Some((h, key));
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// `set_table_resize`: the smallest power of two above `minused`, re-placed in
    /// the old table's order.
    fn resize(&mut self, minused: usize) {
        let mut size = MINSIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![None; size]);
        for (h, key) in old.into_iter().flatten() {
            Self::insert_clean(&mut self.slots, key, h);
        }
    }

    /// `set_merge`: `self |= other` where other is a set's table (fast paths included).
    pub fn merge(&mut self, other: &SetTable) {
        if other.used == 0 {
            return;
        }
        if (self.used + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.used == 0 && self.mask() == other.mask() {
            self.slots.clone_from(&other.slots);
            self.used = other.used;
            return;
        }
        if self.used == 0 {
            for (h, key) in other.slots.iter().flatten() {
                Self::insert_clean(&mut self.slots, key.clone(), *h);
            }
            self.used = other.used;
            return;
        }
        for (h, key) in other.slots.iter().flatten() {
            self.add_entry(key.clone(), *h);
        }
    }

    /// `set_update_internal` from a dict: one resize for its size, then its keys.
    pub fn update_from_dict(&mut self, keys: &[Value]) -> Result<(), Unhashable> {
        if (self.used + keys.len()) * 5 >= self.mask() * 3 {
            self.resize((self.used + keys.len()) * 2);
        }
        for k in keys {
            self.add(k.clone())?;
        }
        Ok(())
    }

    /// A table rebuilt from members in iteration order, as if added one at a time
    /// (the model for a set whose construction history is unknown).
    pub fn from_members(items: &[Value]) -> Result<Self, Unhashable> {
        let mut t = SetTable::new();
        for item in items {
            t.add(item.clone())?;
        }
        Ok(t)
    }

    /// The members in CPython's iteration order (table order).
    pub fn members(&self) -> Vec<Value> {
        self.slots
            .iter()
            .flatten()
            .map(|(_, k)| k.clone())
            .collect()
    }
}
