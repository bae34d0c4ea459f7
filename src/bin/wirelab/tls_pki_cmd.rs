//! `wirelab tls pki --out DIR [--bits B] [--cn NAME] [--dns NAME]... [--not-before T]
//! [--not-after T] [--seed N]`: a CA and a server certificate, as the page makes them.
//!
//! T is UNIX seconds, `YYYY-MM-DD` or RFC 3339 (`2026-11-26T21:00:00Z`). The clock and
//! the OS entropy are read here, never in the engine.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use rand_chacha::ChaCha20Rng;
use rand_core::SeedableRng;
use wirelab::tls::pki::{self, CaParams, PrivateKeyFormat, ServerCertParams};

const USAGE: &str = "usage: wirelab tls pki --out DIR [--bits B] [--cn NAME] [--dns NAME]... \
[--not-before T] [--not-after T] [--seed N]";

/// The options of `wirelab tls pki`.
struct Options {
    out: PathBuf,
    bits: usize,
    cn: String,
    dns: Vec<String>,
    not_before: Option<u64>,
    not_after: Option<u64>,
    seed: Option<u64>,
}

fn parse_options(args: &[String]) -> Result<Options, String> {
    let mut o = Options {
        out: PathBuf::new(),
        bits: 2048,
        cn: "localhost".into(),
        dns: Vec::new(),
        not_before: None,
        not_after: None,
        seed: None,
    };
    let mut out = None;
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let mut value = || {
            it.next()
                .cloned()
                .ok_or(format!("{flag} needs a value\n{USAGE}"))
        };
        match flag.as_str() {
            "--out" => out = Some(PathBuf::from(value()?)),
            "--bits" => {
                let v = value()?;
                o.bits = v
                    .parse()
                    .map_err(|_| format!("--bits: not a number: {v}"))?;
            }
            "--cn" => o.cn = value()?,
            "--dns" => o.dns.push(value()?),
            "--not-before" => o.not_before = Some(parse_time(&value()?)?),
            "--not-after" => o.not_after = Some(parse_time(&value()?)?),
            "--seed" => {
                let v = value()?;
                o.seed = Some(
                    v.parse()
                        .map_err(|_| format!("--seed: not a number: {v}"))?,
                );
            }
            other => return Err(format!("unknown option {other}\n{USAGE}")),
        }
    }
    o.out = out.ok_or(USAGE)?;
    Ok(o)
}

/// Runs `wirelab tls pki ARGS`.
pub fn run(args: &[String]) -> Result<ExitCode, String> {
    let o = parse_options(args)?;
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_err(|e| format!("system clock: {e}"))?
        .as_secs();
    // Without --not-before: an hour ago, or a year before an earlier --not-after (so
    // `--not-after 2020-01-01` alone makes an expired certificate, not an error).
    let not_before = match (o.not_before, o.not_after) {
        (Some(t), _) => t,
        (None, Some(na)) if na < now.saturating_sub(3600) => na.saturating_sub(365 * 86400),
        (None, _) => now.saturating_sub(3600),
    };
    let not_after = o
        .not_after
        .unwrap_or(not_before.saturating_add(365 * 86400));
    if not_after < not_before {
        return Err("--not-after is before --not-before".into());
    }
    let mut rng = match o.seed {
        Some(seed) => ChaCha20Rng::seed_from_u64(seed),
        None => {
            let mut seed = [0u8; 32];
            getrandom::fill(&mut seed).map_err(|e| format!("getrandom: {e}"))?;
            ChaCha20Rng::from_seed(seed)
        }
    };
    let ca_key = pki::generate_rsa_key(&mut rng, o.bits, |_| {}).map_err(|e| e.to_string())?;
    let server_key = pki::generate_rsa_key(&mut rng, o.bits, |_| {}).map_err(|e| e.to_string())?;
    // The CA covers now and the whole server validity, so only the server
    // certificate's own dates decide "expired" or "not yet valid".
    let mut ca_params = CaParams::new("wirelab Root CA", now);
    ca_params.not_before = ca_params.not_before.min(not_before.saturating_sub(3600));
    ca_params.not_after = ca_params.not_after.max(not_after);
    let ca = pki::make_ca(&ca_params, &ca_key, &mut rng).map_err(|e| e.to_string())?;
    let params = ServerCertParams {
        common_name: o.cn.clone(),
        dns_names: default_names(&o.cn, &o.dns),
        not_before,
        not_after,
    };
    let server = pki::make_server_cert(&ca, &ca_key, server_key.as_public_key(), &params, &mut rng)
        .map_err(|e| e.to_string())?;
    std::fs::create_dir_all(&o.out).map_err(|e| format!("{}: {e}", o.out.display()))?;
    let files = [
        ("ca.pem", pki::cert_to_pem(&ca).map_err(|e| e.to_string())?),
        (
            "ca.key",
            pki::private_key_to_pem(&ca_key, PrivateKeyFormat::Pkcs8).map_err(|e| e.to_string())?,
        ),
        (
            "server.pem",
            pki::cert_to_pem(&server).map_err(|e| e.to_string())?,
        ),
        (
            "server.key",
            pki::private_key_to_pem(&server_key, PrivateKeyFormat::Pkcs8)
                .map_err(|e| e.to_string())?,
        ),
    ];
    for (name, text) in files {
        let path = o.out.join(name);
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
        println!("{}", path.display());
    }
    Ok(ExitCode::SUCCESS)
}

