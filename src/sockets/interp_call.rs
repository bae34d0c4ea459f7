//! Calls: builtins, the `socket` and `time` modules, socket methods, exception classes.
//! Argument checks raise CPython's own TypeError/OverflowError/ValueError texts.

use super::{Ex, Fault, Interp};
use crate::py::Value;
use crate::sockets::error::Stop;
use crate::sockets::exc::{ExcClass, PyException};
use crate::sockets::kernel::Fail;
use crate::sockets::obj::{repr_obj, str_obj, Obj};
use crate::sockets::timeline::EventKind;

type Kw = Vec<(String, Obj)>;

impl Interp {
    fn kernel<T>(&self, r: Result<T, Fail>) -> Ex<T> {
        match r {
            Ok(v) => Ok(v),
            Err(Fail::Exc(e)) => self.raise(e),
            Err(Fail::Forever) => Err(Fault::Stop(Stop::BlocksForever { line: self.k.line })),
        }
    }

    pub(crate) fn sock_repr(&self, id: usize) -> String {
        let fd = if self.k.is_closed(id) {
            -1
        } else {
            3 + id as i64
        };
        let closed = if fd < 0 { "[closed] " } else { "" };
        let mut t = format!("<socket.socket {closed}fd={fd}, family=2, type=1, proto=0");
        if let Some((a, p)) = self.k.socks.get(id).and_then(|s| s.local.clone()) {
            if fd >= 0 {
                t.push_str(&format!(", laddr=('{a}', {p})"));
            }
        }
        t + ">"
    }

    fn to_str(&self, o: &Obj) -> String {
        str_obj(o, &|id| self.sock_repr(id))
    }

    fn to_repr(&self, o: &Obj) -> String {
        repr_obj(o, &|id| self.sock_repr(id))
    }

    pub(crate) fn call(&mut self, f: Obj, args: Vec<Obj>, kw: Kw) -> Ex<Obj> {
        match f {
            Obj::Func("builtins", name) => self.builtin(&name, args, kw),
            Obj::Func("time", _) => {
                let secs = match args.as_slice() {
                    [Obj::V(Value::Float(x))] => *x,
                    [o] => match o.as_int().and_then(|n| i64::try_from(n).ok()) {
                        Some(n) => n as f64,
                        None => return self.not_simulated("time.sleep"),
                    },
                    _ => return self.not_simulated("time.sleep"),
                };
                if secs < 0.0 {
                    return self.raise(PyException::msg(
                        ExcClass::ValueError,
                        "sleep length must be non-negative",
                    ));
                }
                self.k.sleep(secs);
                Ok(Obj::none())
            }
            Obj::Func(_, name) => self.socket_fn(&name, args, kw),
            Obj::Class(c) => {
                let mut vals = Vec::new();
                for a in args {
                    match a {
                        Obj::V(v) if kw.is_empty() => vals.push(v),
                        _ => return self.not_simulated(c.name()),
                    }
                }
                Ok(Obj::Exc(PyException::new(c, vals)))
            }
            Obj::Method(_, name) if !kw.is_empty() => self.not_simulated(&name),
            Obj::Method(recv, name) => match *recv {
                Obj::Sock(id) => self.sock_method(id, &name, args),
                Obj::V(Value::Str(s)) if name == "encode" && args.is_empty() => {
                    Ok(Obj::V(Value::Bytes(s.into_bytes())))
                }
                Obj::V(Value::Bytes(b)) if name == "decode" && args.is_empty() => {
                    match String::from_utf8(b) {
                        Ok(s) => Ok(Obj::str(&s)),
                        Err(_) => self.not_simulated("decode"),
                    }
                }
                _ => self.not_simulated(&name),
            },
            other => self.type_error(&format!("'{}' object is not callable", other.type_name())),
        }
    }

    fn builtin(&mut self, name: &str, args: Vec<Obj>, kw: Kw) -> Ex<Obj> {
        match (name, args.as_slice()) {
            ("print", _) => {
                let mut sep = " ".to_string();
                let mut end = "\n".to_string();
                for (k, v) in &kw {
                    match (k.as_str(), v) {
                        ("sep", Obj::V(Value::Str(s))) => sep = s.clone(),
                        ("end", Obj::V(Value::Str(s))) => end = s.clone(),
                        _ => return self.not_simulated("print"),
                    }
                }
                let text: Vec<String> = args.iter().map(|a| self.to_str(a)).collect();
                self.out.push_str(&text.join(&sep));
                self.out.push_str(&end);
                Ok(Obj::none())
            }
            ("str", [o]) => Ok(Obj::str(&self.to_str(o))),
            ("repr", [o]) => Ok(Obj::str(&self.to_repr(o))),
            ("type", [Obj::Exc(e)]) => Ok(Obj::Class(e.class)),
            ("len", [o]) => match o {
                Obj::V(Value::Bytes(b)) => Ok(Obj::int(b.len() as i64)),
                Obj::V(Value::Str(s)) => Ok(Obj::int(s.chars().count() as i64)),
                Obj::Tuple(x) | Obj::List(x) => Ok(Obj::int(x.len() as i64)),
                _ => self.not_simulated("len"),
            },
            ("int", [o]) if o.as_int().is_some() => {
                Ok(Obj::V(Value::Int(o.as_int().unwrap_or_default())))
            }
            ("isinstance", [Obj::Exc(e), Obj::Class(c)]) => {
                Ok(Obj::V(Value::Bool(e.class.is_subclass_of(*c))))
            }
            ("issubclass", [Obj::Class(a), Obj::Class(b)]) => {
                Ok(Obj::V(Value::Bool(a.is_subclass_of(*b))))
            }
            ("range", _) => {
                let mut n = Vec::new();
                for a in &args {
                    match a.as_int().and_then(|x| i64::try_from(x).ok()) {
                        Some(x) => n.push(x),
                        None => return self.not_simulated("range"),
                    }
                }
                match n.as_slice() {
                    [b] => Ok(Obj::Range(0, *b, 1)),
                    [a, b] => Ok(Obj::Range(*a, *b, 1)),
                    [a, b, s] if *s != 0 => Ok(Obj::Range(*a, *b, *s)),
                    _ => self.not_simulated("range"),
                }
            }
            _ => self.not_simulated(name),
        }
    }

