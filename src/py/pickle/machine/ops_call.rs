//! GLOBAL, STACK_GLOBAL, INST, OBJ, REDUCE, NEWOBJ(_EX), BUILD: where a pickle
//! imports and calls. Only the allow-list in `globals` runs; everything else becomes
//! a placeholder and a note saying what Python would have done.

use super::globals;
use super::objects::{Id, Obj};
use super::ops::{show, underflow, Flow, Reader};
use super::{State, StepNote};
use crate::py::pickle::decode::utf8_surrogatepass;

fn pop(st: &mut State) -> Result<Id, String> {
    if st.stack.len() <= st.fence() {
        return Err(underflow(st));
    }
    st.stack.pop().ok_or_else(|| underflow(st))
}

fn cps_to_string(cps: &[u32]) -> String {
    cps.iter()
        .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))
        .collect()
}

/// `find_class`: an honoured builtin, or a placeholder and a WouldImport note.
fn global(st: &mut State, module: String, name: String) -> Flow {
    // fix_imports: protocol < 3 names Python 2's __builtin__, which Python 3 reads
    // as builtins; the note says what Python 3 would really import.
    let module = if st.proto < 3 && module == "__builtin__" {
        "builtins".to_string()
    } else {
        module
    };
    let (obj, note) = match globals::find_class(&module, &name) {
        Some(obj) => (obj, StepNote::Honoured { module, name }),
        None => (
            Obj::NotImported(format!("{module}.{name}")),
            StepNote::WouldImport { module, name },
        ),
    };
    st.stack.push(st.arena.add(obj));
    Flow::Continue(note)
}

fn read_name(r: &mut Reader) -> Result<String, String> {
    let line = r.readline()?;
    if line.len() < 2 {
        return Err("_pickle.UnpicklingError: pickle data was truncated".into());
    }
    Ok(cps_to_string(&utf8_surrogatepass(&line[..line.len() - 1])?))
}

/// Calls `callable(*args)`: honoured builtins run, the rest is refused and shown.
fn call(st: &mut State, callable: Id, args: &[Id]) -> Result<Flow, String> {
    let (obj, note) = match st.arena.get(callable).clone() {
        Obj::Builtin(module, name) => match globals::call(&mut st.arena, &name, args)? {
            Some(id) => {
                st.stack.push(id);
                return Ok(Flow::Continue(StepNote::Honoured { module, name }));
            }
            None => refused(st, callable, args),
        },
        Obj::NotImported(_) | Obj::NotCalled(_) => refused(st, callable, args),
        other => {
            return Err(format!(
                "TypeError: '{}' object is not callable",
                other.type_name()
            ))
        }
    };
    st.stack.push(st.arena.add(obj));
    Ok(Flow::Continue(note))
}

fn refused(st: &State, callable: Id, args: &[Id]) -> (Obj, StepNote) {
    let name = match st.arena.get(callable) {
        Obj::NotImported(what) | Obj::NotCalled(what) => what.clone(),
        Obj::Builtin(module, name) => format!("{module}.{name}"),
        _ => show(st, callable),
    };
    let shown: Vec<String> = args.iter().map(|&a| show(st, a)).collect();
    let args = format!("({})", shown.join(", "));
    (
        Obj::NotCalled(format!("{name}{args}")),
        StepNote::WouldCall {
            callable: name,
            args,
        },
    )
}

fn tuple_items(st: &State, id: Id) -> Option<Vec<Id>> {
    match st.arena.get(id) {
        Obj::Tuple(items) => Some(items.clone()),
        _ => None,
    }
}

