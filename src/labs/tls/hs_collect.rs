//! Turns the engine's flights and events into the page's summary: each record in wire
//! order with its fields, each secret with the message from which each side knows it,
//! the application records taken apart, and the alert that ended the session.
//!
//! Each side's events, in the order it emitted them, are its timeline; a secret is
//! known from the last record that side had sent or read when it derived it.

use super::hs_sent::{inner, msg_type, record_fields, sent_records, Sent};
use super::hs_summary::{HsAlert, HsAppRecord, HsMessage, HsSecret, Side};
use crate::tls::cipher::additional_data;
use crate::tls::conn::Event;
use crate::tls::enums::{ContentType, TLS12};
use crate::tls::pair::Pair;
use crate::tls::prf::hmac_sha256;

/// One connection as run, with the application data each side wrote (in order).
pub struct Connection {
    pub pair: Pair,
    pub client_app: Vec<Vec<u8>>,
    pub server_app: Vec<Vec<u8>>,
}

/// The summary's parts that come from the events.
#[derive(Default)]
pub struct Collected {
    pub messages: Vec<HsMessage>,
    pub secrets: Vec<HsSecret>,
    pub app_records: Vec<HsAppRecord>,
    pub alert: Option<HsAlert>,
}

/// Each side's events in the order it emitted them: (client, server).
fn timelines(pair: &Pair) -> (Vec<&Event>, Vec<&Event>) {
    let (mut client, mut server) = (Vec::new(), Vec::new());
    for f in &pair.flights {
        let (c, s) = if f.from_client {
            (&f.sender_events, &f.receiver_events)
        } else {
            (&f.receiver_events, &f.sender_events)
        };
        client.extend(c.iter());
        server.extend(s.iter());
    }
    (client, server)
}

/// The summary of every connection, in order (messages numbered across them).
/// `gcm`: the suite is AES-GCM (else AES-CBC + HMAC-SHA256).
pub fn collect(connections: &[Connection], gcm: bool) -> Collected {
    let mut out = Collected::default();
    for (n, c) in connections.iter().enumerate() {
        collect_one(&mut out, n as u8, c, gcm);
    }
    out
}

fn collect_one(out: &mut Collected, connection: u8, c: &Connection, gcm: bool) {
    let (client_tl, server_tl) = timelines(&c.pair);
    let sent = [sent_records(&client_tl), sent_records(&server_tl)];
    let secrets_before = out.secrets.len();
    // Wire order: each flight is its sender's next records, as many as its bytes hold.
    let mut next = [0usize, 0usize];
    let mut global: [Vec<u32>; 2] = [Vec::new(), Vec::new()];
    for f in &c.pair.flights {
        let side = usize::from(!f.from_client);
        let mut at = 0;
        while at < f.sent.len() {
            let Some(s) = sent[side].get(next[side]) else {
                break;
            };
            let end = at + s.bytes.len();
            let arrived = f.delivered.get(at..end).unwrap_or_default();
            global[side].push(out.messages.len() as u32);
            out.messages.push(HsMessage {
                from: if side == 0 {
                    Side::Client
                } else {
                    Side::Server
                },
                typ: msg_type(s),
                connection,
                wire: s.bytes.clone(),
                fields: record_fields(s, gcm),
                encrypted: s.protected,
                inner: inner(s),
                tampered: (arrived != s.bytes.as_slice()).then(|| arrived.to_vec()),
            });
            next[side] += 1;
            at = end;
        }
    }
    merge_secrets(out, connection, [&client_tl, &server_tl], &global);
    let secrets = &out.secrets[secrets_before..];
    let received = [received(&server_tl), received(&client_tl)];
    app_records(
        &mut out.app_records,
        secrets,
        &sent,
        &global,
        c,
        &received,
        gcm,
    );
    if let Some(alert) = first_alert(&sent, &global, &out.messages) {
        out.alert = Some(alert);
    }
}

/// Each side's secrets with the message from which it knows them, merged by name.
fn merge_secrets(
    out: &mut Collected,
    connection: u8,
    timelines: [&Vec<&Event>; 2],
    global: &[Vec<u32>; 2],
) {
    for (side, tl) in timelines.iter().enumerate() {
        let other = 1 - side;
        let (mut sent, mut read, mut cursor) = (0usize, 0usize, None);
        let mut block: Option<usize> = None;
        for e in tl.iter() {
            match e {
                Event::Record { outgoing: true, .. } => {
                    cursor = global[side].get(sent).copied();
                    sent += 1;
                }
                Event::Record {
                    outgoing: false, ..
                } => {
                    cursor = global[other].get(read).copied();
                    read += 1;
                }
                Event::Secret { label, bytes } => {
                    let is_part =
                        label.starts_with("client_write") || label.starts_with("server_write");
                    if is_part && block.is_none() {
                        block = Some(record_secret(
                            out,
                            connection,
                            side,
                            "key_block",
                            &[],
                            cursor,
                        ));
                    }
                    if let Some(b) = block.filter(|_| is_part) {
                        if side == 0 || out.secrets[b].client_at.is_none() {
                            out.secrets[b].bytes.extend_from_slice(bytes);
                        }
                    }
                    record_secret(out, connection, side, label, bytes, cursor);
                }
                _ => {}
            }
        }
    }
}