    /// An `(host, port)` address, resolved: the `what` is the method name in messages.
    fn address(&mut self, what: &str, addr: &Obj) -> Ex<(String, u16)> {
        let Obj::Tuple(parts) = addr else {
            return self.type_error(&format!(
                "{what}(): AF_INET address must be tuple, not {}",
                addr.type_name()
            ));
        };
        let [host, port] = parts.as_slice() else {
            return self.type_error("AF_INET address must be a pair (host, port)");
        };
        let Obj::V(Value::Str(host)) = host else {
            return self.type_error(&format!(
                "str, bytes or bytearray expected, not {}",
                host.type_name()
            ));
        };
        let Some(port) = port.as_int() else {
            return self.type_error(&format!(
                "'{}' object cannot be interpreted as an integer",
                port.type_name()
            ));
        };
        let Some(port) = u16::try_from(port).ok() else {
            return self.raise(PyException::msg(
                ExcClass::OverflowError,
                &format!("{what}(): port must be 0-65535."),
            ));
        };
        let host = host.clone();
        let resolved = self.resolve(&host)?;
        Ok((resolved, port))
    }

    fn resolve(&mut self, host: &str) -> Ex<String> {
        let answer = self.k.net.resolve(host);
        if crate::sockets::net::parse_ipv4(host).is_none()
            && host != "localhost"
            && !host.is_empty()
        {
            let (at_us, line) = (self.k.now_us, self.k.line);
            self.k.timeline.push(crate::sockets::timeline::Event {
                at_us,
                line,
                kind: EventKind::Dns {
                    name: host.to_string(),
                    answer: answer.clone(),
                },
            });
        }
        match answer {
            Some(a) => Ok(a),
            None => self.raise(PyException::gai(-2)),
        }
    }

    fn socket_fn(&mut self, name: &str, args: Vec<Obj>, kw: Kw) -> Ex<Obj> {
        match name {
            "socket" => {
                let ok = args
                    .iter()
                    .zip([2, 1])
                    .all(|(a, want)| a.as_int() == Some(want.into()));
                if !ok || args.len() > 2 || !kw.is_empty() {
                    return self.not_simulated("socket.socket");
                }
                let r = self.k.socket();
                Ok(Obj::Sock(self.kernel(r)?))
            }
            "gethostbyname" => match args.as_slice() {
                [Obj::V(Value::Str(h))] => Ok(Obj::str(&self.resolve(&h.clone())?)),
                _ => self.not_simulated("gethostbyname"),
            },
            "getaddrinfo" => {
                let (Some(Obj::V(Value::Str(h))), Some(port)) = (args.first(), args.get(1)) else {
                    return self.not_simulated("getaddrinfo");
                };
                let addr = self.resolve(&h.clone())?;
                let port = port
                    .as_int()
                    .and_then(|p| i64::try_from(p).ok())
                    .unwrap_or(0);
                let entry = |kind: Obj, proto| {
                    Obj::Tuple(vec![
                        Obj::Enum("AddressFamily", "AF_INET", 2),
                        kind,
                        Obj::int(proto),
                        Obj::str(""),
                        Obj::Tuple(vec![Obj::str(&addr), Obj::int(port)]),
                    ])
                };
                match args
                    .get(3)
                    .or(kw.iter().find(|(k, _)| k == "type").map(|(_, v)| v))
                {
                    Some(Obj::Enum(_, "SOCK_STREAM", _)) => Ok(Obj::List(vec![entry(
                        Obj::Enum("SocketKind", "SOCK_STREAM", 1),
                        6,
                    )])),
                    _ => self.not_simulated("getaddrinfo"),
                }
            }
            "create_connection" => {
                let Some(addr) = args.first() else {
                    return self.not_simulated("create_connection");
                };
                if args.len() > 2 || kw.iter().any(|(k, _)| k != "timeout") {
                    return self.not_simulated("create_connection");
                }
                let timeout = match args
                    .get(1)
                    .or(kw.iter().find(|(k, _)| k == "timeout").map(|(_, v)| v))
                {
                    None => None,
                    Some(t) => self.timeout_arg(t)?,
                };
                let (host, port) = self.address("connect", addr)?;
                let r = self.k.socket();
                let id = self.kernel(r)?;
                let r = self
                    .k
                    .set_timeout(id, timeout)
                    .and_then(|_| self.k.connect(id, &host, port));
                if r.is_err() {
                    self.k.close(id);
                }
                self.kernel(r)?;
                Ok(Obj::Sock(id))
            }
            _ => self.not_simulated(name),
        }
    }

    fn timeout_arg(&self, t: &Obj) -> Ex<Option<f64>> {
        let secs = match t {
            Obj::V(Value::None) => return Ok(None),
            Obj::V(Value::Float(f)) => *f,
            o => match o.as_int().and_then(|n| i64::try_from(n).ok()) {
                Some(n) => n as f64,
                None => return self.type_error("Timeout value must be int, float or None"),
            },
        };
        if secs < 0.0 || secs.is_nan() {
            return self.raise(PyException::msg(
                ExcClass::ValueError,
                "Timeout value out of range",
            ));
        }
        Ok(Some(secs))
    }
}

#[path = "interp_sock.rs"]
mod sock;
