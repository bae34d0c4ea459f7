//! The Exercises page in Korean (terms from docs/GLOSSARY.md; particles chosen by
//! `text::ko`).

use super::words::ExercisesWords;
use crate::labs::exercises::progress::ImportError;
use crate::labs::exercises::{AnswerKind, Predict, Track, Why};
use crate::text::ko::{attach, particle, Particle};
use crate::ui::i18n::LabCard;

fn why(w: &Why) -> String {
    match w {
        Why::UnknownExercise => "없는 실습 문제입니다 (오래된 링크인가요?).".into(),
        Why::Empty => "먼저 답을 입력하세요.".into(),
        Why::NotLiteral(s) if s.is_empty() => "파이썬 리터럴이 아닙니다.".into(),
        Why::NotLiteral(s) => format!("파이썬 리터럴이 아닙니다: `{s}`"),
        Why::WrongType(t) => format!("{t} 값입니다. 문제가 요구하는 타입이 아닙니다."),
        Why::CharCount(n) => format!("그 str은 {n}글자입니다. 2글자여야 합니다."),
        Why::Utf8Length(n) => format!("pickle에 텍스트가 {n}바이트로 저장됩니다. 6바이트여야 합니다."),
        Why::NotBytes(s) => format!("바이트가 아닙니다: `{s}`"),
        Why::NotAPickle(s) => format!("pickle이 아닙니다: `{s}`"),
        Why::BinaryOpcode(op) => format!("프로토콜 1 이상의 옵코드 {} 들어 있습니다.", attach(op, Particle::Subject)),
        Why::WrongValue(r) => format!("`{r}`{} 역직렬화됩니다. ['a', 1]이어야 합니다.", particle(r, Particle::Toward)),
        Why::NoMemoGet => "pickle이 메모를 한 번도 읽지 않습니다: 두 번 나오는 객체가 없습니다.".into(),
        Why::JsonRefuses(s) => format!("json.dumps가 거부합니다: `{s}`"),
        Why::RoundTripSame => "json.loads가 그대로 돌려줍니다.".into(),
        Why::NotNumber => "숫자를 입력하세요.".into(),
        Why::WrongNumber => "그 숫자가 아닙니다. 다시 살펴보세요.".into(),
        Why::Crc32Instead => "그것은 Adler-32가 아니라 CRC-32(gzip의 체크섬)입니다.".into(),
        Why::NotChunks => "패킷 크기를 쉼표로 구분해 입력하세요 (예: 8,8).".into(),
        Why::PacketTooBig(n) => format!("{n}바이트 패킷: 패킷은 1~8바이트입니다."),
        Why::SecondIncomplete(h) => {
            format!("마지막 호출 뒤 unused_data에는 `{h}`(16진수)만 있습니다.")
        }
        Why::Zlib(s) => format!("zlib 오류: `{s}`"),
        Why::WrongOutput(h) => format!("b'flat'이 아니라 `{h}`(16진수)로 풀립니다."),
        Why::NotEof => "스트림이 끝나지 않았습니다: eof가 False입니다.".into(),
        Why::Calls(n) => format!("호출이 {n}번입니다. 5번이어야 합니다."),
        Why::Stopped(line) => format!(
            "이 프로그램은 실습에서 실행할 수 없습니다 ({line}번째 줄): Sockets 실습에서 실행해 이유를 확인하세요."
        ),
        Why::NoException => "프로그램에서 예외가 발생하지 않았습니다.".into(),
        Why::OtherException(e) => format!("요구한 예외가 아니라 {e} 예외가 발생했습니다."),
        Why::Uncaught(e) => format!("{e} 예외가 발생했지만 잡은 곳이 없습니다."),
        Why::SwallowedBy(c) if c.is_empty() => "이름 없는 except:가 타임아웃을 먼저 잡았습니다.".into(),
        Why::SwallowedBy(c) => format!("except {c} 절이 타임아웃을 먼저 잡았습니다."),
        Why::BadSetting(n) => format!("{n}번째 줄이 host = 이름 또는 date = YYYY-MM-DD 형식이 아닙니다."),
        Why::Accepted => "핸드셰이크가 성공했습니다: 아무것도 거부되지 않았습니다.".into(),
        Why::OtherAlert(a) => format!("핸드셰이크가 {a} 경고로 실패했습니다. 요구한 실패가 아닙니다."),
        Why::IsLocalhost => "localhost는 이미 쓰는 이름입니다. 다른 이름을 찾으세요.".into(),
        Why::NameMismatch => "인증서가 그 이름에 유효하지 않습니다.".into(),
        Why::BadTamper => "플라이트와 바이트 위치를 입력하세요 (예: 2 -1).".into(),
        Why::OutsideFlights => "그런 플라이트나 바이트가 없습니다.".into(),
        Why::ClientSent(a) => format!("서버가 아니라 클라이언트가 {a} 경고를 보냈습니다."),
        Why::UnknownSuite(s) => format!("{} 이 실습에 없는 암호 스위트입니다.", attach(s, Particle::Topic)),
        Why::NoForwardSecrecy(s) => {
            format!("세션이 {} 사용했습니다: RSA 키 전송이라 전방 비밀성이 없습니다.", attach(s, Particle::Object))
        }
    }
}

