//! `wirelab tls client|server|capture`: the sans-IO engine wired to TCP sockets and
//! files. All network I/O of the TLS lab lives here, never in the engine.

use std::io::{BufRead, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::ExitCode;
use std::sync::mpsc;
use std::sync::Arc;
use std::time::Duration;

use wirelab::tls::client::{self, ClientConfig, ClientConnection};
use wirelab::tls::conn::{Event, Session};
use wirelab::tls::connection::{Connection, HandshakeState};
use wirelab::tls::enums::CipherSuite;
use wirelab::tls::pair::keylog_line;
use wirelab::tls::pem::{certs_from_pem, private_key_from_pem};
use wirelab::tls::server::{self, ServerConfig};
use wirelab::tls::verify::X509Verifier;

/// The OS's randomness (`/dev/urandom`), as the engine's `CryptoRng`.
pub(crate) struct OsRng(std::fs::File);

impl rand_core::TryRng for OsRng {
    type Error = core::convert::Infallible;
    fn try_next_u32(&mut self) -> Result<u32, Self::Error> {
        let mut b = [0u8; 4];
        self.try_fill_bytes(&mut b)?;
        Ok(u32::from_le_bytes(b))
    }
    fn try_next_u64(&mut self) -> Result<u64, Self::Error> {
        let mut b = [0u8; 8];
        self.try_fill_bytes(&mut b)?;
        Ok(u64::from_le_bytes(b))
    }
    fn try_fill_bytes(&mut self, dst: &mut [u8]) -> Result<(), Self::Error> {
        // /dev/urandom does not fail once open; a failure here must not yield zeros silently.
        if self.0.read_exact(dst).is_err() {
            eprintln!("wirelab: cannot read /dev/urandom");
            std::process::exit(3);
        }
        Ok(())
    }
}
impl rand_core::TryCryptoRng for OsRng {}

pub(crate) fn os_rng() -> Result<OsRng, String> {
    std::fs::File::open("/dev/urandom")
        .map(OsRng)
        .map_err(|e| format!("/dev/urandom: {e}"))
}

pub(crate) fn system_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// `--name value` options.
pub(crate) struct Opts(Vec<(String, Option<String>)>);

impl Opts {
    fn parse(args: &[String], flags: &[&str]) -> Result<Opts, String> {
        let mut out = Vec::new();
        let mut it = args.iter();
        while let Some(a) = it.next() {
            if !a.starts_with("--") {
                return Err(format!("unexpected argument {a:?}"));
            }
            if flags.contains(&a.as_str()) {
                out.push((a.clone(), None));
            } else {
                let v = it.next().ok_or(format!("{a} needs a value"))?;
                out.push((a.clone(), Some(v.clone())));
            }
        }
        Ok(Opts(out))
    }
    pub(crate) fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .and_then(|(_, v)| v.as_deref())
    }
    pub(crate) fn need(&self, name: &str) -> Result<&str, String> {
        self.get(name).ok_or(format!("missing {name}"))
    }
    fn has(&self, name: &str) -> bool {
        self.0.iter().any(|(k, _)| k == name)
    }
}

fn read_file(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))
}

pub(crate) fn suites(opts: &Opts) -> Result<Vec<CipherSuite>, String> {
    match opts.get("--suite") {
        Some(name) => Ok(vec![
            CipherSuite::from_name(name).ok_or(format!("unknown suite {name}"))?
        ]),
        None => Ok(vec![
            CipherSuite::TlsEcdheRsaWithAes128GcmSha256,
            CipherSuite::TlsRsaWithAes128GcmSha256,
            CipherSuite::TlsRsaWithAes128CbcSha256,
        ]),
    }
}

/// Runs `wirelab tls client|server|capture ARGS`.
pub fn run(args: &[String]) -> Result<ExitCode, String> {
    match args.first().map(String::as_str) {
        Some("client") => client_cmd(&Opts::parse(&args[1..], &["--reconnect"])?),
        Some("server") => server_cmd(&Opts::parse(&args[1..], &[])?),
        Some("capture") => crate::tls_capture_cmd::run(&Opts::parse(&args[1..], &[])?),
        _ => Err("usage: wirelab tls <client|server|capture> ... (see DESIGN.md)".into()),
    }
}