/// Adds (or, seen from the other side, completes) one secret; returns its index.
fn record_secret(
    out: &mut Collected,
    connection: u8,
    side: usize,
    label: &str,
    bytes: &[u8],
    at: Option<u32>,
) -> usize {
    let found = out
        .secrets
        .iter()
        .position(|s| s.connection == connection && s.label == label);
    let i = found.unwrap_or_else(|| {
        out.secrets.push(HsSecret {
            label: label.into(),
            connection,
            bytes: bytes.to_vec(),
            client_at: None,
            server_at: None,
        });
        out.secrets.len() - 1
    });
    let s = &mut out.secrets[i];
    if side == 0 {
        s.client_at = s.client_at.or(at);
    } else {
        s.server_at = s.server_at.or(at);
    }
    i
}

/// The application data a side read, in order (one entry per record it opened).
fn received(timeline: &[&Event]) -> Vec<Vec<u8>> {
    timeline
        .iter()
        .filter_map(|e| match e {
            Event::ApplicationData(bytes) => Some(bytes.clone()),
            _ => None,
        })
        .collect()
}

/// The application_data records, taken apart with the sender's keys; `received[side]`
/// is what the peer of `side` read.
fn app_records(
    out: &mut Vec<HsAppRecord>,
    secrets: &[HsSecret],
    sent: &[Vec<Sent>; 2],
    global: &[Vec<u32>; 2],
    c: &Connection,
    received: &[Vec<Vec<u8>>; 2],
    gcm: bool,
) {
    let secret = |label: &str| {
        secrets
            .iter()
            .find(|s| s.label == label)
            .map(|s| s.bytes.clone())
            .unwrap_or_default()
    };
    for (side, records) in sent.iter().enumerate() {
        let (iv, mac_key, plain) = if side == 0 {
            (
                secret("client_write_IV"),
                secret("client_write_MAC_key"),
                &c.client_app,
            )
        } else {
            (
                secret("server_write_IV"),
                secret("server_write_MAC_key"),
                &c.server_app,
            )
        };
        let mut plain = plain.iter();
        let mut read = received[side].iter();
        let mut seq = 0u64;
        for (k, s) in records.iter().enumerate() {
            if s.typ == ContentType::ChangeCipherSpec {
                seq = 0;
                continue;
            }
            if !s.protected {
                continue;
            }
            let this = seq;
            seq += 1;
            if s.typ != ContentType::ApplicationData {
                continue;
            }
            let Some(plaintext) = plain.next() else {
                continue;
            };
            let frag = s.bytes.get(5..).unwrap_or_default();
            let (nonce, ciphertext, tag) = if gcm && frag.len() >= 24 {
                let mut nonce = iv.clone();
                nonce.extend_from_slice(&frag[..8]);
                (
                    nonce,
                    frag[8..frag.len() - 16].to_vec(),
                    frag[frag.len() - 16..].to_vec(),
                )
            } else if frag.len() >= 16 {
                let ad = additional_data(
                    this,
                    ContentType::ApplicationData.get(),
                    TLS12,
                    plaintext.len(),
                );
                let mac = hmac_sha256(&mac_key, &[&ad, plaintext]);
                (frag[..16].to_vec(), frag[16..].to_vec(), mac.to_vec())
            } else {
                continue;
            };
            out.push(HsAppRecord {
                message: global[side].get(k).copied().unwrap_or_default(),
                seq: this,
                nonce,
                ciphertext,
                tag,
                plaintext: plaintext.clone(),
                received: read.next().cloned(),
            });
        }
    }
    out.sort_by_key(|r| r.message);
}

/// The first alert on the wire in this connection.
fn first_alert(
    sent: &[Vec<Sent>; 2],
    global: &[Vec<u32>; 2],
    messages: &[HsMessage],
) -> Option<HsAlert> {
    let mut found: Option<HsAlert> = None;
    for (side, records) in sent.iter().enumerate() {
        for (k, s) in records.iter().enumerate() {
            let (Some((name, fatal, _)), Some(&message)) = (&s.alert, global[side].get(k)) else {
                continue;
            };
            if found.as_ref().is_none_or(|f| message < f.message)
                && (message as usize) < messages.len()
            {
                found = Some(HsAlert {
                    name: name.clone(),
                    from: if side == 0 {
                        Side::Client
                    } else {
                        Side::Server
                    },
                    fatal: *fatal,
                    message,
                });
            }
        }
    }
    found
}
