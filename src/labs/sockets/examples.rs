//! The example programs the page loads with one click, in the style of the book's
//! chapter 5: each meets one failure of the default network (README.md) and shows the
//! exception Python raises for it. Their titles are the page's words.

/// One example program.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Example {
    /// `getaddrinfo` of a name the DNS table does not have: `socket.gaierror`.
    UnknownHost,
    /// `connect` to a port nobody listens on: RST, `ConnectionRefusedError`.
    Refused,
    /// A host that drops every packet, with `settimeout`: `TimeoutError`.
    Timeout,
    /// `bind` twice to one address: `[Errno 98] Address already in use`.
    BindTwice,
    /// `except OSError` before `except socket.timeout` swallows the timeout.
    ExceptOrder,
    /// The echo server answering, for a connection that works.
    Echo,
}

impl Example {
    pub const ALL: [Example; 6] = [
        Example::UnknownHost,
        Example::Refused,
        Example::Timeout,
        Example::BindTwice,
        Example::ExceptOrder,
        Example::Echo,
    ];

    /// A short name for URLs and test ids.
    pub fn key(self) -> &'static str {
        match self {
            Example::UnknownHost => "gaierror",
            Example::Refused => "refused",
            Example::Timeout => "timeout",
            Example::BindTwice => "bind",
            Example::ExceptOrder => "order",
            Example::Echo => "echo",
        }
    }

    /// The program's text.
    pub fn program(self) -> &'static str {
        match self {
            Example::UnknownHost => UNKNOWN_HOST,
            Example::Refused => REFUSED,
            Example::Timeout => TIMEOUT,
            Example::BindTwice => BIND_TWICE,
            Example::ExceptOrder => EXCEPT_ORDER,
            Example::Echo => ECHO,
        }
    }
}

const UNKNOWN_HOST: &str = "\
import socket

try:
    infos = socket.getaddrinfo('nowhere.lab', 80)
except socket.gaierror as e:
    print('gaierror:', e)
    print('errno:', e.errno)
";

const REFUSED: &str = "\
import socket

s = socket.socket()
s.connect(('server.lab', 8080))
";

const TIMEOUT: &str = "\
import socket

s = socket.socket()
s.settimeout(2.0)
try:
    s.connect(('silent.lab', 7))
except socket.timeout as e:
    print('timeout:', e)
finally:
    s.close()
";

const BIND_TWICE: &str = "\
import socket

a = socket.socket()
a.bind(('127.0.0.1', 5000))
b = socket.socket()
b.bind(('127.0.0.1', 5000))
";

const EXCEPT_ORDER: &str = "\
import socket

try:
    c = socket.create_connection(('silent.lab', 7), timeout=1)
except OSError as e:
    print('caught by OSError:', e)
except socket.timeout as e:
    print('caught by socket.timeout:', e)
";

const ECHO: &str = "\
import socket

with socket.create_connection(('server.lab', 7)) as c:
    c.sendall(b'hello')
    print(c.recv(1024))
";
