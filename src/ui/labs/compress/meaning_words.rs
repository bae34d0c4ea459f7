//! The Compress lab's words for what the zlib engine hands over as keys: a header or
//! trailer field's meaning (`zlib::anatomy::Meaning`) and why reading stopped where it
//! is wirelab's doing, not zlib's (`AnatomyError::{Truncated, OutputLimit}`,
//! `ZlibError::OutputLimit`). zlib's and Python's own texts stay verbatim.

use crate::text::ko::{particle, Particle};
use crate::zlib::anatomy::{AnatomyError, ExtraFlagsHint, LevelHint, Meaning, OsKind};

/// A field's meaning in English: the CLI's words (`wirelab zlib inspect`).
pub fn meaning_en(m: &Meaning) -> String {
    m.to_string()
}

/// A header or trailer field's meaning, in Korean.
pub fn meaning_ko(m: &Meaning) -> String {
    let verdict = |ok: bool| if ok { "일치" } else { "불일치" };
    match m {
        Meaning::Deflate => "deflate".into(),
        Meaning::UnknownMethod(cm) => format!("알 수 없는 압축 방식 {cm}"),
        Meaning::Window { log2, bytes } => format!("윈도 크기 2^{log2} = {bytes}바이트"),
        Meaning::HeaderCheck { valid: true } => "CMF*256+FLG가 31의 배수: 올바름".into(),
        Meaning::HeaderCheck { valid: false } => "CMF*256+FLG가 31의 배수가 아님".into(),
        Meaning::PresetDictionary { present: true } => "미리 정한 사전이 뒤따름 (DICTID)".into(),
        Meaning::PresetDictionary { present: false } => "미리 정한 사전 없음".into(),
        Meaning::Level(hint) => match hint {
            LevelHint::Fastest => "압축기가 가장 빠른 설정을 씀 (레벨 0-1)",
            LevelHint::Fast => "압축기가 빠른 설정을 씀 (레벨 2-5)",
            LevelHint::Default => "압축기가 기본 설정을 씀 (레벨 6)",
            LevelHint::Maximum => "압축기가 최대 압축을 씀 (레벨 7-9)",
        }
        .into(),
        Meaning::DictionaryId => "사전의 Adler-32".into(),
        Meaning::Check { matches, computed } => {
            let hex = format!("{computed:08x}");
            format!(
                "다시 계산한 값 {}{} {}",
                hex,
                particle(&hex, Particle::With),
                verdict(*matches)
            )
        }
        Meaning::Length { matches, real } => {
            format!(
                "{} (출력 길이를 2^32로 나눈 나머지: {real}바이트)",
                verdict(*matches)
            )
        }
        Meaning::GzipMagic { valid: true } => "gzip 매직 넘버 1f 8b".into(),
        Meaning::GzipMagic { valid: false } => "gzip 매직 넘버 1f 8b가 아님".into(),
        Meaning::Flags(set) if set.is_empty() => "플래그 없음".into(),
        Meaning::Flags(set) => set.join(" "),
        Meaning::Mtime(0) => "타임스탬프 없음".into(),
        Meaning::Mtime(t) => format!("1970-01-01 UTC로부터 {t}초 뒤"),
        Meaning::ExtraFlags(hint) => match hint {
            ExtraFlagsHint::Maximum => "최대 압축 (레벨 9)",
            ExtraFlagsHint::Fastest => "가장 빠른 압축 (레벨 1)",
            ExtraFlagsHint::None => "힌트 없음",
        }
        .into(),
        Meaning::Os(os) => os
            .name()
            .unwrap_or(if *os == OsKind::Unknown {
                "알 수 없음"
            } else {
                "기타"
            })
            .into(),
        Meaning::ExtraLength(n) => format!("추가 필드 {n}바이트"),
        Meaning::ExtraField => "추가 필드".into(),
        Meaning::Text(text) => format!("{text:?}"),
        Meaning::HeaderCrc { matches, computed } => {
            let hex = format!("{computed:04x}");
            format!(
                "헤더 CRC-32의 하위 비트 {}{} {}",
                hex,
                particle(&hex, Particle::With),
                verdict(*matches)
            )
        }
    }
}

/// Why the anatomy stopped, in English, where it is wirelab's limit or an early end
/// (zlib's errors are shown as Python prints them).
pub fn stopped_en(e: &AnatomyError) -> Option<String> {
    match e {
        AnatomyError::Truncated => {
            Some("The stream ends early: it is incomplete or was cut off.".into())
        }
        AnatomyError::OutputLimit(n) => Some(format!(
            "Stopped after {n} bytes of output: read a stream this large with max_length."
        )),
        _ => None,
    }
}

/// Why the anatomy stopped, in Korean (see [`stopped_en`]).
pub fn stopped_ko(e: &AnatomyError) -> Option<String> {
    match e {
        AnatomyError::Truncated => {
            Some("스트림이 일찍 끝납니다: 불완전하거나 중간에 잘린 스트림입니다.".into())
        }
        AnatomyError::OutputLimit(n) => Some(format!(
            "출력 {n}바이트에서 멈췄습니다: 이만큼 큰 스트림은 max_length로 나눠 읽으세요."
        )),
        _ => None,
    }
}

/// One `decompress` call stopped by the lab's output cap (`ZlibError::OutputLimit`).
pub fn output_limit_en(limit: usize) -> String {
    format!(
        "Stopped: this call would return more than {limit} bytes. Pass max_length, \
         as a program reading untrusted data should."
    )
}

/// [`output_limit_en`] in Korean.
pub fn output_limit_ko(limit: usize) -> String {
    format!(
        "멈춤: 이 호출은 {limit}바이트보다 많이 돌려주게 됩니다. 신뢰할 수 없는 데이터를 읽는 \
         프로그램이라면 max_length를 넘겨야 합니다."
    )
}
