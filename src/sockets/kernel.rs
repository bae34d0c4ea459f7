//! The simulated kernel: a socket table with Linux's answers (loopback as Linux does it,
//! remote hosts from `net::Network`), the clock, and the packet timeline.

use super::exc::{ExcClass, PyException};
use super::net::{is_local, Link, Network, Server};
use super::timeline::{Endpoint, Event, EventKind, Flags, WaitOn};
use std::collections::VecDeque;

/// Why a kernel call did not return: a Python exception, or a wait that never ends.
#[derive(Clone, Debug, PartialEq)]
pub enum Fail {
    Exc(PyException),
    Forever,
}

type K<T> = Result<T, Fail>;

fn os(errno: i64) -> Fail {
    Fail::Exc(PyException::os(errno))
}

/// Linux's default connect timeout when SYNs go unanswered (6 retries: 127 s).
const SYN_GIVE_UP_US: u64 = 127_000_000;
/// ARP gives up on an absent neighbour after about 3 s.
const ARP_GIVE_UP_US: u64 = 3_000_000;
/// Descriptors a process may hold open (`ulimit -n` 1024, less stdin/stdout/stderr).
const MAX_OPEN: usize = 1021;

#[derive(Clone, Debug, PartialEq)]
enum Peer {
    Local(usize),
    Remote {
        server: Server,
        latency_us: u64,
        addr: Endpoint,
    },
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sock {
    pub closed: bool,
    /// `settimeout`: None blocks, Some(0.0) never waits.
    pub timeout: Option<f64>,
    pub reuse: bool,
    pub local: Option<Endpoint>,
    listening: Option<VecDeque<usize>>,
    peer: Option<Peer>,
    /// Bytes on their way in, each with the time it arrives.
    rx: VecDeque<(u64, Vec<u8>)>,
    /// When the peer's FIN arrives.
    eof_at: Option<u64>,
    /// An RST arrived that recv has not reported yet.
    reset_pending: bool,
    /// An RST arrived: sends fail with EPIPE.
    broken: bool,
    /// The peer closed: the next send draws an RST.
    peer_closed: bool,
    wr_shut: bool,
    /// The remote peer's FIN is already on the timeline.
    eof_seen: bool,
    /// `shutdown` for reading (Linux records it even when it fails with ENOTCONN).
    rd_shut: bool,
}

pub struct Kernel {
    pub net: Network,
    pub socks: Vec<Sock>,
    pub now_us: u64,
    pub line: usize,
    pub timeline: Vec<Event>,
    next_port: u16,
}

impl Kernel {
    pub fn new(net: Network) -> Self {
        Kernel {
            net,
            socks: Vec::new(),
            now_us: 0,
            line: 0,
            timeline: Vec::new(),
            next_port: 40000,
        }
    }

    fn event(&mut self, kind: EventKind) {
        self.timeline.push(Event {
            at_us: self.now_us,
            line: self.line,
            kind,
        });
    }

    fn packet(&mut self, from: &Endpoint, to: &Endpoint, flags: Flags) {
        self.event(EventKind::Packet {
            from: from.clone(),
            to: to.clone(),
            flags,
        });
    }

    /// Waits up to the socket's timeout for `ready_at`; Err when the timeout (or forever) wins.
    fn wait(&mut self, id: usize, ready_at: Option<u64>, on: WaitOn) -> K<()> {
        let timeout = self.socks[id].timeout;
        let deadline = timeout.map(|t| self.now_us.saturating_add((t * 1e6).round() as u64));
        match (ready_at, deadline) {
            (Some(at), d) if d.is_none_or(|d| at <= d) => {
                if at > self.now_us {
                    self.event(EventKind::Silence {
                        until_us: at,
                        on,
                        timed_out: false,
                    });
                    self.now_us = at;
                }
                Ok(())
            }
            (_, Some(d)) => {
                if timeout == Some(0.0) {
                    return Err(os(11));
                }
                self.event(EventKind::Silence {
                    until_us: d,
                    on,
                    timed_out: true,
                });
                self.now_us = d;
                Err(Fail::Exc(PyException::msg(
                    ExcClass::TimeoutError,
                    "timed out",
                )))
            }
            (_, None) => Err(Fail::Forever),
        }
    }

    pub fn sleep(&mut self, secs: f64) {
        let until = self
            .now_us
            .saturating_add((secs.max(0.0) * 1e6).round() as u64);
        self.event(EventKind::Silence {
            until_us: until,
            on: WaitOn::Sleep,
            timed_out: false,
        });
        self.now_us = until;
    }

    /// `socket.socket()`: `[Errno 24] Too many open files` past Linux's default limit
    /// of 1024 descriptors (0-2 are stdin, stdout, stderr).
    pub fn socket(&mut self) -> K<usize> {
        if self.socks.iter().filter(|s| !s.closed).count() >= MAX_OPEN {
            return Err(os(24));
        }
        self.socks.push(Sock::default());
        Ok(self.socks.len() - 1)
    }

    fn open(&self, id: usize) -> K<&Sock> {
        match self.socks.get(id) {
            Some(s) if !s.closed => Ok(s),
            _ => Err(os(9)),
        }
    }

    pub fn set_timeout(&mut self, id: usize, t: Option<f64>) -> K<()> {
        self.open(id)?;
        self.socks[id].timeout = t;
        Ok(())
    }

    pub fn set_reuse(&mut self, id: usize, on: bool) -> K<()> {
        self.open(id)?;
        self.socks[id].reuse = on;
        Ok(())
    }

