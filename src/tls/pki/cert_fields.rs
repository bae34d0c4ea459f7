//! A certificate as a field tree with byte spans (RFC 5280 4.1 names), for the page's
//! hex view: the labels follow the ASN.1 of `Certificate`, the meanings are decoded
//! from the same bytes.

use super::der_tree::{oid_text, parse_all, parse_der, tag_name, Field, Tlv};
use super::text::colon_hex;
use super::CertError;

/// Parses a certificate in PEM or DER into its DER bytes and its field tree.
pub fn certificate_fields(input: &[u8]) -> Result<(Vec<u8>, Field), CertError> {
    let der = super::verify::certificate_der(input)?;
    let root = parse_der(&der)?;
    let field = certificate(&der, &root)?;
    Ok((der, field))
}

fn certificate(der: &[u8], root: &Tlv) -> Result<Field, CertError> {
    let [tbs, alg, sig] = expect_seq(root, "Certificate")? else {
        return Err(shape("Certificate has three parts"));
    };
    let children = vec![
        tbs_certificate(der, tbs)?,
        algorithm(der, alg, "signatureAlgorithm"),
        leaf(
            der,
            sig,
            "signatureValue",
            "the issuer's signature over tbsCertificate".into(),
        ),
    ];
    Ok(Field {
        label: "Certificate".into(),
        range: root.range.clone(),
        meaning: String::new(),
        children,
    })
}

fn tbs_certificate(der: &[u8], tbs: &Tlv) -> Result<Field, CertError> {
    let parts = expect_seq(tbs, "tbsCertificate")?;
    let mut children = Vec::new();
    let mut rest = parts;
    if let Some((first, tail)) = rest.split_first() {
        if first.tag == 0xa0 {
            let v = first
                .children
                .first()
                .map(|v| int_value(der, v))
                .unwrap_or_default();
            children.push(wrap(
                der,
                first,
                "version",
                format!("v{}", v.saturating_add(1)),
                vec![],
            ));
            rest = tail;
        }
    }
    let names = [
        "serialNumber",
        "signature",
        "issuer",
        "validity",
        "subject",
        "subjectPublicKeyInfo",
    ];
    if rest.len() < names.len() {
        return Err(shape("tbsCertificate is missing fields"));
    }
    for (tlv, name) in rest.iter().zip(names) {
        children.push(match name {
            "serialNumber" => leaf(der, tlv, name, colon_hex(bytes(der, tlv))),
            "signature" => algorithm(der, tlv, name),
            "issuer" | "subject" => name_field(der, tlv, name),
            "validity" => {
                let kids = tlv
                    .children
                    .iter()
                    .zip(["notBefore", "notAfter"])
                    .map(|(t, n)| leaf(der, t, n, text(der, t)))
                    .collect();
                wrap(der, tlv, name, String::new(), kids)
            }
            _ => spki(der, tlv),
        });
    }
    for tlv in rest.iter().skip(names.len()) {
        children.push(match tlv.tag {
            0xa3 => extensions(der, tlv),
            0x81 => leaf(der, tlv, "issuerUniqueID", colon_hex(bytes(der, tlv))),
            0x82 => leaf(der, tlv, "subjectUniqueID", colon_hex(bytes(der, tlv))),
            _ => generic(der, tlv),
        });
    }
    Ok(wrap(
        der,
        tbs,
        "tbsCertificate",
        "the signed part".into(),
        children,
    ))
}

fn algorithm(der: &[u8], tlv: &Tlv, label: &str) -> Field {
    let oid = tlv
        .children
        .first()
        .map(|o| text(der, o))
        .unwrap_or_default();
    let kids = tlv.children.iter().map(|t| generic(der, t)).collect();
    wrap(der, tlv, label, oid, kids)
}

fn name_field(der: &[u8], tlv: &Tlv, label: &str) -> Field {
    let mut parts = Vec::new();
    let mut rdns = Vec::new();
    for rdn in &tlv.children {
        for atv in &rdn.children {
            if let [oid, value] = atv.children.as_slice() {
                let key = oid_text(bytes(der, oid))
                    .map(|o| short_name(&o))
                    .unwrap_or_default();
                parts.push(format!("{key} = {}", text(der, value)));
            }
        }
        rdns.push(generic(der, rdn));
    }
    wrap(der, tlv, label, parts.join(", "), rdns)
}

fn spki(der: &[u8], tlv: &Tlv) -> Field {
    let mut kids = Vec::new();
    if let [alg, key] = tlv.children.as_slice() {
        kids.push(algorithm(der, alg, "algorithm"));
        let bits = bytes(der, key).len().saturating_sub(1) * 8;
        let mut key_field = leaf(
            der,
            key,
            "subjectPublicKey",
            format!("{bits} bits: RSAPublicKey {{ n, e }}"),
        );
        // The BIT STRING holds a DER RSAPublicKey after its unused-bits octet.
        if let Ok(inner) = parse_all(der, key.value.start + 1, key.value.end, 1) {
            key_field.children = inner.iter().map(|t| generic(der, t)).collect();
            if let Some(seq) = key_field.children.first_mut() {
                seq.label = "RSAPublicKey".into();
                for (f, n) in seq
                    .children
                    .iter_mut()
                    .zip(["modulus (n)", "publicExponent (e)"])
                {
                    f.label = n.into();
                }
            }
        }
        kids.push(key_field);
    }
    wrap(der, tlv, "subjectPublicKeyInfo", String::new(), kids)
}