/// Writes pending output; a write failure ends the session.
fn flush<S: HandshakeState>(conn: &mut Connection<S>, sock: &mut TcpStream) -> Result<(), String> {
    let out = conn.write_tls();
    if !out.is_empty() {
        sock.write_all(&out).map_err(|e| format!("write: {e}"))?;
    }
    Ok(())
}

/// Reads once from the socket into the connection. `Ok(false)` on TCP EOF.
fn pump<S: HandshakeState>(
    conn: &mut Connection<S>,
    sock: &mut TcpStream,
    rng: &mut OsRng,
    now: u64,
) -> Result<bool, String> {
    let mut buf = [0u8; 16384];
    match sock.read(&mut buf) {
        Ok(0) => Ok(false),
        Ok(n) => {
            conn.read_tls(&buf[..n]);
            let result = conn.process(rng, now);
            flush(conn, sock)?;
            result.map_err(|e| e.to_string())?;
            Ok(true)
        }
        Err(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
            ) =>
        {
            Ok(true)
        }
        Err(e) => Err(format!("read: {e}")),
    }
}

fn handshake<S: HandshakeState>(
    conn: &mut Connection<S>,
    sock: &mut TcpStream,
    rng: &mut OsRng,
    now: u64,
) -> Result<(), String> {
    flush(conn, sock)?;
    while conn.is_handshaking() {
        if !pump(conn, sock, rng, now)? {
            return Err("connection closed during the handshake".into());
        }
    }
    Ok(())
}

fn print_app_data(events: Vec<Event>) -> Result<(), String> {
    let mut out = std::io::stdout();
    for e in events {
        if let Event::ApplicationData(d) = e {
            out.write_all(&d).map_err(|e| e.to_string())?;
        }
    }
    out.flush().map_err(|e| e.to_string())
}

fn connect_once(
    opts: &Opts,
    resume: Option<Session>,
    lines: Option<&mpsc::Receiver<Option<String>>>,
) -> Result<(ClientConnection, bool), String> {
    let addr = opts.need("--connect")?;
    let ca = certs_from_pem(&read_file(opts.need("--ca")?)?)?;
    let host = addr.rsplit_once(':').map(|(h, _)| h).unwrap_or(addr);
    let server_name = opts.get("--servername").unwrap_or(host).to_string();
    let now = match opts.get("--now") {
        Some(t) => t.parse().map_err(|_| format!("bad --now {t}"))?,
        None => system_now(),
    };
    let config = ClientConfig {
        server_name,
        suites: suites(opts)?,
        verifier: Arc::new(X509Verifier { roots: ca }),
        resume,
    };
    let mut rng = os_rng()?;
    let mut sock = TcpStream::connect(addr).map_err(|e| format!("connect {addr}: {e}"))?;
    sock.set_read_timeout(Some(Duration::from_secs(30)))
        .map_err(|e| e.to_string())?;
    let mut conn = client::connect(config, &mut rng);
    handshake(&mut conn, &mut sock, &mut rng, now)?;
    let events = conn.take_events();
    let resumed = events
        .iter()
        .any(|e| matches!(e, Event::HandshakeComplete { resumed: true, .. }));
    if let (Some(path), Some((r, m))) = (opts.get("--keylog"), conn.common.keylog) {
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .map_err(|e| format!("{path}: {e}"))?;
        f.write_all(keylog_line(&r, &m).as_bytes())
            .map_err(|e| e.to_string())?;
    }
    print_app_data(events)?;
    sock.set_read_timeout(Some(Duration::from_millis(20)))
        .map_err(|e| e.to_string())?;
    let mut stdin_open = lines.is_some();
    if lines.is_none() {
        conn.send_close_notify();
        flush(&mut conn, &mut sock)?;
    }
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    loop {
        if let (true, Some(rx)) = (stdin_open, lines) {
            while let Ok(line) = rx.try_recv() {
                match line {
                    Some(l) => conn
                        .send_application_data(l.as_bytes())
                        .map_err(|e| e.to_string())?,
                    None => {
                        stdin_open = false;
                        conn.send_close_notify();
                    }
                }
            }
            flush(&mut conn, &mut sock)?;
        }
        let open = pump(&mut conn, &mut sock, &mut rng, now)?;
        print_app_data(conn.take_events())?;
        if conn.peer_closed() {
            conn.send_close_notify();
            let _ = flush(&mut conn, &mut sock);
            return Ok((conn, resumed));
        }
        if !open {
            if conn.common.sent_close {
                return Ok((conn, resumed));
            }
            return Err("connection closed without close_notify".into());
        }
        if !stdin_open && std::time::Instant::now() > deadline {
            return Err("timed out waiting for the server to close".into());
        }
    }
}

