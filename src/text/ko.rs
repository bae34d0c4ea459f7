//! Korean particles (조사) that fit the word they follow: 이/가, 을/를, 은/는, 과/와,
//! 으로/로, chosen from how the word's last letter or digit is read aloud.
//!
//! A Hangul syllable has a final consonant (받침) when `(code - 0xAC00) % 28 != 0`
//! (final ㄹ is index 8, which takes 로 rather than 으로). Digits are read in Korean
//! (1 일, 3 삼, 10 십, 100 백...), Latin letters by their Korean reading: a lone
//! letter or an acronym by the letter's name (L 엘, M 엠, N 엔, R 알), a word by
//! its loanword ending (`set` 세트, `list` 리스트, `pickle` 피클, `None` 논, `stack`
//! 스택). Quotes, brackets and other punctuation at the end are skipped, so `'a'`
//! reads as 에이 and `f()` as 에프.

/// Which particle pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Particle {
    /// 이 / 가 (subject).
    Subject,
    /// 을 / 를 (object).
    Object,
    /// 은 / 는 (topic).
    Topic,
    /// 과 / 와 (and, with).
    With,
    /// 으로 / 로 (to, as, by).
    Toward,
}

/// How a word ends when read aloud.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ending {
    /// No final consonant (or nothing readable).
    Vowel,
    /// A final ㄹ.
    Rieul,
    /// Any other final consonant.
    Consonant,
}

/// The particle that fits after `word`.
pub fn particle(word: &str, p: Particle) -> &'static str {
    let ending = ending(word);
    let batchim = ending != Ending::Vowel;
    match p {
        Particle::Subject => pick(batchim, "이", "가"),
        Particle::Object => pick(batchim, "을", "를"),
        Particle::Topic => pick(batchim, "은", "는"),
        Particle::With => pick(batchim, "과", "와"),
        Particle::Toward => pick(ending == Ending::Consonant, "으로", "로"),
    }
}

/// `word` followed by the particle that fits it.
pub fn attach(word: &str, p: Particle) -> String {
    format!("{word}{}", particle(word, p))
}

fn pick(batchim: bool, with: &'static str, without: &'static str) -> &'static str {
    if batchim {
        with
    } else {
        without
    }
}

/// Names read as a word other than their spelling suggests: `str` is 스트링.
const ABBREVIATIONS: &[(&str, Ending)] = &[("str", Ending::Consonant)];

fn ending(word: &str) -> Ending {
    let Some(last) = word.chars().rev().find(|c| c.is_alphanumeric()) else {
        return Ending::Vowel;
    };
    if ('\u{AC00}'..='\u{D7A3}').contains(&last) {
        return match (u32::from(last) - 0xAC00) % 28 {
            0 => Ending::Vowel,
            8 => Ending::Rieul,
            _ => Ending::Consonant,
        };
    }
    // The run of ASCII letters or digits the word ends with.
    let tail: Vec<char> = word
        .chars()
        .rev()
        .skip_while(|c| !c.is_alphanumeric())
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    if last.is_ascii_digit() {
        return number_ending(&tail);
    }
    if !last.is_ascii_alphabetic() {
        return Ending::Vowel;
    }
    let letters: Vec<char> = tail
        .iter()
        .take_while(|c| c.is_ascii_alphabetic())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let spelled = letters.len() == 1
        || tail
            .iter()
            .take_while(|c| c.is_ascii_alphabetic())
            .all(|c| c.is_ascii_uppercase());
    let word: String = letters.iter().rev().collect();
    if let Some(&(_, e)) = ABBREVIATIONS.iter().find(|(w, _)| *w == word) {
        e
    } else if spelled {
        letter_name_ending(last.to_ascii_lowercase())
    } else {
        word_ending(&letters)
    }
}

/// Digits read in Korean: the last non-zero digit, or the power of ten the
/// trailing zeros make (`tail` is reversed: last digit first).
fn number_ending(tail: &[char]) -> Ending {
    let digits: Vec<char> = tail
        .iter()
        .copied()
        .take_while(char::is_ascii_digit)
        .collect();
    let zeros = digits.iter().take_while(|&&d| d == '0').count();
    if zeros == digits.len() {
        // 영 (zero).
        return Ending::Consonant;
    }
    match zeros {
        // 일 이 삼 사 오 육 칠 팔 구.
        0 => match digits.first() {
            Some('1' | '7' | '8') => Ending::Rieul,
            Some('3' | '6') => Ending::Consonant,
            _ => Ending::Vowel,
        },
        // 십, 백, 천, 만, 억.
        1..=11 => Ending::Consonant,
        // 조.
        _ => Ending::Vowel,
    }
}

