//! The page's own words, English and Korean side by side (a bench page for both
//! halves of the class, with no language switch to keep in sync).

use yew::prelude::*;

/// One label in both languages: English, then Korean.
pub type Both = (&'static str, &'static str);

pub const TITLE: Both = ("wirelab bench", "wirelab 벤치마크");
pub const INTRO: Both = (
    "Our engines, compiled to WebAssembly, against what this browser has built in. \
     Timed with performance.now(); each cell is the median of the runs. \
     A benchmark, not a test: numbers vary with the machine and its load.",
    "WebAssembly로 컴파일한 우리 엔진과 이 브라우저에 내장된 기능을 비교합니다. \
     performance.now()로 측정하며, 각 칸은 여러 번 실행한 값의 중앙값입니다. \
     테스트가 아닌 벤치마크이므로 숫자는 기기와 부하에 따라 달라집니다.",
);
pub const RUN_FULL: Both = (
    "Run (2.5 MB × 7, RSA-2048 × 15)",
    "실행 (2.5 MB × 7회, RSA-2048 × 15회)",
);
pub const RUN_QUICK: Both = (
    "Quick run (64 KB, RSA-1024, 1 run)",
    "빠른 실행 (64 KB, RSA-1024, 1회)",
);
pub const RUNNING: Both = ("Running…", "실행 중…");
pub const DONE: Both = ("Done.", "완료.");
pub const IDLE: Both = ("Press a button to start.", "버튼을 눌러 시작하세요.");
pub const COL_WHAT: Both = ("What", "항목");
pub const COL_OURS: Both = ("Ours (ms)", "우리 엔진 (ms)");
pub const COL_BROWSER: Both = ("Browser (ms)", "브라우저 (ms)");
pub const COL_RATIO: Both = ("Ours / browser", "우리 / 브라우저");
pub const COL_NOTE: Both = ("Details", "세부 사항");
pub const ROW_COMPRESS: Both = (
    "zlib compress (level 6) vs CompressionStream",
    "zlib 압축 (레벨 6) 대 CompressionStream",
);
pub const ROW_DECOMPRESS: Both = (
    "zlib decompress vs DecompressionStream",
    "zlib 압축 해제 대 DecompressionStream",
);
pub const ROW_RSA: Both = (
    "RSA key generation vs WebCrypto generateKey",
    "RSA 키 생성 대 WebCrypto generateKey",
);
pub const ROW_TLS_RSA: Both = (
    "TLS 1.2 session in memory (RSA key transport)",
    "메모리 안의 TLS 1.2 세션 (RSA 키 전송)",
);
pub const ROW_TLS_ECDHE: Both = (
    "TLS 1.2 session in memory (ECDHE)",
    "메모리 안의 TLS 1.2 세션 (ECDHE)",
);
pub const NO_BROWSER: Both = ("none built in", "내장 기능 없음");
pub const BACK: Both = ("Back to the lab", "실습으로 돌아가기");

/// Renders `text` in both languages.
pub fn both(text: Both) -> Html {
    html! {
        <>
            <span lang="en">{ text.0 }</span>
            <span class="ko" lang="ko">{ " / " }{ text.1 }</span>
        </>
    }
}
