//! An `openssl x509 -text`-like rendering of a certificate, and the small formatters
//! (names, times, colon hex) the errors and the page share.

use core::fmt::Write;

use der::Encode;
use rsa::traits::PublicKeyParts;
use rsa::PublicKey as RsaPublicKey;
use spki::DecodePublicKey;
use x509_cert::certificate::Certificate;
use x509_cert::ext::pkix::name::GeneralName;
use x509_cert::ext::pkix::{
    AuthorityKeyIdentifier, BasicConstraints, ExtendedKeyUsage, KeyUsage, KeyUsages,
    SubjectAltName, SubjectKeyIdentifier,
};
use x509_cert::name::Name;

/// A name as OpenSSL prints it: `C = KR, O = wirelab, CN = wirelab Root CA`.
pub fn name_to_string(name: &Name) -> String {
    let mut parts = Vec::new();
    for atv in name.iter() {
        let key = match atv.oid.to_string().as_str() {
            "2.5.4.3" => "CN".to_string(),
            "2.5.4.6" => "C".to_string(),
            "2.5.4.7" => "L".to_string(),
            "2.5.4.8" => "ST".to_string(),
            "2.5.4.10" => "O".to_string(),
            "2.5.4.11" => "OU".to_string(),
            "1.2.840.113549.1.9.1" => "emailAddress".to_string(),
            other => other.to_string(),
        };
        let value = atv_value(&atv.value);
        parts.push(format!("{key} = {value}"));
    }
    parts.join(", ")
}

/// The text of a directory string (UTF8String, PrintableString, IA5String...).
fn atv_value(value: &der::Any) -> String {
    match core::str::from_utf8(value.value()) {
        Ok(s) => s.to_string(),
        Err(_) => colon_hex(value.value()),
    }
}

/// `ab:cd:ef`, lowercase, as OpenSSL prints serials and keys.
pub fn colon_hex(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect::<Vec<_>>()
        .join(":")
}

/// UNIX seconds as `YYYY-MM-DDTHH:MM:SSZ`.
pub fn unix_to_rfc3339(unix: u64) -> String {
    let (y, mo, d, h, mi, s) = civil(unix);
    format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}Z")
}

/// UNIX seconds as OpenSSL prints a validity time: `Nov 26 21:00:00 2026 GMT`.
pub fn unix_to_openssl(unix: u64) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let (y, mo, d, h, mi, s) = civil(unix);
    let month = MONTHS.get(mo.saturating_sub(1) as usize).unwrap_or(&"???");
    format!("{month} {d:2} {h:02}:{mi:02}:{s:02} {y} GMT")
}

/// Days since 1970-01-01 to (year, month, day): H. Hinnant's `civil_from_days`.
fn civil(unix: u64) -> (i64, u32, u32, u64, u64, u64) {
    let days = (unix / 86400) as i64;
    let secs = unix % 86400;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d, secs / 3600, secs % 3600 / 60, secs % 60)
}

/// The OpenSSL short name of a signature or key algorithm OID.
pub fn algorithm_name(oid: &str) -> String {
    match oid {
        "1.2.840.113549.1.1.1" => "rsaEncryption",
        "1.2.840.113549.1.1.5" => "sha1WithRSAEncryption",
        "1.2.840.113549.1.1.10" => "rsassaPss",
        "1.2.840.113549.1.1.11" => "sha256WithRSAEncryption",
        "1.2.840.113549.1.1.12" => "sha384WithRSAEncryption",
        "1.2.840.113549.1.1.13" => "sha512WithRSAEncryption",
        "1.2.840.10045.2.1" => "id-ecPublicKey",
        "1.2.840.10045.4.3.2" => "ecdsa-with-SHA256",
        "1.3.101.112" => "ED25519",
        other => other,
    }
    .to_string()
}

