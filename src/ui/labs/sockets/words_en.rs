//! The Sockets lab's English words.

use super::words::SocketsWords;
use crate::labs::sockets::HostsProblem;
use crate::sockets::interp::STEP_BUDGET;
use crate::sockets::net::Server;
use crate::sockets::timeline::WaitOn;
use crate::sockets::{Problem, Stop};
use crate::ui::i18n::LabCard;

fn problem(p: &Problem) -> String {
    match p {
        Problem::Unsupported(w) => format!("'{w}' is outside the lab's Python subset."),
        Problem::TooDeep => "Nested too deeply for the lab.".to_owned(),
        _ => "Python cannot read this line.".to_owned(),
    }
}

fn stopped(s: &Stop) -> String {
    match s {
        Stop::Parse(e) => format!("Line {}: {}", e.line, problem(&e.problem)),
        Stop::StepBudget { line } => format!(
            "Line {line}: stopped after {STEP_BUDGET} steps (a loop that would run too long)."
        ),
        Stop::BlocksForever { line } => format!(
            "Line {line}: this call would wait forever (no timeout, and nothing can wake it); Python would hang here."
        ),
        Stop::NotSimulated { line, what } => {
            format!("Line {line}: '{what}' is not simulated by the lab.")
        }
    }
}

fn wait_on(on: WaitOn) -> &'static str {
    match on {
        WaitOn::Connect => "connect",
        WaitOn::Accept => "accept",
        WaitOn::Recv => "recv",
        WaitOn::Sleep => "time.sleep",
        WaitOn::Arp => "ARP",
    }
}

pub(super) static EN: SocketsWords = SocketsWords {
    title: "Sockets",
    intro: "A browser cannot open sockets, so your program runs on a simulated network with simulated time. Each failure raises exactly what CPython 3.11 on Linux raises.",
    program_label: "Your program",
    program_help: "The Python of the book's chapter 5, these statements and calls on socket objects. Ctrl+Enter runs it.",
    examples_label: "Examples (load and run):",
    examples: [
        "Unknown host",
        "Connection refused",
        "Silent host, timeout",
        "Bind twice",
        "except order trap",
        "Echo server",
    ],
    run: "Run",
    output_heading: "Output",
    output_empty: "Press Run to see what the program prints.",
    nothing_printed: "The program printed nothing.",
    stdout_cut: "The output is cut here.",
    raised_at: |n| format!("Uncaught: the exception raised on line {n} ended the program. Python prints a traceback; its last line is the last line above."),
    finished: |t| format!("The program ran to its end after {t} of simulated time."),
    stopped,
    caught_heading: "Caught exceptions",
    caught_none: "No except clause took an exception in this run.",
    caught_summary: |r, c| format!("Raised on line {r}, taken by the except clause on line {c}."),
    caught_more: |n| format!("And {n} more."),
    chain_label: "Its class and the classes it inherits from (the MRO):",
    chain_help: "An except clause takes an exception when it names one of these classes. Python tries the clauses from top to bottom and the first that matches takes it.",
    uncaught_chain: "No clause named one of these classes, so the exception left the program.",
    clauses_label: "The clauses of that try, in order:",
    clause_took: "took it",
    clause_no: "does not match",
    clause_shadowed: "would match too, but the clause above took it first",
    clause_later: "not reached",
    order_hint: "A clause naming a base class (OSError) takes every subclass (TimeoutError too): put the most specific class first.",
    timeline_heading: "Timeline",
    timeline_empty: "Nothing went on the wire.",
    timeline_more: |n| format!("And {n} more events."),
    line: |n| format!("line {n}"),
    dns: |name, answer| match answer {
        Some(a) => format!("DNS: {name} is {a}"),
        None => format!("DNS: no address for {name}"),
    },
    data: |from, to, n| format!("{from} → {to}  data, {n} bytes"),
    silence: |t, on, timed_out| {
        let on = wait_on(on);
        match timed_out {
            true => format!("Silence for {t} while {on} waits; the timeout ends the wait."),
            false => format!("Silence for {t} while {on} waits."),
        }
    },
    elapsed: |t| format!("Simulated time at the end: {t}."),
    network_heading: "The network",
    network_intro: "Your program runs on this computer, 10.0.0.1 (loopback 127.0.0.1). These hosts answer as the table says; every other port answers a SYN with RST (connection refused).",
    net_columns: ["Address", "Names (DNS)", "Link", "Ports"],
    loopback: "this computer, Linux loopback",
    loopback_ports: "whatever your program binds and listens on",
    link_up: |ms| format!("up, {ms} ms each way"),
    link_silent: "drops every packet",
    link_down: "down: no route to host",
    no_ports: "none",
    server: |s| match s {
        Server::Echo => "echo",
        Server::Silent => "accepts, never sends",
        Server::Close => "closes at once (FIN)",
        Server::Reset => "resets (RST)",
    },
    dns_label: "DNS table",
    dns_help: "As in a hosts file: an address, then its names. Edit it and run again: the program resolves names with this table. A name given an address where no host is resolves, but nobody answers there.",
    dns_reset: "Restore the DNS table",
    hosts_error: |e| match &e.problem {
        HostsProblem::NotAnAddress(w) => {
            format!("DNS table, line {}: '{w}' is not an IPv4 address (like 10.0.0.2).", e.line)
        }
        HostsProblem::NoName => format!("DNS table, line {}: an address needs at least one name after it.", e.line),
    },
};

/// The lab's card (EN), apart from its other words: the registry links only it.
pub static CARD_EN: LabCard = LabCard {
        title: "Sockets",
        nav: "Sockets",
        blurb: "What goes wrong on a network and which Python exception tells you: connection refused, timeouts, name resolution.",
        will_teach: &[
            "Run a client and a server on a simulated network and break it on purpose.",
            "Match each failure to its exception: ConnectionRefusedError, TimeoutError, socket.gaierror.",
            "Read the exception hierarchy (MRO) to know what an except clause catches.",
        ],
    };