/// A letter read by its name: 엘, 알 (ㄹ); 엠, 엔 (other finals); the rest end in a vowel.
fn letter_name_ending(c: char) -> Ending {
    match c {
        'l' | 'r' => Ending::Rieul,
        'm' | 'n' => Ending::Consonant,
        _ => Ending::Vowel,
    }
}

/// A word read as a loanword (`letters` reversed, lowercase): final l/le is ㄹ
/// (피클, 불), m/n/ng/ck and a silent e after m or n are a final consonant (시스템,
/// 논, 스택), everything else ends in a vowel (세트, 리스트, 바이츠, 코드).
fn word_ending(letters: &[char]) -> Ending {
    match letters {
        ['e', 'l', ..] | ['l', ..] => Ending::Rieul,
        ['e', 'm' | 'n', ..] | ['m' | 'n', ..] | ['g', 'n', ..] | ['k', 'c', ..] => {
            Ending::Consonant
        }
        _ => Ending::Vowel,
    }
}

#[cfg(test)]
mod tests {
    use super::{attach, particle, Particle::*};

    #[test]
    fn hangul_final_consonants() {
        assert_eq!(attach("바이트", Subject), "바이트가");
        assert_eq!(attach("옵코드", Object), "옵코드를");
        assert_eq!(attach("스택", Topic), "스택은");
        assert_eq!(attach("메모", With), "메모와");
        assert_eq!(attach("블록", With), "블록과");
        assert_eq!(attach("문자열", Toward), "문자열로");
        assert_eq!(attach("정수", Toward), "정수로");
        assert_eq!(attach("배열", Subject), "배열이");
        assert_eq!(attach("16진수", Object), "16진수를");
        assert_eq!(attach("압축", Toward), "압축으로");
    }

    #[test]
    fn python_names_read_as_loanwords() {
        assert_eq!(attach("set", Subject), "set가");
        assert_eq!(attach("list", Object), "list를");
        assert_eq!(attach("tuple", Topic), "tuple은");
        assert_eq!(attach("pickle", Toward), "pickle로");
        assert_eq!(attach("None", Subject), "None이");
        assert_eq!(attach("os.system", Object), "os.system을");
        assert_eq!(attach("builtins.eval", Object), "builtins.eval을");
        assert_eq!(attach("bytes", Subject), "bytes가");
        assert_eq!(attach("json", Toward), "json으로");
        assert_eq!(attach("string", Subject), "string이");
        assert_eq!(attach("stack", Topic), "stack은");
        assert_eq!(attach("frame", Object), "frame을");
        assert_eq!(attach("str", Object), "str을");
        assert_eq!(attach("dict", Object), "dict를");
        assert_eq!(attach("float", Toward), "float로");
    }

    #[test]
    fn letters_and_acronyms_read_by_name() {
        assert_eq!(attach("'a'", Topic), "'a'는");
        assert_eq!(attach("'l'", Topic), "'l'은");
        assert_eq!(attach("'n'", Object), "'n'을");
        assert_eq!(attach("JSON", Toward), "JSON으로");
        assert_eq!(attach("HTML", Toward), "HTML로");
        assert_eq!(attach("TLS", Subject), "TLS가");
        assert_eq!(attach("CRC", Object), "CRC를");
    }

    #[test]
    fn digits_read_in_korean() {
        assert_eq!(attach("1", Topic), "1은");
        assert_eq!(attach("2", Topic), "2는");
        assert_eq!(attach("3", Subject), "3이");
        assert_eq!(attach("5", Object), "5를");
        assert_eq!(attach("6", Toward), "6으로");
        assert_eq!(attach("7", Toward), "7로");
        assert_eq!(attach("10", Topic), "10은");
        assert_eq!(attach("0", Subject), "0이");
        assert_eq!(attach("1000000000000", Subject), "1000000000000가");
        assert_eq!(attach("'42'", Topic), "'42'는");
        assert_eq!(attach("0x1f", Topic), "0x1f는");
    }

    #[test]
    fn closing_quotes_and_brackets_are_skipped() {
        assert_eq!(attach("calling f()", Subject), "calling f()가");
        assert_eq!(attach("[1, 2, 3]", Topic), "[1, 2, 3]은");
        assert_eq!(attach("\"스택\"", Subject), "\"스택\"이");
        assert_eq!(particle("", Subject), "가");
        assert_eq!(particle("...", Object), "를");
    }
}