fn client_cmd(opts: &Opts) -> Result<ExitCode, String> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::stdin().lock().lines() {
            match line {
                Ok(l) => {
                    if tx.send(Some(format!("{l}\n"))).is_err() {
                        return;
                    }
                }
                Err(_) => break,
            }
        }
        let _ = tx.send(None);
    });
    let result = connect_once(opts, None, Some(&rx)).and_then(|(conn, _)| {
        if opts.has("--reconnect") {
            let (_, resumed) = connect_once(opts, conn.session().cloned(), None)?;
            eprintln!("resumed: {}", if resumed { "yes" } else { "no" });
        }
        Ok(())
    });
    match result {
        Ok(()) => Ok(ExitCode::SUCCESS),
        Err(e) => {
            eprintln!("wirelab tls client: {e}");
            Ok(ExitCode::from(1))
        }
    }
}

/// `openssl s_server -rev` behaviour: each line comes back reversed, without its line end.
fn reverse_lines(pending: &mut Vec<u8>) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(i) = pending.iter().position(|b| *b == b'\n') {
        let line: Vec<u8> = pending.drain(..=i).collect();
        let body = line.strip_suffix(b"\n").unwrap_or(&line);
        let body = body.strip_suffix(b"\r").unwrap_or(body);
        out.extend(body.iter().rev());
        out.push(b'\n');
    }
    out
}

fn serve_one(
    config: ServerConfig,
    mut sock: TcpStream,
    rng: &mut OsRng,
) -> Result<Option<Session>, String> {
    sock.set_read_timeout(Some(Duration::from_secs(30)))
        .map_err(|e| e.to_string())?;
    let now = system_now();
    let mut conn = server::accept(config);
    handshake(&mut conn, &mut sock, rng, now)?;
    let session = conn.session().cloned();
    let mut pending = Vec::new();
    loop {
        for e in conn.take_events() {
            if let Event::ApplicationData(d) = e {
                pending.extend(d);
            }
        }
        let reply = reverse_lines(&mut pending);
        if !reply.is_empty() {
            conn.send_application_data(&reply)
                .map_err(|e| e.to_string())?;
            flush(&mut conn, &mut sock)?;
        }
        if conn.peer_closed() {
            conn.send_close_notify();
            let _ = flush(&mut conn, &mut sock);
            return Ok(session);
        }
        if !pump(&mut conn, &mut sock, rng, now)? {
            return Ok(session);
        }
    }
}

fn server_cmd(opts: &Opts) -> Result<ExitCode, String> {
    let addr = opts.need("--listen")?;
    let max: usize = opts
        .get("--max-connections")
        .unwrap_or("1")
        .parse()
        .map_err(|_| "bad --max-connections")?;
    let mut config = ServerConfig {
        cert_chain: certs_from_pem(&read_file(opts.need("--cert")?)?)?,
        key: private_key_from_pem(&read_file(opts.need("--key")?)?)?,
        suites: suites(opts)?,
        cache: Vec::new(),
    };
    let listener = TcpListener::bind(addr).map_err(|e| format!("listen {addr}: {e}"))?;
    let local = listener.local_addr().map_err(|e| e.to_string())?;
    eprintln!("listening on {local}");
    let mut rng = os_rng()?;
    let mut failed = false;
    for _ in 0..max {
        let (sock, _) = listener.accept().map_err(|e| e.to_string())?;
        match serve_one(config.clone(), sock, &mut rng) {
            Ok(Some(session)) => {
                config.cache.retain(|s| s.id != session.id);
                config.cache.push(session);
            }
            Ok(None) => {}
            Err(e) => {
                eprintln!("wirelab tls server: {e}");
                failed = true;
            }
        }
    }
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
