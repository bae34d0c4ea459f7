//! The compute seam's own words (pending, cancel, every failure), English and Korean
//! side by side: one typed struct, so a missing entry is a compile error.

use super::ComputeError;
use crate::labs::jobs::JobError;
use crate::ui::i18n::{Lang, Words};

/// Words for [`super::ComputeState`].
pub struct ComputeWords {
    /// Shown while a job runs in the background.
    pub working: &'static str,
    pub cancel: &'static str,
    /// `JobError::UnsupportedKeySize`.
    pub key_size: fn(u32) -> String,
    /// `JobError::Key`: the RSA library's message follows.
    pub key_error: &'static str,
    /// `JobError::NotInline` (a bug of the page).
    pub not_inline: &'static str,
    /// `JobError::WrongWorker` (a bug of the page).
    pub wrong_worker: &'static str,
    /// `JobError::Protocol` and `ComputeError::Mismatch`.
    pub mismatch: &'static str,
    /// `ComputeError::Unavailable`: the browser's message follows.
    pub unavailable: &'static str,
    /// `ComputeError::Broken`: the browser's message follows.
    pub broken: &'static str,
}

static EN: ComputeWords = ComputeWords {
    working: "Computing in a Web Worker: the page stays responsive.",
    cancel: "Cancel",
    key_size: |bits| {
        format!("{bits} bits is not a key size offered here (1024 to 4096, in steps of 16).")
    },
    key_error: "The RSA library refused the primes:",
    not_inline: "This computation belongs in the Web Worker, not on the page.",
    wrong_worker: "This computation was sent to the wrong Web Worker.",
    mismatch: "The Web Worker comes from another version of this site: reload the page.",
    unavailable: "The Web Worker could not start:",
    broken: "The Web Worker stopped with an error:",
};

static KO: ComputeWords = ComputeWords {
    working: "웹 워커에서 계산 중입니다. 페이지는 계속 반응합니다.",
    cancel: "취소",
    key_size: |bits| {
        format!("{bits}비트는 여기서 제공하는 키 크기가 아닙니다(1024~4096, 16 단위).")
    },
    key_error: "RSA 라이브러리가 이 소수들을 거부했습니다:",
    not_inline: "이 계산은 페이지가 아니라 웹 워커에서 실행해야 합니다.",
    wrong_worker: "이 계산이 다른 웹 워커로 보내졌습니다.",
    mismatch: "웹 워커가 이 사이트의 다른 버전입니다. 페이지를 새로 고치세요.",
    unavailable: "웹 워커를 시작할 수 없습니다:",
    broken: "웹 워커가 오류로 멈췄습니다:",
};

impl Words for ComputeWords {
    fn of(lang: Lang) -> &'static Self {
        match lang {
            Lang::En => &EN,
            Lang::Ko => &KO,
        }
    }
}

impl ComputeWords {
    /// `error` as one sentence (the browser's or the library's own text appended
    /// verbatim).
    pub fn error(&self, error: &ComputeError) -> String {
        match error {
            ComputeError::Job(JobError::UnsupportedKeySize(bits)) => (self.key_size)(*bits),
            ComputeError::Job(JobError::Key(why)) => format!("{} {why}", self.key_error),
            ComputeError::Job(JobError::NotInline) => self.not_inline.to_owned(),
            ComputeError::Job(JobError::WrongWorker) => self.wrong_worker.to_owned(),
            ComputeError::Job(JobError::Protocol { .. }) | ComputeError::Mismatch(_) => {
                self.mismatch.to_owned()
            }
            ComputeError::Unavailable(why) => format!("{} {why}", self.unavailable),
            ComputeError::Broken(why) => format!("{} {why}", self.broken),
        }
    }
}
