//! Expressions: names, attributes, operators, subscripts, assignment targets, iteration.

use super::{Ex, Fault, Interp};
use crate::py::Value;
use crate::sockets::ast::{BinOp, Expr, UnOp};
use crate::sockets::error::Stop;
use crate::sockets::exc::{ExcClass, PyException};
use crate::sockets::obj::Obj;
use num_bigint::BigInt;

/// The largest str, bytes or sequence `*` may build.
const MAX_LEN: usize = 1 << 20;

impl Interp {
    pub(crate) fn eval(&mut self, e: &Expr) -> Ex<Obj> {
        match e {
            Expr::Const(v) => Ok(Obj::V(v.clone())),
            Expr::Name(n) => self.lookup(n),
            Expr::Attr(obj, name) => {
                let o = self.eval(obj)?;
                self.attr(o, name)
            }
            Expr::Call(f, args, kwargs) => {
                let f = self.eval(f)?;
                let args = args.iter().map(|a| self.eval(a)).collect::<Ex<Vec<_>>>()?;
                let mut kw = Vec::new();
                for (k, v) in kwargs {
                    kw.push((k.clone(), self.eval(v)?));
                }
                self.call(f, args, kw)
            }
            Expr::Index(obj, index) => {
                let o = self.eval(obj)?;
                let i = self.eval(index)?;
                self.index(o, i)
            }
            Expr::Tuple(xs) => Ok(Obj::Tuple(
                xs.iter().map(|x| self.eval(x)).collect::<Ex<_>>()?,
            )),
            Expr::List(xs) => Ok(Obj::List(
                xs.iter().map(|x| self.eval(x)).collect::<Ex<_>>()?,
            )),
            Expr::Unary(UnOp::Not, x) => Ok(Obj::V(Value::Bool(!self.eval(x)?.truthy()))),
            Expr::Unary(UnOp::Neg, x) => match self.eval(x)? {
                Obj::V(Value::Float(f)) => Ok(Obj::V(Value::Float(-f))),
                o => match o.as_int() {
                    Some(n) => Ok(Obj::V(Value::Int(-n))),
                    None => self.type_error(&format!(
                        "bad operand type for unary -: '{}'",
                        o.type_name()
                    )),
                },
            },
            Expr::Binary(op, a, b) => {
                let a = self.eval(a)?;
                let b = self.eval(b)?;
                self.binary(*op, a, b)
            }
            Expr::And(a, b) => {
                let a = self.eval(a)?;
                if a.truthy() {
                    self.eval(b)
                } else {
                    Ok(a)
                }
            }
            Expr::Or(a, b) => {
                let a = self.eval(a)?;
                if a.truthy() {
                    Ok(a)
                } else {
                    self.eval(b)
                }
            }
        }
    }

    pub(crate) fn type_error<T>(&self, text: &str) -> Ex<T> {
        self.raise(PyException::msg(ExcClass::TypeError, text))
    }

    fn lookup(&self, n: &str) -> Ex<Obj> {
        if let Some(v) = self.env.get(n) {
            return Ok(v.clone());
        }
        if let Some(c) = ExcClass::ALL
            .iter()
            .find(|c| c.module() == "builtins" && c.name() == n)
        {
            return Ok(Obj::Class(*c));
        }
        match n {
            "print" | "range" | "len" | "str" | "repr" | "type" | "int" | "isinstance"
            | "issubclass" => Ok(Obj::Func("builtins", n.to_string())),
            _ => self.raise(PyException::msg(
                ExcClass::NameError,
                &format!("name '{n}' is not defined"),
            )),
        }
    }

