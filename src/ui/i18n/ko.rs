//! The Korean table (용어는 GLOSSARY.md를 따른다).

use super::{LabTexts, LoadsTexts, PagesTexts, SerializeTexts, ShellTexts, SimplifyRow, Texts};
use crate::labs::serialize::JsonLoss;

fn loss(l: &JsonLoss) -> String {
    match l {
        JsonLoss::TupleBecomesList => {
            "tuple은 JSON 배열로 쓰입니다: json.loads로 읽으면 list가 됩니다.".into()
        }
        JsonLoss::KeyBecomesString(t) => {
            format!("{t} 타입의 dict 키는 문자열로 쓰입니다: 1은 '1'로 돌아옵니다.")
        }
        JsonLoss::KeyRaises(t) => format!("{t} 타입의 dict 키가 있으면 json.dumps가 예외를 일으킵니다."),
        JsonLoss::ValueRaises(t) => {
            format!("JSON에는 {t}가 없습니다: json.dumps가 TypeError를 일으킵니다 (pickle은 그대로 보존).")
        }
        JsonLoss::NonStandardFloat => {
            "nan과 inf는 NaN, Infinity로 쓰이는데, 엄격한 JSON 파서는 이를 거부합니다.".into()
        }
        JsonLoss::BigIntPrecision => {
            "파이썬은 이 큰 정수를 정확히 보존하지만, JavaScript의 JSON.parse는 2**53을 넘는 정수를 반올림합니다."
                .into()
        }
    }
}