pub fn execute(st: &mut State, r: &mut Reader, code: u8) -> Result<Flow, String> {
    match code {
        b'c' => {
            let module = read_name(r)?;
            let name = read_name(r)?;
            Ok(global(st, module, name))
        }
        0x93 => {
            let name = pop(st)?;
            let module = pop(st)?;
            match (st.arena.get(module), st.arena.get(name)) {
                (Obj::Str(m), Obj::Str(n)) => {
                    let (m, n) = (cps_to_string(m), cps_to_string(n));
                    Ok(global(st, m, n))
                }
                _ => Err("_pickle.UnpicklingError: STACK_GLOBAL requires str".into()),
            }
        }
        b'i' => {
            let start = st
                .marks
                .pop()
                .ok_or("_pickle.UnpicklingError: could not find MARK")?;
            let module = read_name(r)?;
            let name = read_name(r)?;
            let args = st.stack.split_off(start.min(st.stack.len()));
            let Flow::Continue(_) = global(st, module, name) else {
                return Err(underflow(st));
            };
            let cls = pop(st)?;
            call(st, cls, &args)
        }
        b'o' => {
            let start = st
                .marks
                .pop()
                .ok_or("_pickle.UnpicklingError: could not find MARK")?;
            if st.stack.len() <= start {
                return Err(underflow(st));
            }
            let args = st.stack.split_off(start + 1);
            let cls = pop(st)?;
            call(st, cls, &args)
        }
        b'R' => {
            let args = pop(st)?;
            let callable = pop(st)?;
            let items = tuple_items(st, args).ok_or("TypeError: argument list must be a tuple")?;
            call(st, callable, &items)
        }
        0x81 | 0x92 => {
            let op = if code == 0x81 { "NEWOBJ" } else { "NEWOBJ_EX" };
            let kwargs = if code == 0x92 { Some(pop(st)?) } else { None };
            let args = pop(st)?;
            let cls = pop(st)?;
            let is_type = matches!(
                st.arena.get(cls),
                Obj::Builtin(..) | Obj::NotImported(_) | Obj::NotCalled(_)
            );
            if !is_type {
                return Err(format!(
                    "_pickle.UnpicklingError: {op} class argument must be a type, not {}",
                    st.arena.get(cls).type_name()
                ));
            }
            let items = tuple_items(st, args).ok_or_else(|| {
                format!(
                    "_pickle.UnpicklingError: {op} args argument must be a tuple, not {}",
                    st.arena.get(args).type_name()
                )
            })?;
            if let Some(kw) = kwargs {
                if !matches!(st.arena.get(kw), Obj::Dict(_)) {
                    return Err(format!(
                        "_pickle.UnpicklingError: {op} kwargs argument must be a dict, not {}",
                        st.arena.get(kw).type_name()
                    ));
                }
                let mut all = items;
                all.push(kw);
                let (obj, note) = refused(st, cls, &all);
                st.stack.push(st.arena.add(obj));
                return Ok(Flow::Continue(note));
            }
            let (obj, note) = refused(st, cls, &items);
            st.stack.push(st.arena.add(obj));
            Ok(Flow::Continue(note))
        }
        _ => build(st),
    }
}

/// `load_build`: `__setstate__`, or the default dict/slot-state update.
fn build(st: &mut State) -> Result<Flow, String> {
    let state = pop(st)?;
    if st.stack.len() <= st.fence() {
        return Err(underflow(st));
    }
    let Some(&inst) = st.stack.last() else {
        return Err(underflow(st));
    };
    let inst_obj = st.arena.get(inst).clone();
    if matches!(inst_obj, Obj::NotImported(_) | Obj::NotCalled(_)) {
        return Ok(Flow::Continue(StepNote::WouldCall {
            callable: format!("{}.__setstate__", show(st, inst)),
            args: format!("({})", show(st, state)),
        }));
    }
    let (state, slotstate) = match st.arena.get(state) {
        Obj::Tuple(items) if items.len() == 2 => (items[0], Some(items[1])),
        _ => (state, None),
    };
    let type_name = inst_obj.type_name();
    match st.arena.get(state) {
        Obj::None => {}
        Obj::Dict(_) => {
            return Err(format!(
                "AttributeError: '{type_name}' object has no attribute '__dict__'"
            ))
        }
        _ => return Err("_pickle.UnpicklingError: state is not a dictionary".into()),
    }
    if let Some(slots) = slotstate {
        match st.arena.get(slots) {
            Obj::Dict(pairs) if pairs.is_empty() => {}
            Obj::Dict(pairs) => {
                let key = show(st, pairs[0].0);
                return Err(format!(
                    "AttributeError: '{type_name}' object has no attribute {key}"
                ));
            }
            _ => return Err("_pickle.UnpicklingError: slot state is not a dictionary".into()),
        }
    }
    Ok(Flow::Continue(StepNote::Plain))
}
