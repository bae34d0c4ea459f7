//! Annotated bytes: the bytes on the wire plus nested fields (a label, a span of bytes
//! or bits, the part a field plays, and a *key* for its meaning that the lab's words
//! turn into a sentence). The pickle listing, the zlib anatomy and the TLS codec all
//! convert into this one model; the kit's view draws it (hex and field list, each
//! highlighting the other).

use std::ops::Range;

/// Where a field sits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Span {
    /// Whole bytes.
    Bytes(Range<usize>),
    /// Bits, counted from the first byte's least significant bit (DEFLATE's order).
    Bits(Range<u64>),
}

impl Span {
    /// The bytes this span touches (a bit span rounds outwards).
    pub fn bytes(&self) -> Range<usize> {
        match self {
            Span::Bytes(r) => r.clone(),
            Span::Bits(r) => {
                let start = usize::try_from(r.start / 8).unwrap_or(usize::MAX);
                let end = usize::try_from(r.end.div_ceil(8)).unwrap_or(usize::MAX);
                start..end.max(start)
            }
        }
    }

    /// True when the span touches byte `i`.
    pub fn touches(&self, i: usize) -> bool {
        self.bytes().contains(&i)
    }
}

/// The part a field plays, so the view can tell them apart (`8c | 06 | ec 9d b4 ...`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A whole unit: an opcode with its argument, a record, a header.
    Whole,
    /// The byte that says what comes next (a pickle opcode, a TLS content type).
    Opcode,
    /// A length prefix.
    Length,
    /// The data a length or an opcode introduces.
    Payload,
    /// Any other field.
    Field,
}

/// One field: what it is called, where it is, what it means, and its parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Annotation {
    /// The field's name as its format spells it (`SHORT_BINUNICODE`, `CMF.CINFO`,
    /// `client_version`), or the line a tool prints for it (pickletools.dis).
    pub label: String,
    pub span: Span,
    pub role: Role,
    /// The value as data (`32768`, `TLS 1.2`), never a sentence; `None` when the label
    /// says it all.
    pub value: Option<String>,
    /// A key the lab's words turn into an explanation (an opcode name, a field key).
    pub meaning: Option<&'static str>,
    /// Sub-fields, in byte order.
    pub children: Vec<Annotation>,
}

impl Annotation {
    /// A field of whole bytes with no value, meaning or parts.
    pub fn bytes(label: impl Into<String>, range: Range<usize>, role: Role) -> Self {
        Annotation {
            label: label.into(),
            span: Span::Bytes(range),
            role,
            value: None,
            meaning: None,
            children: Vec::new(),
        }
    }

    /// The deepest part of this field that touches byte `i`, with its role.
    pub fn part_at(&self, i: usize) -> Option<&Annotation> {
        if !self.span.touches(i) {
            return None;
        }
        Some(
            self.children
                .iter()
                .find_map(|c| c.part_at(i))
                .unwrap_or(self),
        )
    }
}

/// Bytes and the fields that explain them (top-level fields in byte order).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Annotated {
    pub bytes: Vec<u8>,
    pub fields: Vec<Annotation>,
}

impl Annotated {
    /// The index of the first top-level field that touches byte `i`.
    pub fn field_at(&self, i: usize) -> Option<usize> {
        self.fields.iter().position(|f| f.span.touches(i))
    }

    /// The role byte `i` plays inside top-level field `field` (for the hex colours).
    pub fn role_at(&self, field: usize, i: usize) -> Option<Role> {
        self.fields.get(field)?.part_at(i).map(|p| p.role)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Annotated {
        let mut op = Annotation::bytes("SHORT_BINUNICODE", 2..11, Role::Whole);
        op.children = vec![
            Annotation::bytes("opcode", 2..3, Role::Opcode),
            Annotation::bytes("length", 3..4, Role::Length),
            Annotation::bytes("payload", 4..11, Role::Payload),
        ];
        Annotated {
            bytes: vec![0; 12],
            fields: vec![Annotation::bytes("PROTO", 0..2, Role::Whole), op],
        }
    }

    #[test]
    fn a_byte_finds_its_field_and_its_part() {
        let a = sample();
        assert_eq!(a.field_at(1), Some(0));
        assert_eq!(a.field_at(5), Some(1));
        assert_eq!(a.field_at(11), None);
        assert_eq!(a.role_at(1, 2), Some(Role::Opcode));
        assert_eq!(a.role_at(1, 3), Some(Role::Length));
        assert_eq!(a.role_at(1, 10), Some(Role::Payload));
        assert_eq!(a.role_at(0, 0), Some(Role::Whole));
        assert_eq!(a.role_at(0, 5), None);
    }

    #[test]
    fn bit_spans_round_outwards_to_bytes() {
        assert_eq!(Span::Bits(3..9).bytes(), 0..2);
        assert_eq!(Span::Bits(8..16).bytes(), 1..2);
        assert_eq!(Span::Bits(16..16).bytes(), 2..2);
        assert!(Span::Bits(3..9).touches(1));
        assert!(!Span::Bits(3..9).touches(2));
    }
}