fn extensions(der: &[u8], tlv: &Tlv) -> Field {
    let list = tlv.children.first();
    let kids = list
        .map(|seq| seq.children.iter().map(|ext| extension(der, ext)).collect())
        .unwrap_or_default();
    wrap(der, tlv, "extensions", String::new(), kids)
}

fn extension(der: &[u8], ext: &Tlv) -> Field {
    let oid = ext
        .children
        .first()
        .and_then(|o| oid_text(bytes(der, o)))
        .unwrap_or_default();
    let name = extension_name(&oid);
    let mut kids: Vec<Field> = Vec::new();
    for part in &ext.children {
        let mut f = generic(der, part);
        match part.tag {
            0x06 => f.label = "extnID".into(),
            0x01 => f.label = "critical".into(),
            0x04 => {
                f.label = "extnValue".into();
                // The OCTET STRING wraps the extension's own DER.
                if let Ok(inner) = parse_all(der, part.value.start, part.value.end, 1) {
                    f.children = inner.iter().map(|t| generic(der, t)).collect();
                }
            }
            _ => {}
        }
        kids.push(f);
    }
    wrap(der, ext, &name, oid, kids)
}

/// Any TLV: its type name as the label and its decoded value as the meaning.
fn generic(der: &[u8], tlv: &Tlv) -> Field {
    let kids = tlv.children.iter().map(|t| generic(der, t)).collect();
    wrap(der, tlv, &tag_name(tlv.tag), text(der, tlv), kids)
}

fn leaf(der: &[u8], tlv: &Tlv, label: &str, meaning: String) -> Field {
    let kids = tlv.children.iter().map(|t| generic(der, t)).collect();
    wrap(der, tlv, label, meaning, kids)
}

fn wrap(_der: &[u8], tlv: &Tlv, label: &str, meaning: String, children: Vec<Field>) -> Field {
    Field {
        label: label.into(),
        range: tlv.range.clone(),
        meaning,
        children,
    }
}

fn expect_seq<'a>(tlv: &'a Tlv, what: &str) -> Result<&'a [Tlv], CertError> {
    if tlv.tag != 0x30 {
        return Err(shape(&format!("{what} is not a SEQUENCE")));
    }
    Ok(&tlv.children)
}

fn shape(why: &str) -> CertError {
    CertError::Malformed(why.to_string())
}

fn bytes<'a>(der: &'a [u8], tlv: &Tlv) -> &'a [u8] {
    der.get(tlv.value.clone()).unwrap_or_default()
}

fn int_value(der: &[u8], tlv: &Tlv) -> u64 {
    bytes(der, tlv)
        .iter()
        .take(8)
        .fold(0u64, |acc, b| (acc << 8) | u64::from(*b))
}

/// A short text for a primitive value.
fn text(der: &[u8], tlv: &Tlv) -> String {
    let v = bytes(der, tlv);
    match tlv.tag {
        0x01 => if v.first().is_some_and(|b| *b != 0) {
            "TRUE"
        } else {
            "FALSE"
        }
        .into(),
        0x02 if v.len() <= 8 => int_value(der, tlv).to_string(),
        0x05 => "NULL".into(),
        0x06 => oid_text(v)
            .map(|o| {
                let n = oid_name(&o);
                if n.is_empty() {
                    o
                } else {
                    format!("{o} ({n})")
                }
            })
            .unwrap_or_else(|| "malformed OID".into()),
        0x0c | 0x13 | 0x16 | 0x17 | 0x18 | 0x82 | 0x86 => String::from_utf8_lossy(v).into_owned(),
        t if t & 0x20 != 0 => String::new(),
        _ if v.len() > 24 => format!("{} bytes", v.len()),
        _ => colon_hex(v),
    }
}

fn short_name(oid: &str) -> String {
    match oid {
        "2.5.4.3" => "CN",
        "2.5.4.6" => "C",
        "2.5.4.7" => "L",
        "2.5.4.8" => "ST",
        "2.5.4.10" => "O",
        "2.5.4.11" => "OU",
        other => other,
    }
    .into()
}

/// The extension's name from `oid_name` (only the id-ce arc, 2.5.29), else "extension".
fn extension_name(oid: &str) -> String {
    match oid_name(oid) {
        name if oid.starts_with("2.5.29.") && !name.is_empty() => name,
        _ => "extension",
    }
    .into()
}

fn oid_name(oid: &str) -> &'static str {
    match oid {
        "1.2.840.113549.1.1.1" => "rsaEncryption",
        "1.2.840.113549.1.1.11" => "sha256WithRSAEncryption",
        "1.2.840.113549.1.1.12" => "sha384WithRSAEncryption",
        "1.2.840.113549.1.1.13" => "sha512WithRSAEncryption",
        "1.2.840.113549.1.1.5" => "sha1WithRSAEncryption",
        "2.5.4.3" => "commonName",
        "2.5.4.6" => "countryName",
        "2.5.4.10" => "organizationName",
        "2.5.4.11" => "organizationalUnitName",
        "2.5.29.14" => "subjectKeyIdentifier",
        "2.5.29.15" => "keyUsage",
        "2.5.29.17" => "subjectAltName",
        "2.5.29.19" => "basicConstraints",
        "2.5.29.35" => "authorityKeyIdentifier",
        "2.5.29.37" => "extKeyUsage",
        "1.3.6.1.5.5.7.3.1" => "serverAuth",
        _ => "",
    }
}
