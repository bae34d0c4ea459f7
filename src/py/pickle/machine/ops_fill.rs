//! APPEND/APPENDS, SETITEM/SETITEMS, ADDITEMS: CPython's `do_append`,
//! `do_setitems` and `load_additems`, filling a container from the stack.

use super::objects::{Id, Obj};
use super::ops::{show, underflow, Flow};
use super::{State, StepNote};
use num_traits::ToPrimitive;

/// Moves the stack items above height `x` into the container at `x - 1`.
pub fn fill(st: &mut State, code: u8, x: usize) -> Result<Flow, String> {
    let len = st.stack.len();
    if x > len || x <= st.fence() {
        return Err(underflow(st));
    }
    if x == len {
        return Ok(Flow::Continue(StepNote::Plain));
    }
    let target = st.stack[x - 1];
    let items = st.stack.split_off(x);
    let method = match code {
        b'a' | b'e' => "extend",
        b's' | b'u' => "__setitem__",
        _ => "add",
    };
    if method == "__setitem__" && !items.len().is_multiple_of(2) {
        return Err("_pickle.UnpicklingError: odd number of items for SETITEMS".into());
    }
    let kind = st.arena.get(target).type_name();
    match (st.arena.get(target), method) {
        (Obj::NotImported(_) | Obj::NotCalled(_) | Obj::Builtin(..), _) => {
            let args: Vec<String> = items.iter().map(|&i| show(st, i)).collect();
            return Ok(Flow::Continue(StepNote::WouldCall {
                callable: format!("{}.{method}", show(st, target)),
                args: format!("({})", args.join(", ")),
            }));
        }
        (Obj::List(_), "extend") => {
            if let Some(Obj::List(list)) = st.arena.get_mut(target) {
                list.extend(items);
            }
        }
        (Obj::Dict(_), "__setitem__") => {
            for kv in items.chunks(2) {
                st.arena.dict_set(target, kv[0], kv[1])?;
            }
        }
        (Obj::List(_), "__setitem__") => {
            for kv in items.chunks(2) {
                list_setitem(st, target, kv[0], kv[1])?;
            }
        }
        (Obj::Set(_), "add") => {
            for item in items {
                st.arena.set_add(target, item)?;
            }
        }
        (_, "__setitem__") => {
            return Err(format!(
                "TypeError: '{kind}' object does not support item assignment"
            ))
        }
        _ => {
            let attr = if method == "extend" { "append" } else { method };
            return Err(format!(
                "AttributeError: '{kind}' object has no attribute '{attr}'"
            ));
        }
    }
    Ok(Flow::Continue(StepNote::Plain))
}

/// `list[index] = value`.
fn list_setitem(st: &mut State, list: Id, key: Id, value: Id) -> Result<(), String> {
    let index = match st.arena.get(key) {
        Obj::Int(i) => i.to_i64(),
        Obj::Bool(b) => Some(i64::from(*b)),
        other => {
            return Err(format!(
                "TypeError: list indices must be integers or slices, not {}",
                other.type_name()
            ))
        }
    };
    let Some(Obj::List(items)) = st.arena.get_mut(list) else {
        return Ok(());
    };
    let n = items.len() as i64;
    let slot = index
        .map(|i| if i < 0 { i + n } else { i })
        .filter(|i| (0..n).contains(i))
        .and_then(|i| items.get_mut(i as usize))
        .ok_or("IndexError: list assignment index out of range")?;
    *slot = value;
    Ok(())
}
