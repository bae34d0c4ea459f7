//! TLS 1.3 beside TLS 1.2: the message flow of one full connection in each version
//! (RFC 8446 section 2, RFC 5246 section 7.3), as static data laid out with the
//! handshake diagram's geometry (`diagram`), snapshot-tested. TLS 1.3 needs one
//! round trip before the client may send data, and everything after ServerHello,
//! the certificate included, is encrypted; RSA key transport is gone (ECDHE only).

use super::diagram::{Arrow, Diagram, Lane, Party, LEFT, RIGHT, STEP, TOP, WIDTH};
use super::hs_summary::Side;

/// One message of a flow: who sends it, its name, and whether it is encrypted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FlowStep {
    pub from: Side,
    pub label: &'static str,
    pub encrypted: bool,
}

const fn step(from: Side, label: &'static str, encrypted: bool) -> FlowStep {
    FlowStep {
        from,
        label,
        encrypted,
    }
}

use Side::{Client as C, Server as S};

/// TLS 1.2 with ECDHE: two round trips before the client's first application data.
pub const TLS12: [FlowStep; 11] = [
    step(C, "ClientHello", false),
    step(S, "ServerHello", false),
    step(S, "Certificate", false),
    step(S, "ServerKeyExchange", false),
    step(S, "ServerHelloDone", false),
    step(C, "ClientKeyExchange", false),
    step(C, "ChangeCipherSpec", false),
    step(C, "Finished", true),
    step(S, "ChangeCipherSpec", false),
    step(S, "Finished", true),
    step(C, "ApplicationData", true),
];

/// TLS 1.3: one round trip; the certificate travels encrypted.
pub const TLS13: [FlowStep; 8] = [
    step(C, "ClientHello + key_share", false),
    step(S, "ServerHello + key_share", false),
    step(S, "{EncryptedExtensions}", true),
    step(S, "{Certificate}", true),
    step(S, "{CertificateVerify}", true),
    step(S, "{Finished}", true),
    step(C, "{Finished}", true),
    step(C, "[ApplicationData]", true),
];

/// Round trips before the client may send application data: each time the client
/// must wait for the server's flight, up to and including its first data.
pub fn round_trips(flow: &[FlowStep]) -> usize {
    let end = flow
        .iter()
        .position(|s| s.label.contains("ApplicationData"))
        .map_or(flow.len(), |i| i + 1);
    flow[..end]
        .windows(2)
        .filter(|w| w[0].from == Side::Server && w[1].from == Side::Client)
        .count()
}

/// The flow as a two-lane diagram, one arrow per message.
pub fn layout_flow(flow: &[FlowStep]) -> Diagram {
    let mut y = TOP;
    let arrows = flow
        .iter()
        .enumerate()
        .map(|(i, s)| {
            y += STEP;
            let (x1, x2) = match s.from {
                Side::Client => (LEFT, RIGHT),
                Side::Server => (RIGHT, LEFT),
            };
            Arrow {
                message: i,
                x1,
                x2,
                y,
                label: s.label,
                encrypted: s.encrypted,
                mark_x: None,
            }
        })
        .collect();
    Diagram {
        width: WIDTH,
        height: y + STEP,
        lanes: vec![
            Lane {
                party: Party::Client,
                x: LEFT,
            },
            Lane {
                party: Party::Server,
                x: RIGHT,
            },
        ],
        arrows,
        dividers: Vec::new(),
    }
}
