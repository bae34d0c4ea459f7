//! The decompressed text under the token view, as a reader reads it: UTF-8 shown as
//! text (Korean stays Korean), each character drawn in the token that holds its first
//! byte (a copy may start in the middle of a character), control characters and
//! bytes that are not UTF-8 escaped as Python's `repr` escapes them.

use std::ops::Range;

/// One unit of the output: a character, or a byte that is not UTF-8.
struct Unit {
    start: usize,
    text: String,
}

fn escape(c: char) -> String {
    match c {
        '\n' => "\\n".into(),
        '\r' => "\\r".into(),
        '\t' => "\\t".into(),
        '\\' => "\\\\".into(),
        c if (c as u32) < 0x20 || c as u32 == 0x7f => format!("\\x{:02x}", c as u32),
        c => c.to_string(),
    }
}

fn units(output: &[u8]) -> Vec<Unit> {
    let mut out = Vec::new();
    let mut at = 0;
    for chunk in output.utf8_chunks() {
        for (i, c) in chunk.valid().char_indices() {
            out.push(Unit {
                start: at + i,
                text: escape(c),
            });
        }
        at += chunk.valid().len();
        for b in chunk.invalid() {
            out.push(Unit {
                start: at,
                text: format!("\\x{b:02x}"),
            });
            at += 1;
        }
    }
    out
}

/// The text of each token, given the output byte range each one produced.
pub fn token_texts(output: &[u8], ranges: &[Range<usize>]) -> Vec<String> {
    let units = units(output);
    ranges
        .iter()
        .map(|r| {
            let first = units.partition_point(|u| u.start < r.start);
            units[first..]
                .iter()
                .take_while(|u| u.start < r.end)
                .map(|u| u.text.as_str())
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn korean_stays_korean_and_goes_where_it_starts() {
        // '안녕' is ec 95 88 eb 85 95: a token boundary inside the first syllable.
        let out = "안녕\n".as_bytes();
        let texts = token_texts(out, &[0..2, 2..6, 6..7]);
        assert_eq!(
            texts,
            vec!["안".to_owned(), "녕".to_owned(), "\\n".to_owned()]
        );
    }

    #[test]
    fn bytes_that_are_not_utf8_are_escaped() {
        let texts = token_texts(b"a\xff\x00b", &[0..2, 2..4]);
        assert_eq!(texts, vec!["a\\xff".to_owned(), "\\x00b".to_owned()]);
    }
}
