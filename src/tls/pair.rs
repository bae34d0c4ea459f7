//! The in-memory pair: a client and a server run against each other one flight at a
//! time, with a tamper hook on the bytes in flight (the Mallory view).

use rand_core::CryptoRng;

use super::client::{self, ClientConfig, ClientConnection};
use super::conn::Event;
use super::error::Error;
use super::server::{self, ServerConfig, ServerConnection};

/// One flight: the bytes one side sent and what both sides reported while it passed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Flight {
    /// Sent by the client.
    pub from_client: bool,
    /// The bytes as sent (before tampering).
    pub sent: Vec<u8>,
    /// The bytes as delivered (after tampering).
    pub delivered: Vec<u8>,
    /// The sender's events (what it sent, the secrets it derived).
    pub sender_events: Vec<Event>,
    /// The receiver's events (what it read, derived, or failed with).
    pub receiver_events: Vec<Event>,
}

/// Changes bytes in flight: `(from_client, flight_index, bytes)`.
pub type Tamper<'a> = &'a mut dyn FnMut(bool, usize, &mut Vec<u8>);

/// A client and a server wired together in memory.
#[derive(Debug)]
pub struct Pair {
    /// The client.
    pub client: ClientConnection,
    /// The server.
    pub server: ServerConnection,
    /// Unix seconds both sides see.
    pub now: u64,
    /// Flights so far.
    pub flights: Vec<Flight>,
}

impl Pair {
    /// Starts a pair: the client queues its ClientHello.
    pub fn new<R: CryptoRng>(
        client_config: ClientConfig,
        server_config: ServerConfig,
        rng: &mut R,
        now: u64,
    ) -> Pair {
        Pair {
            client: client::connect(client_config, rng),
            server: server::accept(server_config),
            now,
            flights: Vec::new(),
        }
    }

    /// Delivers the next pending flight (client's first), or returns `None` when
    /// neither side has anything to send.
    pub fn step<R: CryptoRng>(&mut self, rng: &mut R, tamper: Tamper<'_>) -> Option<Flight> {
        let index = self.flights.len();
        let from_client = !self.client.common.out.is_empty();
        let (sent, sender_events) = if from_client {
            (self.client.write_tls(), self.client.take_events())
        } else if !self.server.common.out.is_empty() {
            (self.server.write_tls(), self.server.take_events())
        } else {
            return None;
        };
        let mut delivered = sent.clone();
        tamper(from_client, index, &mut delivered);
        let receiver_events = if from_client {
            self.server.read_tls(&delivered);
            let _ = self.server.process(rng, self.now);
            if self.server.peer_closed() {
                self.server.send_close_notify();
            }
            self.server.take_events()
        } else {
            self.client.read_tls(&delivered);
            let _ = self.client.process(rng, self.now);
            if self.client.peer_closed() {
                self.client.send_close_notify();
            }
            self.client.take_events()
        };
        let flight = Flight {
            from_client,
            sent,
            delivered,
            sender_events,
            receiver_events,
        };
        self.flights.push(flight.clone());
        Some(flight)
    }

    /// Runs flights until both sides are quiet; returns the first error either side hit.
    pub fn run<R: CryptoRng>(&mut self, rng: &mut R, tamper: Tamper<'_>) -> Result<(), Error> {
        // A handshake is a handful of flights; the bound keeps a bug from looping forever.
        for _ in 0..32 {
            if self.step(rng, tamper).is_none() {
                break;
            }
        }
        match (self.client.error(), self.server.error()) {
            (Some(e), _) | (None, Some(e)) => Err(e.clone()),
            _ => Ok(()),
        }
    }

    /// The NSS key log line for this session (`CLIENT_RANDOM <random> <master>`).
    pub fn keylog(&self) -> Option<String> {
        self.client.common.keylog.map(|(r, m)| keylog_line(&r, &m))
    }
}

/// One NSS key log line (the format Wireshark reads): `CLIENT_RANDOM <hex> <hex>`.
pub fn keylog_line(client_random: &[u8; 32], master: &[u8; 48]) -> String {
    format!(
        "CLIENT_RANDOM {} {}\n",
        crate::hex::encode(client_random),
        crate::hex::encode(master)
    )
}
