//! The page's inputs that last (the program, the DNS table), and the DNS table as the
//! learner edits it: a hosts file (`/etc/hosts`: an address, then its names), turned
//! into the `Network` that travels with the job.

use super::Example;
use crate::sockets::net::{parse_ipv4, Host, Link};
use crate::sockets::Network;

/// Every input of the Sockets page, kept in the URL and the browser.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct SocketsInputs {
    /// The program.
    pub program: String,
    /// The DNS table as a hosts file.
    pub hosts: String,
}

impl Default for SocketsInputs {
    fn default() -> Self {
        SocketsInputs {
            program: Example::Refused.program().to_owned(),
            hosts: hosts_text(&Network::default_lab()),
        }
    }
}

impl SocketsInputs {
    /// Where the page keeps them in the browser.
    pub const STORE_KEY: &'static str = "wirelab.sockets";
}

/// A line of the DNS table the lab cannot read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostsError {
    /// 1-based.
    pub line: usize,
    pub problem: HostsProblem,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HostsProblem {
    /// The first word is not a dotted IPv4 address (as written).
    NotAnAddress(String),
    /// An address with no name after it.
    NoName,
}

/// The DNS table of `net` as a hosts file: one line per host.
pub fn hosts_text(net: &Network) -> String {
    net.hosts
        .iter()
        .map(|h| format!("{} {}\n", h.addr, h.names.join(" ")))
        .collect()
}

/// The default network with its DNS table replaced by `text`. A name given an address
/// the network has no host at resolves, and connecting there finds nobody (`[Errno
/// 113] No route to host`), as on a real network; `127.x` addresses are this host.
pub fn network_from_hosts(text: &str) -> Result<Network, HostsError> {
    let mut net = Network::default_lab();
    for h in &mut net.hosts {
        h.names.clear();
    }
    for (n, raw) in text.lines().enumerate() {
        let line = raw.split('#').next().unwrap_or("");
        let mut words = line.split_whitespace();
        let Some(addr) = words.next() else { continue };
        let err = |problem| HostsError {
            line: n + 1,
            problem,
        };
        if parse_ipv4(addr).is_none() {
            return Err(err(HostsProblem::NotAnAddress(addr.to_owned())));
        }
        let names: Vec<String> = words.map(str::to_owned).collect();
        if names.is_empty() {
            return Err(err(HostsProblem::NoName));
        }
        match net.hosts.iter_mut().find(|h| h.addr == addr) {
            Some(h) => h.names.extend(names),
            None => net.hosts.push(Host {
                names,
                addr: addr.to_owned(),
                link: Link::Down,
                latency_ms: 0,
                ports: Vec::new(),
            }),
        }
    }
    Ok(net)
}
