//! Integration tests: TLS interop with OpenSSL 3 and tshark, over loopback TCP.
//! Peers are started from the test; readiness is read from their output (never a sleep)
//! and every wait has a timeout.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

const FIX: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/tls/");
const WIRELAB: &str = env!("CARGO_BIN_EXE_wirelab");
const TIMEOUT: Duration = Duration::from_secs(60);

/// (IANA name, OpenSSL name) of each suite.
const SUITES: [(&str, &str); 3] = [
    ("TLS_RSA_WITH_AES_128_GCM_SHA256", "AES128-GCM-SHA256"),
    ("TLS_RSA_WITH_AES_128_CBC_SHA256", "AES128-SHA256"),
    (
        "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
        "ECDHE-RSA-AES128-GCM-SHA256",
    ),
];

fn fix(name: &str) -> String {
    format!("{FIX}{name}")
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Everything a finished child printed.
struct Done {
    ok: bool,
    stdout: String,
    stderr: String,
}

/// Waits for `child` in a thread, with a timeout (the child is killed on timeout).
fn finish(child: Child) -> Done {
    let id = child.id();
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(TIMEOUT) {
        Ok(Ok(out)) => Done {
            ok: out.status.success(),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        },
        _ => {
            let _ = Command::new("kill").arg(id.to_string()).status();
            panic!("process {id} timed out");
        }
    }
}

/// Reads lines from `stream` (in a thread) until one contains `marker`; returns all lines
/// read so far and a receiver for the rest.
fn wait_for_line(
    stream: impl Read + Send + 'static,
    marker: &'static str,
) -> (Vec<String>, mpsc::Receiver<String>) {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        for line in BufReader::new(stream).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let mut seen = Vec::new();
    loop {
        let line = rx
            .recv_timeout(TIMEOUT)
            .unwrap_or_else(|_| panic!("never saw {marker:?}; saw {seen:?}"));
        let hit = line.contains(marker);
        seen.push(line);
        if hit {
            return (seen, rx);
        }
    }
}

fn rest(rx: mpsc::Receiver<String>) -> String {
    let mut out = String::new();
    while let Ok(l) = rx.recv_timeout(TIMEOUT) {
        out.push_str(&l);
        out.push('\n');
    }
    out
}

/// `openssl s_server -tls1_2 -rev` on a free port, ready (it printed ACCEPT).
fn s_server(cert: &str, extra: &[&str]) -> (Child, u16, mpsc::Receiver<String>) {
    let port = free_port();
    let mut child = Command::new("openssl")
        .args([
            "s_server",
            "-tls1_2",
            "-rev",
            "-accept",
            &format!("127.0.0.1:{port}"),
            "-cert",
            &fix(cert),
            "-key",
            &fix("server.key"),
        ])
        .args(extra)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let err = child.stderr.take().unwrap();
    let (err_tx, err_rx) = mpsc::channel();
    thread::spawn(move || {
        let mut s = String::new();
        let _ = BufReader::new(err).read_to_string(&mut s);
        let _ = err_tx.send(s);
    });
    let (_, out) = wait_for_line(child.stdout.take().unwrap(), "ACCEPT");
    // Merge the rest of stdout and stderr into one receiver for the test's checks.
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let mut all = rest(out);
        all.push_str(&err_rx.recv().unwrap_or_default());
        let _ = tx.send(all);
    });
    (child, port, rx)
}

/// `wirelab tls server` on a free port, ready (it printed "listening on").
fn our_server(cert: &str, extra: &[&str]) -> (Child, u16, mpsc::Receiver<String>) {
    let port = free_port();
    let mut child = Command::new(WIRELAB)
        .args([
            "tls",
            "server",
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--cert",
            &fix(cert),
            "--key",
            &fix("server.key"),
        ])
        .args(extra)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (_, rx) = wait_for_line(child.stderr.take().unwrap(), "listening on");
    (child, port, rx)
}

/// `wirelab tls client` with `input` on stdin.
fn our_client(port: u16, args: &[&str], input: &str) -> Done {
    let mut child = Command::new(WIRELAB)
        .args(["tls", "client", "--connect", &format!("127.0.0.1:{port}")])
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    finish(child)
}

