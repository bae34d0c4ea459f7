//! Socket object methods, each a call into the simulated kernel.

use super::{Ex, Interp};
use crate::py::Value;
use crate::sockets::exc::{ExcClass, PyException};
use crate::sockets::kernel::Fail;
use crate::sockets::obj::Obj;

impl Interp {
    fn int_arg(&self, o: Option<&Obj>) -> Ex<i64> {
        match o {
            Some(o) => match o.as_int().and_then(|n| i64::try_from(n).ok()) {
                Some(n) => Ok(n),
                None => self.type_error(&format!(
                    "'{}' object cannot be interpreted as an integer",
                    o.type_name()
                )),
            },
            None => self.not_simulated("argument"),
        }
    }

    fn bytes_arg(&self, o: Option<&Obj>) -> Ex<Vec<u8>> {
        match o {
            Some(Obj::V(Value::Bytes(b))) => Ok(b.clone()),
            Some(o) => self.type_error(&format!(
                "a bytes-like object is required, not '{}'",
                o.type_name()
            )),
            None => self.not_simulated("argument"),
        }
    }

    pub(super) fn sock_method(&mut self, id: usize, name: &str, args: Vec<Obj>) -> Ex<Obj> {
        // Arguments beyond these (flags, backlogs we ignore silently) are not simulated.
        let most = match name {
            "setsockopt" => 3,
            "gettimeout" | "accept" | "close" | "getsockname" => 0,
            "listen" => 1,
            _ => 1,
        };
        if args.len() > most {
            return self.not_simulated(name);
        }
        let none = Ok(Obj::none());
        match name {
            "settimeout" => {
                let Some(t) = args.first() else {
                    return self.not_simulated(name);
                };
                let t = self.timeout_arg(t)?;
                let r = self.k.set_timeout(id, t);
                self.kernel(r)?;
                none
            }
            "gettimeout" => match self.k.socks.get(id).and_then(|s| s.timeout) {
                Some(t) => Ok(Obj::V(Value::Float(t))),
                None => none,
            },
            "setsockopt" => {
                let level = self.int_arg(args.first())?;
                let opt = self.int_arg(args.get(1))?;
                let val = self.int_arg(args.get(2))?;
                if (level, opt) != (1, 2) {
                    return self.not_simulated("setsockopt");
                }
                let r = self.k.set_reuse(id, val != 0);
                self.kernel(r)?;
                none
            }
            "bind" | "connect" | "connect_ex" => {
                let Some(addr) = args.first() else {
                    return self.not_simulated(name);
                };
                let (host, port) = self.address(name, addr)?;
                let r = match name {
                    "bind" => self.k.bind(id, &host, port),
                    _ => self.k.connect(id, &host, port),
                };
                if name != "connect_ex" {
                    self.kernel(r)?;
                    return none;
                }
                match r {
                    Ok(()) => Ok(Obj::int(0)),
                    Err(Fail::Exc(e)) if e.class == ExcClass::TimeoutError && e.args.len() == 1 => {
                        Ok(Obj::int(11))
                    }
                    Err(Fail::Exc(e)) => match e.errno() {
                        Value::Int(n) => Ok(Obj::V(Value::Int(n))),
                        _ => self.raise(e),
                    },
                    Err(f) => self.kernel(Err(f)),
                }
            }
            "listen" => {
                let r = self.k.listen(id);
                self.kernel(r)?;
                none
            }
            "accept" => {
                let r = self.k.accept(id);
                let (conn, (a, p)) = self.kernel(r)?;
                Ok(Obj::Tuple(vec![
                    Obj::Sock(conn),
                    Obj::Tuple(vec![Obj::str(&a), Obj::int(i64::from(p))]),
                ]))
            }
            "send" | "sendall" => {
                let data = self.bytes_arg(args.first())?;
                let r = self.k.send(id, &data);
                let n = self.kernel(r)?;
                if name == "send" {
                    Ok(Obj::int(n as i64))
                } else {
                    none
                }
            }
            "recv" => {
                let n = self.int_arg(args.first())?;
                let Ok(n) = usize::try_from(n) else {
                    return self.raise(PyException::msg(
                        ExcClass::ValueError,
                        "negative buffersize in recv",
                    ));
                };
                let r = self.k.recv(id, n);
                Ok(Obj::V(Value::Bytes(self.kernel(r)?)))
            }
            "shutdown" => {
                let how = self.int_arg(args.first())?;
                let r = self.k.shutdown(id, how);
                self.kernel(r)?;
                none
            }
            "close" => {
                self.k.close(id);
                none
            }
            "getsockname" => {
                let local = self
                    .k
                    .socks
                    .get(id)
                    .filter(|s| !s.closed)
                    .map(|s| s.local.clone());
                match local {
                    None => self.raise(PyException::os(9)),
                    Some(l) => {
                        let (a, p) = l.unwrap_or_else(|| ("0.0.0.0".to_string(), 0));
                        Ok(Obj::Tuple(vec![Obj::str(&a), Obj::int(i64::from(p))]))
                    }
                }
            }
            _ => self.not_simulated(name),
        }
    }
}