pub static KO: ExercisesWords = ExercisesWords {
    intro: "실습마다 한 트랙씩, 강의 노트의 순서를 따릅니다. 각 문제는 노트를 인용하고, 예측을 묻고, 알맞은 상태로 실습을 열고, 실습과 같은 엔진으로 여러분의 답을 확인합니다.",
    track: |t| match t {
        Track::Serialize => "직렬화: pickle과 JSON",
        Track::Compress => "압축: zlib",
        Track::Sockets => "소켓: 네트워크 오류",
        Track::Tls => "TLS: 인증서와 레코드",
    },
    progress: |p, t| format!("{t}문제 중 {p}문제 통과"),
    export: "진행 상황 내보내기 (JSON)",
    import: "진행 상황 가져오기",
    imported: "진행 상황을 가져왔습니다.",
    import_error: |e| match e {
        ImportError::NotProgress(s) => format!("JSON 파일이 아닙니다: `{s}`"),
        ImportError::OtherFormat => "wirelab 진행 상황 파일이 아닙니다.".into(),
    },
    reset: "진행 상황 초기화",
    reset_done: "진행 상황을 초기화했습니다.",
    passed: "통과",
    not_passed: "아직",
    attempts: |a, h| format!("시도 {a}번, 힌트 {h}개"),
    pick: "위에서 실습 문제를 고르세요.",
    note_says: "강의 노트",
    given: "주어진 데이터",
    step_predict: "1. 예측하기",
    predict_hint: |p| match p {
        Predict::Byte => "16진수 한 바이트 (예: 2e)",
        Predict::Number => "숫자",
        Predict::Bytes => "파이썬이 출력하는 바이트 (예: b'abc')",
        Predict::Exception => "예외 이름",
        Predict::Alert => "경고 이름 (예: handshake_failure)",
        Predict::Name => "이름",
    },
    predicted_right: "예측이 맞았습니다.",
    predicted_other: |e| format!("예측과 다릅니다: 답은 {e}입니다."),
    step_lab: "2. 실습에서 해 보기",
    open_lab: |t| match t {
        Track::Serialize => "이 예제로 직렬화 실습 열기",
        Track::Compress => "이 스트림으로 압축 실습 열기",
        Track::Sockets => "소켓 실습 열기",
        Track::Tls => "TLS 실습 열기",
    },
    step_answer: "3. 나의 답",
    answer_label: |k| match k {
        AnswerKind::Literal => "파이썬 리터럴",
        AnswerKind::Bytes => "바이트 (16진수 또는 b'...')",
        AnswerKind::Number => "숫자",
        AnswerKind::Chunks => "패킷 크기 (예: 8,8)",
        AnswerKind::Program => "나의 프로그램",
        AnswerKind::Settings => "클라이언트 설정 (host = 이름, date = YYYY-MM-DD)",
        AnswerKind::HostName => "호스트 이름",
        AnswerKind::Tamper => "플라이트와 바이트 위치 (예: 2 -1)",
        AnswerKind::Suites => "클라이언트가 제시하는 암호 스위트",
    },
    check: "확인",
    checking: "확인하는 중...",
    pass: "통과: 엔진이 확인했습니다.",
    why,
    hint: "힌트",
    next_hint: "힌트 보기",
    no_more_hints: "힌트가 더 없습니다.",
    explain: "왜 그럴까요",
    home: "집에서 해 보기",
    copy_python: "파이썬 복사",
    link: "이 실습 문제 링크",
    texts: super::texts_ko::TEXTS,
};

/// The lab's card (KO), apart from its other words: the registry links only it.
pub static CARD_KO: LabCard = LabCard {
    title: "실습 문제",
    nav: "실습 문제",
    blurb: "실제 엔진이 직접 만든 답을 확인하는 단계별 실습과 힌트.",
    will_teach: &[
        "예측하고, 실습에서 해 보고, 직접 만들어 보세요: 엔진이 답을 확인합니다.",
        "힌트는 하나씩; 진행 상황은 브라우저에 저장되고 파일로 내보내 제출할 수 있습니다.",
    ],
};
