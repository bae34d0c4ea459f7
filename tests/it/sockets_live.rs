//! `wirelab sockets run` against live `python3` on loopback: each program runs in both,
//! with the same stdout, the same traceback last line and the same exit code. Only
//! 127.0.0.1, timeouts of at most 0.3 s; `{P}` and `{Q}` become free-looking high ports.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

struct Out {
    code: i32,
    stdout: String,
    last_line: String,
}

fn out(o: std::process::Output) -> Out {
    let stderr = String::from_utf8(o.stderr).unwrap();
    Out {
        code: o.status.code().unwrap_or(-1),
        stdout: String::from_utf8(o.stdout).unwrap(),
        last_line: stderr.lines().last().unwrap_or("").to_string(),
    }
}

const PROGRAMS: &[(&str, &str)] = &[
    ("refused", "import socket\ns = socket.socket()\ns.connect(('127.0.0.1', {P}))\n"),
    ("connect_ex", "import socket\ns = socket.socket()\nprint(s.connect_ex(('127.0.0.1', {P})))\n"),
    ("create_connection refused", "import socket\nsocket.create_connection(('localhost', {P}), 0.3)\n"),
    ("bind twice", "import socket\na = socket.socket()\na.bind(('127.0.0.1', {P}))\nb = socket.socket()\nb.bind(('127.0.0.1', {P}))\n"),
    ("bind twice, reuse", "import socket\na = socket.socket()\na.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\na.bind(('127.0.0.1', {P}))\nb = socket.socket()\nb.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\nb.bind(('127.0.0.1', {P}))\nprint('both bound')\na.listen()\nc = socket.socket()\nc.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\nc.bind(('127.0.0.1', {P}))\n"),
    ("bind again", "import socket\na = socket.socket()\na.bind(('127.0.0.1', {P}))\na.bind(('127.0.0.1', {Q}))\n"),
    ("bind elsewhere", "import socket\na = socket.socket()\na.bind(('10.9.9.9', {P}))\n"),
    ("echo on loopback", "import socket\nsrv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\nsrv.bind(('127.0.0.1', {P}))\nsrv.listen(1)\nc = socket.socket()\nc.connect(('127.0.0.1', {P}))\nprint(c.send(b'hello'))\nconn, addr = srv.accept()\nprint(addr[0])\ndata = conn.recv(1024)\nprint(data, len(data))\nconn.sendall(data.decode().encode())\nprint(c.recv(3))\nprint(c.recv(3))\nc.close()\nprint(conn.recv(10))\nconn.close()\nsrv.close()\n"),
    ("accept timeout", "import socket\nsrv = socket.socket()\nsrv.bind(('127.0.0.1', {P}))\nsrv.listen()\nsrv.settimeout(0.2)\nprint(srv.gettimeout())\ntry:\n    srv.accept()\nexcept socket.timeout as e:\n    print('timeout:', e, e.errno, e.args)\nsrv.accept()\n"),
    ("accept non-blocking", "import socket\nsrv = socket.socket()\nsrv.bind(('127.0.0.1', {P}))\nsrv.listen()\nsrv.settimeout(0)\nsrv.accept()\n"),
    ("accept without listen", "import socket\ns = socket.socket()\ns.bind(('127.0.0.1', {P}))\ns.accept()\n"),
    ("timeout is TimeoutError", "import socket\nprint(socket.timeout is TimeoutError, socket.error is OSError)\nprint(issubclass(socket.gaierror, OSError), issubclass(ConnectionRefusedError, ConnectionError))\nprint(socket.timeout, socket.gaierror)\n"),
    ("except order", "import socket\nsrv = socket.socket()\nsrv.bind(('127.0.0.1', {P}))\nsrv.listen()\nc = socket.create_connection(('127.0.0.1', {P}))\nc.settimeout(0.2)\nfor first in range(2):\n    try:\n        c.recv(10)\n    except OSError as e:\n        print('OSError took it:', type(e).__name__, repr(e))\n    except socket.timeout:\n        print('never here')\n"),
    ("send after close", "import socket\ns = socket.socket()\ns.close()\nprint(s)\ns.send(b'x')\n"),
    ("port 70000", "import socket\ns = socket.socket()\ns.connect(('127.0.0.1', 70000))\n"),
    ("try else finally", "import socket\nfor port in [{P}, {Q}]:\n    s = socket.socket()\n    try:\n        if port == {Q}:\n            srv = socket.socket()\n            srv.bind(('127.0.0.1', port))\n            srv.listen()\n        s.connect(('127.0.0.1', port))\n    except ConnectionRefusedError as e:\n        print('refused', e.errno, e.strerror)\n    else:\n        print('connected')\n    finally:\n        s.close()\n        print('closed', s)\n"),
    ("with closes", "import socket\nwith socket.socket() as s:\n    s.bind(('127.0.0.1', {P}))\n    print('inside')\ns.listen()\n"),
    ("close with unread data", "import socket\nsrv = socket.socket()\nsrv.bind(('127.0.0.1', {P}))\nsrv.listen()\nc = socket.create_connection(('127.0.0.1', {P}))\nc.sendall(b'abc')\nconn, addr = srv.accept()\nconn.close()\ntry:\n    c.recv(5)\nexcept ConnectionResetError as e:\n    print(e)\nprint(c.recv(5))\nc.send(b'x')\n"),
    ("peer closed", "import socket\nsrv = socket.socket()\nsrv.bind(('127.0.0.1', {P}))\nsrv.listen()\nc = socket.create_connection(('127.0.0.1', {P}))\nconn, addr = srv.accept()\nconn.close()\nprint(c.recv(5))\nprint(c.send(b'a'))\nc.send(b'a')\n"),
    ("shutdown", "import socket\nsrv = socket.socket()\nsrv.bind(('127.0.0.1', {P}))\nsrv.listen()\nc = socket.create_connection(('127.0.0.1', {P}))\nconn, addr = srv.accept()\nc.sendall(b'last')\nc.shutdown(socket.SHUT_WR)\nprint(conn.recv(10), conn.recv(10))\nconn.sendall(b'reply')\nprint(c.recv(10))\nc.send(b'more')\n"),
    ("not connected", "import socket\ns = socket.socket()\ntry:\n    s.send(b'x')\nexcept BrokenPipeError as e:\n    print(e)\ntry:\n    s.shutdown(socket.SHUT_RDWR)\nexcept OSError as e:\n    print(e)\ns.recv(1)\n"),
    ("already connected", "import socket\nsrv = socket.socket()\nsrv.bind(('127.0.0.1', {P}))\nsrv.listen()\nc = socket.socket()\nc.connect(('127.0.0.1', {P}))\nc.connect(('127.0.0.1', {P}))\n"),
    ("raise and re-raise", "import socket\ntry:\n    raise OSError(111, 'made up')\nexcept ConnectionError as e:\n    print(type(e), e)\ntry:\n    try:\n        raise socket.gaierror(-2, 'Name or service not known')\n    except OSError:\n        print('inner')\n        raise\nexcept Exception as e:\n    print('outer', repr(e))\nraise TimeoutError('timed out')\n"),
    ("names and addresses", "import socket\nprint(socket.gethostbyname('localhost'))\nprint(socket.getaddrinfo('127.0.0.1', {P}, socket.AF_INET, socket.SOCK_STREAM))\nprint(socket.AF_INET, repr(socket.SOCK_STREAM))\n"),
    ("loops and sleep", "import socket\nimport time\nn = 0\nwhile n < 3:\n    n += 1\n    time.sleep(0.01)\n    if n == 2:\n        continue\n    print('n =', n)\nfor i in range(10):\n    if i > 1:\n        break\n    print(i, end=',')\nprint()\nprint(not n, n == 3 and 'three', None or 'x', -n, n == 3.0, (1, 'a') == (1, 'a'), 2 in [1, 2])\n"),
    ("bad arguments", "import socket\ns = socket.socket()\ntry:\n    s.connect('127.0.0.1')\nexcept TypeError as e:\n    print(e)\ntry:\n    s.settimeout(-1)\nexcept ValueError as e:\n    print(e)\ns.sendall('text')\n"),
];