/// The SAN entries: the --dns names, or the CN; `localhost` also gets 127.0.0.1 and
/// ::1 so a client that connects by address can verify it too.
fn default_names(cn: &str, dns: &[String]) -> Vec<String> {
    if !dns.is_empty() {
        return dns.to_vec();
    }
    let mut names = vec![cn.to_string()];
    if cn.eq_ignore_ascii_case("localhost") {
        names.extend(["127.0.0.1".to_string(), "::1".to_string()]);
    }
    names
}

/// UNIX seconds, `YYYY-MM-DD` (midnight UTC) or RFC 3339 (`YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)`).
pub fn parse_time(text: &str) -> Result<u64, String> {
    let bad = || format!("bad time {text:?}: use UNIX seconds, YYYY-MM-DD or RFC 3339");
    let t = text.trim();
    if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) {
        return t.parse().map_err(|_| bad());
    }
    let num = |s: &str| -> Result<i64, String> {
        if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        s.parse::<i64>().map_err(|_| bad())
    };
    let (date, time) = match t.find(['T', 't', ' ']) {
        Some(i) => (&t[..i], Some(&t[i + 1..])),
        None => (t, None),
    };
    let mut d = date.split('-');
    let (Some(y), Some(m), Some(day), None) = (d.next(), d.next(), d.next(), d.next()) else {
        return Err(bad());
    };
    let (y, m, day) = (num(y)?, num(m)?, num(day)?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&day) {
        return Err(bad());
    }
    let mut secs = days_from_civil(y, m, day) * 86400;
    if let Some(time) = time {
        let (clock, offset) = if let Some(c) = time.strip_suffix(['Z', 'z']) {
            (c, 0)
        } else if let Some(i) = time.rfind(['+', '-']) {
            let (c, off) = time.split_at(i);
            let sign = if off.starts_with('-') { -1 } else { 1 };
            let (oh, om) = off[1..].split_once(':').ok_or_else(bad)?;
            (c, sign * (num(oh)? * 3600 + num(om)? * 60))
        } else {
            return Err(bad());
        };
        let clock = clock.split('.').next().unwrap_or_default();
        let mut parts = clock.split(':');
        let (Some(h), Some(mi), Some(s), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(bad());
        };
        let (h, mi, s) = (num(h)?, num(mi)?, num(s)?);
        if h > 23 || mi > 59 || s > 60 {
            return Err(bad());
        }
        secs += h * 3600 + mi * 60 + s - offset;
    }
    u64::try_from(secs).map_err(|_| bad())
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_in_every_accepted_form() {
        // 2026-01-01T00:00:00Z = 1767225600 (python3: calendar.timegm).
        for text in [
            "1767225600",
            "2026-01-01",
            "2026-01-01T00:00:00Z",
            "2026-01-01t00:00:00.250z",
            "2026-01-01T09:00:00+09:00",
            "2025-12-31T19:30:00-04:30",
        ] {
            assert_eq!(parse_time(text), Ok(1_767_225_600), "{text}");
        }
        assert_eq!(parse_time("2024-02-29"), Ok(1_709_164_800));
        assert_eq!(parse_time("1970-01-01T00:00:00Z"), Ok(0));
        for bad in [
            "",
            "yesterday",
            "2026-13-01",
            "2026-01",
            "2026-01-01T25:00:00Z",
            "2026-01-01T00:00",
            "1969-12-31",
            "-5",
            "2026-01-01T00:00:00+9",
        ] {
            assert!(parse_time(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn localhost_gets_loopback_addresses() {
        assert_eq!(
            default_names("localhost", &[]),
            ["localhost", "127.0.0.1", "::1"]
        );
        assert_eq!(default_names("lab.example", &[]), ["lab.example"]);
        assert_eq!(default_names("x", &["a".into(), "b".into()]), ["a", "b"]);
    }
}
