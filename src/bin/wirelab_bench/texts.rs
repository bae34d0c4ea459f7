//! The page's own words, English and Korean: one typed struct, an `EN` and a `KO`
//! value side by side (a missing entry is a compile error), both shown at once (a
//! bench page for both halves of the class, with no language switch to keep in sync).

use yew::prelude::*;

/// Everything the bench page says.
pub struct BenchWords {
    pub title: &'static str,
    pub intro: &'static str,
    pub run_full: &'static str,
    pub run_quick: &'static str,
    pub running: &'static str,
    pub done: &'static str,
    pub idle: &'static str,
    pub col_what: &'static str,
    pub col_ours: &'static str,
    pub col_browser: &'static str,
    pub col_ratio: &'static str,
    pub col_note: &'static str,
    pub row_compress: &'static str,
    pub row_decompress: &'static str,
    pub row_rsa: &'static str,
    pub row_tls_rsa: &'static str,
    pub row_tls_ecdhe: &'static str,
    pub no_browser: &'static str,
    pub back: &'static str,
}

pub static EN: BenchWords = BenchWords {
    title: "wirelab bench",
    intro: "Our engines, compiled to WebAssembly, against what this browser has built in. \
     Timed with performance.now(); each cell is the median of the runs. \
     A benchmark, not a test: numbers vary with the machine and its load.",
    run_full: "Run (2.5 MB × 7, RSA-2048 × 15)",
    run_quick: "Quick run (64 KB, RSA-1024, 1 run)",
    running: "Running…",
    done: "Done.",
    idle: "Press a button to start.",
    col_what: "What",
    col_ours: "Ours (ms)",
    col_browser: "Browser (ms)",
    col_ratio: "Ours / browser",
    col_note: "Details",
    row_compress: "zlib compress (level 6) vs CompressionStream",
    row_decompress: "zlib decompress vs DecompressionStream",
    row_rsa: "RSA key generation vs WebCrypto generateKey",
    row_tls_rsa: "TLS 1.2 session in memory (RSA key transport)",
    row_tls_ecdhe: "TLS 1.2 session in memory (ECDHE)",
    no_browser: "none built in",
    back: "Back to the lab",
};

pub static KO: BenchWords = BenchWords {
    title: "wirelab 벤치마크",
    intro: "WebAssembly로 컴파일한 우리 엔진과 이 브라우저에 내장된 기능을 비교합니다. \
     performance.now()로 측정하며, 각 칸은 여러 번 실행한 값의 중앙값입니다. \
     테스트가 아닌 벤치마크이므로 숫자는 기기와 부하에 따라 달라집니다.",
    run_full: "실행 (2.5 MB × 7회, RSA-2048 × 15회)",
    run_quick: "빠른 실행 (64 KB, RSA-1024, 1회)",
    running: "실행 중…",
    done: "완료.",
    idle: "버튼을 눌러 시작하세요.",
    col_what: "항목",
    col_ours: "우리 엔진 (ms)",
    col_browser: "브라우저 (ms)",
    col_ratio: "우리 / 브라우저",
    col_note: "세부 사항",
    row_compress: "zlib 압축 (레벨 6) 대 CompressionStream",
    row_decompress: "zlib 압축 해제 대 DecompressionStream",
    row_rsa: "RSA 키 생성 대 WebCrypto generateKey",
    row_tls_rsa: "메모리 안의 TLS 1.2 세션 (RSA 키 전송)",
    row_tls_ecdhe: "메모리 안의 TLS 1.2 세션 (ECDHE)",
    no_browser: "내장 기능 없음",
    back: "실습으로 돌아가기",
};

/// One entry of [`BenchWords`], picked from either language.
pub type Both = fn(&BenchWords) -> &'static str;

pub const TITLE: Both = |w| w.title;
pub const INTRO: Both = |w| w.intro;
pub const RUN_FULL: Both = |w| w.run_full;
pub const RUN_QUICK: Both = |w| w.run_quick;
pub const RUNNING: Both = |w| w.running;
pub const DONE: Both = |w| w.done;
pub const IDLE: Both = |w| w.idle;
pub const COL_WHAT: Both = |w| w.col_what;
pub const COL_OURS: Both = |w| w.col_ours;
pub const COL_BROWSER: Both = |w| w.col_browser;
pub const COL_RATIO: Both = |w| w.col_ratio;
pub const COL_NOTE: Both = |w| w.col_note;
pub const ROW_COMPRESS: Both = |w| w.row_compress;
pub const ROW_DECOMPRESS: Both = |w| w.row_decompress;
pub const ROW_RSA: Both = |w| w.row_rsa;
pub const ROW_TLS_RSA: Both = |w| w.row_tls_rsa;
pub const ROW_TLS_ECDHE: Both = |w| w.row_tls_ecdhe;
pub const NO_BROWSER: Both = |w| w.no_browser;
pub const BACK: Both = |w| w.back;

/// Renders `pick` in both languages.
pub fn both(pick: Both) -> Html {
    html! {
        <>
            <span lang="en">{ pick(&EN) }</span>
            <span class="ko" lang="ko">{ " / " }{ pick(&KO) }</span>
        </>
    }
}