fn server_log(child: Child, rx: mpsc::Receiver<String>) -> String {
    let _ = finish_quiet(child);
    rx.recv_timeout(TIMEOUT).unwrap_or_default()
}

fn finish_quiet(mut child: Child) -> bool {
    let (tx, rx) = mpsc::channel();
    let id = child.id();
    thread::spawn(move || {
        let _ = tx.send(child.wait().map(|s| s.success()).unwrap_or(false));
    });
    rx.recv_timeout(TIMEOUT).unwrap_or_else(|_| {
        let _ = Command::new("kill").arg(id.to_string()).status();
        false
    })
}

#[test]
fn our_client_against_openssl_s_server_every_suite() {
    for (iana, ossl) in SUITES {
        let (server, port, log) = s_server("server.pem", &["-cipher", ossl, "-naccept", "1"]);
        let out = our_client(
            port,
            &[
                "--ca",
                &fix("ca.pem"),
                "--servername",
                "localhost",
                "--suite",
                iana,
            ],
            "hello world\nsecond line\n",
        );
        assert!(out.ok, "{iana}: {}", out.stderr);
        assert_eq!(out.stdout, "dlrow olleh\nenil dnoces\n", "{iana}");
        let log = server_log(server, log);
        assert!(log.contains(&format!("Ciphersuite: {ossl}")), "{log}");
    }
}

