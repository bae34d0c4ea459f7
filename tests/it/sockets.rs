//! The Sockets lab's engine: every case of `tests/fixtures/socket_errors.json` (recorded
//! from CPython 3.11.7 on Linux) raised by a program on the simulated network, with its
//! class, `str()`, errno and MRO; the packet timeline; the `except` clause that took it;
//! the remote hosts of the default network; programs outside the subset.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use serde_json::Value as Json;
use wirelab::py::Value;
use wirelab::sockets::timeline::{EventKind, Flags, WaitOn};
use wirelab::sockets::{run, ExcClass, Network, Outcome, Problem, PyException, Run, Stop};

fn go(program: &str) -> Run {
    run(program, &Network::default_lab())
}

fn raised(program: &str) -> PyException {
    match go(program).outcome {
        Outcome::Raised { exc, .. } => exc,
        other => panic!("{program}: {other:?}"),
    }
}

/// The program that raises each recorded case, on the default network.
fn program_for(case: &str) -> &'static str {
    match case {
        "getaddrinfo of an unknown name" => {
            "import socket\nsocket.getaddrinfo('nonexistent.invalid', 80, 0, socket.SOCK_STREAM)\n"
        }
        "connect to a closed port on loopback" => {
            "import socket\ns = socket.socket()\ns.connect(('127.0.0.1', 1))\n"
        }
        "recv with a 0.2 s timeout and a silent peer" => {
            "import socket\nsrv = socket.socket()\nsrv.bind(('127.0.0.1', 5000))\nsrv.listen()\n\
             c = socket.create_connection(('127.0.0.1', 5000))\nc.settimeout(0.2)\nc.recv(10)\n"
        }
        "bind to a port already in use" => {
            "import socket\na = socket.socket()\na.bind(('127.0.0.1', 5000))\n\
             b = socket.socket()\nb.bind(('127.0.0.1', 5000))\n"
        }
        "connect with port 70000" => {
            "import socket\nsocket.socket().connect(('127.0.0.1', 70000))\n"
        }
        "send on a closed socket" => {
            "import socket\ns = socket.socket()\ns.close()\ns.send(b'x')\n"
        }
        other => panic!("no program for {other}"),
    }
}