    fn ephemeral(&mut self) -> u16 {
        loop {
            let p = self.next_port;
            self.next_port = if p >= 60999 { 40000 } else { p + 1 };
            if !self
                .socks
                .iter()
                .any(|s| s.local.as_ref().is_some_and(|l| l.1 == p))
            {
                return p;
            }
        }
    }

    pub fn bind(&mut self, id: usize, addr: &str, port: u16) -> K<()> {
        let me = self.open(id)?;
        if me.local.is_some() {
            return Err(os(22));
        }
        if !is_local(addr) {
            return Err(os(99));
        }
        let reuse = me.reuse;
        let port = if port == 0 { self.ephemeral() } else { port };
        let clash = self.socks.iter().enumerate().any(|(k, s)| {
            k != id
                && !s.closed
                && s.local.as_ref().is_some_and(|l| {
                    l.1 == port && (l.0 == addr || l.0 == "0.0.0.0" || addr == "0.0.0.0")
                })
                && !(reuse && s.reuse && s.listening.is_none())
        });
        if clash {
            return Err(os(98));
        }
        self.socks[id].local = Some((addr.to_string(), port));
        Ok(())
    }

    pub fn listen(&mut self, id: usize) -> K<()> {
        let me = self.open(id)?;
        if me.peer.is_some() {
            return Err(os(22));
        }
        if me.local.is_none() {
            let p = self.ephemeral();
            self.socks[id].local = Some(("0.0.0.0".to_string(), p));
        }
        if self.socks[id].listening.is_none() {
            self.socks[id].listening = Some(VecDeque::new());
        }
        Ok(())
    }

    fn listener(&self, addr: &str, port: u16) -> Option<usize> {
        self.socks.iter().position(|s| {
            !s.closed
                && s.listening.is_some()
                && s.local
                    .as_ref()
                    .is_some_and(|l| l.1 == port && (l.0 == addr || l.0 == "0.0.0.0"))
        })
    }

    /// `connect((addr, port))` with `addr` already resolved to dotted form.
    pub fn connect(&mut self, id: usize, addr: &str, port: u16) -> K<()> {
        let me = self.open(id)?;
        if me.peer.is_some() {
            return Err(os(106));
        }
        if me.listening.is_some() {
            return Err(os(22));
        }
        let local_addr = if is_local(addr) {
            "127.0.0.1"
        } else {
            "10.0.0.1"
        };
        let here = match me.local.clone() {
            Some(l) => l,
            None => {
                let l = (local_addr.to_string(), self.ephemeral());
                self.socks[id].local = Some(l.clone());
                l
            }
        };
        let there = (addr.to_string(), port);
        self.packet(&here, &there, Flags::Syn);
        if is_local(addr) {
            let Some(l) = self.listener(addr, port) else {
                self.packet(&there, &here, Flags::Rst);
                return Err(os(111));
            };
            self.packet(&there, &here, Flags::SynAck);
            self.packet(&here, &there, Flags::Ack);
            let server_side = self.socket()?;
            let s = &mut self.socks[server_side];
            s.local = Some(there);
            s.peer = Some(Peer::Local(id));
            self.socks[id].peer = Some(Peer::Local(server_side));
            if let Some(q) = self.socks[l].listening.as_mut() {
                q.push_back(server_side);
            }
            return Ok(());
        }
        let host = self.net.host(addr).cloned();
        let latency_us = host
            .as_ref()
            .map_or(0, |h| h.latency_ms.saturating_mul(1000));
        match host.as_ref().map(|h| h.link) {
            Some(Link::Up) => {
                self.wait(
                    id,
                    Some(self.now_us.saturating_add(latency_us.saturating_mul(2))),
                    WaitOn::Connect,
                )?;
                let server = host
                    .as_ref()
                    .and_then(|h| h.ports.iter().find(|p| p.port == port).map(|p| p.server));
                let Some(server) = server else {
                    self.packet(&there, &here, Flags::Rst);
                    return Err(os(111));
                };
                self.packet(&there, &here, Flags::SynAck);
                self.packet(&here, &there, Flags::Ack);
                let at = self.now_us.saturating_add(latency_us);
                let s = &mut self.socks[id];
                s.peer = Some(Peer::Remote {
                    server,
                    latency_us,
                    addr: there.clone(),
                });
                match server {
                    Server::Close => s.eof_at = Some(at),
                    Server::Reset => s.reset_pending = true,
                    Server::Echo | Server::Silent => {}
                }
                Ok(())
            }
            Some(Link::Silent) => self
                .wait(
                    id,
                    Some(self.now_us.saturating_add(SYN_GIVE_UP_US)),
                    WaitOn::Connect,
                )
                .and(Err(os(110))),
            // No host at that address, or one that is down: ARP finds nobody.
            Some(Link::Down) | None => self
                .wait(
                    id,
                    Some(self.now_us.saturating_add(ARP_GIVE_UP_US)),
                    WaitOn::Arp,
                )
                .and(Err(os(113))),
        }
    }

    pub fn accept(&mut self, id: usize) -> K<(usize, Endpoint)> {
        let me = self.open(id)?;
        let Some(queue) = me.listening.as_ref() else {
            return Err(os(22));
        };
        if queue.is_empty() {
            self.wait(id, None, WaitOn::Accept)?;
        }
        let conn = self.socks[id]
            .listening
            .as_mut()
            .and_then(VecDeque::pop_front);
        let conn = conn.ok_or(Fail::Forever)?;
        let peer = match self.socks[conn].peer {
            Some(Peer::Local(c)) => self.socks[c].local.clone(),
            _ => None,
        };
        Ok((conn, peer.unwrap_or_default()))
    }
}

#[path = "kernel_io.rs"]
mod io;
