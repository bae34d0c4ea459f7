//! The interpreter's values: Python scalars (`py::Value`), tuples and lists of them,
//! sockets, exceptions and their classes, modules and callables; `str()` and `repr()`.

use super::exc::{str_of, ExcClass, PyException};
use crate::py::repr::repr as value_repr;
use crate::py::Value;
use num_bigint::BigInt;

#[derive(Clone, Debug, PartialEq)]
pub enum Obj {
    V(Value),
    Tuple(Vec<Obj>),
    List(Vec<Obj>),
    /// A socket object: its index in the kernel's table.
    Sock(usize),
    Exc(PyException),
    Class(ExcClass),
    /// An IntEnum member: (enum class, member, value), e.g. `AddressFamily.AF_INET`.
    Enum(&'static str, &'static str, i64),
    Module(&'static str),
    /// A function of a module or a builtin: (module, name).
    Func(&'static str, String),
    /// A bound method: (receiver, name).
    Method(Box<Obj>, String),
    Range(i64, i64, i64),
}

impl Obj {
    pub fn int(n: i64) -> Obj {
        Obj::V(Value::Int(BigInt::from(n)))
    }
    pub fn str(s: &str) -> Obj {
        Obj::V(Value::Str(s.to_string()))
    }
    pub fn none() -> Obj {
        Obj::V(Value::None)
    }

    /// The value as an i64 when it is an int (bools and IntEnums included).
    pub fn as_int(&self) -> Option<BigInt> {
        match self {
            Obj::V(Value::Int(n)) => Some(n.clone()),
            Obj::V(Value::Bool(b)) => Some(BigInt::from(i64::from(*b))),
            Obj::Enum(_, _, n) => Some(BigInt::from(*n)),
            _ => None,
        }
    }

    /// `type(x).__name__`.
    pub fn type_name(&self) -> String {
        match self {
            Obj::V(v) => v.type_name().to_string(),
            Obj::Tuple(_) => "tuple".into(),
            Obj::List(_) => "list".into(),
            Obj::Sock(_) => "socket".into(),
            Obj::Exc(e) => e.class.name().into(),
            Obj::Class(_) => "type".into(),
            Obj::Enum(c, _, _) => (*c).into(),
            Obj::Module(_) => "module".into(),
            Obj::Func(..) => "builtin_function_or_method".into(),
            Obj::Method(..) => "method".into(),
            Obj::Range(..) => "range".into(),
        }
    }

    /// `bool(x)`.
    pub fn truthy(&self) -> bool {
        match self {
            Obj::V(v) => match v {
                Value::None => false,
                Value::Bool(b) => *b,
                Value::Int(n) => *n != BigInt::from(0),
                Value::Float(f) => *f != 0.0,
                Value::Str(s) => !s.is_empty(),
                Value::Bytes(b) => !b.is_empty(),
                Value::List(x) | Value::Tuple(x) | Value::Set(x) | Value::FrozenSet(x) => {
                    !x.is_empty()
                }
                Value::Dict(d) => !d.is_empty(),
                Value::SurrogateStr(s) => !s.is_empty(),
            },
            Obj::Tuple(x) | Obj::List(x) => !x.is_empty(),
            Obj::Enum(_, _, n) => *n != 0,
            Obj::Range(a, b, s) => (*s > 0 && a < b) || (*s < 0 && a > b),
            _ => true,
        }
    }
}

/// `str(x)`; `sock_repr` words a socket (the kernel knows its addresses).
pub fn str_obj(o: &Obj, sock_repr: &dyn Fn(usize) -> String) -> String {
    match o {
        Obj::V(v) => str_of(v),
        Obj::Exc(e) => e.text(),
        Obj::Enum(_, _, n) => n.to_string(),
        other => repr_obj(other, sock_repr),
    }
}

/// `repr(x)`.
pub fn repr_obj(o: &Obj, sock_repr: &dyn Fn(usize) -> String) -> String {
    let items = |xs: &[Obj]| {
        xs.iter()
            .map(|x| repr_obj(x, sock_repr))
            .collect::<Vec<_>>()
    };
    match o {
        Obj::V(v) => value_repr(v),
        Obj::Tuple(xs) if xs.len() == 1 => format!("({},)", items(xs)[0]),
        Obj::Tuple(xs) => format!("({})", items(xs).join(", ")),
        Obj::List(xs) => format!("[{}]", items(xs).join(", ")),
        Obj::Sock(id) => sock_repr(*id),
        Obj::Exc(e) => e.repr(),
        Obj::Class(c) => format!("<class '{}'>", c.qualified()),
        Obj::Enum(c, m, n) => format!("<{c}.{m}: {n}>"),
        Obj::Module(m) => format!("<module '{m}' (built-in)>"),
        Obj::Func(_, name) => format!("<built-in function {name}>"),
        Obj::Method(_, name) => format!("<built-in method {name}>"),
        Obj::Range(a, b, 1) => format!("range({a}, {b})"),
        Obj::Range(a, b, s) => format!("range({a}, {b}, {s})"),
    }
}
