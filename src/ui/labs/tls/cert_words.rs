//! The Certificates panel's words, English and Korean (terms from docs/GLOSSARY.md:
//! 인증서, 인증 기관 (CA), 서명, 검증, 유효 기간, 루트 인증서, 변조하다).

use crate::labs::tls::cert_check::Problem;
use crate::labs::tls::cert_gallery::Defect;
use crate::labs::tls::cert_make::MakeProblem;
use crate::text::ko;

/// Every word of the Certificates panel.
pub struct CertWords {
    pub heading: &'static str,
    pub intro: &'static str,
    pub host_label: &'static str,
    pub make: &'static str,
    pub host_problem: fn(&MakeProblem) -> String,
    pub ca_pem: &'static str,
    pub server_pem: &'static str,
    pub download: &'static str,
    pub clock_label: &'static str,
    pub clock_hint: &'static str,
    pub verify_heading: &'static str,
    /// Signature, validity, hostname, trust anchor.
    pub step_names: [&'static str; 4],
    pub passed: &'static str,
    pub failed: &'static str,
    /// The hash computed from tbsCertificate (the hash's name).
    pub computed: fn(&str) -> String,
    /// The hash found in the signature opened with whose public key.
    pub opened: fn(&str) -> String,
    pub opened_none: &'static str,
    pub signed_note: &'static str,
    /// Whether the clock is before, inside or after the window.
    pub window: fn(bool, bool) -> &'static str,
    /// The host asked for against the names.
    pub hostname: fn(&str, &[String], bool) -> String,
    /// The issuer against the trusted roots.
    pub anchor: fn(&str, &[String], Option<Problem>) -> String,
    pub anchor_note: &'static str,
    pub accepted: &'static str,
    /// The alert a client sends (its name, its code).
    pub refused: fn(&str, u8) -> String,
    pub problem: fn(Problem) -> &'static str,
    pub fields_heading: &'static str,
    pub fields_aria: &'static str,
    pub hex_aria: &'static str,
    pub field_pick: &'static str,
    /// What a field is, by its ASN.1 name (`labs::tls::cert_tree` keys).
    pub field_note: fn(&str) -> &'static str,
    pub text_heading: &'static str,
    pub gallery_heading: &'static str,
    pub gallery_intro: &'static str,
    pub defect: fn(Defect) -> &'static str,
    pub defect_story: fn(Defect) -> &'static str,
    /// The notes that correct the course note.
    pub notes: [&'static str; 3],
}

pub const EN: CertWords = CertWords {
    heading: "Certificates: a CA, a server certificate, and how a client checks it",
    intro: "A certificate binds a name to a public key, and a certificate authority (CA) vouches for the binding with its signature. Type a host name: the Web Worker makes three fresh RSA-2048 key pairs (your CA, your server, and Mallory), your CA's root certificate and a server certificate for that name, valid for 90 days.",
    host_label: "Host name",
    make: "Make a CA and a certificate",
    host_problem: |p| match p {
        MakeProblem::EmptyHost => "Type a host name, such as www.example.com.".into(),
        MakeProblem::TooLong => "A host name has at most 253 characters.".into(),
        MakeProblem::BadChar(c) => format!(
            "A host name holds letters, digits, '-' and '.', not {c:?}. Write an international name in its xn-- form."
        ),
        MakeProblem::Failed(why) => format!("The certificate could not be made: {why}"),
    },
    ca_pem: "Your CA's root certificate (PEM): what a client installs as trusted",
    server_pem: "The server certificate (PEM): what the server sends in the handshake",
    download: "Download",
    clock_label: "The client's clock",
    clock_hint: "Drag the clock: before Not Before or after Not After, the client refuses the certificate.",
    verify_heading: "The client verifies the server certificate",
    step_names: ["Signature", "Validity period", "Host name", "Trusted root"],
    passed: "passed",
    failed: "failed",
    computed: |hash| format!("{hash} of tbsCertificate, computed by the client:"),
    opened: |who| format!("The hash inside the signature, opened with the public key of {who}:"),
    opened_none: "This key does not open the signature to a hash: it was not made with the matching private key.",
    signed_note: "The certificate is signed, not encrypted: anyone can read its body. The CA signed a hash of it with its private key; the client checks it with the CA's public key.",
    window: |after_start, before_end| match (after_start, before_end) {
        (false, _) => "The clock is before Not Before: not valid yet.",
        (true, false) => "The clock is after Not After: expired.",
        (true, true) => "The clock is inside the validity period.",
    },
    hostname: |host, names, ok| {
        let names = names.join(", ");
        if ok {
            format!("The client asked for {host}; the certificate is for {names}.")
        } else {
            format!("The client asked for {host}, but the certificate is only for {names}.")
        }
    },
    anchor: |issuer, anchors, problem| {
        let roots = anchors.join("; ");
        match problem {
            Some(Problem::NotACa) => format!(
                "The issuer {issuer} is not a CA (basicConstraints CA:FALSE), so its signature vouches for nothing. Trusted roots: {roots}."
            ),
            Some(_) => format!("Issued by {issuer}, which is not among the trusted roots ({roots})."),
            None => format!("Issued by {issuer}, a root the client trusts."),
        }
    },
    anchor_note: "The client holds the CA's public key in a root certificate; the CA's private key never leaves the CA.",
    accepted: "Accepted: the client goes on with the handshake.",
    refused: |alert, code| format!("Refused: the client sends the alert {alert} ({code}) and closes the connection."),
    problem: |p| match p {
        Problem::Malformed => "The certificate cannot be read.",
        Problem::BadSignature => "The signature does not match the body: someone changed it after signing.",
        Problem::Expired => "The certificate has expired.",
        Problem::NotYetValid => "The certificate is not valid yet.",
        Problem::UnknownIssuer => "Nobody the client trusts issued this certificate.",
        Problem::NotACa => "A certificate that is not a CA signed this one.",
        Problem::HostnameMismatch => "The certificate is for another name.",
        Problem::Unsupported => "The signature algorithm is not supported.",
    },
    fields_heading: "The server certificate, field by field (DER)",
    fields_aria: "Fields of the certificate",
    hex_aria: "The certificate's DER bytes",
    field_pick: "Pick a field to light up its bytes: each is a tag, a length and a value.",
    field_note: |key| match key {
        "Certificate" => "The whole certificate: the signed part, the algorithm, the signature.",
        "tbsCertificate" => "The to-be-signed part: everything the CA's signature covers.",
        "version" => "Version 3 (the value 2): extensions may follow.",
        "serialNumber" => "A number the CA never reuses.",
        "signature" | "signatureAlgorithm" => "How the CA signs: SHA-256 with RSA.",
        "issuer" => "Who signed: the CA's name.",
        "validity" => "Not Before and Not After: the validity period.",
        "subject" => "Whose certificate it is.",
        "subjectPublicKeyInfo" => "The subject's public key: n and e.",
        "extensions" => "Extensions: what the certificate may be used for.",
        "basicConstraints" => "CA:TRUE only for a CA: only a CA may sign certificates.",
        "keyUsage" => "What the key may do: sign certificates, or sign and encrypt in TLS.",
        "extKeyUsage" => "serverAuth: a TLS server certificate.",
        "subjectKeyIdentifier" => "A short name of this public key (its SHA-1).",
        "authorityKeyIdentifier" => "The issuer's key identifier: which key to verify with.",
        "subjectAltName" => "The names this certificate is for: what the client checks the host against.",
        "signatureValue" => "The CA's signature over tbsCertificate.",
        _ => "",
    },
    text_heading: "The same certificate as openssl x509 -text prints it",
    gallery_heading: "A gallery of bad certificates",
    gallery_intro: "Each was just made from your keys with one defect, and verified for your host name at the time of making.",
    defect: |d| match d {
        Defect::Expired => "Expired",
        Defect::NotYetValid => "Not valid yet",
        Defect::WrongHost => "Wrong host name",
        Defect::UnknownCa => "Unknown CA",
        Defect::Tampered => "Tampered body",
        Defect::LeafAsCa => "Server certificate used as a CA",
    },
    defect_story: |d| match d {
        Defect::Expired => "Your CA issued it, but its Not After was a month ago.",
        Defect::NotYetValid => "Your CA issued it, but its Not Before is a month ahead.",
        Defect::WrongHost => "Your CA issued it to mallory.example, not to your host.",
        Defect::UnknownCa => "Mallory made her own CA and signed a certificate for your host.",
        Defect::Tampered => "Your CA signed it; then Mallory put her public key in its body.",
        Defect::LeafAsCa => "Your CA gave Mallory a real certificate for mallory.example; she signed one for your host with its key.",
    },
    notes: [
        "A certificate encrypts nothing: it binds a name to a public key.",
        "Not Before and Not After are one check among several: the chain to a trusted root, each signature, the name, and revocation.",
        "Keys made here are for learning only.",
    ],
};

pub const KO: CertWords = CertWords {
    heading: "인증서: 인증 기관(CA), 서버 인증서, 그리고 클라이언트의 검증",
    intro: "인증서는 이름과 공개키를 묶고, 인증 기관(CA)이 서명으로 그 묶음을 보증합니다. 호스트 이름을 입력하면 웹 워커가 새 RSA-2048 키 쌍 세 개(여러분의 CA, 서버, 그리고 Mallory)를 만들고, CA의 루트 인증서와 그 이름의 서버 인증서(유효 기간 90일)를 만듭니다.",
    host_label: "호스트 이름",
    make: "CA와 인증서 만들기",
    host_problem: |p| match p {
        MakeProblem::EmptyHost => "www.example.com 같은 호스트 이름을 입력하세요.".into(),
        MakeProblem::TooLong => "호스트 이름은 253자를 넘을 수 없습니다.".into(),
        MakeProblem::BadChar(c) => format!(
            "호스트 이름에는 영문자, 숫자, '-', '.'만 쓸 수 있고 {c:?} 문자는 쓸 수 없습니다. 국제화 도메인은 xn-- 형태로 쓰세요."
        ),
        MakeProblem::Failed(why) => format!("인증서를 만들 수 없습니다: {why}"),
    },
    ca_pem: "CA의 루트 인증서(PEM): 클라이언트가 신뢰하는 인증서로 설치하는 것",
    server_pem: "서버 인증서(PEM): 서버가 핸드셰이크에서 보내는 것",
    download: "내려받기",
    clock_label: "클라이언트의 시계",
    clock_hint: "시계를 움직여 보세요. Not Before 이전이나 Not After 이후에는 클라이언트가 인증서를 거부합니다.",
    verify_heading: "클라이언트가 서버 인증서를 검증합니다",
    step_names: ["서명", "유효 기간", "호스트 이름", "신뢰하는 루트"],
    passed: "통과",
    failed: "실패",
    computed: |hash| format!("클라이언트가 계산한 tbsCertificate의 {hash} 해시:"),
    opened: |who| format!("{who}의 공개키로 서명을 열어 나온 해시:"),
    opened_none: "이 키로 서명을 열면 해시가 나오지 않습니다. 짝이 되는 개인키로 만든 서명이 아닙니다.",
    signed_note: "인증서는 암호화가 아니라 서명된 것입니다. 본문은 누구나 읽을 수 있습니다. CA가 개인키로 본문의 해시에 서명했고, 클라이언트는 CA의 공개키로 그 서명을 검증합니다.",
    window: |after_start, before_end| match (after_start, before_end) {
        (false, _) => "시계가 Not Before 이전입니다. 아직 유효하지 않습니다.",
        (true, false) => "시계가 Not After 이후입니다. 만료되었습니다.",
        (true, true) => "시계가 유효 기간 안에 있습니다.",
    },
    hostname: |host, names, ok| {
        let names = names.join(", ");
        if ok {
            format!("클라이언트가 요청한 이름: {host}. 인증서의 이름: {names}.")
        } else {
            format!("클라이언트는 {host}{} 요청했지만, 인증서는 {names}만을 위한 것입니다.", ko::particle(host, ko::Particle::Object))
        }
    },
    anchor: |issuer, anchors, problem| {
        let roots = anchors.join("; ");
        match problem {
            Some(Problem::NotACa) => format!(
                "발급자 {issuer}{} CA가 아니므로(basicConstraints CA:FALSE) 그 서명은 아무것도 보증하지 않습니다. 신뢰하는 루트: {roots}.", ko::particle(issuer, ko::Particle::Topic)
            ),
            Some(_) => format!("발급자 {issuer}{} 신뢰하는 루트({roots})에 없습니다.", ko::particle(issuer, ko::Particle::Topic)),
            None => format!("발급자 {issuer}{} 클라이언트가 신뢰하는 루트입니다.", ko::particle(issuer, ko::Particle::Topic)),
        }
    },
    anchor_note: "클라이언트는 CA의 공개키를 루트 인증서로 가지고 있습니다. CA의 개인키는 CA 밖으로 나가지 않습니다.",
    accepted: "수락: 클라이언트가 핸드셰이크를 계속합니다.",
    refused: |alert, code| {
        let code = code.to_string();
        let obj = ko::particle(&code, ko::Particle::Object);
        format!("거부: 클라이언트가 경고 {alert}({code}){obj} 보내고 연결을 닫습니다.")
    },
    problem: |p| match p {
        Problem::Malformed => "인증서를 읽을 수 없습니다.",
        Problem::BadSignature => "서명이 본문과 맞지 않습니다. 서명한 뒤에 누군가 본문을 바꿨습니다.",
        Problem::Expired => "인증서가 만료되었습니다.",
        Problem::NotYetValid => "인증서가 아직 유효하지 않습니다.",
        Problem::UnknownIssuer => "클라이언트가 신뢰하는 누구도 이 인증서를 발급하지 않았습니다.",
        Problem::NotACa => "CA가 아닌 인증서가 이 인증서에 서명했습니다.",
        Problem::HostnameMismatch => "다른 이름을 위한 인증서입니다.",
        Problem::Unsupported => "지원하지 않는 서명 알고리즘입니다.",
    },
    fields_heading: "서버 인증서의 필드별 구조(DER)",
    fields_aria: "인증서의 필드",
    hex_aria: "인증서의 DER 바이트",
    field_pick: "필드를 고르면 그 바이트가 강조됩니다. 각 필드는 태그, 길이, 값으로 되어 있습니다.",
    field_note: |key| match key {
        "Certificate" => "인증서 전체: 서명 대상 부분, 알고리즘, 서명.",
        "tbsCertificate" => "서명 대상 부분: CA의 서명이 보증하는 모든 것.",
        "version" => "버전 3(값은 2): 확장이 뒤따를 수 있습니다.",
        "serialNumber" => "CA가 다시 쓰지 않는 일련번호.",
        "signature" | "signatureAlgorithm" => "CA의 서명 방식: RSA와 SHA-256.",
        "issuer" => "서명한 쪽: CA의 이름.",
        "validity" => "Not Before와 Not After: 유효 기간.",
        "subject" => "인증서의 주체.",
        "subjectPublicKeyInfo" => "주체의 공개키: n과 e.",
        "extensions" => "확장: 인증서를 어디에 쓸 수 있는지.",
        "basicConstraints" => "CA만 CA:TRUE입니다. CA만 인증서에 서명할 수 있습니다.",
        "keyUsage" => "키의 용도: 인증서 서명, 또는 TLS에서의 서명과 암호화.",
        "extKeyUsage" => "serverAuth: TLS 서버 인증서.",
        "subjectKeyIdentifier" => "이 공개키의 짧은 이름(SHA-1 해시).",
        "authorityKeyIdentifier" => "발급자의 키 식별자: 어떤 키로 검증할지.",
        "subjectAltName" => "이 인증서가 쓰이는 이름들: 클라이언트는 호스트 이름을 이것과 비교합니다.",
        "signatureValue" => "tbsCertificate에 대한 CA의 서명.",
        _ => "",
    },
    text_heading: "openssl x509 -text로 본 같은 인증서",
    gallery_heading: "잘못된 인증서 모음",
    gallery_intro: "방금 여러분의 키로 결함을 하나씩 넣어 만들고, 만든 시각에 여러분의 호스트 이름으로 검증했습니다.",
    defect: |d| match d {
        Defect::Expired => "만료됨",
        Defect::NotYetValid => "아직 유효하지 않음",
        Defect::WrongHost => "다른 호스트 이름",
        Defect::UnknownCa => "알 수 없는 CA",
        Defect::Tampered => "변조된 본문",
        Defect::LeafAsCa => "CA처럼 쓴 서버 인증서",
    },
    defect_story: |d| match d {
        Defect::Expired => "여러분의 CA가 발급했지만 Not After가 한 달 전입니다.",
        Defect::NotYetValid => "여러분의 CA가 발급했지만 Not Before가 한 달 뒤입니다.",
        Defect::WrongHost => "여러분의 CA가 발급했지만 여러분의 호스트가 아니라 mallory.example의 인증서입니다.",
        Defect::UnknownCa => "Mallory가 직접 CA를 만들고 여러분의 호스트 인증서에 서명했습니다.",
        Defect::Tampered => "여러분의 CA가 서명한 뒤 Mallory가 본문에 자기 공개키를 넣었습니다.",
        Defect::LeafAsCa => "여러분의 CA가 Mallory에게 mallory.example의 진짜 인증서를 주었고, Mallory는 그 키로 여러분의 호스트 인증서에 서명했습니다.",
    },
    notes: [
        "인증서는 아무것도 암호화하지 않습니다. 이름과 공개키를 묶을 뿐입니다.",
        "Not Before와 Not After는 여러 검사 중 하나입니다: 신뢰하는 루트까지의 체인, 각 서명, 이름, 폐기 여부.",
        "여기서 만든 키는 학습용입니다.",
    ],
};