    fn attr(&mut self, o: Obj, name: &str) -> Ex<Obj> {
        let missing = |it: &Self, o: &Obj| {
            it.raise(PyException::msg(
                ExcClass::AttributeError,
                &format!("'{}' object has no attribute '{name}'", o.type_name()),
            ))
        };
        match &o {
            Obj::Module("socket") => match name {
                "AF_INET" => Ok(Obj::Enum("AddressFamily", "AF_INET", 2)),
                "SOCK_STREAM" => Ok(Obj::Enum("SocketKind", "SOCK_STREAM", 1)),
                "SOCK_DGRAM" => Ok(Obj::Enum("SocketKind", "SOCK_DGRAM", 2)),
                "SOL_SOCKET" => Ok(Obj::int(1)),
                "SO_REUSEADDR" => Ok(Obj::int(2)),
                "IPPROTO_TCP" => Ok(Obj::int(6)),
                "SHUT_RD" => Ok(Obj::int(0)),
                "SHUT_WR" => Ok(Obj::int(1)),
                "SHUT_RDWR" => Ok(Obj::int(2)),
                "timeout" => Ok(Obj::Class(ExcClass::TimeoutError)),
                "error" => Ok(Obj::Class(ExcClass::OSError)),
                "gaierror" => Ok(Obj::Class(ExcClass::Gaierror)),
                "herror" => Ok(Obj::Class(ExcClass::Herror)),
                "socket" | "create_connection" | "getaddrinfo" | "gethostbyname" => {
                    Ok(Obj::Func("socket", name.to_string()))
                }
                _ => self.not_simulated(&format!("socket.{name}")),
            },
            Obj::Module("time") => match name {
                "sleep" => Ok(Obj::Func("time", name.to_string())),
                _ => self.not_simulated(&format!("time.{name}")),
            },
            Obj::Exc(e) => match name {
                "errno" => Ok(Obj::V(e.errno())),
                "strerror" => Ok(Obj::V(e.strerror())),
                "args" => Ok(Obj::Tuple(e.args.iter().cloned().map(Obj::V).collect())),
                _ => missing(self, &o),
            },
            Obj::Class(c) if name == "__name__" => Ok(Obj::str(c.name())),
            Obj::Sock(_) | Obj::V(Value::Str(_)) | Obj::V(Value::Bytes(_)) => {
                Ok(Obj::Method(Box::new(o), name.to_string()))
            }
            _ => missing(self, &o),
        }
    }

    fn index(&self, o: Obj, i: Obj) -> Ex<Obj> {
        let Some(i) = i.as_int().and_then(|n| i64::try_from(n).ok()) else {
            return self.not_simulated("[]");
        };
        let len = |n: usize| -> Option<usize> {
            let j = if i < 0 { i + n as i64 } else { i };
            usize::try_from(j).ok().filter(|j| *j < n)
        };
        let got = match &o {
            Obj::Tuple(xs) | Obj::List(xs) => len(xs.len()).map(|j| xs[j].clone()),
            Obj::V(Value::Bytes(b)) => len(b.len()).map(|j| Obj::int(i64::from(b[j]))),
            _ => None,
        };
        match got {
            Some(v) => Ok(v),
            None => self.not_simulated("[]"),
        }
    }

    pub(crate) fn assign(&mut self, target: &Expr, v: Obj) -> Ex<()> {
        match target {
            Expr::Name(n) => {
                self.env.insert(n.clone(), v);
                Ok(())
            }
            Expr::Tuple(ts) | Expr::List(ts) => {
                let items = match v {
                    Obj::Tuple(xs) | Obj::List(xs) => xs,
                    other => {
                        return self.type_error(&format!(
                            "cannot unpack non-iterable {} object",
                            other.type_name()
                        ))
                    }
                };
                if items.len() != ts.len() {
                    let text = if items.len() > ts.len() {
                        format!("too many values to unpack (expected {})", ts.len())
                    } else {
                        format!(
                            "not enough values to unpack (expected {}, got {})",
                            ts.len(),
                            items.len()
                        )
                    };
                    return self.raise(PyException::msg(ExcClass::ValueError, &text));
                }
                for (t, x) in ts.iter().zip(items) {
                    self.assign(t, x)?;
                }
                Ok(())
            }
            _ => self.not_simulated("assignment"),
        }
    }

    pub(crate) fn iterate(&mut self, e: &Expr) -> Ex<Obj> {
        match self.eval(e)? {
            o @ (Obj::Range(..) | Obj::Tuple(_) | Obj::List(_)) => Ok(o),
            Obj::V(Value::Bytes(b)) => Ok(Obj::List(
                b.iter().map(|x| Obj::int(i64::from(*x))).collect(),
            )),
            _ => self.not_simulated("for"),
        }
    }

    pub(crate) fn nth(&self, items: &Obj, i: usize) -> Option<Obj> {
        match items {
            Obj::Range(a, b, s) => {
                let v = a.checked_add(s.checked_mul(i64::try_from(i).ok()?)?)?;
                ((*s > 0 && v < *b) || (*s < 0 && v > *b)).then(|| Obj::int(v))
            }
            Obj::Tuple(xs) | Obj::List(xs) => xs.get(i).cloned(),
            _ => None,
        }
    }

