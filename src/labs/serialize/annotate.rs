//! The pickle listing as annotated bytes: one field per opcode (its `pickletools.dis`
//! line), split into the opcode byte, the length prefix and the payload, so the hex
//! view tells them apart (`8c | 06 | ec 9d b4 eb a6 84` for `'이름'`).

use crate::labs::kit::{Annotated, Annotation, Role};
use crate::py::pickle::dis::{DisLine, Disassembly};
use crate::py::pickle::opinfo::{self, Arg};

/// Bytes of the length prefix an argument kind starts with (0: none).
fn length_prefix(arg: Arg) -> usize {
    match arg {
        Arg::Long1 | Arg::String1 | Arg::Bytes1 | Arg::Unicodestring1 => 1,
        Arg::Long4 | Arg::String4 | Arg::Bytes4 | Arg::Unicodestring4 => 4,
        Arg::Bytes8 | Arg::Bytearray8 | Arg::Unicodestring8 => 8,
        _ => 0,
    }
}

/// One opcode: the whole line, then its parts (only those that have bytes).
fn annotate_line(line: &DisLine) -> Annotation {
    let start = line.offset;
    let end = start.saturating_add(line.len.max(1));
    let prefix = opinfo::info(line.code).map_or(0, |i| length_prefix(i.arg));
    let mut parts = vec![Annotation::bytes(
        line.name,
        start..start.saturating_add(1).min(end),
        Role::Opcode,
    )];
    let after_op = (start + 1).min(end);
    let after_len = after_op.saturating_add(prefix).min(end);
    if after_len > after_op {
        parts.push(Annotation::bytes(
            "length",
            after_op..after_len,
            Role::Length,
        ));
    }
    if end > after_len {
        parts.push(Annotation::bytes("argument", after_len..end, Role::Payload));
    }
    Annotation {
        label: line.text.clone(),
        meaning: Some(line.name),
        children: parts,
        ..Annotation::bytes(line.name, start..end, Role::Whole)
    }
}

/// The pickle `bytes` with one field per line of `listing`.
pub fn annotate(bytes: &[u8], listing: &Disassembly) -> Annotated {
    Annotated {
        bytes: bytes.to_vec(),
        fields: listing.lines.iter().map(annotate_line).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::py::pickle::dis::dis;

    #[test]
    fn a_korean_string_is_opcode_length_and_utf8_payload() {
        // pickle.dumps('이름', 4) == b'\x80\x04\x95\n\x00...\x8c\x06\xec\x9d\xb4\xeb\xa6\x84\x94.'
        let bytes =
            crate::hex::decode("8004950a000000000000008c06ec9db4eba684942e").unwrap_or_default();
        let a = annotate(&bytes, &dis(&bytes));
        let i = a.field_at(11).unwrap_or(usize::MAX);
        let field = &a.fields[i];
        assert_eq!(field.meaning, Some("SHORT_BINUNICODE"));
        let roles: Vec<_> = (11..19).map(|b| a.role_at(i, b)).collect();
        assert_eq!(roles[0], Some(Role::Opcode));
        assert_eq!(roles[1], Some(Role::Length));
        assert!(roles[2..].iter().all(|r| *r == Some(Role::Payload)));
        assert!(field.label.contains("SHORT_BINUNICODE"));
    }

    #[test]
    fn opcodes_without_a_length_keep_their_argument_whole() {
        // PROTO 4, then BININT1 7, STOP.
        let bytes = [0x80, 4, b'K', 7, b'.'];
        let a = annotate(&bytes, &dis(&bytes));
        assert_eq!(a.fields.len(), 3);
        assert_eq!(a.role_at(0, 1), Some(Role::Payload));
        assert_eq!(a.role_at(1, 3), Some(Role::Payload));
        assert_eq!(a.fields[2].children.len(), 1);
    }
}
