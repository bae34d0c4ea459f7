//! The Sockets lab's Korean words (terms from docs/GLOSSARY.md; Python's names and
//! texts stay as Python writes them).

use super::words::SocketsWords;
use crate::labs::sockets::{HostsError, HostsProblem};
use crate::sockets::interp::STEP_BUDGET;
use crate::sockets::net::Server;
use crate::sockets::timeline::WaitOn;
use crate::sockets::{Problem, Stop};
use crate::text::ko::{particle, Particle};
use crate::ui::i18n::LabCard;

fn problem(p: &Problem) -> String {
    match p {
        Problem::Unsupported(w) => {
            format!(
                "'{w}'{} 이 실습이 다루는 파이썬 부분 집합 밖입니다.",
                particle(w, Particle::Topic)
            )
        }
        Problem::TooDeep => "실습이 다루기에는 너무 깊게 중첩되어 있습니다.".to_owned(),
        _ => "파이썬이 이 줄을 읽지 못합니다.".to_owned(),
    }
}

fn stopped(s: &Stop) -> String {
    match s {
        Stop::Parse(e) => format!("{}행: {}", e.line, problem(&e.problem)),
        Stop::StepBudget { line } => format!(
            "{line}행: {STEP_BUDGET}단계를 넘어 멈췄습니다 (너무 오래 도는 반복문)."
        ),
        Stop::BlocksForever { line } => format!(
            "{line}행: 이 호출은 영원히 기다립니다 (타임아웃이 없고 깨울 것도 없음). 파이썬이라면 여기서 멈춰 있을 것입니다."
        ),
        Stop::NotSimulated { line, what } => {
            format!("{line}행: '{what}'{} 이 실습에서 모의 실행하지 않습니다.", particle(what, Particle::Object))
        }
    }
}

fn wait_on(on: WaitOn) -> &'static str {
    match on {
        WaitOn::Connect => "connect",
        WaitOn::Accept => "accept",
        WaitOn::Recv => "recv",
        WaitOn::Sleep => "time.sleep",
        WaitOn::Arp => "ARP",
    }
}

