//! Data on connected sockets: `send`, `recv`, `shutdown`, `close`, with Linux's answers
//! (EPIPE after an RST, `b''` after a FIN, an RST when closing with unread data).

use super::{os, Fail, Kernel, Peer, K};
use crate::sockets::exc::PyException;
use crate::sockets::net::Server;
use crate::sockets::timeline::{Endpoint, Flags, WaitOn};

impl Kernel {
    fn ends(&self, id: usize) -> (Endpoint, Endpoint) {
        let here = self.socks[id].local.clone().unwrap_or_default();
        let there = match &self.socks[id].peer {
            Some(Peer::Local(p)) => self.socks[*p].local.clone().unwrap_or_default(),
            Some(Peer::Remote { addr, .. }) => addr.clone(),
            None => Endpoint::default(),
        };
        (here, there)
    }

    pub fn send(&mut self, id: usize, data: &[u8]) -> K<usize> {
        let me = self.open(id)?;
        let Some(peer) = me.peer.clone() else {
            return Err(os(32));
        };
        if me.broken || me.wr_shut {
            return Err(os(32));
        }
        let (here, there) = self.ends(id);
        self.packet(&here, &there, Flags::Data(data.len()));
        let now = self.now_us;
        match peer {
            Peer::Local(p) => {
                if self.socks[id].peer_closed && self.socks[p].closed {
                    self.packet(&there, &here, Flags::Rst);
                    self.socks[id].broken = true;
                } else {
                    self.socks[p].rx.push_back((now, data.to_vec()));
                }
            }
            Peer::Remote {
                server, latency_us, ..
            } => match server {
                Server::Echo => self.socks[id].rx.push_back((
                    now.saturating_add(latency_us.saturating_mul(2)),
                    data.to_vec(),
                )),
                Server::Silent => {}
                Server::Close | Server::Reset => {
                    self.packet(&there, &here, Flags::Rst);
                    self.socks[id].broken = true;
                }
            },
        }
        Ok(data.len())
    }

    pub fn recv(&mut self, id: usize, n: usize) -> K<Vec<u8>> {
        let me = self.open(id)?;
        if me.rd_shut && me.rx.is_empty() {
            return Ok(Vec::new());
        }
        if me.peer.is_none() {
            return Err(os(107));
        }
        if me.reset_pending {
            let (here, there) = self.ends(id);
            self.packet(&there, &here, Flags::Rst);
            let s = &mut self.socks[id];
            s.reset_pending = false;
            s.broken = true;
            s.rx.clear();
            return Err(os(104));
        }
        let first = me.rx.front().map(|c| c.0);
        let ready = match (first, me.eof_at) {
            (Some(a), _) => Some(a),
            (None, e) => e,
        };
        let ready = if me.broken && ready.is_none() {
            Some(self.now_us)
        } else {
            ready
        };
        self.wait(id, ready, WaitOn::Recv)?;
        // A remote peer's segments show on the timeline when they arrive.
        if let Some(Peer::Remote { .. }) = self.socks[id].peer {
            let (here, there) = self.ends(id);
            let flags = match self.socks[id].rx.front() {
                Some((_, c)) => Flags::Data(c.len()),
                None => Flags::Fin,
            };
            let seen = self.socks[id].eof_seen;
            if !(flags == Flags::Fin && seen) {
                self.packet(&there, &here, flags);
            }
            if self.socks[id].rx.is_empty() {
                self.socks[id].eof_seen = true;
            }
        }
        let s = &mut self.socks[id];
        let Some((at, mut chunk)) = s.rx.pop_front() else {
            return Ok(Vec::new());
        };
        if chunk.len() > n {
            let rest = chunk.split_off(n);
            s.rx.push_front((at, rest));
        }
        // Coalesce what has already arrived, as a stream does.
        while chunk.len() < n {
            match s.rx.front_mut() {
                Some((a, more)) if *a <= at => {
                    let take = (n - chunk.len()).min(more.len());
                    chunk.extend(more.drain(..take));
                    if more.is_empty() {
                        s.rx.pop_front();
                    }
                }
                _ => break,
            }
        }
        Ok(chunk)
    }

    /// `shutdown(how)`: 0 reads, 1 writes (FIN), 2 both.
    pub fn shutdown(&mut self, id: usize, how: i64) -> K<()> {
        self.open(id)?;
        if !(0..=2).contains(&how) {
            return Err(os(22));
        }
        if how != 1 {
            self.socks[id].rd_shut = true;
        }
        if self.socks[id].peer.is_none() {
            return Err(os(107));
        }
        if how >= 1 && !self.socks[id].wr_shut {
            self.fin(id);
            self.socks[id].wr_shut = true;
        }
        Ok(())
    }

    fn fin(&mut self, id: usize) {
        let (here, there) = self.ends(id);
        self.packet(&here, &there, Flags::Fin);
        if let Some(Peer::Local(p)) = self.socks[id].peer {
            let now = self.now_us;
            self.socks[p].eof_at = Some(now);
            self.socks[p].peer_closed = true;
        }
    }

    pub fn close(&mut self, id: usize) {
        let Some(me) = self.socks.get(id) else { return };
        if me.closed {
            return;
        }
        if let Some(Peer::Local(p)) = me.peer {
            if !me.rx.is_empty() {
                // Linux resets a connection closed with unread data (RFC 2525, 2.17).
                let (here, there) = self.ends(id);
                self.packet(&here, &there, Flags::Rst);
                self.socks[p].reset_pending = true;
                self.socks[p].peer_closed = true;
            } else if !me.wr_shut && !self.socks[p].closed {
                self.fin(id);
            } else {
                self.socks[p].peer_closed = true;
            }
        } else if me.peer.is_some() && !me.wr_shut && !me.broken {
            self.fin(id);
        }
        if let Some(queue) = self.socks[id].listening.take() {
            for c in queue {
                self.close(c);
            }
        }
        let s = &mut self.socks[id];
        s.closed = true;
        s.rx.clear();
    }

    /// For `fd` in a socket's repr: -1 once closed.
    pub fn is_closed(&self, id: usize) -> bool {
        self.socks.get(id).is_none_or(|s| s.closed)
    }
}

impl From<PyException> for Fail {
    fn from(e: PyException) -> Self {
        Fail::Exc(e)
    }
}