pub const KO: Texts = Texts {
    shell: ShellTexts {
        skip_link: "본문으로 건너뛰기",
        tagline: "네트워크 프로그램이 실제로 보내는 바이트",
        nav_label: "실습",
        nav_serialize: "직렬화",
        nav_compress: "압축",
        nav_sockets: "소켓",
        nav_tls: "TLS",
        nav_exercises: "실습 문제",
        nav_about: "소개",
        lang_button: "English",
        lang_button_aria: "영어로 보기 (Switch the page to English)",
        theme_to_dark: "어두운 테마",
        theme_to_light: "밝은 테마",
        footer: "이 페이지의 모든 바이트는 페이지가 설명하는 엔진이 직접 만든 것입니다. 어떤 데이터도 브라우저 밖으로 나가지 않습니다.",
        not_found_title: "페이지를 찾을 수 없습니다",
        not_found_text: "이 주소에는 실습이 없습니다.",
        back_home: "실습 목록으로",
    },
    pages: PagesTexts {
        home_title: "wirelab",
        home_intro: "네트워크 프로그램이 실제로 무엇을 보내는지 확인하는 실습실입니다. 파이썬 값을 입력하면 pickle과 JSON이 만드는 정확한 바이트를 볼 수 있고, 곧 zlib 스트림, 소켓 오류, TLS 1.2 핸드셰이크도 다룹니다.",
        open_lab: "실습 열기",
        under_construction: "이 실습은 준비 중이며 이후 버전에서 제공됩니다. 다음 내용을 배우게 됩니다.",
        will_teach_heading: "여기서 할 일",
        about_title: "wirelab 소개",
        about_what: "wirelab은 네트워크 프로그래밍 수업을 위한 브라우저 실습실입니다. 엔진은 WebAssembly로 컴파일된 순수 Rust이며, 같은 엔진이 명령줄 도구로도 실행되어 CPython, OpenSSL과 바이트 단위로 비교 테스트됩니다.",
        principle_title: "그림이 아니라 실제로",
        principle_text: "페이지에 보이는 모든 바이트는 그 페이지가 설명하는 엔진이 만든 것입니다. pickle 바이트는 CPython의 pickle.dumps가 돌려주는 값 그대로이고, 여기의 pickle.loads는 import나 호출을 실제로 하지 않고 무엇을 하려는지만 보여줍니다.",
        safety_title: "브라우저 밖으로 나가는 것은 없습니다",
        safety_text: "이 페이지는 다른 사이트에 요청을 보내지 않으며, 붙여 넣은 내용을 실행하지 않습니다.",
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
                notes_say: "SSL is replaced by TLS",
                what_is_true: "SSL 2.0/3.0은 깨졌고(POODLE), TLS 1.0/1.1은 폐기되었습니다(RFC 8996). 현재는 TLS 1.2와 1.3을 씁니다.",
                gently: "TLS 1.2 또는 1.3 사용",
            },
            SimplifyRow {
                notes_say: "client sends the symmetric key encrypted with the server's public key",
                what_is_true: "TLS 1.2의 RSA 키 교환에서는 맞습니다. 클라이언트가 프리마스터 시크릿을 보내고 양쪽이 그로부터 키를 유도합니다. ECDHE는 비밀 값을 합의하며, TLS 1.3은 이 방식만 허용합니다(전방 비밀성).",
                gently: "프리마스터 시크릿에서 키를 유도",
            },
        ],
    },
    serialize: SerializeTexts {
        title: "직렬화: pickle과 JSON",
        intro: "파이썬 리터럴을 입력하세요. wirelab이 파이썬처럼 값을 평가한 뒤, pickle.dumps의 정확한 바이트, pickletools.dis 디스어셈블 결과, 그리고 같은 값에 대한 json.dumps 결과를 보여줍니다.",
        literal_label: "파이썬 리터럴",
        literal_help: "입력하는 즉시 결과가 바뀝니다.",
        examples_label: "예제",
        syntax_error_help: "파이썬이 이 리터럴을 읽을 수 없습니다. ^ 표시가 멈춘 위치입니다. 고치면 바로 다시 계산됩니다.",
        type_error_help: "문법은 맞지만 평가할 때 TypeError가 발생합니다 (예: list를 dict 키나 set 원소로 쓰면 해시할 수 없어서 오류).",
        value_error_help: "이 리터럴을 평가하면 ValueError가 발생합니다.",
        unsupported_help: "올바른 파이썬 코드이지만 이 실습이 평가하는 리터럴은 아닙니다.",
        protocol_label: "pickle 프로토콜",
        protocol_help: "파이썬 3.8부터 기본값은 프로토콜 4이고, 0은 옛 텍스트 형식입니다.",
        bytes_label: "바이트",
        hex_aria: "pickle 바이트 (16진수). 화살표 키로 바이트를 이동합니다",
        dis_aria: "pickletools.dis 디스어셈블 결과. 화살표 키로 옵코드를 이동합니다",
        dis_hint: "옵코드에 마우스를 올리거나 포커스하면 해당 바이트가, 바이트를 고르면 해당 옵코드가 강조됩니다. 화살표 키로 이동하세요.",
        dumps_error_help: "pickle.dumps 예외:",
        opcode_pick: "디스어셈블 결과에서 옵코드를 고르면 여기에 설명이 나옵니다.",
        opcode_protocol: |p| format!("프로토콜 {p}에서 도입"),
        opcode_span: |offset, len| format!("오프셋 {offset}, {len}바이트"),
        size_bytes: |n| format!("{n}바이트"),
        shown_of: |n, of| format!("… 전체 {of}개 중 {n}개만 표시합니다."),
        size_pickle: |p| format!("pickle, 프로토콜 {p}"),
        json_error_help: "json.dumps가 이 TypeError를 일으켰습니다: JSON으로는 이 값을 쓸 수 없습니다.",
        sizes_heading: "크기",
        loses_heading: "JSON이 잃는 것",
        loses_nothing: "없음: 이 값은 json.loads로 그대로 돌아옵니다.",
        loss,
        copy_hex: "hex 복사",
        copy_snippet: "파이썬 코드 복사",
        copied: "복사됨",
        download: ".pickle 내려받기",
    },
    loads: LoadsTexts {
        heading: "안전한 pickle.loads",
        intro: "pickle 바이트를 16진수로 붙여 넣으세요 (파이썬에서 pickle.dumps(x).hex()). wirelab은 언피클러를 옵코드 하나씩 실행하며, 어떤 것도 import하거나 호출하지 않습니다.",
        input_label: "pickle 바이트 (16진수)",
        use_above: "위의 바이트 사용",
        malicious_label: "악성 예제",
        malicious_names: [
            "GLOBAL+REDUCE로 os.system 호출, 프로토콜 0",
            "STACK_GLOBAL로 builtins.eval 호출, 프로토콜 4",
        ],
        empty_hint: "16진수를 붙여 넣거나 위의 바이트를 사용하세요.",
        hex_error_help: "bytes.fromhex가 이 16진수를 읽지 못합니다:",
        error_help: "pickle.loads는 다음 예외를 일으킵니다:",
        repr_label: "결과의 repr()",
        stop_at: |n| format!("STOP 위치: 오프셋 {n}."),
        trailing: |n| format!("STOP 뒤에 {n}바이트가 남아 있습니다: 파이썬은 무시합니다."),
        danger_title: "위험: 이 바이트는 코드를 실행합니다",
        would_import: |m, n| format!("{m}.{n}을(를) import하려 합니다."),
        would_call: |c, a| format!("{c}{a} 호출을 실행하려 합니다."),
        never_runs: "wirelab은 절대 실행하지 않습니다. 신뢰할 수 없는 바이트에 pickle.loads를 쓰면 코드가 실행됩니다. 네트워크에서 받은 데이터를 언피클링하지 마세요.",
        honoured: |m, n| format!("{m}.{n}: CPython 자신이 쓰는 내장 객체라 안전하게 처리했습니다."),
        stepper_heading: "언피클러 한 단계씩 실행",
        stepper_bytes_aria: "언피클링 중인 바이트. 방금 실행한 옵코드가 강조됩니다",
        next: "다음",
        run_to_end: "끝까지 실행",
        reset: "처음으로",
        next_at: |n| format!("다음 옵코드 위치: 오프셋 {n}"),
        last_opcode: "방금 실행한 옵코드",
        not_started: "시작 전: 다음을 누르세요.",
        stopped: "정지했습니다.",
        stack: "스택",
        memo: "메모",
        empty: "(비어 있음)",
    },
    compress: super::compress_ko::COMPRESS_KO,
    lab_serialize: LabTexts {
        title: "직렬화",
        blurb: "파이썬 값에 대한 pickle과 JSON의 정확한 바이트를 옵코드 단위로 보고, 신뢰할 수 없는 바이트에 pickle.loads를 쓰면 왜 코드가 실행되는지 알아봅니다.",
        will_teach: &[],
    },
    lab_compress: LabTexts {
        title: "압축",
        blurb: "zlib 스트림을 바이트 단위로: 헤더, 블록, 트레일러, 그리고 청크로 나뉘어 도착한 데이터를 decompressobj가 어떻게 부분 압축 해제하는지.",
        will_teach: &[
            "zlib으로 압축하고 스트림을 읽습니다: 헤더, deflate 블록, Adler-32 트레일러.",
            "데이터를 청크로 나눠 zlib.decompressobj에 넣고 unconsumed_tail과 unused_data(남은 데이터)를 관찰합니다.",
            "어떤 손상이 어떤 zlib.error를 내는지 파이썬의 문구 그대로 확인합니다.",
        ],
    },
    lab_sockets: LabTexts {
        title: "소켓",
        blurb: "네트워크에서 무엇이 잘못되고 어떤 파이썬 예외가 알려주는지: 연결 거부, 타임아웃, 이름 해석.",
        will_teach: &[
            "모의 네트워크에서 클라이언트와 서버를 실행하고 일부러 고장 냅니다.",
            "각 실패를 예외와 연결합니다: ConnectionRefusedError, TimeoutError, socket.gaierror.",
            "예외 계층(MRO)을 읽고 except 절이 무엇을 잡는지 알아봅니다.",
        ],
    },
    lab_tls: LabTexts {
        title: "TLS",
        blurb: "브라우저 안에서 클라이언트와 서버가 실제 TLS 1.2 핸드셰이크를 합니다: 키, 인증서, 레코드, 그리고 도청자가 보는 것.",
        will_teach: &[
            "인증 기관(CA)과 서버 인증서를 만들고, 인증서는 암호화가 아니라 서명된다는 것을 확인합니다.",
            "핸드셰이크를 메시지 단위로 실행하고 마스터 시크릿을 유도합니다.",
            "레코드를 변조하고 MAC 검증이 실패하는 것을 봅니다.",
        ],
    },
    lab_exercises: LabTexts {
        title: "실습 문제",
        blurb: "실제 엔진으로 답을 확인하는 단계별 실습과 힌트.",
        will_teach: &[
            "바이트를 예측한 뒤 확인합니다: 모든 실습 문제는 같은 엔진으로 채점됩니다.",
            "단계별 힌트와 브라우저에 저장되는 진행 상황.",
        ],
    },
};
