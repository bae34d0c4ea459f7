//! The expression tree the parser builds: literal displays, and placeholders for the
//! Python that is valid but not a literal (evaluated only to say so, in order).

use super::NotLiteral;
use crate::py::Value;

/// A parsed expression.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    /// A number, string, bytes, True/False/None.
    Const(Value),
    /// A name (builtins such as `set` only matter when called).
    Name(String),
    /// A run of `-` and `+` signs (in source order) before an operand.
    Unary(Vec<char>, Box<Expr>),
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    Dict(Vec<(Expr, Expr)>),
    Set(Vec<Expr>),
    /// `f(args)`; `plain` is false when there are keyword or star arguments.
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        plain: bool,
    },
    /// The index of a subscript `x[i]` (its parts: expressions of slices).
    Subscript(Vec<Expr>),
    /// Anything else Python accepts (operators, attributes, ...), with why it is not
    /// a literal; its operands are kept so they evaluate (and fail) in Python's order.
    NotLiteral(NotLiteral, Vec<Expr>),
}
