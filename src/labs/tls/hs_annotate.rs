//! A record's serde fields (`HsField`, from the worker) as the kit's annotated bytes,
//! so the HexView and the FieldList show a handshake message like any other bytes.

use super::hs_summary::HsField;
use crate::labs::kit::{Annotated, Annotation, Role};

fn role(label: &str) -> Role {
    match label {
        "type" | "msg_type" => Role::Opcode,
        l if l == "length" || l.ends_with(".length") || l.ends_with("_length") => Role::Length,
        _ => Role::Field,
    }
}

fn annotation(f: &HsField, len: usize) -> Annotation {
    let end = (f.end as usize).min(len);
    let start = (f.start as usize).min(end);
    Annotation {
        value: f.value.clone(),
        children: f.children.iter().map(|c| annotation(c, len)).collect(),
        ..Annotation::bytes(f.label.clone(), start..end, role(&f.label))
    }
}

/// `bytes` with `fields` (ranges clamped to the bytes: a bad range cannot panic).
pub fn annotated(bytes: &[u8], fields: &[HsField]) -> Annotated {
    Annotated {
        bytes: bytes.to_vec(),
        fields: fields.iter().map(|f| annotation(f, bytes.len())).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_become_annotations_with_roles_and_clamped_spans() {
        let f = |label: &str, start, end| HsField {
            label: label.into(),
            start,
            end,
            value: None,
            children: Vec::new(),
        };
        let mut header = f("TLSPlaintext header", 0, 5);
        header.children = vec![f("type", 0, 1), f("length", 3, 5)];
        let a = annotated(&[22, 3, 3, 0, 1, 9], &[header, f("body", 5, 99)]);
        assert_eq!(a.role_at(0, 0), Some(Role::Opcode));
        assert_eq!(a.role_at(0, 4), Some(Role::Length));
        assert_eq!(a.fields[1].span.bytes(), 5..6);
        assert_eq!(a.field_at(5), Some(1));
    }
}
