//! The Sockets lab's words, English and Korean side by side (terms from docs/GLOSSARY.md).

use crate::ui::i18n::{LabCard, Lang, Words};

/// Everything the Sockets lab says.
pub struct SocketsWords {
    pub card: LabCard,
}

impl Words for SocketsWords {
    fn of(lang: Lang) -> &'static Self {
        match lang {
            Lang::En => &EN,
            Lang::Ko => &KO,
        }
    }
}

static EN: SocketsWords = SocketsWords {
    card: LabCard {
        title: "Sockets",
        nav: "Sockets",
        blurb: "What goes wrong on a network and which Python exception tells you: connection refused, timeouts, name resolution.",
        will_teach: &[
            "Run a client and a server on a simulated network and break it on purpose.",
            "Match each failure to its exception: ConnectionRefusedError, TimeoutError, socket.gaierror.",
            "Read the exception hierarchy (MRO) to know what an except clause catches.",
        ],
    },
};

static KO: SocketsWords = SocketsWords {
    card: LabCard {
        title: "소켓",
        nav: "소켓",
        blurb: "네트워크에서 무엇이 잘못되고 어떤 파이썬 예외가 알려주는지: 연결 거부, 타임아웃, 이름 해석.",
        will_teach: &[
            "모의 네트워크에서 클라이언트와 서버를 실행하고 일부러 고장 냅니다.",
            "각 실패를 예외와 연결합니다: ConnectionRefusedError, TimeoutError, socket.gaierror.",
            "예외 계층(MRO)을 읽고 except 절이 무엇을 잡는지 알아봅니다.",
        ],
    },
};