pub(super) static KO: SocketsWords = SocketsWords {
    title: "소켓",
    intro: "브라우저는 소켓을 열 수 없으므로, 여러분의 프로그램은 모의 시간이 흐르는 모의 네트워크에서 실행됩니다. 각 실패는 리눅스의 CPython 3.11이 발생시키는 예외를 그대로 발생시킵니다.",
    program_label: "여러분의 프로그램",
    program_help: "교재 5장의 파이썬: 아래 문장들과 소켓 객체의 메서드 호출. Ctrl+Enter로 실행합니다.",
    examples_label: "예제 (불러와서 실행):",
    examples: [
        "알 수 없는 호스트",
        "연결 거부",
        "응답 없는 호스트, 타임아웃",
        "두 번 bind",
        "except 순서의 함정",
        "에코 서버",
    ],
    run: "실행",
    output_heading: "출력",
    output_empty: "실행을 누르면 프로그램이 출력하는 내용이 나옵니다.",
    nothing_printed: "프로그램이 아무것도 출력하지 않았습니다.",
    stdout_cut: "출력은 여기서 잘렸습니다.",
    raised_at: |n| format!("잡히지 않은 예외: {n}행에서 발생한 예외가 프로그램을 끝냈습니다. 파이썬은 트레이스백을 출력하며, 그 마지막 줄이 위의 마지막 줄입니다."),
    finished: |t| format!("프로그램이 모의 시간 {t} 뒤에 끝까지 실행되었습니다."),
    stopped,
    caught_heading: "잡힌 예외",
    caught_none: "이번 실행에서는 except 절이 잡은 예외가 없습니다.",
    caught_summary: |r, c| format!("{r}행에서 발생했고, {c}행의 except 절이 잡았습니다."),
    caught_more: |n| format!("그 밖에 {n}개가 더 있습니다."),
    chain_label: "예외의 클래스와 그 클래스가 상속하는 클래스들 (MRO):",
    chain_help: "except 절은 이 클래스 중 하나를 적었을 때 예외를 잡습니다. 파이썬은 위에서 아래로 절을 확인하며, 처음 일치하는 절이 예외를 잡습니다.",
    uncaught_chain: "이 클래스 중 어느 것도 적은 절이 없어서 예외가 프로그램 밖으로 나갔습니다.",
    clauses_label: "그 try의 절들, 순서대로:",
    clause_took: "이 절이 잡음",
    clause_no: "일치하지 않음",
    clause_shadowed: "이 절도 일치하지만, 위의 절이 먼저 잡음",
    clause_later: "도달하지 않음",
    order_hint: "기반 클래스(OSError)를 적은 절은 모든 하위 클래스(TimeoutError도)를 잡습니다. 가장 구체적인 클래스를 먼저 적으세요.",
    timeline_heading: "타임라인",
    timeline_empty: "네트워크로 나간 패킷이 없습니다.",
    timeline_more: |n| format!("그 밖에 {n}개의 사건이 더 있습니다."),
    line: |n| format!("{n}행"),
    dns: |name, answer| match answer {
        Some(a) => format!("DNS: {name}의 주소는 {a}"),
        None => format!("DNS: {name}의 주소를 찾지 못함"),
    },
    data: |from, to, n| format!("{from} → {to}  데이터 {n}바이트"),
    silence: |t, on, timed_out| {
        let on = wait_on(on);
        match timed_out {
            true => format!("{on}{} 기다리는 {t} 동안 아무것도 오지 않음. 타임아웃이 기다림을 끝냄.", particle(on, Particle::Subject)),
            false => format!("{on}{} 기다리는 {t} 동안 아무것도 오지 않음.", particle(on, Particle::Subject)),
        }
    },
    elapsed: |t| format!("끝났을 때의 모의 시간: {t}."),
    network_heading: "네트워크",
    network_intro: "여러분의 프로그램은 이 컴퓨터 10.0.0.1(루프백 127.0.0.1)에서 실행됩니다. 아래 호스트들은 표에 적힌 대로 응답하며, 그 밖의 포트는 SYN에 RST로 응답합니다 (연결 거부).",
    net_columns: ["주소", "이름 (DNS)", "링크", "포트"],
    loopback: "이 컴퓨터, 리눅스 루프백",
    loopback_ports: "프로그램이 bind하고 listen하는 포트",
    link_up: |ms| format!("연결됨, 한 방향 {ms}ms"),
    link_silent: "모든 패킷을 버림",
    link_down: "끊김: 호스트로 가는 경로 없음",
    no_ports: "없음",
    server: |s| match s {
        Server::Echo => "에코",
        Server::Silent => "연결을 받고 아무것도 보내지 않음",
        Server::Close => "곧바로 닫음 (FIN)",
        Server::Reset => "연결을 리셋함 (RST)",
    },
    dns_label: "DNS 표",
    dns_help: "hosts 파일처럼: 주소, 그다음 이름들. 고친 뒤 다시 실행하면 프로그램이 이 표로 이름을 해석합니다. 호스트가 없는 주소를 준 이름도 해석은 되지만, 그곳에서는 아무도 응답하지 않습니다.",
    dns_reset: "DNS 표 되돌리기",
    hosts_error: |e: &HostsError| match &e.problem {
        HostsProblem::NotAnAddress(w) => {
            format!("DNS 표 {}행: '{w}'{} IPv4 주소(예: 10.0.0.2)가 아닙니다.", e.line, particle(w, Particle::Topic))
        }
        HostsProblem::NoName => format!("DNS 표 {}행: 주소 뒤에 이름이 하나 이상 있어야 합니다.", e.line),
    },
};

/// The lab's card (KO), apart from its other words: the registry links only it.
pub static CARD_KO: LabCard = LabCard {
        title: "소켓",
        nav: "소켓",
        blurb: "네트워크에서 무엇이 잘못되고 어떤 파이썬 예외가 알려주는지: 연결 거부, 타임아웃, 이름 해석.",
        will_teach: &[
            "모의 네트워크에서 클라이언트와 서버를 실행하고 일부러 고장 냅니다.",
            "각 실패를 예외와 연결합니다: ConnectionRefusedError, TimeoutError, socket.gaierror.",
            "예외 계층(MRO)을 읽고 except 절이 무엇을 잡는지 알아봅니다.",
        ],
    };
