//! Python's exception classes the Sockets lab can raise, with CPython 3.11's MRO, `str()`
//! and the traceback's last line (`ConnectionRefusedError: [Errno 111] Connection refused`).

use crate::py::repr::repr;
use crate::py::Value;

/// An exception class, as `type(e)` names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExcClass {
    BaseException,
    Exception,
    ArithmeticError,
    OverflowError,
    ValueError,
    TypeError,
    NameError,
    AttributeError,
    ZeroDivisionError,
    RuntimeError,
    KeyboardInterrupt,
    OSError,
    BlockingIOError,
    ConnectionError,
    BrokenPipeError,
    ConnectionAbortedError,
    ConnectionRefusedError,
    ConnectionResetError,
    TimeoutError,
    Gaierror,
    Herror,
}

use ExcClass as C;

impl ExcClass {
    /// Every class, for name lookup.
    pub const ALL: [ExcClass; 21] = [
        C::BaseException,
        C::Exception,
        C::ArithmeticError,
        C::OverflowError,
        C::ValueError,
        C::TypeError,
        C::NameError,
        C::AttributeError,
        C::ZeroDivisionError,
        C::RuntimeError,
        C::KeyboardInterrupt,
        C::OSError,
        C::BlockingIOError,
        C::ConnectionError,
        C::BrokenPipeError,
        C::ConnectionAbortedError,
        C::ConnectionRefusedError,
        C::ConnectionResetError,
        C::TimeoutError,
        C::Gaierror,
        C::Herror,
    ];

    /// `type(e).__name__`.
    pub fn name(self) -> &'static str {
        match self {
            C::BaseException => "BaseException",
            C::Exception => "Exception",
            C::ArithmeticError => "ArithmeticError",
            C::OverflowError => "OverflowError",
            C::ValueError => "ValueError",
            C::TypeError => "TypeError",
            C::NameError => "NameError",
            C::AttributeError => "AttributeError",
            C::ZeroDivisionError => "ZeroDivisionError",
            C::RuntimeError => "RuntimeError",
            C::KeyboardInterrupt => "KeyboardInterrupt",
            C::OSError => "OSError",
            C::BlockingIOError => "BlockingIOError",
            C::ConnectionError => "ConnectionError",
            C::BrokenPipeError => "BrokenPipeError",
            C::ConnectionAbortedError => "ConnectionAbortedError",
            C::ConnectionRefusedError => "ConnectionRefusedError",
            C::ConnectionResetError => "ConnectionResetError",
            C::TimeoutError => "TimeoutError",
            C::Gaierror => "gaierror",
            C::Herror => "herror",
        }
    }

    /// `type(e).__module__`: `socket` for gaierror and herror, `builtins` otherwise.
    pub fn module(self) -> &'static str {
        match self {
            C::Gaierror | C::Herror => "socket",
            _ => "builtins",
        }
    }

    /// The name a traceback prints: `socket.gaierror`, `OSError`.
    pub fn qualified(self) -> String {
        match self.module() {
            "builtins" => self.name().to_string(),
            m => format!("{m}.{}", self.name()),
        }
    }

    /// The direct base class (`None` for BaseException).
    pub fn base(self) -> Option<ExcClass> {
        Some(match self {
            C::BaseException => return None,
            C::Exception | C::KeyboardInterrupt => C::BaseException,
            C::ArithmeticError
            | C::ValueError
            | C::TypeError
            | C::NameError
            | C::AttributeError
            | C::RuntimeError
            | C::OSError => C::Exception,
            C::OverflowError | C::ZeroDivisionError => C::ArithmeticError,
            C::BlockingIOError | C::ConnectionError | C::TimeoutError => C::OSError,
            C::Gaierror | C::Herror => C::OSError,
            C::BrokenPipeError
            | C::ConnectionAbortedError
            | C::ConnectionRefusedError
            | C::ConnectionResetError => C::ConnectionError,
        })
    }

    /// `[c.__module__ + '.' + c.__qualname__ for c in type(e).__mro__]`.
    pub fn mro(self) -> Vec<String> {
        let mut out = Vec::new();
        let mut c = Some(self);
        while let Some(k) = c {
            out.push(format!("{}.{}", k.module(), k.name()));
            c = k.base();
        }
        out.push("builtins.object".to_string());
        out
    }

    /// `issubclass(self, other)`.
    pub fn is_subclass_of(self, other: ExcClass) -> bool {
        let mut c = Some(self);
        while let Some(k) = c {
            if k == other {
                return true;
            }
            c = k.base();
        }
        false
    }

    /// The class `OSError(errno, ...)` really constructs on Linux (PEP 3151).
    pub fn for_errno(errno: i64) -> ExcClass {
        match errno {
            11 | 114 | 115 => C::BlockingIOError,
            32 | 108 => C::BrokenPipeError,
            103 => C::ConnectionAbortedError,
            111 => C::ConnectionRefusedError,
            104 => C::ConnectionResetError,
            110 => C::TimeoutError,
            _ => C::OSError,
        }
    }
}

/// An exception instance: its class and `args`.
#[derive(Clone, Debug, PartialEq)]
pub struct PyException {
    pub class: ExcClass,
    pub args: Vec<Value>,
}