fn fixture() -> Json {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/socket_errors.json"
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn strings(j: &Json) -> Vec<String> {
    j.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn every_recorded_case_matches() {
    let fx = fixture();
    let cases = fx["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 6);
    for case in cases {
        let name = case["case"].as_str().unwrap();
        let exc = raised(program_for(name));
        let mro = exc.class.mro();
        assert_eq!(mro[0], case["raised"].as_str().unwrap(), "{name}");
        assert_eq!(mro, strings(&case["mro"]), "{name}");
        assert_eq!(exc.text(), case["str"].as_str().unwrap(), "{name}");
        let errno = match exc.errno() {
            Value::Int(n) => Json::from(i64::try_from(n).unwrap()),
            Value::None => Json::Null,
            other => panic!("{other:?}"),
        };
        assert_eq!(errno, case["errno"], "{name}");
    }
}

#[test]
fn the_recorded_hierarchy_matches() {
    let fx = fixture();
    let h = &fx["hierarchy"];
    assert_eq!(ExcClass::Gaierror.mro(), strings(&h["gaierror"]));
    assert_eq!(ExcClass::Herror.mro(), strings(&h["herror"]));
    assert_eq!(ExcClass::TimeoutError.mro(), strings(&h["timeout"]));
    assert_eq!(fx["socket.timeout is TimeoutError"], Json::Bool(true));
    assert_eq!(
        go("import socket\nprint(socket.timeout is TimeoutError)\n").stdout,
        "True\n"
    );
}

#[test]
fn traceback_last_lines() {
    let cases = [
        ("s = socket.socket()\ns.connect(('127.0.0.1', 1))", "ConnectionRefusedError: [Errno 111] Connection refused"),
        ("socket.gethostbyname('nowhere.lab')", "socket.gaierror: [Errno -2] Name or service not known"),
        ("s = socket.create_connection(('silent.lab', 7), 0.3)", "TimeoutError: timed out"),
        ("s = socket.socket()\ns.bind(('127.0.0.1', 80))\nt = socket.socket()\nt.bind(('0.0.0.0', 80))", "OSError: [Errno 98] Address already in use"),
        ("s = socket.socket()\ns.close()\ns.recv(1)", "OSError: [Errno 9] Bad file descriptor"),
        ("socket.socket().connect(('127.0.0.1', 70000))", "OverflowError: connect(): port must be 0-65535."),
        ("socket.socket().connect(('down.lab', 80))", "OSError: [Errno 113] No route to host"),
        ("socket.socket().connect(('silent.lab', 80))", "TimeoutError: [Errno 110] Connection timed out"),
        ("c = socket.create_connection(('server.lab', 79))\nc.recv(10)", "ConnectionResetError: [Errno 104] Connection reset by peer"),
        ("c = socket.create_connection(('server.lab', 13))\nc.recv(10)\nc.send(b'x')\nc.send(b'x')", "BrokenPipeError: [Errno 32] Broken pipe"),
        ("raise OSError(111, 'mine')", "ConnectionRefusedError: [Errno 111] mine"),
        ("raise ValueError", "ValueError"),
        ("keep = []\nfor i in range(2000):\n    keep = keep + [socket.socket()]", "OSError: [Errno 24] Too many open files"),
        ("print(nothing)", "NameError: name 'nothing' is not defined"),
        ("socket.socket().connect('127.0.0.1')", "TypeError: connect(): AF_INET address must be tuple, not str"),
        ("socket.socket().send('text')", "TypeError: a bytes-like object is required, not 'str'"),
    ];
    for (body, line) in cases {
        let exc = raised(&format!("import socket\n{body}\n"));
        assert_eq!(exc.last_line(), line, "{body}");
    }
}

#[test]
fn the_except_clause_that_took_it_is_recorded() {
    // `except OSError` before `except socket.timeout` swallows the timeout.
    let program = "import socket\ntry:\n    socket.create_connection(('silent.lab', 7), timeout=0.2)\n\
                   except OSError as e:\n    print('OSError', e)\nexcept socket.timeout:\n    print('timeout')\n";
    let r = go(program);
    assert_eq!(r.stdout, "OSError timed out\n");
    assert_eq!(r.outcome, Outcome::Finished);
    let h = &r.handled[0];
    assert_eq!((h.raised_line, h.clause_line, h.clause_index), (3, 4, 0));
    assert_eq!(h.matched, Some(ExcClass::OSError));
    assert_eq!(h.exc.class, ExcClass::TimeoutError);
    assert_eq!(r.elapsed_us, 200_000);
}

#[test]
fn the_timeline_shows_the_packets() {
    let r = go("import socket\ns = socket.socket()\ns.connect_ex(('127.0.0.1', 1))\n");
    let flags: Vec<Flags> = r
        .timeline
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::Packet { flags, .. } => Some(flags.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(flags, [Flags::Syn, Flags::Rst]);

    let r = go("import socket\ns = socket.socket()\ns.settimeout(0.5)\ntry:\n    s.connect(('silent.lab', 7))\nexcept TimeoutError:\n    pass\n");
    let silence = r.timeline.iter().find_map(|e| match e.kind {
        EventKind::Silence {
            until_us,
            on,
            timed_out,
        } => Some((e.at_us, until_us, on, timed_out)),
        _ => None,
    });
    assert_eq!(silence, Some((0, 500_000, WaitOn::Connect, true)));

    let r = go("import socket\nwith socket.create_connection(('server.lab', 7)) as c:\n    c.sendall(b'hi')\n    print(c.recv(10))\n");
    assert_eq!(r.stdout, "b'hi'\n");
    let flags: Vec<Flags> = r
        .timeline
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::Packet { flags, .. } => Some(flags.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(
        flags,
        [
            Flags::Syn,
            Flags::SynAck,
            Flags::Ack,
            Flags::Data(2),
            Flags::Data(2),
            Flags::Fin
        ]
    );
    assert!(
        matches!(&r.timeline[0].kind, EventKind::Dns { name, answer: Some(a) } if name == "server.lab" && a == "10.0.0.2")
    );
}

#[test]
fn a_slow_link_and_a_short_timeout() {
    let r = go("import socket\nc = socket.create_connection(('slow.lab', 7), 0.5)\n");
    assert_eq!(
        r.outcome,
        Outcome::Raised {
            exc: PyException::msg(ExcClass::TimeoutError, "timed out"),
            line: 2
        }
    );
    let r = go("import socket\nc = socket.create_connection(('slow.lab', 7), 2)\nc.send(b'x')\nprint(c.recv(1))\n");
    assert_eq!(r.stdout, "b'x'\n");
    assert_eq!(r.elapsed_us, 3_200_000);
}

#[test]
fn programs_outside_the_subset_name_their_line() {
    let stop = |p: &str| match go(p).outcome {
        Outcome::Stopped(s) => s,
        other => panic!("{p}: {other:?}"),
    };
    let parse = |p: &str| match stop(p) {
        Stop::Parse(e) => (e.line, e.problem),
        other => panic!("{other:?}"),
    };
    assert_eq!(
        parse("x = 1\ndef f():\n    pass\n"),
        (2, Problem::Unsupported("def".into()))
    );
    assert_eq!(
        parse("x = 1\ny = f'{x}'\n"),
        (2, Problem::Unsupported("f-string".into()))
    );
    assert_eq!(parse("x = {1: 2}\n"), (1, Problem::Unsupported("{".into())));
    assert_eq!(parse("if x\n    pass\n").0, 1);
    let parens = format!("x = {}1{}\n", "(".repeat(200), ")".repeat(200));
    assert_eq!(parse(&parens).1, Problem::TooDeep);
    assert_eq!(
        stop("while True:\n    pass\n"),
        Stop::StepBudget { line: 1 }
    );
    assert_eq!(stop("import socket\ns = socket.socket()\ns.bind(('127.0.0.1', 80))\ns.listen()\ns.accept()\n"), Stop::BlocksForever { line: 5 });
    assert_eq!(
        stop("import os\n"),
        Stop::NotSimulated {
            line: 1,
            what: "import os".into()
        }
    );
}

#[test]
fn the_default_network_round_trips_as_json() {
    let net = Network::default_lab();
    let text = serde_json::to_string(&net).unwrap();
    let back: Network = serde_json::from_str(&text).unwrap();
    assert_eq!(back, net);
}

/// One line per timeline event, for the golden transcript.
fn transcript(r: &Run) -> String {
    let mut out = String::new();
    for e in &r.timeline {
        let what = match &e.kind {
            EventKind::Packet { from, to, flags } => {
                format!("{}:{} > {}:{} {flags:?}", from.0, from.1, to.0, to.1)
            }
            EventKind::Silence {
                until_us,
                on,
                timed_out,
            } => {
                format!("silence until {until_us} us on {on:?}, timed out: {timed_out}")
            }
            EventKind::Dns { name, answer } => format!("dns {name} -> {answer:?}"),
        };
        out.push_str(&format!("{:>9} us  line {:>2}  {what}\n", e.at_us, e.line));
    }
    out.push_str(&format!("stdout:\n{}outcome: {:?}\n", r.stdout, r.outcome));
    out
}

/// The golden transcript of one run (re-record with `WIRELAB_RECORD=1`): a change in
/// what the simulation does shows up as a diff.
#[test]
fn golden_transcript() {
    let program = "import socket\nimport time\n\
        srv = socket.socket()\nsrv.bind(('127.0.0.1', 5000))\nsrv.listen()\n\
        c = socket.create_connection(('localhost', 5000))\nc.sendall(b'ping')\n\
        conn, addr = srv.accept()\nprint(conn.recv(10))\nconn.close()\nprint(c.recv(10))\n\
        with socket.create_connection(('slow.lab', 7), timeout=2) as e:\n    e.sendall(b'echo')\n    print(e.recv(10))\n\
        time.sleep(0.5)\ntry:\n    socket.create_connection(('silent.lab', 7), 0.3)\n\
        except socket.timeout as x:\n    print('timeout:', x)\n\
        socket.create_connection(('server.lab', 80))\n";
    let got = transcript(&go(program));
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/sockets_transcript.txt"
    );
    if std::env::var_os("WIRELAB_RECORD").is_some() {
        std::fs::write(path, &got).unwrap();
    }
    assert_eq!(got, std::fs::read_to_string(path).unwrap());
}