    pub(crate) fn binary(&mut self, op: BinOp, a: Obj, b: Obj) -> Ex<Obj> {
        use Value as V;
        let bool_ = |x: bool| Ok(Obj::V(V::Bool(x)));
        match op {
            BinOp::Is => return bool_(identical(&a, &b)),
            BinOp::IsNot => return bool_(!identical(&a, &b)),
            BinOp::Eq => return bool_(equal(&a, &b)),
            BinOp::Ne => return bool_(!equal(&a, &b)),
            BinOp::In => {
                return match &b {
                    Obj::Tuple(xs) | Obj::List(xs) => bool_(xs.iter().any(|x| equal(x, &a))),
                    _ => self.not_simulated("in"),
                }
            }
            _ => {}
        }
        if let (Some(x), Some(y)) = (a.as_int(), b.as_int()) {
            return match op {
                BinOp::Add => Ok(Obj::V(V::Int(x + y))),
                BinOp::Sub => Ok(Obj::V(V::Int(x - y))),
                BinOp::Mul => Ok(Obj::V(V::Int(x * y))),
                BinOp::Lt => bool_(x < y),
                BinOp::Le => bool_(x <= y),
                BinOp::Gt => bool_(x > y),
                _ => bool_(x >= y),
            };
        }
        let repeat = |n: &BigInt| usize::try_from(n.clone()).unwrap_or(0);
        let fits = |len: usize, n: &BigInt| len.saturating_mul(repeat(n)) <= MAX_LEN;
        let what = format!("{} {op:?} {}", a.type_name(), b.type_name());
        let r = match (op, a, b) {
            (BinOp::Add, Obj::V(V::Str(x)), Obj::V(V::Str(y))) if x.len() + y.len() <= MAX_LEN => {
                Obj::V(V::Str(x + &y))
            }
            (BinOp::Add, Obj::V(V::Bytes(x)), Obj::V(V::Bytes(y)))
                if x.len() + y.len() <= MAX_LEN =>
            {
                Obj::V(V::Bytes([x, y].concat()))
            }
            (BinOp::Add, Obj::Tuple(x), Obj::Tuple(y)) if x.len() + y.len() <= MAX_LEN => {
                Obj::Tuple([x, y].concat())
            }
            (BinOp::Add, Obj::List(x), Obj::List(y)) if x.len() + y.len() <= MAX_LEN => {
                Obj::List([x, y].concat())
            }
            (BinOp::Mul, Obj::V(V::Bytes(x)), Obj::V(V::Int(n))) if fits(x.len(), &n) => {
                Obj::V(V::Bytes(x.repeat(repeat(&n))))
            }
            (BinOp::Mul, Obj::V(V::Str(x)), Obj::V(V::Int(n))) if fits(x.len(), &n) => {
                Obj::V(V::Str(x.repeat(repeat(&n))))
            }
            _ => {
                return Err(Fault::Stop(Stop::NotSimulated {
                    line: self.k.line,
                    what,
                }))
            }
        };
        // Building a value costs steps by its size, so the budget also bounds the work.
        let size = match &r {
            Obj::V(V::Str(x)) => x.len(),
            Obj::V(V::Bytes(x)) => x.len(),
            Obj::Tuple(x) | Obj::List(x) => x.len() * 16,
            _ => 0,
        };
        self.charge(size / 256)?;
        Ok(r)
    }
}

fn identical(a: &Obj, b: &Obj) -> bool {
    match (a, b) {
        (Obj::V(Value::None), Obj::V(Value::None)) => true,
        (Obj::V(Value::Bool(x)), Obj::V(Value::Bool(y))) => x == y,
        (Obj::Class(x), Obj::Class(y)) => x == y,
        (Obj::Sock(x), Obj::Sock(y)) => x == y,
        (Obj::Module(x), Obj::Module(y)) => x == y,
        (Obj::Enum(_, x, _), Obj::Enum(_, y, _)) => x == y,
        _ => false,
    }
}

fn equal(a: &Obj, b: &Obj) -> bool {
    if let (Some(x), Some(y)) = (a.as_int(), b.as_int()) {
        return x == y;
    }
    // 1 == 1.0, as Python compares numbers by value.
    let float = |o: &Obj| match o {
        Obj::V(Value::Float(f)) => Some(*f),
        other => other
            .as_int()
            .and_then(|n| i64::try_from(n).ok())
            .map(|n| n as f64),
    };
    if matches!(a, Obj::V(Value::Float(_))) || matches!(b, Obj::V(Value::Float(_))) {
        if let (Some(x), Some(y)) = (float(a), float(b)) {
            return x == y;
        }
    }
    match (a, b) {
        (Obj::Tuple(x), Obj::Tuple(y)) | (Obj::List(x), Obj::List(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| equal(p, q))
        }
        (Obj::V(x), Obj::V(y)) => x == y,
        _ => identical(a, b) || a == b,
    }
}
