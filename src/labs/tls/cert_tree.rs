//! A certificate's field tree as the worker sends it ([`FieldNode`], from the
//! engine's `tls::pki::Field`), and as the kit's annotated bytes ([`annotate`]): the
//! containers (Certificate, tbsCertificate, extensions) open into their parts, every
//! other field is one row whose bytes split into tag, length and value.

use serde::{Deserialize, Serialize};

use crate::labs::kit::{Annotated, Annotation, Role};

/// One field of the DER: its ASN.1 name, its bytes, its decoded value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldNode {
    pub label: String,
    /// The whole TLV: start and end offsets in the DER.
    pub start: u64,
    pub end: u64,
    /// The value as data (`CN = wirelab Root CA`, `2.5.29.17 (subjectAltName)`).
    pub value: String,
    pub children: Vec<FieldNode>,
}

impl From<&crate::tls::pki::Field> for FieldNode {
    fn from(f: &crate::tls::pki::Field) -> Self {
        FieldNode {
            label: f.label.clone(),
            start: f.range.start as u64,
            end: f.range.end as u64,
            value: f.meaning.clone(),
            children: f.children.iter().map(FieldNode::from).collect(),
        }
    }
}

/// The fields shown as their parts rather than as one row.
const OPENED: [&str; 3] = ["Certificate", "tbsCertificate", "extensions"];

/// The explanation key of a field (the Certificates panel words it), by label.
pub const FIELD_KEYS: [&str; 16] = [
    "Certificate",
    "tbsCertificate",
    "version",
    "serialNumber",
    "signature",
    "issuer",
    "validity",
    "subject",
    "subjectPublicKeyInfo",
    "extensions",
    "basicConstraints",
    "keyUsage",
    "extKeyUsage",
    "subjectKeyIdentifier",
    "authorityKeyIdentifier",
    "subjectAltName",
];

/// The last two keys: the parts after tbsCertificate.
pub const TAIL_KEYS: [&str; 2] = ["signatureAlgorithm", "signatureValue"];

fn key_of(label: &str) -> Option<&'static str> {
    FIELD_KEYS
        .iter()
        .chain(TAIL_KEYS.iter())
        .find(|k| **k == label)
        .copied()
}

fn size(n: u64) -> usize {
    usize::try_from(n).unwrap_or(usize::MAX)
}

/// Tag, length and value of the TLV at `start..end` (its header read from `der`).
fn tlv_parts(der: &[u8], start: usize, end: usize) -> Vec<Annotation> {
    let header = header_len(der, start).min(end.saturating_sub(start));
    let tag_end = (start + 1).min(end);
    let mut parts = vec![Annotation::bytes("tag", start..tag_end, Role::Opcode)];
    if start + header > tag_end {
        parts.push(Annotation::bytes(
            "length",
            tag_end..start + header,
            Role::Length,
        ));
    }
    if end > start + header {
        parts.push(Annotation::bytes(
            "value",
            start + header..end,
            Role::Payload,
        ));
    }
    parts
}

/// Bytes of the identifier and length octets of the TLV at `at` (X.690 8.1).
fn header_len(der: &[u8], at: usize) -> usize {
    match der.get(at + 1) {
        Some(b) if *b >= 0x80 => 2 + usize::from(b & 0x7f),
        _ => 2,
    }
}

/// One row: the field with its tag, length and value told apart.
fn row(der: &[u8], node: &FieldNode) -> Annotation {
    let (start, end) = (size(node.start), size(node.end).min(der.len()));
    Annotation {
        value: (!node.value.is_empty()).then(|| node.value.clone()),
        meaning: key_of(&node.label),
        children: tlv_parts(der, start, end),
        ..Annotation::bytes(node.label.clone(), start..end, Role::Whole)
    }
}

fn walk(der: &[u8], node: &FieldNode, out: &mut Vec<Annotation>) {
    if !OPENED.contains(&node.label.as_str()) || node.children.is_empty() {
        out.push(row(der, node));
        return;
    }
    // The container's own headers (one or two TLV headers before its first part).
    let start = size(node.start);
    let first = node.children.first().map_or(start, |c| size(c.start));
    let mut parts = Vec::new();
    let mut at = start;
    while at < first {
        let next = (at + header_len(der, at)).min(first);
        parts.extend(tlv_parts(der, at, next));
        at = next;
    }
    out.push(Annotation {
        meaning: key_of(&node.label),
        children: parts,
        ..Annotation::bytes(node.label.clone(), start..first, Role::Whole)
    });
    for child in &node.children {
        walk(der, child, out);
    }
}

/// The certificate's DER with one row per field, in byte order.
pub fn annotate(der: &[u8], root: &FieldNode) -> Annotated {
    let mut fields = Vec::new();
    walk(der, root, &mut fields);
    Annotated {
        bytes: der.to_vec(),
        fields,
    }
}
