//! The Sockets lab's job (`Job::Sockets`), as the Web Worker runs it: the summary the
//! page draws for the examples (texts recorded from CPython 3.11.7 on Linux, as in
//! tests/fixtures/socket_errors.json), the clause that took each exception and the
//! ones that would have, programs outside the subset, the DNS table, the wire format.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use proptest::prelude::*;
use rand_chacha::ChaCha20Rng;
use rand_core::SeedableRng;
use wirelab::labs::jobs::{decode, encode, run_job, Job, JobOutput, Placement};
use wirelab::labs::sockets::{
    hosts_text, network_from_hosts, python_error, Example, HostsError, HostsProblem, RunSummary,
    SocketsInputs, STDOUT_MAX,
};
use wirelab::sockets::timeline::{EventKind, Flags};
use wirelab::sockets::{Network, Problem, Stop};

fn job_on(program: &str, net: Network) -> RunSummary {
    let job = Job::Sockets {
        program: program.to_owned(),
        net,
    };
    assert_eq!(job.placement(), Placement::Worker);
    let mut rng = ChaCha20Rng::seed_from_u64(1);
    match run_job(&job, &mut rng, |_| {}).unwrap() {
        JobOutput::Sockets(s) => {
            // Every summary survives the worker's wire format.
            let wire = encode(&JobOutput::Sockets(s.clone())).unwrap();
            assert_eq!(
                decode::<JobOutput>(&wire).unwrap(),
                JobOutput::Sockets(s.clone())
            );
            s
        }
        other => panic!("{other:?}"),
    }
}

fn job(program: &str) -> RunSummary {
    job_on(program, Network::default_lab())
}

fn flags(s: &RunSummary) -> Vec<Flags> {
    s.timeline
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::Packet { flags, .. } => Some(flags.clone()),
            _ => None,
        })
        .collect()
}

const CHAIN_REFUSED: [&str; 5] = [
    "ConnectionRefusedError",
    "ConnectionError",
    "OSError",
    "Exception",
    "BaseException",
];

#[test]
fn a_refused_connect() {
    let s = job(Example::Refused.program());
    assert_eq!(s.stdout, "");
    assert_eq!(
        s.error_line(),
        "ConnectionRefusedError: [Errno 111] Connection refused"
    );
    let r = s.raised.as_ref().unwrap();
    assert_eq!(r.line, 4);
    assert_eq!(r.exc.errno, Some(111));
    assert_eq!(r.exc.chain, CHAIN_REFUSED);
    assert!(s.caught.is_empty() && s.stopped.is_none());
    assert_eq!(flags(&s), [Flags::Syn, Flags::Rst]);
    // The DNS answer comes first, then the SYN one round trip before the RST.
    assert!(
        matches!(&s.timeline[0].kind, EventKind::Dns { name, answer: Some(a) } if name == "server.lab" && a == "10.0.0.2")
    );
    assert_eq!(s.elapsed_us, 2_000);
}

#[test]
fn a_gaierror_caught() {
    let s = job(Example::UnknownHost.program());
    assert_eq!(
        s.stdout,
        "gaierror: [Errno -2] Name or service not known\nerrno: -2\n"
    );
    assert_eq!(s.error_line(), "");
    let c = &s.caught[0];
    assert_eq!((c.raised_line, c.clause_line, c.clause_index), (4, 5, 0));
    assert_eq!(c.matched.as_deref(), Some("socket.gaierror"));
    assert_eq!(
        c.exc.chain,
        ["socket.gaierror", "OSError", "Exception", "BaseException"]
    );
    assert_eq!(c.exc.errno, Some(-2));
    assert!(flags(&s).is_empty());
}

#[test]
fn the_except_order_trap_names_the_clause_that_took_it() {
    let s = job(Example::ExceptOrder.program());
    assert_eq!(s.stdout, "caught by OSError: timed out\n");
    let c = &s.caught[0];
    assert_eq!(c.exc.last_line, "TimeoutError: timed out");
    assert_eq!(c.exc.errno, None);
    assert_eq!((c.clause_line, c.clause_index), (5, 0));
    assert_eq!(c.matched.as_deref(), Some("OSError"));
    // Both clauses would take a TimeoutError; the first one does.
    let clauses: Vec<(u64, &str, Option<&str>, bool)> = c
        .clauses
        .iter()
        .map(|k| {
            (
                k.line,
                k.names[0].written.as_str(),
                k.names[0].class.as_deref(),
                k.takes,
            )
        })
        .collect();
    assert_eq!(
        clauses,
        [
            (5, "OSError", Some("OSError"), true),
            (7, "socket.timeout", Some("TimeoutError"), true)
        ]
    );
    // The silence until the timeout is on the timeline.
    assert!(s.timeline.iter().any(|e| matches!(
        e.kind,
        EventKind::Silence {
            until_us: 1_000_000,
            timed_out: true,
            ..
        }
    )));

    // The order fixed: the timeout is reported as a timeout, and OSError is not reached.
    let fixed = Example::ExceptOrder
        .program()
        .replace("except OSError as e:\n    print('caught by OSError:', e)\nexcept socket.timeout as e:\n    print('caught by socket.timeout:', e)\n",
                 "except socket.timeout as e:\n    print('caught by socket.timeout:', e)\nexcept OSError as e:\n    print('caught by OSError:', e)\n");
    let s = job(&fixed);
    assert_eq!(s.stdout, "caught by socket.timeout: timed out\n");
    assert_eq!(s.caught[0].matched.as_deref(), Some("TimeoutError"));
    // A clause that does not match: a refused connection skips `except socket.timeout`.
    let s = job("import socket\ntry:\n    socket.create_connection(('server.lab', 1))\nexcept (socket.timeout, socket.gaierror):\n    pass\nexcept ConnectionError as e:\n    print(e.errno)\n");
    assert_eq!(s.stdout, "111\n");
    let c = &s.caught[0];
    assert_eq!(c.clause_index, 1);
    assert_eq!(c.matched.as_deref(), Some("ConnectionError"));
    assert_eq!(
        c.clauses.iter().map(|k| k.takes).collect::<Vec<_>>(),
        [false, true]
    );
    assert_eq!(c.clauses[0].names.len(), 2);
}

