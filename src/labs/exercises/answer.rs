//! Reading what a learner typed into an answer box: numbers, chunk sizes, settings
//! lines, dates. Each reader says `None` when the text is not what it reads.

/// A whole number: decimal, or hexadecimal with `0x`, underscores and commas allowed
/// as Python's and the page's groupings.
pub fn number(text: &str) -> Option<u64> {
    let t: String = text
        .trim()
        .chars()
        .filter(|c| *c != '_' && *c != ',')
        .collect();
    match t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        Some(hex) => u64::from_str_radix(hex, 16).ok(),
        None => t.parse().ok(),
    }
}

/// Sizes separated by commas or spaces (`8,8,8`, `8 8 8`), at most 64 of them.
pub fn sizes(text: &str) -> Option<Vec<u64>> {
    let parts: Vec<&str> = text
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|p| !p.is_empty())
        .collect();
    if parts.is_empty() || parts.len() > 64 {
        return None;
    }
    parts.iter().map(|p| p.parse().ok()).collect()
}

/// `name = value` (or `name: value`) lines; blank lines and `#` comments skipped.
/// `Err` is the 1-based line that does not read.
pub fn settings(text: &str) -> Result<Vec<(String, String)>, u64> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let Some((name, value)) = line.split_once(['=', ':']) else {
            return Err(n as u64 + 1);
        };
        let name = name.trim().to_ascii_lowercase();
        let value = value.trim().trim_matches(['\'', '"']).to_string();
        if name.is_empty() || value.is_empty() {
            return Err(n as u64 + 1);
        }
        out.push((name, value));
    }
    Ok(out)
}

/// A moment as UNIX seconds: a number, or a date `YYYY-MM-DD` (midnight UTC).
pub fn moment(text: &str) -> Option<u64> {
    if let Some(n) = number(text) {
        return Some(n);
    }
    let mut parts = text.trim().split('-');
    let y: i64 = parts.next()?.parse().ok()?;
    let m: i64 = parts.next()?.parse().ok()?;
    let d: i64 = parts.next()?.parse().ok()?;
    if parts.next().is_some() || !(1970..=9999).contains(&y) || !(1..=12).contains(&m) {
        return None;
    }
    if !(1..=31).contains(&d) {
        return None;
    }
    u64::try_from(days_from_civil(y, m, d) * 86_400).ok()
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_dates_and_lines_read_as_typed() {
        assert_eq!(number(" 0x0bf402e7 "), Some(0x0bf4_02e7));
        assert_eq!(number("1,000"), Some(1000));
        assert_eq!(number("abc"), None);
        assert_eq!(sizes("8, 8 8,4"), Some(vec![8, 8, 8, 4]));
        assert_eq!(sizes(""), None);
        assert_eq!(moment("2027-01-01"), Some(1_798_761_600));
        assert_eq!(moment("1970-01-01"), Some(0));
        assert_eq!(moment("2027-13-01"), None);
        let lines = settings("host = a.b # x\n\ndate: 2030-01-01").map_err(|_| ());
        assert_eq!(
            lines,
            Ok(vec![
                ("host".into(), "a.b".into()),
                ("date".into(), "2030-01-01".into())
            ])
        );
        assert_eq!(settings("host\n"), Err(1));
    }
}
