//! Hello extensions (RFC 5246 section 7.4.1.4): kept as type + bytes, with helpers for
//! the ones this lab reads (server_name, RFC 6066).

use super::codec::{DecodeError, Reader, Writer};
use super::enums::ExtensionType;

/// A hello extension (RFC 5246 section 7.4.1.4), body kept as bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Extension {
    /// Extension type.
    pub typ: ExtensionType,
    /// `extension_data`.
    pub data: Vec<u8>,
}

impl Extension {
    /// `server_name` with one host_name (RFC 6066 section 3).
    pub fn server_name(host: &str) -> Extension {
        let mut name = vec![0u8];
        name.extend_from_slice(&(host.len() as u16).to_be_bytes());
        name.extend_from_slice(host.as_bytes());
        let mut data = (name.len() as u16).to_be_bytes().to_vec();
        data.extend_from_slice(&name);
        Extension {
            typ: ExtensionType::ServerName,
            data,
        }
    }

    /// The host name of a `server_name` extension.
    pub fn host_name(&self) -> Option<String> {
        let mut r = Reader::new(&self.data);
        let n = r.uint("list", 2).ok()?;
        let mut list = r.sub("list", n).ok()?;
        while !list.is_empty() {
            let typ = list.uint("name_type", 1).ok()?;
            let name = list.vec("HostName", 2).ok()?;
            if typ == 0 {
                return String::from_utf8(name.to_vec()).ok();
            }
        }
        None
    }
}

pub(super) fn read_extensions(r: &mut Reader<'_>) -> Result<Vec<Extension>, DecodeError> {
    let mut out = Vec::new();
    if r.is_empty() {
        return Ok(out);
    }
    let start = r.offset();
    let n = r.uint("extensions", 2)?;
    r.note("extensions length", start, n.to_string());
    let mut list = r.sub("extensions", n)?;
    while !list.is_empty() {
        let start = list.offset();
        let typ = ExtensionType::from_wire(list.uint("extension_type", 2)? as u16);
        list.note("extension_type", start, typ.name());
        let data = list.vec("extension_data", 2)?.to_vec();
        out.push(Extension { typ, data });
    }
    r.absorb(list);
    r.expect_end("hello")?;
    Ok(out)
}

pub(super) fn write_extensions(w: &mut Writer, exts: &[Extension]) {
    if exts.is_empty() {
        return;
    }
    let mut inner = Writer::new();
    for e in exts {
        inner.uint("extension_type", 2, usize::from(e.typ.get()), e.typ.name());
        inner.vec(
            "extension_data",
            2,
            &e.data,
            format!("{} bytes", e.data.len()),
        );
    }
    w.uint(
        "extensions length",
        2,
        inner.buf.len(),
        inner.buf.len().to_string(),
    );
    w.nest(inner);
}
