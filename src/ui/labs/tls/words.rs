//! The TLS lab's words, English and Korean side by side (terms from docs/GLOSSARY.md:
//! 공개키, 개인키, 키 쌍).

use super::cert_words::{self, CertWords};
use super::hs_words::{HandshakeWords, HS_EN, HS_KO};
use super::keys_words::{self, RolesWords, ToyWords};
use crate::tls::pki::{KeygenPhase, KeygenProgress};
use crate::ui::i18n::{LabCard, Lang, Words};

/// Everything the TLS lab says.
pub struct TlsWords {
    pub keys: KeysWords,
    pub certs: CertWords,
    pub roles: RolesWords,
    pub toy: ToyWords,
    pub handshake: HandshakeWords,
}

/// Every word of the Keys panel.
pub struct KeysWords {
    pub heading: &'static str,
    pub intro: &'static str,
    pub bits_label: &'static str,
    pub generate: &'static str,
    pub cancelled: &'static str,
    pub phase: fn(KeygenPhase) -> &'static str,
    /// The search's counters in one line.
    pub counters: fn(&KeygenProgress) -> String,
    /// The key table's columns: number, meaning, bits, value.
    pub columns: [&'static str; 4],
    /// What n, e, d, p, q are.
    pub part_name: fn(&str) -> &'static str,
    pub note: &'static str,
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
    keys: KeysWords {
        heading: "Keys: make an RSA key pair",
        intro: "An RSA key pair is made from two large primes p and q. In a Web Worker, random odd numbers are sieved by the small primes; only the survivors get the expensive tests (Miller-Rabin, then Lucas). Then n = p × q, e = 65537, d = e⁻¹ mod lcm(p − 1, q − 1).",
        bits_label: "Key size (bits)",
        generate: "Generate a key pair",
        cancelled: "Cancelled: the Web Worker was stopped.",
        phase: |phase| match phase {
            KeygenPhase::SearchingP => "looking for p",
            KeygenPhase::SearchingQ => "looking for q",
            KeygenPhase::Assembling => "computing n and d",
            KeygenPhase::Done => "done",
        },
        counters: |p| format!(
            "{} odd candidates tried, {} thrown out by the sieve, {} primality tests, {} primes found",
            p.candidates_tried, p.sieved_out, p.primality_tests, p.primes_found
        ),
        columns: ["Number", "Meaning", "Bits", "Value (hexadecimal)"],
        part_name: |symbol| match symbol {
            "n" => "modulus (public)",
            "e" => "public exponent",
            "d" => "private exponent",
            "p" => "first prime",
            _ => "second prime",
        },
        note: "The public key is (n, e); the private key is d, with p and q. This key pair was made in your browser and is stored nowhere.",
    },
    certs: cert_words::EN,
    roles: keys_words::ROLES_EN,
    toy: keys_words::TOY_EN,
    handshake: HS_EN,
};

static KO: TlsWords = TlsWords {
    keys: KeysWords {
        heading: "키: RSA 키 쌍 만들기",
        intro: "RSA 키 쌍은 큰 소수 p와 q로 만듭니다. 웹 워커에서 무작위 홀수를 작은 소수들로 걸러 내고, 남은 후보만 비싼 검사(밀러-라빈, 뤼카)를 받습니다. 그다음 n = p × q, e = 65537, d = e⁻¹ mod lcm(p − 1, q − 1)입니다.",
        bits_label: "키 크기(비트)",
        generate: "키 쌍 생성",
        cancelled: "취소했습니다. 웹 워커를 멈췄습니다.",
        phase: |phase| match phase {
            KeygenPhase::SearchingP => "p를 찾는 중",
            KeygenPhase::SearchingQ => "q를 찾는 중",
            KeygenPhase::Assembling => "n과 d를 계산하는 중",
            KeygenPhase::Done => "완료",
        },
        counters: |p| format!(
            "홀수 후보 {}개 시도, {}개는 체로 걸러 냄, 소수 판정 {}번, 찾은 소수 {}개",
            p.candidates_tried, p.sieved_out, p.primality_tests, p.primes_found
        ),
        columns: ["수", "의미", "비트", "값 (16진수)"],
        part_name: |symbol| match symbol {
            "n" => "모듈러스 (공개)",
            "e" => "공개 지수",
            "d" => "개인 지수",
            "p" => "첫 번째 소수",
            _ => "두 번째 소수",
        },
        note: "공개키는 (n, e)이고, 개인키는 d(와 p, q)입니다. 이 키 쌍은 브라우저 안에서 만들어졌고 어디에도 저장되지 않습니다.",
    },
    certs: cert_words::KO,
    roles: keys_words::ROLES_KO,
    toy: keys_words::TOY_KO,
    handshake: HS_KO,
};

/// The lab's card (EN), apart from its other words: the registry links only it.
pub static CARD_EN: LabCard = LabCard {
        title: "TLS",
        nav: "TLS",
        blurb: "A real TLS 1.2 handshake between a client and a server in your browser: keys, certificates, records, and what an eavesdropper sees.",
        will_teach: &[
            "Make a CA and a server certificate, and see that a certificate is signed, not encrypted.",
            "Run the handshake message by message and derive the master secret.",
            "Tamper with a record and watch the MAC check fail.",
        ],
    };

/// The lab's card (KO), apart from its other words: the registry links only it.
pub static CARD_KO: LabCard = LabCard {
        title: "TLS",
        nav: "TLS",
        blurb: "브라우저 안에서 클라이언트와 서버가 실제 TLS 1.2 핸드셰이크를 합니다: 키, 인증서, 레코드, 그리고 도청자가 보는 것.",
        will_teach: &[
            "인증 기관(CA)과 서버 인증서를 만들고, 인증서는 암호화가 아니라 서명된다는 것을 확인합니다.",
            "핸드셰이크를 메시지 단위로 실행하고 마스터 시크릿을 유도합니다.",
            "레코드를 변조하고 MAC 검증이 실패하는 것을 봅니다.",
        ],
    };

/// The lab's card alone: the registry (in the first load) links only this, not the
/// rest of the lab's words, which stay in the lab's own bundle.
pub fn card(lang: Lang) -> &'static LabCard {
    match lang {
        Lang::En => &CARD_EN,
        Lang::Ko => &CARD_KO,
    }
}
