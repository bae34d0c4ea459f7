//! Integration tests: the handshake diagram's geometry (snapshots written out here).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use wirelab::labs::tls::diagram::{layout, Arrow, Lane, Party};
use wirelab::labs::tls::hs_summary::{HsMessage, MsgType, Scenario, Side};

fn msg(from: Side, typ: MsgType, connection: u8, encrypted: bool, tampered: bool) -> HsMessage {
    HsMessage {
        from,
        typ,
        connection,
        wire: vec![22, 3, 3, 0, 0],
        fields: Vec::new(),
        encrypted,
        inner: None,
        tampered: tampered.then(Vec::new),
    }
}

fn arrow(
    message: usize,
    x1: u32,
    x2: u32,
    y: u32,
    label: &'static str,
    encrypted: bool,
    mark_x: Option<u32>,
) -> Arrow {
    Arrow {
        message,
        x1,
        x2,
        y,
        label,
        encrypted,
        mark_x,
    }
}

#[test]
fn two_lanes_and_an_arrow_per_record() {
    let d = layout(
        &[
            msg(Side::Client, MsgType::ClientHello, 0, false, false),
            msg(Side::Server, MsgType::ServerHello, 0, false, false),
            msg(Side::Client, MsgType::Finished, 0, true, false),
        ],
        Scenario::Normal,
    );
    assert_eq!((d.width, d.height), (600, 192));
    assert_eq!(
        d.lanes,
        vec![
            Lane {
                party: Party::Client,
                x: 90
            },
            Lane {
                party: Party::Server,
                x: 510
            }
        ]
    );
    assert_eq!(
        d.arrows,
        vec![
            arrow(0, 90, 510, 90, "ClientHello", false, None),
            arrow(1, 510, 90, 124, "ServerHello", false, None),
            arrow(2, 90, 510, 158, "Finished", true, None),
        ]
    );
    assert!(d.dividers.is_empty());
}

#[test]
fn mallory_gets_a_lane_and_marks_what_she_changed() {
    let d = layout(
        &[
            msg(Side::Client, MsgType::ApplicationData, 0, true, true),
            msg(Side::Server, MsgType::Alert, 0, true, false),
        ],
        Scenario::TamperRecord,
    );
    assert_eq!(
        d.lanes.iter().map(|l| (l.party, l.x)).collect::<Vec<_>>(),
        vec![
            (Party::Client, 90),
            (Party::Mallory, 300),
            (Party::Server, 510)
        ]
    );
    assert_eq!(
        d.arrows[0],
        arrow(0, 90, 510, 90, "ApplicationData", true, Some(300))
    );
    assert_eq!(d.arrows[1], arrow(1, 510, 90, 124, "Alert", true, None));
}

#[test]
fn in_the_mitm_scenario_mallory_answers_in_the_servers_place() {
    let d = layout(
        &[
            msg(Side::Client, MsgType::ClientHello, 0, false, false),
            msg(Side::Server, MsgType::Certificate, 0, false, false),
        ],
        Scenario::MitmCertificate,
    );
    assert_eq!(
        d.arrows[0],
        arrow(0, 90, 300, 90, "ClientHello", false, None)
    );
    assert_eq!(
        d.arrows[1],
        arrow(1, 300, 90, 124, "Certificate", false, None)
    );
}

#[test]
fn a_resumed_connection_starts_below_a_divider() {
    let d = layout(
        &[
            msg(Side::Client, MsgType::Alert, 0, true, false),
            msg(Side::Client, MsgType::ClientHello, 1, false, false),
        ],
        Scenario::Resumption,
    );
    assert_eq!(d.arrows[0].y, 90);
    assert_eq!(d.dividers, vec![127]);
    assert_eq!(d.arrows[1].y, 164);
    assert_eq!(d.height, 198);
}