/// Hex lines of `per_line` bytes, each prefixed with `indent` spaces; a colon ends every
/// line but the last (OpenSSL's layout).
fn hex_block(out: &mut String, bytes: &[u8], per_line: usize, indent: usize) {
    let chunks: Vec<&[u8]> = bytes.chunks(per_line.max(1)).collect();
    for (i, chunk) in chunks.iter().enumerate() {
        let sep = if i + 1 < chunks.len() { ":" } else { "" };
        let _ = writeln!(out, "{:indent$}{}{sep}", "", colon_hex(chunk));
    }
}

/// The certificate as `openssl x509 -noout -text` prints it (the parts the lab makes
/// and reads; unknown extensions are shown as their OID and hex).
pub fn render_text(cert: &Certificate) -> String {
    let tbs = cert.tbs_certificate();
    let mut out = String::from("Certificate:\n    Data:\n");
    let version = tbs.version() as u8;
    let _ = writeln!(out, "        Version: {} (0x{version:x})", version + 1);
    let serial = tbs.serial_number().as_bytes();
    let trimmed: Vec<u8> = serial.iter().copied().skip_while(|b| *b == 0).collect();
    if trimmed.len() <= 8 && serial.first().is_none_or(|b| b & 0x80 == 0) {
        let v = trimmed
            .iter()
            .fold(0u64, |acc, b| (acc << 8) | u64::from(*b));
        let _ = writeln!(out, "        Serial Number: {v} (0x{v:x})");
    } else {
        let _ = writeln!(
            out,
            "        Serial Number:\n            {}",
            colon_hex(serial)
        );
    }
    let sig_alg = algorithm_name(&cert.signature_algorithm().oid.to_string());
    let _ = writeln!(out, "        Signature Algorithm: {sig_alg}");
    let _ = writeln!(out, "        Issuer: {}", name_to_string(tbs.issuer()));
    let validity = tbs.validity();
    let _ = writeln!(out, "        Validity");
    let nb = validity.not_before.to_unix_duration().as_secs();
    let na = validity.not_after.to_unix_duration().as_secs();
    let _ = writeln!(out, "            Not Before: {}", unix_to_openssl(nb));
    let _ = writeln!(out, "            Not After : {}", unix_to_openssl(na));
    let _ = writeln!(out, "        Subject: {}", name_to_string(tbs.subject()));
    let spki = tbs.subject_public_key_info();
    let _ = writeln!(out, "        Subject Public Key Info:");
    let key_alg = algorithm_name(&spki.algorithm.oid.to_string());
    let _ = writeln!(out, "            Public Key Algorithm: {key_alg}");
    let rsa_key = spki
        .to_der()
        .ok()
        .and_then(|d| RsaPublicKey::from_public_key_der(&d).ok());
    if let Some(key) = rsa_key {
        let n = key.n().to_be_bytes();
        let n: Vec<u8> = n.iter().copied().skip_while(|b| *b == 0).collect();
        let bits = num_bigint::BigUint::from_bytes_be(&n).bits();
        let _ = writeln!(
            out,
            "                Public-Key: ({bits} bit)\n                Modulus:"
        );
        let mut with_sign = vec![0u8];
        with_sign.extend_from_slice(&n);
        let shown = if n.first().is_some_and(|b| b & 0x80 != 0) {
            &with_sign[..]
        } else {
            &n[..]
        };
        hex_block(&mut out, shown, 15, 20);
        let e = num_bigint::BigUint::from_bytes_be(&key.e().to_be_bytes());
        let _ = writeln!(
            out,
            "                Exponent: {e} (0x{})",
            e.to_str_radix(16)
        );
    }
    if let Some(exts) = tbs.extensions() {
        let _ = writeln!(out, "        X509v3 extensions:");
        for ext in exts {
            render_extension(&mut out, ext);
        }
    }
    let _ = writeln!(
        out,
        "    Signature Algorithm: {sig_alg}\n    Signature Value:"
    );
    hex_block(&mut out, cert.signature().raw_bytes(), 18, 8);
    out
}

