//! The packet timeline of a run: what went on the wire (and the silences), in simulated
//! microseconds, as data for the page's diagram.

/// An address and port: `('127.0.0.1', 50000)`.
pub type Endpoint = (String, u16);

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Flags {
    Syn,
    SynAck,
    Ack,
    Rst,
    Fin,
    /// A data segment of that many bytes.
    Data(usize),
}

/// What a blocking call waited for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum WaitOn {
    Connect,
    Accept,
    Recv,
    Sleep,
    /// ARP asking for a host that never answers.
    Arp,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum EventKind {
    Packet {
        from: Endpoint,
        to: Endpoint,
        flags: Flags,
    },
    /// Nothing arrived between `at_us` and `until_us`; `timed_out` when the wait ended
    /// by the timeout rather than by a packet.
    Silence {
        until_us: u64,
        on: WaitOn,
        timed_out: bool,
    },
    /// A name lookup and its answer (None: not found).
    Dns {
        name: String,
        answer: Option<String>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Event {
    pub at_us: u64,
    pub line: usize,
    pub kind: EventKind,
}
