//! Set iteration order as CPython gives it: the unpickler adds a set's items one by
//! one (`set_update_internal`), so replaying those adds on the shared model of
//! CPython's set table (`crate::py::set_order`, `PYTHONHASHSEED=0`) orders them.

use super::objects::{Arena, Id, Obj};
use crate::py::set_order::SetTable;
use crate::py::Value;
use std::collections::{HashMap, VecDeque};

/// Most nodes converted to a [`Value`] for one set: shared tuples can make a small
/// pickle's tree exponential. Past it the set keeps its insertion order.
const NODE_BUDGET: usize = 100_000;

/// `items` in CPython's iteration order, or `None` when they cannot be modelled
/// (lone surrogates, placeholders, too big).
pub fn table_order(arena: &Arena, items: &[Id]) -> Option<Vec<Id>> {
    let mut budget = NODE_BUDGET;
    let mut by_repr: HashMap<String, VecDeque<Id>> = HashMap::new();
    let mut table = SetTable::new();
    for &item in items {
        let value = to_value(arena, item, &mut budget)?;
        by_repr
            .entry(crate::py::repr::repr(&value))
            .or_default()
            .push_back(item);
        table.add(value).ok()?;
    }
    let mut ordered = Vec::with_capacity(items.len());
    for member in table.members() {
        let ids = by_repr.get_mut(&crate::py::repr::repr(&member))?;
        ordered.push(ids.pop_front()?);
    }
    (ordered.len() == items.len()).then_some(ordered)
}

/// The hashable object as a [`Value`] (frozensets in their own table order).
fn to_value(arena: &Arena, id: Id, budget: &mut usize) -> Option<Value> {
    *budget = budget.checked_sub(1)?;
    Some(match arena.get(id) {
        Obj::None => Value::None,
        Obj::Bool(b) => Value::Bool(*b),
        Obj::Int(i) => Value::Int(i.clone()),
        Obj::Float(f) => Value::Float(*f),
        Obj::Str(cps) => Value::Str(
            cps.iter()
                .map(|&c| char::from_u32(c))
                .collect::<Option<String>>()?,
        ),
        Obj::Bytes(b) => Value::Bytes(b.clone()),
        Obj::Tuple(items) => Value::Tuple(
            items
                .iter()
                .map(|&i| to_value(arena, i, budget))
                .collect::<Option<_>>()?,
        ),
        Obj::FrozenSet(items) => {
            let mut table = SetTable::new();
            for &i in items {
                table.add(to_value(arena, i, budget)?).ok()?;
            }
            Value::FrozenSet(table.members())
        }
        _ => return None,
    })
}
