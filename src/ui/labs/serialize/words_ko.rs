//! The Korean words of the Serialize lab (pickle, JSON, pickle.loads).

use super::words::{LoadsTexts, SerializeTexts, SerializeWords};
use crate::labs::serialize::JsonLoss;
use crate::text::ko::{attach, Particle};
use crate::ui::i18n::LabCard;

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
            format!("JSON에는 {t} 타입이 없습니다: json.dumps가 TypeError를 일으킵니다 (pickle은 그대로 보존합니다).")
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

pub static KO: SerializeWords = SerializeWords {
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
        not_literal: super::literal_words::not_literal_ko,
        protocol_label: "pickle 프로토콜",
        protocol_help: "파이썬 3.8부터 기본값은 프로토콜 4이고, 0은 옛 텍스트 형식입니다.",
        hex_aria: "pickle 바이트 (16진수). 화살표 키로 바이트를 이동합니다",
        dis_aria: "pickletools.dis 디스어셈블 결과. 화살표 키로 옵코드를 이동합니다",
        dis_hint: "옵코드에 마우스를 올리거나 포커스하면 해당 바이트가, 바이트를 고르면 해당 옵코드가 강조됩니다. 화살표 키로 이동하세요.",
        dumps_error_help: "pickle.dumps 예외:",
        opcode_pick: "디스어셈블 결과에서 옵코드를 고르면 여기에 설명이 나옵니다.",
        opcodes: &super::opcode_words::OPCODES_KO,
        opcode_protocol: |p| format!("프로토콜 {p}에서 도입"),
        opcode_span: |offset, len| format!("오프셋 {offset}, {len}바이트"),
        size_pickle: |p| format!("pickle, 프로토콜 {p}"),
        json_error_help: "json.dumps가 이 TypeError를 일으켰습니다: JSON으로는 이 값을 쓸 수 없습니다.",
        sizes_heading: "크기",
        loses_heading: "JSON이 잃는 것",
        loses_nothing: "없음: 이 값은 json.loads로 그대로 돌아옵니다.",
        loss,
    },
    loads: LoadsTexts {
        heading: "안전한 pickle.loads",
        intro: "pickle 바이트를 16진수(파이썬에서 pickle.dumps(x).hex())로, 또는 파이썬이 출력하는 모양(b'\\x80\\x04...') 그대로 붙여 넣으세요. wirelab은 언피클러를 옵코드 하나씩 실행하지만 모듈을 import하거나 함수를 호출하지 않습니다: CPython이 직접 pickle에 쓰는 몇몇 내장 객체(set, frozenset, bytearray 등)만 정해진 목록에서 다시 만들고, 그 밖의 import와 호출은 보여 주기만 합니다.",
        input_label: "pickle 바이트 (16진수 또는 b'...')",
        use_above: "위의 바이트 사용",
        malicious_label: "악성 예제",
        malicious_names: [
            "GLOBAL+REDUCE로 os.system 호출, 프로토콜 0",
            "STACK_GLOBAL로 builtins.eval 호출, 프로토콜 4",
        ],
        empty_hint: "16진수를 붙여 넣거나 위의 바이트를 사용하세요.",
        hex_error_help: "파이썬이 읽을 수 있는 바이트가 아닙니다: pickle.dumps(x).hex()의 결과나, print(pickle.dumps(x))가 보여 주는 b'...'를 붙여 넣으세요. 파이썬의 오류:",
        read_as_literal: "파이썬 bytes 리터럴(b'...')로 읽었습니다: print(pickle.dumps(x))가 보여 주는 모양입니다.",
        error_help: "pickle.loads는 다음 예외를 일으킵니다:",
        repr_label: "결과의 repr()",
        stop_at: |n| format!("STOP 위치: 오프셋 {n}."),
        trailing: |n| format!("STOP 뒤에 {n}바이트가 남아 있습니다: 파이썬은 무시합니다."),
        danger_title: "위험: 이 바이트는 코드를 실행합니다",
        would_import: |m, n| format!("{} import하려 합니다.", attach(&format!("{m}.{n}"), Particle::Object)),
        would_call: |c, a| format!("{c}{a} 호출을 실행하려 합니다."),
        never_runs: "wirelab은 실행하지 않습니다. 파이썬이라면 실행합니다: pickle.loads는 바이트가 가리키는 어떤 코드든 실행할 수 있습니다. 규칙: 직접 만들었거나 인증한(예: 읽기 전에 HMAC을 확인한) 데이터만 언피클링하고, 남에게서 받은 데이터에는 JSON을 쓰세요.",
        honoured: |m, n| format!("{m}.{n}: CPython 자신이 쓰는 내장 객체라 안전하게 처리했습니다."),
        stepper_heading: "언피클러 단계별 실행",
        stepper_bytes_aria: "언피클링 중인 바이트. 방금 실행한 옵코드가 강조됩니다",
        next_at: |n| format!("다음 옵코드 위치: 오프셋 {n}"),
        last_opcode: "방금 실행한 옵코드",
        stopped: "정지했습니다.",
        stack: "스택",
        memo: "메모",
        empty: "(비어 있음)",
    },
    json: super::words_json::KO,
    pickle: super::words_pickle::KO,
};

/// The lab's card (KO), apart from its other words: the registry links only it.
pub static CARD_KO: LabCard = LabCard {
        title: "직렬화",
        nav: "직렬화",
        blurb: "파이썬 값에 대한 pickle과 JSON의 정확한 바이트를 옵코드 단위로 보고, 신뢰할 수 없는 바이트에 pickle.loads를 쓰면 왜 코드가 실행되는지 알아봅니다.",
        will_teach: &[],
    };
