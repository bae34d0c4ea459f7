//! The simulated network a program runs on: hosts, their DNS names, their links and the
//! servers on their ports (`--net NET.json` has this shape). Loopback is always there.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Network {
    pub hosts: Vec<Host>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Host {
    /// DNS names that resolve to `addr` (the learner's DNS table).
    pub names: Vec<String>,
    /// Dotted IPv4 address.
    pub addr: String,
    #[serde(default)]
    pub link: Link,
    /// One-way delay of the link, milliseconds.
    #[serde(default)]
    pub latency_ms: u64,
    /// Ports with a listening server; every other port answers SYN with RST.
    #[serde(default)]
    pub ports: Vec<Port>,
}

/// How the link to a host behaves.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Link {
    #[default]
    Up,
    /// Packets vanish (a firewall that drops): connect waits until its timeout.
    Silent,
    /// The host is unreachable: `[Errno 113] No route to host` after ARP gives up.
    Down,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Port {
    pub port: u16,
    pub server: Server,
}

/// What a server does with an accepted connection.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Server {
    /// Sends back what it receives.
    Echo,
    /// Accepts and never sends anything.
    Silent,
    /// Accepts and closes at once (FIN).
    Close,
    /// Accepts and resets the connection (RST).
    Reset,
}

impl Network {
    /// The lab's default network (README.md, "The Sockets lab's network").
    pub fn default_lab() -> Network {
        let host = |name: &str, addr: &str, link, latency_ms, ports: Vec<Port>| Host {
            names: vec![name.to_string()],
            addr: addr.to_string(),
            link,
            latency_ms,
            ports,
        };
        let port = |port, server| Port { port, server };
        Network {
            hosts: vec![
                host(
                    "server.lab",
                    "10.0.0.2",
                    Link::Up,
                    1,
                    vec![
                        port(7, Server::Echo),
                        port(9, Server::Silent),
                        port(13, Server::Close),
                        port(79, Server::Reset),
                    ],
                ),
                host(
                    "slow.lab",
                    "10.0.0.3",
                    Link::Up,
                    800,
                    vec![port(7, Server::Echo)],
                ),
                host(
                    "silent.lab",
                    "10.0.0.4",
                    Link::Silent,
                    0,
                    vec![port(7, Server::Echo)],
                ),
                host("down.lab", "10.0.0.5", Link::Down, 0, Vec::new()),
            ],
        }
    }

    /// `gethostbyname`: loopback names, dotted addresses, then the DNS table.
    pub fn resolve(&self, name: &str) -> Option<String> {
        if name == "localhost" || name.is_empty() {
            return Some("127.0.0.1".to_string());
        }
        if parse_ipv4(name).is_some() {
            return Some(name.to_string());
        }
        self.hosts
            .iter()
            .find(|h| h.names.iter().any(|n| n.eq_ignore_ascii_case(name)))
            .map(|h| h.addr.clone())
    }

    pub fn host(&self, addr: &str) -> Option<&Host> {
        self.hosts.iter().find(|h| h.addr == addr)
    }
}

/// `a.b.c.d` as four bytes (what inet_aton accepts in the common dotted form).
pub fn parse_ipv4(s: &str) -> Option<[u8; 4]> {
    let parts: Vec<&str> = s.split('.').collect();
    if parts.len() != 4 {
        return None;
    }
    let mut out = [0u8; 4];
    for (o, p) in out.iter_mut().zip(parts) {
        if p.is_empty() || p.len() > 3 || !p.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        *o = p.parse().ok()?;
    }
    Some(out)
}

/// Is this address one of the local host's (loopback 127/8, or the wildcard)?
pub fn is_local(addr: &str) -> bool {
    matches!(parse_ipv4(addr), Some([127, ..]) | Some([0, 0, 0, 0]))
}
