//! The kit's own words (buttons and views every lab shares), English and Korean side
//! by side in one typed struct (terms from docs/GLOSSARY.md: 단계별 실행, 16진수).

use crate::labs::kit::grouped;
use crate::ui::i18n::{Lang, Words};

/// Everything the kit's components say.
pub struct KitWords {
    pub copied: &'static str,
    pub copy_hex: &'static str,
    pub copy_python: &'static str,
    /// "Download .pickle", for a file extension.
    pub download: fn(&str) -> String,
    /// "N of M shown" under a view cut short.
    pub shown_of: fn(usize, usize) -> String,
    pub bytes: fn(usize) -> String,
    pub hex_aria: &'static str,
    pub next: &'static str,
    pub back: &'static str,
    pub run_to_end: &'static str,
    pub reset: &'static str,
    /// "Step n of total" (n = steps shown).
    pub progress: fn(usize, usize) -> String,
    pub not_started: &'static str,
}

impl Words for KitWords {
    fn of(lang: Lang) -> &'static Self {
        match lang {
            Lang::En => &EN,
            Lang::Ko => &KO,
        }
    }
}

static EN: KitWords = KitWords {
    copied: "Copied",
    copy_hex: "Copy hexadecimal",
    copy_python: "Copy Python",
    download: |ext| format!("Download {ext}"),
    shown_of: |n, of| format!("… {n} of {of} shown."),
    bytes: |n| {
        if n == 1 {
            "1 byte".into()
        } else {
            format!("{} bytes", grouped(n as u64))
        }
    },
    hex_aria: "Bytes in hexadecimal; use the arrow keys to move between bytes",
    next: "Next",
    back: "Back",
    run_to_end: "Run to end",
    reset: "Reset",
    progress: |n, total| format!("Step {n} of {total}"),
    not_started: "Not started: press Next.",
};

static KO: KitWords = KitWords {
    copied: "복사됨",
    copy_hex: "16진수 복사",
    copy_python: "파이썬 코드 복사",
    download: |ext| format!("{ext} 파일 내려받기"),
    shown_of: |n, of| format!("… 전체 {of}개 중 {n}개를 표시합니다."),
    bytes: |n| format!("{}바이트", grouped(n as u64)),
    hex_aria: "16진수로 본 바이트; 화살표 키로 바이트 사이를 이동합니다",
    next: "다음",
    back: "이전",
    run_to_end: "끝까지 실행",
    reset: "처음으로",
    progress: |n, total| format!("{total}단계 중 {n}단계"),
    not_started: "아직 시작하지 않았습니다: 다음을 누르세요.",
};