#[test]
fn the_cli_agrees_with_python3_on_loopback() {
    let dir = std::env::temp_dir().join(format!("wirelab-sockets-live-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // Two ports per program, none used twice in a run (a port a program closed first
    // stays in TIME_WAIT for a minute), below Linux's ephemeral range (32768-60999),
    // and a different block for each test process.
    let base = 10000 + (std::process::id() % 370) * 60;
    assert!(2 * PROGRAMS.len() < 60);
    let mut failures = Vec::new();
    for (k, (name, template)) in PROGRAMS.iter().enumerate() {
        let p = base + 2 * k as u32;
        let program = template
            .replace("{P}", &p.to_string())
            .replace("{Q}", &(p + 1).to_string());
        let path = dir.join(format!("p{k}.py"));
        std::fs::write(&path, &program).unwrap();
        let py = out(Command::new("python3")
            .arg(&path)
            .output()
            .expect("python3"));
        let ours = out(Command::new(env!("CARGO_BIN_EXE_wirelab"))
            .args(["sockets", "run", path.to_str().unwrap()])
            .output()
            .unwrap());
        let same =
            (py.code, &py.stdout, &py.last_line) == (ours.code, &ours.stdout, &ours.last_line);
        if !same {
            failures.push(format!(
                "{name}:\n--- python3 (exit {}):\n{}{}\n--- wirelab (exit {}):\n{}{}\n",
                py.code, py.stdout, py.last_line, ours.code, ours.stdout, ours.last_line
            ));
        }
    }
    std::fs::remove_dir_all(&dir).ok();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn wirelab_run(program: &str, net: Option<&str>) -> (i32, String, String) {
    let dir = std::env::temp_dir().join(format!("wirelab-sockets-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("p{}.py", program.len()));
    std::fs::write(&path, program).unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_wirelab"));
    cmd.args(["sockets", "run", path.to_str().unwrap()]);
    if let Some(net) = net {
        let n = dir.join(format!("net{}.json", program.len()));
        std::fs::write(&n, net).unwrap();
        cmd.args(["--net", n.to_str().unwrap()]);
    }
    let o = cmd.output().unwrap();
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8(o.stdout).unwrap(),
        String::from_utf8(o.stderr).unwrap(),
    )
}

#[test]
fn net_replaces_the_default_network() {
    let net = r#"{"hosts": [{"names": ["web.lab"], "addr": "10.0.0.9", "latency_ms": 20,
        "ports": [{"port": 80, "server": "echo"}]}]}"#;
    let program = "import socket\nc = socket.create_connection(('web.lab', 80))\nc.sendall(b'GET')\nprint(c.recv(10))\nsocket.gethostbyname('server.lab')\n";
    let (code, stdout, stderr) = wirelab_run(program, Some(net));
    assert_eq!((code, stdout.as_str()), (1, "b'GET'\n"));
    assert_eq!(
        stderr,
        "socket.gaierror: [Errno -2] Name or service not known\n"
    );
}

#[test]
fn programs_the_lab_cannot_run_exit_2_with_the_line() {
    let (code, stdout, stderr) =
        wirelab_run("import socket\nprint('a')\ndef f():\n    pass\n", None);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert_eq!(stderr, "line 3: 'def' is outside the lab's Python subset\n");
    let (code, stdout, stderr) = wirelab_run("print('a')\nwhile True:\n    pass\n", None);
    assert_eq!((code, stdout.as_str()), (2, "a\n"));
    // The loop's line or its body's, whichever step went over the budget.
    assert!(
        stderr == "line 2: stopped after 100000 steps\n"
            || stderr == "line 3: stopped after 100000 steps\n"
    );
}