fn render_extension(out: &mut String, ext: &x509_cert::ext::Extension) {
    use der::Decode;
    let critical = if ext.critical { "critical" } else { "" };
    let value = ext.extn_value.as_bytes();
    let (name, body) = match ext.extn_id.to_string().as_str() {
        "2.5.29.19" => (
            "X509v3 Basic Constraints",
            BasicConstraints::from_der(value).ok().map(|bc| {
                let mut s = format!("CA:{}", if bc.ca { "TRUE" } else { "FALSE" });
                if let Some(n) = bc.path_len_constraint {
                    let _ = write!(s, ", pathlen:{n}");
                }
                s
            }),
        ),
        "2.5.29.15" => (
            "X509v3 Key Usage",
            KeyUsage::from_der(value).ok().map(|ku| key_usage_text(&ku)),
        ),
        "2.5.29.37" => (
            "X509v3 Extended Key Usage",
            ExtendedKeyUsage::from_der(value).ok().map(|eku| {
                eku.0
                    .iter()
                    .map(|oid| match oid.to_string().as_str() {
                        "1.3.6.1.5.5.7.3.1" => "TLS Web Server Authentication".to_string(),
                        "1.3.6.1.5.5.7.3.2" => "TLS Web Client Authentication".to_string(),
                        other => other.to_string(),
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            }),
        ),
        "2.5.29.14" => (
            "X509v3 Subject Key Identifier",
            SubjectKeyIdentifier::from_der(value)
                .ok()
                .map(|ski| colon_hex(ski.0.as_bytes()).to_ascii_uppercase()),
        ),
        "2.5.29.35" => (
            "X509v3 Authority Key Identifier",
            AuthorityKeyIdentifier::from_der(value).ok().map(|aki| {
                aki.key_identifier
                    .map(|k| colon_hex(k.as_bytes()).to_ascii_uppercase())
                    .unwrap_or_default()
            }),
        ),
        "2.5.29.17" => (
            "X509v3 Subject Alternative Name",
            SubjectAltName::from_der(value).ok().map(|san| {
                san.0
                    .iter()
                    .map(|n| match n {
                        GeneralName::DnsName(d) => format!("DNS:{d}"),
                        GeneralName::Rfc822Name(e) => format!("email:{e}"),
                        GeneralName::IpAddress(ip) => ip_text(ip.as_bytes()),
                        _ => "othername".to_string(),
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            }),
        ),
        other => {
            let _ = writeln!(out, "            {other}: {critical}");
            hex_block(out, value, 18, 16);
            return;
        }
    };
    let _ = writeln!(out, "            {name}: {critical}");
    let _ = writeln!(
        out,
        "                {}",
        body.unwrap_or_else(|| "<malformed>".into())
    );
}

fn key_usage_text(ku: &KeyUsage) -> String {
    let names = [
        (KeyUsages::DigitalSignature, "Digital Signature"),
        (KeyUsages::NonRepudiation, "Non Repudiation"),
        (KeyUsages::KeyEncipherment, "Key Encipherment"),
        (KeyUsages::DataEncipherment, "Data Encipherment"),
        (KeyUsages::KeyAgreement, "Key Agreement"),
        (KeyUsages::KeyCertSign, "Certificate Sign"),
        (KeyUsages::CRLSign, "CRL Sign"),
        (KeyUsages::EncipherOnly, "Encipher Only"),
        (KeyUsages::DecipherOnly, "Decipher Only"),
    ];
    names
        .iter()
        .filter(|(flag, _)| ku.0.contains(*flag))
        .map(|(_, name)| *name)
        .collect::<Vec<_>>()
        .join(", ")
}

fn ip_text(bytes: &[u8]) -> String {
    match bytes {
        [a, b, c, d] => format!("IP Address:{a}.{b}.{c}.{d}"),
        // OpenSSL prints all eight groups, uppercase, without "::" compression.
        b if b.len() == 16 => {
            let groups: Vec<String> = b
                .chunks(2)
                .map(|g| format!("{:X}", u16::from_be_bytes([g[0], g[1]])))
                .collect();
            format!("IP Address:{}", groups.join(":"))
        }
        _ => format!("IP Address:{}", colon_hex(bytes)),
    }
}
