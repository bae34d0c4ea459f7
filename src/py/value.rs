//! The Python values a literal can spell.

use num_bigint::BigInt;

/// A Python value built from a literal. Containers keep CPython's iteration order:
/// dicts in insertion order, sets in the order CPython's hash table yields them.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    None,
    Bool(bool),
    Int(BigInt),
    Float(f64),
    Str(String),
    /// A str holding at least one lone surrogate (`'\ud800'`), as code points: Python
    /// can make one (`json.loads('"\\ud800"')`), a Rust `String` cannot hold it. Every
    /// other str is `Str` (build through `json_loads::str_value` to keep that so).
    SurrogateStr(Vec<u32>),
    Bytes(Vec<u8>),
    List(Vec<Value>),
    Tuple(Vec<Value>),
    /// Key/value pairs in insertion order, keys unique by Python equality.
    Dict(Vec<(Value, Value)>),
    /// Members in CPython's iteration order.
    Set(Vec<Value>),
    /// Members in CPython's iteration order.
    FrozenSet(Vec<Value>),
}

impl Value {
    /// Python's type name, as `type(x).__name__` gives it.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::None => "NoneType",
            Value::Bool(_) => "bool",
            Value::Int(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) | Value::SurrogateStr(_) => "str",
            Value::Bytes(_) => "bytes",
            Value::List(_) => "list",
            Value::Tuple(_) => "tuple",
            Value::Dict(_) => "dict",
            Value::Set(_) => "set",
            Value::FrozenSet(_) => "frozenset",
        }
    }
}
