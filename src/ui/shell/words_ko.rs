//! The Korean words of the shell: header, footer, home, about, not found.

use super::words::{PagesTexts, ShellTexts, ShellWords, SimplifyRow};

pub static KO: ShellWords = ShellWords {
    shell: ShellTexts {
        skip_link: "본문으로 건너뛰기",
        tagline: "네트워크 프로그램이 실제로 보내는 바이트",
        nav_label: "실습",
        nav_about: "소개",
        lang_button: "English",
        lang_button_hint: ": 페이지를 영어로 보기",
        theme_to_dark: "어두운 테마",
        theme_to_light: "밝은 테마",
        footer: "이 페이지의 모든 바이트는 페이지가 설명하는 엔진이 직접 만든 것입니다. 어떤 데이터도 브라우저 밖으로 나가지 않습니다.",
        not_found_title: "페이지를 찾을 수 없습니다",
        not_found_text: "이 주소에는 실습이 없습니다.",
        back_home: "실습 목록으로",
        lab_loading: "실습을 불러오는 중…",
        lab_load_failed: "이 실습을 불러오지 못했습니다. 연결을 확인하고 페이지를 새로 고치세요.",
    },
    pages: PagesTexts {
        home_title: "wirelab",
        home_intro: "네트워크 프로그램이 실제로 무엇을 보내는지 확인하는 실습실입니다. 파이썬 값을 입력하면 pickle과 JSON이 만드는 정확한 바이트를 볼 수 있고, zlib 스트림을 뜯어보고 소켓이 전달하듯 청크로 나눠 decompressobj에 넣어 볼 수 있으며, 브라우저에서 RSA 키를 만들 수 있습니다. 소켓 오류 실습, TLS 1.2 핸드셰이크, 단계별 실습 문제는 준비 중입니다.",
        open_lab: "실습 열기",
        under_construction: "이 실습은 준비 중이며 이후 버전에서 제공됩니다. 다음 내용을 배우게 됩니다.",
        will_teach_heading: "여기서 할 일",
        about_title: "wirelab 소개",
        about_what: "wirelab은 네트워크 프로그래밍 수업을 위한 브라우저 실습실입니다. 엔진은 WebAssembly로 컴파일된 순수 Rust이며, 같은 엔진이 명령줄 도구로도 실행되어 CPython, OpenSSL과 바이트 단위로 비교 테스트됩니다.",
        principle_title: "그림이 아니라 실제로",
        principle_text: "페이지에 보이는 모든 바이트는 그 페이지가 설명하는 엔진이 만든 것입니다. pickle 바이트는 CPython의 pickle.dumps가 돌려주는 값 그대로이고, 여기의 pickle.loads는 import나 호출을 실제로 하지 않고 무엇을 하려는지만 보여줍니다.",
        safety_title: "브라우저 밖으로 나가는 것은 없습니다",
        safety_text: "이 페이지는 다른 사이트에 요청을 보내지 않으며, 붙여 넣은 내용을 실행하지 않습니다.",
        not_title: "이 실습이 아닌 것",
        not_items: &[
            "여기서 만든 키와 인증서는 학습용입니다. 실제로 무언가를 보호하는 데 쓰지 마세요.",
            "RSA 키를 만드는 rsa 크레이트에는 알려진 타이밍 부채널이 있습니다(RUSTSEC-2023-0071, Marvin 공격). 내 컴퓨터에서는 괜찮지만, 누구나 시간을 잴 수 있는 서버에는 쓰면 안 됩니다.",
            "SSL 3.0, TLS 1.0, TLS 1.1은 폐기되었습니다(RFC 7568, RFC 8996). 이 실습은 핸드셰이크를 읽기 쉬운 TLS 1.2를 보여 주지만, 실제 서버는 TLS 1.3을 제공해야 합니다.",
        ],
        bench_title: "얼마나 빠를까요?",
        bench_text: "별도의 벤치마크 페이지에서 엔진을 브라우저 내장 기능과 비교해 측정합니다: zlib 대 CompressionStream, RSA 키 생성 대 WebCrypto, 그리고 메모리 안에서 실행되는 TLS 1.2 세션 전체.",
        bench_link: "벤치마크 페이지 열기",
        simplify_title: "강의 노트가 단순화한 부분",
        simplify_intro: "노트는 짧아야 합니다. 단순화된 부분은 실습에서 실제로 일어나는 일을 옆에 함께 설명합니다.",
        col_notes_say: "노트의 설명",
        col_what_is_true: "실제로는",
        col_gently: "요약",
        simplify_rows: &[
            SimplifyRow {
                notes_say: "인증서는 CA의 개인키로 암호화되어 있음",
                what_is_true: "인증서는 서명되어 있습니다. CA가 인증서 본문의 해시를 개인키로 서명하며, 본문은 누구나 읽을 수 있습니다.",
                gently: "서명 ≠ 암호화",
            },
            SimplifyRow {
                notes_say: "CA는 클라이언트에게 본인의 개인키를 제공",
                what_is_true: "브라우저와 운영체제는 CA의 공개키를 루트 인증서로 내장합니다. CA의 개인키는 CA 밖으로 나가지 않습니다.",
                gently: "루트 인증서에는 공개키가 들어 있음",
            },
            SimplifyRow {
                notes_say: "Client는 CA의 공개키로 인증서를 복호화",
                what_is_true: "클라이언트는 CA의 공개키로 서명을 검증합니다.",
                gently: "복호화가 아니라 검증",
            },
            SimplifyRow {
                notes_say: "현재는 TLS로 대체됨",
                what_is_true: "SSL 2.0/3.0은 깨졌고(POODLE), TLS 1.0/1.1은 폐기되었습니다(RFC 8996). 현재는 TLS 1.2와 1.3을 씁니다.",
                gently: "TLS 1.2 또는 1.3 사용",
            },
            SimplifyRow {
                notes_say: "Client는 대칭키를 생성한 후 서버의 공개키로 이를 암호화함",
                what_is_true: "TLS 1.2의 RSA 키 교환에서는 맞습니다. 클라이언트가 프리마스터 시크릿을 보내고 양쪽이 그로부터 키를 유도합니다. ECDHE는 비밀 값을 합의하며, TLS 1.3은 이 방식만 허용합니다(전방 비밀성).",
                gently: "프리마스터 시크릿에서 키를 유도",
            },
        ],
    },
};