/// `openssl s_client` against our server: OpenSSL verifies our chain and host name.
fn s_client(port: u16, ca: &str, host: &str, extra: &[&str]) -> Child {
    Command::new("openssl")
        .args([
            "s_client",
            "-tls1_2",
            "-connect",
            &format!("127.0.0.1:{port}"),
            "-CAfile",
            &fix(ca),
            "-verify_return_error",
        ])
        .args(["-servername", host, "-verify_hostname", host])
        .args(extra)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

#[test]
fn openssl_s_client_against_our_server_every_suite() {
    for (iana, ossl) in SUITES {
        let (server, port, _) = our_server("server.pem", &["--suite", iana]);
        let mut client = s_client(
            port,
            "ca.pem",
            "localhost",
            &["-quiet", "-no_ign_eof", "-cipher", ossl],
        );
        let mut stdin = client.stdin.take().unwrap();
        stdin.write_all(b"hello world\n").unwrap();
        let (_, _) = wait_for_line(client.stdout.take().unwrap(), "dlrow olleh");
        drop(stdin);
        let done = finish(client);
        assert!(done.ok, "{iana}: {}", done.stderr);
        assert!(done.stderr.contains("verify return:1"), "{}", done.stderr);
        assert!(finish_quiet(server), "{iana}: our server failed");
    }
}

#[test]
fn resumption_against_openssl_and_ours() {
    // Our client resumes with openssl s_server.
    let (server, port, _) = s_server("server.pem", &["-naccept", "2"]);
    let out = our_client(
        port,
        &[
            "--ca",
            &fix("ca.pem"),
            "--servername",
            "localhost",
            "--reconnect",
        ],
        "x\n",
    );
    assert!(out.ok, "{}", out.stderr);
    assert!(out.stderr.contains("resumed: yes"), "{}", out.stderr);
    let _ = finish_quiet(server);
    // openssl s_client -reconnect resumes with our server (1 + 5 reconnections).
    let (server, port, _) = our_server("server.pem", &["--max-connections", "6"]);
    let client = s_client(port, "ca.pem", "localhost", &["-reconnect"]);
    let done = finish(client);
    assert_eq!(
        done.stdout.matches("\nReused, TLSv1.2").count(),
        5,
        "{}",
        done.stdout
    );
    assert!(finish_quiet(server));
    // Our client resumes with our server, for each suite.
    for (iana, _) in SUITES {
        let (server, port, _) = our_server("server.pem", &["--max-connections", "2"]);
        let out = our_client(
            port,
            &[
                "--ca",
                &fix("ca.pem"),
                "--servername",
                "localhost",
                "--suite",
                iana,
                "--reconnect",
            ],
            "x\n",
        );
        assert!(out.ok, "{}", out.stderr);
        assert_eq!(out.stdout, "x\n");
        assert!(out.stderr.contains("resumed: yes"), "{}", out.stderr);
        assert!(finish_quiet(server));
    }
}

/// Each certificate failure: our client's error, and the alert OpenSSL's s_server got.
#[test]
fn our_client_rejects_bad_certificates_with_the_right_alert() {
    let cases = [
        (
            "expired.pem",
            "ca.pem",
            "localhost",
            "certificate expired",
            "alert number 45",
        ),
        (
            "server.pem",
            "ca.pem",
            "wrong.example",
            "hostname mismatch",
            "alert number 42",
        ),
        (
            "server.pem",
            "other_ca.pem",
            "localhost",
            "unknown CA",
            "alert number 48",
        ),
    ];
    for (cert, ca, host, words, alert) in cases {
        let (server, port, log) = s_server(cert, &["-naccept", "1"]);
        let out = our_client(port, &["--ca", &fix(ca), "--servername", host], "x\n");
        assert!(!out.ok);
        assert!(out.stderr.contains(words), "{}", out.stderr);
        let _ = finish_quiet(server);
        let log = log.recv_timeout(TIMEOUT).unwrap_or_default();
        assert!(log.contains(alert), "{cert} {ca} {host}: {log}");
    }
    // A time before Not Before.
    let (server, port, _) = s_server("server.pem", &["-naccept", "1"]);
    let out = our_client(
        port,
        &[
            "--ca",
            &fix("ca.pem"),
            "--servername",
            "localhost",
            "--now",
            "1600000000",
        ],
        "x\n",
    );
    assert!(!out.ok);
    assert!(out.stderr.contains("not yet valid"), "{}", out.stderr);
    let _ = finish_quiet(server);
}

#[test]
fn openssl_rejects_our_server_with_the_right_alert() {
    let cases = [
        (
            "expired.pem",
            "ca.pem",
            "localhost",
            "certificate has expired",
            "certificate_expired",
        ),
        (
            "server.pem",
            "ca.pem",
            "wrong.example",
            "hostname mismatch",
            "received fatal alert",
        ),
        (
            "server.pem",
            "other_ca.pem",
            "localhost",
            "unable to get local issuer certificate",
            "unknown_ca",
        ),
    ];
    for (cert, ca, host, words, alert) in cases {
        let (server, port, log) = our_server(cert, &[]);
        let client = s_client(port, ca, host, &[]);
        let done = finish(client);
        assert!(!done.ok);
        assert!(
            done.stdout.contains(words) || done.stderr.contains(words),
            "{}{}",
            done.stdout,
            done.stderr
        );
        assert!(!finish_quiet(server));
        let log = rest(log);
        assert!(log.contains(alert), "{cert} {ca} {host}: {log}");
    }
}

/// A man in the middle that flips the last byte of the first application_data record
/// going in one direction, forwarding everything else unchanged.
fn flipping_proxy(upstream: u16, flip_client_to_server: bool) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    thread::spawn(move || {
        let (down, _) = listener.accept().unwrap();
        let up = TcpStream::connect(("127.0.0.1", upstream)).unwrap();
        let pipe = |mut from: TcpStream, mut to: TcpStream, flip: bool| {
            thread::spawn(move || {
                let mut buf = Vec::new();
                let mut flipped = false;
                let mut chunk = [0u8; 16384];
                loop {
                    let n = match from.read(&mut chunk) {
                        Ok(0) | Err(_) => break,
                        Ok(n) => n,
                    };
                    buf.extend_from_slice(&chunk[..n]);
                    // Forward whole records only, so the one to flip can be found.
                    while buf.len() >= 5 {
                        let len = 5 + usize::from(u16::from_be_bytes([buf[3], buf[4]]));
                        if buf.len() < len {
                            break;
                        }
                        let mut rec: Vec<u8> = buf.drain(..len).collect();
                        if flip && !flipped && rec[0] == 23 {
                            *rec.last_mut().unwrap() ^= 1;
                            flipped = true;
                        }
                        if to.write_all(&rec).is_err() {
                            return;
                        }
                    }
                }
                let _ = to.shutdown(std::net::Shutdown::Write);
            })
        };
        let a = pipe(
            down.try_clone().unwrap(),
            up.try_clone().unwrap(),
            flip_client_to_server,
        );
        let b = pipe(up, down, !flip_client_to_server);
        let _ = a.join();
        let _ = b.join();
    });
    port
}

