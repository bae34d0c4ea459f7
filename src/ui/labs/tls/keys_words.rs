//! The words of the Keys panel's key roles and textbook-RSA toy, English and Korean
//! (terms from docs/GLOSSARY.md: 공개키, 개인키, 암호화, 복호화, 서명, 검증).

use crate::crypto::hazmat::ToyRsaError;
use crate::text::ko;

/// The key roles' words.
pub struct RolesWords {
    pub heading: &'static str,
    pub intro: &'static str,
    pub message: &'static str,
    pub sample: &'static str,
    pub flip_ciphertext: fn(usize) -> String,
    pub flip_signature: fn(usize) -> String,
    pub run: &'static str,
    pub ciphertext: &'static str,
    pub decrypted: &'static str,
    pub decrypt_failed: &'static str,
    pub signature: &'static str,
    pub verified: &'static str,
    pub not_verified: &'static str,
    pub too_long: fn(u64) -> String,
}

/// The textbook-RSA toy's words.
pub struct ToyWords {
    pub heading: &'static str,
    pub warning: &'static str,
    /// p, q, e, m.
    pub names: [&'static str; 4],
    pub not_a_number: fn(&str) -> String,
    pub error: fn(&ToyRsaError) -> String,
    pub steps_intro: fn(u64) -> String,
    /// Bit of e, squared, times m.
    pub columns: [&'static str; 3],
}

pub const ROLES_EN: RolesWords = RolesWords {
    heading: "The two roles of the key pair",
    intro: "Anyone can encrypt with the public key; only the private key decrypts (RSA-OAEP with SHA-256). Only the private key signs; anyone verifies with the public key (PKCS#1 v1.5 with SHA-256, as certificates are signed).",
    message: "Message",
    sample: "meet me at noon",
    flip_ciphertext: |i| format!("Flip a bit of the ciphertext (byte {i}) on the way"),
    flip_signature: |i| format!("Flip a bit of the signature (byte {i}) on the way"),
    run: "Encrypt, decrypt, sign and verify",
    ciphertext: "Encrypted with the public key (hexadecimal):",
    decrypted: "Decrypted with the private key:",
    decrypt_failed: "Decryption failed: the private key refuses a changed ciphertext.",
    signature: "Signed with the private key (hexadecimal):",
    verified: "The public key verifies the signature.",
    not_verified: "Verification failed: the signature does not match the message.",
    too_long: |max| format!("With this key, RSA-OAEP encrypts at most {max} bytes."),
};

pub const ROLES_KO: RolesWords = RolesWords {
    heading: "키 쌍의 두 가지 역할",
    intro: "누구나 공개키로 암호화할 수 있고, 개인키만 복호화할 수 있습니다(RSA-OAEP, SHA-256). 개인키만 서명할 수 있고, 누구나 공개키로 검증할 수 있습니다(인증서와 같은 PKCS#1 v1.5, SHA-256).",
    message: "메시지",
    sample: "정오에 만나요",
    flip_ciphertext: |i| format!("전달 중에 암호문의 비트 하나를 뒤집기({i}번째 바이트)"),
    flip_signature: |i| format!("전달 중에 서명의 비트 하나를 뒤집기({i}번째 바이트)"),
    run: "암호화, 복호화, 서명, 검증",
    ciphertext: "공개키로 암호화한 결과(16진수):",
    decrypted: "개인키로 복호화한 결과:",
    decrypt_failed: "복호화 실패: 개인키는 바뀐 암호문을 거부합니다.",
    signature: "개인키로 만든 서명(16진수):",
    verified: "공개키로 서명을 검증했습니다.",
    not_verified: "검증 실패: 서명이 메시지와 맞지 않습니다.",
    too_long: |max| format!("이 키로 RSA-OAEP는 최대 {max}바이트까지 암호화합니다."),
};

pub const TOY_EN: ToyWords = ToyWords {
    heading: "Textbook RSA with small numbers",
    warning: "⚠ Unsafe, for the lesson only: no padding and numbers you can factor by hand. Real RSA pads the message (OAEP, PKCS#1) and uses primes of a thousand bits.",
    names: ["Prime p", "Prime q", "Public exponent e", "Message m"],
    not_a_number: |what| format!("{what}: type a whole number."),
    error: |e| match e {
        ToyRsaError::NotPrime(x) => format!("{x} is not a prime."),
        ToyRsaError::SamePrimes => "p and q must be different primes.".into(),
        ToyRsaError::TooLarge(x) => format!("{x} is too large for the toy: use primes below 2³¹."),
        ToyRsaError::BadExponent { e, phi } => {
            format!("e = {e} must be between 2 and φ(n) = {phi} and share no factor with it.")
        }
        ToyRsaError::MessageTooLarge { m, n } => format!("m = {m} must be smaller than n = {n}."),
    },
    steps_intro: |e| format!("c = m^e mod n by square-and-multiply: for each bit of e = {e} (binary {e:b}) from the top, square; when the bit is 1, multiply by m."),
    columns: ["Bit of e", "Squared", "Times m"],
};

pub const TOY_KO: ToyWords = ToyWords {
    heading: "작은 수로 보는 교과서 RSA",
    warning: "⚠ 안전하지 않으며 학습용입니다. 패딩이 없고, 손으로 인수분해할 수 있는 수입니다. 실제 RSA는 메시지에 패딩(OAEP, PKCS#1)을 넣고 천 비트 크기의 소수를 씁니다.",
    names: ["소수 p", "소수 q", "공개 지수 e", "메시지 m"],
    not_a_number: |what| format!("{what}: 정수를 입력하세요."),
    error: |e| match e {
        ToyRsaError::NotPrime(x) => format!("{x}{} 소수가 아닙니다.", ko::particle(&x.to_string(), ko::Particle::Topic)),
        ToyRsaError::SamePrimes => "p와 q는 서로 다른 소수여야 합니다.".into(),
        ToyRsaError::TooLarge(x) => format!("{x}{} 이 예제에 너무 큽니다. 2³¹보다 작은 소수를 쓰세요.", ko::particle(&x.to_string(), ko::Particle::Topic)),
        ToyRsaError::BadExponent { e, phi } => {
            format!("e = {e}는 2와 φ(n) = {phi} 사이에 있고 φ(n)과 공약수가 없어야 합니다.")
        }
        ToyRsaError::MessageTooLarge { m, n } => format!("m = {m}는 n = {n}보다 작아야 합니다."),
    },
    steps_intro: |e| format!("제곱-곱셈으로 c = m^e mod n을 계산합니다. e = {e}(2진수 {e:b})의 비트를 위에서부터 하나씩 보며 제곱하고, 비트가 1이면 m을 곱합니다."),
    columns: ["e의 비트", "제곱", "m을 곱함"],
};