impl PyException {
    pub fn new(class: ExcClass, args: Vec<Value>) -> Self {
        // OSError(errno, strerror) picks its subclass from errno, as CPython does.
        let class = match (class, args.first(), args.len()) {
            (C::OSError, Some(Value::Int(n)), 2..=5) => {
                ExcClass::for_errno(i64::try_from(n).unwrap_or(0))
            }
            _ => class,
        };
        PyException { class, args }
    }

    /// An OS error as the socket module raises it: `[Errno n] strerror`.
    pub fn os(errno: i64) -> Self {
        Self::new(
            C::OSError,
            vec![Value::Int(errno.into()), Value::Str(strerror(errno).into())],
        )
    }

    /// `socket.gaierror(-2, 'Name or service not known')`.
    pub fn gai(errno: i64) -> Self {
        let text = match errno {
            -3 => "Temporary failure in name resolution",
            -5 => "No address associated with hostname",
            -9 => "Address family for hostname not supported",
            _ => "Name or service not known",
        };
        Self::new(
            C::Gaierror,
            vec![Value::Int(errno.into()), Value::Str(text.into())],
        )
    }

    /// An exception with one message argument (`TimeoutError('timed out')`).
    pub fn msg(class: ExcClass, text: &str) -> Self {
        Self::new(class, vec![Value::Str(text.into())])
    }

    fn is_os_errno(&self) -> bool {
        self.class.is_subclass_of(C::OSError) && (2..=5).contains(&self.args.len())
    }

    /// `e.errno` (None unless built with errno and strerror).
    pub fn errno(&self) -> Value {
        match self.args.first() {
            Some(v) if self.is_os_errno() => v.clone(),
            _ => Value::None,
        }
    }

    /// `e.strerror`.
    pub fn strerror(&self) -> Value {
        match self.args.get(1) {
            Some(v) if self.is_os_errno() => v.clone(),
            _ => Value::None,
        }
    }

    /// `str(e)`.
    pub fn text(&self) -> String {
        if self.is_os_errno() {
            let (n, s) = (&self.args[0], &self.args[1]);
            let mut t = format!("[Errno {}] {}", str_of(n), str_of(s));
            if let Some(f) = self.args.get(2) {
                t.push_str(&format!(": {}", repr(f)));
            }
            return t;
        }
        match self.args.as_slice() {
            [] => String::new(),
            [one] => str_of(one),
            many => repr(&Value::Tuple(many.to_vec())),
        }
    }

    /// The traceback's last line: `socket.gaierror: [Errno -2] Name or service not known`.
    pub fn last_line(&self) -> String {
        let text = self.text();
        if text.is_empty() {
            self.class.qualified()
        } else {
            format!("{}: {text}", self.class.qualified())
        }
    }

    /// `repr(e)`: `ConnectionRefusedError(111, 'x')`.
    pub fn repr(&self) -> String {
        let inner = match self.args.as_slice() {
            [one] => repr(one),
            many => {
                let t = repr(&Value::Tuple(many.to_vec()));
                t.trim_start_matches('(')
                    .trim_end_matches(')')
                    .trim_end_matches(',')
                    .to_string()
            }
        };
        format!("{}({inner})", self.class.name())
    }
}

/// `str(v)` for a scalar: a str is itself, everything else its repr.
pub fn str_of(v: &Value) -> String {
    match v {
        Value::Str(s) => s.clone(),
        other => repr(other),
    }
}

/// Linux's `strerror` for the errnos a socket program meets.
pub fn strerror(errno: i64) -> &'static str {
    match errno {
        9 => "Bad file descriptor",
        11 => "Resource temporarily unavailable",
        22 => "Invalid argument",
        24 => "Too many open files",
        32 => "Broken pipe",
        98 => "Address already in use",
        99 => "Cannot assign requested address",
        103 => "Software caused connection abort",
        104 => "Connection reset by peer",
        106 => "Transport endpoint is already connected",
        107 => "Transport endpoint is not connected",
        110 => "Connection timed out",
        111 => "Connection refused",
        113 => "No route to host",
        _ => "Unknown error",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn oserror_picks_its_subclass_from_errno() {
        let e = PyException::new(
            ExcClass::OSError,
            vec![Value::Int(111.into()), Value::Str("x".into())],
        );
        assert_eq!(e.class, ExcClass::ConnectionRefusedError);
        assert_eq!(e.repr(), "ConnectionRefusedError(111, 'x')");
        assert_eq!(
            PyException::os(32).last_line(),
            "BrokenPipeError: [Errno 32] Broken pipe"
        );
        // One argument: no errno, str() is the argument.
        let one = PyException::new(ExcClass::OSError, vec![Value::Int(5.into())]);
        assert_eq!(
            (one.class, one.text(), one.errno()),
            (ExcClass::OSError, "5".to_string(), Value::None)
        );
        assert_eq!(
            PyException::new(ExcClass::ValueError, Vec::new()).repr(),
            "ValueError()"
        );
    }

    #[test]
    fn three_arguments_show_the_filename() {
        let e = PyException::new(
            ExcClass::OSError,
            vec![
                Value::Int(5.into()),
                Value::Str("a".into()),
                Value::Str("b".into()),
            ],
        );
        assert_eq!(e.text(), "[Errno 5] a: 'b'");
    }
}
