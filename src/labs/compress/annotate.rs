//! A stream's anatomy as annotated bytes, for the kit's hex view: the header, each
//! DEFLATE block (its header bits, then its data), the trailer and `unused_data`, with
//! the RFC's field names and bit spans. Top-level labels are keys the page's words
//! name (`header`, `block`, `trailer`, `unused_data`); the RFC names are data.

use crate::labs::kit::{Annotated, Annotation, Role, Span};
use crate::zlib::anatomy::{BlockType, Field, Span as BitSpan};
use crate::zlib::Anatomy;

/// Which part of the stream a top-level field is (the page names it).
pub const PART_HEADER: &str = "header";
pub const PART_BLOCK: &str = "block";
pub const PART_TRAILER: &str = "trailer";
pub const PART_UNUSED: &str = "unused_data";

fn bits(s: BitSpan) -> Span {
    Span::Bits(s.start..s.end.max(s.start))
}

fn field(f: &Field) -> Annotation {
    Annotation {
        label: f.label.to_owned(),
        span: bits(f.bits),
        role: Role::Field,
        value: Some(f.value.to_string()),
        meaning: None,
        children: Vec::new(),
    }
}

/// The part around `fields` (from the first one's start to the last one's end).
fn part(key: &'static str, fields: &[Field]) -> Option<Annotation> {
    let start = fields.iter().map(|f| f.bits.start).min()?;
    let end = fields.iter().map(|f| f.bits.end).max()?;
    Some(Annotation {
        label: key.to_owned(),
        span: Span::Bits(start..end),
        role: Role::Whole,
        value: None,
        meaning: Some(key),
        children: fields.iter().map(field).collect(),
    })
}

/// BTYPE as its two bits (RFC 1951 3.2.3).
fn btype_bits(t: BlockType) -> &'static str {
    match t {
        BlockType::Stored => "00",
        BlockType::Fixed => "01",
        BlockType::Dynamic => "10",
        BlockType::Reserved => "11",
    }
}

/// `stream` with the parts `anatomy` read from it, in stream order.
pub fn annotate_stream(stream: &[u8], anatomy: &Anatomy) -> Annotated {
    let mut fields: Vec<Annotation> = part(PART_HEADER, &anatomy.header).into_iter().collect();
    for (i, b) in anatomy.blocks.iter().enumerate() {
        let mut children = vec![Annotation {
            label: "BFINAL, BTYPE".to_owned(),
            span: bits(b.header_bits),
            role: Role::Opcode,
            value: Some(format!("{}, {}", u8::from(b.bfinal), btype_bits(b.btype))),
            meaning: None,
            children: Vec::new(),
        }];
        if b.bits.end > b.header_bits.end {
            children.push(Annotation {
                label: "data".to_owned(),
                span: Span::Bits(b.header_bits.end..b.bits.end),
                role: Role::Payload,
                value: None,
                meaning: None,
                children: Vec::new(),
            });
        }
        fields.push(Annotation {
            label: PART_BLOCK.to_owned(),
            span: bits(b.bits),
            role: Role::Whole,
            value: Some(i.to_string()),
            meaning: Some(PART_BLOCK),
            children,
        });
    }
    if let Some(t) = &anatomy.trailer {
        fields.extend(part(PART_TRAILER, &t.fields));
    }
    if let Some(u) = anatomy.unused {
        fields.push(Annotation {
            label: PART_UNUSED.to_owned(),
            meaning: Some(PART_UNUSED),
            span: bits(u),
            ..Annotation::bytes(PART_UNUSED, 0..0, Role::Whole)
        });
    }
    Annotated {
        bytes: stream.to_vec(),
        fields,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_zlib_stream_is_header_blocks_trailer_and_unused_data() {
        // zlib.compress(b'sparse') + b'.x' (the classic exercise's first packets).
        let stream = crate::hex::decode("789c2b2e482c2a4e0500090d028f2e78").unwrap_or_default();
        let anatomy = crate::zlib::inspect(&stream, Some(15));
        assert_eq!(
            anatomy.blocks.first().map(|b| b.btype),
            Some(BlockType::Fixed)
        );
        let a = annotate_stream(&stream, &anatomy);
        let keys: Vec<_> = a.fields.iter().map(|f| f.meaning).collect();
        assert_eq!(
            keys,
            vec![
                Some(PART_HEADER),
                Some(PART_BLOCK),
                Some(PART_TRAILER),
                Some(PART_UNUSED)
            ]
        );
        // The header is bytes 0-1 (CMF, FLG); the trailer the 4 bytes before '.x'.
        assert_eq!(a.fields[0].span.bytes(), 0..2);
        assert_eq!(a.fields[2].span.bytes(), 10..14);
        assert_eq!(a.fields[3].span.bytes(), 14..16);
        assert_eq!(a.field_at(15), Some(3));
        // The block starts with its BFINAL/BTYPE bits.
        assert_eq!(a.role_at(1, 2), Some(Role::Opcode));
        assert_eq!(a.fields[1].children[0].value.as_deref(), Some("1, 01"));
    }
}