#[test]
fn a_flipped_record_byte_is_bad_record_mac_on_both_ends() {
    // Our client -> Mallory -> openssl s_server: OpenSSL finds the bad MAC, we get its alert.
    let (server, port, log) = s_server(
        "server.pem",
        &["-naccept", "1", "-cipher", "AES128-GCM-SHA256"],
    );
    let proxy = flipping_proxy(port, true);
    let out = our_client(
        proxy,
        &["--ca", &fix("ca.pem"), "--servername", "localhost"],
        "hello\n",
    );
    assert!(!out.ok);
    assert!(out.stderr.contains("bad_record_mac"), "{}", out.stderr);
    let _ = finish_quiet(server);
    let log = log.recv_timeout(TIMEOUT).unwrap_or_default();
    assert!(log.contains("bad record mac"), "{log}");
    // openssl s_server -> Mallory -> our client: we find the bad MAC and send the alert.
    let (server, port, log) = s_server(
        "server.pem",
        &["-naccept", "1", "-cipher", "AES128-SHA256", "-msg"],
    );
    let proxy = flipping_proxy(port, false);
    // Keep our client's stdin open so the session is still up when the reply arrives.
    let mut child = Command::new(WIRELAB)
        .args([
            "tls",
            "client",
            "--connect",
            &format!("127.0.0.1:{proxy}"),
            "--ca",
            &fix("ca.pem"),
            "--servername",
            "localhost",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"hello\n").unwrap();
    let out = finish(child);
    drop(stdin);
    assert!(!out.ok);
    assert!(out.stderr.contains("bad_record_mac"), "{}", out.stderr);
    let _ = finish_quiet(server);
    let log = log.recv_timeout(TIMEOUT).unwrap_or_default();
    // s_server -msg shows the alert it received: `<<< TLS 1.2, Alert [length 0002], fatal bad_record_mac`.
    assert!(
        log.contains("<<< TLS 1.2, Alert") && log.contains("fatal bad_record_mac"),
        "{log}"
    );
}

#[test]
fn tshark_decrypts_the_capture() {
    let dir = std::env::temp_dir().join(format!("wirelab-capture-{}", std::process::id()));
    let done = finish(
        Command::new(WIRELAB)
            .args(["tls", "capture", "--out", dir.to_str().unwrap()])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap(),
    );
    assert!(done.ok, "{}", done.stderr);
    let keylog = std::fs::read_to_string(dir.join("keylog.txt")).unwrap();
    assert!(
        keylog.starts_with("CLIENT_RANDOM ")
            && keylog.len() == "CLIENT_RANDOM ".len() + 64 + 1 + 96 + 1,
        "{keylog}"
    );
    let pcap = dir.join("handshake.pcap");
    let keylog_opt = format!("tls.keylog_file:{}", dir.join("keylog.txt").display());
    let follow = finish(
        Command::new("tshark")
            .args([
                "-r",
                pcap.to_str().unwrap(),
                "-o",
                &keylog_opt,
                "-q",
                "-z",
                "follow,tls,ascii,0",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("tshark is needed: apt-get install -y tshark"),
    );
    assert!(
        follow.stdout.contains("hello from the wirelab client"),
        "{}",
        follow.stdout
    );
    assert!(
        follow.stdout.contains("hello from the wirelab server"),
        "{}",
        follow.stdout
    );
    // Checksums are right: tshark marks each good (status 1).
    let sums = finish(
        Command::new("tshark")
            .args([
                "-r",
                pcap.to_str().unwrap(),
                "-o",
                "tcp.check_checksum:TRUE",
                "-o",
                "ip.check_checksum:TRUE",
                "-T",
                "fields",
                "-e",
                "tcp.checksum.status",
                "-e",
                "ip.checksum.status",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap(),
    );
    assert!(sums.stdout.lines().count() > 6);
    assert!(sums.stdout.lines().all(|l| l == "1\t1"), "{}", sums.stdout);
    let _ = std::fs::remove_dir_all(&dir);
}
