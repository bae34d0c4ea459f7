//! The TLS lab's words, English and Korean side by side (terms from docs/GLOSSARY.md).

use crate::ui::i18n::{LabCard, Lang, Words};

/// Everything the TLS lab says.
pub struct TlsWords {
    pub card: LabCard,
}

impl Words for TlsWords {
    fn of(lang: Lang) -> &'static Self {
        match lang {
            Lang::En => &EN,
            Lang::Ko => &KO,
        }
    }
}

static EN: TlsWords = TlsWords {
    card: LabCard {
        title: "TLS",
        nav: "TLS",
        blurb: "A real TLS 1.2 handshake between a client and a server in your browser: keys, certificates, records, and what an eavesdropper sees.",
        will_teach: &[
            "Make a CA and a server certificate, and see that a certificate is signed, not encrypted.",
            "Run the handshake message by message and derive the master secret.",
            "Tamper with a record and watch the MAC check fail.",
        ],
    },
};

static KO: TlsWords = TlsWords {
    card: LabCard {
        title: "TLS",
        nav: "TLS",
        blurb: "브라우저 안에서 클라이언트와 서버가 실제 TLS 1.2 핸드셰이크를 합니다: 키, 인증서, 레코드, 그리고 도청자가 보는 것.",
        will_teach: &[
            "인증 기관(CA)과 서버 인증서를 만들고, 인증서는 암호화가 아니라 서명된다는 것을 확인합니다.",
            "핸드셰이크를 메시지 단위로 실행하고 마스터 시크릿을 유도합니다.",
            "레코드를 변조하고 MAC 검증이 실패하는 것을 봅니다.",
        ],
    },
};
