//! Evaluates the parsed expression as CPython 3.11's compiled code would: displays
//! built in bytecode order, dict keys and set members deduplicated by hash and `==`,
//! sets laid out by CPython's hash table (constant sets go through a frozenset).

use super::expr::Expr;
use super::{ErrorKind, LiteralError, NotLiteral};
use crate::py::hash::{hash, py_eq, Unhashable};
use crate::py::set_order::SetTable;
use crate::py::Value;
use std::collections::HashMap;

/// CPython's `STACK_USE_GUIDELINE`: dict displays are built in chunks of 17 pairs.
const STACK_USE_GUIDELINE: usize = 30;

fn runtime(kind: ErrorKind, message: String) -> LiteralError {
    LiteralError {
        kind,
        ..LiteralError::syntax(message, 0, 0)
    }
}

fn unsupported(why: NotLiteral) -> LiteralError {
    LiteralError::unsupported(why, 0, 0)
}

fn type_error(message: String) -> LiteralError {
    runtime(ErrorKind::TypeError, message)
}

fn unhashable(u: Unhashable) -> LiteralError {
    type_error(u.to_string())
}

/// The value of an expression.
pub fn eval(e: &Expr) -> Result<Value, LiteralError> {
    match e {
        Expr::Const(v) => Ok(v.clone()),
        Expr::Name(n) => Err(unsupported(NotLiteral::Name(n.clone()))),
        Expr::Unary(signs, inner) => {
            let mut v = eval(inner)?;
            for &op in signs.iter().rev() {
                v = unary(op, v)?;
            }
            Ok(v)
        }
        Expr::List(items) => Ok(Value::List(eval_all(items)?)),
        Expr::Tuple(items) => Ok(Value::Tuple(eval_all(items)?)),
        Expr::Dict(pairs) => dict(pairs),
        Expr::Set(_) | Expr::Call { .. } => {
            let (table, frozen) = eval_table(e)?;
            let members = table.members();
            Ok(if frozen {
                Value::FrozenSet(members)
            } else {
                Value::Set(members)
            })
        }
        // The index is evaluated for its errors; the subscript itself is refused below.
        Expr::Subscript(parts) => Ok(Value::Tuple(eval_all(parts)?)),
        Expr::NotLiteral(NotLiteral::Subscript, operands) => {
            // CPython evaluates the object and the index, then subscripts.
            let values = eval_all(operands)?;
            match values.first() {
                Some(
                    v @ (Value::None
                    | Value::Bool(_)
                    | Value::Int(_)
                    | Value::Float(_)
                    | Value::Set(_)
                    | Value::FrozenSet(_)),
                ) => Err(type_error(format!(
                    "'{}' object is not subscriptable",
                    v.type_name()
                ))),
                _ => Err(unsupported(NotLiteral::Subscript)),
            }
        }
        Expr::NotLiteral(what, operands) => {
            eval_all(operands)?;
            Err(unsupported(what.clone()))
        }
    }
}

fn eval_all(items: &[Expr]) -> Result<Vec<Value>, LiteralError> {
    items.iter().map(eval).collect()
}

fn unary(op: char, v: Value) -> Result<Value, LiteralError> {
    let neg = op == '-';
    Ok(match v {
        Value::Bool(b) => {
            let i = i64::from(b);
            Value::Int((if neg { -i } else { i }).into())
        }
        Value::Int(i) => Value::Int(if neg { -i } else { i }),
        Value::Float(f) => Value::Float(if neg { -f } else { f }),
        other => {
            return Err(type_error(format!(
                "bad operand type for unary {op}: '{}'",
                other.type_name()
            )))
        }
    })
}

/// Whether the compiler folds this expression to a constant (numbers, strings,
/// bytes, True/False/None, signed numbers, tuples of constants).
fn is_const(e: &Expr) -> bool {
    match e {
        Expr::Const(_) => true,
        Expr::Unary(_, inner) => {
            matches!(
                &**inner,
                Expr::Const(Value::Int(_) | Value::Float(_) | Value::Bool(_))
            ) || matches!(&**inner, Expr::Unary(..)) && is_const(inner)
        }
        Expr::Tuple(items) => items.iter().all(is_const),
        _ => false,
    }
}

