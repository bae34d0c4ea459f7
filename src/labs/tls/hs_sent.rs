//! The records one side sent, read back from its events: each record's bytes with
//! the handshake message or alert it carried, its type for the page, its fields (the
//! header, then the message or the protected fragment's parts), and what the two
//! ends read inside an encrypted one.

use super::hs_summary::{HsField, MsgType};
use crate::tls::codec::Field;
use crate::tls::conn::Event;
use crate::tls::enums::{ContentType, HandshakeType};

/// A record one side sent, with what it carried.
pub struct Sent {
    pub bytes: Vec<u8>,
    pub typ: ContentType,
    pub protected: bool,
    pub header: Vec<Field>,
    pub handshake: Option<(HandshakeType, Vec<u8>, Vec<Field>)>,
    pub alert: Option<(String, bool, [u8; 2])>,
}

/// The records a side sent, in order.
pub fn sent_records(timeline: &[&Event]) -> Vec<Sent> {
    let mut out: Vec<Sent> = Vec::new();
    let mut pending = None;
    for e in timeline {
        match e {
            Event::Handshake {
                outgoing: true,
                typ,
                bytes,
                fields,
            } => pending = Some((*typ, bytes.clone(), fields.clone())),
            Event::Record {
                outgoing: true,
                typ,
                bytes,
                fields,
                protected,
            } => out.push(Sent {
                bytes: bytes.clone(),
                typ: *typ,
                protected: *protected,
                header: fields.clone(),
                handshake: if *typ == ContentType::Handshake {
                    pending.take()
                } else {
                    None
                },
                alert: None,
            }),
            Event::Alert {
                outgoing: true,
                fatal,
                description,
            } => {
                if let Some(last) = out.last_mut() {
                    let level = if *fatal { 2 } else { 1 };
                    last.alert = Some((description.name(), *fatal, [level, description.get()]));
                }
            }
            _ => {}
        }
    }
    out
}

pub fn msg_type(s: &Sent) -> MsgType {
    match (s.typ, s.handshake.as_ref().map(|h| h.0)) {
        (ContentType::ChangeCipherSpec, _) => MsgType::ChangeCipherSpec,
        (ContentType::Alert, _) => MsgType::Alert,
        (ContentType::ApplicationData, _) => MsgType::ApplicationData,
        (_, Some(HandshakeType::ClientHello)) => MsgType::ClientHello,
        (_, Some(HandshakeType::ServerHello)) => MsgType::ServerHello,
        (_, Some(HandshakeType::Certificate)) => MsgType::Certificate,
        (_, Some(HandshakeType::ServerKeyExchange)) => MsgType::ServerKeyExchange,
        (_, Some(HandshakeType::ServerHelloDone)) => MsgType::ServerHelloDone,
        (_, Some(HandshakeType::ClientKeyExchange)) => MsgType::ClientKeyExchange,
        _ => MsgType::Finished,
    }
}

fn field(label: &str, start: usize, end: usize, value: Option<String>) -> HsField {
    HsField {
        label: label.into(),
        start: start as u32,
        end: end as u32,
        value,
        children: Vec::new(),
    }
}

/// A codec field moved by `shift` bytes; a bare byte count is no value worth showing.
fn from_codec(f: &Field, shift: usize) -> HsField {
    let value =
        (!f.meaning.is_empty() && !f.meaning.ends_with(" bytes")).then(|| f.meaning.clone());
    field(&f.label, f.range.start + shift, f.range.end + shift, value)
}

/// The record's fields: its header, then the message, or the protected fragment's parts.
pub fn record_fields(s: &Sent, gcm: bool) -> Vec<HsField> {
    let len = s.bytes.len();
    let mut header = field("TLSPlaintext header", 0, 5.min(len), None);
    header.children = s
        .header
        .iter()
        .filter(|f| f.label != "fragment")
        .map(|f| from_codec(f, 0))
        .collect();
    let mut fields = vec![header];
    if len <= 5 {
        return fields;
    }
    if s.protected {
        if gcm && len >= 5 + 8 + 16 {
            fields.push(field("nonce_explicit", 5, 13, None));
            fields.push(field("ciphertext", 13, len - 16, None));
            fields.push(field("tag", len - 16, len, None));
        } else if !gcm && len >= 5 + 16 {
            fields.push(field("IV", 5, 21, None));
            fields.push(field("ciphertext (content + MAC + padding)", 21, len, None));
        } else {
            fields.push(field("fragment", 5, len, None));
        }
        return fields;
    }
    match (&s.handshake, &s.alert) {
        (Some((_, _, hs)), _) => fields.extend(hs.iter().map(|f| from_codec(f, 5))),
        (None, Some((name, _, _))) => {
            fields.push(field("level", 5, 6, None));
            fields.push(field("description", 6, 7, Some(name.clone())));
        }
        _ => fields.push(field("fragment", 5, len, None)),
    }
    fields
}

/// What the ends see inside a protected handshake message or alert.
pub fn inner(s: &Sent) -> Option<(Vec<u8>, Vec<HsField>)> {
    if !s.protected {
        return None;
    }
    if let Some((_, bytes, fields)) = &s.handshake {
        return Some((
            bytes.clone(),
            fields.iter().map(|f| from_codec(f, 0)).collect(),
        ));
    }
    s.alert.as_ref().map(|(name, _, wire)| {
        (
            wire.to_vec(),
            vec![
                field("level", 0, 1, None),
                field("description", 1, 2, Some(name.clone())),
            ],
        )
    })
}
