//! NUMBER tokens as CPython 3.11's tokenizer reads them (`tok_get`'s number branch,
//! `tok_decimal_tail`, `verify_end_of_number`), with its errors and carets.

use super::tokenizer::{digit, is_id_char, Tok};
use super::LiteralError;

impl Tok<'_> {
    pub(super) fn decimal_tail(&mut self) -> Result<Option<char>, LiteralError> {
        loop {
            let mut c = self.nextc();
            while digit(c) {
                c = self.nextc();
            }
            if c != Some('_') {
                return Ok(c);
            }
            let c = self.nextc();
            if !digit(c) {
                self.backup(c);
                return Err(self.error("invalid decimal literal".into()));
            }
        }
    }

    /// CPython's `verify_end_of_number`: a letter right after a number is an error,
    /// except the keywords that may follow one (`1if x else y` only warns).
    pub(super) fn verify_end(&mut self, c: Option<char>, kind: &str) -> Result<(), LiteralError> {
        let Some(ch) = c else { return Ok(()) };
        let rest: &[char] = self.s.get(self.cur..).unwrap_or(&[]);
        let starts =
            |w: &str| w.chars().zip(rest.iter()).filter(|(a, b)| a == *b).count() == w.len();
        let keyword = match ch {
            'a' => starts("nd"),
            'e' => starts("lse"),
            'f' => starts("or"),
            'i' => matches!(rest.first(), Some('f' | 'n' | 's')),
            'o' => starts("r"),
            'n' => starts("ot"),
            _ => false,
        };
        // CPython 3.11.7 only objects to ASCII letters here.
        if !keyword && ch.is_ascii() && is_id_char(ch) {
            self.backup(c);
            return Err(self.error(format!("invalid {kind} literal")));
        }
        Ok(())
    }

    pub(super) fn radix_number(
        &mut self,
        radix: u32,
        kind: &str,
    ) -> Result<Option<char>, LiteralError> {
        let ok = |c: Option<char>| c.is_some_and(|c| c.is_digit(radix));
        let mut c = self.nextc();
        loop {
            if c == Some('_') {
                c = self.nextc();
            }
            if !ok(c) {
                if radix != 16 && digit(c) {
                    let d = c.unwrap_or('0');
                    return Err(self.error(format!("invalid digit '{d}' in {kind} literal")));
                }
                self.backup(c);
                return Err(self.error(format!("invalid {kind} literal")));
            }
            while ok(c) {
                c = self.nextc();
            }
            if c != Some('_') {
                break;
            }
        }
        if radix != 16 && digit(c) {
            let d = c.unwrap_or('0');
            return Err(self.error(format!("invalid digit '{d}' in {kind} literal")));
        }
        self.verify_end(c, kind)?;
        Ok(c)
    }

    /// Reads a number whose first character (a digit, or `.` before a digit) is taken.
    pub(super) fn number(&mut self, first: char, start: usize) -> Result<(), LiteralError> {
        let mut c;
        if first == '.' {
            c = self.nextc();
            return self.fraction(c);
        }
        if first == '0' {
            c = self.nextc();
            match c {
                Some('x' | 'X') => c = self.radix_number(16, "hexadecimal")?,
                Some('o' | 'O') => c = self.radix_number(8, "octal")?,
                Some('b' | 'B') => c = self.radix_number(2, "binary")?,
                _ => {
                    let mut nonzero = false;
                    loop {
                        if c == Some('_') {
                            c = self.nextc();
                            if !digit(c) {
                                self.backup(c);
                                return Err(self.error("invalid decimal literal".into()));
                            }
                        }
                        if c != Some('0') {
                            break;
                        }
                        c = self.nextc();
                    }
                    let zeros_end = self.cur;
                    if digit(c) {
                        nonzero = true;
                        c = self.decimal_tail()?;
                    }
                    match c {
                        Some('.') => {
                            c = self.nextc();
                            return self.fraction(c);
                        }
                        Some('e' | 'E' | 'j' | 'J') => return self.exponent(c),
                        _ if nonzero => {
                            self.backup(c);
                            // syntaxerror_known_range: CPython passes byte offsets here.
                            let bytes = |to: usize| -> usize {
                                self.s
                                    .get(self.line_start..to)
                                    .unwrap_or(&[])
                                    .iter()
                                    .map(|c| c.len_utf8())
                                    .sum()
                            };
                            let mut e = LiteralError::syntax(
                                "leading zeros in decimal integer literals are not permitted; \
                                 use an 0o prefix for octal integers"
                                    .into(),
                                self.line,
                                bytes(start) + 1,
                            );
                            e.end_column = bytes(zeros_end);
                            return Err(e);
                        }
                        _ => self.verify_end(c, "decimal")?,
                    }
                }
            }
            self.backup(c);
            return Ok(());
        }
        c = self.decimal_tail()?;
        if c == Some('.') {
            c = self.nextc();
            return self.fraction(c);
        }
        self.exponent(c)
    }

    pub(super) fn fraction(&mut self, mut c: Option<char>) -> Result<(), LiteralError> {
        if digit(c) {
            c = self.decimal_tail()?;
        }
        self.exponent(c)
    }

    /// The optional exponent and `j` suffix, then the end check.
    pub(super) fn exponent(&mut self, mut c: Option<char>) -> Result<(), LiteralError> {
        if let Some(e @ ('e' | 'E')) = c {
            c = self.nextc();
            if matches!(c, Some('+' | '-')) {
                c = self.nextc();
                if !digit(c) {
                    self.backup(c);
                    return Err(self.error("invalid decimal literal".into()));
                }
            } else if !digit(c) {
                self.backup(c);
                self.verify_end(Some(e), "decimal")?;
                self.backup(Some(e));
                return Ok(());
            }
            c = self.decimal_tail()?;
        }
        if matches!(c, Some('j' | 'J')) {
            c = self.nextc();
            self.verify_end(c, "imaginary")?;
        } else {
            self.verify_end(c, "decimal")?;
        }
        self.backup(c);
        Ok(())
    }
}