#[test]
fn every_example_ends_as_cpython_would() {
    let expect = |ex: Example| -> (&str, &str) {
        match ex {
            Example::UnknownHost => (
                "gaierror: [Errno -2] Name or service not known\nerrno: -2\n",
                "",
            ),
            Example::Refused => ("", "ConnectionRefusedError: [Errno 111] Connection refused"),
            Example::Timeout => ("timeout: timed out\n", ""),
            Example::BindTwice => ("", "OSError: [Errno 98] Address already in use"),
            Example::ExceptOrder => ("caught by OSError: timed out\n", ""),
            Example::Echo => ("b'hello'\n", ""),
        }
    };
    for ex in Example::ALL {
        let s = job(ex.program());
        assert_eq!(
            (s.stdout.as_str(), s.error_line()),
            expect(ex),
            "{}",
            ex.key()
        );
        assert_eq!(s.stopped, None, "{}", ex.key());
    }
    let s = job(Example::Echo.program());
    assert_eq!(
        flags(&s),
        [
            Flags::Syn,
            Flags::SynAck,
            Flags::Ack,
            Flags::Data(5),
            Flags::Data(5),
            Flags::Fin
        ]
    );
    assert_eq!(SocketsInputs::default().program, Example::Refused.program());
}

#[test]
fn a_program_outside_the_subset_names_its_line() {
    let s = job("import socket\n\ndef connect():\n    pass\n");
    match &s.stopped {
        Some(Stop::Parse(e)) => assert_eq!(
            (e.line, &e.problem),
            (3, &Problem::Unsupported("def".into()))
        ),
        other => panic!("{other:?}"),
    }
    assert_eq!((s.stdout.as_str(), s.error_line()), ("", ""));
    let s = job("x = 1\nif x\n    pass\n");
    match &s.stopped {
        Some(Stop::Parse(e)) => {
            assert_eq!(e.line, 2);
            assert!(python_error(&e.problem)
                .unwrap()
                .starts_with("SyntaxError: "));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        job("while True:\n    pass\n").stopped,
        Some(Stop::StepBudget { line: 1 })
    );
}

#[test]
fn long_output_is_cut_for_the_page() {
    let s = job("for i in range(20000):\n    print('0123456789')\n");
    assert!(s.stdout_cut);
    assert_eq!(s.stdout.len(), STDOUT_MAX);
    assert!(s.stopped.is_none() && s.raised.is_none());
}

#[test]
fn the_dns_table_is_a_hosts_file() {
    let default = Network::default_lab();
    assert_eq!(network_from_hosts(&hosts_text(&default)).unwrap(), default);
    assert_eq!(
        hosts_text(&default).lines().next(),
        Some("10.0.0.2 server.lab")
    );
    // A second name for the echo server; a name where nobody is; a comment.
    let net = network_from_hosts(
        "# lab hosts\n10.0.0.2 server.lab www.lab\n10.0.0.9 ghost.lab\n127.0.0.1 me.lab\n",
    )
    .unwrap();
    let s = job_on(
        "import socket\nc = socket.create_connection(('www.lab', 7))\nc.sendall(b'x')\nprint(c.recv(1))\nprint(socket.gethostbyname('me.lab'))\nsocket.create_connection(('ghost.lab', 7))\n",
        net,
    );
    assert_eq!(s.stdout, "b'x'\n127.0.0.1\n");
    assert_eq!(s.error_line(), "OSError: [Errno 113] No route to host");
    // slow.lab left the table: its name no longer resolves.
    let net = network_from_hosts("10.0.0.2 server.lab\n").unwrap();
    let s = job_on("import socket\nsocket.gethostbyname('slow.lab')\n", net);
    assert_eq!(
        s.error_line(),
        "socket.gaierror: [Errno -2] Name or service not known"
    );
    assert_eq!(
        network_from_hosts("10.0.0.2 a\n\n10.0.0 b\n"),
        Err(HostsError {
            line: 3,
            problem: HostsProblem::NotAnAddress("10.0.0".into())
        })
    );
    assert_eq!(
        network_from_hosts("10.0.0.2\n"),
        Err(HostsError {
            line: 1,
            problem: HostsProblem::NoName
        })
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Any text gives a summary (never a panic) that survives the wire format.
    #[test]
    fn any_text_gives_a_summary(program in "[ -~\n]{0,120}") {
        let s = job(&program);
        prop_assert!(s.timeline.len() as u64 <= s.timeline_total);
    }
}

/// The golden summary of the except-order example (re-record with `WIRELAB_RECORD=1`):
/// a change in what the page is sent shows up as a diff.
#[test]
fn golden_summary_of_the_except_order_trap() {
    let got = serde_json::to_string_pretty(&job(Example::ExceptOrder.program())).unwrap() + "\n";
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/sockets_summary_order.json"
    );
    if std::env::var_os("WIRELAB_RECORD").is_some() {
        std::fs::write(path, &got).unwrap();
    }
    assert_eq!(got, std::fs::read_to_string(path).unwrap());
}