/// A dict display: each chunk's keys and values are evaluated, then inserted.
fn dict(pairs: &[(Expr, Expr)]) -> Result<Value, LiteralError> {
    let mut out: Vec<(Value, Value)> = Vec::new();
    let mut index: HashMap<i64, Vec<usize>> = HashMap::new();
    let mut chunk: Vec<(Value, Value)> = Vec::new();
    let mut elements = 0;
    for (i, (k, v)) in pairs.iter().enumerate() {
        chunk.push((eval(k)?, eval(v)?));
        if elements * 2 > STACK_USE_GUIDELINE || i + 1 == pairs.len() {
            for (k, v) in chunk.drain(..) {
                let h = hash(&k).map_err(unhashable)?;
                let slot = index.entry(h).or_default();
                match slot
                    .iter()
                    .find(|&&j| out.get(j).is_some_and(|(ok, _)| py_eq(ok, &k)))
                {
                    // An equal key keeps its first spelling and takes the new value.
                    Some(&j) => {
                        if let Some(entry) = out.get_mut(j) {
                            entry.1 = v;
                        }
                    }
                    None => {
                        slot.push(out.len());
                        out.push((k, v));
                    }
                }
            }
            elements = 0;
        } else {
            elements += 1;
        }
    }
    Ok(Value::Dict(out))
}

/// A set display or a `set(...)`/`frozenset(...)` call, as a CPython set table;
/// the flag tells a frozenset.
fn eval_table(e: &Expr) -> Result<(SetTable, bool), LiteralError> {
    match e {
        Expr::Set(items) if items.len() > 2 && items.iter().all(is_const) => {
            // The compiler folds the members into a frozenset constant, which its
            // constant merging (merge_consts_recursive) rebuilds from its own
            // iteration order; the display is BUILD_SET 0 + SET_UPDATE (set_merge).
            let mut folded = SetTable::new();
            for v in eval_all(items)? {
                folded.add(v).map_err(unhashable)?;
            }
            let merged = SetTable::from_members(&folded.members()).map_err(unhashable)?;
            let mut t = SetTable::new();
            t.merge(&merged);
            Ok((t, false))
        }
        Expr::Set(items) => {
            let values = eval_all(items)?;
            let mut t = SetTable::new();
            for v in values {
                t.add(v).map_err(unhashable)?;
            }
            Ok((t, false))
        }
        Expr::Call { func, args, plain } => call(func, args, *plain),
        other => Ok((
            SetTable::from_members(&[eval(other)?]).map_err(unhashable)?,
            false,
        )),
    }
}

/// `set(...)` and `frozenset(...)`; other calls are code, not literals.
fn call(func: &Expr, args: &[Expr], plain: bool) -> Result<(SetTable, bool), LiteralError> {
    let name = match func {
        Expr::Name(n) if n == "set" || n == "frozenset" => n.as_str(),
        Expr::Name(n) => {
            let why = match (n.as_str(), args) {
                ("float", [Expr::Const(Value::Str(s))]) => NotLiteral::FloatCall(s.clone()),
                _ => NotLiteral::Call(n.clone()),
            };
            return Err(unsupported(why));
        }
        other => {
            // CPython evaluates the callee and the arguments, then calls.
            let callee = eval(other)?;
            eval_all(args)?;
            return Err(type_error(format!(
                "'{}' object is not callable",
                callee.type_name()
            )));
        }
    };
    if !plain {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    let frozen = name == "frozenset";
    match args {
        [] => Ok((SetTable::new(), frozen)),
        [arg] => {
            let mut t = SetTable::new();
            match arg {
                Expr::Set(_) | Expr::Call { .. } => {
                    let (inner, inner_frozen) = eval_table(arg)?;
                    // frozenset(f) returns f itself when f is a frozenset.
                    if frozen && inner_frozen {
                        return Ok((inner, true));
                    }
                    t.merge(&inner);
                }
                _ => update(&mut t, eval(arg)?)?,
            }
            Ok((t, frozen))
        }
        more => Err(type_error(format!(
            "{name} expected at most 1 argument, got {}",
            more.len()
        ))),
    }
}

/// `set_update_internal` from an iterable value.
fn update(t: &mut SetTable, v: Value) -> Result<(), LiteralError> {
    match v {
        Value::List(items) | Value::Tuple(items) => {
            for item in items {
                t.add(item).map_err(unhashable)?;
            }
        }
        Value::Set(items) | Value::FrozenSet(items) => {
            t.merge(&SetTable::from_members(&items).map_err(unhashable)?);
        }
        Value::Dict(pairs) => {
            let keys: Vec<Value> = pairs.into_iter().map(|(k, _)| k).collect();
            t.update_from_dict(&keys).map_err(unhashable)?;
        }
        Value::Str(s) => {
            for c in s.chars() {
                t.add(Value::Str(c.to_string())).map_err(unhashable)?;
            }
        }
        Value::Bytes(b) => {
            for byte in b {
                t.add(Value::Int(byte.into())).map_err(unhashable)?;
            }
        }
        other => {
            return Err(type_error(format!(
                "'{}' object is not iterable",
                other.type_name()
            )))
        }
    }
    Ok(())
}
