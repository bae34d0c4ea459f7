//! The TLS lab's words, English and Korean side by side (terms from docs/GLOSSARY.md:
//! 공개키, 개인키, 키 쌍).

use crate::tls::pki::KeygenPhase;
use crate::ui::i18n::{LabCard, Lang, Words};

/// Everything the TLS lab says.
pub struct TlsWords {
    pub card: LabCard,
    pub keys: KeysWords,
}

/// Every word of the Keys panel.
pub struct KeysWords {
    pub keys_heading: &'static str,
    pub keys_intro: &'static str,
    pub bits_label: &'static str,
    pub bits_option: fn(u32) -> String,
    pub generate: &'static str,
    pub cancelled: &'static str,
    pub progress_heading: &'static str,
    pub phase: fn(KeygenPhase) -> &'static str,
    pub tried: &'static str,
    pub sieved: &'static str,
    pub tests: &'static str,
    pub primes: &'static str,
    pub result_heading: fn(u32) -> String,
    pub search_summary: fn(u64, u64, u64) -> String,
    pub col_symbol: &'static str,
    pub col_name: &'static str,
    pub col_bits: &'static str,
    pub col_value: &'static str,
    /// The names of n, e, d, p, q.
    pub part_name: fn(&str) -> &'static str,
    pub public_note: &'static str,
    pub private_note: &'static str,
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
    keys: KeysWords {
        keys_heading: "Keys: make an RSA key pair",
        keys_intro: "An RSA key pair is two large primes p and q and numbers made from them. The search runs in a Web Worker: random odd numbers are first sieved by the primes below 32768, and only the survivors get the expensive tests (Miller-Rabin to base 2, then a strong Lucas test). Then n = p × q, e = 65537 and d = e⁻¹ mod lcm(p − 1, q − 1).",
        bits_label: "Key size",
        bits_option: |bits| format!("{bits} bits"),
        generate: "Generate a key pair",
        cancelled: "Cancelled: the Web Worker was stopped.",
        progress_heading: "Searching for primes",
        phase: |phase| match phase {
            KeygenPhase::SearchingP => "looking for p",
            KeygenPhase::SearchingQ => "looking for q",
            KeygenPhase::Assembling => "computing n, d and the CRT values",
            KeygenPhase::Done => "done",
        },
        tried: "odd candidates tried",
        sieved: "thrown out by the small-prime sieve",
        tests: "primality tests run",
        primes: "primes found",
        result_heading: |bits| format!("Your {bits}-bit key pair"),
        search_summary: |tried, sieved, tests| {
            format!("Found after {tried} candidates: {sieved} sieved out, {tests} tested.")
        },
        col_symbol: "Number",
        col_name: "Meaning",
        col_bits: "Bits",
        col_value: "Value (hexadecimal)",
        part_name: |symbol| match symbol {
            "n" => "modulus (public)",
            "e" => "public exponent",
            "d" => "private exponent",
            "p" => "first prime (private)",
            "q" => "second prime (private)",
            _ => "CRT value (private)",
        },
        public_note: "The public key is (n, e): anyone may have it.",
        private_note: "The private key is d (with p and q): it never leaves its owner. This one was made in your browser and is not stored anywhere.",
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
    keys: KeysWords {
        keys_heading: "키: RSA 키 쌍 만들기",
        keys_intro: "RSA 키 쌍은 큰 소수 p와 q, 그리고 이 둘로 만든 수들입니다. 소수 탐색은 웹 워커(Web Worker)에서 실행됩니다. 무작위 홀수를 먼저 32768보다 작은 소수들로 걸러 내고, 살아남은 후보만 비싼 검사(밑 2의 밀러-라빈 검사, 이어서 강한 뤼카 검사)를 받습니다. 그다음 n = p × q, e = 65537, d = e⁻¹ mod lcm(p − 1, q − 1)을 계산합니다.",
        bits_label: "키 크기",
        bits_option: |bits| format!("{bits}비트"),
        generate: "키 쌍 생성",
        cancelled: "취소했습니다. 웹 워커를 멈췄습니다.",
        progress_heading: "소수 찾는 중",
        phase: |phase| match phase {
            KeygenPhase::SearchingP => "p를 찾는 중",
            KeygenPhase::SearchingQ => "q를 찾는 중",
            KeygenPhase::Assembling => "n, d와 CRT 값을 계산하는 중",
            KeygenPhase::Done => "완료",
        },
        tried: "시도한 홀수 후보",
        sieved: "작은 소수 체로 걸러 낸 후보",
        tests: "실행한 소수 판정",
        primes: "찾은 소수",
        result_heading: |bits| format!("생성한 {bits}비트 키 쌍"),
        search_summary: |tried, sieved, tests| {
            format!("후보 {tried}개 만에 찾았습니다. {sieved}개는 체로 걸러 냈고 {tests}개를 검사했습니다.")
        },
        col_symbol: "수",
        col_name: "의미",
        col_bits: "비트",
        col_value: "값 (16진수)",
        part_name: |symbol| match symbol {
            "n" => "모듈러스 (공개)",
            "e" => "공개 지수",
            "d" => "개인 지수",
            "p" => "첫 번째 소수 (비공개)",
            "q" => "두 번째 소수 (비공개)",
            _ => "CRT 값 (비공개)",
        },
        public_note: "공개키는 (n, e)입니다. 누구나 가져도 됩니다.",
        private_note: "개인키는 d(와 p, q)입니다. 주인을 절대 떠나지 않습니다. 이 키는 브라우저 안에서 만들어졌고 어디에도 저장되지 않습니다.",
    },
};
