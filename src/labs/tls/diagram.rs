//! The handshake's sequence diagram as geometry, pure and snapshot-tested: a lane per
//! party (client, server, and Mallory when she is on the wire) and an arrow per record
//! with its y. The page only turns this into SVG.

use super::hs_summary::{HsMessage, MsgType, Scenario, Side};

/// The drawing's width (SVG user units; it scales to the page).
pub const WIDTH: u32 = 600;
/// The lanes' heading row.
pub const TOP: u32 = 56;
/// Vertical distance between two arrows.
pub const STEP: u32 = 34;
/// Extra space before a second connection (resumption), where the divider goes.
pub const GAP: u32 = 40;

/// A party.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Party {
    Client,
    Mallory,
    Server,
}

/// A party's vertical line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lane {
    pub party: Party,
    pub x: u32,
}

/// One record as an arrow from `x1` to `x2` at height `y`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Arrow {
    /// Index into the summary's messages.
    pub message: usize,
    pub x1: u32,
    pub x2: u32,
    pub y: u32,
    /// The arrow's label (the `data-type` value).
    pub label: &'static str,
    /// Drawn dashed: the record is encrypted.
    pub encrypted: bool,
    /// Mallory changed it: a mark at `mark_x`.
    pub mark_x: Option<u32>,
}

/// The whole drawing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagram {
    pub width: u32,
    pub height: u32,
    pub lanes: Vec<Lane>,
    pub arrows: Vec<Arrow>,
    /// The y of a divider before each later connection (resumption).
    pub dividers: Vec<u32>,
}

/// The client's lane.
pub const LEFT: u32 = 90;
/// The server's lane.
pub const RIGHT: u32 = WIDTH - 90;
const MIDDLE: u32 = WIDTH / 2;

/// Lays out `messages` of `scenario`: in `mitm-certificate` Mallory answers in the
/// server's place, so the server's records start on her lane.
pub fn layout(messages: &[HsMessage], scenario: Scenario) -> Diagram {
    let mut lanes = vec![Lane {
        party: Party::Client,
        x: LEFT,
    }];
    if scenario.has_mallory() {
        lanes.push(Lane {
            party: Party::Mallory,
            x: MIDDLE,
        });
    }
    lanes.push(Lane {
        party: Party::Server,
        x: RIGHT,
    });
    let server_x = if scenario == Scenario::MitmCertificate {
        MIDDLE
    } else {
        RIGHT
    };
    let mut dividers = Vec::new();
    let mut y = TOP;
    let mut arrows = Vec::with_capacity(messages.len());
    for (i, m) in messages.iter().enumerate() {
        if i > 0 && messages[i - 1].connection != m.connection {
            dividers.push(y + (GAP + STEP) / 2);
            y += GAP;
        }
        y += STEP;
        let (x1, x2) = match m.from {
            Side::Client => (LEFT, server_x),
            Side::Server => (server_x, LEFT),
        };
        arrows.push(Arrow {
            message: i,
            x1,
            x2,
            y,
            label: m.typ.as_str(),
            encrypted: m.encrypted,
            mark_x: m.tampered.as_ref().map(|_| MIDDLE),
        });
    }
    Diagram {
        width: WIDTH,
        height: y + STEP,
        lanes,
        arrows,
        dividers,
    }
}

/// The types of a session's messages, for tests and summaries.
pub fn types(messages: &[HsMessage]) -> Vec<MsgType> {
    messages.iter().map(|m| m.typ).collect()
}
